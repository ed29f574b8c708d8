//! The NTT / polynomial unit against `golden_model::polyunit`: every layer compared on
//! its scheduled cycle, both moduli, 1/2/4 lanes, round trips and products against
//! schoolbook multiplication, fault injection proving the scoreboard names the layer,
//! cycle and coefficient, and bad input.

use cosim::ntt::{check_op, diff, random_poly, Fault, NttError, NttUnitRtl};
use golden_model::polyunit::{self, schoolbook_negacyclic, Mode, Op, Schedule, N};
use golden_model::trace::NoTrace;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

fn extremes(mode: Mode) -> Vec<[u32; N]> {
    let q = mode.q();
    let mut single = [0u32; N];
    single[1] = 1;
    let mut single_top = [0u32; N];
    single_top[255] = q - 1;
    vec![[0; N], [q - 1; N], single, single_top]
}

/// `cases` operations of every kind on one unit (cycling NTT, NTT⁻¹, pointwise, add,
/// sub on fresh random slots), each checked layer by layer; returns checkpoints.
fn random_campaign(butterflies: usize, mode: Mode, seed: u64, cases: usize) -> usize {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut unit = NttUnitRtl::new(butterflies);
    let mut compared = 0;
    for i in 0..cases {
        let op = Op::ALL[i % Op::ALL.len()];
        // Fresh operands every fifth case; otherwise chain on what the unit holds.
        if i % 5 == 0 {
            let (a, b) = (random_poly(mode, &mut rng), random_poly(mode, &mut rng));
            unit.load(mode, 0, &a).unwrap();
            unit.load(mode, 1, &b).unwrap();
        }
        let (sa, sb, d) = (rng.gen_range(0..4), rng.gen_range(0..4), rng.gen_range(0..4));
        let run = unit
            .run_checked(mode, op, sa, sb, d, None)
            .unwrap_or_else(|e| panic!("B={butterflies} {mode:?} case {i} {op:?} {sa},{sb}->{d}: {e}"));
        assert_eq!(run.cycles, Schedule::new(butterflies).unwrap().done_cycle(mode, op));
        compared += run.compared;
    }
    compared
}

#[test]
fn kem_forward_ntt_b4_random_and_extremes() {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let z = [0u32; N];
    let mut polys = extremes(Mode::Kem);
    polys.extend((0..20).map(|_| random_poly(Mode::Kem, &mut rng)));
    for a in polys {
        let run = check_op(4, Mode::Kem, Op::Ntt, &a, &z, None, "ntt-kem-fwd").unwrap_or_else(|e| panic!("{e}"));
        let g = polyunit::run(Mode::Kem, Op::Ntt, &a, &z, None, &mut NoTrace).unwrap();
        assert_eq!(run.result, g);
        assert_eq!(run.cycles, 7 * 32 + 8);
        assert_eq!(run.compared, 8);
    }
}

/// 10,000 random operations per modulus on the default unit (B = 4): NTT, NTT⁻¹,
/// pointwise, add, sub in turn on random slots, every layer on its cycle; two threads.
#[test]
fn ten_thousand_random_operations_per_mode_b4() {
    for mode in Mode::ALL {
        let compared: usize =
            (0..2u64).into_par_iter().map(|t| random_campaign(4, mode, 0x4e54 + t + 10 * mode as u64, 5000)).sum();
        // Per 5 cases: 7 or 8 layers (NTT), the same (NTT⁻¹), 1 + 1 + 1, plus 5 results.
        let layers = golden_model::polyunit::Schedule::layers(mode, Op::Ntt);
        assert_eq!(compared, 2000 * (2 * layers + 3 + 5));
    }
}

#[test]
fn one_and_two_lanes_random_operations_and_extremes() {
    for b in [1, 2] {
        for mode in Mode::ALL {
            random_campaign(b, mode, 7 + b as u64, 100);
            let z = [0u32; N];
            for a in extremes(mode) {
                for op in Op::ALL {
                    let run = check_op(b, mode, op, &a, &a, None, "ntt-b12").unwrap_or_else(|e| panic!("B={b} {mode:?} {op:?}: {e}"));
                    assert_eq!(run.result, polyunit::run(mode, op, &a, &a, None, &mut NoTrace).unwrap());
                }
                let _ = z;
            }
        }
    }
}

#[test]
fn extremes_every_operation_b4() {
    for mode in Mode::ALL {
        for a in extremes(mode) {
            for b in extremes(mode) {
                for op in Op::ALL {
                    let run = check_op(4, mode, op, &a, &b, None, "ntt-extremes").unwrap_or_else(|e| panic!("{mode:?} {op:?}: {e}"));
                    assert_eq!(run.result, polyunit::run(mode, op, &a, &b, None, &mut NoTrace).unwrap());
                }
            }
        }
    }
}

