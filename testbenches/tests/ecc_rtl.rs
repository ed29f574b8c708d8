//! The ECC engine (`ecc_engine`) against the golden microcode machine and the golden
//! ECC unit: results, every ladder step on its cycle, fixed cycle counts, bad input,
//! zeroize/reset in every phase, start gaps, the control-register fault campaign, and
//! an injected data fault named by the scoreboard.

use cosim::ecc::{check, EccError, EccRtl, Fault, Job};
use golden_model::ecdsa::field::{less_than, limbs_to_be};
use golden_model::ecdsa::program::{command, error, slot, Slot};
use golden_model::ecdsa::{p256, p384, CurveParams, EcCurve, EccUnit, Multiplier};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn widen<const L: usize>(a: &[u64; L]) -> Slot {
    let mut s = [0u64; 6];
    s[..L].copy_from_slice(a);
    s
}

/// A random scalar in [1, n−1] with random junk above the curve's length.
fn scalar<const L: usize>(rng: &mut ChaCha8Rng, c: &CurveParams<L>) -> Slot {
    loop {
        let mut v = [0u64; L];
        v.iter_mut().for_each(|l| *l = rng.gen());
        if less_than(&v, &c.fnn.modulus) == 1 && v != [0; L] {
            let mut s = widen(&v);
            s.iter_mut().skip(L).for_each(|l| *l = rng.gen());
            return s;
        }
    }
}

fn narrow<const L: usize>(s: &Slot) -> [u64; L] {
    s[..L].try_into().unwrap()
}

fn job(curve: EcCurve, cmd: u32, inputs: Vec<(u32, Slot)>, seed: u64) -> Job {
    Job {
        curve,
        cmd,
        inputs,
        hmac: golden_model::sha2::Sha2Alg::Sha256,
        checkpoints: true,
        seed,
    }
}

fn ok(r: Result<cosim::ecc::EccRun, EccError>) -> cosim::ecc::EccRun {
    r.unwrap_or_else(|e| panic!("{e}"))
}

/// KEYGEN, SIGN, VERIFY (valid and corrupted), VALIDATE on one curve, every ladder step
/// compared on its cycle, results against `EccUnit` too.
fn end_to_end<const L: usize>(c: &'static CurveParams<L>, curve: EcCurve, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let len = c.byte_len();
    let mut e = EccRtl::new();
    let d = scalar(&mut rng, c);
    let kg = ok(e.run(&job(curve, command::KEYGEN, vec![(slot::D, d)], seed)));
    let q = EccUnit::new(c, Multiplier::Cios64)
        .public_key(&limbs_to_be(&narrow::<L>(&d), len))
        .unwrap();
    assert_eq!((kg.error, kg.out), (0, [widen(&q.0), widen(&q.1)]));
    assert!(
        kg.compared > c.fnn.bits,
        "ladder steps compared: {}",
        kg.compared
    );

    let k = scalar(&mut rng, c);
    let h: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
    let mut ev = widen(&golden_model::ecdsa::field::limbs_from_be::<L>(&h).unwrap());
    ev.iter_mut().skip(L).for_each(|l| *l = rng.gen());
    let sg = ok(e.run(&job(
        curve,
        command::SIGN,
        vec![(slot::D, d), (slot::K, k), (slot::E, ev)],
        seed + 1,
    )));
    let (r, s) = EccUnit::new(c, Multiplier::Cios64)
        .sign_prehashed(
            &limbs_to_be(&narrow::<L>(&d), len),
            &h,
            &limbs_to_be(&narrow::<L>(&k), len),
        )
        .unwrap();
    assert_eq!((sg.error, sg.out), (0, [widen(&r), widen(&s)]));

    let q_in = vec![(slot::QX, kg.out[0]), (slot::QY, kg.out[1]), (slot::E, ev)];
    let sig = |r: Slot, s: Slot| vec![(slot::R, r), (slot::S, s)];
    let vf = ok(e.run(&job(
        curve,
        command::VERIFY,
        [q_in.clone(), sig(sg.out[0], sg.out[1])].concat(),
        seed + 2,
    )));
    assert_eq!(vf.error, 0, "a valid signature verifies");
    let mut s2 = sg.out[1];
    s2[rng.gen_range(0..L)] ^= 1 << rng.gen_range(0..64);
    let bad = ok(e.run(&job(
        curve,
        command::VERIFY,
        [q_in.clone(), sig(sg.out[0], s2)].concat(),
        seed + 3,
    )));
    assert!(
        bad.error == error::MISMATCH || bad.error == error::SIG_RANGE,
        "error {}",
        bad.error
    );
    assert_eq!(bad.out, [[0; 6]; 2]);

    let va = ok(e.run(&job(curve, command::VALIDATE, q_in[..2].to_vec(), seed + 4)));
    assert_eq!(va.error, 0);
    eprintln!(
        "{curve:?}: keygen {} sign {} verify {} validate {} cycles; {} + {} + {} checkpoints",
        kg.cycles, sg.cycles, vf.cycles, va.cycles, kg.compared, sg.compared, vf.compared
    );
}

