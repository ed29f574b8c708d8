//! Driver of the ML-KEM codec unit (`rtl::mlkem::codec`, block `mlkem_codec`), held to
//! `golden_model::mlkem::encode` (ByteEncode_d/ByteDecode_d, Compress_d/Decompress_d) by
//! the scoreboard.
//!
//! The driver plays the polynomial memory (four lanes, [`LANES`]) and the data buffer
//! ([`Env`]: 256 coefficients, 256 words), both with the unit's one-cycle read latency: the data of a read issued in
//! cycle t are on `pm_rdata`/`buf_rdata` in cycle t + 1; in every other cycle those
//! inputs carry random garbage. Writes land in the [`Env`] at once.
//!
//! The golden side states every transfer with its cycle (the schedule is fixed, so
//! latency is part of the contract):
//!
//! * encode: `pm_read` p = lane indices (4p, 4p + 1, 4p + 2, 4p + 3) in cycle
//!   [`encode_quad_cycle`] = 1 + p; `buf_word` w = (address w, word w of
//!   ByteEncode_d(Compress_d(f))) in cycle [`encode_word_cycle`];
//! * decode: `pm_quad` p = (4p, f[4p], 4p + 1, f[4p + 1], 4p + 2, f[4p + 2], 4p + 3,
//!   f[4p + 3]) of Decompress_d(ByteDecode_d(B)) in cycle [`decode_quad_cycle`] = 3 + p;
//!   buffer reads 0 .. 4d − 1 in order, each once;
//! * `done` in cycle [`encode_cycles`]/[`decode_cycles`] = 67, `range_err` at `done` =
//!   "a 12-bit value ≥ q" for a decode with d = 12 (else low).
//!
//! A transfer in a cycle where none is due is a mismatch too. Every cycle the driver also
//! checks that address/data outputs are zero while their strobe is low, and that
//! `range_err` is low while busy. On a mismatch the run is repeated with a VCD
//! ([`rerun_with_vcd`]). Faults and wipes strike through probes from a per-cycle hook.

use crate::model::{rerun_with_vcd, Model, ProbeId, WithMismatch};
use crate::models::mlkem_codec::{PORT, SHIM};
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::engine::EngineError;
use golden_model::mlkem::encode::{byte_decode, byte_encode, compress, decompress};
use golden_model::trace::Checkpoint;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub const BLOCK: &str = "mlkem_codec";

/// The ML-KEM modulus q.
pub const Q: u16 = 3329;

/// The widths the unit accepts (`rtl::mlkem::codec::D_LEGAL`).
pub const D_LEGAL: [u32; 6] = [1, 4, 5, 10, 11, 12];

/// Error codes (`rtl::mlkem::codec::ERR_*`).
pub const ERR_BAD_D: u8 = 1;
pub const ERR_BUSY: u8 = 2;
pub const ERR_FATAL: u8 = 6;

/// Wipe latency of `zeroize`, `reset` and a detected fault (`rtl::mlkem::codec::WIPE_CYCLES`).
pub const WIPE_CYCLES: u64 = 1;

/// Polynomial-memory lanes (`rtl::mlkem::codec::LANES`): lane k carries coefficient
/// 4p + k of quadruple p.
pub const LANES: usize = 4;

/// Encode latency, `start` to `done` (`rtl::mlkem::codec::encode_cycles`): 67 for every d
/// (64 quadruples + 3 cycles of pipeline).
pub fn encode_cycles(_d: u32) -> u64 {
    67
}

/// Decode latency, `start` to `done` (`rtl::mlkem::codec::decode_cycles`): 67 for every d.
pub fn decode_cycles(_d: u32) -> u64 {
    67
}

/// Cycle in which encode reads quadruple p (p < 64).
pub fn encode_quad_cycle(p: u32) -> u64 {
    1 + p as u64
}

/// Cycle in which encode writes buffer word w: the cycle after the one whose quadruple
/// completes its 64 bits, 2 + ⌈16(w + 1)/d⌉.
pub fn encode_word_cycle(d: u32, w: u32) -> u64 {
    2 + (16 * (w as u64 + 1)).div_ceil(d as u64)
}

/// Cycle in which decode writes coefficient quadruple p (p < 64).
pub fn decode_quad_cycle(p: u32) -> u64 {
    3 + p as u64
}

/// Meaning of the codec's error codes.
pub fn error_text(code: u8) -> &'static str {
    match code {
        ERR_BAD_D => "unknown d (only 1, 4, 5, 10, 11, 12)",
        ERR_BUSY => "start while busy",
        ERR_FATAL => "refused: fatal alarm set, reset required",
        _ => "unknown error code",
    }
}

