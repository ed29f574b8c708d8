//! The ML-KEM codec unit in RTL (`mlkem_codec`) against the golden model
//! (`golden_model::mlkem::encode`) and its threat contract (GUIDE §6): random
//! polynomials for every d in both directions (bytes and coefficients, every transfer of
//! the four memory lanes and the buffer on its stated cycle, garbage on the read ports
//! whenever no data are due), Compress_d and Decompress_d exhaustively in every lane, the
//! ByteDecode_12 modulus check (`range_err`, v − q
//! written), exact latency, back-to-back starts, zeroize and reset in every cycle, error
//! codes, a fault named at the right cycle, and a fault campaign over every control
//! register bit (outcome "same result" or "fatal, wiped").

use cosim::codec::{
    check, decode_cycles, decode_quad_cycle, encode_cycles, encode_quad_cycle, encode_word_cycle, raw_values, score, CodecError,
    CodecRtl, Env, Fault, Golden, Op, BLOCK, D_LEGAL, ERR_BAD_D, ERR_BUSY, ERR_FATAL, LANES, Q, WIPE_CYCLES,
};
use cosim::model::Model;
use engine::EngineError;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

/// Every register of the block is zero (a wiped codec is all-zero, idle included).
fn all_zero(m: &Model) -> Vec<(&'static str, usize)> {
    m.nonzero_probes(&|_| false)
}

fn random_poly(rng: &mut impl Rng) -> [u16; 256] {
    std::array::from_fn(|_| rng.gen_range(0..Q))
}

fn random_bytes(d: u32, rng: &mut impl Rng) -> Vec<u8> {
    (0..32 * d).map(|_| rng.gen()).collect()
}

/// A random legal operation and its input.
fn random_case(rng: &mut impl Rng) -> (Op, Env) {
    let d = *D_LEGAL.choose(rng).unwrap();
    if rng.gen() {
        (Op::decode(d), Env::with_bytes(&random_bytes(d, rng), rng))
    } else {
        let f = random_poly(rng);
        (Op::encode(d), Env::with_poly(&f, rng))
    }
}

/// ⌈a / b⌋ with exact rationals (round half up): ⌊(2a + b) / 2b⌋.
fn round_div(a: u64, b: u64) -> u64 {
    (2 * a + b) / (2 * b)
}

#[test]
fn random_polynomials_match_the_golden_model_for_every_d_in_both_directions() {
    let cases: Vec<(u32, bool, u64)> =
        D_LEGAL.iter().flat_map(|&d| [false, true].into_iter().flat_map(move |dec| (0..8u64).map(move |n| (d, dec, n)))).collect();
    let n = cases.len();
    cases.into_par_iter().for_each(|(d, dec, n)| {
        let mut rng = ChaCha8Rng::seed_from_u64(1000 + 100 * d as u64 + 10 * dec as u64 + n);
        let (op, env) = if dec {
            (Op::decode(d), Env::with_bytes(&random_bytes(d, &mut rng), &mut rng))
        } else {
            (Op::encode(d), Env::with_poly(&random_poly(&mut rng), &mut rng))
        };
        let golden = Golden::new(op, &env);
        let (run, after) = check(op, &env, n, None, &format!("codec_random_{d}_{dec}_{n}")).unwrap_or_else(|e| panic!("{op:?} case {n}: {e}"));
        assert_eq!(run.cycles, op.cycles());
        if dec {
            assert_eq!(after.pm, golden.poly, "coefficients");
            assert_eq!(after.buf, env.buf, "a decode leaves the buffer alone");
        } else {
            assert_eq!(after.bytes(op.words()), golden.bytes, "bytes");
            assert_eq!(after.buf[op.words()..], env.buf[op.words()..], "no word beyond 4d written");
            assert_eq!(after.pm, env.pm, "an encode leaves the memory alone");
        }
    });
    println!("{n} random polynomials (d = {D_LEGAL:?}, encode and decode) = golden, every transfer on its cycle");
}

