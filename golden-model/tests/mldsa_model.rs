//! The hardware-shaped parts of the ML-DSA model: the Barrett reduction, the NTT
//! layer schedule and its checkpoints, and the samplers' reading of the SHAKE word
//! stream, each checked against a spec-literal reference written here over the
//! `sha3` crate (byte-at-a-time squeezes, as FIPS 204's pseudocode reads).

use golden_model::mldsa::arith::{barrett_reduce, mul_mod, Poly};
use golden_model::mldsa::ntt::{
    intt, intt_layer, intt_traced, ntt, ntt_layer, ntt_traced,
};
use golden_model::mldsa::params::{bitlen, ALL, N, Q};
use golden_model::mldsa::sampling::{expand_mask, rej_bounded_poly, rej_ntt_poly, sample_in_ball};
use golden_model::mldsa::{self, Message, ML_DSA_44};
use golden_model::trace::{NoTrace, Recorder};
use proptest::prelude::*;
use sha3::digest::{ExtendableOutput, Update, XofReader};

fn xof128(parts: &[&[u8]]) -> impl XofReader {
    let mut h = sha3::Shake128::default();
    parts.iter().for_each(|p| h.update(p));
    h.finalize_xof()
}
fn xof256(parts: &[&[u8]]) -> impl XofReader {
    let mut h = sha3::Shake256::default();
    parts.iter().for_each(|p| h.update(p));
    h.finalize_xof()
}

/// FIPS 204 Alg 30, literally.
fn ref_rej_ntt_poly(seed: &[u8]) -> Vec<u32> {
    let mut g = xof128(&[seed]);
    let mut a = vec![];
    while a.len() < N {
        let mut s = [0u8; 3];
        g.read(&mut s);
        let z = s[0] as u32 + 256 * s[1] as u32 + 65536 * (s[2] & 127) as u32;
        if z < Q {
            a.push(z);
        }
    }
    a
}

/// FIPS 204 Alg 31 with Alg 15, literally (coefficients as signed integers).
fn ref_rej_bounded_poly(seed: &[u8], eta: i64) -> Vec<i64> {
    let mut h = xof256(&[seed]);
    let coeff = |b: u8| -> Option<i64> {
        if eta == 2 && b < 15 {
            Some(2 - (b as i64 % 5))
        } else if eta == 4 && b < 9 {
            Some(4 - b as i64)
        } else {
            None
        }
    };
    let mut a = vec![];
    while a.len() < N {
        let mut z = [0u8; 1];
        h.read(&mut z);
        if let Some(c) = coeff(z[0] % 16) {
            a.push(c);
        }
        if a.len() < N {
            if let Some(c) = coeff(z[0] / 16) {
                a.push(c);
            }
        }
    }
    a
}

/// FIPS 204 Alg 29, literally (coefficients as signed integers).
fn ref_sample_in_ball(rho: &[u8], tau: usize) -> Vec<i64> {
    let mut c = vec![0i64; N];
    let mut h = xof256(&[rho]);
    let mut s = [0u8; 8];
    h.read(&mut s);
    let bits: Vec<u8> = (0..64).map(|i| (s[i / 8] >> (i % 8)) & 1).collect();
    for i in (N - tau)..N {
        let mut j = [0u8; 1];
        h.read(&mut j);
        while j[0] as usize > i {
            h.read(&mut j);
        }
        let j = j[0] as usize;
        c[i] = c[j];
        c[j] = if bits[i + tau - N] == 1 { -1 } else { 1 };
    }
    c
}

