//! Driver of `puf_kdf` (rtl::puf::PufKdf): the oscillator levels come from the
//! physical model, helper data streams in and out, and the scoreboard holds the
//! block to `golden_model::puf::extractor` checkpoint by checkpoint (in order:
//! `response`[b], `byte`[b] per block, then `key`).
//!
//! How the oscillators are co-simulated (honestly, not by counts): every clock, the
//! driver reads `ro_en` and `ro_group`; while `ro_en` is high it drives `ro_a[k]`,
//! `ro_b[k]` with the divided ring levels of oscillators 2(16g+k) and 2(16g+k)+1
//! `k` clocks after enabling, from `Evaluation::level` (a phase accumulator per
//! oscillator with the evaluation's frequency and random start phase). The RTL
//! synchronises, edge-detects and counts them itself.
//!
//! Co-simulated configuration ([`cosim_params`]): window W = 512 clocks (instead of
//! 4096) so one operation is ~170k clocks; every relative variation and noise figure
//! of the physical model is scaled by 3 (σ_p = 3 %) so that counts of ~128 edges give
//! about the error rates of the full model (counting quantisation adds a little).
//! The RTL is the same: the window is an input; the response length, the extractor
//! and the KDF do not change.
//!
//! Probes, not ports (GUIDE §2): the block has no observation or fault port. The
//! scoreboard reads the response registers after each block's last group (the group
//! counter `grp` wraps 7 → 0) and the recovered byte from the top of the secret
//! register after each store (the block counter `blk` steps); fault injection flips a
//! bit of the secret register between two edges; wipe checks read every register of
//! the block and of its sponge ([`PufRtl::secrets_left`]). Every cycle the driver also
//! checks that no output carries data while its valid is low ([`PufRunError::Leak`]),
//! and it fills every don't-care input bit with random values (the TRNG's `entropy`
//! port too, except on an enrolment start, where the test supplies the secret as the
//! TRNG would).
//!
//! Ties: from the moment a group's oscillators stop (`ro_en` falls) until the next
//! group starts, `tie_entropy` carries that group's TRNG word from the evaluation
//! ([`Evaluation::ties`]), which the golden response uses for equal counts; while the
//! oscillators run it carries random bits (the block must sample it at compare).
//!
//! Streams: with [`Stalls`] the host side of both helper streams stalls at random
//! (`h_in_valid` low for a while, then the offered word held until accepted, as a
//! valid/ready source must; `h_out_ready` low at random); the default offers a word
//! every cycle and always accepts (the fixed-latency schedule).
//!
//! Lifecycle: `lc_enrol_en` is driven with [`LC_ON`] (the manufacturing state) unless
//! a test sets another value ([`PufRtl::set_lifecycle`]); the one-time lock lives in
//! the block, so a test that enrols again on the same model must model a power cycle
//! ([`PufRtl::power_cycle`]: every register back to its power-up zero).

use crate::model::{Model, ProbeId};
use crate::models;
use crate::models::puf_kdf::{Ports, Probes, PORT, PROBE};
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::puf::physical::{Evaluation, PufParams};
use golden_model::mlkem::program::{bytes_of, words_of};
use golden_model::puf::{Secret, HELPER_WORDS, SECRET_WORDS};
use golden_model::trace::Checkpoint;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::Path;

pub const OP_ENROL: u8 = 1;
pub const OP_RECONSTRUCT: u8 = 2;
/// Start refused while `fatal` (see `rtl::puf::kdf`; codes 1-6 are the golden model's).
pub const ERR_FATAL: u8 = 7;
/// Enrolment refused: locked (one-time lock or lifecycle), see `rtl::puf::kdf`.
pub const ERR_ENROL_LOCKED: u8 = 8;
/// Enrolment refused: `entropy_valid` low.
pub const ERR_NO_ENTROPY: u8 = 9;
/// `lc_enrol_en` value that allows enrolment (`rtl::puf::kdf::LC_ON`).
pub const LC_ON: u64 = 0b1010;
/// The FSM code of the key-check state (`rtl::puf::state::CHECK`), where the scoreboard
/// reads the KCV the block computed.
pub const STATE_CHECK: u64 = 0b1001110;

