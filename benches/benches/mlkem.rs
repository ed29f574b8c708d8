//! ML-KEM: golden model against RustCrypto `ml-kem` 0.2, KeyGen / Encaps / Decaps
//! for each parameter set, tracing off.
//!
//! Both sides start from bytes and end in bytes, so the work is the same:
//! KeyGen serialises ek and dk; Encaps parses ek (RustCrypto computes H(ek) in
//! `from_bytes`; the golden model also runs the §7.2 modulus check); Decaps parses
//! dk (the golden model also runs the §7.3 hash check H(ek) = h, which RustCrypto
//! skips; `golden-unchecked` is Decaps_internal without it).
//!
//! After criterion's runs, a ratio table is printed: criterion's mean time per
//! operation of each side, and the ratio golden / RustCrypto measured A/B
//! interleaved (alternating small batches, minimum per side), which is robust to
//! other load on a shared machine.
//!
//! Run: `cargo bench -p benches --bench mlkem -- --warm-up-time 1 --measurement-time 2`

use criterion::{black_box, Criterion};
use golden_model::mlkem::{self, Params, ML_KEM_1024, ML_KEM_512, ML_KEM_768};
use golden_model::trace::NoTrace;
use ml_kem::array::Array;
use ml_kem::kem::Decapsulate;
use ml_kem::{EncapsulateDeterministic, EncodedSizeUser, KemCore, MlKem1024, MlKem512, MlKem768, B32};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

type Op = Box<dyn FnMut()>;

/// One benchmarked operation: (parameter set, operation, side, body).
struct Case {
    set: &'static str,
    op: &'static str,
    side: &'static str,
    run: Op,
}

fn cases<K: KemCore + 'static>(p: Params) -> Vec<Case> {
    let d = [0x11u8; 32];
    let z = [0x22u8; 32];
    let m = [0x33u8; 32];
    let (ek, dk) = mlkem::keygen(&p, &d, &z).unwrap();
    let (_, ct) = mlkem::encaps(&p, &ek, &m).unwrap();
    let ek_arr: Array<u8, <K::EncapsulationKey as EncodedSizeUser>::EncodedSize> = Array::try_from(&ek[..]).unwrap();
    let dk_arr: Array<u8, <K::DecapsulationKey as EncodedSizeUser>::EncodedSize> = Array::try_from(&dk[..]).unwrap();
    let ct_arr: ml_kem::Ciphertext<K> = Array::try_from(&ct[..]).unwrap();
    let set = p.name;
    let case = |op, side, run: Op| Case { set, op, side, run };
    let (ek2, dk2, ct2, dk3, ct3) = (ek.clone(), dk.clone(), ct.clone(), dk.clone(), ct.clone());
    vec![
        case("keygen", "golden", Box::new(move || {
            black_box(mlkem::keygen(&p, &d, &z).unwrap());
        })),
        case("keygen", "rustcrypto", Box::new(move || {
            let (dk, ek) = K::generate_deterministic(&B32::from(d), &B32::from(z));
            black_box((ek.as_bytes(), dk.as_bytes()));
        })),
        case("encaps", "golden", Box::new(move || {
            black_box(mlkem::encaps(&p, &ek2, &m).unwrap());
        })),
        case("encaps", "rustcrypto", Box::new(move || {
            let ek = <K::EncapsulationKey as EncodedSizeUser>::from_bytes(&ek_arr);
            black_box(ek.encapsulate_deterministic(&B32::from(m)).unwrap());
        })),
        case("decaps", "golden", Box::new(move || {
            black_box(mlkem::decaps(&p, &dk2, &ct2).unwrap());
        })),
        case("decaps", "golden-unchecked", Box::new(move || {
            black_box(mlkem::decaps_internal(&p, &dk3, &ct3, &mut NoTrace).unwrap());
        })),
        case("decaps", "rustcrypto", Box::new(move || {
            let dk = <K::DecapsulationKey as EncodedSizeUser>::from_bytes(&dk_arr);
            black_box(dk.decapsulate(&ct_arr).unwrap());
        })),
    ]
}

/// Minimum time per operation of `a` and of `b`, over alternating batches.
fn ab(a: &mut Op, b: &mut Op) -> (f64, f64) {
    const ROUNDS: usize = 30;
    const BATCH: u32 = 10;
    let mut best = (f64::MAX, f64::MAX);
    let batch = |f: &mut Op| {
        let t = Instant::now();
        for _ in 0..BATCH {
            f();
        }
        t.elapsed().as_secs_f64() * 1e6 / BATCH as f64
    };
    for _ in 0..ROUNDS {
        best.0 = best.0.min(batch(a));
        best.1 = best.1.min(batch(b));
    }
    best
}

fn main() {
    // No plots: the plotters backend needs system fonts that a CI machine may lack.
    let mut c = Criterion::default().without_plots().configure_from_args();
    let mut all: Vec<Case> = Vec::new();
    all.extend(cases::<MlKem512>(ML_KEM_512));
    all.extend(cases::<MlKem768>(ML_KEM_768));
    all.extend(cases::<MlKem1024>(ML_KEM_1024));

    // criterion, with the total time of its own samples kept for the table.
    let mut means: BTreeMap<(String, String, String), f64> = BTreeMap::new();
    for case in all.iter_mut() {
        let mut total = (0u64, Duration::ZERO);
        let run = &mut case.run;
        c.benchmark_group(case.set).bench_function(format!("{}/{}", case.op, case.side), |b| {
            b.iter_custom(|n| {
                let t = Instant::now();
                for _ in 0..n {
                    run();
                }
                let e = t.elapsed();
                total.0 += n;
                total.1 += e;
                e
            })
        });
        if total.0 > 0 {
            means.insert(
                (case.set.into(), case.op.into(), case.side.into()),
                total.1.as_secs_f64() * 1e6 / total.0 as f64,
            );
        }
    }
    c.final_summary();

    println!("\nML-KEM golden vs RustCrypto, tracing off (µs per operation)");
    println!(
        "{:<12} {:<8} {:>14} {:>14} {:>10} {:>10} {:>12}",
        "set", "op", "golden(mean)", "rustcrypto(mean)", "golden(min)", "rc(min)", "ratio(A/B)"
    );
    for set in ["ML-KEM-512", "ML-KEM-768", "ML-KEM-1024"] {
        for (op, golden) in [("keygen", "golden"), ("encaps", "golden"), ("decaps", "golden"), ("decaps", "golden-unchecked")] {
            let gi = all.iter().position(|x| x.set == set && x.op == op && x.side == golden).unwrap();
            let ri = all.iter().position(|x| x.set == set && x.op == op && x.side == "rustcrypto").unwrap();
            let (lo, hi) = (gi.min(ri), gi.max(ri));
            let (left, right) = all.split_at_mut(hi);
            let (g, r) = if gi < ri { (&mut left[lo].run, &mut right[0].run) } else { (&mut right[0].run, &mut left[lo].run) };
            let (gmin, rmin) = ab(g, r);
            let mean = |side: &str| {
                means
                    .get(&(set.to_string(), op.to_string(), side.to_string()))
                    .map_or("-".to_string(), |v| format!("{v:.1}"))
            };
            let label = if golden == "golden" { op.to_string() } else { format!("{op}*") };
            println!(
                "{:<12} {:<8} {:>14} {:>14} {:>10.1} {:>10.1} {:>12.2}",
                set,
                label,
                mean(golden),
                mean("rustcrypto"),
                gmin,
                rmin,
                gmin / rmin
            );
        }
    }
    println!("(decaps* = Decaps_internal without the §7.3 hash check, which RustCrypto does not run)");
}
