//! FIPS 186-5 ECDSA golden model: the 16-bit-digit Montgomery multiplier against
//! its fast path, the fixed ladder schedule, RFC 6979 known answers, and
//! differential checks against RustCrypto `p256` / `p384` / `ecdsa`.
//! (ACVP and Wycheproof files: `tests/ecdsa_vectors.rs`.)

use ::ecdsa::hazmat::bits2field;
use golden_model::ecdsa::field::{limbs_from_be, FieldOp, MontField};
use golden_model::ecdsa::hash::digest;
use golden_model::ecdsa::*;
use golden_model::keccak::Sha3Mode;
use golden_model::sha2::Sha2Alg;
use golden_model::trace::{NoTrace, Recorder};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::elliptic_curve::PrimeField;
use proptest::prelude::*;

fn unhex(s: &str) -> Vec<u8> {
    hex::decode(s).unwrap()
}

const SHA2: [Sha2Alg; 6] = Sha2Alg::ALL;

// ---- Montgomery multiplier ------------------------------------------------------

fn check_cios<const L: usize>(f: &MontField<L>, a: [u64; L], b: [u64; L]) {
    // Reduce the random inputs below m by one conditional subtraction after
    // clearing the top bit (m has its top bit set for both curves).
    let mut a = a;
    let mut b = b;
    a[L - 1] &= !(1 << 63);
    b[L - 1] &= !(1 << 63);
    let a = f.reduce_once(&a);
    let b = f.reduce_once(&b);
    let x16 = f.mont_mul_cios16(&a, &b);
    let x64 = f.mont_mul_cios64(&a, &b);
    assert_eq!(x16, x64);
    assert_eq!(field::less_than(&x16, &f.modulus), 1);
}

fn edge_values<const L: usize>(f: &MontField<L>) -> Vec<[u64; L]> {
    let mut one = [0u64; L];
    one[0] = 1;
    let m1 = field::sub_limbs(&f.modulus, &one).0;
    let m2 = field::sub_limbs(&m1, &one).0;
    vec![[0; L], one, m1, m2, f.one, f.r2, [u64::MAX >> 1; L]]
}

#[test]
fn cios16_equals_cios64_on_edge_values() {
    for f in [&p256().fp, &p256().fnn] {
        for a in edge_values(f) {
            for b in edge_values(f) {
                check_cios(f, a, b);
            }
        }
    }
    for f in [&p384().fp, &p384().fnn] {
        for a in edge_values(f) {
            for b in edge_values(f) {
                check_cios(f, a, b);
            }
        }
    }
}

#[test]
fn montgomery_constants_and_inverse() {
    for mult in [Multiplier::Cios16, Multiplier::Cios64] {
        let f = &p256().fp;
        let mut alu = field::Alu::new(f, mult);
        let x = alu.to_mont(&[7, 0, 0, 0]);
        let xi = alu.invert(&x);
        assert_eq!(alu.mul(&x, &xi), f.one, "x · x^-1 = 1 (P-256 p)");
        assert_eq!(alu.from_mont(&f.one), [1, 0, 0, 0]);
        let f = &p384().fnn;
        let mut alu = field::Alu::new(f, mult);
        let x = alu.to_mont(&[3, 5, 7, 11, 13, 17]);
        let xi = alu.invert(&x);
        assert_eq!(alu.mul(&x, &xi), f.one, "x · x^-1 = 1 (P-384 n)");
        assert_eq!(alu.invert(&[0; 6]), [0; 6], "0^(n-2) = 0");
    }
    // The 16-bit digit layout: 16 digits for P-256, 24 for P-384, least significant first.
    let from_digits = |d: &[u32]| -> Vec<u64> {
        d.chunks(4).map(|c| c.iter().rev().fold(0u64, |a, &x| (a << 16) | x as u64)).collect()
    };
    assert_eq!(from_digits(&p256().fp.modulus_d16[..16]), p256().fp.modulus.to_vec());
    assert!(p256().fp.modulus_d16[16..].iter().all(|&d| d == 0));
    assert_eq!(from_digits(&p384().fnn.modulus_d16[..24]), p384().fnn.modulus.to_vec());
    assert_eq!(p256().fp.bits, 256);
    assert_eq!(p384().fp.bits, 384);
    assert_eq!(p256().fp.m_prime16, (p256().fp.m_prime64 & 0xffff) as u32);
}

