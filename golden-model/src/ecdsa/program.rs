//! The ECC engine's microcode: ECDSA key generation, public-key validation, signing
//! and verification (FIPS 186-5 §6.2, §6.4) as programs over a register file of
//! 384-bit slots, run by the RTL (`rtl::ecc`) from a ROM. This module is the
//! specification of that hardware: the instruction set, the slot map, the ROM, and a
//! [`Machine`] that runs the ROM with the golden arithmetic ([`MontField`]) and the
//! RTL's issue rules, stating every checkpoint and the cycle it must show on.
//!
//! The programs are the golden model's algorithms step for step: the same
//! Montgomery ladder ([`super::ladder`]), the same complete formulas
//! ([`super::point`], RCB16 Algorithms 4 and 6, one instruction per line), the same
//! Fermat inversion, the same signature equation ([`super::ecdsa`]). A test runs both
//! on random inputs and requires equal results and equal ladder checkpoints.
//!
//! **Instruction word** (32 bits): `op` bits 0–3, `d` 4–9, `a` 10–15, `b` 16–21,
//! `modn` bit 22 (0: mod p, 1: mod n), `code` bits 24–27 (CHK), `target` bits 20–31
//! (LOOP), `id` bits 4–5 (CALL). Slots 0–31 are registers, 32–47 curve constants
//! (read only, selected by the curve in hardware).
//!
//! **Issue rules** (one instruction may issue per cycle; the ROM is read at the next
//! pc, so jumps cost nothing):
//! * `MUL` starts the multiplier, which latches its operands: its result is written
//!   [`mul_latency`] cycles later (the write-back cycle) and readable the cycle after.
//!   A `MUL` issues when the multiplier is idle, or in the write-back cycle if it reads
//!   neither operand from the pending destination.
//! * `ADD`/`SUB` take one cycle and issue unless one of `d`, `a`, `b` is the pending
//!   destination of a running `MUL` (so they overlap the multiplier).
//! * `LOOP` always issues; every other instruction waits until the multiplier is idle.
//!
//! The schedule depends only on the program and the curve, never on data: every
//! command takes a fixed number of cycles per curve ([`Machine::run`] states them).

use super::curve::{p256, p384, CurveParams, EcCurve};
use super::drbg::Rfc6979;
use super::drbg_schedule::{self, Op as DrbgOp};
use super::field::{is_zero, less_than, limbs_from_be, limbs_to_be, MontField};
use super::hash::HashAlg;
use super::ecdsa::MAX_NONCE_CANDIDATES;
use crate::sha2::Sha2Alg;
use crate::trace::{Checkpoint, Trace};

/// Opcodes.
pub mod op {
    pub const END: u32 = 0;
    /// d = a·b·R⁻¹ mod m (Montgomery product).
    pub const MUL: u32 = 1;
    /// d = a + b mod m (a, b < m; a < 2m with b = 0 reduces once).
    pub const ADD: u32 = 2;
    /// d = a − b mod m.
    pub const SUB: u32 = 3;
    /// Load the ladder's scalar register from slot a; the loop counter := bitlen(n)/2;
    /// the deferred-swap bit := 0.
    pub const LDK: u32 = 4;
    /// One ladder step's swap (§ [`super::super::ladder`]): k_i = the scalar's top bit;
    /// swap ^= k_i; conditional swap of R0, R1 of register set d; swap := k_i; scalar <<= 1.
    pub const STEP: u32 = 5;
    /// The ladder's final swap of set d by the deferred-swap bit; swap := 0.
    pub const FSWAP: u32 = 6;
    /// counter −= 1; jump to `target` unless it reached 0.
    pub const LOOP: u32 = 7;
    /// Check slot a (and b) as `d` says (see [`super::chk`]); on failure stop with
    /// error `code`, wiping every register.
    pub const CHK: u32 = 8;
    /// Call routine `id` ([`super::routine`]) of the running curve; one return level.
    pub const CALL: u32 = 9;
    pub const RET: u32 = 10;
    /// Check slot a as `d` says; on failure jump to `target` (no error).
    pub const JCHK: u32 = 11;
    /// Seed the RFC 6979 generator with x = slot a, h1 = slot b (12 limb writes), start
    /// it and load its first candidate into K (6 limb reads): [`drbg_cycles`].
    pub const DSEED: u32 = 12;
    /// The generator's next candidate into K (RFC 6979 §3.2 h.3); error NONCE after
    /// [`super::ecdsa::MAX_NONCE_CANDIDATES`] candidates.
    pub const DNEXT: u32 = 13;
}

/// CHK kinds (field `d`).
pub mod chk {
    /// 0 < a < n (a scalar in [1, n−1]).
    pub const RANGE_N: u32 = 0;
    /// a < p (a coordinate).
    pub const LT_P: u32 = 1;
    /// a = b.
    pub const EQ: u32 = 2;
    /// a ≠ 0.
    pub const NONZERO: u32 = 3;
}

/// CALL ids.
pub mod routine {
    /// INV_OUT := INV_IN^(p−2) (Fermat inversion mod p, Montgomery form).
    pub const INV_P: u32 = 0;
    /// INV_OUT := INV_IN^(n−2) mod n.
    pub const INV_N: u32 = 1;
}

