//! Driver of the ECC engine (`ecc_engine`): writes the operands through the operand
//! port (random don't-care bits above the curve's length, random junk on the idle
//! ports), pulses `start` with a command and a curve, and holds the register file
//! (read through probes) to `golden_model::ecdsa::program::Machine`: every ladder step
//! (both registers of the step's result set), every inversion result and the outputs
//! on the cycle the golden model states, the `done` cycle, the error code and the
//! outputs read back through the output port. It never steps the algorithm: one
//! command runs the whole microcode program.

use crate::model::{Model, ProbeId, WithMismatch};
use crate::models::ecc_engine::{Ports, Probes, PORT, PROBE, SHIM};
use crate::scoreboard::{Mismatch, Scoreboard};
use golden_model::ecdsa::program::{error, slot, Machine, Slot};
use golden_model::ecdsa::EcCurve;
use golden_model::sha2::Sha2Alg;
use golden_model::engine::EngineError;
use golden_model::trace::Recorder;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt;
use std::path::Path;

pub const BLOCK: &str = "ecc_engine";

/// Meaning of the engine's error codes (`program::error`).
pub fn error_text(code: u8) -> &'static str {
    match code as u32 {
        error::BAD_COMMAND => "unknown command or curve",
        error::BUSY => "start while busy",
        error::ACCESS => "operand port used while busy, in the start cycle, or with a bad index",
        error::D_RANGE => "private key d not in [1, n-1]",
        error::K_RANGE => "per-message secret k not in [1, n-1]",
        error::FATAL => "start refused: the fatal alarm is set (reset clears it)",
        error::R_OR_S_ZERO => "r = 0 or s = 0: a new k is needed",
        error::SIG_RANGE => "invalid signature: r or s not in [1, n-1]",
        error::Q_RANGE => "invalid public key: a coordinate not in [0, p-1]",
        error::Q_NOT_ON_CURVE => "invalid public key: not on the curve",
        error::R_INFINITY => "invalid signature: u1*G + u2*Q is the point at infinity",
        error::MISMATCH => "invalid signature: x(R) mod n != r",
        error::NONCE => "deterministic signing: no usable k in 64 candidates",
        _ => "unknown error code",
    }
}

/// Is `code` one of verification's "invalid" verdicts (a key or signature that the
/// standard rejects), as opposed to a refused command?
pub fn is_verdict(code: u32) -> bool {
    (error::SIG_RANGE..=error::MISMATCH).contains(&code)
}

/// Flip `bit` of register probe `probe` between two edges, `cycle` cycles after start.
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub cycle: u64,
    pub probe: ProbeId,
    pub bit: usize,
}

/// One command.
#[derive(Clone, Debug)]
pub struct Job {
    pub curve: EcCurve,
    pub cmd: u32,
    /// Input slots (`program::slot::INPUTS` members) and their values.
    pub inputs: Vec<(u32, Slot)>,
    /// DETSIGN's HMAC hash (SHA-256, -384 or -512; the others ignore it).
    pub hmac: Sha2Alg,
    /// Compare every checkpoint (ladder steps, inversions, outputs) on its cycle.
    pub checkpoints: bool,
    pub seed: u64,
}

/// The result of one command on the RTL, already compared with the golden model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EccRun {
    /// 0, or the engine's error code (equal to the golden model's).
    pub error: u32,
    pub out: [Slot; 2],
    /// Start to `done`, equal to the golden model's count.
    pub cycles: u64,
    /// Checkpoints compared.
    pub compared: usize,
}

#[derive(Debug)]
pub enum EccError {
    Engine(EngineError),
    Mismatch(Mismatch),
}

impl fmt::Display for EccError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EccError::Engine(e) => write!(f, "{e}"),
            EccError::Mismatch(m) => match where_in(m) {
                Some(w) => write!(f, "{m}\n  that is {w}"),
                None => write!(f, "{m}"),
            },
        }
    }
}

