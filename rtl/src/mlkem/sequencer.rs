//! The ML-KEM engine's sequencer: runs a command as its microcode program
//! (`golden_model::mlkem::program`, FIPS 203 Algorithms 13–18 one unit operation per
//! step) from a ROM, one step at a time.
//!
//! Step timing: the ROM is addressed with the next `pc` (`pc_nx`), so the step's word
//! is there in the cycle after `pc` changes: the step's unit is started in `ISSUE`
//! (the cycle `issue` is high), the sequencer waits in `WAIT` for the engine's
//! `step_done`, and the next step issues in the cycle after: a step costs its unit's
//! latency + 1. `FAIL`, `CLEAR_FLAG` and `WIPE_MEM` take their `ISSUE` cycle only.
//! `WIPE_MEM` starts the polynomial memory's sweep (`mem_wipe`) and goes on: the
//! buffer-only steps after it overlap the sweep. `END` wipes the other units
//! (`end_wipe`) and raises `done` once the memory is idle.
//!
//! The comparison flag (a §7.2/§7.3 check failed, or c ≠ c′ in Algorithm 18 step 9) is
//! a multi-bit value (SEC_CM: CTRL.MUBI): [`FLAG_CLEAR`] or [`FLAG_SET`], Hamming
//! distance 3; no single bit flip turns "reject" into "accept".
//!
//! Errors (held until the next accepted start, zeroize or reset): 1 unknown opcode or
//! parameter set, 2 start while busy (ignored), 3 buffer access while busy (reported by
//! the engine through `access_violation`), 4 §7.2 modulus check, 5 §7.3 hash check,
//! 6 refused: fatal, 7 a unit reported an error (the command is aborted).
//!
//! Aborts (a failed check, a unit error), `zeroize`, `reset` and faults go to `SWEEP`:
//! `unit_wipe` for one cycle and zero written into every buffer word, one per cycle
//! ([`SWEEP_CYCLES`]); then idle. SEC_CM: FSM.SPARSE (`fsm`), CTR.REDUN (`pc` kept
//! twice), CTRL.MUBI (`flag`); an illegal value or a unit's fatal alarm sets the sticky
//! `fatal` and starts the sweep; start is refused with error 6 until `reset`.

// Unit numbers and field offsets: `program::unit`, `program::field` (END 0, FAIL 7,
// CLEAR_FLAG 8, WIPE_MEM 11; the FAIL code at bit 4), checked by the tests of `rtl::mlkem`.
use golden_model::mlkem::program;
use rust_hdl::prelude::*;

/// The sequencer's sparse state codes (`secure::SPARSE6`).
pub mod state {
    use crate::secure::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    pub const ISSUE: u64 = SPARSE6[1];
    pub const WAIT: u64 = SPARSE6[2];
    pub const FINISH: u64 = SPARSE6[3];
    pub const SWEEP: u64 = SPARSE6[4];
    pub const ALL: [u64; 5] = [IDLE, ISSUE, WAIT, FINISH, SWEEP];
}

/// The comparison flag's codes (SEC_CM: CTRL.MUBI); every other value is a fault.
pub const FLAG_CLEAR: u64 = 0;
pub const FLAG_SET: u64 = 0b111;

/// Buffer words wiped by a sweep (every word), one per cycle.
pub const SWEEP_CYCLES: u64 = program::layout::BUF_WORDS as u64;

