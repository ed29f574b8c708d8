//! The one engine interface: every algorithm runs through [`Engine`], which has a
//! golden back end ([`Golden`], this crate) and an RTL back end (`cosim::Rtl`,
//! Verilated models). Tests, the ACVP responder and the CLI drive both alike.
//!
//! An operation a back end does not (yet) implement answers
//! [`EngineError::Unsupported`], never a wrong value.

use crate::keccak::{Sha3Mode, Sponge};
use std::fmt;

/// Why an engine could not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// This back end has no implementation of the operation.
    Unsupported { engine: &'static str, operation: &'static str },
    /// An input was rejected (wrong length, out of range…); names what and why.
    InvalidInput(String),
    /// The hardware raised an error status.
    Hardware { block: &'static str, code: u8, what: String },
    /// The hardware did not finish within its cycle budget.
    Timeout { block: &'static str, cycles: u64 },
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::Unsupported { engine, operation } => {
                write!(f, "the {engine} engine does not implement {operation}")
            }
            EngineError::InvalidInput(s) => write!(f, "invalid input: {s}"),
            EngineError::Hardware { block, code, what } => {
                write!(f, "{block} raised error code {code}: {what}")
            }
            EngineError::Timeout { block, cycles } => {
                write!(f, "{block} did not finish within {cycles} cycles")
            }
        }
    }
}

impl std::error::Error for EngineError {}

pub type EngineResult<T> = Result<T, EngineError>;

fn unsupported<T>(engine: &'static str, operation: &'static str) -> EngineResult<T> {
    Err(EngineError::Unsupported { engine, operation })
}

/// One interface over every algorithm of the HSM. Methods default to
/// `Unsupported` so that an RTL back end implements exactly the blocks that exist.
pub trait Engine {
    /// `"golden"` or `"rtl"`.
    fn name(&self) -> &'static str;

    // ---- FIPS 202 --------------------------------------------------------------
    /// Keccak-f[1600] on 25 lanes.
    fn keccak_f1600(&mut self, _state: [u64; 25]) -> EngineResult<[u64; 25]> {
        unsupported(self.name(), "Keccak-f[1600]")
    }
    /// SHA3-* or SHAKE* of `msg`; `out_len` bytes (ignored for fixed-length modes,
    /// which return their digest length).
    fn sha3(&mut self, _mode: Sha3Mode, _msg: &[u8], _out_len: usize) -> EngineResult<Vec<u8>> {
        unsupported(self.name(), "SHA-3")
    }
}

/// The golden back end.
#[derive(Clone, Copy, Debug, Default)]
pub struct Golden;

impl Engine for Golden {
    fn name(&self) -> &'static str {
        "golden"
    }

    fn keccak_f1600(&mut self, mut state: [u64; 25]) -> EngineResult<[u64; 25]> {
        crate::keccak::keccak_f1600(&mut state);
        Ok(state)
    }

    fn sha3(&mut self, mode: Sha3Mode, msg: &[u8], out_len: usize) -> EngineResult<Vec<u8>> {
        let mut s = Sponge::new(mode);
        s.absorb(msg);
        let mut out = vec![0u8; mode.digest_len().unwrap_or(out_len)];
        s.squeeze(&mut out);
        Ok(out)
    }
}