/// `values` (256 of them) laid out so that value 4q + k lands in lane (k + r) mod 4 of a
/// shuffled quadruple: over r = 0..3 every value passes through every lane.
fn in_lane_rotation(values: &[u16; 256], r: usize, rng: &mut impl Rng) -> [u16; 256] {
    let mut quads: Vec<usize> = (0..64).collect();
    quads.shuffle(rng);
    let mut f = [0u16; 256];
    for (q, &to) in quads.iter().enumerate() {
        for k in 0..LANES {
            f[4 * to + (k + r) % LANES] = values[4 * q + k];
        }
    }
    f
}

/// Compress_d for every 12-bit x (every x < q and the non-canonical rest) in every one of
/// the four lanes and every d < 12, and ByteEncode_12 for every x < q in every lane: 16
/// polynomials per d and lane rotation holding 0..4095, checked against the golden model
/// and against Eq. 4.7 with exact rationals.
#[test]
fn compress_is_exact_for_every_x_and_every_d() {
    let jobs: Vec<(u32, usize, usize)> =
        D_LEGAL.iter().flat_map(|&d| (0..16).flat_map(move |j| (0..LANES).map(move |r| (d, j, r)))).collect();
    let n = jobs.len();
    jobs.into_par_iter().for_each(|(d, j, r)| {
        let mut rng = ChaCha8Rng::seed_from_u64(2000 + 4 * j as u64 + r as u64);
        let mut f: [u16; 256] = std::array::from_fn(|i| (256 * j + i) as u16);
        if d == 12 {
            // ByteEncode_12 takes canonical coefficients.
            f = std::array::from_fn(|i| ((256 * j + i) % Q as usize) as u16);
        }
        let f = in_lane_rotation(&f, r, &mut rng);
        let op = Op::encode(d);
        let (_, after) = check(op, &Env::with_poly(&f, &mut rng), j as u64, None, &format!("codec_compress_{d}_{j}_{r}"))
            .unwrap_or_else(|e| panic!("d = {d}, block {j}, rotation {r}: {e}"));
        let got = raw_values(d, &after.bytes(op.words()));
        for i in 0..256 {
            let x = f[i] as u64;
            let want = if d == 12 { x } else { round_div(x << d, Q as u64) % (1 << d) };
            assert_eq!(got[i] as u64, want, "Compress_{d}({x}) in lane {}", i % LANES);
        }
    });
    println!("{n} encodes: Compress_d exact for every x < 4096 in every lane, d = 1, 4, 5, 10, 11; ByteEncode_12 for every x < q");
}

/// Decompress_d for every y < 2^d (d < 12) and ByteDecode_12 for every 12-bit v, each in
/// every one of the four lanes (v mod q written, `range_err` exactly when a value ≥ q was
/// decoded).
#[test]
fn decompress_is_exact_for_every_y_and_bytedecode12_for_every_12_bit_value() {
    let jobs: Vec<(u32, usize, usize)> = D_LEGAL
        .iter()
        .flat_map(|&d| (0..((1usize << d) / 256).max(1)).flat_map(move |j| (0..LANES).map(move |r| (d, j, r))))
        .collect();
    let n = jobs.len();
    jobs.into_par_iter().for_each(|(d, j, r)| {
        let mut rng = ChaCha8Rng::seed_from_u64(3000 + 4 * j as u64 + r as u64);
        // For d < 8 the values 0 .. 2^d − 1 repeat; 4q + k → lane k + r keeps every y in every lane.
        let y: [u16; 256] = std::array::from_fn(|i| ((256 * j + i / LANES + 64 * (i % LANES)) % (1 << d)) as u16);
        let y = in_lane_rotation(&y, r, &mut rng);
        let mut b = Vec::new();
        // ByteEncode_d packs any d-bit values (for d = 12 also those ≥ q: the raw string).
        for i in 0..256 * d as usize {
            if i % 8 == 0 {
                b.push(0u8);
            }
            let bit = (y[i / d as usize] >> (i % d as usize)) & 1;
            *b.last_mut().unwrap() |= (bit as u8) << (i % 8);
        }
        assert_eq!(raw_values(d, &b), y);
        let (run, after) = check(Op::decode(d), &Env::with_bytes(&b, &mut rng), j as u64, None, &format!("codec_decompress_{d}_{j}_{r}"))
            .unwrap_or_else(|e| panic!("d = {d}, block {j}, rotation {r}: {e}"));
        for i in 0..256 {
            let v = y[i] as u64;
            let want = if d == 12 { v % Q as u64 } else { round_div(Q as u64 * v, 1 << d) };
            assert_eq!(after.pm[i] as u64, want, "d = {d}: y = {v} in lane {}", i % LANES);
        }
        assert_eq!(run.range_err, d == 12 && y.iter().any(|&v| v >= Q), "d = {d} block {j}");
    });
    println!("{n} decodes: Decompress_d exact for every y < 2^d in every lane, ByteDecode_12 for every v < 4096");
}

