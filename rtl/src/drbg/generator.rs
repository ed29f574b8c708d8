//! The RFC 6979 §3.2 nonce generator (HMAC-DRBG with the SHA-2 / HMAC engine).
//!
//! **Commands.** `start` (idle): steps b–g from x and h1, then the first candidate
//! (h.1–h.2). `next_k` (idle, after a candidate): step h.3's update K = HMAC_K(V ‖ 0x00),
//! V = HMAC_K(V), then h.1–h.2 again, as `golden_model::ecdsa::drbg::Rfc6979::
//! next_candidate` from its second call on. `alg` and `curve` are sampled at `start`
//! and kept for the `next_k`s. `start` and `next_k` in the same cycle: `start` wins.
//!
//! **Operands.** x (the private key) and h1 = bits2octets(H(m)) come in as
//! little-endian 64-bit limbs through `in_we`/`in_addr`/`in_data` while idle (addresses
//! 0..5: x, 8..13: h1; P-256 uses limbs 0..3). Each limb is stored byte-reversed: the
//! big-endian bytes of int2octets(x) as the engine's little-endian stream words, so the
//! seed message needs no per-byte muxing. x and h1 are never readable; both are wiped
//! when step f has used them (RFC 6979 uses them only in d and f).
//!
//! **Datapath.** The block streams each HMAC message into the engine and takes its MAC
//! out: messages V (hlen bytes, 4/6/8 words), V ‖ 0x00 (one more word of 1 byte), and
//! V ‖ tag ‖ int2octets(x) ‖ bits2octets(h1) (hlen + 1 + 2·rlen bytes: after V, the tag
//! byte shifts the 2·rlen operand bytes by one byte, so tail word j is
//! (Y_{j−1} >> 56) | (Y_j << 8) over the operand words Y, with Y_{−1} = tag << 56; the
//! last word carries 1 byte). The engine's key port reads the K register (`key_len` =
//! hlen), so K never leaves the block; the MAC words go into K, V, and for h.2 into T
//! (limb l of int(T) = byte-reversed word L−1−l of T; bits2int(T) = int(T) for the
//! leftmost rlen bytes as qlen = 8·rlen; SHA-256 with P-384 concatenates two V's).
//! K, V: 8 × 64 bits (the bytes of K, V as little-endian words, zero above hlen).
//!
//! **Schedule** (`golden_model::ecdsa::drbg_schedule`): the command pulse's edge does
//! steps b, c (start) and enters Launch; Launch starts the engine; every HMAC offers its
//! message every cycle and takes the MAC words as they come, and the next HMAC is
//! launched in the cycle after the last MAC word. So a command takes
//! 1 + Σ engine HMAC latencies, depending only on (alg, curve): first candidate
//! P-256: 1 + 2·HMAC(hlen + 65) + 3·HMAC(hlen) cycles; P-384: 1 + 2·HMAC(hlen + 97) +
//! (3 or, SHA-256, 4)·HMAC(hlen); next: 1 + HMAC(hlen + 1) + (2 or 3)·HMAC(hlen).
//! `done` pulses in that cycle, `k_valid` rises with it.
//!
//! **Outputs.** `k_data` = limb `k_addr` of the candidate, zero unless `k_valid` (from
//! `done` until the next start / next / zeroize / reset or a `k_clear` pulse while idle,
//! which wipes T); zero for `k_addr` ≥ the curve's limbs.
//!
//! **Hardening** (GUIDE §6): the FSM holds `SPARSE6` codes, the step register `SPARSE7`
//! codes (SEC_CM: FSM.SPARSE); the curve, "DRBG state held" (`next_k` legal, K/V live) and
//! "candidate valid" (releases T on `k_data`) flags are 3-bit `SPARSE3` codes
//! (CTRL.MUBI); the algorithm is kept with its complement, the stream and MAC word
//! counters twice (CTR.REDUN). Cross-checks: Idle ⇔ step None; flags only in their
//! states; counters zero outside Run; the engine busy exactly in Run; the engine's
//! `fatal` or `error`. Any illegal value raises the sticky `fatal` and wipes every
//! register of this block in the same edge and the engine's on the next (its `zeroize`
//! is held by the registered alarm; no decode of the engine's outputs feeds its inputs),
//! and every edge after until `reset` (KEY.SEC_WIPE); commands are refused with error 6.
//!
//! **Wipe.** `zeroize` and `reset` wipe every register (x, h1, K, V, T, the engine's
//! state and key) in **1 cycle** in any state (`reset` also clears `fatal` and the error
//! status, `zeroize` the error status). At the end of a command x and h1 are already
//! zero (since step f), the engine has wiped itself; K and V are kept on purpose (the
//! DRBG state that `next_k` needs: they stay inside the block until the next start,
//! zeroize or reset, and are never output); T is kept while `k_valid`.

