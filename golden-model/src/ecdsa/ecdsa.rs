//! The ECC unit: key pair generation (Q = dG), public-key validation, ECDSA
//! signature generation and verification (FIPS 186-5 §6.2, §6.4), on one curve,
//! all point arithmetic by the Montgomery ladder, all scalar arithmetic modulo n
//! in Montgomery form on the same multiplier.

use super::curve::CurveParams;
use super::drbg::{bits2int, Rfc6979};
use super::field::{is_zero, less_than, limbs_from_be, limbs_to_be, Alu, Multiplier, OpCounts};
use super::hash::{digest, HashAlg};
use super::ladder::montgomery_ladder;
use super::point::{add, ProjectivePoint};
use super::{EcdsaError, PublicKeyError};
use crate::trace::{NoTrace, Trace};

/// An affine point, plain (not Montgomery) coordinates.
pub type Affine<const L: usize> = ([u64; L], [u64; L]);

/// (r, s, k) of a deterministic signature, plain integers.
pub type SignatureAndNonce<const L: usize> = ([u64; L], [u64; L], [u64; L]);

/// Most nonce candidates tried by deterministic signing before giving up (each
/// retry has probability about 2^-32 on P-256 and P-384; this bounds the loop).
pub const MAX_NONCE_CANDIDATES: usize = 64;

/// One ECC unit on the curve `curve`: a GF(p) ALU, a mod-n ALU and a trace hook.
#[derive(Clone, Debug)]
pub struct EccUnit<'c, const L: usize, T: Trace = NoTrace> {
    pub curve: &'c CurveParams<L>,
    /// Arithmetic mod p (point arithmetic).
    pub fp: Alu<'c, L>,
    /// Arithmetic mod n (the signature equation).
    pub fnn: Alu<'c, L>,
    pub trace: T,
}

impl<'c, const L: usize> EccUnit<'c, L, NoTrace> {
    pub fn new(curve: &'c CurveParams<L>, multiplier: Multiplier) -> Self {
        EccUnit::with_trace(curve, multiplier, NoTrace)
    }
}

impl<'c, const L: usize, T: Trace> EccUnit<'c, L, T> {
    pub fn with_trace(curve: &'c CurveParams<L>, multiplier: Multiplier, trace: T) -> Self {
        EccUnit {
            curve,
            fp: Alu::new(&curve.fp, multiplier),
            fnn: Alu::new(&curve.fnn, multiplier),
            trace,
        }
    }

    /// Operation counts of the GF(p) ALU and the mod-n ALU so far.
    pub fn counts(&self) -> (OpCounts, OpCounts) {
        (self.fp.counts, self.fnn.counts)
    }

    /// Number of ladder iterations: bitlen(n).
    pub fn ladder_bits(&self) -> usize {
        self.curve.fnn.bits
    }

    /// Into projective Montgomery form: (x·R : y·R : R).
    fn lift(&mut self, p: &Affine<L>) -> ProjectivePoint<L> {
        let x = self.fp.to_mont(&p.0);
        let y = self.fp.to_mont(&p.1);
        ProjectivePoint { x, y, z: self.fp.field.one }
    }

    /// Back to affine plain coordinates: x = X/Z, y = Y/Z with Z^(-1) = Z^(p-2);
    /// `None` for the identity (Z = 0). The same operations run either way.
    pub fn to_affine(&mut self, p: &ProjectivePoint<L>) -> Option<Affine<L>> {
        let zinv = self.fp.invert(&p.z);
        let x = self.fp.mul(&p.x, &zinv);
        let y = self.fp.mul(&p.y, &zinv);
        let x = self.fp.from_mont(&x);
        let y = self.fp.from_mont(&y);
        (is_zero(&p.z) == 0).then_some((x, y))
    }

    /// k·P (projective, Montgomery form) by the fixed-schedule ladder; any
    /// k < 2^bitlen(n).
    pub fn scalar_mul(&mut self, k: &[u64; L], p: &Affine<L>) -> ProjectivePoint<L> {
        let pp = self.lift(p);
        let b = self.curve.b_mont;
        let bits = self.ladder_bits();
        montgomery_ladder(&mut self.fp, &b, k, &pp, bits, &mut self.trace)
    }

