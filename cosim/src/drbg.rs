//! Driver of the RFC 6979 nonce generator (`rfc6979_drbg`): writes x and h1 through the
//! operand port (random junk on `in_data`/`in_addr` whenever `in_we` is low), pulses
//! `start` / `next`, waits with a cycle bound, reads the candidate through `k_addr` /
//! `k_data`, and holds the K, V and x registers (read through probes) and the candidate
//! to `golden_model::ecdsa::drbg_schedule`: every checkpoint on its cycle, and the
//! command's latency. The driver keeps the golden DRBG state next to the block's, so
//! `next` is checked against the state the previous command left.

use crate::model::{Model, ProbeId, WithMismatch};
use crate::models::rfc6979_drbg::{Ports, Probes, PORT, PROBE, SHIM};
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::ecdsa::drbg_schedule::{self as sched, DrbgState, Op};
use golden_model::ecdsa::EcCurve;
use golden_model::engine::EngineError;
use golden_model::sha2::Sha2Alg;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt;

pub const BLOCK: &str = "rfc6979_drbg";

/// Meaning of the block's error codes (see `rtl::drbg`).
pub fn error_text(code: u8) -> &'static str {
    match code {
        1 => "unknown alg",
        2 => "start or next while busy",
        3 => "operand write while busy",
        4 => "next without a candidate (no DRBG state)",
        5 => "operand address 6, 7, 14 or 15",
        6 => "command refused: the fatal alarm is set (reset clears it)",
        _ => "unknown error code",
    }
}

/// Flip `bit` of register probe `probe` between two edges, `cycle` cycles after the
/// command pulse.
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub cycle: u64,
    pub probe: ProbeId,
    pub bit: usize,
}

/// A scoreboard mismatch, decoded: the RFC 6979 step whose result differs ("d", "e",
/// …, "h.3 K"; "candidate" for T) and the register (K, V, x/h1 wiped, T).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepMismatch {
    pub mismatch: Mismatch,
    pub step: Option<&'static str>,
}

impl fmt::Display for StepMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.mismatch)?;
        if let Some(s) = self.step {
            write!(f, "\n  after RFC 6979 step {s}, register {}", self.mismatch.checkpoint)?;
            if let Some(i) = self.mismatch.index {
                write!(f, " word {i}")?;
            }
        }
        Ok(())
    }
}

/// Why a command failed.
#[derive(Debug)]
pub enum DrbgError {
    Engine(EngineError),
    /// Boxed: the mismatch is large and rare.
    Mismatch(Box<StepMismatch>),
}