/// The §7.2 modulus check: one value ≥ q anywhere (any of the four lanes) raises `range_err` at
/// `done`, and the value written is v − q; it stays high until the next accepted start
/// (a refused start leaves it), zeroize or reset; a clean decode, any d < 12 decode and
/// any encode leave it low; it is low while busy.
#[test]
fn range_err_flags_values_at_least_q_and_holds_until_the_next_accepted_start() {
    let mut rng = ChaCha8Rng::seed_from_u64(4000);
    let mut s = CodecRtl::new();
    let canonical = |rng: &mut ChaCha8Rng| -> Vec<u8> {
        let f = random_poly(rng);
        let mut b = Vec::new();
        golden_model::mlkem::encode::byte_encode(12, &f, &mut b);
        b
    };
    let with_value = |b: &[u8], i: usize, v: u16| -> Vec<u8> {
        let mut y = raw_values(12, b);
        y[i] = v;
        let mut out = Vec::new();
        for pair in y.chunks(2) {
            let t = pair[0] as u32 | (pair[1] as u32) << 12;
            out.extend_from_slice(&t.to_le_bytes()[..3]);
        }
        out
    };
    for (n, &(i, v)) in [(0usize, 3329u16), (1, 4095), (255, 3329), (254, 3500), (128, 4000), (77, 3329)].iter().enumerate() {
        let b = with_value(&canonical(&mut rng), i, v);
        let mut env = Env::with_bytes(&b, &mut rng);
        let golden = Golden::new(Op::decode(12), &env);
        assert!(golden.range_err);
        let run = s.run(Op::decode(12), &mut env, &mut rng).unwrap();
        score(&golden, &run, &env).unwrap();
        assert_eq!(env.pm[i], v - Q, "v − q written");
        assert!(run.range_err && s.range_err());
        // Held over idle cycles and a refused start (bad d), cleared by the next accepted one.
        for _ in 0..3 {
            s.idle(&mut env, &mut rng);
        }
        assert!(s.range_err());
        match s.run(Op::decode(7), &mut env, &mut rng) {
            Err(CodecError::Engine(EngineError::Hardware { code, .. })) => assert_eq!(code, ERR_BAD_D),
            other => panic!("{other:?}"),
        }
        assert!(s.range_err(), "a refused start leaves range_err");
        match n % 3 {
            0 => {
                let (op, mut e) = random_case(&mut rng);
                let op = if op.decode && op.d == 12 { Op::encode(12) } else { op };
                let g = Golden::new(op, &e);
                let r = s.run(op, &mut e, &mut rng).unwrap();
                score(&g, &r, &e).unwrap();
                assert!(!r.range_err && !s.range_err(), "cleared by the next accepted start ({op:?})");
            }
            1 => {
                s.zeroize();
                assert!(!s.range_err() && all_zero(s.model_ref()).is_empty());
            }
            _ => {
                s.reset();
                assert!(!s.range_err() && all_zero(s.model_ref()).is_empty());
            }
        }
    }
    assert_eq!(s.ungated_outputs(), 0, "range_err never high while busy");
    // All-ones strings: values 4095 for d = 12 only; d < 12 never raises it.
    for d in D_LEGAL {
        let mut env = Env::with_bytes(&vec![0xff; 32 * d as usize], &mut rng);
        let g = Golden::new(Op::decode(d), &env);
        let r = s.run(Op::decode(d), &mut env, &mut rng).unwrap();
        score(&g, &r, &env).unwrap();
        assert_eq!(r.range_err, d == 12);
    }
}

