//! ML-DSA keygen / sign / verify per parameter set: the golden model against
//! RustCrypto `ml-dsa` 0.0.4, from bytes to bytes on both sides (sign decodes the
//! private key and expands Â; verify decodes the public key and expands Â).
//! After the criterion runs, prints the golden/RustCrypto time ratio per operation.
//!
//! `cargo bench -p benches --bench mldsa -- --warm-up-time 1 --measurement-time 2`

use criterion::{black_box, criterion_group, BenchmarkId, Criterion};
use golden_model::mldsa::{self, Message, Params, ML_DSA_44, ML_DSA_65, ML_DSA_87};
use ml_dsa::{
    EncodedSignature, EncodedSigningKey, EncodedVerifyingKey, KeyGen, KeyPair, MlDsa44, MlDsa65,
    MlDsa87, MlDsaParams, Signature, SigningKey, VerifyingKey, B32,
};
use std::time::{Duration, Instant};

const SEED: [u8; 32] = [0x42; 32];
const MSG: &[u8] = b"criterion benchmark message for ML-DSA, 64 bytes long. padding..";
const CTX: &[u8] = b"bench";

struct Ops {
    keygen: Box<dyn Fn()>,
    sign: Box<dyn Fn()>,
    verify: Box<dyn Fn()>,
}

fn golden(p: Params) -> Ops {
    let (pk, sk) = mldsa::keygen(&p, &SEED).unwrap();
    let msg = Message::Pure { msg: MSG, ctx: CTX };
    let sig = mldsa::sign(&p, &sk, &msg, &[0; 32]).unwrap();
    let sk2 = sk.clone();
    Ops {
        keygen: Box::new(move || {
            black_box(mldsa::keygen(&p, black_box(&SEED)).unwrap());
        }),
        sign: Box::new(move || {
            black_box(
                mldsa::sign(
                    &p,
                    black_box(&sk2),
                    &Message::Pure { msg: MSG, ctx: CTX },
                    &[0; 32],
                )
                .unwrap(),
            );
        }),
        verify: Box::new(move || {
            assert!(mldsa::verify(
                &p,
                black_box(&pk),
                &Message::Pure { msg: MSG, ctx: CTX },
                black_box(&sig)
            ));
        }),
    }
}

fn rustcrypto<P>() -> Ops
where
    P: MlDsaParams + KeyGen<KeyPair = KeyPair<P>> + 'static,
{
    let xi = B32::from(SEED);
    let kp = P::key_gen_internal(&xi);
    let sk: EncodedSigningKey<P> = kp.signing_key().encode();
    let vk: EncodedVerifyingKey<P> = kp.verifying_key().encode();
    let sig: EncodedSignature<P> = kp
        .signing_key()
        .sign_deterministic(MSG, CTX)
        .unwrap()
        .encode();
    Ops {
        keygen: Box::new(move || {
            let kp = P::key_gen_internal(black_box(&xi));
            black_box((kp.signing_key().encode(), kp.verifying_key().encode()));
        }),
        sign: Box::new(move || {
            let sk = SigningKey::<P>::decode(black_box(&sk));
            black_box(sk.sign_deterministic(MSG, CTX).unwrap().encode());
        }),
        verify: Box::new(move || {
            let vk = VerifyingKey::<P>::decode(black_box(&vk));
            let s = Signature::<P>::decode(black_box(&sig)).unwrap();
            assert!(vk.verify_with_context(MSG, CTX, &s));
        }),
    }
}

fn sets() -> Vec<(&'static str, Ops, Ops)> {
    vec![
        (ML_DSA_44.name, golden(ML_DSA_44), rustcrypto::<MlDsa44>()),
        (ML_DSA_65.name, golden(ML_DSA_65), rustcrypto::<MlDsa65>()),
        (ML_DSA_87.name, golden(ML_DSA_87), rustcrypto::<MlDsa87>()),
    ]
}

fn bench(c: &mut Criterion) {
    for (name, g, r) in sets() {
        let mut group = c.benchmark_group(format!("mldsa/{name}"));
        for (op, gf, rf) in [
            ("keygen", &g.keygen, &r.keygen),
            ("sign", &g.sign, &r.sign),
            ("verify", &g.verify, &r.verify),
        ] {
            group.bench_function(BenchmarkId::new(op, "golden"), |b| b.iter(gf));
            group.bench_function(BenchmarkId::new(op, "rustcrypto"), |b| b.iter(rf));
        }
        group.finish();
    }
}

/// Mean time of `f` over about `budget` of runs.
fn mean(f: &dyn Fn(), budget: Duration) -> Duration {
    f();
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < budget {
        f();
        n += 1;
    }
    start.elapsed() / n
}

/// The ratio table (golden / RustCrypto), measured after criterion's runs.
fn ratios() {
    println!("\nML-DSA golden / RustCrypto (mean of ~0.5 s each):");
    println!(
        "{:<10} {:<7} {:>12} {:>12} {:>7}",
        "set", "op", "golden", "rustcrypto", "ratio"
    );
    for (name, g, r) in sets() {
        for (op, gf, rf) in [
            ("keygen", &g.keygen, &r.keygen),
            ("sign", &g.sign, &r.sign),
            ("verify", &g.verify, &r.verify),
        ] {
            let tg = mean(gf.as_ref(), Duration::from_millis(500));
            let tr = mean(rf.as_ref(), Duration::from_millis(500));
            println!(
                "{name:<10} {op:<7} {:>10.1}µs {:>10.1}µs {:>7.2}",
                tg.as_secs_f64() * 1e6,
                tr.as_secs_f64() * 1e6,
                tg.as_secs_f64() / tr.as_secs_f64()
            );
        }
    }
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo test --benches` runs this binary with --bench absent: skip the table.
    if std::env::args().any(|a| a == "--bench") {
        ratios();
    }
}
