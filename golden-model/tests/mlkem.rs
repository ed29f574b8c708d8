//! ML-KEM golden model: the hardware-shaped pieces (NTT layers and checkpoints,
//! sampler stream order, reductions), the trace of whole operations, and bad input.

use golden_model::keccak::{Sha3Mode, Sponge};
use golden_model::mlkem::arith::{add, mul, sub, Poly};
use golden_model::mlkem::encode::{byte_decode, byte_decode_vec, byte_encode};
use golden_model::mlkem::ntt::{
    multiply_ntts, ntt, ntt_inverse, ntt_inverse_traced, ntt_inverse_layer, ntt_layer, ntt_traced, LAYERS,
};
use golden_model::mlkem::sampling::{sample_ntt, sample_poly_cbd};
use golden_model::mlkem::symmetric::{prf, xof};
use golden_model::mlkem::{self, kpke, MlKemError, ParameterSet, Params, ML_KEM_768};
use golden_model::trace::{NoTrace, Recorder};
use proptest::prelude::*;

const Q: u16 = 3329;

fn poly() -> impl Strategy<Value = Poly> {
    proptest::collection::vec(0..Q, 256).prop_map(|v| v.try_into().unwrap())
}

/// Schoolbook product in R_q = Z_q[X]/(X^256 + 1).
fn negacyclic(f: &Poly, g: &Poly) -> Poly {
    let mut h = [0i64; 256];
    for i in 0..256 {
        for j in 0..256 {
            let p = f[i] as i64 * g[j] as i64;
            if i + j < 256 {
                h[i + j] += p;
            } else {
                h[i + j - 256] -= p;
            }
        }
    }
    h.map(|x| x.rem_euclid(Q as i64) as u16)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn ntt_roundtrip(f in poly()) {
        let mut g = f;
        ntt(&mut g);
        prop_assert!(g.iter().all(|&c| c < Q));
        ntt_inverse(&mut g);
        prop_assert_eq!(g, f);
    }

    #[test]
    fn multiply_ntts_is_the_ring_product(f in poly(), g in poly()) {
        let (mut fh, mut gh) = (f, g);
        ntt(&mut fh);
        ntt(&mut gh);
        let mut h = multiply_ntts(&fh, &gh);
        ntt_inverse(&mut h);
        prop_assert_eq!(h, negacyclic(&f, &g));
    }

    #[test]
    fn field_ops(a in 0..Q, b in 0..Q) {
        let (a32, b32, q) = (a as u32, b as u32, Q as u32);
        prop_assert_eq!(add(a, b) as u32, (a32 + b32) % q);
        prop_assert_eq!(sub(a, b) as u32, (a32 + q - b32) % q);
        prop_assert_eq!(mul(a, b) as u32, a32 * b32 % q);
    }
}

#[test]
fn ntt_of_x_is_the_evaluation_at_the_roots() {
    // NTT(X) = (ζ^(2BitRev7(i)+1), 0 …)-pairs: the X coefficient lands in odd slots as 1.
    let mut f = [0u16; 256];
    f[1] = 1;
    ntt(&mut f);
    for i in 0..128 {
        assert_eq!((f[2 * i], f[2 * i + 1]), (0, 1), "pair {i}");
    }
    // NTT(1) = all ones in even slots.
    let mut one = [0u16; 256];
    one[0] = 1;
    ntt(&mut one);
    for i in 0..128 {
        assert_eq!((one[2 * i], one[2 * i + 1]), (1, 0));
    }
}

