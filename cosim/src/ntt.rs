//! Driver of the NTT / polynomial unit (`rtl::ntt`, blocks `ntt_unit_b{1,2,4}`):
//! host-port loads and reads, operations held to `golden_model::polyunit` by the
//! scoreboard (every layer's memory on the cycle the golden schedule states, the
//! `done` cycle, every slot after every operation, the destination read back), fault
//! injection through probes, wipes, and a printable `diff` report for the CLI.
//!
//! **Probes, not ports.** The unit has only its functional ports. The scoreboard reads
//! the bank memories (`ram_a$n`, `ram_b$n`: the RAMs' `mem` arrays) through the
//! simulator and maps them back to coefficients with the golden model's bank mapping
//! (`golden_model::polyunit::{bank_of, row_of}`); faults are written into registers and
//! memory words between two edges ([`Fault`]).
//!
//! **An independent model of every slot.** The driver keeps its own copy of the 4·B
//! slots ([`slots`], stated here, not taken from `rtl`), loaded from what it wrote
//! through the host port (with the unit's acceptance rules: [`NttUnitRtl::host_verdict`]),
//! updated with the golden result of every operation (and the wipes the unit
//! documents), never rebuilt from the RTL. Each operation's golden input comes from that
//! copy, and after every operation every word of every slot (both RAM copies) is
//! compared with it, so a stray write into any slot is named.
//!
//! Don't-care inputs (the command fields while `start` is low, `src_b` of unary
//! operations, the host port while idle) are driven with random values, and
//! `mem_rdata` is checked to be zero on every cycle it is not valid.

use crate::model::{Model, ProbeId, Shim};
use crate::models;
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::polyunit::{self, bank_of, row_of, Mode, Op, Schedule, N};
use golden_model::trace::Recorder;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::path::Path;

// The three variants have the same ports (one macro); their probe tables differ in size.
use models::ntt_unit_b4::{Ports, PORT};

/// Polynomial slots of the unit with `butterflies` lanes: 4·B (every row of the 2B
/// banks of 512 rows, 128/B rows per slot). Stated independently of `rtl::ntt::slots`.
pub const fn slots(butterflies: usize) -> usize {
    4 * butterflies
}

/// Host-port coefficient index of coefficient `x` of slot `slot` (`mem_idx`).
pub const fn mem_idx(slot: usize, x: usize) -> usize {
    slot * N + x
}

/// Error codes of the unit (see `rtl::ntt::unit`), stated independently.
pub const ERR_ACCESS_BUSY: u8 = 3;
pub const ERR_COEF_RANGE: u8 = 4;
pub const ERR_FATAL: u8 = 6;
pub const ERR_BAD_SLOT: u8 = 7;
pub const ERR_BANK_CONFLICT: u8 = 8;

/// Meaning of the unit's error codes (see `rtl::ntt::unit`).
pub fn error_text(code: u8) -> &'static str {
    match code {
        1 => "unknown operation",
        2 => "start while busy",
        3 => "host access while busy",
        4 => "host write of a coefficient >= q",
        5 => "operand coefficient >= q (destination wiped)",
        6 => "refused: fatal alarm set, reset required",
        7 => "slot id >= slots (start or host index)",
        8 => "host lanes in the same bank",
        _ => "unknown error code",
    }
}

/// A fault written through the simulator (never through a port).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Flip `bit` of twiddle ROM word `addr` ({mode, index}) in every lane's ROM for
    /// the operation (restored afterwards).
    Twiddle { addr: u16, bit: u8 },
    /// Flip `bit` of register probe `probe` (or of word `index` of a memory probe)
    /// between two edges, in cycle `cycle` after the start pulse (0: before it).
    Flip { probe: String, index: usize, bit: usize, cycle: u64 },
    /// A stray write: `value` into coefficient `x` of slot `slot` (both RAM copies) in
    /// cycle `cycle` after the start pulse.
    Poke { slot: usize, x: usize, value: u32, cycle: u64 },
}

/// Why an operation failed.
#[derive(Debug)]
pub enum NttError {
    /// The unit raised `error` with this code.
    Hardware(u8),
    /// The scoreboard found a difference.
    Mismatch(Mismatch),
    /// No `done` within the budget.
    Timeout { cycles: u64 },
    /// The unit raised `fatal` in this cycle (after the start pulse).
    Fatal { cycle: u64 },
}