/// The slot map: registers 0–31, constants 32–47.
pub mod slot {
    /// Register set 0: X0 Y0 Z0 (ladder R0), X1 Y1 Z1 (R1); set 1 at `SET1`.
    pub const SET0: u32 = 0;
    pub const SET1: u32 = 6;
    /// Formula temporaries t0..t4.
    pub const T0: u32 = 12;
    /// A saved point (verification's u1·G).
    pub const SX: u32 = 17;
    /// Host inputs (written through the operand port while idle).
    pub const D: u32 = 20;
    pub const K: u32 = 21;
    pub const E: u32 = 22;
    pub const QX: u32 = 23;
    pub const QY: u32 = 24;
    pub const R: u32 = 25;
    pub const S: u32 = 26;
    /// Outputs (readable by the host after `done`): Qx, Qy or r, s.
    pub const OUT0: u32 = 27;
    pub const OUT1: u32 = 28;
    /// Inversion routine operand and result; a scratch slot.
    pub const INV_IN: u32 = 29;
    pub const INV_OUT: u32 = 30;
    pub const W: u32 = 31;
    /// Number of register slots.
    pub const REGS: usize = 32;
    /// Constants of the running curve.
    pub const ZERO: u32 = 32;
    /// Plain 1 (`MUL x, y, ONE` leaves Montgomery form).
    pub const ONE: u32 = 33;
    /// R² mod p, R mod p (Montgomery 1), b·R mod p, G.
    pub const R2P: u32 = 34;
    pub const ONEP: u32 = 35;
    pub const BMONT: u32 = 36;
    pub const GX: u32 = 37;
    pub const GY: u32 = 38;
    /// R² mod n, R mod n.
    pub const R2N: u32 = 39;
    pub const ONEN: u32 = 40;
    /// Number of constant slots in use (32..32+CONSTS).
    pub const CONSTS: usize = 9;
    /// The host-writable input slots, by operand-port index 0..7.
    pub const INPUTS: [u32; 7] = [D, K, E, QX, QY, R, S];
    /// The secret inputs (never leave; wiped at the end of every command).
    pub const SECRETS: [u32; 2] = [D, K];
}

/// Commands (the `op` port) and their error codes.
pub mod command {
    /// Q = d·G from d (slot D) into OUT0, OUT1 (FIPS 186-5 A.2 point step).
    pub const KEYGEN: u32 = 0;
    /// Public-key validation of (QX, QY) (SP 800-186 §D.1.1.1): done without error
    /// = valid.
    pub const VALIDATE: u32 = 1;
    /// (r, s) of e (slot E = bits2int(H(M))) under d with the per-message secret k.
    pub const SIGN: u32 = 2;
    /// Verification of (R, S) on E under (QX, QY): done without error = valid.
    pub const VERIFY: u32 = 3;
    /// Deterministic (r, s) of e under d (FIPS 186-5 §6.3.2, RFC 6979 §3.2): k from
    /// the HMAC-DRBG on the SHA-2 engine in hardware, never seen outside.
    pub const DETSIGN: u32 = 4;
    pub const COUNT: usize = 5;
}

/// Error codes (`err_code`) of the engine.
pub mod error {
    /// Unknown command or curve.
    pub const BAD_COMMAND: u32 = 1;
    /// Start while busy (ignored).
    pub const BUSY: u32 = 2;
    /// Operand port used while busy, or an unknown operand index (ignored).
    pub const ACCESS: u32 = 3;
    /// d = 0 or d ≥ n (keygen, sign).
    pub const D_RANGE: u32 = 4;
    /// k = 0 or k ≥ n, or k·G = O (sign).
    pub const K_RANGE: u32 = 5;
    /// Refused: the fault alarm is up (until reset).
    pub const FATAL: u32 = 6;
    /// r = 0 or s = 0: the caller must pick a new k (FIPS 186-5 §6.4.1 step 8).
    pub const R_OR_S_ZERO: u32 = 7;
    /// Verification verdicts "invalid": r or s not in [1, n−1].
    pub const SIG_RANGE: u32 = 8;
    /// Q's coordinate not in [0, p−1].
    pub const Q_RANGE: u32 = 9;
    /// Q not on the curve.
    pub const Q_NOT_ON_CURVE: u32 = 10;
    /// u1·G + u2·Q = O.
    pub const R_INFINITY: u32 = 11;
    /// x_R mod n ≠ r.
    pub const MISMATCH: u32 = 12;
    /// Deterministic signing found no usable k in [`super::ecdsa::MAX_NONCE_CANDIDATES`]
    /// candidates.
    pub const NONCE: u32 = 13;
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insn {
    pub op: u32,
    pub d: u32,
    pub a: u32,
    pub b: u32,
    pub modn: bool,
    pub code: u32,
    pub target: u32,
}

impl Insn {
    const fn new(op: u32, d: u32, a: u32, b: u32, modn: bool) -> Self {
        Insn {
            op,
            d,
            a,
            b,
            modn,
            code: 0,
            target: 0,
        }
    }

    /// The 32-bit ROM word.
    pub fn encode(&self) -> u32 {
        let base = self.op
            | self.d << 4
            | self.a << 10
            | self.b << 16
            | (self.modn as u32) << 22
            | self.code << 24;
        if self.op == op::LOOP {
            self.op | self.target << 20
        } else if self.op == op::JCHK {
            self.op | self.d << 4 | self.a << 10 | self.target << 20
        } else {
            base
        }
    }

