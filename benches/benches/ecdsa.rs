//! ECDSA P-256 / P-384: golden model against RustCrypto `p256` / `p384` / `ecdsa`,
//! tracing off. Operations, each from bytes to bytes on both sides:
//!
//! * `sign-k`: signature with a given k over SHA-256 (P-256) / SHA-384 (P-384)
//!   of a 64-byte message (RustCrypto: `ecdsa::hazmat::sign_prehashed`);
//! * `sign-det`: deterministic signature, RFC 6979 (RustCrypto: `SigningKey::sign`,
//!   the key built outside the timed loop because building it also computes Q);
//! * `verify`: public key parsed and validated, signature verified.
//!
//! `golden` is the fast multiplier (CIOS, 64-bit limbs), `golden-cios16` the
//! hardware-shaped reference (CIOS, 16-bit digits), which computes the same values.
//! The golden model runs every scalar multiplication as a fixed-schedule
//! Montgomery ladder (verify: two ladders), RustCrypto uses windowed, variable-time
//! verification and precomputed tables for G, so the ratio includes the price of
//! the hardware's constant schedule.
//!
//! At the end the mean time per operation (from criterion's own samples), the
//! ratio golden / RustCrypto and the field multiplications per scalar
//! multiplication are printed.
//!
//! Run: `cargo bench -p benches --bench ecdsa -- --warm-up-time 1 --measurement-time 2`

use criterion::{black_box, Criterion};
use ecdsa::signature::{Signer, Verifier};
use golden_model::ecdsa::field::limbs_from_be;
use golden_model::ecdsa::{p256 as gp256, p384 as gp384, EcCurve, EccUnit, Ecdsa, HashAlg, Multiplier};
use golden_model::sha2::Sha2Alg;
use p256::elliptic_curve::PrimeField;
use sha2::Digest;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

thread_local! {
    /// (benchmark id) -> (iterations, total time), accumulated over criterion's runs.
    static TOTALS: RefCell<BTreeMap<String, (u64, Duration)>> = const { RefCell::new(BTreeMap::new()) };
}

fn timed<O>(id: &str, iters: u64, mut f: impl FnMut() -> O) -> Duration {
    let start = Instant::now();
    for _ in 0..iters {
        black_box(f());
    }
    let t = start.elapsed();
    TOTALS.with(|m| {
        let mut m = m.borrow_mut();
        let e = m.entry(id.to_string()).or_insert((0, Duration::ZERO));
        e.0 += iters;
        e.1 += t;
    });
    t
}

const MSG: [u8; 64] = [0x5a; 64];

fn d_k(curve: EcCurve) -> (Vec<u8>, Vec<u8>) {
    let len = curve.byte_len();
    let d: Vec<u8> = (0..len).map(|i| (i as u8).wrapping_mul(37).wrapping_add(11) & 0x7f).collect();
    let k: Vec<u8> = (0..len).map(|i| (i as u8).wrapping_mul(91).wrapping_add(5) & 0x7f).collect();
    (d, k)
}

