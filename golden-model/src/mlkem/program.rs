//! The ML-KEM engine's microcode (FIPS 203 Algorithms 13–18 as unit operations), the
//! one source of truth for the RTL sequencer's ROM (`rtl::mlkem`) and for the
//! checkpoints the scoreboard holds the RTL to.
//!
//! A program is a list of [`Step`]s, one unit operation each, with the FIPS 203 step
//! it performs. Operands live in the engine's data buffer (64-bit words, see [`layout`])
//! and its polynomial memory (16 slots of 256 coefficients, the NTT unit's banks); they
//! never round-trip through the host. [`Interpreter`] runs a program with the golden
//! model's own functions (the hardware's shape: same streams, same NTT, same encoders)
//! and records what every step writes; the final outputs are checked against
//! [`super::kem`], a direct transcription of FIPS 203, in the tests below.

use super::encode::{byte_decode, byte_encode, compress_poly, decompress_poly};
use super::ntt::{multiply_ntts, ntt, ntt_inverse};
use super::params::{Params, N, Q};
use super::sampling::{sample_ntt_counted, sample_poly_cbd};
use crate::keccak::{Sha3Mode, Sponge};
use crate::trace::NoTrace;

/// The three algorithms of the engine's command port (`op`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    KeyGen = 0,
    Encaps = 1,
    Decaps = 2,
}

impl Command {
    pub const ALL: [Command; 3] = [Command::KeyGen, Command::Encaps, Command::Decaps];
    pub fn name(self) -> &'static str {
        match self {
            Command::KeyGen => "keygen",
            Command::Encaps => "encaps",
            Command::Decaps => "decaps",
        }
    }
}

/// Word addresses in the 2048-word data buffer. The host writes the inputs from
/// [`IN`] and reads the outputs from [`OUT`]; [`SCR`] holds the engine's
/// intermediate seeds and is wiped at the end of every command.
pub mod layout {
    pub const BUF_WORDS: usize = 2048;
    /// Inputs: d‖z (KeyGen), ek‖m (Encaps), dk‖c (Decaps).
    pub const IN: u16 = 0;
    /// Scratch, 32 words: m, h, K‖r, ρ, σ, H(ek) for the §7.3 check, K̄.
    pub const SCR: u16 = 640;
    pub const SCR_WORDS: u16 = 32;
    pub const SCR_M: u16 = SCR;
    pub const SCR_H: u16 = SCR + 4;
    pub const SCR_K: u16 = SCR + 8;
    pub const SCR_R: u16 = SCR + 12;
    pub const SCR_RHO: u16 = SCR + 16;
    pub const SCR_SIGMA: u16 = SCR + 20;
    pub const SCR_HCHK: u16 = SCR + 24;
    pub const SCR_KBAR: u16 = SCR + 28;
    /// Outputs: ek‖dk (KeyGen), K‖c (Encaps), K (Decaps).
    pub const OUT: u16 = 704;
}

/// Polynomial-memory slots (the NTT unit has 16).
pub mod slot {
    /// t̂[j] decoded from ek (Encrypt).
    pub const fn t_hat(j: usize) -> u8 {
        j as u8
    }
    /// ŝ[j] (KeyGen) or ŷ[j] (Encrypt).
    pub const fn secret(j: usize) -> u8 {
        4 + j as u8
    }
    pub const TMP: u8 = 8;
    pub const ACC: u8 = 9;
    /// ŝ[i] decoded from dk (Decrypt).
    pub const TMP2: u8 = 10;
    pub const SLOTS: usize = 16;
}

/// The engine's error codes (`err_code`).
pub mod error {
    /// Unknown opcode or parameter set (start ignored).
    pub const BAD_COMMAND: u8 = 1;
    /// Start while busy (ignored, the command goes on).
    pub const BUSY: u8 = 2;
    /// Buffer access while busy (ignored).
    pub const ACCESS_BUSY: u8 = 3;
    /// FIPS 203 §7.2: the encapsulation key fails the modulus check.
    pub const EK_MODULUS: u8 = 4;
    /// FIPS 203 §7.3: the decapsulation key fails the hash check.
    pub const DK_HASH: u8 = 5;
    /// Refused: the fatal alarm is set, reset required.
    pub const FATAL: u8 = 6;
    /// A unit reported an error the program does not expect (a fault).
    pub const UNIT: u8 = 7;
}

/// Where the output stream of a hash goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sink {
    /// Into the buffer from this word (32 bytes for SHA3-256 and J, 64 for SHA3-512).
    Buffer(u16),
    /// SampleNTT (Algorithm 7) into a slot.
    SampleNtt(u8),
    /// SamplePolyCBD_η (Algorithm 8) into a slot.
    Cbd { eta: u8, slot: u8 },
}

/// The NTT unit's operations (`rtl::ntt` op codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NttOp {
    Ntt = 0,
    Intt = 1,
    /// MultiplyNTTs (Algorithm 11).
    Pwm = 2,
    Add = 3,
    Sub = 4,
}

/// One unit operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MicroOp {
    /// Absorb `words` buffer words from `src` and then `suffix_len` bytes of `suffix`
    /// (the domain bytes j‖i, N or k), into the sponge in `mode`; stream out to `sink`.
    Hash { mode: Sha3Mode, src: u16, words: u16, suffix: [u8; 2], suffix_len: u8, sink: Sink },
    /// `dst ← a op b` in the polynomial memory.
    Ntt { op: NttOp, a: u8, b: u8, dst: u8 },
    /// ByteEncode_d(Compress_d(slot)) into 4d words from `dst`; with `compare`, the
    /// words are compared with the buffer instead (a difference sets the flag).
    Encode { slot: u8, d: u8, dst: u16, compare: bool },
    /// Decompress_d(ByteDecode_d(4d words from `src`)) into `slot`; with `check`
    /// (d = 12), a value ≥ q sets the flag (§7.2 modulus check).
    Decode { src: u16, d: u8, slot: u8, check: bool },
    Copy { src: u16, dst: u16, words: u16 },
    /// Sets the flag if the two ranges differ.
    Compare { a: u16, b: u16, words: u16 },
    /// If the flag is set: stop, wipe, report `code`.
    Fail { code: u8 },
    ClearFlag,
    /// Constant time: `dst ← flag ? if_set : if_clear` (the same cycles either way).
    Select { if_set: u16, if_clear: u16, dst: u16, words: u16 },
    Wipe { dst: u16, words: u16 },
    /// Start the sweep of the whole polynomial memory (after its last use); the
    /// buffer-only steps after it overlap the sweep, `End` waits for it.
    WipeMem,
    End,
}

