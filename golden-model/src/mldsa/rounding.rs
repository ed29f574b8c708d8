//! High- and low-order bits and hints (FIPS 204 §7.4, Algorithms 35-40).
//! Inputs are canonical coefficients in [0, q); low parts are returned signed.

use super::arith::Poly;
use super::params::{D, N, Q};

/// Power2Round(r) (FIPS 204 Alg 35): `r = r1·2^d + r0` with `r0 ∈ (−2^(d−1), 2^(d−1)]`.
#[inline]
pub fn power2round(r: u32) -> (u32, i32) {
    let mut r0 = (r & ((1 << D) - 1)) as i32;
    if r0 > 1 << (D - 1) {
        r0 -= 1 << D;
    }
    (((r as i32 - r0) >> D) as u32, r0)
}

/// Decompose(r) (FIPS 204 Alg 36): `r = r1·2γ2 + r0` with `r0 ∈ (−γ2, γ2]`, except
/// that `r − r0 = q − 1` maps to `r1 = 0, r0 = r0 − 1`.
#[inline]
pub fn decompose(r: u32, gamma2: u32) -> (u32, i32) {
    let alpha = 2 * gamma2;
    let mut r0 = (r % alpha) as i32;
    if r0 > gamma2 as i32 {
        r0 -= alpha as i32;
    }
    let diff = (r as i32 - r0) as u32;
    if diff == Q - 1 {
        (0, r0 - 1)
    } else {
        (diff / alpha, r0)
    }
}

/// HighBits(r) (FIPS 204 Alg 37).
#[inline]
pub fn high_bits(r: u32, gamma2: u32) -> u32 {
    decompose(r, gamma2).0
}

/// LowBits(r) (FIPS 204 Alg 38).
#[inline]
pub fn low_bits(r: u32, gamma2: u32) -> i32 {
    decompose(r, gamma2).1
}

/// MakeHint(z, r) (FIPS 204 Alg 39): does adding z change the high bits of r?
#[inline]
pub fn make_hint(z: u32, r: u32, gamma2: u32) -> bool {
    high_bits(r, gamma2) != high_bits(super::arith::add_mod(r, z), gamma2)
}

/// UseHint(h, r) (FIPS 204 Alg 40).
#[inline]
pub fn use_hint(h: bool, r: u32, gamma2: u32) -> u32 {
    let m = (Q - 1) / (2 * gamma2);
    let (r1, r0) = decompose(r, gamma2);
    if !h {
        r1
    } else if r0 > 0 {
        if r1 + 1 == m {
            0
        } else {
            r1 + 1
        }
    } else if r1 == 0 {
        m - 1
    } else {
        r1 - 1
    }
}

/// Power2Round on every coefficient: (t1, t0) with t0 canonical.
pub fn power2round_poly(t: &Poly) -> (Poly, Poly) {
    let mut t1 = Poly::ZERO;
    let mut t0 = Poly::ZERO;
    for i in 0..N {
        let (a1, a0) = power2round(t.0[i]);
        t1.0[i] = a1;
        t0.0[i] = super::arith::from_signed(a0);
    }
    (t1, t0)
}

/// HighBits on every coefficient.
pub fn high_bits_poly(w: &Poly, gamma2: u32) -> Poly {
    let mut r = Poly::ZERO;
    for i in 0..N {
        r.0[i] = high_bits(w.0[i], gamma2);
    }
    r
}

/// ‖LowBits(w)‖∞ over a polynomial.
pub fn low_bits_norm(w: &Poly, gamma2: u32) -> u32 {
    w.0.iter()
        .map(|&a| low_bits(a, gamma2).unsigned_abs())
        .max()
        .unwrap_or(0)
}

/// MakeHint on every coefficient; returns the hint polynomial (0/1) and its weight.
pub fn make_hint_poly(z: &Poly, r: &Poly, gamma2: u32) -> (Poly, usize) {
    let mut h = Poly::ZERO;
    let mut count = 0;
    for i in 0..N {
        let b = make_hint(z.0[i], r.0[i], gamma2);
        h.0[i] = b as u32;
        count += b as usize;
    }
    (h, count)
}

/// UseHint on every coefficient.
pub fn use_hint_poly(h: &Poly, r: &Poly, gamma2: u32) -> Poly {
    let mut w = Poly::ZERO;
    for i in 0..N {
        w.0[i] = use_hint(h.0[i] != 0, r.0[i], gamma2);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mldsa::params::ALL;

    #[test]
    fn decompose_reconstructs() {
        for p in ALL {
            let g2 = p.gamma2;
            for r in (0..Q)
                .step_by(997)
                .chain([0, 1, Q - 1, Q - 2, g2, g2 + 1, Q - g2, Q - g2 - 1])
            {
                let (r1, r0) = decompose(r, g2);
                let back = (r1 as i64 * 2 * g2 as i64 + r0 as i64).rem_euclid(Q as i64);
                assert_eq!(back, r as i64);
                assert!(r0.unsigned_abs() <= g2);
                assert!(r1 < (Q - 1) / (2 * g2));
            }
        }
    }

    #[test]
    fn power2round_reconstructs() {
        for r in (0..Q).step_by(101).chain([Q - 1, 4096, 4097, 8191, 8192]) {
            let (r1, r0) = power2round(r);
            assert_eq!((r1 as i64) * 8192 + r0 as i64, r as i64);
            assert!(r0 > -4096 && r0 <= 4096);
        }
    }
}
