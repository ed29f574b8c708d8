//! PUF RTL (puf_kdf) against the golden model: enrolment and reconstruction
//! checkpoint by checkpoint for many simulated devices and noise levels, fault
//! injection through probes, bad input, and the threat contract (GUIDE §6, issue 11):
//! outputs zero unless valid in every phase, zeroize and reset wipe every register in
//! every phase, back-to-back operations at every gap after `done`, and a fault
//! campaign over every bit of every state register.
//!
//! The driver checks on every cycle of every run that no output carries data while its
//! valid is low. Long runs: `cargo test --release -p testbenches --test puf_rtl -- --ignored`
//! (the device campaign); the full fault campaign:
//! `PUF_CAMPAIGN=full cargo test --release -p testbenches --test puf_rtl fault_campaign -- --nocapture`.
//! Enrolment is one time per power-up (the lifecycle tests are `tests/puf_lifecycle.rs`):
//! a test that enrols again on the same model first models a power cycle
//! (`PufRtl::power_cycle`).

use cosim::puf::{
    cosim_params, helper_stream, key_bytes, key_words, secret_words, ByteFault, Flow, PufRtl, PufRun, PufRunError, Stalls, ERR_FATAL, OP_ENROL, OP_RECONSTRUCT,
    STATE_CHECK,
};
use golden_model::puf::extractor::{enrol, reconstruct};
use golden_model::puf::physical::{Conditions, Device, Evaluation, PufParams};
use golden_model::puf::code::BLOCKS;
use golden_model::puf::entropy::DesignOption;
use golden_model::puf::{random_secret, PufError, Secret, HELPER_WORDS, RESPONSE_WORDS, SECRET_WORDS, ERR_BAD_OPCODE, ERR_BAD_WINDOW, ERR_BUSY, ERR_HELPER_LONG, ERR_HELPER_SHORT, ERR_KEY_CHECK};
use golden_model::trace::NoTrace;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use rtl::puf::kdf::{state, FAULT_WIPE_CYCLES, WIPE_CYCLES};
use std::collections::BTreeMap;

/// Enrols `dev` at nominal conditions through the RTL (checked); returns the helper
/// words and the key.
fn enrol_device(rtl: &mut PufRtl, dev: &Device, rng: &mut ChaCha8Rng) -> (Vec<u64>, [u8; 32]) {
    // Another device: its own power-up (the one-time lock is per device).
    rtl.power_cycle();
    let eval = dev.evaluate(Conditions::NOMINAL, rng);
    let key = random_secret(rng);
    let run = rtl.enrol_checked(&eval, &key, None).unwrap_or_else(|e| panic!("enrol device {}: {e}", dev.seed));
    let golden = enrol(&eval.response(), &key, &mut NoTrace).unwrap();
    assert_eq!(run.error, None);
    assert_eq!(run.helper_out, golden.helper.words(), "helper data");
    assert_eq!(key_bytes(run.key.expect("key released")), golden.key);
    // The intermediates are wiped in the edge after `done` (`wipe_q`).
    rtl.tick(None);
    let left = rtl.secrets_left(false);
    assert!(left.is_empty(), "intermediates wiped after enrolment: {left:?}");
    (run.helper_out, golden.key)
}

/// Many devices, each enrolled at 25 C and reconstructed at four noise levels
/// (nominal, hot, cold with high supply, the hot low-supply corner): every response,
/// every byte and the key compared with the golden model; two threads.
#[test]
fn enrol_and_reconstruct_match_golden_across_devices_and_noise() {
    let params = cosim_params();
    params.validate().expect("the co-simulated configuration is a valid model");
    let conds = [
        Conditions::NOMINAL,
        Conditions::new(85.0, 1.0),
        Conditions::new(-40.0, 1.1),
        Conditions::new(125.0, 0.9),
    ];
    let results: Vec<(usize, usize)> = (0..2u64)
        .into_par_iter()
        .map(|t| {
            let mut rtl = PufRtl::new();
            let mut rng = ChaCha8Rng::seed_from_u64(0x5055_4600 + t);
            let (mut ok, mut failed) = (0, 0);
            for d in 0..3u64 {
                let dev = Device::new(&params, 100 * t + d);
                let (helper, key) = enrol_device(&mut rtl, &dev, &mut rng);
                for c in conds {
                    let eval = dev.evaluate(c, &mut rng);
                    let run = rtl
                        .reconstruct_checked(&eval, &helper, None)
                        .unwrap_or_else(|e| panic!("device {} at {c:?}: {e}", dev.seed));
                    match reconstruct(&eval.response(), &helper, &mut NoTrace) {
                        Ok(k) => {
                            assert_eq!(run.error, None);
                            assert_eq!(key_bytes(run.key.unwrap()), k);
                            assert_eq!(k, key);
                            ok += 1;
                        }
                        Err(e) => {
                            assert_eq!(run.error, Some(e.code()));
                            assert_eq!(run.key, None);
                            failed += 1;
                        }
                    }
                    rtl.tick(None); // the edge after `done` wipes (`wipe_q`)
                    assert!(!rtl.live(), "intermediates wiped after reconstruction");
                }
            }
            (ok, failed)
        })
        .collect();
    let ok: usize = results.iter().map(|r| r.0).sum();
    println!("reconstructions: {ok} keys, {} key-check failures", results.iter().map(|r| r.1).sum::<usize>());
    assert!(ok >= 20, "most reconstructions succeed in the co-simulated configuration");
}

