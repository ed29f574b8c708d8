//! The NTT / polynomial unit against `golden_model::polyunit`: every layer compared on
//! its scheduled cycle (read through the memory probes), every slot after every
//! operation against the driver's own model, both moduli, 1/2/4 lanes, round trips and
//! products against schoolbook multiplication, faults written through probes (a twiddle
//! ROM word, a lane register, a stray write into another slot) named with layer, cycle
//! and coefficient, bad input, back-to-back operations at gaps 0-3, zeroize/reset in
//! every phase within the documented wipe latency, the state-register fault campaign,
//! and the per-lane host port (single-lane writes, unaligned pairs, bank conflicts, bad
//! slot ids, the high slots of 4·B).

use cosim::ntt::{check_op, diff, mem_idx, random_poly, slots, Access, Fault, NttError, NttUnitRtl, STATE_REGISTERS};
use rtl::ntt::{abort_wipe_cycles, wipe_cycles};
use golden_model::polyunit::{self, bank_of, schoolbook_negacyclic, Mode, Op, Schedule, N};
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
        let ns = unit.slots();
        let (sa, sb, d) = (rng.gen_range(0..ns), rng.gen_range(0..ns), rng.gen_range(0..ns));
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

/// A bit flipped (through its probe, between two edges) in lane p's multiplier-A result
/// register while it holds butterfly b's `a` operand: that butterfly's outputs differ,
/// and the report names its layer, the layer's cycle and coefficient j.
#[test]
fn flipped_lane_register_is_named_with_layer_cycle_and_index() {
    let mut rng = ChaCha8Rng::seed_from_u64(6);
    let z = [0u32; N];
    let sched = Schedule::new(4).unwrap();
    let c = sched.cycles_per_layer();
    for (mode, lane, bit, li, cc) in [(Mode::Kem, 0usize, 11usize, 0usize, 3u64), (Mode::Kem, 3, 0, 4, 31), (Mode::Dsa, 2, 22, 7, 0), (Mode::Dsa, 1, 5, 2, 17)] {
        let a = random_poly(mode, &mut rng);
        // Issued in cycle e, the operand a is in the multiplier's result register in e + 6.
        let e = 1 + li as u64 * c + cc;
        let l = Schedule::rtl_layers(mode, Op::Ntt).nth(li).unwrap();
        let (j, _) = Schedule::pair(Op::Ntt, l, cc as usize * 4 + lane);
        let fault = Fault::Flip { probe: format!("mul_a${lane}$res"), index: 0, bit, cycle: e + 6 };
        let e = check_op(4, mode, Op::Ntt, &a, &z, Some(fault), "test-ntt-lane-flip").expect_err("caught");
        let NttError::Mismatch(m) = e else { panic!("expected a mismatch, got {e}") };
        assert_eq!((m.checkpoint, m.checkpoint_index, m.index), ("layer", li, Some(j)), "{m}");
        assert_eq!(m.cycle, sched.layer_done_cycle(mode, Op::Ntt, li), "{m}");
        assert!(m.vcd.is_some());
    }
}

/// A stray write into a slot the operation does not write (poked into both RAM copies
/// during the operation) is named: slot, coefficient, expected and observed value.
#[test]
fn stray_write_into_another_slot_is_caught() {
    let mut rng = ChaCha8Rng::seed_from_u64(8);
    for (b, mode, op, slot, x, cycle) in [(4, Mode::Kem, Op::Ntt, 3usize, 77usize, 100u64), (4, Mode::Dsa, Op::Pointwise, 3, 255, 20), (1, Mode::Kem, Op::Add, 3, 0, 60)] {
        let (a, c) = (random_poly(mode, &mut rng), random_poly(mode, &mut rng));
        let value = mode.q() - 1 - (x as u32 % 7);
        let fault = Fault::Poke { slot, x, value, cycle };
        let e = check_op(b, mode, op, &a, &c, Some(fault), "test-ntt-stray-write").expect_err("caught");
        let NttError::Mismatch(m) = e else { panic!("expected a mismatch, got {e}") };
        assert_eq!((m.checkpoint, m.checkpoint_index, m.index, m.observed), ("slot", slot, Some(x), Some(value as u64)), "{m}");
        assert_eq!(m.cycle, Schedule::new(b).unwrap().done_cycle(mode, op), "{m}");
    }
}

