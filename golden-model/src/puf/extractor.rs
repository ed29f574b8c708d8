//! The code-offset fuzzy extractor (Dodis et al., "Fuzzy extractors", 2004, §5.1)
//! over 40 blocks of RM(1,7), in the order the RTL computes it.
//!
//! Block b covers response bits 128b..128b+127 = words 2b (lo) and 2b+1 (hi).
//! Enrolment: W_b = R_b ⊕ Enc(K_b); reconstruction: K_b = Dec(R'_b ⊕ W_b).
//! Checkpoints (in order; timing depends on the helper stream): per block b,
//! `response`[b] = [R_lo, R_hi] once the block is measured, then `byte`[b] = [K_b]
//! once it is encoded (enrolment) or decoded (reconstruction); in reconstruction
//! `kcv` = [the KCV this model computes] (also when the check then fails); at the end
//! `key` = [key words 0..3, KCV computed by the model], only when a key is released.
//!
//! These are the pure functions of the extractor; the one-time rule of enrolment and
//! the entropy source are in [`super::lifecycle`].

use super::code::{decode_block, encode_block, BLOCKS};
use super::kdf::{derive, helper_hash};
use super::{PufError, Secret, HELPER_WORDS, RESPONSE_WORDS, SECRET_BYTES};
use crate::trace::{Checkpoint, Trace};

/// Helper data: the code offset and the key check value (public, stored off-chip).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelperData {
    pub offset: Vec<u64>,
    pub kcv: u64,
}

impl HelperData {
    /// The helper record as streamed: 80 offset words, then the KCV (last).
    pub fn words(&self) -> Vec<u64> {
        let mut w = self.offset.clone();
        w.push(self.kcv);
        w
    }
}

/// What enrolment produces: public helper data and the device key (kept internal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enrolment {
    pub helper: HelperData,
    pub key: [u8; 32],
}

fn key_checkpoint<T: Trace>(trace: &mut T, key: &[u8; 32], kcv: u64) {
    if T::ENABLED {
        let mut v: Vec<u64> = key.chunks(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect();
        v.push(kcv);
        trace.checkpoint(Checkpoint { block: "puf", name: "key", index: 0, cycle: None, values: v });
    }
}

fn response_checkpoint<T: Trace>(trace: &mut T, b: usize, lo: u64, hi: u64) {
    if T::ENABLED {
        trace.checkpoint(Checkpoint { block: "puf", name: "response", index: b, cycle: None, values: vec![lo, hi] });
    }
}

fn byte_checkpoint<T: Trace>(trace: &mut T, b: usize, byte: u8) {
    if T::ENABLED {
        trace.checkpoint(Checkpoint { block: "puf", name: "byte", index: b, cycle: None, values: vec![byte as u64] });
    }
}

/// Enrolment with the random secret `secret` (the TRNG's 320 bits on the RTL's
/// `entropy` input; one time only: see [`super::lifecycle::PufUnit::enrol`]).
pub fn enrol<T: Trace>(response: &[u64], secret: &Secret, trace: &mut T) -> Result<Enrolment, PufError> {
    if response.len() != RESPONSE_WORDS {
        return Err(PufError::ResponseLength { words: response.len() });
    }
    let mut offset = Vec::with_capacity(RESPONSE_WORDS);
    for b in 0..BLOCKS {
        let (lo, hi) = (response[2 * b], response[2 * b + 1]);
        response_checkpoint(trace, b, lo, hi);
        byte_checkpoint(trace, b, secret[b]);
        let (c0, c1) = encode_block(secret[b]);
        offset.push(lo ^ c0);
        offset.push(hi ^ c1);
    }
    let (key, kcv) = derive(secret, &helper_hash(&offset));
    key_checkpoint(trace, &key, kcv);
    Ok(Enrolment { helper: HelperData { offset, kcv }, key })
}

/// The secret decoded from `response` ⊕ `offset` (no key check): for simulation.
pub fn decode_secret(response: &[u64], offset: &[u64]) -> Secret {
    let mut s = [0u8; SECRET_BYTES];
    for (b, byte) in s.iter_mut().enumerate() {
        *byte = super::code::decode_block_fht(response[2 * b] ^ offset[2 * b], response[2 * b + 1] ^ offset[2 * b + 1]).byte;
    }
    s
}

/// Reconstruction from a fresh `response` and the helper record as streamed
/// (`helper.len()` words, the last flagged): the key, or an error and no key.
pub fn reconstruct<T: Trace>(response: &[u64], helper: &[u64], trace: &mut T) -> Result<[u8; 32], PufError> {
    if response.len() != RESPONSE_WORDS {
        return Err(PufError::ResponseLength { words: response.len() });
    }
    let mut secret = [0u8; SECRET_BYTES];
    for b in 0..BLOCKS {
        let (lo, hi) = (response[2 * b], response[2 * b + 1]);
        response_checkpoint(trace, b, lo, hi);
        // The RTL rejects a word flagged last before the KCV position as it arrives.
        if helper.len() < HELPER_WORDS && 2 * b + 2 >= helper.len() {
            return Err(PufError::HelperTooShort { words: helper.len() });
        }
        let d = decode_block(lo ^ helper[2 * b], hi ^ helper[2 * b + 1]);
        byte_checkpoint(trace, b, d.byte);
        secret[b] = d.byte;
    }
    if helper.len() < HELPER_WORDS {
        return Err(PufError::HelperTooShort { words: helper.len() });
    }
    if helper.len() > HELPER_WORDS {
        return Err(PufError::HelperTooLong { words: helper.len() });
    }
    let (key, kcv) = derive(&secret, &helper_hash(&helper[..RESPONSE_WORDS]));
    if T::ENABLED {
        trace.checkpoint(Checkpoint { block: "puf", name: "kcv", index: 0, cycle: None, values: vec![kcv] });
    }
    if kcv != helper[RESPONSE_WORDS] {
        return Err(PufError::KeyCheckFailed);
    }
    key_checkpoint(trace, &key, kcv);
    Ok(key)
}
