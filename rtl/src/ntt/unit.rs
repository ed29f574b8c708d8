//! The NTT / polynomial arithmetic unit: one mode-selected datapath for ML-KEM
//! (q = 3329, FIPS 203 §4.3) and ML-DSA (q = 8380417, FIPS 204 §7.5) with B butterfly
//! lanes (B = 1, 2, 4; [`NttUnit`] = B = 4) over [`slots`]`(B)` = 4·B polynomial slots
//! (4, 8, 16): every row of the banks, so the unit can be the shared polynomial memory.
//!
//! # Operations (`op`)
//! * 0 `NTT`: forward NTT, Cooley–Tukey, 7 layers (FIPS 203 Alg 9) or 8 (FIPS 204 Alg 41);
//! * 1 `INTT`: inverse NTT, Gentleman–Sande, 7 (Alg 10) or 8 (Alg 42) layers, the final
//!   scaling by n⁻¹ folded into the last layer (sums × n⁻¹, differences × ζ₁·n⁻¹);
//! * 2 `PWM`: ML-KEM MultiplyNTTs (Alg 11: BaseCaseMultiply, Alg 12, on 128 pairs) or
//!   ML-DSA's coefficient-wise product (Alg 45);
//! * 3 `ADD`, 4 `SUB`: coefficient-wise `a ± b mod q`.
//!
//! Unary operations read slot `src_a`, binary ones `src_a` and `src_b`; results go to
//! slot `dst` (which may be a source). The slot fields are 4 bits wide in every
//! variant; the slot registers hold log2(4·B) bits. The first layer reads the sources,
//! later layers work in place in `dst`. Coefficients are canonical (`< q`) everywhere.
//!
//! # Memory: 2B banks, conflict-free
//! Coefficient x of slot s lives in bank `bank(x) = {parity(x >> β), x mod B}` (β =
//! log2 B) at address `s·(128/B) + (x >> (β + 1))`: the 4·B slots fill the 512 rows.
//! In every cycle the 2B coefficients of B butterflies (or of B coefficient pairs)
//! differ in bits {0..β−1} and one more bit, which the parity separates: every bank
//! sees one read and one write per cycle.
//! Each bank is two 1R1W RAMs with identical writes (port A reads operand a, port B
//! operand b). The twiddle ROM is one synchronous ROM per lane. No test port: the
//! co-simulation reads the banks (`ram_a$n`, `ram_b$n`) and injects faults through
//! probes (`rtl/verilog/ntt_unit_b*.vlt`).
//!
//! # Datapath and schedule (cycles after the start pulse in cycle 0)
//! Butterfly (or pair) `b = c·B + p` of a layer is issued on lane p in cycle
//! `1 + ℓ·128/B + c` (ℓ = layer in execution order): RAM and ROM read at that edge,
//! operands (and the check `< q`) in the next cycle, then the lane's multipliers A, B
//! (and C: ML-KEM base case, Karatsuba) — [`ModMul`], 5-cycle pipelines of 16x16
//! products with Barrett reduction — and the write to the bank at the edge of cycle
//! e + 6 (e + 11 for the ML-KEM base case, whose γ·a1b1 product is a second level,
//! multiplier D). Layers follow without bubbles: hazard-free for B ≤ 8 (a layer's
//! first reads come ≥ 64/B cycles after the previous layer's writes of those words;
//! `golden_model::polyunit` checks it). `done` is high in cycle `L·128/B + 8`
//! (`+ 13` for the ML-KEM base case), L = number of layers (1 for elementwise ops).
//! The unit is idle in the `done` cycle: the next start may come in that very cycle.
//! An accepted start (and the end of every operation) empties the pipeline-valid
//! register `vp`, so no write of one operation lands in the next one's destination;
//! outside an operation the lanes' multipliers and delay lines load zero.
//!
//! # Host port
//! Four lanes k = 0..3, each with its own coefficient index `mem_idx[k]` = slot·256 + x
//! (x = 0..255) and so its own bank and row (the mapping above): `mem_we[k]` writes
//! `mem_wdata[k]` (a lane with `mem_we[k]` low writes nothing: single-coefficient
//! writes), `mem_re[k]` reads it, data on `mem_rdata[k]` the cycle after (zero on
//! every other cycle). Any indices in different banks work in one cycle: for B = 4,
//! any run of consecutive indices (j, j + 1, j + 2, j + 3) (they differ in x mod 4) and
//! any aligned run of up to 8; for B ≥ 2 an unaligned pair (j, j + 1); for B = 1 (two
//! banks, by parity) a pair only if the number of trailing ones of j is even. A lane is active if its `mem_re[k]` or `mem_we[k]` is
//! high; the index and data of an inactive lane are don't-cares. Only while idle and
//! not `fatal`.
//!
//! # Errors (`error` high with `err_code` until the next accepted start, zeroize or reset)
//! 1 unknown operation (start ignored); 2 start while busy, also while wiping (ignored,
//! the operation goes on); 3 host access while busy or wiping (ignored); 4 host write
//! of a coefficient ≥ q of `mode` on a lane with `mem_we[k]` (no lane is written
//! that cycle); 5 a source coefficient ≥ q of the operation's mode (checked as the
//! first layer reads the sources): the operation stops and its destination slot is
//! wiped (busy for [`abort_wipe_cycles`] = 1 + 128/B more cycles; the destination
//! slot only); 6 start or host access refused
//! because `fatal` is set; 7 ([`ERR_BAD_SLOT`]) a slot id ≥ 4·B: at a start in
//! `src_a`, `dst` or (binary operations) `src_b` (start ignored, nothing changes; after
//! error 1 in priority), or in the index of an active host lane (nothing written or
//! read that cycle); 8 ([`ERR_BANK_CONFLICT`]) two active host lanes in the same bank
//! (nothing written or read that cycle). A host access gets the first of 3, 6, 7, 8, 4.
//!
//! # Threat contract (GUIDE §6)
//! * `zeroize` and `reset` (sampled at an edge, in any phase): that edge clears every
//!   control and data register (the operation is abandoned, the lanes' multipliers and
//!   delay lines load zero) and starts a sweep that writes zero into one row of every
//!   bank per cycle, all banks in parallel, over all 512 rows (the 4·B slots). Every
//!   bank word and every register but the status (`alarm`, `err`, `code`) and the
//!   constant twiddle ROMs is zero and `busy` is low after [`wipe_cycles`] = **1 + 512**
//!   edges: 513 for B = 1, 2 and 4. Commands meanwhile are refused (errors 2, 3); a
//!   start in the same cycle as `zeroize` is dropped. Both clear the error status;
//!   `reset` also clears `fatal`.
//! * SEC_CM: FSM.SPARSE: the sequencer state `fsm` and the operation code `opc` are
//!   6-bit `secure::SPARSE6` codes (`state::*`, `opcode::*`), the modulus `mode_r` a
//!   `secure::SPARSE3` code. SEC_CM: CTR.REDUN: the counters `cnt`, `layer`, `sw`, the
//!   pipeline-valid register `vp` and the slot registers `src_a_r`, `src_b_r`, `dst_r`
//!   (log2(4·B) bits each) are kept twice (`red`, 31 + 3·log2(4·B) bits). An
//!   illegal code or a disagreement wipes exactly as `zeroize` does (SEC_CM:
//!   KEY.SEC_WIPE) and raises the sticky `fatal`; commands are refused with error 6
//!   until `reset`.
//! * `mem_rdata` is zero unless valid; no port shows memory writes or internal state.

use super::modmul::ModMul;
use super::tables::{NINV_DSA, NINV_KEM, TWIDDLE_ROM, ZNINV_DSA, ZNINV_KEM};
use rust_hdl::prelude::*;

pub const OP_NTT: u8 = 0;
pub const OP_INTT: u8 = 1;
pub const OP_PWM: u8 = 2;
pub const OP_ADD: u8 = 3;
pub const OP_SUB: u8 = 4;

pub const ERR_BAD_OP: u8 = 1;
pub const ERR_BUSY: u8 = 2;
pub const ERR_ACCESS_BUSY: u8 = 3;
pub const ERR_COEF_RANGE: u8 = 4;
pub const ERR_OPERAND_RANGE: u8 = 5;

pub const ERR_FATAL: u8 = 6;
pub const ERR_BAD_SLOT: u8 = 7;
pub const ERR_BANK_CONFLICT: u8 = 8;

