//! The ECC engine's microcode (`golden_model::ecdsa::program`) against the golden
//! ECC unit (`EccUnit`): the same results, the same ladder checkpoints, fixed cycles.

use golden_model::ecdsa::field::{limbs_from_be, limbs_to_be};
use golden_model::ecdsa::program::{command, curve_consts, error, slot, Machine, Outcome, Slot};
use golden_model::ecdsa::*;
use golden_model::trace::{NoTrace, Recorder};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn widen<const L: usize>(a: &[u64; L]) -> Slot {
    let mut s = [0u64; 6];
    s[..L].copy_from_slice(a);
    s
}

/// A random integer in [1, n−1], with random junk above the curve's length.
fn scalar<const L: usize>(rng: &mut ChaCha8Rng, c: &CurveParams<L>) -> ([u64; L], Slot) {
    loop {
        let mut v = [0u64; L];
        for l in v.iter_mut() {
            *l = rng.gen();
        }
        if golden_model::ecdsa::field::less_than(&v, &c.fnn.modulus) == 1 && v != [0; L] {
            let mut s = widen(&v);
            for l in s.iter_mut().skip(L) {
                *l = rng.gen();
            }
            return (v, s);
        }
    }
}

fn run(m: &mut Machine, cmd: u32, curve: EcCurve, inputs: &[(u32, Slot)]) -> (Outcome, Recorder) {
    for (s, v) in inputs {
        m.load(*s, v);
    }
    let mut rec = Recorder::default();
    let o = m.run(cmd, curve, &mut rec);
    (o, rec)
}

