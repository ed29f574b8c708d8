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
//! 4096) so one operation is ~136k clocks; every relative variation and noise figure
//! of the physical model is scaled by 3 (σ_p = 3 %) so that counts of ~128 edges give
//! about the error rates of the full model (counting quantisation adds a little).
//! The RTL is the same: the window is an input; the response length, the extractor
//! and the KDF do not change.

use crate::model::{Model, PortId};
use crate::models;
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::puf::physical::{Evaluation, PufParams};
use golden_model::puf::HELPER_WORDS;
use golden_model::trace::Checkpoint;
use std::path::Path;

pub const OP_ENROL: u8 = 1;
pub const OP_RECONSTRUCT: u8 = 2;
/// Pairs measured at once.
pub const GROUP: usize = 16;
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

struct Ports {
    zeroize: PortId,
    start: PortId,
    opcode: PortId,
    window: PortId,
    key_in: Vec<PortId>,
    ro_a: PortId,
    ro_b: PortId,
    ro_en: PortId,
    ro_group: PortId,
    h_in_data: PortId,
    h_in_valid: PortId,
    h_in_last: PortId,
    h_in_ready: PortId,
    h_out_data: PortId,
    h_out_valid: PortId,
    h_out_last: PortId,
    h_out_ready: PortId,
    key_out: Vec<PortId>,
    key_valid: PortId,
    busy: PortId,
    done: PortId,
    error: PortId,
    err_code: PortId,
    dbg_resp_valid: PortId,
    dbg_byte_valid: PortId,
    dbg_index: PortId,
    dbg_resp_lo: PortId,
    dbg_resp_hi: PortId,
    dbg_byte: PortId,
    dbg_live: PortId,
    dbg_key_live: PortId,
    fault_en: PortId,
    fault_bit: PortId,
}

/// A test-only fault: while storing the byte of `block`, flip its bit `bit`.
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
    /// Index of the helper word flagged `h_out_last` (64 for a complete record).
    pub helper_out_last: Option<usize>,
    /// `Some(code)` when the operation ended with an error status.
    pub error: Option<u8>,
    /// The key on the vault port after the operation (`None` unless `key_valid`).
    pub key: Option<[u64; 4]>,
    /// Cycles from the start pulse to `done`.
    pub cycles: u64,
    /// Checkpoints observed, in order, each with the cycle (from start) it was seen on.
    pub observed: Vec<Checkpoint>,
}

/// Why a checked run failed.
#[derive(Debug)]
pub enum PufRunError {
    Mismatch(Box<Mismatch>),
    Timeout { cycles: u64 },
}

impl std::fmt::Display for PufRunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PufRunError::Mismatch(m) => write!(f, "{m}"),
            PufRunError::Timeout { cycles } => write!(f, "puf_kdf did not finish within {cycles} cycles"),
        }
    }
}

impl std::error::Error for PufRunError {}

/// How the host presents helper words: (data, last) in order.
pub fn helper_stream(words: &[u64]) -> Vec<(u64, bool)> {
    let n = words.len();
    words.iter().enumerate().map(|(i, &w)| (w, i + 1 == n)).collect()
}

/// The `puf_kdf` block.
pub struct PufRtl {
    model: Model,
    p: Ports,
    /// Clocks since `ro_en` rose (the oscillators' time since enabling).
    ro_k: u64,
    ro_was_en: bool,
}