/// Polynomial slots of the unit with B lanes: 4·B, every row of the 2B banks
/// (512 rows of 128/B rows per slot): 4 (B = 1), 8 (B = 2), 16 (B = 4).
pub const fn slots(butterflies: usize) -> usize {
    4 * butterflies
}

/// Polynomial slots of the default unit [`NttUnit`] (B = 4).
pub const SLOTS: usize = slots(4);

/// The sequencer's sparse state codes (`secure::SPARSE6`; Idle is the wiped value).
pub mod state {
    use crate::secure::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    pub const RUN: u64 = SPARSE6[1];
    pub const DRAIN: u64 = SPARSE6[2];
    /// Wiping every row of every bank (zeroize, reset, a fault).
    pub const SWEEP_ALL: u64 = SPARSE6[3];
    /// Wiping the rows of the destination slot (an operation aborted with error 5).
    pub const SWEEP_DST: u64 = SPARSE6[4];
    pub const ALL: [u64; 5] = [IDLE, RUN, DRAIN, SWEEP_ALL, SWEEP_DST];
}

/// The running operation's sparse code (`secure::SPARSE6`; 0 when no operation runs).
pub mod opcode {
    use crate::secure::SPARSE6;
    pub const NTT: u64 = SPARSE6[1];
    pub const INTT: u64 = SPARSE6[2];
    pub const PWM: u64 = SPARSE6[3];
    pub const ADD: u64 = SPARSE6[4];
    pub const SUB: u64 = SPARSE6[5];
}

/// The running operation's modulus (`secure::SPARSE3`).
pub mod modulus {
    use crate::secure::SPARSE3;
    pub const KEM: u64 = SPARSE3[0];
    pub const DSA: u64 = SPARSE3[1];
}

/// Cycles from the edge that samples `zeroize` (or `reset`, or that sees an illegal
/// control value) until every bank word and data register is zero and `busy` is low:
/// one edge to clear the registers, then one row of every bank per cycle over all 512
/// rows (4·B slots of 128/B rows), so 513 for every B.
pub const fn wipe_cycles(butterflies: usize) -> u64 {
    let _ = butterflies;
    1 + 512
}

/// Cycles of the destination wipe after an operation aborted with error 5, counted
/// from the edge that sees the bad operand until `busy` is low.
pub const fn abort_wipe_cycles(butterflies: usize) -> u64 {
    1 + (128 / butterflies) as u64
}

fn twiddle_rom() -> RAM<Bits<24>, 9> {
    RAM::from(TWIDDLE_ROM.iter().map(|&z| Bits::<24>::from(z as u64)))
}

