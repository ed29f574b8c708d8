//! RFC 6979 nonce generator (deterministic ECDSA, FIPS 186-5 §6.3.2): one block,
//! [`Rfc6979Drbg`], HMAC-DRBG over the SHA-2 / HMAC engine ([`crate::sha2::Sha2Engine`],
//! a sub-block) for P-256 and P-384 with SHA-256, SHA-384 or SHA-512.
//!
//! * [`generator`]: the block (ports, command FSM, message packing, key port, candidate
//!   register, hardening). Its contract (latency per (alg, curve), K/V checkpoints) is
//!   `golden_model::ecdsa::drbg_schedule`.
//!
//! Latency (cycles from the command pulse to `done`, `drbg_schedule::latency`, measured
//! equal by `testbenches/tests/drbg_rtl.rs`): 1 launch cycle + the engine's HMAC
//! latencies back to back, independent of x, h1, K and V.
//!
//! | HMAC hash | curve | first candidate (`start`) | `next_k` |
//! |-----------|-------|---------------------------|--------|
//! | SHA-256   | P-256 | 1,506 | 826   |
//! | SHA-256   | P-384 | 1,911 (T = V ‖ V) | 1,101 |
//! | SHA-384   | P-256 | 1,908 | 1,048 |
//! | SHA-384   | P-384 | 1,908 | 1,048 |
//! | SHA-512   | P-256 | 1,918 | 1,054 |
//! | SHA-512   | P-384 | 1,918 | 1,054 |
//!
//! `alg` codes: 0 SHA-256, 1 SHA-384, 2 SHA-512 (3: error 1). `curve`: 0 P-256, 1 P-384.
//! Wipe latency: `zeroize` / `reset` 1 cycle (this block and the engine); a detected
//! fault: this block in the fault's edge, the engine in the next (2 cycles to all-zero).
//! Operand addresses (`in_addr`): 0..5 limb 0..5 of x, 8..13 limb 0..5 of h1.

pub mod generator;

pub use generator::Rfc6979Drbg;

/// Error codes (`error` high with `err_code` until the next accepted command, zeroize
/// or reset). Every refused command changes nothing else.
/// `start` with `alg` = 3.
pub const ERR_BAD_ALG: u8 = 1;
/// `start` or `next_k` while busy: ignored, the running command goes on.
pub const ERR_BUSY: u8 = 2;
/// `in_we` while busy: the write is ignored.
pub const ERR_WRITE_BUSY: u8 = 3;
/// `next_k` with no candidate produced since the last start / zeroize / reset (no DRBG
/// state to update): ignored.
pub const ERR_NO_STATE: u8 = 4;
/// `in_we` with `in_addr` 6, 7, 14 or 15: ignored.
pub const ERR_BAD_ADDR: u8 = 5;
/// `start` or `next_k` refused: `fatal` is set (only `reset` clears it).
pub const ERR_FATAL: u8 = 6;

/// The main FSM's sparse codes (`secure::SPARSE6`; the five unused codes are illegal).
pub mod state {
    use crate::secure::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    /// Starting the next HMAC on the engine (one cycle).
    pub const LAUNCH: u64 = SPARSE6[1];
    /// Streaming the message in, taking the MAC out.
    pub const RUN: u64 = SPARSE6[2];
    pub const ALL: [u64; 3] = [IDLE, LAUNCH, RUN];
}

/// The step register's sparse codes (`secure::SPARSE7`): which HMAC of RFC 6979 §3.2
/// is running. None is the idle (wiped) value.
pub mod step {
    use crate::secure::SPARSE7;
    pub const NONE: u64 = SPARSE7[0];
    /// d: K = HMAC_K(V ‖ 0x00 ‖ int2octets(x) ‖ bits2octets(h1)).
    pub const D: u64 = SPARSE7[1];
    /// e: V = HMAC_K(V).
    pub const E: u64 = SPARSE7[2];
    /// f: K = HMAC_K(V ‖ 0x01 ‖ int2octets(x) ‖ bits2octets(h1)).
    pub const F: u64 = SPARSE7[3];
    /// g: V = HMAC_K(V).
    pub const G: u64 = SPARSE7[4];
    /// h.1–h.2: V = HMAC_K(V), T = V.
    pub const H: u64 = SPARSE7[5];
    /// h.2 again (SHA-256 with P-384): V = HMAC_K(V), T = T ‖ V.
    pub const H2: u64 = SPARSE7[6];
    /// h.3 (next): K = HMAC_K(V ‖ 0x00).
    pub const UK: u64 = SPARSE7[7];
    /// h.3 (next): V = HMAC_K(V).
    pub const UV: u64 = SPARSE7[8];
    pub const ALL: [u64; 9] = [NONE, D, E, F, G, H, H2, UK, UV];
}

#[cfg(test)]
mod tests {
    use crate::secure::min_distance;

    #[test]
    fn state_codes_are_sparse() {
        assert!(min_distance(&super::state::ALL) >= 3);
        assert!(min_distance(&super::step::ALL) >= 3);
    }
}