use super::*;
use crate::sha2::Sha2Engine;
use rust_hdl::prelude::*;

/// The RFC 6979 nonce generator (see the module doc).
#[derive(LogicBlock)]
pub struct Rfc6979Drbg {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: wipes everything (1 cycle), returns to idle, clears `fatal`.
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    /// Seed from x, h1 (steps b–g) and produce the first candidate.
    pub start: Signal<In, Bit>,
    /// Update K, V (step h.3) and produce the next candidate.
    pub next_k: Signal<In, Bit>,
    /// 0 SHA-256, 1 SHA-384, 2 SHA-512; sampled at `start`.
    pub alg: Signal<In, Bits<2>>,
    /// 0 P-256, 1 P-384; sampled at `start`.
    pub curve: Signal<In, Bit>,
    pub in_we: Signal<In, Bit>,
    pub in_addr: Signal<In, Bits<4>>,
    pub in_data: Signal<In, Bits<64>>,
    pub k_addr: Signal<In, Bits<3>>,
    pub k_data: Signal<Out, Bits<64>>,
    pub k_valid: Signal<Out, Bit>,
    pub k_clear: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    /// Sticky fault alarm; cleared by `reset` only.
    pub fatal: Signal<Out, Bit>,
    // ---- sub-block ----
    eng: Sha2Engine,
    // ---- registers ----
    fsm: DFF<Bits<6>>,
    step: DFF<Bits<7>>,
    alg_r: DFF<Bits<2>>,
    alg_n: DFF<Bits<2>>,
    crv: DFF<Bits<3>>,
    have: DFF<Bits<3>>,
    kval: DFF<Bits<3>>,
    cnt: DFF<Bits<5>>,
    cnt_b: DFF<Bits<5>>,
    ocnt: DFF<Bits<4>>,
    ocnt_b: DFF<Bits<4>>,
    x_reg: [DFF<Bits<64>>; 6],
    h1_reg: [DFF<Bits<64>>; 6],
    k_reg: [DFF<Bits<64>>; 8],
    v_reg: [DFF<Bits<64>>; 8],
    t_reg: [DFF<Bits<64>>; 6],
    err: DFF<Bit>,
    code: DFF<Bits<4>>,
    done_r: DFF<Bit>,
    alarm: DFF<Bit>,
    // ---- constants ----
    s_idle: Constant<Bits<6>>,
    s_launch: Constant<Bits<6>>,
    s_run: Constant<Bits<6>>,
    st_none: Constant<Bits<7>>,
    st_d: Constant<Bits<7>>,
    st_e: Constant<Bits<7>>,
    st_f: Constant<Bits<7>>,
    st_g: Constant<Bits<7>>,
    st_h: Constant<Bits<7>>,
    st_h2: Constant<Bits<7>>,
    st_uk: Constant<Bits<7>>,
    st_uv: Constant<Bits<7>>,
    c_v0: Constant<Bits<64>>,
    c_tag1: Constant<Bits<64>>,
    // ---- combinational ----
    is_idle: Signal<Local, Bit>,
    is_launch: Signal<Local, Bit>,
    is_run: Signal<Local, Bit>,
    is_d: Signal<Local, Bit>,
    is_f: Signal<Local, Bit>,
    is_h: Signal<Local, Bit>,
    is_h2: Signal<Local, Bit>,
    is_uk: Signal<Local, Bit>,
    step_ok: Signal<Local, Bit>,
    flags_ok: Signal<Local, Bit>,
    cfg_ok: Signal<Local, Bit>,
    live: Signal<Local, Bit>,
    bad: Signal<Local, Bit>,
    wipe: Signal<Local, Bit>,
    held: Signal<Local, Bit>,
    released: Signal<Local, Bit>,
    p384: Signal<Local, Bit>,
    two_v: Signal<Local, Bit>,
    hw: Signal<Local, Bits<5>>,
    m_hw: Signal<Local, Bits<5>>,
    ll: Signal<Local, Bits<5>>,
    tail: Signal<Local, Bits<5>>,
    total: Signal<Local, Bits<5>>,
    cnt_nx: Signal<Local, Bits<5>>,
    ocnt_nx: Signal<Local, Bits<4>>,
    // Message packing.
    yx: [Signal<Local, Bits<64>>; 14],
    tw: [Signal<Local, Bits<64>>; 13],
    c_oh: Signal<Local, Bits<8>>,
    j: Signal<Local, Bits<5>>,
    j_oh: Signal<Local, Bits<13>>,
    sdata: Signal<Local, Bits<64>>,
    s_valid: Signal<Local, Bit>,
    s_last: Signal<Local, Bit>,
    // MAC capture.
    take: Signal<Local, Bit>,
    to_k: Signal<Local, Bit>,
    o_oh: Signal<Local, Bits<8>>,
    gidx: Signal<Local, Bits<5>>,
    lidx: Signal<Local, Bits<5>>,
    l_oh: Signal<Local, Bits<6>>,
    ob: Signal<Local, Bits<64>>,
    ib: Signal<Local, Bits<64>>,
    kd: Signal<Local, Bits<64>>,
    ka_oh: Signal<Local, Bits<8>>,
    kd_oh: Signal<Local, Bits<6>>,
    kout: Signal<Local, Bits<64>>,
    a_oh: Signal<Local, Bits<16>>,
}

