//! Keccak RTL against the golden model: the core cycle by cycle, the sponge with random
//! stalls, fault injection proving the scoreboard can fail, and bad input.

use cosim::keccak::{check_permutation, message_words, Fault, KeccakCoreRtl, SpongeError, SpongeRtl, Stalls};
use golden_model::engine::EngineError;
use golden_model::keccak::{keccak_f1600, permutation_cycles, Sha3Mode, Sponge};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

fn random_state(rng: &mut impl Rng) -> [u64; 25] {
    let mut s = [0u64; 25];
    rng.fill(&mut s[..]);
    s
}

fn golden_hash(mode: Sha3Mode, msg: &[u8], out_len: usize) -> Vec<u8> {
    let mut s = Sponge::new(mode);
    s.absorb(msg);
    let mut out = vec![0u8; mode.digest_len().unwrap_or(out_len)];
    s.squeeze(&mut out);
    out
}

/// 10,000 random states through the default core (2 rounds/clock), every round
/// checkpoint compared on its cycle; two threads, each with its own model.
#[test]
fn keccak_f_10000_random_states_cycle_by_cycle() {
    let total: usize = (0..2u64)
        .into_par_iter()
        .map(|t| {
            let mut rng = ChaCha8Rng::seed_from_u64(0x6b656363 + t);
            let mut core = KeccakCoreRtl::new(2);
            let mut compared = 0;
            for i in 0..5000 {
                let s = random_state(&mut rng);
                let run = core.permute_checked(s, None).unwrap_or_else(|m| panic!("case {t}/{i}: {m}"));
                assert_eq!(run.cycles, permutation_cycles(2));
                compared += run.compared;
            }
            compared
        })
        .sum();
    assert_eq!(total, 10_000 * 12);
}

#[test]
fn keccak_f_one_and_three_rounds_per_clock() {
    let mut rng = ChaCha8Rng::seed_from_u64(13);
    for rpc in [1, 3] {
        let mut core = KeccakCoreRtl::new(rpc);
        for _ in 0..300 {
            let s = random_state(&mut rng);
            let run = core.permute_checked(s, None).unwrap_or_else(|m| panic!("{m}"));
            let mut g = s;
            keccak_f1600(&mut g);
            assert_eq!(run.state, g);
            assert_eq!(run.cycles, 1 + 24 / rpc as u64);
        }
    }
}

/// The scoreboard catches an injected fault: a bit flipped in cycle f (the rounds run in
/// cycles 1 ..= 12) shows in the checkpoint of cycle f + 1 (rounds up to 2f − 1), and a
/// VCD is written.
#[test]
fn injected_state_bit_flip_is_named_at_the_right_round_and_cycle() {
    let mut rng = ChaCha8Rng::seed_from_u64(99);
    for (f, lane, bit) in [(1u64, 0usize, 0u32), (3, 7, 63), (12, 24, 17)] {
        let s = random_state(&mut rng);
        let m = check_permutation(2, s, Some(Fault { cycle: f, lane, bit }), &format!("test-fault-{f}"))
            .expect_err("the fault must be caught");
        assert_eq!(m.block, "keccak_core_r2");
        assert_eq!(m.checkpoint, "round", "{m}");
        assert_eq!(m.cycle, f + 1, "{m}");
        assert_eq!(m.checkpoint_index, 2 * f as usize - 1, "{m}");
        assert!(m.index.is_some() && m.expected != m.observed);
        let vcd = m.vcd.clone().expect("a VCD path");
        let text = std::fs::read_to_string(&vcd).expect("the VCD exists");
        assert!(text.contains("$enddefinitions"), "{}", vcd.display());
        let msg = m.to_string();
        assert!(msg.contains("cycle") && msg.contains("expected") && msg.contains(".vcd"), "{msg}");
    }
    // A fault after the last checkpoint has been read changes nothing observable.
    let s = random_state(&mut rng);
    assert!(check_permutation(2, s, Some(Fault { cycle: 13, lane: 0, bit: 0 }), "unused").is_ok());
}

/// Every mode, lengths around every rate boundary and random lengths 0..2000, random
/// stalls on both streams, permutation checkpoints compared in order.
#[test]
fn sponge_every_mode_random_messages_with_stalls() {
    sponge_random_messages_with_stalls(2, 12);
}

/// The same for the engine over the 1-round core (`keccak_sponge_r1`), fewer random lengths.
#[test]
fn sponge_r1_every_mode_random_messages_with_stalls() {
    sponge_random_messages_with_stalls(1, 4);
}