/// The coordinate or output a mismatch's value index names: ladder steps hold X0 Y0 Z0
/// X1 Y1 Z1 of the step's result (6 limbs each), outputs OUT0 then OUT1, inversions
/// one value.
pub fn where_in(m: &Mismatch) -> Option<String> {
    let i = m.index?;
    let (what, limb) = (i / 6, i % 6);
    match m.checkpoint {
        "ladder_step" => {
            let c = ["X0", "Y0", "Z0", "X1", "Y1", "Z1"][what.min(5)];
            Some(format!("coordinate {c} (register R{}) of ladder step {}, limb {limb}", what / 3, m.checkpoint_index))
        }
        "output" => Some(format!("output OUT{what} (Qx/Qy or r/s), limb {limb}")),
        "inversion" => Some(format!("the inversion result, limb {limb}")),
        _ => None,
    }
}

impl std::error::Error for EccError {}

impl WithMismatch for EccError {
    fn mismatch_mut(&mut self) -> Option<&mut Mismatch> {
        match self {
            EccError::Mismatch(m) => Some(m),
            _ => None,
        }
    }
}

/// The engine.
pub struct EccRtl {
    model: Model,
    p: Ports,
    r: Probes,
    fault: Option<Fault>,
    rng: ChaCha8Rng,
    hmac: u64,
}

impl Default for EccRtl {
    fn default() -> Self {
        Self::new()
    }
}

/// The operand-port index of an input slot.
fn input_index(s: u32) -> u64 {
    slot::INPUTS
        .iter()
        .position(|&x| x == s)
        .expect("an input slot") as u64
}

/// The `hmac` port's code of a DETSIGN hash, `None` for hashes the generator does not
/// run (RFC 6979 over SHA-224, SHA-512/t or SHA-3 is golden-model only).
pub fn hmac_code(h: Sha2Alg) -> Option<u64> {
    match h {
        Sha2Alg::Sha256 => Some(0),
        Sha2Alg::Sha384 => Some(1),
        Sha2Alg::Sha512 => Some(2),
        _ => None,
    }
}

fn curve_code(c: EcCurve) -> u64 {
    (c == EcCurve::P384) as u64
}

impl EccRtl {
    crate::driver_status!();

    pub fn new() -> Self {
        EccRtl {
            model: Model::new(SHIM),
            p: PORT,
            r: PROBE,
            fault: None,
            rng: ChaCha8Rng::seed_from_u64(0),
            hmac: 0,
        }
    }

    pub fn done(&self) -> bool {
        self.model.get_bool(self.p.done)
    }

    /// Arms a fault for the next [`EccRtl::run`].
    pub fn inject(&mut self, fault: Fault) {
        self.fault = Some(fault);
    }

    /// Register slot `s` (0..31), read through its probe.
    pub fn slot(&self, s: u32) -> Slot {
        let w = self.model.peek_words(self.r.rf[s as usize], 0);
        std::array::from_fn(|i| w[2 * i] as u64 | (w[2 * i + 1] as u64) << 32)
    }

    /// Random junk on every idle input (GUIDE §7), then settle.
    fn idle_inputs(&mut self) {
        let v: [u64; 4] = self.rng.gen();
        self.model.set_bool(self.p.wr_en, false);
        self.model.set(self.p.wr_sel, v[0] & 7);
        self.model.set(self.p.wr_limb, v[1] & 7);
        self.model.set(self.p.wr_data, v[2]);
        self.model.set(self.p.cmd, v[3] & 7);
        self.model.set(self.p.curve, (v[3] >> 3) & 3);
        self.model.set(self.p.hmac, (v[3] >> 9) & 3);
        self.model.set_bool(self.p.rd_sel, v[3] >> 5 & 1 == 1);
        self.model.set(self.p.rd_limb, v[3] >> 6 & 7);
        self.model.eval();
    }

    /// One clock with idle inputs.
    pub fn idle(&mut self) {
        self.idle_inputs();
        self.model.tick();
    }

