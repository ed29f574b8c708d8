//! The Keccak sponge's port on the data buffer: it streams a message from the buffer
//! into the sponge (FIPS 203 §4.1: H, G, J, PRF, XOF inputs) and, for H, G and J, the
//! digest back into the buffer. For PRF and XOF the engine wires the sponge's output
//! stream to the samplers instead.
//!
//! A message is `words` full words from buffer address `src`, then one last word with
//! `suffix_len` (0–2) bytes of `suffix` (the domain bytes k, N, or j‖i). Without
//! stalls a word goes in every cycle: the read of the next word is issued in the cycle
//! the sponge accepts the current one (`buf_raddr` = `src` + next index), so the
//! buffer's one-cycle read latency costs one cycle per message, not one per word.
//! With `to_buffer`, output word n is written to `dst + n` as the sponge offers it.
//!
//! The port runs from `start` until `finish` (the engine's end of the hash step).
//! Command port and hardening: the samplers' [`Command`] child (sparse FSM, error 2
//! start while busy, 6 fatal); the word counters are kept twice (SEC_CM: CTR.REDUN);
//! `zeroize`/`reset` wipe every register in 1 cycle; outputs are zero unless valid.

use crate::sampler::Command;
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct SpongePort {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    /// The end of the hash step (the sponge's or the sampler's `done`).
    pub finish: Signal<In, Bit>,
    pub src: Signal<In, Bits<11>>,
    pub words: Signal<In, Bits<8>>,
    pub suffix: Signal<In, Bits<16>>,
    pub suffix_len: Signal<In, Bits<2>>,
    pub dst: Signal<In, Bits<11>>,
    pub to_buffer: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    pub fatal: Signal<Out, Bit>,
    // To and from the sponge.
    pub s_in_data: Signal<Out, Bits<64>>,
    pub s_in_valid: Signal<Out, Bit>,
    pub s_in_last: Signal<Out, Bit>,
    pub s_in_bytes: Signal<Out, Bits<4>>,
    pub s_in_ready: Signal<In, Bit>,
    pub s_out_data: Signal<In, Bits<64>>,
    pub s_out_valid: Signal<In, Bit>,
    pub s_out_ready: Signal<Out, Bit>,
    // Buffer.
    pub buf_re: Signal<Out, Bit>,
    pub buf_raddr: Signal<Out, Bits<11>>,
    pub buf_rdata: Signal<In, Bits<64>>,
    pub buf_we: Signal<Out, Bit>,
    pub buf_waddr: Signal<Out, Bits<11>>,
    pub buf_wdata: Signal<Out, Bits<64>>,
    cmd: Command,
    src_r: DFF<Bits<11>>,
    dst_r: DFF<Bits<11>>,
    words_r: DFF<Bits<8>>,
    suffix_r: DFF<Bits<16>>,
    suflen_r: DFF<Bits<2>>,
    sink_r: DFF<Bit>,
    /// Words accepted by the sponge (and its copy).
    idx: DFF<Bits<9>>,
    idx_b: DFF<Bits<9>>,
    /// The last word has been accepted.
    absorbed: DFF<Bit>,
    /// Output words written.
    ocnt: DFF<Bits<4>>,
    run: Signal<Local, Bit>,
    fault: Signal<Local, Bit>,
    wipe: Signal<Local, Bit>,
    tail: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    next_idx: Signal<Local, Bits<9>>,
    accept: Signal<Local, Bit>,
}

