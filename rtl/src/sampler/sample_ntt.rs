//! SampleNTT (FIPS 203 Algorithm 7): rejection sampling of Â[i, j] ∈ T_q from the
//! SHAKE128 XOF stream (the Keccak sponge's `out_*` stream wired to `in_*`).
//!
//! One 3-byte group per cycle: `d1` = bits 0..12 and `d2` = bits 12..24 of the next
//! 24 unread stream bits (steps 5-6), each written if `< q` (steps 7-14) through write
//! port 0 (`d1`) and 1 (`d2`), at the next free indices. After the 256th coefficient the
//! unit finishes the word it holds (no writes), raises `done` and stops taking words
//! (`in_ready` low), so the sequencer can end the squeeze. Latency without stalls:
//! [`super::sample_ntt_cycles`] of the number of words consumed; every cycle in which
//! `in_ready` is high and no word comes adds one.
//!
//! Throughput: 24 stream bits (2 candidates, 1.63 coefficients on average) per cycle,
//! i.e. ⌊8W/3⌋ + 2 cycles for W words (W ≈ 60: ~162 cycles per polynomial). The write
//! ports cap it at 2 coefficients per cycle; the SHAKE128 sponge (21 words per 32 cycles)
//! could deliver ~42 bits per cycle, so `in_ready` paces the sponge.

use super::command::Command;
use super::reservoir::Reservoir;
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct SampleNtt {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    pub in_data: Signal<In, Bits<64>>,
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    pub coef_we: [Signal<Out, Bit>; 2],
    pub coef_idx: [Signal<Out, Bits<8>>; 2],
    pub coef_data: [Signal<Out, Bits<12>>; 2],
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    /// Sticky fault alarm (SEC_CM: FSM.SPARSE, CTR.REDUN); cleared by `reset`.
    pub fatal: Signal<Out, Bit>,
    cmd: Command,
    res: Reservoir,
    fault: Signal<Local, Bit>,
    run: Signal<Local, Bit>,
    consume: Signal<Local, Bit>,
    d1: Signal<Local, Bits<12>>,
    d2: Signal<Local, Bits<12>>,
    a1: Signal<Local, Bit>,
    a2: Signal<Local, Bit>,
    idx2: Signal<Local, Bits<9>>,
    inc: Signal<Local, Bits<2>>,
    filled: Signal<Local, Bit>,
    left: Signal<Local, Bits<7>>,
    room: Signal<Local, Bit>,
    finish: Signal<Local, Bit>,
    wipe: Signal<Local, Bit>,
}

impl Logic for SampleNtt {
    #[hdl_gen]
    fn update(&mut self) {
        self.cmd.clock.next = self.clock.val();
        self.res.clock.next = self.clock.val();
        // SEC_CM: FSM.SPARSE + CTR.REDUN: a legal state and agreeing counters.
        self.fault.next = !self.cmd.legal.val() | self.res.bad.val();
        self.fatal.next = self.cmd.alarm.val() | self.fault.val();
        self.run.next = self.cmd.running.val() & !self.fault.val();
        self.busy.next = self.cmd.busy.val();
        self.done.next = self.cmd.done.val();
        self.error.next = self.cmd.error.val();
        self.err_code.next = self.cmd.err_code.val();

        // Algorithm 7 steps 5-14 on the next 3-byte group C: d1, d2 < q are written.
        self.consume.next = self.run.val() & (self.res.nbits.val() >= 24);
        self.d1.next = bit_cast::<12, 24>(self.res.window.val());
        self.d2.next = bit_cast::<12, 24>(self.res.window.val() >> 12);
        self.a1.next = self.consume.val() & !self.res.count.val().get_bit(8) & (self.d1.val() < 3329);
        self.idx2.next = self.res.count.val();
        if self.a1.val() {
            self.idx2.next = self.res.count.val() + 1;
        }
        self.a2.next = self.consume.val() & !self.idx2.val().get_bit(8) & (self.d2.val() < 3329);
        self.inc.next = 0.into();
        if self.a1.val() & self.a2.val() {
            self.inc.next = 2.into();
        } else if self.a1.val() | self.a2.val() {
            self.inc.next = 1.into();
        }
        self.filled.next = (self.res.count.val() + bit_cast::<9, 2>(self.inc.val())) >= 256;
        // Write ports; data shown only with their write enable.
        self.coef_we[0].next = self.a1.val();
        self.coef_we[1].next = self.a2.val();
        self.coef_idx[0].next = 0.into();
        self.coef_idx[1].next = 0.into();
        self.coef_data[0].next = 0.into();
        self.coef_data[1].next = 0.into();
        if self.a1.val() {
            self.coef_idx[0].next = bit_cast::<8, 9>(self.res.count.val());
            self.coef_data[0].next = self.d1.val();
        }
        if self.a2.val() {
            self.coef_idx[1].next = bit_cast::<8, 9>(self.idx2.val());
            self.coef_data[1].next = self.d2.val();
        }
        // A word is read when fewer than 24 unread bits would remain (as the golden
        // model reads), and only while coefficients are missing.
        self.left.next = self.res.nbits.val();
        self.res.used.next = 0.into();
        if self.consume.val() {
            self.left.next = self.res.nbits.val() - 24;
            self.res.used.next = 24.into();
        }
        self.room.next = self.left.val() < 24;
        self.in_ready.next = self.run.val() & self.room.val() & !self.filled.val();
        self.res.take.next = self.in_ready.val() & self.in_valid.val();
        self.res.word.next = self.in_data.val();
        self.res.inc.next = self.inc.val();

        // Commands; 256 coefficients and the last word used up: done.
        self.cmd.start.next = self.start.val();
        self.cmd.param_ok.next = true;
        self.finish.next = self.run.val() & self.room.val() & self.filled.val();
        self.cmd.finish.next = self.finish.val();
        self.cmd.fault.next = self.fault.val();
        self.cmd.zeroize.next = self.zeroize.val();
        self.cmd.reset.next = self.reset.val();
        // SEC_CM: KEY.SEC_WIPE: zeroize, reset, a detected fault or the alarm wipes in
        // one edge (and keeps the block wiped until reset); `done` wipes the reservoir.
        self.wipe.next = self.zeroize.val() | self.reset.val() | self.fault.val() | self.cmd.alarm.val();
        self.cmd.wipe.next = self.wipe.val();
        self.res.clear.next = self.wipe.val() | self.finish.val();
    }
}
