//! Bad input to ML-DSA: wrong lengths, malformed encodings, hints out of order or
//! range, z out of range, long contexts. Each gives a typed error or a false
//! verdict, never a panic. Proptests feed random bytes to every decoder, to verify
//! and to sign.

use engine::{Engine, EngineError};
use golden_model::engine::Golden;
use golden_model::mldsa::encode::{
    bit_unpack, hint_bit_pack, hint_bit_unpack, pk_decode, sig_decode, simple_bit_unpack,
    sk_decode, sk_encode,
};
use golden_model::mldsa::params::{Params, ALL, N};
use golden_model::mldsa::{
    self, arith::Poly, Message, MlDsaError, ML_DSA_44, ML_DSA_65, ML_DSA_87,
};
use proptest::prelude::*;

fn keys(p: &Params) -> (Vec<u8>, Vec<u8>) {
    mldsa::keygen(p, &[0x5a; 32]).unwrap()
}

const MSG: Message = Message::Pure {
    msg: b"message",
    ctx: b"",
};

#[test]
fn wrong_lengths_are_typed_errors() {
    for p in ALL {
        let (pk, sk) = keys(&p);
        let sig = mldsa::sign(&p, &sk, &MSG, &[0; 32]).unwrap();
        assert!(mldsa::verify(&p, &pk, &MSG, &sig));
        for (what, bytes, len) in [
            ("public key", &pk, p.pk_len()),
            ("private key", &sk, p.sk_len()),
            ("signature", &sig, p.sig_len()),
        ] {
            for n in [0, len - 1, len + 1] {
                let mut b = bytes.clone();
                b.resize(n, 0);
                let want = Err(MlDsaError::InvalidLength {
                    what,
                    expected: len,
                    got: n,
                });
                match what {
                    "public key" => assert_eq!(mldsa::verify_detailed(&p, &b, &MSG, &sig), want),
                    "private key" => {
                        assert_eq!(mldsa::sign(&p, &b, &MSG, &[0; 32]).map(|_| ()), want)
                    }
                    _ => assert_eq!(mldsa::verify_detailed(&p, &pk, &MSG, &b), want),
                }
            }
        }
        // Keys of another parameter set.
        let other = if p == ML_DSA_44 { ML_DSA_65 } else { ML_DSA_44 };
        assert!(!mldsa::verify(&other, &pk, &MSG, &sig));
        assert!(mldsa::sign(&other, &sk, &MSG, &[0; 32]).is_err());
        // Seed and μ lengths.
        assert_eq!(
            mldsa::keygen(&p, &[0; 31]),
            Err(MlDsaError::InvalidLength {
                what: "seed",
                expected: 32,
                got: 31
            })
        );
        assert_eq!(
            mldsa::sign(&p, &sk, &Message::ExternalMu(&[0; 63]), &[0; 32]),
            Err(MlDsaError::InvalidLength {
                what: "mu",
                expected: 64,
                got: 63
            })
        );
        assert!(!mldsa::verify(
            &p,
            &pk,
            &Message::ExternalMu(&[0; 65]),
            &sig
        ));
    }
}

#[test]
fn context_longer_than_255_bytes() {
    let p = ML_DSA_44;
    let (pk, sk) = keys(&p);
    let ctx = [0u8; 256];
    for m in [
        Message::Pure {
            msg: b"m",
            ctx: &ctx,
        },
        Message::PreHash {
            msg: b"m",
            ctx: &ctx,
            hash: mldsa::PreHash::Sha2_256,
        },
    ] {
        assert_eq!(
            mldsa::sign(&p, &sk, &m, &[0; 32]),
            Err(MlDsaError::ContextTooLong(256))
        );
    }
    let sig = mldsa::sign(
        &p,
        &sk,
        &Message::Pure {
            msg: b"m",
            ctx: &ctx[..255],
        },
        &[0; 32],
    )
    .unwrap();
    assert!(mldsa::verify(
        &p,
        &pk,
        &Message::Pure {
            msg: b"m",
            ctx: &ctx[..255]
        },
        &sig
    ));
    assert_eq!(
        mldsa::verify_detailed(
            &p,
            &pk,
            &Message::Pure {
                msg: b"m",
                ctx: &ctx
            },
            &sig
        ),
        Err(MlDsaError::ContextTooLong(256))
    );
}

#[test]
fn malformed_private_key() {
    for p in ALL {
        let (_, sk) = keys(&p);
        // First byte of s1 all ones: a coefficient η − (2^bits − 1) < −η.
        let mut bad = sk.clone();
        bad[128] = 0xff;
        assert_eq!(
            mldsa::sign(&p, &bad, &MSG, &[0; 32]),
            Err(MlDsaError::MalformedPrivateKey {
                vector: "s1",
                index: 0
            })
        );
        let mut bad = sk.clone();
        let s2_start = 128 + 32 * p.l * p.eta_bits();
        bad[s2_start + 32 * p.eta_bits() + 5] = 0xff;
        assert_eq!(
            sk_decode(&p, &bad).unwrap_err(),
            MlDsaError::MalformedPrivateKey {
                vector: "s2",
                index: 1
            }
        );
        // Round trip of a good key.
        assert_eq!(sk_encode(&p, &sk_decode(&p, &sk).unwrap()), sk);
    }
}

