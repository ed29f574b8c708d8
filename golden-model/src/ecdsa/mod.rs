//! FIPS 186-5 ECDSA on P-256 and P-384, shaped like the HSM's ECC unit.
//!
//! * [`field`]: Montgomery arithmetic, CIOS on 16-bit digits (the RTL's 16x16
//!   multiplier; 16 digits for P-256, 24 for P-384) with a 64-bit-limb fast path
//!   checked equal to it; inversion by Fermat.
//! * [`point`]: complete projective formulas for a = -3 (RCB16 Algorithms 4, 6).
//! * [`ladder`]: Montgomery ladder with a fixed schedule (bitlen(n) steps,
//!   arithmetic conditional swaps), one `ecc/ladder_step` checkpoint per step.
//! * [`ecdsa`](mod@ecdsa): the unit: Q = dG, key validation, sign, verify.
//! * [`drbg`]: RFC 6979 HMAC-DRBG for DetECDSA ([`drbg_schedule`]: the contract of the
//!   RTL nonce generator, `rtl::drbg`); [`hash`]: SHA-2/SHA-3 and HMAC;
//!   [`der`]: strict DER signatures.
//!
//! Field multiplications per scalar multiplication, counted by the ALU and pinned
//! by a test (`tests/ecdsa.rs`): 27 per ladder step (addition 14, doubling 13),
//! Fermat inversion of Z (bitlen(p) squarings + popcount(p-2) products), 2 products
//! for x, y and 4 Montgomery conversions: P-256 27·256 + 384 + 6 = 7302,
//! P-384 27·384 + 702 + 6 = 11076. Signing is one scalar multiplication plus about
//! bitlen(n) + popcount(n-2) + 8 products mod n; verification two plus one addition.
//!
//! [`Ecdsa`] is the byte-level interface over both curves that the engine and the
//! ACVP responder use.

pub mod curve;
pub mod der;
pub mod drbg;
pub mod drbg_schedule;
#[allow(clippy::module_inception)]
pub mod ecdsa;
pub mod field;
pub mod hash;
pub mod ladder;
pub mod point;
pub mod program;

pub use curve::{p256, p384, CurveParams, EcCurve};
pub use der::DerError;
pub use ecdsa::EccUnit;
pub use field::{Multiplier, OpCounts};
pub use hash::HashAlg;

use engine::EngineError;
use field::{limbs_from_be, limbs_to_be, sub_limbs};
use hash::digest;
use std::fmt;

/// Why a public key is invalid (the reasons ACVP keyVer names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublicKeyError {
    /// A coordinate is not in [0, p-1] (or has more bytes than p).
    CoordinateOutOfRange,
    /// The point does not satisfy the curve equation.
    NotOnCurve,
}

/// Why an ECDSA operation could not produce a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EcdsaError {
    /// A scalar (named: `d`, `k`, `r`, `s`) is not in [1, n-1].
    ScalarOutOfRange(&'static str),
    /// The public key is invalid.
    PublicKey(PublicKeyError),
    /// The given k gives r = 0: the caller must choose another k.
    RIsZero,
    /// The given k gives s = 0: the caller must choose another k.
    SIsZero,
    /// The hash cannot be used here (HMAC over SHAKE for DetECDSA).
    UnsupportedHash(&'static str),
    /// An input has the wrong length.
    WrongLength { what: &'static str, expected: usize, got: usize },
    /// A DER signature does not parse.
    Der(DerError),
    /// Deterministic signing found no usable nonce within its bound.
    NonceGenerationFailed,
    /// Key generation found no candidate within its bound.
    KeyGenerationFailed,
}

impl fmt::Display for EcdsaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EcdsaError::ScalarOutOfRange(w) => write!(f, "{w} is not in [1, n-1]"),
            EcdsaError::PublicKey(PublicKeyError::CoordinateOutOfRange) => {
                write!(f, "public key coordinate out of range")
            }
            EcdsaError::PublicKey(PublicKeyError::NotOnCurve) => write!(f, "public key not on the curve"),
            EcdsaError::RIsZero => write!(f, "r = 0 for this k"),
            EcdsaError::SIsZero => write!(f, "s = 0 for this k"),
            EcdsaError::UnsupportedHash(h) => write!(f, "{h} cannot be used here"),
            EcdsaError::WrongLength { what, expected, got } => {
                write!(f, "{what}: expected {expected} bytes, got {got}")
            }
            EcdsaError::Der(e) => write!(f, "DER: {e}"),
            EcdsaError::NonceGenerationFailed => write!(f, "no nonce candidate was usable"),
            EcdsaError::KeyGenerationFailed => write!(f, "no private key candidate was usable"),
        }
    }
}

impl std::error::Error for EcdsaError {}

impl From<PublicKeyError> for EcdsaError {
    fn from(e: PublicKeyError) -> Self {
        EcdsaError::PublicKey(e)
    }
}

