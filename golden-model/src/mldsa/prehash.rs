//! The pre-hash functions of HashML-DSA (FIPS 204 §5.4, Alg 4/5); [`PreHash`] and
//! the OIDs are in crate `engine`. SHA-2 comes from [`crate::sha2`], SHA-3/SHAKE
//! from [`crate::keccak`].

use crate::keccak::{Sha3Mode, Sponge};
use crate::sha2::{self, Sha2Alg};
pub use engine::PreHash;

/// PH(M) (FIPS 204 Alg 4 steps 10-22).
pub fn digest(hash: PreHash, msg: &[u8]) -> Vec<u8> {
    let sha2 = |a| sha2::digest(a, msg);
    let sha3 = |mode: Sha3Mode, len: usize| {
        let mut s = Sponge::new(mode);
        s.absorb(msg);
        let mut out = vec![0u8; len];
        s.squeeze(&mut out);
        out
    };
    match hash {
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