proptest! {
    #[test]
    fn cios16_equals_cios64_p256(a in any::<[u64; 4]>(), b in any::<[u64; 4]>()) {
        check_cios(&p256().fp, a, b);
        check_cios(&p256().fnn, a, b);
    }

    #[test]
    fn cios16_equals_cios64_p384(a in any::<[u64; 6]>(), b in any::<[u64; 6]>()) {
        check_cios(&p384().fp, a, b);
        check_cios(&p384().fnn, a, b);
    }
}

// ---- ladder schedule, trace, operation counts -----------------------------------

fn ladder_ops<const L: usize>(c: &'static CurveParams<L>, k: &[u64; L]) -> (Vec<FieldOp>, OpCounts, usize) {
    let mut u = EccUnit::with_trace(c, Multiplier::Cios64, Recorder::default());
    u.fp.log = Some(Vec::new());
    let _ = u.mul_base(k);
    let steps = u.trace.checkpoints.iter().filter(|cp| cp.block == "ecc" && cp.name == "ladder_step").count();
    (u.fp.log.take().unwrap(), u.fp.counts, steps)
}

fn scalars<const L: usize>(c: &CurveParams<L>, seed: u64) -> Vec<[u64; L]> {
    let n = c.fnn.modulus;
    let mut one = [0u64; L];
    one[0] = 1;
    let n1 = field::sub_limbs(&n, &one).0;
    let mut two = [0u64; L];
    two[0] = 2;
    let mut small = [0u64; L];
    small[0] = 0x1234;
    let mut top = [0u64; L];
    top[L - 1] = 1 << 63;
    let mut v = vec![one, two, small, n1, field::sub_limbs(&n, &two).0, top, [0; L]];
    // A few pseudo-random scalars below n (xorshift; top limb masked).
    let mut s = seed;
    for _ in 0..3 {
        let mut k = [0u64; L];
        for x in k.iter_mut() {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            *x = s;
        }
        k[L - 1] >>= 1;
        v.push(k);
    }
    v
}

#[test]
fn ladder_schedule_is_identical_for_every_scalar() {
    let ks = scalars(p256(), 0x9e3779b97f4a7c15);
    let (reference, counts, steps) = ladder_ops(p256(), &ks[0]);
    assert_eq!(steps, 256);
    for k in &ks[1..] {
        let (ops, c, s) = ladder_ops(p256(), k);
        assert_eq!(ops, reference, "P-256 operation sequence differs for k = {k:x?}");
        assert_eq!((c, s), (counts, steps));
    }
    let ks = scalars(p384(), 0x2545f4914f6cdd1d);
    let (reference, counts, steps) = ladder_ops(p384(), &ks[0]);
    assert_eq!(steps, 384);
    for k in &ks[1..] {
        let (ops, c, s) = ladder_ops(p384(), k);
        assert_eq!(ops, reference, "P-384 operation sequence differs for k = {k:x?}");
        assert_eq!((c, s), (counts, steps));
    }
    // The log does see the difference between operation kinds: not a vacuous test.
    assert!(reference.contains(&FieldOp::Mul) && reference.contains(&FieldOp::Cswap));
}

