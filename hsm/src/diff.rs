//! `hsm diff BLOCK`: one case through RTL and golden model, shown side by side.

use clap::Subcommand;
use cosim::keccak::{check_permutation, Fault};
use golden_model::keccak::{keccak_f1600_traced, RC};
use golden_model::trace::Recorder;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum DiffBlock {
    /// Keccak-f[1600] on a random state: every round checkpoint, cycle by cycle.
    Keccak {
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Rounds per clock of the core (1, 2 or 3).
        #[arg(long, default_value_t = 2)]
        rounds: usize,
        /// Write the waveform here.
        #[arg(long)]
        vcd: Option<PathBuf>,
        /// Flip a state bit to see the checker fail: CYCLE:LANE:BIT.
        #[arg(long)]
        inject_fault: Option<String>,
    },
    /// The NTT unit (4 butterflies): NTT, pointwise, inverse NTT, add, sub on random
    /// polynomials, every layer checkpoint on its cycle.
    Ntt {
        /// kem (q = 3329) or dsa (q = 8380417)
        #[arg(long)]
        mode: String,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long)]
        vcd: Option<PathBuf>,
    },
    /// The ML-KEM engine: one command on random inputs, every microcode step (FIPS 203
    /// step, cycle, digest, verdict) against the golden program run.
    Mlkem {
        /// 512, 768 or 1024
        #[arg(long)]
        params: u32,
        /// keygen, encaps or decaps
        #[arg(long)]
        op: String,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long)]
        vcd: Option<PathBuf>,
        /// Flip a polynomial-memory bit to see the checker fail: CYCLE:SLOT:INDEX:BIT.
        #[arg(long)]
        inject_fault: Option<String>,
    },
    /// The ECC engine: one ECDSA command on random inputs, every ladder step, each
    /// inversion and the outputs on their cycles against the golden microcode.
    Ecdsa {
        /// p256 or p384
        #[arg(long)]
        curve: String,
        /// keygen, sign, detsign (k from the RFC 6979 generator, HMAC-SHA-256), verify or
        /// validate
        #[arg(long)]
        op: String,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long)]
        vcd: Option<PathBuf>,
        /// Flip a register-file bit to see the checker fail: CYCLE:SLOT:BIT (slot 0..31,
        /// bit 0..383).
        #[arg(long)]
        inject_fault: Option<String>,
    },
}

fn parse_slot_fault(s: &str) -> Result<(u64, u32, usize), String> {
    let bad = || format!("--inject-fault takes CYCLE:SLOT:BIT (slot 0..31, bit 0..383), got \"{s}\"");
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() != 3 {
        return Err(bad());
    }
    let cycle = parts[0].parse::<u64>().map_err(|_| bad())?;
    let slot = parts[1].parse::<u32>().ok().filter(|&v| v < 32).ok_or_else(bad)?;
    let bit = parts[2].parse::<usize>().ok().filter(|&v| v < 384).ok_or_else(bad)?;
    Ok((cycle, slot, bit))
}

fn parse_coefficient_fault(s: &str) -> Result<cosim::mlkem::CoefficientFault, String> {
    let bad = || format!("--inject-fault takes CYCLE:SLOT:INDEX:BIT (slot 0..15, index 0..255, bit 0..11), got \"{s}\"");
    let p: Vec<u64> = s.split(':').map(|x| x.parse().map_err(|_| bad())).collect::<Result<_, _>>()?;
    match p[..] {
        [cycle, slot, index, bit] if slot < 16 && index < 256 && bit < 12 => {
            Ok(cosim::mlkem::CoefficientFault { cycle, slot: slot as u8, index: index as usize, bit: bit as usize })
        }
        _ => Err(bad()),
    }
}

fn parse_fault(s: &str) -> Result<Fault, String> {
    let p: Vec<&str> = s.split(':').collect();
    let bad = || format!("--inject-fault takes CYCLE:LANE:BIT (lane 0..24, bit 0..63), got \"{s}\"");
    if p.len() != 3 {
        return Err(bad());
    }
    let cycle = p[0].parse().map_err(|_| bad())?;
    let lane: usize = p[1].parse().map_err(|_| bad())?;
    let bit: u32 = p[2].parse().map_err(|_| bad())?;
    if lane > 24 || bit > 63 {
        return Err(bad());
    }
    Ok(Fault { cycle, lane, bit })
}