/// Latency of the fixed schedule (helper words offered without stalls), from the
/// start pulse to `done`: 320 groups of W + 4 clocks, plus 191 (enrolment: helper
/// output, the final SHA3-256 and SHAKE256) or 5340 (reconstruction: 40 decodes of
/// 132 clocks, KCV, the hashes, the key check), as `DesignOption::cycles` of the golden
/// model states it (the report's design table uses the same formula). At the full
/// window W = 4096: 1,312,191 and 1,317,340.
#[test]
fn operation_latency_is_as_documented() {
    let built = DesignOption { name: "built", blocks: BLOCKS, h_per_bit: 1.0 };
    for w in [512u32, 100] {
        let params = golden_model::puf::physical::PufParams { window: w, ..cosim_params() };
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let dev = Device::new(&params, 7);
        let mut rtl = PufRtl::new();
        let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
        let key = [0x42u8; golden_model::puf::SECRET_BYTES];
        let e = rtl.enrol_checked(&eval, &key, None).unwrap();
        let r = rtl.reconstruct_checked(&eval, &e.helper_out, None).unwrap();
        assert_eq!(r.error, None);
        let (ce, cr) = (e.cycles + 1, r.cycles + 1);
        println!("window {w}: enrolment {ce} cycles, reconstruction {cr} cycles");
        assert_eq!((ce, cr), built.cycles(w as u64), "enrolment, reconstruction");
    }
}

/// A flipped decoder output bit (test-only fault input) is caught by the scoreboard
/// at the right block, and the VCD of the run names it.
#[test]
fn injected_decoder_bit_flip_is_caught_at_its_block() {
    let params = cosim_params();
    let mut rng = ChaCha8Rng::seed_from_u64(21);
    let dev = Device::new(&params, 21);
    let mut rtl = PufRtl::new();
    let (helper, _) = enrol_device(&mut rtl, &dev, &mut rng);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    for (block, bit) in [(0usize, 0u8), (13, 5), (BLOCKS - 1, 7)] {
        let res = if block == 13 {
            // One case through the wrapper that writes a VCD of the failing run.
            cosim::puf::check_reconstruct(&eval, &helper, Some(ByteFault { block, bit }), "test-puf-fault")
        } else {
            rtl.reconstruct_checked(&eval, &helper, Some(ByteFault { block, bit }))
        };
        match res {
            Err(PufRunError::Mismatch(m)) => {
                assert_eq!(m.block, "puf_kdf");
                assert_eq!(m.checkpoint, "byte", "{m}");
                assert_eq!(m.checkpoint_index, block, "{m}");
                assert_eq!(m.index, Some(0));
                assert_eq!(m.expected.unwrap() ^ m.observed.unwrap(), 1 << bit, "{m}");
                // Block b's byte is stored after 8(b+1) group measurements and b+1 decodes.
                let w = params.window as u64;
                assert!(m.cycle > 8 * (block as u64 + 1) * (w + 4) && m.cycle < 8 * (block as u64 + 1) * (w + 4) + 140 * (block as u64 + 1) + 40, "{m}");
                if let Some(vcd) = &m.vcd {
                    let text = std::fs::read(vcd).expect("the VCD exists");
                    assert!(text.windows(15).any(|x| x == b"$enddefinitions"), "{}", vcd.display());
                    let _ = std::fs::remove_file(vcd);
                } else {
                    assert_ne!(block, 13, "the wrapper names a VCD");
                }
                println!("{m}");
            }
            other => panic!("the fault must be caught: {other:?}"),
        }
        if block != 13 {
            // The corrupted secret fails the key check: no key was released.
            assert!(!rtl.key_valid());
            assert_eq!(rtl.error(), Some(ERR_KEY_CHECK));
            rtl.tick(None); // the edge after `done` wipes (`wipe_q`)
            assert!(rtl.all_zero());
        }
    }
    // Without the fault the same run passes.
    let run = rtl.reconstruct_checked(&eval, &helper, None).unwrap();
    assert!(run.key.is_some());
}

/// Zeroize at points of a full-window reconstruction: after one clock everything reads
/// zero, the block is idle, and a new reconstruction works (every phase, and reset,
/// in `zeroize_and_reset_wipe_every_register_in_every_phase`).
#[test]
fn zeroize_mid_operation_wipes_in_one_cycle_and_the_block_stays_usable() {
    let params = cosim_params();
    let mut rng = ChaCha8Rng::seed_from_u64(31);
    let dev = Device::new(&params, 31);
    let mut rtl = PufRtl::new();
    let (helper, key) = enrol_device(&mut rtl, &dev, &mut rng);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let w = params.window as u64;
    let full = rtl.reconstruct_checked(&eval, &helper, None).unwrap().cycles;
    // Points: first window, mid-measurement of block 3, during a decode, during the
    // KDF, and right after completion (the key is held).
    let points = [5, 20 * (w + 4) + 7, 8 * (w + 4) + 40, full - 8, full + 1];
    for (i, &at) in points.iter().enumerate() {
        rtl.start(OP_RECONSTRUCT, eval.window, [0; SECRET_WORDS], Some(&eval));
        let partial = rtl.run(&eval, &helper_stream(&helper), None, PufRtl::budget(eval.window), Some(at.min(full)));
        let partial = partial.unwrap();
        if at > full {
            assert!(rtl.key_valid() && rtl.key_live(), "key held after success");
        } else {
            assert!(rtl.busy(), "point {i}: busy before zeroize");
            assert!(rtl.live() || at < 10, "point {i}: intermediates present before zeroize");
        }
        let _ = partial;
        rtl.zeroize();
        // Latency: one clock.
        assert!(rtl.all_zero(), "point {i}: everything reads zero one cycle after zeroize");
        assert!(!rtl.busy());
        assert_eq!(rtl.error(), None);
        // Some idle clocks: nothing comes back.
        for _ in 0..20 {
            rtl.tick(Some(&eval));
            assert!(rtl.all_zero());
        }
        let run = rtl.reconstruct_checked(&eval, &helper, None).unwrap();
        assert_eq!(key_bytes(run.key.unwrap()), key, "point {i}: usable after zeroize");
    }
}

