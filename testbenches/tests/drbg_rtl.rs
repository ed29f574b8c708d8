//! The RFC 6979 nonce generator (`rfc6979_drbg`) against the golden model
//! (`golden_model::ecdsa::drbg::Rfc6979` and its schedule `drbg_schedule`): every
//! (alg, curve) pair with random keys, three candidates each, K/V/x checkpoints and
//! latency on their cycles; the RFC 6979 A.2.5 / A.2.6 nonces; commands 0–3 cycles after
//! `done`; zeroize/reset in every cycle; bad commands; a fault campaign over every
//! control bit; and a fault in V that the scoreboard must name (step, cycle, word).
//!
//! `cargo test --release -p testbenches --test drbg_rtl` (`DRBG_CAMPAIGN=full` for the
//! full fault campaign).

use cosim::drbg::{check, DrbgError, DrbgRtl, Fault};
use cosim::model::ProbeId;
use engine::EngineError;
use golden_model::ecdsa::drbg::Rfc6979;
use golden_model::ecdsa::drbg_schedule::{self as sched, int2octets, limbs, Op};
use golden_model::ecdsa::{p256, p384, EcCurve, HashAlg};
use golden_model::sha2::Sha2Alg;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

const ALGS: [Sha2Alg; 3] = [Sha2Alg::Sha256, Sha2Alg::Sha384, Sha2Alg::Sha512];

fn order(curve: EcCurve) -> Vec<u64> {
    match curve {
        EcCurve::P256 => p256().fnn.modulus.to_vec(),
        EcCurve::P384 => p384().fnn.modulus.to_vec(),
    }
}

fn less(a: &[u64], b: &[u64]) -> bool {
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
    }
    false
}

/// A random integer in [lo, n − 1] as little-endian limbs.
fn below(curve: EcCurve, lo: u64, rng: &mut impl Rng) -> Vec<u64> {
    let n = order(curve);
    loop {
        let mut v: Vec<u64> = (0..n.len()).map(|_| rng.gen()).collect();
        if rng.gen_bool(0.1) {
            // Edge values: small, and just below n.
            v = if rng.gen() { let mut s = vec![0; n.len()]; s[0] = rng.gen_range(lo..lo + 3); s } else { let mut s = n.clone(); s[0] -= rng.gen_range(1..4); s };
        }
        if less(&v, &n) && !(v.iter().all(|&w| w == 0) && lo > 0) {
            return v;
        }
    }
}

fn golden_candidates(alg: Sha2Alg, curve: EcCurve, x: &[u64], h1: &[u64], n: usize) -> Vec<Vec<u64>> {
    let mut g = Rfc6979::new(HashAlg::Sha2(alg), &int2octets(x), &int2octets(h1), 8 * sched::rlen(curve)).unwrap();
    (0..n).map(|_| sched::limbs_of(&g.next_candidate().unwrap())).collect()
}

fn pairs() -> Vec<(Sha2Alg, EcCurve)> {
    ALGS.iter().flat_map(|&a| EcCurve::ALL.map(move |c| (a, c))).collect()
}

/// The measured latencies, printed for the report; equal to the golden schedule.
#[test]
fn latency_per_alg_and_curve() {
    for (alg, curve) in pairs() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let (x, h1) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
        let r = check(alg, curve, &x, &h1, 2, None, "drbg_latency").unwrap_or_else(|e| panic!("{} {:?}: {e}", alg.name(), curve));
        assert_eq!(r[0].cycles, sched::latency(alg, curve, Op::Start));
        assert_eq!(r[1].cycles, sched::latency(alg, curve, Op::Next));
        let per = |op| sched::steps(alg, curve, op).iter().map(|s| format!("{} {}", s.name, s.cycles)).collect::<Vec<_>>().join(", ");
        println!(
            "HMAC-{} {}: first candidate {} cycles ({}), next {} cycles ({}); {} checkpoints",
            alg.name(),
            curve.name(),
            r[0].cycles,
            per(Op::Start),
            r[1].cycles,
            per(Op::Next),
            r[0].compared + r[1].compared
        );
    }
}