#[test]
fn ntt_checkpoints_are_the_layer_outputs() {
    let f: Poly = core::array::from_fn(|i| (i as u16 * 97 + 5) % Q);
    let mut rec = Recorder::default();
    let mut g = f;
    ntt_traced(&mut g, &mut rec);
    assert_eq!(rec.checkpoints.len(), LAYERS);
    let mut step = f;
    for (l, cp) in rec.checkpoints.iter().enumerate() {
        ntt_layer(&mut step, l);
        assert_eq!((cp.block, cp.name, cp.index, cp.cycle), ("ntt", "layer", l, None));
        assert_eq!(cp.values, step.iter().map(|&c| c as u64).collect::<Vec<_>>());
        assert!(cp.values.iter().all(|&c| c < Q as u64), "layer {l} not canonical");
    }
    assert_eq!(step, g);

    let ntt_f = g;
    let mut rec = Recorder::default();
    ntt_inverse_traced(&mut g, &mut rec);
    assert_eq!(g, f);
    assert_eq!(rec.checkpoints.len(), LAYERS + 1);
    let last = rec.checkpoints.last().unwrap();
    assert_eq!((last.block, last.name, last.index, last.cycle), ("intt", "scale", 7, None));
    assert_eq!(last.values, f.iter().map(|&c| c as u64).collect::<Vec<_>>());
    let mut step = ntt_f;
    for (l, cp) in rec.checkpoints[..LAYERS].iter().enumerate() {
        ntt_inverse_layer(&mut step, l);
        assert_eq!((cp.block, cp.name, cp.index, cp.cycle), ("intt", "layer", l, None));
        assert_eq!(cp.values, step.iter().map(|&c| c as u64).collect::<Vec<_>>());
    }
}

#[test]
fn sample_ntt_matches_bytewise_algorithm_7() {
    for (i, j) in [(0u8, 0u8), (1, 2), (3, 3)] {
        let rho: [u8; 32] = core::array::from_fn(|n| n as u8 ^ 0x5a ^ i);
        let (a, words) = sample_ntt(&mut xof(&rho, j, i), 0, &mut NoTrace);
        // Algorithm 7 literally: Squeeze 3 bytes at a time.
        let mut s = Sponge::new(Sha3Mode::Shake128);
        s.absorb(&rho);
        s.absorb(&[j, i]);
        let mut expect = Vec::new();
        let mut groups: usize = 0;
        while expect.len() < 256 {
            let mut c = [0u8; 3];
            s.squeeze(&mut c);
            groups += 1;
            let d1 = c[0] as u16 + 256 * (c[1] as u16 % 16);
            let d2 = c[1] as u16 / 16 + 16 * c[2] as u16;
            if d1 < Q {
                expect.push(d1);
            }
            if d2 < Q && expect.len() < 256 {
                expect.push(d2);
            }
        }
        assert_eq!(a.to_vec(), expect);
        // Words read: the groups used, rounded up to whole words.
        assert_eq!(words, (groups * 3).div_ceil(8));
    }
}

#[test]
fn sample_poly_cbd_matches_bitwise_algorithm_8() {
    for eta in [2usize, 3] {
        let seed: [u8; 32] = core::array::from_fn(|n| (n * 7 + eta) as u8);
        let f = sample_poly_cbd(eta, &mut prf(&seed, 9), 9, &mut NoTrace);
        let mut s = Sponge::new(Sha3Mode::Shake256);
        s.absorb(&seed);
        s.absorb(&[9]);
        let mut b = vec![0u8; 64 * eta];
        s.squeeze(&mut b);
        let bit = |k: usize| ((b[k / 8] >> (k % 8)) & 1) as i32;
        for (i, &fi) in f.iter().enumerate() {
            let x: i32 = (0..eta).map(|j| bit(2 * i * eta + j)).sum();
            let y: i32 = (0..eta).map(|j| bit(2 * i * eta + eta + j)).sum();
            assert_eq!(fi as i32, (x - y).rem_euclid(Q as i32), "η={eta} i={i}");
        }
    }
}

fn count(rec: &Recorder, block: &str, name: &str) -> usize {
    rec.checkpoints.iter().filter(|c| c.block == block && c.name == name).count()
}