fn expect_error_and_nothing_leaked(rtl: &mut PufRtl, eval: &Evaluation, helper: &[u64], code: u8) {
    let run = rtl.reconstruct_checked(eval, helper, None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.error, Some(code));
    assert_eq!(run.key, None);
    assert!(run.helper_out.is_empty());
    rtl.tick(None);
    assert!(rtl.all_zero(), "error {code}: nothing left behind");
    assert!(!rtl.busy());
}

#[test]
fn bad_helper_data_gives_an_error_status_and_no_key() {
    let params = cosim_params();
    let mut rng = ChaCha8Rng::seed_from_u64(41);
    let dev = Device::new(&params, 41);
    let mut rtl = PufRtl::new();
    let (helper, key) = enrol_device(&mut rtl, &dev, &mut rng);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    assert_eq!(reconstruct(&eval.response(), &helper, &mut NoTrace).unwrap(), key);
    // Too short (the golden model agrees on where it stops), too long.
    for n in [1usize, 10, 64, RESPONSE_WORDS] {
        assert_eq!(reconstruct(&eval.response(), &helper[..n], &mut NoTrace), Err(PufError::HelperTooShort { words: n }));
        expect_error_and_nothing_leaked(&mut rtl, &eval, &helper[..n], ERR_HELPER_SHORT);
    }
    let mut long = helper.clone();
    long.extend_from_slice(&[0, 0]);
    expect_error_and_nothing_leaked(&mut rtl, &eval, &long, ERR_HELPER_LONG);
    // Manipulated: one offset bit (corrected by the code, caught by the helper hash),
    // a whole word, the KCV.
    for (w, mask) in [(3usize, 1u64 << 17), (40, u64::MAX), (RESPONSE_WORDS, 1)] {
        let mut bad = helper.clone();
        bad[w] ^= mask;
        expect_error_and_nothing_leaked(&mut rtl, &eval, &bad, ERR_KEY_CHECK);
    }
    // Still usable.
    let run = rtl.reconstruct_checked(&eval, &helper, None).unwrap();
    assert_eq!(key_bytes(run.key.unwrap()), key);
}

#[test]
fn bad_commands_are_rejected_with_status() {
    let params = cosim_params();
    let mut rng = ChaCha8Rng::seed_from_u64(51);
    let dev = Device::new(&params, 51);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let mut rtl = PufRtl::new();
    for op in [0u8, 3] {
        rtl.start(op, 512, [1, 2, 3, 4, 5], Some(&eval));
        assert_eq!(rtl.error(), Some(ERR_BAD_OPCODE));
        assert!(!rtl.busy() && rtl.all_zero());
    }
    rtl.start(OP_ENROL, 0, [1, 2, 3, 4, 5], Some(&eval));
    assert_eq!(rtl.error(), Some(ERR_BAD_WINDOW));
    assert!(!rtl.busy() && rtl.all_zero());
    assert!(!rtl.enrol_locked(), "a refused start does not use up the one enrolment");
    // Start while busy: status 2, the running enrolment is unaffected.
    let key = [7u8; golden_model::puf::SECRET_BYTES];
    rtl.power_cycle();
    rtl.start(OP_ENROL, eval.window, secret_words(&key), Some(&eval));
    for _ in 0..100 {
        rtl.tick(Some(&eval));
    }
    rtl.start(OP_RECONSTRUCT, 9, [0; SECRET_WORDS], Some(&eval));
    assert_eq!(rtl.error(), Some(ERR_BUSY));
    let run = rtl.run(&eval, &[], None, PufRtl::budget(eval.window), None).unwrap();
    let golden = enrol(&eval.response(), &key, &mut NoTrace).unwrap();
    assert_eq!(run.helper_out, golden.helper.words());
    assert_eq!(key_bytes(run.key.unwrap()), golden.key);
}

/// Long campaign: 32 devices x 6 noise levels, including conditions beyond the rating
/// where reconstructions fail (the RTL must then fail identically, error 5, no key),
/// plus random helper records. Run with
/// `cargo test -p testbenches --test puf_rtl -- --ignored`.
#[test]
#[ignore = "long campaign (a few minutes on 2 cores)"]
fn campaign_many_devices_and_noise_levels() {
    let params = cosim_params();
    let conds = [
        Conditions::NOMINAL,
        Conditions::new(0.0, 1.0),
        Conditions::new(125.0, 1.0),
        Conditions::new(125.0, 0.9),
        Conditions::new(200.0, 0.9),
        Conditions::new(250.0, 0.9),
    ];
    let totals: Vec<(usize, usize)> = (0..2u64)
        .into_par_iter()
        .map(|t| {
            let mut rtl = PufRtl::new();
            let mut rng = ChaCha8Rng::seed_from_u64(0xca3e + t);
            let (mut ok, mut failed) = (0, 0);
            for d in 0..16u64 {
                let dev = Device::new(&params, 1000 * t + d);
                let (helper, _) = enrol_device(&mut rtl, &dev, &mut rng);
                for c in conds {
                    let eval = dev.evaluate(c, &mut rng);
                    let run = rtl.reconstruct_checked(&eval, &helper, None).unwrap_or_else(|e| panic!("{c:?}: {e}"));
                    match reconstruct(&eval.response(), &helper, &mut NoTrace) {
                        Ok(k) => {
                            assert_eq!(key_bytes(run.key.unwrap()), k);
                            ok += 1;
                        }
                        Err(e) => {
                            assert_eq!(run.error, Some(e.code()));
                            assert!(run.key.is_none() && rtl.all_zero());
                            failed += 1;
                        }
                    }
                }
                let random: Vec<u64> = (0..HELPER_WORDS).map(|_| rng.gen()).collect();
                let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
                let run = rtl.reconstruct_checked(&eval, &random, None).unwrap();
                assert_eq!(run.error, Some(ERR_KEY_CHECK));
            }
            (ok, failed)
        })
        .collect();
    let ok: usize = totals.iter().map(|t| t.0).sum();
    let failed: usize = totals.iter().map(|t| t.1).sum();
    println!("campaign: {ok} keys, {failed} key-check failures (identical in RTL and golden)");
    assert!(failed > 0 && ok > failed);
}