    /// k·G, affine (`None` if k ≡ 0 mod n).
    pub fn mul_base(&mut self, k: &[u64; L]) -> Option<Affine<L>> {
        let g = (self.curve.gx, self.curve.gy);
        let r = self.scalar_mul(k, &g);
        self.to_affine(&r)
    }

    /// A scalar from big-endian bytes, required in [1, n-1].
    fn scalar(&self, bytes: &[u8], what: &'static str) -> Result<[u64; L], EcdsaError> {
        let v = limbs_from_be::<L>(bytes).ok_or(EcdsaError::ScalarOutOfRange(what))?;
        if is_zero(&v) == 1 || less_than(&v, &self.curve.fnn.modulus) == 0 {
            return Err(EcdsaError::ScalarOutOfRange(what));
        }
        Ok(v)
    }

    /// Key pair generation from a given private key d in [1, n-1]: Q = dG
    /// (FIPS 186-5 §6.2.1 / A.2, the point multiplication step).
    pub fn public_key(&mut self, d: &[u8]) -> Result<Affine<L>, EcdsaError> {
        let d = self.scalar(d, "d")?;
        self.mul_base(&d).ok_or(EcdsaError::ScalarOutOfRange("d"))
    }

    /// Public-key validation (SP 800-186 §D.1.1.1 via FIPS 186-5 §6.2.2):
    /// coordinates in [0, p-1], on the curve (which also excludes the identity,
    /// which has no affine coordinates; (0, 0) is not on a curve with b ≠ 0), and
    /// n·Q = O, implied by cofactor 1.
    pub fn validate_public_key(&mut self, qx: &[u8], qy: &[u8]) -> Result<Affine<L>, PublicKeyError> {
        let fp = &self.curve.fp;
        let x = fp.from_be_checked(qx).ok_or(PublicKeyError::CoordinateOutOfRange)?;
        let y = fp.from_be_checked(qy).ok_or(PublicKeyError::CoordinateOutOfRange)?;
        // y² = x³ - 3x + b (mod p), in Montgomery form.
        let xm = self.fp.to_mont(&x);
        let ym = self.fp.to_mont(&y);
        let y2 = self.fp.mul(&ym, &ym);
        let x2 = self.fp.mul(&xm, &xm);
        let x3 = self.fp.mul(&x2, &xm);
        let t = self.fp.add(&xm, &xm);
        let t = self.fp.add(&t, &xm);
        let rhs = self.fp.sub(&x3, &t);
        let rhs = self.fp.add(&rhs, &self.curve.b_mont);
        if y2 != rhs {
            return Err(PublicKeyError::NotOnCurve);
        }
        Ok((x, y))
    }

    /// e = bits2int(H) reduced into [0, n) (FIPS 186-5 §6.4.1 steps 2–3;
    /// e < 2^bitlen(n) < 2n, so one conditional subtraction).
    fn hash_to_scalar(&self, h: &[u8]) -> [u64; L] {
        let e = bits2int(h, self.curve.fnn.bits);
        let e = limbs_from_be::<L>(&e).expect("bits2int output fits the order's length");
        self.curve.fnn.reduce_once(&e)
    }

    /// ECDSA signature generation with a given per-message secret k (FIPS 186-5
    /// §6.4.1): R = kG, r = x_R mod n, s = k^(-1)(e + r·d) mod n. `h` is H(M).
    pub fn sign_prehashed(&mut self, d: &[u8], h: &[u8], k: &[u8]) -> Result<([u64; L], [u64; L]), EcdsaError> {
        let d = self.scalar(d, "d")?;
        let k = self.scalar(k, "k")?;
        let e = self.hash_to_scalar(h);
        self.sign_core(&d, &e, &k)
    }

