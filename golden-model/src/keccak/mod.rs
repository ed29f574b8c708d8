//! FIPS 202: Keccak-f[1600], the sponge, SHA-3 and SHAKE.
//!
//! Shaped like the hardware: the state is 25 64-bit lanes indexed `x + 5*y`
//! (FIPS 202 §3.1.2 with lanes little-endian, §B.1), the permutation runs
//! `rounds_per_clock` rounds per step, and the sponge absorbs and squeezes a
//! stream of 64-bit words, lane by lane, as the RTL's valid/ready streams do.

mod permutation;
mod sponge;

pub use permutation::{keccak_f1600, keccak_f1600_traced, permutation_cycles, round, RC, RHO, ROUNDS};
pub use engine::Sha3Mode;
pub use sponge::{sha3_224, sha3_256, sha3_384, sha3_512, shake128, shake256, Sponge};