/// The window of the control-path tests: every phase is short, the datapath, the
/// extractor and the KDF are those of any window.
const W_SMALL: u32 = 16;

fn small_params(w: u32) -> PufParams {
    PufParams { window: w, ..cosim_params() }
}

/// Which operation a control-path test runs.
#[derive(Clone, Copy, Debug)]
enum Op<'a> {
    Enrol(Secret),
    Reconstruct(&'a [u64]),
}

/// Starts `op` and runs it with `hook` (see `PufRtl::run_with`).
/// An enrolment is preceded by a power cycle (enrolment is one time per power-up).
fn run_op(rtl: &mut PufRtl, op: Op, eval: &Evaluation, hook: &mut dyn FnMut(&mut PufRtl, u64) -> Flow) -> Result<PufRun, PufRunError> {
    match op {
        Op::Enrol(key) => {
            rtl.power_cycle();
            rtl.start(OP_ENROL, eval.window, secret_words(&key), Some(eval));
            rtl.run_with(eval, &[], None, rtl.budget_for(eval.window), hook)
        }
        Op::Reconstruct(helper) => {
            rtl.start(OP_RECONSTRUCT, eval.window, [0; SECRET_WORDS], Some(eval));
            rtl.run_with(eval, &helper_stream(helper), None, rtl.budget_for(eval.window), hook)
        }
    }
}

/// The FSM state at every cycle of `op`, with the run.
fn phase_trace(rtl: &mut PufRtl, op: Op, eval: &Evaluation) -> (Vec<u64>, PufRun) {
    let mut trace = Vec::new();
    let run = run_op(rtl, op, eval, &mut |r, _| {
        trace.push(r.state());
        Flow::Continue
    })
    .unwrap_or_else(|e| panic!("{op:?}: {e}"));
    (trace, run)
}

/// Cycles of each phase in a trace: phase name -> cycles (in order).
fn cycles_by_phase(trace: &[u64]) -> BTreeMap<&'static str, Vec<u64>> {
    let mut m: BTreeMap<&'static str, Vec<u64>> = BTreeMap::new();
    for (c, &s) in trace.iter().enumerate() {
        m.entry(state::name(s)).or_default().push(c as u64);
    }
    m
}

/// Every register of the block and of its sponge (status included) is zero, and so is
/// every output that could carry data.
fn assert_wiped(rtl: &PufRtl, what: &str) {
    let left = rtl.nonzero_registers();
    assert!(left.is_empty(), "{what}: not wiped: {left:?}");
    assert!(rtl.all_zero() && !rtl.busy() && !rtl.fatal() && rtl.error().is_none(), "{what}");
}

/// A device enrolled at window `w` on a fresh model (checked against the golden model).
/// Returns the model, the evaluation, the helper words, the enrolled secret (`key_in`)
/// and the derived key.
fn small_setup(w: u32, seed: u64) -> (PufRtl, Evaluation, Vec<u64>, Secret, [u8; 32]) {
    let params = small_params(w);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let dev = Device::new(&params, seed);
    let mut rtl = PufRtl::with_seed(seed);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let key = random_secret(&mut rng);
    let run = rtl.enrol_checked(&eval, &key, None).unwrap();
    let derived = key_bytes(run.key.unwrap());
    (rtl, eval, run.helper_out, key, derived)
}

/// Enrolment, reconstruction (released key, failed key check) and both aborts visit
/// every state of the FSM; the driver's per-cycle check finds no output with data
/// while its valid is low in any of them.
#[test]
fn outputs_are_zero_unless_valid_in_every_phase() {
    let (mut rtl, eval, helper, key, _) = small_setup(W_SMALL, 61);
    let mut bad_kcv = helper.clone();
    bad_kcv[RESPONSE_WORDS] ^= 1;
    let mut long = helper.clone();
    long.push(0);
    let mut seen = BTreeMap::new();
    for (op, err) in [
        (Op::Enrol(key), None),
        (Op::Reconstruct(&helper), None),
        (Op::Reconstruct(&bad_kcv), Some(ERR_KEY_CHECK)),
        (Op::Reconstruct(&helper[..7]), Some(ERR_HELPER_SHORT)),
        (Op::Reconstruct(&long), Some(ERR_HELPER_LONG)),
    ] {
        let (trace, run) = phase_trace(&mut rtl, op, &eval);
        assert_eq!(run.error, err, "{op:?}");
        for (name, c) in cycles_by_phase(&trace) {
            *seen.entry(name).or_insert(0) += c.len();
        }
    }
    println!("cycles per phase: {seen:?}");
    for (name, _) in state::ALL {
        assert!(seen.contains_key(name), "phase {name} not visited");
    }
}

