//! The Keccak blocks' threat contract (GUIDE §6, issue 11): wipe latency of zeroize and
//! reset in every phase, back-to-back operations at every gap after `done`, and a fault
//! campaign over every bit of every state register (sparse FSM codes, redundant step
//! counter): the outcome is always "same result" or "fatal, wiped".
//!
//! The full campaign (every bit at 100 random phases instead of 4) runs with
//! `KECCAK_CAMPAIGN=full cargo test --release -p testbenches --test keccak_secure -- --nocapture`.

use cosim::keccak::{KeccakCoreRtl, SpongeError, SpongeRtl, Stalls, Word};
use cosim::model::Model;
use engine::Engine;
use golden_model::keccak::{keccak_f1600, permutation_cycles, Sha3Mode};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn golden_hash(mode: Sha3Mode, msg: &[u8], out_len: usize) -> Vec<u8> {
    golden_model::engine::Golden.sha3(mode, msg, out_len).unwrap()
}

/// Every register of the block is zero (the sponge and core hold nothing else: a wiped
/// block is all-zero, Idle included).
fn all_zero(m: &Model) -> Vec<(&'static str, usize)> {
    m.nonzero_probes(&|_| false)
}

/// One SHA3/SHAKE run driven cycle by cycle so that `act` can strike at cycle `at`
/// (relative to start). Returns the output if the run completed.
fn run_with(s: &mut SpongeRtl, mode: Sha3Mode, msg: &[u8], out_len: usize, at: u64, act: &mut dyn FnMut(&mut SpongeRtl)) -> Option<Vec<u8>> {
    let words = cosim::keccak::message_words(msg);
    let len = mode.digest_len().unwrap_or(out_len);
    s.start(mode as u8, len as u32);
    let (mut next, mut out) = (0, Vec::new());
    for cycle in 1..20_000u64 {
        if cycle == at {
            act(s);
        }
        if !s.busy() {
            return None;
        }
        let (took, o) = s.step(words.get(next), true);
        next += took as usize;
        if let Some((d, b, last)) = o {
            out.extend_from_slice(&d.to_le_bytes()[..b as usize]);
            if last {
                return Some(out);
            }
        }
    }
    panic!("the sponge hung");
}

/// zeroize and reset, asserted in every cycle of a two-block SHAKE256 run (absorb, pad,
/// permutation, squeeze), leave every register zero one cycle later and the engine
/// idle and usable.
#[test]
fn zeroize_and_reset_wipe_every_register_in_one_cycle_in_every_phase() {
    for rounds in [2, 1] {
        let mut s = SpongeRtl::with_rounds(rounds).unwrap();
        let msg = vec![0x3cu8; 150];
        let whole = golden_hash(Sha3Mode::Shake256, &msg, 200);
        let cycles = 20 + 2 * 24 + 40;
        for at in 1..cycles {
            for reset in [false, true] {
                let mut struck = false;
                let r = run_with(&mut s, Sha3Mode::Shake256, &msg, 200, at, &mut |s| {
                    if reset { s.reset() } else { s.zeroize() }
                    struck = true;
                });
                if !struck {
                    assert_eq!(r.as_deref(), Some(&whole[..]));
                    continue;
                }
                let left = all_zero(s.model());
                assert!(left.is_empty(), "{} {} at cycle {at}: not wiped: {left:?}", s.block(), if reset { "reset" } else { "zeroize" });
                assert!(!s.busy() && s.error().is_none() && !s.fatal());
                let od = s.ports().out_data;
                assert_eq!(s.model().get(od), 0);
            }
        }
        // Usable afterwards.
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        assert_eq!(s.hash(Sha3Mode::Shake256, &msg, 200, Stalls::default(), &mut rng, true).unwrap().output, whole);
    }
}