fn sponge_random_messages_with_stalls(rounds_per_clock: usize, random_lengths: usize) {
    let cases: Vec<(Sha3Mode, usize, u64)> = Sha3Mode::ALL
        .iter()
        .flat_map(|&mode| {
            let r = mode.rate();
            let mut lens = vec![0, 1, 7, 8, 9, r - 9, r - 8, r - 1, r, r + 1, r + 8, 2 * r - 1, 2 * r, 2 * r + 1, 1999];
            let mut rng = ChaCha8Rng::seed_from_u64(mode as u64);
            lens.extend((0..random_lengths).map(|_| rng.gen_range(0..2000)));
            lens.into_iter().enumerate().map(move |(i, l)| (mode, l, i as u64))
        })
        .collect();
    let n = cases.len();
    let done: usize = cases
        .par_chunks(n.div_ceil(2))
        .map(|chunk| {
            let mut sponge = SpongeRtl::with_rounds(rounds_per_clock).unwrap();
            for &(mode, len, seed) in chunk {
                let mut rng = ChaCha8Rng::seed_from_u64(seed * 1000 + len as u64);
                let msg: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
                let out_len = if mode.digest_len().is_some() { 0 } else { rng.gen_range(1..700) };
                let stalls = Stalls { input: rng.gen_range(0.0..0.5), output: rng.gen_range(0.0..0.5) };
                let run = sponge
                    .hash(mode, &msg, out_len, stalls, &mut rng, true)
                    .unwrap_or_else(|e| panic!("{} len {len}: {e}", mode.name()));
                assert_eq!(run.output, golden_hash(mode, &msg, out_len), "{} len {len}", mode.name());
            }
            assert_eq!(sponge.ungated_outputs(), 0, "an output showed data while out_valid was low");
            chunk.len()
        })
        .sum();
    assert_eq!(done, n);
}

#[test]
fn sponge_without_stalls_meets_its_latency() {
    // SHA3-256 of one block (136 bytes): 17 words, the 17th starts Keccak-f (its edge
    // absorbs, 12 more cycles of rounds); padding block: 1 cycle + 12; first output word
    // when the last permutation ends.
    let mut sponge = SpongeRtl::new();
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let run = sponge.hash(Sha3Mode::Sha3_256, &[0xa5; 136], 0, Stalls::default(), &mut rng, true).unwrap();
    assert_eq!(run.permutations, 2);
    assert_eq!(run.output, golden_hash(Sha3Mode::Sha3_256, &[0xa5; 136], 0));
    // 17 absorb + 12 + pad 1 + 12 + 4 output words.
    assert_eq!(run.cycles, 1 + 17 + 12 + 1 + 12 + 4, "cycles {}", run.cycles);
}

#[test]
fn sponge_r1_without_stalls_meets_its_latency() {
    // As above with 24 cycles per permutation after the starting edge.
    let mut sponge = SpongeRtl::with_rounds(1).unwrap();
    assert_eq!(sponge.block(), "keccak_sponge_r1");
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let run = sponge.hash(Sha3Mode::Sha3_256, &[0xa5; 136], 0, Stalls::default(), &mut rng, true).unwrap();
    assert_eq!(run.permutations, 2);
    assert_eq!(run.output, golden_hash(Sha3Mode::Sha3_256, &[0xa5; 136], 0));
    assert_eq!(run.cycles, 1 + 17 + 24 + 1 + 24 + 4, "cycles {}", run.cycles);
    assert!(SpongeRtl::with_rounds(3).is_none());
}

#[test]
fn sponge_r1_scoreboard_names_its_block_on_a_fault() {
    let mut sponge = SpongeRtl::with_rounds(1).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    sponge.inject(Fault { cycle: 3, lane: 1, bit: 9 });
    match sponge.hash(Sha3Mode::Sha3_512, &[7u8; 100], 0, Stalls::default(), &mut rng, true).unwrap_err() {
        SpongeError::Mismatch(m) => {
            assert_eq!(m.checkpoint_index, 0);
            assert!(m.to_string().contains("keccak_sponge_r1"), "{m}");
        }
        e => panic!("expected a mismatch, got {e}"),
    }
}

#[test]
fn sponge_scoreboard_catches_a_fault_during_absorb() {
    let mut sponge = SpongeRtl::new();
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    // Flip a state bit (through its probe) while the first block is absorbed: the
    // first permutation's result differs.
    sponge.inject(Fault { cycle: 5, lane: 2, bit: 40 });
    let err = sponge.hash(Sha3Mode::Shake128, &[1u8; 300], 64, Stalls::default(), &mut rng, true).unwrap_err();
    match err {
        SpongeError::Mismatch(m) => {
            assert_eq!(m.checkpoint, "permutation");
            assert_eq!(m.checkpoint_index, 0);
        }
        e => panic!("expected a mismatch, got {e}"),
    }
}