/// Random contents in every slot (4·B).
fn load_all(u: &mut NttUnitRtl, mode: Mode, rng: &mut ChaCha8Rng) {
    for s in 0..u.slots() {
        u.load(mode, s, &random_poly(mode, rng)).unwrap();
    }
}

/// Zeroize (or reset) asserted at `at` cycles after the start of `op` (`None`: idle):
/// the edges until every bank word and data register is zero and `busy` is low.
fn wipe_latency(u: &mut NttUnitRtl, mode: Mode, op: Op, at: Option<u64>, reset: bool) -> u64 {
    if let Some(c) = at {
        u.start_raw(op as u8, mode, 0, 1, 2);
        u.idle_cycles(c - 1);
    }
    u.zeroize(reset);
    let bound = wipe_cycles(u.butterflies());
    let mut edges = 1;
    while u.busy() || !u.nonzero_after_wipe().is_empty() {
        let left = u.nonzero_after_wipe();
        assert!(edges <= bound, "{} {mode:?} {op:?} at {at:?}: not wiped after {edges} cycles: {:?}", u.block(), &left[..4.min(left.len())]);
        u.idle_cycles(1);
        edges += 1;
    }
    assert!(!u.fatal() && u.error().is_none());
    edges
}

/// Zeroize and reset in every phase of every operation (each layer, the drain), while
/// idle, during a sweep and during the wipe after error 5, with all 4·B slots loaded:
/// every bank word and every data register (all probes but the twiddle ROMs and the
/// status) is zero and the unit idle within `wipe_cycles(B)` = 1 + 512 cycles (all 512
/// rows, for every B); the unit then works normally.
#[test]
fn zeroize_wipes_everything_within_the_documented_bound_in_every_phase() {
    [1usize, 2, 4].into_par_iter().for_each(|b| {
        let mut rng = ChaCha8Rng::seed_from_u64(11 + b as u64);
        let sched = Schedule::new(b).unwrap();
        let c = sched.cycles_per_layer();
        let mut u = NttUnitRtl::with_seed(b, b as u64);
        let mut worst = 0;
        for mode in Mode::ALL {
            for op in Op::ALL {
                let layers = Schedule::layers(mode, op) as u64;
                let mut phases: Vec<u64> = (0..layers).map(|l| 1 + l * c + c / 2).collect();
                phases.push(sched.done_cycle(mode, op) - 2); // the drain
                for (k, &at) in phases.iter().enumerate() {
                    load_all(&mut u, mode, &mut rng);
                    worst = worst.max(wipe_latency(&mut u, mode, op, Some(at), k % 2 == 1));
                }
            }
            // Idle, then during a sweep, then during the destination wipe after error 5.
            load_all(&mut u, mode, &mut rng);
            worst = worst.max(wipe_latency(&mut u, mode, Op::Ntt, None, false));
            load_all(&mut u, mode, &mut rng);
            u.zeroize(false);
            u.idle_cycles(10);
            worst = worst.max(wipe_latency(&mut u, mode, Op::Ntt, None, false));
            load_all(&mut u, Mode::Dsa, &mut rng);
            u.start_raw(Op::Ntt as u8, Mode::Kem, 1, 1, 2); // DSA values >= 3329: error 5
            u.idle_cycles(8);
            assert!(u.busy() && u.error() == Some(5), "aborted and sweeping");
            worst = worst.max(wipe_latency(&mut u, mode, Op::Ntt, None, true));
            load_all(&mut u, mode, &mut rng);
            u.run_checked(mode, Op::Ntt, 0, 0, 3, None).unwrap_or_else(|e| panic!("usable after wipes: {e}"));
        }
        assert_eq!(wipe_cycles(b), 513);
        assert_eq!(worst, wipe_cycles(b), "the bound is tight");
        assert_eq!(u.rdata_leak(), None);
    });
}

