//! The number-theoretic transform over Z_3329 (FIPS 203 §4.3), written as the
//! layer-by-layer butterfly schedule the RTL's NTT unit executes.
//!
//! **Schedule.** NTT (Algorithm 9) and NTT⁻¹ (Algorithm 10) have [`LAYERS`] = 7
//! layers of 128 butterflies each. Butterfly `b ∈ [0, 128)` of layer `l` works on
//! the coefficient pair `(j, j + len)` with `len = 128 >> l` (forward) or
//! `len = 2 << l` (inverse), `j = 2·len·⌊b/len⌋ + b mod len`, and twiddle
//! `ZETAS[i]`, where `i = 2^l + ⌊b/len⌋` (forward, Algorithm 9 step 4) or
//! `i = 2^(7−l) − 1 − ⌊b/len⌋` (inverse, Algorithm 10 step 4). See [`butterfly`].
//! Every coefficient is canonical (`[0, q)`) after every layer; the
//! reductions are those of [`super::arith`] (Barrett for products).
//!
//! **Checkpoints.** [`ntt_traced`] emits `ntt/layer` (index = layer, values = the
//! 256 coefficients after it); [`ntt_inverse_traced`] emits `intt/layer` for its 7
//! layers and `intt/scale` (index 7) after the final multiplication by
//! 128⁻¹ = 3303 mod q. Inside ML-KEM operations these checkpoints carry
//! `cycle: None` (their timing depends on the sequencer); the NTT unit's
//! cycle-exact schedule is stated in [`crate::polyunit`].

use super::arith::{add, mul, sub, Poly};
use super::params::{N, Q};
use crate::trace::{Checkpoint, Trace};

/// Butterfly layers of a 256-point NTT with 128 twiddles (FIPS 203 §4.3).
pub const LAYERS: usize = 7;
/// Butterflies per layer.
pub const BUTTERFLIES_PER_LAYER: usize = 128;
/// ζ = 17, a primitive 256th root of unity mod q (FIPS 203 §4.3).
pub const ZETA: u16 = 17;
/// 128⁻¹ mod q = 3303: the final scaling of NTT⁻¹ (Algorithm 10 step 14).
pub const N_INV: u16 = 3303;

/// BitRev7(i): the 7-bit reversal of i (FIPS 203 §2.3).
pub const fn bitrev7(i: u8) -> u8 {
    (i << 1).reverse_bits()
}

const fn pow_mod(base: u16, mut e: u32) -> u16 {
    let mut r: u32 = 1;
    let mut b = base as u32;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % Q as u32;
        }
        b = b * b % Q as u32;
        e >>= 1;
    }
    r as u16
}

const fn zetas() -> [u16; 128] {
    let mut t = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = pow_mod(ZETA, bitrev7(i as u8) as u32);
        i += 1;
    }
    t
}

const fn gammas() -> [u16; 128] {
    let mut t = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = pow_mod(ZETA, 2 * bitrev7(i as u8) as u32 + 1);
        i += 1;
    }
    t
}

/// Twiddle ROM: `ZETAS[i] = ζ^BitRev7(i) mod q` (FIPS 203 Appendix A).
pub const ZETAS: [u16; 128] = zetas();
/// Base-case ROM: `GAMMAS[i] = ζ^(2·BitRev7(i)+1) mod q` (FIPS 203 Appendix A, Alg 11).
pub const GAMMAS: [u16; 128] = gammas();

/// Direction of a transform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// NTT (Algorithm 9): Cooley-Tukey butterflies, `len` from 128 down to 2.
    Forward,
    /// NTT⁻¹ (Algorithm 10): Gentleman-Sande butterflies, `len` from 2 up to 128.
    Inverse,
}