#[test]
fn p256_keygen_sign_verify_validate_equal_golden() {
    end_to_end(p256(), EcCurve::P256, 11);
}

#[test]
fn p384_keygen_sign_verify_validate_equal_golden() {
    end_to_end(p384(), EcCurve::P384, 12);
}

/// Keygen and sign take the same cycles and issue the same instruction sequence (the
/// pc of every cycle) for every scalar: 1, n−1 and random ones.
#[test]
fn keygen_and_sign_are_constant_time_over_scalars() {
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut one = [0u64; 6];
    one[0] = 1;
    let mut nm1 = widen(&c.fnn.modulus);
    nm1[0] -= 1;
    let mut scalars = vec![one, nm1];
    scalars.extend((0..3).map(|_| scalar(&mut rng, c)));
    for cmd in [command::KEYGEN, command::SIGN] {
        let mut first: Option<(u64, u64)> = None;
        for (i, k) in scalars.iter().enumerate() {
            let mut e = EccRtl::new();
            let inputs = vec![
                (slot::D, *k),
                (slot::K, *k),
                (slot::E, scalars[(i + 1) % scalars.len()]),
            ];
            for (s, v) in &inputs {
                e.write(*s, v);
            }
            let pc = e.model().probe_named("pc").expect("pc probe");
            e.start_raw(cmd as u64, 0);
            // A digest of the pc sequence: every cycle's pc until done.
            let (mut h, mut n) = (0xcbf29ce484222325u64, 0u64);
            while !e.done() {
                h = (h ^ e.model().peek(pc)).wrapping_mul(0x100000001b3);
                n += 1;
                e.idle();
                assert!(n < 200_000);
            }
            assert!(e.error().is_none());
            match first {
                None => first = Some((n, h)),
                Some(f) => assert_eq!(f, (n, h), "command {cmd}, scalar {i}: a different schedule"),
            }
        }
    }
}

