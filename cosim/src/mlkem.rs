//! Driver of the ML-KEM engine (`rtl::mlkem`, block `mlkem_engine`) and its scoreboard.
//!
//! The driver does what a host does and nothing more: it writes the inputs into the
//! data buffer, pulses `start` with the opcode and parameter set, waits for `done`
//! and reads the outputs. The algorithm runs in the RTL's microcode.
//!
//! The scoreboard holds the run to the golden model's execution of the same program
//! (`golden_model::mlkem::program::Interpreter`): each time the sequencer finishes a
//! step (its `pc` advances), the step's result is read through probes (the polynomial
//! memory's banks, the buffer, the comparison flag) and compared with what the golden
//! step wrote. The first difference names the command, the step and its FIPS 203
//! text, the polynomial slot and coefficient (or buffer word), the cycle, the
//! expected and observed values. Each step's latency is compared with
//! `program::step_cycles` (exact; SampleNTT's depends on the words it consumed).

use crate::model::{Model, ProbeId};
use crate::models;
use engine::EngineError;
use golden_model::mlkem::program::{self, Command, Run, Step, Written};
use golden_model::mlkem::{MlKemError, Params};
use golden_model::polyunit::memory::{bank_of, row_of};
use std::fmt;
use std::path::{Path, PathBuf};

pub const BLOCK: &str = "mlkem_engine";

/// Cycles a command may take before the driver reports a timeout.
pub const BUDGET: u64 = 200_000;

/// The parameter set's number on the `params` port.
pub fn params_code(p: &Params) -> u64 {
    Params::ALL.iter().position(|q| q == p).expect("a FIPS 203 parameter set") as u64
}

/// The meaning of an `err_code`.
pub fn error_text(code: u8) -> &'static str {
    use program::error::*;
    match code {
        BAD_COMMAND => "unknown opcode or parameter set",
        BUSY => "start while busy",
        ACCESS_BUSY => "buffer access while busy",
        EK_MODULUS => "encapsulation key fails the modulus check (FIPS 203 §7.2)",
        DK_HASH => "decapsulation key fails the hash check (FIPS 203 §7.3)",
        FATAL => "refused: fatal alarm set, reset required",
        UNIT => "a unit reported an error; the command was aborted",
        _ => "unknown error code",
    }
}

/// Where the first difference is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// Coefficient `index` of polynomial slot `slot`.
    Coefficient { slot: u8, index: usize },
    /// Buffer word `addr`.
    Word { addr: u16 },
    /// The comparison flag (c ≠ c′, a failed check).
    Flag,
    /// The step's latency in cycles.
    Latency,
}

/// The first difference between the engine and the golden program run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepMismatch {
    pub command: Command,
    pub params: &'static str,
    /// Step number in the program, and its FIPS 203 text.
    pub step: usize,
    pub fips: String,
    pub at: Location,
    /// Cycle after `start` at which the step ended.
    pub cycle: u64,
    pub expected: u64,
    pub observed: u64,
    pub vcd: Option<PathBuf>,
}

impl fmt::Display for StepMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "MISMATCH in {BLOCK} ({} {}) at cycle {}: step {} «{}», ",
            self.params,
            self.command.name(),
            self.cycle,
            self.step,
            self.fips
        )?;
        match &self.at {
            Location::Coefficient { slot, index } => write!(f, "slot {slot} coefficient {index}")?,
            Location::Word { addr } => write!(f, "buffer word {addr}")?,
            Location::Flag => write!(f, "comparison flag")?,
            Location::Latency => write!(f, "latency (cycles)")?,
        }
        write!(f, ": expected {:#x}, observed {:#x}", self.expected, self.observed)?;
        if let Some(v) = &self.vcd {
            write!(f, "\n  waveform: {}", v.display())?;
        }
        Ok(())
    }
}

/// Why a command did not produce its outputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MlKemRtlError {
    /// The engine answered with an error code.
    Refused { code: u8 },
    /// The fatal alarm is set.
    Fatal,
    Timeout { cycles: u64 },
    Mismatch(Box<StepMismatch>),
    /// An input of the wrong length (checked by the driver; nothing starts).
    Length { what: &'static str, expected: usize, got: usize },
}

