//! The SHA-2 / HMAC engine (FIPS 180-4 §5.1, §6.2, §6.4; FIPS 198-1 §4).
//!
//! **Datapath.** One 64-bit round unit serves every algorithm: SHA-224/256 run on the
//! low 32 bits (operands zero-extended, every sum masked to 32 bits, the 32-bit Σ/σ
//! rotations selected by `is64`). Area trade: one set of eight 64-bit adders and one
//! 80 × 64 K_t table instead of a 32-bit and a 64-bit unit side by side; SHA-256 leaves
//! the upper halves idle. Registers: a..h (`work`), H (`hash`), the 16-word schedule
//! window W (`w`, W_t in `w[0]`, W_{t+16} computed on the fly, §6.2.2 / §6.4.2 step 1),
//! a one-block input buffer (`buf`, 16 × 64), the HMAC key (`key`, 16 × 64).
//!
//! **Streams.** Input: 64-bit little-endian words with valid/ready; every word but the
//! last has 8 bytes, the last (`in_last`) has `in_bytes` = 0..=8. Bytes above `in_bytes`
//! are ignored. Padding (§5.1.1/§5.1.2) is done here: `0x80` after the last byte, zeros
//! (free: the buffer clears as a block leaves it) and the bit length. Messages below
//! 2^61 bytes. Output: the digest as little-endian words of its bytes (`out_bytes` = 4 in
//! the last word of the 28-byte digests), valid/ready, zero unless `out_valid`.
//!
//! **Schedule** (`golden_model::sha2::schedule`): a block is loaded in cycle L, the
//! working registers hold round t's result in cycle L + 2 + t, the feed-forward runs in
//! L + R + 1 and loads the next block in the same cycle if it is buffered: **65 cycles
//! per SHA-224/256 block, 81 per SHA-384/512 block**. The buffer fills while the
//! previous block compresses (input overlaps compression).
//!
//! **HMAC** (`mode` bit 3): the key comes from the key port (`key_addr`/`key_re` out,
//! `key_data` in, a vault read port, one word per cycle for B/8 cycles), `key_len` ≤ B
//! bytes (bytes above it are ignored); K0 ⊕ ipad and K0 ⊕ opad load W directly from the
//! key register, the inner digest goes into the buffer with its padding in one cycle
//! (MID): the engine computes H((K0 ⊕ opad) ‖ H((K0 ⊕ ipad) ‖ m)) after one start. The key
//! register is wiped in MID, right after its last use, and by zeroize, reset, a fault.
//!
//! **Errors**: see the `ERR_*` codes in [`super`].
//!
//! **Hardening** (GUIDE §6): the FSM and the filler hold `SPARSE6` codes (SEC_CM:
//! FSM.SPARSE); the flags that steer blocks and the key (HMAC mode, outer phase, buffer
//! full, last block in buffer, last block in compression) are 3-bit `SPARSE3` codes
//! (CTRL.MUBI); the algorithm is kept with its complement, the round/word counter, the
//! buffer index, the byte count and the key length twice (CTR.REDUN). Any illegal value
//! raises the sticky `fatal` and wipes every register in the next edge, and every edge
//! after until `reset` (KEY.SEC_WIPE); `start` is refused with error 6. `zeroize` and
//! `reset` wipe every register in **1 cycle** in any state (`reset` also clears `fatal`
//! and the error status, `zeroize` the error status). Every register is also wiped at
//! the end of each operation and on an abort. No test port: the co-simulation reads and
//! faults registers through probes.

use super::consts::*;
use rust_hdl::prelude::*;

