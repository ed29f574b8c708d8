//! `PufKdf`: ring-oscillator PUF measurement, fuzzy extractor and key derivation.
//!
//! Measurement: 5,120 disjoint oscillator pairs in 320 groups of 16. For group g
//! (g = 8·block + i) the unit raises `ro_en` with `ro_group` = g; the oscillator bank
//! routes oscillator 2(16g+k) to `ro_a[k]` and 2(16g+k)+1 to `ro_b[k]` (k = 0..15), each
//! a divided ring output (see `ro.rs`). The levels pass a two-flop synchroniser; the
//! rising edges between clock 0 and clock W after enabling (W = `window`, latched at
//! start) are counted, then response bit 16g+k = count_a[k] > count_b[k], and on equal
//! counts bit k of `tie_entropy` (a TRNG word sampled as the group is compared; a tie
//! read as 0 would bias the response, see `golden_model::puf::physical`). A group costs
//! W + 4 clocks (`ro_en` high for W + 1 of them). In co-simulation the levels come
//! from the physical model (`golden_model::puf::physical::Evaluation::level`).
//!
//! Opcodes (`start` pulse with `opcode`): 1 enrol, 2 reconstruct.
//! * Enrol (**one time**, see Lifecycle): K = `entropy[0..5]`, 320 bits from the TRNG,
//!   sampled on the accepted start. Per block b (128 pairs): measure, then stream out
//!   helper words W_2b, W_2b+1 = R ⊕ Enc_RM(1,7)(K_b) on `h_out_*`; the same words are
//!   absorbed by the sponge (SHA3-256). Then key ‖ KCV = SHAKE256("PUFKDF02" ‖ K ‖
//!   SHA3-256(W)), the key into the key register, KCV as helper word 80 (last).
//! * Reconstruct: per block: measure, take helper words W_2b, W_2b+1 from `h_in_*`
//!   (absorbed into SHA3-256 as they arrive), decode R' ⊕ W by correlation with all
//!   128 linear functions (one per clock, popcount tree in two pipeline stages: 129
//!   clocks), first maximum wins. Then
//!   helper word 80 = KCV (must carry `h_in_last`), the KDF as above; the comparison
//!   of the computed with the received KCV is registered as a multi-bit boolean
//!   (`kcv_ok`), and in the CHECK state the key is released only if it is true.
//!
//! Lifecycle (GUIDE §6, one-time operations): enrolment is accepted only while the
//! sticky lock `lock` is clear **and** `lc_enrol_en` is exactly [`LC_ON`] **and**
//! `entropy_valid` is high. The first accepted enrolment sets the lock on its start
//! edge (so an enrolment aborted by zeroize, reset or a fault cannot be retried);
//! every later enrolment start answers error 8 and changes nothing else (a key held
//! for the vault stays). `reset`, `zeroize` and `fatal` do **not** clear the lock:
//! it models the "enrolled" fuse, and only its power-up value (zero) is unlocked. The
//! persistent rule across power cycles is the lifecycle input: the HSM top burns its
//! fuse from `enrol_locked` and ties `lc_enrol_en` to Off once it is burnt (and in
//! every production lifecycle state). An illegal lock value is a fault and sets the
//! lock (fail secure). There is no other source of the enrolment secret: no host
//! port reaches `sec`.
//!
//! Error codes (`error`, `err_code` stay until the next accepted start; `done` pulses
//! when an accepted operation ends, with or without error): 1 unknown opcode (start
//! ignored), 2 start while busy (ignored), 3 helper record ended early (`h_in_last`
//! before word 80; aborted, wiped, `done` one cycle later), 4 helper record too long
//! (word 80 without `h_in_last`; aborted, wiped), 5 key check failed (no key), 6 zero
//! window (ignored), 7 start refused because `fatal` is set (until `reset`), 8
//! enrolment refused: locked (lock set or lifecycle not [`LC_ON`]; ignored), 9
//! enrolment refused: no entropy (`entropy_valid` low; ignored).
//!
//! Threat contract (GUIDE §6):
//! * Outputs: `key_out` is zero unless `key_valid` (the key register drives the vault
//!   port only then; candidate keys wait in the wiped hash register until checked);
//!   `h_out_data` and `h_out_last` are zero unless `h_out_valid`; `ro_group` is zero
//!   unless `ro_en`. There is no test port: co-simulation reads the response, the
//!   recovered bytes and the secret register through probes and injects faults there.
//!   The helper output stream runs only in the one enrolment.
//! * Wipe: every intermediate (response, counters, secret, helper hash / candidate key,
//!   KCV, key-check result, decoder state, window, mode, the sponge's state) is wiped
//!   when an operation ends or aborts, in the edge after it (the `done` cycle's, from
//!   the register `wipe_q`: the FSM's decode does not drive the clear of every
//!   register, issue 15). `zeroize` and `reset` (both synchronous) wipe
//!   every register of the unit and of its sponge, the key included, on the next clock
//!   edge (**latency 1 cycle**), in any state, and return to idle; both clear the
//!   error status, `reset` also clears `fatal`. Neither touches the lock.
//! * Faults: the FSM holds 7-bit codes from [`SPARSE7`](crate::secure::SPARSE7)
//!   (SEC_CM: FSM.SPARSE). The mode ("enrolling"), the key release flag `key_ok`, the
//!   key-check result `kcv_ok` and the lock are 4-bit multi-bit booleans
//!   ([`MUBI4_FALSE`] / [`MUBI4_TRUE`], distance 4; SEC_CM: CTRL.MUBI): no single bit
//!   flip turns "no" into "yes". Every sequencing counter (`t`, `grp`, `blk`, `word`,
//!   `u`) and the latched window are kept twice (SEC_CM: CTR.REDUN). An illegal code,
//!   a counter disagreement, or the sponge's `fatal`, wipes everything (as zeroize) and
//!   raises the sticky `fatal` (SEC_CM: KEY.SEC_WIPE); while `fatal` every register is
//!   held wiped and `start` is refused with error 7 until `reset`. No `done` pulse for
//!   an operation killed by a fault. Latency: every register is wiped and `fatal` high
//!   **within 3 cycles** of the fault. A fault here: the control and the key on the
//!   next edge, the other registers and the sponge (both held wiped by the registered
//!   alarm from then on) on the one after. A
//!   fault inside the sponge: the sponge wipes itself on the next edge and raises its
//!   `fatal`, this unit wipes on the one after; a fault in the sponge's core can let
//!   the core take one more absorbed word on that second edge (the core accepts input
//!   while its alarm is up), which this unit's alarm wipes on the third.

use crate::keccak::{KeccakSponge, KeccakSpongeR1};
use crate::secure::SPARSE7;
use rust_hdl::prelude::*;

pub const OP_ENROL: u8 = 1;
pub const OP_RECONSTRUCT: u8 = 2;

/// Start refused while `fatal` (codes 1-6, 8, 9 are `golden_model::puf`'s `ERR_*`).
pub const ERR_FATAL: u8 = 7;
/// Enrolment refused: the one-time lock is set or the lifecycle input is not [`LC_ON`].
pub const ERR_ENROL_LOCKED: u8 = 8;
/// Enrolment refused: the TRNG's `entropy_valid` is low.
pub const ERR_NO_ENTROPY: u8 = 9;