impl fmt::Display for MlKemRtlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MlKemRtlError::Refused { code } => write!(f, "{BLOCK} error {code}: {}", error_text(*code)),
            MlKemRtlError::Fatal => write!(f, "{BLOCK} raised its fatal alarm"),
            MlKemRtlError::Timeout { cycles } => write!(f, "{BLOCK} did not finish within {cycles} cycles"),
            MlKemRtlError::Mismatch(m) => write!(f, "{m}"),
            MlKemRtlError::Length { what, expected, got } => write!(f, "{what}: {got} bytes, expected {expected}"),
        }
    }
}

impl std::error::Error for MlKemRtlError {}

impl From<MlKemRtlError> for EngineError {
    fn from(e: MlKemRtlError) -> Self {
        match e {
            MlKemRtlError::Refused { code: program::error::EK_MODULUS } => MlKemError::EncapsulationKeyNotReduced.into(),
            MlKemRtlError::Refused { code: program::error::DK_HASH } => MlKemError::DecapsulationKeyHashMismatch.into(),
            MlKemRtlError::Refused { code } => EngineError::Hardware { block: BLOCK, code, what: error_text(code).into() },
            MlKemRtlError::Fatal => EngineError::Fatal { block: BLOCK },
            MlKemRtlError::Timeout { cycles } => EngineError::Timeout { block: BLOCK, cycles },
            MlKemRtlError::Mismatch(m) => EngineError::Hardware { block: BLOCK, code: 0, what: m.to_string() },
            MlKemRtlError::Length { what, expected, got } => MlKemError::Length { what, expected, got }.into(),
        }
    }
}

/// One step as the engine ran it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepTiming {
    pub step: usize,
    /// Cycles after `start` at which the step was fetched and at which it ended.
    pub begin: u64,
    pub end: u64,
}

/// A completed command.
#[derive(Clone, Debug, Default)]
pub struct CommandRun {
    /// Cycles from the `start` cycle to the `done` cycle.
    pub cycles: u64,
    pub steps: Vec<StepTiming>,
    /// Steps compared with the golden run.
    pub compared: usize,
}

/// A Verilated `mlkem_engine`.
pub struct MlKemRtl {
    model: Model,
    p: models::mlkem_engine::Ports,
    pc: ProbeId,
    fsm: ProbeId,
    flag: ProbeId,
    buffer: ProbeId,
    banks: Vec<ProbeId>,
    /// The ROM address of each program (`program::rom`), computed once.
    entry: [u16; 9],
    /// Random values for the don't-care inputs while a command runs.
    rng: rand_chacha::ChaCha8Rng,
}

impl Default for MlKemRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl MlKemRtl {
    pub fn new() -> Self {
        let model = Model::new(models::mlkem_engine::SHIM);
        let probe = |n: &str| model.probe_named(n).unwrap_or_else(|| panic!("{BLOCK} has no probe {n}"));
        let banks = (0..8).map(|n| probe(&format!("mem$ram_a${n}"))).collect();
        let (pc, fsm, flag, buffer) = (probe("seq$pc"), probe("seq$fsm"), probe("seq$flag"), probe("buffer"));
        let entry = program::rom().1;
        let rng = rand::SeedableRng::seed_from_u64(0x203);
        let mut e = MlKemRtl { model, p: models::mlkem_engine::PORT, pc, fsm, flag, buffer, banks, entry, rng };
        e.model.eval();
        e.model.pulse(e.p.reset);
        e.idle_until_ready();
        e
    }

    pub fn model(&mut self) -> &mut Model {
        &mut self.model
    }

    pub fn ports(&self) -> &models::mlkem_engine::Ports {
        &self.p
    }

