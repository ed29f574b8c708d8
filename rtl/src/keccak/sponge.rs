//! The SHA-3 / SHAKE sponge engine (FIPS 202 §4, §5.1, §6) around the Keccak core.
//!
//! Streams carry 64-bit little-endian words with valid/ready. Input: every word but
//! the last is full; the last (`in_last`) carries `in_bytes` = 0..=8 message bytes.
//! Padding (domain bits and pad10*1) is done here, in hardware. Output: `out_len`
//! bytes (the digest length in the SHA3 modes) as words, the last flagged with
//! `out_last` and `out_bytes`. Both sides may stall at any time.
//!
//! Latency: the word that completes a block also starts the permutation (the core
//! absorbs it in that edge and runs the rounds from the next), so a block costs rate/8
//! cycles of input plus 24/R more (R rounds per clock of the core: 12 for
//! `KeccakSponge` over `KeccakCoreR2`, 24 for `KeccakSpongeR1` over `KeccakCoreR1`, the
//! smaller one for FPGAs); squeezing a block costs rate/8 output cycles plus 24/R per
//! further permutation.
//!
//! Error codes (`error` stays high with `err_code` until the next accepted `start`):
//! 1 unknown mode (start ignored), 2 SHAKE squeeze of zero bytes (start ignored),
//! 3 start while busy (ignored, the operation goes on), 4 a non-last word with
//! `in_bytes` != 8 (operation aborted, state wiped), 5 `in_bytes` > 8 (aborted, wiped),
//! 6 start refused because `fatal` is set.
//!
//! Threat contract (GUIDE §6): `out_data`, `out_last` and `out_bytes` are zero unless
//! `out_valid`. `zeroize` and `reset` wipe the state and every register in **1 cycle**
//! and return to idle (`reset` also clears `fatal` and the error status); the state is
//! also wiped at the end of every operation and on every abort, in the edge after it
//! (the `done` cycle; from the register `end_wipe`, so that the FSM's decode does not
//! drive the 1,600 flops' clear). The FSM and its return
//! register `after` hold 6-bit sparse codes (`secure::SPARSE6`, SEC_CM: FSM.SPARSE); an
//! illegal code in either wipes the sponge's registers in the next edge, raises the
//! sticky `fatal` and wipes the core's state one edge later (SEC_CM: KEY.SEC_WIPE); a
//! fault the core detects (its sparse run flag or redundant step counter) raises its
//! `fatal` in the next edge, which wipes the core's state and the sponge's registers
//! one edge later (2 cycles in all). The state's clear thus comes from registers only.
//! `start` is
//! then refused with error 6 until `reset`. No test port: the co-simulation reads the state through
//! probes.

use super::core::{KeccakCoreR1, KeccakCoreR2};
use rust_hdl::prelude::*;

pub const ERR_BAD_MODE: u8 = 1;
pub const ERR_ZERO_SQUEEZE: u8 = 2;
pub const ERR_BUSY: u8 = 3;
pub const ERR_PARTIAL_WORD: u8 = 4;
pub const ERR_BAD_LENGTH: u8 = 5;
pub const ERR_FATAL: u8 = 6;

/// The sponge FSM's sparse state codes (`secure::SPARSE6`; Idle is the wiped value).
pub mod state {
    use crate::secure::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    pub const ABSORB: u64 = SPARSE6[1];
    pub const PAD: u64 = SPARSE6[2];
    pub const PERM_WAIT: u64 = SPARSE6[3];
    pub const SQUEEZE: u64 = SPARSE6[4];
    /// Every legal code, for the fault campaign.
    pub const ALL: [u64; 5] = [IDLE, ABSORB, PAD, PERM_WAIT, SQUEEZE];
}

