//! Drivers of the FIPS 203 samplers (`rtl::sampler`, blocks `sample_ntt` and
//! `sample_poly_cbd`), held to `golden_model::mlkem::sampling` by the scoreboard.
//!
//! The input stream is the golden sponge's word stream (`Sponge::squeeze_word` of
//! `XOF(ρ, j, i)` = SHAKE128(ρ‖j‖i) for SampleNTT, `PRF_η(s, N)` = SHAKE256(s‖N) for
//! CBD), presented with random stalls (`Stalls::input`: the probability that `in_valid`
//! is low in a cycle) and random garbage on `in_data` while `in_valid` is low. Every
//! coefficient write (all four ports, in port order within a cycle) is collected with
//! its port and cycle; the in-order list is compared with the golden checkpoint
//! (`sampler/sample_ntt`, `sampler/cbd`) through the [`Scoreboard`], which names the
//! first wrong coefficient with the cycle of its write. The write index sequence (0, 1,
//! …, 255 in write order), the port of every write (the candidate's position in its
//! 4-candidate chunk: [`Case::candidates`]), the number of words consumed and the
//! latency are compared too:
//!
//! * SampleNTT: `done` on cycle [`sample_ntt_cycles`]`(W)` + S after `start`, W = words
//!   consumed by the RTL ([`sample_ntt_words`] of the golden model's group count: the
//!   golden word count, or one more, see [`Case::rtl_words`]), S = cycles with
//!   `in_ready` high and no word;
//! * CBD: `done` on cycle [`CBD_CYCLES`] + S, for η = 2 and 3, with exactly 8η words.
//!
//! On a mismatch the run is repeated with a VCD ([`rerun_with_vcd`]). Every cycle the
//! driver also checks that `coef_idx`/`coef_data` are zero while their `coef_we` is low.
//! Faults and wipes strike through probes from a per-cycle hook (no test ports).

use crate::keccak::Stalls;
use crate::model::{rerun_with_vcd, Model, PortId, ProbeId, Shim};
use crate::models;
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::engine::EngineError;
use golden_model::keccak::Sponge;
use golden_model::mlkem::sampling::{sample_ntt, sample_poly_cbd};
use golden_model::mlkem::symmetric::{prf, xof};
use golden_model::trace::Recorder;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::Path;

/// Error codes of both samplers (`rtl::sampler::ERR_*`).
pub const ERR_BAD_ETA: u8 = 1;
pub const ERR_BUSY: u8 = 2;
pub const ERR_FATAL: u8 = 6;

/// Wipe latency of `zeroize`, `reset` and a detected fault (`rtl::sampler::WIPE_CYCLES`).
pub const WIPE_CYCLES: u64 = 1;

/// Write ports of both samplers.
pub const LANES: usize = 4;

/// CBD latency from `start` to `done` without stalls, η = 2 and 3 (`rtl::sampler::CBD_CYCLES`):
/// 1 cycle for the first word, 64 cycles of 4 coefficients, then `done`.
pub const CBD_CYCLES: u64 = 66;

/// SampleNTT latency from `start` to `done` without stalls when the RTL consumed
/// `words` words (`rtl::sampler::sample_ntt_cycles`): 2 + ⌊4W/3⌋ (one 48-bit chunk per cycle).
pub fn sample_ntt_cycles(words: usize) -> u64 {
    2 + (4 * words as u64) / 3
}

/// Words the SampleNTT RTL consumes when the golden model reads `groups` 3-byte groups
/// (`rtl::sampler::sample_ntt_words`): ⌈G/2⌉ 48-bit chunks, ⌈48·⌈G/2⌉/64⌉ words.
pub fn sample_ntt_words(groups: usize) -> usize {
    (48 * groups.div_ceil(2)).div_ceil(64)
}

/// Words the golden model reads for `groups` 3-byte groups: ⌈24G/64⌉.
pub fn golden_words(groups: usize) -> usize {
    (24 * groups).div_ceil(64)
}