impl From<DerError> for EcdsaError {
    fn from(e: DerError) -> Self {
        EcdsaError::Der(e)
    }
}

/// A signature (r, s), each big-endian of the curve's length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub r: Vec<u8>,
    pub s: Vec<u8>,
}

impl Signature {
    /// IEEE P1363 form r ‖ s.
    pub fn to_p1363(&self) -> Vec<u8> {
        [self.r.as_slice(), self.s.as_slice()].concat()
    }

    /// Strict DER form.
    pub fn to_der(&self) -> Vec<u8> {
        der::encode_signature(&self.r, &self.s)
    }
}

/// A key pair (d, qx, qy), big-endian of the curve's length.
pub type KeyPair = (Vec<u8>, Vec<u8>, Vec<u8>);

/// How a private key is drawn from random bits (FIPS 186-5 Appendix A.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretGeneration {
    /// A.2.1: N + 64 random bits c, d = (c mod (n - 1)) + 1.
    ExtraBits,
    /// A.2.2: N random bits c; retry while c > n - 2; d = c + 1.
    TestingCandidates,
}

impl SecretGeneration {
    /// The ACVP `secretGenerationMode` names.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "extra bits" => Some(SecretGeneration::ExtraBits),
            "testing candidates" => Some(SecretGeneration::TestingCandidates),
            _ => None,
        }
    }
}

/// Most candidates drawn by A.2.2 (each is rejected with probability < 2^-32).
pub const MAX_KEY_CANDIDATES: usize = 64;

/// ECDSA over one curve at the byte level: big-endian scalars and coordinates.
/// Scalars and coordinates may carry leading zero bytes; values too long or out of
/// range are errors (or the verdict `false`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ecdsa {
    pub curve: EcCurve,
    pub multiplier: Multiplier,
}

/// Runs `$body` with `$u` bound to a fresh `EccUnit` of the right width.
macro_rules! with_unit {
    ($self:expr, $u:ident => $body:expr) => {
        match $self.curve {
            EcCurve::P256 => {
                let mut $u = EccUnit::new(p256(), $self.multiplier);
                $body
            }
            EcCurve::P384 => {
                let mut $u = EccUnit::new(p384(), $self.multiplier);
                $body
            }
        }
    };
}

impl Ecdsa {
    /// The fast multiplier (equal to the 16-bit reference).
    pub fn new(curve: EcCurve) -> Self {
        Ecdsa { curve, multiplier: Multiplier::default() }
    }

    pub fn with_multiplier(curve: EcCurve, multiplier: Multiplier) -> Self {
        Ecdsa { curve, multiplier }
    }

    fn byte_len(&self) -> usize {
        self.curve.byte_len()
    }

    /// Q = dG for d in [1, n-1]; returns (qx, qy).
    pub fn public_key(&self, d: &[u8]) -> Result<(Vec<u8>, Vec<u8>), EcdsaError> {
        let len = self.byte_len();
        with_unit!(self, u => {
            let (x, y) = u.public_key(d)?;
            Ok((limbs_to_be(&x, len), limbs_to_be(&y, len)))
        })
    }

    /// Public-key validation.
    pub fn validate_public_key(&self, qx: &[u8], qy: &[u8]) -> Result<(), PublicKeyError> {
        with_unit!(self, u => u.validate_public_key(qx, qy).map(|_| ()))
    }

    /// Signature with a given k.
    pub fn sign(&self, hash: HashAlg, d: &[u8], msg: &[u8], k: &[u8]) -> Result<Signature, EcdsaError> {
        self.sign_prehashed(&digest(hash, msg), d, k)
    }

    /// Signature with a given k over a given hash value H(M).
    pub fn sign_prehashed(&self, h: &[u8], d: &[u8], k: &[u8]) -> Result<Signature, EcdsaError> {
        let len = self.byte_len();
        with_unit!(self, u => {
            let (r, s) = u.sign_prehashed(d, h, k)?;
            Ok(Signature { r: limbs_to_be(&r, len), s: limbs_to_be(&s, len) })
        })
    }

    /// Deterministic signature (RFC 6979 nonce); also returns k.
    pub fn sign_deterministic(&self, hash: HashAlg, d: &[u8], msg: &[u8]) -> Result<(Signature, Vec<u8>), EcdsaError> {
        let len = self.byte_len();
        with_unit!(self, u => {
            let (r, s, k) = u.sign_deterministic(hash, d, msg)?;
            Ok((Signature { r: limbs_to_be(&r, len), s: limbs_to_be(&s, len) }, limbs_to_be(&k, len)))
        })
    }

    /// Verification of (r, s); any malformed input gives `false`.
    pub fn verify(&self, hash: HashAlg, qx: &[u8], qy: &[u8], msg: &[u8], r: &[u8], s: &[u8]) -> bool {
        self.verify_prehashed(qx, qy, &digest(hash, msg), r, s)
    }

