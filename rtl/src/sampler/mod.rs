//! The samplers of FIPS 203: SampleNTT (Algorithm 7) and SamplePolyCBD_η (Algorithm 8),
//! fed by the Keccak engine's 64-bit output stream and writing the polynomial memory.
//!
//! Both read the stream in the order `golden_model::mlkem::sampling` documents (the
//! contract): word `t` carries stream bits `64t .. 64t+64`, bit `m` of the stream is bit
//! `m mod 64` of word `⌊m/64⌋`; a [`Reservoir`] holds the unread bits, oldest in bit 0.
//! Each cycle a sampler consumes one fixed-width chunk (24 bits = one 3-byte group for
//! SampleNTT, 4η bits = two coefficients for CBD) and writes up to two coefficients
//! through two write ports (`coef_we[k]`, `coef_idx[k]`, `coef_data[k]`, k = 0, 1; the
//! data are zero unless their `we`). A word is taken only when fewer than one chunk of
//! unread bits would remain after this cycle's chunk, exactly when the golden model reads
//! one, so both consume the same words.
//!
//! Command port (GUIDE §5, the shared [`Command`] child: FSM, error status, alarm): `start` (with `eta` for CBD), `busy`, a `done` pulse, `error`
//! with `err_code` (held until the next accepted start, cleared by `zeroize`/`reset`):
//! [`ERR_BAD_ETA`] unknown η (start ignored), [`ERR_BUSY`] start while busy (ignored, the
//! operation goes on), [`ERR_FATAL`] start refused because `fatal` is set.
//!
//! Threat contract (GUIDE §6): `zeroize` and `reset` wipe every register in **1 cycle**
//! (the sticky alarm survives `zeroize`; `reset` also clears it and the error status); the reservoir and counters are
//! wiped at the end of every operation. The FSM (and CBD's η register) hold sparse codes
//! (`secure::SPARSE6`, SEC_CM: FSM.SPARSE); the reservoir's fill level and the
//! coefficient counter are kept twice (SEC_CM: CTR.REDUN). An illegal code or a
//! disagreement shows on `fatal` at once, blocks every write and `in_ready` in that
//! cycle, wipes every register at the next edge and sets the sticky alarm
//! (SEC_CM: KEY.SEC_WIPE); while the alarm is set every register is held wiped and
//! `start` is refused with [`ERR_FATAL`] until `reset`. `done` shows only from idle.
//! Coefficients written before the fault stay in the polynomial memory: wiping the
//! destination slot is the sequencer's job.

pub mod cbd;
pub mod command;
pub mod reservoir;
pub mod sample_ntt;

pub use self::cbd::SamplePolyCbd;
pub use self::command::Command;
pub use self::reservoir::Reservoir;
pub use self::sample_ntt::SampleNtt;

/// The ML-KEM modulus q.
pub const Q: u64 = 3329;

pub const ERR_BAD_ETA: u8 = 1;
pub const ERR_BUSY: u8 = 2;
pub const ERR_FATAL: u8 = 6;

/// Wipe latency of `zeroize`, `reset` and a detected fault, in cycles.
pub const WIPE_CYCLES: u64 = 1;

/// The samplers' sparse codes (`secure::SPARSE6`; 0 is the wiped value).
pub mod state {
    use crate::secure::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    pub const RUN: u64 = SPARSE6[1];
    /// Every legal FSM code, for the fault campaign.
    pub const ALL: [u64; 2] = [IDLE, RUN];
    /// CBD's η register while running (0 while idle).
    pub const ETA2: u64 = SPARSE6[1];
    pub const ETA3: u64 = SPARSE6[2];
}

/// SampleNTT latency without input stalls: cycles from the `start` cycle to the `done`
/// cycle when the operation consumed `words` stream words (the golden model's count).
/// Word t is taken in cycle 1 + ⌊8t/3⌋ (one 24-bit group per cycle); `done` follows the
/// cycle in which word `words` would have been taken, whatever the last word holds.
pub fn sample_ntt_cycles(words: usize) -> u64 {
    2 + (8 * words as u64) / 3
}

/// SamplePolyCBD latency without input stalls, for η = 2 and 3 alike: one cycle to take
/// the first word, 128 cycles of two coefficients, then `done`.
pub const CBD_CYCLES: u64 = 130;

#[cfg(test)]
mod tests {
    use super::state::*;
    use crate::secure::min_distance;

    #[test]
    fn state_codes_are_sparse() {
        assert_eq!(IDLE, 0);
        assert!(min_distance(&ALL) >= 3);
        assert!(min_distance(&[0, ETA2, ETA3]) >= 3);
    }

    #[test]
    fn sample_ntt_latency_follows_one_group_per_cycle() {
        // 3 words = 8 groups = 8 cycles; the first word costs one cycle of its own.
        assert_eq!(super::sample_ntt_cycles(3), 10);
        assert_eq!(super::sample_ntt_cycles(60), 162);
    }
}