/// Random stalls of the host side of the helper streams: the probability per cycle
/// that a new word is not offered on `h_in`, and that `h_out_ready` is low.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stalls {
    pub valid_gap: f64,
    pub ready_gap: f64,
}
/// Pairs measured at once.
pub const GROUP: usize = golden_model::puf::GROUP;
/// Clocks of one group measurement beyond the window (sync, compare, restart).
pub const GROUP_OVERHEAD: u64 = 4;

/// The physical-model parameters of the co-simulated configuration (see module doc).
pub fn cosim_params() -> PufParams {
    let d = PufParams::default();
    PufParams {
        window: 512,
        sigma_process: 3.0 * d.sigma_process,
        systematic: 3.0 * d.systematic,
        sigma_temp_coeff: 3.0 * d.sigma_temp_coeff,
        sigma_volt_coeff: 3.0 * d.sigma_volt_coeff,
        sigma_noise: 3.0 * d.sigma_noise,
        noise_per_kelvin: 3.0 * d.noise_per_kelvin,
        noise_per_volt: 3.0 * d.noise_per_volt,
        ..d
    }
}

/// A fault injected through the simulator: right after the byte of `block` is stored,
/// flip its bit `bit` in the secret register (probe `sec$4`, bits 56..63).
#[derive(Clone, Copy, Debug)]
pub struct ByteFault {
    pub block: usize,
    pub bit: u8,
}

/// What one operation showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PufRun {
    /// Helper words streamed out (enrolment), the last one the KCV.
    pub helper_out: Vec<u64>,
    /// Index of the helper word flagged `h_out_last` (80 for a complete record).
    pub helper_out_last: Option<usize>,
    /// `Some(code)` when the operation ended with an error status.
    pub error: Option<u8>,
    /// The key on the vault port after the operation (`None` unless `key_valid`).
    pub key: Option<[u64; 4]>,
    /// Cycles from the start pulse to `done`.
    pub cycles: u64,
    /// Checkpoints observed, in order, each with the cycle (from start) it was seen on.
    pub observed: Vec<Checkpoint>,
    /// The operation was killed by a fault: `fatal` rose (no `done`).
    pub fatal: bool,
}

/// What a per-cycle hook tells [`PufRtl::run_with`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// Return now (the run so far, `cycles` = cycles run).
    Stop,
}

/// Why a checked run failed.
#[derive(Debug)]
pub enum PufRunError {
    Mismatch(Box<Mismatch>),
    Timeout { cycles: u64 },
    /// An output carried a non-zero value while its valid was low.
    Leak { cycle: u64, output: &'static str, value: u64 },
}

impl std::fmt::Display for PufRunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PufRunError::Mismatch(m) => write!(f, "{m}"),
            PufRunError::Timeout { cycles } => write!(f, "puf_kdf did not finish within {cycles} cycles"),
            PufRunError::Leak { cycle, output, value } => {
                write!(f, "puf_kdf cycle {cycle}: {output} = {value:#x} while its valid is low")
            }
        }
    }
}

impl std::error::Error for PufRunError {}

/// How the host presents helper words: (data, last) in order.
pub fn helper_stream(words: &[u64]) -> Vec<(u64, bool)> {
    let n = words.len();
    words.iter().enumerate().map(|(i, &w)| (w, i + 1 == n)).collect()
}

/// Probes that may hold a non-zero value when no operation runs, none of them secret:
/// the error status (shown on `error`/`err_code`), the sticky alarms (shown on
/// `fatal`), the one-time enrolment lock (shown on `enrol_locked`; neither zeroize nor
/// reset clears it), the one-cycle `done` pulses, and the sponge's public control state of its
/// last hash (rate, domain byte and the return state code of its last permutation,
/// which the sponge keeps until its next start or wipe). The key register and its flag are checked on their own
/// ([`PufRtl::key_live`]): the key is held for the vault after a successful operation.
pub fn is_public_status(name: &str) -> bool {
    matches!(
        name,
        "err" | "code" | "alarm" | "lock" | "done_r" | "sponge$err" | "sponge$code" | "sponge$alarm" | "sponge$core$alarm"
            | "sponge$done_r" | "sponge$core$done_r" | "sponge$rate_last" | "sponge$domain" | "sponge$after"
    )
}

/// The key register and its release flag.
pub fn is_key(name: &str) -> bool {
    name == "key_ok" || name.starts_with("key$")
}