/// Bad input: scalars out of range, points off the curve, r or s out of range, unknown
/// commands and curves, start and writes while busy, bad operand indices; the engine
/// stays usable and nothing is output.
#[test]
fn bad_input_gives_the_error_codes() {
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let curve = EcCurve::P256;
    let zero = [0u64; 6];
    let n = widen(&c.fnn.modulus);
    let p = widen(&c.fp.modulus);
    let d = scalar(&mut rng, c);
    let mut e = EccRtl::new();
    for (cmd, inputs, code) in [
        (command::KEYGEN, vec![(slot::D, zero)], error::D_RANGE),
        (command::KEYGEN, vec![(slot::D, n)], error::D_RANGE),
        (
            command::SIGN,
            vec![(slot::D, d), (slot::K, zero), (slot::E, d)],
            error::K_RANGE,
        ),
        (
            command::SIGN,
            vec![(slot::D, d), (slot::K, n), (slot::E, d)],
            error::K_RANGE,
        ),
        (
            command::VALIDATE,
            vec![(slot::QX, p), (slot::QY, widen(&c.gy))],
            error::Q_RANGE,
        ),
        (
            command::VALIDATE,
            vec![(slot::QX, widen(&c.gx)), (slot::QY, widen(&c.gx))],
            error::Q_NOT_ON_CURVE,
        ),
        (
            command::VALIDATE,
            vec![(slot::QX, zero), (slot::QY, zero)],
            error::Q_NOT_ON_CURVE,
        ),
        (
            command::VERIFY,
            vec![
                (slot::QX, widen(&c.gx)),
                (slot::QY, widen(&c.gy)),
                (slot::E, d),
                (slot::R, zero),
                (slot::S, d),
            ],
            error::SIG_RANGE,
        ),
        (
            command::VERIFY,
            vec![
                (slot::QX, widen(&c.gx)),
                (slot::QY, widen(&c.gy)),
                (slot::E, d),
                (slot::R, d),
                (slot::S, n),
            ],
            error::SIG_RANGE,
        ),
    ] {
        let r = ok(e.run(&job(curve, cmd, inputs, 1)));
        assert_eq!(r.error, code, "command {cmd}");
        assert!(!e.out_valid());
        assert_eq!(e.read_output(0), zero);
    }
    // Unknown commands and curves: error 1 at once, nothing starts.
    for (cmd, cv) in [(5, 0), (7, 0), (0, 2), (3, 3)] {
        e.start_raw(cmd, cv);
        assert_eq!(
            (e.error(), e.busy()),
            (Some(error::BAD_COMMAND as u8), false)
        );
    }
    // Bad operand indices.
    e.write_raw(7, 0, 1);
    assert_eq!(e.error(), Some(error::ACCESS as u8));
    e.write_raw(0, 6, 1);
    assert_eq!(e.error(), Some(error::ACCESS as u8));
    // Start while busy, write while busy: error, the command goes on and is right.
    e.write(slot::D, &d);
    e.start_raw(command::KEYGEN as u64, 0);
    for _ in 0..100 {
        e.idle();
    }
    e.start_raw(command::SIGN as u64, 0);
    assert_eq!(e.error(), Some(error::BUSY as u8));
    e.write_raw(0, 0, 0);
    assert_eq!(e.error(), Some(error::ACCESS as u8));
    while !e.done() {
        e.idle();
    }
    // The protocol error is held until the next accepted start; the command's own
    // result is complete.
    assert_eq!(e.error(), Some(error::ACCESS as u8));
    assert!(e.out_valid());
    let q = EccUnit::new(c, Multiplier::Cios64)
        .public_key(&limbs_to_be(&narrow::<4>(&d), 32))
        .unwrap();
    assert_eq!(e.read_output(0), widen(&q.0));
    // A write in the start cycle is refused (error 3) and nothing starts.
    e.start_while_writing(command::KEYGEN as u64, 0);
    assert_eq!((e.error(), e.busy()), (Some(error::ACCESS as u8), false));
    // Still usable.
    let r = ok(e.run(&job(curve, command::KEYGEN, vec![(slot::D, d)], 2)));
    assert_eq!(r.out[0], widen(&q.0));
}

/// Every register probe (the register file, the scalar, the multiplier's registers)
/// but the status ones is zero.
fn wiped(e: &mut EccRtl) -> Vec<(&'static str, usize)> {
    e.model()
        .nonzero_probes(&|name| matches!(name, "rom" | "alarm" | "err" | "code"))
}

/// zeroize and reset in sampled cycles of every phase of a P-256 signature (range
/// checks, the ladder, the inversions, the signature equation): every register is
/// zero after the documented 1 cycle, the engine is idle and the next command is right.
#[test]
fn zeroize_and_reset_wipe_in_every_phase() {
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let (d, k, ev) = (
        scalar(&mut rng, c),
        scalar(&mut rng, c),
        scalar(&mut rng, c),
    );
    let inputs = vec![(slot::D, d), (slot::K, k), (slot::E, ev)];
    let want = {
        let mut e = EccRtl::new();
        ok(e.run(&job(EcCurve::P256, command::SIGN, inputs.clone(), 1)))
    };
    let total = want.cycles;
    let mut cuts: Vec<u64> = vec![
        0,
        1,
        2,
        3,
        5,
        8,
        13,
        40,
        200,
        1000,
        total - 3000,
        total - 200,
        total - 2,
        total - 1,
    ];
    cuts.extend((0..6).map(|_| rng.gen_range(0..total)));
    for (i, &cut) in cuts.iter().enumerate() {
        let mut e = EccRtl::new();
        for (s, v) in &inputs {
            e.write(*s, v);
        }
        e.start_raw(command::SIGN as u64, 0);
        for _ in 1..cut {
            e.idle();
        }
        if i % 2 == 0 {
            e.zeroize();
        } else {
            e.reset();
        }
        assert!(!e.busy() && !e.fatal() && !e.out_valid(), "cut {cut}");
        assert_eq!(
            wiped(&mut e),
            vec![],
            "cut {cut}: registers left after the wipe"
        );
        let again = ok(e.run(&job(EcCurve::P256, command::SIGN, inputs.clone(), 2)));
        assert_eq!(again.out, want.out);
    }
    // After a finished command: the inputs and every temporary are wiped, only the
    // outputs remain, until zeroize.
    let mut e = EccRtl::new();
    ok(e.run(&job(EcCurve::P256, command::SIGN, inputs.clone(), 1)));
    let left: Vec<&str> = wiped(&mut e).into_iter().map(|(n, _)| n).collect();
    assert!(
        left.iter()
            .all(|n| matches!(*n, "rf$27" | "rf$28" | "outv" | "done_r")),
        "{left:?}"
    );
    e.zeroize();
    assert_eq!(wiped(&mut e), vec![]);
}