    pub fn decode(w: u32) -> Self {
        let op = w & 15;
        Insn {
            op,
            d: (w >> 4) & 63,
            a: (w >> 10) & 63,
            b: (w >> 16) & 63,
            modn: (w >> 22) & 1 == 1,
            code: (w >> 24) & 15,
            target: (w >> 20) & 0xfff,
        }
    }

    /// Slots the instruction reads and writes (for the issue rules).
    fn touches(&self, s: u32) -> bool {
        match self.op {
            op::ADD | op::SUB => self.d == s || self.a == s || self.b == s,
            _ => false,
        }
    }
}

/// A program under construction.
#[derive(Default)]
struct Asm {
    words: Vec<Insn>,
}

impl Asm {
    fn mul(&mut self, d: u32, a: u32, b: u32, n: bool) {
        self.words.push(Insn::new(op::MUL, d, a, b, n));
    }
    fn add(&mut self, d: u32, a: u32, b: u32, n: bool) {
        self.words.push(Insn::new(op::ADD, d, a, b, n));
    }
    fn sub(&mut self, d: u32, a: u32, b: u32, n: bool) {
        self.words.push(Insn::new(op::SUB, d, a, b, n));
    }
    fn copy(&mut self, d: u32, a: u32) {
        self.add(d, a, slot::ZERO, false);
    }
    fn chk(&mut self, kind: u32, a: u32, b: u32, code: u32) {
        let mut i = Insn::new(op::CHK, kind, a, b, false);
        i.code = code;
        self.words.push(i);
    }
    fn ctl(&mut self, op: u32, d: u32, a: u32) {
        self.words.push(Insn::new(op, d, a, 0, false));
    }
    fn here(&self) -> u32 {
        self.words.len() as u32
    }
    /// Jump to `target` when the check fails.
    fn jchk(&mut self, kind: u32, a: u32, target: u32) {
        let mut i = Insn::new(op::JCHK, kind, a, 0, false);
        i.target = target;
        self.words.push(i);
    }
    /// Patch the target of the JCHK at `at`.
    fn patch(&mut self, at: usize, target: u32) {
        self.words[at].target = target;
    }
    fn jump(&mut self, target: u32) {
        let mut i = Insn::new(op::LOOP, 0, 0, 0, false);
        i.target = target;
        self.words.push(i);
    }

    /// (X3 : Y3 : Z3) = P + Q mod p, RCB16 Algorithm 4 (as [`super::point::add`],
    /// one instruction per numbered line). `p`, `q`, `o`: the first slot of X, Y, Z.
    fn point_add(&mut self, p: u32, q: u32, o: u32) {
        let (x1, y1, z1) = (p, p + 1, p + 2);
        let (x2, y2, z2) = (q, q + 1, q + 2);
        let (x3, y3, z3) = (o, o + 1, o + 2);
        let [t0, t1, t2, t3, t4] = [0, 1, 2, 3, 4].map(|i| slot::T0 + i);
        let b = slot::BMONT;
        self.mul(t0, x1, x2, false); // 1
        self.mul(t1, y1, y2, false); // 2
        self.mul(t2, z1, z2, false); // 3
        self.add(t3, x1, y1, false); // 4
        self.add(t4, x2, y2, false); // 5
        self.mul(t3, t3, t4, false); // 6
        self.add(t4, t0, t1, false); // 7
        self.sub(t3, t3, t4, false); // 8
        self.add(t4, y1, z1, false); // 9
        self.add(x3, y2, z2, false); // 10
        self.mul(t4, t4, x3, false); // 11
        self.add(x3, t1, t2, false); // 12
        self.sub(t4, t4, x3, false); // 13
        self.add(x3, x1, z1, false); // 14
        self.add(y3, x2, z2, false); // 15
        self.mul(x3, x3, y3, false); // 16
        self.add(y3, t0, t2, false); // 17
        self.sub(y3, x3, y3, false); // 18
        self.mul(z3, b, t2, false); // 19
        self.sub(x3, y3, z3, false); // 20
        self.add(z3, x3, x3, false); // 21
        self.add(x3, x3, z3, false); // 22
        self.sub(z3, t1, x3, false); // 23
        self.add(x3, t1, x3, false); // 24
        self.mul(y3, b, y3, false); // 25
        self.add(t1, t2, t2, false); // 26
        self.add(t2, t1, t2, false); // 27
        self.sub(y3, y3, t2, false); // 28
        self.sub(y3, y3, t0, false); // 29
        self.add(t1, y3, y3, false); // 30
        self.add(y3, t1, y3, false); // 31
        self.add(t1, t0, t0, false); // 32
        self.add(t0, t1, t0, false); // 33
        self.sub(t0, t0, t2, false); // 34
        self.mul(t1, t4, y3, false); // 35
        self.mul(t2, t0, y3, false); // 36
        self.mul(y3, x3, z3, false); // 37
        self.add(y3, y3, t2, false); // 38
        self.mul(x3, t3, x3, false); // 39
        self.sub(x3, x3, t1, false); // 40
        self.mul(z3, t4, z3, false); // 41
        self.mul(t1, t3, t0, false); // 42
        self.add(z3, z3, t1, false); // 43
    }

