//! The FIPS 203 samplers in RTL (`sample_ntt`, `sample_poly_cbd`) against the golden
//! model, and their threat contract (GUIDE §6): random cases with random stalls and
//! garbage on the idle stream, the latency the golden model predicts, a fault named at
//! the right coefficient, zeroize and reset in every phase, back-to-back starts at every
//! gap after `done`, bad input, and a fault campaign over every state-register bit
//! (outcome "same result" or "fatal, wiped").
//!
//! Both samplers write through 4 ports (`coef_we/coef_idx/coef_data[0..3]`): CBD four
//! coefficients 4i..4i+3 per cycle on ports 0..3, SampleNTT the accepted ones of four
//! candidates d1..d4 per cycle, candidate k on port k − 1. Every run is scored on the
//! coefficients, the write indices in write order (port order within a cycle), the port
//! of every write, the words consumed and the latency; stall-free runs also on the cycle
//! of every write.
//!
//! The fault campaign strikes every bit at 200 random phases (about 1 s: the samplers are
//! small), so it is part of the default run.

use cosim::keccak::Stalls;
use cosim::model::Model;
use cosim::sampler::{
    check, golden_words, sample_ntt_cycles, sample_ntt_words, score, Case, Fault, Kind, SamplerError, SamplerRtl, CBD_CYCLES, ERR_BAD_ETA, ERR_BUSY, ERR_FATAL, LANES,
    WIPE_CYCLES,
};
use engine::EngineError;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

fn stalls(p: f64) -> Stalls {
    Stalls { input: p, output: 0.0 }
}

/// A random case of `kind` (η alternating 2, 3 for CBD).
fn random_case(kind: Kind, rng: &mut impl Rng, n: usize) -> Case {
    let seed: [u8; 32] = rng.gen();
    match kind {
        Kind::SampleNtt => {
            let k = rng.gen_range(2..=4u8);
            Case::sample_ntt(&seed, rng.gen_range(0..k), rng.gen_range(0..k), k)
        }
        Kind::Cbd => Case::cbd(2 + (n % 2) as u8, &seed, rng.gen()),
    }
}

/// Every register of the block is zero (a wiped sampler is all-zero, Idle included).
fn all_zero(m: &Model) -> Vec<(&'static str, usize)> {
    m.nonzero_probes(&|_| false)
}

fn random_cases_match(kind: Kind, cases: usize, seed: u64) {
    let results: Vec<(u64, usize, u64, usize)> = (0..cases)
        .into_par_iter()
        .map(|n| {
            let mut rng = ChaCha8Rng::seed_from_u64(seed + n as u64);
            let case = random_case(kind, &mut rng, n);
            // A third of the cases run without stalls: the latency formula exactly.
            let p = [0.0, 0.2, 0.5][n % 3];
            let run = check(&case, stalls(p), seed ^ n as u64, None, &format!("{}_{n}", kind.block()))
                .unwrap_or_else(|e| panic!("{} case {n}: {e}", kind.block()));
            if p == 0.0 {
                assert_eq!(run.cycles, case.cycles(), "stall-free latency");
                assert_eq!(run.stalls, 0);
                // One cycle takes the first word; then chunk c (candidates 4c..4c+3) in
                // cycle 2 + c, candidate k of it on port k.
                for (w, &c) in run.writes.iter().zip(&case.candidates) {
                    assert_eq!((w.cycle, w.port as usize), (2 + (c / LANES) as u64, c % LANES), "{} case {n}: write of index {}", kind.block(), w.idx);
                }
            }
            (run.cycles, run.words, run.stalls, case.extra_words())
        })
        .collect();
    if kind == Kind::SampleNtt {
        // The RTL takes 48 bits at a time: sometimes one word more than the golden model.
        let extra = results.iter().filter(|r| r.3 == 1).count();
        println!("sample_ntt: {extra} of {cases} cases consumed one word more than the golden model (G odd, < 24 bits left in its last word)");
        assert!(extra > 0 && extra < cases, "both outcomes occur");
    }
    let words: usize = results.iter().map(|r| r.1).sum();
    let (lo, hi) = (results.iter().map(|r| r.1).min().unwrap(), results.iter().map(|r| r.1).max().unwrap());
    println!(
        "{}: {cases} random cases = golden (coefficients in order, indices, words, latency); words per case {lo}..{hi} (mean {:.1}), {} stall cycles",
        kind.block(),
        words as f64 / cases as f64,
        results.iter().map(|r| r.2).sum::<u64>()
    );
}