/// Commands started 0–3 cycles after the previous `done`.
#[test]
fn start_right_after_done() {
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let mut e = EccRtl::new();
    let mut first = None;
    for gap in 0..4 {
        let d = scalar(&mut rng, c);
        let r = ok(e.run(&job(
            EcCurve::P256,
            command::KEYGEN,
            vec![(slot::D, d)],
            gap,
        )));
        // `run` returns in the done cycle; `gap` idle cycles, then the next writes.
        for _ in 0..gap {
            e.idle();
        }
        first.get_or_insert(r.cycles);
        assert_eq!(first, Some(r.cycles));
    }
    // Validate (short) back to back with no write in between: start in the cycle
    // after done.
    let q_in = vec![(slot::QX, widen(&c.gx)), (slot::QY, widen(&c.gy))];
    let r = ok(e.run(&job(EcCurve::P256, command::VALIDATE, q_in, 7)));
    e.start_raw(command::VALIDATE as u64, 0);
    while !e.done() {
        e.idle();
    }
    // The inputs were wiped by the first END: (0, 0) is not on the curve.
    assert_eq!((r.error, e.error()), (0, Some(error::Q_NOT_ON_CURVE as u8)));
}

/// A flipped bit in a data register in the middle of the ladder is named by the
/// scoreboard: the ladder step, the coordinate index, the cycle, with a VCD.
#[test]
fn an_injected_data_fault_is_named() {
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(6);
    let d = scalar(&mut rng, c);
    let j = job(EcCurve::P256, command::KEYGEN, vec![(slot::D, d)], 1);
    let clean = ok(check(&j, None, "ecc_clean"));
    let e = EccRtl::new();
    // Y1 of set 1 (slot 10), flipped at cycle 20,000 (inside step ~70).
    let probe = e.probes().rf[10];
    let f = Fault {
        cycle: 20_000,
        probe,
        bit: 77,
    };
    match check(&j, Some(f), "ecc_data_fault") {
        Err(EccError::Mismatch(m)) => {
            eprintln!("{m}");
            assert_eq!(m.checkpoint, "ladder_step");
            // The first differing value is named by coordinate, register and limb
            // (the flipped Y1 feeds the next addition, whose X1 differs first).
            let w = cosim::ecc::where_in(&m).unwrap();
            eprintln!("that is {w}");
            assert_eq!(w, format!("coordinate X1 (register R1) of ladder step {}, limb 0", m.checkpoint_index));
            assert!(
                m.cycle > 20_000 && m.cycle < 20_000 + 700,
                "named at cycle {}",
                m.cycle
            );
            assert!(m.vcd.as_ref().is_some_and(|p| p.exists()));
        }
        other => panic!(
            "the fault was not caught: {other:?} (clean run {} cycles)",
            clean.cycles
        ),
    }
}

