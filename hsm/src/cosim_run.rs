//! The main job: every RTL block against the golden model, one table.

use cosim::keccak::{KeccakCoreRtl, SpongeRtl, Stalls};
use golden_model::keccak::{Sha3Mode, Sponge};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::time::Instant;

struct Row {
    block: String,
    cases: usize,
    cycles: String,
    result: Result<(), String>,
    seconds: f64,
}

fn keccak_core(rounds: usize, cases: usize, seed: u64) -> Row {
    let t = Instant::now();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut core = KeccakCoreRtl::new(rounds);
    let mut result = Ok(());
    let mut cycles = 0;
    for i in 0..cases {
        let mut s = [0u64; 25];
        rng.fill(&mut s[..]);
        match core.permute_checked(s, None) {
            Ok(r) => cycles = r.cycles,
            Err(m) => {
                result = Err(format!("case {i}: {m}"));
                break;
            }
        }
    }
    Row {
        block: core.block().to_string(),
        cases,
        cycles: format!("{cycles} / permutation"),
        result,
        seconds: t.elapsed().as_secs_f64(),
    }
}

fn keccak_sponge(rounds_per_clock: usize, cases: usize, seed: u64) -> Row {
    let t = Instant::now();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut sponge = SpongeRtl::with_rounds(rounds_per_clock).expect("sponge variants are 1 and 2 rounds per clock");
    let mut result = Ok(());
    'outer: for i in 0..cases {
        let mode = Sha3Mode::ALL[i % 6];
        let len = rng.gen_range(0..2000);
        let msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
        let out_len = rng.gen_range(1..600);
        let stalls = Stalls { input: 0.2, output: 0.2 };
        match sponge.hash(mode, &msg, out_len, stalls, &mut rng, true) {
            Ok(run) => {
                let mut g = Sponge::new(mode);
                g.absorb(&msg);
                let mut out = vec![0u8; mode.digest_len().unwrap_or(out_len)];
                g.squeeze(&mut out);
                if out != run.output {
                    result = Err(format!("case {i} ({} of {len} bytes): output differs", mode.name()));
                    break 'outer;
                }
            }
            Err(e) => {
                result = Err(format!("case {i} ({} of {len} bytes): {e}", mode.name()));
                break 'outer;
            }
        }
    }
    // Steady-state cost of one SHA3-256 block: difference between 3 and 2 blocks.
    let mut quiet = rand::rngs::mock::StepRng::new(u64::MAX, 0);
    let per_block = {
        let c = |n: usize, s: &mut SpongeRtl, q: &mut rand::rngs::mock::StepRng| {
            s.hash(Sha3Mode::Sha3_256, &vec![1u8; 136 * n], 0, Stalls::default(), q, false).map(|r| r.cycles).unwrap_or(0)
        };
        c(3, &mut sponge, &mut quiet) - c(2, &mut sponge, &mut quiet)
    };
    Row {
        block: sponge.block().into(),
        cases,
        cycles: format!("{per_block} / SHA3-256 block"),
        result,
        seconds: t.elapsed().as_secs_f64(),
    }
}

fn ntt_unit(butterflies: usize, cases: usize, seed: u64) -> Row {
    use cosim::ntt::{random_poly, NttUnitRtl};
    use golden_model::polyunit::{Mode, Op};
    let t = Instant::now();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut unit = NttUnitRtl::new(butterflies);
    let mut result = Ok(());
    let mut cycles = (0, 0);
    'cases: for i in 0..cases {
        let mode = if i % 2 == 0 { Mode::Kem } else { Mode::Dsa };
        let op = Op::ALL[(i / 2) % Op::ALL.len()];
        for slot in 0..2 {
            if let Err(code) = unit.load(mode, slot, &random_poly(mode, &mut rng)) {
                result = Err(format!("case {i}: loading slot {slot}: error {code}"));
                break 'cases;
            }
        }
        match unit.run_checked(mode, op, 0, 1, 2, None) {
            Ok(run) if op == Op::Ntt && mode == Mode::Kem => cycles.0 = run.cycles,
            Ok(run) if op == Op::Ntt => cycles.1 = run.cycles,
            Ok(_) => {}
            Err(e) => {
                result = Err(format!("case {i} ({} {}): {e}", mode.name(), op.name()));
                break;
            }
        }
    }
    Row {
        block: unit.block().to_string(),
        cases,
        cycles: format!("NTT {} (KEM) / {} (DSA)", cycles.0, cycles.1),
        result,
        seconds: t.elapsed().as_secs_f64(),
    }
}