#[derive(LogicBlock)]
pub struct Sequencer {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    pub op: Signal<In, Bits<2>>,
    pub params: Signal<In, Bits<2>>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    pub fatal: Signal<Out, Bit>,
    /// A unit's fatal alarm (OR of all units).
    pub unit_fatal: Signal<In, Bit>,
    /// A unit raised its error flag during a step.
    pub unit_error: Signal<In, Bit>,
    /// The running step's unit finished.
    pub step_done: Signal<In, Bit>,
    /// A comparison or check of this cycle found a difference.
    pub flag_set: Signal<In, Bit>,
    /// The host touched the buffer while busy.
    pub access_violation: Signal<In, Bit>,
    /// The polynomial memory (NTT unit) is busy (its wipe sweep after `unit_wipe`).
    pub mem_busy: Signal<In, Bit>,
    /// The running step's ROM word (zero outside `ISSUE`/`WAIT`).
    pub ir: Signal<Out, Bits<64>>,
    /// The step's unit owns the engine's buffer and memory ports.
    pub in_step: Signal<Out, Bit>,
    /// Start the step's unit (the `ISSUE` cycle).
    pub issue: Signal<Out, Bit>,
    /// The comparison flag is set (for `SELECT`).
    pub flag_out: Signal<Out, Bit>,
    /// Zeroize every unit and the polynomial memory (abort, zeroize, reset, a fault).
    pub unit_wipe: Signal<Out, Bit>,
    /// Zeroize the units but the polynomial memory (`END`).
    pub end_wipe: Signal<Out, Bit>,
    /// Start the polynomial memory's sweep (`WIPE_MEM`).
    pub mem_wipe: Signal<Out, Bit>,
    /// The sweep writes zero into buffer word `sweep_addr`.
    pub sweep: Signal<Out, Bit>,
    pub sweep_addr: Signal<Out, Bits<11>>,
    rom: RAM<Bits<64>, 10>,
    entry: [Constant<Bits<10>>; 9],
    entry_sel: [Constant<Bits<4>>; 9],
    fsm: DFF<Bits<6>>,
    pc: DFF<Bits<10>>,
    pc_b: DFF<Bits<10>>,
    flag: DFF<Bits<3>>,
    sw: DFF<Bits<12>>,
    alarm: DFF<Bit>,
    err: DFF<Bit>,
    code: DFF<Bits<4>>,
    done_r: DFF<Bit>,
    s_idle: Constant<Bits<6>>,
    s_issue: Constant<Bits<6>>,
    s_wait: Constant<Bits<6>>,
    s_finish: Constant<Bits<6>>,
    s_sweep: Constant<Bits<6>>,
    f_set: Constant<Bits<3>>,
    fsm_ok: Signal<Local, Bit>,
    fault: Signal<Local, Bit>,
    unit_f: Signal<Local, Bits<4>>,
    sel: Signal<Local, Bits<4>>,
    cmd_ok: Signal<Local, Bit>,
    abort: Signal<Local, Bit>,
    pc_nx: Signal<Local, Bits<10>>,
    pc_b_nx: Signal<Local, Bits<10>>,
    advance: Signal<Local, Bit>,
}

impl Default for Sequencer {
    fn default() -> Self {
        let code = |c: u64| Constant::new(Bits::<6>::from(c));
        let (words, entry) = program::rom();
        assert!(words.len() <= 1024, "microcode of {} words", words.len());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            zeroize: Default::default(),
            start: Default::default(),
            op: Default::default(),
            params: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fatal: Default::default(),
            unit_fatal: Default::default(),
            unit_error: Default::default(),
            step_done: Default::default(),
            flag_set: Default::default(),
            access_violation: Default::default(),
            mem_busy: Default::default(),
            ir: Default::default(),
            in_step: Default::default(),
            issue: Default::default(),
            flag_out: Default::default(),
            unit_wipe: Default::default(),
            end_wipe: Default::default(),
            mem_wipe: Default::default(),
            sweep: Default::default(),
            sweep_addr: Default::default(),
            rom: RAM::from(words.into_iter().map(Bits::<64>::from)),
            entry: array_init::array_init(|n| Constant::new(Bits::<10>::from(entry[n] as u64))),
            entry_sel: array_init::array_init(|n| Constant::new(Bits::<4>::from(n as u64))),
            fsm: Default::default(),
            pc: Default::default(),
            pc_b: Default::default(),
            flag: Default::default(),
            sw: Default::default(),
            alarm: Default::default(),
            err: Default::default(),
            code: Default::default(),
            done_r: Default::default(),
            s_idle: code(state::IDLE),
            s_issue: code(state::ISSUE),
            s_wait: code(state::WAIT),
            s_finish: code(state::FINISH),
            s_sweep: code(state::SWEEP),
            f_set: Constant::new(Bits::<3>::from(FLAG_SET)),
            fsm_ok: Default::default(),
            fault: Default::default(),
            unit_f: Default::default(),
            sel: Default::default(),
            cmd_ok: Default::default(),
            abort: Default::default(),
            pc_nx: Default::default(),
            pc_b_nx: Default::default(),
            advance: Default::default(),
        }
    }
}

