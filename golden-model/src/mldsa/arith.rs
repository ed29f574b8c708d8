//! Arithmetic in Z_q, q = 8380417, and the polynomial type (FIPS 204 §2.3, §7.5).
//!
//! # The modular reduction the RTL uses: Barrett, canonical outputs
//!
//! Every coefficient is held **canonical, in `[0, q)`**, in memory and between NTT
//! layers, so that every checkpoint has one unambiguous value.
//!
//! A product `p = a·b` of two canonical coefficients (`p < q² < 2^46`) is reduced by
//! [`mul_mod`] exactly as the RTL does:
//!
//! 1. `p = a·b`: a 23×23-bit product, built in hardware from four 16×16-bit partial
//!    products (the only multiplier rust-hdl offers, and what FPGA DSP blocks are);
//! 2. `t = p >> 22` (24 bits) and the quotient estimate
//!    `q̂ = (t · M) >> 24` with `M = ⌊2^46 / q⌋ = 8396807` (a 24×24-bit product,
//!    again from 16×16 partial products);
//! 3. `r = p − q̂·q`, where `q̂·q = (q̂ << 23) − (q̂ << 13) + q̂` is shifts and adds
//!    (q = 2^23 − 2^13 + 1); `0 ≤ r < 3q`;
//! 4. two conditional subtractions of `q` give the canonical result.
//!
//! Bound: `q̂ ≤ p/q` and `q̂ > p/q − 3`, so `r ∈ [0, 3q)` (checked by proptests and
//! at the edge values in the unit tests below).
//!
//! Additions and subtractions are one adder and one conditional correction.

use super::params::{N, Q};

/// Barrett constant `M = ⌊2^46 / q⌋`.
pub const BARRETT_M: u64 = (1u64 << 46) / Q as u64;

/// `a·b mod q` for canonical `a, b`, by the Barrett reduction described above.
#[inline(always)]
pub fn mul_mod(a: u32, b: u32) -> u32 {
    debug_assert!(a < Q && b < Q);
    let p = a as u64 * b as u64;
    barrett_reduce(p)
}

/// Reduces `p < 2^46` to `[0, q)` (steps 2-4 above).
#[inline(always)]
pub fn barrett_reduce(p: u64) -> u32 {
    debug_assert!(p < 1 << 46);
    let t = p >> 22;
    let q_hat = (t * BARRETT_M) >> 24;
    let q_hat_q = (q_hat << 23) - (q_hat << 13) + q_hat;
    let mut r = (p - q_hat_q) as u32;
    r = csub(r);
    csub(r)
}

/// Conditional subtraction of q: `r ∈ [0, 2q)` → `[0, q)`.
#[inline(always)]
pub fn csub(r: u32) -> u32 {
    if r >= Q {
        r - Q
    } else {
        r
    }
}

/// `a + b mod q` for canonical inputs.
#[inline(always)]
pub fn add_mod(a: u32, b: u32) -> u32 {
    csub(a + b)
}

/// `a − b mod q` for canonical inputs.
#[inline(always)]
pub fn sub_mod(a: u32, b: u32) -> u32 {
    csub(a + Q - b)
}

/// `−a mod q`.
#[inline(always)]
pub fn neg_mod(a: u32) -> u32 {
    csub(Q - a)
}

/// The canonical representative of a signed integer `x` with `|x| < q`.
#[inline(always)]
pub fn from_signed(x: i32) -> u32 {
    if x < 0 {
        (x + Q as i32) as u32
    } else {
        x as u32
    }
}

/// `a mod± q`: the representative in `(−(q−1)/2, (q−1)/2]` (FIPS 204 §2.3).
#[inline(always)]
pub fn to_signed(a: u32) -> i32 {
    if a > (Q - 1) / 2 {
        a as i32 - Q as i32
    } else {
        a as i32
    }
}

