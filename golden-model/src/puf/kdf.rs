//! Key derivation with the SHA-3 engine (FIPS 202): the helper hash SHA3-256(W) and
//! key ‖ KCV = SHAKE256(label ‖ K ‖ SHA3-256(W), 40 bytes).
//!
//! The RTL runs both on the one Keccak sponge: the code-offset words are absorbed as
//! they stream in (SHA3-256), then ten words label, K[0..5], h[0..4] (SHAKE256),
//! squeezing five words: key[0..4] to the key register, the fifth as the KCV.

use super::Secret;
use crate::keccak::{sha3_256, Sha3Mode, Sponge};

/// Domain-separation label, the first absorbed word ("PUFKDF02" little-endian; 02:
/// the 320-bit secret of 40 blocks).
pub const KDF_LABEL: [u8; 8] = *b"PUFKDF02";
/// Bytes squeezed: 32 of key, 8 of key check value.
pub const KDF_OUT: usize = 40;

/// SHA3-256 of the code-offset words, as little-endian bytes (FIPS 202 §6.1).
pub fn helper_hash(offset: &[u64]) -> [u8; 32] {
    let bytes: Vec<u8> = offset.iter().flat_map(|w| w.to_le_bytes()).collect();
    sha3_256(&bytes)
}

/// (key, KCV) = SHAKE256(label ‖ secret ‖ helper hash) (FIPS 202 §6.2).
pub fn derive(secret: &Secret, helper_hash: &[u8; 32]) -> ([u8; 32], u64) {
    let mut s = Sponge::new(Sha3Mode::Shake256);
    s.absorb(&KDF_LABEL);
    s.absorb(secret);
    s.absorb(helper_hash);
    let mut key = [0u8; 32];
    s.squeeze(&mut key);
    let kcv = s.squeeze_word();
    (key, kcv)
}