/// Control-register fault campaign: every bit of the FSM, the pc and its copy, the
/// return address, the ladder counter, the curve and output-valid flags, the
/// multiplier's destination, state and row counter, the HMAC code and the nonce link's phase, limb counter and candidate count (each kept twice), flipped at sampled cycles of a
/// P-256 signature. Each flip ends fatal with every register wiped, or gives exactly
/// the golden result; never a wrong signature. `ECC_CAMPAIGN=full` flips every bit
/// at 8 cycles each.
#[test]
fn control_faults_are_fatal_or_harmless() {
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(8);
    let (d, k, ev) = (
        scalar(&mut rng, c),
        scalar(&mut rng, c),
        scalar(&mut rng, c),
    );
    let j = job(
        EcCurve::P256,
        command::SIGN,
        vec![(slot::D, d), (slot::K, k), (slot::E, ev)],
        1,
    );
    let mut base = EccRtl::new();
    let want = ok(base.run(&Job {
        checkpoints: false,
        ..j.clone()
    }));
    let full = std::env::var("ECC_CAMPAIGN").is_ok_and(|v| v == "full");
    let names = [
        "fsm", "pc", "pc_b", "ret", "ret_b", "lcnt", "lcnt_b", "crv", "outv", "mdst", "mdst_b",
        "mm$fsm", "mm$cnt", "mm$cnt_b", "halg", "halg_b", "link$ph", "link$cnt", "link$cnt_b", "link$tries", "link$tries_b",
    ];
    let (mut fatal, mut same, mut total) = (0, 0, 0);
    for name in names {
        let probe = base
            .model()
            .probe_named(name)
            .unwrap_or_else(|| panic!("probe {name}"));
        let width = base.model().probe_info(probe).width;
        for bit in 0..width {
            let cycles: Vec<u64> = if full {
                (0..8).map(|_| rng.gen_range(1..want.cycles)).collect()
            } else {
                vec![rng.gen_range(1..want.cycles)]
            };
            for cycle in cycles {
                total += 1;
                let mut e = EccRtl::new();
                e.inject(Fault { cycle, probe, bit });
                match e.run(&Job {
                    checkpoints: false,
                    ..j.clone()
                }) {
                    Err(EccError::Engine(golden_model::engine::EngineError::Fatal { .. })) => {
                        e.idle();
                        assert_eq!(
                            wiped(&mut e),
                            vec![],
                            "{name}[{bit}] at {cycle}: fatal but not wiped"
                        );
                        e.start_raw(command::KEYGEN as u64, 0);
                        assert_eq!(e.error(), Some(error::FATAL as u8));
                        fatal += 1;
                    }
                    Ok(r) if r.out == want.out && r.error == 0 => same += 1,
                    other => panic!("{name}[{bit}] flipped at cycle {cycle}: {other:?}"),
                }
            }
        }
    }
    eprintln!("control faults: {total} flips, {fatal} fatal and wiped, {same} same result");
    assert!(fatal > total / 2);
}

/// The byte-level interface (`cosim::Rtl` as an `Engine`): wrong lengths and values
/// out of range are typed errors or the verdict false, leading zero bytes are
/// accepted, and the answers equal the golden engine's.
#[test]
fn engine_interface_checks_lengths_and_ranges() {
    use engine::{EcCurve as C, Engine, EngineError, HashAlg, Sha2Alg};
    use golden_model::engine::Golden;
    let mut rtl = cosim::Rtl::new();
    let sha = HashAlg::Sha2(Sha2Alg::Sha256);
    let d = [0x11u8; 32];
    let (qx, qy) = rtl.ecdsa_public_key(C::P256, &d).unwrap();
    assert_eq!((qx.clone(), qy.clone()), Golden.ecdsa_public_key(C::P256, &d).unwrap());
    // Leading zero bytes are fine; a 33-byte value is too long; d = 0 is out of range.
    let mut d0 = vec![0u8];
    d0.extend_from_slice(&d);
    assert_eq!(rtl.ecdsa_public_key(C::P256, &d0).unwrap().0, qx);
    let mut long = vec![1u8];
    long.extend_from_slice(&d);
    for bad in [&long[..], &[0u8; 32][..]] {
        match rtl.ecdsa_public_key(C::P256, bad) {
            Err(EngineError::InvalidInput { what: "d", .. }) => {}
            other => panic!("{other:?}"),
        }
    }
    let msg = b"abc";
    let k = [0x22u8; 32];
    let (r, s) = rtl.ecdsa_sign(C::P256, sha, &d, msg, &k).unwrap();
    assert_eq!((r.clone(), s.clone()), Golden.ecdsa_sign(C::P256, sha, &d, msg, &k).unwrap());
    assert!(matches!(rtl.ecdsa_sign(C::P256, sha, &d, msg, &long), Err(EngineError::InvalidInput { what: "k", .. })));
    assert!(rtl.ecdsa_verify(C::P256, sha, &qx, &qy, msg, &r, &s).unwrap());
    assert!(!rtl.ecdsa_verify(C::P256, sha, &qx, &qy, b"abd", &r, &s).unwrap());
    let mut r_long = vec![1u8];
    r_long.extend_from_slice(&r);
    assert!(!rtl.ecdsa_verify(C::P256, sha, &qx, &qy, msg, &r_long, &s).unwrap());
    assert!(!rtl.ecdsa_check_public_key(C::P256, &long, &qy).unwrap());
    assert!(rtl.ecdsa_check_public_key(C::P256, &qx, &qy).unwrap());
    // A P-384 key on P-256 is not even the right length.
    let (qx3, qy3) = rtl.ecdsa_public_key(C::P384, &[0x33u8; 48]).unwrap();
    assert_eq!((qx3.clone(), qy3.clone()), Golden.ecdsa_public_key(C::P384, &[0x33u8; 48]).unwrap());
    assert!(!rtl.ecdsa_check_public_key(C::P256, &qx3, &qy3).unwrap());
}