/// NTT → NTT⁻¹ is the identity, and NTT⁻¹(NTT(a) ∘ NTT(b)) is the schoolbook
/// negacyclic product, all computed by the RTL.
#[test]
fn round_trip_and_products_equal_schoolbook() {
    let mut rng = ChaCha8Rng::seed_from_u64(42);
    for b in [1, 2, 4] {
        for mode in Mode::ALL {
            for _ in 0..3 {
                let (a, c) = (random_poly(mode, &mut rng), random_poly(mode, &mut rng));
                let mut u = NttUnitRtl::new(b);
                u.load(mode, 0, &a).unwrap();
                u.load(mode, 1, &c).unwrap();
                u.run_checked(mode, Op::Ntt, 0, 0, 2, None).unwrap();
                u.run_checked(mode, Op::Intt, 2, 2, 3, None).unwrap();
                assert_eq!(u.read(3), a, "round trip B={b} {mode:?}");
                u.run_checked(mode, Op::Ntt, 1, 1, 3, None).unwrap();
                u.run_checked(mode, Op::Pointwise, 2, 3, 2, None).unwrap();
                let prod = u.run_checked(mode, Op::Intt, 2, 2, 2, None).unwrap().result;
                assert_eq!(prod, schoolbook_negacyclic(mode, &a, &c), "product B={b} {mode:?}");
            }
        }
    }
}

/// A corrupted twiddle word: the first layer that uses it differs, at the first
/// coefficient of the block that word serves; the report names layer, cycle, index.
#[test]
fn corrupted_twiddle_is_named_with_layer_cycle_and_index() {
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let z = [0u32; N];
    for (mode, index, bit) in [(Mode::Kem, 1usize, 3u8), (Mode::Kem, 37, 0), (Mode::Dsa, 5, 20), (Mode::Dsa, 200, 7)] {
        // Forward twiddle ζ[index] serves layer L = ⌊log2 index⌋, block index − 2^L,
        // whose first butterfly is j = 2·len·block (len = 128 >> L).
        let a: [u32; N] = core::array::from_fn(|_| rng.gen_range(1..mode.q()));
        let l = index.ilog2() as usize;
        let len = 128 >> l;
        let j = 2 * len * (index - (1 << l));
        let addr = (mode as u16) * 256 + index as u16;
        let e = check_op(4, mode, Op::Ntt, &a, &z, Some(Fault::Twiddle { addr, bit }), &format!("test-ntt-twiddle-{index}"))
            .expect_err("the fault must be caught");
        let NttError::Mismatch(m) = e else { panic!("expected a mismatch, got {e}") };
        assert_eq!(m.block, "ntt_unit_b4");
        assert_eq!(m.checkpoint, "layer", "{m}");
        assert_eq!(m.checkpoint_index, l, "{m}");
        assert_eq!(m.cycle, Schedule::new(4).unwrap().layer_done_cycle(mode, Op::Ntt, l), "{m}");
        assert_eq!(m.index, Some(j), "{m}");
        let text = m.to_string();
        assert!(text.contains("cycle") && text.contains("expected") && text.contains(".vcd"), "{text}");
        assert!(std::fs::read_to_string(m.vcd.unwrap()).unwrap().contains("$enddefinitions"));
    }
}

/// A stuck-at-1 bit in lane p's first output: the first layer where lane p writes a
/// value with that bit 0 differs at the lowest such coefficient.
#[test]
fn stuck_butterfly_output_bit_is_named_with_layer_cycle_and_index() {
    let mut rng = ChaCha8Rng::seed_from_u64(6);
    let z = [0u32; N];
    let sched = Schedule::new(4).unwrap();
    for (mode, lane, bit) in [(Mode::Kem, 0u8, 11u8), (Mode::Kem, 3, 0), (Mode::Dsa, 2, 22), (Mode::Dsa, 1, 5)] {
        let a = random_poly(mode, &mut rng);
        let mut rec = golden_model::trace::Recorder::default();
        polyunit::run(mode, Op::Ntt, &a, &z, None, &mut rec).unwrap();
        // Expected: first layer (execution order) with a lane-`lane` output j whose bit is 0.
        let mut want = None;
        for (li, l) in Schedule::rtl_layers(mode, Op::Ntt).enumerate() {
            let vals = &rec.checkpoints[li].values;
            let js: Vec<usize> = (0..32)
                .map(|c| Schedule::pair(Op::Ntt, l, c * 4 + lane as usize).0)
                .filter(|&j| vals[j] >> bit & 1 == 0)
                .collect();
            if let Some(&j) = js.iter().min() {
                want = Some((li, j));
                break;
            }
        }
        let (li, j) = want.expect("some output has the bit clear");
        let e = check_op(4, mode, Op::Ntt, &a, &z, Some(Fault::Stuck { lane, bit }), "test-ntt-stuck").expect_err("caught");
        let NttError::Mismatch(m) = e else { panic!("expected a mismatch, got {e}") };
        assert_eq!((m.checkpoint, m.checkpoint_index, m.index), ("layer", li, Some(j)), "{m}");
        assert_eq!(m.cycle, sched.layer_done_cycle(mode, Op::Ntt, li), "{m}");
    }
}

