//! Driver of the SHA-2 / HMAC engine (`sha2_engine`): streams a message in (random
//! stalls and random don't-care bits when asked), serves the key port from a simulated
//! vault slot, runs one command, reads the digest stream, and holds the working and hash
//! registers (read through probes) to `golden_model::sha2::schedule`: the state after
//! round t of compression k in cycle L_k + 2 + t, H(i) in L_k + R + 2, and (without
//! stalls) every load cycle L_k and the total latency.

use crate::keccak::{message_words, Stalls, Word};
use crate::model::{Model, ProbeId, WithMismatch};
use crate::models::sha2_engine::{Ports, Probes, PORT, PROBE, SHIM};
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::engine::EngineError;
use golden_model::sha2::schedule::{self, Compression, ROUND_STRIDE};
use golden_model::sha2::Sha2Alg;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt;

pub const BLOCK: &str = "sha2_engine";

/// `mode` bit 3: HMAC.
pub const MODE_HMAC: u8 = 8;

/// Meaning of the engine's error codes (see `rtl::sha2`).
pub fn error_text(code: u8) -> &'static str {
    match code {
        1 => "unknown mode",
        2 => "HMAC key longer than the block size",
        3 => "start while busy",
        4 => "a non-last input word with fewer than 8 bytes",
        5 => "an input word with more than 8 bytes",
        6 => "start refused: the fatal alarm is set (reset clears it)",
        _ => "unknown error code",
    }
}

/// Flip `bit` of register probe `probe` between two edges, `cycle` cycles after start.
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub cycle: u64,
    pub probe: ProbeId,
    pub bit: usize,
}

/// A scoreboard mismatch, decoded: which compression (block k in the engine's order:
/// for HMAC K0 ⊕ ipad, message blocks, K0 ⊕ opad, outer block), which round, which
/// register (a..h, or H0..H7 for `hash`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundMismatch {
    pub mismatch: Mismatch,
    pub compression: usize,
    pub round: Option<usize>,
    pub register: Option<String>,
}

impl RoundMismatch {
    fn decode(m: Mismatch) -> Self {
        let (compression, round) = match m.checkpoint {
            "round" => (m.checkpoint_index / ROUND_STRIDE, Some(m.checkpoint_index % ROUND_STRIDE)),
            _ => (m.checkpoint_index, None),
        };
        let register = m.index.map(|i| match m.checkpoint {
            "round" => ["a", "b", "c", "d", "e", "f", "g", "h"].get(i).map_or(format!("{i}"), |s| s.to_string()),
            "hash" => format!("H{i}"),
            _ => format!("{i}"),
        });
        RoundMismatch { mismatch: m, compression, round, register }
    }
}

impl fmt::Display for RoundMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n  compression {}", self.mismatch, self.compression)?;
        if let Some(r) = self.round {
            write!(f, ", round {r}")?;
        }
        if let Some(g) = &self.register {
            write!(f, ", register {g}")?;
        }
        Ok(())
    }
}

/// Why a run failed.
#[derive(Debug)]
pub enum Sha2Error {
    Engine(EngineError),
    Mismatch(RoundMismatch),
}

impl fmt::Display for Sha2Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Sha2Error::Engine(e) => write!(f, "{e}"),
            Sha2Error::Mismatch(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Sha2Error {}

impl WithMismatch for Sha2Error {
    fn mismatch_mut(&mut self) -> Option<&mut Mismatch> {
        match self {
            Sha2Error::Mismatch(m) => Some(&mut m.mismatch),
            _ => None,
        }
    }
}

/// One command: hash (`key = None`) or HMAC under `key` (≤ block size, else the
/// engine answers error 2).
#[derive(Clone, Debug)]
pub struct Job<'a> {
    pub alg: Sha2Alg,
    pub key: Option<&'a [u8]>,
    pub msg: &'a [u8],
    pub stalls: Stalls,
    /// Compare every round of every compression (otherwise the digest and, without
    /// stalls, the load cycles and the latency).
    pub rounds: bool,
    /// Without stalls: compare every load cycle and the latency with the schedule.
    pub timing: bool,
    /// Seed of the stalls and of the don't-care bits.
    pub seed: u64,
}