#[test]
fn field_multiplications_per_scalar_multiplication() {
    // Ladder: 27 per step (addition 14, doubling 13); affine conversion: Fermat
    // inversion (bitlen(p) squarings + popcount(p-2) multiplications) plus 2 products
    // and 2 conversions out of Montgomery form; plus 2 conversions into it.
    let (_, c256, _) = ladder_ops(p256(), &[5, 0, 0, 0]);
    let (_, c384, _) = ladder_ops(p384(), &[5, 0, 0, 0, 0, 0]);
    let inv = |f: &MontField<4>| f.bits as u64 + f.m_minus_2.iter().map(|x| x.count_ones() as u64).sum::<u64>();
    let inv6 = |f: &MontField<6>| f.bits as u64 + f.m_minus_2.iter().map(|x| x.count_ones() as u64).sum::<u64>();
    println!("P-256: {} field multiplications per scalar multiplication ({:?})", c256.mul, c256);
    println!("P-384: {} field multiplications per scalar multiplication ({:?})", c384.mul, c384);
    assert_eq!(c256.mul, 27 * 256 + inv(&p256().fp) + 6);
    assert_eq!(c384.mul, 27 * 384 + inv6(&p384().fp) + 6);
    assert_eq!(c256.cswap, 3 * 257);
}

#[test]
fn reference_multiplier_gives_the_same_trace() {
    // The 16-bit-digit multiplier and the fast path: same public key, same checkpoints.
    let d = unhex("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721");
    let k = limbs_from_be::<4>(&d).unwrap();
    let mut a = EccUnit::with_trace(p256(), Multiplier::Cios16, Recorder::default());
    let mut b = EccUnit::with_trace(p256(), Multiplier::Cios64, Recorder::default());
    assert_eq!(a.mul_base(&k), b.mul_base(&k));
    assert_eq!(a.trace.checkpoints.len(), 256);
    assert_eq!(a.trace.checkpoints, b.trace.checkpoints);
    assert_eq!(a.trace.checkpoints[7].values.len(), 6 * 4);
    let mut c = EccUnit::new(p256(), Multiplier::Cios16);
    let _: Option<_> = c.mul_base(&k);
    let _: &NoTrace = &c.trace;
}

// ---- known answers ------------------------------------------------------------

#[test]
fn rfc6979_a25_p256_sha256_sample() {
    // RFC 6979 Appendix A.2.5, P-256, message "sample", SHA-256.
    let e = Ecdsa::new(EcCurve::P256);
    let x = unhex("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721");
    let (ux, uy) = e.public_key(&x).unwrap();
    assert_eq!(hex::encode(ux), "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6");
    assert_eq!(hex::encode(uy), "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299");
    for mult in [Multiplier::Cios16, Multiplier::Cios64] {
        let e = Ecdsa::with_multiplier(EcCurve::P256, mult);
        let (sig, k) = e.sign_deterministic(HashAlg::Sha2(Sha2Alg::Sha256), &x, b"sample").unwrap();
        assert_eq!(hex::encode(&k), "a6e3c57dd01abe90086538398355dd4c3b17aa873382b0f24d6129493d8aad60");
        assert_eq!(hex::encode(&sig.r), "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716");
        assert_eq!(hex::encode(&sig.s), "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8");
    }
}

// ---- differential: RustCrypto -----------------------------------------------------

fn rc_pub256(d: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let sk = p256::SecretKey::from_slice(d).ok()?;
    let p = sk.public_key().to_encoded_point(false);
    Some((p.x().unwrap().to_vec(), p.y().unwrap().to_vec()))
}

fn rc_pub384(d: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let sk = p384::SecretKey::from_slice(d).ok()?;
    let p = sk.public_key().to_encoded_point(false);
    Some((p.x().unwrap().to_vec(), p.y().unwrap().to_vec()))
}

fn rc_sign256(d: &[u8], k: &[u8], h: &[u8]) -> Option<Vec<u8>> {
    let d = Option::<p256::Scalar>::from(p256::Scalar::from_repr(*p256::FieldBytes::from_slice(d)))?;
    let k = Option::<p256::Scalar>::from(p256::Scalar::from_repr(*p256::FieldBytes::from_slice(k)))?;
    let z = bits2field::<p256::NistP256>(h).ok()?;
    let (sig, _) = ::ecdsa::hazmat::sign_prehashed::<p256::NistP256, _>(&d, k, &z).ok()?;
    Some(sig.to_bytes().to_vec())
}

