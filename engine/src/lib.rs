//! The one engine interface: every algorithm runs through [`Engine`], which has a
//! golden back end (`golden_model::engine::Golden`) and an RTL back end
//! (`cosim::Rtl`, Verilated models). Tests, the ACVP responder and the CLI drive
//! both alike.
//!
//! An operation a back end does not (yet) implement answers
//! [`EngineError::Unsupported`], never a wrong value. Besides the trait and its
//! errors this crate holds only the parameter and value types its methods take:
//! names, codes and sizes, no computation.

pub mod ecdsa;
mod error;
pub mod hash;
pub mod mldsa;
pub mod mlkem;

pub use ecdsa::EcCurve;
pub use error::{EngineError, EngineResult};
pub use hash::{HashAlg, Sha2Alg, Sha3Mode};
pub use mldsa::{Message as MlDsaMessage, Params as MlDsaParams, PreHash};
pub use mlkem::Params as MlKemParams;

fn unsupported<T>(engine: &'static str, operation: &'static str) -> EngineResult<T> {
    Err(EngineError::Unsupported { engine, operation })
}

/// One interface over every algorithm of the HSM. Methods default to
/// `Unsupported` so that an RTL back end implements exactly the blocks that exist.
pub trait Engine {
    /// `"golden"` or `"rtl"`.
    fn name(&self) -> &'static str;

    // ---- FIPS 202 --------------------------------------------------------------
    /// Keccak-f\[1600\] on 25 lanes.
    fn keccak_f1600(&mut self, _state: [u64; 25]) -> EngineResult<[u64; 25]> {
        unsupported(self.name(), "Keccak-f[1600]")
    }
    /// SHA3-* or SHAKE* of `msg`; `out_len` bytes (ignored for fixed-length modes,
    /// which return their digest length).
    fn sha3(&mut self, _mode: Sha3Mode, _msg: &[u8], _out_len: usize) -> EngineResult<Vec<u8>> {
        unsupported(self.name(), "SHA-3")
    }

    // ---- FIPS 180-4 SHA-2, FIPS 198-1 HMAC ---------------------------------------
    /// The SHA-2 message digest of `msg` (FIPS 180-4).
    fn sha2(&mut self, _alg: Sha2Alg, _msg: &[u8]) -> EngineResult<Vec<u8>> {
        unsupported(self.name(), "SHA-2")
    }
    /// HMAC(key, msg) over SHA-2 (FIPS 198-1), the full-length MAC. Keys longer than the
    /// block are hashed first (step 2).
    fn hmac_sha2(&mut self, _alg: Sha2Alg, _key: &[u8], _msg: &[u8]) -> EngineResult<Vec<u8>> {
        unsupported(self.name(), "HMAC-SHA-2")
    }

    // ---- FIPS 203 ML-KEM ---------------------------------------------------------
    /// ML-KEM.KeyGen_internal(d, z) (Algorithm 16): (ek, dk). d and z are 32 bytes.
    fn mlkem_keygen(&mut self, _p: MlKemParams, _d: &[u8], _z: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        unsupported(self.name(), "ML-KEM KeyGen")
    }
    /// ML-KEM encapsulation with message m (Algorithm 17) after the §7.2 check of ek: (K, c).
    fn mlkem_encaps(&mut self, _p: MlKemParams, _ek: &[u8], _m: &[u8]) -> EngineResult<([u8; 32], Vec<u8>)> {
        unsupported(self.name(), "ML-KEM Encaps")
    }
    /// ML-KEM decapsulation (Algorithm 18) after the §7.3 checks: K, or the
    /// implicit-rejection key for a ciphertext that does not re-encrypt.
    fn mlkem_decaps(&mut self, _p: MlKemParams, _dk: &[u8], _c: &[u8]) -> EngineResult<[u8; 32]> {
        unsupported(self.name(), "ML-KEM Decaps")
    }
    /// §7.2 encapsulation key check (length, modulus): passes or not.
    fn mlkem_check_ek(&mut self, _p: MlKemParams, _ek: &[u8]) -> EngineResult<bool> {
        unsupported(self.name(), "ML-KEM encapsulation key check")
    }
    /// §7.3 decapsulation key check (length, hash): passes or not.
    fn mlkem_check_dk(&mut self, _p: MlKemParams, _dk: &[u8]) -> EngineResult<bool> {
        unsupported(self.name(), "ML-KEM decapsulation key check")
    }

    // ---- FIPS 204 ML-DSA ---------------------------------------------------------
    /// ML-DSA.KeyGen_internal(ξ) (Algorithm 6): (pk, sk). ξ is 32 bytes.
    fn mldsa_keygen(&mut self, _p: MlDsaParams, _xi: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        unsupported(self.name(), "ML-DSA KeyGen")
    }
    /// ML-DSA signing (Algorithms 2, 4, 7, or from an external μ) with randomness
    /// `rnd` (all zero: the deterministic variant): the encoded signature.
    fn mldsa_sign(&mut self, _p: MlDsaParams, _sk: &[u8], _msg: &MlDsaMessage, _rnd: &[u8; 32]) -> EngineResult<Vec<u8>> {
        unsupported(self.name(), "ML-DSA Sign")
    }
    /// ML-DSA verification (Algorithms 3, 5, 8, or from an external μ): the verdict;
    /// malformed keys, signatures and contexts are `false`.
    fn mldsa_verify(&mut self, _p: MlDsaParams, _pk: &[u8], _msg: &MlDsaMessage, _sig: &[u8]) -> EngineResult<bool> {
        unsupported(self.name(), "ML-DSA Verify")
    }

    // ---- FIPS 186-5 ECDSA (P-256, P-384) -------------------------------------------
    // Scalars and coordinates are big-endian of the curve's length; `msg` is hashed
    // by the engine with `hash`.
    /// Q = dG for d in [1, n-1]: (qx, qy).
    fn ecdsa_public_key(&mut self, _c: EcCurve, _d: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        unsupported(self.name(), "ECDSA public key")
    }
    /// Public-key validation (range, on the curve): the verdict.
    fn ecdsa_check_public_key(&mut self, _c: EcCurve, _qx: &[u8], _qy: &[u8]) -> EngineResult<bool> {
        unsupported(self.name(), "ECDSA public key validation")
    }
    /// ECDSA signature with the given per-message secret k: (r, s).
    fn ecdsa_sign(&mut self, _c: EcCurve, _h: HashAlg, _d: &[u8], _msg: &[u8], _k: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        unsupported(self.name(), "ECDSA Sign")
    }
    /// Deterministic ECDSA (RFC 6979 nonce): (r, s).
    fn ecdsa_sign_deterministic(&mut self, _c: EcCurve, _h: HashAlg, _d: &[u8], _msg: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        unsupported(self.name(), "DetECDSA Sign")
    }
    /// ECDSA verification of (r, s): the verdict; malformed inputs are `false`.
    #[allow(clippy::too_many_arguments)]
    fn ecdsa_verify(&mut self, _c: EcCurve, _h: HashAlg, _qx: &[u8], _qy: &[u8], _msg: &[u8], _r: &[u8], _s: &[u8]) -> EngineResult<bool> {
        unsupported(self.name(), "ECDSA Verify")
    }
}