impl Default for PufRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl PufRtl {
    pub fn new() -> Self {
        let model = Model::new(models::puf_kdf::SHIM);
        let p = Ports {
            zeroize: model.port("zeroize"),
            start: model.port("start"),
            opcode: model.port("opcode"),
            window: model.port("window"),
            key_in: (0..4).map(|i| model.port(&format!("key_in${i}"))).collect(),
            ro_a: model.port("ro_a"),
            ro_b: model.port("ro_b"),
            ro_en: model.port("ro_en"),
            ro_group: model.port("ro_group"),
            h_in_data: model.port("h_in_data"),
            h_in_valid: model.port("h_in_valid"),
            h_in_last: model.port("h_in_last"),
            h_in_ready: model.port("h_in_ready"),
            h_out_data: model.port("h_out_data"),
            h_out_valid: model.port("h_out_valid"),
            h_out_last: model.port("h_out_last"),
            h_out_ready: model.port("h_out_ready"),
            key_out: (0..4).map(|i| model.port(&format!("key_out${i}"))).collect(),
            key_valid: model.port("key_valid"),
            busy: model.port("busy"),
            done: model.port("done"),
            error: model.port("error"),
            err_code: model.port("err_code"),
            dbg_resp_valid: model.port("dbg_resp_valid"),
            dbg_byte_valid: model.port("dbg_byte_valid"),
            dbg_index: model.port("dbg_index"),
            dbg_resp_lo: model.port("dbg_resp_lo"),
            dbg_resp_hi: model.port("dbg_resp_hi"),
            dbg_byte: model.port("dbg_byte"),
            dbg_live: model.port("dbg_live"),
            dbg_key_live: model.port("dbg_key_live"),
            fault_en: model.port("fault_en"),
            fault_bit: model.port("fault_bit"),
        };
        PufRtl { model, p, ro_k: 0, ro_was_en: false }
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
    pub fn error(&self) -> Option<u8> {
        self.model.get_bool(self.p.error).then(|| self.model.get(self.p.err_code) as u8)
    }
    pub fn key_valid(&self) -> bool {
        self.model.get_bool(self.p.key_valid)
    }
    /// The vault port (zero unless `key_valid`).
    pub fn key_port(&self) -> [u64; 4] {
        [0, 1, 2, 3].map(|i| self.model.get(self.p.key_out[i]))
    }
    /// Any intermediate register non-zero (test-only wipe checker).
    pub fn live(&self) -> bool {
        self.model.get_bool(self.p.dbg_live)
    }
    /// The key register non-zero (test-only).
    pub fn key_live(&self) -> bool {
        self.model.get_bool(self.p.dbg_key_live)
    }
    /// Everything a host or a probe could read reads zero: no key, no intermediate,
    /// no helper output, oscillators off.
    pub fn all_zero(&self) -> bool {
        !self.live()
            && !self.key_live()
            && !self.key_valid()
            && self.key_port() == [0; 4]
            && self.model.get(self.p.h_out_data) == 0
            && self.model.get(self.p.dbg_resp_lo) == 0
            && self.model.get(self.p.dbg_resp_hi) == 0
            && self.model.get(self.p.dbg_byte) == 0
            && !self.model.get_bool(self.p.ro_en)
    }

    /// Drive the oscillator inputs for this clock from the evaluation.
    fn drive_oscillators(&mut self, eval: Option<&Evaluation>) {
        let en = self.model.get_bool(self.p.ro_en);
        if en && !self.ro_was_en {
            self.ro_k = 0;
        }
        let (mut a, mut b) = (0u64, 0u64);
        if let (true, Some(e)) = (en, eval) {
            let g = self.model.get(self.p.ro_group) as usize;
            for k in 0..GROUP {
                let pair = GROUP * g + k;
                a |= (e.level(2 * pair, self.ro_k) as u64) << k;
                b |= (e.level(2 * pair + 1, self.ro_k) as u64) << k;
            }
        }
        self.model.set(self.p.ro_a, a);
        self.model.set(self.p.ro_b, b);
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

    /// Pulse `start` (raw opcode and window so bad values can be tested).
    pub fn start(&mut self, opcode: u8, window: u32, key: [u64; 4], eval: Option<&Evaluation>) {
        self.model.set(self.p.opcode, opcode as u64);
        self.model.set(self.p.window, window as u64);
        for (i, &k) in key.iter().enumerate() {
            self.model.set(self.p.key_in[i], k);
        }
        self.model.set_bool(self.p.start, true);
        self.tick(eval);
        self.model.set_bool(self.p.start, false);
        for i in 0..4 {
            self.model.set(self.p.key_in[i], 0);
        }
        self.model.eval();
    }

    /// Hold `zeroize` for one clock.
    pub fn zeroize(&mut self) {
        self.model.set_bool(self.p.zeroize, true);
        self.tick(None);
        self.model.set_bool(self.p.zeroize, false);
        self.model.eval();
    }

    /// Runs an operation already started until `done` (or `max_cycles`), streaming
    /// `helper_in`, accepting helper output, collecting debug checkpoints; `fault`
    /// flips a bit of one stored byte; `stop_after` returns early after that many
    /// cycles (for zeroize tests) with `cycles` = the cycles run.
    #[allow(clippy::too_many_arguments)]
    pub fn run(
        &mut self,
        eval: &Evaluation,
        helper_in: &[(u64, bool)],
        fault: Option<ByteFault>,
        max_cycles: u64,
        stop_after: Option<u64>,
    ) -> Result<PufRun, PufRunError> {
        let mut run = PufRun { helper_out: Vec::new(), helper_out_last: None, error: None, key: None, cycles: 0, observed: Vec::new() };
        let mut next = 0usize;
        let mut blocks_stored = 0usize;
        loop {
            if stop_after == Some(run.cycles) {
                return Ok(run);
            }
            if run.cycles >= max_cycles {
                return Err(PufRunError::Timeout { cycles: max_cycles });
            }
            self.model.eval();
            // Observe the debug taps (registered: they show the previous edge's result).
            if self.model.get_bool(self.p.dbg_resp_valid) {
                run.observed.push(Checkpoint {
                    block: "puf",
                    name: "response",
                    index: self.model.get(self.p.dbg_index) as usize,
                    cycle: Some(run.cycles),
                    values: vec![self.model.get(self.p.dbg_resp_lo), self.model.get(self.p.dbg_resp_hi)],
                });
            }
            if self.model.get_bool(self.p.dbg_byte_valid) {
                blocks_stored += 1;
                run.observed.push(Checkpoint {
                    block: "puf",
                    name: "byte",
                    index: self.model.get(self.p.dbg_index) as usize,
                    cycle: Some(run.cycles),
                    values: vec![self.model.get(self.p.dbg_byte)],
                });
            }
            if self.model.get_bool(self.p.done) {
                run.error = self.error();
                if self.key_valid() {
                    let key = self.key_port();
                    run.key = Some(key);
                    let kcv = *run.helper_out.last().or(helper_in.last().map(|(w, _)| w)).unwrap_or(&0);
                    let mut v = key.to_vec();
                    v.push(kcv);
                    run.observed.push(Checkpoint { block: "puf", name: "key", index: 0, cycle: Some(run.cycles), values: v });
                }
                return Ok(run);
            }
            // Streams.
            let offer = helper_in.get(next);
            self.model.set_bool(self.p.h_in_valid, offer.is_some());
            if let Some(&(w, last)) = offer {
                self.model.set(self.p.h_in_data, w);
                self.model.set_bool(self.p.h_in_last, last);
            }
            self.model.set_bool(self.p.h_out_ready, true);
            let f = fault.filter(|f| f.block == blocks_stored);
            self.model.set_bool(self.p.fault_en, f.is_some());
            self.model.set(self.p.fault_bit, f.map_or(0, |f| f.bit as u64));
            self.model.eval();
            if offer.is_some() && self.model.get_bool(self.p.h_in_ready) {
                next += 1;
            }
            if self.model.get_bool(self.p.h_out_valid) {
                if self.model.get_bool(self.p.h_out_last) {
                    run.helper_out_last = Some(run.helper_out.len());
                }
                run.helper_out.push(self.model.get(self.p.h_out_data));
            }
            self.tick(Some(eval));
            run.cycles += 1;
            self.model.set_bool(self.p.h_in_valid, false);
            self.model.set_bool(self.p.h_out_ready, false);
            self.model.set_bool(self.p.fault_en, false);
        }
    }

    /// Cycle budget of one operation at window `w`.
    pub fn budget(w: u32) -> u64 {
        256 * (w as u64 + GROUP_OVERHEAD) + 32 * 140 + 2000
    }

    /// Enrolment with `key` on evaluation `eval`, compared with the golden model.
    pub fn enrol_checked(&mut self, eval: &Evaluation, key: &[u8; 32], fault: Option<ByteFault>) -> Result<PufRun, PufRunError> {
        let mut rec = golden_model::trace::Recorder::default();
        let _ = golden_model::puf::extractor::enrol(&eval.response(), key, &mut rec);
        let words = key_words(key);
        self.start(OP_ENROL, eval.window, words, Some(eval));
        let run = self.run(eval, &[], fault, Self::budget(eval.window), None)?;
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
        self.start(OP_RECONSTRUCT, eval.window, [0; 4], Some(eval));
        let run = self.run(eval, &helper_stream(helper), fault, Self::budget(eval.window), None)?;
        check(rec.checkpoints, &run)?;
        Ok(run)
    }
}

/// Reconstruction on a fresh model, checked; on a mismatch the run is repeated with
/// tracing on and the VCD path is named in the report (`vcd_name`.vcd under
/// [`crate::model::vcd_dir`]).
pub fn check_reconstruct(eval: &Evaluation, helper: &[u64], fault: Option<ByteFault>, vcd_name: &str) -> Result<PufRun, PufRunError> {
    let mut rtl = PufRtl::new();
    rtl.reconstruct_checked(eval, helper, fault).map_err(|e| match e {
        PufRunError::Mismatch(mut m) => {
            let path = crate::model::vcd_dir().join(format!("{vcd_name}.vcd"));
            let mut again = PufRtl::new();
            again.trace_to(&path);
            let _ = again.reconstruct_checked(eval, helper, fault);
            drop(again);
            m.vcd = Some(path);
            PufRunError::Mismatch(m)
        }
        other => other,
    })
}

/// The key as four little-endian words, as `key_in` takes it.
pub fn key_words(key: &[u8; 32]) -> [u64; 4] {
    [0, 1, 2, 3].map(|i| u64::from_le_bytes(key[8 * i..8 * i + 8].try_into().unwrap()))
}

fn check(expected: Vec<Checkpoint>, run: &PufRun) -> Result<(), PufRunError> {
    let mut sb = Scoreboard::new("puf_kdf", expected);
    for cp in &run.observed {
        sb.observed(cp.cycle.unwrap_or(run.cycles), cp.name, &cp.values);
    }
    sb.finish(run.cycles).map(|_| ()).map_err(|m| PufRunError::Mismatch(Box::new(m)))
}

/// Helper words per record (64 offsets + KCV).
pub const HELPER_RECORD: usize = HELPER_WORDS;