/// SEC_CM: CTRL.MUBI: the 4-bit multi-bit booleans of `key_ok`, the mode (enrolling)
/// and the key-check result. False is the wiped (all-zero) value; true is at Hamming
/// distance 4; the 14 other values are illegal (a fault: wipe, `fatal`).
pub const MUBI4_FALSE: u64 = 0b0000;
pub const MUBI4_TRUE: u64 = 0b1111;
/// The one value of `lc_enrol_en` that allows enrolment (OpenTitan's `lc_tx_t` On).
pub const LC_ON: u64 = 0b1010;

/// Wipe latency of `zeroize` and `reset`, in cycles (every register, the key included).
pub const WIPE_CYCLES: u64 = 1;
/// Bound from a fault (illegal state code here or in the sponge) to `fatal` with every
/// register wiped, in cycles (see the module doc).
pub const FAULT_WIPE_CYCLES: u64 = 3;

/// The FSM's sparse state codes ([`SPARSE7`](crate::secure::SPARSE7); Idle is the
/// wiped value) and the mode register's multi-bit booleans.
pub mod state {
    use super::{MUBI4_FALSE, MUBI4_TRUE, SPARSE7};
    pub const IDLE: u64 = SPARSE7[0];
    pub const MEASURE: u64 = SPARSE7[1];
    pub const COMPARE: u64 = SPARSE7[2];
    pub const HELPER_IN: u64 = SPARSE7[3];
    pub const HELPER_OUT: u64 = SPARSE7[4];
    pub const DECODE: u64 = SPARSE7[5];
    pub const STORE: u64 = SPARSE7[6];
    pub const KCV_IN: u64 = SPARSE7[7];
    pub const HASH_OUT: u64 = SPARSE7[8];
    pub const KDF_START: u64 = SPARSE7[9];
    pub const KDF_ABSORB: u64 = SPARSE7[10];
    pub const KDF_SQUEEZE: u64 = SPARSE7[11];
    pub const KCV_OUT: u64 = SPARSE7[12];
    pub const ABORT: u64 = SPARSE7[13];
    pub const CHECK: u64 = SPARSE7[14];
    /// Every legal FSM code with its name, for phase reports and fault campaigns.
    pub const ALL: [(&str, u64); 15] = [
        ("idle", IDLE),
        ("measure", MEASURE),
        ("compare", COMPARE),
        ("helper_in", HELPER_IN),
        ("helper_out", HELPER_OUT),
        ("decode", DECODE),
        ("store", STORE),
        ("kcv_in", KCV_IN),
        ("hash_out", HASH_OUT),
        ("kdf_start", KDF_START),
        ("kdf_absorb", KDF_ABSORB),
        ("kdf_squeeze", KDF_SQUEEZE),
        ("kcv_out", KCV_OUT),
        ("abort", ABORT),
        ("check", CHECK),
    ];
    /// The mode register (multi-bit "enrolling"): reconstruction (also the idle, wiped
    /// value) and enrolment.
    pub const MODE_RECONSTRUCT: u64 = MUBI4_FALSE;
    pub const MODE_ENROL: u64 = MUBI4_TRUE;

    /// The name of FSM code `code` (`"illegal"` if it is none).
    pub fn name(code: u64) -> &'static str {
        ALL.iter().find(|(_, c)| *c == code).map_or("illegal", |(n, _)| n)
    }
}

/// Truth tables of x ↦ x_i (i = 0..5) within a 64-bit half block.
pub const ROW: [u64; 6] = [
    0xAAAA_AAAA_AAAA_AAAA,
    0xCCCC_CCCC_CCCC_CCCC,
    0xF0F0_F0F0_F0F0_F0F0,
    0xFF00_FF00_FF00_FF00,
    0xFFFF_0000_FFFF_0000,
    0xFFFF_FFFF_0000_0000,
];