/// One command: direction and width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Op {
    /// false = encode (memory → buffer), true = decode (buffer → memory).
    pub decode: bool,
    /// Raw d (illegal values can be tried).
    pub d: u32,
}

impl Op {
    pub fn encode(d: u32) -> Op {
        Op { decode: false, d }
    }
    pub fn decode(d: u32) -> Op {
        Op { decode: true, d }
    }
    pub fn cycles(self) -> u64 {
        if self.decode { decode_cycles(self.d) } else { encode_cycles(self.d) }
    }
    /// Words of one encoded polynomial: 4d.
    pub fn words(self) -> usize {
        4 * self.d as usize
    }
}

/// What the unit reads and writes: the polynomial (memory slot) and the buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Env {
    pub pm: [u16; 256],
    pub buf: [u64; 256],
}

impl Env {
    /// Random garbage everywhere (12-bit coefficients, 64-bit words).
    pub fn random(rng: &mut impl Rng) -> Env {
        Env { pm: std::array::from_fn(|_| rng.gen_range(0..4096)), buf: std::array::from_fn(|_| rng.gen()) }
    }

    /// An encode input: `f` in the memory, garbage in the buffer.
    pub fn with_poly(f: &[u16; 256], rng: &mut impl Rng) -> Env {
        Env { pm: *f, ..Env::random(rng) }
    }

    /// A decode input: the byte string `b` (32·d bytes) in buffer words 0 .. 4d − 1,
    /// garbage in the other words and in the memory.
    pub fn with_bytes(b: &[u8], rng: &mut impl Rng) -> Env {
        let mut e = Env::random(rng);
        for (w, c) in b.chunks(8).enumerate() {
            e.buf[w] = u64::from_le_bytes(c.try_into().expect("whole words"));
        }
        e
    }

    /// Buffer words 0 .. n as bytes (word w = bytes 8w .. 8w + 7, little-endian).
    pub fn bytes(&self, words: usize) -> Vec<u8> {
        self.buf[..words].iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}

/// The golden answer of `op` on `env`.
pub struct Golden {
    pub op: Op,
    /// Encode: the encoded bytes; decode: the input bytes.
    pub bytes: Vec<u8>,
    /// Encode: the input; decode: the coefficients written.
    pub poly: [u16; 256],
    /// Decode with d = 12: some 12-bit value was ≥ q.
    pub range_err: bool,
    pub checkpoints: Vec<Checkpoint>,
}

/// The raw d-bit values of the byte string `b` (ByteDecode_d before its `mod m`).
pub fn raw_values(d: u32, b: &[u8]) -> [u16; 256] {
    std::array::from_fn(|i| {
        let mut v = 0u16;
        for j in 0..d as usize {
            let bit = i * d as usize + j;
            v |= (((b[bit / 8] >> (bit % 8)) & 1) as u16) << j;
        }
        v
    })
}

impl Golden {
    pub fn new(op: Op, env: &Env) -> Golden {
        let d = op.d;
        let cp = |name, index, cycle, values| Checkpoint { block: BLOCK, name, index, cycle: Some(cycle), values };
        let mut checkpoints = Vec::new();
        if !op.decode {
            // FIPS 203: ByteEncode_d(Compress_d(f)) (ByteEncode_12(f) for d = 12).
            let g: [u16; 256] = std::array::from_fn(|i| if d == 12 { env.pm[i] } else { compress(d, env.pm[i]) });
            let mut bytes = Vec::new();
            byte_encode(d, &g, &mut bytes);
            for p in 0..64u32 {
                let idx = (0..LANES as u64).map(|k| 4 * p as u64 + k).collect();
                checkpoints.push(cp("pm_read", p as usize, encode_quad_cycle(p), idx));
            }
            for (w, c) in bytes.chunks(8).enumerate() {
                let word = u64::from_le_bytes(c.try_into().unwrap());
                checkpoints.push(cp("buf_word", w, encode_word_cycle(d, w as u32), vec![w as u64, word]));
            }
            Golden { op, bytes, poly: env.pm, range_err: false, checkpoints }
        } else {
            // FIPS 203: Decompress_d(ByteDecode_d(B)) (ByteDecode_12(B), values mod q, for d = 12).
            let bytes = env.bytes(op.words());
            let v = byte_decode(d, &bytes).expect("32·d bytes");
            let f: [u16; 256] = std::array::from_fn(|i| if d == 12 { v[i] } else { decompress(d, v[i]) });
            let range_err = d == 12 && raw_values(d, &bytes).iter().any(|&x| x >= Q);
            for p in 0..64usize {
                let vals = (4 * p..4 * p + LANES).flat_map(|i| [i as u64, f[i] as u64]).collect();
                checkpoints.push(cp("pm_quad", p, decode_quad_cycle(p as u32), vals));
            }
            Golden { op, bytes, poly: f, range_err, checkpoints }
        }
    }
}

/// One transfer seen on a port, with its cycle after `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transfer {
    pub cycle: u64,
    /// Address (buffer) or coefficient index (memory).
    pub addr: u64,
    /// Data (writes); for a memory read, the lane.
    pub data: u64,
}