impl Logic for Sequencer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fsm, pc, pc_b, flag, sw, alarm, err, code, done_r);
        self.rom.read_clock.next = self.clock.val();
        self.rom.write_clock.next = self.clock.val();
        self.rom.write_enable.next = false;
        self.rom.write_address.next = 0.into();
        self.rom.write_data.next = 0.into();

        // SEC_CM: FSM.SPARSE, CTR.REDUN, CTRL.MUBI.
        self.fsm_ok.next = (self.fsm.q.val() == self.s_idle.val())
            | (self.fsm.q.val() == self.s_issue.val())
            | (self.fsm.q.val() == self.s_wait.val())
            | (self.fsm.q.val() == self.s_finish.val())
            | (self.fsm.q.val() == self.s_sweep.val());
        self.unit_f.next = self.rom.read_data.val().get_bits::<4>(0);
        self.fault.next = !self.fsm_ok.val()
            | (self.pc.q.val() != self.pc_b.q.val())
            | ((self.flag.q.val() != 0) & (self.flag.q.val() != self.f_set.val()))
            | ((self.fsm.q.val() == self.s_issue.val()) & (self.unit_f.val() > 11))
            | self.unit_fatal.val();
        self.fatal.next = self.alarm.q.val() | self.fault.val();
        self.busy.next = self.fsm.q.val() != self.s_idle.val();
        self.done.next = self.done_r.q.val() & (self.fsm.q.val() == self.s_idle.val());
        self.done_r.d.next = false;
        self.error.next = self.err.q.val();
        self.err_code.next = self.code.q.val();
        self.flag_out.next = self.flag.q.val() == self.f_set.val();

        self.in_step.next = (self.fsm.q.val() == self.s_issue.val()) | (self.fsm.q.val() == self.s_wait.val());
        self.ir.next = 0.into();
        if self.in_step.val() {
            self.ir.next = self.rom.read_data.val();
        }
        self.issue.next = false;
        self.unit_wipe.next = false;
        self.end_wipe.next = false;
        self.mem_wipe.next = false;
        self.sweep.next = self.fsm.q.val() == self.s_sweep.val();
        self.sweep_addr.next = 0.into();
        if self.sweep.val() {
            self.sweep_addr.next = bit_cast::<11, 12>(self.sw.q.val());
        }
        if self.flag_set.val() {
            self.flag.d.next = self.f_set.val();
        }
        self.abort.next = false;

        // Command decode: opcode 0..2, parameter set 0..2 (512, 768, 1024).
        self.cmd_ok.next = (self.op.val() < 3) & (self.params.val() < 3);
        self.sel.next = (bit_cast::<4, 2>(self.op.val()) << 1) + bit_cast::<4, 2>(self.op.val()) + bit_cast::<4, 2>(self.params.val());

        self.pc_nx.next = self.pc.q.val();
        self.pc_b_nx.next = self.pc_b.q.val();
        self.advance.next = false;
        if self.fsm.q.val() == self.s_idle.val() {
            if self.start.val() & self.alarm.q.val() {
                self.err.d.next = true;
                self.code.d.next = 6.into();
            } else if self.start.val() & !self.cmd_ok.val() {
                self.err.d.next = true;
                self.code.d.next = 1.into();
            } else if self.start.val() {
                self.err.d.next = false;
                self.code.d.next = 0.into();
                self.flag.d.next = 0.into();
                for n in 0..9 {
                    if self.sel.val() == self.entry_sel[n].val() {
                        self.pc_nx.next = self.entry[n].val();
                        self.pc_b_nx.next = self.entry[n].val();
                    }
                }
                self.fsm.d.next = self.s_issue.val();
            }
        } else {
            if self.start.val() {
                self.err.d.next = true;
                self.code.d.next = 2.into();
            }
        }
        if self.access_violation.val() {
            self.err.d.next = true;
            self.code.d.next = 3.into();
        }
        if self.fsm.q.val() == self.s_issue.val() {
            if self.unit_f.val() == 0 {
                // END.
                self.end_wipe.next = true;
                self.fsm.d.next = self.s_finish.val();
            } else if self.unit_f.val() == 7 {
                // FAIL.
                if self.flag.q.val() == self.f_set.val() {
                    self.err.d.next = true;
                    self.code.d.next = self.rom.read_data.val().get_bits::<4>(4);
                    self.abort.next = true;
                } else {
                    self.advance.next = true;
                }
            } else if self.unit_f.val() == 8 {
                // CLEAR_FLAG.
                self.flag.d.next = 0.into();
                self.advance.next = true;
            } else if self.unit_f.val() == 11 {
                // WIPE_MEM.
                self.mem_wipe.next = true;
                self.advance.next = true;
            } else {
                self.issue.next = true;
                self.fsm.d.next = self.s_wait.val();
            }
        } else if self.fsm.q.val() == self.s_wait.val() {
            if self.unit_error.val() {
                self.err.d.next = true;
                self.code.d.next = 7.into();
                self.abort.next = true;
            } else if self.step_done.val() {
                self.advance.next = true;
                self.fsm.d.next = self.s_issue.val();
            }
        } else if self.fsm.q.val() == self.s_finish.val() {
            if !self.mem_busy.val() {
                self.done_r.d.next = true;
                self.pc_nx.next = 0.into();
                self.pc_b_nx.next = 0.into();
                self.flag.d.next = 0.into();
                self.fsm.d.next = self.s_idle.val();
            }
        } else if self.fsm.q.val() == self.s_sweep.val() {
            // SEC_CM: KEY.SEC_WIPE: one buffer word per cycle, then wait for the memory.
            if self.sw.q.val() != 2048 {
                self.sw.d.next = self.sw.q.val() + 1;
            } else if !self.mem_busy.val() {
                self.sw.d.next = 0.into();
                self.fsm.d.next = self.s_idle.val();
            }
        }
        if self.advance.val() {
            self.pc_nx.next = self.pc.q.val() + 1;
            self.pc_b_nx.next = self.pc_b.q.val() + 1;
        }
        // A fault starts the sweep once (a unit's alarm stays up until reset).
        if self.zeroize.val() | self.reset.val() | (self.fault.val() & !self.alarm.q.val()) {
            self.abort.next = true;
            if !self.fault.val() {
                self.err.d.next = false;
                self.code.d.next = 0.into();
            }
        }
        if self.abort.val() {
            self.unit_wipe.next = true;
            self.pc_nx.next = 0.into();
            self.pc_b_nx.next = 0.into();
            self.flag.d.next = 0.into();
            self.sw.d.next = 0.into();
            self.done_r.d.next = false;
            self.fsm.d.next = self.s_sweep.val();
        }
        self.pc.d.next = self.pc_nx.val();
        self.pc_b.d.next = self.pc_b_nx.val();
        // The ROM is read at the next pc: its word is there when the step issues.
        self.rom.read_address.next = self.pc_nx.val();
        if self.fault.val() {
            self.alarm.d.next = true;
        }
        if self.reset.val() {
            self.alarm.d.next = false;
        }
    }
}
