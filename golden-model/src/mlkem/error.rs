//! Why an ML-KEM input was rejected.

use engine::EngineError;
use std::fmt;

/// An input that FIPS 203's input checks (§7.1-§7.3) or a length check rejects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MlKemError {
    /// A byte string has the wrong length for the parameter set.
    Length { what: &'static str, expected: usize, got: usize },
    /// §7.2 modulus check: ByteEncode12(ByteDecode12(ek)) ≠ ek (a coefficient ≥ q).
    EncapsulationKeyNotReduced,
    /// §7.3 hash check: H(ek) ≠ the h stored in dk.
    DecapsulationKeyHashMismatch,
}

impl fmt::Display for MlKemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MlKemError::Length { what, expected, got } => {
                write!(f, "{what} must be {expected} bytes, got {got}")
            }
            MlKemError::EncapsulationKeyNotReduced => write!(
                f,
                "encapsulation key fails the modulus check (a coefficient is not reduced mod q, FIPS 203 §7.2)"
            ),
            MlKemError::DecapsulationKeyHashMismatch => write!(
                f,
                "decapsulation key fails the hash check (H(ek) differs from the stored h, FIPS 203 §7.3)"
            ),
        }
    }
}

impl std::error::Error for MlKemError {}

impl From<MlKemError> for EngineError {
    fn from(e: MlKemError) -> Self {
        let what = match e {
            MlKemError::Length { what, .. } => what,
            MlKemError::EncapsulationKeyNotReduced => "encapsulation key",
            MlKemError::DecapsulationKeyHashMismatch => "decapsulation key",
        };
        EngineError::InvalidInput { what, reason: e.to_string() }
    }
}

/// Checks a length, naming the input.
pub(crate) fn check_len(what: &'static str, b: &[u8], expected: usize) -> Result<(), MlKemError> {
    if b.len() == expected {
        Ok(())
    } else {
        Err(MlKemError::Length { what, expected, got: b.len() })
    }
}