/// Error 5 stops the operation and wipes its destination within abort_wipe_cycles(B)
/// after the bad operand is read; the other slots are untouched (the checked run
/// compares every slot).
#[test]
fn aborted_operation_wipes_its_destination() {
    for b in [1usize, 2, 4] {
        let mut rng = ChaCha8Rng::seed_from_u64(12);
        let mut u = NttUnitRtl::new(b);
        load_all(&mut u, Mode::Kem, &mut rng);
        let mut big = random_poly(Mode::Dsa, &mut rng);
        big[200] = 8380416;
        u.load(Mode::Dsa, 1, &big).unwrap();
        for op in [Op::Pointwise, Op::Add, Op::Intt] {
            let t0 = u.cycle();
            let r = u.run_checked(Mode::Kem, op, 1, 1, 3, None);
            assert!(matches!(r, Err(NttError::Hardware(5))), "B={b} {op:?}: {r:?}");
            assert_eq!(u.slot(3), [0; N]);
            // Detected while the first layer reads, then the destination sweep.
            assert!(u.cycle() - t0 <= Schedule::new(b).unwrap().cycles_per_layer() + 3 + abort_wipe_cycles(b));
            u.load(Mode::Kem, 3, &random_poly(Mode::Kem, &mut rng)).unwrap();
        }
    }
}

/// Every pair of operations (both moduli), the second started 0, 1, 2 and 3 cycles
/// after the first's `done`, on the first's result (in place at even gaps); every slot
/// checked after each (the bug: stale pipeline writes into a pointwise product started
/// 0-2 cycles after `done`).
#[test]
fn back_to_back_operations_at_every_gap() {
    [1usize, 2, 4].into_par_iter().for_each(|b| {
        let mut rng = ChaCha8Rng::seed_from_u64(13 + b as u64);
        for mode in Mode::ALL {
            let mut u = NttUnitRtl::with_seed(b, 77 + b as u64);
            u.readback = false;
            load_all(&mut u, mode, &mut rng);
            for op1 in Op::ALL {
                for op2 in Op::ALL {
                    for gap in 0..4 {
                        let r1 = u.run_checked(mode, op1, 0, 1, 2, None);
                        r1.unwrap_or_else(|e| panic!("B={b} {mode:?} {op1:?}: {e}"));
                        u.idle_cycles(gap);
                        let dst = 2 + (gap as usize & 1);
                        u.run_checked(mode, op2, 2, 1, dst, None)
                            .unwrap_or_else(|e| panic!("B={b} {mode:?} {op1:?} then {op2:?} after {gap} cycles: {e}"));
                    }
                }
                // Fresh operands now and then (the chain stays canonical anyway).
                u.idle_cycles(rng.gen_range(0..3));
                u.load(mode, 0, &random_poly(mode, &mut rng)).unwrap();
            }
            assert_eq!(u.rdata_leak(), None);
        }
    });
}

