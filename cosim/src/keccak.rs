//! Drivers of the Keccak blocks: the Keccak-f[1600] core (cycle-exact against
//! `golden_model::keccak::keccak_f1600_traced`) and the sponge engine (streams with
//! random stalls, permutations compared in order).

use crate::model::{Model, Shim};
use crate::models;
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::engine::EngineError;
use golden_model::keccak::{keccak_f1600_traced, permutation_cycles, Sha3Mode, Sponge};
use golden_model::trace::Recorder;
use rand::Rng;
use std::path::Path;

/// A fault injected through the simulator: in `cycle` (relative to start), flip `bit`
/// of the state register of `lane` (probe `state$lane`) before the edge.
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub cycle: u64,
    pub lane: usize,
    pub bit: u32,
}

/// The shim of the core with `rounds_per_clock` rounds per clock.
pub fn core_shim(rounds_per_clock: usize) -> Option<Shim> {
    match rounds_per_clock {
        1 => Some(models::keccak_core_r1::SHIM),
        2 => Some(models::keccak_core_r2::SHIM),
        3 => Some(models::keccak_core_r3::SHIM),
        _ => None,
    }
}

// The three cores have the same ports and probes (the ids are the same: one emitter).
use models::keccak_core_r2::{Ports as CorePorts, Probes as CoreProbes, PORT as CORE_PORT, PROBE as CORE_PROBE};

/// Variants of one emitter share the typed ids of one of them: check the tables agree.
fn same_tables(a: &Shim, b: &Shim) {
    let names = |s: &Shim| (s.ports.iter().map(|p| p.name).collect::<Vec<_>>(), s.probes.iter().map(|p| p.name).collect::<Vec<_>>());
    assert_eq!(names(a), names(b), "{} and {} differ in ports or probes", a.block, b.block);
}

/// The Keccak-f[1600] core.
pub struct KeccakCoreRtl {
    model: Model,
    p: CorePorts,
    r: CoreProbes,
    rounds_per_clock: usize,
}

/// One permutation through the core.
#[derive(Clone, Debug)]
pub struct PermutationRun {
    pub state: [u64; 25],
    /// Cycles from the start pulse until `done` (1 + 24 / rounds per clock).
    pub cycles: u64,
    /// Checkpoints compared.
    pub compared: usize,
}

impl KeccakCoreRtl {
    pub fn new(rounds_per_clock: usize) -> Self {
        let shim = core_shim(rounds_per_clock).expect("rounds per clock must be 1, 2 or 3");
        same_tables(&shim, &models::keccak_core_r2::SHIM);
        KeccakCoreRtl { model: Model::new(shim), p: CORE_PORT, r: CORE_PROBE, rounds_per_clock }
    }

    pub fn block(&self) -> &'static str {
        self.model.block()
    }

    pub fn model(&mut self) -> &mut Model {
        &mut self.model
    }

    pub fn trace_to(&mut self, path: &Path) {
        self.model.trace_to(path)
    }

    fn state(&self) -> Vec<u64> {
        self.p.state_out.iter().map(|&p| self.model.get(p)).collect()
    }

    /// Loads the state registers through their probes (the core has no load port).
    pub fn load(&mut self, state: &[u64; 25]) {
        for (i, &r) in self.r.state.iter().enumerate() {
            self.model.poke(r, state[i]);
        }
    }

    /// Runs Keccak-f on `state`, comparing every cycle on which the golden schedule
    /// states a checkpoint, plus `busy` and `done`. Returns the first mismatch.
    pub fn permute_checked(&mut self, state: [u64; 25], fault: Option<Fault>) -> Result<PermutationRun, Mismatch> {
        let mut golden = state;
        let mut rec = Recorder::default();
        keccak_f1600_traced(&mut golden, self.rounds_per_clock, 0, &mut rec);
        let steps = (24 / self.rounds_per_clock) as u64;
        let total = permutation_cycles(self.rounds_per_clock);
        let mut sb = Scoreboard::new(self.model.block(), rec.checkpoints);
        // Load the state (not part of the schedule), then start in cycle 0.
        self.load(&state);
        for cycle in 0..=total {
            if let Some(f) = fault.filter(|f| f.cycle == cycle) {
                self.model.flip(self.r.state[f.lane], 0, f.bit as usize);
            }
            self.model.set_bool(self.p.start, cycle == 0);
            self.model.eval();
            if cycle > 0 {
                let lanes = self.state();
                sb.at_cycle(cycle, |_| lanes.clone());
                let (busy, done) = (self.model.get_bool(self.p.busy), self.model.get_bool(self.p.done));
                sb.signal(cycle, "busy", (cycle <= steps) as u64, busy as u64);
                sb.signal(cycle, "done", (cycle == total) as u64, done as u64);
            }
            if cycle < total {
                self.model.tick();
            }
        }
        let out = self.state();
        let compared = sb.finish(total)?;
        let mut st = [0u64; 25];
        st.copy_from_slice(&out);
        Ok(PermutationRun { state: st, cycles: total, compared })
    }
}

