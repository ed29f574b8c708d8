//! The PUF root of trust's lifecycle through the host interface (issue 12, GUIDE §6:
//! the host is the attacker): enrolment is one time, its secret comes from the TRNG's
//! `entropy` port, and no sequence of host commands yields the response R or anything
//! correlated with it. Co-simulated `puf_kdf` against `golden_model::puf::lifecycle`.
//!
//! What the host controls: `start`/`opcode`/`window`, the helper stream `h_in_*`, the
//! `h_out_ready` back-pressure, `zeroize`, `reset`, and the timing of all of them. What
//! it sees: `h_out_*`, `key_out`/`key_valid` (the vault port, here observed too),
//! `busy`, `done`, `error`/`err_code`, `fatal`, `enrol_locked`, and the cycle counts.
//! `lc_enrol_en` and `entropy`/`entropy_valid` are tied inside the HSM (lifecycle
//! controller, TRNG), not host ports.

use cosim::puf::{
    cosim_params, helper_stream, key_bytes, secret_bytes, secret_words, Flow, PufRtl, ERR_ENROL_LOCKED, ERR_FATAL, ERR_NO_ENTROPY, LC_ON, OP_ENROL, OP_RECONSTRUCT,
};
use golden_model::puf::extractor::reconstruct;
use golden_model::puf::lifecycle::PufUnit;
use golden_model::puf::physical::{Conditions, Device, Evaluation, PufParams};
use golden_model::puf::{random_secret, PufError, ERR_HELPER_LONG, ERR_HELPER_SHORT, ERR_KEY_CHECK, HELPER_WORDS, RESPONSE_WORDS, SECRET_BYTES, SECRET_WORDS};
use golden_model::trace::NoTrace;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Short window: the control path is that of any window.
const W: u32 = 16;

fn params() -> PufParams {
    PufParams { window: W, ..cosim_params() }
}

/// A fresh (power-up) model and device, enrolled once through the RTL (checked against
/// the golden extractor), with the golden lifecycle model in step.
struct Setup {
    rtl: PufRtl,
    eval: Evaluation,
    helper: Vec<u64>,
    key: [u8; 32],
    golden: PufUnit,
}

fn setup(seed: u64) -> Setup {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let dev = Device::new(&params(), seed);
    let eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let secret = random_secret(&mut rng);
    let mut rtl = PufRtl::with_seed(seed);
    assert!(!rtl.enrol_locked(), "power-up: unlocked");
    let mut golden = PufUnit::new();
    let g = golden.enrol(LC_ON as u8, Some(&secret), W, &eval.response(), &mut NoTrace).unwrap();
    let run = rtl.enrol_checked(&eval, &secret, None).unwrap();
    assert_eq!(run.error, None);
    assert_eq!(run.helper_out, g.helper.words());
    assert_eq!(key_bytes(run.key.unwrap()), g.key);
    assert!(rtl.enrol_locked() && golden.locked(), "the first enrolment sets the lock");
    Setup { rtl, eval, helper: run.helper_out, key: g.key, golden }
}

/// Starts an enrolment (the TRNG presenting `entropy`) and runs `cycles` clocks with
/// `h_out_ready` high, asserting that no helper word is offered, the block stays idle
/// and nothing of the response reaches any output; returns the status.
fn refused_enrolment(rtl: &mut PufRtl, eval: &Evaluation, entropy: [u64; SECRET_WORDS], cycles: usize) -> Option<u8> {
    let p = *rtl.ports();
    rtl.start(OP_ENROL, eval.window, entropy, Some(eval));
    let status = rtl.error();
    for c in 0..cycles {
        rtl.model().set_bool(p.h_out_ready, true);
        rtl.model().eval();
        assert!(!rtl.model().get_bool(p.h_out_valid), "cycle {c}: helper output after a refused enrolment");
        assert_eq!(rtl.model().get(p.h_out_data), 0);
        assert!(!rtl.busy() && !rtl.model().get_bool(p.ro_en), "cycle {c}: refused, but the block measures");
        rtl.tick(Some(eval));
    }
    status
}

