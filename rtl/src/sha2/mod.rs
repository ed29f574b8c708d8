//! SHA-2 / HMAC engine (FIPS 180-4, FIPS 198-1): one block, [`Sha2Engine`].
//!
//! * [`engine`]: the block (ports, FSMs, input buffer with hardware padding, key port,
//!   HMAC sequencing, output stream, hardening).
//! * [`consts`]: the constant tables it is built from (K_t, H(0), truncation masks),
//!   derived from the golden model's tables so both share one source.
//!
//! Mode codes (`mode` input, 4 bits): bits 2..0 are the `Sha2Alg` code (0 SHA-224,
//! 1 SHA-256, 2 SHA-384, 3 SHA-512, 4 SHA-512/224, 5 SHA-512/256), bit 3 selects HMAC.

pub mod consts;
pub mod engine;

pub use engine::Sha2Engine;

/// `mode` bit 3: HMAC (FIPS 198-1) with the key from the key port.
pub const MODE_HMAC: u8 = 8;

/// Error codes (`error` high with `err_code` until the next accepted `start`, zeroize or reset).
pub const ERR_BAD_MODE: u8 = 1;
/// HMAC with `key_len` above the block size (the engine takes K with |K| ≤ B; a longer
/// key must be hashed first, FIPS 198-1 step 2, by the caller). Start ignored.
pub const ERR_KEY_LEN: u8 = 2;
/// `start` while busy: ignored, the running operation goes on.
pub const ERR_BUSY: u8 = 3;
/// A non-last input word with `in_bytes` != 8: operation aborted, every register wiped.
pub const ERR_PARTIAL_WORD: u8 = 4;
/// An input word with `in_bytes` > 8: aborted, wiped.
pub const ERR_BAD_LENGTH: u8 = 5;
/// `start` refused: `fatal` is set (only `reset` clears it).
pub const ERR_FATAL: u8 = 6;

/// The main FSM's sparse codes (`secure::SPARSE6`, all eight used: any single flip of a
/// legal code is illegal). Idle is the wiped value.
pub mod state {
    use crate::secure::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    /// Waiting for a buffered block.
    pub const WAIT: u64 = SPARSE6[1];
    /// HMAC: fetching K from the key port, one word per cycle.
    pub const KEY: u64 = SPARSE6[2];
    /// HMAC: loading K0 ⊕ ipad into W.
    pub const IPAD: u64 = SPARSE6[3];
    pub const ROUND: u64 = SPARSE6[4];
    /// Feed-forward H(i) = H(i-1) + a..h; loads the next block when one is buffered.
    pub const FINAL: u64 = SPARSE6[5];
    /// HMAC: inner digest into the buffer, K0 ⊕ opad into W, H ← H(0).
    pub const MID: u64 = SPARSE6[6];
    pub const OUTPUT: u64 = SPARSE6[7];
    pub const ALL: [u64; 8] = [IDLE, WAIT, KEY, IPAD, ROUND, FINAL, MID, OUTPUT];
}

/// The input buffer filler's sparse codes.
pub mod fill {
    use crate::secure::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    /// Accepting message words.
    pub const DATA: u64 = SPARSE6[1];
    /// The message ended on a word boundary: write the `0x80` word.
    pub const PAD: u64 = SPARSE6[2];
    /// Write a block that holds only the length field.
    pub const LEN: u64 = SPARSE6[3];
    /// Every block of the padded message has been buffered.
    pub const DONE: u64 = SPARSE6[4];
    pub const ALL: [u64; 5] = [IDLE, DATA, PAD, LEN, DONE];
}

#[cfg(test)]
mod tests {
    use crate::secure::min_distance;

    #[test]
    fn state_codes_are_sparse() {
        assert!(min_distance(&super::state::ALL) >= 3);
        assert!(min_distance(&super::fill::ALL) >= 3);
    }
}