/// Flip each bit of every state register once per phase (random cycle of a random
/// operation, cycle 0 = idle before the start) and classify: "same result" (the
/// scoreboard passes, every slot right) or "fatal, wiped" (`fatal` high, every word and
/// data register zero within the wipe bound, commands refused with error 6, `reset`
/// makes the unit usable). Any other outcome fails. Returns (same, fatal).
fn fault_campaign(b: usize, seed: u64, phases: usize) -> (usize, usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut u = NttUnitRtl::with_seed(b, seed);
    let sched = Schedule::new(b).unwrap();
    let (mut same, mut fatal) = (0, 0);
    for reg in STATE_REGISTERS {
        let id = u.model().probe_named(reg).unwrap_or_else(|| panic!("no probe {reg}"));
        let width = u.model().probe_info(id).width;
        for bit in 0..width {
            for _ in 0..phases {
                let mode = Mode::ALL[rng.gen_range(0..2)];
                let op = Op::ALL[rng.gen_range(0..5)];
                u.load(mode, 0, &random_poly(mode, &mut rng)).unwrap();
                u.load(mode, 1, &random_poly(mode, &mut rng)).unwrap();
                let cycle = rng.gen_range(0..sched.done_cycle(mode, op));
                let fault = Fault::Flip { probe: reg.to_string(), index: 0, bit, cycle };
                let what = format!("B={b} {reg}[{bit}] in cycle {cycle} of {mode:?} {op:?}");
                let dst = rng.gen_range(0..u.slots());
                match u.run_checked(mode, op, 0, 1, dst, Some(fault)) {
                    Ok(_) => same += 1,
                    Err(NttError::Fatal { .. }) => {
                        assert!(u.wait_idle(wipe_cycles(b)).is_some(), "{what}: still sweeping");
                        assert_eq!(u.nonzero_after_wipe(), vec![], "{what}: not wiped");
                        u.check_slots(0).unwrap_or_else(|m| panic!("{what}: {m}"));
                        assert!(u.fatal(), "{what}: fatal is sticky");
                        u.start_raw(Op::Add as u8, mode, 0, 1, 2);
                        assert!(!u.busy() && u.error() == Some(6), "{what}: start refused");
                        let _ = u.load(mode, 0, &[1; N]);
                        assert_eq!(u.error(), Some(6), "{what}: host write refused");
                        assert_eq!(u.slot(0), [0; N]);
                        u.zeroize(true);
                        assert!(u.wait_idle(wipe_cycles(b)).is_some() && !u.fatal() && u.error().is_none(), "{what}: reset");
                        fatal += 1;
                    }
                    Err(e) => panic!("{what}: outcome neither same result nor fatal: {e}"),
                }
            }
        }
    }
    assert_eq!(u.rdata_leak(), None);
    (same, fatal)
}

/// Default campaign: every bit of every state register once, each variant.
#[test]
fn state_register_fault_campaign() {
    let counts: Vec<_> = [1usize, 2, 4].into_par_iter().map(|b| (b, fault_campaign(b, 0xfa17 + b as u64, 1))).collect();
    for (b, (same, fatal)) in counts {
        println!("ntt_unit_b{b}: fault campaign, {} flips: {same} same result, {fatal} fatal and wiped", same + fatal);
        assert!(fatal > 0);
    }
}

/// The full campaign: every bit of every state register in 16 random phases, each
/// variant: `cargo test -p testbenches --test ntt_rtl -- --ignored --nocapture`
#[test]
#[ignore]
fn state_register_fault_campaign_full() {
    let counts: Vec<_> = [1usize, 2, 4].into_par_iter().map(|b| (b, fault_campaign(b, 0xf011 + b as u64, 16))).collect();
    for (b, (same, fatal)) in counts {
        println!("ntt_unit_b{b}: full fault campaign, {} flips: {same} same result, {fatal} fatal and wiped", same + fatal);
    }
}

