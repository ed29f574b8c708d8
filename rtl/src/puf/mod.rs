//! PUF root of trust: ring-oscillator measurement, code-offset fuzzy extractor over
//! RM(1,7) and SHAKE256 key derivation on the shared Keccak sponge ([`kdf`]), and the
//! ring-oscillator primitive behind a black box for the FPGA flows ([`ro`]).
//! The golden model is `golden_model::puf`.

pub mod kdf;
pub mod ro;

pub use kdf::{state, PufKdf};
pub use ro::{RoBank, RoCell};