/// Algorithm 7 on `stream` (a clone of the XOF), independently of the golden model:
/// the number G of 3-byte groups read until 256 candidates are accepted, and the stream
/// position (candidate number 2g + h: group g, half h) of every accepted coefficient.
pub fn sample_ntt_schedule(stream: &Sponge) -> (usize, Vec<usize>) {
    let mut s = stream.clone();
    let (mut buf, mut nbits) = (0u128, 0u32);
    let (mut groups, mut cands) = (0usize, Vec::with_capacity(256));
    while cands.len() < 256 {
        if nbits < 24 {
            buf |= (s.squeeze_word() as u128) << nbits;
            nbits += 64;
        }
        let c = (buf & 0xff_ffff) as u64;
        buf >>= 24;
        nbits -= 24;
        for h in 0..2 {
            if (c >> (12 * h)) & 0xfff < 3329 && cands.len() < 256 {
                cands.push(2 * groups + h);
            }
        }
        groups += 1;
    }
    (groups, cands)
}

/// Meaning of the samplers' error codes.
pub fn error_text(code: u8) -> &'static str {
    match code {
        ERR_BAD_ETA => "unknown η (only 2 and 3)",
        ERR_BUSY => "start while busy",
        ERR_FATAL => "refused: fatal alarm set, reset required",
        _ => "unknown error code",
    }
}

/// Which sampler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `sample_ntt`: FIPS 203 Algorithm 7.
    SampleNtt,
    /// `sample_poly_cbd`: FIPS 203 Algorithm 8.
    Cbd,
}

impl Kind {
    pub fn block(self) -> &'static str {
        match self {
            Kind::SampleNtt => "sample_ntt",
            Kind::Cbd => "sample_poly_cbd",
        }
    }

    fn shim(self) -> Shim {
        match self {
            Kind::SampleNtt => models::sample_ntt::SHIM,
            Kind::Cbd => models::sample_poly_cbd::SHIM,
        }
    }

    /// The golden checkpoint's name.
    pub fn checkpoint(self) -> &'static str {
        match self {
            Kind::SampleNtt => "sample_ntt",
            Kind::Cbd => "cbd",
        }
    }
}

/// The ports both samplers have (CBD adds `eta`).
#[derive(Clone, Copy, Debug)]
struct Ports {
    reset: PortId,
    zeroize: PortId,
    start: PortId,
    eta: Option<PortId>,
    in_data: PortId,
    in_valid: PortId,
    in_ready: PortId,
    coef_we: [PortId; LANES],
    coef_idx: [PortId; LANES],
    coef_data: [PortId; LANES],
    busy: PortId,
    done: PortId,
    error: PortId,
    err_code: PortId,
    fatal: PortId,
}

macro_rules! ports_of {
    ($p:expr, $eta:expr) => {
        Ports {
            reset: $p.reset,
            zeroize: $p.zeroize,
            start: $p.start,
            eta: $eta,
            in_data: $p.in_data,
            in_valid: $p.in_valid,
            in_ready: $p.in_ready,
            coef_we: $p.coef_we,
            coef_idx: $p.coef_idx,
            coef_data: $p.coef_data,
            busy: $p.busy,
            done: $p.done,
            error: $p.error,
            err_code: $p.err_code,
            fatal: $p.fatal,
        }
    };
}

/// One coefficient write seen on a write port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Write {
    pub idx: u8,
    pub data: u16,
    /// The write port (0..3).
    pub port: u8,
    /// Cycle relative to the `start` cycle.
    pub cycle: u64,
}

/// One operation through a sampler.
#[derive(Clone, Debug, Default)]
pub struct SamplerRun {
    /// Every coefficient write, in order (port order within a cycle).
    pub writes: Vec<Write>,
    /// Stream words taken.
    pub words: usize,
    /// Cycles from `start` to `done`.
    pub cycles: u64,
    /// Cycles with `in_ready` high and no word offered (each adds one to the latency).
    pub stalls: u64,
}

impl SamplerRun {
    /// The coefficients in write order.
    pub fn coefficients(&self) -> Vec<u64> {
        self.writes.iter().map(|w| w.data as u64).collect()
    }
}

/// Why a run did not complete.
#[derive(Debug)]
pub enum SamplerError {
    /// Refused at start (error code), fatal, or no `done` within the budget.
    Engine(EngineError),
    /// `busy` dropped without `done` (a wipe), at this cycle.
    Aborted { cycle: u64 },
    Mismatch(Mismatch),
}

impl std::fmt::Display for SamplerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SamplerError::Engine(e) => write!(f, "{e}"),
            SamplerError::Aborted { cycle } => write!(f, "the operation was wiped at cycle {cycle}"),
            SamplerError::Mismatch(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for SamplerError {}

/// A fault through the simulator: flip `bit` of register `probe` in cycle `cycle` after
/// `start` (between two edges).
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub cycle: u64,
    pub probe: ProbeId,
    pub bit: usize,
}

