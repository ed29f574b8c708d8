//! The Montgomery ladder: k·P with a fixed, secret-independent schedule.
//!
//! Every scalar runs the same `bits` iterations (bits = bitlen(n), whatever the
//! scalar's own length), each one conditional swap of the two registers (done
//! arithmetically, mask and XOR), one complete addition and one complete doubling;
//! a final conditional swap undoes the last deferred swap. The sequence of field
//! operations is therefore identical for every scalar, 0, 1 and n-1 included.
//!
//! Invariant (Montgomery 1987; Joye–Yen 2002): after the step for bit i,
//! R1 - R0 = P and R0 = (k >> i)·P, with the swap deferred: the registers are
//! exchanged only when consecutive bits differ (`swap = b_i XOR b_{i+1}`).
//!
//! Cost per step: 14 (addition) + 13 (doubling) = 27 field multiplications.

use super::field::{bit, Alu};
use super::point::{add, double, ProjectivePoint};
use crate::trace::{Checkpoint, Trace};

/// k·P by the Montgomery ladder over `bits` iterations; `b` is the curve
/// coefficient in Montgomery form, `p` a point in Montgomery form.
///
/// Trace: one `ecc/ladder_step` checkpoint per iteration (index = step, 0 for the
/// most significant bit), values = the registers as held after the step, before
/// the deferred swap: X0, Y0, Z0, X1, Y1, Z1 (Montgomery form, each L 64-bit limbs
/// least significant first). The schedule is fixed but its cycle count belongs to
/// the RTL's multiplier, so `cycle` is `None` here.
pub fn montgomery_ladder<const L: usize, T: Trace>(
    f: &mut Alu<'_, L>,
    b: &[u64; L],
    k: &[u64; L],
    p: &ProjectivePoint<L>,
    bits: usize,
    trace: &mut T,
) -> ProjectivePoint<L> {
    let mut r0 = ProjectivePoint::identity(&f.field.one);
    let mut r1 = *p;
    let mut swap = 0u64;
    for step in 0..bits {
        let ki = bit(k, bits - 1 - step);
        swap ^= ki;
        cswap_point(f, &mut r0, &mut r1, swap);
        swap = ki;
        r1 = add(f, b, &r0, &r1);
        r0 = double(f, b, &r0);
        if T::ENABLED {
            trace.checkpoint(Checkpoint {
                block: "ecc",
                name: "ladder_step",
                index: step,
                cycle: None,
                values: r0.limbs().chain(r1.limbs()).collect(),
            });
        }
    }
    cswap_point(f, &mut r0, &mut r1, swap);
    r0
}

/// Conditional swap of two points, coordinate by coordinate.
pub fn cswap_point<const L: usize>(
    f: &mut Alu<'_, L>,
    a: &mut ProjectivePoint<L>,
    b: &mut ProjectivePoint<L>,
    choice: u64,
) {
    f.cswap(&mut a.x, &mut b.x, choice);
    f.cswap(&mut a.y, &mut b.y, choice);
    f.cswap(&mut a.z, &mut b.z, choice);
}