/// A second enrolment, started 0-3 cycles after the first one's `done` and then later,
/// is refused with error 8: nothing streams, the oscillators stay off, the key held for
/// the vault stays, and reconstruction still gives it. The golden model agrees.
#[test]
fn second_enrolment_is_refused_and_changes_nothing() {
    let mut s = setup(1);
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    // The cycle right after done and the next ones: restart the first enrolment's tail.
    for gap in 0..4 {
        let mut rtl = PufRtl::with_seed(10 + gap);
        let secret = random_secret(&mut rng);
        rtl.enrol_checked(&s.eval, &secret, None).unwrap();
        let done = rtl.ports().done;
        assert!(rtl.model().get_bool(done));
        for _ in 0..gap {
            rtl.tick(Some(&s.eval));
        }
        let key_before = rtl.key_port();
        let status = refused_enrolment(&mut rtl, &s.eval, rng.gen(), 50);
        assert_eq!(status, Some(ERR_ENROL_LOCKED), "gap {gap}");
        assert!(rtl.key_valid() && rtl.key_port() == key_before, "gap {gap}: the held key is untouched");
    }
    for attempt in 0..3 {
        let entropy: [u64; SECRET_WORDS] = if attempt == 0 { [0; SECRET_WORDS] } else { rng.gen() };
        assert_eq!(refused_enrolment(&mut s.rtl, &s.eval, entropy, 30), Some(ERR_ENROL_LOCKED));
        assert_eq!(
            s.golden.enrol(LC_ON as u8, Some(&secret_bytes(entropy)), W, &s.eval.response(), &mut NoTrace),
            Err(PufError::EnrolLocked)
        );
        assert_eq!(PufError::EnrolLocked.code(), ERR_ENROL_LOCKED);
    }
    let run = s.rtl.reconstruct_checked(&s.eval, &s.helper, None).unwrap();
    assert_eq!(key_bytes(run.key.unwrap()), s.key, "the enrolled key is still the device key");
}

/// Neither zeroize nor reset, nor a fault and the reset that clears it, unlocks; an
/// enrolment aborted by zeroize or reset has used up the one enrolment (the lock is set
/// on its start), so it cannot be retried to get a second helper record.
#[test]
fn zeroize_reset_and_faults_do_not_unlock() {
    let mut s = setup(3);
    s.rtl.zeroize();
    s.golden.zeroize();
    assert!(s.rtl.enrol_locked());
    assert_eq!(refused_enrolment(&mut s.rtl, &s.eval, [1, 2, 3, 4, 5], 20), Some(ERR_ENROL_LOCKED));
    s.rtl.reset();
    s.golden.reset();
    assert!(s.rtl.enrol_locked() && s.golden.locked());
    assert_eq!(refused_enrolment(&mut s.rtl, &s.eval, [5, 6, 7, 8, 9], 20), Some(ERR_ENROL_LOCKED));
    // A fault (an illegal FSM code) raises fatal; reset clears fatal, not the lock.
    let fsm = s.rtl.probes().fsm;
    s.rtl.flip(fsm, 3);
    for _ in 0..3 {
        s.rtl.tick(None);
    }
    assert!(s.rtl.fatal());
    assert_eq!(refused_enrolment(&mut s.rtl, &s.eval, [0; SECRET_WORDS], 5), Some(ERR_FATAL));
    s.rtl.reset();
    assert!(!s.rtl.fatal() && s.rtl.enrol_locked());
    assert_eq!(refused_enrolment(&mut s.rtl, &s.eval, [0; SECRET_WORDS], 20), Some(ERR_ENROL_LOCKED));
    // An illegal lock value (a fault on the lock itself) is fatal and locks.
    let lock = s.rtl.probes().lock;
    for v in [0b0001u64, 0b1110] {
        let mut rtl = PufRtl::with_seed(30 + v);
        rtl.model().poke(lock, v);
        rtl.tick(None);
        rtl.tick(None);
        assert!(rtl.fatal(), "lock {v:#06b}");
        rtl.reset();
        assert!(rtl.enrol_locked() && !rtl.fatal(), "lock {v:#06b}: fail secure");
        assert_eq!(refused_enrolment(&mut rtl, &s.eval, [0; SECRET_WORDS], 5), Some(ERR_ENROL_LOCKED));
    }
    // Aborted first enrolments: zeroize or reset in the middle of the helper output.
    for reset in [false, true] {
        let mut rtl = PufRtl::with_seed(40 + reset as u64);
        let secret = [9u8; SECRET_BYTES];
        rtl.start(OP_ENROL, W, secret_words(&secret), Some(&s.eval));
        let run = rtl
            .run_with(&s.eval, &[], None, PufRtl::budget(W), &mut |r, _| {
                let v = r.ports().h_out_valid;
                if r.model().get_bool(v) {
                    if reset {
                        r.reset()
                    } else {
                        r.zeroize()
                    }
                    return Flow::Stop;
                }
                Flow::Continue
            })
            .unwrap();
        assert!(run.key.is_none());
        assert!(rtl.enrol_locked(), "abort by {}: still locked", if reset { "reset" } else { "zeroize" });
        assert_eq!(refused_enrolment(&mut rtl, &s.eval, secret_words(&secret), 20), Some(ERR_ENROL_LOCKED));
    }
    // Reconstruction still works after all of it.
    let run = s.rtl.reconstruct_checked(&s.eval, &s.helper, None).unwrap();
    assert_eq!(key_bytes(run.key.unwrap()), s.key);
}

