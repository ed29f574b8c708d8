//! Why an engine could not answer.

use std::fmt;

/// Why an engine could not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// This back end has no implementation of the operation.
    Unsupported { engine: &'static str, operation: &'static str },
    /// An input was rejected (wrong length, out of range, fails a check of the
    /// standard): `what` names the input (`"encapsulation key"`, `"signature"`,
    /// `"k"`…), `reason` says why.
    InvalidInput { what: &'static str, reason: String },
    /// The hardware raised an error status.
    Hardware { block: &'static str, code: u8, what: String },
    /// The hardware did not finish within its cycle budget.
    Timeout { block: &'static str, cycles: u64 },
    /// The block raised its sticky fatal alarm after a detected fault; it refuses
    /// commands until reset.
    Fatal { block: &'static str },
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::Unsupported { engine, operation } => {
                write!(f, "the {engine} engine does not implement {operation}")
            }
            EngineError::InvalidInput { what, reason } => write!(f, "invalid {what}: {reason}"),
            EngineError::Hardware { block, code, what } => {
                write!(f, "{block} raised error code {code}: {what}")
            }
            EngineError::Timeout { block, cycles } => {
                write!(f, "{block} did not finish within {cycles} cycles")
            }
            EngineError::Fatal { block } => {
                write!(f, "{block} raised its fatal alarm after a detected fault and refuses commands until reset")
            }
        }
    }
}

impl std::error::Error for EngineError {}

pub type EngineResult<T> = Result<T, EngineError>;
