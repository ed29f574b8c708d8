//! The pre-hash functions of HashML-DSA and their OIDs (FIPS 204 §5.4, Alg 4/5).
//! SHA-2 comes from [`crate::sha2`], SHA-3/SHAKE from [`crate::keccak`].

use crate::keccak::{Sha3Mode, Sponge};
use crate::sha2::{digest, Sha2Alg};

/// A hash function approved for HashML-DSA (FIPS 204 §5.4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PreHash {
    Sha2_224,
    Sha2_256,
    Sha2_384,
    Sha2_512,
    Sha2_512_224,
    Sha2_512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    /// SHAKE128 with 256 bits of output.
    Shake128,
    /// SHAKE256 with 512 bits of output.
    Shake256,
}

impl PreHash {
    pub const ALL: [PreHash; 12] = [
        PreHash::Sha2_224,
        PreHash::Sha2_256,
        PreHash::Sha2_384,
        PreHash::Sha2_512,
        PreHash::Sha2_512_224,
        PreHash::Sha2_512_256,
        PreHash::Sha3_224,
        PreHash::Sha3_256,
        PreHash::Sha3_384,
        PreHash::Sha3_512,
        PreHash::Shake128,
        PreHash::Shake256,
    ];

    /// The ACVP name (`"SHA2-512/256"`, `"SHAKE-128"`).
    pub const fn name(self) -> &'static str {
        match self {
            PreHash::Sha2_224 => "SHA2-224",
            PreHash::Sha2_256 => "SHA2-256",
            PreHash::Sha2_384 => "SHA2-384",
            PreHash::Sha2_512 => "SHA2-512",
            PreHash::Sha2_512_224 => "SHA2-512/224",
            PreHash::Sha2_512_256 => "SHA2-512/256",
            PreHash::Sha3_224 => "SHA3-224",
            PreHash::Sha3_256 => "SHA3-256",
            PreHash::Sha3_384 => "SHA3-384",
            PreHash::Sha3_512 => "SHA3-512",
            PreHash::Shake128 => "SHAKE-128",
            PreHash::Shake256 => "SHAKE-256",
        }
    }

    /// Looks up an ACVP name.
    pub fn from_name(name: &str) -> Option<PreHash> {
        PreHash::ALL.into_iter().find(|h| h.name() == name)
    }

    /// The last arc of the OID 2.16.840.1.101.3.4.2.x (NIST hash algorithms).
    const fn oid_arc(self) -> u8 {
        match self {
            PreHash::Sha2_256 => 0x01,
            PreHash::Sha2_384 => 0x02,
            PreHash::Sha2_512 => 0x03,
            PreHash::Sha2_224 => 0x04,
            PreHash::Sha2_512_224 => 0x05,
            PreHash::Sha2_512_256 => 0x06,
            PreHash::Sha3_224 => 0x07,
            PreHash::Sha3_256 => 0x08,
            PreHash::Sha3_384 => 0x09,
            PreHash::Sha3_512 => 0x0a,
            PreHash::Shake128 => 0x0b,
            PreHash::Shake256 => 0x0c,
        }
    }

    /// The DER encoding of the hash's OID, as inserted into M' (FIPS 204 Alg 4 steps 10-22).
    pub const fn oid_der(self) -> [u8; 11] {
        [
            0x06,
            0x09,
            0x60,
            0x86,
            0x48,
            0x01,
            0x65,
            0x03,
            0x04,
            0x02,
            self.oid_arc(),
        ]
    }

    /// PH(M) (FIPS 204 Alg 4 steps 10-22).
    pub fn digest(self, msg: &[u8]) -> Vec<u8> {
        let sha2 = |a| digest(a, msg);
        let sha3 = |mode: Sha3Mode, len: usize| {
            let mut s = Sponge::new(mode);
            s.absorb(msg);
            let mut out = vec![0u8; len];
            s.squeeze(&mut out);
            out
        };
        match self {
            PreHash::Sha2_224 => sha2(Sha2Alg::Sha224),
            PreHash::Sha2_256 => sha2(Sha2Alg::Sha256),
            PreHash::Sha2_384 => sha2(Sha2Alg::Sha384),
            PreHash::Sha2_512 => sha2(Sha2Alg::Sha512),
            PreHash::Sha2_512_224 => sha2(Sha2Alg::Sha512_224),
            PreHash::Sha2_512_256 => sha2(Sha2Alg::Sha512_256),
            PreHash::Sha3_224 => sha3(Sha3Mode::Sha3_224, 28),
            PreHash::Sha3_256 => sha3(Sha3Mode::Sha3_256, 32),
            PreHash::Sha3_384 => sha3(Sha3Mode::Sha3_384, 48),
            PreHash::Sha3_512 => sha3(Sha3Mode::Sha3_512, 64),
            PreHash::Shake128 => sha3(Sha3Mode::Shake128, 32),
            PreHash::Shake256 => sha3(Sha3Mode::Shake256, 64),
        }
    }
}