macro_rules! ntt_unit {
    ($name:ident, $b:tt, $beta:tt, $nb:tt, $rbits:tt, $clast:tt, $slots:tt, $sbits:tt, $redw:tt) => {
        /// NTT / polynomial unit with
        #[doc = stringify!($b)]
        /// butterfly lane(s).
        #[derive(LogicBlock)]
        pub struct $name {
            pub clock: Signal<In, Clock>,
            /// Synchronous reset: wipes like `zeroize` and also clears `fatal`.
            pub reset: Signal<In, Bit>,
            /// Wipe every bank word and every data register (SEC_CM: KEY.SEC_WIPE).
            pub zeroize: Signal<In, Bit>,
            pub start: Signal<In, Bit>,
            pub op: Signal<In, Bits<3>>,
            /// 0: ML-KEM (q = 3329), 1: ML-DSA (q = 8380417); also checks host writes.
            pub mode: Signal<In, Bit>,
            /// Slot ids (0..SLOTS = 4·B; a larger id is refused with error 7).
            pub src_a: Signal<In, Bits<4>>,
            pub src_b: Signal<In, Bits<4>>,
            pub dst: Signal<In, Bits<4>>,
            pub busy: Signal<Out, Bit>,
            pub done: Signal<Out, Bit>,
            pub error: Signal<Out, Bit>,
            pub err_code: Signal<Out, Bits<4>>,
            /// Sticky fault alarm (SEC_CM: FSM.SPARSE, CTR.REDUN); cleared by `reset`.
            pub fatal: Signal<Out, Bit>,
            /// Per lane: slot·256 + coefficient index.
            pub mem_idx: [Signal<In, Bits<12>>; 4],
            /// Per lane: write `mem_wdata[k]` to coefficient `mem_idx[k]`.
            pub mem_we: [Signal<In, Bit>; 4],
            /// Per lane: read coefficient `mem_idx[k]`, on `mem_rdata[k]` the cycle after.
            pub mem_re: [Signal<In, Bit>; 4],
            pub mem_wdata: [Signal<In, Bits<24>>; 4],
            pub mem_rdata: [Signal<Out, Bits<24>>; 4],
            ram_a: [RAM<Bits<24>, 9>; $nb],
            ram_b: [RAM<Bits<24>, 9>; $nb],
            rom: [RAM<Bits<24>, 9>; $b],
            mul_a: [ModMul; $b],
            mul_b: [ModMul; $b],
            mul_c: [ModMul; $b],
            mul_d: [ModMul; $b],
            /// Sequencer state, `state::*` (SPARSE6).
            fsm: DFF<Bits<6>>,
            /// The running operation, `opcode::*` (SPARSE6; 0 when idle).
            opc: DFF<Bits<6>>,
            /// The running operation's modulus, `modulus::*` (SPARSE3).
            mode_r: DFF<Bits<3>>,
            src_a_r: DFF<Bits<$sbits>>,
            src_b_r: DFF<Bits<$sbits>>,
            dst_r: DFF<Bits<$sbits>>,
            layer: DFF<Bits<4>>,
            cnt: DFF<Bits<7>>,
            /// Sweep (wipe) row counter (all 512 rows, or the 128/B rows of `dst`).
            sw: DFF<Bits<9>>,
            vp: DFF<Bits<11>>,
            /// SEC_CM: CTR.REDUN: a copy of {dst, src_b, src_a, vp, sw, layer, cnt}
            /// (31 + 3 slot-register widths).
            red: DFF<Bits<$redw>>,
            alarm: DFF<Bit>,
            inv_last_d: DFF<Bit>,
            first_d: DFF<Bit>,
            host_rd: DFF<Bit>,
            host_b0: DFF<Bits<$nb>>,
            host_b1: DFF<Bits<$nb>>,
            host_b2: DFF<Bits<$nb>>,
            host_b3: DFF<Bits<$nb>>,
            err: DFF<Bit>,
            code: DFF<Bits<4>>,
            done_r: DFF<Bit>,
            jd: [DFF<Bits<9>>; 11 * $b],
            kd: [DFF<Bits<9>>; 11 * $b],
            jbd: [DFF<Bits<$nb>>; $b],
            kbd: [DFF<Bits<$nb>>; $b],
            gd: [DFF<Bits<24>>; 5 * $b],
            x1d: [DFF<Bits<24>>; 5 * $b],
            y1d: [DFF<Bits<24>>; 5 * $b],
            lane_id: [Constant<Bits<9>>; $b],
            ninv_kem: Constant<Bits<24>>,
            ninv_dsa: Constant<Bits<24>>,
            zninv_kem: Constant<Bits<24>>,
            zninv_dsa: Constant<Bits<24>>,
            s_idle: Constant<Bits<6>>,
            s_run: Constant<Bits<6>>,
            s_drain: Constant<Bits<6>>,
            s_sweep_all: Constant<Bits<6>>,
            s_sweep_dst: Constant<Bits<6>>,
            o_ntt: Constant<Bits<6>>,
            o_intt: Constant<Bits<6>>,
            o_pwm: Constant<Bits<6>>,
            o_add: Constant<Bits<6>>,
            o_sub: Constant<Bits<6>>,
            m_kem: Constant<Bits<3>>,
            m_dsa: Constant<Bits<3>>,
            // Locals: control.
            f_fwd: Signal<Local, Bit>,
            f_inv: Signal<Local, Bit>,
            f_pwm: Signal<Local, Bit>,
            f_add: Signal<Local, Bit>,
            f_sub: Signal<Local, Bit>,
            f_bin: Signal<Local, Bit>,
            dsa: Signal<Local, Bit>,
            first_layer: Signal<Local, Bits<4>>,
            last_layer: Signal<Local, Bits<4>>,
            fsm_ok: Signal<Local, Bit>,
            opc_ok: Signal<Local, Bit>,
            mode_ok: Signal<Local, Bit>,
            pack_q: Signal<Local, Bits<$redw>>,
            fault: Signal<Local, Bit>,
            wipe: Signal<Local, Bit>,
            active: Signal<Local, Bit>,
            sweeping: Signal<Local, Bit>,
            hold_zero: Signal<Local, Bit>,
            host_ok: Signal<Local, Bit>,
            swaddr: Signal<Local, Bits<9>>,
            qm: Signal<Local, Bits<24>>,
            qin: Signal<Local, Bits<24>>,
            op_ok: Signal<Local, Bit>,
            issue: Signal<Local, Bit>,
            abort: Signal<Local, Bit>,
            bad_w: Signal<Local, Bit>,
            pending: Signal<Local, Bit>,
            d2: Signal<Local, Bit>,
            inv_last: Signal<Local, Bit>,
            idle: Signal<Local, Bit>,
            sh: Signal<Local, Bits<4>>,
            lenm: Signal<Local, Bits<9>>,
            lenb: Signal<Local, Bits<9>>,
            rd_slot_a: Signal<Local, Bits<9>>,
            rd_slot_b: Signal<Local, Bits<9>>,
            wr_slot: Signal<Local, Bits<9>>,
            start_bad_slot: Signal<Local, Bit>,
            host_acc: Signal<Local, Bit>,
            host_act: [Signal<Local, Bit>; 4],
            host_slot: [Signal<Local, Bits<4>>; 4],
            host_x: [Signal<Local, Bits<9>>; 4],
            host_oh: [Signal<Local, Bits<$nb>>; 4],
            host_row: [Signal<Local, Bits<9>>; 4],
            host_bad_slot: Signal<Local, Bit>,
            host_conflict: Signal<Local, Bit>,
            host_go: Signal<Local, Bit>,
            // Locals: banks.
            bank_we: [Signal<Local, Bit>; $nb],
            bank_waddr: [Signal<Local, Bits<9>>; $nb],
            bank_wdata: [Signal<Local, Bits<24>>; $nb],
            bank_raddr: [Signal<Local, Bits<9>>; $nb],
            // Locals: lanes.
            bidx: [Signal<Local, Bits<9>>; $b],
            blk: [Signal<Local, Bits<9>>; $b],
            j: [Signal<Local, Bits<9>>; $b],
            k: [Signal<Local, Bits<9>>; $b],
            jb_oh: [Signal<Local, Bits<$nb>>; $b],
            kb_oh: [Signal<Local, Bits<$nb>>; $b],
            twi: [Signal<Local, Bits<9>>; $b],
            tw: [Signal<Local, Bits<24>>; $b],
            a0: [Signal<Local, Bits<24>>; $b],
            a1: [Signal<Local, Bits<24>>; $b],
            b0: [Signal<Local, Bits<24>>; $b],
            b1: [Signal<Local, Bits<24>>; $b],
            p1y: [Signal<Local, Bits<24>>; $b],
            p1s: [Signal<Local, Bit>; $b],
            p2x: [Signal<Local, Bits<24>>; $b],
            p2y: [Signal<Local, Bits<24>>; $b],
            p2s: [Signal<Local, Bit>; $b],
            pre1: [Signal<Local, Bits<24>>; $b],
            pre2: [Signal<Local, Bits<24>>; $b],
            padd: [Signal<Local, Bits<24>>; $b],
            psub: [Signal<Local, Bits<24>>; $b],
            t1: [Signal<Local, Bits<24>>; $b],
            y1: [Signal<Local, Bits<24>>; $b],
            c0: [Signal<Local, Bits<24>>; $b],
            wa: [Signal<Local, Bits<9>>; $b],
            wbk: [Signal<Local, Bits<9>>; $b],
            we: [Signal<Local, Bit>; $b],
            wx: [Signal<Local, Bits<24>>; $b],
            wy: [Signal<Local, Bits<24>>; $b],
            wa_oh: [Signal<Local, Bits<$nb>>; $b],
            wb_oh: [Signal<Local, Bits<$nb>>; $b],
        }

        impl Default for $name {
            fn default() -> Self {
                let code = |c: u64| Constant::new(Bits::<6>::from(c));
                Self {
                    clock: Default::default(),
                    reset: Default::default(),
                    zeroize: Default::default(),
                    start: Default::default(),
                    op: Default::default(),
                    mode: Default::default(),
                    src_a: Default::default(),
                    src_b: Default::default(),
                    dst: Default::default(),
                    busy: Default::default(),
                    done: Default::default(),
                    error: Default::default(),
                    err_code: Default::default(),
                    fatal: Default::default(),
                    mem_idx: Default::default(),
                    mem_we: Default::default(),
                    mem_re: Default::default(),
                    mem_wdata: Default::default(),
                    mem_rdata: Default::default(),
                    ram_a: array_init::array_init(|_| Default::default()),
                    ram_b: array_init::array_init(|_| Default::default()),
                    rom: array_init::array_init(|_| twiddle_rom()),
                    mul_a: array_init::array_init(|_| Default::default()),
                    mul_b: array_init::array_init(|_| Default::default()),
                    mul_c: array_init::array_init(|_| Default::default()),
                    mul_d: array_init::array_init(|_| Default::default()),
                    fsm: Default::default(),
                    opc: Default::default(),
                    mode_r: Default::default(),
                    src_a_r: Default::default(),
                    src_b_r: Default::default(),
                    dst_r: Default::default(),
                    layer: Default::default(),
                    cnt: Default::default(),
                    sw: Default::default(),
                    vp: Default::default(),
                    red: Default::default(),
                    alarm: Default::default(),
                    inv_last_d: Default::default(),
                    first_d: Default::default(),
                    host_rd: Default::default(),
                    host_b0: Default::default(),
                    host_b1: Default::default(),
                    host_b2: Default::default(),
                    host_b3: Default::default(),
                    err: Default::default(),
                    code: Default::default(),
                    done_r: Default::default(),
                    jd: array_init::array_init(|_| Default::default()),
                    kd: array_init::array_init(|_| Default::default()),
                    jbd: array_init::array_init(|_| Default::default()),
                    kbd: array_init::array_init(|_| Default::default()),
                    gd: array_init::array_init(|_| Default::default()),
                    x1d: array_init::array_init(|_| Default::default()),
                    y1d: array_init::array_init(|_| Default::default()),
                    lane_id: array_init::array_init(|p| Constant::new(Bits::<9>::from(p as u64))),
                    ninv_kem: Constant::new(Bits::<24>::from(NINV_KEM as u64)),
                    ninv_dsa: Constant::new(Bits::<24>::from(NINV_DSA as u64)),
                    zninv_kem: Constant::new(Bits::<24>::from(ZNINV_KEM as u64)),
                    zninv_dsa: Constant::new(Bits::<24>::from(ZNINV_DSA as u64)),
                    s_idle: code(state::IDLE),
                    s_run: code(state::RUN),
                    s_drain: code(state::DRAIN),
                    s_sweep_all: code(state::SWEEP_ALL),
                    s_sweep_dst: code(state::SWEEP_DST),
                    o_ntt: code(opcode::NTT),
                    o_intt: code(opcode::INTT),
                    o_pwm: code(opcode::PWM),
                    o_add: code(opcode::ADD),
                    o_sub: code(opcode::SUB),
                    m_kem: Constant::new(Bits::<3>::from(modulus::KEM)),
                    m_dsa: Constant::new(Bits::<3>::from(modulus::DSA)),
                    f_fwd: Default::default(),
                    f_inv: Default::default(),
                    f_pwm: Default::default(),
                    f_add: Default::default(),
                    f_sub: Default::default(),
                    f_bin: Default::default(),
                    dsa: Default::default(),
                    first_layer: Default::default(),
                    last_layer: Default::default(),
                    fsm_ok: Default::default(),
                    opc_ok: Default::default(),
                    mode_ok: Default::default(),
                    pack_q: Default::default(),
                    fault: Default::default(),
                    wipe: Default::default(),
                    active: Default::default(),
                    sweeping: Default::default(),
                    hold_zero: Default::default(),
                    host_ok: Default::default(),
                    swaddr: Default::default(),
                    qm: Default::default(),
                    qin: Default::default(),
                    op_ok: Default::default(),
                    issue: Default::default(),
                    abort: Default::default(),
                    bad_w: Default::default(),
                    pending: Default::default(),
                    d2: Default::default(),
                    inv_last: Default::default(),
                    idle: Default::default(),
                    sh: Default::default(),
                    lenm: Default::default(),
                    lenb: Default::default(),
                    rd_slot_a: Default::default(),
                    rd_slot_b: Default::default(),
                    wr_slot: Default::default(),
                    start_bad_slot: Default::default(),
                    host_acc: Default::default(),
                    host_act: Default::default(),
                    host_slot: Default::default(),
                    host_x: Default::default(),
                    host_oh: Default::default(),
                    host_row: Default::default(),
                    host_bad_slot: Default::default(),
                    host_conflict: Default::default(),
                    host_go: Default::default(),
                    bank_we: Default::default(),
                    bank_waddr: Default::default(),
                    bank_wdata: Default::default(),
                    bank_raddr: Default::default(),
                    bidx: Default::default(),
                    blk: Default::default(),
                    j: Default::default(),
                    k: Default::default(),
                    jb_oh: Default::default(),
                    kb_oh: Default::default(),
                    twi: Default::default(),
                    tw: Default::default(),
                    a0: Default::default(),
                    a1: Default::default(),
                    b0: Default::default(),
                    b1: Default::default(),
                    p1y: Default::default(),
                    p1s: Default::default(),
                    p2x: Default::default(),
                    p2y: Default::default(),
                    p2s: Default::default(),
                    pre1: Default::default(),
                    pre2: Default::default(),
                    padd: Default::default(),
                    psub: Default::default(),
                    t1: Default::default(),
                    y1: Default::default(),
                    c0: Default::default(),
                    wa: Default::default(),
                    wbk: Default::default(),
                    we: Default::default(),
                    wx: Default::default(),
                    wy: Default::default(),
                    wa_oh: Default::default(),
                    wb_oh: Default::default(),
                }
            }
        }

        impl $name {
            /// Butterfly lanes.
            pub const BUTTERFLIES: usize = $b;
            /// Memory banks (2B).
            pub const BANKS: usize = $nb;
            /// Polynomial slots (4·B: every row of the banks).
            pub const SLOTS: usize = $slots;
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                dff_setup!(self, clock, fsm, opc, mode_r, src_a_r, src_b_r, dst_r, layer, cnt, sw, vp, red, alarm, inv_last_d, first_d, host_rd, host_b0, host_b1, host_b2, host_b3, err, code, done_r);
                for n in 0..$nb {
                    self.ram_a[n].read_clock.next = self.clock.val();
                    self.ram_a[n].write_clock.next = self.clock.val();
                    self.ram_b[n].read_clock.next = self.clock.val();
                    self.ram_b[n].write_clock.next = self.clock.val();
                }
                for p in 0..$b {
                    self.rom[p].read_clock.next = self.clock.val();
                    self.rom[p].write_clock.next = self.clock.val();
                    self.rom[p].write_enable.next = false;
                    self.rom[p].write_address.next = 0.into();
                    self.rom[p].write_data.next = 0.into();
                    for m in 0..11 {
                        self.jd[p * 11 + m].clock.next = self.clock.val();
                        self.kd[p * 11 + m].clock.next = self.clock.val();
                    }
                    for m in 0..5 {
                        self.gd[p * 5 + m].clock.next = self.clock.val();
                        self.x1d[p * 5 + m].clock.next = self.clock.val();
                        self.y1d[p * 5 + m].clock.next = self.clock.val();
                    }
                    self.jbd[p].clock.next = self.clock.val();
                    self.kbd[p].clock.next = self.clock.val();
                    self.mul_a[p].clock.next = self.clock.val();
                    self.mul_b[p].clock.next = self.clock.val();
                    self.mul_c[p].clock.next = self.clock.val();
                    self.mul_d[p].clock.next = self.clock.val();
                }
                // Decode of the sparse control registers (SEC_CM: FSM.SPARSE).
                self.f_fwd.next = self.opc.q.val() == self.o_ntt.val();
                self.f_inv.next = self.opc.q.val() == self.o_intt.val();
                self.f_pwm.next = self.opc.q.val() == self.o_pwm.val();
                self.f_add.next = self.opc.q.val() == self.o_add.val();
                self.f_sub.next = self.opc.q.val() == self.o_sub.val();
                self.f_bin.next = self.f_pwm.val() | self.f_add.val() | self.f_sub.val();
                self.dsa.next = self.mode_r.q.val() == self.m_dsa.val();
                // Layers: NTT 0..=6 (KEM) / 0..=7 (DSA); NTT⁻¹ 1..=7 (KEM) / 0..=7 (DSA); one pass (7) otherwise.
                self.first_layer.next = 7.into();
                if self.f_fwd.val() | (self.f_inv.val() & self.dsa.val()) {
                    self.first_layer.next = 0.into();
                }
                if self.f_inv.val() & !self.dsa.val() {
                    self.first_layer.next = 1.into();
                }
                self.last_layer.next = 7.into();
                if self.f_fwd.val() & !self.dsa.val() {
                    self.last_layer.next = 6.into();
                }
                for p in 0..$b {
                    self.mul_a[p].dsa.next = self.dsa.val();
                    self.mul_b[p].dsa.next = self.dsa.val();
                    self.mul_c[p].dsa.next = self.dsa.val();
                    self.mul_d[p].dsa.next = self.dsa.val();
                }
                self.fsm_ok.next = (self.fsm.q.val() == self.s_idle.val()) | (self.fsm.q.val() == self.s_run.val()) | (self.fsm.q.val() == self.s_drain.val()) | (self.fsm.q.val() == self.s_sweep_all.val()) | (self.fsm.q.val() == self.s_sweep_dst.val());
                self.opc_ok.next = (self.opc.q.val() == self.s_idle.val()) | self.f_fwd.val() | self.f_inv.val() | self.f_bin.val();
                self.mode_ok.next = (self.mode_r.q.val() == self.m_kem.val()) | self.dsa.val();
                // SEC_CM: CTR.REDUN: the counters and slot registers agree with their copy.
                self.pack_q.next = bit_cast::<$redw, 7>(self.cnt.q.val())
                    | (bit_cast::<$redw, 4>(self.layer.q.val()) << 7)
                    | (bit_cast::<$redw, 9>(self.sw.q.val()) << 11)
                    | (bit_cast::<$redw, 11>(self.vp.q.val()) << 20)
                    | (bit_cast::<$redw, $sbits>(self.src_a_r.q.val()) << 31)
                    | (bit_cast::<$redw, $sbits>(self.src_b_r.q.val()) << (31 + $sbits))
                    | (bit_cast::<$redw, $sbits>(self.dst_r.q.val()) << (31 + 2 * $sbits));
                self.fault.next = !(self.fsm_ok.val() & self.opc_ok.val() & self.mode_ok.val() & (self.red.q.val() == self.pack_q.val()));
                self.wipe.next = self.zeroize.val() | self.reset.val() | self.fault.val();
                self.idle.next = self.fsm.q.val() == self.s_idle.val();
                self.issue.next = self.fsm.q.val() == self.s_run.val();
                self.active.next = self.issue.val() | (self.fsm.q.val() == self.s_drain.val());
                self.sweeping.next = (self.fsm.q.val() == self.s_sweep_all.val()) | (self.fsm.q.val() == self.s_sweep_dst.val());
                self.hold_zero.next = !self.active.val() | self.wipe.val();
                self.host_ok.next = self.idle.val() & !self.wipe.val() & !self.alarm.q.val();
                self.busy.next = !self.idle.val();
                self.fatal.next = self.alarm.q.val();
                self.done.next = self.done_r.q.val();
                self.done_r.d.next = false;
                self.error.next = self.err.q.val();
                self.err_code.next = self.code.q.val();
                self.abort.next = false;

                // Moduli: of the running operation, and of the host port's `mode`.
                self.qm.next = 3329.into();
                if self.dsa.val() {
                    self.qm.next = 8380417.into();
                }
                self.qin.next = 3329.into();
                if self.mode.val() {
                    self.qin.next = 8380417.into();
                }
                self.op_ok.next = self.op.val() <= 4;
                // Slot ids of a start: src_a and dst always, src_b for the binary operations.
                self.start_bad_slot.next = (self.src_a.val() >> $sbits).any() | (self.dst.val() >> $sbits).any() | ((self.op.val() >= 2) & (self.src_b.val() >> $sbits).any());

                // Addressing of the issue cycle: s = log2(len); elementwise ops use s = 0
                // (pair b = coefficients 2b, 2b + 1).
                self.sh.next = 0.into();
                if self.f_fwd.val() {
                    self.sh.next = 7 - self.layer.q.val();
                }
                if self.f_inv.val() {
                    self.sh.next = self.layer.q.val();
                }
                self.lenb.next = bits::<9>(1) << self.sh.val();
                self.lenm.next = self.lenb.val() - 1;
                self.inv_last.next = self.f_inv.val() & (self.layer.q.val() == 7);
                self.d2.next = self.f_pwm.val() & !self.dsa.val();
                // Slots: the first layer reads the sources, later layers read dst.
                self.rd_slot_a.next = bit_cast::<9, $sbits>(self.dst_r.q.val()) << $rbits;
                self.rd_slot_b.next = bit_cast::<9, $sbits>(self.src_b_r.q.val()) << $rbits;
                if self.layer.q.val() == self.first_layer.val() {
                    self.rd_slot_a.next = bit_cast::<9, $sbits>(self.src_a_r.q.val()) << $rbits;
                }
                self.wr_slot.next = bit_cast::<9, $sbits>(self.dst_r.q.val()) << $rbits;

                for n in 0..$nb {
                    self.bank_raddr[n].next = 0.into();
                    self.bank_we[n].next = false;
                    self.bank_waddr[n].next = 0.into();
                    self.bank_wdata[n].next = 0.into();
                }

                for p in 0..$b {
                    // Issue: butterfly (pair) index, coefficient addresses, banks.
                    self.bidx[p].next = (bit_cast::<9, 7>(self.cnt.q.val()) << $beta) + self.lane_id[p].val();
                    self.blk[p].next = self.bidx[p].val() >> self.sh.val();
                    self.j[p].next = ((self.blk[p].val() << self.sh.val()) << 1) | (self.bidx[p].val() & self.lenm.val());
                    self.k[p].next = self.j[p].val() | self.lenb.val();
                    self.jb_oh[p].next = bits::<$nb>(1) << (self.j[p].val() & ($b - 1));
                    if (self.j[p].val() >> $beta).xor() {
                        self.jb_oh[p].next = bits::<$nb>(1) << ((self.j[p].val() & ($b - 1)) + $b);
                    }
                    self.kb_oh[p].next = bits::<$nb>(1) << (self.k[p].val() & ($b - 1));
                    if (self.k[p].val() >> $beta).xor() {
                        self.kb_oh[p].next = bits::<$nb>(1) << ((self.k[p].val() & ($b - 1)) + $b);
                    }
                    for n in 0..$nb {
                        if self.issue.val() & self.jb_oh[p].val().get_bit(n) {
                            self.bank_raddr[n].next = (self.j[p].val() >> ($beta + 1)) | self.rd_slot_a.val();
                        }
                        if self.issue.val() & self.kb_oh[p].val().get_bit(n) {
                            self.bank_raddr[n].next = (self.k[p].val() >> ($beta + 1)) | self.rd_slot_a.val();
                        }
                    }
                    self.jbd[p].d.next = self.jb_oh[p].val();
                    self.kbd[p].d.next = self.kb_oh[p].val();
                    // Twiddle: forward ζ[2^L + blk] (FIPS 203 Alg 9 step 4, FIPS 204 Alg 41),
                    // inverse ζ[256/2^L − 1 − blk] (Alg 10, Alg 42), base case γ[b] (Alg 11).
                    self.twi[p].next = (bits::<9>(1) << self.layer.q.val()) | self.blk[p].val();
                    if self.f_inv.val() {
                        self.twi[p].next = (bits::<9>(256) >> self.layer.q.val()) - 1 - self.blk[p].val();
                    }
                    if self.f_pwm.val() {
                        self.twi[p].next = self.bidx[p].val() + 128;
                    }
                    if self.dsa.val() {
                        self.twi[p].next = (self.twi[p].val() & 255) + 256;
                    }
                    self.rom[p].read_address.next = self.twi[p].val();
                    self.jd[p * 11].d.next = self.j[p].val();
                    self.kd[p * 11].d.next = self.k[p].val();
                    for m in 1..11 {
                        self.jd[p * 11 + m].d.next = self.jd[p * 11 + m - 1].q.val();
                        self.kd[p * 11 + m].d.next = self.kd[p * 11 + m - 1].q.val();
                    }

                    // Operands (cycle e + 1): bank read data through the crossbar.
                    self.a0[p].next = 0.into();
                    self.a1[p].next = 0.into();
                    self.b0[p].next = 0.into();
                    self.b1[p].next = 0.into();
                    for n in 0..$nb {
                        if self.jbd[p].q.val().get_bit(n) {
                            self.a0[p].next = self.ram_a[n].read_data.val();
                            self.b0[p].next = self.ram_b[n].read_data.val();
                        }
                        if self.kbd[p].q.val().get_bit(n) {
                            self.a1[p].next = self.ram_a[n].read_data.val();
                            self.b1[p].next = self.ram_b[n].read_data.val();
                        }
                    }
                    if self.vp.q.val().get_bit(0) & self.first_d.q.val() & ((self.a0[p].val() >= self.qm.val()) | (self.a1[p].val() >= self.qm.val())) {
                        self.abort.next = true;
                    }
                    if self.vp.q.val().get_bit(0) & self.first_d.q.val() & self.f_bin.val() & ((self.b0[p].val() >= self.qm.val()) | (self.b1[p].val() >= self.qm.val())) {
                        self.abort.next = true;
                    }
                    self.tw[p].next = self.rom[p].read_data.val();
                    // Two modular adders/subtractors before the multipliers:
                    // pre1 = a0 + a1 | a0 ± b0, pre2 = a1 − a0 | b0 + b1 | a1 ± b1.
                    self.p1y[p].next = self.a1[p].val();
                    self.p1s[p].next = false;
                    self.p2x[p].next = self.a1[p].val();
                    self.p2y[p].next = self.a0[p].val();
                    self.p2s[p].next = true;
                    if self.f_pwm.val() {
                        self.p2x[p].next = self.b0[p].val();
                        self.p2y[p].next = self.b1[p].val();
                        self.p2s[p].next = false;
                    }
                    if self.f_add.val() | self.f_sub.val() {
                        self.p1y[p].next = self.b0[p].val();
                        self.p1s[p].next = self.f_sub.val();
                        self.p2x[p].next = self.a1[p].val();
                        self.p2y[p].next = self.b1[p].val();
                        self.p2s[p].next = self.f_sub.val();
                    }
                    self.pre1[p].next = self.a0[p].val() + self.p1y[p].val();
                    if self.p1s[p].val() {
                        self.pre1[p].next = self.a0[p].val() + self.qm.val() - self.p1y[p].val();
                    }
                    if self.pre1[p].val() >= self.qm.val() {
                        self.pre1[p].next = self.pre1[p].val() - self.qm.val();
                    }
                    self.pre2[p].next = self.p2x[p].val() + self.p2y[p].val();
                    if self.p2s[p].val() {
                        self.pre2[p].next = self.p2x[p].val() + self.qm.val() - self.p2y[p].val();
                    }
                    if self.pre2[p].val() >= self.qm.val() {
                        self.pre2[p].next = self.pre2[p].val() - self.qm.val();
                    }
                    // Multiplier operands (level 1).
                    self.mul_a[p].a.next = self.pre1[p].val();
                    self.mul_a[p].b.next = 1.into();
                    self.mul_b[p].a.next = self.pre2[p].val();
                    self.mul_b[p].b.next = 1.into();
                    if self.f_fwd.val() {
                        // Cooley–Tukey: (a, ζ·b), combined after the multipliers.
                        self.mul_a[p].a.next = self.a0[p].val();
                        self.mul_b[p].a.next = self.a1[p].val();
                        self.mul_b[p].b.next = self.tw[p].val();
                    }
                    if self.f_inv.val() {
                        // Gentleman–Sande: (a + b, ζ·(b − a)); the last layer scales by n⁻¹.
                        self.mul_b[p].b.next = self.tw[p].val();
                        if self.inv_last_d.q.val() {
                            if self.dsa.val() {
                                self.mul_a[p].b.next = self.ninv_dsa.val();
                                self.mul_b[p].b.next = self.zninv_dsa.val();
                            } else {
                                self.mul_a[p].b.next = self.ninv_kem.val();
                                self.mul_b[p].b.next = self.zninv_kem.val();
                            }
                        }
                    }
                    if self.f_pwm.val() {
                        self.mul_a[p].a.next = self.a0[p].val();
                        self.mul_a[p].b.next = self.b0[p].val();
                        self.mul_b[p].a.next = self.a1[p].val();
                        self.mul_b[p].b.next = self.b1[p].val();
                    }
                    // ML-KEM base case, Karatsuba: (a0 + a1)(b0 + b1).
                    self.mul_c[p].a.next = self.pre1[p].val();
                    self.mul_c[p].b.next = self.pre2[p].val();
                    self.gd[p * 5].d.next = self.tw[p].val();
                    for m in 1..5 {
                        self.gd[p * 5 + m].d.next = self.gd[p * 5 + m - 1].q.val();
                    }

                    // Level-1 results (cycle e + 6): Cooley–Tukey combination.
                    self.padd[p].next = self.mul_a[p].r.val() + self.mul_b[p].r.val();
                    if self.padd[p].val() >= self.qm.val() {
                        self.padd[p].next = self.padd[p].val() - self.qm.val();
                    }
                    self.psub[p].next = self.mul_a[p].r.val() + self.qm.val() - self.mul_b[p].r.val();
                    if self.psub[p].val() >= self.qm.val() {
                        self.psub[p].next = self.psub[p].val() - self.qm.val();
                    }
                    // Base case: c1 = (a0+a1)(b0+b1) − a0b0 − a1b1; level 2: c0 = a0b0 + γ·a1b1.
                    self.t1[p].next = self.mul_c[p].r.val() + self.qm.val() - self.mul_a[p].r.val();
                    if self.t1[p].val() >= self.qm.val() {
                        self.t1[p].next = self.t1[p].val() - self.qm.val();
                    }
                    self.y1[p].next = self.t1[p].val() + self.qm.val() - self.mul_b[p].r.val();
                    if self.y1[p].val() >= self.qm.val() {
                        self.y1[p].next = self.y1[p].val() - self.qm.val();
                    }
                    self.mul_d[p].a.next = self.mul_b[p].r.val();
                    self.mul_d[p].b.next = self.gd[p * 5 + 4].q.val();
                    self.x1d[p * 5].d.next = self.mul_a[p].r.val();
                    self.y1d[p * 5].d.next = self.y1[p].val();
                    for m in 1..5 {
                        self.x1d[p * 5 + m].d.next = self.x1d[p * 5 + m - 1].q.val();
                        self.y1d[p * 5 + m].d.next = self.y1d[p * 5 + m - 1].q.val();
                    }
                    self.c0[p].next = self.x1d[p * 5 + 4].q.val() + self.mul_d[p].r.val();
                    if self.c0[p].val() >= self.qm.val() {
                        self.c0[p].next = self.c0[p].val() - self.qm.val();
                    }

                    // Write-back to the banks.
                    self.wa[p].next = self.jd[p * 11 + 5].q.val();
                    self.wbk[p].next = self.kd[p * 11 + 5].q.val();
                    self.we[p].next = self.vp.q.val().get_bit(5);
                    self.wx[p].next = self.mul_a[p].r.val();
                    self.wy[p].next = self.mul_b[p].r.val();
                    if self.f_fwd.val() {
                        self.wx[p].next = self.padd[p].val();
                        self.wy[p].next = self.psub[p].val();
                    }
                    if self.d2.val() {
                        self.wa[p].next = self.jd[p * 11 + 10].q.val();
                        self.wbk[p].next = self.kd[p * 11 + 10].q.val();
                        self.we[p].next = self.vp.q.val().get_bit(10);
                        self.wx[p].next = self.c0[p].val();
                        self.wy[p].next = self.y1d[p * 5 + 4].q.val();
                    }
                    // Outside an operation (and on a wipe) the lane's registers load zero:
                    // the multipliers and delay lines hold no coefficient after an operation.
                    if !self.issue.val() | self.wipe.val() {
                        self.jbd[p].d.next = 0.into();
                        self.kbd[p].d.next = 0.into();
                        self.jd[p * 11].d.next = 0.into();
                        self.kd[p * 11].d.next = 0.into();
                    }
                    if self.hold_zero.val() {
                        self.mul_a[p].a.next = 0.into();
                        self.mul_a[p].b.next = 0.into();
                        self.mul_b[p].a.next = 0.into();
                        self.mul_b[p].b.next = 0.into();
                        self.mul_c[p].a.next = 0.into();
                        self.mul_c[p].b.next = 0.into();
                        self.mul_d[p].a.next = 0.into();
                        self.mul_d[p].b.next = 0.into();
                        for m in 1..11 {
                            self.jd[p * 11 + m].d.next = 0.into();
                            self.kd[p * 11 + m].d.next = 0.into();
                        }
                        for m in 0..5 {
                            self.gd[p * 5 + m].d.next = 0.into();
                            self.x1d[p * 5 + m].d.next = 0.into();
                            self.y1d[p * 5 + m].d.next = 0.into();
                        }
                    }
                    self.wa_oh[p].next = bits::<$nb>(1) << (self.wa[p].val() & ($b - 1));
                    if (self.wa[p].val() >> $beta).xor() {
                        self.wa_oh[p].next = bits::<$nb>(1) << ((self.wa[p].val() & ($b - 1)) + $b);
                    }
                    self.wb_oh[p].next = bits::<$nb>(1) << (self.wbk[p].val() & ($b - 1));
                    if (self.wbk[p].val() >> $beta).xor() {
                        self.wb_oh[p].next = bits::<$nb>(1) << ((self.wbk[p].val() & ($b - 1)) + $b);
                    }
                    for n in 0..$nb {
                        if self.we[p].val() & self.wa_oh[p].val().get_bit(n) {
                            self.bank_we[n].next = true;
                            self.bank_waddr[n].next = (self.wa[p].val() >> ($beta + 1)) | self.wr_slot.val();
                            self.bank_wdata[n].next = self.wx[p].val();
                        }
                        if self.we[p].val() & self.wb_oh[p].val().get_bit(n) {
                            self.bank_we[n].next = true;
                            self.bank_waddr[n].next = (self.wbk[p].val() >> ($beta + 1)) | self.wr_slot.val();
                            self.bank_wdata[n].next = self.wy[p].val();
                        }
                    }
                }

                // Host port: lane k (0..3) reaches coefficient mem_idx[k] & 255 of slot mem_idx[k] >> 8,
                // in its own bank and row; a read uses the lanes with mem_re, a write those with mem_we
                // (lanes unrolled: rust-hdl's bit_cast takes no loop index).
                self.host_acc.next = self.mem_re[0].val() | self.mem_re[1].val() | self.mem_re[2].val() | self.mem_re[3].val() | self.mem_we[0].val() | self.mem_we[1].val() | self.mem_we[2].val() | self.mem_we[3].val();
                self.host_act[0].next = self.mem_re[0].val() | self.mem_we[0].val();
                self.host_slot[0].next = bit_cast::<4, 12>(self.mem_idx[0].val() >> 8);
                self.host_x[0].next = bit_cast::<9, 12>(self.mem_idx[0].val() & 255);
                self.host_row[0].next = (self.host_x[0].val() >> ($beta + 1)) | (bit_cast::<9, 4>(self.host_slot[0].val()) << $rbits);
                self.host_oh[0].next = bits::<$nb>(1) << (self.host_x[0].val() & ($b - 1));
                if (self.host_x[0].val() >> $beta).xor() {
                    self.host_oh[0].next = bits::<$nb>(1) << ((self.host_x[0].val() & ($b - 1)) + $b);
                }
                self.host_act[1].next = self.mem_re[1].val() | self.mem_we[1].val();
                self.host_slot[1].next = bit_cast::<4, 12>(self.mem_idx[1].val() >> 8);
                self.host_x[1].next = bit_cast::<9, 12>(self.mem_idx[1].val() & 255);
                self.host_row[1].next = (self.host_x[1].val() >> ($beta + 1)) | (bit_cast::<9, 4>(self.host_slot[1].val()) << $rbits);
                self.host_oh[1].next = bits::<$nb>(1) << (self.host_x[1].val() & ($b - 1));
                if (self.host_x[1].val() >> $beta).xor() {
                    self.host_oh[1].next = bits::<$nb>(1) << ((self.host_x[1].val() & ($b - 1)) + $b);
                }
                self.host_act[2].next = self.mem_re[2].val() | self.mem_we[2].val();
                self.host_slot[2].next = bit_cast::<4, 12>(self.mem_idx[2].val() >> 8);
                self.host_x[2].next = bit_cast::<9, 12>(self.mem_idx[2].val() & 255);
                self.host_row[2].next = (self.host_x[2].val() >> ($beta + 1)) | (bit_cast::<9, 4>(self.host_slot[2].val()) << $rbits);
                self.host_oh[2].next = bits::<$nb>(1) << (self.host_x[2].val() & ($b - 1));
                if (self.host_x[2].val() >> $beta).xor() {
                    self.host_oh[2].next = bits::<$nb>(1) << ((self.host_x[2].val() & ($b - 1)) + $b);
                }
                self.host_act[3].next = self.mem_re[3].val() | self.mem_we[3].val();
                self.host_slot[3].next = bit_cast::<4, 12>(self.mem_idx[3].val() >> 8);
                self.host_x[3].next = bit_cast::<9, 12>(self.mem_idx[3].val() & 255);
                self.host_row[3].next = (self.host_x[3].val() >> ($beta + 1)) | (bit_cast::<9, 4>(self.host_slot[3].val()) << $rbits);
                self.host_oh[3].next = bits::<$nb>(1) << (self.host_x[3].val() & ($b - 1));
                if (self.host_x[3].val() >> $beta).xor() {
                    self.host_oh[3].next = bits::<$nb>(1) << ((self.host_x[3].val() & ($b - 1)) + $b);
                }
                // A slot id >= SLOTS has a bit at or above log2(SLOTS).
                self.host_bad_slot.next = (self.host_act[0].val() & (self.host_slot[0].val() >> $sbits).any()) | (self.host_act[1].val() & (self.host_slot[1].val() >> $sbits).any()) | (self.host_act[2].val() & (self.host_slot[2].val() >> $sbits).any()) | (self.host_act[3].val() & (self.host_slot[3].val() >> $sbits).any());
                // Two active lanes in one bank.
                self.host_conflict.next = (self.host_act[0].val() & self.host_act[1].val() & (self.host_oh[0].val() & self.host_oh[1].val()).any())
                    | (self.host_act[0].val() & self.host_act[2].val() & (self.host_oh[0].val() & self.host_oh[2].val()).any())
                    | (self.host_act[0].val() & self.host_act[3].val() & (self.host_oh[0].val() & self.host_oh[3].val()).any())
                    | (self.host_act[1].val() & self.host_act[2].val() & (self.host_oh[1].val() & self.host_oh[2].val()).any())
                    | (self.host_act[1].val() & self.host_act[3].val() & (self.host_oh[1].val() & self.host_oh[3].val()).any())
                    | (self.host_act[2].val() & self.host_act[3].val() & (self.host_oh[2].val() & self.host_oh[3].val()).any());
                self.host_go.next = self.host_ok.val() & !self.host_bad_slot.val() & !self.host_conflict.val();
                self.bad_w.next = (self.mem_we[0].val() & (self.mem_wdata[0].val() >= self.qin.val())) | (self.mem_we[1].val() & (self.mem_wdata[1].val() >= self.qin.val())) | (self.mem_we[2].val() & (self.mem_wdata[2].val() >= self.qin.val())) | (self.mem_we[3].val() & (self.mem_wdata[3].val() >= self.qin.val()));
                self.host_rd.d.next = (self.mem_re[0].val() | self.mem_re[1].val() | self.mem_re[2].val() | self.mem_re[3].val()) & self.host_go.val();
                self.host_b0.d.next = 0.into();
                self.host_b1.d.next = 0.into();
                self.host_b2.d.next = 0.into();
                self.host_b3.d.next = 0.into();
                if self.mem_re[0].val() & self.host_go.val() {
                    self.host_b0.d.next = self.host_oh[0].val();
                }
                if self.mem_re[1].val() & self.host_go.val() {
                    self.host_b1.d.next = self.host_oh[1].val();
                }
                if self.mem_re[2].val() & self.host_go.val() {
                    self.host_b2.d.next = self.host_oh[2].val();
                }
                if self.mem_re[3].val() & self.host_go.val() {
                    self.host_b3.d.next = self.host_oh[3].val();
                }
                // Read data only in the cycle it is valid (zero otherwise).
                self.mem_rdata[0].next = 0.into();
                self.mem_rdata[1].next = 0.into();
                self.mem_rdata[2].next = 0.into();
                self.mem_rdata[3].next = 0.into();
                for n in 0..$nb {
                    if self.host_rd.q.val() & self.host_b0.q.val().get_bit(n) {
                        self.mem_rdata[0].next = self.ram_a[n].read_data.val();
                    }
                    if self.host_rd.q.val() & self.host_b1.q.val().get_bit(n) {
                        self.mem_rdata[1].next = self.ram_a[n].read_data.val();
                    }
                    if self.host_rd.q.val() & self.host_b2.q.val().get_bit(n) {
                        self.mem_rdata[2].next = self.ram_a[n].read_data.val();
                    }
                    if self.host_rd.q.val() & self.host_b3.q.val().get_bit(n) {
                        self.mem_rdata[3].next = self.ram_a[n].read_data.val();
                    }
                    if self.host_go.val() & self.mem_re[0].val() & self.host_oh[0].val().get_bit(n) {
                        self.bank_raddr[n].next = self.host_row[0].val();
                    }
                    if self.host_go.val() & self.mem_re[1].val() & self.host_oh[1].val().get_bit(n) {
                        self.bank_raddr[n].next = self.host_row[1].val();
                    }
                    if self.host_go.val() & self.mem_re[2].val() & self.host_oh[2].val().get_bit(n) {
                        self.bank_raddr[n].next = self.host_row[2].val();
                    }
                    if self.host_go.val() & self.mem_re[3].val() & self.host_oh[3].val().get_bit(n) {
                        self.bank_raddr[n].next = self.host_row[3].val();
                    }
                    if self.host_go.val() & self.mem_we[0].val() & !self.bad_w.val() & self.host_oh[0].val().get_bit(n) {
                        self.bank_we[n].next = true;
                        self.bank_waddr[n].next = self.host_row[0].val();
                        self.bank_wdata[n].next = self.mem_wdata[0].val();
                    }
                    if self.host_go.val() & self.mem_we[1].val() & !self.bad_w.val() & self.host_oh[1].val().get_bit(n) {
                        self.bank_we[n].next = true;
                        self.bank_waddr[n].next = self.host_row[1].val();
                        self.bank_wdata[n].next = self.mem_wdata[1].val();
                    }
                    if self.host_go.val() & self.mem_we[2].val() & !self.bad_w.val() & self.host_oh[2].val().get_bit(n) {
                        self.bank_we[n].next = true;
                        self.bank_waddr[n].next = self.host_row[2].val();
                        self.bank_wdata[n].next = self.mem_wdata[2].val();
                    }
                    if self.host_go.val() & self.mem_we[3].val() & !self.bad_w.val() & self.host_oh[3].val().get_bit(n) {
                        self.bank_we[n].next = true;
                        self.bank_waddr[n].next = self.host_row[3].val();
                        self.bank_wdata[n].next = self.mem_wdata[3].val();
                    }
                }

                // The wipe sweep (SEC_CM: KEY.SEC_WIPE): one row of every bank per cycle,
                // all rows (zeroize, reset, fault) or the rows of `dst` (error 5).
                self.swaddr.next = self.sw.q.val();
                if self.fsm.q.val() == self.s_sweep_dst.val() {
                    self.swaddr.next = (bit_cast::<9, $sbits>(self.dst_r.q.val()) << $rbits) | self.sw.q.val();
                }
                if self.sweeping.val() {
                    for n in 0..$nb {
                        self.bank_we[n].next = true;
                        self.bank_waddr[n].next = self.swaddr.val();
                        self.bank_wdata[n].next = 0.into();
                    }
                }

                // Banks: port A reads operand a (slot rd_slot_a), port B operand b (src_b).
                for n in 0..$nb {
                    self.ram_a[n].read_address.next = self.bank_raddr[n].val();
                    self.ram_b[n].read_address.next = (self.bank_raddr[n].val() & ((1 << $rbits) - 1)) | self.rd_slot_b.val();
                    self.ram_a[n].write_enable.next = self.bank_we[n].val();
                    self.ram_a[n].write_address.next = self.bank_waddr[n].val();
                    self.ram_a[n].write_data.next = self.bank_wdata[n].val();
                    self.ram_b[n].write_enable.next = self.bank_we[n].val();
                    self.ram_b[n].write_address.next = self.bank_waddr[n].val();
                    self.ram_b[n].write_data.next = self.bank_wdata[n].val();
                }

                // Pipeline occupancy: bit m of vp = issued m + 1 cycles ago.
                self.pending.next = (self.vp.q.val() & 63) != 0;
                if self.d2.val() {
                    self.pending.next = (self.vp.q.val() & 2047) != 0;
                }
                if self.issue.val() {
                    self.vp.d.next = (self.vp.q.val() << 1) | 1;
                } else {
                    self.vp.d.next = self.vp.q.val() << 1;
                }

                // Sequencing.
                if self.fsm.q.val() == self.s_idle.val() {
                    if self.start.val() & self.alarm.q.val() {
                        self.err.d.next = true;
                        self.code.d.next = 6.into();
                    } else if self.start.val() & !self.op_ok.val() {
                        self.err.d.next = true;
                        self.code.d.next = 1.into();
                    } else if self.start.val() & self.start_bad_slot.val() {
                        self.err.d.next = true;
                        self.code.d.next = 7.into();
                    } else if self.start.val() {
                        self.err.d.next = false;
                        self.code.d.next = 0.into();
                        self.mode_r.d.next = self.m_kem.val();
                        if self.mode.val() {
                            self.mode_r.d.next = self.m_dsa.val();
                        }
                        self.src_a_r.d.next = bit_cast::<$sbits, 4>(self.src_a.val());
                        self.src_b_r.d.next = bit_cast::<$sbits, 4>(self.src_b.val());
                        self.dst_r.d.next = bit_cast::<$sbits, 4>(self.dst.val());
                        self.opc.d.next = self.o_sub.val();
                        match self.op.val().index() {
                            0 => {
                                self.opc.d.next = self.o_ntt.val();
                            }
                            1 => {
                                self.opc.d.next = self.o_intt.val();
                            }
                            2 => {
                                self.opc.d.next = self.o_pwm.val();
                            }
                            3 => {
                                self.opc.d.next = self.o_add.val();
                            }
                            _ => {}
                        }
                        self.cnt.d.next = 0.into();
                        // An accepted start empties the pipeline: no write of the previous
                        // operation can land in this one's destination.
                        self.vp.d.next = 0.into();
                        // The first layer: see `first_layer` (decoded from the inputs here).
                        self.layer.d.next = 7.into();
                        if self.op.val() == 0 {
                            self.layer.d.next = 0.into();
                        }
                        if self.op.val() == 1 {
                            self.layer.d.next = 1.into();
                            if self.mode.val() {
                                self.layer.d.next = 0.into();
                            }
                        }
                        self.fsm.d.next = self.s_run.val();
                    }
                } else if self.fsm.q.val() == self.s_run.val() {
                    if self.cnt.q.val() == $clast {
                        self.cnt.d.next = 0.into();
                        if self.layer.q.val() == self.last_layer.val() {
                            self.fsm.d.next = self.s_drain.val();
                        } else {
                            self.layer.d.next = self.layer.q.val() + 1;
                        }
                    } else {
                        self.cnt.d.next = self.cnt.q.val() + 1;
                    }
                } else if self.fsm.q.val() == self.s_drain.val() {
                    if !self.pending.val() {
                        self.done_r.d.next = true;
                        self.opc.d.next = self.s_idle.val();
                        self.layer.d.next = 0.into();
                        self.vp.d.next = 0.into();
                        self.fsm.d.next = self.s_idle.val();
                    }
                } else if self.fsm.q.val() == self.s_sweep_all.val() {
                    self.sw.d.next = self.sw.q.val() + 1;
                    if self.sw.q.val() == 511 {
                        self.sw.d.next = 0.into();
                        self.fsm.d.next = self.s_idle.val();
                    }
                } else if self.fsm.q.val() == self.s_sweep_dst.val() {
                    self.sw.d.next = self.sw.q.val() + 1;
                    if self.sw.q.val() == $clast {
                        self.sw.d.next = 0.into();
                        self.fsm.d.next = self.s_idle.val();
                    }
                }
                self.inv_last_d.d.next = self.inv_last.val();
                self.first_d.d.next = self.layer.q.val() == self.first_layer.val();
                if self.abort.val() {
                    // Error 5: stop, then wipe the partly written destination.
                    self.err.d.next = true;
                    self.code.d.next = 5.into();
                    self.opc.d.next = self.s_idle.val();
                    self.vp.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.layer.d.next = 0.into();
                    self.sw.d.next = 0.into();
                    self.done_r.d.next = false;
                    self.fsm.d.next = self.s_sweep_dst.val();
                }
                if self.start.val() & !self.idle.val() {
                    self.err.d.next = true;
                    self.code.d.next = 2.into();
                }
                if self.host_acc.val() {
                    if !self.idle.val() {
                        self.err.d.next = true;
                        self.code.d.next = 3.into();
                    } else if self.alarm.q.val() {
                        self.err.d.next = true;
                        self.code.d.next = 6.into();
                    } else if self.host_bad_slot.val() {
                        self.err.d.next = true;
                        self.code.d.next = 7.into();
                    } else if self.host_conflict.val() {
                        self.err.d.next = true;
                        self.code.d.next = 8.into();
                    } else if self.bad_w.val() {
                        self.err.d.next = true;
                        self.code.d.next = 4.into();
                    }
                }
                // SEC_CM: KEY.SEC_WIPE: zeroize, reset or an illegal control value clears
                // every control and data register in this edge and sweeps every bank.
                if self.wipe.val() {
                    self.fsm.d.next = self.s_sweep_all.val();
                    self.opc.d.next = self.s_idle.val();
                    self.mode_r.d.next = self.m_kem.val();
                    self.src_a_r.d.next = 0.into();
                    self.src_b_r.d.next = 0.into();
                    self.dst_r.d.next = 0.into();
                    self.layer.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.sw.d.next = 0.into();
                    self.vp.d.next = 0.into();
                    self.inv_last_d.d.next = false;
                    self.first_d.d.next = false;
                    self.done_r.d.next = false;
                }
                if self.zeroize.val() | self.reset.val() {
                    self.err.d.next = false;
                    self.code.d.next = 0.into();
                }
                if self.fault.val() {
                    self.alarm.d.next = true;
                }
                if self.reset.val() {
                    self.alarm.d.next = false;
                }
                self.red.d.next = bit_cast::<$redw, 7>(self.cnt.d.val())
                    | (bit_cast::<$redw, 4>(self.layer.d.val()) << 7)
                    | (bit_cast::<$redw, 9>(self.sw.d.val()) << 11)
                    | (bit_cast::<$redw, 11>(self.vp.d.val()) << 20)
                    | (bit_cast::<$redw, $sbits>(self.src_a_r.d.val()) << 31)
                    | (bit_cast::<$redw, $sbits>(self.src_b_r.d.val()) << (31 + $sbits))
                    | (bit_cast::<$redw, $sbits>(self.dst_r.d.val()) << (31 + 2 * $sbits));
            }
        }
    };
}