    /// (X3 : Y3 : Z3) = 2P mod p, RCB16 Algorithm 6 (as [`super::point::double`]).
    fn point_double(&mut self, p: u32, o: u32) {
        let (x, y, z) = (p, p + 1, p + 2);
        let (x3, y3, z3) = (o, o + 1, o + 2);
        let [t0, t1, t2, t3] = [0, 1, 2, 3].map(|i| slot::T0 + i);
        let b = slot::BMONT;
        self.mul(t0, x, x, false); // 1
        self.mul(t1, y, y, false); // 2
        self.mul(t2, z, z, false); // 3
        self.mul(t3, x, y, false); // 4
        self.add(t3, t3, t3, false); // 5
        self.mul(z3, x, z, false); // 6
        self.add(z3, z3, z3, false); // 7
        self.mul(y3, b, t2, false); // 8
        self.sub(y3, y3, z3, false); // 9
        self.add(x3, y3, y3, false); // 10
        self.add(y3, x3, y3, false); // 11
        self.sub(x3, t1, y3, false); // 12
        self.add(y3, t1, y3, false); // 13
        self.mul(y3, x3, y3, false); // 14
        self.mul(x3, x3, t3, false); // 15
        self.add(t3, t2, t2, false); // 16
        self.add(t2, t2, t3, false); // 17
        self.mul(z3, b, z3, false); // 18
        self.sub(z3, z3, t2, false); // 19
        self.sub(z3, z3, t0, false); // 20
        self.add(t3, z3, z3, false); // 21
        self.add(z3, z3, t3, false); // 22
        self.add(t3, t0, t0, false); // 23
        self.add(t0, t3, t0, false); // 24
        self.sub(t0, t0, t2, false); // 25
        self.mul(t0, t0, z3, false); // 26
        self.add(y3, y3, t0, false); // 27
        self.mul(t0, y, z, false); // 28
        self.add(t0, t0, t0, false); // 29
        self.mul(z3, t0, z3, false); // 30
        self.sub(x3, x3, z3, false); // 31
        self.mul(z3, t0, t1, false); // 32
        self.add(z3, z3, z3, false); // 33
        self.add(z3, z3, z3, false); // 34
    }

    /// k·P by the Montgomery ladder ([`super::ladder::montgomery_ladder`]): the
    /// affine point (`px`, `py`, plain) is lifted into R1 of set 0, R0 := O; the
    /// scalar is slot `k`. Two steps per loop pass, register sets alternating (set
    /// 0 → set 1 → set 0), so no result is copied; bitlen(n) is even for both
    /// curves. The result k·P is in R0 of set 0.
    fn ladder(&mut self, k: u32, px: u32, py: u32) {
        let (s0, s1) = (slot::SET0, slot::SET1);
        // Lift P (`EccUnit::scalar_mul`): (x·R : y·R : R).
        self.mul(s0 + 3, px, slot::R2P, false);
        self.mul(s0 + 4, py, slot::R2P, false);
        self.copy(s0 + 5, slot::ONEP);
        // R0 = the identity (0 : 1 : 0).
        self.copy(s0, slot::ZERO);
        self.copy(s0 + 1, slot::ONEP);
        self.copy(s0 + 2, slot::ZERO);
        self.ctl(op::LDK, 0, k);
        let top = self.here();
        for (a, b) in [(s0, s1), (s1, s0)] {
            self.ctl(op::STEP, a, 0);
            self.point_add(a, a + 3, b + 3); // R1 = R0 + R1
            self.point_double(a, b); // R0 = 2·R0
        }
        self.jump(top);
        self.ctl(op::FSWAP, s0, 0);
    }

    /// (x, y) = the affine plain coordinates of the point at `p`
    /// (`EccUnit::to_affine`): Z⁻¹ by the inversion routine, two products, two
    /// conversions out of Montgomery form; into `x`, `y`.
    fn to_affine(&mut self, p: u32, x: u32, y: u32) {
        self.copy(slot::INV_IN, p + 2);
        self.ctl(op::CALL, routine::INV_P, 0);
        self.mul(slot::T0, p, slot::INV_OUT, false);
        self.mul(slot::T0 + 1, p + 1, slot::INV_OUT, false);
        self.mul(x, slot::T0, slot::ONE, false);
        self.mul(y, slot::T0 + 1, slot::ONE, false);
    }

    /// R = k·G, r = x_R mod n into OUT0, s = k⁻¹(e + r·d) mod n into OUT1
    /// (`EccUnit::sign_core`, FIPS 186-5 §6.4.1 steps 4–7); k·G = O is error K_RANGE.
    fn sign_core(&mut self) {
        let [t0, t1, t2, t3, t4] = [0, 1, 2, 3, 4].map(|i| slot::T0 + i);
        let n = true;
        self.ladder(slot::K, slot::GX, slot::GY);
        self.to_affine(slot::SET0, slot::W, slot::INV_IN); // x_R into W (y_R unused)
        self.chk(chk::NONZERO, slot::SET0 + 2, 0, error::K_RANGE);
        self.add(slot::OUT0, slot::W, slot::ZERO, n); // r = x_R mod n (x_R < 2n)
        self.mul(slot::INV_IN, slot::K, slot::R2N, n); // k·R
        self.ctl(op::CALL, routine::INV_N, 0); // k⁻¹·R
        self.mul(t0, slot::D, slot::R2N, n); // d·R
        self.mul(t1, slot::OUT0, slot::R2N, n); // r·R
        self.mul(t2, slot::E, slot::R2N, n); // e·R (e < 2^bitlen(n) < R: reduced here)
        self.mul(t3, t1, t0, n); // r·d
        self.add(t4, t2, t3, n); // e + r·d
        self.mul(t0, slot::INV_OUT, t4, n); // s·R
        self.mul(slot::OUT1, t0, slot::ONE, n); // s
    }