impl std::fmt::Display for NttError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NttError::Hardware(c) => write!(f, "ntt unit error {c}: {}", error_text(*c)),
            NttError::Mismatch(m) => write!(f, "{m}"),
            NttError::Timeout { cycles } => write!(f, "ntt unit: no done after {cycles} cycles"),
            NttError::Fatal { cycle } => write!(f, "ntt unit: fatal alarm in cycle {cycle}"),
        }
    }
}

impl std::error::Error for NttError {}

/// One checked operation.
#[derive(Clone, Debug)]
pub struct OpRun {
    /// The destination slot (read back through the host port unless disabled).
    pub result: [u32; N],
    /// Cycles from the start pulse to `done`.
    pub cycles: u64,
    /// Checkpoints compared.
    pub compared: usize,
}

/// One host-port cycle (`mem_idx`, `mem_we`, `mem_re`, `mem_wdata`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Lane k writes `value` to coefficient index `idx` ([`mem_idx`]) if `Some`; a lane
    /// that is `None` has `mem_we[k]` low (its index and data are random don't-cares).
    Write([Option<(usize, u32)>; 2]),
    /// Lanes 0 and 1 read (`mem_re[0..2]`): `mem_rdata[k]` the cycle after.
    Read([usize; 2]),
}

/// The shim of the unit with `butterflies` lanes.
pub fn shim(butterflies: usize) -> Option<Shim> {
    match butterflies {
        1 => Some(models::ntt_unit_b1::SHIM),
        2 => Some(models::ntt_unit_b2::SHIM),
        4 => Some(models::ntt_unit_b4::SHIM),
        _ => None,
    }
}

/// The registers that sequence an operation (SEC_CM: FSM.SPARSE, CTR.REDUN), for the
/// fault campaign: every bit of these must be covered.
pub const STATE_REGISTERS: &[&str] = &["fsm", "opc", "mode_r", "cnt", "layer", "sw", "vp", "src_a_r", "src_b_r", "dst_r", "red"];

/// Probes allowed to be non-zero after a wipe: the constant twiddle ROMs and the status
/// registers (`alarm` behind `fatal`, the error flag and code).
pub fn wipe_exempt(name: &str) -> bool {
    name.starts_with("rom$") || matches!(name, "alarm" | "err" | "code")
}

/// The Verilated unit plus an independent model of its memory.
pub struct NttUnitRtl {
    model: Model,
    p: Ports,
    ram_a: Vec<ProbeId>,
    ram_b: Vec<ProbeId>,
    rom: Vec<ProbeId>,
    butterflies: usize,
    /// What every slot (4·B of them) must hold, from what the driver wrote and the golden model.
    mem: Vec<[u32; N]>,
    rng: ChaCha8Rng,
    /// `mem_re` is driven in the current cycle.
    reading: bool,
    /// `mem_rdata` is valid in the current cycle.
    rdata_valid: bool,
    /// First cycle in which `mem_rdata` was non-zero while not valid.
    rdata_leak: Option<u64>,
    /// Read the destination back through the host port after each checked operation.
    pub readback: bool,
}

impl NttUnitRtl {
    /// `butterflies` must be 1, 2 or 4 (the emitted variants).
    pub fn new(butterflies: usize) -> Self {
        Self::with_seed(butterflies, 0x6e74_7475)
    }

    /// As [`new`](Self::new), with the seed of the random don't-care inputs.
    pub fn with_seed(butterflies: usize, seed: u64) -> Self {
        let shim = shim(butterflies).expect("butterflies must be 1, 2 or 4");
        let names = |s: &Shim| s.ports.iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(names(&shim), names(&models::ntt_unit_b4::SHIM), "{} and ntt_unit_b4 differ in ports", shim.block);
        let model = Model::new(shim);
        let probes = |n: &str| -> Vec<ProbeId> {
            (0..)
                .map_while(|i| model.probe_named(&format!("{n}${i}")))
                .collect()
        };
        let (ram_a, ram_b, rom) = (probes("ram_a"), probes("ram_b"), probes("rom"));
        assert_eq!((ram_a.len(), ram_b.len(), rom.len()), (2 * butterflies, 2 * butterflies, butterflies));
        let mut u = NttUnitRtl {
            model,
            p: PORT,
            ram_a,
            ram_b,
            rom,
            butterflies,
            mem: vec![[0; N]; slots(butterflies)],
            rng: ChaCha8Rng::seed_from_u64(seed),
            reading: false,
            rdata_valid: false,
            rdata_leak: None,
            readback: true,
        };
        u.scramble();
        u
    }

