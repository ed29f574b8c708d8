//! Keccak: golden model against RustCrypto (Keccak-f[1600] and SHA3-256), and the RTL
//! under Verilator (cycles per permutation / per SHA3-256 block, simulated cycles/s).

use cosim::keccak::{KeccakCoreRtl, SpongeRtl, Stalls};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use golden_model::keccak::{keccak_f1600, Sha3Mode};
use sha3::Digest;
use std::time::Instant;

fn golden_vs_rustcrypto(c: &mut Criterion) {
    let mut g = c.benchmark_group("keccak-f1600");
    g.bench_function("golden", |b| {
        let mut s = [1u64; 25];
        b.iter(|| keccak_f1600(black_box(&mut s)))
    });
    g.bench_function("rustcrypto", |b| {
        let mut s = [1u64; 25];
        b.iter(|| keccak::f1600(black_box(&mut s)))
    });
    g.finish();
    let msg = vec![0x5au8; 16 * 1024];
    let mut g = c.benchmark_group("sha3-256-16KiB");
    g.throughput(Throughput::Bytes(msg.len() as u64));
    g.bench_function("golden", |b| b.iter(|| golden_model::keccak::sha3_256(black_box(&msg))));
    g.bench_function("rustcrypto", |b| b.iter(|| sha3::Sha3_256::digest(black_box(&msg))));
    g.finish();
}

fn rtl(c: &mut Criterion) {
    let mut core = KeccakCoreRtl::new(2);
    let mut g = c.benchmark_group("rtl");
    // One checked permutation: 1 load cycle + 12 cycles.
    g.throughput(Throughput::Elements(13));
    g.bench_function("keccak_core_r2-permutation (elements = cycles)", |b| {
        b.iter(|| core.permute_checked(black_box([7u64; 25]), None).unwrap())
    });
    let mut sponge = SpongeRtl::new();
    let mut quiet = rand::rngs::mock::StepRng::new(u64::MAX, 0);
    let msg = vec![1u8; 136 * 8];
    let cycles = sponge.hash(Sha3Mode::Sha3_256, &msg, 0, Stalls::default(), &mut quiet, false).unwrap().cycles;
    g.throughput(Throughput::Elements(cycles));
    g.bench_function("keccak_sponge-sha3-256-8-blocks (elements = cycles)", |b| {
        b.iter(|| sponge.hash(Sha3Mode::Sha3_256, black_box(&msg), 0, Stalls::default(), &mut quiet, false).unwrap())
    });
    g.finish();
    // Plain numbers for the README: cycles per operation and simulated cycles/s.
    let n = 2000;
    let t = Instant::now();
    for _ in 0..n {
        sponge.hash(Sha3Mode::Sha3_256, &msg, 0, Stalls::default(), &mut quiet, false).unwrap();
    }
    let rate = (n as f64 * cycles as f64) / t.elapsed().as_secs_f64();
    let c3 = sponge.hash(Sha3Mode::Sha3_256, &[0u8; 136 * 3], 0, Stalls::default(), &mut quiet, false).unwrap().cycles;
    let c2 = sponge.hash(Sha3Mode::Sha3_256, &[0u8; 136 * 2], 0, Stalls::default(), &mut quiet, false).unwrap().cycles;
    eprintln!("RTL keccak_core_r2: 12 cycles/permutation; keccak_sponge: {} cycles per SHA3-256 block; {:.2} M simulated cycles/s (sponge)", c3 - c2, rate / 1e6);
}

criterion_group!(benches, golden_vs_rustcrypto, rtl);
criterion_main!(benches);