/// `mem_rdata` shows data only in the cycle after an accepted read (the driver checks
/// every cycle of every test; here with reads refused while busy and while sweeping).
#[test]
fn read_data_is_zero_unless_valid() {
    let mut rng = ChaCha8Rng::seed_from_u64(14);
    let mut u = NttUnitRtl::new(4);
    load_all(&mut u, Mode::Dsa, &mut rng);
    assert_eq!(u.read(1), *u.expected_slot(1));
    u.start_raw(Op::Ntt as u8, Mode::Dsa, 0, 0, 2);
    assert_eq!(u.read(1), [0; N], "refused while busy: zero");
    assert_eq!(u.error(), Some(3));
    u.wait(1000).unwrap();
    u.wait_idle(1000).unwrap();
    u.zeroize(false);
    assert_eq!(u.read(0), [0; N], "refused while sweeping");
    u.wait_idle(1000).unwrap();
    assert_eq!(u.read(0), [0; N], "wiped");
    assert_eq!(u.rdata_leak(), None);
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
    assert!(matches!(u.run_checked(Mode::Kem, Op::Ntt, 3, 3, 2, None), Err(NttError::Hardware(5))));
    assert!(!u.busy());
    assert_eq!(u.slot(2), [0; N], "the aborted operation's destination is wiped");
    ok(&mut u);
    // Start while busy: error 2, the running operation finishes correctly.
    u.start_raw(Op::Ntt as u8, Mode::Kem, 0, 0, 2);
    u.start_raw(Op::Intt as u8, Mode::Dsa, 1, 1, 3);
    assert_eq!(u.error(), Some(2));
    assert!(u.busy());
    u.wait(1000).unwrap_or_else(|e| panic!("{e}"));
    let ntt_a = polyunit::run(Mode::Kem, Op::Ntt, &a, &a, None, &mut NoTrace).unwrap();
    assert_eq!(u.read(2), ntt_a);
    u.set_expected_slot(2, &ntt_a);
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


/// (a) The per-lane host port: single-lane writes (either lane, the other lane's index
/// and data random) and unaligned pairs (j, j + 1), j odd, on either lane order, land
/// where the mapping says (every slot compared through the probes) and read back, also
/// as unaligned pairs. With B ≥ 2, j and j + 1 always differ in bank; with B = 1 (two
/// banks by parity) some unaligned pairs share a bank and get error 8.
#[test]
fn single_lane_writes_and_unaligned_pairs_land_and_read_back() {
    for b in [1usize, 2, 4] {
        let mut rng = ChaCha8Rng::seed_from_u64(20 + b as u64);
        let mut u = NttUnitRtl::new(b);
        let mode = Mode::Kem;
        let ns = u.slots();
        assert_eq!(ns, 4 * b);
        for s in [0, ns - 1, rng.gen_range(0..ns)] {
            // Single-lane writes, random coefficients, random lane.
            for _ in 0..64 {
                let (x, v) = (rng.gen_range(0..N), rng.gen_range(0..mode.q()));
                let lane = Some((mem_idx(s, x), v));
                let a = if rng.gen() { Access::Write([lane, None]) } else { Access::Write([None, lane]) };
                assert_eq!(u.access(mode, a), Ok([0; 2]), "B={b} slot {s} x {x}");
                assert_eq!(u.expected_slot(s)[x], v);
            }
            u.check_slots(u.cycle()).unwrap_or_else(|m| panic!("B={b} single-lane writes: {m}"));
            // Unaligned pairs (j, j + 1), j odd.
            for j in (1..N - 1).step_by(2) {
                let (v0, v1) = (rng.gen_range(0..mode.q()), rng.gen_range(0..mode.q()));
                let (l0, l1) = (Some((mem_idx(s, j), v0)), Some((mem_idx(s, j + 1), v1)));
                let a = if j % 4 == 1 { Access::Write([l0, l1]) } else { Access::Write([l1, l0]) };
                let conflict = bank_of(j, b) == bank_of(j + 1, b);
                assert!(!conflict || b == 1, "B={b}: j = {j} and j + 1 share a bank");
                let r = u.access(mode, a);
                if conflict {
                    assert_eq!(u.error(), Some(8), "B=1 j = {j}: conflict");
                } else {
                    assert_eq!(r, Ok([0; 2]), "B={b} slot {s} j = {j}");
                }
            }
            u.check_slots(u.cycle()).unwrap_or_else(|m| panic!("B={b} unaligned pairs: {m}"));
            // Read back as unaligned pairs (lane order swapped) and as aligned pairs.
            let want = *u.expected_slot(s);
            for j in (1..N - 1).step_by(2) {
                if bank_of(j, b) == bank_of(j + 1, b) {
                    continue;
                }
                let r = u.access(mode, Access::Read([mem_idx(s, j + 1), mem_idx(s, j)]));
                assert_eq!(r, Ok([want[j + 1], want[j]]), "B={b} slot {s} read j = {j}");
            }
            assert_eq!(u.read(s), want, "B={b} slot {s}");
        }
        // Every slot was compared (some still zero); no read data outside its valid cycle.
        u.check_slots(u.cycle()).unwrap();
        assert_eq!(u.rdata_leak(), None);
    }
}

/// A pair of coefficients of one slot in the same bank (x ≠ y), and the same index twice.
fn same_bank_pairs(b: usize) -> Vec<(usize, usize)> {
    let mut v: Vec<_> = (0..N).flat_map(|x| (x + 1..N).map(move |y| (x, y))).filter(|&(x, y)| bank_of(x, b) == bank_of(y, b)).step_by(97).take(12).collect();
    v.push((5, 5));
    v
}

/// (b) Both active lanes in one bank: error 8, nothing written (neither lane) and
/// nothing read (`mem_rdata` zero) in that cycle; the unit stays usable.
#[test]
fn bank_conflict_is_error_8_and_writes_nothing() {
    for b in [1usize, 2, 4] {
        let mut rng = ChaCha8Rng::seed_from_u64(30 + b as u64);
        let mut u = NttUnitRtl::new(b);
        let mode = Mode::Dsa;
        load_all(&mut u, mode, &mut rng);
        for (i, (x, y)) in same_bank_pairs(b).into_iter().enumerate() {
            let s = rng.gen_range(0..u.slots());
            // Clear the sticky error with an accepted operation (checked: every slot).
            u.run_checked(mode, Op::Add, 0, 1, 0, None).unwrap_or_else(|e| panic!("B={b}: {e}"));
            assert_eq!(u.error(), None);
            let before_s = *u.expected_slot(s);
            let (v0, v1) = (rng.gen_range(0..mode.q()), rng.gen_range(0..mode.q()));
            let r = if i % 2 == 0 {
                u.access(mode, Access::Write([Some((mem_idx(s, x), v0)), Some((mem_idx(s, y), v1))]))
            } else {
                u.access(mode, Access::Read([mem_idx(s, x), mem_idx(s, y)]))
            };
            assert_eq!(r, Err(8), "B={b} slot {s} x {x} y {y}");
            assert_eq!(u.error(), Some(8));
            assert!(!u.busy());
            assert_eq!(*u.expected_slot(s), before_s, "the driver's model takes nothing");
            u.check_slots(u.cycle()).unwrap_or_else(|m| panic!("B={b} conflict x {x} y {y} wrote: {m}"));
            // The single-lane write of either coefficient is fine.
            assert_eq!(u.access(mode, Access::Write([Some((mem_idx(s, x), v0)), None])), Ok([0; 2]));
            u.check_slots(u.cycle()).unwrap();
        }
        assert_eq!(u.rdata_leak(), None, "conflicting reads show no data");
    }
}

/// (c) Slot ids ≥ 4·B: a start with `src_a`, `dst` (or `src_b` of a binary operation)
/// out of range is error 7 and ignored; `src_b` of a unary operation is a don't-care; a
/// host lane whose index is in a slot ≥ 4·B is error 7 and nothing is written or read
/// (in particular not the aliased row of a low slot). B = 4 has 16 slots: every value
/// of the 4-bit fields and of `mem_idx` is legal.
#[test]
fn bad_slot_ids_are_error_7_and_change_nothing() {
    for b in [1usize, 2] {
        let mut rng = ChaCha8Rng::seed_from_u64(40 + b as u64);
        let mut u = NttUnitRtl::new(b);
        let mode = Mode::Kem;
        load_all(&mut u, mode, &mut rng);
        let ns = u.slots();
        let ok = |u: &mut NttUnitRtl| u.run_checked(mode, Op::Add, 1, 2, 3, None).unwrap_or_else(|e| panic!("B={b}: {e}"));
        for bad in [ns, 15] {
            for (op, sa, sb, d) in [(Op::Ntt, bad, 0, 1), (Op::Ntt, 0, 0, bad), (Op::Add, 0, bad, 1), (Op::Pointwise, bad, bad, bad), (Op::Sub, 1, 2, bad)] {
                ok(&mut u);
                u.start_raw(op as u8, mode, sa, sb, d);
                assert_eq!(u.error(), Some(7), "B={b} {op:?} {sa},{sb}->{d}");
                for _ in 0..8 {
                    assert!(!u.busy(), "start ignored");
                    u.idle_cycles(1);
                }
                u.check_slots(u.cycle()).unwrap_or_else(|m| panic!("B={b} bad start changed memory: {m}"));
            }
            // A unary operation's src_b is not checked: start_raw drives it with a random
            // value of the 4-bit port (mostly >= 4·B here); the operation runs as scheduled.
            for _ in 0..4 {
                let r = u.run_checked(mode, Op::Ntt, 2, 2, 3, None).unwrap_or_else(|e| panic!("B={b}: {e}"));
                assert_eq!(r.cycles, Schedule::new(b).unwrap().done_cycle(mode, Op::Ntt));
            }
            // Host lanes in a bad slot: the other lane is valid, still nothing happens.
            for (i, x) in [0usize, 1, 77, 255].into_iter().enumerate() {
                ok(&mut u);
                let v = rng.gen_range(1..mode.q());
                let r = match i {
                    0 => u.access(mode, Access::Write([Some((mem_idx(bad, x), v)), Some((mem_idx(0, x ^ 1), v))])),
                    1 => u.access(mode, Access::Write([None, Some((mem_idx(bad, x), v))])),
                    2 => u.access(mode, Access::Read([mem_idx(0, x ^ 1), mem_idx(bad, x)])),
                    _ => u.access(mode, Access::Read([mem_idx(bad, x), mem_idx(1, x ^ 1)])),
                };
                assert_eq!(r, Err(7), "B={b} slot {bad} x {x} ({i})");
                u.check_slots(u.cycle()).unwrap_or_else(|m| panic!("B={b} bad host slot wrote: {m}"));
            }
        }
        assert_eq!(u.rdata_leak(), None, "refused reads show no data");
    }
}

/// (d) The high slots work: on B = 4, slots 13-15 (rows 416-511) as sources and
/// destinations of ADD, NTT, pointwise and NTT⁻¹ against the golden model (each checked
/// layer by layer, every slot compared, read back); likewise the top slot of B = 1, 2.
#[test]
fn high_slots_work_against_the_golden_model() {
    for b in [4usize, 2, 1] {
        let mut rng = ChaCha8Rng::seed_from_u64(50 + b as u64);
        let top = slots(b) - 1;
        for mode in Mode::ALL {
            let mut u = NttUnitRtl::new(b);
            let (a, c) = (random_poly(mode, &mut rng), random_poly(mode, &mut rng));
            u.load(mode, top, &a).unwrap();
            u.load(mode, top - 1, &c).unwrap();
            let golden = |op: Op, x: &[u32; N], y: &[u32; N]| polyunit::run(mode, op, x, y, None, &mut NoTrace).unwrap();
            let sum = u.run_checked(mode, Op::Add, top, top - 1, top - 2, None).unwrap_or_else(|e| panic!("B={b} {mode:?} ADD: {e}"));
            assert_eq!(sum.result, golden(Op::Add, &a, &c));
            let na = u.run_checked(mode, Op::Ntt, top, top, top, None).unwrap_or_else(|e| panic!("B={b} {mode:?} NTT: {e}"));
            assert_eq!(na.result, golden(Op::Ntt, &a, &a));
            assert_eq!(na.cycles, Schedule::new(b).unwrap().done_cycle(mode, Op::Ntt));
            if b == 4 {
                let nc = u.run_checked(mode, Op::Ntt, top - 1, top - 1, top - 1, None).unwrap().result;
                let p = u.run_checked(mode, Op::Pointwise, top, top - 1, top, None).unwrap().result;
                assert_eq!(p, golden(Op::Pointwise, &na.result, &nc));
                let prod = u.run_checked(mode, Op::Intt, top, top, 0, None).unwrap().result;
                assert_eq!(prod, schoolbook_negacyclic(mode, &a, &c), "B={b} {mode:?} product in the high slots");
            }
            assert_eq!(u.read(top - 2), sum.result);
            assert_eq!(u.rdata_leak(), None);
        }
    }
}

/// The four host lanes of B = 4 (the ML-KEM engine's samplers and codec): any run of 4
/// consecutive indices j..j+3, in any lane order, is written and read in one cycle;
/// two lanes in one bank are error 8 and write nothing.
#[test]
fn four_lanes_write_and_read_any_run_of_four_in_one_cycle() {
    let p = cosim::models::ntt_unit_b4::PORT;
    let mut rng = ChaCha8Rng::seed_from_u64(44);
    let mut u = NttUnitRtl::new(4);
    let mut want = vec![[0u32; N]; 16];
    for _ in 0..400 {
        let s = rng.gen_range(0..16);
        let j = rng.gen_range(0..N - 3);
        let mut order = [0usize, 1, 2, 3];
        for i in (1..4).rev() {
            order.swap(i, rng.gen_range(0..=i));
        }
        let vals: [u32; 4] = core::array::from_fn(|_| rng.gen_range(0..3329));
        let m = u.model();
        m.set(p.mode, 0);
        for (lane, &o) in order.iter().enumerate() {
            m.set(p.mem_idx[lane], mem_idx(s, j + o) as u64);
            m.set(p.mem_wdata[lane], vals[o] as u64);
            m.set_bool(p.mem_we[lane], true);
        }
        m.tick();
        for lane in 0..4 {
            m.set_bool(p.mem_we[lane], false);
        }
        m.eval();
        assert!(!m.get_bool(p.error), "slot {s} run {j}: error {}", m.get(p.err_code));
        for o in 0..4 {
            want[s][j + o] = vals[o];
        }
        // Read the run back, lanes reversed.
        for lane in 0..4 {
            m.set(p.mem_idx[lane], mem_idx(s, j + 3 - lane) as u64);
        }
        for lane in 0..4 {
            m.set_bool(p.mem_re[lane], true);
        }
        m.tick();
        for lane in 0..4 {
            m.set_bool(p.mem_re[lane], false);
        }
        m.eval();
        for lane in 0..4 {
            assert_eq!(m.get(p.mem_rdata[lane]) as u32, want[s][j + 3 - lane], "slot {s} read lane {lane}");
        }
        m.tick();
        for lane in 0..4 {
            assert_eq!(m.get(p.mem_rdata[lane]), 0, "read data outside its cycle");
        }
    }
    for s in 0..16 {
        assert_eq!(u.slot(s), want[s], "slot {s}");
    }
    // Lanes 2 and 3 in one bank (5 and 17): error 8, nothing written.
    let m = u.model();
    for (lane, x) in [(0, 1usize), (1, 2), (2, 5), (3, 17)] {
        m.set(p.mem_idx[lane], mem_idx(0, x) as u64);
        m.set(p.mem_wdata[lane], 7);
        m.set_bool(p.mem_we[lane], true);
    }
    m.tick();
    for lane in 0..4 {
        m.set_bool(p.mem_we[lane], false);
    }
    m.eval();
    assert_eq!((m.get_bool(p.error), m.get(p.err_code)), (true, 8));
    assert_eq!(bank_of(5, 4), bank_of(17, 4));
    assert_eq!(u.slot(0), want[0], "a conflicting access writes nothing");
}
