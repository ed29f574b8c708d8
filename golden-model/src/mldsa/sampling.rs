//! Pseudorandom sampling (FIPS 204 §7.3): RejNTTPoly, RejBoundedPoly, ExpandA,
//! ExpandS, ExpandMask, SampleInBall.
//!
//! # How the samplers read the SHAKE stream (the contract with the RTL samplers)
//!
//! The Keccak engine delivers its output as a stream of 64-bit words
//! ([`Sponge::squeeze_word`]); byte `b` of the XOF output is bits `8·(b mod 8) ..`
//! of word `⌊b/8⌋` (little-endian). Each sampler consumes the stream strictly in
//! order, never skipping or reordering:
//!
//! * **RejNTTPoly** takes 3-byte groups: candidate `i` is bytes `3i, 3i+1, 3i+2`
//!   (a group may straddle two words; a word holds 2⅔ groups), forms
//!   `b0 + 2^8·b1 + 2^16·(b2 mod 128)` and accepts it if `< q`.
//! * **RejBoundedPoly** takes half-bytes: the low nibble of each byte, then the high
//!   nibble (16 nibbles per word, low nibble of byte 0 first).
//! * **ExpandMask** takes exactly `32·c` bytes (`4·c` words), unpacked as a bit
//!   stream, bit 0 of word 0 first, `c` bits per coefficient.
//! * **SampleInBall** takes the first word whole as the 64 sign bits (bit `i` of the
//!   word is `h[i]`), then bytes in order from the following words.
//!
//! A sampler stops reading when its polynomial is complete; the rest of the word it
//! was reading is dropped.
//!
//! Checkpoints (cycle `None`: rejection sampling is data dependent): block
//! `"sampler"`, name = the algorithm (`"RejNTTPoly"`, `"RejBoundedPoly"`,
//! `"ExpandMask"`, `"SampleInBall"`), index = the polynomial's index within its
//! expansion (`r·l + s` for ExpandA, `r` for ExpandS/ExpandMask, 0 for SampleInBall),
//! values = the 256 canonical coefficients.

use super::arith::{from_signed, Poly};
use super::encode::bit_unpack;
use super::params::{bitlen, Params, N, Q};
use crate::keccak::{Sha3Mode, Sponge};
use crate::trace::{Checkpoint, Trace};

/// Bytes of an XOF output taken from its 64-bit word stream, low byte first.
pub struct ByteStream {
    sponge: Sponge,
    word: u64,
    left: u32,
}

impl ByteStream {
    /// Absorbs `parts` into a fresh sponge of `mode` and starts reading its output.
    pub fn new(mode: Sha3Mode, parts: &[&[u8]]) -> Self {
        let mut sponge = Sponge::new(mode);
        for p in parts {
            sponge.absorb(p);
        }
        ByteStream {
            sponge,
            word: 0,
            left: 0,
        }
    }

    /// The next whole word (any bytes left of the current word are dropped).
    pub fn next_word(&mut self) -> u64 {
        self.left = 0;
        self.sponge.squeeze_word()
    }

    /// The next byte of the stream.
    #[inline]
    pub fn next_byte(&mut self) -> u8 {
        if self.left == 0 {
            self.word = self.sponge.squeeze_word();
            self.left = 8;
        }
        let b = self.word as u8;
        self.word >>= 8;
        self.left -= 1;
        b
    }
}

fn emit<T: Trace>(trace: &mut T, name: &'static str, index: usize, p: &Poly) {
    if T::ENABLED {
        trace.checkpoint(Checkpoint {
            block: "sampler",
            name,
            index,
            cycle: None,
            values: p.to_u64s(),
        });
    }
}

/// CoeffFromThreeBytes (FIPS 204 Alg 14).
#[inline]
pub fn coeff_from_three_bytes(b0: u8, b1: u8, b2: u8) -> Option<u32> {
    let z = b0 as u32 | (b1 as u32) << 8 | ((b2 & 0x7f) as u32) << 16;
    (z < Q).then_some(z)
}

/// CoeffFromHalfByte (FIPS 204 Alg 15), as a canonical coefficient.
#[inline]
pub fn coeff_from_half_byte(b: u8, eta: u32) -> Option<u32> {
    match eta {
        2 if b < 15 => Some(from_signed(2 - (b % 5) as i32)),
        4 if b < 9 => Some(from_signed(4 - b as i32)),
        _ => None,
    }
}

