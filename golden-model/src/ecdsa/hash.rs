//! The hash functions ECDSA is approved with (FIPS 186-5 §6.4, SP 800-107): SHA-2
//! (FIPS 180-4, [`crate::sha2`]) and SHA-3 / SHAKE (FIPS 202, [`crate::keccak`]),
//! and HMAC (FIPS 198-1) over them for DetECDSA's HMAC-DRBG.

use super::EcdsaError;
use crate::keccak::Sponge;
use crate::sha2;
pub use engine::HashAlg;
use engine::Sha3Mode;

/// H(msg).
pub fn digest(hash: HashAlg, msg: &[u8]) -> Vec<u8> {
    match hash {
        HashAlg::Sha2(a) => sha2::digest(a, msg),
        HashAlg::Sha3(m) => {
            let mut s = Sponge::new(m);
            s.absorb(msg);
            let mut out = vec![0u8; hash.output_len()];
            s.squeeze(&mut out);
            out
        }
    }
}

/// HMAC(key, msg) (FIPS 198-1): over SHA-2 by [`sha2::hmac`]; over SHA3-* with
/// the block size B = the rate (SP 800-224 / FIPS 202 §A); undefined for SHAKE.
pub fn hmac(hash: HashAlg, key: &[u8], msg: &[u8]) -> Result<Vec<u8>, EcdsaError> {
    match hash {
        HashAlg::Sha2(a) => Ok(sha2::hmac(a, key, msg)),
        HashAlg::Sha3(Sha3Mode::Shake128 | Sha3Mode::Shake256) => {
            Err(EcdsaError::UnsupportedHash(hash.name()))
        }
        HashAlg::Sha3(m) => {
            let b = m.rate();
            // Steps 1–3: K0.
            let mut k0 = if key.len() > b { digest(hash, key) } else { key.to_vec() };
            k0.resize(b, 0);
            // Steps 4–9.
            let mut inner = Sponge::new(m);
            inner.absorb(&k0.iter().map(|x| x ^ 0x36).collect::<Vec<u8>>());
            inner.absorb(msg);
            let mut ih = vec![0u8; hash.output_len()];
            inner.squeeze(&mut ih);
            let mut outer = Sponge::new(m);
            outer.absorb(&k0.iter().map(|x| x ^ 0x5c).collect::<Vec<u8>>());
            outer.absorb(&ih);
            let mut out = vec![0u8; hash.output_len()];
            outer.squeeze(&mut out);
            Ok(out)
        }
    }
}
