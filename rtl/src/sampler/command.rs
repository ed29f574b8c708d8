//! The samplers' command port and hardening (GUIDE §5-6), shared by both blocks: the
//! sparse FSM, the error status, the `done` pulse and the sticky alarm.
//!
//! Every output depends on registers only (the sampler's decode reads `running` and
//! drives `finish`/`fault` back: no combinational loop through this block).
//!
//! * `start` in idle: refused with error 6 while the alarm is set; error 1 if
//!   `param_ok` is low (nothing starts); otherwise the error status clears and the FSM
//!   runs. `start` while running: error 2, the operation goes on.
//! * `finish` (while running): back to idle with a `done` pulse next cycle. `done`
//!   shows only in idle, so a flipped `done_r` mid-operation shows nothing.
//! * `wipe` (zeroize, reset, a detected fault or the alarm): idle at the next edge.
//!   `fault` sets the sticky alarm (SEC_CM: KEY.SEC_WIPE); `zeroize` clears the error
//!   status; `reset` clears it and the alarm.

use super::state;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Command {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    pub param_ok: Signal<In, Bit>,
    pub finish: Signal<In, Bit>,
    pub fault: Signal<In, Bit>,
    pub wipe: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub reset: Signal<In, Bit>,
    /// The FSM holds `RUN` (legal or not, see `legal`).
    pub running: Signal<Out, Bit>,
    /// SEC_CM: FSM.SPARSE: the FSM holds a legal code.
    pub legal: Signal<Out, Bit>,
    /// The sticky alarm.
    pub alarm: Signal<Out, Bit>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    fsm: DFF<Bits<6>>,
    alarm_r: DFF<Bit>,
    err: DFF<Bit>,
    code: DFF<Bits<4>>,
    done_r: DFF<Bit>,
    s_idle: Constant<Bits<6>>,
    s_run: Constant<Bits<6>>,
}

impl Default for Command {
    fn default() -> Self {
        let code = |c: u64| Constant::new(Bits::<6>::from(c));
        Self {
            clock: Default::default(),
            start: Default::default(),
            param_ok: Default::default(),
            finish: Default::default(),
            fault: Default::default(),
            wipe: Default::default(),
            zeroize: Default::default(),
            reset: Default::default(),
            running: Default::default(),
            legal: Default::default(),
            alarm: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fsm: Default::default(),
            alarm_r: Default::default(),
            err: Default::default(),
            code: Default::default(),
            done_r: Default::default(),
            s_idle: code(state::IDLE),
            s_run: code(state::RUN),
        }
    }
}

impl Logic for Command {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fsm, alarm_r, err, code, done_r);
        self.running.next = self.fsm.q.val() == self.s_run.val();
        self.legal.next = (self.fsm.q.val() == self.s_idle.val()) | (self.fsm.q.val() == self.s_run.val());
        self.alarm.next = self.alarm_r.q.val();
        self.busy.next = self.fsm.q.val() != self.s_idle.val();
        self.done.next = self.done_r.q.val() & (self.fsm.q.val() == self.s_idle.val());
        self.done_r.d.next = false;
        self.error.next = self.err.q.val();
        self.err_code.next = self.code.q.val();
        if self.fsm.q.val() == self.s_idle.val() {
            if self.start.val() & self.alarm_r.q.val() {
                self.err.d.next = true;
                self.code.d.next = 6.into();
            } else if self.start.val() & !self.param_ok.val() {
                self.err.d.next = true;
                self.code.d.next = 1.into();
            } else if self.start.val() {
                self.err.d.next = false;
                self.code.d.next = 0.into();
                self.fsm.d.next = self.s_run.val();
            }
        } else if self.start.val() {
            self.err.d.next = true;
            self.code.d.next = 2.into();
        }
        if self.finish.val() {
            self.done_r.d.next = true;
            self.fsm.d.next = self.s_idle.val();
        }
        if self.wipe.val() {
            self.fsm.d.next = self.s_idle.val();
            self.done_r.d.next = false;
        }
        if self.zeroize.val() {
            self.err.d.next = false;
            self.code.d.next = 0.into();
        }
        if self.fault.val() {
            self.alarm_r.d.next = true;
        }
        if self.reset.val() {
            self.alarm_r.d.next = false;
            self.err.d.next = false;
            self.code.d.next = 0.into();
        }
    }
}