    pub fn trace_to(&mut self, path: &Path) {
        self.model.trace_to(path)
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

    /// The sequencer's program counter and state (probes).
    pub fn pc(&self) -> u64 {
        self.model.peek(self.pc)
    }

    pub fn fsm(&self) -> u64 {
        self.model.peek(self.fsm)
    }

    /// Ticks until `busy` is low (a wipe after reset or zeroize), at most the budget.
    pub fn idle_until_ready(&mut self) -> u64 {
        let mut n = 0;
        while self.busy() && n < BUDGET {
            self.model.tick();
            n += 1;
        }
        n
    }

    /// Host write of `words` from buffer word `addr`, one word per cycle.
    pub fn write_words(&mut self, addr: u16, words: &[u64]) {
        for (i, &w) in words.iter().enumerate() {
            self.model.set(self.p.buf_addr, addr as u64 + i as u64);
            self.model.set(self.p.buf_wdata, w);
            self.model.set_bool(self.p.buf_we, true);
            self.model.tick();
        }
        self.model.set_bool(self.p.buf_we, false);
        self.model.set(self.p.buf_wdata, 0);
        self.model.eval();
    }

    /// Host writes of `cmd`'s inputs (byte strings, multiples of 8 bytes, in the order
    /// of `program::io`) to their buffer words.
    pub fn load_inputs(&mut self, cmd: Command, p: &Params, inputs: &[&[u8]]) {
        for ((_, addr, _), bytes) in program::io(cmd, p).0.iter().zip(inputs) {
            self.write_words(*addr, &program::words_of(bytes));
        }
    }

    /// Host read of `n` words from `addr` (data the cycle after each address).
    pub fn read_words(&mut self, addr: u16, n: u16) -> Vec<u64> {
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            self.model.set(self.p.buf_addr, (addr + i) as u64);
            self.model.set_bool(self.p.buf_re, true);
            self.model.tick();
            out.push(self.model.get(self.p.buf_rdata));
        }
        self.model.set_bool(self.p.buf_re, false);
        self.model.eval();
        out
    }

    /// `cmd`'s outputs (the byte strings of `program::io`), read through the host port.
    pub fn read_outputs(&mut self, cmd: Command, p: &Params) -> Vec<Vec<u8>> {
        program::io(cmd, p).1.iter().map(|&(_, addr, words)| program::bytes_of(&self.read_words(addr, words))).collect()
    }

    /// Buffer word `addr` as the RAM holds it (probe; no port access).
    pub fn peek_word(&self, addr: u16) -> u64 {
        self.model.peek_at(self.buffer, addr as usize)
    }

    /// Coefficient `x` of polynomial slot `s` as the banks hold it (probe).
    pub fn peek_coefficient(&self, s: u8, x: usize) -> u64 {
        self.model.peek_at(self.banks[bank_of(x, 4)], s as usize * 32 + row_of(x, 4))
    }

    /// The comparison flag register (probe).
    pub fn peek_flag(&self) -> u64 {
        self.model.peek(self.flag)
    }

    /// Random values on the inputs a running command must ignore (GUIDE §7): opcode,
    /// parameter set, buffer address and write data (with `start`, `buf_we`, `buf_re` low).
    fn scramble(&mut self) {
        use rand::Rng;
        let v: [u64; 4] = self.rng.gen();
        for (port, x) in [(self.p.op, v[0]), (self.p.params, v[1]), (self.p.buf_addr, v[2]), (self.p.buf_wdata, v[3])] {
            self.model.set(port, x);
        }
    }

    /// Pulses `start` with `cmd` and parameter-set code `params` (no check).
    pub fn start_raw(&mut self, op: u64, params: u64) {
        self.model.set(self.p.op, op);
        self.model.set(self.p.params, params);
        self.model.pulse(self.p.start);
        self.model.set(self.p.op, 0);
        self.model.set(self.p.params, 0);
        self.model.eval();
    }