/// SHA-2 and HMAC on random messages (every algorithm, random stalls on both streams,
/// every round of every compression against the golden schedule), digests against the
/// golden model; the cycles per block from the difference of a 3- and a 2-block message.
fn sha2_engine(cases: usize, seed: u64) -> Row {
    use cosim::sha2::{Job, Sha2Rtl};
    use engine::Sha2Alg;
    let t = Instant::now();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut e = Sha2Rtl::new();
    let mut result = Ok(());
    for i in 0..cases {
        let alg = Sha2Alg::ALL[i % Sha2Alg::ALL.len()];
        let msg: Vec<u8> = (0..rng.gen_range(0..700)).map(|_| rng.gen()).collect();
        let key: Vec<u8> = (0..rng.gen_range(0..=alg.block_len())).map(|_| rng.gen()).collect();
        let hmac = i % 3 == 2;
        let stalls = Stalls { input: 0.2, output: 0.2 };
        let job = Job { alg, key: hmac.then_some(&key[..]), msg: &msg, stalls, rounds: true, timing: false, seed: seed ^ i as u64 };
        let want = if hmac { golden_model::sha2::hmac(alg, &key, &msg) } else { golden_model::sha2::digest(alg, &msg) };
        match e.run(&job) {
            Ok(run) if run.digest == want => {}
            Ok(_) => {
                result = Err(format!("case {i} ({alg:?}, {} bytes): digest differs", msg.len()));
                break;
            }
            Err(err) => {
                result = Err(format!("case {i} ({alg:?}, {} bytes): {err}", msg.len()));
                break;
            }
        }
    }
    let mut per_block = |alg: Sha2Alg| {
        let b = alg.block_len();
        let mut c = |n: usize| {
            let msg = vec![7u8; n * b - b / 2];
            let job = Job { alg, key: None, msg: &msg, stalls: Stalls::default(), rounds: false, timing: true, seed };
            e.run(&job).map(|r| r.cycles).unwrap_or(0)
        };
        c(3).saturating_sub(c(2))
    };
    let (c256, c512) = (per_block(Sha2Alg::Sha256), per_block(Sha2Alg::Sha512));
    Row {
        block: "sha2_engine".into(),
        cases,
        cycles: format!("{c256} / SHA-256 block, {c512} / SHA-512 block"),
        result,
        seconds: t.elapsed().as_secs_f64(),
    }
}