fn check_curve<const L: usize>(c: &'static CurveParams<L>, curve: EcCurve, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut m = Machine::default();
    let len = c.byte_len();
    let mut cycles = std::collections::BTreeMap::new();
    for _ in 0..3 {
        // KEYGEN, with the ladder checkpoints of the golden unit.
        let (d, ds) = scalar(&mut rng, c);
        let (o, rec) = run(&mut m, command::KEYGEN, curve, &[(slot::D, ds)]);
        let mut u = EccUnit::with_trace(c, Multiplier::Cios16, Recorder::default());
        let q = u.public_key(&limbs_to_be(&d, len)).unwrap();
        assert_eq!(o.error, 0);
        assert_eq!(o.out, [widen(&q.0), widen(&q.1)]);
        let want: Vec<Vec<u64>> = u
            .trace
            .checkpoints
            .iter()
            .filter(|cp| cp.name == "ladder_step")
            .map(|cp| {
                cp.values
                    .chunks(L)
                    .flat_map(|ch| widen(&<[u64; L]>::try_from(ch).unwrap()))
                    .collect()
            })
            .collect();
        let got: Vec<Vec<u64>> = rec
            .checkpoints
            .iter()
            .filter(|cp| cp.name == "ladder_step")
            .map(|cp| cp.values.clone())
            .collect();
        assert_eq!(got.len(), c.fnn.bits);
        assert_eq!(got, want, "ladder checkpoints");
        cycles.entry("keygen").or_insert(o.cycles);
        assert_eq!(
            cycles["keygen"], o.cycles,
            "keygen takes a fixed number of cycles"
        );

        // SIGN with a given k, then VERIFY the result.
        let (k, ks) = scalar(&mut rng, c);
        let h: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
        let e = widen(&limbs_from_be::<L>(&h).unwrap());
        let (o, _) = run(
            &mut m,
            command::SIGN,
            curve,
            &[(slot::D, ds), (slot::K, ks), (slot::E, e)],
        );
        let mut u = EccUnit::new(c, Multiplier::Cios64);
        let (r, s) = u
            .sign_prehashed(&limbs_to_be(&d, len), &h, &limbs_to_be(&k, len))
            .unwrap();
        assert_eq!(o.error, 0);
        assert_eq!(o.out, [widen(&r), widen(&s)]);
        cycles.entry("sign").or_insert(o.cycles);
        assert_eq!(
            cycles["sign"], o.cycles,
            "sign takes a fixed number of cycles"
        );

        let q_in = [
            (slot::QX, widen(&q.0)),
            (slot::QY, widen(&q.1)),
            (slot::E, e),
        ];
        let sig = |r: &[u64; L], s: &[u64; L]| [(slot::R, widen(r)), (slot::S, widen(s))];
        let (o, _) = run(
            &mut m,
            command::VERIFY,
            curve,
            &[q_in.as_slice(), &sig(&r, &s)].concat(),
        );
        assert_eq!(o.error, 0, "valid signature");
        cycles.entry("verify").or_insert(o.cycles);
        assert_eq!(cycles["verify"], o.cycles);
        // A changed r or s or e: the golden verdict, and a reject code.
        let mut r2 = r;
        r2[0] ^= 1 << rng.gen_range(0..64);
        let (o, _) = run(
            &mut m,
            command::VERIFY,
            curve,
            &[q_in.as_slice(), &sig(&r2, &s)].concat(),
        );
        let golden = u.verify_prehashed(
            &limbs_to_be(&q.0, len),
            &limbs_to_be(&q.1, len),
            &h,
            &limbs_to_be(&r2, len),
            &limbs_to_be(&s, len),
        );
        assert!(!golden);
        assert!(
            o.error == error::MISMATCH || o.error == error::SIG_RANGE,
            "error {}",
            o.error
        );
        let mut e2 = e;
        e2[0] ^= 1;
        let (o, _) = run(
            &mut m,
            command::VERIFY,
            curve,
            &[
                (slot::QX, widen(&q.0)),
                (slot::QY, widen(&q.1)),
                (slot::E, e2),
                (slot::R, widen(&r)),
                (slot::S, widen(&s)),
            ],
        );
        assert_eq!(o.error, error::MISMATCH);

        // VALIDATE: the key, a point off the curve, a coordinate ≥ p.
        let (o, _) = run(&mut m, command::VALIDATE, curve, &q_in[..2]);
        assert_eq!(o.error, 0);
        let mut y2 = widen(&q.1);
        y2[0] ^= 2;
        let (o, _) = run(
            &mut m,
            command::VALIDATE,
            curve,
            &[(slot::QX, widen(&q.0)), (slot::QY, y2)],
        );
        assert_eq!(o.error, error::Q_NOT_ON_CURVE);
        let (o, _) = run(
            &mut m,
            command::VALIDATE,
            curve,
            &[(slot::QX, widen(&c.fp.modulus)), (slot::QY, widen(&q.1))],
        );
        assert_eq!(o.error, error::Q_RANGE);
    }
    // Scalars out of range.
    let (_, ks) = scalar(&mut rng, c);
    for bad in [[0u64; 6], widen(&c.fnn.modulus)] {
        let (o, _) = run(&mut m, command::KEYGEN, curve, &[(slot::D, bad)]);
        assert_eq!((o.error, o.out), (error::D_RANGE, [[0; 6]; 2]));
        let (o, _) = run(
            &mut m,
            command::SIGN,
            curve,
            &[(slot::D, ks), (slot::K, bad), (slot::E, ks)],
        );
        assert_eq!(o.error, error::K_RANGE);
    }
    // n − 1 is a legal scalar: (n−1)·G = −G.
    let mut nm1 = c.fnn.modulus;
    nm1[0] -= 1;
    let (o, _) = run(&mut m, command::KEYGEN, curve, &[(slot::D, widen(&nm1))]);
    assert_eq!(o.error, 0);
    assert_eq!(o.out[0], widen(&c.gx));
    assert_eq!(cycles["keygen"], o.cycles);
    let _ = curve_consts(curve);
    let mut m2 = Machine::default();
    let o = m2.run(command::KEYGEN, curve, &mut NoTrace);
    assert_eq!(o.error, error::D_RANGE, "wiped registers: d = 0");
    eprintln!("{curve:?}: cycles {cycles:?}");
}

#[test]
fn p256_program_equals_the_golden_unit() {
    check_curve(p256(), EcCurve::P256, 1);
}

#[test]
fn p384_program_equals_the_golden_unit() {
    check_curve(p384(), EcCurve::P384, 2);
}

