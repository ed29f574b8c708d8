//! The samplers of FIPS 203: SampleNTT (Algorithm 7) and SamplePolyCBD_η (Algorithm 8),
//! fed by the Keccak engine's 64-bit output stream and writing the polynomial memory.
//!
//! Both read the stream in the order `golden_model::mlkem::sampling` documents (the
//! contract): word `t` carries stream bits `64t .. 64t+64`, bit `m` of the stream is bit
//! `m mod 64` of word `⌊m/64⌋`; a reservoir ([`reservoir`]: [`WideReservoir`] for
//! SampleNTT, [`Reservoir4`] for CBD) holds the unread bits, oldest in bit 0.
//! Each cycle a sampler consumes one fixed-width chunk (48 bits = two 3-byte groups =
//! four candidates for SampleNTT, 8η bits = four coefficients for CBD) and writes up to
//! four coefficients through four write ports (`coef_we[k]`, `coef_idx[k]`,
//! `coef_data[k]`, k = 0..3; the data are zero unless their `we`; the indices written in
//! one cycle are consecutive and ascend in port order, so they fit any 4 consecutive
//! lanes of the polynomial memory). A word is taken only when fewer than one chunk of
//! unread bits would remain after this cycle's chunk. CBD thus consumes exactly the
//! golden model's 8η words; SampleNTT, which reads the golden model's 3-byte groups two
//! at a time, consumes its words or one more ([`sample_ntt_words`]).
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
pub use self::reservoir::{Reservoir, Reservoir4, WideReservoir};
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

/// Write ports of both samplers (coefficients per cycle, at most).
pub const LANES: usize = 4;

/// SampleNTT latency without input stalls: cycles from the `start` cycle to the `done`
/// cycle when the operation consumed `words` stream words (the RTL's count,
/// [`sample_ntt_words`]): 2 + ⌊4W/3⌋. Cycle 1 takes the first word; from cycle 2 on one
/// 48-bit chunk per cycle, until every full chunk of the W words is used (after the
/// 256th coefficient the rest of the last word is drained without writes, at most one
/// chunk); `done` the cycle after.
pub fn sample_ntt_cycles(words: usize) -> u64 {
    2 + (4 * words as u64) / 3
}

/// Words SampleNTT consumes when the golden model (`golden_model::mlkem::sampling::
/// sample_ntt`) reads `groups` = G 3-byte groups: ⌈G/2⌉ chunks of 48 bits,
/// ⌈48·⌈G/2⌉/64⌉ words. The golden model reads ⌈24G/64⌉; the RTL reads one word more
/// exactly when G is odd and the golden model's last word has fewer than 24 bits left
/// after group G (the RTL's last chunk then needs group G + 1, which it reads and
/// discards). The XOF stream is unbounded; the sequencer stops it after `done`.
pub fn sample_ntt_words(groups: usize) -> usize {
    (48 * groups.div_ceil(2)).div_ceil(64)
}

/// SamplePolyCBD latency without input stalls, for η = 2 and 3 alike: one cycle to take
/// the first word, 64 cycles of four coefficients, then `done`.
pub const CBD_CYCLES: u64 = 66;

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
    fn sample_ntt_latency_follows_two_groups_per_cycle() {
        // 3 words = 4 chunks of 48 bits = 4 cycles; the first word costs one cycle of its own.
        assert_eq!(super::sample_ntt_cycles(3), 6);
        assert_eq!(super::sample_ntt_cycles(4), 7);
        assert_eq!(super::sample_ntt_cycles(60), 82);
        assert_eq!(super::CBD_CYCLES, 2 + 256 / super::LANES as u64);
    }

    #[test]
    fn sample_ntt_words_are_the_golden_count_or_one_more() {
        for g in 128..400usize {
            let golden = (24 * g).div_ceil(64);
            let one_more = g % 2 == 1 && 64 * golden - 24 * g < 24;
            assert_eq!(super::sample_ntt_words(g), golden + one_more as usize, "G = {g}");
        }
        assert_eq!(super::sample_ntt_words(160), 60);
        assert_eq!(super::sample_ntt_words(161), 61); // golden: 61 words too (40 bits left)
        assert_eq!(super::sample_ntt_words(159), 60); // golden: 60 words (24 bits left)
        assert_eq!(super::sample_ntt_words(165), 63); // golden: 62 words (8 bits left)
    }
}
