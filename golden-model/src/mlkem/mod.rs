//! FIPS 203 ML-KEM (ML-KEM-512/768/1024), shaped like the hardware.
//!
//! * [`params`]: the parameter sets (a const struct, and marker types).
//! * [`arith`]: Z_q arithmetic with the reduction the RTL uses (Barrett on products,
//!   canonical coefficients everywhere).
//! * [`ntt`]: NTT / NTT⁻¹ as an explicit 7-layer butterfly schedule and MultiplyNTTs
//!   (the NTT unit's cycle-exact schedule is in [`crate::polyunit`]).
//! * [`sampling`]: SampleNTT and SamplePolyCBD_η on the Keccak engine's 64-bit word
//!   stream, in the order the hardware samplers read it.
//! * [`encode`]: ByteEncode / ByteDecode / Compress / Decompress.
//! * [`symmetric`]: H, G, J, PRF, XOF on the project's Keccak.
//! * [`kpke`]: K-PKE (Algorithms 13-15); [`kem`]: ML-KEM (Algorithms 16-18) and the
//!   input checks of §7.2-§7.3.
//!
//! Every model function is generic over a [`crate::trace::Trace`] hook; with
//! [`crate::trace::NoTrace`] the checkpoints compile away.

pub mod arith;
pub mod encode;
pub mod error;
pub mod kem;
pub mod kpke;
pub mod ntt;
pub mod params;
pub mod program;
pub mod sampling;
pub mod symmetric;

pub use error::MlKemError;
pub use kem::{
    check_decapsulation_key, check_encapsulation_key, decaps, decaps_internal, decaps_traced, encaps,
    encaps_internal, encaps_traced, keygen, keygen_internal, keygen_traced, SHARED_KEY_LEN,
};
pub use params::{MlKem1024, MlKem512, MlKem768, ParameterSet, Params, ML_KEM_1024, ML_KEM_512, ML_KEM_768};