    pub fn block(&self) -> &'static str {
        self.model.block()
    }

    pub fn butterflies(&self) -> usize {
        self.butterflies
    }

    /// Polynomial slots of this unit (4·B).
    pub fn slots(&self) -> usize {
        slots(self.butterflies)
    }

    pub fn model(&mut self) -> &mut Model {
        &mut self.model
    }

    pub fn trace_to(&mut self, path: &Path) {
        self.model.trace_to(path)
    }

    /// Simulated cycles since construction.
    pub fn cycle(&self) -> u64 {
        self.model.cycle()
    }

    pub fn busy(&self) -> bool {
        self.model.get_bool(self.p.busy)
    }

    pub fn fatal(&self) -> bool {
        self.model.get_bool(self.p.fatal)
    }

    /// `Some(code)` while `error` is high.
    pub fn error(&self) -> Option<u8> {
        self.model.get_bool(self.p.error).then(|| self.model.get(self.p.err_code) as u8)
    }

    /// What slot `s` must hold (the driver's own model).
    pub fn expected_slot(&self, s: usize) -> &[u32; N] {
        &self.mem[s]
    }

    /// Sets what slot `s` must hold, for a test that drives operations without the
    /// scoreboard (raw starts) and computes their results itself.
    pub fn set_expected_slot(&mut self, s: usize, v: &[u32; N]) {
        self.mem[s] = *v;
    }

    /// Slot `s` as the banks hold it (port-A copy), read through the memory probes.
    pub fn slot(&self, s: usize) -> [u32; N] {
        self.slot_of(&self.ram_a, s)
    }

    fn slot_of(&self, rams: &[ProbeId], s: usize) -> [u32; N] {
        let rows = 128 / self.butterflies;
        core::array::from_fn(|x| {
            self.model.peek_at(rams[bank_of(x, self.butterflies)], s * rows + row_of(x, self.butterflies)) as u32
        })
    }

    /// Where coefficient `x` of slot `s` lives: (bank, address).
    fn location(&self, s: usize, x: usize) -> (usize, usize) {
        (bank_of(x, self.butterflies), s * (128 / self.butterflies) + row_of(x, self.butterflies))
    }

    /// Every slot, both RAM copies, against the driver's model: the first difference.
    pub fn check_slots(&self, cycle: u64) -> Result<(), Mismatch> {
        for s in 0..self.slots() {
            for (copy, rams) in [("slot", &self.ram_a), ("slot (port-B copy)", &self.ram_b)] {
                let seen = self.slot_of(rams, s);
                if let Some(i) = (0..N).find(|&i| seen[i] != self.mem[s][i]) {
                    return Err(Mismatch {
                        block: self.model.block(),
                        cycle,
                        checkpoint: copy,
                        checkpoint_index: s,
                        index: Some(i),
                        expected: Some(self.mem[s][i] as u64),
                        observed: Some(seen[i] as u64),
                        vcd: None,
                    });
                }
            }
        }
        Ok(())
    }

    /// Probes (registers, memory words) that hold a non-zero value and should not
    /// after a wipe.
    pub fn nonzero_after_wipe(&self) -> Vec<(&'static str, usize)> {
        self.model.nonzero_probes(&wipe_exempt)
    }

    /// The first cycle in which `mem_rdata` was non-zero while not valid, if any.
    pub fn rdata_leak(&self) -> Option<u64> {
        self.rdata_leak
    }

    /// Random values on every input that is a don't-care now: the command fields (with
    /// `start` low) and the host port's address and data (with `mem_we`/`mem_re` low).
    fn scramble(&mut self) {
        let (r, r2): (u64, u64) = (self.rng.gen(), self.rng.gen());
        self.model.set(self.p.op, r);
        self.model.set(self.p.mode, r >> 3);
        self.model.set(self.p.src_a, r >> 4);
        self.model.set(self.p.src_b, r >> 8);
        self.model.set(self.p.dst, r >> 12);
        self.model.set(self.p.mem_idx[0], r >> 16);
        self.model.set(self.p.mem_idx[1], r >> 28);
        self.model.set(self.p.mem_wdata[0], r >> 40);
        self.model.set(self.p.mem_wdata[1], r2);
    }

    /// One clock. Checks that `mem_rdata` is zero unless valid in this cycle.
    fn step(&mut self) {
        self.model.eval();
        let rd = self.model.get(self.p.mem_rdata[0]) | self.model.get(self.p.mem_rdata[1]);
        if rd != 0 && !self.rdata_valid && self.rdata_leak.is_none() {
            self.rdata_leak = Some(self.model.cycle());
        }
        let valid_next = self.reading && !self.busy() && !self.fatal();
        self.model.tick();
        self.rdata_valid = valid_next;
    }

    /// `n` cycles with random don't-care inputs.
    pub fn idle_cycles(&mut self, n: u64) {
        for _ in 0..n {
            self.scramble();
            self.step();
        }
    }

    /// The unit's verdict on a host-port cycle (the driver's own statement of the rules,
    /// in the unit's order): 3 while busy, 6 while `fatal`, 7 if an active lane's slot is
    /// ≥ 4·B, 8 if both lanes are active in the same bank, 4 if a written value is ≥ q of
    /// `mode`. A read uses both lanes; a write the lanes that are `Some`.
    pub fn host_verdict(&self, mode: Mode, a: &Access) -> Result<(), u8> {
        let lanes: [Option<(usize, u32)>; 2] = match *a {
            Access::Write(l) => l,
            Access::Read(idx) => [Some((idx[0], 0)), Some((idx[1], 0))],
        };
        if lanes.iter().all(Option::is_none) {
            return Ok(());
        }
        if self.busy() {
            return Err(ERR_ACCESS_BUSY);
        }
        if self.fatal() {
            return Err(ERR_FATAL);
        }
        if lanes.iter().flatten().any(|&(idx, _)| idx / N >= self.slots()) {
            return Err(ERR_BAD_SLOT);
        }
        if let [Some((i0, _)), Some((i1, _))] = lanes {
            if bank_of(i0 % N, self.butterflies) == bank_of(i1 % N, self.butterflies) {
                return Err(ERR_BANK_CONFLICT);
            }
        }
        if matches!(a, Access::Write(_)) && lanes.iter().flatten().any(|&(_, v)| v >= mode.q()) {
            return Err(ERR_COEF_RANGE);
        }
        Ok(())
    }

    /// One host-port cycle with `mode` on the `mode` port (a read leaves it random). The
    /// driver's model takes the writes the unit must accept ([`host_verdict`](Self::host_verdict)).
    /// Returns the read data (zero for a write), or the error code if the unit's error
    /// status changed in this cycle (the sticky flag must be clear before to see a repeat).
    /// Indices must be < 4096 (`mem_idx` is 12 bits).
    pub fn access(&mut self, mode: Mode, a: Access) -> Result<[u32; 2], u8> {
        let before = self.error();
        let verdict = self.host_verdict(mode, &a);
        self.scramble();
        match a {
            Access::Write(lanes) => {
                self.model.set(self.p.mode, mode as u64);
                for (k, lane) in lanes.iter().enumerate() {
                    if let Some((idx, v)) = *lane {
                        assert!(idx < 4096, "mem_idx is 12 bits");
                        self.model.set(self.p.mem_idx[k], idx as u64);
                        self.model.set(self.p.mem_wdata[k], v as u64);
                        self.model.set_bool(self.p.mem_we[k], true);
                        if verdict.is_ok() {
                            self.mem[idx / N][idx % N] = v;
                        }
                    }
                }
            }
            Access::Read(idx) => {
                for k in 0..2 {
                    assert!(idx[k] < 4096, "mem_idx is 12 bits");
                    self.model.set(self.p.mem_idx[k], idx[k] as u64);
                }
                self.model.set_bool(self.p.mem_re[0], true);
                self.model.set_bool(self.p.mem_re[1], true);
                self.reading = verdict.is_ok();
            }
        }
        self.step();
        self.reading = false;
        self.model.set_bool(self.p.mem_we[0], false);
        self.model.set_bool(self.p.mem_we[1], false);
        self.model.set_bool(self.p.mem_re[0], false);
        self.model.set_bool(self.p.mem_re[1], false);
        self.scramble();
        self.model.eval();
        let rdata = [self.model.get(self.p.mem_rdata[0]) as u32, self.model.get(self.p.mem_rdata[1]) as u32];
        match self.error() {
            e if e != before => Err(e.unwrap_or(0)),
            _ => Ok(rdata),
        }
    }

    /// Writes `coeffs` into `slot` through the host port, one pair (2p, 2p + 1) per
    /// cycle, checked against `mode`'s q. Returns the first error code the unit raised
    /// during the load (the sticky error flag must be clear before, i.e. cleared by an
    /// accepted start, to see a repeat). The driver's model takes each pair the unit
    /// accepts (idle, no alarm, slot < 4·B, both < q).
    pub fn load(&mut self, mode: Mode, slot: usize, coeffs: &[u32; N]) -> Result<(), u8> {
        let mut refused = None;
        for w in 0..N / 2 {
            let lanes = [Some((mem_idx(slot, 2 * w), coeffs[2 * w])), Some((mem_idx(slot, 2 * w + 1), coeffs[2 * w + 1]))];
            if let Err(e) = self.access(mode, Access::Write(lanes)) {
                refused.get_or_insert(e);
            }
        }
        refused.map_or(Ok(()), Err)
    }

    /// Reads `slot` through the host port (one pair per cycle, data the cycle after;
    /// zero where the unit refuses the read).
    pub fn read(&mut self, slot: usize) -> [u32; N] {
        let mut out = [0u32; N];
        for w in 0..N / 2 {
            let d = self.access(Mode::Kem, Access::Read([mem_idx(slot, 2 * w), mem_idx(slot, 2 * w + 1)])).unwrap_or([0; 2]);
            out[2 * w] = d[0];
            out[2 * w + 1] = d[1];
        }
        out
    }

    /// Pulses `zeroize` (or `reset`) for one cycle; the model of every slot is zero.
    pub fn zeroize(&mut self, reset: bool) {
        let port = if reset { self.p.reset } else { self.p.zeroize };
        self.scramble();
        self.model.set_bool(port, true);
        self.step();
        self.model.set_bool(port, false);
        self.model.eval();
        self.mem = vec![[0; N]; self.slots()];
    }

    /// Cycles (at most `budget`) until `busy` is low.
    pub fn wait_idle(&mut self, budget: u64) -> Option<u64> {
        for c in 0..=budget {
            self.model.eval();
            if !self.busy() {
                return Some(c);
            }
            self.scramble();
            self.step();
        }
        None
    }

    /// Pulses `start` with a raw operation code (so bad codes can be tested); returns
    /// after the start cycle. `src_b` of a unary operation is replaced by a random value
    /// of the 4-bit port (a don't-care: not checked against the slot count).
    pub fn start_raw(&mut self, op: u8, mode: Mode, src_a: usize, src_b: usize, dst: usize) {
        self.scramble();
        let src_b = if op <= 1 { self.rng.gen_range(0..16) } else { src_b };
        self.model.set(self.p.op, op as u64);
        self.model.set(self.p.mode, mode as u64);
        self.model.set(self.p.src_a, src_a as u64);
        self.model.set(self.p.src_b, src_b as u64);
        self.model.set(self.p.dst, dst as u64);
        self.model.set_bool(self.p.start, true);
        self.step();
        self.model.set_bool(self.p.start, false);
        self.scramble();
        self.model.eval();
    }

    /// Runs clock cycles until `done`, or until `error` with the unit idle (an
    /// operation refused or aborted), at most `budget`; returns the cycles.
    pub fn wait(&mut self, budget: u64) -> Result<u64, NttError> {
        for c in 0..budget {
            self.model.eval();
            if self.model.get_bool(self.p.done) {
                return Ok(c);
            }
            if self.fatal() {
                return Err(NttError::Fatal { cycle: c });
            }
            if let Some(code) = self.error().filter(|_| !self.busy()) {
                return Err(NttError::Hardware(code));
            }
            self.scramble();
            self.step();
        }
        Err(NttError::Timeout { cycles: budget })
    }

    fn flip_twiddle(&mut self, fault: Option<&Fault>) {
        if let Some(&Fault::Twiddle { addr, bit }) = fault {
            for p in 0..self.butterflies {
                self.model.flip(self.rom[p], addr as usize, bit as usize);
            }
        }
    }

    /// Applies a [`Fault::Flip`] or [`Fault::Poke`] that is due in `cycle`.
    fn inject(&mut self, fault: Option<&Fault>, cycle: u64) {
        match fault {
            Some(Fault::Flip { probe, index, bit, cycle: c }) if *c == cycle => {
                let id = self.model.probe_named(probe).unwrap_or_else(|| panic!("{} has no probe {probe}", self.block()));
                self.model.flip(id, *index, *bit);
            }
            Some(&Fault::Poke { slot, x, value, cycle: c }) if c == cycle => {
                let (bank, addr) = self.location(slot, x);
                let (a, b) = (self.ram_a[bank], self.ram_b[bank]);
                self.model.poke_at(a, addr, value as u64);
                self.model.poke_at(b, addr, value as u64);
            }
            _ => {}
        }
    }

    /// Runs `op` on the slots with the scoreboard: the golden model gets the slots as
    /// the driver's model holds them; every layer checkpoint is compared (through the
    /// memory probes) on its cycle, `done` on the cycle the schedule states, then every
    /// slot, and `dst` is read back through the host port. An operand ≥ q must end in
    /// error 5 with `dst` wiped (checked); a `fatal` alarm wipes everything (the model
    /// follows; the caller checks the wipe).
    pub fn run_checked(
        &mut self,
        mode: Mode,
        op: Op,
        src_a: usize,
        src_b: usize,
        dst: usize,
        fault: Option<Fault>,
    ) -> Result<OpRun, NttError> {
        let fault = fault.as_ref();
        let r = self.run_inner(mode, op, src_a, src_b, dst, fault);
        self.flip_twiddle(fault); // restore the ROM
        r
    }

    fn run_inner(&mut self, mode: Mode, op: Op, src_a: usize, src_b: usize, dst: usize, fault: Option<&Fault>) -> Result<OpRun, NttError> {
        let sched = Schedule::new(self.butterflies).expect("1, 2 and 4 lanes have a schedule");
        let (a, b) = (self.mem[src_a], self.mem[src_b]);
        let mut rec = Recorder::default();
        let golden = polyunit::run(mode, op, &a, &b, Some(&sched), &mut rec);
        let done_cycle = sched.done_cycle(mode, op);
        let was_busy = self.busy();
        self.flip_twiddle(fault);
        self.inject(fault, 0);
        self.start_raw(op as u8, mode, src_a, src_b, dst);
        if was_busy {
            return Err(NttError::Hardware(self.error().unwrap_or(0)));
        }
        let expected = match golden {
            Ok(r) => r,
            Err(_) => {
                // The golden model refuses the operands: the unit must stop with code 5
                // and wipe the destination.
                let r = self.wait(done_cycle + 16 + 512);
                if matches!(r, Err(NttError::Hardware(5))) {
                    self.mem[dst] = [0; N];
                    self.check_slots(self.model.cycle()).map_err(NttError::Mismatch)?;
                }
                return match r {
                    Err(e) => Err(e),
                    Ok(c) => Err(NttError::Timeout { cycles: c }),
                };
            }
        };
        let mut sb = Scoreboard::new(self.model.block(), rec.checkpoints);
        let mut cycle = 1;
        loop {
            self.inject(fault, cycle);
            self.model.eval();
            if self.fatal() {
                self.mem = vec![[0; N]; self.slots()];
                return Err(NttError::Fatal { cycle });
            }
            if sb.wants(cycle) {
                let seen = self.slot(dst);
                sb.at_cycle(cycle, |_| seen.iter().map(|&c| c as u64).collect());
            }
            let done = self.model.get_bool(self.p.done);
            if cycle == done_cycle || done {
                sb.signal(cycle, "done", (cycle == done_cycle) as u64, done as u64);
                break;
            }
            if let Some(code) = self.error().filter(|_| !self.busy()) {
                return Err(NttError::Hardware(code));
            }
            self.scramble();
            self.step();
            cycle += 1;
        }
        let compared = sb.finish(cycle).map_err(NttError::Mismatch)?;
        self.mem[dst] = expected;
        self.check_slots(cycle).map_err(NttError::Mismatch)?;
        let result = if self.readback { self.read(dst) } else { expected };
        if let Some(i) = (0..N).find(|&i| result[i] != expected[i]) {
            return Err(NttError::Mismatch(Mismatch {
                block: self.model.block(),
                cycle,
                checkpoint: "readback",
                checkpoint_index: dst,
                index: Some(i),
                expected: Some(expected[i] as u64),
                observed: Some(result[i] as u64),
                vcd: None,
            }));
        }
        Ok(OpRun { result, cycles: cycle, compared })
    }
}

