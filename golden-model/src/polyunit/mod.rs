//! Golden model of the RTL's NTT / polynomial unit (`rtl::ntt`): what each operation
//! computes, in which order, on which cycle each layer's result is complete, and
//! where each coefficient lives in the banked memory.
//!
//! The arithmetic is not repeated here: every layer is the ML-KEM or ML-DSA golden
//! model's own layer function ([`crate::mlkem::ntt`], [`crate::mldsa::ntt`]), with the
//! reductions they document (Barrett, canonical results). The unit folds NTT⁻¹'s
//! scaling by n⁻¹ into its last layer; the result is the same canonical value as the
//! golden models' separate scaling pass, so the last inverse layer's checkpoint is the
//! scaled polynomial.
//!
//! # Schedule (cycles after the start pulse, which is cycle 0)
//! With B lanes, C = 128/B issue cycles per layer; layer ℓ (execution order) issues
//! in cycles `ISSUE_START + ℓ·C ..`; a value issued in cycle e is in memory from cycle
//! `e + WRITE_LATENCY` (`e + BASECASE_WRITE_LATENCY` for the ML-KEM base case). Layer ℓ
//! is complete in cycle `ISSUE_START + (ℓ+1)·C − 1 + latency`, `done` comes one cycle
//! after the last layer is complete. [`Schedule::check`] proves, for a given B, that
//! the banks see one access per port per cycle and that no layer reads a word before
//! the previous layer has written it.

pub mod memory;

use crate::mldsa;
use crate::mlkem;
use crate::trace::{Checkpoint, Trace};
pub use memory::{bank_of, coefficient_at, row_of};

/// Cycles from the start pulse to the first issue.
pub const ISSUE_START: u64 = 1;
/// From the issue cycle of a butterfly to the first cycle its results are in memory
/// (RAM read 1, operand stage 0, multiplier 5, write 1).
pub const WRITE_LATENCY: u64 = 7;
/// The same for the ML-KEM base case (a second multiplier level).
pub const BASECASE_WRITE_LATENCY: u64 = 12;
/// Number of polynomial slots.
pub const SLOTS: usize = 4;
/// Coefficients per polynomial.
pub const N: usize = 256;

/// The unit's modulus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// q = 3329 (FIPS 203).
    Kem = 0,
    /// q = 8380417 (FIPS 204).
    Dsa = 1,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Kem, Mode::Dsa];

    pub fn q(self) -> u32 {
        match self {
            Mode::Kem => mlkem::params::Q as u32,
            Mode::Dsa => mldsa::params::Q,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::Kem => "kem",
            Mode::Dsa => "dsa",
        }
    }
}

/// Operation codes of the unit's command port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    Ntt = 0,
    Intt = 1,
    /// ML-KEM MultiplyNTTs (FIPS 203 Alg 11) / ML-DSA coefficient-wise product.
    Pointwise = 2,
    Add = 3,
    Sub = 4,
}

impl Op {
    pub const ALL: [Op; 5] = [Op::Ntt, Op::Intt, Op::Pointwise, Op::Add, Op::Sub];

    pub fn binary(self) -> bool {
        matches!(self, Op::Pointwise | Op::Add | Op::Sub)
    }

    pub fn name(self) -> &'static str {
        match self {
            Op::Ntt => "ntt",
            Op::Intt => "intt",
            Op::Pointwise => "pointwise",
            Op::Add => "add",
            Op::Sub => "sub",
        }
    }
}

/// What the unit reports for bad input (its `err_code`s).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolyUnitError {
    /// `err_code` 5: operand `operand` (0 = a, 1 = b) has coefficient `index` ≥ q.
    OperandRange { operand: usize, index: usize, value: u32 },
    /// The butterfly count is not one the schedule supports.
    Butterflies(usize),
}

impl std::fmt::Display for PolyUnitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PolyUnitError::OperandRange { operand, index, value } => {
                write!(f, "operand {operand} coefficient {index} = {value} is not reduced mod q")
            }
            PolyUnitError::Butterflies(b) => write!(f, "{b} butterfly lanes: not a supported configuration"),
        }
    }
}

impl std::error::Error for PolyUnitError {}