    fn ctl2(&mut self, op: u32, a: u32, b: u32) {
        self.words.push(Insn::new(op, 0, a, b, false));
    }

    /// y² = x³ − 3x + b for (QX, QY) (`EccUnit::validate_public_key`).
    fn on_curve(&mut self) {
        let [t0, t1, t2, t3, t4] = [0, 1, 2, 3, 4].map(|i| slot::T0 + i);
        self.chk(chk::LT_P, slot::QX, 0, error::Q_RANGE);
        self.chk(chk::LT_P, slot::QY, 0, error::Q_RANGE);
        self.mul(t0, slot::QX, slot::R2P, false);
        self.mul(t1, slot::QY, slot::R2P, false);
        self.mul(t2, t1, t1, false);
        self.mul(t3, t0, t0, false);
        self.mul(t3, t3, t0, false);
        self.add(t4, t0, t0, false);
        self.add(t4, t4, t0, false);
        self.sub(t4, t3, t4, false);
        self.add(t4, t4, slot::BMONT, false);
        self.chk(chk::EQ, t2, t4, error::Q_NOT_ON_CURVE);
    }

    /// INV_OUT = INV_IN^(m−2), left-to-right over the public exponent
    /// ([`super::field::Alu::invert`]), unrolled.
    fn inversion(&mut self, f: &MontFieldView, modn: bool) {
        let one = if modn { slot::ONEN } else { slot::ONEP };
        self.add(slot::INV_OUT, one, slot::ZERO, modn);
        for i in (0..f.bits).rev() {
            self.mul(slot::INV_OUT, slot::INV_OUT, slot::INV_OUT, modn);
            if (f.exp[i / 64] >> (i % 64)) & 1 == 1 {
                self.mul(slot::INV_OUT, slot::INV_OUT, slot::INV_IN, modn);
            }
        }
        self.ctl(op::RET, 0, 0);
    }
}

/// The exponent m − 2 and the bit length of one modulus (curve-independent form).
struct MontFieldView {
    exp: Vec<u64>,
    bits: usize,
}

impl MontFieldView {
    fn of<const L: usize>(f: &MontField<L>) -> Self {
        MontFieldView {
            exp: f.m_minus_2.to_vec(),
            bits: f.bits,
        }
    }
}

/// The ROM: its words, the entry of each command (shared by both curves) and the
/// entry of each routine per curve (`[curve][routine]`, curve 0 = P-256).
#[derive(Clone, Debug)]
pub struct Rom {
    pub words: Vec<u32>,
    pub entry: [u32; command::COUNT],
    pub routine: [[u32; 2]; 2],
}

/// Builds the microcode ROM.
pub fn rom() -> Rom {
    let mut a = Asm::default();
    let mut entry = [0u32; command::COUNT];
    let (n, p) = (true, false);

    // KEYGEN: d in [1, n−1]; Q = d·G; Z ≠ 0.
    entry[command::KEYGEN as usize] = a.here();
    a.chk(chk::RANGE_N, slot::D, 0, error::D_RANGE);
    a.ladder(slot::D, slot::GX, slot::GY);
    a.to_affine(slot::SET0, slot::OUT0, slot::OUT1);
    a.chk(chk::NONZERO, slot::SET0 + 2, 0, error::D_RANGE);
    a.ctl(op::END, 0, 0);

    // VALIDATE: coordinates in [0, p−1], on the curve (cofactor 1: nQ = O).
    entry[command::VALIDATE as usize] = a.here();
    a.on_curve();
    a.ctl(op::END, 0, 0);

    // SIGN (FIPS 186-5 §6.4.1 steps 4–8, `EccUnit::sign_core`).
    entry[command::SIGN as usize] = a.here();
    a.chk(chk::RANGE_N, slot::D, 0, error::D_RANGE);
    a.chk(chk::RANGE_N, slot::K, 0, error::K_RANGE);
    a.sign_core();
    a.chk(chk::NONZERO, slot::OUT0, 0, error::R_OR_S_ZERO);
    a.chk(chk::NONZERO, slot::OUT1, 0, error::R_OR_S_ZERO);
    a.ctl(op::END, 0, 0);

    // DETSIGN (§6.3.2, `EccUnit::sign_deterministic`): h1 = e mod n; k from the
    // generator; a k out of range, r = 0 or s = 0 takes the next candidate (h.3).
    entry[command::DETSIGN as usize] = a.here();
    a.chk(chk::RANGE_N, slot::D, 0, error::D_RANGE);
    a.add(slot::W, slot::E, slot::ZERO, n); // bits2octets(h1): e mod n
    a.ctl2(op::DSEED, slot::D, slot::W);
    let attempt = a.here();
    let retry_k = a.words.len();
    a.jchk(chk::RANGE_N, slot::K, 0);
    a.sign_core();
    let retry_r = a.words.len();
    a.jchk(chk::NONZERO, slot::OUT0, 0);
    let retry_s = a.words.len();
    a.jchk(chk::NONZERO, slot::OUT1, 0);
    a.ctl(op::END, 0, 0);
    let retry = a.here();
    a.ctl(op::DNEXT, 0, 0);
    a.jchk(chk::NONZERO, slot::ZERO, attempt); // always jumps
    for at in [retry_k, retry_r, retry_s] {
        a.patch(at, retry);
    }

    // VERIFY (§6.4.2, `EccUnit::verify_prehashed`).
    entry[command::VERIFY as usize] = a.here();
    a.chk(chk::RANGE_N, slot::R, 0, error::SIG_RANGE);
    a.chk(chk::RANGE_N, slot::S, 0, error::SIG_RANGE);
    a.on_curve();
    a.mul(slot::INV_IN, slot::S, slot::R2N, n); // s·R
    a.ctl(op::CALL, routine::INV_N, 0); // w = s⁻¹·R
    a.mul(slot::K, slot::E, slot::INV_OUT, n); // u1 = e·w (plain)
    a.mul(slot::W, slot::R, slot::INV_OUT, n); // u2 = r·w
    a.ladder(slot::K, slot::GX, slot::GY); // u1·G
    for c in 0..3 {
        a.copy(slot::SX + c, slot::SET0 + c);
    }
    a.ladder(slot::W, slot::QX, slot::QY); // u2·Q
    a.point_add(slot::SX, slot::SET0, slot::SET1);
    a.to_affine(slot::SET1, slot::W, slot::INV_IN);
    a.chk(chk::NONZERO, slot::SET1 + 2, 0, error::R_INFINITY);
    a.add(slot::W, slot::W, slot::ZERO, n); // v = x_R mod n
    a.chk(chk::EQ, slot::W, slot::R, error::MISMATCH);
    a.ctl(op::END, 0, 0);
    let _ = p;

    // The inversion routines, per curve.
    let mut routine = [[0u32; 2]; 2];
    for (c, (fp, fnn)) in [
        (
            MontFieldView::of(&p256().fp),
            MontFieldView::of(&p256().fnn),
        ),
        (
            MontFieldView::of(&p384().fp),
            MontFieldView::of(&p384().fnn),
        ),
    ]
    .iter()
    .enumerate()
    {
        routine[c][0] = a.here();
        a.inversion(fp, false);
        routine[c][1] = a.here();
        a.inversion(fnn, true);
    }
    Rom {
        words: a.words.iter().map(Insn::encode).collect(),
        entry,
        routine,
    }
}

/// Multiplier latency in cycles (issue to write-back) for `digits` 16-bit digits:
/// two CIOS rows per cycle, then one cycle of carry resolution and final
/// subtraction (`rtl::ecc::mont_mul`).
pub const fn mul_latency(digits: usize) -> u64 {
    digits as u64 / 2 + 1
}

/// Register slots as 6 limbs (384 bits), least significant first: the RTL's
/// register width.
pub type Slot = [u64; 6];

/// The constants of `curve` in slot order (ZERO, ONE, R2P, ONEP, BMONT, GX, GY,
/// R2N, ONEN), and the moduli p, n with their m' (−m⁻¹ mod 2^16).
pub struct CurveConsts {
    pub consts: [Slot; slot::CONSTS],
    pub p: Slot,
    pub n: Slot,
    pub p_prime16: u32,
    pub n_prime16: u32,
    pub digits: usize,
    pub bits_n: usize,
}

fn widen<const L: usize>(a: &[u64; L]) -> Slot {
    let mut s = [0u64; 6];
    s[..L].copy_from_slice(a);
    s
}

fn consts_of<const L: usize>(c: &CurveParams<L>) -> CurveConsts {
    let mut one = [0u64; L];
    one[0] = 1;
    let consts = [
        [0u64; L], one, c.fp.r2, c.fp.one, c.b_mont, c.gx, c.gy, c.fnn.r2, c.fnn.one,
    ]
    .map(|v| widen(&v));
    CurveConsts {
        consts,
        p: widen(&c.fp.modulus),
        n: widen(&c.fnn.modulus),
        p_prime16: c.fp.m_prime16,
        n_prime16: c.fnn.m_prime16,
        digits: 4 * L,
        bits_n: c.fnn.bits,
    }
}

/// The constants of a curve.
pub fn curve_consts(curve: EcCurve) -> CurveConsts {
    match curve {
        EcCurve::P256 => consts_of(p256()),
        EcCurve::P384 => consts_of(p384()),
    }
}

/// The outcome of one command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// 0 on success, else an [`error`] code.
    pub error: u32,
    /// OUT0, OUT1 (zero unless the command succeeded).
    pub out: [Slot; 2],
    /// Cycles from the start pulse to `done` (the cycle `done` is high), counted as
    /// the RTL does: start in cycle 0, the first instruction issues in cycle 1.
    pub cycles: u64,
    /// Field multiplications, additions/subtractions executed.
    pub muls: u64,
    pub adds: u64,
}