/// DETSIGN: the nonce comes from the RFC 6979 generator inside the engine (HMAC on its
/// own SHA-2 engine); r, s equal `EccUnit::sign_deterministic` on both curves with
/// HMAC-SHA-256/384/512, every ladder step on the golden cycle (the generator's
/// hand-off takes the cycles `program::drbg_cycles` states).
#[test]
fn detsign_equals_golden_rfc6979_on_both_curves() {
    use golden_model::ecdsa::drbg::bits2int;
    use golden_model::ecdsa::hash::digest;
    use golden_model::ecdsa::HashAlg;
    use golden_model::sha2::Sha2Alg;
    fn one<const L: usize>(c: &'static CurveParams<L>, curve: EcCurve, seed: u64) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut e = EccRtl::new();
        for alg in [Sha2Alg::Sha256, Sha2Alg::Sha384, Sha2Alg::Sha512] {
            let d = scalar(&mut rng, c);
            let msg: Vec<u8> = (0..rng.gen_range(0..200)).map(|_| rng.gen()).collect();
            let h = HashAlg::Sha2(alg);
            let ev = widen(&golden_model::ecdsa::field::limbs_from_be::<L>(&bits2int(&digest(h, &msg), c.fnn.bits)).unwrap());
            let j = Job { hmac: alg, ..job(curve, command::DETSIGN, vec![(slot::D, d), (slot::E, ev)], seed) };
            let r = ok(e.run(&j));
            let (gr, gs, _) = EccUnit::new(c, Multiplier::Cios64)
                .sign_deterministic(h, &limbs_to_be(&narrow::<L>(&d), c.byte_len()), &msg)
                .unwrap();
            assert_eq!((r.error, r.out), (0, [widen(&gr), widen(&gs)]), "{curve:?} {alg:?}");
            eprintln!("{curve:?} DETSIGN HMAC-{alg:?}: {} cycles, {} checkpoints", r.cycles, r.compared);
        }
        // An unknown HMAC code is refused.
        e.set_hmac(3);
        e.start_raw(command::DETSIGN as u64, (curve == EcCurve::P384) as u64);
        assert_eq!((e.error(), e.busy()), (Some(error::BAD_COMMAND as u8), false));
    }
    one(p256(), EcCurve::P256, 31);
    one(p384(), EcCurve::P384, 32);
}

/// RFC 6979 A.2.5 (P-256, SHA-256, message "sample") through the byte interface: k is
/// derived in hardware and the signature is the RFC's.
#[test]
fn detsign_rfc6979_appendix_a25_through_the_engine_interface() {
    use engine::{EcCurve as C, Engine, HashAlg, Sha2Alg};
    let x = hex::decode("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721").unwrap();
    let mut rtl = cosim::Rtl::new();
    let (r, s) = rtl.ecdsa_sign_deterministic(C::P256, HashAlg::Sha2(Sha2Alg::Sha256), &x, b"sample").unwrap();
    assert_eq!(hex::encode_upper(&r), "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716");
    assert_eq!(hex::encode_upper(&s), "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8");
    // Hashes the generator does not run are refused, typed.
    assert!(matches!(
        rtl.ecdsa_sign_deterministic(C::P256, HashAlg::Sha2(Sha2Alg::Sha224), &x, b"sample"),
        Err(engine::EngineError::Unsupported { .. })
    ));
}