/// zeroize held for one cycle at the first cycle of every phase of enrolment,
/// reconstruction and an aborted reconstruction, reset at the middle cycle of every
/// phase, and both after an operation (key held): within `WIPE_CYCLES` (1) every register and memory word of
/// the block and of its sponge reads zero, the status included, outputs are zero, and
/// the block is idle and usable.
#[test]
fn zeroize_and_reset_wipe_every_register_in_every_phase() {
    assert_eq!(WIPE_CYCLES, 1);
    let (mut rtl, eval, helper, key, derived) = small_setup(W_SMALL, 71);
    let mut points = 0;
    for op in [Op::Enrol(key), Op::Reconstruct(&helper), Op::Reconstruct(&helper[..9])] {
        let (trace, reference) = phase_trace(&mut rtl, op, &eval);
        // (phase, cycle, reset?): zeroize at a phase's first cycle, reset at its middle one.
        let mut at: Vec<(&str, u64, bool)> = Vec::new();
        for (name, c) in cycles_by_phase(&trace) {
            at.push((name, c[0], false));
            at.push((name, c[c.len() / 2], true));
        }
        let end = trace.len() as u64;
        at.extend([("after done", end, false), ("after done", end, true)]);
        for &(phase, cycle, reset) in &at {
            {
                let what = format!("{op:?} {} in {phase} (cycle {cycle})", if reset { "reset" } else { "zeroize" });
                let mut struck = false;
                let strike = |r: &mut PufRtl| if reset { r.reset() } else { r.zeroize() };
                let run = run_op(&mut rtl, op, &eval, &mut |r, c| {
                    if c == cycle {
                        strike(r);
                        struck = true;
                        return Flow::Stop;
                    }
                    Flow::Continue
                })
                .unwrap_or_else(|e| panic!("{what}: {e}"));
                if !struck {
                    assert_eq!(run.key, reference.key, "{what}");
                    assert!(rtl.key_live() == run.key.is_some());
                    strike(&mut rtl);
                }
                assert_wiped(&rtl, &what);
                for _ in 0..5 {
                    rtl.tick(Some(&eval));
                    assert_wiped(&rtl, &what);
                }
                points += 1;
            }
        }
    }
    println!("{points} strikes, every one wiped in {WIPE_CYCLES} cycle");
    let run = rtl.reconstruct_checked(&eval, &helper, None).unwrap();
    assert_eq!(key_bytes(run.key.expect("usable after the strikes")), derived);
}

/// Enrolment then reconstruction, and reconstruction then reconstruction, each started
/// 0, 1, 2 and 3 cycles after the previous `done`: every operation matches the golden
/// model checkpoint by checkpoint (window 100).
#[test]
fn back_to_back_operations_at_every_gap_after_done() {
    let params = small_params(100);
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let dev = Device::new(&params, 7);
    let mut rtl = PufRtl::with_seed(81);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let idle = |rtl: &mut PufRtl, gap: u64| {
        let done = rtl.ports().done;
        assert!(rtl.model().get_bool(done), "started from the done cycle");
        for _ in 0..gap {
            rtl.tick(Some(&eval));
        }
    };
    for gap in 0..4u64 {
        let key = random_secret(&mut rng);
        // (Enrolment is one time per power-up: each gap starts from a power cycle; that
        // a second enrolment at every gap after `done` is refused is in puf_lifecycle.rs.)
        rtl.power_cycle();
        let e = rtl.enrol_checked(&eval, &key, None).unwrap_or_else(|e| panic!("enrol, gap {gap}: {e}"));
        assert_eq!(key_bytes(e.key.unwrap()), key_bytes(golden_key(&eval, &key)));
        idle(&mut rtl, gap);
        for second in [false, true] {
            let what = if second { "reconstruct -> reconstruct" } else { "enrol -> reconstruct" };
            let r = rtl.reconstruct_checked(&eval, &e.helper_out, None).unwrap_or_else(|e| panic!("{what}, gap {gap}: {e}"));
            let g = reconstruct(&eval.response(), &e.helper_out, &mut NoTrace);
            assert_eq!(r.key.map(key_bytes), g.ok(), "{what}, gap {gap}");
            idle(&mut rtl, gap);
        }
    }
}

fn golden_key(eval: &Evaluation, key: &Secret) -> [u64; 4] {
    key_words(&enrol(&eval.response(), key, &mut NoTrace).unwrap().key)
}

/// Outcomes of a fault campaign.
#[derive(Debug, Default)]
struct Campaign {
    same: usize,
    fatal_wiped: usize,
    by_phase: BTreeMap<&'static str, usize>,
    by_register: BTreeMap<&'static str, (usize, usize)>,
}

/// The control registers of `puf_kdf` and its sponge, with their widths: the FSM, the
/// multi-bit mode ("enrolling"), key release flag, key-check result and lock, the alarm,
/// both copies of every sequencing counter and of the window; the sponge's FSM and
/// return state, its core's run flag and both step counters. (Left out: the datapath,
/// whose faults the key check turns into error 5 — see
/// `injected_decoder_bit_flip_is_caught_at_its_block` — and the status registers `err`,
/// `code`, `done_r`, which gate nothing.)
fn control_registers(rtl: &PufRtl) -> Vec<(&'static str, cosim::model::ProbeId, usize)> {
    let r = *rtl.probes();
    vec![
        ("fsm", r.fsm, 7),
        ("mode", r.mode, 4),
        ("key_ok", r.key_ok, 4),
        ("kcv_ok", r.kcv_ok, 4),
        ("lock", r.lock, 4),
        ("alarm", r.alarm, 1),
        ("win", r.win, 16),
        ("win_b", r.win_b, 16),
        ("t", r.t, 17),
        ("t_b", r.t_b, 17),
        ("grp", r.grp, 3),
        ("grp_b", r.grp_b, 3),
        ("blk", r.blk, 6),
        ("blk_b", r.blk_b, 6),
        ("word", r.word, 7),
        ("word_b", r.word_b, 7),
        ("u", r.u, 8),
        ("u_b", r.u_b, 8),
        ("sponge$fsm", r.sponge_fsm, 6),
        ("sponge$after", r.sponge_after, 6),
        ("sponge$core$run_st", r.sponge_core_run_st, 3),
        ("sponge$core$step", r.sponge_core_step, 5),
        ("sponge$core$step_b", r.sponge_core_step_b, 5),
    ]
}