/// The SHA-2 / HMAC engine.
#[derive(LogicBlock)]
pub struct Sha2Engine {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    pub mode: Signal<In, Bits<4>>,
    /// HMAC key length in bytes (≤ block size), sampled at `start`.
    pub key_len: Signal<In, Bits<8>>,
    /// Key port (stands for the key vault): word `key_addr` of K, little-endian bytes.
    pub key_re: Signal<Out, Bit>,
    pub key_addr: Signal<Out, Bits<4>>,
    pub key_data: Signal<In, Bits<64>>,
    pub in_data: Signal<In, Bits<64>>,
    pub in_valid: Signal<In, Bit>,
    pub in_last: Signal<In, Bit>,
    pub in_bytes: Signal<In, Bits<4>>,
    pub in_ready: Signal<Out, Bit>,
    pub out_data: Signal<Out, Bits<64>>,
    pub out_valid: Signal<Out, Bit>,
    pub out_last: Signal<Out, Bit>,
    pub out_bytes: Signal<Out, Bits<4>>,
    pub out_ready: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    /// Sticky fault alarm; cleared by `reset` only.
    pub fatal: Signal<Out, Bit>,
    // ---- registers ----
    fsm: DFF<Bits<6>>,
    fill: DFF<Bits<6>>,
    alg: DFF<Bits<3>>,
    alg_n: DFF<Bits<3>>,
    hm: DFF<Bits<3>>,
    phase: DFF<Bits<3>>,
    buf_full: DFF<Bits<3>>,
    buf_last: DFF<Bits<3>>,
    cur_last: DFF<Bits<3>>,
    t: DFF<Bits<7>>,
    t_b: DFF<Bits<7>>,
    cnt: DFF<Bits<4>>,
    cnt_b: DFF<Bits<4>>,
    nbytes: DFF<Bits<64>>,
    nbytes_b: DFF<Bits<64>>,
    klen: DFF<Bits<8>>,
    klen_b: DFF<Bits<8>>,
    work: [DFF<Bits<64>>; 8],
    hash: [DFF<Bits<64>>; 8],
    w: [DFF<Bits<64>>; 16],
    buf: [DFF<Bits<64>>; 16],
    key: [DFF<Bits<64>>; 16],
    err: DFF<Bit>,
    code: DFF<Bits<4>>,
    done_r: DFF<Bit>,
    alarm: DFF<Bit>,
    // ---- constants ----
    s_idle: Constant<Bits<6>>,
    s_wait: Constant<Bits<6>>,
    s_key: Constant<Bits<6>>,
    s_ipad: Constant<Bits<6>>,
    s_round: Constant<Bits<6>>,
    s_final: Constant<Bits<6>>,
    s_mid: Constant<Bits<6>>,
    s_output: Constant<Bits<6>>,
    f_idle: Constant<Bits<6>>,
    f_data: Constant<Bits<6>>,
    f_pad: Constant<Bits<6>>,
    f_len: Constant<Bits<6>>,
    f_done: Constant<Bits<6>>,
    k_tab: [Constant<Bits<64>>; 80],
    h0_tab: [Constant<Bits<64>>; 48],
    trunc_tab: [Constant<Bits<64>>; 48],
    mark_tab: [Constant<Bits<64>>; 48],
    olen_tab: [Constant<Bits<64>>; 8],
    olast_tab: [Constant<Bits<7>>; 8],
    c_mark8: Constant<Bits<64>>,
    c_mask32: Constant<Bits<64>>,
    c_ones: Constant<Bits<64>>,
    c_ipad: Constant<Bits<64>>,
    c_opad: Constant<Bits<64>>,
    // ---- combinational ----
    is_idle: Signal<Local, Bit>,
    is_round: Signal<Local, Bit>,
    is_final: Signal<Local, Bit>,
    is_output: Signal<Local, Bit>,
    fsm_ok: Signal<Local, Bit>,
    fill_ok: Signal<Local, Bit>,
    flags_ok: Signal<Local, Bit>,
    bad: Signal<Local, Bit>,
    wipe: Signal<Local, Bit>,
    finish: Signal<Local, Bit>,
    abort: Signal<Local, Bit>,
    is64: Signal<Local, Bit>,
    wmask: Signal<Local, Bits<64>>,
    hmac: Signal<Local, Bit>,
    outer: Signal<Local, Bit>,
    full: Signal<Local, Bit>,
    clast: Signal<Local, Bit>,
    m_alg: Signal<Local, Bits<3>>,
    m_ok: Signal<Local, Bit>,
    m_is64: Signal<Local, Bit>,
    m_hmac: Signal<Local, Bit>,
    sel_oh: Signal<Local, Bits<6>>,
    t_oh: Signal<Local, Bits<80>>,
    cnt_oh: Signal<Local, Bits<16>>,
    h0: [Signal<Local, Bits<64>>; 8],
    // Next values of the redundant registers (each written to both copies).
    t_nx: Signal<Local, Bits<7>>,
    cnt_nx: Signal<Local, Bits<4>>,
    nb_nx: Signal<Local, Bits<64>>,
    // Round function (§4.1.2, §4.1.3, §6.2.2 / §6.4.2 step 3).
    k_sel: Signal<Local, Bits<64>>,
    k_t: Signal<Local, Bits<64>>,
    sig0: Signal<Local, Bits<64>>,
    sig1: Signal<Local, Bits<64>>,
    ch: Signal<Local, Bits<64>>,
    maj: Signal<Local, Bits<64>>,
    t1: Signal<Local, Bits<64>>,
    t2: Signal<Local, Bits<64>>,
    ssig0: Signal<Local, Bits<64>>,
    ssig1: Signal<Local, Bits<64>>,
    w_new: Signal<Local, Bits<64>>,
    last_round: Signal<Local, Bit>,
    hsum: [Signal<Local, Bits<64>>; 8],
    // Block loads.
    ld_buf: Signal<Local, Bit>,
    ld_key: Signal<Local, Bit>,
    kpad: Signal<Local, Bits<64>>,
    src: [Signal<Local, Bits<64>>; 16],
    // Filler.
    shift: Signal<Local, Bits<7>>,
    byte_mask: Signal<Local, Bits<64>>,
    wle: Signal<Local, Bits<64>>,
    fw: Signal<Local, Bits<64>>,
    wr_en: Signal<Local, Bit>,
    len_en: Signal<Local, Bit>,
    len_fits: Signal<Local, Bit>,
    at_end: Signal<Local, Bit>,
    add_bytes: Signal<Local, Bits<64>>,
    nb_now: Signal<Local, Bits<64>>,
    // Key fetch.
    t8: Signal<Local, Bits<8>>,
    kb_raw: Signal<Local, Bits<8>>,
    kb: Signal<Local, Bits<8>>,
    kshift: Signal<Local, Bits<7>>,
    kmask: Signal<Local, Bits<64>>,
    kle: Signal<Local, Bits<64>>,
    kw: Signal<Local, Bits<64>>,
    // Digest packing / output.
    pk: [Signal<Local, Bits<64>>; 8],
    tr: [Signal<Local, Bits<64>>; 8],
    mk: [Signal<Local, Bits<64>>; 8],
    olen: Signal<Local, Bits<64>>,
    olast: Signal<Local, Bits<7>>,
    ow: Signal<Local, Bits<64>>,
    out_is_last: Signal<Local, Bit>,
}