/// The latency is the stated formula (67 cycles from start to done for every d and both
/// directions: 64 quadruples + 3 of pipeline), the same as `rtl::mlkem::codec`'s, whatever
/// the data; every transfer's cycle agrees with the RTL crate's functions.
#[test]
fn latency_is_exact_for_every_d_and_both_directions() {
    let mut rng = ChaCha8Rng::seed_from_u64(5000);
    let mut table = Vec::new();
    for d in D_LEGAL {
        assert_eq!(encode_cycles(d), rtl::mlkem::codec::encode_cycles(d));
        assert_eq!(decode_cycles(d), rtl::mlkem::codec::decode_cycles(d));
        assert_eq!((encode_cycles(d), decode_cycles(d)), (67, 67));
        for w in 0..4 * d {
            assert_eq!(encode_word_cycle(d, w), rtl::mlkem::codec::encode_word_cycle(d, w));
        }
        for p in 0..64 {
            assert_eq!(encode_quad_cycle(p), rtl::mlkem::codec::encode_quad_cycle(p));
            assert_eq!(decode_quad_cycle(p), rtl::mlkem::codec::decode_quad_cycle(p));
        }
        assert_eq!(LANES, rtl::mlkem::codec::LANES);
        for (op, envs) in [
            (Op::encode(d), vec![Env::with_poly(&[0; 256], &mut rng), Env::with_poly(&[Q - 1; 256], &mut rng), Env::with_poly(&random_poly(&mut rng), &mut rng)]),
            (Op::decode(d), vec![Env::with_bytes(&vec![0; 32 * d as usize], &mut rng), Env::with_bytes(&vec![0xff; 32 * d as usize], &mut rng), Env::with_bytes(&random_bytes(d, &mut rng), &mut rng)]),
        ] {
            for (k, env) in envs.iter().enumerate() {
                let (run, _) = check(op, env, k as u64, None, "codec_latency").unwrap();
                assert_eq!(run.cycles, op.cycles(), "{op:?}");
                assert_eq!(run.pm_writes.len() + run.buf_writes.len(), if op.decode { 256 } else { 4 * d as usize });
                assert_eq!(run.pm_reads.len(), if op.decode { 0 } else { 256 }, "{op:?}: 64 reads of 4 lanes");
                assert_eq!(run.buf_reads.len(), if op.decode { 4 * d as usize } else { 0 });
            }
        }
        table.push((d, encode_cycles(d), decode_cycles(d)));
    }
    println!("latency (d, encode, decode) in cycles from start to done: {table:?}");
}

/// A second operation started 0, 1, 2 or 3 cycles after `done` (0 = in the `done` cycle
/// itself, 1 = the cycle after it) is right, and so is the first, for random pairs of
/// directions and widths.
#[test]
fn back_to_back_starts_at_every_gap_after_done() {
    let mut rng = ChaCha8Rng::seed_from_u64(6000);
    let mut s = CodecRtl::new();
    let mut pairs = 0;
    for gap in 0..4 {
        for _ in 0..12 {
            let (a, mut ea) = random_case(&mut rng);
            let ga = Golden::new(a, &ea);
            let ra = s.run(a, &mut ea, &mut rng).unwrap();
            score(&ga, &ra, &ea).unwrap();
            assert!(s.done(), "the model stands in the done cycle");
            let (b, mut eb) = random_case(&mut rng);
            for _ in 0..gap {
                s.idle(&mut eb, &mut rng);
            }
            let gb = Golden::new(b, &eb);
            let rb = s.run(b, &mut eb, &mut rng).unwrap();
            score(&gb, &rb, &eb).unwrap_or_else(|m| panic!("{a:?} then {b:?} at gap {gap}: {m}"));
            pairs += 1;
        }
    }
    assert_eq!(s.ungated_outputs(), 0);
    println!("{pairs} back-to-back pairs at gaps 0..3 after done");
}