/// One operation through the unit.
#[derive(Clone, Debug, Default)]
pub struct CodecRun {
    /// Memory reads, one per lane (index in `addr`, lane in `data`), lane 0 first.
    pub pm_reads: Vec<Transfer>,
    /// Memory writes, lane 0 .. 3 in order within a cycle.
    pub pm_writes: Vec<Transfer>,
    pub buf_reads: Vec<Transfer>,
    pub buf_writes: Vec<Transfer>,
    /// Cycles from `start` to `done`.
    pub cycles: u64,
    /// `range_err` in the `done` cycle.
    pub range_err: bool,
}

/// Why a run did not complete.
#[derive(Debug)]
pub enum CodecError {
    /// Refused at start (error code), fatal, or no `done` within the budget.
    Engine(EngineError),
    /// `busy` dropped without `done` (a wipe), at this cycle.
    Aborted { cycle: u64 },
    Mismatch(Mismatch),
}

impl std::fmt::Display for CodecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodecError::Engine(e) => write!(f, "{e}"),
            CodecError::Aborted { cycle } => write!(f, "the operation was wiped at cycle {cycle}"),
            CodecError::Mismatch(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for CodecError {}

impl WithMismatch for CodecError {
    fn mismatch_mut(&mut self) -> Option<&mut Mismatch> {
        match self {
            CodecError::Mismatch(m) => Some(m),
            _ => None,
        }
    }
}

/// A fault through the simulator: flip `bit` of register `probe` in cycle `cycle` after
/// `start` (between two edges).
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub cycle: u64,
    pub probe: ProbeId,
    pub bit: usize,
}

/// A Verilated codec unit with its memory and buffer ports driven from an [`Env`].
pub struct CodecRtl {
    model: Model,
    /// Memory read issued last cycle (lane indices): data due now.
    pm_due: Option<[usize; LANES]>,
    /// Buffer read issued last cycle: data due now.
    buf_due: Option<usize>,
    /// Cycles with an address/data output non-zero while its strobe was low, or
    /// `range_err` high while busy.
    ungated: u64,
}

impl Default for CodecRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl CodecRtl {
    pub fn new() -> Self {
        CodecRtl { model: Model::new(SHIM), pm_due: None, buf_due: None, ungated: 0 }
    }

    pub fn model(&mut self) -> &mut Model {
        &mut self.model
    }

    pub fn model_ref(&self) -> &Model {
        &self.model
    }

    /// The probe `name` (`cmd$fsm`, `pk$acc`, ...); panics if there is none.
    pub fn probe(&self, name: &str) -> ProbeId {
        self.model.probe_named(name).unwrap_or_else(|| panic!("{BLOCK} has no probe {name}"))
    }

    pub fn busy(&self) -> bool {
        self.model.get_bool(PORT.busy)
    }

    pub fn done(&self) -> bool {
        self.model.get_bool(PORT.done)
    }

    pub fn fatal(&self) -> bool {
        self.model.get_bool(PORT.fatal)
    }

    pub fn range_err(&self) -> bool {
        self.model.get_bool(PORT.range_err)
    }

    /// The error status: `Some(code)` while `error` is high.
    pub fn error(&self) -> Option<u8> {
        self.model.get_bool(PORT.error).then(|| self.model.get(PORT.err_code) as u8)
    }

    pub fn ungated_outputs(&self) -> u64 {
        self.ungated
    }

    /// Hold `reset` for one cycle.
    pub fn reset(&mut self) {
        self.model.pulse(PORT.reset);
        self.pm_due = None;
        self.buf_due = None;
    }

    /// Hold `zeroize` for one cycle.
    pub fn zeroize(&mut self) {
        self.model.pulse(PORT.zeroize);
        self.pm_due = None;
        self.buf_due = None;
    }