/// A step of a program: the operation and the FIPS 203 step it performs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub op: MicroOp,
    pub fips: String,
}

/// Encoding of a [`MicroOp`] in one 64-bit ROM word: `(offset, width)` of each field.
pub mod field {
    pub const UNIT: (usize, usize) = (0, 4);
    // Hash.
    pub const H_SRC: (usize, usize) = (4, 11);
    pub const H_WORDS: (usize, usize) = (15, 8);
    pub const H_MODE: (usize, usize) = (23, 3);
    pub const H_SINK: (usize, usize) = (26, 2);
    pub const H_ETA3: (usize, usize) = (28, 1);
    pub const H_SUFLEN: (usize, usize) = (29, 2);
    pub const H_SUFFIX: (usize, usize) = (31, 16);
    /// Buffer address, or the slot in its low 4 bits for the samplers.
    pub const H_DST: (usize, usize) = (47, 11);
    // NTT.
    pub const N_OP: (usize, usize) = (4, 3);
    pub const N_A: (usize, usize) = (7, 4);
    pub const N_B: (usize, usize) = (11, 4);
    pub const N_DST: (usize, usize) = (15, 4);
    // Encode / decode.
    pub const C_ADDR: (usize, usize) = (4, 11);
    pub const C_SLOT: (usize, usize) = (15, 4);
    pub const C_D: (usize, usize) = (19, 4);
    /// Encode: compare instead of write; decode: modulus check.
    pub const C_FLAG: (usize, usize) = (23, 1);
    // Copy, compare, select, wipe.
    pub const M_A: (usize, usize) = (4, 11);
    pub const M_B: (usize, usize) = (15, 11);
    pub const M_WORDS: (usize, usize) = (26, 8);
    pub const M_C: (usize, usize) = (34, 11);
    // Fail.
    pub const F_CODE: (usize, usize) = (4, 4);
}

/// Unit numbers (field `UNIT`).
pub mod unit {
    pub const END: u64 = 0;
    pub const HASH: u64 = 1;
    pub const NTT: u64 = 2;
    pub const ENCODE: u64 = 3;
    pub const DECODE: u64 = 4;
    pub const COPY: u64 = 5;
    pub const COMPARE: u64 = 6;
    pub const FAIL: u64 = 7;
    pub const CLEAR_FLAG: u64 = 8;
    pub const SELECT: u64 = 9;
    pub const WIPE: u64 = 10;
    pub const WIPE_MEM: u64 = 11;
}

/// Sink numbers (field `H_SINK`).
pub mod sink {
    pub const BUFFER: u64 = 0;
    pub const SAMPLE_NTT: u64 = 1;
    pub const CBD: u64 = 2;
}

fn put(w: &mut u64, (off, width): (usize, usize), v: u64) {
    assert!(v < (1 << width), "field value {v} does not fit {width} bits");
    *w |= v << off;
}

/// Reads field `f` of a ROM word.
pub fn get(w: u64, (off, width): (usize, usize)) -> u64 {
    (w >> off) & ((1 << width) - 1)
}

impl MicroOp {
    /// The ROM word of this operation.
    pub fn encode(&self) -> u64 {
        let mut w = 0;
        match *self {
            MicroOp::End => put(&mut w, field::UNIT, unit::END),
            MicroOp::Hash { mode, src, words, suffix, suffix_len, sink } => {
                put(&mut w, field::UNIT, unit::HASH);
                put(&mut w, field::H_SRC, src as u64);
                put(&mut w, field::H_WORDS, words as u64);
                put(&mut w, field::H_MODE, mode as u64);
                put(&mut w, field::H_SUFLEN, suffix_len as u64);
                put(&mut w, field::H_SUFFIX, u16::from_le_bytes(suffix) as u64);
                match sink {
                    Sink::Buffer(a) => {
                        put(&mut w, field::H_SINK, sink::BUFFER);
                        put(&mut w, field::H_DST, a as u64);
                    }
                    Sink::SampleNtt(s) => {
                        put(&mut w, field::H_SINK, sink::SAMPLE_NTT);
                        put(&mut w, field::H_DST, s as u64);
                    }
                    Sink::Cbd { eta, slot } => {
                        put(&mut w, field::H_SINK, sink::CBD);
                        put(&mut w, field::H_ETA3, (eta == 3) as u64);
                        put(&mut w, field::H_DST, slot as u64);
                    }
                }
            }
            MicroOp::Ntt { op, a, b, dst } => {
                put(&mut w, field::UNIT, unit::NTT);
                put(&mut w, field::N_OP, op as u64);
                put(&mut w, field::N_A, a as u64);
                put(&mut w, field::N_B, b as u64);
                put(&mut w, field::N_DST, dst as u64);
            }
            MicroOp::Encode { slot, d, dst, compare } => {
                put(&mut w, field::UNIT, unit::ENCODE);
                put(&mut w, field::C_ADDR, dst as u64);
                put(&mut w, field::C_SLOT, slot as u64);
                put(&mut w, field::C_D, d as u64);
                put(&mut w, field::C_FLAG, compare as u64);
            }
            MicroOp::Decode { src, d, slot, check } => {
                put(&mut w, field::UNIT, unit::DECODE);
                put(&mut w, field::C_ADDR, src as u64);
                put(&mut w, field::C_SLOT, slot as u64);
                put(&mut w, field::C_D, d as u64);
                put(&mut w, field::C_FLAG, check as u64);
            }
            MicroOp::Copy { src, dst, words } => {
                put(&mut w, field::UNIT, unit::COPY);
                put(&mut w, field::M_A, src as u64);
                put(&mut w, field::M_B, dst as u64);
                put(&mut w, field::M_WORDS, words as u64);
            }
            MicroOp::Compare { a, b, words } => {
                put(&mut w, field::UNIT, unit::COMPARE);
                put(&mut w, field::M_A, a as u64);
                put(&mut w, field::M_B, b as u64);
                put(&mut w, field::M_WORDS, words as u64);
            }
            MicroOp::Fail { code } => {
                put(&mut w, field::UNIT, unit::FAIL);
                put(&mut w, field::F_CODE, code as u64);
            }
            MicroOp::ClearFlag => put(&mut w, field::UNIT, unit::CLEAR_FLAG),
            MicroOp::Select { if_set, if_clear, dst, words } => {
                put(&mut w, field::UNIT, unit::SELECT);
                put(&mut w, field::M_A, if_set as u64);
                put(&mut w, field::M_C, if_clear as u64);
                put(&mut w, field::M_B, dst as u64);
                put(&mut w, field::M_WORDS, words as u64);
            }
            MicroOp::WipeMem => put(&mut w, field::UNIT, unit::WIPE_MEM),
            MicroOp::Wipe { dst, words } => {
                put(&mut w, field::UNIT, unit::WIPE);
                put(&mut w, field::M_B, dst as u64);
                put(&mut w, field::M_WORDS, words as u64);
            }
        }
        w
    }
}

