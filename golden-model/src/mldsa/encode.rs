//! Encodings (FIPS 204 §7.1, §7.2): bit packing, hints, and the key, signature and
//! w1 byte formats. Algebra lives elsewhere; this module only moves bits.
//!
//! Bit order is FIPS 204's: coefficient `i`'s bit `j` is bit `i·bits + j` of the
//! string, bit `n` of the string is bit `n mod 8` of byte `⌊n/8⌋` (Alg 11 BitsToBytes).

use super::arith::{sub_mod, Poly};
use super::error::MlDsaError;
use super::params::{bitlen, Params, D, N, Q};

/// Packs 256 values of `bits` bits each (Alg 16 with Alg 11), appending to `out`.
fn pack_bits(vals: &[u32; N], bits: usize, out: &mut Vec<u8>) {
    let mut acc: u64 = 0;
    let mut nacc = 0;
    for &v in vals {
        acc |= (v as u64) << nacc;
        nacc += bits;
        while nacc >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            nacc -= 8;
        }
    }
    debug_assert_eq!(nacc, 0);
}

/// Unpacks 256 values of `bits` bits each from `32·bits` bytes (Alg 18 with Alg 12).
fn unpack_bits(bytes: &[u8], bits: usize) -> [u32; N] {
    debug_assert_eq!(bytes.len(), 32 * bits);
    let mask = (1u64 << bits) - 1;
    let mut out = [0u32; N];
    let mut acc: u64 = 0;
    let mut nacc = 0;
    let mut it = bytes.iter();
    for o in out.iter_mut() {
        while nacc < bits {
            acc |= (*it.next().unwrap_or(&0) as u64) << nacc;
            nacc += 8;
        }
        *o = (acc & mask) as u32;
        acc >>= bits;
        nacc -= bits;
    }
    out
}

/// SimpleBitPack(w, b) (FIPS 204 Alg 16): coefficients in [0, b].
pub fn simple_bit_pack(w: &Poly, b: u32, out: &mut Vec<u8>) {
    pack_bits(&w.0, bitlen(b), out);
}

/// SimpleBitUnpack(v, b) (FIPS 204 Alg 18).
pub fn simple_bit_unpack(v: &[u8], b: u32) -> Poly {
    Poly(unpack_bits(v, bitlen(b)))
}

/// BitPack(w, a, b) (FIPS 204 Alg 17): coefficients in [−a, b], packed as b − w_i.
pub fn bit_pack(w: &Poly, a: u32, b: u32, out: &mut Vec<u8>) {
    let mut v = [0u32; N];
    for (vi, &wi) in v.iter_mut().zip(&w.0) {
        *vi = sub_mod(b, wi);
        debug_assert!(*vi <= a + b, "BitPack coefficient out of range");
    }
    pack_bits(&v, bitlen(a + b), out);
}

/// BitUnpack(v, a, b) (FIPS 204 Alg 19). Returns the polynomial and whether every
/// coefficient lies in [−a, b] (the bit width may allow more, e.g. η = 2 in 3 bits).
pub fn bit_unpack(v: &[u8], a: u32, b: u32) -> (Poly, bool) {
    let raw = unpack_bits(v, bitlen(a + b));
    let mut ok = true;
    let mut w = Poly::ZERO;
    for (wi, &x) in w.0.iter_mut().zip(&raw) {
        ok &= x <= a + b;
        // b − x with x < 2^20 < q.
        *wi = sub_mod(b, x % Q);
    }
    (w, ok)
}

/// HintBitPack(h) (FIPS 204 Alg 20): positions of the 1s of each `h[i]`, then the
/// running counts, in ω + k bytes. `h` must have at most ω ones.
pub fn hint_bit_pack(h: &[Poly], omega: usize, out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + omega + h.len(), 0);
    let mut index = 0;
    for (i, hi) in h.iter().enumerate() {
        for j in 0..N {
            if hi.0[j] != 0 {
                out[start + index] = j as u8;
                index += 1;
            }
        }
        out[start + omega + i] = index as u8;
    }
}

/// HintBitUnpack(y) (FIPS 204 Alg 21): `None` (⊥) on any malformed encoding.
pub fn hint_bit_unpack(y: &[u8], k: usize, omega: usize) -> Option<Vec<Poly>> {
    debug_assert_eq!(y.len(), omega + k);
    let mut h = vec![Poly::ZERO; k];
    let mut index = 0usize;
    for (i, hi) in h.iter_mut().enumerate() {
        let end = y[omega + i] as usize;
        if end < index || end > omega {
            return None;
        }
        let first = index;
        while index < end {
            if index > first && y[index - 1] >= y[index] {
                return None;
            }
            hi.0[y[index] as usize] = 1;
            index += 1;
        }
    }
    if y[index..omega].iter().any(|&b| b != 0) {
        return None;
    }
    Some(h)
}

fn check_len(what: &'static str, bytes: &[u8], expected: usize) -> Result<(), MlDsaError> {
    if bytes.len() != expected {
        return Err(MlDsaError::InvalidLength {
            what,
            expected,
            got: bytes.len(),
        });
    }
    Ok(())
}

/// A decoded public key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey {
    pub rho: [u8; 32],
    pub t1: Vec<Poly>,
}

/// Bound of t1's coefficients: 2^(bitlen(q−1) − d) − 1.
const T1_MAX: u32 = (1 << (23 - D)) - 1;
/// t0's range is [−(2^(d−1) − 1), 2^(d−1)].
const T0_A: u32 = (1 << (D - 1)) - 1;
const T0_B: u32 = 1 << (D - 1);

