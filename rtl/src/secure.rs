//! Shared hardening vocabulary (GUIDE §6, OpenTitan's names):
//!
//! * `SEC_CM: FSM.SPARSE`: state registers take values from [`SPARSE6`] ([`SPARSE7`]
//!   for more than 8 states, [`SPARSE3`] for a two-state register), pairwise Hamming distance ≥ 3, so no single bit flip
//!   turns one valid state into another. Idle is the all-zero code: the wiped state and
//!   the power-up value of every rust-hdl register.
//! * `SEC_CM: CTR.REDUN`: a counter that sequences secret work is kept twice; any
//!   disagreement is a fault.
//! * `SEC_CM: KEY.SEC_WIPE`: an illegal state or counter wipes every secret register of
//!   the block, raises the sticky `fatal` output and makes the block refuse commands
//!   until `reset`.

/// 6-bit state codes, pairwise Hamming distance ≥ 3 (a shortened Hamming code).
pub const SPARSE6: [u64; 8] = [0b000000, 0b000111, 0b011001, 0b011110, 0b101010, 0b101101, 0b110011, 0b110100];

/// 7-bit state codes, pairwise Hamming distance 3: the 16 words of the Hamming(7,4)
/// code, for FSMs with more than 8 states. Idle is all-zero.
pub const SPARSE7: [u64; 16] = [
    0b0000000, 0b0110001, 0b1010010, 0b1100011, 0b1100100, 0b1010101, 0b0110110, 0b0000111, 0b1111000, 0b1001001,
    0b0101010, 0b0011011, 0b0011100, 0b0101101, 0b1001110, 0b1111111,
];

/// 3-bit codes of a two-state register (idle, running), distance 3.
pub const SPARSE3: [u64; 2] = [0b000, 0b111];

/// The minimum pairwise Hamming distance of `codes`.
pub fn min_distance(codes: &[u64]) -> u32 {
    let mut d = u32::MAX;
    for (i, a) in codes.iter().enumerate() {
        for b in &codes[i + 1..] {
            d = d.min((a ^ b).count_ones());
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_codes_have_distance_three() {
        assert_eq!(min_distance(&SPARSE6), 3);
        assert_eq!(min_distance(&SPARSE7), 3);
        assert_eq!(min_distance(&SPARSE3), 3);
        assert_eq!(SPARSE6[0], 0);
    }
}