// name, B, β = log2 B, banks 2B, row bits of a slot log2(128/B), last cycle of a layer,
// slots 4·B, slot register bits log2(4·B), width of `red` (31 + 3 slot fields).
ntt_unit!(NttUnitB1, 1, 0, 2, 7, 127, 4, 2, 37);
ntt_unit!(NttUnitB2, 2, 1, 4, 6, 63, 8, 3, 40);
ntt_unit!(NttUnitB4, 4, 2, 8, 5, 31, 16, 4, 43);

/// The default unit: 4 butterfly lanes.
pub type NttUnit = NttUnitB4;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secure::min_distance;

    #[test]
    fn control_codes_are_sparse_and_wipe_latencies_documented() {
        assert_eq!(min_distance(&state::ALL), 3);
        let ops = [0, opcode::NTT, opcode::INTT, opcode::PWM, opcode::ADD, opcode::SUB];
        assert_eq!(min_distance(&ops), 3);
        assert_eq!(min_distance(&[modulus::KEM, modulus::DSA]), 3);
        assert_eq!([wipe_cycles(1), wipe_cycles(2), wipe_cycles(4)], [513, 513, 513]);
        assert_eq!([slots(1), slots(2), slots(4)], [4, 8, 16]);
        assert_eq!([NttUnitB1::SLOTS, NttUnitB2::SLOTS, NttUnitB4::SLOTS], [4, 8, 16]);
        // The slot registers hold every slot id, and the last slot's last row is row 511.
        for b in [1, 2, 4] {
            assert_eq!(slots(b) * (128 / b), 512);
        }
        assert_eq!([abort_wipe_cycles(1), abort_wipe_cycles(2), abort_wipe_cycles(4)], [129, 65, 33]);
    }
}