    /// Writes limb `limb` of operand `index` (raw port values: bad ones are the
    /// engine's error 3).
    pub fn write_raw(&mut self, index: u64, limb: u64, data: u64) {
        self.idle_inputs();
        self.model.set_bool(self.p.wr_en, true);
        self.model.set(self.p.wr_sel, index);
        self.model.set(self.p.wr_limb, limb);
        self.model.set(self.p.wr_data, data);
        self.model.tick();
        self.idle_inputs();
    }

    /// Writes input slot `s`: all six limbs (the hardware ignores those above the
    /// curve's length).
    pub fn write(&mut self, s: u32, value: &Slot) {
        for (limb, &v) in value.iter().enumerate() {
            self.write_raw(input_index(s), limb as u64, v);
        }
    }

    /// The `hmac` code the next starts carry (DETSIGN: 0 SHA-256, 1 SHA-384, 2 SHA-512).
    pub fn set_hmac(&mut self, code: u64) {
        self.hmac = code;
    }

    /// Pulses `start` with raw command and curve codes.
    pub fn start_raw(&mut self, cmd: u64, curve: u64) {
        self.idle_inputs();
        self.model.set(self.p.cmd, cmd);
        self.model.set(self.p.curve, curve);
        self.model.set(self.p.hmac, self.hmac);
        self.model.set_bool(self.p.start, true);
        self.model.tick();
        self.model.set_bool(self.p.start, false);
        self.idle_inputs();
    }

    /// Pulses `start` with `wr_en` high in the same cycle (refused with error 3).
    pub fn start_while_writing(&mut self, cmd: u64, curve: u64) {
        self.idle_inputs();
        self.model.set(self.p.cmd, cmd);
        self.model.set(self.p.curve, curve);
        self.model.set_bool(self.p.wr_en, true);
        self.model.set(self.p.wr_sel, 0);
        self.model.set(self.p.wr_limb, 0);
        self.model.set_bool(self.p.start, true);
        self.model.tick();
        self.model.set_bool(self.p.start, false);
        self.idle_inputs();
    }

    /// Reads output `which` (0: OUT0, 1: OUT1) through the output port.
    pub fn read_output(&mut self, which: u32) -> Slot {
        let mut out = [0u64; 6];
        for (limb, o) in out.iter_mut().enumerate() {
            self.model.set_bool(self.p.rd_sel, which == 1);
            self.model.set(self.p.rd_limb, limb as u64);
            self.model.eval();
            *o = self.model.get(self.p.rd_data);
        }
        out
    }

    pub fn out_valid(&self) -> bool {
        self.model.get_bool(self.p.out_valid)
    }