#[test]
fn operations_emit_their_checkpoints_in_order() {
    for p in Params::ALL {
        let k = p.k;
        let d = [1u8; 32];
        let z = [2u8; 32];
        let m = [3u8; 32];
        let mut rec = Recorder::default();
        let (ek, dk) = mlkem::keygen_traced(&p, &d, &z, &mut rec).unwrap();
        assert_eq!((ek.clone(), dk.clone()), mlkem::keygen(&p, &d, &z).unwrap());
        assert_eq!(count(&rec, "sampler", "sample_ntt"), k * k);
        assert_eq!(count(&rec, "sampler", "cbd"), 2 * k);
        assert_eq!(count(&rec, "ntt", "layer"), 7 * 2 * k);
        assert!(rec.checkpoints.iter().all(|c| c.cycle.is_none()), "data-dependent operation");
        let idx: Vec<usize> = rec.checkpoints.iter().filter(|c| c.name == "sample_ntt").map(|c| c.index).collect();
        assert_eq!(idx, (0..k * k).collect::<Vec<_>>());
        let nonces: Vec<usize> = rec.checkpoints.iter().filter(|c| c.name == "cbd").map(|c| c.index).collect();
        assert_eq!(nonces, (0..2 * k).collect::<Vec<_>>());
        // The first NTT transforms s[0] (the first CBD output), layer by layer.
        let s0 = rec.checkpoints.iter().find(|c| c.name == "cbd").unwrap();
        let mut f: Poly = core::array::from_fn(|i| s0.values[i] as u16);
        let first_ntt: Vec<_> = rec.checkpoints.iter().filter(|c| c.block == "ntt").take(7).collect();
        for (l, cp) in first_ntt.iter().enumerate() {
            ntt_layer(&mut f, l);
            assert_eq!(cp.index, l);
            assert_eq!(cp.values, f.iter().map(|&c| c as u64).collect::<Vec<_>>());
        }
        // s-hat is the start of dk.
        assert_eq!(byte_decode(12, &dk[..384]).unwrap(), f);

        let mut rec = Recorder::default();
        let (key, c) = mlkem::encaps_traced(&p, &ek, &m, &mut rec).unwrap();
        assert_eq!(count(&rec, "sampler", "sample_ntt"), k * k);
        assert_eq!(count(&rec, "sampler", "cbd"), 2 * k + 1);
        assert_eq!(count(&rec, "ntt", "layer"), 7 * k);
        assert_eq!(count(&rec, "intt", "layer"), 7 * (k + 1));
        assert_eq!(count(&rec, "intt", "scale"), k + 1);

        let mut rec = Recorder::default();
        assert_eq!(mlkem::decaps_traced(&p, &dk, &c, &mut rec).unwrap(), key);
        // Decrypt (k NTTs, 1 NTT⁻¹) then the re-encryption.
        assert_eq!(count(&rec, "ntt", "layer"), 7 * 2 * k);
        assert_eq!(count(&rec, "intt", "scale"), 1 + k + 1);
        assert_eq!(count(&rec, "sampler", "sample_ntt"), k * k);
    }
}

#[test]
fn parameter_sets() {
    assert_eq!(<golden_model::mlkem::MlKem768 as ParameterSet>::PARAMS, ML_KEM_768);
    for (p, ek, dk, ct) in [(Params::ALL[0], 800, 1632, 768), (Params::ALL[1], 1184, 2400, 1088), (Params::ALL[2], 1568, 3168, 1568)] {
        assert_eq!((p.ek_len(), p.dk_len(), p.ct_len()), (ek, dk, ct), "{}", p.name);
        assert_eq!(Params::from_name(p.name), Some(p));
    }
    assert_eq!(Params::from_name("ML-KEM-2048"), None);
}

