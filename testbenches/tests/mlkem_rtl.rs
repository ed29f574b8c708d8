//! The ML-KEM engine (`mlkem_engine`) against the golden model: every command and
//! parameter set step by step (the scoreboard compares each finished microcode step's
//! result, read through probes, with the golden program run), the latency of every
//! step against `program::step_cycles`, implicit rejection in constant time, bad input,
//! zeroize and reset in every step, faults.

use cosim::mlkem::{sample_inputs, Location, MlKemRtl, MlKemRtlError, BLOCK};
use engine::EngineError;
use golden_model::mlkem::program::{self, error, layout, Command, MicroOp};
use golden_model::mlkem::{kem, Params, ML_KEM_1024, ML_KEM_512, ML_KEM_768};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

/// The inputs of `cmd` for a fresh key pair from `seed`.
fn inputs(cmd: Command, p: &Params, seed: u64) -> Vec<Vec<u8>> {
    sample_inputs(cmd, p, seed)
}

fn expected(cmd: Command, p: &Params, ins: &[Vec<u8>]) -> Vec<Vec<u8>> {
    match cmd {
        Command::KeyGen => {
            let (ek, dk) = kem::keygen(p, &ins[0], &ins[1]).unwrap();
            vec![ek, dk]
        }
        Command::Encaps => {
            let (k, c) = kem::encaps(p, &ins[0], &ins[1]).unwrap();
            vec![k.to_vec(), c]
        }
        Command::Decaps => vec![kem::decaps(p, &ins[0], &ins[1]).unwrap().to_vec()],
    }
}

fn refs(v: &[Vec<u8>]) -> Vec<&[u8]> {
    v.iter().map(|x| &x[..]).collect()
}

#[test]
fn every_command_matches_the_golden_model_step_by_step() {
    let cases: Vec<(Command, Params)> =
        Command::ALL.iter().flat_map(|&c| Params::ALL.iter().map(move |&p| (c, p))).collect();
    let report: Vec<String> = cases
        .par_iter()
        .map(|&(cmd, p)| {
            let mut e = MlKemRtl::new();
            let ins = inputs(cmd, &p, 11);
            let (out, run) = e.run(cmd, &p, &refs(&ins), true).unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(out, expected(cmd, &p, &ins), "{} {}", p.name, cmd.name());
            let steps = program::program(cmd, &p);
            // Every step but END is compared, and its latency is the golden model's.
            assert_eq!(run.compared, steps.len() - 1, "{} {}", p.name, cmd.name());
            let (golden, _) = program::execute(cmd, &p, &refs(&ins));
            assert_eq!(run.cycles, program::command_cycles(&steps, &golden), "{} {} cycles", p.name, cmd.name());
            // The command ends with the polynomial memory and the scratch wiped.
            for s in 0..16 {
                for x in 0..256 {
                    assert_eq!(e.peek_coefficient(s, x), 0, "slot {s} coefficient {x} after done");
                }
            }
            for a in layout::SCR..layout::SCR + layout::SCR_WORDS {
                assert_eq!(e.peek_word(a), 0, "scratch word {a} after done");
            }
            format!("{} {}: {} cycles, {} steps", p.name, cmd.name(), run.cycles, run.compared)
        })
        .collect();
    for r in report {
        println!("{r}");
    }
}

#[test]
fn implicit_rejection_takes_the_same_cycles_for_every_ciphertext() {
    let mut rng = ChaCha8Rng::seed_from_u64(18);
    for p in Params::ALL {
        let ins = inputs(Command::Decaps, &p, 5);
        let (dk, c) = (&ins[0], &ins[1]);
        let mut e = MlKemRtl::new();
        let (_, valid) = e.run(Command::Decaps, &p, &[dk, c], false).unwrap();
        let mut cycles = vec![valid.cycles];
        for n in 0..6 {
            // Flipped bits, and (every other case) a random ciphertext.
            let mut bad = c.clone();
            if n % 2 == 0 {
                let at = rng.gen_range(0..bad.len());
                bad[at] ^= 1 << rng.gen_range(0..8);
            } else {
                rng.fill(&mut bad[..]);
            }
            let (out, run) = e.run(Command::Decaps, &p, &[dk, &bad], false).unwrap();
            assert_eq!(out[0], kem::decaps(&p, dk, &bad).unwrap().to_vec(), "{} implicit rejection key", p.name);
            cycles.push(run.cycles);
        }
        assert!(cycles.iter().all(|&c| c == cycles[0]), "{}: {cycles:?}", p.name);
        println!("{} Decaps: {} cycles for the valid and 6 invalid ciphertexts", p.name, cycles[0]);
    }
}