/// Every (alg, curve) pair, 32 random x in [1, n−1] and h1 < n (edge values included):
/// the first three candidates equal `Rfc6979::next_candidate` ×3, every K/V/x checkpoint
/// holds on its cycle and each command takes the golden latency; `k_data` is zero
/// whenever `k_valid` is low.
#[test]
fn random_keys_every_pair_first_three_candidates() {
    let failures: Vec<String> = pairs()
        .par_iter()
        .flat_map_iter(|&(alg, curve)| {
            let mut out = Vec::new();
            let mut rng = ChaCha8Rng::seed_from_u64(alg as u64 * 10 + curve as u64);
            let mut d = DrbgRtl::new(rng.gen());
            for i in 0..32 {
                let (x, h1) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
                let want = golden_candidates(alg, curve, &x, &h1, 3);
                for (n, w) in want.iter().enumerate() {
                    let r = if n == 0 { d.run_start(alg, curve, &x, &h1) } else { d.run_next() };
                    match r {
                        Ok(r) => {
                            if &r.k != w {
                                out.push(format!("{} {} key {i} candidate {n}: {:x?} != {:x?}", alg.name(), curve.name(), r.k, w));
                            }
                            let op = if n == 0 { Op::Start } else { Op::Next };
                            assert_eq!(r.cycles, sched::latency(alg, curve, op));
                        }
                        Err(e) => out.push(format!("{} {} key {i} candidate {n}: {e}", alg.name(), curve.name())),
                    }
                }
                if i % 3 == 2 {
                    d.zeroize();
                }
            }
            assert_eq!(d.ungated_outputs(), 0, "k_data not gated by k_valid");
            out
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn unhex(s: &str) -> Vec<u8> {
    hex::decode(s).unwrap()
}

/// h1 = bits2octets(H(m)) (RFC 6979 §2.3.4) as limbs: bits2int, then one conditional
/// subtraction of n (bits2int(H) < 2^qlen < 2n).
fn h1_of(alg: Sha2Alg, curve: EcCurve, msg: &[u8]) -> Vec<u64> {
    let h = golden_model::sha2::digest(alg, msg);
    let z = sched::limbs_of(&golden_model::ecdsa::drbg::bits2int(&h, 8 * sched::rlen(curve)));
    let n = order(curve);
    if less(&z, &n) {
        return z;
    }
    let (mut out, mut borrow) = (Vec::new(), 0u128);
    for i in 0..n.len() {
        let d = (z[i] as u128).wrapping_sub(n[i] as u128).wrapping_sub(borrow);
        out.push(d as u64);
        borrow = (d >> 127) & 1;
    }
    out
}

/// RFC 6979 appendix A.2.5 (P-256) and A.2.6 (P-384): the nonce k for the messages
/// "sample" and "test" with SHA-256, SHA-384, SHA-512 is the block's first candidate.
#[test]
fn rfc6979_appendix_a2_known_nonces() {
    let x256 = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
    let x384 = "6b9d3dad2e1b8c1c05b19875b6659f4de23c3b667bf297ba9aa47740787137d896d5724e4c70a825f872c9ea60d2edf5";
    let cases: [(EcCurve, &str, Sha2Alg, &str, &str); 12] = [
        (EcCurve::P256, x256, Sha2Alg::Sha256, "sample", "a6e3c57dd01abe90086538398355dd4c3b17aa873382b0f24d6129493d8aad60"),
        (EcCurve::P256, x256, Sha2Alg::Sha384, "sample", "09f634b188cefd98e7ec88b1aa9852d734d0bc272f7d2a47decc6ebeb375aad4"),
        (EcCurve::P256, x256, Sha2Alg::Sha512, "sample", "5fa81c63109badb88c1f367b47da606da28cad69aa22c4fe6ad7df73a7173aa5"),
        (EcCurve::P256, x256, Sha2Alg::Sha256, "test", "d16b6ae827f17175e040871a1c7ec3500192c4c92677336ec2537acaee0008e0"),
        (EcCurve::P256, x256, Sha2Alg::Sha384, "test", "16aeffa357260b04b1dd199693960740066c1a8f3e8edd79070aa914d361b3b8"),
        (EcCurve::P256, x256, Sha2Alg::Sha512, "test", "6915d11632aca3c40d5d51c08daf9c555933819548784480e93499000d9f0b7f"),
        (EcCurve::P384, x384, Sha2Alg::Sha256, "sample", "180ae9f9aec5438a44bc159a1fcb277c7be54fa20e7cf404b490650a8acc414e375572342863c899f9f2edf9747a9b60"),
        (EcCurve::P384, x384, Sha2Alg::Sha384, "sample", "94ed910d1a099dad3254e9242ae85abde4ba15168eaf0ca87a555fd56d10fbca2907e3e83ba95368623b8c4686915cf9"),
        (EcCurve::P384, x384, Sha2Alg::Sha512, "sample", "92fc3c7183a883e24216d1141f1a8976c5b0dd797dfa597e3d7b32198bd35331a4e966532593a52980d0e3aaa5e10ec3"),
        (EcCurve::P384, x384, Sha2Alg::Sha256, "test", "0cfac37587532347dc3389fdc98286bba8c73807285b184c83e62e26c401c0faa48dd070ba79921a3457abff2d630ad7"),
        (EcCurve::P384, x384, Sha2Alg::Sha384, "test", "015ee46a5bf88773ed9123a5ab0807962d193719503c527b031b4c2d225092ada71f4a459bc0da98adb95837db8312ea"),
        (EcCurve::P384, x384, Sha2Alg::Sha512, "test", "3780c4f67cb15518b6acae34c9f83568d2e12e47deab6c50a4e4ee5319d1e8ce0e2cc8a136036dc4b9c00e6888f66b6c"),
    ];
    let mut d = DrbgRtl::new(7);
    for (curve, x, alg, msg, k) in cases {
        let x = sched::limbs_of(&unhex(x));
        let h1 = h1_of(alg, curve, msg.as_bytes());
        let r = d.run_start(alg, curve, &x, &h1).unwrap_or_else(|e| panic!("{} {} {msg}: {e}", alg.name(), curve.name()));
        assert_eq!(hex::encode(int2octets(&r.k)), k, "{} {} \"{msg}\"", alg.name(), curve.name());
    }
}

/// A command (next, or a new start) 0, 1, 2 or 3 cycles after `done`: right.
#[test]
fn commands_0_to_3_cycles_after_done() {
    pairs().par_iter().for_each(|&(alg, curve)| {
        let mut rng = ChaCha8Rng::seed_from_u64(40 + alg as u64 + curve as u64);
        let mut d = DrbgRtl::new(rng.gen());
        for gap in 0..4 {
            let (x, h1) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
            let want = golden_candidates(alg, curve, &x, &h1, 2);
            let r = d.run_start(alg, curve, &x, &h1).unwrap();
            assert_eq!(r.k, want[0]);
            assert!(d.done() && d.k_valid(), "done and k_valid in the done cycle");
            for _ in 0..gap {
                d.step();
            }
            let r = d.run_next().unwrap_or_else(|e| panic!("{} {} next at gap {gap}: {e}", alg.name(), curve.name()));
            assert_eq!(r.k, want[1], "next at gap {gap}");
            for _ in 0..gap {
                d.step();
            }
            // A new start at the same gap; the operands are written during the gap (idle).
            let (x2, h2) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
            let r = d.run_start(alg, curve, &x2, &h2).unwrap_or_else(|e| panic!("start after done, gap {gap}: {e}"));
            assert_eq!(r.k, golden_candidates(alg, curve, &x2, &h2, 1)[0]);
            assert_eq!(r.cycles, sched::latency(alg, curve, Op::Start));
        }
    });
}

/// Drives a command cycle by cycle after loading x, h1; at cycle `at` after the pulse
/// runs `act` and returns true, or returns false if `done` came first.
fn strike(d: &mut DrbgRtl, alg: Sha2Alg, curve: EcCurve, op: Op, at: u64, act: &mut dyn FnMut(&mut DrbgRtl)) -> bool {
    match op {
        Op::Start => d.start_raw(sched::alg_code(alg).unwrap(), curve as u8),
        Op::Next => d.next_raw(),
    }
    for cycle in 1..10_000u64 {
        if cycle == at {
            act(d);
            return true;
        }
        if d.done() {
            return false;
        }
        d.step();
    }
    panic!("the block hung");
}

/// zeroize and reset in every cycle of a command (every cycle of a start and of a next
/// for HMAC-SHA-256/P-256, where zeroize and reset alternate for next; every 7th cycle
/// for the other pairs) leave every register of the block and of its SHA-2 engine zero
/// one cycle later (x, h1, K, V, T, counters, flags, the engine's key and state); the
/// block is idle, error-free, shows no candidate, refuses `next` (error 4) and works.
#[test]
fn zeroize_and_reset_wipe_every_register_in_one_cycle_in_every_phase() {
    let mut jobs: Vec<(Sha2Alg, EcCurve, Op, u64)> = Vec::new();
    for (alg, curve) in pairs() {
        let full = alg == Sha2Alg::Sha256 && curve == EcCurve::P256;
        for op in [Op::Start, Op::Next] {
            let stride = if full { 1 } else { 7 };
            jobs.push((alg, curve, op, stride));
        }
    }
    let failures: Vec<String> = jobs
        .par_iter()
        .flat_map_iter(|&(alg, curve, op, stride)| {
            let mut out = Vec::new();
            let mut rng = ChaCha8Rng::seed_from_u64(stride * 7 + alg as u64);
            let (x, h1) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
            let want = golden_candidates(alg, curve, &x, &h1, 2);
            let mut d = DrbgRtl::new(3);
            let total = sched::latency(alg, curve, op);
            let mut at = 1;
            let mut seen = std::collections::BTreeSet::new();
            let (fsm, step) = (d.probes().fsm, d.probes().step);
            while at <= total {
                let kinds: &[bool] = if op == Op::Next && stride == 1 { if at % 2 == 0 { &[false] } else { &[true] } } else { &[false, true] };
                for &reset in kinds {
                    d.load(&x, &h1);
                    if op == Op::Next {
                        d.run_start(alg, curve, &x, &h1).unwrap();
                    }
                    let struck = strike(&mut d, alg, curve, op, at, &mut |d| {
                        let (f, st) = (d.model().peek(fsm), d.model().peek(step));
                        seen.insert(format!("{}/{}", cosim::drbg::step_name(st).unwrap_or("?"), if f == rtl::drbg::state::LAUNCH { "launch" } else { "run" }));
                        if reset { d.reset() } else { d.zeroize() }
                    });
                    if !struck {
                        out.push(format!("{} {} {op:?}: done before cycle {at}", alg.name(), curve.name()));
                        continue;
                    }
                    let left = d.left_after_wipe(false);
                    let what = if reset { "reset" } else { "zeroize" };
                    if !left.is_empty() {
                        out.push(format!("{} {} {op:?} {what} at cycle {at}: not wiped: {left:?}", alg.name(), curve.name()));
                    }
                    let kd = d.ports().k_data;
                    if d.busy() || d.error().is_some() || d.fatal() || d.k_valid() || d.model().get(kd) != 0 {
                        out.push(format!("{} {} {op:?} {what} at cycle {at}: status not clear", alg.name(), curve.name()));
                    }
                }
                at += stride;
            }
            if stride == 1 {
                let all: &[&str] = match op {
                    Op::Start => &["d/launch", "d/run", "e/launch", "e/run", "f/run", "g/run", "h/run"],
                    Op::Next => &["h.3 K/launch", "h.3 K/run", "h.3 V/launch", "h.3 V/run", "h/launch", "h/run"],
                };
                for s in all {
                    assert!(seen.contains(*s), "{op:?}: never struck in {s}: {seen:?}");
                }
            }
            d.next_raw();
            assert_eq!(d.error(), Some(4), "next after a wipe: no DRBG state");
            let r = d.run_start(alg, curve, &x, &h1).unwrap();
            assert_eq!(r.k, want[0]);
            assert_eq!(d.run_next().unwrap().k, want[1]);
            out
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs a start to `done` cycle by cycle, doing `act(cycle)` before each clock.
fn start_with(d: &mut DrbgRtl, alg: Sha2Alg, curve: EcCurve, act: &mut dyn FnMut(&mut DrbgRtl, u64)) -> Vec<u64> {
    d.start_raw(sched::alg_code(alg).unwrap(), curve as u8);
    for cycle in 1..10_000u64 {
        if d.done() {
            return d.read_k(limbs(curve));
        }
        act(d, cycle);
    }
    panic!("the block hung");
}

/// Bad commands: alg 3 (error 1), next before any candidate and after zeroize
/// (error 4), start / next while busy (error 2, the running command completes right),
/// operand writes while busy (error 3, ignored, even while x is being hashed) and to
/// unused addresses (error 5, ignored); `k_clear` wipes T and drops `k_valid` but keeps
/// K, V for `next`; an accepted command clears the error.
#[test]
fn bad_inputs_are_refused_and_change_nothing() {
    let (alg, curve) = (Sha2Alg::Sha384, EcCurve::P384);
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let (x, h1) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
    let want = golden_candidates(alg, curve, &x, &h1, 3);
    let mut d = DrbgRtl::new(5);
    d.next_raw();
    assert_eq!(d.error(), Some(4));
    assert!(!d.busy());
    d.load(&x, &h1);
    let before = d.operands();
    d.start_raw(3, 1);
    assert_eq!(d.error(), Some(1));
    assert!(!d.busy());
    // Unused operand addresses: error 5, nothing written.
    for a in [6u8, 7, 14, 15] {
        d.write(a, 0xdead_beef_0bad_f00d);
        assert_eq!(d.error(), Some(5), "address {a}");
    }
    assert_eq!(d.operands(), before);
    let left: Vec<_> = d.left_after_wipe(false).into_iter().filter(|(n, _)| !n.starts_with("x_reg") && !n.starts_with("h1_reg")).collect();
    let mut names: Vec<_> = left.iter().map(|(n, _)| *n).collect();
    names.sort();
    assert_eq!(names, ["code", "err"], "a refused command changes nothing");
    // Start / next / writes while busy at several cycles: refused, the candidate right.
    let total = sched::latency(alg, curve, Op::Start);
    for at in [1u64, 2, 3, 50, 200, total / 2, total - 2, total - 1] {
        for what in 0..3 {
            d.load(&x, &h1);
            let (start, next, we, addr, data) = (d.ports().start, d.ports().next_k, d.ports().in_we, d.ports().in_addr, d.ports().in_data);
            let mut seen = None;
            let k = start_with(&mut d, alg, curve, &mut |d, c| {
                if c == at {
                    let m = d.model();
                    match what {
                        0 => m.set_bool(start, true),
                        1 => m.set_bool(next, true),
                        _ => {
                            m.set_bool(we, true);
                            m.set(addr, 0);
                            m.set(data, 0x1234);
                        }
                    }
                    m.eval();
                    d.model().tick();
                    for p in [start, next, we] {
                        d.model().set_bool(p, false);
                    }
                    d.model().eval();
                    seen = d.error();
                } else {
                    d.step();
                }
            });
            let code = if what == 2 { 3 } else { 2 };
            assert_eq!(seen, Some(code), "command {what} at cycle {at}");
            assert_eq!(k, want[0], "command {what} at cycle {at}: the running candidate changed");
        }
    }
    // Next while busy on a next; then k_clear keeps the DRBG state.
    d.zeroize();
    d.forget();
    let r = d.run_start(alg, curve, &x, &h1).unwrap();
    assert_eq!(r.k, want[0]);
    d.k_clear();
    assert!(!d.k_valid());
    assert_eq!(d.read_k(6), vec![0; 6]);
    let t = d.probes().t_reg;
    assert!(t.iter().all(|&p| d.model().peek(p) == 0), "k_clear wipes T");
    assert!(d.k_v().1.iter().any(|&v| v != 0), "K, V kept for next");
    assert_eq!(d.run_next().unwrap().k, want[1]);
    let next = d.ports().next_k;
    d.next_raw();
    for c in 1..5 {
        if c == 3 {
            d.model().set_bool(next, true);
        }
        d.step();
        d.model().set_bool(next, false);
    }
    assert_eq!(d.error(), Some(2), "next while busy");
    while !d.done() {
        d.step();
    }
    assert_eq!(d.read_k(6), want[2]);
    // An accepted command clears the error; zeroize drops the DRBG state.
    d.zeroize();
    d.next_raw();
    assert_eq!(d.error(), Some(4), "next after zeroize");
    d.forget();
    assert_eq!(d.run_start(alg, curve, &x, &h1).unwrap().k, want[0]);
    assert_eq!(d.error(), None);
    assert_eq!(d.ungated_outputs(), 0);
}

/// The control registers of the campaign: (name, probe, width): this block's FSM, step,
/// algorithm and complement, MUBI flags, redundant counters, and the engine's FSM and
/// round counter.
fn control_probes() -> Vec<(&'static str, ProbeId, usize)> {
    let d = DrbgRtl::new(0);
    let r = *d.probes();
    vec![
        ("fsm", r.fsm, 6),
        ("step", r.step, 7),
        ("alg_r", r.alg_r, 2),
        ("alg_n", r.alg_n, 2),
        ("crv", r.crv, 3),
        ("have", r.have, 3),
        ("kval", r.kval, 3),
        ("cnt", r.cnt, 5),
        ("cnt_b", r.cnt_b, 5),
        ("ocnt", r.ocnt, 4),
        ("ocnt_b", r.ocnt_b, 4),
        ("done_r", r.done_r, 1),
        ("eng$fsm", r.eng_fsm, 6),
        ("eng$t", r.eng_t, 7),
        ("eng$hm", r.eng_hm, 3),
    ]
}

/// Every bit of every control register flipped at random cycles (6 per bit, 60 with
/// `DRBG_CAMPAIGN=full`) of a random start or next, and once while the DRBG state is
/// held between a candidate and `next`: the candidate is always right, or `fatal` rises
/// with every register wiped (this block's in the same edge, the engine's one edge
/// later) — never a wrong candidate, never a hang. After a fatal, start and next are
/// refused (error 6) until reset.
#[test]
fn fault_campaign_every_control_bit_same_result_or_fatal_and_wiped() {
    let phases = if std::env::var("DRBG_CAMPAIGN").is_ok_and(|v| v == "full") { 60 } else { 6 };
    let results: Vec<(usize, usize, Vec<String>)> = control_probes()
        .par_iter()
        .map(|&(name, id, width)| {
            let mut rng = ChaCha8Rng::seed_from_u64(width as u64 * 131 + name.len() as u64);
            let mut d = DrbgRtl::new(rng.gen());
            let (mut same, mut fatal, mut bad) = (0, 0, Vec::new());
            for bit in 0..width {
                for ph in 0..=phases {
                    let (alg, curve) = pairs()[rng.gen_range(0..6)];
                    let (x, h1) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
                    let want = golden_candidates(alg, curve, &x, &h1, 2);
                    // Phase `phases`: flip while idle with the state held, then next.
                    let held = ph == phases;
                    let in_next = held || rng.gen_bool(0.3);
                    let op = if in_next { Op::Next } else { Op::Start };
                    let at = rng.gen_range(1..sched::latency(alg, curve, op));
                    let res = if in_next {
                        d.run_start(alg, curve, &x, &h1).and_then(|_| {
                            if held {
                                d.model().flip(id, 0, bit);
                                d.step();
                            } else {
                                d.inject(Fault { cycle: at, probe: id, bit });
                            }
                            if d.fatal() {
                                return Err(DrbgError::Engine(EngineError::Fatal { block: "rfc6979_drbg" }));
                            }
                            d.run_next()
                        })
                    } else {
                        d.inject(Fault { cycle: at, probe: id, bit });
                        d.run_start(alg, curve, &x, &h1)
                    };
                    let wk = &want[in_next as usize];
                    match res {
                        Ok(r) if &r.k == wk => same += 1,
                        Ok(_) => bad.push(format!("{name}[{bit}] at {at} ({op:?}): wrong candidate released")),
                        Err(DrbgError::Engine(EngineError::Fatal { .. })) => {
                            // This block wiped in the fault's edge; the engine one edge later.
                            d.step();
                            let left = d.left_after_wipe(true);
                            if !left.is_empty() {
                                bad.push(format!("{name}[{bit}] at {at} ({op:?}): fatal but not wiped: {left:?}"));
                            }
                            d.start_raw(0, 0);
                            let refused = d.error() == Some(6) && !d.busy();
                            d.next_raw();
                            if !refused || d.error() != Some(6) || d.busy() || d.k_valid() {
                                bad.push(format!("{name}[{bit}]: command after fatal not refused"));
                            }
                            fatal += 1;
                            d.reset();
                        }
                        Err(e) => {
                            bad.push(format!("{name}[{bit}] at {at} ({op:?}): {e}"));
                            d.reset();
                        }
                    }
                    d.forget();
                }
            }
            (same, fatal, bad)
        })
        .collect();
    let (same, fatal) = results.iter().fold((0, 0), |(s, f), r| (s + r.0, f + r.1));
    let bad: Vec<String> = results.into_iter().flat_map(|r| r.2).collect();
    println!("fault campaign: {same} same result, {fatal} fatal and wiped, {} bad", bad.len());
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The checker can fail: a bit of V flipped after step d's result is in place is
/// reported at step d's end cycle (checkpoint V, word 0, the flipped bit as the xor),
/// with a VCD; a bit of K flipped while step e runs (after the engine fetched K) is
/// reported as K after step e; a flipped T limb is caught at `done`.
#[test]
fn an_injected_fault_in_v_is_named_at_its_step_and_cycle() {
    let (alg, curve) = (Sha2Alg::Sha256, EcCurve::P256);
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let (x, h1) = (below(curve, 1, &mut rng), below(curve, 0, &mut rng));
    let steps = sched::steps(alg, curve, Op::Start);
    let r = *DrbgRtl::new(0).probes();
    let d_end = steps[1].end;
    let err = check(alg, curve, &x, &h1, 1, Some((0, Fault { cycle: d_end, probe: r.v_reg[0], bit: 3 })), "drbg_fault_v").unwrap_err();
    let DrbgError::Mismatch(m) = err else { panic!("expected a mismatch, got {err}") };
    println!("{m}");
    assert_eq!((m.step, m.mismatch.checkpoint, m.mismatch.index, m.mismatch.cycle), (Some("d"), "V", Some(0), d_end));
    assert_eq!(m.mismatch.expected.unwrap() ^ m.mismatch.observed.unwrap(), 1 << 3);
    assert!(m.mismatch.vcd.as_ref().is_some_and(|p| p.exists()), "VCD written");
    // In a next: V flipped at the end of h.3's K update.
    let sn = sched::steps(alg, curve, Op::Next);
    let err = check(alg, curve, &x, &h1, 2, Some((1, Fault { cycle: sn[1].end, probe: r.v_reg[2], bit: 60 })), "drbg_fault_v_next").unwrap_err();
    let DrbgError::Mismatch(m) = err else { panic!() };
    assert_eq!((m.step, m.mismatch.checkpoint, m.mismatch.index, m.mismatch.cycle), (Some("h.3 K"), "V", Some(2), sn[1].end));
    // K flipped in the middle of step e.
    let mid_e = steps[1].end + 100;
    let err = check(alg, curve, &x, &h1, 1, Some((0, Fault { cycle: mid_e, probe: r.k_reg[1], bit: 0 })), "drbg_fault_k").unwrap_err();
    let DrbgError::Mismatch(m) = err else { panic!() };
    assert_eq!((m.step, m.mismatch.checkpoint, m.mismatch.cycle), (Some("e"), "K", steps[2].end));
    // T flipped on the done cycle's eve.
    let last = steps.last().unwrap().end;
    let err = check(alg, curve, &x, &h1, 1, Some((0, Fault { cycle: last, probe: r.t_reg[3], bit: 7 })), "drbg_fault_t").unwrap_err();
    let DrbgError::Mismatch(m) = err else { panic!() };
    assert_eq!((m.mismatch.checkpoint, m.mismatch.cycle), ("T", last));
}

/// x and h1 are wiped when step f has used them (checked on every run by the `x`
/// checkpoint) and are never on a port; the driver's restated codes are the RTL's.
#[test]
fn driver_codes_are_the_rtl_codes() {
    assert_eq!(cosim::drbg::STATE_CODES, rtl::drbg::state::ALL);
    assert_eq!(cosim::drbg::STEP_CODES, rtl::drbg::step::ALL);
    let v = std::fs::read_to_string(rtl::emit::verilog_path("rfc6979_drbg")).unwrap();
    let head = v.lines().find(|l| l.starts_with("module rfc6979_drbg(")).unwrap();
    assert_eq!(head, "module rfc6979_drbg(clock,reset,zeroize,start,next_k,alg,curve,in_we,in_addr,in_data,k_addr,k_data,k_valid,k_clear,busy,done,error,err_code,fatal);");
}