pub fn run(block: DiffBlock) -> Result<(), String> {
    match block {
        DiffBlock::Ecdsa { curve, op, seed, vcd, inject_fault } => {
            use golden_model::ecdsa::program::command;
            let curve = match curve.as_str() {
                "p256" => engine::EcCurve::P256,
                "p384" => engine::EcCurve::P384,
                other => return Err(format!("--curve must be p256 or p384, got \"{other}\"")),
            };
            let cmd = match op.as_str() {
                "keygen" => command::KEYGEN,
                "validate" => command::VALIDATE,
                "sign" => command::SIGN,
                "verify" => command::VERIFY,
                "detsign" => command::DETSIGN,
                other => return Err(format!("--op must be keygen, sign, detsign, verify or validate, got \"{other}\"")),
            };
            let fault = inject_fault.as_deref().map(parse_slot_fault).transpose()?;
            let report = cosim::ecc::diff(curve, cmd, seed, vcd.as_deref(), fault);
            print!("{report}");
            if report.passed {
                Ok(())
            } else {
                Err("the RTL differs from the golden model".into())
            }
        }
        DiffBlock::Mlkem { params, op, seed, vcd, inject_fault } => {
            use golden_model::mlkem::program::Command;
            let p = match params {
                512 => golden_model::mlkem::ML_KEM_512,
                768 => golden_model::mlkem::ML_KEM_768,
                1024 => golden_model::mlkem::ML_KEM_1024,
                other => return Err(format!("--params must be 512, 768 or 1024, got {other}")),
            };
            let cmd = match op.as_str() {
                "keygen" => Command::KeyGen,
                "encaps" => Command::Encaps,
                "decaps" => Command::Decaps,
                other => return Err(format!("--op must be keygen, encaps or decaps, got \"{other}\"")),
            };
            let fault = inject_fault.as_deref().map(parse_coefficient_fault).transpose()?;
            let report = cosim::mlkem::diff(cmd, &p, seed, vcd.as_deref(), fault);
            print!("{report}");
            if report.passed {
                Ok(())
            } else {
                Err("the RTL differs from the golden model".into())
            }
        }
        DiffBlock::Ntt { mode, seed, vcd } => {
            let mode = match mode.as_str() {
                "kem" => golden_model::polyunit::Mode::Kem,
                "dsa" => golden_model::polyunit::Mode::Dsa,
                other => return Err(format!("--mode must be kem or dsa, got \"{other}\"")),
            };
            let report = cosim::ntt::diff(mode, seed, vcd.as_deref());
            println!("{report}");
            if report.passed {
                Ok(())
            } else {
                Err("the RTL differs from the golden model".into())
            }
        }
        DiffBlock::Keccak { seed, rounds, vcd, inject_fault } => {
            if ![1, 2, 3].contains(&rounds) {
                return Err(format!("--rounds must be 1, 2 or 3, got {rounds}"));
            }
            let fault = inject_fault.as_deref().map(parse_fault).transpose()?;
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut state = [0u64; 25];
            rng.fill(&mut state[..]);
            let mut golden = state;
            let mut rec = Recorder::default();
            keccak_f1600_traced(&mut golden, rounds, 0, &mut rec);
            println!("Keccak-f[1600], seed {seed}, {rounds} round(s)/clock, RC[0] = {:#018x}", RC[0]);
            println!("input lanes 0..4: {:016x} {:016x} {:016x} {:016x} {:016x}", state[0], state[1], state[2], state[3], state[4]);
            println!("{:>5}  {:>5}  {:<18}  {}", "cycle", "round", "golden lane 0", "checkpoint");
            let name = format!("keccak-seed{seed}");
            let result = match &vcd {
                Some(path) => {
                    let mut core = cosim::keccak::KeccakCoreRtl::new(rounds);
                    core.trace_to(path);
                    core.permute_checked(state, fault).map_err(|mut m| {
                        m.vcd = Some(path.clone());
                        m
                    })
                }
                None => check_permutation(rounds, state, fault, &name),
            };
            let failed_at = result.as_ref().err().map(|m| m.cycle);
            for cp in &rec.checkpoints {
                let c = cp.cycle.unwrap();
                let verdict = match failed_at {
                    Some(f) if c > f => "not compared",
                    Some(f) if c == f => "DIFFERS",
                    _ => "equal",
                };
                println!("{:>5}  {:>5}  {:016x}    {verdict}", c, cp.index, cp.values[0]);
            }
            match result {
                Ok(run) => {
                    println!("RTL equals golden model: {} checkpoints over {} cycles.", run.compared, run.cycles);
                    if let Some(p) = vcd {
                        println!("waveform: {}", p.display());
                    }
                    Ok(())
                }
                Err(m) => Err(m.to_string()),
            }
        }
    }
}