fn expect_hw_error(r: Result<cosim::keccak::SpongeRun, SpongeError>, code: u8) {
    match r {
        Err(SpongeError::Engine(EngineError::Hardware { code: c, .. })) => assert_eq!(c, code),
        other => panic!("expected hardware error {code}, got {other:?}"),
    }
}

#[test]
fn bad_input_gets_an_error_status_and_the_engine_stays_usable() {
    let mut s = SpongeRtl::new();
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    let ok = |s: &mut SpongeRtl, rng: &mut ChaCha8Rng| {
        let run = s.hash(Sha3Mode::Sha3_512, b"after", 0, Stalls::default(), rng, true).unwrap();
        assert_eq!(run.output, golden_hash(Sha3Mode::Sha3_512, b"after", 0));
    };
    // Unknown mode: error 1, start ignored.
    s.start(7, 32);
    assert_eq!(s.error(), Some(1));
    assert!(!s.busy());
    ok(&mut s, &mut rng);
    // Zero-byte squeeze: error 2, start ignored.
    expect_hw_error(s.hash(Sha3Mode::Shake256, b"x", 0, Stalls::default(), &mut rng, false), 2);
    assert!(!s.busy());
    ok(&mut s, &mut rng);
    // A message that stops mid-word: a non-last word of 3 bytes aborts with error 4.
    s.start(Sha3Mode::Sha3_256 as u8, 0);
    let w = cosim::keccak::Word { data: 0xabcdef, bytes: 3, last: false };
    s.step(Some(&w), true);
    assert_eq!(s.error(), Some(4));
    assert!(!s.busy());
    assert!(s.state().iter().all(|&l| l == 0), "state wiped after abort");
    ok(&mut s, &mut rng);
    // A last word claiming 9 bytes: error 5.
    s.start(Sha3Mode::Sha3_256 as u8, 0);
    s.step(Some(&cosim::keccak::Word { data: 1, bytes: 9, last: true }), true);
    assert_eq!(s.error(), Some(5));
    assert!(!s.busy());
    ok(&mut s, &mut rng);
}

#[test]
fn mode_change_while_busy_is_ignored_with_status() {
    let mut s = SpongeRtl::new();
    let msg = vec![7u8; 200];
    let words = message_words(&msg);
    s.start(Sha3Mode::Sha3_256 as u8, 0);
    s.step(Some(&words[0]), true);
    // Try to restart in SHAKE128 while busy.
    s.start(Sha3Mode::Shake128 as u8, 100);
    assert_eq!(s.error(), Some(3));
    assert!(s.busy());
    let mut out = Vec::new();
    let mut i = 1;
    for _ in 0..500 {
        let (took, o) = s.step(words.get(i), true);
        if took {
            i += 1;
        }
        if let Some((d, b, last)) = o {
            out.extend_from_slice(&d.to_le_bytes()[..b as usize]);
            if last {
                break;
            }
        }
    }
    assert_eq!(out, golden_hash(Sha3Mode::Sha3_256, &msg, 0), "the running hash is unaffected");
}

#[test]
fn stalled_stream_waits_and_zeroize_wipes_mid_operation() {
    let mut s = SpongeRtl::new();
    let msg = vec![0x5au8; 400];
    let words = message_words(&msg);
    s.start(Sha3Mode::Shake256 as u8, 64);
    for w in &words[..20] {
        s.step(Some(w), true);
    }
    // The source stops: the engine waits (busy, no error), it does not hang the harness.
    for _ in 0..1000 {
        s.step(None, true);
    }
    assert!(s.busy());
    assert_eq!(s.error(), None);
    assert!(s.state().iter().any(|&l| l != 0));
    // Zeroize: one cycle, everything reads zero, idle, usable again.
    s.zeroize();
    assert!(!s.busy());
    assert_eq!(s.error(), None);
    assert!(s.state().iter().all(|&l| l == 0), "zeroize latency is one cycle");
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let run = s.hash(Sha3Mode::Shake256, &msg, 64, Stalls::default(), &mut rng, true).unwrap();
    assert_eq!(run.output, golden_hash(Sha3Mode::Shake256, &msg, 64));
}

#[test]
fn rtl_engine_answers_through_the_engine_trait() {
    use golden_model::engine::{Engine, Golden};
    let mut rtl = cosim::Rtl::new();
    let mut golden = Golden;
    for mode in Sha3Mode::ALL {
        let msg = b"The quick brown fox jumps over the lazy dog";
        assert_eq!(rtl.sha3(mode, msg, 100).unwrap(), golden.sha3(mode, msg, 100).unwrap());
    }
    let st = [3u64; 25];
    assert_eq!(rtl.keccak_f1600(st).unwrap(), golden.keccak_f1600(st).unwrap());
}