/// A Verilated sampler.
pub struct SamplerRtl {
    kind: Kind,
    model: Model,
    p: Ports,
    /// Cycles on which `coef_idx` or `coef_data` was non-zero with its `coef_we` low.
    ungated: u64,
}

impl SamplerRtl {
    pub fn new(kind: Kind) -> Self {
        let p = match kind {
            Kind::SampleNtt => ports_of!(models::sample_ntt::PORT, None),
            Kind::Cbd => ports_of!(models::sample_poly_cbd::PORT, Some(models::sample_poly_cbd::PORT.eta)),
        };
        SamplerRtl { kind, model: Model::new(kind.shim()), p, ungated: 0 }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn block(&self) -> &'static str {
        self.kind.block()
    }

    pub fn model(&mut self) -> &mut Model {
        &mut self.model
    }

    pub fn trace_to(&mut self, path: &Path) {
        self.model.trace_to(path)
    }

    /// The probe `name` (`cmd$fsm`, `res$cnt`, ...); panics if the block has none.
    pub fn probe(&self, name: &str) -> ProbeId {
        self.model.probe_named(name).unwrap_or_else(|| panic!("{} has no probe {name}", self.block()))
    }

    /// The state registers (name, probe, width): FSM, η (CBD), the reservoir's fill
    /// level and the coefficient counter with their redundant copies.
    pub fn state_registers(&self) -> Vec<(&'static str, ProbeId, usize)> {
        let mut names = vec!["cmd$fsm", "res$fill", "res$fill_b", "res$cnt", "res$cnt_b"];
        if self.kind == Kind::Cbd {
            names.insert(1, "eta_st");
        }
        names
            .into_iter()
            .map(|n| {
                let id = self.probe(n);
                (n, id, self.model.probe_info(id).width)
            })
            .collect()
    }

    /// The bit reservoir (the candidate/shift register: 112 bits in SampleNTT, 88 in
    /// CBD) as its probe.
    pub fn reservoir(&self) -> ProbeId {
        self.probe("res$unread")
    }

    pub fn busy(&self) -> bool {
        self.model.get_bool(self.p.busy)
    }

    pub fn done(&self) -> bool {
        self.model.get_bool(self.p.done)
    }

    pub fn fatal(&self) -> bool {
        self.model.get_bool(self.p.fatal)
    }

    /// The error status: `Some(code)` while `error` is high.
    pub fn error(&self) -> Option<u8> {
        self.model.get_bool(self.p.error).then(|| self.model.get(self.p.err_code) as u8)
    }

    pub fn ungated_outputs(&self) -> u64 {
        self.ungated
    }

    /// Hold `reset` for one cycle.
    pub fn reset(&mut self) {
        self.model.pulse(self.p.reset)
    }

    /// Hold `zeroize` for one cycle.
    pub fn zeroize(&mut self) {
        self.model.pulse(self.p.zeroize)
    }

    /// Pulse `start` for one cycle with raw `eta` (ignored by SampleNTT).
    pub fn start(&mut self, eta: u8) {
        if let Some(e) = self.p.eta {
            self.model.set(e, eta as u64);
        }
        self.model.pulse(self.p.start);
        if let Some(e) = self.p.eta {
            self.model.set(e, 0);
        }
    }

    /// One idle cycle: no word offered, garbage on `in_data`.
    pub fn idle(&mut self, rng: &mut impl Rng) {
        self.step(None, rng.gen(), 0);
    }

    /// One clock with `word` offered (or garbage with `in_valid` low): returns whether
    /// the word was taken, whether `in_ready` was high, and the writes of this cycle.
    fn step(&mut self, word: Option<u64>, garbage: u64, cycle: u64) -> (bool, bool, Vec<Write>) {
        self.model.set_bool(self.p.in_valid, word.is_some());
        self.model.set(self.p.in_data, word.unwrap_or(garbage));
        self.model.eval();
        let ready = self.model.get_bool(self.p.in_ready);
        let mut writes = Vec::new();
        for k in 0..LANES {
            let (idx, data) = (self.model.get(self.p.coef_idx[k]), self.model.get(self.p.coef_data[k]));
            if self.model.get_bool(self.p.coef_we[k]) {
                writes.push(Write { idx: idx as u8, data: data as u16, port: k as u8, cycle });
            } else if idx | data != 0 {
                self.ungated += 1;
            }
        }
        self.model.tick();
        self.model.set_bool(self.p.in_valid, false);
        (word.is_some() && ready, ready, writes)
    }

