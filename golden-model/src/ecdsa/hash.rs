//! The hash functions ECDSA is approved with (FIPS 186-5 §6.4, SP 800-107): SHA-2
//! (FIPS 180-4, [`crate::sha2`]) and SHA-3 / SHAKE (FIPS 202, [`crate::keccak`]),
//! and HMAC (FIPS 198-1) over them for DetECDSA's HMAC-DRBG.

use super::EcdsaError;
use crate::keccak::{Sha3Mode, Sponge};
use crate::sha2::{self, Sha2Alg};

/// A hash function, by family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HashAlg {
    Sha2(Sha2Alg),
    /// SHA3-* or SHAKE (SHAKE128 with a 256-bit output, SHAKE256 with a 512-bit
    /// output, as FIPS 186-5 §6.4 and ACVP use them).
    Sha3(Sha3Mode),
}

impl HashAlg {
    /// Every hash the ECDSA responder accepts.
    pub const ALL: [HashAlg; 12] = [
        HashAlg::Sha2(Sha2Alg::Sha224),
        HashAlg::Sha2(Sha2Alg::Sha256),
        HashAlg::Sha2(Sha2Alg::Sha384),
        HashAlg::Sha2(Sha2Alg::Sha512),
        HashAlg::Sha2(Sha2Alg::Sha512_224),
        HashAlg::Sha2(Sha2Alg::Sha512_256),
        HashAlg::Sha3(Sha3Mode::Sha3_224),
        HashAlg::Sha3(Sha3Mode::Sha3_256),
        HashAlg::Sha3(Sha3Mode::Sha3_384),
        HashAlg::Sha3(Sha3Mode::Sha3_512),
        HashAlg::Sha3(Sha3Mode::Shake128),
        HashAlg::Sha3(Sha3Mode::Shake256),
    ];

    /// The ACVP name (`SHA2-256`, `SHA3-384`, `SHAKE-128`).
    pub fn name(self) -> &'static str {
        match self {
            HashAlg::Sha2(a) => a.name(),
            HashAlg::Sha3(Sha3Mode::Shake128) => "SHAKE-128",
            HashAlg::Sha3(Sha3Mode::Shake256) => "SHAKE-256",
            HashAlg::Sha3(m) => m.name(),
        }
    }

    pub fn from_name(name: &str) -> Option<HashAlg> {
        HashAlg::ALL.into_iter().find(|h| h.name().eq_ignore_ascii_case(name)).or_else(|| {
            Sha2Alg::from_name(name).map(HashAlg::Sha2)
        })
    }

    /// Output length in bytes.
    pub fn output_len(self) -> usize {
        match self {
            HashAlg::Sha2(a) => a.digest_len(),
            HashAlg::Sha3(Sha3Mode::Shake128) => 32,
            HashAlg::Sha3(Sha3Mode::Shake256) => 64,
            HashAlg::Sha3(m) => m.digest_len().unwrap_or(0),
        }
    }

    /// H(msg).
    pub fn digest(self, msg: &[u8]) -> Vec<u8> {
        match self {
            HashAlg::Sha2(a) => sha2::digest(a, msg),
            HashAlg::Sha3(m) => {
                let mut s = Sponge::new(m);
                s.absorb(msg);
                let mut out = vec![0u8; self.output_len()];
                s.squeeze(&mut out);
                out
            }
        }
    }

    /// HMAC(key, msg) (FIPS 198-1): over SHA-2 by [`sha2::hmac`]; over SHA3-* with
    /// the block size B = the rate (SP 800-224 / FIPS 202 §A); undefined for SHAKE.
    pub fn hmac(self, key: &[u8], msg: &[u8]) -> Result<Vec<u8>, EcdsaError> {
        match self {
            HashAlg::Sha2(a) => Ok(sha2::hmac(a, key, msg)),
            HashAlg::Sha3(Sha3Mode::Shake128 | Sha3Mode::Shake256) => {
                Err(EcdsaError::UnsupportedHash(self.name()))
            }
            HashAlg::Sha3(m) => {
                let b = m.rate();
                // Steps 1–3: K0.
                let mut k0 = if key.len() > b { self.digest(key) } else { key.to_vec() };
                k0.resize(b, 0);
                // Steps 4–9.
                let mut inner = Sponge::new(m);
                inner.absorb(&k0.iter().map(|x| x ^ 0x36).collect::<Vec<u8>>());
                inner.absorb(msg);
                let mut ih = vec![0u8; self.output_len()];
                inner.squeeze(&mut ih);
                let mut outer = Sponge::new(m);
                outer.absorb(&k0.iter().map(|x| x ^ 0x5c).collect::<Vec<u8>>());
                outer.absorb(&ih);
                let mut out = vec![0u8; self.output_len()];
                outer.squeeze(&mut out);
                Ok(out)
            }
        }
    }
}
