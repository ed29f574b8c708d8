//! The samplers: SampleNTT (FIPS 203 Algorithm 7) and SamplePolyCBD_η (Algorithm 8),
//! reading the Keccak engine's output as the stream of 64-bit words the hardware
//! samplers receive ([`Sponge::squeeze_word`]).
//!
//! **Stream order (the contract with the RTL).** Word `w_t` carries stream bytes
//! `8t .. 8t+8`, byte `8t + i` in bits `8i .. 8i+8` (little-endian), so bit `m` of
//! the stream is bit `m mod 64` of word `⌊m/64⌋`, which is FIPS 203's BytesToBits
//! order (Algorithm 3).
//!
//! * SampleNTT takes 3-byte groups `C = (C0, C1, C2)` = stream bits `24t .. 24t+24`
//!   in order; a group may straddle two words (in every 3-word / 24-byte window,
//!   groups 2 and 5 do: bytes 6,7 | 8 and 15 | 16,17). Each group yields
//!   `d1 = C0 + 256·(C1 mod 16)` then `d2 = ⌊C1/16⌋ + 16·C2`, i.e. bits `0..12` and
//!   `12..24` of the group, accepted if `< q`. Words are read only when fewer than
//!   24 unread bits remain; once 256 coefficients are accepted the rest of the
//!   buffered word is discarded.
//! * SamplePolyCBD_η reads exactly `8η` words (`64η` bytes); coefficient `i` uses
//!   stream bits `2iη .. 2iη+2η`: `x` = popcount of the low η bits, `y` of the high η,
//!   `f_i = x − y mod q`. For η = 2 a word holds 16 coefficients; for η = 3, 3 words
//!   hold 32 (coefficients may straddle words).
//!
//! Checkpoints (`cycle = None`: rejection sampling and stream stalls make the cycle
//! data dependent; compare in order): `sampler/sample_ntt` with the caller's index
//! (`i·k + j` for Â[i, j]) and `sampler/cbd` with index = the PRF nonce N.

use super::arith::Poly;
use super::params::{N, Q};
use crate::keccak::Sponge;
use crate::trace::{Checkpoint, Trace};

/// A little-endian bit reservoir over a 64-bit word stream.
struct WordBits<'a> {
    sponge: &'a mut Sponge,
    buf: u128,
    nbits: u32,
    words: usize,
}

impl<'a> WordBits<'a> {
    fn new(sponge: &'a mut Sponge) -> Self {
        WordBits { sponge, buf: 0, nbits: 0, words: 0 }
    }

    /// The next `n ≤ 64` bits of the stream, first bit in bit 0.
    #[inline(always)]
    fn take(&mut self, n: u32) -> u64 {
        debug_assert!(n <= 64);
        if self.nbits < n {
            self.buf |= (self.sponge.squeeze_word() as u128) << self.nbits;
            self.nbits += 64;
            self.words += 1;
        }
        let v = (self.buf & ((1u128 << n) - 1)) as u64;
        self.buf >>= n;
        self.nbits -= n;
        v
    }
}

/// SampleNTT (Algorithm 7): rejection-samples Â[i, j] ∈ T_q from the XOF stream
/// (an absorbed SHAKE128 sponge). Returns the polynomial and the number of 64-bit
/// words consumed.
pub fn sample_ntt<T: Trace>(xof: &mut Sponge, index: usize, trace: &mut T) -> (Poly, usize) {
    let (a, words, _) = sample_ntt_counted(xof, index, trace);
    (a, words)
}

/// [`sample_ntt`], also returning the number of 3-byte groups read (the hardware,
/// which reads two groups per cycle, derives its word count and latency from it).
pub fn sample_ntt_counted<T: Trace>(xof: &mut Sponge, index: usize, trace: &mut T) -> (Poly, usize, usize) {
    let mut a = [0u16; N];
    let mut bits = WordBits::new(xof);
    let mut j = 0;
    let mut groups = 0;
    while j < N {
        groups += 1;
        // Algorithm 7 steps 5-14: one 3-byte group, two 12-bit candidates.
        let c = bits.take(24);
        let d1 = (c & 0xfff) as u16;
        let d2 = (c >> 12) as u16;
        if d1 < Q {
            a[j] = d1;
            j += 1;
        }
        if d2 < Q && j < N {
            a[j] = d2;
            j += 1;
        }
    }
    let words = bits.words;
    if T::ENABLED {
        trace.checkpoint(Checkpoint {
            block: "sampler",
            name: "sample_ntt",
            index,
            cycle: None,
            values: a.iter().map(|&x| x as u64).collect(),
        });
    }
    (a, words, groups)
}

/// SamplePolyCBD_η (Algorithm 8) on the `8η` words of PRF_η(s, N) (an absorbed
/// SHAKE256 sponge). `nonce` is N, the checkpoint index.
pub fn sample_poly_cbd<T: Trace>(eta: usize, prf: &mut Sponge, nonce: u8, trace: &mut T) -> Poly {
    assert!(eta == 2 || eta == 3, "η must be 2 or 3");
    // The fixed-length PRF output: 8η words, as one little-endian bit string.
    let mut stream = [0u64; 24];
    for w in stream[..8 * eta].iter_mut() {
        *w = prf.squeeze_word();
    }
    let mask = (1u64 << eta) - 1;
    let mut f = [0u16; N];
    for (i, c) in f.iter_mut().enumerate() {
        // Algorithm 8 steps 3-4: bits 2iη .. 2iη + 2η of the stream.
        let bit = 2 * eta * i;
        let (w, o) = (bit / 64, bit % 64);
        let mut b = stream[w] >> o;
        if o + 2 * eta > 64 {
            b |= stream[w + 1] << (64 - o);
        }
        let x = (b & mask).count_ones() as u16;
        let y = ((b >> eta) & mask).count_ones() as u16;
        *c = if x >= y { x - y } else { x + Q - y };
    }
    if T::ENABLED {
        trace.checkpoint(Checkpoint {
            block: "sampler",
            name: "cbd",
            index: nonce as usize,
            cycle: None,
            values: f.iter().map(|&x| x as u64).collect(),
        });
    }
    f
}