/// Loads `a` (and `b`) into slots 0 and 1 of a fresh unit and runs `op` into slot 2
/// with the scoreboard; on a mismatch, runs it again with a VCD named in the report.
pub fn check_op(
    butterflies: usize,
    mode: Mode,
    op: Op,
    a: &[u32; N],
    b: &[u32; N],
    fault: Option<Fault>,
    vcd_name: &str,
) -> Result<OpRun, NttError> {
    crate::model::rerun_with_vcd(vcd_name, |vcd| {
        let mut unit = NttUnitRtl::new(butterflies);
        if let Some(p) = vcd {
            unit.trace_to(p);
        }
        unit.load(mode, 0, a).map_err(NttError::Hardware)?;
        unit.load(mode, 1, b).map_err(NttError::Hardware)?;
        unit.run_checked(mode, op, 0, 1, 2, fault.clone())
    })
}

impl crate::model::WithMismatch for NttError {
    fn mismatch_mut(&mut self) -> Option<&mut Mismatch> {
        match self {
            NttError::Mismatch(m) => Some(m),
            _ => None,
        }
    }
}

/// A random canonical polynomial.
pub fn random_poly(mode: Mode, rng: &mut impl Rng) -> [u32; N] {
    core::array::from_fn(|_| rng.gen_range(0..mode.q()))
}