/// Runs one permutation through the core with `rounds_per_clock` and the scoreboard;
/// on a mismatch, runs it again with tracing on and names the VCD in the report.
pub fn check_permutation(
    rounds_per_clock: usize,
    state: [u64; 25],
    fault: Option<Fault>,
    vcd_name: &str,
) -> Result<PermutationRun, Mismatch> {
    crate::model::rerun_with_vcd(vcd_name, |vcd| {
        let mut core = KeccakCoreRtl::new(rounds_per_clock);
        if let Some(p) = vcd {
            core.trace_to(p);
        }
        core.permute_checked(state, fault)
    })
}

// Both sponges have the same ports and probes (one emitter, one macro).
use models::keccak_sponge::{Ports as SpongePorts, Probes as SpongeProbes, PORT as SPONGE_PORT, PROBE as SPONGE_PROBE};

/// Back-pressure for the sponge's two streams: the probability that the source holds
/// back `in_valid`, and that the sink holds back `out_ready`, on any cycle.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stalls {
    pub input: f64,
    pub output: f64,
}

/// How a message is presented on the input stream.
#[derive(Clone, Debug)]
pub struct Word {
    pub data: u64,
    pub bytes: u8,
    pub last: bool,
}

/// The words of `msg`: full words, then a last word of 0..=8 bytes. A message that ends
/// on a word boundary ends with a full word flagged last (0-byte last word only for
/// the empty message).
pub fn message_words(msg: &[u8]) -> Vec<Word> {
    let mut words: Vec<Word> = msg
        .chunks(8)
        .map(|c| {
            let mut b = [0u8; 8];
            b[..c.len()].copy_from_slice(c);
            Word { data: u64::from_le_bytes(b), bytes: c.len() as u8, last: false }
        })
        .collect();
    if words.is_empty() {
        words.push(Word { data: 0, bytes: 0, last: true });
    }
    words.last_mut().unwrap().last = true;
    words
}

/// One hash through the sponge.
#[derive(Clone, Debug)]
pub struct SpongeRun {
    pub output: Vec<u8>,
    /// Cycles from the start pulse to the last output word accepted.
    pub cycles: u64,
    pub permutations: usize,
}

/// Why a sponge run failed.
#[derive(Debug)]
pub enum SpongeError {
    Engine(EngineError),
    Mismatch(Mismatch),
}

impl std::fmt::Display for SpongeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpongeError::Engine(e) => write!(f, "{e}"),
            SpongeError::Mismatch(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for SpongeError {}

/// Meaning of the sponge's error codes (see `rtl::keccak::sponge`).
pub fn sponge_error_text(code: u8) -> &'static str {
    match code {
        1 => "unknown mode",
        2 => "SHAKE squeeze of zero bytes",
        3 => "start while busy",
        4 => "a non-last input word with fewer than 8 bytes",
        5 => "a last input word with more than 8 bytes",
        6 => "start refused: the fatal alarm is set (reset clears it)",
        _ => "unknown error code",
    }
}