/// Enrolment is accepted only while `lc_enrol_en` is exactly On (0b1010): every other
/// value (the tie-off 0 and Off 0b0101 included) refuses it with error 8 and does not
/// use up the enrolment; without valid entropy it is refused with error 9.
#[test]
fn lifecycle_input_and_entropy_valid_gate_enrolment() {
    let dev = Device::new(&params(), 5);
    let eval = dev.evaluate_seeded(Conditions::NOMINAL, 5);
    let mut rtl = PufRtl::with_seed(5);
    let mut golden = PufUnit::new();
    for lc in 0..16u64 {
        if lc == LC_ON {
            continue;
        }
        rtl.set_lifecycle(lc);
        assert_eq!(refused_enrolment(&mut rtl, &eval, [lc; SECRET_WORDS], 10), Some(ERR_ENROL_LOCKED), "lc {lc:#06b}");
        assert_eq!(golden.enrol(lc as u8, Some(&[0; SECRET_BYTES]), W, &eval.response(), &mut NoTrace), Err(PufError::EnrolLocked));
        assert!(!rtl.enrol_locked() && !golden.locked(), "lc {lc:#06b}: a refused start does not lock");
    }
    rtl.set_lifecycle(LC_ON);
    rtl.set_entropy_valid(false);
    assert_eq!(refused_enrolment(&mut rtl, &eval, [1; SECRET_WORDS], 10), Some(ERR_NO_ENTROPY));
    assert_eq!(golden.enrol(LC_ON as u8, None, W, &eval.response(), &mut NoTrace), Err(PufError::NoEntropy));
    assert!(!rtl.enrol_locked());
    rtl.set_entropy_valid(true);
    let run = rtl.enrol_checked(&eval, &[3; SECRET_BYTES], None).unwrap();
    assert_eq!(run.error, None);
    assert!(rtl.enrol_locked());
}

/// Helper records of every wrong length (1..=80 words: error 3; 82..=86 and 110
/// words: error 4) give the golden model's typed error, no key, nothing streamed, everything
/// wiped, and the block stays usable.
#[test]
fn helper_data_of_every_wrong_length_gives_a_typed_error() {
    let mut s = setup(7);
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut lengths: Vec<usize> = (1..HELPER_WORDS).collect();
    lengths.extend([1, 2, 3, 4, 5, 29].map(|d| HELPER_WORDS + d));
    for &n in &lengths {
        // Genuine words where there are some, random beyond.
        let words: Vec<u64> = (0..n).map(|i| if i < HELPER_WORDS { s.helper[i] } else { rng.gen() }).collect();
        let g = reconstruct(&s.eval.response(), &words, &mut NoTrace);
        let want = if n < HELPER_WORDS { ERR_HELPER_SHORT } else { ERR_HELPER_LONG };
        assert_eq!(g.clone().err().map(|e| e.code()), Some(want), "golden, {n} words");
        let run = s.rtl.reconstruct_checked(&s.eval, &words, None).unwrap_or_else(|e| panic!("{n} words: {e}"));
        assert_eq!(run.error, Some(want), "{n} words");
        assert!(run.key.is_none() && run.helper_out.is_empty(), "{n} words");
        s.rtl.tick(None);
        assert!(s.rtl.all_zero() && !s.rtl.busy(), "{n} words: nothing left behind");
    }
    println!("{} wrong lengths, every one a typed error", lengths.len());
    let run = s.rtl.reconstruct_checked(&s.eval, &s.helper, None).unwrap();
    assert_eq!(key_bytes(run.key.unwrap()), s.key);
}

