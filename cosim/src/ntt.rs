//! Driver of the NTT / polynomial unit (`rtl::ntt`, blocks `ntt_unit_b{1,2,4}`):
//! host-port loads and reads, operations held to `golden_model::polyunit` by the
//! scoreboard (every layer's memory on the cycle the golden schedule states, the
//! `done` cycle, and the destination slot read back), fault injection and a
//! printable `diff` report for the CLI.
//!
//! The scoreboard follows memory through the banks' write ports (`obs_*`): the driver
//! keeps a shadow of the four slots, updated with the bank/address/data the RTL
//! writes on each edge and mapped back to coefficients with the golden model's
//! bank mapping (`golden_model::polyunit::coefficient_at`), so a layer checkpoint
//! sees what the memory holds, including mis-addressed writes.

use crate::model::{vcd_dir, Model, PortId, Shim};
use crate::models;
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::polyunit::{self, coefficient_at, Mode, Op, Schedule, N, SLOTS};
use golden_model::trace::Recorder;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::path::Path;

/// Meaning of the unit's error codes (see `rtl::ntt::unit`).
pub fn error_text(code: u8) -> &'static str {
    match code {
        1 => "unknown operation",
        2 => "start while busy",
        3 => "host access while busy",
        4 => "host write of a coefficient >= q",
        5 => "operand coefficient >= q",
        _ => "unknown error code",
    }
}

/// A test-only fault, active for a whole operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Flip `bit` of twiddle ROM word `addr` ({mode, index}) wherever it is read.
    Twiddle { addr: u16, bit: u8 },
    /// Hold `bit` of lane `lane`'s first butterfly output at 1.
    Stuck { lane: u8, bit: u8 },
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
}

impl std::fmt::Display for NttError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NttError::Hardware(c) => write!(f, "ntt unit error {c}: {}", error_text(*c)),
            NttError::Mismatch(m) => write!(f, "{m}"),
            NttError::Timeout { cycles } => write!(f, "ntt unit: no done after {cycles} cycles"),
        }
    }
}

impl std::error::Error for NttError {}

/// One checked operation.
#[derive(Clone, Debug)]
pub struct OpRun {
    /// The destination slot, read back through the host port.
    pub result: [u32; N],
    /// Cycles from the start pulse to `done`.
    pub cycles: u64,
    /// Checkpoints compared.
    pub compared: usize,
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

struct Ports {
    start: PortId,
    op: PortId,
    mode: PortId,
    src_a: PortId,
    src_b: PortId,
    dst: PortId,
    busy: PortId,
    done: PortId,
    error: PortId,
    err_code: PortId,
    mem_addr: PortId,
    mem_we: PortId,
    mem_re: PortId,
    mem_wdata: [PortId; 2],
    mem_rdata: [PortId; 2],
    obs_we: Vec<PortId>,
    obs_addr: Vec<PortId>,
    obs_data: Vec<PortId>,
    fault_tw: PortId,
    fault_addr: PortId,
    fault_stuck: PortId,
    fault_lane: PortId,
    fault_bit: PortId,
}

/// The Verilated unit plus a shadow of its memory.
pub struct NttUnitRtl {
    model: Model,
    p: Ports,
    butterflies: usize,
    shadow: Vec<[u32; N]>,
}

impl NttUnitRtl {
    /// `butterflies` must be 1, 2 or 4 (the emitted variants).
    pub fn new(butterflies: usize) -> Self {
        let model = Model::new(shim(butterflies).expect("butterflies must be 1, 2 or 4"));
        let nb = 2 * butterflies;
        let vec = |n: &str| (0..nb).map(|i| model.port(&format!("{n}${i}"))).collect::<Vec<_>>();
        let p = Ports {
            start: model.port("start"),
            op: model.port("op"),
            mode: model.port("mode"),
            src_a: model.port("src_a"),
            src_b: model.port("src_b"),
            dst: model.port("dst"),
            busy: model.port("busy"),
            done: model.port("done"),
            error: model.port("error"),
            err_code: model.port("err_code"),
            mem_addr: model.port("mem_addr"),
            mem_we: model.port("mem_we"),
            mem_re: model.port("mem_re"),
            mem_wdata: [model.port("mem_wdata$0"), model.port("mem_wdata$1")],
            mem_rdata: [model.port("mem_rdata$0"), model.port("mem_rdata$1")],
            obs_we: vec("obs_we"),
            obs_addr: vec("obs_addr"),
            obs_data: vec("obs_data"),
            fault_tw: model.port("fault_tw"),
            fault_addr: model.port("fault_addr"),
            fault_stuck: model.port("fault_stuck"),
            fault_lane: model.port("fault_lane"),
            fault_bit: model.port("fault_bit"),
        };
        NttUnitRtl { model, p, butterflies, shadow: vec![[0; N]; SLOTS] }
    }

