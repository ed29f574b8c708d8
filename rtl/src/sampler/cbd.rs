//! SamplePolyCBD_η (FIPS 203 Algorithm 8) for η = 2 and 3 on the PRF_η stream (the
//! SHAKE256 sponge's `out_*` stream wired to `in_*`; 8η words = 64η bytes).
//!
//! Four coefficients (8η stream bits: 16 for η = 2, 24 for η = 3) per cycle: coefficient
//! i uses stream bits 2iη .. 2iη + 2η; x is the popcount of its low η bits, y of its
//! high η bits, f_i = x − y mod q (steps 3-4); in cycle c (c = 0..63 of the coefficient
//! cycles) coefficients 4c .. 4c+3 go out on write ports 0..3 (port k: index 4c + k).
//! `eta` (2 or 3) is read with `start`; any other value is [`super::ERR_BAD_ETA`].
//! Constant time: one cycle to take the first word, then 64 cycles of four
//! coefficients, for both η ([`super::CBD_CYCLES`] = 66 cycles from `start` to `done`),
//! plus one cycle per input stall; the decode is the same logic whatever the bits are.
//!
//! Stream rate: 8η words in 64 cycles, one 64-bit word every 4 cycles (η = 2) or every
//! 2.67 cycles (η = 3); a word is taken when fewer than 8η unread bits would remain. The
//! SHAKE256 sponge (17 words per 32 cycles, ~34 bits per cycle) keeps up after its first
//! block.

use super::command::Command;
use super::reservoir::Reservoir4;
use super::state;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SamplePolyCbd {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    /// η, read with `start`: 2 or 3.
    pub eta: Signal<In, Bits<2>>,
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
    res: Reservoir4,
    /// η of the running operation (sparse: `state::ETA2`, `state::ETA3`; 0 while idle).
    eta_st: DFF<Bits<6>>,
    e_eta2: Constant<Bits<6>>,
    e_eta3: Constant<Bits<6>>,
    fault: Signal<Local, Bit>,
    eta_ok: Signal<Local, Bit>,
    run: Signal<Local, Bit>,
    eta3: Signal<Local, Bit>,
    width: Signal<Local, Bits<7>>,
    consume: Signal<Local, Bit>,
    filled: Signal<Local, Bit>,
    cb: [Signal<Local, Bits<12>>; 4],
    x: [Signal<Local, Bits<12>>; 4],
    y: [Signal<Local, Bits<12>>; 4],
    f: [Signal<Local, Bits<12>>; 4],
    left: Signal<Local, Bits<7>>,
    room: Signal<Local, Bit>,
    param_ok: Signal<Local, Bit>,
    finish: Signal<Local, Bit>,
    wipe: Signal<Local, Bit>,
}

impl Default for SamplePolyCbd {
    fn default() -> Self {
        let code = |c: u64| Constant::new(Bits::<6>::from(c));
        Self {
            clock: Default::default(),
            reset: Default::default(),
            zeroize: Default::default(),
            start: Default::default(),
            eta: Default::default(),
            in_data: Default::default(),
            in_valid: Default::default(),
            in_ready: Default::default(),
            coef_we: Default::default(),
            coef_idx: Default::default(),
            coef_data: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fatal: Default::default(),
            cmd: Default::default(),
            res: Default::default(),
            eta_st: Default::default(),
            e_eta2: code(state::ETA2),
            e_eta3: code(state::ETA3),
            fault: Default::default(),
            eta_ok: Default::default(),
            run: Default::default(),
            eta3: Default::default(),
            width: Default::default(),
            consume: Default::default(),
            filled: Default::default(),
            cb: Default::default(),
            x: Default::default(),
            y: Default::default(),
            f: Default::default(),
            left: Default::default(),
            room: Default::default(),
            param_ok: Default::default(),
            finish: Default::default(),
            wipe: Default::default(),
        }
    }
}