/// Flips every bit of every control register ([`control_registers`]) `per_bit` times,
/// each at a random cycle of a random phase of a random operation (enrolment or
/// reconstruction). The outcome must be "same result" (same helper data, key and
/// status as the fault-free run) or "fatal, wiped" (within `FAULT_WIPE_CYCLES` `fatal`
/// is high and every register but the alarms and the lock reads zero, with no key
/// released and no helper word streamed in those cycles; start is refused with error
/// 7; after reset the block is clean and gives the fault-free result again). Anything
/// else (a key released without the check, a response or helper word streamed outside
/// the enrolment, a different key or status) fails the test.
fn fault_campaign(per_bit: usize, seed: u64) -> Campaign {
    let (mut rtl, eval, helper, key, _) = small_setup(W_SMALL, seed);
    let regs = control_registers(&rtl);
    let ops = [Op::Enrol(key), Op::Reconstruct(&helper)];
    let refs: Vec<(Vec<u64>, PufRun)> = ops.iter().map(|&op| phase_trace(&mut rtl, op, &eval)).collect();
    let same = |a: &PufRun, b: &PufRun| a.helper_out == b.helper_out && a.key == b.key && a.error == b.error && !a.fatal;
    let h_out_valid = rtl.ports().h_out_valid;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut c = Campaign::default();
    for (name, id, width) in regs {
        for bit in 0..width {
            for _ in 0..per_bit {
                let k = rng.gen_range(0..ops.len());
                let (trace, reference) = &refs[k];
                let phases = cycles_by_phase(trace);
                let (phase, cycles) = phases.iter().nth(rng.gen_range(0..phases.len())).unwrap();
                let at = cycles[rng.gen_range(0..cycles.len())];
                let what = format!("{name} bit {bit} in {phase} (cycle {at}) of {:?}", ops[k]);
                let enrolling = matches!(ops[k], Op::Enrol(_));
                let mut after = None;
                let run = run_op(&mut rtl, ops[k], &eval, &mut |r, cyc| {
                    if cyc == at {
                        let key_before = r.key_valid();
                        r.flip(id, bit);
                        let mut released = false;
                        let mut streamed = false;
                        for _ in 0..FAULT_WIPE_CYCLES {
                            released |= r.key_valid() && !key_before;
                            streamed |= r.model().get_bool(h_out_valid) && !enrolling;
                            r.tick(Some(&eval));
                        }
                        // Left aside: the alarms, the lock, and the error status of an
                        // operation that ended (key check failed) in the cycles before the kill.
                        after = Some((
                            r.fatal(),
                            r.model().nonzero_probes(&|n| n.ends_with("alarm") || n == "lock" || n == "err" || n == "code"),
                            released,
                            streamed,
                        ));
                        return if r.fatal() { Flow::Stop } else { Flow::Continue };
                    }
                    Flow::Continue
                })
                .unwrap_or_else(|e| panic!("{what}: {e}"));
                let entry = c.by_register.entry(name).or_insert((0, 0));
                match after {
                    Some((true, left, released, streamed)) => {
                        // (A fault that strikes after a passed key check may see the key
                        // released on the edge of CHECK before the wipe: the reference run
                        // releases it too. Without a passed check, never.)
                        assert!(!released || reference.key.is_some(), "{what}: key released without a passed check");
                        assert!(!streamed, "{what}: helper stream active in a reconstruction");
                        assert!(left.is_empty(), "{what}: fatal but not wiped: {left:?}");
                        assert!(rtl.all_zero() && !rtl.busy(), "{what}");
                        rtl.start(OP_RECONSTRUCT, eval.window, [0; SECRET_WORDS], Some(&eval));
                        assert_eq!(rtl.error(), Some(ERR_FATAL), "{what}: start refused while fatal");
                        assert!(!rtl.busy() && rtl.fatal(), "{what}");
                        rtl.reset();
                        assert_wiped(&rtl, &what);
                        let again = run_op(&mut rtl, ops[k], &eval, &mut |_, _| Flow::Continue).unwrap();
                        assert!(same(&again, reference), "{what}: usable after reset");
                        c.fatal_wiped += 1;
                        entry.1 += 1;
                    }
                    _ => {
                        assert!(same(&run, reference), "{what}: neither same result nor fatal: {run:?}");
                        c.same += 1;
                        entry.0 += 1;
                    }
                }
                *c.by_phase.entry(phase).or_insert(0) += 1;
            }
        }
    }
    c
}

impl std::fmt::Display for Campaign {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.same + self.fatal_wiped;
        writeln!(f, "{n} flips: {} same result, {} fatal and wiped, 0 other", self.same, self.fatal_wiped)?;
        writeln!(f, "  by phase {:?}", self.by_phase)?;
        write!(f, "  by register (same, fatal) {:?}", self.by_register)
    }
}

