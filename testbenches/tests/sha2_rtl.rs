//! The SHA-2 / HMAC engine (`sha2_engine`) against the golden model's schedule and
//! against RustCrypto `sha2` / `hmac`: every length 0..=300 round by round, long
//! messages with stalls, HMAC key lengths, back-to-back commands, bad commands,
//! zeroize/reset in every phase, a fault campaign over every control bit, and a fault
//! in a working register that the scoreboard must name (block, round, cycle, register).
//!
//! `cargo test --release -p testbenches --test sha2_rtl`

use cosim::keccak::{message_words, Stalls};
use cosim::model::ProbeId;
use cosim::sha2::{check, state_name, Fault, Job, Sha2Error, Sha2Rtl, StateName, MODE_HMAC};
use engine::EngineError;
use golden_model::sha2::schedule;
use golden_model::sha2::Sha2Alg;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

#[path = "../../golden-model/tests/common/rustcrypto_sha2.rs"]
mod rustcrypto_sha2;
use rustcrypto_sha2::{rustcrypto, rustcrypto_hmac};

fn job<'a>(alg: Sha2Alg, key: Option<&'a [u8]>, msg: &'a [u8], seed: u64) -> Job<'a> {
    Job { alg, key, msg, stalls: Stalls::default(), rounds: true, timing: true, seed }
}

fn msg_of(len: usize, seed: u64) -> Vec<u8> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5a5a);
    (0..len).map(|_| rng.gen()).collect()
}

