//! ML-KEM parameter sets (FIPS 203 §8, Table 2), defined with the sizes derived
//! from them in crate `engine`; the constants the algorithms share, and the
//! parameter sets as types.

pub use engine::mlkem::{Params, ML_KEM_1024, ML_KEM_512, ML_KEM_768};

/// The ring modulus q = 3329 = 2^8 · 13 + 1 (FIPS 203 §2.4).
pub const Q: u16 = 3329;
/// Coefficients per polynomial, n = 256 (FIPS 203 §2.4).
pub const N: usize = 256;
/// The largest module rank of any parameter set (ML-KEM-1024).
pub const MAX_K: usize = 4;

/// A parameter set as a type, for code that is generic over it.
pub trait ParameterSet {
    const PARAMS: Params;
}

/// ML-KEM-512 (security category 1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MlKem512;
/// ML-KEM-768 (security category 3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MlKem768;
/// ML-KEM-1024 (security category 5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MlKem1024;

impl ParameterSet for MlKem512 {
    const PARAMS: Params = ML_KEM_512;
}
impl ParameterSet for MlKem768 {
    const PARAMS: Params = ML_KEM_768;
}
impl ParameterSet for MlKem1024 {
    const PARAMS: Params = ML_KEM_1024;
}