/// `|a mod± q|`, the term of the infinity norm (FIPS 204 §2.3).
#[inline(always)]
pub fn abs_centered(a: u32) -> u32 {
    if a > (Q - 1) / 2 {
        Q - a
    } else {
        a
    }
}

/// A polynomial of R_q (or T_q, in the NTT domain): 256 canonical coefficients.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Poly(pub [u32; N]);

impl Default for Poly {
    fn default() -> Self {
        Poly([0; N])
    }
}

/// A vector of polynomials (length k or l).
pub type PolyVec = Vec<Poly>;

impl Poly {
    pub const ZERO: Poly = Poly([0; N]);

    /// Coefficient-wise sum.
    pub fn add(&self, other: &Poly) -> Poly {
        let mut r = Poly::ZERO;
        for i in 0..N {
            r.0[i] = add_mod(self.0[i], other.0[i]);
        }
        r
    }

    /// Coefficient-wise difference.
    pub fn sub(&self, other: &Poly) -> Poly {
        let mut r = Poly::ZERO;
        for i in 0..N {
            r.0[i] = sub_mod(self.0[i], other.0[i]);
        }
        r
    }

    /// Coefficient-wise negation.
    pub fn neg(&self) -> Poly {
        let mut r = Poly::ZERO;
        for i in 0..N {
            r.0[i] = neg_mod(self.0[i]);
        }
        r
    }

    /// Pointwise product in T_q (FIPS 204 Alg 45 MultiplyNTT).
    pub fn pointwise(&self, other: &Poly) -> Poly {
        let mut r = Poly::ZERO;
        for i in 0..N {
            r.0[i] = mul_mod(self.0[i], other.0[i]);
        }
        r
    }

    /// `self += a ∘ b` in T_q: the NTT unit's multiply-accumulate.
    pub fn pointwise_acc(&mut self, a: &Poly, b: &Poly) {
        for i in 0..N {
            self.0[i] = add_mod(self.0[i], mul_mod(a.0[i], b.0[i]));
        }
    }

    /// Multiplies every coefficient by the constant `c`.
    pub fn scale(&self, c: u32) -> Poly {
        let mut r = Poly::ZERO;
        for i in 0..N {
            r.0[i] = mul_mod(self.0[i], c);
        }
        r
    }

    /// `‖self‖∞` with coefficients taken mod± q (FIPS 204 §2.3).
    pub fn infinity_norm(&self) -> u32 {
        self.0.iter().map(|&a| abs_centered(a)).max().unwrap_or(0)
    }

    /// The coefficients as `u64`s, for checkpoints.
    pub fn to_u64s(&self) -> Vec<u64> {
        self.0.iter().map(|&a| a as u64).collect()
    }
}

/// `‖v‖∞` over a vector.
pub fn vec_infinity_norm(v: &[Poly]) -> u32 {
    v.iter().map(Poly::infinity_norm).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn barrett_edges() {
        let edges = [
            0,
            1,
            2,
            Q / 2,
            Q - 2,
            Q - 1,
            1 << 22,
            (1 << 22) + 1,
            8347681,
            1753,
        ];
        for &a in &edges {
            for &b in &edges {
                assert_eq!(
                    mul_mod(a, b) as u64,
                    (a as u64 * b as u64) % Q as u64,
                    "{a}·{b}"
                );
            }
        }
        assert_eq!(BARRETT_M, 8396807);
    }

    #[test]
    fn barrett_near_multiples_of_q() {
        // p = m·q + e for e near 0 and q: where a quotient estimate is most likely off.
        for m in (0..(Q as u64))
            .step_by(9973)
            .chain([Q as u64 - 2, Q as u64 - 1])
        {
            for e in [0u64, 1, 2, Q as u64 - 2, Q as u64 - 1] {
                let p = m * Q as u64 + e;
                if p < (Q as u64 - 1) * (Q as u64 - 1) + 1 {
                    assert_eq!(barrett_reduce(p) as u64, p % Q as u64, "p = {p}");
                }
            }
        }
    }
}
