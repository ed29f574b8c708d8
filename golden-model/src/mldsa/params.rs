//! ML-DSA parameter sets (FIPS 204 §4, Table 1) and the sizes they imply (Table 2):
//! defined in crate `engine`, with the constants the algorithms share.

pub use engine::mldsa::{bitlen, Params, ALL, D, ML_DSA_44, ML_DSA_65, ML_DSA_87, Q};

/// Coefficients per polynomial.
pub const N: usize = 256;