fn rc_sign384(d: &[u8], k: &[u8], h: &[u8]) -> Option<Vec<u8>> {
    let d = Option::<p384::Scalar>::from(p384::Scalar::from_repr(*p384::FieldBytes::from_slice(d)))?;
    let k = Option::<p384::Scalar>::from(p384::Scalar::from_repr(*p384::FieldBytes::from_slice(k)))?;
    let z = bits2field::<p384::NistP384>(h).ok()?;
    let (sig, _) = ::ecdsa::hazmat::sign_prehashed::<p384::NistP384, _>(&d, k, &z).ok()?;
    Some(sig.to_bytes().to_vec())
}

fn rc_verify256(qx: &[u8], qy: &[u8], h: &[u8], sig: &[u8]) -> bool {
    use ::ecdsa::signature::hazmat::PrehashVerifier;
    let mut sec1 = vec![4u8];
    sec1.extend_from_slice(qx);
    sec1.extend_from_slice(qy);
    let (Ok(vk), Ok(sig)) = (p256::ecdsa::VerifyingKey::from_sec1_bytes(&sec1), p256::ecdsa::Signature::from_slice(sig)) else {
        return false;
    };
    vk.verify_prehash(h, &sig).is_ok()
}

fn rc_verify384(qx: &[u8], qy: &[u8], h: &[u8], sig: &[u8]) -> bool {
    use ::ecdsa::signature::hazmat::PrehashVerifier;
    let mut sec1 = vec![4u8];
    sec1.extend_from_slice(qx);
    sec1.extend_from_slice(qy);
    let (Ok(vk), Ok(sig)) = (p384::ecdsa::VerifyingKey::from_sec1_bytes(&sec1), p384::ecdsa::Signature::from_slice(sig)) else {
        return false;
    };
    vk.verify_prehash(h, &sig).is_ok()
}