impl Logic for SamplePolyCbd {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, eta_st);
        self.cmd.clock.next = self.clock.val();
        self.res.clock.next = self.clock.val();
        // SEC_CM: FSM.SPARSE (state and η) + CTR.REDUN: legal codes, agreeing counters.
        self.eta_ok.next = (!self.cmd.busy.val() & (self.eta_st.q.val() == 0))
            | (self.cmd.running.val() & ((self.eta_st.q.val() == self.e_eta2.val()) | (self.eta_st.q.val() == self.e_eta3.val())));
        self.fault.next = !self.cmd.legal.val() | !self.eta_ok.val() | self.res.bad.val();
        self.fatal.next = self.cmd.alarm.val() | self.fault.val();
        self.run.next = self.cmd.running.val() & !self.fault.val();
        self.busy.next = self.cmd.busy.val();
        self.done.next = self.cmd.done.val();
        self.error.next = self.cmd.error.val();
        self.err_code.next = self.cmd.err_code.val();

        // Four coefficients = 8η stream bits per cycle (Algorithm 8 steps 2-5).
        self.eta3.next = self.eta_st.q.val() == self.e_eta3.val();
        self.width.next = 16.into();
        if self.eta3.val() {
            self.width.next = 24.into();
        }
        self.consume.next = self.run.val() & (self.res.nbits.val() >= self.width.val());
        // Coefficient 4i + k from its 2η bits (window bits 2kη ..): x − y mod q (steps 3-4).
        self.cb[0].next = bit_cast::<12, 24>(self.res.window.val()) & 63;
        self.cb[1].next = bit_cast::<12, 24>(self.res.window.val() >> 4) & 63;
        self.cb[2].next = bit_cast::<12, 24>(self.res.window.val() >> 8) & 63;
        self.cb[3].next = bit_cast::<12, 24>(self.res.window.val() >> 12) & 63;
        if self.eta3.val() {
            self.cb[1].next = bit_cast::<12, 24>(self.res.window.val() >> 6) & 63;
            self.cb[2].next = bit_cast::<12, 24>(self.res.window.val() >> 12) & 63;
            self.cb[3].next = bit_cast::<12, 24>(self.res.window.val() >> 18) & 63;
        }
        for k in 0..4 {
            self.x[k].next = (self.cb[k].val() & 1) + ((self.cb[k].val() >> 1) & 1);
            self.y[k].next = ((self.cb[k].val() >> 2) & 1) + ((self.cb[k].val() >> 3) & 1);
            if self.eta3.val() {
                self.x[k].next = (self.cb[k].val() & 1) + ((self.cb[k].val() >> 1) & 1) + ((self.cb[k].val() >> 2) & 1);
                self.y[k].next = ((self.cb[k].val() >> 3) & 1) + ((self.cb[k].val() >> 4) & 1) + ((self.cb[k].val() >> 5) & 1);
            }
            self.f[k].next = self.x[k].val() - self.y[k].val();
            if self.x[k].val() < self.y[k].val() {
                self.f[k].next = self.x[k].val() + 3329 - self.y[k].val();
            }
        }
        self.filled.next = false;
        self.left.next = self.res.nbits.val();
        self.res.used.next = 0.into();
        self.res.inc.next = 0.into();
        if self.consume.val() {
            self.filled.next = self.res.count.val() >= 252;
            self.left.next = self.res.nbits.val() - self.width.val();
            self.res.used.next = bit_cast::<5, 7>(self.width.val());
            self.res.inc.next = 4.into();
        }
        // Write ports; data shown only with their write enable.
        for k in 0..4 {
            self.coef_we[k].next = self.consume.val();
            self.coef_data[k].next = 0.into();
        }
        self.coef_idx[0].next = 0.into();
        self.coef_idx[1].next = 0.into();
        self.coef_idx[2].next = 0.into();
        self.coef_idx[3].next = 0.into();
        if self.consume.val() {
            self.coef_idx[0].next = bit_cast::<8, 9>(self.res.count.val());
            self.coef_idx[1].next = bit_cast::<8, 9>(self.res.count.val()) + 1;
            self.coef_idx[2].next = bit_cast::<8, 9>(self.res.count.val()) + 2;
            self.coef_idx[3].next = bit_cast::<8, 9>(self.res.count.val()) + 3;
            for k in 0..4 {
                self.coef_data[k].next = self.f[k].val();
            }
        }
        self.room.next = self.left.val() < self.width.val();
        self.in_ready.next = self.run.val() & self.room.val() & !self.filled.val();
        self.res.take.next = self.in_ready.val() & self.in_valid.val();
        self.res.word.next = self.in_data.val();

        // Commands: η is checked with start; all 256 written: done.
        self.param_ok.next = (self.eta.val() == 2) | (self.eta.val() == 3);
        self.finish.next = self.run.val() & self.room.val() & self.filled.val();
        self.cmd.start.next = self.start.val();
        self.cmd.param_ok.next = self.param_ok.val();
        self.cmd.finish.next = self.finish.val();
        self.cmd.fault.next = self.fault.val();
        self.cmd.zeroize.next = self.zeroize.val();
        self.cmd.reset.next = self.reset.val();
        if self.start.val() & !self.cmd.busy.val() & !self.cmd.alarm.val() & self.param_ok.val() {
            self.eta_st.d.next = self.e_eta2.val();
            if self.eta.val() == 3 {
                self.eta_st.d.next = self.e_eta3.val();
            }
        }
        // SEC_CM: KEY.SEC_WIPE: zeroize, reset, a detected fault or the alarm wipes in
        // one edge (and keeps the block wiped until reset); `done` wipes the reservoir.
        self.wipe.next = self.zeroize.val() | self.reset.val() | self.fault.val() | self.cmd.alarm.val();
        self.cmd.wipe.next = self.wipe.val();
        self.res.clear.next = self.wipe.val() | self.finish.val();
        if self.wipe.val() | self.finish.val() {
            self.eta_st.d.next = 0.into();
        }
    }
}