/// An attacker's session after enrolment: repeated enrolments (every lifecycle value,
/// entropy all zero), zeroize and reset between, reconstructions with helper data all
/// zero (Enc(0) = 0: would decode R itself), all ones, random, the genuine offsets with
/// a guessed KCV, the genuine record with one offset bit flipped, and short and long
/// records. Nothing correlated with R comes out: no helper word is ever streamed after
/// the enrolment, a key appears only for the genuine record (and is the enrolled key),
/// every other attempt ends in a typed error, and every reconstruction takes the same
/// number of cycles whatever the helper data (timing independent of R and K).
#[test]
fn no_host_sequence_yields_anything_correlated_with_the_response() {
    let mut s = setup(9);
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let p = *s.rtl.ports();
    let mut attempts = 0;
    let mut cycles = std::collections::BTreeSet::new();
    let mut zeros = vec![0u64; HELPER_WORDS];
    zeros[RESPONSE_WORDS] = rng.gen();
    let ones = vec![u64::MAX; HELPER_WORDS];
    let random: Vec<u64> = (0..HELPER_WORDS).map(|_| rng.gen()).collect();
    let mut guessed_kcv = s.helper.clone();
    guessed_kcv[RESPONSE_WORDS] = rng.gen();
    let mut one_bit = s.helper.clone();
    one_bit[11] ^= 1 << 40;
    let records: Vec<(&str, Vec<u64>)> = vec![
        ("zeros", zeros),
        ("ones", ones),
        ("random", random),
        ("guessed KCV", guessed_kcv),
        ("one offset bit", one_bit),
        ("genuine", s.helper.clone()),
    ];
    for round in 0..3 {
        for lc in [LC_ON, 0, 0b0101] {
            s.rtl.set_lifecycle(lc);
            assert_eq!(refused_enrolment(&mut s.rtl, &s.eval, [0; SECRET_WORDS], 5), Some(ERR_ENROL_LOCKED));
            attempts += 1;
        }
        s.rtl.set_lifecycle(LC_ON);
        match round {
            1 => s.rtl.zeroize(),
            2 => s.rtl.reset(),
            _ => {}
        }
        for (name, rec) in &records {
            let run = s.rtl.reconstruct_checked(&s.eval, rec, None).unwrap_or_else(|e| panic!("{name}: {e}"));
            attempts += 1;
            assert!(run.helper_out.is_empty(), "{name}: helper words streamed in a reconstruction");
            cycles.insert(run.cycles);
            if *name == "genuine" {
                assert_eq!(key_bytes(run.key.expect("the genuine record gives the key")), s.key);
            } else {
                assert_eq!(run.key, None, "{name}: a key from a forged record");
                assert_eq!(run.error, Some(ERR_KEY_CHECK), "{name}");
            }
        }
        for n in [1usize, 40, HELPER_WORDS + 1] {
            let rec: Vec<u64> = (0..n).map(|_| rng.gen()).collect();
            let run = s.rtl.reconstruct_checked(&s.eval, &rec, None).unwrap();
            attempts += 1;
            assert!(run.key.is_none() && run.helper_out.is_empty());
        }
    }
    // No helper output on any cycle of a host-driven session either (raw stream check).
    s.rtl.start(OP_RECONSTRUCT, W, [0; SECRET_WORDS], Some(&s.eval));
    let stream = helper_stream(&records[0].1);
    s.rtl
        .run_with(&s.eval, &stream, None, PufRtl::budget(W), &mut |r, _| {
            assert!(!r.model().get_bool(p.h_out_valid));
            Flow::Continue
        })
        .unwrap();
    assert_eq!(cycles.len(), 1, "reconstruction time does not depend on the helper data: {cycles:?}");
    println!("{attempts} attacker attempts: no helper output, no forged key, reconstruction always {cycles:?} cycles");
}