/// What a command produced.
#[derive(Clone, Debug)]
pub struct Sha2Run {
    pub digest: Vec<u8>,
    /// Cycles from the start pulse through the last output word (`done` shows next).
    pub cycles: u64,
    /// Observed load cycle of every compression.
    pub loads: Vec<u64>,
    /// Checkpoints compared.
    pub compared: usize,
}

/// The engine, with the key vault slot it reads.
pub struct Sha2Rtl {
    model: Model,
    p: Ports,
    r: Probes,
    fault: Option<Fault>,
    ungated: u64,
}

impl Default for Sha2Rtl {
    fn default() -> Self {
        Self::new()
    }
}

impl Sha2Rtl {
    crate::driver_status!();

    pub fn new() -> Self {
        Sha2Rtl { model: Model::new(SHIM), p: PORT, r: PROBE, fault: None, ungated: 0 }
    }

    /// Pulse `start` with a raw `mode` code and `key_len`.
    pub fn start(&mut self, mode: u8, key_len: u8) {
        self.model.set(self.p.mode, mode as u64);
        self.model.set(self.p.key_len, key_len as u64);
        self.model.pulse(self.p.start)
    }

    /// Arms a fault for the next [`Sha2Rtl::run`].
    pub fn inject(&mut self, fault: Fault) {
        self.fault = Some(fault);
    }

    /// Cycles on which an output showed a value while `out_valid` was low.
    pub fn ungated_outputs(&self) -> u64 {
        self.ungated
    }

    /// The working registers a..h.
    pub fn work(&self) -> Vec<u64> {
        self.r.work.iter().map(|&p| self.model.peek(p)).collect()
    }

    /// The hash registers H0..H7.
    pub fn hash(&self) -> Vec<u64> {
        self.r.hash.iter().map(|&p| self.model.peek(p)).collect()
    }

    /// Serves the key port from `vault` (little-endian words of the slot; random junk
    /// when the engine does not read), then settles.
    pub fn serve_key(&mut self, vault: &[u64; 16], rng: &mut impl Rng) {
        self.model.eval();
        let v = if self.model.get_bool(self.p.key_re) { vault[self.model.get(self.p.key_addr) as usize & 15] } else { rng.gen() };
        self.model.set(self.p.key_data, v);
        self.model.eval();
    }