    /// One clock: due read data (or garbage) on the read ports, `start` with `op` if
    /// given; the cycle's transfers are recorded in `run` (cycle `cycle`) and applied to
    /// `env`.
    pub fn step(&mut self, env: &mut Env, rng: &mut impl Rng, start: Option<Op>, cycle: u64, run: &mut CodecRun) {
        let m = &mut self.model;
        // (A hook may have raised `start` itself: it is left as it is without `op`.)
        if let Some(o) = start {
            m.set_bool(PORT.start, true);
            m.set_bool(PORT.dir, o.decode);
            m.set(PORT.d, o.d as u64);
        }
        for k in 0..LANES {
            let v = self.pm_due.map_or_else(|| rng.gen::<u64>(), |i| env.pm[i[k]] as u64);
            m.set(PORT.pm_rdata[k], v);
        }
        let w = self.buf_due.map_or_else(|| rng.gen::<u64>(), |a| env.buf[a]);
        m.set(PORT.buf_rdata, w);
        m.eval();
        let get = |p| m.get(p);
        let (pm_re, buf_we, buf_re) = (get(PORT.pm_re) != 0, get(PORT.buf_we) != 0, get(PORT.buf_re) != 0);
        let idx: [u64; LANES] = std::array::from_fn(|k| get(PORT.pm_idx[k]));
        let mut bad = false;
        for k in 0..LANES {
            let we = get(PORT.pm_we[k]) != 0;
            if !we && get(PORT.pm_wdata[k]) != 0 || !we && !pm_re && idx[k] != 0 {
                bad = true;
            }
            if we {
                let data = get(PORT.pm_wdata[k]);
                run.pm_writes.push(Transfer { cycle, addr: idx[k], data });
                env.pm[idx[k] as usize] = data as u16;
            }
        }
        if !buf_we && (get(PORT.buf_waddr) | get(PORT.buf_wdata)) != 0 || !buf_re && get(PORT.buf_raddr) != 0 {
            bad = true;
        }
        if get(PORT.busy) != 0 && get(PORT.range_err) != 0 {
            bad = true;
        }
        self.pm_due = None;
        self.buf_due = None;
        if pm_re {
            for (k, &i) in idx.iter().enumerate() {
                run.pm_reads.push(Transfer { cycle, addr: i, data: k as u64 });
            }
            self.pm_due = Some(idx.map(|i| i as usize));
        }
        if buf_re {
            let a = get(PORT.buf_raddr);
            run.buf_reads.push(Transfer { cycle, addr: a, data: 0 });
            self.buf_due = Some(a as usize);
        }
        if buf_we {
            let (a, data) = (get(PORT.buf_waddr), get(PORT.buf_wdata));
            run.buf_writes.push(Transfer { cycle, addr: a, data });
            env.buf[a as usize] = data;
        }
        self.ungated += bad as u64;
        m.tick();
        m.set_bool(PORT.start, false);
        m.set_bool(PORT.dir, false);
        m.set(PORT.d, 0);
    }

    /// One idle cycle (garbage on the read ports).
    pub fn idle(&mut self, env: &mut Env, rng: &mut impl Rng) {
        self.step(env, rng, None, 0, &mut CodecRun::default());
    }

    /// Starts `op` (the start cycle is cycle 0) and runs it to `done` against `env`;
    /// `hook(self, cycle)` runs at the start of every cycle after `start` (1, 2, …),
    /// before the inputs are applied: faults, wipes, extra starts.
    pub fn run_with(
        &mut self,
        op: Op,
        env: &mut Env,
        rng: &mut impl Rng,
        hook: &mut dyn FnMut(&mut CodecRtl, u64),
    ) -> Result<CodecRun, CodecError> {
        let t0 = self.model.cycle();
        let mut run = CodecRun::default();
        self.step(env, rng, Some(op), 0, &mut run);
        if self.fatal() {
            return Err(CodecError::Engine(EngineError::Fatal { block: BLOCK }));
        }
        if let Some(code) = self.error() {
            if !self.busy() {
                return Err(CodecError::Engine(EngineError::Hardware { block: BLOCK, code, what: error_text(code).into() }));
            }
        }
        let budget = 400;
        loop {
            let cycle = self.model.cycle() - t0;
            hook(self, cycle);
            self.model.eval();
            if self.done() {
                run.cycles = cycle;
                run.range_err = self.range_err();
                return Ok(run);
            }
            if self.fatal() {
                return Err(CodecError::Engine(EngineError::Fatal { block: BLOCK }));
            }
            if !self.busy() {
                return Err(CodecError::Aborted { cycle });
            }
            if cycle > budget {
                return Err(CodecError::Engine(EngineError::Timeout { block: BLOCK, cycles: budget }));
            }
            self.step(env, rng, None, cycle, &mut run);
        }
    }