/// RejNTTPoly(ρ) (FIPS 204 Alg 30): a uniform element of T_q from SHAKE128(ρ).
pub fn rej_ntt_poly(seed: &[&[u8]]) -> Poly {
    let mut g = ByteStream::new(Sha3Mode::Shake128, seed);
    let mut a = Poly::ZERO;
    let mut j = 0;
    while j < N {
        let (b0, b1, b2) = (g.next_byte(), g.next_byte(), g.next_byte());
        if let Some(c) = coeff_from_three_bytes(b0, b1, b2) {
            a.0[j] = c;
            j += 1;
        }
    }
    a
}

/// RejBoundedPoly(ρ) (FIPS 204 Alg 31): coefficients in [−η, η] from SHAKE256(ρ).
pub fn rej_bounded_poly(seed: &[&[u8]], eta: u32) -> Poly {
    let mut h = ByteStream::new(Sha3Mode::Shake256, seed);
    let mut a = Poly::ZERO;
    let mut j = 0;
    while j < N {
        let z = h.next_byte();
        if let Some(c) = coeff_from_half_byte(z & 0x0f, eta) {
            a.0[j] = c;
            j += 1;
        }
        if j < N {
            if let Some(c) = coeff_from_half_byte(z >> 4, eta) {
                a.0[j] = c;
                j += 1;
            }
        }
    }
    a
}

/// ExpandA(ρ) (FIPS 204 Alg 32): `Â[r][s] = RejNTTPoly(ρ ‖ s ‖ r)`.
pub fn expand_a<T: Trace>(p: &Params, rho: &[u8; 32], trace: &mut T) -> Vec<Vec<Poly>> {
    (0..p.k)
        .map(|r| {
            (0..p.l)
                .map(|s| {
                    let a = rej_ntt_poly(&[rho, &[s as u8, r as u8]]);
                    emit(trace, "RejNTTPoly", r * p.l + s, &a);
                    a
                })
                .collect()
        })
        .collect()
}

/// ExpandS(ρ') (FIPS 204 Alg 33): s1 (l polynomials) then s2 (k polynomials),
/// each RejBoundedPoly(ρ' ‖ IntegerToBytes(r, 2)).
pub fn expand_s<T: Trace>(
    p: &Params,
    rho_prime: &[u8; 64],
    trace: &mut T,
) -> (Vec<Poly>, Vec<Poly>) {
    let mut sample = |r: usize| {
        let a = rej_bounded_poly(&[rho_prime, &(r as u16).to_le_bytes()], p.eta);
        emit(trace, "RejBoundedPoly", r, &a);
        a
    };
    let s1 = (0..p.l).map(&mut sample).collect();
    let s2 = (p.l..p.l + p.k).map(&mut sample).collect();
    (s1, s2)
}

/// ExpandMask(ρ'', μ) (FIPS 204 Alg 34): `y[r] = BitUnpack(H(ρ'' ‖ IntegerToBytes(μ + r, 2), 32c), γ1 − 1, γ1)`.
pub fn expand_mask<T: Trace>(
    p: &Params,
    rho_pp: &[u8; 64],
    kappa: u16,
    trace: &mut T,
) -> Vec<Poly> {
    let c = 1 + bitlen(p.gamma1 - 1);
    (0..p.l)
        .map(|r| {
            let n = kappa.wrapping_add(r as u16);
            let mut h = ByteStream::new(Sha3Mode::Shake256, &[rho_pp, &n.to_le_bytes()]);
            let mut v = vec![0u8; 32 * c];
            for chunk in v.chunks_mut(8) {
                chunk.copy_from_slice(&h.next_word().to_le_bytes());
            }
            let (y, _) = bit_unpack(&v, p.gamma1 - 1, p.gamma1);
            emit(trace, "ExpandMask", r, &y);
            y
        })
        .collect()
}

/// SampleInBall(ρ) (FIPS 204 Alg 29): τ coefficients ±1, the rest 0, from SHAKE256(c̃).
pub fn sample_in_ball<T: Trace>(p: &Params, c_tilde: &[u8], trace: &mut T) -> Poly {
    let mut h = ByteStream::new(Sha3Mode::Shake256, &[c_tilde]);
    let signs = h.next_word();
    let mut c = Poly::ZERO;
    for i in (N - p.tau)..N {
        let mut j = h.next_byte() as usize;
        while j > i {
            j = h.next_byte() as usize;
        }
        c.0[i] = c.0[j];
        let bit = (signs >> (i + p.tau - N)) & 1;
        c.0[j] = if bit == 1 { Q - 1 } else { 1 };
    }
    emit(trace, "SampleInBall", 0, &c);
    c
}