/// The hint section of a signature: ω position bytes then k running counts.
fn hint_section(p: &Params) -> std::ops::Range<usize> {
    p.sig_len() - p.omega - p.k..p.sig_len()
}

#[test]
fn malformed_hints() {
    for p in ALL {
        let (pk, sk) = keys(&p);
        let sig = mldsa::sign(&p, &sk, &MSG, &[0; 32]).unwrap();
        let r = hint_section(&p);
        let h = &sig[r.clone()];
        let counts = &h[p.omega..];
        let total = counts[p.k - 1] as usize;
        assert!(total >= 2, "this key/message gives at least two hints");
        // A count beyond ω.
        let mut bad = sig.clone();
        bad[r.start + p.omega + p.k - 1] = p.omega as u8 + 1;
        assert_eq!(
            mldsa::verify_detailed(&p, &pk, &MSG, &bad),
            Err(MlDsaError::MalformedHint)
        );
        // Decreasing counts.
        let mut bad = sig.clone();
        bad[r.start + p.omega] = counts[1].wrapping_add(1);
        if counts[1] < p.omega as u8 {
            assert_eq!(
                mldsa::verify_detailed(&p, &pk, &MSG, &bad),
                Err(MlDsaError::MalformedHint)
            );
        }
        // Positions out of order within one polynomial: find a polynomial with ≥ 2 hints.
        let mut first = 0usize;
        for &end in counts {
            let end = end as usize;
            if end - first >= 2 {
                let mut bad = sig.clone();
                bad.swap(r.start + first, r.start + first + 1);
                assert_eq!(
                    mldsa::verify_detailed(&p, &pk, &MSG, &bad),
                    Err(MlDsaError::MalformedHint)
                );
                let mut bad = sig.clone();
                bad[r.start + first + 1] = bad[r.start + first]; // repeated position
                assert_eq!(
                    mldsa::verify_detailed(&p, &pk, &MSG, &bad),
                    Err(MlDsaError::MalformedHint)
                );
                break;
            }
            first = end;
        }
        // Non-zero padding after the last position.
        if total < p.omega {
            let mut bad = sig.clone();
            bad[r.start + p.omega - 1] = 1;
            assert_eq!(
                mldsa::verify_detailed(&p, &pk, &MSG, &bad),
                Err(MlDsaError::MalformedHint)
            );
        }
    }
}

#[test]
fn z_out_of_range() {
    for p in ALL {
        let (pk, sk) = keys(&p);
        let sig = mldsa::sign(&p, &sk, &MSG, &[0; 32]).unwrap();
        // z[0][0] is packed as γ1 − z in the first z_bits bits after c̃: all zero
        // bits means z = γ1, one past the largest encodable bound γ1 − β − 1.
        let mut bad = sig.clone();
        let c = p.c_tilde_len();
        bad[c] = 0;
        bad[c + 1] = 0;
        bad[c + 2] &= !((1u8 << (p.z_bits() - 16)) - 1);
        assert_eq!(
            mldsa::verify_detailed(&p, &pk, &MSG, &bad),
            Err(MlDsaError::ZOutOfRange)
        );
        // And a tampered commitment is a mismatch.
        let mut bad = sig.clone();
        bad[0] ^= 1;
        assert_eq!(
            mldsa::verify_detailed(&p, &pk, &MSG, &bad),
            Err(MlDsaError::CommitmentMismatch)
        );
        // Wrong message, wrong interface.
        assert!(!mldsa::verify(
            &p,
            &pk,
            &Message::Pure {
                msg: b"messagf",
                ctx: b""
            },
            &sig
        ));
        assert!(!mldsa::verify(
            &p,
            &pk,
            &Message::Internal(b"message"),
            &sig
        ));
    }
}

#[test]
fn engine_maps_errors() {
    let mut g = Golden;
    let p = ML_DSA_87;
    assert!(matches!(
        g.mldsa_keygen(p, &[0; 33]),
        Err(EngineError::InvalidInput { what: "seed", .. })
    ));
    let (pk, sk) = g.mldsa_keygen(p, &[1; 32]).unwrap();
    assert!(matches!(
        g.mldsa_sign(p, &sk[1..], &MSG, &[0; 32]),
        Err(EngineError::InvalidInput { what: "private key", .. })
    ));
    let sig = g.mldsa_sign(p, &sk, &MSG, &[0; 32]).unwrap();
    assert_eq!(g.mldsa_verify(p, &pk, &MSG, &sig), Ok(true));
    assert_eq!(g.mldsa_verify(p, &pk[1..], &MSG, &sig), Ok(false));
    assert_eq!(g.mldsa_verify(p, &pk, &MSG, &sig[1..]), Ok(false));
}

#[test]
fn hint_pack_round_trip() {
    let mut h = vec![Poly::ZERO; 4];
    h[0].0[3] = 1;
    h[0].0[200] = 1;
    h[2].0[255] = 1;
    let mut out = vec![];
    hint_bit_pack(&h, 80, &mut out);
    assert_eq!(out.len(), 84);
    assert_eq!(hint_bit_unpack(&out, 4, 80), Some(h));
}