    /// [`CodecRtl::run_with`] without a hook.
    pub fn run(&mut self, op: Op, env: &mut Env, rng: &mut impl Rng) -> Result<CodecRun, CodecError> {
        self.run_with(op, env, rng, &mut |_, _| {})
    }
}

fn at(run: &[Transfer], cycle: u64) -> impl Iterator<Item = &Transfer> {
    run.iter().filter(move |t| t.cycle == cycle)
}

/// Holds one run to the golden answer: every stated transfer on its cycle (the first
/// difference named with its cycle), no transfer where none is due, buffer reads
/// 0 .. 4d − 1 in order (decode), the `done` cycle, `range_err` and the final contents
/// of the buffer (encode: bytes) or memory (decode: coefficients).
pub fn score(golden: &Golden, run: &CodecRun, env: &Env) -> Result<usize, Mismatch> {
    let op = golden.op;
    let mut sb = Scoreboard::new(BLOCK, golden.checkpoints.clone());
    let last = run.cycles.max(op.cycles());
    for c in 0..=last {
        sb.at_cycle(c, |cp| match cp.name {
            "pm_read" => at(&run.pm_reads, c).map(|t| t.addr).collect(),
            "buf_word" => at(&run.buf_writes, c).flat_map(|t| [t.addr, t.data]).collect(),
            _ => at(&run.pm_writes, c).flat_map(|t| [t.addr, t.data]).collect(),
        });
    }
    let due = |name: &str, c: u64| golden.checkpoints.iter().any(|cp| cp.name == name && cp.cycle == Some(c));
    for t in &run.pm_reads {
        if !due("pm_read", t.cycle) {
            sb.signal(t.cycle, "memory read where none is due", 0, 1);
        }
    }
    for t in &run.pm_writes {
        if !due("pm_quad", t.cycle) {
            sb.signal(t.cycle, "memory write where none is due", 0, 1);
        }
    }
    for t in &run.buf_writes {
        if !due("buf_word", t.cycle) {
            sb.signal(t.cycle, "buffer write where none is due", 0, 1);
        }
    }
    if op.decode {
        for (i, t) in run.buf_reads.iter().enumerate() {
            sb.signal(t.cycle, "buffer read address", i as u64, t.addr);
        }
        sb.signal(run.cycles, "buffer words read", op.words() as u64, run.buf_reads.len() as u64);
        for i in 0..256 {
            sb.signal(run.cycles, "decoded coefficient in memory", golden.poly[i] as u64, env.pm[i] as u64);
        }
    } else {
        sb.signal(run.cycles, "buffer reads in an encode", 0, run.buf_reads.len() as u64);
        let bytes = env.bytes(op.words());
        for (&e, &o) in golden.bytes.iter().zip(&bytes) {
            sb.signal(run.cycles, "encoded byte in buffer", e as u64, o as u64);
        }
    }
    sb.signal(run.cycles, "done cycle", op.cycles(), run.cycles);
    sb.signal(run.cycles, "range_err at done", golden.range_err as u64, run.range_err as u64);
    sb.finish(run.cycles)
}

/// Runs `op` on `env` through a fresh model (random garbage from `seed`) with an optional
/// fault, scores it against the golden model, and on a mismatch reruns it with a VCD
/// (`vcd_dir()/<vcd_name>.vcd`). Returns the run and the memory/buffer afterwards.
pub fn check(op: Op, env: &Env, seed: u64, fault: Option<Fault>, vcd_name: &str) -> Result<(CodecRun, Env), CodecError> {
    let golden = Golden::new(op, env);
    rerun_with_vcd(vcd_name, |vcd| {
        let mut s = CodecRtl::new();
        if let Some(p) = vcd {
            s.model().trace_to(p);
        }
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut e = env.clone();
        let mut hook = |s: &mut CodecRtl, cycle: u64| {
            if let Some(f) = fault.filter(|f| f.cycle == cycle) {
                s.model().flip(f.probe, 0, f.bit);
            }
        };
        let run = s.run_with(op, &mut e, &mut rng, &mut hook)?;
        score(&golden, &run, &e).map_err(CodecError::Mismatch)?;
        if s.ungated_outputs() != 0 {
            return Err(CodecError::Mismatch(Mismatch {
                block: BLOCK,
                cycle: run.cycles,
                checkpoint: "address/data output without its strobe, or range_err while busy",
                checkpoint_index: 0,
                index: None,
                expected: Some(0),
                observed: Some(s.ungated_outputs()),
                vcd: None,
            }));
        }
        Ok((run, e))
    })
}
