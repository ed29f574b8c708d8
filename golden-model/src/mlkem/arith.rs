//! Arithmetic in Z_q, q = 3329, exactly as the RTL's polynomial unit does it.
//!
//! **Modular reduction (the contract with the RTL).** Every coefficient is held
//! canonical, in `[0, q)`, in polynomial memory and between NTT layers, so a
//! checkpoint has exactly one valid value. Sums and differences of canonical values
//! are reduced with one conditional subtraction / addition of q. Products of two
//! canonical values (`x < q² < 2^24`, what the RTL's 16x16 -> 32-bit multipliers give
//! for 12-bit operands) are reduced with **Barrett reduction**:
//!
//! ```text
//! t = floor(x · 5039 / 2^24)       5039 = floor(2^24 / q)
//! r = x − t·q                      r ∈ [0, 2q) for every x < 2^24
//! if r ≥ q { r −= q }              r ∈ [0, q)
//! ```
//!
//! In the RTL, `x · 5039` (24 × 13 bits) is formed from two 16x16 partial products
//! (`x[23:16]·5039 << 16` plus `x[15:0]·5039`), and `t·q` by one more 16x16 product.
//! [`barrett_reduce`] is checked exhaustively over `[0, 2^24)` by a unit test.

use super::params::{N, Q};

/// A polynomial of R_q (or of T_q, in the NTT domain): 256 canonical coefficients.
pub type Poly = [u16; N];

/// Barrett constant m = floor(2^24 / q).
pub const BARRETT_M: u32 = (1 << BARRETT_SHIFT) / Q as u32;
/// Barrett shift k = 24.
pub const BARRETT_SHIFT: u32 = 24;

/// x mod q for x < 2^24 by Barrett reduction (see the module comment).
///
/// `t = ⌊x·m / 2^24⌋` is formed exactly as the RTL forms it, from the two 16x16
/// partial products of `x = x_hi·2^16 + x_lo`:
/// `t = (x_hi·m + ⌊x_lo·m / 2^16⌋) >> 8` (equal to `⌊x·m / 2^24⌋` because the
/// floor of a floor of a sum with an integer part is the floor of the sum).
#[inline(always)]
pub fn barrett_reduce(x: u32) -> u16 {
    debug_assert!(x < 1 << BARRETT_SHIFT);
    let (x_hi, x_lo) = (x >> 16, x & 0xffff);
    let t = (x_hi * BARRETT_M + ((x_lo * BARRETT_M) >> 16)) >> (BARRETT_SHIFT - 16);
    let r = x - t * Q as u32;
    csub(r as u16)
}

/// Conditional subtraction: `[0, 2q) -> [0, q)` (`r − q` wraps above `r` when `r < q`).
#[inline(always)]
pub fn csub(r: u16) -> u16 {
    r.min(r.wrapping_sub(Q))
}

/// a + b mod q for canonical a, b.
#[inline(always)]
pub fn add(a: u16, b: u16) -> u16 {
    csub(a + b)
}

/// a − b mod q for canonical a, b.
#[inline(always)]
pub fn sub(a: u16, b: u16) -> u16 {
    csub(a + Q - b)
}

/// a · b mod q for canonical a, b (one multiplier, one Barrett reduction).
#[inline(always)]
pub fn mul(a: u16, b: u16) -> u16 {
    barrett_reduce(a as u32 * b as u32)
}

/// Coefficient-wise f + g.
pub fn poly_add(f: &Poly, g: &Poly) -> Poly {
    let mut h = [0u16; N];
    for i in 0..N {
        h[i] = add(f[i], g[i]);
    }
    h
}

/// Coefficient-wise f − g.
pub fn poly_sub(f: &Poly, g: &Poly) -> Poly {
    let mut h = [0u16; N];
    for i in 0..N {
        h[i] = sub(f[i], g[i]);
    }
    h
}

/// f += g, coefficient-wise.
pub fn poly_add_assign(f: &mut Poly, g: &Poly) {
    for i in 0..N {
        f[i] = add(f[i], g[i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn barrett_exhaustive() {
        for x in 0u32..(1 << 24) {
            assert_eq!(barrett_reduce(x) as u32, x % Q as u32, "x = {x}");
        }
    }

    #[test]
    fn add_sub_all_pairs_sampled() {
        for a in (0..Q).step_by(7) {
            for b in (0..Q).step_by(5) {
                assert_eq!(add(a, b) as u32, (a as u32 + b as u32) % Q as u32);
                assert_eq!(sub(a, b) as u32, (a as u32 + Q as u32 - b as u32) % Q as u32);
            }
        }
    }
}