/// The block and shim of the sponge over the core with `rounds_per_clock` rounds per
/// clock (`keccak_sponge` over the 2-round core, `keccak_sponge_r1` over the 1-round one).
pub fn sponge_shim(rounds_per_clock: usize) -> Option<(&'static str, Shim)> {
    match rounds_per_clock {
        1 => Some(("keccak_sponge_r1", models::keccak_sponge_r1::SHIM)),
        2 => Some(("keccak_sponge", models::keccak_sponge::SHIM)),
        _ => None,
    }
}

/// The SHA-3/SHAKE sponge engine.
pub struct SpongeRtl {
    block: &'static str,
    model: Model,
    p: SpongePorts,
    r: SpongeProbes,
    /// A fault armed for the next [`SpongeRtl::hash`] (cycle relative to its start).
    fault: Option<Fault>,
    /// Cycles on which an output showed a value while `out_valid` was low.
    ungated: u64,
}

impl Default for SpongeRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl SpongeRtl {
    /// The default engine, `keccak_sponge` (2 rounds per clock).
    pub fn new() -> Self {
        Self::with_rounds(2).expect("keccak_sponge is built")
    }

    /// The engine over the core with `rounds_per_clock` rounds per clock (see [`sponge_shim`]).
    pub fn with_rounds(rounds_per_clock: usize) -> Option<Self> {
        let (block, shim) = sponge_shim(rounds_per_clock)?;
        same_tables(&shim, &models::keccak_sponge::SHIM);
        Some(SpongeRtl { block, model: Model::new(shim), p: SPONGE_PORT, r: SPONGE_PROBE, fault: None, ungated: 0 })
    }