    /// Runs `cmd` on the inputs already in the buffer: `start`, then cycles until
    /// `done` or an error; with `golden`, every finished step is compared with it.
    /// `hook(self, cycle)` runs before each edge (fault injection, zeroize tests).
    pub fn command(
        &mut self,
        cmd: Command,
        p: &Params,
        golden: Option<&(Vec<Step>, Run)>,
        mut hook: impl FnMut(&mut Model, u64),
    ) -> Result<CommandRun, MlKemRtlError> {
        let entry = self.entry[3 * cmd as usize + params_code(p) as usize] as u64;
        let expected: Vec<(usize, &Written)> = golden.map(|(_, r)| r.written.iter().map(|(n, w)| (*n, w)).collect()).unwrap_or_default();
        let mut next = 0;
        let mut run = CommandRun::default();
        self.model.set(self.p.op, cmd as u64);
        self.model.set(self.p.params, params_code(p));
        self.model.set_bool(self.p.start, true);
        hook(&mut self.model, 0);
        self.model.tick();
        self.model.set_bool(self.p.start, false);
        self.model.eval();
        if let Some(code) = self.error() {
            return Err(if code == program::error::FATAL { MlKemRtlError::Fatal } else { MlKemRtlError::Refused { code } });
        }
        let mut cycle = 1;
        let mut pc = self.pc();
        let mut begin = 1;
        loop {
            if self.model.get_bool(self.p.done) {
                run.cycles = cycle;
                return Ok(run);
            }
            if !self.busy() {
                // Idle without done: an abort (its error code) or a fault.
                if self.fatal() {
                    return Err(MlKemRtlError::Fatal);
                }
                return Err(MlKemRtlError::Refused { code: self.error().unwrap_or(0) });
            }
            if cycle > BUDGET {
                return Err(MlKemRtlError::Timeout { cycles: cycle });
            }
            self.scramble();
            hook(&mut self.model, cycle);
            self.model.tick();
            cycle += 1;
            let now = self.pc();
            if now != pc && now == pc + 1 {
                // Step pc − entry finished at this edge.
                let step = (pc - entry) as usize;
                run.steps.push(StepTiming { step, begin, end: cycle });
                begin = cycle;
                if let Some((steps, golden_run)) = golden {
                    while next < expected.len() && expected[next].0 < step {
                        next += 1;
                    }
                    if next < expected.len() && expected[next].0 == step {
                        self.compare(cmd, p, step, &steps[step], expected[next].1, cycle)?;
                        // Latency is part of the contract.
                        let words = golden_run.sample_words.iter().find(|(m, _)| *m == step).map(|&(_, w)| w);
                        let want = program::step_cycles(&steps[step].op, words);
                        let took = run.steps.last().map(|t| t.end - t.begin).unwrap_or(0);
                        if took != want {
                            return Err(self.mismatch(cmd, p, step, &steps[step], Location::Latency, cycle, want, took));
                        }
                        run.compared += 1;
                        next += 1;
                    }
                }
            }
            pc = now;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn mismatch(&self, cmd: Command, p: &Params, n: usize, step: &Step, at: Location, cycle: u64, expected: u64, observed: u64) -> MlKemRtlError {
        MlKemRtlError::Mismatch(Box::new(StepMismatch {
            command: cmd,
            params: p.name,
            step: n,
            fips: step.fips.clone(),
            at,
            cycle,
            expected,
            observed,
            vcd: self.model.vcd().map(Path::to_path_buf),
        }))
    }

    fn compare(&self, cmd: Command, p: &Params, n: usize, step: &Step, w: &Written, cycle: u64) -> Result<(), MlKemRtlError> {
        let fail = |at: Location, expected: u64, observed: u64| Err(self.mismatch(cmd, p, n, step, at, cycle, expected, observed));
        match w {
            Written::Slot { slot, coeffs } => {
                for (i, &c) in coeffs.iter().enumerate() {
                    let seen = self.peek_coefficient(*slot, i);
                    if seen != c as u64 {
                        return fail(Location::Coefficient { slot: *slot, index: i }, c as u64, seen);
                    }
                }
            }
            Written::Buffer { addr, words } => {
                for (i, &x) in words.iter().enumerate() {
                    let a = addr + i as u16;
                    let seen = self.peek_word(a);
                    if seen != x {
                        return fail(Location::Word { addr: a }, x, seen);
                    }
                }
            }
            Written::Flag(f) => {
                let seen = (self.peek_flag() != 0) as u64;
                if seen != *f as u64 {
                    return fail(Location::Flag, *f as u64, seen);
                }
            }
            Written::Nothing => {}
        }
        Ok(())
    }

    /// Runs `cmd` from host inputs to host outputs: checks the input lengths, writes
    /// the inputs, runs (against the golden program run with `check`) and reads the
    /// outputs.
    ///
    /// On a scoreboard mismatch the command is repeated on a fresh model with a VCD at
    /// `vcd_dir()/mlkem-<set>-<command>.vcd`, which the mismatch names.
    pub fn run(&mut self, cmd: Command, p: &Params, inputs: &[&[u8]], check: bool) -> Result<(Vec<Vec<u8>>, CommandRun), EngineError> {
        match self.run_once(cmd, p, inputs, check) {
            Err(MlKemRtlError::Mismatch(mut m)) if m.vcd.is_none() => {
                let path = crate::model::vcd_dir().join(format!("mlkem-{}-{}.vcd", &p.name[7..], cmd.name()));
                let mut fresh = MlKemRtl::new();
                fresh.trace_to(&path);
                let _ = fresh.run_once(cmd, p, inputs, check);
                m.vcd = Some(path);
                Err(MlKemRtlError::Mismatch(m).into())
            }
            r => r.map_err(EngineError::from),
        }
    }

    fn run_once(&mut self, cmd: Command, p: &Params, inputs: &[&[u8]], check: bool) -> Result<(Vec<Vec<u8>>, CommandRun), MlKemRtlError> {
        for ((name, _, words), bytes) in program::io(cmd, p).0.iter().zip(inputs) {
            if bytes.len() != *words as usize * 8 {
                return Err(MlKemRtlError::Length { what: name, expected: *words as usize * 8, got: bytes.len() });
            }
        }
        self.load_inputs(cmd, p, inputs);
        let golden = check.then(|| {
            let steps = program::program(cmd, p);
            let (run, _) = program::execute(cmd, p, inputs);
            (steps, run)
        });
        let run = self.command(cmd, p, golden.as_ref(), |_, _| {})?;
        let outputs = self.read_outputs(cmd, p);
        Ok((outputs, run))
    }
}

/// A bit flip in the polynomial memory (both RAM copies) at a cycle after `start`:
/// what `hsm diff mlkem --inject-fault CYCLE:SLOT:INDEX:BIT` injects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoefficientFault {
    pub cycle: u64,
    pub slot: u8,
    pub index: usize,
    pub bit: usize,
}

impl MlKemRtl {
    /// Flips bit `bit` of coefficient `x` of slot `s` in both copies of its bank.
    pub fn flip_coefficient(model: &mut Model, s: u8, x: usize, bit: usize) {
        let v = Self::coefficient_of(model, s, x);
        Self::poke_coefficient(model, s, x, v ^ (1 << bit));
    }