fn signed(a: u32) -> i64 {
    if a > Q / 2 {
        a as i64 - Q as i64
    } else {
        a as i64
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn barrett_matches_remainder(a in 0..Q, b in 0..Q) {
        prop_assert_eq!(mul_mod(a, b) as u64, a as u64 * b as u64 % Q as u64);
    }

    #[test]
    fn barrett_reduces_every_product_range(p in 0u64..(Q as u64 - 1) * (Q as u64 - 1) + 1) {
        prop_assert_eq!(barrett_reduce(p) as u64, p % Q as u64);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn samplers_read_the_stream_like_the_spec(seed in any::<[u8; 64]>(), r in any::<u8>(), s in any::<u8>()) {
        // ExpandA's seed ρ ‖ s ‖ r.
        let rho = &seed[..32];
        let ours = rej_ntt_poly(&[rho, &[s, r]]);
        prop_assert_eq!(ours.0.to_vec(), ref_rej_ntt_poly(&[rho, &[s, r][..]].concat()));
        // ExpandS's seed ρ' ‖ IntegerToBytes(r, 2), both η.
        for eta in [2u32, 4] {
            let ours = rej_bounded_poly(&[&seed, &[r, 0]], eta);
            let want = ref_rej_bounded_poly(&[&seed[..], &[r, 0]].concat(), eta as i64);
            prop_assert_eq!(ours.0.iter().map(|&a| signed(a)).collect::<Vec<_>>(), want);
        }
        // SampleInBall on a c̃ of each length.
        for p in ALL {
            let c_tilde = &seed[..p.c_tilde_len()];
            let ours = sample_in_ball(&p, c_tilde, &mut NoTrace);
            prop_assert_eq!(ours.0.iter().map(|&a| signed(a)).collect::<Vec<_>>(), ref_sample_in_ball(c_tilde, p.tau));
            prop_assert_eq!(ours.0.iter().filter(|&&a| a != 0).count(), p.tau);
        }
    }

    #[test]
    fn expand_mask_is_bit_unpack_of_the_stream(seed in any::<[u8; 64]>(), kappa in any::<u16>()) {
        for p in ALL {
            let y = expand_mask(&p, &seed, kappa, &mut NoTrace);
            let c = 1 + bitlen(p.gamma1 - 1);
            for (r, yr) in y.iter().enumerate() {
                let mut v = vec![0u8; 32 * c];
                xof256(&[&seed, &kappa.wrapping_add(r as u16).to_le_bytes()]).read(&mut v);
                for i in 0..N {
                    // Coefficient i is bits i·c .. i·c + c of v (Alg 19), as γ1 − that.
                    let mut x = 0i64;
                    for j in 0..c {
                        let bit = i * c + j;
                        x |= (((v[bit / 8] >> (bit % 8)) & 1) as i64) << j;
                    }
                    prop_assert_eq!(signed(yr.0[i]), p.gamma1 as i64 - x);
                }
            }
        }
    }

    #[test]
    fn ntt_layers_compose_and_invert(coeffs in prop::collection::vec(0..Q, N)) {
        let mut a = Poly::ZERO;
        a.0.copy_from_slice(&coeffs);
        let mut rec = Recorder::default();
        let a_hat = ntt_traced(&a, &mut rec);
        // Eight checkpoints, one per layer, each the previous state after ntt_layer.
        prop_assert_eq!(rec.checkpoints.len(), 8);
        let mut step = a;
        for (layer, cp) in rec.checkpoints.iter().enumerate() {
            ntt_layer(&mut step, layer);
            prop_assert_eq!((cp.block, cp.name, cp.index), ("ntt", "layer", layer));
            prop_assert_eq!(&cp.values, &step.to_u64s());
            prop_assert!(cp.values.iter().all(|&v| v < Q as u64), "canonical between layers");
        }
        prop_assert_eq!(step, a_hat);
        prop_assert_eq!(a_hat, ntt(&a));
        // Inverse: eight layers then the scaling by 256⁻¹, back to a.
        let mut rec = Recorder::default();
        let back = intt_traced(&a_hat, &mut rec);
        prop_assert_eq!(back, a);
        prop_assert_eq!(intt(&a_hat), a);
        prop_assert_eq!(rec.checkpoints.len(), 9);
        let mut step = a_hat;
        for (layer, cp) in rec.checkpoints.iter().take(8).enumerate() {
            intt_layer(&mut step, layer);
            prop_assert_eq!((cp.name, cp.index), ("inv_layer", layer));
            prop_assert_eq!(&cp.values, &step.to_u64s());
        }
        let last = &rec.checkpoints[8];
        prop_assert_eq!((last.name, last.index), ("inv_scale", 0));
        prop_assert_eq!(&last.values, &a.to_u64s());
    }
}

/// KeyGen's trace: every sampler output and NTT layer in the sequencer's order,
/// and tracing changes nothing.
#[test]
fn keygen_trace() {
    for p in ALL {
        let seed = [7u8; 32];
        let mut rec = Recorder::default();
        let traced = mldsa::keygen_traced(&p, &seed, &mut rec).unwrap();
        assert_eq!(traced, mldsa::keygen(&p, &seed).unwrap());
        let names: Vec<_> = rec.checkpoints.iter().map(|c| (c.block, c.name)).collect();
        let count = |n: &str| names.iter().filter(|(_, x)| *x == n).count();
        assert_eq!(count("RejNTTPoly"), p.k * p.l);
        assert_eq!(count("RejBoundedPoly"), p.k + p.l);
        assert_eq!(count("layer"), 8 * p.l, "NTT(s1)");
        assert_eq!(count("inv_layer"), 8 * p.k, "NTT⁻¹ of each row of Â∘ŝ1");
        assert_eq!(count("inv_scale"), p.k);
        // ExpandA first (indices r·l + s in order), then ExpandS (0 .. k + l).
        let a_idx: Vec<_> = rec
            .checkpoints
            .iter()
            .filter(|c| c.name == "RejNTTPoly")
            .map(|c| c.index)
            .collect();
        assert_eq!(a_idx, (0..p.k * p.l).collect::<Vec<_>>());
        let s_idx: Vec<_> = rec
            .checkpoints
            .iter()
            .filter(|c| c.name == "RejBoundedPoly")
            .map(|c| c.index)
            .collect();
        assert_eq!(s_idx, (0..p.k + p.l).collect::<Vec<_>>());
        for c in rec.checkpoints.iter().filter(|c| c.block == "sampler") {
            assert_eq!(c.cycle, None);
            assert_eq!(c.values.len(), N);
            if c.name == "RejBoundedPoly" {
                assert!(c
                    .values
                    .iter()
                    .all(|&v| signed(v as u32).unsigned_abs() <= p.eta as u64));
            }
        }
    }
}

/// Sign's trace ends with one accepted iteration; tracing changes nothing.
#[test]
fn sign_trace_and_determinism() {
    for p in ALL {
        let (pk, sk) = mldsa::keygen(&p, &[9u8; 32]).unwrap();
        let msg = Message::Pure {
            msg: b"trace me",
            ctx: b"ctx",
        };
        let mut rec = Recorder::default();
        let sig = mldsa::sign_traced(&p, &sk, &msg, &[0; 32], &mut rec).unwrap();
        assert_eq!(sig, mldsa::sign(&p, &sk, &msg, &[0; 32]).unwrap());
        assert_eq!(sig.len(), p.sig_len());
        let iters: Vec<_> = rec
            .checkpoints
            .iter()
            .filter(|c| c.name == "sign_iteration")
            .collect();
        assert_eq!(iters.last().unwrap().values[0], mldsa::dsa::SIGN_ACCEPTED);
        assert!(
            iters.last().unwrap().values[1] <= p.omega as u64,
            "hint count within ω"
        );
        assert_eq!(
            rec.checkpoints
                .iter()
                .filter(|c| c.name == "SampleInBall")
                .count(),
            iters.len()
        );
        assert!(mldsa::verify(&p, &pk, &msg, &sig));
        // Hedged signing differs and also verifies.
        let hedged = mldsa::sign(&p, &sk, &msg, &[1; 32]).unwrap();
        assert_ne!(hedged, sig);
        assert!(mldsa::verify(&p, &pk, &msg, &hedged));
        let mut rec = Recorder::default();
        mldsa::verify_traced(&p, &pk, &msg, &sig, &mut rec).unwrap();
        assert_eq!(
            rec.checkpoints
                .iter()
                .filter(|c| c.name == "SampleInBall")
                .count(),
            1
        );
    }
}

/// The sizes of FIPS 204 Table 2.
#[test]
fn sizes() {
    let got: Vec<_> = ALL
        .iter()
        .map(|p| (p.pk_len(), p.sk_len(), p.sig_len()))
        .collect();
    assert_eq!(
        got,
        vec![(1312, 2560, 2420), (1952, 4032, 3309), (2592, 4896, 4627)]
    );
    assert_eq!(ML_DSA_44.w1_bits(), 6);
}