/// The unit's cycle schedule for B butterfly lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    butterflies: usize,
}

impl Schedule {
    /// B must be a power of two with a hazard-free, conflict-free schedule (1..=8).
    pub fn new(butterflies: usize) -> Result<Schedule, PolyUnitError> {
        let s = Schedule { butterflies };
        if !butterflies.is_power_of_two() || butterflies > 8 || s.check().is_err() {
            return Err(PolyUnitError::Butterflies(butterflies));
        }
        Ok(s)
    }

    pub fn butterflies(&self) -> usize {
        self.butterflies
    }

    /// Issue cycles per layer, 128 / B.
    pub fn cycles_per_layer(&self) -> u64 {
        (128 / self.butterflies) as u64
    }

    /// Layers an operation runs (1 for the elementwise ones).
    pub fn layers(mode: Mode, op: Op) -> usize {
        match (op, mode) {
            (Op::Ntt | Op::Intt, Mode::Kem) => mlkem::ntt::LAYERS,
            (Op::Ntt | Op::Intt, Mode::Dsa) => 8,
            _ => 1,
        }
    }

    /// Issue-to-memory latency of an operation.
    pub fn latency(mode: Mode, op: Op) -> u64 {
        if mode == Mode::Kem && op == Op::Pointwise {
            BASECASE_WRITE_LATENCY
        } else {
            WRITE_LATENCY
        }
    }

    /// Cycle in which layer `layer` (execution order) of `op` is complete in memory.
    pub fn layer_done_cycle(&self, mode: Mode, op: Op, layer: usize) -> u64 {
        ISSUE_START + (layer as u64 + 1) * self.cycles_per_layer() - 1 + Self::latency(mode, op)
    }

    /// Cycle in which `done` is high.
    pub fn done_cycle(&self, mode: Mode, op: Op) -> u64 {
        self.layer_done_cycle(mode, op, Self::layers(mode, op) - 1) + 1
    }

    /// The coefficient pairs `(j, k)` of butterfly / pair `b` in the unit's layer `l`
    /// (`l` is the RTL's layer register: forward `len = 128 >> l`, inverse `len = 1 << l`,
    /// elementwise: pair `(2b, 2b + 1)`).
    pub fn pair(op: Op, l: usize, b: usize) -> (usize, usize) {
        let s = match op {
            Op::Ntt => 7 - l,
            Op::Intt => l,
            _ => 0,
        };
        let len = 1usize << s;
        let j = ((b >> s) << (s + 1)) | (b & (len - 1));
        (j, j + len)
    }

    /// The RTL layer register values an operation steps through.
    pub fn rtl_layers(mode: Mode, op: Op) -> std::ops::RangeInclusive<usize> {
        match (op, mode) {
            (Op::Ntt, Mode::Kem) => 0..=6,
            (Op::Ntt, Mode::Dsa) | (Op::Intt, Mode::Dsa) => 0..=7,
            (Op::Intt, Mode::Kem) => 1..=7,
            _ => 7..=7,
        }
    }