impl Default for Rfc6979Drbg {
    fn default() -> Self {
        let c6 = |c: u64| Constant::new(Bits::<6>::from(c));
        let c7 = |c: u64| Constant::new(Bits::<7>::from(c));
        Self {
            clock: Default::default(),
            reset: Default::default(),
            zeroize: Default::default(),
            start: Default::default(),
            next_k: Default::default(),
            alg: Default::default(),
            curve: Default::default(),
            in_we: Default::default(),
            in_addr: Default::default(),
            in_data: Default::default(),
            k_addr: Default::default(),
            k_data: Default::default(),
            k_valid: Default::default(),
            k_clear: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fatal: Default::default(),
            eng: Default::default(),
            fsm: Default::default(),
            step: Default::default(),
            alg_r: Default::default(),
            alg_n: Default::default(),
            crv: Default::default(),
            have: Default::default(),
            kval: Default::default(),
            cnt: Default::default(),
            cnt_b: Default::default(),
            ocnt: Default::default(),
            ocnt_b: Default::default(),
            x_reg: Default::default(),
            h1_reg: Default::default(),
            k_reg: Default::default(),
            v_reg: Default::default(),
            t_reg: Default::default(),
            err: Default::default(),
            code: Default::default(),
            done_r: Default::default(),
            alarm: Default::default(),
            s_idle: c6(state::IDLE),
            s_launch: c6(state::LAUNCH),
            s_run: c6(state::RUN),
            st_none: c7(step::NONE),
            st_d: c7(step::D),
            st_e: c7(step::E),
            st_f: c7(step::F),
            st_g: c7(step::G),
            st_h: c7(step::H),
            st_h2: c7(step::H2),
            st_uk: c7(step::UK),
            st_uv: c7(step::UV),
            c_v0: Constant::new(Bits::<64>::from(0x0101_0101_0101_0101u64)),
            c_tag1: Constant::new(Bits::<64>::from(1u64 << 56)),
            is_idle: Default::default(),
            is_launch: Default::default(),
            is_run: Default::default(),
            is_d: Default::default(),
            is_f: Default::default(),
            is_h: Default::default(),
            is_h2: Default::default(),
            is_uk: Default::default(),
            step_ok: Default::default(),
            flags_ok: Default::default(),
            cfg_ok: Default::default(),
            live: Default::default(),
            bad: Default::default(),
            wipe: Default::default(),
            held: Default::default(),
            released: Default::default(),
            p384: Default::default(),
            two_v: Default::default(),
            hw: Default::default(),
            m_hw: Default::default(),
            ll: Default::default(),
            tail: Default::default(),
            total: Default::default(),
            cnt_nx: Default::default(),
            ocnt_nx: Default::default(),
            yx: Default::default(),
            tw: Default::default(),
            c_oh: Default::default(),
            j: Default::default(),
            j_oh: Default::default(),
            sdata: Default::default(),
            s_valid: Default::default(),
            s_last: Default::default(),
            take: Default::default(),
            to_k: Default::default(),
            o_oh: Default::default(),
            gidx: Default::default(),
            lidx: Default::default(),
            l_oh: Default::default(),
            ob: Default::default(),
            ib: Default::default(),
            kd: Default::default(),
            ka_oh: Default::default(),
            kd_oh: Default::default(),
            kout: Default::default(),
            a_oh: Default::default(),
        }
    }
}