/// Every bit of every control register flipped once at a random phase (163 flips); with
/// `PUF_CAMPAIGN=full`, 40 random phases per bit (6,520 flips):
/// `PUF_CAMPAIGN=full cargo test --release -p testbenches --test puf_rtl fault_campaign -- --nocapture`.
#[test]
fn fault_campaign_every_control_register_bit_gives_same_result_or_fatal() {
    let full = std::env::var("PUF_CAMPAIGN").is_ok_and(|v| v == "full");
    let per_bit = if full { 40 } else { 1 };
    let bits: usize = {
        let (rtl, ..) = small_setup(W_SMALL, 1);
        control_registers(&rtl).iter().map(|r| r.2).sum()
    };
    assert_eq!(bits, 163);
    let c = fault_campaign(per_bit, if full { 92 } else { 91 });
    println!("puf_kdf fault campaign ({}): {c}", if full { "full" } else { "default" });
    assert_eq!(c.same + c.fatal_wiped, per_bit * bits);
}

/// The helper streams with random host stalls (valid gaps on `h_in`, ready gaps on
/// `h_out`) at three mixes: enrolment and reconstruction match the golden model
/// checkpoint by checkpoint (the helper data, the KCV and the key included), and a
/// short record still gives error 3.
#[test]
fn helper_streams_with_random_stalls_match_golden() {
    let params = small_params(W_SMALL);
    let mut rng = ChaCha8Rng::seed_from_u64(101);
    let dev = Device::new(&params, 101);
    let mut rtl = PufRtl::with_seed(101);
    let mut stalled_cycles = 0;
    for (i, (vg, rg)) in [(0.3, 0.3), (0.8, 0.1), (0.1, 0.8)].into_iter().enumerate() {
        rtl.set_stalls(Stalls::default());
        let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
        let key = random_secret(&mut rng);
        let free = {
            rtl.power_cycle();
            rtl.enrol_checked(&eval, &key, None).unwrap()
        };
        rtl.set_stalls(Stalls { valid_gap: vg, ready_gap: rg });
        rtl.power_cycle();
        let e = rtl.enrol_checked(&eval, &key, None).unwrap_or_else(|e| panic!("mix {i}: enrolment: {e}"));
        assert_eq!(e.helper_out, free.helper_out, "mix {i}: helper data do not depend on stalls");
        assert_eq!(e.key, free.key);
        assert!(e.cycles > free.cycles, "mix {i}: the stalls did stall");
        stalled_cycles += e.cycles - free.cycles;
        let eval2 = dev.evaluate(Conditions::NOMINAL, &mut rng);
        let r = rtl.reconstruct_checked(&eval2, &e.helper_out, None).unwrap_or_else(|e| panic!("mix {i}: reconstruction: {e}"));
        let g = reconstruct(&eval2.response(), &e.helper_out, &mut NoTrace);
        assert_eq!(r.key.map(key_bytes), g.clone().ok(), "mix {i}");
        assert_eq!(r.error, g.err().map(|e| e.code()), "mix {i}");
        assert!(r.observed.iter().any(|c| c.name == "kcv"), "mix {i}: the computed KCV was compared");
        let short = rtl.reconstruct_checked(&eval2, &e.helper_out[..17], None).unwrap();
        assert_eq!(short.error, Some(ERR_HELPER_SHORT), "mix {i}");
        assert!(rtl.all_zero());
    }
    println!("stall cycles added over three enrolments: {stalled_cycles}");
}

/// The key checkpoint's KCV is the one the block computed (read in the CHECK state),
/// not the host's: the `kcv` checkpoint is compared with the golden model's own KCV
/// also when the check fails.
#[test]
fn the_compared_kcv_is_computed_by_the_block() {
    assert_eq!(STATE_CHECK, state::CHECK);
    let (mut rtl, eval, helper, _, _) = small_setup(W_SMALL, 111);
    let mut bad = helper.clone();
    bad[RESPONSE_WORDS] ^= 0xdead;
    let run = rtl.reconstruct_checked(&eval, &bad, None).unwrap();
    assert_eq!(run.error, Some(ERR_KEY_CHECK));
    let kcv = run.observed.iter().find(|c| c.name == "kcv").expect("kcv checkpoint").values[0];
    assert_eq!(kcv, helper[RESPONSE_WORDS], "the computed KCV is the enrolled one, not the manipulated input");
    let good = rtl.reconstruct_checked(&eval, &helper, None).unwrap();
    assert_eq!(good.observed.last().unwrap().values[4], helper[RESPONSE_WORDS]);
}

