//! Keccak / SHA-3 engine (FIPS 202): the permutation core and the sponge around it.

pub mod core;
pub mod sponge;

pub use self::core::{KeccakCore, KeccakCoreR1, KeccakCoreR2, KeccakCoreR3, RC};
pub use self::sponge::{KeccakSponge, KeccakSpongeR1};
