//! RM(1,7) code of the fuzzy extractor: encoder/decoder, the analytic failure bound
//! (exact binomial tails) and a Monte Carlo at raw error rates above the design point.

use golden_model::puf::code::*;
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[test]
fn codewords_decode_to_their_message_and_have_distance_64() {
    for m in 0..=255u8 {
        let (lo, hi) = encode_block(m);
        assert_eq!(decode_block(lo, hi), Decoded { byte: m, metric: 64 });
        for m2 in 0..m {
            let (l2, h2) = encode_block(m2);
            let d = (lo ^ l2).count_ones() + (hi ^ h2).count_ones();
            assert!(d == 64 || d == 128, "{m} {m2} {d}");
        }
    }
}

#[test]
fn corrects_every_pattern_of_31_errors_in_samples() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for _ in 0..2000 {
        let m: u8 = rng.gen();
        let (mut lo, mut hi) = encode_block(m);
        let mut pos: Vec<usize> = (0..128).collect();
        for i in 0..31 {
            let j = rng.gen_range(i..128);
            pos.swap(i, j);
            let x = pos[i];
            if x < 64 { lo ^= 1 << x } else { hi ^= 1 << (x - 64) }
        }
        assert_eq!(decode_block(lo, hi).byte, m);
    }
}

proptest! {
    /// The serial (RTL-shaped) decoder and the fast Hadamard transform agree on every word.
    #[test]
    fn serial_and_fht_decoders_agree(lo: u64, hi: u64) {
        prop_assert_eq!(decode_block(lo, hi), decode_block_fht(lo, hi));
    }
}

#[test]
fn binomial_tail_is_exact_on_small_cases() {
    // P[Bin(4, 1/2) >= 2] = 11/16; P[Bin(3, 0.1) >= 2] = 3·0.01·0.9 + 0.001 = 0.028.
    assert!((binomial_tail(4, 0.5, 2) - 11.0 / 16.0).abs() < 1e-15);
    assert!((binomial_tail(3, 0.1, 2) - 0.028).abs() < 1e-15);
    assert_eq!(binomial_tail(10, 0.3, 0), 1.0);
    assert_eq!(binomial_tail(10, 0.3, 11), 0.0);
    // The tail sums to 1 with its complement.
    let p = 0.15;
    let all: f64 = (0..=64).map(|k| binomial_tail(64, p, k) - binomial_tail(64, p, k + 1)).sum();
    assert!((all - 1.0).abs() < 1e-12);
}

/// The design requirement: <= 1e-6 per (320-bit) reconstruction at 15 % raw BER.
#[test]
fn analytic_bound_at_15_percent_is_below_one_in_a_million() {
    let b = failure_bound(0.15);
    println!("union bound at p = 0.15: {b:.3e} per reconstruction (block: {:.3e})", block_failure_bound(RM_M, 0.15));
    assert!(b <= 1e-6, "{b}");
    assert!(b > 1e-8, "the bound is not vacuous-small: {b}");
    // Monotone in p.
    let mut last = 0.0;
    for i in 1..40 {
        let v = failure_bound(i as f64 * 0.01);
        assert!(v >= last);
        last = v;
    }
}

/// Alternatives considered (soft repetition r + RM(1,m)) need more response bits to
/// reach the same bound; this is why RM(1,7) without repetition was chosen.
#[test]
fn rm17_is_the_shortest_of_the_rm_family_meeting_the_bound() {
    let bits_needed = |m: usize| -> Option<usize> {
        let blocks = (BLOCKS * RM_K).div_ceil(m + 1);
        (1..16usize).find_map(|r| {
            let n = 1u64 << m;
            let d = r as u64 * n / 2;
            let pb = (2 * n - 2) as f64 * pairwise_error(d, 0.15) + pairwise_error(2 * d, 0.15);
            (blocks as f64 * pb <= 1e-6).then_some(blocks * r * n as usize)
        })
    };
    let rm17 = bits_needed(7).unwrap();
    assert_eq!(rm17, 5120);
    for m in 3..7 {
        let b = bits_needed(m).unwrap();
        println!("RM(1,{m}) with soft repetition: {b} response bits");
        assert!(b > rm17);
    }
}

/// Monte Carlo of (320-bit) reconstructions over a binary symmetric channel at raw error
/// rates above the design point, where failures are frequent enough to count; the
/// observed rate must stay below the analytic bound (with a 3-sigma allowance).
#[test]
fn monte_carlo_at_high_error_rates_stays_below_the_bound() {
    for (p, trials) in [(0.22, 3000u32), (0.25, 2000), (0.28, 1000)] {
        let mut rng = ChaCha8Rng::seed_from_u64((p * 1000.0) as u64);
        let mut fails = 0u32;
        for _ in 0..trials {
            let mut ok = true;
            for _ in 0..BLOCKS {
                let m: u8 = rng.gen();
                let (mut lo, mut hi) = encode_block(m);
                for x in 0..128 {
                    if rng.gen_bool(p) {
                        if x < 64 { lo ^= 1 << x } else { hi ^= 1 << (x - 64) }
                    }
                }
                ok &= decode_block_fht(lo, hi).byte == m;
            }
            fails += !ok as u32;
        }
        let rate = fails as f64 / trials as f64;
        let bound = failure_bound(p);
        let sigma = (bound * (1.0 - bound.min(1.0)) / trials as f64).sqrt();
        println!("p = {p}: {fails}/{trials} failed = {rate:.3e}, bound {bound:.3e}");
        assert!(rate <= bound + 3.0 * sigma + 1.0 / trials as f64, "p {p}: {rate} > {bound}");
        assert!(fails > 0, "p {p}: the Monte Carlo must see failures to be meaningful");
    }
}