#[test]
fn bad_input_gets_an_error_status_and_the_unit_stays_usable() {
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let mut u = NttUnitRtl::new(4);
    let a = random_poly(Mode::Kem, &mut rng);
    u.load(Mode::Kem, 0, &a).unwrap();
    let ok = |u: &mut NttUnitRtl| {
        let c = u.cycle();
        u.run_checked(Mode::Kem, Op::Ntt, 0, 0, 1, None).unwrap_or_else(|e| panic!("at cycle {c}: {e}"));
    };
    // Unknown operation codes: error 1, start ignored.
    for op in 5..8 {
        u.start_raw(op, Mode::Kem, 0, 0, 1);
        assert_eq!(u.error(), Some(1));
        assert!(!u.busy());
        ok(&mut u);
    }
    // A host write of a coefficient >= q: error 4, the word is not written.
    let mut bad = a;
    bad[10] = 3329;
    assert_eq!(u.load(Mode::Kem, 2, &bad), Err(4));
    assert_eq!(u.read(2)[10], 0, "refused word not written");
    ok(&mut u);
    // Values valid for ML-DSA used in an ML-KEM operation: error 5, no hang.
    let big = random_poly(Mode::Dsa, &mut rng);
    u.load(Mode::Dsa, 3, &big).unwrap();
    u.start_raw(Op::Ntt as u8, Mode::Kem, 3, 3, 2);
    assert!(matches!(u.wait(1000), Err(NttError::Hardware(5))));
    assert!(!u.busy());
    ok(&mut u);
    // Start while busy: error 2, the running operation finishes correctly.
    u.start_raw(Op::Ntt as u8, Mode::Kem, 0, 0, 2);
    u.start_raw(Op::Intt as u8, Mode::Dsa, 1, 1, 3);
    assert_eq!(u.error(), Some(2));
    assert!(u.busy());
    u.wait(1000).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(u.read(2), polyunit::run(Mode::Kem, Op::Ntt, &a, &a, None, &mut NoTrace).unwrap());
    // Host access while busy: error 3, ignored.
    u.start_raw(Op::Ntt as u8, Mode::Kem, 0, 0, 2);
    let before = u.error();
    assert_eq!(before, None);
    u.load(Mode::Kem, 3, &a).unwrap_err();
    assert_eq!(u.error(), Some(3));
    u.wait(1000).unwrap_or_else(|e| panic!("{e}"));
    ok(&mut u);
    // A checked run started while busy reports the refusal instead of comparing.
    u.start_raw(Op::Ntt as u8, Mode::Kem, 0, 0, 2);
    assert!(matches!(u.run_checked(Mode::Kem, Op::Ntt, 0, 0, 1, None), Err(NttError::Hardware(2))));
    u.wait(1000).unwrap_or_else(|e| panic!("{e}"));
    ok(&mut u);
}

#[test]
fn diff_report_passes_and_names_the_block() {
    for mode in Mode::ALL {
        let r = diff(mode, 3, None);
        assert!(r.passed, "{r}");
        assert!(r.text.contains("ntt_unit_b4") && r.text.contains("PASS"), "{r}");
    }
}

#[test]
fn rtl_tables_equal_the_golden_models() {
    use golden_model::{mldsa, mlkem};
    use rtl::ntt::tables::*;
    for i in 0..128 {
        assert_eq!(TWIDDLE_ROM[i], mlkem::ntt::ZETAS[i] as u32);
        assert_eq!(TWIDDLE_ROM[128 + i], mlkem::ntt::GAMMAS[i] as u32);
    }
    for m in 0..256 {
        assert_eq!(TWIDDLE_ROM[256 + m], mldsa::ntt::ZETAS[m]);
    }
    assert_eq!(NINV_KEM, mlkem::ntt::N_INV as u32);
    assert_eq!(NINV_DSA, mldsa::ntt::F_INV);
}