impl Default for Sha2Engine {
    fn default() -> Self {
        let c6 = |c: u64| Constant::new(Bits::<6>::from(c));
        let c64 = |c: u64| Constant::new(Bits::<64>::from(c));
        let (h0t, trt, mkt, olt, oll) = (h0_table(), trunc_table(), mark_table(), outer_len_table(), out_last_table());
        use super::{fill, state};
        Self {
            clock: Default::default(),
            reset: Default::default(),
            zeroize: Default::default(),
            start: Default::default(),
            mode: Default::default(),
            key_len: Default::default(),
            key_re: Default::default(),
            key_addr: Default::default(),
            key_data: Default::default(),
            in_data: Default::default(),
            in_valid: Default::default(),
            in_last: Default::default(),
            in_bytes: Default::default(),
            in_ready: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_last: Default::default(),
            out_bytes: Default::default(),
            out_ready: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fatal: Default::default(),
            fsm: Default::default(),
            fill: Default::default(),
            alg: Default::default(),
            alg_n: Default::default(),
            hm: Default::default(),
            phase: Default::default(),
            buf_full: Default::default(),
            buf_last: Default::default(),
            cur_last: Default::default(),
            t: Default::default(),
            t_b: Default::default(),
            cnt: Default::default(),
            cnt_b: Default::default(),
            nbytes: Default::default(),
            nbytes_b: Default::default(),
            klen: Default::default(),
            klen_b: Default::default(),
            work: Default::default(),
            hash: Default::default(),
            w: Default::default(),
            buf: Default::default(),
            key: Default::default(),
            err: Default::default(),
            code: Default::default(),
            done_r: Default::default(),
            alarm: Default::default(),
            s_idle: c6(state::IDLE),
            s_wait: c6(state::WAIT),
            s_key: c6(state::KEY),
            s_ipad: c6(state::IPAD),
            s_round: c6(state::ROUND),
            s_final: c6(state::FINAL),
            s_mid: c6(state::MID),
            s_output: c6(state::OUTPUT),
            f_idle: c6(fill::IDLE),
            f_data: c6(fill::DATA),
            f_pad: c6(fill::PAD),
            f_len: c6(fill::LEN),
            f_done: c6(fill::DONE),
            k_tab: array_init::array_init(|t| c64(K512[t])),
            h0_tab: array_init::array_init(|i| c64(h0t[i])),
            trunc_tab: array_init::array_init(|i| c64(trt[i])),
            mark_tab: array_init::array_init(|i| c64(mkt[i])),
            olen_tab: array_init::array_init(|i| c64(olt[i])),
            olast_tab: array_init::array_init(|i| Constant::new(Bits::<7>::from(oll[i]))),
            c_mark8: c64(mark8()),
            c_mask32: c64(0xffff_ffff),
            c_ones: c64(u64::MAX),
            c_ipad: c64(0x3636_3636_3636_3636),
            c_opad: c64(0x5c5c_5c5c_5c5c_5c5c),
            is_idle: Default::default(),
            is_round: Default::default(),
            is_final: Default::default(),
            is_output: Default::default(),
            fsm_ok: Default::default(),
            fill_ok: Default::default(),
            flags_ok: Default::default(),
            bad: Default::default(),
            wipe: Default::default(),
            finish: Default::default(),
            abort: Default::default(),
            is64: Default::default(),
            wmask: Default::default(),
            hmac: Default::default(),
            outer: Default::default(),
            full: Default::default(),
            clast: Default::default(),
            m_alg: Default::default(),
            m_ok: Default::default(),
            m_is64: Default::default(),
            m_hmac: Default::default(),
            sel_oh: Default::default(),
            t_oh: Default::default(),
            cnt_oh: Default::default(),
            h0: Default::default(),
            t_nx: Default::default(),
            cnt_nx: Default::default(),
            nb_nx: Default::default(),
            k_sel: Default::default(),
            k_t: Default::default(),
            sig0: Default::default(),
            sig1: Default::default(),
            ch: Default::default(),
            maj: Default::default(),
            t1: Default::default(),
            t2: Default::default(),
            ssig0: Default::default(),
            ssig1: Default::default(),
            w_new: Default::default(),
            last_round: Default::default(),
            hsum: Default::default(),
            ld_buf: Default::default(),
            ld_key: Default::default(),
            kpad: Default::default(),
            src: Default::default(),
            shift: Default::default(),
            byte_mask: Default::default(),
            wle: Default::default(),
            fw: Default::default(),
            wr_en: Default::default(),
            len_en: Default::default(),
            len_fits: Default::default(),
            at_end: Default::default(),
            add_bytes: Default::default(),
            nb_now: Default::default(),
            t8: Default::default(),
            kb_raw: Default::default(),
            kb: Default::default(),
            kshift: Default::default(),
            kmask: Default::default(),
            kle: Default::default(),
            kw: Default::default(),
            pk: Default::default(),
            tr: Default::default(),
            mk: Default::default(),
            olen: Default::default(),
            olast: Default::default(),
            ow: Default::default(),
            out_is_last: Default::default(),
        }
    }
}