/// ECDSA on one curve: keygen, sign and verify on random inputs (every ladder step,
/// inversion and output on its cycle against the golden microcode), keys and
/// signatures also against the golden ECC unit.
fn ecc_engine(curve: engine::EcCurve, cases: usize, seed: u64) -> Row {
    use cosim::ecc::{random_inputs, EccRtl, Job};
    use golden_model::ecdsa::field::limbs_to_be;
    use golden_model::ecdsa::program::{command, slot};
    use golden_model::ecdsa::Ecdsa;
    let t = Instant::now();
    let mut e = EccRtl::new();
    let len = curve.byte_len();
    let be = |v: &[u64; 6]| limbs_to_be(v, 48)[48 - len..].to_vec();
    let mut cycles = [0u64; 3];
    let mut result = Ok(());
    'cases: for i in 0..cases {
        let s = seed.wrapping_mul(1000) + i as u64;
        for (n, cmd) in [command::KEYGEN, command::SIGN, command::VERIFY].into_iter().enumerate() {
            let inputs = random_inputs(curve, cmd, s);
            let job = Job { curve, cmd, inputs: inputs.clone(), hmac: engine::Sha2Alg::Sha256, checkpoints: true, seed: s };
            let run = match e.run(&job) {
                Ok(r) if r.error == 0 => r,
                Ok(r) => {
                    result = Err(format!("case {i}, command {cmd}: error {}", r.error));
                    break 'cases;
                }
                Err(err) => {
                    result = Err(format!("case {i}, command {cmd}: {err}"));
                    break 'cases;
                }
            };
            cycles[n] = run.cycles;
            let get = |sl: u32| inputs.iter().find(|(x, _)| *x == sl).map(|(_, v)| be(v)).unwrap();
            let golden = Ecdsa::new(curve);
            let agrees = match cmd {
                command::KEYGEN => golden.public_key(&get(slot::D)).is_ok_and(|q| q == (be(&run.out[0]), be(&run.out[1]))),
                command::SIGN => golden.sign_prehashed(&get(slot::E), &get(slot::D), &get(slot::K)).is_ok_and(|sig| (sig.r, sig.s) == (be(&run.out[0]), be(&run.out[1]))),
                _ => golden.verify_prehashed(&get(slot::QX), &get(slot::QY), &get(slot::E), &get(slot::R), &get(slot::S)),
            };
            if !agrees {
                result = Err(format!("case {i}, command {cmd}: differs from the golden ECC unit"));
                break 'cases;
            }
        }
    }
    Row {
        block: format!("ecc_engine {}", if curve == engine::EcCurve::P256 { "P-256" } else { "P-384" }),
        cases,
        cycles: format!("keygen {} / sign {} / verify {}", cycles[0], cycles[1], cycles[2]),
        result,
        seconds: t.elapsed().as_secs_f64(),
    }
}