impl fmt::Display for DrbgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DrbgError::Engine(e) => write!(f, "{e}"),
            DrbgError::Mismatch(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for DrbgError {}

impl WithMismatch for DrbgError {
    fn mismatch_mut(&mut self) -> Option<&mut Mismatch> {
        match self {
            DrbgError::Mismatch(m) => Some(&mut m.mismatch),
            _ => None,
        }
    }
}

/// What a command produced.
#[derive(Clone, Debug)]
pub struct DrbgRun {
    /// The candidate k = bits2int(T), little-endian limbs (read through `k_data`).
    pub k: Vec<u64>,
    /// Cycles from the command pulse (cycle 0) to the cycle in which `done` showed.
    pub cycles: u64,
    /// Checkpoints compared.
    pub compared: usize,
}

/// The block, with the golden state it must hold.
pub struct DrbgRtl {
    model: Model,
    p: Ports,
    r: Probes,
    fault: Option<Fault>,
    ungated: u64,
    rng: ChaCha8Rng,
    /// (alg, curve, K/V) of the golden model after the last candidate.
    golden: Option<(Sha2Alg, EcCurve, DrbgState)>,
}

impl Default for DrbgRtl {
    fn default() -> Self {
        Self::new(0)
    }
}

impl DrbgRtl {
    crate::driver_status!(no_pulses);

    /// A fresh block; `seed` drives the junk on unused inputs.
    pub fn new(seed: u64) -> Self {
        let mut d = DrbgRtl { model: Model::new(SHIM), p: PORT, r: PROBE, fault: None, ungated: 0, rng: ChaCha8Rng::seed_from_u64(seed), golden: None };
        d.idle_inputs();
        d
    }

    pub fn done(&self) -> bool {
        self.model.get_bool(self.p.done)
    }

    pub fn k_valid(&self) -> bool {
        self.model.get_bool(self.p.k_valid)
    }

    /// Cycles on which `k_data` showed a value while `k_valid` was low.
    pub fn ungated_outputs(&self) -> u64 {
        self.ungated
    }

    /// Arms a fault for the next command.
    pub fn inject(&mut self, fault: Fault) {
        self.fault = Some(fault);
    }

    /// Forget the golden DRBG state (after a wipe the block has none either).
    pub fn forget(&mut self) {
        self.golden = None;
    }

    /// Junk on the operand port's data and address, a random `k_addr` (don't-cares
    /// while `in_we` is low, GUIDE §7).
    fn idle_inputs(&mut self) {
        let (d, a, ka) = (self.rng.gen::<u64>(), self.rng.gen_range(0..16), self.rng.gen_range(0..8));
        self.model.set(self.p.in_data, d);
        self.model.set(self.p.in_addr, a);
        self.model.set(self.p.k_addr, ka);
        self.model.set(self.p.alg, self.rng.gen_range(0..4));
        self.model.set(self.p.curve, self.rng.gen_range(0..2));
    }

    /// One clock with every command input low and junk on the don't-cares; counts an
    /// ungated `k_data`.
    pub fn step(&mut self) {
        self.model.eval();
        if !self.model.get_bool(self.p.k_valid) && self.model.get(self.p.k_data) != 0 {
            self.ungated += 1;
        }
        self.model.tick();
        self.idle_inputs();
        self.model.eval();
    }

    /// One clock with `port` high.
    fn pulse(&mut self, port: crate::model::PortId) {
        self.model.set_bool(port, true);
        self.step();
        self.model.set_bool(port, false);
        self.model.eval();
    }

    pub fn reset(&mut self) {
        self.pulse(self.p.reset);
        self.golden = None;
    }

    pub fn zeroize(&mut self) {
        self.pulse(self.p.zeroize);
        self.golden = None;
    }

    pub fn k_clear(&mut self) {
        self.pulse(self.p.k_clear)
    }

    /// One operand write (`addr` 0..5 x, 8..13 h1).
    pub fn write(&mut self, addr: u8, limb: u64) {
        self.model.set_bool(self.p.in_we, true);
        self.model.set(self.p.in_addr, addr as u64);
        self.model.set(self.p.in_data, limb);
        self.step();
        self.model.set_bool(self.p.in_we, false);
        self.model.eval();
    }

    /// Writes x and h1 (little-endian limbs).
    pub fn load(&mut self, x: &[u64], h1: &[u64]) {
        for (i, &l) in x.iter().enumerate() {
            self.write(i as u8, l);
        }
        for (i, &l) in h1.iter().enumerate() {
            self.write(8 + i as u8, l);
        }
    }

    /// Pulses `start` with raw `alg` / `curve` codes (one clock).
    pub fn start_raw(&mut self, alg: u8, curve: u8) {
        self.model.set_bool(self.p.start, true);
        self.model.set(self.p.alg, alg as u64);
        self.model.set(self.p.curve, curve as u64);
        self.model.eval();
        self.model.tick();
        self.model.set_bool(self.p.start, false);
        self.idle_inputs();
        self.model.eval();
    }

    /// Pulses `next` (one clock).
    pub fn next_raw(&mut self) {
        self.pulse(self.p.next_k)
    }

    /// The candidate as the port shows it: limbs 0..n through `k_addr` / `k_data`.
    pub fn read_k(&mut self, n: usize) -> Vec<u64> {
        let v = (0..n)
            .map(|l| {
                self.model.set(self.p.k_addr, l as u64);
                self.model.eval();
                self.model.get(self.p.k_data)
            })
            .collect();
        self.idle_inputs();
        self.model.eval();
        v
    }

    /// The K and V registers (8 words each).
    pub fn k_v(&self) -> (Vec<u64>, Vec<u64>) {
        (self.r.k_reg.iter().map(|&p| self.model.peek(p)).collect(), self.r.v_reg.iter().map(|&p| self.model.peek(p)).collect())
    }

    /// The x and h1 registers (12 words).
    pub fn operands(&self) -> Vec<u64> {
        self.r.x_reg.iter().chain(self.r.h1_reg.iter()).map(|&p| self.model.peek(p)).collect()
    }

    /// Every probe that is not zero (`allow_alarm`: the sticky alarms may be set).
    pub fn left_after_wipe(&self, allow_alarm: bool) -> Vec<(&'static str, usize)> {
        self.model.nonzero_probes(&|n| allow_alarm && (n == "alarm" || n == "eng$alarm"))
    }

    /// Loads x, h1 and runs `start` (seed and first candidate), against the golden model.
    pub fn run_start(&mut self, alg: Sha2Alg, curve: EcCurve, x: &[u64], h1: &[u64]) -> Result<DrbgRun, DrbgError> {
        self.load(x, h1);
        self.run(alg, curve, Op::Start, x, h1)
    }

    /// Runs `next` on the state the last command left.
    pub fn run_next(&mut self) -> Result<DrbgRun, DrbgError> {
        let (alg, curve, _) = self.golden.clone().expect("next after a start");
        self.run(alg, curve, Op::Next, &[0; 6], &[0; 6])
    }

    fn run(&mut self, alg: Sha2Alg, curve: EcCurve, op: Op, x: &[u64], h1: &[u64]) -> Result<DrbgRun, DrbgError> {
        let code = sched::alg_code(alg).expect("the block takes SHA-256/384/512");
        let mut state = match (&self.golden, op) {
            (Some((_, _, s)), Op::Next) => s.clone(),
            _ => DrbgState { k: vec![], v: vec![] },
        };
        let (cps, k_gold) = sched::trace(alg, curve, op, x, h1, &mut state);
        let latency = sched::latency(alg, curve, op);
        let steps = sched::steps(alg, curve, op);
        let limbs = sched::limbs(curve);
        let t0 = self.model.cycle();
        match op {
            Op::Start => self.start_raw(code, curve as u8),
            Op::Next => self.next_raw(),
        }
        self.golden = None;
        let mut sb = Scoreboard::new(BLOCK, cps);
        let budget = latency + 100;
        let decode = |m: Mismatch| {
            let step = match m.checkpoint {
                "T" => Some("h.2 (candidate)"),
                _ => steps.get(m.checkpoint_index).map(|s| s.name),
            };
            DrbgError::Mismatch(Box::new(StepMismatch { mismatch: m, step }))
        };
        let cycles = loop {
            let elapsed = self.model.cycle() - t0;
            if let Some(f) = self.fault.filter(|f| f.cycle == elapsed) {
                self.model.flip(f.probe, 0, f.bit);
                self.fault = None;
            }
            if self.fatal() {
                return Err(DrbgError::Engine(EngineError::Fatal { block: BLOCK }));
            }
            if let Some(code) = self.error() {
                return Err(DrbgError::Engine(EngineError::Hardware { block: BLOCK, code, what: error_text(code).into() }));
            }
            if sb.wants(elapsed) {
                let (kr, vr) = self.k_v();
                let ops = self.operands();
                let kout = if self.done() { self.read_k(limbs) } else { Vec::new() };
                sb.at_cycle(elapsed, |cp| match cp.name {
                    "K" => kr.clone(),
                    "V" => vr.clone(),
                    "x" => ops.clone(),
                    _ => kout.clone(),
                });
            }
            if self.done() {
                break elapsed;
            }
            if elapsed > budget {
                return Err(DrbgError::Engine(EngineError::Timeout { block: BLOCK, cycles: budget }));
            }
            self.step();
        };
        sb.signal(cycles, "latency", latency, cycles);
        let compared = sb.finish(cycles).map_err(decode)?;
        let k = self.read_k(limbs);
        if k != k_gold {
            let i = k.iter().zip(&k_gold).position(|(a, b)| a != b).unwrap_or(0);
            return Err(decode(Mismatch { block: BLOCK, cycle: cycles, checkpoint: "T", checkpoint_index: 0, index: Some(i), expected: Some(k_gold[i]), observed: Some(k[i]), vcd: None }));
        }
        self.golden = Some((alg, curve, state));
        Ok(DrbgRun { k, cycles, compared })
    }
}

/// Main FSM and step codes (the RTL's are `rtl::drbg::{state, step}`; cosim does not
/// depend on `rtl`, so they are restated here and checked against it by a test).
pub const STATE_CODES: [u64; 3] = [0b000000, 0b000111, 0b011001];
pub const STEP_CODES: [u64; 9] = [0b0000000, 0b0110001, 0b1010010, 0b1100011, 0b1100100, 0b1010101, 0b0110110, 0b0000111, 0b1111000];
/// Step names in `STEP_CODES` order.
pub const STEP_NAMES: [&str; 9] = ["none", "d", "e", "f", "g", "h", "h2", "h.3 K", "h.3 V"];

/// The step name of a code read through the `step` probe.
pub fn step_name(code: u64) -> Option<&'static str> {
    STEP_CODES.iter().position(|&c| c == code).map(|i| STEP_NAMES[i])
}

/// Runs `start` then `n − 1` `next`s on a fresh block (with `fault = (i, f)`: `f` armed
/// for command i, 0 = the start); on a mismatch, runs it again with a VCD at
/// `vcd_dir()/<vcd_name>.vcd` and names it.
pub fn check(alg: Sha2Alg, curve: EcCurve, x: &[u64], h1: &[u64], n: usize, fault: Option<(usize, Fault)>, vcd_name: &str) -> Result<Vec<DrbgRun>, DrbgError> {
    crate::model::rerun_with_vcd(vcd_name, |vcd| {
        let mut d = DrbgRtl::new(x[0] ^ 0x5eed);
        if let Some(p) = vcd {
            d.trace_to(p);
        }
        let mut out = Vec::new();
        for i in 0..n {
            if let Some((_, f)) = fault.filter(|(c, _)| *c == i) {
                d.inject(f);
            }
            out.push(if i == 0 { d.run_start(alg, curve, x, h1)? } else { d.run_next()? });
        }
        Ok(out)
    })
}