impl Logic for SpongePort {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, src_r, dst_r, words_r, suffix_r, suflen_r, sink_r, idx, idx_b, absorbed, ocnt);
        self.cmd.clock.next = self.clock.val();
        self.fault.next = !self.cmd.legal.val() | (self.idx.q.val() != self.idx_b.q.val());
        self.fatal.next = self.cmd.alarm.val() | self.fault.val();
        self.run.next = self.cmd.running.val() & !self.fault.val();
        self.busy.next = self.cmd.busy.val();
        self.error.next = self.cmd.error.val();
        self.err_code.next = self.cmd.err_code.val();

        // Input stream: buffer words, then the suffix word (in_last).
        self.tail.next = self.idx.q.val() == bit_cast::<9, 8>(self.words_r.q.val());
        self.s_in_valid.next = self.run.val() & !self.absorbed.q.val();
        self.s_in_data.next = 0.into();
        self.s_in_last.next = false;
        self.s_in_bytes.next = 0.into();
        if self.s_in_valid.val() {
            self.s_in_data.next = self.buf_rdata.val();
            self.s_in_bytes.next = 8.into();
            if self.tail.val() {
                self.s_in_data.next = bit_cast::<64, 16>(self.suffix_r.q.val());
                self.s_in_last.next = true;
                self.s_in_bytes.next = bit_cast::<4, 2>(self.suflen_r.q.val());
            }
        }
        self.accept.next = self.s_in_valid.val() & self.s_in_ready.val();
        self.take.next = self.accept.val() & !self.tail.val();
        self.next_idx.next = self.idx.q.val();
        if self.take.val() {
            self.next_idx.next = self.idx.q.val() + 1;
        }
        self.idx.d.next = self.next_idx.val();
        self.idx_b.d.next = self.idx_b.q.val();
        if self.take.val() {
            self.idx_b.d.next = self.idx_b.q.val() + 1;
        }
        if self.accept.val() & self.tail.val() {
            self.absorbed.d.next = true;
        }
        // The read of the word the sponge sees next cycle.
        self.buf_re.next = self.run.val() & !self.absorbed.q.val();
        self.buf_raddr.next = 0.into();
        if self.buf_re.val() {
            self.buf_raddr.next = self.src_r.q.val() + bit_cast::<11, 9>(self.next_idx.val());
        }

        // Output stream into the buffer (H, G, J).
        self.s_out_ready.next = self.run.val() & self.sink_r.q.val();
        self.buf_we.next = false;
        self.buf_waddr.next = 0.into();
        self.buf_wdata.next = 0.into();
        if self.s_out_ready.val() & self.s_out_valid.val() {
            self.buf_we.next = true;
            self.buf_waddr.next = self.dst_r.q.val() + bit_cast::<11, 4>(self.ocnt.q.val());
            self.buf_wdata.next = self.s_out_data.val();
            self.ocnt.d.next = self.ocnt.q.val() + 1;
        }

        self.cmd.start.next = self.start.val();
        self.cmd.param_ok.next = true;
        self.cmd.finish.next = self.run.val() & self.finish.val();
        self.cmd.fault.next = self.fault.val();
        self.cmd.zeroize.next = self.zeroize.val();
        self.cmd.reset.next = self.reset.val();
        if self.start.val() & !self.cmd.busy.val() & !self.cmd.alarm.val() {
            // The first word's read is issued in the start cycle.
            self.buf_re.next = true;
            self.buf_raddr.next = self.src.val();
            self.src_r.d.next = self.src.val();
            self.dst_r.d.next = self.dst.val();
            self.words_r.d.next = self.words.val();
            self.suffix_r.d.next = self.suffix.val();
            self.suflen_r.d.next = self.suffix_len.val();
            self.sink_r.d.next = self.to_buffer.val();
            self.idx.d.next = 0.into();
            self.idx_b.d.next = 0.into();
            self.absorbed.d.next = false;
            self.ocnt.d.next = 0.into();
        }
        // SEC_CM: KEY.SEC_WIPE: every register in one edge, also at the end of the step.
        self.wipe.next = self.zeroize.val() | self.reset.val() | self.fault.val() | self.cmd.alarm.val();
        self.cmd.wipe.next = self.wipe.val();
        if self.wipe.val() | (self.run.val() & self.finish.val()) {
            self.src_r.d.next = 0.into();
            self.dst_r.d.next = 0.into();
            self.words_r.d.next = 0.into();
            self.suffix_r.d.next = 0.into();
            self.suflen_r.d.next = 0.into();
            self.sink_r.d.next = false;
            self.idx.d.next = 0.into();
            self.idx_b.d.next = 0.into();
            self.absorbed.d.next = false;
            self.ocnt.d.next = 0.into();
        }
    }
}