#[test]
fn sample_ntt_matches_the_golden_model_over_random_cases_with_stalls() {
    random_cases_match(Kind::SampleNtt, 500, 1000);
}

#[test]
fn cbd_matches_the_golden_model_for_eta_2_and_3_with_stalls() {
    random_cases_match(Kind::Cbd, 500, 2000);
}

/// Latency is the golden model's: CBD exactly `CBD_CYCLES` = 66 for η = 2 and 3 whatever
/// the bits (constant time), SampleNTT 2 + ⌊4W/3⌋ for the W words the RTL consumes; each
/// input stall with `in_ready` high adds one cycle. W is the golden model's word count,
/// or one more exactly when the golden group count G is odd and the golden model's last
/// word has fewer than 24 bits left after group G.
#[test]
fn latency_is_what_the_golden_model_predicts() {
    // The driver's formulas are the RTL crate's.
    assert_eq!(CBD_CYCLES, rtl::sampler::CBD_CYCLES);
    assert_eq!(LANES, rtl::sampler::LANES);
    for w in 0..100 {
        assert_eq!(sample_ntt_cycles(w), rtl::sampler::sample_ntt_cycles(w));
        assert_eq!(sample_ntt_words(2 * w + 1), rtl::sampler::sample_ntt_words(2 * w + 1));
        assert_eq!(sample_ntt_words(2 * w), rtl::sampler::sample_ntt_words(2 * w));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    for eta in [2u8, 3] {
        for s in [[0u8; 32], [0xff; 32], rng.gen()] {
            let case = Case::cbd(eta, &s, rng.gen());
            let run = check(&case, stalls(0.0), 1, None, "cbd_latency").unwrap();
            assert_eq!(run.cycles, CBD_CYCLES, "η = {eta}");
            assert_eq!(CBD_CYCLES, 2 + 256 / LANES as u64);
            assert_eq!(run.words, 8 * eta as usize);
            assert_eq!(run.writes.len(), 256);
            for (i, w) in run.writes.iter().enumerate() {
                assert_eq!((w.idx as usize, w.port as usize, w.cycle), (i, i % 4, 2 + i as u64 / 4), "η = {eta}: 4i + k on port k in cycle 2 + i");
            }
            let slow = check(&case, stalls(0.4), 2, None, "cbd_latency_stalls").unwrap();
            assert_eq!(slow.cycles, CBD_CYCLES + slow.stalls);
            assert!(slow.stalls > 0);
        }
    }
    let mut seen = std::collections::BTreeMap::new();
    let mut extra = [0usize; 2];
    for _ in 0..80 {
        let case = Case::sample_ntt(&rng.gen(), rng.gen_range(0..4), rng.gen_range(0..4), 4);
        let run = check(&case, stalls(0.0), 3, None, "sample_ntt_latency").unwrap();
        let g = case.groups;
        assert_eq!(case.words, golden_words(g));
        // Exactly what the RTL consumes: ⌈G/2⌉ 48-bit chunks.
        assert_eq!(run.words, sample_ntt_words(g));
        assert_eq!(run.words, (48 * g.div_ceil(2)).div_ceil(64));
        let one_more = g % 2 == 1 && 64 * case.words - 24 * g < 24;
        assert_eq!(run.words, case.words + one_more as usize, "G = {g}, golden words {}", case.words);
        extra[one_more as usize] += 1;
        assert_eq!(run.cycles, 2 + 4 * run.words as u64 / 3);
        assert_eq!(run.cycles, sample_ntt_cycles(run.words));
        // The last write is in the cycle of the chunk holding group G.
        assert_eq!(run.writes.last().unwrap().cycle, 2 + (g as u64 - 1) / 2);
        seen.insert(run.words, run.cycles);
    }
    assert!(extra[0] > 0 && extra[1] > 0, "both word counts seen: {extra:?}");
    println!(
        "sample_ntt latency (RTL words -> cycles): {seen:?}; {} of 80 cases took one word more than the golden model; sample_poly_cbd: {CBD_CYCLES} cycles for η = 2 and 3",
        extra[1]
    );
}

/// The checker can fail: a bit of the bit reservoir (the candidate register), flipped
/// in a cycle that writes a coefficient through every port, is named as port 0's
/// coefficient (index, cycle, expected, observed), with a VCD.
#[test]
fn a_fault_in_the_reservoir_is_named_at_the_right_coefficient() {
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    for kind in [Kind::SampleNtt, Kind::Cbd] {
        let case = random_case(kind, &mut rng, 1);
        let clean = check(&case, stalls(0.0), 0, None, "fault_clean").unwrap();
        let s = SamplerRtl::new(kind);
        for pick in [3usize, 100, 200] {
            // A cycle that writes through all four ports: its first write is port 0's
            // `d1` (or CBD's coefficient 4i), made of reservoir bits 0..12.
            let first = (pick..256).find(|&i| clean.writes.get(i + 3).is_some_and(|n| n.cycle == clean.writes[i].cycle)).unwrap();
            let w = clean.writes[first];
            assert_eq!(w.port, 0);
            if kind == Kind::SampleNtt && w.data == 3328 {
                continue; // flipping bit 0 would reject it instead
            }
            let fault = Fault { cycle: w.cycle, probe: s.reservoir(), bit: 0 };
            let name = format!("{}_fault_{pick}", kind.block());
            match check(&case, stalls(0.0), 0, Some(fault), &name) {
                Err(SamplerError::Mismatch(m)) => {
                    println!("{m}");
                    assert_eq!(m.block, kind.block());
                    assert_eq!(m.checkpoint, kind.checkpoint());
                    assert_eq!(m.index, Some(w.idx as usize));
                    assert_eq!(m.cycle, w.cycle);
                    assert_eq!(m.expected, Some(w.data as u64));
                    assert_ne!(m.observed, m.expected);
                    let vcd = m.vcd.expect("a VCD of the failing run");
                    assert!(vcd.exists(), "{}", vcd.display());
                }
                other => panic!("{}: the fault went unnoticed: {other:?}", kind.block()),
            }
        }
    }
}

/// `zeroize` and `reset` asserted in every cycle of an operation (taking words, draining,
/// the done cycle) leave every register zero `WIPE_CYCLES` = 1 cycle later and the block
/// idle and usable; the stream is stalled at random so every fill level is struck.
#[test]
fn zeroize_and_reset_wipe_every_register_in_one_cycle_in_every_phase() {
    let mut rng = ChaCha8Rng::seed_from_u64(21);
    let mut struck_total = 0;
    for (kind, n) in [(Kind::SampleNtt, 0), (Kind::Cbd, 0), (Kind::Cbd, 1)] {
        let case = random_case(kind, &mut rng, n);
        let clean = check(&case, stalls(0.2), 7, None, "wipe_clean").unwrap();
        let mut s = SamplerRtl::new(kind);
        for at in 1..=clean.cycles {
            for reset in [false, true] {
                let mut stream = case.stream.clone();
                let mut r = ChaCha8Rng::seed_from_u64(7);
                let mut left = None;
                let out = s.run_with(case.eta, &mut || stream.squeeze_word(), stalls(0.2), &mut r, &mut |s, c| {
                    if c == at {
                        if reset { s.reset() } else { s.zeroize() }
                        left = Some(all_zero(s.model()));
                    }
                });
                let left = left.expect("struck before done");
                assert!(left.is_empty(), "{} {} at cycle {at}: not wiped after {WIPE_CYCLES} cycle: {left:?}", kind.block(), if reset { "reset" } else { "zeroize" });
                assert!(matches!(out, Err(SamplerError::Aborted { .. })), "{out:?}");
                assert!(!s.busy() && s.error().is_none() && !s.fatal());
                struck_total += 1;
            }
        }
        // Usable afterwards.
        let mut stream = case.stream.clone();
        let run = s.run(case.eta, &mut || stream.squeeze_word(), stalls(0.0), &mut rng).unwrap();
        score(kind.block(), &case, &run).unwrap();
    }
    println!("{struck_total} wipes (zeroize and reset in every cycle), every register zero 1 cycle later");
}

/// A second operation started 0, 1, 2 or 3 cycles after `done` is right (and so is the
/// first), for every pair of (SampleNTT | CBD η = 2 | CBD η = 3) on each block.
#[test]
fn back_to_back_starts_at_every_gap_after_done() {
    let mut rng = ChaCha8Rng::seed_from_u64(31);
    for kind in [Kind::SampleNtt, Kind::Cbd] {
        let mut s = SamplerRtl::new(kind);
        for gap in 0..4 {
            for pair in 0..4 {
                let a = random_case(kind, &mut rng, pair);
                let b = random_case(kind, &mut rng, pair / 2);
                let mut sa = a.stream.clone();
                let ra = s.run(a.eta, &mut || sa.squeeze_word(), stalls(0.3), &mut rng).unwrap();
                score(kind.block(), &a, &ra).unwrap();
                assert!(s.done(), "the model stands in the done cycle");
                for _ in 0..gap {
                    s.idle(&mut rng);
                }
                let mut sb = b.stream.clone();
                let rb = s.run(b.eta, &mut || sb.squeeze_word(), stalls(0.3), &mut rng).unwrap();
                score(kind.block(), &b, &rb).unwrap_or_else(|m| panic!("{} gap {gap}: {m}", kind.block()));
            }
        }
    }
}

/// Unknown η (0, 1) is error 1 and starts nothing; start while busy is error 2 and the
/// operation goes on to the right result; the error stays until the next accepted start;
/// the block stays usable.
#[test]
fn bad_input_gets_an_error_code_and_the_block_stays_usable() {
    let mut rng = ChaCha8Rng::seed_from_u64(41);
    let mut s = SamplerRtl::new(Kind::Cbd);
    for eta in [0u8, 1] {
        let case = Case::cbd(2, &rng.gen(), 0);
        let mut stream = case.stream.clone();
        match s.run(eta, &mut || stream.squeeze_word(), stalls(0.0), &mut rng) {
            Err(SamplerError::Engine(EngineError::Hardware { code, .. })) => assert_eq!(code, ERR_BAD_ETA),
            other => panic!("η = {eta}: {other:?}"),
        }
        assert!(!s.busy());
        assert!(all_zero(s.model()).iter().all(|(n, _)| *n == "cmd$err" || *n == "cmd$code"), "nothing but the error status changed");
    }
    for kind in [Kind::SampleNtt, Kind::Cbd] {
        let mut s = SamplerRtl::new(kind);
        // The shortest operation takes 66 cycles (CBD; SampleNTT ≥ 2 + 64 chunks).
        for at in [1u64, 2, 40, 64] {
            let case = random_case(kind, &mut rng, at as usize);
            let start = s.model().port("start");
            let mut stream = case.stream.clone();
            let mut seen = None;
            let run = s
                .run_with(case.eta, &mut || stream.squeeze_word(), stalls(0.1), &mut rng, &mut |s, c| {
                    s.model().set_bool(start, c == at);
                    if c == at + 1 {
                        seen = s.error();
                    }
                })
                .unwrap();
            assert_eq!(seen, Some(ERR_BUSY), "{} start while busy at {at}", kind.block());
            assert_eq!(s.error(), Some(ERR_BUSY), "held until the next accepted start");
            score(kind.block(), &case, &run).unwrap_or_else(|m| panic!("{}: {m}", kind.block()));
        }
    }
}

#[derive(Debug, Default)]
struct Counts {
    same: usize,
    fatal_wiped: usize,
}

/// Flips every bit of every control register (FSM, CBD's η, the fill level and the
/// coefficient counter and their redundant copies, and the status registers alarm,
/// err, code, done_r) at `phases` random cycles of random operations: the result is the
/// golden one, or `fatal` rises at once and every register but the alarm is wiped one
/// cycle later, starts are refused (error 6) until `reset`, and the block is usable
/// after it.
fn campaign(kind: Kind, phases: usize, seed: u64) -> Counts {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut s = SamplerRtl::new(kind);
    let mut counts = Counts::default();
    // Every register but the data register (the reservoir: a flip there is a wrong
    // coefficient, which the scoreboard names; see the test above).
    let regs: Vec<(&str, _, usize)> = s.model().probe_ids().filter(|(_, p)| p.name != "res$unread").map(|(id, p)| (p.name, id, p.width)).collect();
    assert_eq!(regs.len(), s.state_registers().len() + 4, "state registers + alarm, err, code, done_r");
    for (name, id, width) in regs {
        for bit in 0..width {
            for ph in 0..phases {
                let case = random_case(kind, &mut rng, ph + bit);
                let at = rng.gen_range(1..case.cycles());
                let mut stream = case.stream.clone();
                let mut seen = None;
                let out = s.run_with(case.eta, &mut || stream.squeeze_word(), stalls(0.1), &mut rng, &mut |s, c| {
                    if c == at {
                        s.model().flip(id, 0, bit);
                        // Fatal at once; then (and only then: otherwise the run goes on
                        // undisturbed) wiped within WIPE_CYCLES.
                        if s.fatal() {
                            for _ in 0..WIPE_CYCLES {
                                s.idle(&mut ChaCha8Rng::seed_from_u64(c));
                            }
                            seen = Some((true, s.fatal(), all_zero(s.model())));
                        }
                    }
                });
                match (seen, out) {
                    (Some((true, true, left)), Err(SamplerError::Engine(EngineError::Fatal { .. }))) => {
                        let left: Vec<_> = left.into_iter().filter(|(n, _)| *n != "cmd$alarm_r").collect();
                        assert!(left.is_empty(), "{name} bit {bit} at {at}: fatal but not wiped: {left:?}");
                        s.start(case.eta);
                        assert_eq!(s.error(), Some(ERR_FATAL), "start refused while fatal");
                        assert!(!s.busy());
                        s.reset();
                        assert!(!s.fatal() && all_zero(s.model()).is_empty());
                        counts.fatal_wiped += 1;
                    }
                    (_, Ok(run)) => {
                        score(kind.block(), &case, &run).unwrap_or_else(|m| panic!("{name} bit {bit} at {at}: neither same result nor fatal: {m}"));
                        counts.same += 1;
                    }
                    (seen, out) => panic!("{name} bit {bit} at {at}: {seen:?} {out:?}"),
                }
            }
        }
    }
    counts
}

#[test]
fn fault_campaign_every_state_register_bit_gives_same_result_or_fatal() {
    let phases = 200;
    let counts: Vec<(Kind, Counts)> = [Kind::SampleNtt, Kind::Cbd].into_par_iter().map(|k| (k, campaign(k, phases, 51))).collect();
    for (kind, c) in counts {
        println!("{}: {} flips: {} same result, {} fatal and wiped, 0 other", kind.block(), c.same + c.fatal_wiped, c.same, c.fatal_wiped);
        assert!(c.fatal_wiped > 0);
    }
}
