//! NTT / polynomial arithmetic unit for ML-KEM and ML-DSA (FIPS 203 §4.3, FIPS 204 §7.5):
//! the modular multiplier, the constant tables and the unit (B = 1, 2, 4 lanes).

pub mod modmul;
pub mod tables;
pub mod unit;

pub use self::modmul::{ModMul, MODMUL_LATENCY};
pub use self::unit::{abort_wipe_cycles, slots, wipe_cycles, NttUnit, NttUnitB1, NttUnitB2, NttUnitB4, SLOTS};