fn any_sha2() -> impl Strategy<Value = HashAlg> {
    (0usize..6).prop_map(|i| HashAlg::Sha2(SHA2[i]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn keygen_matches_rustcrypto_p256(d in any::<[u8; 32]>()) {
        let g = Ecdsa::new(EcCurve::P256).public_key(&d).ok();
        prop_assert_eq!(g, rc_pub256(&d));
    }

    #[test]
    fn keygen_matches_rustcrypto_p384(d in any::<[u8; 48]>()) {
        let g = Ecdsa::new(EcCurve::P384).public_key(&d).ok();
        prop_assert_eq!(g, rc_pub384(&d));
    }

    #[test]
    fn sign_with_k_matches_rustcrypto_p256(d in any::<[u8; 32]>(), k in any::<[u8; 32]>(), hash in any_sha2(),
                                           msg in proptest::collection::vec(any::<u8>(), 0..200)) {
        let h = digest(hash, &msg);
        let g = Ecdsa::new(EcCurve::P256).sign(hash, &d, &msg, &k).ok().map(|s| s.to_p1363());
        prop_assert_eq!(&g, &rc_sign256(&d, &k, &h));
        if let Some(sig) = g {
            let (qx, qy) = Ecdsa::new(EcCurve::P256).public_key(&d).unwrap();
            prop_assert!(Ecdsa::new(EcCurve::P256).verify_p1363(hash, &qx, &qy, &msg, &sig));
            prop_assert!(rc_verify256(&qx, &qy, &h, &sig));
        }
    }

    #[test]
    fn sign_with_k_matches_rustcrypto_p384(d in any::<[u8; 48]>(), k in any::<[u8; 48]>(), hash in any_sha2(),
                                           msg in proptest::collection::vec(any::<u8>(), 0..200)) {
        let h = digest(hash, &msg);
        let g = Ecdsa::new(EcCurve::P384).sign(hash, &d, &msg, &k).ok().map(|s| s.to_p1363());
        prop_assert_eq!(&g, &rc_sign384(&d, &k, &h));
    }

    #[test]
    fn rfc6979_matches_rustcrypto(d in any::<[u8; 48]>(), msg in proptest::collection::vec(any::<u8>(), 0..200)) {
        use ::ecdsa::signature::Signer;
        // P-256 with SHA-256 and P-384 with SHA-384 (RustCrypto's DRBG hash is the curve's).
        if let Ok(sk) = p256::ecdsa::SigningKey::from_slice(&d[..32]) {
            let rc: p256::ecdsa::Signature = sk.sign(&msg);
            let (g, _) = Ecdsa::new(EcCurve::P256).sign_deterministic(HashAlg::Sha2(Sha2Alg::Sha256), &d[..32], &msg).unwrap();
            prop_assert_eq!(g.to_p1363(), rc.to_bytes().to_vec());
        }
        if let Ok(sk) = p384::ecdsa::SigningKey::from_slice(&d) {
            let rc: p384::ecdsa::Signature = sk.sign(&msg);
            let (g, _) = Ecdsa::new(EcCurve::P384).sign_deterministic(HashAlg::Sha2(Sha2Alg::Sha384), &d, &msg).unwrap();
            prop_assert_eq!(g.to_p1363(), rc.to_bytes().to_vec());
            prop_assert_eq!(g.to_der(), rc.to_der().as_bytes().to_vec());
        }
    }

    #[test]
    fn verify_agrees_with_rustcrypto(d in any::<[u8; 48]>(), k in any::<[u8; 48]>(), hash in any_sha2(),
                                     msg in proptest::collection::vec(any::<u8>(), 1..100),
                                     flip in 0usize..200, bit in 0u8..8, which in 0u8..4) {
        // A valid signature, then one field corrupted (message, r, s, or none).
        for curve in EcCurve::ALL {
            let len = curve.byte_len();
            let e = Ecdsa::new(curve);
            let (d, k) = (&d[..len], &k[..len]);
            let Ok(sig) = e.sign(hash, d, &msg, k) else { continue };
            let (qx, qy) = e.public_key(d).unwrap();
            let mut sig = sig.to_p1363();
            let mut msg = msg.clone();
            match which {
                0 => { let i = flip % msg.len(); msg[i] ^= 1 << bit; }
                1 => { sig[flip % len] ^= 1 << bit; }
                2 => { sig[len + flip % len] ^= 1 << bit; }
                _ => {}
            }
            let h = digest(hash, &msg);
            let g = e.verify_p1363(hash, &qx, &qy, &msg, &sig);
            let rc = match curve { EcCurve::P256 => rc_verify256(&qx, &qy, &h, &sig), EcCurve::P384 => rc_verify384(&qx, &qy, &h, &sig) };
            prop_assert_eq!(g, rc);
            prop_assert_eq!(g, which == 3);
        }
    }
}

// ---- bad input ------------------------------------------------------------------

#[test]
fn bad_keys_and_scalars_are_typed_errors_or_false() {
    let h = HashAlg::Sha2(Sha2Alg::Sha256);
    for curve in EcCurve::ALL {
        let e = Ecdsa::new(curve);
        let len = curve.byte_len();
        let n = match curve {
            EcCurve::P256 => field::limbs_to_be(&p256().fnn.modulus, len),
            EcCurve::P384 => field::limbs_to_be(&p384().fnn.modulus, len),
        };
        let p = match curve {
            EcCurve::P256 => field::limbs_to_be(&p256().fp.modulus, len),
            EcCurve::P384 => field::limbs_to_be(&p384().fp.modulus, len),
        };
        let zero = vec![0u8; len];
        let mut one = zero.clone();
        one[len - 1] = 1;
        assert_eq!(e.public_key(&zero), Err(EcdsaError::ScalarOutOfRange("d")));
        assert_eq!(e.public_key(&n), Err(EcdsaError::ScalarOutOfRange("d")));
        assert_eq!(e.public_key(&vec![1u8; len + 1]), Err(EcdsaError::ScalarOutOfRange("d")));
        let (gx, gy) = e.public_key(&one).unwrap();
        // d = 1: Q = G, valid; (0, 0) (infinity's usual encoding) not on the curve.
        assert_eq!(e.validate_public_key(&gx, &gy), Ok(()));
        assert_eq!(e.validate_public_key(&zero, &zero), Err(PublicKeyError::NotOnCurve));
        let mut gy2 = gy.clone();
        gy2[len - 1] ^= 1;
        assert_eq!(e.validate_public_key(&gx, &gy2), Err(PublicKeyError::NotOnCurve));
        assert_eq!(e.validate_public_key(&p, &gy), Err(PublicKeyError::CoordinateOutOfRange));
        // x + p: same residue, out of range.
        assert_eq!(e.validate_public_key(&vec![0xff; len + 1], &gy), Err(PublicKeyError::CoordinateOutOfRange));
        // Signing: bad d, k.
        assert_eq!(e.sign(h, &one, b"m", &zero), Err(EcdsaError::ScalarOutOfRange("k")));
        assert_eq!(e.sign(h, &n, b"m", &one), Err(EcdsaError::ScalarOutOfRange("d")));
        let sig = e.sign(h, &one, b"m", &one).unwrap();
        assert!(e.verify(h, &gx, &gy, b"m", &sig.r, &sig.s));
        // r, s = 0 or n, off-curve key, wrong lengths.
        assert!(!e.verify(h, &gx, &gy, b"m", &zero, &sig.s));
        assert!(!e.verify(h, &gx, &gy, b"m", &sig.r, &zero));
        assert!(!e.verify(h, &gx, &gy, b"m", &n, &sig.s));
        assert!(!e.verify(h, &gx, &gy, b"m", &sig.r, &n));
        assert!(!e.verify(h, &gx, &gy2, b"m", &sig.r, &sig.s));
        assert!(!e.verify(h, &zero, &zero, b"m", &sig.r, &sig.s));
        let p1363 = sig.to_p1363();
        assert!(e.verify_p1363(h, &gx, &gy, b"m", &p1363));
        assert!(!e.verify_p1363(h, &gx, &gy, b"m", &p1363[1..]));
        assert!(!e.verify_p1363(h, &gx, &gy, b"m", &[p1363.as_slice(), &[0]].concat()));
        assert!(e.verify_der(h, &gx, &gy, b"m", &sig.to_der()));
        let mut der = sig.to_der();
        der.push(0);
        assert!(!e.verify_der(h, &gx, &gy, b"m", &der));
        // DetECDSA over SHAKE has no HMAC: typed error.
        assert_eq!(
            e.sign_deterministic(HashAlg::Sha3(Sha3Mode::Shake128), &one, b"m").unwrap_err(),
            EcdsaError::UnsupportedHash("SHAKE-128")
        );
    }
}

#[test]
fn strict_der() {
    use golden_model::ecdsa::der::{decode_signature, encode_signature};
    assert_eq!(decode_signature(&unhex("3006020101020102")), Ok((vec![1], vec![2])));
    assert_eq!(decode_signature(&unhex("300702020080020102")), Ok((vec![0x80], vec![2])));
    assert_eq!(encode_signature(&[0x80], &[0, 2]), unhex("300702020080020102"));
    assert_eq!(encode_signature(&[0], &[0]), unhex("3006020100020100"));
    let bad = [
        ("", DerError::Truncated),
        ("3106020101020102", DerError::UnexpectedTag { expected: 0x30, got: 0x31 }),
        ("308006020101020102", DerError::IndefiniteLength),
        ("30810602010102010200", DerError::NonMinimalLength),
        ("3007020101020102", DerError::Truncated),
        ("300602010102010200", DerError::TrailingData),
        ("30080201010201020500", DerError::TrailingData),
        ("300702020001020102", DerError::NonMinimalInteger),
        ("3006020181020102", DerError::NegativeInteger),
        ("30050200020102", DerError::EmptyInteger),
        ("3006030101020102", DerError::UnexpectedTag { expected: 0x02, got: 0x03 }),
        ("3083000006020101020102", DerError::LengthTooLarge),
    ];
    for (h, e) in bad {
        assert_eq!(decode_signature(&unhex(h)), Err(e), "{h}");
    }
}

#[test]
fn private_key_from_random_bits() {
    // FIPS 186-5 A.2.1 / A.2.2 with chosen "random" bits.
    let e = Ecdsa::new(EcCurve::P256);
    let n = field::limbs_to_be(&p256().fnn.modulus, 32);
    let sub = |k: u8| {
        let mut v = field::limbs_from_be::<4>(&n).unwrap();
        v[0] -= k as u64;
        field::limbs_to_be(&v, 32)
    };
    let mut one = vec![0u8; 32];
    one[31] = 1;
    let mut two = one.clone();
    two[31] = 2;
    // A.2.1: c (40 bytes) = c mod (n-1) + 1.
    let run = |c: Vec<u8>, mode| {
        let mut c = Some(c);
        let mut rnd = |b: &mut [u8]| b.copy_from_slice(&c.take().unwrap());
        e.generate_key_pair(mode, &mut rnd).unwrap().0
    };
    let pad = |v: &[u8]| [vec![0u8; 8], v.to_vec()].concat();
    assert_eq!(run(vec![0; 40], SecretGeneration::ExtraBits), one);
    assert_eq!(run(pad(&sub(1)), SecretGeneration::ExtraBits), one); // (n-1) mod (n-1) = 0
    assert_eq!(run(pad(&sub(2)), SecretGeneration::ExtraBits), sub(1)); // n-2 -> n-1
    assert_eq!(run(pad(&n), SecretGeneration::ExtraBits), two); // n mod (n-1) = 1
    // A.2.2: candidates above n-2 are rejected, the next one taken.
    let mut draws = vec![vec![0xffu8; 32], sub(1), sub(2)].into_iter();
    let mut rnd = |b: &mut [u8]| b.copy_from_slice(&draws.next().unwrap());
    let (d, qx, qy) = e.generate_key_pair(SecretGeneration::TestingCandidates, &mut rnd).unwrap();
    assert_eq!(d, sub(1));
    assert_eq!(e.validate_public_key(&qx, &qy), Ok(()));
    let mut always_high = |b: &mut [u8]| b.fill(0xff);
    assert_eq!(
        e.generate_key_pair(SecretGeneration::TestingCandidates, &mut always_high),
        Err(EcdsaError::KeyGenerationFailed)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn der_decoder_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
        if let Ok((r, s)) = der::decode_signature(&bytes) {
            // Whatever parses re-encodes to the same bytes (DER is canonical).
            prop_assert_eq!(der::encode_signature(&r, &s), bytes);
        }
    }

    #[test]
    fn der_round_trip(r in proptest::collection::vec(any::<u8>(), 0..70), s in proptest::collection::vec(any::<u8>(), 0..70)) {
        let enc = der::encode_signature(&r, &s);
        let (r2, s2) = der::decode_signature(&enc).unwrap();
        let strip = |v: &[u8]| { let i = v.iter().position(|&b| b != 0).unwrap_or(v.len()); let t = v[i..].to_vec(); if t.is_empty() { vec![0] } else { t } };
        prop_assert_eq!(r2, strip(&r));
        prop_assert_eq!(s2, strip(&s));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn verify_random_bytes_is_false_never_panics(qx in proptest::collection::vec(any::<u8>(), 0..50),
                                                 qy in proptest::collection::vec(any::<u8>(), 0..50),
                                                 sig in proptest::collection::vec(any::<u8>(), 0..110),
                                                 msg in proptest::collection::vec(any::<u8>(), 0..20)) {
        for curve in EcCurve::ALL {
            let e = Ecdsa::new(curve);
            let h = HashAlg::Sha2(Sha2Alg::Sha256);
            prop_assert!(!e.verify_der(h, &qx, &qy, &msg, &sig));
            prop_assert!(!e.verify_p1363(h, &qx, &qy, &msg, &sig));
            let half = sig.len() / 2;
            prop_assert!(!e.verify(h, &qx, &qy, &msg, &sig[..half], &sig[half..]));
        }
    }
}