    pub fn block(&self) -> &'static str {
        self.model.block()
    }

    pub fn butterflies(&self) -> usize {
        self.butterflies
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

    /// `Some(code)` while `error` is high.
    pub fn error(&self) -> Option<u8> {
        self.model.get_bool(self.p.error).then(|| self.model.get(self.p.err_code) as u8)
    }

    /// The memory as the scoreboard has followed it (slot `s`).
    pub fn shadow(&self, s: usize) -> &[u32; N] {
        &self.shadow[s]
    }

    /// One clock: record the bank writes of this edge in the shadow.
    fn step(&mut self) {
        self.model.eval();
        let mut writes = Vec::new();
        for n in 0..2 * self.butterflies {
            if self.model.get_bool(self.p.obs_we[n]) {
                let addr = self.model.get(self.p.obs_addr[n]) as usize;
                writes.push((n, addr, self.model.get(self.p.obs_data[n]) as u32));
            }
        }
        self.model.tick();
        for (n, addr, d) in writes {
            let (s, x) = coefficient_at(n, addr, self.butterflies);
            if s < SLOTS {
                self.shadow[s][x] = d;
            }
        }
    }

    /// Writes `coeffs` into `slot` through the host port, checked against `mode`'s q.
    /// Returns the error code if the unit raised one during the load (the sticky error
    /// flag must be clear before, i.e. cleared by an accepted start, to see a repeat).
    pub fn load(&mut self, mode: Mode, slot: usize, coeffs: &[u32; N]) -> Result<(), u8> {
        let before = self.error();
        let mut refused = None;
        self.model.set(self.p.mode, mode as u64);
        for w in 0..N / 2 {
            self.model.set(self.p.mem_addr, (slot * 128 + w) as u64);
            self.model.set(self.p.mem_wdata[0], coeffs[2 * w] as u64);
            self.model.set(self.p.mem_wdata[1], coeffs[2 * w + 1] as u64);
            self.model.set_bool(self.p.mem_we, true);
            self.step();
            self.model.set_bool(self.p.mem_we, false);
            self.model.eval();
            if refused.is_none() && self.error() != before {
                refused = self.error();
            }
        }
        refused.map_or(Ok(()), Err)
    }

    /// Reads `slot` through the host port (one pair per cycle, data the cycle after).
    pub fn read(&mut self, slot: usize) -> [u32; N] {
        let mut out = [0u32; N];
        for w in 0..N / 2 {
            self.model.set(self.p.mem_addr, (slot * 128 + w) as u64);
            self.model.set_bool(self.p.mem_re, true);
            self.step();
            self.model.set_bool(self.p.mem_re, false);
            self.model.eval();
            out[2 * w] = self.model.get(self.p.mem_rdata[0]) as u32;
            out[2 * w + 1] = self.model.get(self.p.mem_rdata[1]) as u32;
        }
        out
    }

    fn set_fault(&mut self, fault: Option<Fault>) {
        let (tw, stuck) = (matches!(fault, Some(Fault::Twiddle { .. })), matches!(fault, Some(Fault::Stuck { .. })));
        self.model.set_bool(self.p.fault_tw, tw);
        self.model.set_bool(self.p.fault_stuck, stuck);
        match fault {
            Some(Fault::Twiddle { addr, bit }) => {
                self.model.set(self.p.fault_addr, addr as u64);
                self.model.set(self.p.fault_bit, bit as u64);
            }
            Some(Fault::Stuck { lane, bit }) => {
                self.model.set(self.p.fault_lane, lane as u64);
                self.model.set(self.p.fault_bit, bit as u64);
            }
            None => {}
        }
    }

    /// Pulses `start` with a raw operation code (so bad codes can be tested); returns
    /// after the start cycle.
    pub fn start_raw(&mut self, op: u8, mode: Mode, src_a: usize, src_b: usize, dst: usize) {
        self.model.set(self.p.op, op as u64);
        self.model.set(self.p.mode, mode as u64);
        self.model.set(self.p.src_a, src_a as u64);
        self.model.set(self.p.src_b, src_b as u64);
        self.model.set(self.p.dst, dst as u64);
        self.model.set_bool(self.p.start, true);
        self.step();
        self.model.set_bool(self.p.start, false);
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
            if let Some(code) = self.error().filter(|_| !self.busy()) {
                return Err(NttError::Hardware(code));
            }
            self.step();
        }
        Err(NttError::Timeout { cycles: budget })
    }