    pub fn verify_prehashed(&self, qx: &[u8], qy: &[u8], h: &[u8], r: &[u8], s: &[u8]) -> bool {
        with_unit!(self, u => u.verify_prehashed(qx, qy, h, r, s))
    }

    /// Verification of an IEEE P1363 signature r ‖ s: exactly 2·len bytes.
    pub fn verify_p1363(&self, hash: HashAlg, qx: &[u8], qy: &[u8], msg: &[u8], sig: &[u8]) -> bool {
        let len = self.byte_len();
        sig.len() == 2 * len && self.verify(hash, qx, qy, msg, &sig[..len], &sig[len..])
    }

    /// Verification of a strict-DER signature.
    pub fn verify_der(&self, hash: HashAlg, qx: &[u8], qy: &[u8], msg: &[u8], sig: &[u8]) -> bool {
        match der::decode_signature(sig) {
            Ok((r, s)) => self.verify(hash, qx, qy, msg, &r, &s),
            Err(_) => false,
        }
    }

    /// A scalar in [1, n-1] from random bits by FIPS 186-5 A.2.1 / A.2.2 (the
    /// same procedures serve the per-message secret k, A.3.1 / A.3.2).
    pub fn random_scalar(&self, mode: SecretGeneration, random: &mut dyn FnMut(&mut [u8])) -> Result<Vec<u8>, EcdsaError> {
        match self.curve {
            EcCurve::P256 => private_key_from_random::<4>(&p256().fnn.modulus, mode, random),
            EcCurve::P384 => private_key_from_random::<6>(&p384().fnn.modulus, mode, random),
        }
    }

    /// The private key from random bits (FIPS 186-5 A.2.1 / A.2.2); `random`
    /// fills a buffer with random bytes. Returns (d, qx, qy).
    pub fn generate_key_pair(
        &self,
        mode: SecretGeneration,
        random: &mut dyn FnMut(&mut [u8]),
    ) -> Result<KeyPair, EcdsaError> {
        let d = self.random_scalar(mode, random)?;
        let (qx, qy) = self.public_key(&d)?;
        Ok((d, qx, qy))
    }
}

/// FIPS 186-5 A.2.1 / A.2.2 for the order `n` (N = bitlen(n), a multiple of 8
/// for P-256 and P-384); returns d as big-endian bytes of n's length.
fn private_key_from_random<const L: usize>(
    n: &[u64; L],
    mode: SecretGeneration,
    random: &mut dyn FnMut(&mut [u8]),
) -> Result<Vec<u8>, EcdsaError> {
    let len = 8 * L;
    let mut one = [0u64; L];
    one[0] = 1;
    let n_minus_1 = sub_limbs(n, &one).0;
    match mode {
        SecretGeneration::ExtraBits => {
            // Steps 3–6: c from N + 64 bits; d = (c mod (n-1)) + 1, by bit-serial
            // reduction (r = 2r + bit; if r >= n-1 then r -= n-1).
            let mut c = vec![0u8; len + 8];
            random(&mut c);
            let mut r = [0u64; L];
            for byte in c {
                for i in (0..8).rev() {
                    let top = r[L - 1] >> 63;
                    let (mut r2, _) = field::add_limbs(&r, &r);
                    r2[0] |= ((byte >> i) & 1) as u64;
                    let (d, borrow) = sub_limbs(&r2, &n_minus_1);
                    r = field::select(&r2, &d, top | (borrow ^ 1));
                }
            }
            let (d, _) = field::add_limbs(&r, &one);
            Ok(limbs_to_be(&d, len))
        }
        SecretGeneration::TestingCandidates => {
            // Steps 3–7: c from N bits; retry while c > n-2; d = c + 1.
            for _ in 0..MAX_KEY_CANDIDATES {
                let mut c = vec![0u8; len];
                random(&mut c);
                let c = limbs_from_be::<L>(&c).expect("len bytes fit");
                if field::less_than(&c, &n_minus_1) == 1 {
                    let (d, _) = field::add_limbs(&c, &one);
                    return Ok(limbs_to_be(&d, len));
                }
            }
            Err(EcdsaError::KeyGenerationFailed)
        }
    }
}

impl From<EcdsaError> for EngineError {
    fn from(e: EcdsaError) -> Self {
        let what = match e {
            EcdsaError::ScalarOutOfRange(what) | EcdsaError::WrongLength { what, .. } => what,
            EcdsaError::PublicKey(_) => "public key",
            EcdsaError::RIsZero | EcdsaError::SIsZero => "k",
            EcdsaError::UnsupportedHash(_) => "hash",
            EcdsaError::Der(_) => "signature",
            EcdsaError::NonceGenerationFailed => "nonce",
            EcdsaError::KeyGenerationFailed => "random bits",
        };
        EngineError::InvalidInput { what, reason: e.to_string() }
    }
}