    /// Starts an operation (raw `eta`) and runs it to `done`, taking stream words from
    /// `source` with `stalls`; `hook(self, cycle)` runs at the start of every cycle
    /// after `start` (cycle 1, 2, …), before the inputs are applied: faults, wipes.
    pub fn run_with(
        &mut self,
        eta: u8,
        source: &mut dyn FnMut() -> u64,
        stalls: Stalls,
        rng: &mut impl Rng,
        hook: &mut dyn FnMut(&mut SamplerRtl, u64),
    ) -> Result<SamplerRun, SamplerError> {
        let t0 = self.model.cycle();
        self.start(eta);
        if self.fatal() {
            return Err(SamplerError::Engine(EngineError::Fatal { block: self.block() }));
        }
        if let Some(code) = self.error() {
            return Err(SamplerError::Engine(EngineError::Hardware { block: self.block(), code, what: error_text(code).into() }));
        }
        let budget = 400 * (1 + (20.0 * stalls.input) as u64);
        let (mut run, mut pending) = (SamplerRun::default(), None::<u64>);
        loop {
            let cycle = self.model.cycle() - t0;
            hook(self, cycle);
            self.model.eval();
            if self.done() {
                run.cycles = cycle;
                return Ok(run);
            }
            if self.fatal() {
                return Err(SamplerError::Engine(EngineError::Fatal { block: self.block() }));
            }
            if !self.busy() {
                return Err(SamplerError::Aborted { cycle });
            }
            if cycle > budget {
                return Err(SamplerError::Engine(EngineError::Timeout { block: self.block(), cycles: budget }));
            }
            let offer = (!rng.gen_bool(stalls.input)).then(|| *pending.get_or_insert_with(&mut *source));
            let (took, ready, writes) = self.step(offer, rng.gen(), cycle);
            if took {
                pending = None;
                run.words += 1;
            } else if ready && offer.is_none() {
                run.stalls += 1;
            }
            run.writes.extend(writes);
        }
    }

    /// [`SamplerRtl::run_with`] without a hook.
    pub fn run(&mut self, eta: u8, source: &mut dyn FnMut() -> u64, stalls: Stalls, rng: &mut impl Rng) -> Result<SamplerRun, SamplerError> {
        self.run_with(eta, source, stalls, rng, &mut |_, _| {})
    }
}

/// What one checked operation is: the golden model's stream and answer.
pub struct Case {
    pub kind: Kind,
    /// η for CBD (raw, so bad values can be tried); 0 for SampleNTT.
    pub eta: u8,
    /// The stream the sampler reads (a fresh sponge, squeezed word by word).
    pub stream: Sponge,
    /// The golden checkpoint(s) and the golden word count.
    pub expected: Recorder,
    pub words: usize,
    /// SampleNTT: the 3-byte groups G the golden model reads (CBD: 0).
    pub groups: usize,
    /// Words the RTL consumes: SampleNTT [`sample_ntt_words`]`(G)` (= `words`, or
    /// `words + 1` when G is odd and the golden model's last word has fewer than 24
    /// bits left after group G), CBD 8η.
    pub rtl_words: usize,
    /// The stream position of every coefficient: SampleNTT the candidate number (2g + h
    /// for half h of group g), CBD the coefficient index. Its value mod 4 is the write
    /// port; divided by 4, the RTL's coefficient cycle.
    pub candidates: Vec<usize>,
}

impl Case {
    /// Â[i, j] = SampleNTT(XOF(ρ, j, i)) (FIPS 203 Algorithm 13 step 6), checkpoint index `i·k + j`.
    pub fn sample_ntt(rho: &[u8; 32], i: u8, j: u8, k: u8) -> Case {
        let mut expected = Recorder::default();
        let (_, words) = sample_ntt(&mut xof(rho, j, i), (i * k + j) as usize, &mut expected);
        let stream = xof(rho, j, i);
        let (groups, candidates) = sample_ntt_schedule(&stream);
        assert_eq!(golden_words(groups), words, "the schedule's group count disagrees with the golden model");
        Case { kind: Kind::SampleNtt, eta: 0, stream, expected, words, groups, rtl_words: sample_ntt_words(groups), candidates }
    }