/// The operation counts and cycles of every command (printed for the README; the
/// counts are fixed by the program).
#[test]
fn operation_counts() {
    for curve in [EcCurve::P256, EcCurve::P384] {
        for (name, cmd) in [("keygen", command::KEYGEN), ("sign", command::SIGN), ("verify", command::VERIFY), ("validate", command::VALIDATE)] {
            let mut m = Machine::default();
            for (s, v) in cosim_like_inputs(curve, cmd) {
                m.load(s, &v);
            }
            let o = m.run(cmd, curve, &mut NoTrace);
            assert_eq!(o.error, 0, "{curve:?} {name}");
            eprintln!(
                "{curve:?} {name}: {} cycles, {} multiplications, {} additions/subtractions, {:.1} cycles per multiplication",
                o.cycles,
                o.muls,
                o.adds,
                o.cycles as f64 / o.muls as f64
            );
        }
    }
}

/// A valid key and signature from the machine itself.
fn cosim_like_inputs(curve: EcCurve, cmd: u32) -> Vec<(u32, Slot)> {
    let mut d = [0u64; 6];
    d[0] = 0x1234_5678_9abc_def1;
    d[1] = 0x0fed_cba9_8765_4321;
    let k = [7, 9, 11, 0, 0, 0];
    let e = [5, 6, 7, 8, 0, 0];
    let mut m = Machine::default();
    m.load(slot::D, &d);
    let q = m.run(command::KEYGEN, curve, &mut NoTrace).out;
    m.load(slot::D, &d);
    m.load(slot::K, &k);
    m.load(slot::E, &e);
    let rs = m.run(command::SIGN, curve, &mut NoTrace).out;
    match cmd {
        command::KEYGEN => vec![(slot::D, d)],
        command::SIGN => vec![(slot::D, d), (slot::K, k), (slot::E, e)],
        command::VALIDATE => vec![(slot::QX, q[0]), (slot::QY, q[1])],
        _ => vec![(slot::QX, q[0]), (slot::QY, q[1]), (slot::E, e), (slot::R, rs[0]), (slot::S, rs[1])],
    }
}

/// DETSIGN (k from the RFC 6979 generator) equals `EccUnit::sign_deterministic` for
/// HMAC over SHA-256, -384 and -512 on both curves, in a fixed number of cycles per
/// (curve, hash) when the first candidate is used.
#[test]
fn detsign_equals_the_golden_rfc6979_signature() {
    use golden_model::ecdsa::drbg::bits2int;
    use golden_model::ecdsa::hash::digest;
    use golden_model::sha2::Sha2Alg;
    fn one<const L: usize>(c: &'static CurveParams<L>, curve: EcCurve, seed: u64) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        for alg in [Sha2Alg::Sha256, Sha2Alg::Sha384, Sha2Alg::Sha512] {
            let mut cycles = None;
            for _ in 0..3 {
                let (d, ds) = scalar(&mut rng, c);
                let msg: Vec<u8> = (0..rng.gen_range(0..100)).map(|_| rng.gen()).collect();
                let h = HashAlg::Sha2(alg);
                let e = bits2int(&digest(h, &msg), c.fnn.bits);
                let e = widen(&limbs_from_be::<L>(&e).unwrap());
                let mut m = Machine { hmac: alg, ..Machine::default() };
                let (o, _) = run(&mut m, command::DETSIGN, curve, &[(slot::D, ds), (slot::E, e)]);
                let (r, s, _k) = EccUnit::new(c, Multiplier::Cios64).sign_deterministic(h, &limbs_to_be(&d, c.byte_len()), &msg).unwrap();
                assert_eq!((o.error, o.out), (0, [widen(&r), widen(&s)]), "{curve:?} {alg:?}");
                assert_eq!(m.candidates, 1);
                assert_eq!(*cycles.get_or_insert(o.cycles), o.cycles);
            }
            eprintln!("{curve:?} DETSIGN with HMAC-{alg:?}: {} cycles", cycles.unwrap());
        }
    }
    one(p256(), EcCurve::P256, 21);
    one(p384(), EcCurve::P384, 22);
}