    /// Runs `op` on the slots with the scoreboard: the golden model gets the slots'
    /// contents as the shadow holds them; every layer checkpoint is compared on its
    /// cycle, `done` on the cycle the schedule states, then `dst` is read back.
    pub fn run_checked(
        &mut self,
        mode: Mode,
        op: Op,
        src_a: usize,
        src_b: usize,
        dst: usize,
        fault: Option<Fault>,
    ) -> Result<OpRun, NttError> {
        let sched = Schedule::new(self.butterflies).expect("1, 2 and 4 lanes have a schedule");
        let (a, b) = (self.shadow[src_a], self.shadow[src_b]);
        let mut rec = Recorder::default();
        let golden = polyunit::run(mode, op, &a, &b, Some(&sched), &mut rec);
        let done_cycle = sched.done_cycle(mode, op);
        let was_busy = self.busy();
        self.set_fault(fault);
        self.start_raw(op as u8, mode, src_a, src_b, dst);
        if was_busy {
            self.set_fault(None);
            return Err(NttError::Hardware(self.error().unwrap_or(0)));
        }
        let expected = match golden {
            Ok(r) => r,
            Err(_) => {
                // The golden model refuses the operands: the unit must stop with code 5.
                let r = self.wait(done_cycle + 16);
                self.set_fault(None);
                return match r {
                    Err(e) => Err(e),
                    Ok(c) => Err(NttError::Timeout { cycles: c }),
                };
            }
        };
        let mut sb = Scoreboard::new(self.model.block(), rec.checkpoints);
        let mut cycle = 1;
        loop {
            self.model.eval();
            if sb.wants(cycle) {
                let seen = self.shadow[dst];
                sb.at_cycle(cycle, |_| seen.iter().map(|&c| c as u64).collect());
            }
            let done = self.model.get_bool(self.p.done);
            if cycle == done_cycle || done {
                sb.signal(cycle, "done", (cycle == done_cycle) as u64, done as u64);
                break;
            }
            if let Some(code) = self.error().filter(|_| !self.busy()) {
                self.set_fault(None);
                return Err(NttError::Hardware(code));
            }
            self.step();
            cycle += 1;
        }
        self.set_fault(None);
        let compared = sb.finish(cycle).map_err(NttError::Mismatch)?;
        let result = self.read(dst);
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
    let go = |unit: &mut NttUnitRtl| -> Result<OpRun, NttError> {
        unit.load(mode, 0, a).map_err(NttError::Hardware)?;
        unit.load(mode, 1, b).map_err(NttError::Hardware)?;
        unit.run_checked(mode, op, 0, 1, 2, fault)
    };
    let mut unit = NttUnitRtl::new(butterflies);
    go(&mut unit).map_err(|e| match e {
        NttError::Mismatch(mut m) => {
            let path = vcd_dir().join(format!("{vcd_name}.vcd"));
            let mut again = NttUnitRtl::new(butterflies);
            again.trace_to(&path);
            let _ = go(&mut again);
            drop(again);
            m.vcd = Some(path);
            NttError::Mismatch(m)
        }
        e => e,
    })
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