/// Every buffer word and polynomial coefficient is zero, and `busy` is low.
fn assert_wiped(e: &mut MlKemRtl, what: &str) {
    assert!(!e.busy(), "{what}: still busy");
    for a in 0..layout::BUF_WORDS as u16 {
        assert_eq!(e.peek_word(a), 0, "{what}: buffer word {a}");
    }
    for s in 0..16 {
        for x in 0..256 {
            assert_eq!(e.peek_coefficient(s, x), 0, "{what}: slot {s} coefficient {x}");
        }
    }
    // Every register and memory but the constant ROMs and the status.
    let left = e.model().nonzero_probes(&|n: &str| {
        n == "seq$rom" || n.starts_with("mem$rom") || n.ends_with("alarm") || n.ends_with("alarm_r") || n == "seq$err" || n == "seq$code"
    });
    assert!(left.is_empty(), "{what}: registers not wiped: {left:?}");
}

#[test]
fn bad_input_gets_its_error_code_and_wipes() {
    let p = ML_KEM_768;
    let mut e = MlKemRtl::new();
    // §7.2: a coefficient of t̂ ≥ q.
    let ins = inputs(Command::Encaps, &p, 1);
    let mut ek = ins[0].clone();
    ek[0] = 0xff;
    ek[1] |= 0x0f;
    match e.run(Command::Encaps, &p, &[&ek, &ins[1]], true) {
        Err(EngineError::InvalidInput { what: "encapsulation key", .. }) => {}
        other => panic!("§7.2 check: {other:?}"),
    }
    assert_eq!(e.error(), Some(error::EK_MODULUS));
    assert_wiped(&mut e, "after the §7.2 failure");
    // §7.3: h does not match H(ek).
    let ins = inputs(Command::Decaps, &p, 2);
    let mut dk = ins[0].clone();
    dk[p.dk_len() - 40] ^= 4;
    match e.run(Command::Decaps, &p, &[&dk, &ins[1]], true) {
        Err(EngineError::InvalidInput { what: "decapsulation key", .. }) => {}
        other => panic!("§7.3 check: {other:?}"),
    }
    assert_eq!(e.error(), Some(error::DK_HASH));
    assert_wiped(&mut e, "after the §7.3 failure");
    // Wrong lengths are typed errors of the driver; nothing starts.
    assert!(matches!(e.run(Command::Encaps, &p, &[&ins[0][..10], &[0u8; 32]], false), Err(EngineError::InvalidInput { .. })));
    // Unknown opcode or parameter set: error 1, nothing starts.
    for (op, params) in [(3, 0), (0, 3), (3, 3)] {
        e.start_raw(op, params);
        assert_eq!((e.busy(), e.error()), (false, Some(error::BAD_COMMAND)), "op {op} params {params}");
    }
    // Start while busy (error 2) and buffer access while busy (error 3) change nothing:
    // the command goes on and its outputs are right.
    let ins = inputs(Command::Encaps, &p, 3);
    let want = expected(Command::Encaps, &p, &ins);
    e.load_inputs(Command::Encaps, &p, &refs(&ins));
    let (start_op, start_params) = (e.ports().op, e.ports().params);
    let (buf_we, buf_re, buf_addr, buf_rdata) = (e.ports().buf_we, e.ports().buf_re, e.ports().buf_addr, e.ports().buf_rdata);
    let start = e.ports().start;
    let mut seen = Vec::new();
    let run = e
        .command(Command::Encaps, &p, None, |m, cycle| {
            match cycle {
                100 => {
                    m.set(start_op, 2);
                    m.set(start_params, 0);
                    m.set_bool(start, true);
                }
                101 => m.set_bool(start, false),
                200 => {
                    // A write over ek and a read of it.
                    m.set(buf_addr, 3);
                    m.set_bool(buf_we, true);
                    m.set_bool(buf_re, true);
                }
                201 => {
                    m.set_bool(buf_we, false);
                    m.set_bool(buf_re, false);
                }
                202 => seen.push(m.get(buf_rdata)),
                _ => {}
            }
            if cycle == 102 {
                seen.push(m.get(buf_rdata));
            }
        })
        .unwrap();
    assert_eq!(seen, vec![0, 0], "a read while busy shows nothing");
    assert_eq!(e.error(), Some(error::ACCESS_BUSY));
    assert_eq!(e.read_outputs(Command::Encaps, &p), want, "the command went on unchanged");
    assert!(run.cycles > 0);
    // And the engine still works.
    let ins = inputs(Command::KeyGen, &p, 4);
    let (out, _) = e.run(Command::KeyGen, &p, &refs(&ins), true).unwrap();
    assert_eq!(out, expected(Command::KeyGen, &p, &ins));
}