/// pkEncode(ρ, t1) (FIPS 204 Alg 22).
pub fn pk_encode(rho: &[u8; 32], t1: &[Poly]) -> Vec<u8> {
    let mut out = Vec::with_capacity(32 + 320 * t1.len());
    out.extend_from_slice(rho);
    for p in t1 {
        simple_bit_pack(p, T1_MAX, &mut out);
    }
    out
}

/// pkDecode(pk) (FIPS 204 Alg 23); every bit string of the right length is a key.
pub fn pk_decode(p: &Params, pk: &[u8]) -> Result<PublicKey, MlDsaError> {
    check_len("public key", pk, p.pk_len())?;
    let rho: [u8; 32] = pk[..32].try_into().expect("32 bytes");
    let t1 = pk[32..]
        .chunks(320)
        .map(|c| simple_bit_unpack(c, T1_MAX))
        .collect();
    Ok(PublicKey { rho, t1 })
}

/// A decoded private key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretKey {
    pub rho: [u8; 32],
    pub key: [u8; 32],
    pub tr: [u8; 64],
    pub s1: Vec<Poly>,
    pub s2: Vec<Poly>,
    pub t0: Vec<Poly>,
}

/// skEncode(ρ, K, tr, s1, s2, t0) (FIPS 204 Alg 24).
pub fn sk_encode(p: &Params, sk: &SecretKey) -> Vec<u8> {
    let mut out = Vec::with_capacity(p.sk_len());
    out.extend_from_slice(&sk.rho);
    out.extend_from_slice(&sk.key);
    out.extend_from_slice(&sk.tr);
    for s in sk.s1.iter().chain(&sk.s2) {
        bit_pack(s, p.eta, p.eta, &mut out);
    }
    for t in &sk.t0 {
        bit_pack(t, T0_A, T0_B, &mut out);
    }
    out
}

/// skDecode(sk) (FIPS 204 Alg 25). Rejects an s1 or s2 coefficient outside [−η, η],
/// which no KeyGen produces and which would void the signing bounds.
pub fn sk_decode(p: &Params, sk: &[u8]) -> Result<SecretKey, MlDsaError> {
    check_len("private key", sk, p.sk_len())?;
    let rho = sk[0..32].try_into().expect("32 bytes");
    let key = sk[32..64].try_into().expect("32 bytes");
    let tr = sk[64..128].try_into().expect("64 bytes");
    let eb = 32 * p.eta_bits();
    let mut off = 128;
    let mut take = |n: usize| {
        let s = &sk[off..off + n];
        off += n;
        s
    };
    let mut s1 = Vec::with_capacity(p.l);
    for index in 0..p.l {
        let (s, ok) = bit_unpack(take(eb), p.eta, p.eta);
        if !ok {
            return Err(MlDsaError::MalformedPrivateKey {
                vector: "s1",
                index,
            });
        }
        s1.push(s);
    }
    let mut s2 = Vec::with_capacity(p.k);
    for index in 0..p.k {
        let (s, ok) = bit_unpack(take(eb), p.eta, p.eta);
        if !ok {
            return Err(MlDsaError::MalformedPrivateKey {
                vector: "s2",
                index,
            });
        }
        s2.push(s);
    }
    let t0 = (0..p.k)
        .map(|_| bit_unpack(take(32 * D as usize), T0_A, T0_B).0)
        .collect();
    Ok(SecretKey {
        rho,
        key,
        tr,
        s1,
        s2,
        t0,
    })
}

/// A decoded signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub c_tilde: Vec<u8>,
    pub z: Vec<Poly>,
    pub h: Vec<Poly>,
}

/// sigEncode(c̃, z mod± q, h) (FIPS 204 Alg 26).
pub fn sig_encode(p: &Params, sig: &Signature) -> Vec<u8> {
    let mut out = Vec::with_capacity(p.sig_len());
    out.extend_from_slice(&sig.c_tilde);
    for z in &sig.z {
        bit_pack(z, p.gamma1 - 1, p.gamma1, &mut out);
    }
    hint_bit_pack(&sig.h, p.omega, &mut out);
    out
}

/// sigDecode(σ) (FIPS 204 Alg 27): a wrong length or a malformed hint is an error.
pub fn sig_decode(p: &Params, sig: &[u8]) -> Result<Signature, MlDsaError> {
    check_len("signature", sig, p.sig_len())?;
    let cl = p.c_tilde_len();
    let zb = 32 * p.z_bits();
    let c_tilde = sig[..cl].to_vec();
    let z = sig[cl..cl + p.l * zb]
        .chunks(zb)
        .map(|c| bit_unpack(c, p.gamma1 - 1, p.gamma1).0)
        .collect();
    let h =
        hint_bit_unpack(&sig[cl + p.l * zb..], p.k, p.omega).ok_or(MlDsaError::MalformedHint)?;
    Ok(Signature { c_tilde, z, h })
}

/// w1Encode(w1) (FIPS 204 Alg 28).
pub fn w1_encode(p: &Params, w1: &[Poly]) -> Vec<u8> {
    let b = (Q - 1) / (2 * p.gamma2) - 1;
    let mut out = Vec::with_capacity(32 * p.k * p.w1_bits());
    for w in w1 {
        simple_bit_pack(w, b, &mut out);
    }
    out
}
