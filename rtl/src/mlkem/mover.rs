//! The engine's buffer mover: word operations inside the data buffer, for the steps of
//! FIPS 203 that move or compare byte strings (Algorithm 16 step 3, Algorithm 18 steps 3
//! and 9–10, the §7.3 hash check) and for the scratch wipe.
//!
//! Operations (`op`), on `words` (≥ 1) 64-bit words:
//! * 0 `COPY`: `b[i] ← a[i]`; `done` in cycle `words + 2` after the `start` cycle;
//! * 1 `COMPARE`: `diff` ← (a ≠ b), shown with `done`; cycle `2·words + 2`;
//! * 2 `SELECT`: `b[i] ← flag ? a[i] : c[i]`: the same cycles and the same write
//!   addresses whatever `flag` is (implicit rejection in constant time); `words + 2`;
//! * 3 `WIPE`: `b[i] ← 0`; `words + 1`.
//!
//! Buffer ports: one read (`buf_raddr`, data on `buf_rdata` the next cycle) and one
//! write per cycle. Command port and hardening: the samplers' [`Command`] child (sparse
//! FSM, error 2 start while busy, 6 fatal); the word counter is kept twice (SEC_CM:
//! CTR.REDUN); `zeroize`/`reset` wipe every register in 1 cycle.

use crate::sampler::Command;
use rust_hdl::prelude::*;

pub const OP_COPY: u64 = 0;
pub const OP_COMPARE: u64 = 1;
pub const OP_SELECT: u64 = 2;
pub const OP_WIPE: u64 = 3;

/// Cycles from `start` to `done` of operation `op` on `words` words.
pub fn mover_cycles(op: u64, words: u64) -> u64 {
    match op {
        OP_COMPARE => 2 * words + 2,
        OP_WIPE => words + 1,
        _ => words + 2,
    }
}

#[derive(LogicBlock, Default)]
pub struct BufferMover {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    pub op: Signal<In, Bits<2>>,
    pub a: Signal<In, Bits<11>>,
    pub b: Signal<In, Bits<11>>,
    pub c: Signal<In, Bits<11>>,
    pub words: Signal<In, Bits<8>>,
    pub flag: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    pub fatal: Signal<Out, Bit>,
    /// COMPARE found a difference (valid with `done`, zero otherwise).
    pub diff: Signal<Out, Bit>,
    pub buf_re: Signal<Out, Bit>,
    pub buf_raddr: Signal<Out, Bits<11>>,
    pub buf_rdata: Signal<In, Bits<64>>,
    pub buf_we: Signal<Out, Bit>,
    pub buf_waddr: Signal<Out, Bits<11>>,
    pub buf_wdata: Signal<Out, Bits<64>>,
    cmd: Command,
    op_r: DFF<Bits<2>>,
    src: DFF<Bits<11>>,
    dst: DFF<Bits<11>>,
    last: DFF<Bits<9>>,
    cnt: DFF<Bits<9>>,
    cnt_b: DFF<Bits<9>>,
    hold: DFF<Bits<64>>,
    neq: DFF<Bit>,
    run: Signal<Local, Bit>,
    fault: Signal<Local, Bit>,
    wipe: Signal<Local, Bit>,
    finish: Signal<Local, Bit>,
    half: Signal<Local, Bits<11>>,
    param_ok: Signal<Local, Bit>,
}