    /// One clock with the given stream inputs (don't-care bits random); returns (word
    /// accepted, output word taken as (data, bytes, last)).
    pub fn step(&mut self, word: Option<&Word>, out_ready: bool, rng: &mut impl Rng) -> (bool, Option<(u64, u8, bool)>) {
        self.model.set_bool(self.p.in_valid, word.is_some());
        match word {
            Some(w) => {
                // Bytes above `bytes` are don't-care: fill them with noise (GUIDE §7).
                let keep = if w.bytes >= 8 { u64::MAX } else { (1u64 << (8 * w.bytes)) - 1 };
                self.model.set(self.p.in_data, (w.data & keep) | (rng.gen::<u64>() & !keep));
                self.model.set(self.p.in_bytes, w.bytes as u64);
                self.model.set_bool(self.p.in_last, w.last);
            }
            None => {
                self.model.set(self.p.in_data, rng.gen());
                self.model.set(self.p.in_bytes, rng.gen_range(0..16));
                self.model.set_bool(self.p.in_last, rng.gen());
            }
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
            (self.model.get(self.p.out_data), self.model.get(self.p.out_bytes) as u8, self.model.get_bool(self.p.out_last))
        });
        self.model.tick();
        self.model.set_bool(self.p.in_valid, false);
        self.model.set_bool(self.p.out_ready, false);
        (took, out)
    }

    /// One clock as [`Sha2Rtl::step`], with the key port served from `vault` first.
    pub fn step_with_key(&mut self, vault: &[u64; 16], word: Option<&Word>, out_ready: bool, rng: &mut impl Rng) -> (bool, Option<(u64, u8, bool)>) {
        self.serve_key(vault, rng);
        self.step(word, out_ready, rng)
    }

    /// The vault slot holding `key`: little-endian words, random bytes after the key.
    pub fn vault_slot(key: &[u8], rng: &mut impl Rng) -> [u64; 16] {
        let mut bytes = [0u8; 128];
        rng.fill(&mut bytes[..]);
        bytes[..key.len().min(128)].copy_from_slice(&key[..key.len().min(128)]);
        std::array::from_fn(|i| u64::from_le_bytes(bytes[8 * i..8 * i + 8].try_into().unwrap()))
    }

    /// Runs one command, comparing against the golden model and its schedule.
    pub fn run(&mut self, job: &Job) -> Result<Sha2Run, Sha2Error> {
        let alg = job.alg;
        let mut rng = ChaCha8Rng::seed_from_u64(job.seed);
        let hmac = job.key.is_some();
        let key = job.key.unwrap_or(&[]);
        let vault = Self::vault_slot(key, &mut rng);
        let key_ok = key.len() <= alg.block_len();
        let (comps, golden_digest) = if key_ok { schedule::compressions(alg, job.key, job.msg) } else { (Vec::new(), Vec::new()) };
        let sched = schedule::schedule(alg, hmac, job.msg.len());
        let no_stalls = job.timing && job.stalls.input == 0.0 && job.stalls.output == 0.0;
        let r = schedule::rounds(alg) as u64;
        let words = message_words(job.msg);
        let mode = alg as u8 | if hmac { MODE_HMAC } else { 0 };
        let t0 = self.model.cycle();
        self.start(mode, key.len().min(255) as u8);
        if self.fatal() {
            return Err(Sha2Error::Engine(EngineError::Fatal { block: BLOCK }));
        }
        if let Some(code) = self.error() {
            return Err(Sha2Error::Engine(EngineError::Hardware { block: BLOCK, code, what: error_text(code).into() }));
        }
        let budget = 64 + (sched.latency + 200) * (1 + (20.0 * job.stalls.input.max(job.stalls.output)) as u64);
        let (mut next, mut digest) = (0usize, Vec::new());
        let mut loads: Vec<u64> = Vec::new();
        let mut boards: Vec<(u64, Scoreboard)> = Vec::new();
        let mut compared = 0usize;
        let mut sig = Scoreboard::new(BLOCK, Vec::new());
        let round_code = rtl_state(StateName::Round);
        loop {
            let elapsed = self.model.cycle() - t0;
            if elapsed > budget {
                return Err(Sha2Error::Engine(EngineError::Timeout { block: BLOCK, cycles: budget }));
            }
            if let Some(f) = self.fault.filter(|f| f.cycle == elapsed) {
                self.model.flip(f.probe, 0, f.bit);
                self.fault = None;
            }
            self.serve_key(&vault, &mut rng);
            // A compression was loaded in the previous cycle: Round with t = 0 now (both
            // copies of the counter: a fault in one is the RTL's alarm, not a load).
            if self.model.peek(self.r.fsm) == round_code && self.model.peek(self.r.t) == 0 && self.model.peek(self.r.t_b) == 0 {
                let l = elapsed - 1;
                let k = loads.len();
                loads.push(l);
                if no_stalls {
                    let want = sched.loads.get(k).copied();
                    if want != Some(l) {
                        return Err(mismatch(elapsed, "load", k, None, want, Some(l)));
                    }
                }
                match comps.get(k) {
                    Some(c) if job.rounds => boards.push((l + r + 2, Scoreboard::new(BLOCK, schedule::block_checkpoints(k, c, l)))),
                    Some(c) => boards.push((l + r + 2, Scoreboard::new(BLOCK, hash_only(k, c, l, r)))),
                    None => return Err(mismatch(elapsed, "load", k, None, None, Some(l))),
                }
            }
            if !boards.is_empty() {
                let (work, hash) = (self.work(), self.hash());
                for (_, sb) in boards.iter_mut() {
                    sb.at_cycle(elapsed, |cp| if cp.name == "hash" { hash.clone() } else { work.clone() });
                }
                while boards.first().is_some_and(|(end, _)| *end <= elapsed) {
                    let (_, sb) = boards.remove(0);
                    compared += sb.finish(elapsed).map_err(|m| Sha2Error::Mismatch(RoundMismatch::decode(m)))?;
                }
            }
            let offer = (next < words.len() && !rng.gen_bool(job.stalls.input)).then(|| &words[next]);
            let ready = !rng.gen_bool(job.stalls.output);
            let (took, out) = self.step(offer, ready, &mut rng);
            next += took as usize;
            if self.fatal() {
                return Err(Sha2Error::Engine(EngineError::Fatal { block: BLOCK }));
            }
            if let Some(code) = self.error() {
                return Err(Sha2Error::Engine(EngineError::Hardware { block: BLOCK, code, what: error_text(code).into() }));
            }
            if let Some((data, bytes, last)) = out {
                digest.extend_from_slice(&data.to_le_bytes()[..bytes.min(8) as usize]);
                if last {
                    break;
                }
            }
        }
        let cycles = self.model.cycle() - t0;
        if loads.len() != comps.len() {
            return Err(mismatch(cycles, "load", loads.len(), None, comps.get(loads.len()).map(|_| 0), None));
        }
        if let Some((_, sb)) = boards.into_iter().next() {
            compared += sb.finish(cycles).map_err(|m| Sha2Error::Mismatch(RoundMismatch::decode(m)))?;
        }
        if no_stalls {
            sig.signal(cycles, "latency", sched.latency, cycles);
        }
        sig.finish(cycles).map_err(|m| Sha2Error::Mismatch(RoundMismatch::decode(m)))?;
        if digest != golden_digest {
            let i = digest.iter().zip(&golden_digest).position(|(a, b)| a != b).unwrap_or(digest.len().min(golden_digest.len()));
            return Err(mismatch(
                cycles,
                "digest",
                0,
                Some(i),
                golden_digest.get(i).map(|&b| b as u64),
                digest.get(i).map(|&b| b as u64),
            ));
        }
        Ok(Sha2Run { digest, cycles, loads, compared })
    }
}