impl Logic for Sha2Engine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fsm, fill, alg, alg_n, hm, phase, buf_full, buf_last, cur_last, t, t_b, cnt, cnt_b, nbytes, nbytes_b, klen, klen_b, err, code, done_r, alarm);
        for i in 0..8 {
            self.work[i].clock.next = self.clock.val();
            self.work[i].d.next = self.work[i].q.val();
            self.hash[i].clock.next = self.clock.val();
            self.hash[i].d.next = self.hash[i].q.val();
        }
        for i in 0..16 {
            self.w[i].clock.next = self.clock.val();
            self.w[i].d.next = self.w[i].q.val();
            self.buf[i].clock.next = self.clock.val();
            self.buf[i].d.next = self.buf[i].q.val();
            self.key[i].clock.next = self.clock.val();
            self.key[i].d.next = self.key[i].q.val();
        }
        self.t_nx.next = self.t.q.val();
        self.cnt_nx.next = self.cnt.q.val();
        self.nb_nx.next = self.nbytes.q.val();
        self.done_r.d.next = false;

        // ---- status and SEC_CM checks ----
        self.is_idle.next = self.fsm.q.val() == self.s_idle.val();
        self.is_round.next = self.fsm.q.val() == self.s_round.val();
        self.is_final.next = self.fsm.q.val() == self.s_final.val();
        self.is_output.next = self.fsm.q.val() == self.s_output.val();
        // FSM.SPARSE: every code of SPARSE6 is a state, so this is "a legal code".
        self.fsm_ok.next = self.is_idle.val() | (self.fsm.q.val() == self.s_wait.val()) | (self.fsm.q.val() == self.s_key.val()) | (self.fsm.q.val() == self.s_ipad.val()) | self.is_round.val() | self.is_final.val() | (self.fsm.q.val() == self.s_mid.val()) | self.is_output.val();
        self.fill_ok.next = (self.fill.q.val() == self.f_idle.val()) | (self.fill.q.val() == self.f_data.val()) | (self.fill.q.val() == self.f_pad.val()) | (self.fill.q.val() == self.f_len.val()) | (self.fill.q.val() == self.f_done.val());
        // CTRL.MUBI (3-bit flags) and CTR.REDUN (duplicated counters, complemented algorithm).
        self.flags_ok.next = ((self.hm.q.val() == 0) | (self.hm.q.val() == 7)) & ((self.phase.q.val() == 0) | (self.phase.q.val() == 7)) & ((self.buf_full.q.val() == 0) | (self.buf_full.q.val() == 7)) & ((self.buf_last.q.val() == 0) | (self.buf_last.q.val() == 7)) & ((self.cur_last.q.val() == 0) | (self.cur_last.q.val() == 7)) & (self.t.q.val() == self.t_b.q.val()) & (self.cnt.q.val() == self.cnt_b.q.val()) & (self.nbytes.q.val() == self.nbytes_b.q.val()) & (self.klen.q.val() == self.klen_b.q.val());
        self.bad.next = !self.fsm_ok.val() | !self.fill_ok.val() | !self.flags_ok.val();
        if self.is_idle.val() {
            if (self.alg.q.val() != 0) | (self.alg_n.q.val() != 0) {
                self.bad.next = true;
            }
        } else if (self.alg.q.val() ^ self.alg_n.q.val()) != 7 {
            self.bad.next = true;
        }
        self.fatal.next = self.alarm.q.val();
        self.busy.next = !self.is_idle.val();
        self.done.next = self.done_r.q.val();
        self.error.next = self.err.q.val();
        self.err_code.next = self.code.q.val();

        // ---- configuration ----
        self.is64.next = self.alg.q.val() >= 2;
        self.wmask.next = self.c_mask32.val();
        if self.is64.val() {
            self.wmask.next = self.c_ones.val();
        }
        self.hmac.next = self.hm.q.val() == 7;
        self.outer.next = self.phase.q.val() == 7;
        self.full.next = self.buf_full.q.val() == 7;
        self.clast.next = self.cur_last.q.val() == 7;
        self.m_alg.next = self.mode.val().get_bits::<3>(0);
        self.m_ok.next = self.m_alg.val() <= 5;
        self.m_is64.next = self.m_alg.val() >= 2;
        self.m_hmac.next = self.mode.val().get_bit(3);
        // The algorithm selects the constant tables: from `mode` in Idle (start), else the register.
        self.sel_oh.next = bits::<6>(1) << self.alg.q.val();
        if self.is_idle.val() {
            self.sel_oh.next = bits::<6>(1) << self.m_alg.val();
        }
        self.t_oh.next = bits::<80>(1) << self.t.q.val();
        self.cnt_oh.next = bits::<16>(1) << self.cnt.q.val();
        self.olen.next = 0.into();
        self.olast.next = 0.into();
        for a in 0..6 {
            if self.sel_oh.val().get_bit(a) {
                self.olen.next = self.olen_tab[a].val();
                self.olast.next = self.olast_tab[a].val();
            }
        }
        for j in 0..8 {
            self.h0[j].next = 0.into();
            self.mk[j].next = 0.into();
            self.tr[j].next = 0.into();
            for a in 0..6 {
                if self.sel_oh.val().get_bit(a) {
                    self.h0[j].next = self.h0_tab[a * 8 + j].val();
                    self.mk[j].next = self.mark_tab[a * 8 + j].val();
                }
            }
        }

        // ---- round function (one round per clock) ----
        self.k_sel.next = 0.into();
        for i in 0..80 {
            if self.t_oh.val().get_bit(i) {
                self.k_sel.next = self.k_tab[i].val();
            }
        }
        self.k_t.next = self.k_sel.val();
        if !self.is64.val() {
            // K{256}_t = the upper 32 bits of K{512}_t (§4.2.2, §4.2.3).
            self.k_t.next = self.k_sel.val() >> 32;
        }
        if self.is64.val() {
            // Σ0{512}, Σ1{512}, σ0{512}, σ1{512} (§4.1.3).
            self.sig0.next = ((self.work[0].q.val() >> 28) | (self.work[0].q.val() << 36)) ^ ((self.work[0].q.val() >> 34) | (self.work[0].q.val() << 30)) ^ ((self.work[0].q.val() >> 39) | (self.work[0].q.val() << 25));
            self.sig1.next = ((self.work[4].q.val() >> 14) | (self.work[4].q.val() << 50)) ^ ((self.work[4].q.val() >> 18) | (self.work[4].q.val() << 46)) ^ ((self.work[4].q.val() >> 41) | (self.work[4].q.val() << 23));
            self.ssig0.next = ((self.w[1].q.val() >> 1) | (self.w[1].q.val() << 63)) ^ ((self.w[1].q.val() >> 8) | (self.w[1].q.val() << 56)) ^ (self.w[1].q.val() >> 7);
            self.ssig1.next = ((self.w[14].q.val() >> 19) | (self.w[14].q.val() << 45)) ^ ((self.w[14].q.val() >> 61) | (self.w[14].q.val() << 3)) ^ (self.w[14].q.val() >> 6);
        } else {
            // Σ0{256}, Σ1{256}, σ0{256}, σ1{256} (§4.1.2) on the low 32 bits.
            self.sig0.next = (((self.work[0].q.val() >> 2) | (self.work[0].q.val() << 30)) ^ ((self.work[0].q.val() >> 13) | (self.work[0].q.val() << 19)) ^ ((self.work[0].q.val() >> 22) | (self.work[0].q.val() << 10))) & self.c_mask32.val();
            self.sig1.next = (((self.work[4].q.val() >> 6) | (self.work[4].q.val() << 26)) ^ ((self.work[4].q.val() >> 11) | (self.work[4].q.val() << 21)) ^ ((self.work[4].q.val() >> 25) | (self.work[4].q.val() << 7))) & self.c_mask32.val();
            self.ssig0.next = (((self.w[1].q.val() >> 7) | (self.w[1].q.val() << 25)) ^ ((self.w[1].q.val() >> 18) | (self.w[1].q.val() << 14)) ^ (self.w[1].q.val() >> 3)) & self.c_mask32.val();
            self.ssig1.next = (((self.w[14].q.val() >> 17) | (self.w[14].q.val() << 15)) ^ ((self.w[14].q.val() >> 19) | (self.w[14].q.val() << 13)) ^ (self.w[14].q.val() >> 10)) & self.c_mask32.val();
        }
        self.ch.next = (self.work[4].q.val() & self.work[5].q.val()) ^ (!self.work[4].q.val() & self.work[6].q.val());
        self.maj.next = (self.work[0].q.val() & self.work[1].q.val()) ^ (self.work[0].q.val() & self.work[2].q.val()) ^ (self.work[1].q.val() & self.work[2].q.val());
        self.t1.next = self.work[7].q.val() + self.sig1.val() + self.ch.val() + self.k_t.val() + self.w[0].q.val();
        self.t2.next = self.sig0.val() + self.maj.val();
        // W_{t+16} = σ1(W_{t+14}) + W_{t+9} + σ0(W_{t+1}) + W_t (§6.2.2 / §6.4.2 step 1).
        self.w_new.next = (self.ssig1.val() + self.w[9].q.val() + self.ssig0.val() + self.w[0].q.val()) & self.wmask.val();
        self.last_round.next = self.t.q.val() == 63;
        if self.is64.val() {
            self.last_round.next = self.t.q.val() == 79;
        }
        // Step 4: H(i) = H(i-1) + a..h.
        for i in 0..8 {
            self.hsum[i].next = (self.hash[i].q.val() + self.work[i].q.val()) & self.wmask.val();
        }

        // ---- digest packing: two 32-bit H words per 64-bit word for SHA-224/256 ----
        for j in 0..4 {
            self.pk[j].next = self.hash[j].q.val();
            if !self.is64.val() {
                self.pk[j].next = (self.hash[2 * j].q.val() << 32) | self.hash[2 * j + 1].q.val();
            }
        }
        for j in 4..8 {
            self.pk[j].next = self.hash[j].q.val();
            if !self.is64.val() {
                self.pk[j].next = 0.into();
            }
        }
        for j in 0..8 {
            for a in 0..6 {
                if self.sel_oh.val().get_bit(a) {
                    self.tr[j].next = self.pk[j].val() & self.trunc_tab[a * 8 + j].val();
                }
            }
        }

        // ---- block loads: W_0..15 from the buffer or from K0 ⊕ ipad/opad ----
        self.ld_buf.next = false;
        self.ld_key.next = false;
        self.kpad.next = self.c_ipad.val();
        if self.fsm.q.val() == self.s_mid.val() {
            self.kpad.next = self.c_opad.val();
        }

        // ---- filler: message words, 0x80, zero fill, length (§5.1) ----
        self.shift.next = bit_cast::<7, 4>(self.in_bytes.val()) << 3;
        self.byte_mask.next = (bits::<64>(1) << self.shift.val()) - 1;
        self.wle.next = (self.in_data.val() & self.byte_mask.val()) | (bits::<64>(0x80) << self.shift.val());
        if self.fill.q.val() == self.f_pad.val() {
            self.wle.next = bits::<64>(0x80);
        }
        // Big-endian words (§3.1): the stream's byte 0 is the word's most significant byte.
        self.fw.next = (bit_cast::<64, 8>(self.wle.val().get_bits::<8>(0)) << 56) | (bit_cast::<64, 8>(self.wle.val().get_bits::<8>(8)) << 48) | (bit_cast::<64, 8>(self.wle.val().get_bits::<8>(16)) << 40) | (bit_cast::<64, 8>(self.wle.val().get_bits::<8>(24)) << 32) | (bit_cast::<64, 8>(self.wle.val().get_bits::<8>(32)) << 24) | (bit_cast::<64, 8>(self.wle.val().get_bits::<8>(40)) << 16) | (bit_cast::<64, 8>(self.wle.val().get_bits::<8>(48)) << 8) | bit_cast::<64, 8>(self.wle.val().get_bits::<8>(56));
        self.wr_en.next = false;
        self.len_en.next = false;
        self.add_bytes.next = 0.into();
        if self.fill.q.val() == self.f_data.val() {
            self.add_bytes.next = bit_cast::<64, 4>(self.in_bytes.val());
        }
        self.nb_now.next = self.nbytes.q.val() + self.add_bytes.val();
        self.len_fits.next = self.cnt.q.val() < 7;
        self.at_end.next = self.cnt.q.val() == 7;
        if self.is64.val() {
            self.len_fits.next = self.cnt.q.val() < 14;
            self.at_end.next = self.cnt.q.val() == 15;
        }
        self.in_ready.next = (self.fill.q.val() == self.f_data.val()) & !self.full.val();
        self.abort.next = false;
        if self.in_ready.val() & self.in_valid.val() {
            if self.in_bytes.val() > 8 {
                self.abort.next = true;
                self.err.d.next = true;
                self.code.d.next = 5.into();
            } else if !self.in_last.val() & (self.in_bytes.val() != 8) {
                self.abort.next = true;
                self.err.d.next = true;
                self.code.d.next = 4.into();
            } else {
                self.wr_en.next = true;
                self.nb_nx.next = self.nb_now.val();
                if self.in_last.val() & (self.in_bytes.val() != 8) {
                    // The last, partial word carries 0x80; then the length, here or in a block of its own.
                    self.cnt_nx.next = 0.into();
                    self.buf_full.d.next = 7.into();
                    if self.len_fits.val() {
                        self.len_en.next = true;
                        self.buf_last.d.next = 7.into();
                        self.fill.d.next = self.f_done.val();
                    } else {
                        self.fill.d.next = self.f_len.val();
                    }
                } else {
                    if self.at_end.val() {
                        self.cnt_nx.next = 0.into();
                        self.buf_full.d.next = 7.into();
                    } else {
                        self.cnt_nx.next = self.cnt.q.val() + 1;
                    }
                    if self.in_last.val() {
                        self.fill.d.next = self.f_pad.val();
                    }
                }
            }
        }
        if (self.fill.q.val() == self.f_pad.val()) & !self.full.val() {
            self.wr_en.next = true;
            self.cnt_nx.next = 0.into();
            self.buf_full.d.next = 7.into();
            if self.len_fits.val() {
                self.len_en.next = true;
                self.buf_last.d.next = 7.into();
                self.fill.d.next = self.f_done.val();
            } else {
                self.fill.d.next = self.f_len.val();
            }
        }
        if (self.fill.q.val() == self.f_len.val()) & !self.full.val() {
            self.len_en.next = true;
            self.buf_full.d.next = 7.into();
            self.buf_last.d.next = 7.into();
            self.fill.d.next = self.f_done.val();
        }
        for i in 0..16 {
            if self.wr_en.val() & self.cnt_oh.val().get_bit(i) {
                self.buf[i].d.next = self.fw.val();
            }
        }
        // The length field in bits: word 7 (W14, W15) or word 15 (SHA-512's word 14, the
        // upper half of the 128-bit field, stays zero below 2^61 bytes).
        if self.len_en.val() & !self.is64.val() {
            self.buf[7].d.next = self.nb_now.val() << 3;
        }
        if self.len_en.val() & self.is64.val() {
            self.buf[15].d.next = self.nb_now.val() << 3;
        }

        // ---- key fetch (HMAC): word t of K, bytes at and above key_len masked ----
        self.key_re.next = self.fsm.q.val() == self.s_key.val();
        self.key_addr.next = 0.into();
        self.t8.next = bit_cast::<8, 7>(self.t.q.val()) << 3;
        self.kb_raw.next = 0.into();
        if self.klen.q.val() > self.t8.val() {
            self.kb_raw.next = self.klen.q.val() - self.t8.val();
        }
        self.kb.next = self.kb_raw.val();
        if self.kb_raw.val() > 8 {
            self.kb.next = 8.into();
        }
        self.kshift.next = bit_cast::<7, 8>(self.kb.val()) << 3;
        self.kmask.next = (bits::<64>(1) << self.kshift.val()) - 1;
        self.kle.next = 0.into();
        if self.key_re.val() {
            self.key_addr.next = self.t.q.val().get_bits::<4>(0);
            self.kle.next = self.key_data.val() & self.kmask.val();
        }
        self.kw.next = (bit_cast::<64, 8>(self.kle.val().get_bits::<8>(0)) << 56) | (bit_cast::<64, 8>(self.kle.val().get_bits::<8>(8)) << 48) | (bit_cast::<64, 8>(self.kle.val().get_bits::<8>(16)) << 40) | (bit_cast::<64, 8>(self.kle.val().get_bits::<8>(24)) << 32) | (bit_cast::<64, 8>(self.kle.val().get_bits::<8>(32)) << 24) | (bit_cast::<64, 8>(self.kle.val().get_bits::<8>(40)) << 16) | (bit_cast::<64, 8>(self.kle.val().get_bits::<8>(48)) << 8) | bit_cast::<64, 8>(self.kle.val().get_bits::<8>(56));

        // ---- output stream: packed, truncated digest word t, byte-reversed ----
        self.ow.next = 0.into();
        for j in 0..8 {
            if self.t_oh.val().get_bit(j) {
                self.ow.next = self.tr[j].val();
            }
        }
        self.out_is_last.next = self.t.q.val() == self.olast.val();
        self.out_valid.next = self.is_output.val();
        self.out_data.next = 0.into();
        self.out_last.next = false;
        self.out_bytes.next = 0.into();
        if self.is_output.val() {
            self.out_data.next = (bit_cast::<64, 8>(self.ow.val().get_bits::<8>(0)) << 56) | (bit_cast::<64, 8>(self.ow.val().get_bits::<8>(8)) << 48) | (bit_cast::<64, 8>(self.ow.val().get_bits::<8>(16)) << 40) | (bit_cast::<64, 8>(self.ow.val().get_bits::<8>(24)) << 32) | (bit_cast::<64, 8>(self.ow.val().get_bits::<8>(32)) << 24) | (bit_cast::<64, 8>(self.ow.val().get_bits::<8>(40)) << 16) | (bit_cast::<64, 8>(self.ow.val().get_bits::<8>(48)) << 8) | bit_cast::<64, 8>(self.ow.val().get_bits::<8>(56));
            self.out_last.next = self.out_is_last.val();
            self.out_bytes.next = 8.into();
            if self.out_is_last.val() & ((self.alg.q.val() == 0) | (self.alg.q.val() == 4)) {
                self.out_bytes.next = 4.into();
            }
        }

        // ---- main FSM ----
        self.finish.next = false;
        if self.is_idle.val() {
            if self.start.val() & self.alarm.q.val() {
                self.err.d.next = true;
                self.code.d.next = 6.into();
            } else if self.start.val() {
                if !self.m_ok.val() {
                    self.err.d.next = true;
                    self.code.d.next = 1.into();
                } else if self.m_hmac.val() & ((self.m_is64.val() & (self.key_len.val() > 128)) | (!self.m_is64.val() & (self.key_len.val() > 64))) {
                    self.err.d.next = true;
                    self.code.d.next = 2.into();
                } else {
                    self.err.d.next = false;
                    self.code.d.next = 0.into();
                    self.alg.d.next = self.m_alg.val();
                    self.alg_n.d.next = !self.m_alg.val();
                    self.phase.d.next = 0.into();
                    self.t_nx.next = 0.into();
                    self.cnt_nx.next = 0.into();
                    self.fill.d.next = self.f_data.val();
                    for i in 0..8 {
                        self.hash[i].d.next = self.h0[i].val();
                    }
                    if self.m_hmac.val() {
                        self.hm.d.next = 7.into();
                        self.klen.d.next = self.key_len.val();
                        self.klen_b.d.next = self.key_len.val();
                        // The key block is part of the inner message's length (FIPS 198-1 step 5).
                        self.nb_nx.next = 64.into();
                        if self.m_is64.val() {
                            self.nb_nx.next = 128.into();
                        }
                        self.fsm.d.next = self.s_key.val();
                    } else {
                        self.hm.d.next = 0.into();
                        self.nb_nx.next = 0.into();
                        self.fsm.d.next = self.s_wait.val();
                    }
                }
            }
        } else if self.fsm.q.val() == self.s_wait.val() {
            if self.full.val() {
                self.ld_buf.next = true;
                for i in 0..8 {
                    self.work[i].d.next = self.hash[i].q.val();
                }
                self.cur_last.d.next = self.buf_last.q.val();
                self.t_nx.next = 0.into();
                self.fsm.d.next = self.s_round.val();
            }
        } else if self.fsm.q.val() == self.s_key.val() {
            for i in 0..16 {
                if self.t_oh.val().get_bit(i) {
                    self.key[i].d.next = self.kw.val();
                }
            }
            if (self.is64.val() & (self.t.q.val() == 15)) | (!self.is64.val() & (self.t.q.val() == 7)) {
                self.t_nx.next = 0.into();
                self.klen.d.next = 0.into();
                self.klen_b.d.next = 0.into();
                self.fsm.d.next = self.s_ipad.val();
            } else {
                self.t_nx.next = self.t.q.val() + 1;
            }
        } else if self.fsm.q.val() == self.s_ipad.val() {
            // FIPS 198-1 step 4-6: the first inner block is K0 ⊕ ipad.
            self.ld_key.next = true;
            for i in 0..8 {
                self.work[i].d.next = self.hash[i].q.val();
            }
            self.cur_last.d.next = 0.into();
            self.t_nx.next = 0.into();
            self.fsm.d.next = self.s_round.val();
        } else if self.is_round.val() {
            // T1, T2; h=g, g=f, f=e, e=d+T1, d=c, c=b, b=a, a=T1+T2 (§6.2.2 / §6.4.2 step 3).
            self.work[0].d.next = (self.t1.val() + self.t2.val()) & self.wmask.val();
            self.work[1].d.next = self.work[0].q.val();
            self.work[2].d.next = self.work[1].q.val();
            self.work[3].d.next = self.work[2].q.val();
            self.work[4].d.next = (self.work[3].q.val() + self.t1.val()) & self.wmask.val();
            self.work[5].d.next = self.work[4].q.val();
            self.work[6].d.next = self.work[5].q.val();
            self.work[7].d.next = self.work[6].q.val();
            for i in 0..15 {
                self.w[i].d.next = self.w[i + 1].q.val();
            }
            self.w[15].d.next = self.w_new.val();
            if self.last_round.val() {
                self.t_nx.next = 0.into();
                self.fsm.d.next = self.s_final.val();
            } else {
                self.t_nx.next = self.t.q.val() + 1;
            }
        } else if self.is_final.val() {
            for i in 0..8 {
                self.hash[i].d.next = self.hsum[i].val();
            }
            if !self.clast.val() {
                if self.full.val() {
                    // The next block is buffered: load it in the feed-forward cycle.
                    self.ld_buf.next = true;
                    for i in 0..8 {
                        self.work[i].d.next = self.hsum[i].val();
                    }
                    self.cur_last.d.next = self.buf_last.q.val();
                    self.fsm.d.next = self.s_round.val();
                } else {
                    self.fsm.d.next = self.s_wait.val();
                }
            } else {
                for i in 0..8 {
                    self.work[i].d.next = 0.into();
                }
                for i in 0..16 {
                    self.w[i].d.next = 0.into();
                }
                self.cur_last.d.next = 0.into();
                if self.hmac.val() & !self.outer.val() {
                    self.fsm.d.next = self.s_mid.val();
                } else {
                    self.fsm.d.next = self.s_output.val();
                }
            }
        } else if self.fsm.q.val() == self.s_mid.val() {
            // FIPS 198-1 steps 7-9: H((K0 ⊕ opad) ‖ inner digest); the digest, its 0x80 and
            // the length (B + L)·8 go into the buffer as the outer hash's last block.
            for j in 0..8 {
                self.buf[j].d.next = self.tr[j].val() | self.mk[j].val();
            }
            self.buf[8].d.next = 0.into();
            if self.alg.q.val() == 3 {
                self.buf[8].d.next = self.c_mark8.val();
            }
            if self.is64.val() {
                self.buf[15].d.next = self.olen.val();
            } else {
                self.buf[7].d.next = self.olen.val();
            }
            self.buf_full.d.next = 7.into();
            self.buf_last.d.next = 7.into();
            self.ld_key.next = true;
            for i in 0..8 {
                self.work[i].d.next = self.h0[i].val();
                self.hash[i].d.next = self.h0[i].val();
            }
            // KEY.SEC_WIPE: the key's last use is this load.
            for i in 0..16 {
                self.key[i].d.next = 0.into();
            }
            self.phase.d.next = 7.into();
            self.cur_last.d.next = 0.into();
            self.t_nx.next = 0.into();
            self.fsm.d.next = self.s_round.val();
        } else if self.is_output.val() {
            if self.out_ready.val() {
                if self.out_is_last.val() {
                    self.finish.next = true;
                } else {
                    self.t_nx.next = self.t.q.val() + 1;
                }
            }
        }
        for i in 0..16 {
            self.src[i].next = self.key[i].q.val() ^ self.kpad.val();
            if self.ld_buf.val() {
                self.src[i].next = self.buf[i].q.val();
            }
        }
        if self.ld_buf.val() | self.ld_key.val() {
            // SHA-224/256: each 64-bit buffer word holds W_2j (upper) and W_2j+1 (lower).
            if self.is64.val() {
                for i in 0..16 {
                    self.w[i].d.next = self.src[i].val();
                }
            } else {
                for j in 0..8 {
                    self.w[2 * j].d.next = self.src[j].val() >> 32;
                    self.w[2 * j + 1].d.next = self.src[j].val() & self.c_mask32.val();
                }
            }
        }
        if self.ld_buf.val() {
            // The block leaves the buffer: clear it (this is the next block's zero fill).
            for i in 0..16 {
                self.buf[i].d.next = 0.into();
            }
            self.buf_full.d.next = 0.into();
            self.buf_last.d.next = 0.into();
        }
        if self.start.val() & !self.is_idle.val() {
            self.err.d.next = true;
            self.code.d.next = 3.into();
        }
        self.t.d.next = self.t_nx.val();
        self.t_b.d.next = self.t_nx.val();
        self.cnt.d.next = self.cnt_nx.val();
        self.cnt_b.d.next = self.cnt_nx.val();
        self.nbytes.d.next = self.nb_nx.val();
        self.nbytes_b.d.next = self.nb_nx.val();

        // ---- KEY.SEC_WIPE: end of operation, abort, zeroize, reset, or a fault ----
        self.wipe.next = self.finish.val() | self.abort.val() | self.zeroize.val() | self.reset.val() | self.bad.val() | self.alarm.q.val();
        if self.wipe.val() {
            self.fsm.d.next = self.s_idle.val();
            self.fill.d.next = self.f_idle.val();
            self.alg.d.next = 0.into();
            self.alg_n.d.next = 0.into();
            self.hm.d.next = 0.into();
            self.phase.d.next = 0.into();
            self.buf_full.d.next = 0.into();
            self.buf_last.d.next = 0.into();
            self.cur_last.d.next = 0.into();
            self.t.d.next = 0.into();
            self.t_b.d.next = 0.into();
            self.cnt.d.next = 0.into();
            self.cnt_b.d.next = 0.into();
            self.nbytes.d.next = 0.into();
            self.nbytes_b.d.next = 0.into();
            self.klen.d.next = 0.into();
            self.klen_b.d.next = 0.into();
            for i in 0..8 {
                self.work[i].d.next = 0.into();
                self.hash[i].d.next = 0.into();
            }
            for i in 0..16 {
                self.w[i].d.next = 0.into();
                self.buf[i].d.next = 0.into();
                self.key[i].d.next = 0.into();
            }
        }
        if self.finish.val() & !self.bad.val() {
            self.done_r.d.next = true;
        }
        if self.bad.val() {
            self.alarm.d.next = true;
        }
        if self.zeroize.val() {
            self.err.d.next = false;
            self.code.d.next = 0.into();
            self.done_r.d.next = false;
        }
        if self.reset.val() {
            self.alarm.d.next = false;
            self.err.d.next = false;
            self.code.d.next = 0.into();
            self.done_r.d.next = false;
        }
    }
}