/// Butterfly `b` of `layer`: `(j, j + len, twiddle index)` (see the module comment).
/// `len` is a power of two, so `⌊b/len⌋` and `b mod len` are a shift and a mask.
#[inline(always)]
pub const fn butterfly(dir: Direction, layer: usize, b: usize) -> (usize, usize, usize) {
    let log_len = match dir {
        Direction::Forward => LAYERS - layer,
        Direction::Inverse => layer + 1,
    };
    let len = 1 << log_len;
    let block = b >> log_len;
    let j = (block << (log_len + 1)) | (b & (len - 1));
    let zeta_index = match dir {
        Direction::Forward => (1 << layer) + block,
        Direction::Inverse => (1 << (LAYERS - layer)) - 1 - block,
    };
    (j, j + len, zeta_index)
}

/// One layer of NTT (Algorithm 9 steps 2-10 for `len = 128 >> layer`): 128
/// Cooley-Tukey butterflies `(a, b) -> (a + ζb, a − ζb)`, in the order of
/// [`butterfly`] (block by block, `b = block·len + offset`).
pub fn ntt_layer(f: &mut Poly, layer: usize) {
    assert!(layer < LAYERS, "NTT layer {layer} out of range");
    let len = 128 >> layer;
    for (block, chunk) in f.chunks_exact_mut(2 * len).enumerate() {
        let zeta = ZETAS[(1 << layer) + block];
        let (lo, hi) = chunk.split_at_mut(len);
        for (a, b) in lo.iter_mut().zip(hi.iter_mut()) {
            let t = mul(zeta, *b);
            *b = sub(*a, t);
            *a = add(*a, t);
        }
    }
}

/// One layer of NTT⁻¹ (Algorithm 10 steps 2-12 for `len = 2 << layer`): 128
/// Gentleman-Sande butterflies `(a, b) -> (a + b, ζ(b − a))`, in the order of
/// [`butterfly`].
pub fn ntt_inverse_layer(f: &mut Poly, layer: usize) {
    assert!(layer < LAYERS, "NTT⁻¹ layer {layer} out of range");
    let len = 2 << layer;
    for (block, chunk) in f.chunks_exact_mut(2 * len).enumerate() {
        let zeta = ZETAS[(1 << (LAYERS - layer)) - 1 - block];
        let (lo, hi) = chunk.split_at_mut(len);
        for (a, b) in lo.iter_mut().zip(hi.iter_mut()) {
            let t = *a;
            *a = add(t, *b);
            *b = mul(zeta, sub(*b, t));
        }
    }
}

/// The final scaling of NTT⁻¹ by 128⁻¹ = 3303 (Algorithm 10 step 14).
pub fn ntt_inverse_scale(f: &mut Poly) {
    for c in f.iter_mut() {
        *c = mul(*c, N_INV);
    }
}

/// NTT (Algorithm 9), layer by layer, with a checkpoint (`cycle: None`) after each layer.
pub fn ntt_traced<T: Trace>(f: &mut Poly, trace: &mut T) {
    for layer in 0..LAYERS {
        ntt_layer(f, layer);
        if T::ENABLED {
            trace.checkpoint(Checkpoint {
                block: "ntt",
                name: "layer",
                index: layer,
                cycle: None,
                values: f.iter().map(|&c| c as u64).collect(),
            });
        }
    }
}

/// NTT⁻¹ (Algorithm 10), layer by layer, then the scaling by 3303.
pub fn ntt_inverse_traced<T: Trace>(f: &mut Poly, trace: &mut T) {
    for layer in 0..LAYERS {
        ntt_inverse_layer(f, layer);
        if T::ENABLED {
            trace.checkpoint(Checkpoint {
                block: "intt",
                name: "layer",
                index: layer,
                cycle: None,
                values: f.iter().map(|&c| c as u64).collect(),
            });
        }
    }
    ntt_inverse_scale(f);
    if T::ENABLED {
        trace.checkpoint(Checkpoint {
            block: "intt",
            name: "scale",
            index: LAYERS,
            cycle: None,
            values: f.iter().map(|&c| c as u64).collect(),
        });
    }
}

/// NTT (Algorithm 9), in place, no trace.
pub fn ntt(f: &mut Poly) {
    for layer in 0..LAYERS {
        ntt_layer(f, layer);
    }
}