/// Word counts of the byte strings of parameter set `p`.
pub fn ek_words(p: &Params) -> u16 {
    (p.ek_len() / 8) as u16
}
pub fn dk_words(p: &Params) -> u16 {
    (p.dk_len() / 8) as u16
}
pub fn ct_words(p: &Params) -> u16 {
    (p.ct_len() / 8) as u16
}

/// Where each command's inputs and outputs sit in the buffer: `(inputs, outputs)`,
/// each a list of (name, word address, words).
pub fn io(cmd: Command, p: &Params) -> (Vec<(&'static str, u16, u16)>, Vec<(&'static str, u16, u16)>) {
    use layout::*;
    let (e, d, c) = (ek_words(p), dk_words(p), ct_words(p));
    match cmd {
        Command::KeyGen => (vec![("d", IN, 4), ("z", IN + 4, 4)], vec![("ek", OUT, e), ("dk", OUT + e, d)]),
        Command::Encaps => (vec![("ek", IN, e), ("m", IN + e, 4)], vec![("K", OUT, 4), ("c", OUT + 4, c)]),
        Command::Decaps => (vec![("dk", IN, d), ("c", IN + d, c)], vec![("K", OUT, 4)]),
    }
}

const WIPE_MEM: &str = "wipe the polynomial memory after its last use (SEC_CM: KEY.SEC_WIPE)";

struct Asm {
    steps: Vec<Step>,
}

impl Asm {
    fn op(&mut self, op: MicroOp, fips: impl Into<String>) {
        self.steps.push(Step { op, fips: fips.into() });
    }
    fn hash(&mut self, mode: Sha3Mode, src: u16, words: u16, suffix: &[u8], sink: Sink, fips: impl Into<String>) {
        let mut s = [0u8; 2];
        s[..suffix.len()].copy_from_slice(suffix);
        self.op(MicroOp::Hash { mode, src, words, suffix: s, suffix_len: suffix.len() as u8, sink }, fips);
    }
    fn ntt(&mut self, op: NttOp, a: u8, b: u8, dst: u8, fips: impl Into<String>) {
        self.op(MicroOp::Ntt { op, a, b, dst }, fips);
    }
    /// Â[row, col] ← SampleNTT(ρ‖col‖row) into `slot` (Algorithm 13 step 6, 14 step 6).
    fn sample_a(&mut self, rho: u16, row: usize, col: usize, slot: u8, alg: &str) {
        self.hash(
            Sha3Mode::Shake128,
            rho,
            4,
            &[col as u8, row as u8],
            Sink::SampleNtt(slot),
            format!("{alg}: Â[{row},{col}] ← SampleNTT(ρ‖{col}‖{row})"),
        );
    }
    /// SamplePolyCBD_η(PRF_η(seed, n)) into `slot`.
    fn cbd(&mut self, seed: u16, n: usize, eta: usize, slot: u8, what: String) {
        self.hash(Sha3Mode::Shake256, seed, 4, &[n as u8], Sink::Cbd { eta: eta as u8, slot }, format!("{what} ← SamplePolyCBD_{eta}(PRF_{eta}(·, {n}))"));
    }
    /// `acc ← Σ_j a_j ∘ b_j` where `a_j` is produced into `TMP` by `load(self, j)`
    /// (or already sits in `a(j)`), and `b_j` sits in `b(j)`.
    fn inner_product(&mut self, k: usize, mut load: impl FnMut(&mut Self, usize) -> u8, b: impl Fn(usize) -> u8, what: &str) {
        for j in 0..k {
            let a = load(self, j);
            let dst = if j == 0 { slot::ACC } else { a };
            self.ntt(NttOp::Pwm, a, b(j), dst, format!("{what}: MultiplyNTTs (Alg 11), term {j}"));
            if j > 0 {
                self.ntt(NttOp::Add, slot::ACC, a, slot::ACC, format!("{what}: sum, term {j}"));
            }
        }
    }
}