/// The `puf_kdf` block.
pub struct PufRtl {
    model: Model,
    p: Ports,
    r: Probes,
    /// Clocks since `ro_en` rose (the oscillators' time since enabling).
    ro_k: u64,
    ro_was_en: bool,
    /// The group last measured (its tie word is driven once its oscillators stop).
    ro_last_group: Option<usize>,
    /// Random values for don't-care input bits.
    rng: ChaCha8Rng,
    stalls: Stalls,
    lc: u64,
    entropy_valid: bool,
}

impl Default for PufRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl PufRtl {
    pub fn new() -> Self {
        Self::with_seed(0x5055_465f)
    }

    /// A model whose don't-care input bits come from a generator seeded with `seed`.
    pub fn with_seed(seed: u64) -> Self {
        Self::over(models::puf_kdf::SHIM, seed)
    }

    /// The FPGA variant `puf_kdf_r1` (the same unit over `keccak_sponge_r1`), driven
    /// by the same driver: its ports and probes are those of `puf_kdf`, name by name.
    pub fn r1_with_seed(seed: u64) -> Self {
        Self::over(models::puf_kdf_r1::SHIM, seed)
    }

    fn over(shim: crate::model::Shim, seed: u64) -> Self {
        let base = models::puf_kdf::SHIM;
        let same = shim.ports.iter().map(|p| (p.name, p.width)).eq(base.ports.iter().map(|p| (p.name, p.width)))
            && shim.probes.iter().map(|p| (p.name, p.width, p.depth)).eq(base.probes.iter().map(|p| (p.name, p.width, p.depth)));
        assert!(same, "{} does not have the ports and probes of puf_kdf (re-emit both blocks)", shim.block);
        let mut rtl = PufRtl {
            model: Model::new(shim),
            p: PORT,
            r: PROBE,
            ro_k: 0,
            ro_was_en: false,
            ro_last_group: None,
            rng: ChaCha8Rng::seed_from_u64(seed),
            stalls: Stalls::default(),
            lc: LC_ON,
            entropy_valid: true,
        };
        rtl.idle_inputs();
        rtl
    }

    /// Random stalls on both helper streams from now on.
    pub fn set_stalls(&mut self, stalls: Stalls) {
        self.stalls = stalls;
    }

    /// The value driven on `lc_enrol_en` (default [`LC_ON`]).
    pub fn set_lifecycle(&mut self, lc: u64) {
        self.lc = lc;
        self.model.set(self.p.lc_enrol_en, lc);
    }

    /// The TRNG's `entropy_valid` (default high).
    pub fn set_entropy_valid(&mut self, valid: bool) {
        self.entropy_valid = valid;
        self.model.set_bool(self.p.entropy_valid, valid);
    }

    /// The one-time lock (`enrol_locked`).
    pub fn enrol_locked(&self) -> bool {
        self.model.get_bool(self.p.enrol_locked)
    }

    /// A power cycle: every register and memory word of the block and its sponge back
    /// to its power-up value (zero), as a fresh model; the lock included. (A power cycle
    /// is the only thing that clears the lock; the HSM's fuse and `lc_enrol_en` keep
    /// the rule across it.)
    pub fn power_cycle(&mut self) {
        let ids: Vec<(ProbeId, usize, usize)> = self.model.probe_ids().map(|(id, p)| (id, p.width, p.depth.max(1))).collect();
        for (id, width, depth) in ids {
            for i in 0..depth {
                if width <= 64 {
                    self.model.poke_at(id, i, 0);
                } else {
                    let w = self.model.peek_words(id, i);
                    for (k, word) in w.iter().enumerate() {
                        for b in 0..32 {
                            if (word >> b) & 1 == 1 {
                                self.model.flip(id, i, 32 * k + b);
                            }
                        }
                    }
                }
            }
        }
        self.model.eval();
    }

    pub fn model(&mut self) -> &mut Model {
        &mut self.model
    }

    /// The typed port ids.
    pub fn ports(&self) -> &Ports {
        &self.p
    }