    /// Runs one command against the golden model.
    pub fn run(&mut self, job: &Job) -> Result<EccRun, EccError> {
        self.rng = ChaCha8Rng::seed_from_u64(job.seed);
        let mut golden = Machine { hmac: job.hmac, ..Machine::default() };
        for (s, v) in &job.inputs {
            self.write(*s, v);
            golden.load(*s, v);
        }
        self.hmac = hmac_code(job.hmac).unwrap_or(3);
        let mut rec = Recorder::default();
        let want = golden.run(job.cmd, job.curve, &mut rec);
        let expected = if job.checkpoints {
            rec.checkpoints
        } else {
            Vec::new()
        };
        let mut sb = Scoreboard::new(BLOCK, expected);
        let t0 = self.model.cycle();
        self.start_raw(job.cmd as u64, curve_code(job.curve));
        let budget = want.cycles + 64;
        loop {
            let elapsed = self.model.cycle() - t0;
            if let Some(f) = self.fault.filter(|f| f.cycle == elapsed) {
                self.model.flip(f.probe, 0, f.bit);
                self.model.eval();
                self.fault = None;
            }
            if sb.wants(elapsed) {
                let regs = |s: u32| self.slot(s);
                sb.at_cycle(elapsed, |cp| match cp.name {
                    // Step i's result is in register set (i + 1) mod 2 (the ladder
                    // alternates sets, two steps per loop pass).
                    "ladder_step" => {
                        let base = if cp.index % 2 == 0 {
                            slot::SET1
                        } else {
                            slot::SET0
                        };
                        (0..6).flat_map(|k| regs(base + k)).collect()
                    }
                    "inversion" => regs(slot::INV_OUT).to_vec(),
                    _ => [slot::OUT0, slot::OUT1]
                        .iter()
                        .flat_map(|&s| regs(s))
                        .collect(),
                });
            }
            if self.fatal() {
                return Err(EccError::Engine(EngineError::Fatal { block: BLOCK }));
            }
            if self.done() {
                break;
            }
            if elapsed > budget {
                return Err(EccError::Engine(EngineError::Timeout {
                    block: BLOCK,
                    cycles: budget,
                }));
            }
            self.idle();
        }
        let cycles = self.model.cycle() - t0;
        sb.signal(cycles, "done", want.cycles, cycles);
        let code = self.error().map(|c| c as u64).unwrap_or(0);
        sb.signal(cycles, "err_code", want.error as u64, code);
        let out = [self.read_output(0), self.read_output(1)];
        for (i, (w, o)) in want.out.iter().zip(&out).enumerate() {
            for limb in 0..6 {
                if w[limb] != o[limb] {
                    sb.signal(
                        cycles,
                        if i == 0 { "out0" } else { "out1" },
                        w[limb],
                        o[limb],
                    );
                }
            }
        }
        let compared = sb.finish(cycles).map_err(EccError::Mismatch)?;
        Ok(EccRun {
            error: code as u32,
            out,
            cycles,
            compared,
        })
    }
}

/// Runs `job` on a fresh engine (with `fault` armed); on a mismatch, runs it again with
/// a VCD at `vcd_dir()/<vcd_name>.vcd` and names it.
pub fn check(job: &Job, fault: Option<Fault>, vcd_name: &str) -> Result<EccRun, EccError> {
    crate::model::rerun_with_vcd(vcd_name, |vcd| {
        let mut e = EccRtl::new();
        if let Some(p) = vcd {
            e.trace_to(p);
        }
        if let Some(f) = fault {
            e.inject(f);
        }
        e.run(job)
    })
}

/// Random inputs for `cmd` on `curve` from `seed`: d, k in [1, n−1], e of the curve's
/// length; for VERIFY and VALIDATE a key Q = d·G and a valid signature, made by the
/// golden microcode machine.
pub fn random_inputs(curve: EcCurve, cmd: u32, seed: u64) -> Vec<(u32, Slot)> {
    use golden_model::ecdsa::field::less_than;
    use golden_model::ecdsa::program::{command, curve_consts};
    let c = curve_consts(curve);
    let width = c.digits / 4;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut scalar = || loop {
        let mut v = [0u64; 6];
        v.iter_mut().take(width).for_each(|l| *l = rng.gen());
        if v != [0; 6] && less_than(&v, &c.n) == 1 {
            return v;
        }
    };
    let (d, k, e) = (scalar(), scalar(), scalar());
    let mut m = Machine::default();
    let mut run = |cmd: u32, inputs: &[(u32, Slot)]| {
        for (s, v) in inputs {
            m.load(*s, v);
        }
        m.run(cmd, curve, &mut golden_model::trace::NoTrace).out
    };
    match cmd {
        command::KEYGEN => vec![(slot::D, d)],
        command::SIGN => vec![(slot::D, d), (slot::K, k), (slot::E, e)],
        command::DETSIGN => vec![(slot::D, d), (slot::E, e)],
        _ => {
            let q = run(command::KEYGEN, &[(slot::D, d)]);
            let rs = run(command::SIGN, &[(slot::D, d), (slot::K, k), (slot::E, e)]);
            if cmd == command::VALIDATE {
                vec![(slot::QX, q[0]), (slot::QY, q[1])]
            } else {
                vec![(slot::QX, q[0]), (slot::QY, q[1]), (slot::E, e), (slot::R, rs[0]), (slot::S, rs[1])]
            }
        }
    }
}

