//! PUF root of trust: ring-oscillator measurement, code-offset fuzzy extractor over
//! RM(1,7) and SHAKE256 key derivation on the shared Keccak sponge ([`kdf`]), and the
//! ring-oscillator primitive behind a black box for the FPGA flows ([`ro`]).
//! Enrolment is one time (a sticky lock and the `lc_enrol_en` lifecycle input), its
//! secret comes from the TRNG's `entropy` input; see [`kdf`]'s module doc.
//! The golden model is `golden_model::puf` (the lifecycle rule: `golden_model::puf::lifecycle`).

pub mod kdf;
pub mod ro;

pub use kdf::{state, PufKdf, PufKdfR1};
pub use ro::{RoBank, RoCell};