/// K-PKE.Encrypt (Algorithm 14) of `m` (at `m`) with randomness `r` (at `r`) under the
/// encapsulation key at `ek`. The ciphertext goes to `c`, or (`compare`, Algorithm 18
/// step 9) is compared with the ciphertext at `c` word by word.
fn encrypt(a: &mut Asm, p: &Params, ek: u16, m: u16, r: u16, c: u16, compare: bool) {
    let k = p.k;
    let rho = ek + 48 * k as u16;
    for j in 0..k {
        // Step 2 (and the §7.2 modulus check in Encaps).
        a.op(
            MicroOp::Decode { src: ek + 48 * j as u16, d: 12, slot: slot::t_hat(j), check: !compare },
            format!("Alg 14 step 2: t̂[{j}] ← ByteDecode12(ek[384·{j}..])"),
        );
    }
    if !compare {
        a.op(MicroOp::Fail { code: error::EK_MODULUS }, "§7.2: modulus check of ek");
    }
    for i in 0..k {
        a.cbd(r, i, p.eta1, slot::secret(i), format!("Alg 14 step 10: y[{i}]"));
        a.ntt(NttOp::Ntt, slot::secret(i), 0, slot::secret(i), format!("Alg 14 step 18: ŷ[{i}] ← NTT(y[{i}])"));
    }
    let cmp = if compare { "Alg 18 step 9: compare " } else { "" };
    for i in 0..k {
        // Step 19: u[i] ← NTT⁻¹(Σ_j Â[j,i] ∘ ŷ[j]) + e1[i].
        a.inner_product(
            k,
            |a, j| {
                a.sample_a(rho, j, i, slot::TMP, "Alg 14 step 6");
                slot::TMP
            },
            slot::secret,
            &format!("Alg 14 step 19: (Âᵀ∘ŷ)[{i}]"),
        );
        a.ntt(NttOp::Intt, slot::ACC, 0, slot::ACC, format!("Alg 14 step 19: NTT⁻¹ of (Âᵀ∘ŷ)[{i}]"));
        a.cbd(r, k + i, p.eta2, slot::TMP, format!("Alg 14 step 14: e1[{i}]"));
        a.ntt(NttOp::Add, slot::ACC, slot::TMP, slot::ACC, format!("Alg 14 step 19: u[{i}] ← … + e1[{i}]"));
        a.op(
            MicroOp::Encode { slot: slot::ACC, d: p.du as u8, dst: c + 4 * p.du as u16 * i as u16, compare },
            format!("{cmp}Alg 14 step 22: c1[{i}] ← ByteEncode_du(Compress_du(u[{i}]))"),
        );
    }
    // Step 21: v ← NTT⁻¹(t̂ᵀ ∘ ŷ) + e2 + μ.
    a.inner_product(k, |_, j| slot::t_hat(j), slot::secret, "Alg 14 step 21: t̂ᵀ∘ŷ");
    a.ntt(NttOp::Intt, slot::ACC, 0, slot::ACC, "Alg 14 step 21: NTT⁻¹(t̂ᵀ∘ŷ)");
    a.cbd(r, 2 * k, p.eta2, slot::TMP, "Alg 14 step 17: e2".into());
    a.ntt(NttOp::Add, slot::ACC, slot::TMP, slot::ACC, "Alg 14 step 21: + e2");
    a.op(MicroOp::Decode { src: m, d: 1, slot: slot::TMP, check: false }, "Alg 14 step 20: μ ← Decompress1(ByteDecode1(m))");
    a.ntt(NttOp::Add, slot::ACC, slot::TMP, slot::ACC, "Alg 14 step 21: v ← … + μ");
    a.op(
        MicroOp::Encode { slot: slot::ACC, d: p.dv as u8, dst: c + 4 * p.du as u16 * k as u16, compare },
        format!("{cmp}Alg 14 step 23: c2 ← ByteEncode_dv(Compress_dv(v))"),
    );
    a.op(MicroOp::WipeMem, WIPE_MEM);
}