/// The outcome of [`diff`]: printable, with a verdict.
#[derive(Clone, Debug)]
pub struct DiffReport {
    pub passed: bool,
    pub text: String,
}

impl std::fmt::Display for DiffReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// `hsm diff ntt --mode kem|dsa --seed N [--vcd FILE]`: random operands from `seed`,
/// every operation on the default unit (4 lanes) against the golden model, layer by
/// layer on the scheduled cycles; the first difference named. With `vcd`, the whole
/// run is traced to that file.
pub fn diff(mode: Mode, seed: u64, vcd: Option<&Path>) -> DiffReport {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let a = random_poly(mode, &mut rng);
    let b = random_poly(mode, &mut rng);
    let mut unit = NttUnitRtl::new(4);
    if let Some(p) = vcd {
        unit.trace_to(p);
    }
    let mut text = String::new();
    let _ = writeln!(text, "ntt diff: block {}, mode {} (q = {}), seed {seed}", unit.block(), mode.name(), mode.q());
    let mut passed = true;
    let mut step = |unit: &mut NttUnitRtl, name: &str, r: Result<OpRun, NttError>| match r {
        Ok(run) => {
            let _ = writeln!(text, "  {name:<28} ok   {:>4} cycles, {} checkpoints", run.cycles, run.compared);
        }
        Err(e) => {
            passed = false;
            let _ = writeln!(text, "  {name:<28} FAIL {e}");
            if let Some(p) = unit.model().vcd() {
                let _ = writeln!(text, "  waveform: {}", p.display());
            }
        }
    };
    let l0 = unit.load(mode, 0, &a).map_err(NttError::Hardware);
    let l1 = unit.load(mode, 1, &b).map_err(NttError::Hardware);
    if let Err(e) = l0.and(l1) {
        step(&mut unit, "load", Err(e));
    } else {
        for (name, op, sa, sb, d) in [
            ("NTT(a) -> slot 2", Op::Ntt, 0, 0, 2),
            ("NTT(b) -> slot 3", Op::Ntt, 1, 1, 3),
            ("slot 2 * slot 3 -> slot 2", Op::Pointwise, 2, 3, 2),
            ("NTT^-1(slot 2) -> slot 2", Op::Intt, 2, 2, 2),
            ("a + b -> slot 3", Op::Add, 0, 1, 3),
            ("a - b -> slot 3", Op::Sub, 0, 1, 3),
        ] {
            let r = unit.run_checked(mode, op, sa, sb, d, None);
            step(&mut unit, name, r);
        }
    }
    let _ = writeln!(text, "verdict: {}", if passed { "PASS" } else { "FAIL" });
    DiffReport { passed, text }
}