fn any_params() -> impl Strategy<Value = Params> {
    prop::sample::select(ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every decoder takes any bytes without panicking.
    #[test]
    fn decoders_take_random_bytes(p in any_params(), bytes in prop::collection::vec(any::<u8>(), 0..10_000), bits in 1usize..=20) {
        let _ = pk_decode(&p, &bytes);
        let _ = sk_decode(&p, &bytes);
        let _ = sig_decode(&p, &bytes);
        let mut exact = bytes.clone();
        exact.resize(p.pk_len(), 0);
        prop_assert!(pk_decode(&p, &exact).is_ok(), "every pk of the right length decodes");
        exact.resize(p.sig_len(), 0);
        let _ = sig_decode(&p, &exact);
        exact.resize(p.sk_len(), 0);
        let _ = sk_decode(&p, &exact);
        let mut h = bytes.clone();
        h.resize(p.omega + p.k, 0);
        if let Some(hints) = hint_bit_unpack(&h, p.k, p.omega) {
            // What decodes re-encodes to the same bytes (the encoding is canonical).
            let mut again = vec![];
            hint_bit_pack(&hints, p.omega, &mut again);
            prop_assert_eq!(again, h);
        }
        let mut v = bytes;
        v.resize(32 * bits, 0);
        let b = 1u32 << (bits - 1);
        let (w, _) = bit_unpack(&v, b - 1, b);
        prop_assert_eq!(w.0.len(), N);
        let _ = simple_bit_unpack(&v, (1u32 << bits) - 1);
    }

    /// Verify takes any public key and signature: a verdict, never a panic; random
    /// signatures of the right length do not verify.
    #[test]
    fn verify_takes_random_bytes(
        p in any_params(),
        pk in prop::collection::vec(any::<u8>(), 0..3000),
        sig in prop::collection::vec(any::<u8>(), 0..5000),
        right_len in any::<bool>(),
    ) {
        let (mut pk, mut sig) = (pk, sig);
        if right_len {
            pk.resize(p.pk_len(), 0x33);
            sig.resize(p.sig_len(), 0x44);
        }
        prop_assert!(!mldsa::verify(&p, &pk, &MSG, &sig));
        prop_assert!(!mldsa::verify(&p, &pk, &Message::ExternalMu(&[7; 64]), &sig));
    }

    /// A real signature with random bytes overwritten is rejected the same way by
    /// the boolean and the detailed verifier, and never panics.
    #[test]
    fn verify_takes_corrupted_signatures(p in any_params(), at in any::<usize>(), junk in prop::collection::vec(any::<u8>(), 1..64)) {
        let (pk, sk) = keys(&p);
        let mut sig = mldsa::sign(&p, &sk, &MSG, &[0; 32]).unwrap();
        let at = at % sig.len();
        let end = (at + junk.len()).min(sig.len());
        let changed = sig[at..end] != junk[..end - at];
        sig[at..end].copy_from_slice(&junk[..end - at]);
        let verdict = mldsa::verify(&p, &pk, &MSG, &sig);
        prop_assert_eq!(verdict, mldsa::verify_detailed(&p, &pk, &MSG, &sig).is_ok());
        if changed && at < p.c_tilde_len() {
            prop_assert!(!verdict, "a changed commitment never verifies");
        }
    }

    /// Sign takes random private keys: of a wrong length or with out-of-range
    /// s1/s2, a typed error; well-formed but random (coefficients in range, random
    /// t0, ρ, K, tr), a signature of the right length, in bounded time.
    #[test]
    fn sign_takes_random_private_keys(p in prop::sample::select(vec![ML_DSA_44, ML_DSA_65]), bytes in prop::collection::vec(any::<u8>(), 0..5000), seed in any::<[u8; 32]>()) {
        let r = mldsa::sign(&p, &bytes, &MSG, &[0; 32]);
        if bytes.len() != p.sk_len() {
            let is_len_err = matches!(r, Err(MlDsaError::InvalidLength { .. }));
            prop_assert!(is_len_err);
        }
        // A well-formed random key: take a real key's s1/s2 and random everything else.
        let (_, sk) = mldsa::keygen(&p, &seed).unwrap();
        let mut k = sk_decode(&p, &sk).unwrap();
        let mut random = bytes;
        random.resize(p.sk_len(), 0x77);
        let junk = sk_decode(&p, &[&sk[..128 + 32 * (p.k + p.l) * p.eta_bits()], &random[128 + 32 * (p.k + p.l) * p.eta_bits()..]].concat()).unwrap();
        k.t0 = junk.t0;
        k.rho.copy_from_slice(&random[..32]);
        k.tr.copy_from_slice(&random[64..128]);
        let sig = mldsa::sign(&p, &sk_encode(&p, &k), &MSG, &[0; 32]);
        match sig {
            Ok(s) => prop_assert_eq!(s.len(), p.sig_len()),
            Err(e) => prop_assert_eq!(e, MlDsaError::RejectionLimit),
        }
    }
}