    /// The typed probe ids.
    pub fn probes(&self) -> &Probes {
        &self.r
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
    pub fn error(&self) -> Option<u8> {
        self.model.get_bool(self.p.error).then(|| self.model.get(self.p.err_code) as u8)
    }
    pub fn key_valid(&self) -> bool {
        self.model.get_bool(self.p.key_valid)
    }
    /// The vault port (zero unless `key_valid`).
    pub fn key_port(&self) -> [u64; 4] {
        self.p.key_out.map(|p| self.model.get(p))
    }
    /// The FSM's state code (probe `fsm`; names in `rtl::puf::state`).
    pub fn state(&self) -> u64 {
        self.model.peek(self.r.fsm)
    }
    /// Registers of the block (and of its sponge) that hold a non-zero value, apart from
    /// the public status ([`is_public_status`]) and, unless `with_key`, the key register.
    pub fn secrets_left(&self, with_key: bool) -> Vec<(&'static str, usize)> {
        self.model.nonzero_probes(&|n| is_public_status(n) || (!with_key && is_key(n)))
    }
    /// Every register of the block and of its sponge that is non-zero but the
    /// one-time lock (no other skip: after zeroize or reset even the status is clear).
    pub fn nonzero_registers(&self) -> Vec<(&'static str, usize)> {
        self.model.nonzero_probes(&|n| n == "lock")
    }
    /// Any intermediate register (response, counters, secret, helper hash, KCV,
    /// decoder state, window, mode, the sponge's state) non-zero.
    pub fn live(&self) -> bool {
        !self.secrets_left(false).is_empty()
    }
    /// The key register non-zero (read through its probes; `key_out` is masked).
    pub fn key_live(&self) -> bool {
        self.r.key.iter().any(|&k| self.model.peek(k) != 0) || self.model.peek(self.r.key_ok) != 0
    }
    /// Everything a host or a probe could read reads zero: no key, no intermediate,
    /// no helper output, oscillators off.
    pub fn all_zero(&self) -> bool {
        !self.live()
            && !self.key_live()
            && !self.key_valid()
            && self.key_port() == [0; 4]
            && self.model.get(self.p.h_out_data) == 0
            && !self.model.get_bool(self.p.ro_en)
            && self.model.get(self.p.ro_group) == 0
    }

    /// Outputs that carry data only while valid: the first one that does not.
    fn leak(&self) -> Option<(&'static str, u64)> {
        let m = &self.model;
        if !self.key_valid() {
            if let Some(&k) = self.key_port().iter().find(|&&k| k != 0) {
                return Some(("key_out", k));
            }
        }
        if !m.get_bool(self.p.h_out_valid) {
            for (name, port) in [("h_out_data", self.p.h_out_data), ("h_out_last", self.p.h_out_last)] {
                if m.get(port) != 0 {
                    return Some((name, m.get(port)));
                }
            }
        }
        if !m.get_bool(self.p.ro_en) && m.get(self.p.ro_group) != 0 {
            return Some(("ro_group", m.get(self.p.ro_group)));
        }
        None
    }

    /// Random values on every input whose value does not matter now (GUIDE §7): the
    /// command fields outside a start, the helper stream's data and last outside valid.
    fn idle_inputs(&mut self) {
        let (op, win) = (self.rng.gen::<u64>(), self.rng.gen::<u64>());
        self.model.set(self.p.opcode, op);
        self.model.set(self.p.window, win);
        for i in 0..SECRET_WORDS {
            let k = self.rng.gen();
            self.model.set(self.p.entropy[i], k);
        }
        self.model.set(self.p.lc_enrol_en, self.lc);
        self.model.set_bool(self.p.entropy_valid, self.entropy_valid);
        self.random_helper_in();
    }

    fn random_helper_in(&mut self) {
        let (d, l) = (self.rng.gen(), self.rng.gen());
        self.model.set(self.p.h_in_data, d);
        self.model.set_bool(self.p.h_in_last, l);
    }

    /// Drive the oscillator inputs for this clock from the evaluation (the bank drives
    /// zero while its cells are disabled).
    fn drive_oscillators(&mut self, eval: Option<&Evaluation>) {
        let en = self.model.get_bool(self.p.ro_en);
        if en && !self.ro_was_en {
            self.ro_k = 0;
        }
        let (mut a, mut b) = (0u64, 0u64);
        let mut tie = self.rng.gen::<u16>() as u64;
        if let (false, Some(e), Some(g)) = (en, eval, self.ro_last_group) {
            tie = e.ties.get(g).copied().unwrap_or(0) as u64;
        }
        if let (true, Some(e)) = (en, eval) {
            let g = self.model.get(self.p.ro_group) as usize;
            self.ro_last_group = Some(g);
            // A group number past the bank (only a fault can make one) reads no cells.
            for k in (0..GROUP).filter(|k| 2 * (GROUP * g + k) + 1 < e.osc.len()) {
                let pair = GROUP * g + k;
                a |= (e.level(2 * pair, self.ro_k) as u64) << k;
                b |= (e.level(2 * pair + 1, self.ro_k) as u64) << k;
            }
        }
        self.model.set(self.p.ro_a, a);
        self.model.set(self.p.ro_b, b);
        self.model.set(self.p.tie_entropy, tie);
        if en {
            self.ro_k += 1;
        }
        self.ro_was_en = en;
    }

    /// One clock with the oscillators driven from `eval`.
    pub fn tick(&mut self, eval: Option<&Evaluation>) {
        self.model.eval();
        self.drive_oscillators(eval);
        self.model.tick();
    }

    /// Pulse `start` (raw opcode and window so bad values can be tested); on an
    /// enrolment `entropy` is what the TRNG presents on the start cycle, otherwise
    /// the entropy port carries random values (don't care).
    pub fn start(&mut self, opcode: u8, window: u32, entropy: [u64; SECRET_WORDS], eval: Option<&Evaluation>) {
        self.ro_last_group = None;
        self.model.set(self.p.opcode, opcode as u64);
        self.model.set(self.p.window, window as u64);
        for (i, &k) in entropy.iter().enumerate() {
            let k = if opcode == OP_ENROL { k } else { self.rng.gen() };
            self.model.set(self.p.entropy[i], k);
        }
        self.model.set_bool(self.p.start, true);
        self.tick(eval);
        self.model.set_bool(self.p.start, false);
        self.idle_inputs();
        self.model.eval();
    }

    /// Hold `port` (zeroize or reset) high for one clock.
    fn pulse(&mut self, port: crate::model::PortId, eval: Option<&Evaluation>) {
        self.model.set_bool(port, true);
        self.tick(eval);
        self.model.set_bool(port, false);
        self.model.eval();
    }

    /// Hold `zeroize` for one clock.
    pub fn zeroize(&mut self) {
        self.pulse(self.p.zeroize, None)
    }

    /// Hold `reset` for one clock.
    pub fn reset(&mut self) {
        self.pulse(self.p.reset, None)
    }

    /// Flips bit `bit` of register probe `id` between two edges (fault injection).
    pub fn flip(&mut self, id: ProbeId, bit: usize) {
        self.model.flip(id, 0, bit)
    }

    /// Runs an operation already started until `done` (or `max_cycles`), streaming
    /// `helper_in`, accepting helper output, collecting checkpoints through probes;
    /// `fault` flips a bit of one stored byte; `stop_after` returns early after that
    /// many cycles (for zeroize tests) with `cycles` = the cycles run.
    pub fn run(
        &mut self,
        eval: &Evaluation,
        helper_in: &[(u64, bool)],
        fault: Option<ByteFault>,
        max_cycles: u64,
        stop_after: Option<u64>,
    ) -> Result<PufRun, PufRunError> {
        self.run_with(eval, helper_in, fault, max_cycles, &mut |_, c| if stop_after == Some(c) { Flow::Stop } else { Flow::Continue })
    }

    /// [`Self::run`] with a hook called at the start of every cycle (with the cycles
    /// run so far), before the driver looks at the block: it may strike (zeroize,
    /// reset, flip a register) and stop the run. A run also ends when `fatal` rises.
    pub fn run_with(
        &mut self,
        eval: &Evaluation,
        helper_in: &[(u64, bool)],
        fault: Option<ByteFault>,
        max_cycles: u64,
        hook: &mut dyn FnMut(&mut PufRtl, u64) -> Flow,
    ) -> Result<PufRun, PufRunError> {
        let mut run = PufRun { helper_out: Vec::new(), helper_out_last: None, error: None, key: None, cycles: 0, observed: Vec::new(), fatal: false };
        let mut next = 0usize;
        // A word offered and not yet taken stays offered (valid/ready source rule).
        let mut offering = false;
        // The KCV the block computed (probe `kcv` in the CHECK state).
        let mut kcv_seen: Option<u64> = None;
        // The counters before the last edge: a block's response is complete when `grp`
        // wraps 7 -> 0, its byte is stored when `blk` steps.
        let (mut grp, mut blk) = (0u64, 0u64);
        loop {
            if hook(self, run.cycles) == Flow::Stop {
                return Ok(run);
            }
            if run.cycles >= max_cycles {
                return Err(PufRunError::Timeout { cycles: max_cycles });
            }
            self.model.eval();
            if let Some((output, value)) = self.leak() {
                return Err(PufRunError::Leak { cycle: run.cycles, output, value });
            }
            if self.fatal() {
                run.fatal = true;
                return Ok(run);
            }
            let (g, b) = (self.model.peek(self.r.grp), self.model.peek(self.r.blk));
            if grp == 7 && g == 0 {
                run.observed.push(Checkpoint {
                    block: "puf",
                    name: "response",
                    index: b as usize,
                    cycle: Some(run.cycles),
                    values: vec![self.model.peek(self.r.resp_lo), self.model.peek(self.r.resp_hi)],
                });
            }
            if b == (blk + 1) % 64 {
                let block = blk as usize;
                if let Some(f) = fault.filter(|f| f.block == block) {
                    self.flip(self.r.sec[SECRET_WORDS - 1], 56 + f.bit as usize);
                }
                run.observed.push(Checkpoint {
                    block: "puf",
                    name: "byte",
                    index: block,
                    cycle: Some(run.cycles),
                    values: vec![self.model.peek(self.r.sec[SECRET_WORDS - 1]) >> 56],
                });
            }
            (grp, blk) = (g, b);
            if self.state() == STATE_CHECK {
                let kcv = self.model.peek(self.r.kcv);
                kcv_seen = Some(kcv);
                run.observed.push(Checkpoint { block: "puf", name: "kcv", index: 0, cycle: Some(run.cycles), values: vec![kcv] });
            }
            if self.model.get_bool(self.p.done) {
                run.error = self.error();
                if self.key_valid() {
                    let key = self.key_port();
                    run.key = Some(key);
                    // The KCV the block computed: streamed out (enrolment) or read in
                    // the CHECK state (reconstruction); never the host's input.
                    let kcv = if run.helper_out.is_empty() { kcv_seen.unwrap_or(0) } else { *run.helper_out.last().unwrap() };
                    let mut v = key.to_vec();
                    v.push(kcv);
                    run.observed.push(Checkpoint { block: "puf", name: "key", index: 0, cycle: Some(run.cycles), values: v });
                }
                return Ok(run);
            }
            // Streams (with random host stalls when configured).
            let st = self.stalls;
            if !offering && next < helper_in.len() {
                offering = st.valid_gap <= 0.0 || !self.rng.gen_bool(st.valid_gap.min(1.0));
            }
            let offer = if offering { helper_in.get(next) } else { None };
            self.model.set_bool(self.p.h_in_valid, offer.is_some());
            if let Some(&(w, last)) = offer {
                self.model.set(self.p.h_in_data, w);
                self.model.set_bool(self.p.h_in_last, last);
            }
            let ready = st.ready_gap <= 0.0 || !self.rng.gen_bool(st.ready_gap.min(1.0));
            self.model.set_bool(self.p.h_out_ready, ready);
            self.model.eval();
            if offer.is_some() && self.model.get_bool(self.p.h_in_ready) {
                next += 1;
                offering = false;
            }
            if ready && self.model.get_bool(self.p.h_out_valid) {
                if self.model.get_bool(self.p.h_out_last) {
                    run.helper_out_last = Some(run.helper_out.len());
                }
                run.helper_out.push(self.model.get(self.p.h_out_data));
            }
            self.tick(Some(eval));
            run.cycles += 1;
            self.model.set_bool(self.p.h_in_valid, false);
            self.model.set_bool(self.p.h_out_ready, false);
            self.random_helper_in();
        }
    }

    /// Cycle budget of one operation at window `w` (without stalls).
    pub fn budget(w: u32) -> u64 {
        let blocks = golden_model::puf::code::BLOCKS as u64;
        8 * blocks * (w as u64 + GROUP_OVERHEAD) + blocks * 140 + 2000
    }

    /// Cycle budget with this driver's stalls (the helper streams' words may wait).
    pub fn budget_for(&self, w: u32) -> u64 {
        let s = self.stalls.valid_gap.max(self.stalls.ready_gap).min(0.99);
        Self::budget(w) + (200.0 / (1.0 - s)) as u64 * HELPER_WORDS as u64
    }

    /// Enrolment with the TRNG presenting `key` on evaluation `eval`, compared with the
    /// golden model (the extractor; the lifecycle rule is the tests').
    pub fn enrol_checked(&mut self, eval: &Evaluation, secret: &Secret, fault: Option<ByteFault>) -> Result<PufRun, PufRunError> {
        let mut rec = golden_model::trace::Recorder::default();
        let _ = golden_model::puf::extractor::enrol(&eval.response(), secret, &mut rec);
        let words = secret_words(secret);
        self.start(OP_ENROL, eval.window, words, Some(eval));
        let run = self.run(eval, &[], fault, self.budget_for(eval.window), None)?;
        check(rec.checkpoints, &run)?;
        if run.error.is_none() && run.helper_out_last != Some(HELPER_WORDS - 1) {
            return Err(PufRunError::Mismatch(Box::new(Mismatch {
                block: "puf_kdf",
                cycle: run.cycles,
                checkpoint: "h_out_last",
                checkpoint_index: 0,
                index: None,
                expected: Some(HELPER_WORDS as u64 - 1),
                observed: run.helper_out_last.map(|i| i as u64),
                vcd: None,
            })));
        }
        Ok(run)
    }

    /// Reconstruction from helper words (the last flagged), compared with the golden model.
    pub fn reconstruct_checked(&mut self, eval: &Evaluation, helper: &[u64], fault: Option<ByteFault>) -> Result<PufRun, PufRunError> {
        let mut rec = golden_model::trace::Recorder::default();
        let _ = golden_model::puf::extractor::reconstruct(&eval.response(), helper, &mut rec);
        self.start(OP_RECONSTRUCT, eval.window, [0; SECRET_WORDS], Some(eval));
        let run = self.run(eval, &helper_stream(helper), fault, self.budget_for(eval.window), None)?;
        check(rec.checkpoints, &run)?;
        Ok(run)
    }
}

/// Reconstruction on a fresh model, checked; on a mismatch the run is repeated with
/// tracing on and the VCD path is named in the report (`vcd_name`.vcd under
/// [`crate::model::vcd_dir`]).
pub fn check_reconstruct(eval: &Evaluation, helper: &[u64], fault: Option<ByteFault>, vcd_name: &str) -> Result<PufRun, PufRunError> {
    crate::model::rerun_with_vcd(vcd_name, |vcd| {
        let mut rtl = PufRtl::new();
        if let Some(p) = vcd {
            rtl.trace_to(p);
        }
        rtl.reconstruct_checked(eval, helper, fault)
    })
}

impl crate::model::WithMismatch for PufRunError {
    fn mismatch_mut(&mut self) -> Option<&mut Mismatch> {
        match self {
            PufRunError::Mismatch(m) => Some(m),
            _ => None,
        }
    }
}

/// The secret as little-endian words, as the `entropy` port takes it.
pub fn secret_words(secret: &Secret) -> [u64; SECRET_WORDS] {
    words_of(secret).try_into().expect("a secret is SECRET_WORDS words")
}

/// The secret's bytes from the entropy port's words.
pub fn secret_bytes(words: [u64; SECRET_WORDS]) -> Secret {
    bytes_of(&words).try_into().expect("SECRET_WORDS words are a secret")
}

/// A 256-bit key as the four little-endian words of the vault port.
pub fn key_words(key: &[u8; 32]) -> [u64; 4] {
    words_of(key).try_into().expect("32 bytes are 4 words")
}

/// The vault port's four words as the key's bytes.
pub fn key_bytes(words: [u64; 4]) -> [u8; 32] {
    bytes_of(&words).try_into().expect("4 words are 32 bytes")
}

fn check(expected: Vec<Checkpoint>, run: &PufRun) -> Result<(), PufRunError> {
    let mut sb = Scoreboard::new("puf_kdf", expected);
    for cp in &run.observed {
        sb.observed(cp.cycle.unwrap_or(run.cycles), cp.name, &cp.values);
    }
    sb.finish(run.cycles).map(|_| ()).map_err(|m| PufRunError::Mismatch(Box::new(m)))
}

/// Helper words per record (80 offsets + KCV).
pub const HELPER_RECORD: usize = HELPER_WORDS;