/// Enrol and reconstruct on simulated devices (co-simulated window), checkpoint by
/// checkpoint against the golden extractor and KDF.
fn puf_kdf(devices: usize, seed: u64) -> Row {
    use cosim::puf::{cosim_params, PufRtl};
    use golden_model::puf::physical::{Conditions, Device};
    let t = Instant::now();
    let params = cosim_params();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut rtl = PufRtl::new();
    let mut result = Ok(());
    let mut cycles = (0, 0);
    for d in 0..devices as u64 {
        let dev = Device::new(&params, seed * 1000 + d);
        let key = golden_model::puf::random_secret(&mut rng);
        // A new device is a new power-up: enrolment is one time per device (the lock).
        rtl.power_cycle();
        let enrol = rtl.enrol_checked(&dev.evaluate(Conditions::NOMINAL, &mut rng), &key, None);
        let run = enrol.map_err(|e| format!("device {d}, enrolment: {e}")).and_then(|e| {
            cycles.0 = e.cycles + 1;
            let eval = dev.evaluate(Conditions::new(85.0, 1.0), &mut rng);
            rtl.reconstruct_checked(&eval, &e.helper_out, None).map_err(|e| format!("device {d}, reconstruction: {e}"))
        });
        match run {
            Ok(r) => cycles.1 = r.cycles + 1,
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    Row {
        block: "puf_kdf".into(),
        cases: 2 * devices,
        cycles: format!("enrol {} / reconstruct {} (W=512)", cycles.0, cycles.1),
        result,
        seconds: t.elapsed().as_secs_f64(),
    }
}

/// The ML-KEM engine: KeyGen, Encaps, Decaps on random inputs for one parameter set,
/// every microcode step against the golden program run, the outputs against FIPS 203
/// (`kem`), the cycles against the golden schedule. Shows progress (cases, rate, time
/// left) on a terminal.
fn mlkem_engine(p: golden_model::mlkem::Params, cases: usize, seed: u64) -> Row {
    use cosim::mlkem::MlKemRtl;
    use golden_model::mlkem::kem;
    use golden_model::mlkem::program::{self, Command};
    let t = Instant::now();
    let bar = indicatif::ProgressBar::new(3 * cases as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>16} [{bar:30}] {pos}/{len} commands, {per_sec}, {eta} left")
            .unwrap()
            .progress_chars("=> "),
    );
    bar.set_message(p.name);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut e = MlKemRtl::new();
    let mut cycles = [0u64; 3];
    let mut result = Ok(());
    'cases: for i in 0..cases {
        let (d, z, m): ([u8; 32], [u8; 32], [u8; 32]) = (rng.gen(), rng.gen(), rng.gen());
        let (ek, dk) = kem::keygen(&p, &d, &z).unwrap();
        let (k, c) = kem::encaps(&p, &ek, &m).unwrap();
        let jobs: [(Command, Vec<&[u8]>, Vec<Vec<u8>>); 3] = [
            (Command::KeyGen, vec![&d, &z], vec![ek.clone(), dk.clone()]),
            (Command::Encaps, vec![&ek, &m], vec![k.to_vec(), c.clone()]),
            (Command::Decaps, vec![&dk, &c], vec![k.to_vec()]),
        ];
        for (n, (cmd, ins, want)) in jobs.iter().enumerate() {
            match e.run(*cmd, &p, ins, true) {
                Ok((out, run)) if out == *want => {
                    let steps = program::program(*cmd, &p);
                    let (golden, _) = program::execute(*cmd, &p, ins);
                    let predicted = program::command_cycles(&steps, &golden);
                    if run.cycles != predicted {
                        result = Err(format!("case {i} {}: {} cycles, the golden model predicts {predicted}", cmd.name(), run.cycles));
                        break 'cases;
                    }
                    cycles[n] = run.cycles;
                }
                Ok(_) => {
                    result = Err(format!("case {i} {}: outputs differ from FIPS 203", cmd.name()));
                    break 'cases;
                }
                Err(err) => {
                    result = Err(format!("case {i} {}: {err}", cmd.name()));
                    break 'cases;
                }
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    Row {
        block: format!("mlkem_engine {}", &p.name[7..]),
        cases: 3 * cases,
        cycles: format!("KeyGen {} / Encaps {} / Decaps {}", cycles[0], cycles[1], cycles[2]),
        result,
        seconds: t.elapsed().as_secs_f64(),
    }
}

pub fn run_all(cases: usize, seed: u64) -> Result<(), String> {
    println!("Co-simulating every RTL block against the golden model ({cases} random cases each, seed {seed})\n");
    let jobs: Vec<Box<dyn FnOnce() -> Row>> = vec![
        Box::new(move || keccak_core(1, cases, seed)),
        Box::new(move || keccak_core(2, cases, seed)),
        Box::new(move || keccak_core(3, cases, seed)),
        Box::new(move || keccak_sponge(2, cases / 4 + 1, seed)),
        Box::new(move || keccak_sponge(1, cases / 8 + 1, seed)),
        Box::new(move || ntt_unit(1, cases / 20 + 10, seed)),
        Box::new(move || ntt_unit(2, cases / 20 + 10, seed)),
        Box::new(move || ntt_unit(4, cases / 4 + 10, seed)),
        Box::new(move || puf_kdf(cases / 1000 + 1, seed)),
        Box::new(move || sha2_engine(cases / 10 + 1, seed)),
        Box::new(move || ecc_engine(engine::EcCurve::P256, cases / 1000 + 1, seed)),
        Box::new(move || ecc_engine(engine::EcCurve::P384, cases / 1000 + 1, seed)),
        Box::new(move || mlkem_engine(golden_model::mlkem::ML_KEM_512, cases / 50 + 1, seed)),
        Box::new(move || mlkem_engine(golden_model::mlkem::ML_KEM_768, cases / 50 + 1, seed)),
        Box::new(move || mlkem_engine(golden_model::mlkem::ML_KEM_1024, cases / 50 + 1, seed)),
    ];
    println!("{:<18} {:>6}  {:<42} {:>8}  {}", "block", "cases", "cycles per operation", "seconds", "result");
    let mut failed = 0;
    for job in jobs {
        let row = job();
        let verdict = match &row.result {
            Ok(()) => "PASS".to_string(),
            Err(e) => {
                failed += 1;
                format!("FAIL: {e}")
            }
        };
        println!("{:<18} {:>6}  {:<42} {:>8.2}  {verdict}", row.block, row.cases, row.cycles, row.seconds);
    }
    if failed > 0 {
        return Err(format!("{failed} block(s) differ from the golden model"));
    }
    println!("\nAll blocks equal the golden model.");
    Ok(())
}