macro_rules! keccak_sponge {
    ($name:ident, $core:ident) => {
        /// The sponge engine around
        #[doc = stringify!($core)]
        #[derive(LogicBlock)]
        pub struct $name {
            pub clock: Signal<In, Clock>,
            pub reset: Signal<In, Bit>,
            pub zeroize: Signal<In, Bit>,
            pub start: Signal<In, Bit>,
            pub mode: Signal<In, Bits<3>>,
            pub out_len: Signal<In, Bits<24>>,
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
            /// Sticky fault alarm (SEC_CM: FSM.SPARSE); cleared by `reset`.
            pub fatal: Signal<Out, Bit>,
            core: $core,
            fsm: DFF<Bits<6>>,
            after: DFF<Bits<6>>,
            alarm: DFF<Bit>,
            s_idle: Constant<Bits<6>>,
            s_absorb: Constant<Bits<6>>,
            s_pad: Constant<Bits<6>>,
            s_perm_wait: Constant<Bits<6>>,
            s_squeeze: Constant<Bits<6>>,
            rate_last: DFF<Bits<5>>,
            domain: DFF<Bits<8>>,
            cnt: DFF<Bits<5>>,
            remaining: DFF<Bits<24>>,
            err: DFF<Bit>,
            code: DFF<Bits<4>>,
            done_r: DFF<Bit>,
            /// The lane select, registered: (1 << cnt) ^ 1 (zero when cnt = 0, so a wiped
            /// block is all-zero), loaded from `cnt`'s next value. It drives the absorb
            /// XOR and the output select from flops; it is also a redundant copy of
            /// `cnt` (SEC_CM: CTR.REDUN): a disagreement is a fault.
            lanes_q: DFF<Bits<25>>,
            /// `remaining <= 8`, registered with `remaining` (the squeeze's last word).
            last_q: DFF<Bit>,
            /// The wipe at the end of an operation or an abort, one edge after it (so
            /// the core's 1,600-flop clear comes from a register, not the FSM's decode).
            end_wipe: DFF<Bit>,
            // Decoded from the `mode` input at start.
            m_ok: Signal<Local, Bit>,
            m_xof: Signal<Local, Bit>,
            m_rate_last: Signal<Local, Bits<5>>,
            m_domain: Signal<Local, Bits<8>>,
            m_len: Signal<Local, Bits<24>>,
            cnt_oh: Signal<Local, Bits<25>>,
            end_oh: Signal<Local, Bits<25>>,
            at_end: Signal<Local, Bit>,
            shift: Signal<Local, Bits<7>>,
            byte_mask: Signal<Local, Bits<64>>,
            pad_word: Signal<Local, Bits<64>>,
            out_is_last: Signal<Local, Bit>,
            /// The output lanes masked by the one-hot lane select, ORed in a balanced
            /// tree (a chain of 25 selects otherwise): `out_or[j]` ORs lanes 4j .. 4j+3.
            out_lane: [Signal<Local, Bits<64>>; 25],
            out_or: [Signal<Local, Bits<64>>; 7],
            fsm_ok: Signal<Local, Bit>,
            after_ok: Signal<Local, Bit>,
            lanes_ok: Signal<Local, Bit>,
            wipe: Signal<Local, Bit>,
        }

        impl Default for $name {
            fn default() -> Self {
                let code = |c: u64| Constant::new(Bits::<6>::from(c));
                Self {
                    clock: Default::default(),
                    reset: Default::default(),
                    zeroize: Default::default(),
                    start: Default::default(),
                    mode: Default::default(),
                    out_len: Default::default(),
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
                    core: Default::default(),
                    fsm: Default::default(),
                    after: Default::default(),
                    alarm: Default::default(),
                    s_idle: code(state::IDLE),
                    s_absorb: code(state::ABSORB),
                    s_pad: code(state::PAD),
                    s_perm_wait: code(state::PERM_WAIT),
                    s_squeeze: code(state::SQUEEZE),
                    rate_last: Default::default(),
                    domain: Default::default(),
                    cnt: Default::default(),
                    remaining: Default::default(),
                    err: Default::default(),
                    code: Default::default(),
                    done_r: Default::default(),
                    lanes_q: Default::default(),
                    last_q: Default::default(),
                    end_wipe: Default::default(),
                    m_ok: Default::default(),
                    m_xof: Default::default(),
                    m_rate_last: Default::default(),
                    m_domain: Default::default(),
                    m_len: Default::default(),
                    cnt_oh: Default::default(),
                    end_oh: Default::default(),
                    at_end: Default::default(),
                    shift: Default::default(),
                    byte_mask: Default::default(),
                    pad_word: Default::default(),
                    out_is_last: Default::default(),
                    out_lane: Default::default(),
                    out_or: Default::default(),
                    fsm_ok: Default::default(),
                    after_ok: Default::default(),
                    lanes_ok: Default::default(),
                    wipe: Default::default(),
                }
            }
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                dff_setup!(self, clock, fsm, after, alarm, rate_last, domain, cnt, lanes_q, remaining, err, code, done_r, last_q, end_wipe);
                self.core.clock.next = self.clock.val();
                self.core.reset.next = self.reset.val();
                self.core.clear.next = self.end_wipe.q.val();
                self.end_wipe.d.next = false;
                self.core.xor_lanes.next = 0.into();
                self.core.xor_data.next = 0.into();
                self.core.end_lanes.next = 0.into();
                self.core.start.next = false;
                // SEC_CM: FSM.SPARSE: both state registers hold a legal code.
                self.fsm_ok.next = (self.fsm.q.val() == self.s_idle.val()) | (self.fsm.q.val() == self.s_absorb.val()) | (self.fsm.q.val() == self.s_pad.val()) | (self.fsm.q.val() == self.s_perm_wait.val()) | (self.fsm.q.val() == self.s_squeeze.val());
                self.after_ok.next = (self.after.q.val() == self.s_idle.val()) | (self.after.q.val() == self.s_absorb.val()) | (self.after.q.val() == self.s_pad.val()) | (self.after.q.val() == self.s_squeeze.val());
                self.fatal.next = self.alarm.q.val() | self.core.fatal.val();
                self.busy.next = self.fsm.q.val() != self.s_idle.val();
                self.done.next = self.done_r.q.val();
                self.done_r.d.next = false;
                self.error.next = self.err.q.val();
                self.err_code.next = self.code.q.val();

                // Mode decode: rate r/8 - 1 lanes, domain byte, digest length (FIPS 202 §6).
                self.m_ok.next = true;
                self.m_xof.next = false;
                self.m_rate_last.next = 16.into();
                self.m_domain.next = 6.into();
                self.m_len.next = 32.into();
                match self.mode.val().index() {
                    0 => {
                        self.m_rate_last.next = 17.into();
                        self.m_len.next = 28.into();
                    }
                    1 => {}
                    2 => {
                        self.m_rate_last.next = 12.into();
                        self.m_len.next = 48.into();
                    }
                    3 => {
                        self.m_rate_last.next = 8.into();
                        self.m_len.next = 64.into();
                    }
                    4 => {
                        self.m_rate_last.next = 20.into();
                        self.m_domain.next = 31.into();
                        self.m_xof.next = true;
                        self.m_len.next = self.out_len.val();
                    }
                    5 => {
                        self.m_domain.next = 31.into();
                        self.m_xof.next = true;
                        self.m_len.next = self.out_len.val();
                    }
                    _ => {
                        self.m_ok.next = false;
                    }
                }

                // Lane selection and the last word's byte mask and padding (§5.1).
                self.cnt_oh.next = self.lanes_q.q.val() ^ bits::<25>(1);
                self.lanes_ok.next = self.lanes_q.q.val() == ((bits::<25>(1) << self.cnt.q.val()) ^ bits::<25>(1));
                self.end_oh.next = bits::<25>(1) << self.rate_last.q.val();
                self.at_end.next = self.cnt.q.val() == self.rate_last.q.val();
                self.shift.next = bit_cast::<7, 4>(self.in_bytes.val()) << 3;
                self.byte_mask.next = (bits::<64>(1) << self.shift.val()) - 1;
                self.pad_word.next = bit_cast::<64, 8>(self.domain.q.val()) << self.shift.val();

                // Output stream: the lane at `cnt`, only while squeezing (zero otherwise).
                self.out_is_last.next = self.last_q.q.val();
                self.out_valid.next = self.fsm.q.val() == self.s_squeeze.val();
                for i in 0..25 {
                    self.out_lane[i].next = 0.into();
                    if self.cnt_oh.val().get_bit(i) {
                        self.out_lane[i].next = self.core.state_out[i].val();
                    }
                }
                for j in 0..6 {
                    self.out_or[j].next = self.out_lane[4 * j].val() | self.out_lane[4 * j + 1].val() | self.out_lane[4 * j + 2].val() | self.out_lane[4 * j + 3].val();
                }
                self.out_or[6].next = self.out_lane[24].val();
                self.out_data.next = 0.into();
                self.out_last.next = false;
                self.out_bytes.next = 0.into();
                if self.out_valid.val() {
                    self.out_data.next = (self.out_or[0].val() | self.out_or[1].val() | self.out_or[2].val()) | (self.out_or[3].val() | self.out_or[4].val() | self.out_or[5].val() | self.out_or[6].val());
                    self.out_last.next = self.out_is_last.val();
                    self.out_bytes.next = 8.into();
                    if self.out_is_last.val() {
                        self.out_bytes.next = bit_cast::<4, 24>(self.remaining.q.val());
                    }
                }
                self.in_ready.next = false;
                // The edge after an operation's end or abort: the mode registers too (a
                // start in this cycle loads them again below).
                if self.end_wipe.q.val() {
                    self.after.d.next = self.s_idle.val();
                    self.rate_last.d.next = 0.into();
                    self.domain.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.remaining.d.next = 0.into();
                    self.last_q.d.next = false;
                }

                if self.fsm.q.val() == self.s_idle.val() {
                        if self.start.val() & self.alarm.q.val() {
                            self.err.d.next = true;
                            self.code.d.next = 6.into();
                        } else if self.start.val() {
                            if !self.m_ok.val() {
                                self.err.d.next = true;
                                self.code.d.next = 1.into();
                            } else if self.m_xof.val() & (self.out_len.val() == 0) {
                                self.err.d.next = true;
                                self.code.d.next = 2.into();
                            } else {
                                self.err.d.next = false;
                                self.code.d.next = 0.into();
                                self.rate_last.d.next = self.m_rate_last.val();
                                self.domain.d.next = self.m_domain.val();
                                self.remaining.d.next = self.m_len.val();
                                self.last_q.d.next = self.m_len.val() <= 8;
                                self.cnt.d.next = 0.into();
                                self.fsm.d.next = self.s_absorb.val();
                            }
                        }
                } else if self.fsm.q.val() == self.s_absorb.val() {
                        self.in_ready.next = true;
                        if self.in_valid.val() {
                            if self.in_bytes.val() > 8 {
                                self.err.d.next = true;
                                self.code.d.next = 5.into();
                                self.end_wipe.d.next = true;
                                self.fsm.d.next = self.s_idle.val();
                            } else if !self.in_last.val() & (self.in_bytes.val() != 8) {
                                self.err.d.next = true;
                                self.code.d.next = 4.into();
                                self.end_wipe.d.next = true;
                                self.fsm.d.next = self.s_idle.val();
                            } else if self.in_bytes.val() == 8 {
                                // A full word: absorb; the word that fills the block starts Keccak-f.
                                self.core.xor_lanes.next = self.cnt_oh.val();
                                self.core.xor_data.next = self.in_data.val();
                                if self.at_end.val() {
                                    self.core.start.next = true;
                                    self.cnt.d.next = 0.into();
                                    self.fsm.d.next = self.s_perm_wait.val();
                                    self.after.d.next = self.s_absorb.val();
                                    if self.in_last.val() {
                                        self.after.d.next = self.s_pad.val();
                                    }
                                } else {
                                    self.cnt.d.next = self.cnt.q.val() + 1;
                                    if self.in_last.val() {
                                        self.fsm.d.next = self.s_pad.val();
                                    }
                                }
                            } else {
                                // The last, partial word: message bytes, domain bits, pad10*1.
                                self.core.xor_lanes.next = self.cnt_oh.val();
                                self.core.xor_data.next = (self.in_data.val() & self.byte_mask.val()) | self.pad_word.val();
                                self.core.end_lanes.next = self.end_oh.val();
                                self.core.start.next = true;
                                self.cnt.d.next = 0.into();
                                self.fsm.d.next = self.s_perm_wait.val();
                                self.after.d.next = self.s_squeeze.val();
                            }
                        }
                } else if self.fsm.q.val() == self.s_pad.val() {
                        // The message ended on a word boundary: padding starts a new word.
                        self.core.xor_lanes.next = self.cnt_oh.val();
                        self.core.xor_data.next = bit_cast::<64, 8>(self.domain.q.val());
                        self.core.end_lanes.next = self.end_oh.val();
                        self.core.start.next = true;
                        self.cnt.d.next = 0.into();
                        self.fsm.d.next = self.s_perm_wait.val();
                        self.after.d.next = self.s_squeeze.val();
                } else if self.fsm.q.val() == self.s_perm_wait.val() {
                        if self.core.last_step.val() {
                            self.fsm.d.next = self.after.q.val();
                        }
                } else if self.fsm.q.val() == self.s_squeeze.val() {
                        if self.out_ready.val() {
                            if self.out_is_last.val() {
                                // Done: wipe the state so no secret outlives the operation.
                                self.remaining.d.next = 0.into();
                                self.last_q.d.next = false;
                                self.cnt.d.next = 0.into();
                                self.end_wipe.d.next = true;
                                self.done_r.d.next = true;
                                self.fsm.d.next = self.s_idle.val();
                            } else {
                                self.remaining.d.next = self.remaining.q.val() - 8;
                                self.last_q.d.next = self.remaining.q.val() <= 16;
                                if self.at_end.val() {
                                    self.core.start.next = true;
                                    self.cnt.d.next = 0.into();
                                    self.fsm.d.next = self.s_perm_wait.val();
                                    self.after.d.next = self.s_squeeze.val();
                                } else {
                                    self.cnt.d.next = self.cnt.q.val() + 1;
                                }
                            }
                        }
                }
                if self.start.val() & (self.fsm.q.val() != self.s_idle.val()) {
                    self.err.d.next = true;
                    self.code.d.next = 3.into();
                }
                // SEC_CM: KEY.SEC_WIPE: zeroize, reset, or a detected fault (an illegal
                // state code here or in the core) wipes every register in one edge.
                // (The core wipes itself on its own alarm, so `core.fatal` feeds only the
                // sponge's registers, never back into the core's inputs.)
                self.wipe.next = self.zeroize.val() | self.reset.val() | !self.fsm_ok.val() | !self.after_ok.val() | !self.lanes_ok.val();
                if self.wipe.val() {
                    self.core.start.next = false;
                }
                // The core's clear reaches 1,600 flops: it comes from `zeroize`, `reset` and
                // registers only (an illegal code wipes the state from `alarm`, one edge
                // after the sponge's registers).
                if self.zeroize.val() | self.reset.val() | self.alarm.q.val() {
                    self.core.clear.next = true;
                }
                if self.wipe.val() | self.core.fatal.val() {
                    self.fsm.d.next = self.s_idle.val();
                    self.after.d.next = self.s_idle.val();
                    self.rate_last.d.next = 0.into();
                    self.domain.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.remaining.d.next = 0.into();
                    self.last_q.d.next = false;
                    self.end_wipe.d.next = false;
                    self.done_r.d.next = false;
                }
                if self.zeroize.val() {
                    self.err.d.next = false;
                    self.code.d.next = 0.into();
                }
                if !self.fsm_ok.val() | !self.after_ok.val() | !self.lanes_ok.val() | self.core.fatal.val() {
                    self.alarm.d.next = true;
                }
                // The registered lane select follows `cnt`'s next value (after every wipe).
                self.lanes_q.d.next = (bits::<25>(1) << self.cnt.d.val()) ^ bits::<25>(1);
                if self.reset.val() {
                    self.alarm.d.next = false;
                    self.err.d.next = false;
                    self.code.d.next = 0.into();
                }
            }
        }
    };
}

keccak_sponge!(KeccakSponge, KeccakCoreR2);
keccak_sponge!(KeccakSpongeR1, KeccakCoreR1);