    /// Proves the schedule: in every issue cycle the 2B coefficients touched fall in
    /// 2B distinct banks, and every coefficient a layer reads was written by the
    /// previous layer at least one cycle before the read (RAM read-before-write).
    pub fn check(&self) -> Result<(), String> {
        let bf = self.butterflies;
        let c = self.cycles_per_layer() as usize;
        for mode in Mode::ALL {
            for op in Op::ALL {
                let lat = Self::latency(mode, op);
                let mut written_at = [None::<u64>; N];
                for (li, l) in Self::rtl_layers(mode, op).enumerate() {
                    for cyc in 0..c {
                        let e = ISSUE_START + (li * c + cyc) as u64;
                        let mut banks = vec![false; 2 * bf];
                        for p in 0..bf {
                            let (j, k) = Self::pair(op, l, cyc * bf + p);
                            for x in [j, k] {
                                let bk = bank_of(x, bf);
                                if banks[bk] {
                                    return Err(format!("{mode:?} {op:?} layer {l} cycle {cyc}: bank {bk} twice"));
                                }
                                banks[bk] = true;
                                // The RAM samples the read address at the edge of cycle e;
                                // a write issued in cycle w lands at the edge of w + lat − 1.
                                if let Some(w) = written_at[x] {
                                    if w + lat > e {
                                        return Err(format!("{mode:?} {op:?} layer {l} cycle {cyc}: reads {x} before it is written"));
                                    }
                                }
                            }
                        }
                        for p in 0..bf {
                            let (j, k) = Self::pair(op, l, cyc * bf + p);
                            written_at[j] = Some(e);
                            written_at[k] = Some(e);
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

fn check_operand(mode: Mode, operand: usize, a: &[u32; N]) -> Result<(), PolyUnitError> {
    match a.iter().position(|&c| c >= mode.q()) {
        Some(index) => Err(PolyUnitError::OperandRange { operand, index, value: a[index] }),
        None => Ok(()),
    }
}

fn kem_poly(a: &[u32; N]) -> mlkem::arith::Poly {
    core::array::from_fn(|i| a[i] as u16)
}

fn from_kem(a: &mlkem::arith::Poly) -> [u32; N] {
    core::array::from_fn(|i| a[i] as u32)
}

fn checkpoint<T: Trace>(trace: &mut T, name: &'static str, index: usize, cycle: Option<u64>, v: &[u32; N]) {
    if T::ENABLED {
        trace.checkpoint(Checkpoint {
            block: "polyunit",
            name,
            index,
            cycle,
            values: v.iter().map(|&c| c as u64).collect(),
        });
    }
}

/// Runs `op` as the unit does: `a` (and `b` for binary operations) in, the result out.
/// With a schedule, emits `layer` checkpoints (index = layer in execution order, the
/// 256 coefficients after it, on the cycle it is complete) and `result` (on the
/// `done` cycle).
pub fn run<T: Trace>(
    mode: Mode,
    op: Op,
    a: &[u32; N],
    b: &[u32; N],
    schedule: Option<&Schedule>,
    trace: &mut T,
) -> Result<[u32; N], PolyUnitError> {
    check_operand(mode, 0, a)?;
    if op.binary() {
        check_operand(mode, 1, b)?;
    }
    let cyc = |l: usize| schedule.map(|s| s.layer_done_cycle(mode, op, l));
    let mut r = *a;
    match (mode, op) {
        (Mode::Kem, Op::Ntt) => {
            let mut f = kem_poly(a);
            for l in 0..mlkem::ntt::LAYERS {
                mlkem::ntt::ntt_layer(&mut f, l); // FIPS 203 Alg 9
                r = from_kem(&f);
                checkpoint(trace, "layer", l, cyc(l), &r);
            }
        }
        (Mode::Kem, Op::Intt) => {
            let mut f = kem_poly(a);
            for l in 0..mlkem::ntt::LAYERS {
                mlkem::ntt::ntt_inverse_layer(&mut f, l); // FIPS 203 Alg 10
                if l == mlkem::ntt::LAYERS - 1 {
                    mlkem::ntt::ntt_inverse_scale(&mut f); // folded into the last layer
                }
                r = from_kem(&f);
                checkpoint(trace, "layer", l, cyc(l), &r);
            }
        }
        (Mode::Dsa, Op::Ntt) => {
            let mut w = mldsa::arith::Poly(*a);
            for l in 0..8 {
                mldsa::ntt::ntt_layer(&mut w, l); // FIPS 204 Alg 41
                r = w.0;
                checkpoint(trace, "layer", l, cyc(l), &r);
            }
        }
        (Mode::Dsa, Op::Intt) => {
            let mut w = mldsa::arith::Poly(*a);
            for l in 0..8 {
                mldsa::ntt::intt_layer(&mut w, l); // FIPS 204 Alg 42
                if l == 7 {
                    w = w.scale(mldsa::ntt::F_INV); // folded into the last layer
                }
                r = w.0;
                checkpoint(trace, "layer", l, cyc(l), &r);
            }
        }
        (Mode::Kem, Op::Pointwise) => {
            r = from_kem(&mlkem::ntt::multiply_ntts(&kem_poly(a), &kem_poly(b))); // FIPS 203 Alg 11
            checkpoint(trace, "layer", 0, cyc(0), &r);
        }
        (Mode::Dsa, Op::Pointwise) => {
            r = mldsa::arith::Poly(*a).pointwise(&mldsa::arith::Poly(*b)).0; // FIPS 204 Alg 45
            checkpoint(trace, "layer", 0, cyc(0), &r);
        }
        (Mode::Kem, Op::Add) => {
            r = from_kem(&mlkem::arith::poly_add(&kem_poly(a), &kem_poly(b)));
            checkpoint(trace, "layer", 0, cyc(0), &r);
        }
        (Mode::Kem, Op::Sub) => {
            r = from_kem(&mlkem::arith::poly_sub(&kem_poly(a), &kem_poly(b)));
            checkpoint(trace, "layer", 0, cyc(0), &r);
        }
        (Mode::Dsa, Op::Add) => {
            r = mldsa::arith::Poly(*a).add(&mldsa::arith::Poly(*b)).0;
            checkpoint(trace, "layer", 0, cyc(0), &r);
        }
        (Mode::Dsa, Op::Sub) => {
            r = mldsa::arith::Poly(*a).sub(&mldsa::arith::Poly(*b)).0;
            checkpoint(trace, "layer", 0, cyc(0), &r);
        }
    }
    checkpoint(trace, "result", 0, schedule.map(|s| s.done_cycle(mode, op)), &r);
    Ok(r)
}

/// The product in Z_q[X]/(X^256 + 1) by the schoolbook method: the reference the
/// NTT-domain products are held to.
pub fn schoolbook_negacyclic(mode: Mode, a: &[u32; N], b: &[u32; N]) -> [u32; N] {
    let q = mode.q() as i128;
    let mut acc = [0i128; N];
    for i in 0..N {
        for j in 0..N {
            let p = a[i] as i128 * b[j] as i128;
            if i + j < N {
                acc[i + j] += p;
            } else {
                acc[i + j - N] -= p;
            }
        }
    }
    core::array::from_fn(|i| acc[i].rem_euclid(q) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::NoTrace;

    #[test]
    fn schedules_for_1_2_4_8_lanes_are_conflict_and_hazard_free() {
        for b in [1, 2, 4, 8] {
            Schedule::new(b).unwrap().check().unwrap();
        }
        assert!(Schedule::new(16).is_err());
        assert!(Schedule::new(3).is_err());
    }

    #[test]
    fn cycle_counts() {
        let s = Schedule::new(4).unwrap();
        assert_eq!(s.done_cycle(Mode::Kem, Op::Ntt), 7 * 32 + 8);
        assert_eq!(s.done_cycle(Mode::Dsa, Op::Ntt), 8 * 32 + 8);
        assert_eq!(s.done_cycle(Mode::Kem, Op::Pointwise), 32 + 13);
    }

    #[test]
    fn round_trip_and_products_match_schoolbook() {
        let mut x = 1u64;
        for mode in Mode::ALL {
            let mut rnd = || {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((x >> 33) % mode.q() as u64) as u32
            };
            let a: [u32; N] = core::array::from_fn(|_| rnd());
            let b: [u32; N] = core::array::from_fn(|_| rnd());
            let z = [0u32; N];
            let ah = run(mode, Op::Ntt, &a, &z, None, &mut NoTrace).unwrap();
            assert_eq!(run(mode, Op::Intt, &ah, &z, None, &mut NoTrace).unwrap(), a);
            let bh = run(mode, Op::Ntt, &b, &z, None, &mut NoTrace).unwrap();
            let ch = run(mode, Op::Pointwise, &ah, &bh, None, &mut NoTrace).unwrap();
            let c = run(mode, Op::Intt, &ch, &z, None, &mut NoTrace).unwrap();
            assert_eq!(c, schoolbook_negacyclic(mode, &a, &b), "{mode:?}");
        }
    }

    #[test]
    fn unreduced_operands_are_reported() {
        let mut a = [0u32; N];
        a[17] = 3329;
        assert_eq!(
            run(Mode::Kem, Op::Ntt, &a, &a, None, &mut NoTrace),
            Err(PolyUnitError::OperandRange { operand: 0, index: 17, value: 3329 })
        );
        assert!(run(Mode::Dsa, Op::Ntt, &a, &a, None, &mut NoTrace).is_ok());
    }
}