/// `zeroize` and `reset` in every cycle of an operation (start + 1 .. the done cycle)
/// leave every register zero `WIPE_CYCLES` = 1 cycle later, the block idle, without
/// error, and usable.
#[test]
fn zeroize_and_reset_wipe_every_register_in_one_cycle_in_every_phase() {
    let ops = [Op::encode(11), Op::encode(1), Op::decode(12), Op::decode(5), Op::decode(10), Op::encode(12)];
    let struck: usize = ops
        .into_par_iter()
        .map(|op| {
            let mut rng = ChaCha8Rng::seed_from_u64(7000 + op.d as u64);
            let mut s = CodecRtl::new();
            let mut count = 0;
            for at in 1..=op.cycles() {
                for reset in [false, true] {
                    let mut env = if op.decode { Env::with_bytes(&random_bytes(op.d, &mut rng), &mut rng) } else { Env::with_poly(&random_poly(&mut rng), &mut rng) };
                    let mut left = None;
                    let out = s.run_with(op, &mut env, &mut rng, &mut |s, c| {
                        if c == at {
                            if reset { s.reset() } else { s.zeroize() }
                            left = Some(all_zero(s.model_ref()));
                        }
                    });
                    let left = left.expect("struck before done");
                    assert!(left.is_empty(), "{op:?} {} at cycle {at}: not wiped after {WIPE_CYCLES} cycle: {left:?}", if reset { "reset" } else { "zeroize" });
                    assert!(matches!(out, Err(CodecError::Aborted { .. })), "{out:?}");
                    assert!(!s.busy() && s.error().is_none() && !s.fatal() && !s.range_err());
                    count += 1;
                }
            }
            let mut env = Env::with_bytes(&random_bytes(op.d, &mut rng), &mut rng);
            let g = Golden::new(Op::decode(op.d), &env);
            let r = s.run(Op::decode(op.d), &mut env, &mut rng).unwrap();
            score(&g, &r, &env).unwrap();
            count
        })
        .sum();
    println!("{struck} wipes (zeroize and reset in every cycle), every register zero 1 cycle later");
}