#[test]
fn typed_errors() {
    let p = ML_KEM_768;
    let (ek, dk) = mlkem::keygen(&p, &[7; 32], &[8; 32]).unwrap();
    let (_, c) = mlkem::encaps(&p, &ek, &[9; 32]).unwrap();
    assert_eq!(
        mlkem::keygen(&p, &[0; 31], &[0; 32]),
        Err(MlKemError::Length { what: "d", expected: 32, got: 31 })
    );
    assert_eq!(
        mlkem::encaps(&p, &ek[1..], &[0; 32]),
        Err(MlKemError::Length { what: "encapsulation key", expected: 1184, got: 1183 })
    );
    assert_eq!(
        mlkem::encaps(&p, &ek, &[0; 33]),
        Err(MlKemError::Length { what: "m", expected: 32, got: 33 })
    );
    assert_eq!(
        mlkem::decaps(&p, &dk, &c[..1087]),
        Err(MlKemError::Length { what: "ciphertext", expected: 1088, got: 1087 })
    );
    assert_eq!(
        mlkem::decaps(&p, &dk[..2399], &c),
        Err(MlKemError::Length { what: "decapsulation key", expected: 2400, got: 2399 })
    );
    // §7.2: a coefficient 0xfff ≥ q fails the modulus check.
    let mut bad_ek = ek.clone();
    bad_ek[0] = 0xff;
    bad_ek[1] |= 0x0f;
    assert_eq!(mlkem::encaps(&p, &bad_ek, &[0; 32]), Err(MlKemError::EncapsulationKeyNotReduced));
    assert!(mlkem::check_encapsulation_key(&p, &bad_ek).is_err());
    assert!(mlkem::check_encapsulation_key(&p, &ek).is_ok());
    // §7.3: flipping a bit of h (or of the embedded ek) fails the hash check.
    for pos in [768 * 3 + 32, 384 * 3 + 5] {
        let mut bad_dk = dk.clone();
        bad_dk[pos] ^= 1;
        assert_eq!(mlkem::decaps(&p, &bad_dk, &c), Err(MlKemError::DecapsulationKeyHashMismatch));
        assert!(mlkem::check_decapsulation_key(&p, &bad_dk).is_err());
    }
    assert!(mlkem::check_decapsulation_key(&p, &dk).is_ok());
    // Errors are std errors with a message.
    let e: Box<dyn std::error::Error> = Box::new(MlKemError::EncapsulationKeyNotReduced);
    assert!(e.to_string().contains("7.2"));
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..4000),
        // The exact lengths of seeds, keys and ciphertexts, with random content.
        (0usize..9).prop_flat_map(|i| {
            let lens = [32, 768, 800, 1088, 1184, 1568, 1632, 2400, 3168];
            proptest::collection::vec(any::<u8>(), lens[i])
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Random bytes of random lengths to every decoder, check and operation:
    /// a typed error or a defined answer, never a panic.
    #[test]
    fn bad_input_never_panics(a in bytes(), b in bytes(), d in 1u32..=12, pi in 0usize..3) {
        let p = Params::ALL[pi];
        let _ = byte_decode(d, &a);
        let _ = byte_decode_vec(d, p.k, &a);
        let _ = mlkem::keygen(&p, &a, &b);
        let _ = mlkem::encaps(&p, &a, &b);
        let _ = mlkem::check_encapsulation_key(&p, &a);
        let _ = mlkem::check_decapsulation_key(&p, &a);
        let _ = kpke::decrypt(&p, &a, &b, &mut NoTrace);
        let m = [0u8; 32];
        let _ = kpke::encrypt(&p, &a, &m, &m, &mut NoTrace);
        let _ = mlkem::encaps_internal(&p, &a, &m, &mut NoTrace);
        let _ = mlkem::decaps_internal(&p, &a, &b, &mut NoTrace);
        if let Err(e) = mlkem::decaps(&p, &a, &b) {
            let ok = matches!(e, MlKemError::Length { .. } | MlKemError::DecapsulationKeyHashMismatch);
            prop_assert!(ok, "{e:?}");
        }
        // Round trip of whatever decodes (d = 12 values are reduced mod q).
        if let Ok(f) = byte_decode(d, &a) {
            let mut again = Vec::new();
            byte_encode(d, &f, &mut again);
            if d < 12 { prop_assert_eq!(&again, &a); }
        }
    }

    /// A well-formed but random ciphertext gives K̄ = J(z ‖ c), computed here with
    /// RustCrypto's SHAKE256.
    #[test]
    fn random_ciphertext_gives_implicit_rejection(c in proptest::collection::vec(any::<u8>(), 768), z in any::<[u8; 32]>()) {
        use sha3::digest::{ExtendableOutput, Update, XofReader};
        let p = Params::ALL[0];
        let (_, dk) = mlkem::keygen(&p, &[1; 32], &z).unwrap();
        let k = mlkem::decaps(&p, &dk, &c).unwrap();
        let mut h = sha3::Shake256::default();
        h.update(&z);
        h.update(&c);
        let mut expect = [0u8; 32];
        h.finalize_xof().read(&mut expect);
        prop_assert_eq!(k, expect);
    }
}