impl Logic for Rfc6979Drbg {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fsm, step, alg_r, alg_n, crv, have, kval, cnt, cnt_b, ocnt, ocnt_b, err, code, done_r, alarm);
        for i in 0..6 {
            self.x_reg[i].clock.next = self.clock.val();
            self.x_reg[i].d.next = self.x_reg[i].q.val();
            self.h1_reg[i].clock.next = self.clock.val();
            self.h1_reg[i].d.next = self.h1_reg[i].q.val();
            self.t_reg[i].clock.next = self.clock.val();
            self.t_reg[i].d.next = self.t_reg[i].q.val();
        }
        for i in 0..8 {
            self.k_reg[i].clock.next = self.clock.val();
            self.k_reg[i].d.next = self.k_reg[i].q.val();
            self.v_reg[i].clock.next = self.clock.val();
            self.v_reg[i].d.next = self.v_reg[i].q.val();
        }
        self.cnt_nx.next = self.cnt.q.val();
        self.ocnt_nx.next = self.ocnt.q.val();
        self.done_r.d.next = false;

        // ---- decode ----
        self.is_idle.next = self.fsm.q.val() == self.s_idle.val();
        self.is_launch.next = self.fsm.q.val() == self.s_launch.val();
        self.is_run.next = self.fsm.q.val() == self.s_run.val();
        self.is_d.next = self.step.q.val() == self.st_d.val();
        self.is_f.next = self.step.q.val() == self.st_f.val();
        self.is_h.next = self.step.q.val() == self.st_h.val();
        self.is_h2.next = self.step.q.val() == self.st_h2.val();
        self.is_uk.next = self.step.q.val() == self.st_uk.val();
        self.held.next = self.have.q.val() == 7;
        self.released.next = self.kval.q.val() == 7;
        self.p384.next = self.crv.q.val() == 7;
        self.live.next = !self.is_idle.val() | self.held.val();

        // ---- SEC_CM: FSM.SPARSE, CTRL.MUBI, CTR.REDUN and cross-checks ----
        self.step_ok.next = (self.step.q.val() == self.st_none.val()) | self.is_d.val() | (self.step.q.val() == self.st_e.val()) | self.is_f.val() | (self.step.q.val() == self.st_g.val()) | self.is_h.val() | self.is_h2.val() | self.is_uk.val() | (self.step.q.val() == self.st_uv.val());
        self.flags_ok.next = ((self.crv.q.val() == 0) | (self.crv.q.val() == 7)) & ((self.have.q.val() == 0) | (self.have.q.val() == 7)) & ((self.kval.q.val() == 0) | (self.kval.q.val() == 7)) & (self.cnt.q.val() == self.cnt_b.q.val()) & (self.ocnt.q.val() == self.ocnt_b.q.val());
        // The algorithm (with its complement) and the curve are live while a command runs
        // or the DRBG state is held; otherwise they are wiped.
        self.cfg_ok.next = true;
        if self.live.val() {
            if ((self.alg_r.q.val() ^ self.alg_n.q.val()) != 3) | (self.alg_r.q.val() == 3) {
                self.cfg_ok.next = false;
            }
        } else if (self.alg_r.q.val() != 0) | (self.alg_n.q.val() != 0) | (self.crv.q.val() != 0) {
            self.cfg_ok.next = false;
        }
        self.bad.next = !(self.is_idle.val() | self.is_launch.val() | self.is_run.val()) | !self.step_ok.val() | !self.flags_ok.val() | !self.cfg_ok.val();
        // Idle exactly when no step; the flags only in their states; counters only in Run.
        if self.is_idle.val() ^ (self.step.q.val() == self.st_none.val()) {
            self.bad.next = true;
        }
        if (self.released.val() & !self.held.val()) | (self.held.val() & !self.is_idle.val()) {
            self.bad.next = true;
        }
        if !self.is_run.val() & ((self.cnt.q.val() != 0) | (self.ocnt.q.val() != 0)) {
            self.bad.next = true;
        }
        // The engine runs exactly while this block is in Run; its alarm and errors are ours.
        if (self.is_run.val() ^ self.eng.busy.val()) | self.eng.fatal.val() | self.eng.error.val() {
            self.bad.next = true;
        }
        // Its `done` shows only after the last MAC word (never in Run); every MAC word is full.
        if self.is_run.val() & (self.eng.done.val() | (self.eng.out_valid.val() & (self.eng.out_bytes.val() != 8))) {
            self.bad.next = true;
        }

        // ---- configuration ----
        self.hw.next = 4.into();
        if self.alg_r.q.val() == 1 {
            self.hw.next = 6.into();
        }
        if self.alg_r.q.val() == 2 {
            self.hw.next = 8.into();
        }
        self.m_hw.next = 4.into();
        if self.alg.val() == 1 {
            self.m_hw.next = 6.into();
        }
        if self.alg.val() == 2 {
            self.m_hw.next = 8.into();
        }
        self.ll.next = 4.into();
        if self.p384.val() {
            self.ll.next = 6.into();
        }
        self.two_v.next = (self.alg_r.q.val() == 0) & self.p384.val();
        // Words after V: the seed's 2·rlen + 1 bytes (2L + 1 words), V ‖ 0x00's one byte.
        self.tail.next = 0.into();
        if self.is_d.val() | self.is_f.val() {
            self.tail.next = (self.ll.val() << 1) + 1;
        }
        if self.is_uk.val() {
            self.tail.next = 1.into();
        }
        self.total.next = self.hw.val() + self.tail.val();

        // ---- message packing: V, then tag ‖ int2octets(x) ‖ bits2octets(h1) ----
        // yx[0] = tag << 56, yx[1 + j] = Y_j (operand word j of the big-endian octets),
        // zero after; tail word j = (yx[j] >> 56) | (yx[j + 1] << 8).
        for i in 0..14 {
            self.yx[i].next = 0.into();
        }
        if self.is_f.val() {
            self.yx[0].next = self.c_tag1.val();
        }
        if self.p384.val() {
            for j in 0..6 {
                self.yx[1 + j].next = self.x_reg[5 - j].q.val();
                self.yx[7 + j].next = self.h1_reg[5 - j].q.val();
            }
        } else {
            for j in 0..4 {
                self.yx[1 + j].next = self.x_reg[3 - j].q.val();
                self.yx[5 + j].next = self.h1_reg[3 - j].q.val();
            }
        }
        for j in 0..13 {
            self.tw[j].next = (self.yx[j].val() >> 56) | (self.yx[j + 1].val() << 8);
        }
        self.c_oh.next = bits::<8>(1) << self.cnt.q.val();
        self.j.next = self.cnt.q.val() - self.hw.val();
        self.j_oh.next = bits::<13>(1) << self.j.val();
        self.sdata.next = 0.into();
        if self.cnt.q.val() < self.hw.val() {
            for i in 0..8 {
                if self.c_oh.val().get_bit(i) {
                    self.sdata.next = self.v_reg[i].q.val();
                }
            }
        } else {
            for i in 0..13 {
                if self.j_oh.val().get_bit(i) {
                    self.sdata.next = self.tw[i].val();
                }
            }
        }
        self.s_valid.next = self.is_run.val() & (self.cnt.q.val() < self.total.val());
        self.s_last.next = self.cnt.q.val() == (self.total.val() - 1);
        // Byte reversal: an operand limb to its big-endian octets (as a stream word),
        // a MAC word of T to its limb of int(T).
        self.ib.next = (bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(0)) << 56) | (bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(8)) << 48) | (bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(16)) << 40) | (bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(24)) << 32) | (bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(32)) << 24) | (bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(40)) << 16) | (bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(48)) << 8) | bit_cast::<64, 8>(self.in_data.val().get_bits::<8>(56));
        self.ob.next = (bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(0)) << 56) | (bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(8)) << 48) | (bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(16)) << 40) | (bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(24)) << 32) | (bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(32)) << 24) | (bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(40)) << 16) | (bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(48)) << 8) | bit_cast::<64, 8>(self.eng.out_data.val().get_bits::<8>(56));

        // ---- the SHA-2 / HMAC engine: stream in, key port on K, MAC out ----
        self.eng.clock.next = self.clock.val();
        self.eng.reset.next = self.reset.val();
        self.eng.zeroize.next = self.zeroize.val() | self.alarm.q.val();
        self.eng.start.next = self.is_launch.val();
        // HMAC (mode bit 3) over SHA-256 / SHA-384 / SHA-512 (engine codes 1, 2, 3), |K| = hlen.
        self.eng.mode.next = bit_cast::<4, 2>(self.alg_r.q.val()) + 9;
        self.eng.key_len.next = bit_cast::<8, 5>(self.hw.val()) << 3;
        self.ka_oh.next = bits::<8>(1) << self.eng.key_addr.val();
        self.kd.next = 0.into();
        if self.eng.key_re.val() {
            for i in 0..8 {
                if self.ka_oh.val().get_bit(i) {
                    self.kd.next = self.k_reg[i].q.val();
                }
            }
        }
        self.eng.key_data.next = self.kd.val();
        self.eng.in_valid.next = self.s_valid.val();
        self.eng.in_data.next = 0.into();
        self.eng.in_last.next = false;
        self.eng.in_bytes.next = 0.into();
        if self.s_valid.val() {
            self.eng.in_data.next = self.sdata.val();
            self.eng.in_last.next = self.s_last.val();
            self.eng.in_bytes.next = 8.into();
            if self.s_last.val() & (self.tail.val() != 0) {
                self.eng.in_bytes.next = 1.into();
            }
        }
        self.eng.out_ready.next = self.is_run.val();
        if self.s_valid.val() & self.eng.in_ready.val() {
            self.cnt_nx.next = self.cnt.q.val() + 1;
        }

        // ---- MAC words into K, V and T; the step sequence (RFC 6979 §3.2 d–h) ----
        self.take.next = self.is_run.val() & self.eng.out_valid.val();
        self.to_k.next = self.is_d.val() | self.is_f.val() | self.is_uk.val();
        self.o_oh.next = bits::<8>(1) << self.ocnt.q.val();
        // Word g of T (g = ocnt, + hlen/8 for the second V) is limb L − 1 − g of int(T).
        self.gidx.next = bit_cast::<5, 4>(self.ocnt.q.val());
        if self.is_h2.val() {
            self.gidx.next = bit_cast::<5, 4>(self.ocnt.q.val()) + self.hw.val();
        }
        self.lidx.next = (self.ll.val() - self.gidx.val()) - 1;
        self.l_oh.next = 0.into();
        if self.gidx.val() < self.ll.val() {
            self.l_oh.next = bits::<6>(1) << self.lidx.val();
        }
        if self.is_launch.val() {
            self.fsm.d.next = self.s_run.val();
        }
        if self.take.val() {
            for i in 0..8 {
                if self.o_oh.val().get_bit(i) {
                    if self.to_k.val() {
                        self.k_reg[i].d.next = self.eng.out_data.val();
                    } else {
                        self.v_reg[i].d.next = self.eng.out_data.val();
                    }
                }
            }
            if self.is_h.val() | self.is_h2.val() {
                for l in 0..6 {
                    if self.l_oh.val().get_bit(l) {
                        self.t_reg[l].d.next = self.ob.val();
                    }
                }
            }
            self.ocnt_nx.next = self.ocnt.q.val() + 1;
            if self.eng.out_last.val() {
                self.ocnt_nx.next = 0.into();
                self.cnt_nx.next = 0.into();
                self.fsm.d.next = self.s_launch.val();
                if self.is_d.val() {
                    self.step.d.next = self.st_e.val();
                } else if self.step.q.val() == self.st_e.val() {
                    self.step.d.next = self.st_f.val();
                } else if self.is_f.val() {
                    // KEY.SEC_WIPE: step f was the last use of x and h1.
                    self.step.d.next = self.st_g.val();
                    for i in 0..6 {
                        self.x_reg[i].d.next = 0.into();
                        self.h1_reg[i].d.next = 0.into();
                    }
                } else if self.step.q.val() == self.st_g.val() {
                    self.step.d.next = self.st_h.val();
                } else if self.is_h.val() & self.two_v.val() {
                    self.step.d.next = self.st_h2.val();
                } else if self.is_uk.val() {
                    self.step.d.next = self.st_uv.val();
                } else if self.step.q.val() == self.st_uv.val() {
                    self.step.d.next = self.st_h.val();
                } else {
                    // h.2 done: the candidate is in T; K, V stay for `next_k`.
                    self.step.d.next = self.st_none.val();
                    self.fsm.d.next = self.s_idle.val();
                    self.have.d.next = 7.into();
                    self.kval.d.next = 7.into();
                    self.done_r.d.next = true;
                }
            }
        }

        // ---- commands and operand writes ----
        self.a_oh.next = bits::<16>(1) << self.in_addr.val();
        if self.is_idle.val() {
            if self.in_we.val() {
                if self.a_oh.val().get_bit(6) | self.a_oh.val().get_bit(7) | self.a_oh.val().get_bit(14) | self.a_oh.val().get_bit(15) {
                    self.err.d.next = true;
                    self.code.d.next = 5.into();
                }
                for i in 0..6 {
                    if self.a_oh.val().get_bit(i) {
                        self.x_reg[i].d.next = self.ib.val();
                    }
                    if self.a_oh.val().get_bit(8 + i) {
                        self.h1_reg[i].d.next = self.ib.val();
                    }
                }
            }
            if self.k_clear.val() {
                self.kval.d.next = 0.into();
                for i in 0..6 {
                    self.t_reg[i].d.next = 0.into();
                }
            }
            if (self.start.val() | self.next_k.val()) & self.alarm.q.val() {
                self.err.d.next = true;
                self.code.d.next = 6.into();
            } else if self.start.val() {
                if self.alg.val() == 3 {
                    self.err.d.next = true;
                    self.code.d.next = 1.into();
                } else {
                    self.err.d.next = false;
                    self.code.d.next = 0.into();
                    self.alg_r.d.next = self.alg.val();
                    self.alg_n.d.next = !self.alg.val();
                    self.crv.d.next = 0.into();
                    if self.curve.val() {
                        self.crv.d.next = 7.into();
                    }
                    self.have.d.next = 0.into();
                    self.kval.d.next = 0.into();
                    // Steps b, c: V = 0x01 0x01 … 0x01, K = 0x00 0x00 … 0x00 (hlen bytes).
                    for i in 0..8 {
                        self.k_reg[i].d.next = 0.into();
                        self.v_reg[i].d.next = 0.into();
                    }
                    for i in 0..4 {
                        self.v_reg[i].d.next = self.c_v0.val();
                    }
                    if self.m_hw.val() >= 6 {
                        self.v_reg[4].d.next = self.c_v0.val();
                        self.v_reg[5].d.next = self.c_v0.val();
                    }
                    if self.m_hw.val() == 8 {
                        self.v_reg[6].d.next = self.c_v0.val();
                        self.v_reg[7].d.next = self.c_v0.val();
                    }
                    for i in 0..6 {
                        self.t_reg[i].d.next = 0.into();
                    }
                    self.step.d.next = self.st_d.val();
                    self.fsm.d.next = self.s_launch.val();
                }
            } else if self.next_k.val() {
                if !self.held.val() {
                    self.err.d.next = true;
                    self.code.d.next = 4.into();
                } else {
                    self.err.d.next = false;
                    self.code.d.next = 0.into();
                    self.have.d.next = 0.into();
                    self.kval.d.next = 0.into();
                    for i in 0..6 {
                        self.t_reg[i].d.next = 0.into();
                    }
                    self.step.d.next = self.st_uk.val();
                    self.fsm.d.next = self.s_launch.val();
                }
            }
        } else {
            if self.in_we.val() {
                self.err.d.next = true;
                self.code.d.next = 3.into();
            }
            if self.start.val() | self.next_k.val() {
                self.err.d.next = true;
                self.code.d.next = 2.into();
            }
        }
        self.cnt.d.next = self.cnt_nx.val();
        self.cnt_b.d.next = self.cnt_nx.val();
        self.ocnt.d.next = self.ocnt_nx.val();
        self.ocnt_b.d.next = self.ocnt_nx.val();

        // ---- KEY.SEC_WIPE: zeroize, reset, a fault, or a standing alarm ----
        self.wipe.next = self.zeroize.val() | self.reset.val() | self.bad.val() | self.alarm.q.val();
        if self.wipe.val() {
            self.fsm.d.next = self.s_idle.val();
            self.step.d.next = self.st_none.val();
            self.alg_r.d.next = 0.into();
            self.alg_n.d.next = 0.into();
            self.crv.d.next = 0.into();
            self.have.d.next = 0.into();
            self.kval.d.next = 0.into();
            self.cnt.d.next = 0.into();
            self.cnt_b.d.next = 0.into();
            self.ocnt.d.next = 0.into();
            self.ocnt_b.d.next = 0.into();
            self.done_r.d.next = false;
            for i in 0..6 {
                self.x_reg[i].d.next = 0.into();
                self.h1_reg[i].d.next = 0.into();
                self.t_reg[i].d.next = 0.into();
            }
            for i in 0..8 {
                self.k_reg[i].d.next = 0.into();
                self.v_reg[i].d.next = 0.into();
            }
        }
        if self.bad.val() {
            self.alarm.d.next = true;
        }
        if self.zeroize.val() {
            self.err.d.next = false;
            self.code.d.next = 0.into();
        }
        if self.reset.val() {
            self.alarm.d.next = false;
            self.err.d.next = false;
            self.code.d.next = 0.into();
        }

        // ---- outputs (k_data zero unless k_valid) ----
        self.busy.next = !self.is_idle.val();
        self.done.next = self.done_r.q.val() & self.released.val();
        self.error.next = self.err.q.val();
        self.err_code.next = self.code.q.val();
        self.fatal.next = self.alarm.q.val();
        self.k_valid.next = self.released.val();
        self.kd_oh.next = bits::<6>(1) << self.k_addr.val();
        self.kout.next = 0.into();
        if self.released.val() {
            for l in 0..6 {
                if self.kd_oh.val().get_bit(l) {
                    self.kout.next = self.t_reg[l].q.val();
                }
            }
        }
        self.k_data.next = self.kout.val();
    }
}