/// Cycles a DSEED (`start`) or DNEXT (`next`) occupies, from its issue to the issue
/// of the next instruction: DSEED writes 12 limbs (x, h1) in 12 cycles, pulses the
/// generator's `start`, waits its latency ([`super::drbg_schedule::latency`]), reads
/// the candidate's 6 limbs into K in 6 cycles and clears it in one; DNEXT pulses
/// `next` in its issue cycle, then waits, reads and clears the same way.
pub fn drbg_cycles(hmac: Sha2Alg, curve: EcCurve, op: DrbgOp) -> u64 {
    let l = drbg_schedule::latency(hmac, curve, op);
    match op {
        DrbgOp::Start => 12 + l + 7,
        DrbgOp::Next => l + 7,
    }
}

/// The golden ECC engine: runs the ROM with the golden arithmetic and the RTL's
/// issue rules.
pub struct Machine {
    pub rom: Rom,
    pub regs: [Slot; slot::REGS],
    /// The HMAC hash of the RFC 6979 generator (DETSIGN): SHA-256, -384 or -512.
    pub hmac: Sha2Alg,
    /// The candidates DETSIGN drew in its last run.
    pub candidates: usize,
}

impl Default for Machine {
    fn default() -> Self {
        Machine { rom: rom(), regs: [[0; 6]; slot::REGS], hmac: Sha2Alg::Sha256, candidates: 0 }
    }
}