/// Zeroize (or reset) in the middle of every step of a command: within
/// `wipe_cycles` every buffer word, coefficient and register is zero, and the next
/// command runs correctly.
fn wipe_in_every_step(p: Params, cmd: Command, reset: bool) {
    let ins = inputs(cmd, &p, 9);
    let mut e = MlKemRtl::new();
    let (_, reference) = e.run(cmd, &p, &refs(&ins), false).unwrap();
    let wipe = if reset { e.ports().reset } else { e.ports().zeroize };
    let want = expected(cmd, &p, &ins);
    for t in &reference.steps {
        let at = (t.begin + t.end) / 2;
        e.load_inputs(cmd, &p, &refs(&ins));
        let r = e.command(cmd, &p, None, |m, cycle| m.set_bool(wipe, cycle == at));
        assert!(matches!(r, Err(MlKemRtlError::Refused { code: 0 })), "step {}: {r:?}", t.step);
        e.model().set_bool(wipe, false);
        // The edge at `at` sampled the wipe; count the cycles until idle.
        let n = 1 + e.idle_until_ready();
        assert!(n <= rtl::mlkem::engine::wipe_cycles(), "step {}: wipe took {n} cycles", t.step);
        assert_wiped(&mut e, &format!("{} {} step {} ({})", p.name, cmd.name(), t.step, if reset { "reset" } else { "zeroize" }));
    }
    let (out, _) = e.run(cmd, &p, &refs(&ins), true).unwrap();
    assert_eq!(out, want, "the command after the wipes");
}

#[test]
fn zeroize_in_every_step_wipes_everything() {
    wipe_in_every_step(ML_KEM_512, Command::Decaps, false);
    wipe_in_every_step(ML_KEM_512, Command::KeyGen, false);
}

#[test]
fn reset_in_every_step_wipes_everything() {
    wipe_in_every_step(ML_KEM_512, Command::Encaps, true);
}

#[test]
fn a_fault_raises_fatal_wipes_and_refuses_until_reset() {
    let p = ML_KEM_512;
    let ins = inputs(Command::Decaps, &p, 6);
    // Registers whose flip must be caught: the sequencer's state, pc and comparison
    // flag, a sampler's and the sponge port's FSMs.
    for (name, bit, at) in [("seq$fsm", 0, 500u64), ("seq$pc", 3, 900), ("seq$flag", 1, 3000), ("sntt$cmd$fsm", 2, 1300), ("port$cmd$fsm", 1, 40)] {
        let mut e = MlKemRtl::new();
        let id = e.model().probe_named(name).unwrap_or_else(|| panic!("no probe {name}"));
        e.load_inputs(Command::Decaps, &p, &refs(&ins));
        let r = e.command(Command::Decaps, &p, None, |m, cycle| {
            if cycle == at {
                m.flip(id, 0, bit);
                m.eval();
            }
        });
        assert!(matches!(r, Err(MlKemRtlError::Fatal)), "{name}: {r:?}");
        e.idle_until_ready();
        assert!(e.fatal(), "{name}: fatal is sticky");
        assert_wiped(&mut e, &format!("after a flip of {name}"));
        e.start_raw(0, 0);
        assert_eq!((e.busy(), e.error()), (false, Some(error::FATAL)), "{name}: refused until reset");
        let reset = e.ports().reset;
        e.model().pulse(reset);
        e.idle_until_ready();
        let (out, _) = e.run(Command::Decaps, &p, &refs(&ins), true).unwrap();
        assert_eq!(out, expected(Command::Decaps, &p, &ins), "{name}: works after reset");
    }
}

