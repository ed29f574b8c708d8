//! PUF RTL (puf_kdf) against the golden model: enrolment and reconstruction
//! checkpoint by checkpoint for many simulated devices and noise levels, fault
//! injection, zeroize in the middle of every phase, and bad input.

use cosim::puf::{cosim_params, helper_stream, key_words, ByteFault, PufRtl, PufRunError, OP_ENROL, OP_RECONSTRUCT};
use golden_model::puf::extractor::{enrol, reconstruct};
use golden_model::puf::physical::{Conditions, Device, Evaluation};
use golden_model::puf::{PufError, ERR_BAD_OPCODE, ERR_BAD_WINDOW, ERR_BUSY, ERR_HELPER_LONG, ERR_HELPER_SHORT, ERR_KEY_CHECK};
use golden_model::trace::NoTrace;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

fn key_bytes(words: [u64; 4]) -> [u8; 32] {
    let mut k = [0u8; 32];
    for (i, w) in words.iter().enumerate() {
        k[8 * i..8 * i + 8].copy_from_slice(&w.to_le_bytes());
    }
    k
}

/// Enrols `dev` at nominal conditions through the RTL (checked); returns the helper
/// words and the key.
fn enrol_device(rtl: &mut PufRtl, dev: &Device, rng: &mut ChaCha8Rng) -> (Vec<u64>, [u8; 32]) {
    let eval = dev.evaluate(Conditions::NOMINAL, rng);
    let mut key = [0u8; 32];
    rng.fill(&mut key);
    let run = rtl.enrol_checked(&eval, &key, None).unwrap_or_else(|e| panic!("enrol device {}: {e}", dev.seed));
    let golden = enrol(&eval.response(), &key, &mut NoTrace).unwrap();
    assert_eq!(run.error, None);
    assert_eq!(run.helper_out, golden.helper.words(), "helper data");
    assert_eq!(key_bytes(run.key.expect("key released")), golden.key);
    assert!(!rtl.live(), "intermediates wiped after enrolment");
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
/// start pulse to `done`: 256 groups of W + 4 clocks, plus 162 (enrolment: helper
/// output, the final SHA3-256 and SHAKE256) or 4247 (reconstruction: 32 decodes of
/// 129 clocks, KCV, the hashes). At the full window W = 4096: 1,049,762 and 1,053,847.
#[test]
fn operation_latency_is_as_documented() {
    for w in [512u32, 100] {
        let params = golden_model::puf::physical::PufParams { window: w, ..cosim_params() };
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let dev = Device::new(&params, 7);
        let mut rtl = PufRtl::new();
        let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
        let key = [0x42u8; 32];
        let e = rtl.enrol_checked(&eval, &key, None).unwrap();
        let r = rtl.reconstruct_checked(&eval, &e.helper_out, None).unwrap();
        assert_eq!(r.error, None);
        let (ce, cr) = (e.cycles + 1, r.cycles + 1);
        println!("window {w}: enrolment {ce} cycles, reconstruction {cr} cycles");
        let measure = 256 * (w as u64 + 4);
        assert_eq!(ce, measure + 162, "enrolment");
        assert_eq!(cr, measure + 4247, "reconstruction");
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
    for (block, bit) in [(0usize, 0u8), (13, 5), (31, 7)] {
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
            assert!(rtl.all_zero());
        }
    }
    // Without the fault the same run passes.
    let run = rtl.reconstruct_checked(&eval, &helper, None).unwrap();
    assert!(run.key.is_some());
}

/// Zeroize in the middle of every phase: after one clock everything reads zero, the
/// block is idle, and a new reconstruction works.
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
        rtl.start(OP_RECONSTRUCT, eval.window, [0; 4], Some(&eval));
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
    for n in [1usize, 10, 64] {
        assert_eq!(reconstruct(&eval.response(), &helper[..n], &mut NoTrace), Err(PufError::HelperTooShort { words: n }));
        expect_error_and_nothing_leaked(&mut rtl, &eval, &helper[..n], ERR_HELPER_SHORT);
    }
    let mut long = helper.clone();
    long.extend_from_slice(&[0, 0]);
    expect_error_and_nothing_leaked(&mut rtl, &eval, &long, ERR_HELPER_LONG);
    // Manipulated: one offset bit (corrected by the code, caught by the helper hash),
    // a whole word, the KCV.
    for (w, mask) in [(3usize, 1u64 << 17), (40, u64::MAX), (64, 1)] {
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
        rtl.start(op, 512, [1, 2, 3, 4], Some(&eval));
        assert_eq!(rtl.error(), Some(ERR_BAD_OPCODE));
        assert!(!rtl.busy() && rtl.all_zero());
    }
    rtl.start(OP_ENROL, 0, [1, 2, 3, 4], Some(&eval));
    assert_eq!(rtl.error(), Some(ERR_BAD_WINDOW));
    assert!(!rtl.busy() && rtl.all_zero());
    // Start while busy: status 2, the running enrolment is unaffected.
    let key = [7u8; 32];
    rtl.start(OP_ENROL, eval.window, key_words(&key), Some(&eval));
    for _ in 0..100 {
        rtl.tick(Some(&eval));
    }
    rtl.start(OP_RECONSTRUCT, 9, [0; 4], Some(&eval));
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
                let random: Vec<u64> = (0..65).map(|_| rng.gen()).collect();
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
