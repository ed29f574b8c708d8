//! The golden back end of the [`Engine`] trait (crate `engine`), which also has an
//! RTL back end (`cosim::Rtl`, Verilated models).
//!
//! `Engine`, `EngineError` and `EngineResult` are re-exported here so that code
//! written against `golden_model::engine` keeps compiling.

use crate::ecdsa::Ecdsa;
use crate::keccak::Sponge;
pub use engine::{Engine, EngineError, EngineResult};
use engine::{EcCurve, HashAlg, MlDsaMessage, MlDsaParams, MlKemParams, Sha2Alg, Sha3Mode};

/// The golden back end.
#[derive(Clone, Copy, Debug, Default)]
pub struct Golden;

impl Engine for Golden {
    fn name(&self) -> &'static str {
        "golden"
    }

    fn keccak_f1600(&mut self, mut state: [u64; 25]) -> EngineResult<[u64; 25]> {
        crate::keccak::keccak_f1600(&mut state);
        Ok(state)
    }

    fn sha3(&mut self, mode: Sha3Mode, msg: &[u8], out_len: usize) -> EngineResult<Vec<u8>> {
        let mut s = Sponge::new(mode);
        s.absorb(msg);
        let mut out = vec![0u8; mode.digest_len().unwrap_or(out_len)];
        s.squeeze(&mut out);
        Ok(out)
    }

    // ---- FIPS 180-4, FIPS 198-1 --------------------------------------------------
    fn sha2(&mut self, alg: Sha2Alg, msg: &[u8]) -> EngineResult<Vec<u8>> {
        Ok(crate::sha2::digest(alg, msg))
    }
    fn hmac_sha2(&mut self, alg: Sha2Alg, key: &[u8], msg: &[u8]) -> EngineResult<Vec<u8>> {
        Ok(crate::sha2::hmac(alg, key, msg))
    }

    // ---- FIPS 203 ML-KEM ---------------------------------------------------------
    fn mlkem_keygen(&mut self, p: MlKemParams, d: &[u8], z: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        Ok(crate::mlkem::keygen(&p, d, z)?)
    }
    fn mlkem_encaps(&mut self, p: MlKemParams, ek: &[u8], m: &[u8]) -> EngineResult<([u8; 32], Vec<u8>)> {
        Ok(crate::mlkem::encaps(&p, ek, m)?)
    }
    fn mlkem_decaps(&mut self, p: MlKemParams, dk: &[u8], c: &[u8]) -> EngineResult<[u8; 32]> {
        Ok(crate::mlkem::decaps(&p, dk, c)?)
    }
    fn mlkem_check_ek(&mut self, p: MlKemParams, ek: &[u8]) -> EngineResult<bool> {
        Ok(crate::mlkem::check_encapsulation_key(&p, ek).is_ok())
    }
    fn mlkem_check_dk(&mut self, p: MlKemParams, dk: &[u8]) -> EngineResult<bool> {
        Ok(crate::mlkem::check_decapsulation_key(&p, dk).is_ok())
    }

    // ---- FIPS 204 ML-DSA ---------------------------------------------------------
    fn mldsa_keygen(&mut self, p: MlDsaParams, xi: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        Ok(crate::mldsa::keygen(&p, xi)?)
    }
    fn mldsa_sign(&mut self, p: MlDsaParams, sk: &[u8], msg: &MlDsaMessage, rnd: &[u8; 32]) -> EngineResult<Vec<u8>> {
        Ok(crate::mldsa::sign(&p, sk, msg, rnd)?)
    }
    fn mldsa_verify(&mut self, p: MlDsaParams, pk: &[u8], msg: &MlDsaMessage, sig: &[u8]) -> EngineResult<bool> {
        Ok(crate::mldsa::verify(&p, pk, msg, sig))
    }

    // ---- FIPS 186-5 ECDSA (P-256, P-384) -------------------------------------------
    fn ecdsa_public_key(&mut self, c: EcCurve, d: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        Ok(Ecdsa::new(c).public_key(d)?)
    }
    fn ecdsa_check_public_key(&mut self, c: EcCurve, qx: &[u8], qy: &[u8]) -> EngineResult<bool> {
        Ok(Ecdsa::new(c).validate_public_key(qx, qy).is_ok())
    }
    fn ecdsa_sign(&mut self, c: EcCurve, h: HashAlg, d: &[u8], msg: &[u8], k: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let sig = Ecdsa::new(c).sign(h, d, msg, k)?;
        Ok((sig.r, sig.s))
    }
    fn ecdsa_sign_deterministic(&mut self, c: EcCurve, h: HashAlg, d: &[u8], msg: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let (sig, _k) = Ecdsa::new(c).sign_deterministic(h, d, msg)?;
        Ok((sig.r, sig.s))
    }
    fn ecdsa_verify(&mut self, c: EcCurve, h: HashAlg, qx: &[u8], qy: &[u8], msg: &[u8], r: &[u8], s: &[u8]) -> EngineResult<bool> {
        Ok(Ecdsa::new(c).verify(h, qx, qy, msg, r, s))
    }
}