    fn sign_core(&mut self, d: &[u64; L], e: &[u64; L], k: &[u64; L]) -> Result<([u64; L], [u64; L]), EcdsaError> {
        // Steps 4–6: R = kG; r = x_R mod n (x_R < p < 2n).
        let (xr, _) = self.mul_base(k).ok_or(EcdsaError::ScalarOutOfRange("k"))?;
        let r = self.curve.fnn.reduce_once(&xr);
        // Step 7: s = k^(-1)(e + r·d) mod n, in Montgomery form mod n.
        let km = self.fnn.to_mont(k);
        let kinv = self.fnn.invert(&km);
        let dm = self.fnn.to_mont(d);
        let rm = self.fnn.to_mont(&r);
        let em = self.fnn.to_mont(e);
        let rd = self.fnn.mul(&rm, &dm);
        let t = self.fnn.add(&em, &rd);
        let sm = self.fnn.mul(&kinv, &t);
        let s = self.fnn.from_mont(&sm);
        // Step 8: r = 0 or s = 0 needs a new k.
        if is_zero(&r) == 1 {
            return Err(EcdsaError::RIsZero);
        }
        if is_zero(&s) == 1 {
            return Err(EcdsaError::SIsZero);
        }
        Ok((r, s))
    }

    /// Deterministic ECDSA (FIPS 186-5 §6.3.2, RFC 6979 §3.2): k from HMAC-DRBG
    /// seeded with int2octets(d) and bits2octets(H(M)). Returns (r, s, k).
    pub fn sign_deterministic(
        &mut self,
        hash: HashAlg,
        d: &[u8],
        msg: &[u8],
    ) -> Result<SignatureAndNonce<L>, EcdsaError> {
        let d = self.scalar(d, "d")?;
        let len = self.curve.byte_len();
        let qlen = self.curve.fnn.bits;
        let h1 = digest(hash, msg);
        // bits2octets(h1) = int2octets(bits2int(h1) mod q) (RFC 6979 §2.3.4).
        let e = self.hash_to_scalar(&h1);
        let h1_octets = limbs_to_be(&e, len);
        let x_octets = limbs_to_be(&d, len);
        let mut drbg = Rfc6979::new(hash, &x_octets, &h1_octets, qlen)?;
        for _ in 0..MAX_NONCE_CANDIDATES {
            let t = drbg.next_candidate()?;
            let k = limbs_from_be::<L>(&t).expect("candidate has rlen bytes");
            // Step h.3: accept k in [1, q-1], then require r != 0 and s != 0.
            if is_zero(&k) == 1 || less_than(&k, &self.curve.fnn.modulus) == 0 {
                continue;
            }
            match self.sign_core(&d, &e, &k) {
                Ok((r, s)) => return Ok((r, s, k)),
                Err(EcdsaError::RIsZero | EcdsaError::SIsZero) => continue,
                Err(other) => return Err(other),
            }
        }
        Err(EcdsaError::NonceGenerationFailed)
    }

    /// ECDSA signature verification (FIPS 186-5 §6.4.2) of (r, s) on H(M) = `h`
    /// under Q = (qx, qy). Every malformed input is the verdict `false`.
    pub fn verify_prehashed(&mut self, qx: &[u8], qy: &[u8], h: &[u8], r: &[u8], s: &[u8]) -> bool {
        // Step 1: r, s in [1, n-1].
        let (Ok(r), Ok(s)) = (self.scalar(r, "r"), self.scalar(s, "s")) else {
            return false;
        };
        // Public key validity (SP 800-186 §D.1.1.1).
        let Ok(q) = self.validate_public_key(qx, qy) else {
            return false;
        };
        // Steps 2–3: e.
        let e = self.hash_to_scalar(h);
        // Steps 4–5: w = s^(-1), u1 = e·w, u2 = r·w (mod n).
        let sm = self.fnn.to_mont(&s);
        let w = self.fnn.invert(&sm);
        let u1 = self.fnn.mul(&e, &w); // e·w·R·R^(-1): plain
        let u2 = self.fnn.mul(&r, &w);
        // Step 6: R = u1·G + u2·Q, two ladders and one complete addition.
        let g = (self.curve.gx, self.curve.gy);
        let p1 = self.scalar_mul(&u1, &g);
        let p2 = self.scalar_mul(&u2, &q);
        let b = self.curve.b_mont;
        let rr = add(&mut self.fp, &b, &p1, &p2);
        // Step 7: R = O rejects.
        let Some((xr, _)) = self.to_affine(&rr) else {
            return false;
        };
        // Steps 8–9: v = x_R mod n; accept iff v = r.
        let v = self.curve.fnn.reduce_once(&xr);
        v == r
    }
}