    /// The block name (`keccak_sponge` or `keccak_sponge_r1`).
    pub fn block(&self) -> &'static str {
        self.block
    }

    pub fn model(&mut self) -> &mut Model {
        &mut self.model
    }

    pub fn trace_to(&mut self, path: &Path) {
        self.model.trace_to(path)
    }

    pub fn busy(&self) -> bool {
        self.model.get_bool(self.p.busy)
    }

    /// The error status: `Some(code)` while `error` is high.
    pub fn error(&self) -> Option<u8> {
        self.model.get_bool(self.p.error).then(|| self.model.get(self.p.err_code) as u8)
    }

    /// The Keccak state, read through the core's state-register probes.
    pub fn state(&self) -> Vec<u64> {
        self.r.core_state.iter().map(|&r| self.model.peek(r)).collect()
    }

    /// The typed port ids.
    pub fn ports(&self) -> &SpongePorts {
        &self.p
    }

    /// The typed probe ids.
    pub fn probes(&self) -> &SpongeProbes {
        &self.r
    }

    /// Arms a fault for the next hash: flip `bit` of state lane `lane` (probe
    /// `core$state$lane`) `cycle` cycles after its start, between two edges.
    pub fn inject(&mut self, fault: Fault) {
        self.fault = Some(fault);
    }

    /// Cycles so far on which `out_data`, `out_last` or `out_bytes` was non-zero while
    /// `out_valid` was low (the threat contract says: never).
    pub fn ungated_outputs(&self) -> u64 {
        self.ungated
    }

    /// `fatal` (the sticky fault alarm).
    pub fn fatal(&self) -> bool {
        self.model.get_bool(self.p.fatal)
    }

    /// Hold `reset` for one cycle.
    pub fn reset(&mut self) {
        self.model.pulse(self.p.reset)
    }

    /// Pulse `start` with `mode` (raw code, so bad codes can be tested) for one cycle.
    pub fn start(&mut self, mode: u8, out_len: u32) {
        self.model.set(self.p.mode, mode as u64);
        self.model.set(self.p.out_len, out_len as u64);
        self.model.pulse(self.p.start)
    }

    /// Hold `zeroize` for one cycle.
    pub fn zeroize(&mut self) {
        self.model.pulse(self.p.zeroize)
    }

    /// Drive one clock with the given stream inputs; returns (word accepted, output
    /// word taken as (data, bytes, last)).
    pub fn step(&mut self, word: Option<&Word>, out_ready: bool) -> (bool, Option<(u64, u8, bool)>) {
        self.model.set_bool(self.p.in_valid, word.is_some());
        if let Some(w) = word {
            self.model.set(self.p.in_data, w.data);
            self.model.set(self.p.in_bytes, w.bytes as u64);
            self.model.set_bool(self.p.in_last, w.last);
        }
        self.model.set_bool(self.p.out_ready, out_ready);
        self.model.eval();
        if !self.model.get_bool(self.p.out_valid)
            && (self.model.get(self.p.out_data) | self.model.get(self.p.out_bytes) | self.model.get(self.p.out_last)) != 0
        {
            self.ungated += 1;
        }
        let took = word.is_some() && self.model.get_bool(self.p.in_ready);
        let out = (out_ready && self.model.get_bool(self.p.out_valid)).then(|| {
            (
                self.model.get(self.p.out_data),
                self.model.get(self.p.out_bytes) as u8,
                self.model.get_bool(self.p.out_last),
            )
        });
        self.model.tick();
        self.model.set_bool(self.p.in_valid, false);
        self.model.set_bool(self.p.out_ready, false);
        (took, out)
    }

    /// Hashes `msg`; `out_len` bytes for the XOFs (the digest length otherwise).
    /// With a scoreboard, every permutation's result is compared (in order) with the
    /// golden sponge's. `rng` drives the stalls.
    pub fn hash(
        &mut self,
        mode: Sha3Mode,
        msg: &[u8],
        out_len: usize,
        stalls: Stalls,
        rng: &mut impl Rng,
        check: bool,
    ) -> Result<SpongeRun, SpongeError> {
        let len = mode.digest_len().unwrap_or(out_len);
        let mut sb = check.then(|| {
            let mut g = Sponge::with_trace(mode, Recorder::default());
            g.absorb(msg);
            let mut out = vec![0u8; len];
            g.squeeze(&mut out);
            Scoreboard::new(self.block, g.into_trace().checkpoints)
        });
        let words = message_words(msg);
        let t0 = self.model.cycle();
        self.start(mode as u8, len as u32);
        if self.fatal() {
            return Err(SpongeError::Engine(EngineError::Fatal { block: self.block }));
        }
        if let Some(code) = self.error() {
            return Err(SpongeError::Engine(EngineError::Hardware {
                block: self.block,
                code,
                what: sponge_error_text(code).into(),
            }));
        }
        let rate = mode.rate() as u64;
        let budget = 64 + 40 * (msg.len() as u64 / rate + len as u64 / rate + 2) * 8
            * (1 + (10.0 * stalls.input.max(stalls.output)) as u64);
        let (mut next, mut output, mut perms) = (0usize, Vec::with_capacity(len), 0usize);
        loop {
            let elapsed = self.model.cycle() - t0;
            if elapsed > budget {
                return Err(SpongeError::Engine(EngineError::Timeout { block: self.block, cycles: budget }));
            }
            if let Some(f) = self.fault.filter(|f| f.cycle == elapsed) {
                self.model.flip(self.r.core_state[f.lane], 0, f.bit as usize);
                self.fault = None;
            }
            let offer = (next < words.len() && !rng.gen_bool(stalls.input)).then(|| &words[next]);
            let ready = !rng.gen_bool(stalls.output);
            // Observe before the edge: a completed permutation shows its state now.
            self.model.eval();
            if self.model.peek(self.r.core_done_r) != 0 {
                perms += 1;
                if let Some(sb) = sb.as_mut() {
                    sb.observed(elapsed, "permutation", &self.state());
                }
            }
            let (took, out) = self.step(offer, ready);
            if took {
                next += 1;
            }
            if let Some(code) = self.error() {
                return Err(SpongeError::Engine(EngineError::Hardware {
                    block: self.block,
                    code,
                    what: sponge_error_text(code).into(),
                }));
            }
            if let Some((data, bytes, last)) = out {
                output.extend_from_slice(&data.to_le_bytes()[..bytes.min(8) as usize]);
                if last {
                    break;
                }
            }
        }
        let cycles = self.model.cycle() - t0;
        if let Some(sb) = sb {
            sb.finish(cycles).map_err(SpongeError::Mismatch)?;
        }
        Ok(SpongeRun { output, cycles, permutations: perms })
    }
}