fn mont<const L: usize>(f: &MontField<L>, kind: u32, a: &Slot, b: &Slot) -> Slot {
    let mut x = [0u64; L];
    let mut y = [0u64; L];
    x.copy_from_slice(&a[..L]);
    y.copy_from_slice(&b[..L]);
    widen(&match kind {
        op::MUL => f.mont_mul_cios16(&x, &y),
        op::ADD => f.add(&x, &y),
        _ => f.sub(&x, &y),
    })
}

fn lt(a: &Slot, b: &Slot) -> bool {
    less_than(a, b) == 1
}

impl Machine {
    /// Writes input slot `slot` (a [`slot::INPUTS`] member) with an integer given as
    /// limbs; bits above the curve's length are ignored by the hardware.
    pub fn load(&mut self, slot: u32, value: &Slot) {
        self.regs[slot as usize] = *value;
    }

    fn read(&self, c: &CurveConsts, s: u32) -> Slot {
        if s < 32 {
            self.regs[s as usize]
        } else {
            c.consts.get(s as usize - 32).copied().unwrap_or([0; 6])
        }
    }

    /// Runs `cmd` on `curve` to its end. Checkpoints (block `ecc`): `ladder_step`
    /// (index = ladder step counted over the command; values = X0 Y0 Z0 X1 Y1 Z1 of the
    /// step's result set, 6 limbs each, shown in the cycle its next STEP or FSWAP
    /// issues), `inversion` (INV_OUT in the cycle RET issues), `output` (OUT0, OUT1 in
    /// the cycle END issues).
    pub fn run<T: Trace>(&mut self, cmd: u32, curve: EcCurve, trace: &mut T) -> Outcome {
        let c = curve_consts(curve);
        let (p256c, p384c) = (p256(), p384());
        let width = c.digits / 4;
        // Bits above the curve's length of every input are cleared at start.
        for &s in &slot::INPUTS {
            for limb in width..6 {
                self.regs[s as usize][limb] = 0;
            }
        }
        let lat = mul_latency(c.digits);
        let curve_ix = (curve == EcCurve::P384) as usize;
        let mut pc = self.rom.entry[cmd as usize] as usize;
        let mut cycle = 1u64; // the first instruction issues in cycle 1
                              // Multiplier: pending destination, write-back cycle, result.
        let mut pending: Option<(u32, u64, Slot)> = None;
        let (mut scalar, mut counter, mut swap) = ([0u64; 6], 0usize, 0u64);
        let mut ret = 0usize;
        let (mut step, mut stepped, mut muls, mut adds) = (0usize, false, 0u64, 0u64);
        let mut error = 0u32;
        let mut drbg: Option<Rfc6979> = None;
        self.candidates = 0;
        let len = c.digits * 2;
        let to_octets = |v: &Slot| limbs_to_be(v, 48)[48 - len..].to_vec();
        let field_op = |kind: u32, modn: bool, a: &Slot, b: &Slot| -> Slot {
            match (curve, modn) {
                (EcCurve::P256, false) => mont(&p256c.fp, kind, a, b),
                (EcCurve::P256, true) => mont(&p256c.fnn, kind, a, b),
                (EcCurve::P384, false) => mont(&p384c.fp, kind, a, b),
                (EcCurve::P384, true) => mont(&p384c.fnn, kind, a, b),
            }
        };
        loop {
            let i = Insn::decode(self.rom.words[pc]);
            // Retire the multiplier's write-back at the end of its cycle.
            let wb_now = matches!(pending, Some((_, wb, _)) if wb == cycle);
            let busy_dst = pending.map(|(d, _, _)| d);
            let can = match i.op {
                op::MUL => match pending {
                    None => true,
                    Some((d, wb, _)) => wb == cycle && i.a != d && i.b != d,
                },
                op::ADD | op::SUB => busy_dst.is_none_or(|d| !i.touches(d)),
                op::LOOP => true,
                _ => pending.is_none(),
            };
            let mut next = pc + 1;
            let mut end = false;
            let mut issued = None;
            if can {
                match i.op {
                    op::MUL => {
                        let v = field_op(op::MUL, i.modn, &self.read(&c, i.a), &self.read(&c, i.b));
                        muls += 1;
                        if wb_now {
                            let (d, _, r) = pending.take().unwrap();
                            self.regs[d as usize] = r;
                        }
                        issued = Some((i.d, cycle + lat, v));
                    }
                    op::ADD | op::SUB => {
                        let v = field_op(i.op, i.modn, &self.read(&c, i.a), &self.read(&c, i.b));
                        self.regs[i.d as usize] = v;
                        adds += 1;
                    }
                    op::LDK => {
                        scalar = self.read(&c, i.a);
                        counter = c.bits_n / 2;
                        swap = 0;
                        stepped = false;
                    }
                    op::STEP | op::FSWAP => {
                        if stepped && T::ENABLED {
                            trace.checkpoint(Checkpoint {
                                block: "ecc",
                                name: "ladder_step",
                                index: step - 1,
                                cycle: Some(cycle),
                                values: (0..6)
                                    .flat_map(|k| self.regs[(i.d + k) as usize])
                                    .collect(),
                            });
                        }
                        let bit = if i.op == op::STEP {
                            let top = c.bits_n - 1;
                            let ki = (scalar[top / 64] >> (top % 64)) & 1;
                            // scalar <<= 1 within 384 bits.
                            for l in (0..6).rev() {
                                scalar[l] =
                                    scalar[l] << 1 | if l > 0 { scalar[l - 1] >> 63 } else { 0 };
                            }
                            let s = swap ^ ki;
                            swap = ki;
                            step += 1;
                            stepped = true;
                            s
                        } else {
                            let s = swap;
                            swap = 0;
                            stepped = false;
                            s
                        };
                        if bit == 1 {
                            for k in 0..3 {
                                self.regs.swap((i.d + k) as usize, (i.d + 3 + k) as usize);
                            }
                        }
                    }
                    op::LOOP => {
                        counter -= 1;
                        if counter != 0 {
                            next = i.target as usize;
                        }
                    }
                    op::CHK | op::JCHK => {
                        let a = self.read(&c, i.a);
                        let ok = match i.d {
                            chk::RANGE_N => is_zero(&a) == 0 && lt(&a, &c.n),
                            chk::LT_P => lt(&a, &c.p),
                            chk::EQ => a == self.read(&c, i.b),
                            _ => is_zero(&a) == 0,
                        };
                        if !ok && i.op == op::JCHK {
                            next = i.target as usize;
                        } else if !ok {
                            error = i.code;
                            end = true;
                        }
                    }
                    op::DSEED | op::DNEXT => {
                        let (kind, gen) = if i.op == op::DSEED {
                            let (x, h1) = (to_octets(&self.read(&c, i.a)), to_octets(&self.read(&c, i.b)));
                            let g = Rfc6979::new(HashAlg::Sha2(self.hmac), &x, &h1, c.bits_n).expect("SHA-2 HMAC");
                            (DrbgOp::Start, drbg.insert(g))
                        } else {
                            (DrbgOp::Next, drbg.as_mut().expect("DNEXT after DSEED"))
                        };
                        if self.candidates == MAX_NONCE_CANDIDATES {
                            error = error::NONCE;
                            end = true;
                        } else {
                            let t = gen.next_candidate().expect("SHA-2 HMAC");
                            self.regs[slot::K as usize] = limbs_from_be::<6>(&t).expect("rlen bytes");
                            self.candidates += 1;
                            cycle += drbg_cycles(self.hmac, curve, kind) - 1;
                        }
                    }
                    op::CALL => {
                        ret = pc + 1;
                        next = self.rom.routine[curve_ix][i.d as usize & 1] as usize;
                    }
                    op::RET => {
                        if T::ENABLED {
                            trace.checkpoint(Checkpoint {
                                block: "ecc",
                                name: "inversion",
                                index: 0,
                                cycle: Some(cycle),
                                values: self.regs[slot::INV_OUT as usize].to_vec(),
                            });
                        }
                        next = ret;
                    }
                    _ => {
                        if T::ENABLED {
                            trace.checkpoint(Checkpoint {
                                block: "ecc",
                                name: "output",
                                index: 0,
                                cycle: Some(cycle),
                                values: [slot::OUT0, slot::OUT1]
                                    .iter()
                                    .flat_map(|&s| self.regs[s as usize])
                                    .collect(),
                            });
                        }
                        end = true;
                    }
                }
                pc = next;
            }
            if wb_now && issued.is_none() {
                let (d, _, r) = pending.take().unwrap();
                self.regs[d as usize] = r;
            }
            if issued.is_some() {
                pending = issued;
            }
            if end {
                break;
            }
            cycle += 1;
        }
        let out = if error == 0 {
            [
                self.regs[slot::OUT0 as usize],
                self.regs[slot::OUT1 as usize],
            ]
        } else {
            [[0; 6]; 2]
        };
        // END and an abort wipe every register (the outputs stay readable after END).
        self.regs = [[0; 6]; slot::REGS];
        Outcome {
            error,
            out,
            cycles: cycle + 1,
            muls,
            adds,
        }
    }
}