    /// Writes coefficient `x` of slot `s` in both copies of its bank (a fault).
    pub fn poke_coefficient(model: &mut Model, s: u8, x: usize, value: u64) {
        let (bank, row) = (bank_of(x, 4), s as usize * 32 + row_of(x, 4));
        for copy in ["ram_a", "ram_b"] {
            let id = model.probe_named(&format!("mem${copy}${bank}")).expect("bank probe");
            model.poke_at(id, row, value);
        }
        model.eval();
    }

    fn coefficient_of(model: &Model, s: u8, x: usize) -> u64 {
        let id = model.probe_named(&format!("mem$ram_a${}", bank_of(x, 4))).expect("bank probe");
        model.peek_at(id, s as usize * 32 + row_of(x, 4))
    }
}

/// What `hsm diff mlkem` prints: every step of the program as the RTL ran it.
pub struct DiffReport {
    pub lines: Vec<String>,
    pub passed: bool,
}

impl fmt::Display for DiffReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for l in &self.lines {
            writeln!(f, "{l}")?;
        }
        Ok(())
    }
}

/// A short digest of a step's result (SHA3-256 of its values, first 8 bytes).
fn digest(w: &Written) -> String {
    let bytes: Vec<u8> = match w {
        Written::Slot { coeffs, .. } => coeffs.iter().flat_map(|c| c.to_le_bytes()).collect(),
        Written::Buffer { words, .. } => program::bytes_of(words),
        Written::Flag(f) => return format!("flag = {}", *f as u8),
        Written::Nothing => return "-".into(),
    };
    let h = golden_model::keccak::sha3_256(&bytes);
    h[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The inputs of `cmd` for a key pair from `seed`: d, z and m drawn from ChaCha8
/// (in that order), the key pair and ciphertext from the golden model.
pub fn sample_inputs(cmd: Command, p: &Params, seed: u64) -> Vec<Vec<u8>> {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut b = [[0u8; 32]; 3];
    for x in b.iter_mut() {
        rng.fill(&mut x[..]);
    }
    let (ek, dk) = golden_model::mlkem::kem::keygen(p, &b[0], &b[1]).expect("keygen");
    match cmd {
        Command::KeyGen => vec![b[0].to_vec(), b[1].to_vec()],
        Command::Encaps => vec![ek, b[2].to_vec()],
        Command::Decaps => {
            let (_, c) = golden_model::mlkem::kem::encaps(p, &ek, &b[2]).expect("encaps");
            vec![dk, c]
        }
    }
}

/// One command on random inputs (`seed`) through the RTL and the golden program run,
/// every step shown as a reviewer reads it: step, FIPS 203 step, cycle, digest of the
/// golden result, verdict. `fault` flips a polynomial-memory bit to show the checker
/// failing.
pub fn diff(cmd: Command, p: &Params, seed: u64, vcd: Option<&Path>, fault: Option<CoefficientFault>) -> DiffReport {
    let inputs = sample_inputs(cmd, p, seed);
    let ins: Vec<&[u8]> = inputs.iter().map(|v| &v[..]).collect();
    let steps = program::program(cmd, p);
    let (golden, outputs) = program::execute(cmd, p, &ins);
    let mut e = MlKemRtl::new();
    if let Some(path) = vcd {
        e.trace_to(path);
    }
    e.load_inputs(cmd, p, &ins);
    let g = (steps.clone(), golden.clone());
    let result = e.command(cmd, p, Some(&g), |m, cycle| {
        if let Some(f) = fault {
            if f.cycle == cycle {
                MlKemRtl::flip_coefficient(m, f.slot, f.index, f.bit);
            }
        }
    });
    let mut lines = vec![
        format!("{} {} on seed {seed}: {} steps (FIPS 203), golden program run against {BLOCK}", p.name, cmd.name(), steps.len()),
        format!("{:>4}  {:>6}  {:<18}  {:<13}  FIPS 203 step", "step", "cycle", "golden digest", "verdict"),
    ];
    let (timings, failed): (Vec<StepTiming>, Option<StepMismatch>) = match &result {
        Ok(run) => (run.steps.clone(), None),
        Err(MlKemRtlError::Mismatch(m)) => (Vec::new(), Some((**m).clone())),
        Err(_) => (Vec::new(), None),
    };
    for (n, w) in &golden.written {
        let t = timings.iter().find(|t| t.step == *n);
        let verdict = match (&failed, t) {
            (Some(m), _) if m.step == *n => "DIFFERS",
            (Some(m), _) if m.step < *n => "not compared",
            (Some(_), _) => "equal",
            (None, Some(_)) => "equal",
            (None, None) if matches!(steps[*n].op, program::MicroOp::End) => "equal",
            (None, None) => "not reached",
        };
        let cycle = t.map(|t| t.end.to_string()).unwrap_or_else(|| "-".into());
        lines.push(format!("{n:>4}  {cycle:>6}  {:<18}  {verdict:<13}  {}", digest(w), steps[*n].fips));
    }
    let passed = match result {
        Ok(run) => {
            let same = e.read_outputs(cmd, p) == outputs;
            let predicted = program::command_cycles(&steps, &golden);
            lines.push(format!(
                "done after {} cycles (golden model predicts {predicted}); outputs {} the golden model's",
                run.cycles,
                if same { "equal" } else { "DIFFER from" }
            ));
            same && run.cycles == predicted
        }
        Err(err) => {
            lines.push(format!("{err}"));
            false
        }
    };
    if let Some(p) = vcd {
        lines.push(format!("waveform: {}", p.display()));
    }
    DiffReport { lines, passed }
}