#[test]
fn the_scoreboard_names_an_injected_fault() {
    // Corrupt ρ in the scratch right after G: the first SampleNTT step must differ.
    let p = ML_KEM_768;
    let ins = inputs(Command::KeyGen, &p, 8);
    let mut e = MlKemRtl::new();
    e.load_inputs(Command::KeyGen, &p, &refs(&ins));
    let steps = program::program(Command::KeyGen, &p);
    let (golden, _) = program::execute(Command::KeyGen, &p, &refs(&ins));
    let buffer = e.model().probe_named("buffer").unwrap();
    let r = e.command(Command::KeyGen, &p, Some(&(steps.clone(), golden)), |m, cycle| {
        if cycle == 40 {
            m.flip(buffer, layout::SCR_RHO as usize, 0);
        }
    });
    let first_sample = steps.iter().position(|s| matches!(s.op, MicroOp::Hash { sink: program::Sink::SampleNtt(_), .. })).unwrap();
    match r {
        Err(MlKemRtlError::Mismatch(m)) => {
            println!("{m}");
            assert_eq!(m.step, first_sample);
            assert!(m.fips.contains("SampleNTT"), "{}", m.fips);
            assert!(matches!(m.at, Location::Coefficient { slot: 8, .. }), "{:?}", m.at);
            assert_ne!(m.expected, m.observed);
        }
        other => panic!("the flip of ρ went unnoticed: {other:?}"),
    }
    let _ = (ML_KEM_1024, BLOCK);
}

#[test]
fn a_unit_error_aborts_the_command_with_error_7_and_wipes() {
    // A coefficient ≥ q planted in the slot the next NTT step reads: the NTT unit stops
    // with its error 5, the engine aborts with error 7 and wipes everything.
    let p = ML_KEM_512;
    let ins = inputs(Command::Decaps, &p, 12);
    let mut e = MlKemRtl::new();
    let (_, reference) = e.run(Command::Decaps, &p, &refs(&ins), false).unwrap();
    let steps = program::program(Command::Decaps, &p);
    let ntt = reference
        .steps
        .iter()
        .find(|t| matches!(steps[t.step].op, MicroOp::Ntt { op: program::NttOp::Ntt, .. }))
        .expect("an NTT step")
        .clone();
    let MicroOp::Ntt { a, .. } = steps[ntt.step].op else { unreachable!() };
    e.load_inputs(Command::Decaps, &p, &refs(&ins));
    let r = e.command(Command::Decaps, &p, None, |m, cycle| {
        if cycle == ntt.begin {
            MlKemRtl::poke_coefficient(m, a, 77, 4000);
        }
    });
    assert_eq!(r.unwrap_err(), MlKemRtlError::Refused { code: error::UNIT });
    e.idle_until_ready();
    assert!(!e.fatal(), "a unit error is not a fault of the engine");
    assert_wiped(&mut e, "after a unit error");
    let (out, _) = e.run(Command::Decaps, &p, &refs(&ins), true).unwrap();
    assert_eq!(out, expected(Command::Decaps, &p, &ins));
}

/// Every legal start time: the next command starts 0-3 cycles after `done` (0: in the
/// cycle after `done`), with random don't-care inputs meanwhile (the driver scrambles
/// them every cycle); the inputs stay in the buffer, so each repeat gives the same
/// outputs in the same cycles.
#[test]
fn a_command_may_start_in_the_cycle_after_done() {
    for (cmd, p) in [(Command::KeyGen, ML_KEM_512), (Command::Encaps, ML_KEM_768), (Command::Decaps, ML_KEM_1024)] {
        let ins = inputs(cmd, &p, 21);
        let want = expected(cmd, &p, &ins);
        let mut e = MlKemRtl::new();
        let (out, first) = e.run(cmd, &p, &refs(&ins), false).unwrap();
        assert_eq!(out, want);
        let steps = program::program(cmd, &p);
        let (golden, _) = program::execute(cmd, &p, &refs(&ins));
        for gap in 0..4 {
            let r = e.command(cmd, &p, None, |_, _| {}).unwrap();
            for _ in 0..gap {
                e.model().tick();
            }
            let again = e.command(cmd, &p, Some(&(steps.clone(), golden.clone())), |_, _| {}).unwrap_or_else(|m| panic!("{} {} gap {gap}: {m}", p.name, cmd.name()));
            assert_eq!((r.cycles, again.cycles), (first.cycles, first.cycles), "{} {} gap {gap}", p.name, cmd.name());
            assert_eq!(e.read_outputs(cmd, &p), want, "{} {} gap {gap}", p.name, cmd.name());
        }
    }
}