/// The attacks of issue 12 on the release flags, bit by bit (SEC_CM: CTRL.MUBI): a
/// reconstruction with a wrong KCV reaches CHECK with `kcv_ok` false; flipping any one
/// of its bits there raises `fatal` and releases no key. `key_ok` false after that
/// failed reconstruction: any one bit flipped is fatal, `key_valid` stays low. The mode
/// (`enrolling`) of a reconstruction flipped in any phase that streams or loads
/// (helper input, store, KDF squeeze): fatal, no helper word, no key.
#[test]
fn no_single_flip_turns_no_into_yes() {
    let (mut rtl, eval, helper, _, _) = small_setup(W_SMALL, 121);
    let r = *rtl.probes();
    let h_out_valid = rtl.ports().h_out_valid;
    let mut bad = helper.clone();
    bad[RESPONSE_WORDS] ^= 1;
    let mut flips = 0;
    // kcv_ok in CHECK of a failed check.
    for bit in 0..4 {
        let mut hit = false;
        let run = run_op(&mut rtl, Op::Reconstruct(&bad), &eval, &mut |m, _| {
            if !hit && m.state() == STATE_CHECK {
                assert_eq!(m.model().peek(r.kcv_ok), 0, "the check failed");
                m.flip(r.kcv_ok, bit);
                hit = true;
            }
            assert!(!m.key_valid(), "kcv_ok bit {bit}: key released");
            Flow::Continue
        })
        .unwrap();
        assert!(hit && run.fatal && run.key.is_none(), "kcv_ok bit {bit}: {run:?}");
        rtl.tick(None); // the wide wipe follows the registered alarm
        assert!(rtl.all_zero());
        rtl.reset();
        flips += 1;
    }
    // key_ok after a failed reconstruction.
    for bit in 0..4 {
        let run = rtl.reconstruct_checked(&eval, &bad, None).unwrap();
        assert_eq!(run.error, Some(ERR_KEY_CHECK));
        rtl.flip(r.key_ok, bit);
        assert!(!rtl.key_valid() && rtl.key_port() == [0; 4], "key_ok bit {bit}");
        for _ in 0..FAULT_WIPE_CYCLES {
            rtl.tick(Some(&eval));
            assert!(!rtl.key_valid());
        }
        assert!(rtl.fatal() && rtl.all_zero(), "key_ok bit {bit}");
        rtl.reset();
        flips += 1;
    }
    // The mode of a reconstruction.
    for phase in [state::HELPER_IN, state::STORE, state::KDF_SQUEEZE, state::CHECK] {
        for bit in 0..4 {
            let mut hit = false;
            let run = run_op(&mut rtl, Op::Reconstruct(&helper), &eval, &mut |m, _| {
                if !hit && m.state() == phase {
                    m.flip(r.mode, bit);
                    hit = true;
                }
                assert!(!m.model().get_bool(h_out_valid), "mode bit {bit} in {}: helper output", state::name(phase));
                Flow::Continue
            })
            .unwrap();
            assert!(hit && run.fatal && run.key.is_none() && run.helper_out.is_empty(), "mode bit {bit} in {}", state::name(phase));
            rtl.reset();
            flips += 1;
        }
    }
    println!("{flips} targeted flips of kcv_ok, key_ok and mode: every one fatal, no key, no helper output");
}

/// A comparator tie takes the TRNG's `tie_entropy` bit (not 0): the same oscillator
/// evaluation with every tie word complemented gives a response that differs in
/// exactly the tied pairs, and the RTL shows the golden response (with its ties) for
/// both, block by block. A short window makes ties common.
#[test]
fn comparator_ties_take_the_trng_bit() {
    let params = small_params(W_SMALL);
    let mut rng = ChaCha8Rng::seed_from_u64(131);
    let dev = Device::new(&params, 131);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let flipped = Evaluation { ties: eval.ties.iter().map(|t| !t).collect(), ..eval.clone() };
    let tied = (0..params.pairs()).filter(|&j| eval.count(2 * j) == eval.count(2 * j + 1)).count();
    let differ: u32 = eval.response().iter().zip(flipped.response()).map(|(a, b)| (a ^ b).count_ones()).sum();
    println!("window {W_SMALL}: {tied} tied pairs of {}", params.pairs());
    assert!(tied > 100, "a short window gives ties");
    assert_eq!(differ as usize, tied, "exactly the tied pairs depend on the TRNG word");
    let mut rtl = PufRtl::with_seed(131);
    let secret = random_secret(&mut rng);
    let a = rtl.enrol_checked(&eval, &secret, None).unwrap();
    rtl.power_cycle();
    let b = rtl.enrol_checked(&flipped, &secret, None).unwrap();
    assert_ne!(a.helper_out, b.helper_out, "the tie bits reach the helper data");
}

/// The FPGA variant `puf_kdf_r1` (the unit over the 1-round sponge) against the golden
/// model and against `puf_kdf`: the same helper data, key and errors; only the hashes'
/// permutations take longer (24 cycles instead of 12).
#[test]
fn puf_kdf_r1_equals_golden_and_puf_kdf() {
    let params = small_params(64);
    let mut rng = ChaCha8Rng::seed_from_u64(141);
    let dev = Device::new(&params, 141);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let secret = random_secret(&mut rng);
    let (mut r1, mut r2) = (PufRtl::r1_with_seed(141), PufRtl::with_seed(141));
    let (e1, e2) = (r1.enrol_checked(&eval, &secret, None).unwrap(), r2.enrol_checked(&eval, &secret, None).unwrap());
    assert_eq!((&e1.helper_out, e1.key), (&e2.helper_out, e2.key));
    let again = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let (k1, k2) = (r1.reconstruct_checked(&again, &e1.helper_out, None).unwrap(), r2.reconstruct_checked(&again, &e2.helper_out, None).unwrap());
    assert_eq!(k1.key, k2.key);
    assert_eq!(k1.key.map(key_bytes), reconstruct(&again.response(), &e1.helper_out, &mut NoTrace).ok());
    let mut bad = e1.helper_out.clone();
    bad[7] ^= 1 << 9;
    let b1 = r1.reconstruct_checked(&again, &bad, None).unwrap();
    assert_eq!((b1.error, b1.key), (Some(ERR_KEY_CHECK), None));
    r1.tick(None); // the edge after `done` wipes
    assert!(r1.secrets_left(false).is_empty(), "wiped after the failed check");
    println!(
        "W = 64: puf_kdf_r1 enrol {} / reconstruct {} cycles; puf_kdf {} / {}",
        e1.cycles + 1,
        k1.cycles + 1,
        e2.cycles + 1,
        k2.cycles + 1
    );
    assert!(e1.cycles > e2.cycles && k1.cycles > k2.cycles, "the 1-round sponge is slower");
}