/// The program of `cmd` for parameter set `p`, ending with the scratch wipe and `End`.
pub fn program(cmd: Command, p: &Params) -> Vec<Step> {
    use layout::*;
    let mut a = Asm { steps: Vec::new() };
    let k = p.k;
    let (e, d) = (ek_words(p), dk_words(p));
    match cmd {
        Command::KeyGen => {
            // ML-KEM.KeyGen_internal (Alg 16) around K-PKE.KeyGen (Alg 13).
            a.hash(Sha3Mode::Sha3_512, IN, 4, &[k as u8], Sink::Buffer(SCR_RHO), "Alg 13 step 1: (ρ, σ) ← G(d‖k)");
            for i in 0..k {
                a.cbd(SCR_SIGMA, i, p.eta1, slot::secret(i), format!("Alg 13 step 9: s[{i}]"));
                a.ntt(NttOp::Ntt, slot::secret(i), 0, slot::secret(i), format!("Alg 13 step 16: ŝ[{i}] ← NTT(s[{i}])"));
            }
            for i in 0..k {
                a.inner_product(
                    k,
                    |a, j| {
                        a.sample_a(SCR_RHO, i, j, slot::TMP, "Alg 13 step 6");
                        slot::TMP
                    },
                    slot::secret,
                    &format!("Alg 13 step 18: (Â∘ŝ)[{i}]"),
                );
                a.cbd(SCR_SIGMA, k + i, p.eta1, slot::TMP, format!("Alg 13 step 13: e[{i}]"));
                a.ntt(NttOp::Ntt, slot::TMP, 0, slot::TMP, format!("Alg 13 step 17: ê[{i}] ← NTT(e[{i}])"));
                a.ntt(NttOp::Add, slot::ACC, slot::TMP, slot::ACC, format!("Alg 13 step 18: t̂[{i}] ← (Â∘ŝ)[{i}] + ê[{i}]"));
                a.op(
                    MicroOp::Encode { slot: slot::ACC, d: 12, dst: OUT + 48 * i as u16, compare: false },
                    format!("Alg 13 step 19: ek[384·{i}..] ← ByteEncode12(t̂[{i}])"),
                );
            }
            a.op(MicroOp::Copy { src: SCR_RHO, dst: OUT + 48 * k as u16, words: 4 }, "Alg 13 step 19: ek ← …‖ρ");
            let dk = OUT + e;
            for i in 0..k {
                a.op(
                    MicroOp::Encode { slot: slot::secret(i), d: 12, dst: dk + 48 * i as u16, compare: false },
                    format!("Alg 13 step 20: dk[384·{i}..] ← ByteEncode12(ŝ[{i}])"),
                );
            }
            a.op(MicroOp::WipeMem, WIPE_MEM);
            let dk_ek = dk + 48 * k as u16;
            a.op(MicroOp::Copy { src: OUT, dst: dk_ek, words: e }, "Alg 16 step 3: dk ← dk_PKE‖ek");
            a.hash(Sha3Mode::Sha3_256, OUT, e, &[], Sink::Buffer(dk_ek + e), "Alg 16 step 3: dk ← …‖H(ek)");
            a.op(MicroOp::Copy { src: IN + 4, dst: dk_ek + e + 4, words: 4 }, "Alg 16 step 3: dk ← …‖z");
        }
        Command::Encaps => {
            // ML-KEM.Encaps_internal (Alg 17); the §7.2 check is inside Encrypt's decode.
            a.op(MicroOp::Copy { src: IN + e, dst: SCR_M, words: 4 }, "Alg 17 step 1: m");
            a.hash(Sha3Mode::Sha3_256, IN, e, &[], Sink::Buffer(SCR_H), "Alg 17 step 1: H(ek)");
            a.hash(Sha3Mode::Sha3_512, SCR_M, 8, &[], Sink::Buffer(SCR_K), "Alg 17 step 1: (K, r) ← G(m‖H(ek))");
            encrypt(&mut a, p, IN, SCR_M, SCR_R, OUT + 4, false);
            a.op(MicroOp::Copy { src: SCR_K, dst: OUT, words: 4 }, "Alg 17 step 3: return K");
        }
        Command::Decaps => {
            // ML-KEM.Decaps_internal (Alg 18) with the §7.3 hash check first.
            let ek = IN + 48 * k as u16;
            let h = ek + e;
            let z = h + 4;
            let c = IN + d;
            a.hash(Sha3Mode::Sha3_256, ek, e, &[], Sink::Buffer(SCR_HCHK), "§7.3: H(dk[384k : 768k+32])");
            a.op(MicroOp::Compare { a: SCR_HCHK, b: h, words: 4 }, "§7.3: hash check against dk[768k+32 : 768k+64]");
            a.op(MicroOp::Fail { code: error::DK_HASH }, "§7.3: hash check");
            // K-PKE.Decrypt (Alg 15).
            for i in 0..k {
                a.op(
                    MicroOp::Decode { src: c + 4 * p.du as u16 * i as u16, d: p.du as u8, slot: slot::TMP, check: false },
                    format!("Alg 15 step 3: u'[{i}] ← Decompress_du(ByteDecode_du(c1[{i}]))"),
                );
                a.ntt(NttOp::Ntt, slot::TMP, 0, slot::TMP, format!("Alg 15 step 6: NTT(u'[{i}])"));
                a.op(
                    MicroOp::Decode { src: IN + 48 * i as u16, d: 12, slot: slot::TMP2, check: false },
                    format!("Alg 15 step 5: ŝ[{i}] ← ByteDecode12(dk_PKE[384·{i}..])"),
                );
                let dst = if i == 0 { slot::ACC } else { slot::TMP };
                a.ntt(NttOp::Pwm, slot::TMP2, slot::TMP, dst, format!("Alg 15 step 6: ŝ[{i}] ∘ NTT(u'[{i}])"));
                if i > 0 {
                    a.ntt(NttOp::Add, slot::ACC, slot::TMP, slot::ACC, format!("Alg 15 step 6: sum, term {i}"));
                }
            }
            a.ntt(NttOp::Intt, slot::ACC, 0, slot::ACC, "Alg 15 step 6: NTT⁻¹(ŝᵀ∘NTT(u'))");
            a.op(
                MicroOp::Decode { src: c + 4 * p.du as u16 * k as u16, d: p.dv as u8, slot: slot::TMP, check: false },
                "Alg 15 step 4: v' ← Decompress_dv(ByteDecode_dv(c2))",
            );
            a.ntt(NttOp::Sub, slot::TMP, slot::ACC, slot::ACC, "Alg 15 step 6: w ← v' − NTT⁻¹(…)");
            a.op(MicroOp::Encode { slot: slot::ACC, d: 1, dst: SCR_M, compare: false }, "Alg 15 step 7: m' ← ByteEncode1(Compress1(w))");
            a.op(MicroOp::Copy { src: h, dst: SCR_H, words: 4 }, "Alg 18 step 3: h");
            a.hash(Sha3Mode::Sha3_512, SCR_M, 8, &[], Sink::Buffer(SCR_K), "Alg 18 step 6: (K', r') ← G(m'‖h)");
            a.hash(Sha3Mode::Shake256, z, 4 + ct_words(p), &[], Sink::Buffer(SCR_KBAR), "Alg 18 step 7: K̄ ← J(z‖c)");
            a.op(MicroOp::ClearFlag, "Alg 18 step 8");
            encrypt(&mut a, p, ek, SCR_M, SCR_R, c, true);
            a.op(
                MicroOp::Select { if_set: SCR_KBAR, if_clear: SCR_K, dst: OUT, words: 4 },
                "Alg 18 steps 9-10: K' ← K̄ if c ≠ c' (constant time)",
            );
        }
    }
    a.op(MicroOp::Wipe { dst: SCR, words: SCR_WORDS }, "wipe the scratch seeds (SEC_CM: KEY.SEC_WIPE)");
    a.op(MicroOp::End, "end: wipe the units, done when the memory is wiped");
    a.steps
}

/// The microcode ROM: every program back to back, and the entry address of
/// (command, parameter set) at index `3·cmd + set` (sets in [`Params::ALL`] order).
pub fn rom() -> (Vec<u64>, [u16; 9]) {
    let mut words = Vec::new();
    let mut entry = [0u16; 9];
    for cmd in Command::ALL {
        for (s, p) in Params::ALL.iter().enumerate() {
            entry[3 * cmd as usize + s] = words.len() as u16;
            words.extend(program(cmd, p).iter().map(|s| s.op.encode()));
        }
    }
    (words, entry)
}

