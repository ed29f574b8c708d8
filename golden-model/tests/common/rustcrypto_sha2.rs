//! RustCrypto's `sha2` and `hmac` as the independent oracle of the SHA-2 tests (golden
//! model and RTL), shared with `#[path]` like `mlkem_vectors.rs`.

use engine::Sha2Alg;
use hmac::Mac;
use sha2::Digest;

/// The message digest by RustCrypto `sha2`.
pub fn rustcrypto(alg: Sha2Alg, msg: &[u8]) -> Vec<u8> {
    match alg {
        Sha2Alg::Sha224 => sha2::Sha224::digest(msg).to_vec(),
        Sha2Alg::Sha256 => sha2::Sha256::digest(msg).to_vec(),
        Sha2Alg::Sha384 => sha2::Sha384::digest(msg).to_vec(),
        Sha2Alg::Sha512 => sha2::Sha512::digest(msg).to_vec(),
        Sha2Alg::Sha512_224 => sha2::Sha512_224::digest(msg).to_vec(),
        Sha2Alg::Sha512_256 => sha2::Sha512_256::digest(msg).to_vec(),
    }
}

/// HMAC by RustCrypto `hmac` (any key length).
pub fn rustcrypto_hmac(alg: Sha2Alg, key: &[u8], msg: &[u8]) -> Vec<u8> {
    macro_rules! mac {
        ($h:ty) => {{
            let mut m = hmac::Hmac::<$h>::new_from_slice(key).expect("any key length");
            m.update(msg);
            m.finalize().into_bytes().to_vec()
        }};
    }
    match alg {
        Sha2Alg::Sha224 => mac!(sha2::Sha224),
        Sha2Alg::Sha256 => mac!(sha2::Sha256),
        Sha2Alg::Sha384 => mac!(sha2::Sha384),
        Sha2Alg::Sha512 => mac!(sha2::Sha512),
        Sha2Alg::Sha512_224 => mac!(sha2::Sha512_224),
        Sha2Alg::Sha512_256 => mac!(sha2::Sha512_256),
    }
}