/// NTT⁻¹ (Algorithm 10), in place, no trace.
pub fn ntt_inverse(f: &mut Poly) {
    for layer in 0..LAYERS {
        ntt_inverse_layer(f, layer);
    }
    ntt_inverse_scale(f);
}

/// BaseCaseMultiply (Algorithm 12): (a0 + a1X)(b0 + b1X) mod (X² − γ).
#[inline(always)]
pub fn base_case_multiply(a0: u16, a1: u16, b0: u16, b1: u16, gamma: u16) -> (u16, u16) {
    let c0 = add(mul(a0, b0), mul(mul(a1, b1), gamma));
    let c1 = add(mul(a0, b1), mul(a1, b0));
    (c0, c1)
}

/// MultiplyNTTs (Algorithm 11): the product in T_q, 128 base-case products.
pub fn multiply_ntts(f: &Poly, g: &Poly) -> Poly {
    let mut h = [0u16; N];
    multiply_ntts_acc(&mut h, f, g);
    h
}

/// h += f ∘ g in T_q: MultiplyNTTs (Algorithm 11) accumulated, as the matrix-vector
/// products of Algorithms 13-15 sum such terms. Pair `i` uses `γ = GAMMAS[i]`.
pub fn multiply_ntts_acc(h: &mut Poly, f: &Poly, g: &Poly) {
    let pairs = h.chunks_exact_mut(2).zip(f.chunks_exact(2)).zip(g.chunks_exact(2)).zip(GAMMAS.iter());
    for (((h, f), g), &gamma) in pairs {
        let (c0, c1) = base_case_multiply(f[0], f[1], g[0], g[1], gamma);
        h[0] = add(h[0], c0);
        h[1] = add(h[1], c1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeta_tables_match_fips203_appendix_a() {
        // First and last entries of FIPS 203 Appendix A.
        assert_eq!(&ZETAS[..8], &[1, 1729, 2580, 3289, 2642, 630, 1897, 848]);
        assert_eq!(&ZETAS[120..], &[1722, 1212, 1874, 1029, 2110, 2935, 885, 2154]);
        assert_eq!(&GAMMAS[..8], &[17, 3312, 2761, 568, 583, 2746, 2649, 680]);
        assert_eq!(&GAMMAS[120..], &[2110, 1219, 2935, 394, 885, 2444, 2154, 1175]);
        assert_eq!(mul(128, N_INV), 1);
    }

    /// The layer functions run exactly the butterflies that [`butterfly`] names.
    #[test]
    fn layers_follow_the_butterfly_table() {
        let f: Poly = core::array::from_fn(|i| ((i * 1103 + 12345) % Q as usize) as u16);
        for l in 0..LAYERS {
            let (mut fwd, mut inv) = (f, f);
            ntt_layer(&mut fwd, l);
            ntt_inverse_layer(&mut inv, l);
            let (mut rf, mut ri) = (f, f);
            for b in 0..BUTTERFLIES_PER_LAYER {
                let (j, k, z) = butterfly(Direction::Forward, l, b);
                let t = mul(ZETAS[z], rf[k]);
                rf[k] = sub(rf[j], t);
                rf[j] = add(rf[j], t);
                let (j, k, z) = butterfly(Direction::Inverse, l, b);
                let t = ri[j];
                ri[j] = add(t, ri[k]);
                ri[k] = mul(ZETAS[z], sub(ri[k], t));
            }
            assert_eq!(fwd, rf, "forward layer {l}");
            assert_eq!(inv, ri, "inverse layer {l}");
        }
    }

    #[test]
    fn every_coefficient_touched_once_per_layer() {
        for dir in [Direction::Forward, Direction::Inverse] {
            for l in 0..LAYERS {
                let mut seen = [0u8; N];
                for b in 0..128 {
                    let (j, k, z) = butterfly(dir, l, b);
                    seen[j] += 1;
                    seen[k] += 1;
                    assert!((1..128).contains(&z));
                }
                assert!(seen.iter().all(|&s| s == 1), "{dir:?} layer {l}");
            }
        }
    }
}