/// The end of an operation and an abort wipe the state and every register (but the
/// error status) in the next edge, the `done` cycle's (`end_wipe`).
#[test]
fn end_of_operation_and_abort_wipe_everything_one_edge_later() {
    let status = |n: &str| n == "err" || n == "code";
    for rounds in [2, 1] {
        let mut s = SpongeRtl::with_rounds(rounds).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let msg = vec![0x5au8; 200];
        s.hash(Sha3Mode::Sha3_256, &msg, 0, Stalls::default(), &mut rng, true).unwrap();
        let done = s.ports().done;
        assert!(s.model().get_bool(done), "the done cycle");
        assert!(!all_zero(s.model()).is_empty(), "the state is wiped by the next edge, not before");
        s.step(None, true);
        assert_eq!(all_zero(s.model()), vec![], "{} after done", s.block());
        // Abort: a non-last word of 3 bytes (error 4) after a full one.
        s.start(Sha3Mode::Sha3_256 as u8, 0);
        s.step(Some(&Word { data: u64::MAX, bytes: 8, last: false }), true);
        s.step(Some(&Word { data: 0x1234, bytes: 3, last: false }), true);
        assert_eq!(s.error(), Some(4));
        s.step(None, true);
        assert_eq!(s.model().nonzero_probes(&status), vec![], "{} after the abort", s.block());
        assert_eq!(s.hash(Sha3Mode::Sha3_256, &msg, 0, Stalls::default(), &mut rng, true).unwrap().output, golden_hash(Sha3Mode::Sha3_256, &msg, 0));
    }
}

/// The core's `clear` and `reset` wipe the state in one cycle, mid-permutation too.
#[test]
fn core_clear_and_reset_wipe_in_one_cycle() {
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    for rpc in [1, 2, 3] {
        let mut c = KeccakCoreRtl::new(rpc);
        let p = cosim::models::keccak_core_r2::PORT;
        for at in 0..=(24 / rpc) {
            for port in [p.clear, p.reset] {
                let mut st = [0u64; 25];
                rng.fill(&mut st[..]);
                c.load(&st);
                let m = c.model();
                m.pulse(p.start);
                for _ in 0..at {
                    m.tick();
                }
                m.pulse(port);
                let left = all_zero(m);
                assert!(left.is_empty(), "core r{rpc} at {at}: {left:?}");
                assert!(!m.get_bool(p.busy));
            }
        }
    }
}

/// A second hash started 0, 1, 2 or 3 cycles after `done` of the first, for every pair
/// of modes: both results right (the sponge clears its state on the accepted start).
#[test]
fn back_to_back_hashes_at_every_gap_after_done() {
    let mut s = SpongeRtl::new();
    let mut rng = ChaCha8Rng::seed_from_u64(8);
    for a in Sha3Mode::ALL {
        for b in Sha3Mode::ALL {
            for gap in 0..4 {
                let (la, lb) = (rng.gen_range(0..300), rng.gen_range(0..300));
                let ma: Vec<u8> = (0..la).map(|_| rng.gen()).collect();
                let mb: Vec<u8> = (0..lb).map(|_| rng.gen()).collect();
                let ra = s.hash(a, &ma, 50, Stalls::default(), &mut rng, true).unwrap();
                assert_eq!(ra.output, golden_hash(a, &ma, 50));
                // The cycle after the last output word: `done` is high now.
                let done = s.ports().done;
                assert!(s.model().get_bool(done), "done follows the last word");
                for _ in 0..gap {
                    s.step(None, true);
                }
                let rb = s.hash(b, &mb, 70, Stalls::default(), &mut rng, true).unwrap();
                assert_eq!(rb.output, golden_hash(b, &mb, 70), "{} then {} at gap {gap}", a.name(), b.name());
            }
        }
    }
}

/// The core started in its `done` cycle and 1..3 cycles later permutes the result again.
#[test]
fn core_back_to_back_permutations_at_every_gap() {
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let p = cosim::models::keccak_core_r2::PORT;
    for rpc in [1, 2, 3] {
        let steps = permutation_cycles(rpc);
        let mut c = KeccakCoreRtl::new(rpc);
        for gap in 0..4u64 {
            let mut st = [0u64; 25];
            rng.fill(&mut st[..]);
            c.load(&st);
            let m = c.model();
            m.pulse(p.start);
            for _ in 1..steps + gap {
                m.tick();
            }
            m.eval();
            assert_eq!(m.get_bool(p.done), gap == 0);
            m.pulse(p.start);
            for _ in 1..steps {
                m.tick();
            }
            m.eval();
            assert!(m.get_bool(p.done));
            let got: Vec<u64> = p.state_out.iter().map(|&q| m.get(q)).collect();
            let mut g = st;
            keccak_f1600(&mut g);
            keccak_f1600(&mut g);
            assert_eq!(got, g.to_vec(), "r{rpc} gap {gap}");
        }
    }
}

/// Outcome of one flipped bit.
#[derive(Debug, Default)]
struct Counts {
    same: usize,
    fatal_wiped: usize,
}