/// The engine's schedule (cycles), part of the contract the RTL is held to.
///
/// A step costs its unit's latency plus 2 cycles of the sequencer (`FETCH`, `ISSUE`);
/// a command costs 1 cycle to the first `FETCH`, its steps, and [`END_CYCLES`] for the
/// closing wipe of the polynomial memory. Only SampleNTT depends on data: on the
/// number of XOF words it consumed, which depends only on the public ρ.
pub mod timing {
    /// The sequencer's `ISSUE` cycle of every step.
    pub const STEP: u64 = 1;
    /// `WIPE_MEM`: the NTT unit's sweep of all 512 rows, from the `WIPE_MEM` cycle
    /// until the memory is idle.
    pub const MEM_SWEEP: u64 = 513;
    /// `END`: from its `ISSUE` to `done` when the memory is already idle.
    pub const END_CYCLES: u64 = 2;
    /// The NTT unit with 4 butterflies: `L·32 + 8` (+5 for MultiplyNTTs' base case).
    pub const NTT: u64 = 7 * 32 + 8;
    pub const PWM: u64 = 32 + 13;
    pub const ADD: u64 = 32 + 8;
    /// The codec, 4 coefficients per cycle, for every d and both directions.
    pub const CODEC: u64 = 67;
    /// Keccak-f[1600] at 2 rounds per cycle after the block's last word: 12 cycles
    /// (`keccak::permutation_cycles(2)` − 1: the last word's edge absorbs).
    pub const PERMUTATION: u64 = crate::keccak::permutation_cycles(2) - 1;
    /// A sampler's seed into the sponge and its first permutation: the 5 words of σ‖N
    /// (33 bytes) or ρ‖j‖i (34 bytes), then [`PERMUTATION`] (17 cycles).
    pub const SEED: u64 = 5 + PERMUTATION;
    /// SamplePolyCBD_η fed by PRF_η: [`SEED`], 66 cycles of the sampler (4 coefficients
    /// per cycle), and for η = 3 a stall at the second SHAKE256 block (24 words > 17 per
    /// block) of the permutation less the two cycles the sampler still has (10).
    pub const CBD2: u64 = SEED + 66;
    pub const CBD3: u64 = SEED + 66 + (PERMUTATION - 2);

    /// A hash into the buffer: `words` message words from the buffer and the suffix
    /// word (one cycle each), one permutation per rate block (the padding always
    /// fits the last block), the digest words, and one cycle to `done`.
    pub fn hash_to_buffer(rate_bytes: u64, words: u64, suffix_len: u64, out_words: u64) -> u64 {
        let blocks = (8 * words + suffix_len) / rate_bytes + 1;
        (words + 1) + blocks * PERMUTATION + out_words + 1
    }

    /// XOF words the engine's SampleNTT consumes when the golden model reads `groups`
    /// 3-byte groups: it reads two groups (48 bits) per cycle, so it may take one word
    /// more than the golden model (`rtl::sampler::sample_ntt_words`).
    pub fn sample_ntt_words(groups: u64) -> u64 {
        (48 * groups.div_ceil(2)).div_ceil(64)
    }

    /// SampleNTT fed by XOF (SHAKE128, 21 words per block) when it consumes `words`
    /// words: ⌊4W/3⌋ + 2 of the sampler (two 3-byte groups per cycle), [`SEED`], and a
    /// stall of the permutation less one cycle (11) at each further block (the sampler
    /// takes a word every 4/3 cycles, faster than the 12-cycle permutation allows).
    pub fn sample_ntt(words: u64) -> u64 {
        2 + 4 * words / 3 + SEED + (PERMUTATION - 1) * (words.div_ceil(21) - 1)
    }
}

/// Cycles of one step, from its `ISSUE` to the next step's (`sample_words`: the
/// XOF words a SampleNTT step consumed).
pub fn step_cycles(op: &MicroOp, sample_words: Option<usize>) -> u64 {
    use timing::*;
    STEP + match *op {
        MicroOp::Hash { mode, words, suffix_len, sink, .. } => match sink {
            Sink::Buffer(_) => {
                let (rate, out) = match mode {
                    Sha3Mode::Sha3_512 => (72, 8),
                    Sha3Mode::Sha3_256 => (136, 4),
                    Sha3Mode::Shake256 => (136, 4),
                    _ => (168, 4),
                };
                hash_to_buffer(rate, words as u64, suffix_len as u64, out)
            }
            Sink::SampleNtt(_) => sample_ntt(sample_words.expect("SampleNTT words") as u64),
            Sink::Cbd { eta, .. } => {
                if eta == 3 {
                    CBD3
                } else {
                    CBD2
                }
            }
        },
        MicroOp::Ntt { op, .. } => match op {
            NttOp::Ntt | NttOp::Intt => NTT,
            NttOp::Pwm => PWM,
            NttOp::Add | NttOp::Sub => ADD,
        },
        MicroOp::Encode { .. } | MicroOp::Decode { .. } => CODEC,
        MicroOp::Copy { words, .. } | MicroOp::Select { words, .. } => words as u64 + 2,
        MicroOp::Compare { words, .. } => 2 * words as u64 + 2,
        MicroOp::Wipe { words, .. } => words as u64 + 1,
        MicroOp::Fail { .. } | MicroOp::ClearFlag | MicroOp::WipeMem => 0,
        MicroOp::End => END_CYCLES - STEP,
    }
}

/// Cycles of a completed command, from the `start` cycle to the `done` cycle.
pub fn command_cycles(steps: &[Step], run: &Run) -> u64 {
    let mut t = 1;
    let mut swept = 0;
    for (n, _) in &run.written {
        let words = run.sample_words.iter().find(|(m, _)| m == n).map(|&(_, w)| w);
        match steps[*n].op {
            MicroOp::WipeMem => swept = t + timing::MEM_SWEEP,
            // END waits for the sweep.
            MicroOp::End => t = t.max(swept - 1),
            _ => {}
        }
        t += step_cycles(&steps[*n].op, words);
    }
    t
}

/// What a step wrote, as the scoreboard compares it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    Slot { slot: u8, coeffs: Vec<u16> },
    Buffer { addr: u16, words: Vec<u64> },
    Flag(bool),
    Nothing,
}

/// The result of running a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// One entry per executed step: (step index, what it wrote).
    pub written: Vec<(usize, Written)>,
    /// `Some(code)` if a `Fail` stopped the program.
    pub failed: Option<u8>,
    /// XOF words consumed by each SampleNTT step (step index, words), as the engine
    /// reads them ([`timing::sample_ntt_words`]).
    pub sample_words: Vec<(usize, usize)>,
    pub buffer: Vec<u64>,
}