    /// SamplePolyCBD_η(PRF_η(s, N)) (Algorithm 13 steps 9-16), checkpoint index N.
    pub fn cbd(eta: u8, s: &[u8; 32], nonce: u8) -> Case {
        let mut expected = Recorder::default();
        sample_poly_cbd(eta as usize, &mut prf(s, nonce), nonce, &mut expected);
        let words = 8 * eta as usize;
        Case { kind: Kind::Cbd, eta, stream: prf(s, nonce), expected, words, groups: 0, rtl_words: words, candidates: (0..256).collect() }
    }

    /// The latency the golden model predicts without stalls.
    pub fn cycles(&self) -> u64 {
        match self.kind {
            Kind::SampleNtt => sample_ntt_cycles(self.rtl_words),
            Kind::Cbd => CBD_CYCLES,
        }
    }

    /// The extra word the SampleNTT RTL may take (0 or 1): `rtl_words − words`.
    pub fn extra_words(&self) -> usize {
        self.rtl_words - self.words
    }
}

/// Holds one run to the golden case: coefficients in order (the first wrong one named
/// with its write cycle), write indices 0..255 in order, the port of every write
/// (candidate k of a chunk on port k), words consumed (the RTL's count), latency.
pub fn score(block: &'static str, case: &Case, run: &SamplerRun) -> Result<usize, Mismatch> {
    let name = case.kind.checkpoint();
    let mut sb = Scoreboard::new(block, case.expected.checkpoints.clone());
    for (pos, w) in run.writes.iter().enumerate() {
        sb.signal(w.cycle, "coef_idx", pos as u64, w.idx as u64);
        if let Some(c) = case.candidates.get(pos) {
            sb.signal(w.cycle, "write port", (c % LANES) as u64, w.port as u64);
        }
    }
    sb.observed(run.cycles, name, &run.coefficients());
    sb.signal(run.cycles, "words consumed", case.rtl_words as u64, run.words as u64);
    sb.signal(run.cycles, "done cycle", case.cycles() + run.stalls, run.cycles);
    sb.finish(run.cycles).map_err(|mut m| {
        // Name the cycle on which the wrong coefficient was written.
        if let (true, Some(i)) = (m.checkpoint == name, m.index) {
            if let Some(w) = run.writes.get(i).or(run.writes.last()) {
                m.cycle = w.cycle;
            }
        }
        m
    })
}

/// Runs `case` through a fresh model of its block with `stalls` (random source `seed`)
/// and an optional fault, scores it, and on a mismatch reruns it with a VCD
/// (`vcd_dir()/<vcd_name>.vcd`).
pub fn check(case: &Case, stalls: Stalls, seed: u64, fault: Option<Fault>, vcd_name: &str) -> Result<SamplerRun, SamplerError> {
    let engine_error = std::cell::RefCell::new(None);
    let out = rerun_with_vcd(vcd_name, |vcd| {
        let mut s = SamplerRtl::new(case.kind);
        if let Some(p) = vcd {
            s.trace_to(p);
        }
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut stream = case.stream.clone();
        let mut hook = |s: &mut SamplerRtl, cycle: u64| {
            if let Some(f) = fault.filter(|f| f.cycle == cycle) {
                s.model().flip(f.probe, 0, f.bit);
            }
        };
        match s.run_with(case.eta, &mut || stream.squeeze_word(), stalls, &mut rng, &mut hook) {
            Ok(run) => {
                score(s.block(), case, &run)?;
                if s.ungated_outputs() != 0 {
                    return Err(Mismatch {
                        block: s.block(),
                        cycle: run.cycles,
                        checkpoint: "write port shows data without coef_we",
                        checkpoint_index: 0,
                        index: None,
                        expected: Some(0),
                        observed: Some(s.ungated_outputs()),
                        vcd: None,
                    });
                }
                Ok(run)
            }
            Err(e) => {
                if vcd.is_none() {
                    *engine_error.borrow_mut() = Some(e);
                }
                Ok(SamplerRun::default())
            }
        }
    });
    match (out, engine_error.into_inner()) {
        (_, Some(e)) => Err(e),
        (Ok(run), None) => Ok(run),
        (Err(m), None) => Err(SamplerError::Mismatch(m)),
    }
}
