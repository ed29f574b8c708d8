//! NTT and NTT⁻¹ over Z_q, q = 8380417 (FIPS 204 §7.5, Algorithms 41, 42), as the
//! RTL's NTT unit runs them: 8 layers of 128 Cooley–Tukey (forward) or
//! Gentleman–Sande (inverse) butterflies, the twiddles from one 256-entry ROM
//! ([`ZETAS`], `ζ^BitRev8(m)`, ζ = 1753), then for the inverse a scaling pass by
//! `256⁻¹ mod q` = [`F_INV`] = 8347681.
//!
//! Every product goes through [`mul_mod`] (Barrett, see [`super::arith`]); every
//! coefficient is canonical in `[0, q)` after every butterfly, so the per-layer
//! checkpoints are exact.
//!
//! # Checkpoints
//!
//! Values = the 256 coefficients after the step:
//! * forward: block `"ntt"`, name `"layer"`, index = layer 0..7;
//! * inverse: block `"ntt"`, name `"inv_layer"`, index = layer 0..7, then
//!   name `"inv_scale"`, index 0.
//!
//! Inside ML-DSA operations these carry `cycle: None` (their timing depends on the
//! sequencer); the NTT unit's cycle-exact schedule is stated in [`crate::polyunit`].

use super::arith::{add_mod, mul_mod, sub_mod, Poly};
use super::params::{N, Q};
use crate::trace::{Checkpoint, NoTrace, Trace};

/// ζ = 1753, a primitive 512-th root of unity mod q (FIPS 204 §7.5).
pub const ZETA: u32 = 1753;
/// `256⁻¹ mod q` (FIPS 204 Alg 42, f = 8347681).
pub const F_INV: u32 = 8_347_681;

const fn pow_mod(mut b: u64, mut e: u32) -> u64 {
    let mut r = 1u64;
    b %= Q as u64;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % Q as u64;
        }
        b = b * b % Q as u64;
        e >>= 1;
    }
    r
}

const fn bitrev8(m: usize) -> u32 {
    (m as u8).reverse_bits() as u32
}

/// The twiddle ROM: `ZETAS[m] = ζ^BitRev8(m) mod q` (FIPS 204 Appendix B).
pub const ZETAS: [u32; N] = {
    let mut z = [0u32; N];
    let mut m = 0;
    while m < N {
        z[m] = pow_mod(ZETA as u64, bitrev8(m)) as u32;
        m += 1;
    }
    z
};

/// One layer of the forward NTT (FIPS 204 Alg 41, one pass of the `len` loop):
/// `len = 128 >> layer`, twiddles `ZETAS[2^layer ..2^(layer+1)]`.
pub fn ntt_layer(w: &mut Poly, layer: usize) {
    assert!(layer < 8, "NTT layer {layer} out of range 0..8");
    let len = 128 >> layer;
    let mut m = 1usize << layer;
    let mut start = 0;
    while start < N {
        let z = ZETAS[m];
        m += 1;
        for j in start..start + len {
            // Cooley–Tukey butterfly (Alg 41 steps 7-9).
            let t = mul_mod(z, w.0[j + len]);
            w.0[j + len] = sub_mod(w.0[j], t);
            w.0[j] = add_mod(w.0[j], t);
        }
        start += 2 * len;
    }
}

/// One layer of the inverse NTT (FIPS 204 Alg 42, one pass of the `len` loop):
/// `len = 1 << layer`, twiddles `−ZETAS[m]` for `m` from `(256 >> layer) − 1` down.
pub fn intt_layer(w: &mut Poly, layer: usize) {
    assert!(layer < 8, "NTT⁻¹ layer {layer} out of range 0..8");
    let len = 1usize << layer;
    let mut m = N >> layer;
    let mut start = 0;
    while start < N {
        m -= 1;
        let z = Q - ZETAS[m]; // −ζ^BitRev8(m); ZETAS[m] ≠ 0
        for j in start..start + len {
            // Gentleman–Sande butterfly (Alg 42 steps 7-10).
            let t = w.0[j];
            w.0[j] = add_mod(t, w.0[j + len]);
            w.0[j + len] = mul_mod(z, sub_mod(t, w.0[j + len]));
        }
        start += 2 * len;
    }
}