/// Only the `hash` checkpoint of compression k.
fn hash_only(k: usize, c: &Compression, l: u64, r: u64) -> Vec<golden_model::trace::Checkpoint> {
    schedule::block_checkpoints(k, c, l).into_iter().filter(|cp| cp.name == "hash" && cp.cycle == Some(l + r + 2)).collect()
}

fn mismatch(cycle: u64, checkpoint: &'static str, idx: usize, index: Option<usize>, expected: Option<u64>, observed: Option<u64>) -> Sha2Error {
    Sha2Error::Mismatch(RoundMismatch::decode(Mismatch { block: BLOCK, cycle, checkpoint, checkpoint_index: idx, index, expected, observed, vcd: None }))
}

/// Main FSM states (the codes are `rtl::sha2::state`; cosim does not depend on `rtl`,
/// so they are restated here and checked against it by a test).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateName {
    Idle,
    Wait,
    Key,
    Ipad,
    Round,
    Final,
    Mid,
    Output,
}

/// SPARSE6 codes of the main FSM, in `StateName` order.
pub const STATE_CODES: [u64; 8] = [0b000000, 0b000111, 0b011001, 0b011110, 0b101010, 0b101101, 0b110011, 0b110100];

pub fn rtl_state(s: StateName) -> u64 {
    STATE_CODES[s as usize]
}

/// The engine's state name for a code read through the `fsm` probe.
pub fn state_name(code: u64) -> Option<StateName> {
    use StateName::*;
    [Idle, Wait, Key, Ipad, Round, Final, Mid, Output].into_iter().find(|&s| rtl_state(s) == code)
}

/// Runs `job` on a fresh engine (with `fault` armed); on a mismatch, runs it again with
/// a VCD at `vcd_dir()/<vcd_name>.vcd` and names it.
pub fn check(job: &Job, fault: Option<Fault>, vcd_name: &str) -> Result<Sha2Run, Sha2Error> {
    crate::model::rerun_with_vcd(vcd_name, |vcd| {
        let mut e = Sha2Rtl::new();
        if let Some(p) = vcd {
            e.trace_to(p);
        }
        if let Some(f) = fault {
            e.inject(f);
        }
        e.run(job)
    })
}