macro_rules! puf_kdf {
    ($name:ident, $sponge:ident) => {
        /// The PUF unit (see the module doc) over the Keccak sponge
        #[doc = stringify!($sponge)]
        #[derive(LogicBlock)]
        pub struct $name {
            pub clock: Signal<In, Clock>,
            /// Synchronous reset: wipes everything (1 cycle), returns to idle, clears `fatal`.
            pub reset: Signal<In, Bit>,
            pub zeroize: Signal<In, Bit>,
            pub start: Signal<In, Bit>,
            pub opcode: Signal<In, Bits<2>>,
            pub window: Signal<In, Bits<16>>,
            /// The enrolment secret: 320 bits from the HSM's TRNG (DRBG output), sampled on an
            /// accepted enrolment start; never a host port. `entropy_valid` low refuses the
            /// enrolment (error 9).
            pub entropy: [Signal<In, Bits<64>>; 5],
            /// TRNG bits for comparator ties, sampled as each group is compared (bit k decides
            /// pair k of the group if its counts are equal); the HSM top connects its TRNG.
            pub tie_entropy: Signal<In, Bits<16>>,
            pub entropy_valid: Signal<In, Bit>,
            /// Lifecycle enable of enrolment (OpenTitan `lc_tx_t` style): enrolment is accepted
            /// only while this is exactly [`LC_ON`]; the HSM top ties it to its lifecycle
            /// controller (manufacturing state) and to Off in production. Any other value,
            /// the tie-off 0 included, refuses enrolment with error 8.
            pub lc_enrol_en: Signal<In, Bits<4>>,
            pub ro_a: Signal<In, Bits<16>>,
            pub ro_b: Signal<In, Bits<16>>,
            pub ro_en: Signal<Out, Bit>,
            pub ro_group: Signal<Out, Bits<9>>,
            pub h_in_data: Signal<In, Bits<64>>,
            pub h_in_valid: Signal<In, Bit>,
            pub h_in_last: Signal<In, Bit>,
            pub h_in_ready: Signal<Out, Bit>,
            pub h_out_data: Signal<Out, Bits<64>>,
            pub h_out_valid: Signal<Out, Bit>,
            pub h_out_last: Signal<Out, Bit>,
            pub h_out_ready: Signal<In, Bit>,
            pub key_out: [Signal<Out, Bits<64>>; 4],
            pub key_valid: Signal<Out, Bit>,
            pub busy: Signal<Out, Bit>,
            pub done: Signal<Out, Bit>,
            pub error: Signal<Out, Bit>,
            pub err_code: Signal<Out, Bits<4>>,
            /// Sticky fault alarm (SEC_CM: FSM.SPARSE, KEY.SEC_WIPE); cleared by `reset`.
            pub fatal: Signal<Out, Bit>,
            /// The one-time enrolment lock is set (public status: the HSM top burns its
            /// "enrolled" fuse from it and ties that fuse into `lc_enrol_en`).
            pub enrol_locked: Signal<Out, Bit>,
            sponge: $sponge,
            fsm: DFF<Bits<7>>,
            mode: DFF<Bits<4>>,
            alarm: DFF<Bit>,
            lock: DFF<Bits<4>>,
            win: DFF<Bits<16>>,
            t: DFF<Bits<17>>,
            blk: DFF<Bits<6>>,
            grp: DFF<Bits<3>>,
            word: DFF<Bits<7>>,
            // SEC_CM: CTR.REDUN: the second copy of every sequencing counter and the window.
            win_b: DFF<Bits<16>>,
            t_b: DFF<Bits<17>>,
            blk_b: DFF<Bits<6>>,
            grp_b: DFF<Bits<3>>,
            word_b: DFF<Bits<7>>,
            u_b: DFF<Bits<8>>,
            sy1_a: DFF<Bits<16>>,
            sy2_a: DFF<Bits<16>>,
            pv_a: DFF<Bits<16>>,
            sy1_b: DFF<Bits<16>>,
            sy2_b: DFF<Bits<16>>,
            pv_b: DFF<Bits<16>>,
            cnt_a: [DFF<Bits<16>>; 16],
            cnt_b: [DFF<Bits<16>>; 16],
            resp_lo: DFF<Bits<64>>,
            resp_hi: DFF<Bits<64>>,
            sec: [DFF<Bits<64>>; 5],
            hh: [DFF<Bits<64>>; 4],
            key: [DFF<Bits<64>>; 4],
            key_ok: DFF<Bits<4>>,
            kcv_ok: DFF<Bits<4>>,
            kcv: DFF<Bits<64>>,
            u: DFF<Bits<8>>,
            best_m: DFF<Bits<8>>,
            best_byte: DFF<Bits<8>>,
            /// The popcount tree's pipeline register: the 16 partial sums of the
            /// correlation with L_{u−1}, and u − 1 (compared in the next clock, so the
            /// table, the XOR and the first four adder levels end at flops).
            p3_q: [DFF<Bits<8>>; 16],
            sel_q: DFF<Bits<8>>,
            /// The wipe at the end of an operation or an abort, one edge after it (in the
            /// `done` cycle), so the FSM's decode does not drive every register's clear.
            wipe_q: DFF<Bit>,
            err: DFF<Bit>,
            code: DFF<Bits<4>>,
            done_r: DFF<Bit>,
            row: [Constant<Bits<64>>; 6],
            label: Constant<Bits<64>>,
            ones: Constant<Bits<64>>,
            s_idle: Constant<Bits<7>>,
            s_measure: Constant<Bits<7>>,
            s_compare: Constant<Bits<7>>,
            s_helper_in: Constant<Bits<7>>,
            s_helper_out: Constant<Bits<7>>,
            s_decode: Constant<Bits<7>>,
            s_store: Constant<Bits<7>>,
            s_kcv_in: Constant<Bits<7>>,
            s_hash_out: Constant<Bits<7>>,
            s_kdf_start: Constant<Bits<7>>,
            s_kdf_absorb: Constant<Bits<7>>,
            s_kdf_squeeze: Constant<Bits<7>>,
            s_kcv_out: Constant<Bits<7>>,
            s_abort: Constant<Bits<7>>,
            s_check: Constant<Bits<7>>,
            mb_true: Constant<Bits<4>>,
            mb_false: Constant<Bits<4>>,
            lc_on: Constant<Bits<4>>,
            // Locals.
            enrolling: Signal<Local, Bit>,
            fsm_ok: Signal<Local, Bit>,
            mode_ok: Signal<Local, Bit>,
            mubi_ok: Signal<Local, Bit>,
            lock_ok: Signal<Local, Bit>,
            ctr_ok: Signal<Local, Bit>,
            released: Signal<Local, Bit>,
            kcv_match: Signal<Local, Bit>,
            bad_own: Signal<Local, Bit>,
            bad: Signal<Local, Bit>,
            kill_sponge: Signal<Local, Bit>,
            kill: Signal<Local, Bit>,
            /// `kill` for the wide wipe of the intermediates: from inputs and registers only.
            kill_wide: Signal<Local, Bit>,
            accept: Signal<Local, Bit>,
            hh_take: Signal<Local, Bit>,
            win17: Signal<Local, Bits<17>>,
            count_en: Signal<Local, Bit>,
            edge_a: Signal<Local, Bits<16>>,
            edge_b: Signal<Local, Bits<16>>,
            cmp: [Signal<Local, Bits<16>>; 17],
            lu_sel: Signal<Local, Bits<7>>,
            lt: [Signal<Local, Bits<64>>; 7],
            l_lo: Signal<Local, Bits<64>>,
            l_hi: Signal<Local, Bits<64>>,
            byte_e: Signal<Local, Bits<8>>,
            cw_lo: Signal<Local, Bits<64>>,
            cw_hi: Signal<Local, Bits<64>>,
            v_lo: Signal<Local, Bits<64>>,
            v_hi: Signal<Local, Bits<64>>,
            p0: [Signal<Local, Bits<8>>; 128],
            p1: [Signal<Local, Bits<8>>; 64],
            p2: [Signal<Local, Bits<8>>; 32],
            p3: [Signal<Local, Bits<8>>; 16],
            p4: [Signal<Local, Bits<8>>; 8],
            p5: [Signal<Local, Bits<8>>; 4],
            p6: [Signal<Local, Bits<8>>; 2],
            pc: Signal<Local, Bits<8>>,
            m_cur: Signal<Local, Bits<8>>,
            a0_cur: Signal<Local, Bit>,
            store_byte: Signal<Local, Bits<8>>,
            kdf_word: Signal<Local, Bits<64>>,
            hw: Signal<Local, Bits<64>>,
            wipe: Signal<Local, Bit>,
            abort: Signal<Local, Bit>,
        }

        impl Default for $name {
            fn default() -> Self {
                let st = |c: u64| Constant::new(Bits::<7>::from(c));
                let mb = |c: u64| Constant::new(Bits::<4>::from(c));
                Self {
                    clock: Default::default(),
                    reset: Default::default(),
                    zeroize: Default::default(),
                    start: Default::default(),
                    opcode: Default::default(),
                    window: Default::default(),
                    entropy: Default::default(),
                    entropy_valid: Default::default(),
                    tie_entropy: Default::default(),
                    lc_enrol_en: Default::default(),
                    ro_a: Default::default(),
                    ro_b: Default::default(),
                    ro_en: Default::default(),
                    ro_group: Default::default(),
                    h_in_data: Default::default(),
                    h_in_valid: Default::default(),
                    h_in_last: Default::default(),
                    h_in_ready: Default::default(),
                    h_out_data: Default::default(),
                    h_out_valid: Default::default(),
                    h_out_last: Default::default(),
                    h_out_ready: Default::default(),
                    key_out: Default::default(),
                    key_valid: Default::default(),
                    busy: Default::default(),
                    done: Default::default(),
                    error: Default::default(),
                    err_code: Default::default(),
                    fatal: Default::default(),
                    enrol_locked: Default::default(),
                    sponge: Default::default(),
                    fsm: Default::default(),
                    mode: Default::default(),
                    alarm: Default::default(),
                    lock: Default::default(),
                    win: Default::default(),
                    win_b: Default::default(),
                    t_b: Default::default(),
                    blk_b: Default::default(),
                    grp_b: Default::default(),
                    word_b: Default::default(),
                    u_b: Default::default(),
                    t: Default::default(),
                    blk: Default::default(),
                    grp: Default::default(),
                    word: Default::default(),
                    sy1_a: Default::default(),
                    sy2_a: Default::default(),
                    pv_a: Default::default(),
                    sy1_b: Default::default(),
                    sy2_b: Default::default(),
                    pv_b: Default::default(),
                    cnt_a: Default::default(),
                    cnt_b: Default::default(),
                    resp_lo: Default::default(),
                    resp_hi: Default::default(),
                    sec: Default::default(),
                    hh: Default::default(),
                    key: Default::default(),
                    key_ok: Default::default(),
                    kcv_ok: Default::default(),
                    kcv: Default::default(),
                    u: Default::default(),
                    best_m: Default::default(),
                    best_byte: Default::default(),
                    p3_q: Default::default(),
                    sel_q: Default::default(),
                    wipe_q: Default::default(),
                    err: Default::default(),
                    code: Default::default(),
                    done_r: Default::default(),
                    row: array_init::array_init(|i| Constant::new(Bits::<64>::from(ROW[i]))),
                    label: Constant::new(Bits::<64>::from(u64::from_le_bytes(*b"PUFKDF02"))),
                    ones: Constant::new(Bits::<64>::from(u64::MAX)),
                    s_idle: st(state::IDLE),
                    s_measure: st(state::MEASURE),
                    s_compare: st(state::COMPARE),
                    s_helper_in: st(state::HELPER_IN),
                    s_helper_out: st(state::HELPER_OUT),
                    s_decode: st(state::DECODE),
                    s_store: st(state::STORE),
                    s_kcv_in: st(state::KCV_IN),
                    s_hash_out: st(state::HASH_OUT),
                    s_kdf_start: st(state::KDF_START),
                    s_kdf_absorb: st(state::KDF_ABSORB),
                    s_kdf_squeeze: st(state::KDF_SQUEEZE),
                    s_kcv_out: st(state::KCV_OUT),
                    s_abort: st(state::ABORT),
                    s_check: st(state::CHECK),
                    mb_true: mb(MUBI4_TRUE),
                    mb_false: mb(MUBI4_FALSE),
                    lc_on: mb(LC_ON),
                    enrolling: Default::default(),
                    fsm_ok: Default::default(),
                    mode_ok: Default::default(),
                    mubi_ok: Default::default(),
                    lock_ok: Default::default(),
                    ctr_ok: Default::default(),
                    released: Default::default(),
                    kcv_match: Default::default(),
                    bad_own: Default::default(),
                    bad: Default::default(),
                    kill_sponge: Default::default(),
                    kill: Default::default(),
                    kill_wide: Default::default(),
                    accept: Default::default(),
                    hh_take: Default::default(),
                    win17: Default::default(),
                    count_en: Default::default(),
                    edge_a: Default::default(),
                    edge_b: Default::default(),
                    cmp: Default::default(),
                    lu_sel: Default::default(),
                    lt: Default::default(),
                    l_lo: Default::default(),
                    l_hi: Default::default(),
                    byte_e: Default::default(),
                    cw_lo: Default::default(),
                    cw_hi: Default::default(),
                    v_lo: Default::default(),
                    v_hi: Default::default(),
                    p0: array_init::array_init(|_| Default::default()),
                    p1: array_init::array_init(|_| Default::default()),
                    p2: Default::default(),
                    p3: Default::default(),
                    p4: Default::default(),
                    p5: Default::default(),
                    p6: Default::default(),
                    pc: Default::default(),
                    m_cur: Default::default(),
                    a0_cur: Default::default(),
                    store_byte: Default::default(),
                    kdf_word: Default::default(),
                    hw: Default::default(),
                    wipe: Default::default(),
                    abort: Default::default(),
                }
            }
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                dff_setup!(
                    self, clock, fsm, mode, alarm, lock, win, t, blk, grp, word, win_b, t_b, blk_b, grp_b, word_b, u_b, sy1_a,
                    sy2_a, pv_a, sy1_b, sy2_b, pv_b, resp_lo, resp_hi, key_ok, kcv_ok, kcv, u, best_m, best_byte, sel_q, err,
                    code, done_r, wipe_q
                );
                for i in 0..16 {
                    self.p3_q[i].clock.next = self.clock.val();
                }
                for i in 0..16 {
                    self.cnt_a[i].clock.next = self.clock.val();
                    self.cnt_a[i].d.next = self.cnt_a[i].q.val();
                    self.cnt_b[i].clock.next = self.clock.val();
                    self.cnt_b[i].d.next = self.cnt_b[i].q.val();
                }
                for i in 0..5 {
                    self.sec[i].clock.next = self.clock.val();
                    self.sec[i].d.next = self.sec[i].q.val();
                }
                for i in 0..4 {
                    self.hh[i].clock.next = self.clock.val();
                    self.hh[i].d.next = self.hh[i].q.val();
                    self.key[i].clock.next = self.clock.val();
                    self.key[i].d.next = self.key[i].q.val();
                    self.key_out[i].next = 0.into();
                    if self.key_ok.q.val() == self.mb_true.val() {
                        self.key_out[i].next = self.key[i].q.val();
                    }
                }
                // SEC_CM: FSM.SPARSE: the FSM and the mode register hold legal codes.
                self.fsm_ok.next = (self.fsm.q.val() == self.s_idle.val())
                    | (self.fsm.q.val() == self.s_measure.val())
                    | (self.fsm.q.val() == self.s_compare.val())
                    | (self.fsm.q.val() == self.s_helper_in.val())
                    | (self.fsm.q.val() == self.s_helper_out.val())
                    | (self.fsm.q.val() == self.s_decode.val())
                    | (self.fsm.q.val() == self.s_store.val())
                    | (self.fsm.q.val() == self.s_kcv_in.val())
                    | (self.fsm.q.val() == self.s_hash_out.val())
                    | (self.fsm.q.val() == self.s_kdf_start.val())
                    | (self.fsm.q.val() == self.s_kdf_absorb.val())
                    | (self.fsm.q.val() == self.s_kdf_squeeze.val())
                    | (self.fsm.q.val() == self.s_kcv_out.val())
                    | (self.fsm.q.val() == self.s_abort.val())
                    | (self.fsm.q.val() == self.s_check.val());
                // SEC_CM: CTRL.MUBI: the mode ("enrolling"), the key release flag and the
                // key-check result hold 4-bit multi-bit booleans; the lock too.
                self.mode_ok.next = (self.mode.q.val() == self.mb_true.val()) | (self.mode.q.val() == self.mb_false.val());
                self.enrolling.next = self.mode.q.val() == self.mb_true.val();
                self.mubi_ok.next = ((self.key_ok.q.val() == self.mb_true.val()) | (self.key_ok.q.val() == self.mb_false.val()))
                    & ((self.kcv_ok.q.val() == self.mb_true.val()) | (self.kcv_ok.q.val() == self.mb_false.val()));
                self.lock_ok.next = (self.lock.q.val() == self.mb_true.val()) | (self.lock.q.val() == self.mb_false.val());
                // SEC_CM: CTR.REDUN: both copies of every counter and of the window agree.
                self.ctr_ok.next = (self.win.q.val() == self.win_b.q.val())
                    & (self.t.q.val() == self.t_b.q.val())
                    & (self.blk.q.val() == self.blk_b.q.val())
                    & (self.grp.q.val() == self.grp_b.q.val())
                    & (self.word.q.val() == self.word_b.q.val())
                    & (self.u.q.val() == self.u_b.q.val());
                self.released.next = self.key_ok.q.val() == self.mb_true.val();
                self.kcv_match.next = self.sponge.out_data.val() == self.kcv.q.val();
                self.bad_own.next =
                    !self.fsm_ok.val() | !self.mode_ok.val() | !self.mubi_ok.val() | !self.lock_ok.val() | !self.ctr_ok.val();
                self.bad.next = self.bad_own.val() | self.sponge.fatal.val();
                // SEC_CM: KEY.SEC_WIPE: zeroize, reset, a fault, or a standing alarm wipes
                // every register (the key included) on this edge. The sponge's inputs see only
                // zeroize and the registered alarm (its own faults it wipes itself; `reset`
                // reaches it on its own port): the sponge is wiped one edge after a fault here,
                // and no decode of the sponge's outputs feeds back into its inputs (Verilator
                // would see a combinational loop through the one always block per module).
                self.kill.next = self.zeroize.val() | self.reset.val() | self.bad.val() | self.alarm.q.val();
                self.kill_wide.next = self.zeroize.val() | self.reset.val() | self.alarm.q.val();
                self.wipe_q.d.next = false;
                self.kill_sponge.next = self.zeroize.val() | self.alarm.q.val();
                // Sponge defaults: idle inputs.
                self.sponge.clock.next = self.clock.val();
                self.sponge.reset.next = self.reset.val();
                self.sponge.zeroize.next = false;
                self.sponge.start.next = false;
                self.sponge.mode.next = 1.into();
                self.sponge.out_len.next = 32.into();
                self.sponge.in_data.next = 0.into();
                self.sponge.in_valid.next = false;
                self.sponge.in_last.next = false;
                self.sponge.in_bytes.next = 8.into();
                self.sponge.out_ready.next = false;
                // Outputs.
                self.fatal.next = self.alarm.q.val();
                self.key_valid.next = self.released.val();
                self.enrol_locked.next = self.lock.q.val() != self.mb_false.val();
                self.busy.next = self.fsm.q.val() != self.s_idle.val();
                self.done.next = self.done_r.q.val();
                self.done_r.d.next = false;
                self.error.next = self.err.q.val();
                self.err_code.next = self.code.q.val();
                self.h_in_ready.next = false;
                self.h_out_data.next = 0.into();
                self.h_out_valid.next = false;
                self.h_out_last.next = false;
                self.hw.next = 0.into();
                self.wipe.next = false;
                self.abort.next = false;
                self.accept.next = false;
                self.hh_take.next = false;

                // Oscillator interface: enable during the window, two-flop synchronisers,
                // rising-edge detection; counting covers the edges between clock 0 and W.
                // `ro_group` is zero unless `ro_en`.
                self.win17.next = bit_cast::<17, 16>(self.win.q.val());
                self.ro_en.next = (self.fsm.q.val() == self.s_measure.val()) & (self.t.q.val() <= self.win17.val());
                self.ro_group.next = 0.into();
                if self.ro_en.val() {
                    self.ro_group.next = (bit_cast::<9, 6>(self.blk.q.val()) << 3) | bit_cast::<9, 3>(self.grp.q.val());
                }
                self.count_en.next =
                    (self.fsm.q.val() == self.s_measure.val()) & (self.t.q.val() >= 3) & (self.t.q.val() <= self.win17.val() + 2);
                self.sy1_a.d.next = self.ro_a.val();
                self.sy2_a.d.next = self.sy1_a.q.val();
                self.pv_a.d.next = self.sy2_a.q.val();
                self.sy1_b.d.next = self.ro_b.val();
                self.sy2_b.d.next = self.sy1_b.q.val();
                self.pv_b.d.next = self.sy2_b.q.val();
                self.edge_a.next = self.sy2_a.q.val() & !self.pv_a.q.val();
                self.edge_b.next = self.sy2_b.q.val() & !self.pv_b.q.val();
                for k in 0..16 {
                    if self.count_en.val() & self.edge_a.val().get_bit(k) {
                        self.cnt_a[k].d.next = self.cnt_a[k].q.val() + 1;
                    }
                    if self.count_en.val() & self.edge_b.val().get_bit(k) {
                        self.cnt_b[k].d.next = self.cnt_b[k].q.val() + 1;
                    }
                }
                // Response bits of the group: count_a > count_b, the TRNG bit on a tie.
                // (Shifted in from the top: after 16 steps bit k sits at position k.)
                self.cmp[0].next = 0.into();
                for k in 0..16 {
                    self.cmp[k + 1].next = self.cmp[k].val() >> 1;
                    if (self.cnt_a[k].q.val() > self.cnt_b[k].q.val())
                        | ((self.cnt_a[k].q.val() == self.cnt_b[k].q.val()) & self.tie_entropy.val().get_bit(k))
                    {
                        self.cmp[k + 1].next = (self.cmp[k].val() >> 1) | bits::<16>(32768);
                    }
                }

                // RM(1,7): the truth table L_u of x -> parity(u & x), lo = x 0..63, hi = x 64..127.
                self.byte_e.next = bit_cast::<8, 64>(self.sec[0].q.val());
                self.lu_sel.next = bit_cast::<7, 8>(self.u.q.val());
                if self.enrolling.val() {
                    self.lu_sel.next = bit_cast::<7, 8>(self.byte_e.val() >> 1);
                }
                self.lt[0].next = 0.into();
                for i in 0..6 {
                    self.lt[i + 1].next = self.lt[i].val();
                    if self.lu_sel.val().get_bit(i) {
                        self.lt[i + 1].next = self.lt[i].val() ^ self.row[i].val();
                    }
                }
                self.l_lo.next = self.lt[6].val();
                self.l_hi.next = self.lt[6].val();
                if self.lu_sel.val().get_bit(6) {
                    self.l_hi.next = !self.lt[6].val();
                }
                // Enc: codeword of the key byte (a0 = bit 0).
                self.cw_lo.next = self.l_lo.val();
                self.cw_hi.next = self.l_hi.val();
                if self.byte_e.val().get_bit(0) {
                    self.cw_lo.next = self.l_lo.val() ^ self.ones.val();
                    self.cw_hi.next = self.l_hi.val() ^ self.ones.val();
                }
                // Dec: popcount(y ^ L_u) by an adder tree; metric |pc - 64|, a0 = pc > 64.
                self.v_lo.next = self.resp_lo.q.val() ^ self.l_lo.val();
                self.v_hi.next = self.resp_hi.q.val() ^ self.l_hi.val();
                for i in 0..64 {
                    self.p0[i].next = 0.into();
                    if self.v_lo.val().get_bit(i) {
                        self.p0[i].next = 1.into();
                    }
                    self.p0[64 + i].next = 0.into();
                    if self.v_hi.val().get_bit(i) {
                        self.p0[64 + i].next = 1.into();
                    }
                }
                for i in 0..64 {
                    self.p1[i].next = self.p0[2 * i].val() + self.p0[2 * i + 1].val();
                }
                for i in 0..32 {
                    self.p2[i].next = self.p1[2 * i].val() + self.p1[2 * i + 1].val();
                }
                for i in 0..16 {
                    self.p3[i].next = self.p2[2 * i].val() + self.p2[2 * i + 1].val();
                }
                // Pipeline stage: the sums of this clock's u are compared in the next.
                for i in 0..16 {
                    self.p3_q[i].d.next = self.p3[i].val();
                }
                self.sel_q.d.next = bit_cast::<8, 7>(self.lu_sel.val());
                for i in 0..8 {
                    self.p4[i].next = self.p3_q[2 * i].q.val() + self.p3_q[2 * i + 1].q.val();
                }
                for i in 0..4 {
                    self.p5[i].next = self.p4[2 * i].val() + self.p4[2 * i + 1].val();
                }
                for i in 0..2 {
                    self.p6[i].next = self.p5[2 * i].val() + self.p5[2 * i + 1].val();
                }
                self.pc.next = self.p6[0].val() + self.p6[1].val();
                self.m_cur.next = bits::<8>(64) - self.pc.val();
                self.a0_cur.next = false;
                if self.pc.val() > 64 {
                    self.m_cur.next = self.pc.val() - 64;
                    self.a0_cur.next = true;
                }
                // The byte stored into the secret register.
                self.store_byte.next = self.best_byte.q.val();
                if self.enrolling.val() {
                    self.store_byte.next = self.byte_e.val();
                }
                // KDF input words: label, secret[0..5], helper hash[0..4].
                match self.word.q.val().index() {
                    0 => {
                        self.kdf_word.next = self.label.val();
                    }
                    1 => {
                        self.kdf_word.next = self.sec[0].q.val();
                    }
                    2 => {
                        self.kdf_word.next = self.sec[1].q.val();
                    }
                    3 => {
                        self.kdf_word.next = self.sec[2].q.val();
                    }
                    4 => {
                        self.kdf_word.next = self.sec[3].q.val();
                    }
                    5 => {
                        self.kdf_word.next = self.sec[4].q.val();
                    }
                    6 => {
                        self.kdf_word.next = self.hh[0].q.val();
                    }
                    7 => {
                        self.kdf_word.next = self.hh[1].q.val();
                    }
                    8 => {
                        self.kdf_word.next = self.hh[2].q.val();
                    }
                    _ => {
                        self.kdf_word.next = self.hh[3].q.val();
                    }
                }

                if self.fsm.q.val() == self.s_idle.val() {
                    if self.start.val() & self.alarm.q.val() {
                        // Refused until reset (SEC_CM: KEY.SEC_WIPE).
                        self.err.d.next = true;
                        self.code.d.next = 7.into();
                    } else if self.start.val() {
                        if (self.opcode.val() != 1) & (self.opcode.val() != 2) {
                            self.err.d.next = true;
                            self.code.d.next = 1.into();
                        } else if (self.opcode.val() == 1)
                            & ((self.lock.q.val() != self.mb_false.val()) | (self.lc_enrol_en.val() != self.lc_on.val()))
                        {
                            // One-time enrolment: refused, nothing touched (the key stays).
                            self.err.d.next = true;
                            self.code.d.next = 8.into();
                        } else if (self.opcode.val() == 1) & !self.entropy_valid.val() {
                            self.err.d.next = true;
                            self.code.d.next = 9.into();
                        } else if self.window.val() == 0 {
                            self.err.d.next = true;
                            self.code.d.next = 6.into();
                        } else {
                            self.err.d.next = false;
                            self.code.d.next = 0.into();
                            self.wipe.next = true;
                            self.key_ok.d.next = self.mb_false.val();
                            for i in 0..4 {
                                self.key[i].d.next = 0.into();
                            }
                            self.accept.next = true;
                            self.sponge.start.next = true;
                            self.fsm.d.next = self.s_measure.val();
                        }
                    }
                } else if self.fsm.q.val() == self.s_measure.val() {
                    self.t.d.next = self.t.q.val() + 1;
                    self.t_b.d.next = self.t_b.q.val() + 1;
                    if self.t.q.val() == self.win17.val() + 2 {
                        self.fsm.d.next = self.s_compare.val();
                    }
                } else if self.fsm.q.val() == self.s_compare.val() {
                    self.resp_lo.d.next = (self.resp_lo.q.val() >> 16) | (self.resp_hi.q.val() << 48);
                    self.resp_hi.d.next = (self.resp_hi.q.val() >> 16) | (bit_cast::<64, 16>(self.cmp[16].val()) << 48);
                    for k in 0..16 {
                        self.cnt_a[k].d.next = 0.into();
                        self.cnt_b[k].d.next = 0.into();
                    }
                    self.t.d.next = 0.into();
                    self.t_b.d.next = 0.into();
                    self.grp.d.next = self.grp.q.val() + 1;
                    self.grp_b.d.next = self.grp_b.q.val() + 1;
                    if self.grp.q.val() == 7 {
                        if self.enrolling.val() {
                            self.fsm.d.next = self.s_helper_out.val();
                        } else {
                            self.fsm.d.next = self.s_helper_in.val();
                        }
                    } else {
                        self.fsm.d.next = self.s_measure.val();
                    }
                } else if self.fsm.q.val() == self.s_helper_in.val() {
                    self.h_in_ready.next = self.sponge.in_ready.val();
                    if self.h_in_valid.val() & self.sponge.in_ready.val() {
                        if self.h_in_last.val() {
                            // The record ended before the key check value: abort.
                            self.err.d.next = true;
                            self.code.d.next = 3.into();
                            self.abort.next = true;
                        } else {
                            self.sponge.in_valid.next = true;
                            self.sponge.in_data.next = self.h_in_data.val();
                            self.sponge.in_last.next = self.word.q.val() == 79;
                            self.word.d.next = self.word.q.val() + 1;
                            self.word_b.d.next = self.word_b.q.val() + 1;
                            if self.word.q.val().get_bit(0) {
                                self.resp_hi.d.next = self.resp_hi.q.val() ^ self.h_in_data.val();
                                self.u.d.next = 0.into();
                                self.u_b.d.next = 0.into();
                                self.fsm.d.next = self.s_decode.val();
                            } else {
                                self.resp_lo.d.next = self.resp_lo.q.val() ^ self.h_in_data.val();
                            }
                        }
                    }
                } else if self.fsm.q.val() == self.s_decode.val() {
                    // Clock u compares the correlation with L_{u−1} (u = 1 ..= 128).
                    if (self.u.q.val() == 1) | ((self.u.q.val() != 0) & (self.m_cur.val() > self.best_m.q.val())) {
                        self.best_m.d.next = self.m_cur.val();
                        self.best_byte.d.next = self.sel_q.q.val() << 1;
                        if self.a0_cur.val() {
                            self.best_byte.d.next = (self.sel_q.q.val() << 1) | bits::<8>(1);
                        }
                    }
                    self.u.d.next = self.u.q.val() + 1;
                    self.u_b.d.next = self.u_b.q.val() + 1;
                    if self.u.q.val() == 128 {
                        self.fsm.d.next = self.s_store.val();
                    }
                } else if self.fsm.q.val() == self.s_helper_out.val() {
                    self.h_out_valid.next = self.sponge.in_ready.val();
                    self.hw.next = self.resp_lo.q.val() ^ self.cw_lo.val();
                    if self.word.q.val().get_bit(0) {
                        self.hw.next = self.resp_hi.q.val() ^ self.cw_hi.val();
                    }
                    self.h_out_data.next = self.hw.val();
                    if self.h_out_ready.val() & self.sponge.in_ready.val() {
                        self.sponge.in_valid.next = true;
                        self.sponge.in_data.next = self.hw.val();
                        self.sponge.in_last.next = self.word.q.val() == 79;
                        self.word.d.next = self.word.q.val() + 1;
                        self.word_b.d.next = self.word_b.q.val() + 1;
                        if self.word.q.val().get_bit(0) {
                            self.fsm.d.next = self.s_store.val();
                        }
                    }
                } else if self.fsm.q.val() == self.s_store.val() {
                    // Rotate the secret by one byte, the new byte entering at the top.
                    self.sec[0].d.next = (self.sec[0].q.val() >> 8) | (self.sec[1].q.val() << 56);
                    self.sec[1].d.next = (self.sec[1].q.val() >> 8) | (self.sec[2].q.val() << 56);
                    self.sec[2].d.next = (self.sec[2].q.val() >> 8) | (self.sec[3].q.val() << 56);
                    self.sec[3].d.next = (self.sec[3].q.val() >> 8) | (self.sec[4].q.val() << 56);
                    self.sec[4].d.next = (self.sec[4].q.val() >> 8)
                        | (bit_cast::<64, 8>(self.store_byte.val()) << 56);
                    self.blk.d.next = self.blk.q.val() + 1;
                    self.blk_b.d.next = self.blk_b.q.val() + 1;
                    self.resp_lo.d.next = 0.into();
                    self.resp_hi.d.next = 0.into();
                    self.best_m.d.next = 0.into();
                    self.best_byte.d.next = 0.into();
                    self.u.d.next = 0.into();
                    self.u_b.d.next = 0.into();
                    if self.blk.q.val() == 39 {
                        if self.enrolling.val() {
                            self.word.d.next = 0.into();
                            self.word_b.d.next = 0.into();
                            self.fsm.d.next = self.s_hash_out.val();
                        } else {
                            self.fsm.d.next = self.s_kcv_in.val();
                        }
                    } else {
                        self.fsm.d.next = self.s_measure.val();
                    }
                } else if self.fsm.q.val() == self.s_kcv_in.val() {
                    self.h_in_ready.next = true;
                    if self.h_in_valid.val() {
                        if self.h_in_last.val() {
                            self.kcv.d.next = self.h_in_data.val();
                            self.word.d.next = 0.into();
                            self.word_b.d.next = 0.into();
                            self.fsm.d.next = self.s_hash_out.val();
                        } else {
                            self.err.d.next = true;
                            self.code.d.next = 4.into();
                            self.abort.next = true;
                        }
                    }
                } else if self.fsm.q.val() == self.s_hash_out.val() {
                    self.sponge.out_ready.next = true;
                    if self.sponge.out_valid.val() {
                        self.hh_take.next = true;
                        self.word.d.next = self.word.q.val() + 1;
                        self.word_b.d.next = self.word_b.q.val() + 1;
                        if self.sponge.out_last.val() {
                            self.fsm.d.next = self.s_kdf_start.val();
                        }
                    }
                } else if self.fsm.q.val() == self.s_kdf_start.val() {
                    self.sponge.start.next = true;
                    self.sponge.mode.next = 5.into();
                    self.sponge.out_len.next = 40.into();
                    self.word.d.next = 0.into();
                    self.word_b.d.next = 0.into();
                    self.fsm.d.next = self.s_kdf_absorb.val();
                } else if self.fsm.q.val() == self.s_kdf_absorb.val() {
                    self.sponge.in_valid.next = true;
                    self.sponge.in_data.next = self.kdf_word.val();
                    self.sponge.in_last.next = self.word.q.val() == 9;
                    if self.sponge.in_ready.val() {
                        self.word.d.next = self.word.q.val() + 1;
                        self.word_b.d.next = self.word_b.q.val() + 1;
                        if self.word.q.val() == 9 {
                            self.word.d.next = 0.into();
                            self.word_b.d.next = 0.into();
                            self.fsm.d.next = self.s_kdf_squeeze.val();
                        }
                    }
                } else if self.fsm.q.val() == self.s_kdf_squeeze.val() {
                    // Candidate key words wait in the helper-hash register until checked.
                    self.sponge.out_ready.next = true;
                    if self.sponge.out_valid.val() {
                        self.hh_take.next = true;
                        self.word.d.next = self.word.q.val() + 1;
                        self.word_b.d.next = self.word_b.q.val() + 1;
                        if self.sponge.out_last.val() {
                            if self.enrolling.val() {
                                self.kcv.d.next = self.sponge.out_data.val();
                                for i in 0..4 {
                                    self.key[i].d.next = self.hh[i].q.val();
                                    self.hh[i].d.next = 0.into();
                                }
                                self.fsm.d.next = self.s_kcv_out.val();
                            } else {
                                // The key check result as a multi-bit boolean; the computed KCV
                                // replaces the received one (the scoreboard reads it in CHECK).
                                self.kcv_ok.d.next = self.mb_false.val();
                                if self.kcv_match.val() {
                                    self.kcv_ok.d.next = self.mb_true.val();
                                }
                                self.kcv.d.next = self.sponge.out_data.val();
                                self.fsm.d.next = self.s_check.val();
                            }
                        }
                    }
                } else if self.fsm.q.val() == self.s_kcv_out.val() {
                    self.h_out_valid.next = true;
                    self.h_out_last.next = true;
                    self.h_out_data.next = self.kcv.q.val();
                    if self.h_out_ready.val() {
                        self.key_ok.d.next = self.mb_true.val();
                        self.wipe_q.d.next = true;
                        self.done_r.d.next = true;
                        self.fsm.d.next = self.s_idle.val();
                    }
                } else if self.fsm.q.val() == self.s_check.val() {
                    // Key release only on a true key-check result (SEC_CM: CTRL.MUBI).
                    if self.kcv_ok.q.val() == self.mb_true.val() {
                        for i in 0..4 {
                            self.key[i].d.next = self.hh[i].q.val();
                        }
                        self.key_ok.d.next = self.mb_true.val();
                    } else {
                        self.err.d.next = true;
                        self.code.d.next = 5.into();
                    }
                    self.wipe_q.d.next = true;
                    self.done_r.d.next = true;
                    self.fsm.d.next = self.s_idle.val();
                } else if self.fsm.q.val() == self.s_abort.val() {
                    // One cycle to wipe the sponge (driven from the state register only).
                    self.sponge.zeroize.next = true;
                    self.done_r.d.next = true;
                    self.fsm.d.next = self.s_idle.val();
                }
                // Sponge output words 0..3 (the helper hash, then the candidate key) into `hh`;
                // word 4 of the KDF is the KCV.
                if self.hh_take.val() {
                    match self.word.q.val().index() {
                        0 => {
                            self.hh[0].d.next = self.sponge.out_data.val();
                        }
                        1 => {
                            self.hh[1].d.next = self.sponge.out_data.val();
                        }
                        2 => {
                            self.hh[2].d.next = self.sponge.out_data.val();
                        }
                        3 => {
                            self.hh[3].d.next = self.sponge.out_data.val();
                        }
                        _ => {}
                    }
                }
                // The helper output shows nothing unless valid.
                if !self.h_out_valid.val() {
                    self.h_out_data.next = 0.into();
                    self.h_out_last.next = false;
                }
                if self.start.val() & (self.fsm.q.val() != self.s_idle.val()) {
                    self.err.d.next = true;
                    self.code.d.next = 2.into();
                }
                if self.abort.val() {
                    self.wipe_q.d.next = true;
                    self.fsm.d.next = self.s_abort.val();
                }
                // Wipe every intermediate: at an operation's start, one edge after its end or
                // abort (`wipe_q`), on zeroize and reset, and from the registered alarm one
                // edge after a fault (the control and the key are cleared at once by `kill`).
                if self.kill_wide.val() {
                    self.wipe_q.d.next = false;
                }
                if self.wipe.val() | self.wipe_q.q.val() | self.kill_wide.val() {
                    self.mode.d.next = self.mb_false.val();
                    self.kcv_ok.d.next = self.mb_false.val();
                    self.win.d.next = 0.into();
                    self.t.d.next = 0.into();
                    self.blk.d.next = 0.into();
                    self.grp.d.next = 0.into();
                    self.word.d.next = 0.into();
                    self.win_b.d.next = 0.into();
                    self.t_b.d.next = 0.into();
                    self.blk_b.d.next = 0.into();
                    self.grp_b.d.next = 0.into();
                    self.word_b.d.next = 0.into();
                    self.u_b.d.next = 0.into();
                    self.resp_lo.d.next = 0.into();
                    self.resp_hi.d.next = 0.into();
                    self.kcv.d.next = 0.into();
                    self.u.d.next = 0.into();
                    self.best_m.d.next = 0.into();
                    self.best_byte.d.next = 0.into();
                    for k in 0..16 {
                        self.p3_q[k].d.next = 0.into();
                    }
                    self.sel_q.d.next = 0.into();
                    for k in 0..16 {
                        self.cnt_a[k].d.next = 0.into();
                        self.cnt_b[k].d.next = 0.into();
                    }
                    for i in 0..5 {
                        self.sec[i].d.next = 0.into();
                    }
                    for i in 0..4 {
                        self.hh[i].d.next = 0.into();
                    }
                }
                // An accepted start latches the mode and the window; an accepted enrolment
                // sets the one-time lock and loads the TRNG's entropy as the secret.
                if self.accept.val() & !self.kill.val() {
                    self.win.d.next = self.window.val();
                    self.win_b.d.next = self.window.val();
                    if self.opcode.val() == 1 {
                        self.mode.d.next = self.mb_true.val();
                        self.lock.d.next = self.mb_true.val();
                        for i in 0..5 {
                            self.sec[i].d.next = self.entropy[i].val();
                        }
                    }
                }
                if self.kill_sponge.val() {
                    self.sponge.zeroize.next = true;
                    self.sponge.start.next = false;
                }
                // A kill also clears the control, the synchronisers and the key.
                if self.kill.val() {
                    self.fsm.d.next = self.s_idle.val();
                    self.sy1_a.d.next = 0.into();
                    self.sy2_a.d.next = 0.into();
                    self.pv_a.d.next = 0.into();
                    self.sy1_b.d.next = 0.into();
                    self.sy2_b.d.next = 0.into();
                    self.pv_b.d.next = 0.into();
                    self.key_ok.d.next = self.mb_false.val();
                    self.done_r.d.next = false;
                    for i in 0..4 {
                        self.key[i].d.next = 0.into();
                    }
                }
                if self.bad.val() {
                    self.alarm.d.next = true;
                }
                // An illegal lock value locks (fail secure); nothing else ever clears the lock.
                if !self.lock_ok.val() {
                    self.lock.d.next = self.mb_true.val();
                }
                if self.zeroize.val() | self.reset.val() {
                    self.err.d.next = false;
                    self.code.d.next = 0.into();
                }
                if self.reset.val() {
                    self.alarm.d.next = false;
                }
            }
        }
    };
}

