//! SampleNTT (FIPS 203 Algorithm 7): rejection sampling of Â[i, j] ∈ T_q from the
//! SHAKE128 XOF stream (the Keccak sponge's `out_*` stream wired to `in_*`).
//!
//! Two 3-byte groups per cycle: the next 48 unread stream bits hold the four 12-bit
//! candidates `d1` = bits 0..12, `d2` = 12..24 (the first group's, steps 5-6), `d3` =
//! 24..36, `d4` = 36..48 (the second group's), in stream order. Candidate k (k = 1..4)
//! is accepted if `d_k < q` and fewer than 256 coefficients are written counting the
//! candidates accepted before it in this cycle (steps 7-14); it goes out on write port
//! k − 1 at index `count + (accepted candidates before it)`, so the indices written in
//! one cycle are consecutive and ascending in port order, and the coefficients are
//! exactly the golden model's (which takes one group at a time).
//!
//! After the 256th coefficient the unit finishes the word it holds (no writes), raises
//! `done` and stops taking words (`in_ready` low), so the sequencer can end the squeeze.
//! A word is taken when fewer than 48 unread bits would remain after this cycle's chunk,
//! while coefficients are missing.
//!
//! **Words consumed.** With G = the number of 3-byte groups the golden model reads (the
//! group holding the 256th accepted candidate is group G), the unit reads ⌈G/2⌉ 48-bit
//! chunks, i.e. [`super::sample_ntt_words`]`(G)` = ⌈48·⌈G/2⌉/64⌉ words, where the golden
//! model reads ⌈24G/64⌉. The two agree, except when G is odd and the golden model's last
//! word has fewer than 24 bits left after group G: then the unit has taken one word more
//! (its last chunk's second group, group G + 1, is read and discarded). The stream is
//! SHAKE128's, unbounded; the sequencer stops it after `done`.
//!
//! **Latency** without stalls: [`super::sample_ntt_cycles`]`(W)` = 2 + ⌊4W/3⌋ cycles
//! from `start` to `done` for W words consumed (the unit's count: one cycle takes the
//! first word, then one 48-bit chunk per cycle until every full chunk of the W words is
//! used); every cycle in which `in_ready` is high and no word comes adds one.
//!
//! Throughput: 48 stream bits (4 candidates, 3.25 coefficients on average) per cycle,
//! W ≈ 60 words: ~82 cycles per polynomial (was ~162 with 2 ports). The SHAKE128 sponge
//! (21 words per 32 cycles, ~42 bits per cycle) now paces the unit through `in_ready`.

use super::command::Command;
use super::reservoir::WideReservoir;
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
    pub coef_we: [Signal<Out, Bit>; 4],
    pub coef_idx: [Signal<Out, Bits<8>>; 4],
    pub coef_data: [Signal<Out, Bits<12>>; 4],
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    /// Sticky fault alarm (SEC_CM: FSM.SPARSE, CTR.REDUN); cleared by `reset`.
    pub fatal: Signal<Out, Bit>,
    cmd: Command,
    res: WideReservoir,
    fault: Signal<Local, Bit>,
    run: Signal<Local, Bit>,
    consume: Signal<Local, Bit>,
    d1: Signal<Local, Bits<12>>,
    d2: Signal<Local, Bits<12>>,
    d3: Signal<Local, Bits<12>>,
    d4: Signal<Local, Bits<12>>,
    a1: Signal<Local, Bit>,
    a2: Signal<Local, Bit>,
    a3: Signal<Local, Bit>,
    a4: Signal<Local, Bit>,
    /// Index of candidate k = count + accepted candidates before it; `idx5` = count + inc.
    idx2: Signal<Local, Bits<9>>,
    idx3: Signal<Local, Bits<9>>,
    idx4: Signal<Local, Bits<9>>,
    idx5: Signal<Local, Bits<9>>,
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

        // Algorithm 7 steps 5-14 on the next two 3-byte groups: d1..d4 < q are written,
        // in stream order, while fewer than 256 are written.
        self.consume.next = self.run.val() & (self.res.nbits.val() >= 48);
        self.d1.next = bit_cast::<12, 48>(self.res.window.val());
        self.d2.next = bit_cast::<12, 48>(self.res.window.val() >> 12);
        self.d3.next = bit_cast::<12, 48>(self.res.window.val() >> 24);
        self.d4.next = bit_cast::<12, 48>(self.res.window.val() >> 36);
        self.a1.next = self.consume.val() & !self.res.count.val().get_bit(8) & (self.d1.val() < 3329);
        self.idx2.next = self.res.count.val();
        if self.a1.val() {
            self.idx2.next = self.res.count.val() + 1;
        }
        self.a2.next = self.consume.val() & !self.idx2.val().get_bit(8) & (self.d2.val() < 3329);
        self.idx3.next = self.idx2.val();
        if self.a2.val() {
            self.idx3.next = self.idx2.val() + 1;
        }
        self.a3.next = self.consume.val() & !self.idx3.val().get_bit(8) & (self.d3.val() < 3329);
        self.idx4.next = self.idx3.val();
        if self.a3.val() {
            self.idx4.next = self.idx3.val() + 1;
        }
        self.a4.next = self.consume.val() & !self.idx4.val().get_bit(8) & (self.d4.val() < 3329);
        self.idx5.next = self.idx4.val();
        if self.a4.val() {
            self.idx5.next = self.idx4.val() + 1;
        }
        self.filled.next = self.idx5.val() >= 256;
        // Write ports; data shown only with their write enable.
        self.coef_we[0].next = self.a1.val();
        self.coef_we[1].next = self.a2.val();
        self.coef_we[2].next = self.a3.val();
        self.coef_we[3].next = self.a4.val();
        self.coef_idx[0].next = 0.into();
        self.coef_idx[1].next = 0.into();
        self.coef_idx[2].next = 0.into();
        self.coef_idx[3].next = 0.into();
        self.coef_data[0].next = 0.into();
        self.coef_data[1].next = 0.into();
        self.coef_data[2].next = 0.into();
        self.coef_data[3].next = 0.into();
        if self.a1.val() {
            self.coef_idx[0].next = bit_cast::<8, 9>(self.res.count.val());
            self.coef_data[0].next = self.d1.val();
        }
        if self.a2.val() {
            self.coef_idx[1].next = bit_cast::<8, 9>(self.idx2.val());
            self.coef_data[1].next = self.d2.val();
        }
        if self.a3.val() {
            self.coef_idx[2].next = bit_cast::<8, 9>(self.idx3.val());
            self.coef_data[2].next = self.d3.val();
        }
        if self.a4.val() {
            self.coef_idx[3].next = bit_cast::<8, 9>(self.idx4.val());
            self.coef_data[3].next = self.d4.val();
        }
        // A word is read when fewer than 48 unread bits would remain, and only while
        // coefficients are missing.
        self.left.next = self.res.nbits.val();
        self.res.used.next = 0.into();
        if self.consume.val() {
            self.left.next = self.res.nbits.val() - 48;
            self.res.used.next = 48.into();
        }
        self.room.next = self.left.val() < 48;
        self.in_ready.next = self.run.val() & self.room.val() & !self.filled.val();
        self.res.take.next = self.in_ready.val() & self.in_valid.val();
        self.res.word.next = self.in_data.val();
        self.res.inc.next = bit_cast::<3, 9>(self.idx5.val() - self.res.count.val());

        // Commands; 256 coefficients and the last full chunk used up: done.
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