/// Runs programs on a model of the engine's buffer and polynomial memory.
pub struct Interpreter {
    pub buffer: Vec<u64>,
    pub slots: Vec<[u16; N]>,
    pub flag: bool,
}

impl Default for Interpreter {
    fn default() -> Self {
        Self::new()
    }
}

/// Buffer words as the byte string they hold (little-endian words).
pub fn bytes_of(words: &[u64]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

/// A byte string (a multiple of 8 bytes) as buffer words.
pub fn words_of(bytes: &[u8]) -> Vec<u64> {
    bytes.chunks(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect()
}

impl Interpreter {
    pub fn new() -> Self {
        Self { buffer: vec![0; layout::BUF_WORDS], slots: vec![[0; N]; slot::SLOTS], flag: false }
    }

    /// Writes `bytes` (a multiple of 8) into the buffer from word `addr`.
    pub fn load(&mut self, addr: u16, bytes: &[u8]) {
        let w = words_of(bytes);
        self.buffer[addr as usize..addr as usize + w.len()].copy_from_slice(&w);
    }

    /// Reads `words` words from `addr` as bytes.
    pub fn read(&self, addr: u16, words: u16) -> Vec<u8> {
        bytes_of(&self.buffer[addr as usize..(addr + words) as usize])
    }

    fn range(&self, a: u16, n: u16) -> &[u64] {
        &self.buffer[a as usize..(a + n) as usize]
    }

    /// Runs `steps` to `End` or the first `Fail` that fires.
    pub fn run(&mut self, steps: &[Step]) -> Run {
        let mut written = Vec::new();
        let mut sample_words = Vec::new();
        let mut failed = None;
        for (n, step) in steps.iter().enumerate() {
            let w = match step.op {
                MicroOp::Hash { mode, src, words, suffix, suffix_len, sink } => {
                    let mut sponge = Sponge::new(mode);
                    sponge.absorb(&bytes_of(self.range(src, words)));
                    sponge.absorb(&suffix[..suffix_len as usize]);
                    match sink {
                        Sink::Buffer(a) => {
                            let len = if mode == Sha3Mode::Sha3_512 { 64 } else { 32 };
                            let mut out = vec![0u8; len];
                            sponge.squeeze(&mut out);
                            let w = words_of(&out);
                            self.buffer[a as usize..a as usize + w.len()].copy_from_slice(&w);
                            Written::Buffer { addr: a, words: w }
                        }
                        Sink::SampleNtt(s) => {
                            let (f, _, groups) = sample_ntt_counted(&mut sponge, n, &mut NoTrace);
                            sample_words.push((n, timing::sample_ntt_words(groups as u64) as usize));
                            self.slots[s as usize] = f;
                            Written::Slot { slot: s, coeffs: f.to_vec() }
                        }
                        Sink::Cbd { eta, slot } => {
                            let f = sample_poly_cbd(eta as usize, &mut sponge, suffix[0], &mut NoTrace);
                            self.slots[slot as usize] = f;
                            Written::Slot { slot, coeffs: f.to_vec() }
                        }
                    }
                }
                MicroOp::Ntt { op, a, b, dst } => {
                    let (x, y) = (self.slots[a as usize], self.slots[b as usize]);
                    let mut r = x;
                    match op {
                        NttOp::Ntt => ntt(&mut r),
                        NttOp::Intt => ntt_inverse(&mut r),
                        NttOp::Pwm => r = multiply_ntts(&x, &y),
                        NttOp::Add => r = super::arith::poly_add(&x, &y),
                        NttOp::Sub => r = super::arith::poly_sub(&x, &y),
                    }
                    self.slots[dst as usize] = r;
                    Written::Slot { slot: dst, coeffs: r.to_vec() }
                }
                MicroOp::Encode { slot, d, dst, compare } => {
                    let f = self.slots[slot as usize];
                    let f = if d < 12 { compress_poly(d as u32, &f) } else { f };
                    let mut out = Vec::new();
                    byte_encode(d as u32, &f, &mut out);
                    let w = words_of(&out);
                    if compare {
                        self.flag |= self.range(dst, w.len() as u16) != &w[..];
                        Written::Flag(self.flag)
                    } else {
                        self.buffer[dst as usize..dst as usize + w.len()].copy_from_slice(&w);
                        Written::Buffer { addr: dst, words: w }
                    }
                }
                MicroOp::Decode { src, d, slot, check } => {
                    let bytes = bytes_of(self.range(src, 4 * d as u16));
                    // ByteDecode12 reduces mod q (FIPS 203 Alg 6); the check sees the raw values.
                    let raw = raw_values(d as u32, &bytes);
                    if check && raw.iter().any(|&v| v >= Q) {
                        self.flag = true;
                    }
                    // The length is 32d bytes by construction.
                    let f = byte_decode(d as u32, &bytes).unwrap_or([0; N]);
                    let f = if d < 12 { decompress_poly(d as u32, &f) } else { f };
                    self.slots[slot as usize] = f;
                    Written::Slot { slot, coeffs: f.to_vec() }
                }
                MicroOp::Copy { src, dst, words } => {
                    let w = self.range(src, words).to_vec();
                    self.buffer[dst as usize..(dst + words) as usize].copy_from_slice(&w);
                    Written::Buffer { addr: dst, words: w }
                }
                MicroOp::Compare { a, b, words } => {
                    self.flag |= self.range(a, words) != self.range(b, words);
                    Written::Flag(self.flag)
                }
                MicroOp::Fail { code } => {
                    if self.flag {
                        failed = Some(code);
                        written.push((n, Written::Flag(true)));
                        break;
                    }
                    Written::Nothing
                }
                MicroOp::ClearFlag => {
                    self.flag = false;
                    Written::Flag(false)
                }
                MicroOp::Select { if_set, if_clear, dst, words } => {
                    let src = if self.flag { if_set } else { if_clear };
                    let w = self.range(src, words).to_vec();
                    self.buffer[dst as usize..(dst + words) as usize].copy_from_slice(&w);
                    Written::Buffer { addr: dst, words: w }
                }
                MicroOp::Wipe { dst, words } => {
                    self.buffer[dst as usize..(dst + words) as usize].fill(0);
                    Written::Buffer { addr: dst, words: vec![0; words as usize] }
                }
                MicroOp::WipeMem => {
                    for s in self.slots.iter_mut() {
                        *s = [0; N];
                    }
                    Written::Nothing
                }
                MicroOp::End => {
                    written.push((n, Written::Nothing));
                    break;
                }
            };
            written.push((n, w));
        }
        if failed.is_some() {
            // An aborted command wipes the whole buffer and the polynomial memory.
            self.buffer.fill(0);
            for s in self.slots.iter_mut() {
                *s = [0; N];
            }
        }
        Run { written, failed, sample_words, buffer: self.buffer.clone() }
    }
}

/// The 256 raw d-bit values of a ByteDecode_d input (before the mod-q reduction).
fn raw_values(d: u32, bytes: &[u8]) -> Vec<u16> {
    (0..N)
        .map(|i| {
            let mut v = 0u16;
            for b in 0..d as usize {
                let bit = i * d as usize + b;
                v |= (((bytes[bit / 8] >> (bit % 8)) & 1) as u16) << b;
            }
            v
        })
        .collect()
}

/// Runs `cmd` on `inputs` (the byte strings of [`io`]'s input list, in order) and
/// returns the run and the output byte strings (empty on failure).
pub fn execute(cmd: Command, p: &Params, inputs: &[&[u8]]) -> (Run, Vec<Vec<u8>>) {
    let (ins, outs) = io(cmd, p);
    let mut it = Interpreter::new();
    for ((_, addr, words), bytes) in ins.iter().zip(inputs) {
        assert_eq!(bytes.len(), *words as usize * 8, "input length");
        it.load(*addr, bytes);
    }
    let run = it.run(&program(cmd, p));
    let out = if run.failed.is_some() { Vec::new() } else { outs.iter().map(|&(_, a, w)| it.read(a, w)).collect() };
    (run, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mlkem::kem;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    fn random<const L: usize>(rng: &mut ChaCha8Rng) -> [u8; L] {
        let mut b = [0u8; L];
        rng.fill(&mut b[..]);
        b
    }

    #[test]
    fn programs_compute_fips_203() {
        let mut rng = ChaCha8Rng::seed_from_u64(203);
        for p in Params::ALL {
            for _ in 0..3 {
                let (d, z, m) = (random::<32>(&mut rng), random::<32>(&mut rng), random::<32>(&mut rng));
                let (ek, dk) = kem::keygen(&p, &d, &z).unwrap();
                let (run, out) = execute(Command::KeyGen, &p, &[&d, &z]);
                assert_eq!(run.failed, None);
                assert_eq!(out, vec![ek.clone(), dk.clone()], "{} keygen", p.name);
                let (key, c) = kem::encaps(&p, &ek, &m).unwrap();
                let (_, out) = execute(Command::Encaps, &p, &[&ek, &m]);
                assert_eq!(out, vec![key.to_vec(), c.clone()], "{} encaps", p.name);
                let (_, out) = execute(Command::Decaps, &p, &[&dk, &c]);
                assert_eq!(out, vec![key.to_vec()], "{} decaps", p.name);
                // Implicit rejection: a changed ciphertext gives J(z‖c).
                let mut bad = c.clone();
                let at = rng.gen_range(0..bad.len());
                bad[at] ^= 1 << rng.gen_range(0..8);
                let (_, out) = execute(Command::Decaps, &p, &[&dk, &bad]);
                assert_eq!(out, vec![kem::decaps(&p, &dk, &bad).unwrap().to_vec()], "{} reject", p.name);
            }
        }
    }

    #[test]
    fn input_checks_fail_with_their_codes() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let p = crate::mlkem::ML_KEM_768;
        let (ek, dk) = kem::keygen(&p, &random::<32>(&mut rng), &random::<32>(&mut rng)).unwrap();
        let mut bad_ek = ek.clone();
        bad_ek[0] = 0xff;
        bad_ek[1] |= 0x0f; // t̂[0][0] = 4095 ≥ q
        let (run, out) = execute(Command::Encaps, &p, &[&bad_ek, &[0u8; 32]]);
        assert_eq!((run.failed, out.len()), (Some(error::EK_MODULUS), 0));
        assert!(run.buffer.iter().all(|&w| w == 0), "an abort wipes the buffer");
        let mut bad_dk = dk.clone();
        bad_dk[p.dk_len() - 40] ^= 1; // inside h
        let c = vec![0u8; p.ct_len()];
        let (run, _) = execute(Command::Decaps, &p, &[&bad_dk, &c]);
        assert_eq!(run.failed, Some(error::DK_HASH));
    }

    #[test]
    fn every_program_wipes_the_memory_after_its_last_use() {
        for cmd in Command::ALL {
            for p in Params::ALL {
                let steps = program(cmd, &p);
                let wipes: Vec<usize> = (0..steps.len()).filter(|&i| steps[i].op == MicroOp::WipeMem).collect();
                assert_eq!(wipes.len(), 1, "{} {}", p.name, cmd.name());
                let uses_memory = |op: &MicroOp| {
                    matches!(op, MicroOp::Ntt { .. } | MicroOp::Encode { .. } | MicroOp::Decode { .. })
                        || matches!(op, MicroOp::Hash { sink: Sink::SampleNtt(_) | Sink::Cbd { .. }, .. })
                };
                assert!(!steps[wipes[0]..].iter().any(|s| uses_memory(&s.op)), "{} {}", p.name, cmd.name());
                assert_eq!(steps.last().unwrap().op, MicroOp::End);
            }
        }
    }

    #[test]
    fn encoding_round_trips_and_rom_fits() {
        let (rom, entry) = rom();
        assert!(rom.len() <= 1024, "ROM of {} words", rom.len());
        assert_eq!(entry[0], 0);
        let p = crate::mlkem::ML_KEM_1024;
        for s in program(Command::Decaps, &p) {
            let w = s.op.encode();
            if let MicroOp::Hash { src, words, .. } = s.op {
                assert_eq!(get(w, field::H_SRC), src as u64);
                assert_eq!(get(w, field::H_WORDS), words as u64);
            }
        }
    }
}