puf_kdf!(PufKdf, KeccakSponge);
// The FPGA variant: the same unit over the 1-round/clock sponge (the Keccak engine that
// routes on the ECP5); same schedule apart from the hashes' permutations.
puf_kdf!(PufKdfR1, KeccakSpongeR1);

#[cfg(test)]
mod tests {
    use super::*;

    /// The block emits valid Verilog; with `PUF_EMIT_DIR` set, writes it there
    /// (to lint with Verilator before blessing into rtl/verilog/).
    #[test]
    fn puf_kdf_emits_verilog() {
        let mut uut = PufKdf::default();
        uut.connect_all();
        let v = generate_verilog(&uut);
        assert!(v.contains("module top("));
        assert!(!v.contains("dbg_") && !v.contains("fault_"), "no test ports");
        if let Some(dir) = std::env::var_os("PUF_EMIT_DIR") {
            std::fs::write(std::path::Path::new(&dir).join("puf_kdf.v"), &v).unwrap();
            std::fs::write(
                std::path::Path::new(&dir).join("puf_ro_bank.v"),
                super::super::ro::emit_ro_bank(),
            )
            .unwrap();
        }
    }

    #[test]
    fn state_codes_are_sparse() {
        assert_eq!(crate::secure::min_distance(&SPARSE7), 3);
        let fsm: Vec<u64> = state::ALL.iter().map(|s| s.1).collect();
        assert!(crate::secure::min_distance(&fsm) >= 3);
        assert_eq!(state::IDLE, 0);
        assert!(fsm.iter().all(|&c| c < 1 << 7));
        assert_eq!(state::MODE_RECONSTRUCT, 0);
        // CTRL.MUBI: false is the wiped value, true at distance 4.
        assert_eq!(crate::secure::min_distance(&[MUBI4_FALSE, MUBI4_TRUE]), 4);
        assert_eq!(MUBI4_FALSE, 0);
        assert_ne!(LC_ON, 0, "the tie-off does not enable enrolment");
    }
}