/// Unknown d is error 1 and starts nothing (only the error status changes); start while
/// busy is error 2, ignored (also with another direction and d), and the operation ends
/// right; an illegal FSM code raises `fatal` at once, wipes every register but the alarm
/// in one cycle, makes starts fail with error 6 until `reset`; usable afterwards.
#[test]
fn bad_d_start_while_busy_and_fatal_get_their_error_codes() {
    let mut rng = ChaCha8Rng::seed_from_u64(8000);
    let mut s = CodecRtl::new();
    for d in [0u32, 2, 3, 6, 7, 8, 9, 13, 14, 15] {
        for dec in [false, true] {
            let mut env = Env::random(&mut rng);
            let before = env.clone();
            match s.run(Op { decode: dec, d }, &mut env, &mut rng) {
                Err(CodecError::Engine(EngineError::Hardware { code, .. })) => assert_eq!(code, ERR_BAD_D, "d = {d}"),
                other => panic!("d = {d}: {other:?}"),
            }
            assert!(!s.busy());
            assert_eq!(env, before, "nothing read or written");
            let left = all_zero(s.model_ref());
            assert!(left.iter().all(|(n, _)| *n == "cmd$err" || *n == "cmd$code"), "only the error status changed: {left:?}");
        }
    }
    for at in [1u64, 2, 3, 33, 65, 66] {
        let (op, mut env) = random_case(&mut rng);
        let g = Golden::new(op, &env);
        let (start, dir, dport) = {
            let m = s.model_ref();
            (m.port("start"), m.port("dir"), m.port("d"))
        };
        let mut seen = None;
        let run = s
            .run_with(op, &mut env, &mut rng, &mut |s, c| {
                // The driver clears start/dir/d after its own start; this one is extra.
                if c == at {
                    s.model().set_bool(start, true);
                    s.model().set_bool(dir, !op.decode);
                    s.model().set(dport, 12);
                }
                if c == at + 1 {
                    seen = s.error();
                }
            })
            .unwrap();
        assert_eq!(seen, Some(ERR_BUSY), "start while busy at {at}");
        assert_eq!(s.error(), Some(ERR_BUSY), "held until the next accepted start");
        score(&g, &run, &env).unwrap_or_else(|m| panic!("{op:?} start while busy at {at}: {m}"));
    }
    // An illegal FSM code in the middle of an operation.
    let fsm = s.probe("cmd$fsm");
    let (op, mut env) = random_case(&mut rng);
    let mut wiped = None;
    let out = s.run_with(op, &mut env, &mut rng, &mut |s, c| {
        if c == 50 {
            s.model().poke(fsm, 0b101010);
            assert!(s.fatal(), "fatal at once");
            let mut e = Env::random(&mut ChaCha8Rng::seed_from_u64(1));
            s.idle(&mut e, &mut ChaCha8Rng::seed_from_u64(2));
            wiped = Some(all_zero(s.model_ref()));
        }
    });
    assert!(matches!(out, Err(CodecError::Engine(EngineError::Fatal { .. }))), "{out:?}");
    assert_eq!(wiped.unwrap(), vec![("cmd$alarm_r", 0)], "everything but the alarm wiped in 1 cycle");
    match s.run(op, &mut env, &mut rng) {
        Err(CodecError::Engine(EngineError::Fatal { .. })) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(s.error(), Some(ERR_FATAL), "refused with error 6");
    assert!(!s.busy());
    s.reset();
    assert!(!s.fatal() && all_zero(s.model_ref()).is_empty());
    let (op, mut env) = random_case(&mut rng);
    let g = Golden::new(op, &env);
    let r = s.run(op, &mut env, &mut rng).unwrap();
    score(&g, &r, &env).unwrap();
}

/// The checker can fail: bit 0 of the packer (encode) or of the unpacker (decode),
/// flipped in the cycle that writes word w or quadruple p, is named as that word / quadruple
/// (checkpoint, index, cycle, expected, observed), with a VCD.
#[test]
fn an_injected_fault_is_named_at_the_right_cycle() {
    let mut rng = ChaCha8Rng::seed_from_u64(9000);
    let probes = CodecRtl::new();
    for d in [1u32, 10, 12] {
        for w in [0u32, 2 * d - 1, 4 * d - 1] {
            let env = Env::with_poly(&random_poly(&mut rng), &mut rng);
            let cycle = encode_word_cycle(d, w);
            let fault = Fault { cycle, probe: probes.probe("pk$acc"), bit: 0 };
            match check(Op::encode(d), &env, 0, Some(fault), &format!("codec_fault_encode_{d}_{w}")) {
                Err(CodecError::Mismatch(m)) => {
                    println!("{m}");
                    assert_eq!((m.block, m.checkpoint, m.checkpoint_index, m.index, m.cycle), (BLOCK, "buf_word", w as usize, Some(1), cycle));
                    assert_eq!(m.expected.unwrap() ^ m.observed.unwrap(), 1);
                    assert!(m.vcd.expect("a VCD").exists());
                }
                other => panic!("encode d = {d}: the fault went unnoticed: {other:?}"),
            }
        }
        for p in [0u32, 31, 63] {
            let env = Env::with_bytes(&random_bytes(d, &mut rng), &mut rng);
            let cycle = decode_quad_cycle(p);
            let fault = Fault { cycle, probe: probes.probe("res$unread"), bit: 0 };
            match check(Op::decode(d), &env, 0, Some(fault), &format!("codec_fault_decode_{d}_{p}")) {
                Err(CodecError::Mismatch(m)) => {
                    println!("{m}");
                    assert_eq!((m.block, m.checkpoint, m.checkpoint_index, m.index, m.cycle), (BLOCK, "pm_quad", p as usize, Some(1), cycle));
                    assert!(m.vcd.expect("a VCD").exists());
                }
                // For d = 12, v and v ^ 1 can agree mod q only if one of them is ≥ q: not here.
                other => panic!("decode d = {d}: the fault went unnoticed: {other:?}"),
            }
        }
    }
}

/// Flips every bit of every control register (FSM, mode, both fill levels, the
/// coefficient and word counters, the data-due and range flags with their copies, and
/// the status registers) at random cycles of random operations: the result is the golden
/// one, or `fatal` rises at once, every register but the alarm is wiped one cycle later,
/// starts are refused (error 6) until `reset`, and the block is usable after it.
#[test]
fn fault_campaign_every_control_register_bit_gives_same_result_or_fatal() {
    let phases = 12;
    let s0 = CodecRtl::new();
    let regs: Vec<(&'static str, _, usize)> =
        s0.model_ref().probe_ids().filter(|(_, p)| p.name != "res$unread" && p.name != "pk$acc").map(|(id, p)| (p.name, id, p.width)).collect();
    assert_eq!(regs.len(), 18);
    let counts: Vec<(usize, usize)> = regs
        .into_par_iter()
        .map(|(name, id, width)| {
            let mut rng = ChaCha8Rng::seed_from_u64(10_000 + width as u64 + name.len() as u64);
            let mut s = CodecRtl::new();
            let (mut same, mut fatal) = (0, 0);
            for bit in 0..width {
                for _ in 0..phases {
                    let (op, mut env) = random_case(&mut rng);
                    let g = Golden::new(op, &env);
                    let at = rng.gen_range(1..op.cycles());
                    let mut seen = None;
                    let out = s.run_with(op, &mut env, &mut rng, &mut |s, c| {
                        if c == at {
                            s.model().flip(id, 0, bit);
                            if s.fatal() {
                                let mut e = Env::random(&mut ChaCha8Rng::seed_from_u64(c));
                                s.idle(&mut e, &mut ChaCha8Rng::seed_from_u64(c));
                                seen = Some((s.fatal(), all_zero(s.model_ref())));
                            }
                        }
                    });
                    match (seen, out) {
                        (Some((true, left)), Err(CodecError::Engine(EngineError::Fatal { .. }))) => {
                            assert_eq!(left, vec![("cmd$alarm_r", 0)], "{name} bit {bit} at {at}: fatal but not wiped");
                            let mut e = Env::random(&mut rng);
                            assert!(s.run(op, &mut e, &mut rng).is_err());
                            assert_eq!(s.error(), Some(ERR_FATAL), "start refused while fatal");
                            s.reset();
                            assert!(!s.fatal() && all_zero(s.model_ref()).is_empty());
                            fatal += 1;
                        }
                        (None, Ok(run)) => {
                            score(&g, &run, &env).unwrap_or_else(|m| panic!("{name} bit {bit} at {at} ({op:?}): neither same result nor fatal: {m}"));
                            same += 1;
                        }
                        (seen, out) => panic!("{name} bit {bit} at {at} ({op:?}): {seen:?} {out:?}"),
                    }
                }
            }
            (same, fatal)
        })
        .collect();
    let (same, fatal) = counts.iter().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1));
    println!("{} flips: {same} same result, {fatal} fatal and wiped, 0 other", same + fatal);
    assert!(fatal > 0);
}