/// Every length 0..=300 for SHA-256/384/512 (and SHA-224, SHA-512/224, SHA-512/256):
/// every round of every block on its cycle, every load cycle, the latency, the digest
/// against the golden model and RustCrypto.
#[test]
fn every_length_0_to_300_round_by_round() {
    let algs = Sha2Alg::ALL;
    let cases: Vec<(Sha2Alg, usize)> = algs.iter().flat_map(|&a| (0..=300).map(move |l| (a, l))).collect();
    let failures: Vec<String> = cases
        .par_chunks(64)
        .flat_map_iter(|chunk| {
            let mut e = Sha2Rtl::new();
            let mut out = Vec::new();
            for &(alg, len) in chunk {
                let msg = msg_of(len, len as u64);
                match e.run(&job(alg, None, &msg, len as u64)) {
                    Ok(r) => {
                        if r.digest != rustcrypto(alg, &msg) {
                            out.push(format!("{} len {len}: digest differs from RustCrypto", alg.name()));
                        }
                        assert_eq!(r.cycles, schedule::schedule(alg, false, len).latency);
                        // Every round and every feed-forward of every compression was compared.
                        assert_eq!(r.compared, r.loads.len() * (schedule::rounds(alg) + 1));
                    }
                    Err(err) => out.push(format!("{} len {len}: {err}", alg.name())),
                }
                // Gap of one idle cycle between commands (done is high in it).
                e.step(None, true, &mut ChaCha8Rng::seed_from_u64(0));
            }
            assert_eq!(e.ungated_outputs(), 0, "output not gated by out_valid");
            out
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The measured cycles per block and per command, printed for the report, and equal to
/// the golden schedule (65 / 81 per block; input overlaps compression).
#[test]
fn cycles_per_block_and_per_command() {
    for alg in [Sha2Alg::Sha256, Sha2Alg::Sha512] {
        let bl = alg.block_len();
        let msg = msg_of(10 * bl, 1);
        let r = check(&job(alg, None, &msg, 1), None, "sha2_cycles").unwrap();
        let per_block: Vec<u64> = r.loads.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(per_block.iter().all(|&d| d == schedule::cycles_per_block(alg)), "{per_block:?}");
        let one = check(&job(alg, None, &msg[..bl - 20], 1), None, "sha2_cycles").unwrap();
        let key = vec![7u8; 32];
        let mac = check(&job(alg, Some(&key), &msg[..bl - 20], 1), None, "sha2_cycles").unwrap();
        let mac_long = check(&job(alg, Some(&key), &msg, 1), None, "sha2_cycles").unwrap();
        println!(
            "{}: {} cycles/block; one-block hash {} cycles; {}-block hash {} cycles; HMAC (one-block message) {} cycles; HMAC ({}-byte message) {} cycles",
            alg.name(),
            per_block[0],
            one.cycles,
            r.loads.len(),
            r.cycles,
            mac.cycles,
            msg.len(),
            mac_long.cycles
        );
    }
}

/// Random long messages with random stalls on both streams: every round checked
/// (anchored on each block's load), the digest against RustCrypto.
#[test]
fn random_long_messages_with_stalls() {
    let seeds: Vec<u64> = (0..24).collect();
    seeds.par_iter().for_each(|&seed| {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let alg = Sha2Alg::ALL[seed as usize % 6];
        let msg = msg_of(rng.gen_range(300..2500), seed);
        let stalls = Stalls { input: rng.gen_range(0.0..0.7), output: rng.gen_range(0.0..0.7) };
        let j = Job { stalls, ..job(alg, None, &msg, seed) };
        let r = check(&j, None, &format!("sha2_stalls_{seed}")).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert_eq!(r.digest, rustcrypto(alg, &msg), "seed {seed}");
        let key: Vec<u8> = (0..rng.gen_range(0..=alg.block_len())).map(|_| rng.gen()).collect();
        let j = Job { stalls, ..job(alg, Some(&key), &msg, seed) };
        let r = check(&j, None, &format!("sha2_hmac_stalls_{seed}")).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert_eq!(r.digest, rustcrypto_hmac(alg, &key, &msg), "HMAC seed {seed}");
    });
}

/// HMAC with keys of 0, 1, B−1 and B bytes (the vault slot's bytes after the key are
/// random), several message lengths, all six hashes, against RustCrypto `hmac`; a key of
/// B + 1 bytes is refused with error 2 and the engine stays usable.
#[test]
fn hmac_key_lengths_against_rustcrypto() {
    Sha2Alg::ALL.par_iter().for_each(|&alg| {
        let b = alg.block_len();
        let mut e = Sha2Rtl::new();
        for (i, klen) in [0, 1, b - 1, b].into_iter().enumerate() {
            for len in [0usize, 1, 8, b - 17, b - 9, b, 2 * b + 3] {
                let seed = (i * 1000 + len) as u64;
                let key = msg_of(klen, seed + 77);
                let msg = msg_of(len, seed);
                let r = e.run(&job(alg, Some(&key), &msg, seed)).unwrap_or_else(|err| panic!("{} key {klen} msg {len}: {err}", alg.name()));
                assert_eq!(r.digest, rustcrypto_hmac(alg, &key, &msg), "{} key {klen} msg {len}", alg.name());
                assert_eq!(r.cycles, schedule::schedule(alg, true, len).latency);
            }
        }
        let key = vec![1u8; b + 1];
        match e.run(&job(alg, Some(&key), b"abc", 5)) {
            Err(Sha2Error::Engine(EngineError::Hardware { code: 2, .. })) => {}
            other => panic!("{}: key of B+1 bytes gave {other:?}", alg.name()),
        }
        assert!(!e.busy());
        let r = e.run(&job(alg, Some(&key[..b]), b"abc", 6)).unwrap();
        assert_eq!(r.digest, rustcrypto_hmac(alg, &key[..b], b"abc"));
    });
}

/// A command started 0, 1, 2 or 3 cycles after `done` of the previous one, for pairs
/// of hashes and HMACs: both right.
#[test]
fn back_to_back_commands_at_every_gap_after_done() {
    let mut e = Sha2Rtl::new();
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    for a in Sha2Alg::ALL {
        for b in [Sha2Alg::Sha256, Sha2Alg::Sha512, Sha2Alg::Sha224] {
            for gap in 0..4 {
                let (ma, mb) = (msg_of(rng.gen_range(0..300), rng.gen()), msg_of(rng.gen_range(0..300), rng.gen()));
                let ka = msg_of(rng.gen_range(0..=a.block_len()), rng.gen());
                let ra = e.run(&job(a, Some(&ka), &ma, 1)).unwrap();
                assert_eq!(ra.digest, rustcrypto_hmac(a, &ka, &ma));
                let done = e.ports().done;
                assert!(e.model().get_bool(done), "done follows the last word");
                for _ in 0..gap {
                    e.step(None, true, &mut rng);
                }
                let rb = e.run(&job(b, None, &mb, 2)).unwrap_or_else(|err| panic!("{} then {} gap {gap}: {err}", a.name(), b.name()));
                assert_eq!(rb.digest, rustcrypto(b, &mb), "{} then {} at gap {gap}", a.name(), b.name());
            }
        }
    }
}

/// What a manual run did.
struct Manual {
    out: Option<Vec<u8>>,
    phases: Vec<(StateName, bool)>,
}

/// Drives one command cycle by cycle; `act` strikes at cycle `at` (after start) and
/// the run stops there (returning what was seen). Records the (FSM state, filler
/// accepting data) of each cycle.
fn manual(e: &mut Sha2Rtl, alg: Sha2Alg, key: Option<&[u8]>, msg: &[u8], at: u64, act: &mut dyn FnMut(&mut Sha2Rtl)) -> Manual {
    let mut rng = ChaCha8Rng::seed_from_u64(at);
    let vault = Sha2Rtl::vault_slot(key.unwrap_or(&[]), &mut rng);
    let words = message_words(msg);
    let mode = alg as u8 | if key.is_some() { MODE_HMAC } else { 0 };
    e.start(mode, key.map_or(0, |k| k.len() as u8));
    let (mut next, mut out, mut phases) = (0, Vec::new(), Vec::new());
    let (fsm, fill) = (e.probes().fsm, e.probes().fill);
    for cycle in 1..20_000u64 {
        let st = state_name(e.model().peek(fsm)).expect("legal state");
        phases.push((st, e.model().peek(fill) == rtl::sha2::fill::DATA));
        if cycle == at {
            act(e);
            return Manual { out: None, phases };
        }
        let (took, o) = e.step_with_key(&vault, words.get(next), true, &mut rng);
        next += took as usize;
        if let Some((d, b, last)) = o {
            out.extend_from_slice(&d.to_le_bytes()[..b as usize]);
            if last {
                return Manual { out: Some(out), phases };
            }
        }
    }
    panic!("the engine hung");
}

/// Probes allowed to be non-zero after a wipe: none (the wiped engine is all-zero, Idle
/// included), except the sticky alarm after a fault.
fn left_after_wipe(e: &mut Sha2Rtl, allow_alarm: bool) -> Vec<(&'static str, usize)> {
    e.model().nonzero_probes(&|n| allow_alarm && n == "alarm")
}

/// zeroize and reset in every cycle of an HMAC-SHA-256 and an HMAC-SHA-512 command
/// with a two-block message (key fetch, ipad, absorb, rounds, feed-forward, wait, MID,
/// outer, output) leave every register zero one cycle later; the engine is idle,
/// error-free and works afterwards.
#[test]
fn zeroize_and_reset_wipe_every_register_in_one_cycle_in_every_phase() {
    [Sha2Alg::Sha256, Sha2Alg::Sha512].par_iter().for_each(|&alg| {
        let mut e = Sha2Rtl::new();
        let key = msg_of(alg.block_len() - 3, 9);
        let msg = msg_of(alg.block_len() + 30, 10);
        let want = rustcrypto_hmac(alg, &key, &msg);
        let total = schedule::schedule(alg, true, msg.len()).latency;
        let mut seen = std::collections::BTreeSet::new();
        let mut absorb = false;
        for at in 1..=total {
            for reset in [false, true] {
                let m = manual(&mut e, alg, Some(&key), &msg, at, &mut |e| if reset { e.reset() } else { e.zeroize() });
                if let Some(out) = m.out {
                    assert_eq!(out, want);
                    continue;
                }
                let (st, filling) = *m.phases.last().unwrap();
                seen.insert(format!("{st:?}"));
                absorb |= filling;
                let left = left_after_wipe(&mut e, false);
                assert!(left.is_empty(), "{} {} at cycle {at} ({st:?}): not wiped: {left:?}", alg.name(), if reset { "reset" } else { "zeroize" });
                assert!(!e.busy() && e.error().is_none() && !e.fatal());
                let od = e.ports().out_data;
                assert_eq!(e.model().get(od), 0);
            }
        }
        for st in ["Key", "Ipad", "Round", "Final", "Mid", "Output"] {
            assert!(seen.contains(st), "{}: never struck in {st}: {seen:?}", alg.name());
        }
        assert!(absorb, "never struck while absorbing");
        let r = e.run(&job(alg, Some(&key), &msg, 1)).unwrap();
        assert_eq!(r.digest, want);
        // And a plain hash, whose padding block waits in the buffer (Wait state).
        let r = e.run(&job(alg, None, &msg, 1)).unwrap();
        assert_eq!(r.digest, rustcrypto(alg, &msg));
    });
}

/// Unknown modes give error 1 and change nothing; start while busy gives error 3 and
/// the running command completes with the right digest; zeroize clears the error.
#[test]
fn bad_mode_and_start_while_busy() {
    let mut e = Sha2Rtl::new();
    for mode in [6u8, 7, 14, 15] {
        e.start(mode, 0);
        assert_eq!(e.error(), Some(1), "mode {mode}");
        assert!(!e.busy());
        assert!(left_after_wipe(&mut e, false).iter().all(|(n, _)| *n == "err" || *n == "code"));
    }
    let msg = msg_of(200, 4);
    let key = msg_of(20, 5);
    for (alg, hmac) in [(Sha2Alg::Sha256, false), (Sha2Alg::Sha512, true), (Sha2Alg::Sha384, true)] {
        let want = if hmac { rustcrypto_hmac(alg, &key, &msg) } else { rustcrypto(alg, &msg) };
        let total = schedule::schedule(alg, hmac, msg.len()).latency;
        for at in [1, 2, 5, 40, total / 2, total - 3, total - 1] {
            let mut rng = ChaCha8Rng::seed_from_u64(at);
            let vault = Sha2Rtl::vault_slot(&key, &mut rng);
            let words = message_words(&msg);
            e.start(alg as u8 | if hmac { MODE_HMAC } else { 0 }, key.len() as u8);
            let (mut next, mut out) = (0, Vec::new());
            let start = e.ports().start;
            let mode = e.ports().mode;
            for cycle in 1..10_000u64 {
                if cycle == at {
                    e.model().set(mode, 15);
                    e.model().set_bool(start, true);
                }
                let (took, o) = e.step_with_key(&vault, words.get(next), true, &mut rng);
                e.model().set_bool(start, false);
                next += took as usize;
                if cycle == at {
                    assert_eq!(e.error(), Some(3), "{} at {at}", alg.name());
                }
                if let Some((d, b, last)) = o {
                    out.extend_from_slice(&d.to_le_bytes()[..b as usize]);
                    if last {
                        break;
                    }
                }
            }
            assert_eq!(out, want, "{} start while busy at {at}", alg.name());
            e.zeroize();
            assert_eq!(e.error(), None);
        }
    }
    // A non-last partial word aborts with error 4 and wipes; > 8 bytes: error 5.
    for (bytes, last, code) in [(5u8, false, 4u8), (9, true, 5)] {
        e.start(Sha2Alg::Sha256 as u8, 0);
        let w = cosim::keccak::Word { data: 0x1122334455667788, bytes, last };
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        e.step(Some(&w), true, &mut rng);
        assert_eq!(e.error(), Some(code));
        assert!(!e.busy());
        assert!(left_after_wipe(&mut e, false).iter().all(|(n, _)| *n == "err" || *n == "code"));
    }
    let r = e.run(&job(Sha2Alg::Sha256, None, b"abc", 1)).unwrap();
    assert_eq!(r.digest, rustcrypto(Sha2Alg::Sha256, b"abc"));
}

/// Every bit of every control register (both FSMs, the algorithm and its complement,
/// the sparse flags, the redundant counters, the byte count and the key length) flipped
/// at 6 random cycles (100 with `SHA2_CAMPAIGN=full`) of a random hash or HMAC: the result is always the right
/// digest, or `fatal` with every register wiped in the same edge — never a wrong digest,
/// never a hang. After a fatal, start is refused (error 6) until reset.
#[test]
fn fault_campaign_every_control_bit_same_result_or_fatal_and_wiped() {
    let r = PROBE_SET();
    let regs: Vec<(&str, ProbeId, usize)> = r;
    let results: Vec<(usize, usize, Vec<String>)> = regs
        .par_iter()
        .map(|&(name, id, width)| {
            let mut e = Sha2Rtl::new();
            let mut rng = ChaCha8Rng::seed_from_u64(width as u64 * 31 + name.len() as u64);
            let (mut same, mut fatal, mut bad) = (0, 0, Vec::new());
            let phases = if std::env::var("SHA2_CAMPAIGN").is_ok_and(|v| v == "full") { 100 } else { 6 };
            for bit in (0..width).flat_map(|b| std::iter::repeat(b).take(phases)) {
                let alg = Sha2Alg::ALL[rng.gen_range(0..6)];
                let hmac = rng.gen_bool(0.5);
                let msg = msg_of(rng.gen_range(0..300), rng.gen());
                let key = msg_of(rng.gen_range(0..=alg.block_len()), rng.gen());
                let total = schedule::schedule(alg, hmac, msg.len()).latency;
                let at = rng.gen_range(1..total);
                e.inject(Fault { cycle: at, probe: id, bit });
                let j = Job { rounds: false, timing: false, ..job(alg, hmac.then_some(&key[..]), &msg, at) };
                let want = if hmac { rustcrypto_hmac(alg, &key, &msg) } else { rustcrypto(alg, &msg) };
                match e.run(&j) {
                    Ok(run) if run.digest == want => same += 1,
                    Ok(_) => bad.push(format!("{name}[{bit}] at {at}: wrong digest released")),
                    Err(Sha2Error::Engine(EngineError::Fatal { .. })) => {
                        let left = left_after_wipe(&mut e, true);
                        if !left.is_empty() {
                            bad.push(format!("{name}[{bit}] at {at}: fatal but not wiped: {left:?}"));
                        }
                        e.start(Sha2Alg::Sha256 as u8, 0);
                        if e.error() != Some(6) || e.busy() {
                            bad.push(format!("{name}[{bit}]: start after fatal not refused"));
                        }
                        fatal += 1;
                        e.reset();
                    }
                    Err(err) => {
                        bad.push(format!("{name}[{bit}] at {at}: {err}"));
                        e.reset();
                    }
                }
            }
            (same, fatal, bad)
        })
        .collect();
    let (same, fatal): (usize, usize) = results.iter().fold((0, 0), |(s, f), r| (s + r.0, f + r.1));
    let bad: Vec<String> = results.into_iter().flat_map(|r| r.2).collect();
    println!("fault campaign: {same} same result, {fatal} fatal and wiped, {} bad", bad.len());
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The control registers of the campaign: (name, probe, width).
#[allow(non_snake_case)]
fn PROBE_SET() -> Vec<(&'static str, ProbeId, usize)> {
    let e = Sha2Rtl::new();
    let r = *e.probes();
    vec![
        ("fsm", r.fsm, 6),
        ("fill", r.fill, 6),
        ("alg", r.alg, 3),
        ("alg_n", r.alg_n, 3),
        ("hm", r.hm, 3),
        ("phase", r.phase, 3),
        ("buf_full", r.buf_full, 3),
        ("buf_last", r.buf_last, 3),
        ("cur_last", r.cur_last, 3),
        ("t", r.t, 7),
        ("t_b", r.t_b, 7),
        ("cnt", r.cnt, 4),
        ("cnt_b", r.cnt_b, 4),
        ("klen", r.klen, 8),
        ("klen_b", r.klen_b, 8),
        ("nbytes", r.nbytes, 64),
        ("nbytes_b", r.nbytes_b, 64),
    ]
}

/// The checker can fail: a bit of working register e flipped in round 10 of the second
/// compression is reported at that compression, round and cycle, register e, with a
/// VCD; a flipped bit of W shows one round later; a flipped hash register shows as the
/// `hash` checkpoint.
#[test]
fn an_injected_fault_is_named_at_its_block_round_and_cycle() {
    for alg in [Sha2Alg::Sha256, Sha2Alg::Sha512] {
        let msg = msg_of(3 * alg.block_len(), 2);
        let j = job(alg, None, &msg, 3);
        let sched = schedule::schedule(alg, false, msg.len());
        let (k, t) = (1usize, 10u64);
        let cycle = sched.loads[k] + 2 + t;
        let e = Sha2Rtl::new();
        let r = *e.probes();
        // Working register e (index 4): flipped before the cycle in which round t's result shows.
        let err = check(&j, Some(Fault { cycle, probe: r.work[4], bit: 5 }), &format!("sha2_fault_work_{}", alg.block_len())).unwrap_err();
        let Sha2Error::Mismatch(m) = err else { panic!("{}: expected a mismatch, got {err}", alg.name()) };
        println!("{m}");
        assert_eq!((m.compression, m.round, m.register.as_deref()), (k, Some(t as usize), Some("e")));
        assert_eq!(m.mismatch.cycle, cycle);
        assert_eq!(m.mismatch.expected.unwrap() ^ m.mismatch.observed.unwrap(), 1 << 5);
        assert!(m.mismatch.vcd.as_ref().is_some_and(|p| p.exists()), "VCD written");
        // W_t (w[0]) flipped in the cycle that uses it: round t's result is wrong in the next cycle.
        let err = check(&j, Some(Fault { cycle: cycle - 1, probe: r.w[0], bit: 3 }), "sha2_fault_w").unwrap_err();
        let Sha2Error::Mismatch(m) = err else { panic!() };
        assert_eq!((m.compression, m.round, m.mismatch.cycle), (k, Some(t as usize), cycle));
        // A hash register flipped during the rounds shows at the feed-forward.
        let err = check(&j, Some(Fault { cycle, probe: r.hash[2], bit: 0 }), "sha2_fault_hash").unwrap_err();
        let Sha2Error::Mismatch(m) = err else { panic!() };
        let rr = schedule::rounds(alg) as u64;
        assert_eq!((m.mismatch.checkpoint, m.compression, m.register.as_deref(), m.mismatch.cycle), ("hash", k, Some("H2"), sched.loads[k] + rr + 2));
    }
}

/// The driver's restated FSM codes are the RTL's.
#[test]
fn driver_state_codes_are_the_rtl_codes() {
    assert_eq!(cosim::sha2::STATE_CODES, rtl::sha2::state::ALL);
}

/// The RTL back end of `Engine` answers SHA-2 and HMAC (keys of every length, a key
/// longer than the block hashed first on the engine) as the golden one does.
#[test]
fn engine_trait_rtl_matches_golden() {
    use engine::Engine;
    let mut rtl = cosim::Rtl::new();
    let mut golden = golden_model::engine::Golden;
    for alg in Sha2Alg::ALL {
        for len in [0usize, 3, 111, 200] {
            let msg = msg_of(len, len as u64);
            assert_eq!(rtl.sha2(alg, &msg).unwrap(), golden.sha2(alg, &msg).unwrap());
            for klen in [0, 20, alg.block_len(), alg.block_len() + 1, 300] {
                let key = msg_of(klen, 99);
                let got = rtl.hmac_sha2(alg, &key, &msg).unwrap();
                assert_eq!(got, golden.hmac_sha2(alg, &key, &msg).unwrap());
                assert_eq!(got, rustcrypto_hmac(alg, &key, &msg), "{} key {klen}", alg.name());
            }
        }
    }
}

/// KEY.SEC_WIPE: the key register holds K0 until the K0 ⊕ opad load (the MID cycle) and
/// is zero from the next cycle on, through the outer hash and the output.
#[test]
fn hmac_key_register_is_wiped_right_after_its_last_use() {
    for alg in [Sha2Alg::Sha256, Sha2Alg::Sha512] {
        let key = msg_of(alg.block_len(), 4);
        let msg = msg_of(10, 5);
        let s = schedule::schedule(alg, true, msg.len());
        let mid = s.loads[s.loads.len() - 2];
        let mut e = Sha2Rtl::new();
        for (at, wiped) in [(mid - 1, false), (mid, false), (mid + 1, true), (mid + 50, true), (s.latency - 1, true)] {
            let mut keys = Vec::new();
            manual(&mut e, alg, Some(&key), &msg, at, &mut |e| {
                let r = *e.probes();
                keys = r.key.iter().map(|&p| e.model().peek(p)).collect();
            });
            assert_eq!(keys.iter().all(|&k| k == 0), wiped, "{} cycle {at} (MID {mid}): key {keys:x?}", alg.name());
            e.reset();
        }
    }
}
