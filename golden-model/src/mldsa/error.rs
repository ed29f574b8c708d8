//! Why an ML-DSA operation refused its input or rejected a signature.

use engine::EngineError;
use std::fmt;

/// Every way an ML-DSA input can be bad, and every reason a signature is rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MlDsaError {
    /// A byte string has the wrong length for the parameter set.
    InvalidLength {
        what: &'static str,
        expected: usize,
        got: usize,
    },
    /// The context string is longer than 255 bytes (FIPS 204 Alg 2-5).
    ContextTooLong(usize),
    /// A private-key coefficient of s1 or s2 lies outside [−η, η] (skDecode, Alg 25).
    MalformedPrivateKey { vector: &'static str, index: usize },
    /// The hint part of a signature is not a valid HintBitPack output (Alg 21).
    MalformedHint,
    /// Verification: ‖z‖∞ ≥ γ1 − β (Alg 8 step 13).
    ZOutOfRange,
    /// Verification: the recomputed commitment hash c̃' differs from c̃ (Alg 8 step 13).
    CommitmentMismatch,
    /// Signing ran out of mask indices κ (unreachable for honest keys: the
    /// probability is below 2^-(65535/l · 2)).
    RejectionLimit,
    /// A pre-hash algorithm name that FIPS 204 §5.4 does not list.
    UnknownHash(String),
}

impl fmt::Display for MlDsaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MlDsaError::InvalidLength {
                what,
                expected,
                got,
            } => {
                write!(f, "{what} must be {expected} bytes, got {got}")
            }
            MlDsaError::ContextTooLong(n) => write!(f, "context is {n} bytes, at most 255 allowed"),
            MlDsaError::MalformedPrivateKey { vector, index } => {
                write!(
                    f,
                    "private key {vector}[{index}] has a coefficient outside [-eta, eta]"
                )
            }
            MlDsaError::MalformedHint => write!(f, "malformed hint encoding in the signature"),
            MlDsaError::ZOutOfRange => write!(f, "signature z exceeds gamma1 - beta"),
            MlDsaError::CommitmentMismatch => write!(f, "signature commitment hash does not match"),
            MlDsaError::RejectionLimit => write!(f, "signing exhausted the mask counter"),
            MlDsaError::UnknownHash(h) => write!(f, "unknown pre-hash algorithm {h:?}"),
        }
    }
}

impl std::error::Error for MlDsaError {}

impl From<MlDsaError> for EngineError {
    fn from(e: MlDsaError) -> Self {
        let what = match e {
            MlDsaError::InvalidLength { what, .. } => what,
            MlDsaError::ContextTooLong(_) => "context",
            MlDsaError::MalformedPrivateKey { .. } | MlDsaError::RejectionLimit => "private key",
            MlDsaError::MalformedHint | MlDsaError::ZOutOfRange | MlDsaError::CommitmentMismatch => "signature",
            MlDsaError::UnknownHash(_) => "pre-hash",
        };
        EngineError::InvalidInput { what, reason: e.to_string() }
    }
}