fn bench_curve(c: &mut Criterion, curve: EcCurve) {
    let hash = match curve {
        EcCurve::P256 => HashAlg::Sha2(Sha2Alg::Sha256),
        EcCurve::P384 => HashAlg::Sha2(Sha2Alg::Sha384),
    };
    let (d, k) = d_k(curve);
    let (qx, qy) = Ecdsa::new(curve).public_key(&d).unwrap();
    let sig = Ecdsa::new(curve).sign(hash, &d, &MSG, &k).unwrap();
    let mut sec1 = vec![4u8];
    sec1.extend_from_slice(&qx);
    sec1.extend_from_slice(&qy);
    let p1363 = sig.to_p1363();

    let mut g = c.benchmark_group(curve.name());
    g.sample_size(10);
    for op in ["sign-k", "sign-det", "verify"] {
        for side in ["golden", "golden-cios16", "rustcrypto"] {
            let id = format!("{}/{op}/{side}", curve.name());
            let mult = if side == "golden" { Multiplier::Cios64 } else { Multiplier::Cios16 };
            let e = Ecdsa::with_multiplier(curve, mult);
            g.bench_function(format!("{op}/{side}"), |b| {
                b.iter_custom(|n| match (op, side, curve) {
                    ("sign-k", "rustcrypto", EcCurve::P256) => timed(&id, n, || {
                        let ds = p256::Scalar::from_repr(*p256::FieldBytes::from_slice(&d)).unwrap();
                        let ks = p256::Scalar::from_repr(*p256::FieldBytes::from_slice(&k)).unwrap();
                        let z = ecdsa::hazmat::bits2field::<p256::NistP256>(&sha2::Sha256::digest(MSG)).unwrap();
                        ecdsa::hazmat::sign_prehashed::<p256::NistP256, _>(&ds, ks, &z).unwrap().0.to_bytes()
                    }),
                    ("sign-k", "rustcrypto", EcCurve::P384) => timed(&id, n, || {
                        let ds = p384::Scalar::from_repr(*p384::FieldBytes::from_slice(&d)).unwrap();
                        let ks = p384::Scalar::from_repr(*p384::FieldBytes::from_slice(&k)).unwrap();
                        let z = ecdsa::hazmat::bits2field::<p384::NistP384>(&sha2::Sha384::digest(MSG)).unwrap();
                        ecdsa::hazmat::sign_prehashed::<p384::NistP384, _>(&ds, ks, &z).unwrap().0.to_bytes()
                    }),
                    ("sign-k", _, _) => timed(&id, n, || e.sign(hash, &d, &MSG, &k).unwrap()),
                    ("sign-det", "rustcrypto", EcCurve::P256) => {
                        // Built outside the loop: `from_slice` also computes the public key.
                        let sk = p256::ecdsa::SigningKey::from_slice(&d).unwrap();
                        timed(&id, n, || {
                            let s: p256::ecdsa::Signature = sk.sign(&MSG);
                            s.to_bytes()
                        })
                    }
                    ("sign-det", "rustcrypto", EcCurve::P384) => {
                        // Built outside the loop: `from_slice` also computes the public key.
                        let sk = p384::ecdsa::SigningKey::from_slice(&d).unwrap();
                        timed(&id, n, || {
                            let s: p384::ecdsa::Signature = sk.sign(&MSG);
                            s.to_bytes()
                        })
                    }
                    ("sign-det", _, _) => timed(&id, n, || e.sign_deterministic(hash, &d, &MSG).unwrap()),
                    ("verify", "rustcrypto", EcCurve::P256) => timed(&id, n, || {
                        let vk = p256::ecdsa::VerifyingKey::from_sec1_bytes(&sec1).unwrap();
                        let s = p256::ecdsa::Signature::from_slice(&p1363).unwrap();
                        assert!(vk.verify(&MSG, &s).is_ok());
                    }),
                    ("verify", "rustcrypto", EcCurve::P384) => timed(&id, n, || {
                        let vk = p384::ecdsa::VerifyingKey::from_sec1_bytes(&sec1).unwrap();
                        let s = p384::ecdsa::Signature::from_slice(&p1363).unwrap();
                        assert!(vk.verify(&MSG, &s).is_ok());
                    }),
                    _ => timed(&id, n, || assert!(e.verify(hash, &qx, &qy, &MSG, &sig.r, &sig.s))),
                })
            });
        }
    }
    g.finish();
}

fn report() {
    println!("\nmean time per operation (criterion samples), ratio to RustCrypto:");
    TOTALS.with(|m| {
        let m = m.borrow();
        let mean = |id: &str| m.get(id).map(|(n, t)| t.as_secs_f64() / *n as f64);
        for curve in ["P-256", "P-384"] {
            for op in ["sign-k", "sign-det", "verify"] {
                let Some(rc) = mean(&format!("{curve}/{op}/rustcrypto")) else { continue };
                let mut line = format!("  {curve} {op:<9} rustcrypto {:>9.1} us", rc * 1e6);
                for side in ["golden", "golden-cios16"] {
                    if let Some(gt) = mean(&format!("{curve}/{op}/{side}")) {
                        line += &format!(" | {side} {:>9.1} us (x{:.1})", gt * 1e6, gt / rc);
                    }
                }
                println!("{line}");
            }
        }
    });
    // Field multiplications per scalar multiplication (ladder + affine conversion).
    let k4 = limbs_from_be::<4>(&d_k(EcCurve::P256).1).unwrap();
    let mut u = EccUnit::new(gp256(), Multiplier::Cios64);
    u.mul_base(&k4);
    println!("  P-256: {} field multiplications per scalar multiplication ({:?})", u.fp.counts.mul, u.fp.counts);
    let k6 = limbs_from_be::<6>(&d_k(EcCurve::P384).1).unwrap();
    let mut u = EccUnit::new(gp384(), Multiplier::Cios64);
    u.mul_base(&k6);
    println!("  P-384: {} field multiplications per scalar multiplication ({:?})", u.fp.counts.mul, u.fp.counts);
}

fn main() {
    let mut c = Criterion::default().without_plots().configure_from_args();
    bench_curve(&mut c, EcCurve::P256);
    bench_curve(&mut c, EcCurve::P384);
    report();
    c.final_summary();
}