/// The retry path (RFC 6979 §3.2 h.3): K forced to 0 right after the first candidate
/// arrives makes the engine's range check fail, so it draws the next candidate from
/// the generator and signs with it: the result is the golden signature with the
/// second candidate, and the retry costs the DNEXT cycles the golden model states.
#[test]
fn detsign_retries_with_the_next_candidate() {
    use golden_model::ecdsa::drbg::{bits2int, Rfc6979};
    use golden_model::ecdsa::drbg_schedule::Op;
    use golden_model::ecdsa::program::drbg_cycles;
    use golden_model::ecdsa::HashAlg;
    use golden_model::sha2::Sha2Alg;
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(41);
    let d = scalar(&mut rng, c);
    let ev = scalar(&mut rng, c);
    let clean = {
        let mut e = EccRtl::new();
        ok(e.run(&job(EcCurve::P256, command::DETSIGN, vec![(slot::D, d), (slot::E, ev)], 1)))
    };
    let mut e = EccRtl::new();
    e.write(slot::D, &d);
    e.write(slot::E, &ev);
    e.set_hmac(0);
    let dph = e.model().probe_named("link$ph").expect("nonce link phase probe");
    let k_slot = e.probes().rf[slot::K as usize];
    e.start_raw(command::DETSIGN as u64, 0);
    let clear = rtl::ecc::nonce::phase::CLEAR;
    let mut n = 1u64;
    while e.model().peek(dph) != clear {
        e.idle();
        n += 1;
    }
    e.idle();
    n += 1;
    // The candidate is in K now; the JCHK issues this cycle: zero K.
    e.model().poke_words(k_slot, 0, &[0; 12]);
    while !e.done() {
        e.idle();
        n += 1;
        assert!(n < 300_000);
    }
    assert_eq!(e.error(), None);
    let out = [e.read_output(0), e.read_output(1)];
    // The golden signature with the second candidate.
    let len = c.byte_len();
    let narrow4 = |s: &Slot| -> [u64; 4] { s[..4].try_into().unwrap() };
    let x = limbs_to_be(&narrow4(&d), len);
    let n_mod = c.fnn.reduce_once(&narrow4(&ev));
    let mut g = Rfc6979::new(HashAlg::Sha2(Sha2Alg::Sha256), &x, &limbs_to_be(&n_mod, len), 256).unwrap();
    let _first = g.next_candidate().unwrap();
    let k2 = g.next_candidate().unwrap();
    let h = limbs_to_be(&narrow4(&ev), len);
    let (r, s) = EccUnit::new(c, Multiplier::Cios64).sign_prehashed(&x, &h, &k2).unwrap();
    assert_ne!(out, clean.out, "the retry happened");
    assert_eq!(out, [widen(&r), widen(&s)]);
    // The failed JCHK, the DNEXT and the jump back cost this much more than the clean run.
    assert_eq!(n, clean.cycles + 2 + drbg_cycles(Sha2Alg::Sha256, EcCurve::P256, Op::Next), "cycles");
    let _ = bits2int;
}

/// zeroize and reset during the generator hand-off (writes, wait, reads) wipe every
/// register of the engine, its multiplier, the generator and its SHA-2 engine in one
/// cycle; the next DETSIGN is right.
#[test]
fn zeroize_during_the_nonce_hand_off_wipes_the_generator_too() {
    let c = p256();
    let mut rng = ChaCha8Rng::seed_from_u64(43);
    let (d, ev) = (scalar(&mut rng, c), scalar(&mut rng, c));
    let inputs = vec![(slot::D, d), (slot::E, ev)];
    let want = ok(EccRtl::new().run(&job(EcCurve::P256, command::DETSIGN, inputs.clone(), 1)));
    for (i, cut) in [3u64, 9, 16, 17, 300, 1200, 1520, 1524, 1527, 1529].into_iter().enumerate() {
        let mut e = EccRtl::new();
        for (s, v) in &inputs {
            e.write(*s, v);
        }
        e.set_hmac(0);
        e.start_raw(command::DETSIGN as u64, 0);
        for _ in 1..cut {
            e.idle();
        }
        if i % 2 == 0 {
            e.zeroize();
        } else {
            e.reset();
        }
        assert!(!e.busy() && !e.fatal(), "cut {cut}");
        assert_eq!(wiped(&mut e), vec![], "cut {cut}");
        let again = ok(e.run(&job(EcCurve::P256, command::DETSIGN, inputs.clone(), 2)));
        assert_eq!(again.out, want.out);
    }
}