/// What `hsm diff ecdsa` prints: the golden checkpoints (every 32nd ladder step, each
/// inversion, the outputs) with their cycles and the RTL's verdict, then the result.
pub struct DiffReport {
    pub text: String,
    pub passed: bool,
}

impl fmt::Display for DiffReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

fn hex_slot(s: &[u64]) -> String {
    s.iter().rev().map(|l| format!("{l:016x}")).collect::<Vec<_>>().join("")
}

/// One command on random inputs through RTL and golden model; `fault` flips bit `bit`
/// of register slot `slot` at `cycle` (to see the checker fail).
pub fn diff(curve: EcCurve, cmd: u32, seed: u64, vcd: Option<&Path>, fault: Option<(u64, u32, usize)>) -> DiffReport {
    use std::fmt::Write;
    let names = ["keygen", "validate", "sign", "verify", "detsign"];
    let job = Job { curve, cmd, inputs: random_inputs(curve, cmd, seed), hmac: Sha2Alg::Sha256, checkpoints: true, seed };
    let mut text = String::new();
    let _ = writeln!(text, "ECDSA {curve:?} {} on the RTL (ecc_engine) against the golden microcode, seed {seed}", names[cmd as usize]);
    for (s, v) in &job.inputs {
        let name = ["d", "k", "e", "Qx", "Qy", "r", "s"][input_index(*s) as usize];
        let secret = slot::SECRETS.contains(s);
        let hex = hex_slot(&v[..curve.byte_len() / 8]);
        let _ = writeln!(text, "  {name:<2} = {}", if secret { format!("{}… (a secret input: only its first bytes shown)", &hex[..8]) } else { hex });
    }
    let mut golden = Machine::default();
    for (s, v) in &job.inputs {
        golden.load(*s, v);
    }
    let mut rec = Recorder::default();
    let want = golden.run(cmd, curve, &mut rec);
    let mut e = EccRtl::new();
    if let Some(p) = vcd {
        e.trace_to(p);
    }
    if let Some((cycle, s, bit)) = fault {
        let probe = e.probes().rf[s as usize];
        e.inject(Fault { cycle, probe, bit });
    }
    let r = e.run(&job);
    let bad = match &r {
        Err(EccError::Mismatch(m)) => Some(m.cycle),
        _ => None,
    };
    let _ = writeln!(text, "{:>7}  {:<12} {:>5}  {:<18}  verdict", "cycle", "checkpoint", "index", "golden (low limb)");
    let last_step = rec.checkpoints.iter().filter(|c| c.name == "ladder_step").map(|c| c.index).max();
    for cp in &rec.checkpoints {
        let show = cp.name != "ladder_step" || cp.index % 32 == 0 || Some(cp.index) == last_step;
        let cycle = cp.cycle.unwrap_or(0);
        let verdict = match bad {
            Some(b) if cycle > b => "not compared",
            Some(b) if cycle == b => "DIFFERS",
            _ => "equal",
        };
        if show || verdict == "DIFFERS" {
            let _ = writeln!(text, "{cycle:>7}  {:<12} {:>5}  {:016x}    {verdict}", cp.name, cp.index, cp.values[0]);
        }
    }
    let passed = match r {
        Ok(run) => {
            let verdict = if run.error == 0 { "done, no error".to_string() } else { format!("error {} ({})", run.error, error_text(run.error as u8)) };
            let _ = writeln!(text, "RTL equals golden model: {} checkpoints, {} cycles (golden {}), {verdict}.", run.compared, run.cycles, want.cycles);
            if run.error == 0 && (cmd == 0 || cmd == 2 || cmd == 4) {
                let w = curve.byte_len() / 8;
                let _ = writeln!(text, "  out0 = {}\n  out1 = {}", hex_slot(&run.out[0][..w]), hex_slot(&run.out[1][..w]));
            }
            true
        }
        Err(err) => {
            let _ = writeln!(text, "{err}");
            false
        }
    };
    if let Some(p) = vcd {
        let _ = writeln!(text, "waveform: {}", p.display());
    }
    DiffReport { text, passed }
}
