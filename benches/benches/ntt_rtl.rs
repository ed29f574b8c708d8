//! Simulated speed of the Verilated NTT / polynomial unit: one NTT per iteration
//! (start pulse to `done`), for each modulus and lane count. Criterion reports the
//! time per operation; the throughput is in simulated cycles (elements = cycles),
//! i.e. simulated cycles per second. Run: `cargo bench -p benches --bench ntt_rtl`.

use cosim::ntt::{random_poly, NttUnitRtl};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use golden_model::polyunit::{Mode, Op, Schedule};
use rand::SeedableRng;

fn ntt_unit(c: &mut Criterion) {
    let mut g = c.benchmark_group("ntt_rtl");
    for b in [1usize, 2, 4] {
        for mode in Mode::ALL {
            for op in [Op::Ntt, Op::Pointwise] {
                let cycles = Schedule::new(b).unwrap().done_cycle(mode, op);
                let mut rng = rand::rngs::StdRng::seed_from_u64(1);
                let mut u = NttUnitRtl::new(b);
                u.load(mode, 0, &random_poly(mode, &mut rng)).unwrap();
                u.load(mode, 1, &random_poly(mode, &mut rng)).unwrap();
                g.throughput(Throughput::Elements(cycles));
                g.bench_function(format!("{}_{}_b{b}", op.name(), mode.name()), |bench| {
                    bench.iter(|| {
                        // NTT in place in slot 2 keeps every value canonical.
                        u.start_raw(op as u8, mode, 0, 1, 2);
                        u.wait(4 * cycles).unwrap()
                    })
                });
            }
        }
    }
    g.finish();
}

criterion_group!(benches, ntt_unit);
criterion_main!(benches);
