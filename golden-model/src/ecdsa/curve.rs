//! The NIST prime curves P-256 and P-384 (FIPS 186-5 §6.1.1 → SP 800-186 §3.2.1.3,
//! §3.2.1.4): y² = x³ - 3x + b over GF(p), prime order n, cofactor 1.

use super::field::{limbs_from_be, MontField};
pub use engine::EcCurve;
use std::sync::OnceLock;

/// The domain parameters of one curve, with their Montgomery domains.
#[derive(Debug)]
pub struct CurveParams<const L: usize> {
    pub id: EcCurve,
    /// GF(p) arithmetic.
    pub fp: MontField<L>,
    /// Arithmetic modulo the group order n.
    pub fnn: MontField<L>,
    /// b, in Montgomery form mod p.
    pub b_mont: [u64; L],
    /// The base point G, affine, plain (not Montgomery) coordinates.
    pub gx: [u64; L],
    pub gy: [u64; L],
}

impl<const L: usize> CurveParams<L> {
    /// Byte length of coordinates and scalars.
    pub fn byte_len(&self) -> usize {
        8 * L
    }

    fn build(id: EcCurve, p: &str, n: &str, b: &str, gx: &str, gy: &str) -> Self {
        let h = |s: &str| -> [u64; L] {
            let bytes: Vec<u8> = (0..s.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("constant hex"))
                .collect();
            limbs_from_be(&bytes).expect("constant fits")
        };
        let fp = MontField::new(h(p));
        let fnn = MontField::new(h(n));
        let b = h(b);
        let b_mont = fp.mont_mul_cios64(&b, &fp.r2);
        CurveParams { id, fp, fnn, b_mont, gx: h(gx), gy: h(gy) }
    }
}

/// P-256 (SP 800-186 §3.2.1.3).
pub fn p256() -> &'static CurveParams<4> {
    static C: OnceLock<CurveParams<4>> = OnceLock::new();
    C.get_or_init(|| {
        CurveParams::build(
            EcCurve::P256,
            "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
            "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
            "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
            "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
            "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
        )
    })
}

/// P-384 (SP 800-186 §3.2.1.4).
pub fn p384() -> &'static CurveParams<6> {
    static C: OnceLock<CurveParams<6>> = OnceLock::new();
    C.get_or_init(|| {
        CurveParams::build(
            EcCurve::P384,
            "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff",
            "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973",
            "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
            "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7",
            "3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f",
        )
    })
}