impl Logic for BufferMover {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, op_r, src, dst, last, cnt, cnt_b, hold, neq);
        self.cmd.clock.next = self.clock.val();
        // SEC_CM: FSM.SPARSE (in `cmd`) and CTR.REDUN (the counter and its copy).
        self.fault.next = !self.cmd.legal.val() | (self.cnt.q.val() != self.cnt_b.q.val());
        self.fatal.next = self.cmd.alarm.val() | self.fault.val();
        self.run.next = self.cmd.running.val() & !self.fault.val();
        self.busy.next = self.cmd.busy.val();
        self.done.next = self.cmd.done.val();
        self.error.next = self.cmd.error.val();
        self.err_code.next = self.cmd.err_code.val();
        self.diff.next = self.cmd.done.val() & self.neq.q.val();

        self.buf_re.next = false;
        self.buf_raddr.next = 0.into();
        self.buf_we.next = false;
        self.buf_waddr.next = 0.into();
        self.buf_wdata.next = 0.into();
        self.half.next = bit_cast::<11, 9>(self.cnt.q.val() >> 1);
        self.finish.next = self.run.val() & (self.cnt.q.val() == self.last.q.val());
        if self.run.val() {
            self.cnt.d.next = self.cnt.q.val() + 1;
            self.cnt_b.d.next = self.cnt_b.q.val() + 1;
            if self.op_r.q.val() == 1 {
                // COMPARE: even cycles read a[i], odd cycles b[i]; compare one cycle later.
                if self.cnt.q.val() != self.last.q.val() {
                    self.buf_re.next = true;
                    self.buf_raddr.next = self.src.q.val() + self.half.val();
                    if self.cnt.q.val().get_bit(0) {
                        self.buf_raddr.next = self.dst.q.val() + self.half.val();
                    }
                }
                if self.cnt.q.val().get_bit(0) {
                    self.hold.d.next = self.buf_rdata.val();
                } else if self.cnt.q.val() != 0 {
                    if self.hold.q.val() != self.buf_rdata.val() {
                        self.neq.d.next = true;
                    }
                }
            } else if self.op_r.q.val() == 3 {
                // WIPE.
                self.buf_we.next = true;
                self.buf_waddr.next = self.dst.q.val() + bit_cast::<11, 9>(self.cnt.q.val());
            } else {
                // COPY, SELECT: read word i in cycle i, write it in cycle i + 1.
                if self.cnt.q.val() != self.last.q.val() {
                    self.buf_re.next = true;
                    self.buf_raddr.next = self.src.q.val() + bit_cast::<11, 9>(self.cnt.q.val());
                }
                if self.cnt.q.val() != 0 {
                    self.buf_we.next = true;
                    self.buf_waddr.next = self.dst.q.val() + bit_cast::<11, 9>(self.cnt.q.val()) - 1;
                    self.buf_wdata.next = self.buf_rdata.val();
                }
            }
        }

        self.param_ok.next = self.words.val() != 0;
        self.cmd.start.next = self.start.val();
        self.cmd.param_ok.next = self.param_ok.val();
        self.cmd.finish.next = self.finish.val();
        self.cmd.fault.next = self.fault.val();
        self.cmd.zeroize.next = self.zeroize.val();
        self.cmd.reset.next = self.reset.val();
        if self.start.val() & !self.cmd.busy.val() & !self.cmd.alarm.val() & self.param_ok.val() {
            self.op_r.d.next = self.op.val();
            self.src.d.next = self.a.val();
            if (self.op.val() == 2) & !self.flag.val() {
                self.src.d.next = self.c.val();
            }
            self.dst.d.next = self.b.val();
            self.cnt.d.next = 0.into();
            self.cnt_b.d.next = 0.into();
            self.neq.d.next = false;
            self.last.d.next = bit_cast::<9, 8>(self.words.val());
            if self.op.val() == 1 {
                self.last.d.next = bit_cast::<9, 8>(self.words.val()) << 1;
            }
            if self.op.val() == 3 {
                self.last.d.next = bit_cast::<9, 8>(self.words.val()) - 1;
            }
        }
        // SEC_CM: KEY.SEC_WIPE: every register in one edge.
        self.wipe.next = self.zeroize.val() | self.reset.val() | self.fault.val() | self.cmd.alarm.val();
        self.cmd.wipe.next = self.wipe.val();
        if self.wipe.val() {
            self.op_r.d.next = 0.into();
            self.src.d.next = 0.into();
            self.dst.d.next = 0.into();
            self.last.d.next = 0.into();
            self.cnt.d.next = 0.into();
            self.cnt_b.d.next = 0.into();
            self.hold.d.next = 0.into();
            self.neq.d.next = false;
        }
        if self.finish.val() {
            self.hold.d.next = 0.into();
        }
    }
}