/// Flips every bit of every state register of the sponge (FSM, return state, the lane
/// counter and its registered one-hot copy, the core's run flag and both step counters)
/// at `phases` random cycles of random hashes.
fn sponge_campaign(rounds: usize, phases: usize, seed: u64) -> Counts {
    let mut s = SpongeRtl::with_rounds(rounds).unwrap();
    let r = *s.probes();
    let regs = [
        ("fsm", r.fsm, 6),
        ("after", r.after, 6),
        ("cnt", r.cnt, 5),
        ("lanes_q", r.lanes_q, 25),
        ("core$run_st", r.core_run_st, 3),
        ("core$step", r.core_step, 5),
        ("core$step_b", r.core_step_b, 5),
    ];
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut counts = Counts::default();
    for (name, id, width) in regs {
        for bit in 0..width {
            let mut done = 0;
            while done < phases {
                let mode = Sha3Mode::ALL[rng.gen_range(0..Sha3Mode::ALL.len())];
                let msg: Vec<u8> = (0..rng.gen_range(0..400)).map(|_| rng.gen()).collect();
                let at = rng.gen_range(1..80);
                let mut fatal_now = None;
                let mut struck = false;
                let out = run_with(&mut s, mode, &msg, 64, at, &mut |s| {
                    struck = true;
                    s.model().flip(id, 0, bit);
                    // Documented bound: fatal and every register wiped within 2 cycles.
                    s.model().tick();
                    s.model().tick();
                    fatal_now = Some((s.fatal(), all_zero(s.model())));
                });
                if !struck {
                    continue; // the run ended before cycle `at`: draw another phase
                }
                done += 1;
                match fatal_now {
                    Some((true, left)) => {
                        // Wiped apart from the alarm itself and the error status.
                        let left: Vec<_> = left.into_iter().filter(|(n, _)| !n.ends_with("alarm")).collect();
                        assert!(left.is_empty(), "{name} bit {bit} at {at}: fatal but not wiped: {left:?}");
                        assert!(out.is_none(), "{name} bit {bit}: fatal, yet output continued");
                        // Refused until reset, then usable.
                        s.start(mode as u8, 64);
                        assert_eq!(s.error(), Some(6), "start refused while fatal");
                        assert!(!s.busy());
                        s.reset();
                        assert!(!s.fatal());
                        counts.fatal_wiped += 1;
                    }
                    _ => {
                        assert_eq!(out, Some(golden_hash(mode, &msg, 64)), "{name} bit {bit} at {at}: neither same result nor fatal");
                        counts.same += 1;
                    }
                }
            }
        }
    }
    let _ = SpongeError::Mismatch; // the type is part of the driver's API
    counts
}

#[test]
fn fault_campaign_every_state_register_bit_gives_same_result_or_fatal() {
    let full = std::env::var("KECCAK_CAMPAIGN").is_ok_and(|v| v == "full");
    let phases = if full { 100 } else { 4 };
    for rounds in [2, 1] {
        let c = sponge_campaign(rounds, phases, 77 + rounds as u64);
        println!("sponge r{rounds}: {} flips: {} same result, {} fatal and wiped, 0 other", c.same + c.fatal_wiped, c.same, c.fatal_wiped);
        assert!(c.fatal_wiped > 0);
    }
}

/// A fault in idle (one flipped bit of the FSM register) makes the next hash answer the
/// typed `Fatal` error, not a digest; `reset` makes the engine usable again.
#[test]
fn driver_reports_fatal_as_a_typed_error_and_reset_recovers() {
    let mut s = SpongeRtl::new();
    let fsm = s.probes().fsm;
    s.model().flip(fsm, 0, 4);
    s.model().tick();
    assert!(s.fatal());
    let mut rng = ChaCha8Rng::seed_from_u64(0);
    match s.hash(Sha3Mode::Sha3_256, b"abc", 0, Stalls::default(), &mut rng, false) {
        Err(SpongeError::Engine(engine::EngineError::Fatal { block })) => assert_eq!(block, "keccak_sponge"),
        other => panic!("expected Fatal, got {other:?}"),
    }
    s.reset();
    let run = s.hash(Sha3Mode::Sha3_256, b"abc", 0, Stalls::default(), &mut rng, true).unwrap();
    assert_eq!(run.output, golden_hash(Sha3Mode::Sha3_256, b"abc", 0));
}