/// NTT(w) (FIPS 204 Alg 41), with a checkpoint after each layer.
pub fn ntt_traced<T: Trace>(w: &Poly, trace: &mut T) -> Poly {
    let mut r = *w;
    for layer in 0..8 {
        ntt_layer(&mut r, layer);
        if T::ENABLED {
            trace.checkpoint(Checkpoint {
                block: "ntt",
                name: "layer",
                index: layer,
                cycle: None,
                values: r.to_u64s(),
            });
        }
    }
    r
}

/// NTT⁻¹(ŵ) (FIPS 204 Alg 42), with a checkpoint after each layer and after scaling.
pub fn intt_traced<T: Trace>(w: &Poly, trace: &mut T) -> Poly {
    let mut r = *w;
    for layer in 0..8 {
        intt_layer(&mut r, layer);
        if T::ENABLED {
            trace.checkpoint(Checkpoint {
                block: "ntt",
                name: "inv_layer",
                index: layer,
                cycle: None,
                values: r.to_u64s(),
            });
        }
    }
    // Alg 42 steps 19-21: multiply by f = 256⁻¹.
    for c in r.0.iter_mut() {
        *c = mul_mod(*c, F_INV);
    }
    if T::ENABLED {
        trace.checkpoint(Checkpoint {
            block: "ntt",
            name: "inv_scale",
            index: 0,
            cycle: None,
            values: r.to_u64s(),
        });
    }
    r
}

/// NTT(w) without tracing.
pub fn ntt(w: &Poly) -> Poly {
    ntt_traced(w, &mut NoTrace)
}

/// NTT⁻¹(ŵ) without tracing.
pub fn intt(w: &Poly) -> Poly {
    intt_traced(w, &mut NoTrace)
}

/// NTT of each polynomial of a vector.
pub fn ntt_vec<T: Trace>(v: &[Poly], trace: &mut T) -> Vec<Poly> {
    v.iter().map(|p| ntt_traced(p, trace)).collect()
}

/// NTT⁻¹ of each polynomial of a vector.
pub fn intt_vec<T: Trace>(v: &[Poly], trace: &mut T) -> Vec<Poly> {
    v.iter().map(|p| intt_traced(p, trace)).collect()
}

/// `Â ∘ v̂` for a k×l matrix in T_q (FIPS 204 Alg 48 MatrixVectorNTT), by
/// multiply-accumulate row by row.
pub fn matrix_vector_ntt(a_hat: &[Vec<Poly>], v_hat: &[Poly]) -> Vec<Poly> {
    a_hat
        .iter()
        .map(|row| {
            let mut acc = Poly::ZERO;
            for (a, v) in row.iter().zip(v_hat) {
                acc.pointwise_acc(a, v);
            }
            acc
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Schoolbook multiplication in Z_q[X]/(X^256 + 1), the definition NTT must match.
    fn schoolbook(a: &Poly, b: &Poly) -> Poly {
        let mut r = [0i128; N];
        for i in 0..N {
            for j in 0..N {
                let p = a.0[i] as i128 * b.0[j] as i128;
                if i + j < N {
                    r[i + j] += p;
                } else {
                    r[i + j - N] -= p;
                }
            }
        }
        let mut out = Poly::ZERO;
        for (o, x) in out.0.iter_mut().zip(r) {
            *o = x.rem_euclid(Q as i128) as u32;
        }
        out
    }

    #[test]
    fn zetas_rom() {
        assert_eq!(ZETAS[0], 1);
        assert_eq!(ZETAS[1], 4808194);
        // ζ^128 is a square root of −1 (ζ has order 512).
        assert_eq!(mul_mod(ZETAS[1], ZETAS[1]), Q - 1);
        assert_eq!(mul_mod(256, F_INV), 1);
    }

    #[test]
    fn ntt_multiplies() {
        let mut a = Poly::ZERO;
        let mut b = Poly::ZERO;
        let mut x = 12345u64;
        for i in 0..N {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            a.0[i] = ((x >> 33) % Q as u64) as u32;
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            b.0[i] = ((x >> 33) % Q as u64) as u32;
        }
        assert_eq!(intt(&ntt(&a)), a);
        let prod = intt(&ntt(&a).pointwise(&ntt(&b)));
        assert_eq!(prod, schoolbook(&a, &b));
    }
}
