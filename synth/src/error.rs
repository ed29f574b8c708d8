//! The one error type of the crate: every failure names what failed, and where a
//! tool ran, the log it left in the build folder.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug)]
pub enum SynthError {
    /// A target name that is not one of [`crate::Target::ALL`].
    UnknownTarget { name: String, valid: Vec<String> },
    /// A block name that `rtl::emit::blocks()` does not list.
    UnknownBlock { name: String, valid: Vec<String> },
    /// A tool is not installed; `install` says how to get it.
    ToolMissing { tool: String, install: String },
    /// A tool ran and failed (non-zero exit or killed); its log is kept.
    ToolFailed { stage: String, tool: String, status: String, log: PathBuf, excerpt: String },
    /// A tool ran longer than the stage time limit and was stopped.
    Timeout { stage: String, tool: String, after: Duration, log: PathBuf },
    /// `hierarchy -check; proc; check -assert` found a problem in a block's Verilog.
    CheckFailed { block: String, verilog: PathBuf, excerpt: String },
    /// The `top` module header of a block's Verilog could not be read.
    BadVerilog { path: PathBuf, message: String },
    /// A tool's output file (stat JSON, nextpnr report, ...) was missing or malformed.
    BadToolOutput { path: PathBuf, message: String },
    /// README markers missing or out of order.
    MarkersMissing { path: PathBuf },
    /// File system error on `path`.
    Io { path: PathBuf, source: std::io::Error },
    /// A request parameter out of range (frequency, empty block list, ...).
    BadRequest(String),
}

impl fmt::Display for SynthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SynthError::UnknownTarget { name, valid } => {
                write!(f, "unknown target '{name}': valid targets are {}", valid.join(", "))
            }
            SynthError::UnknownBlock { name, valid } => {
                write!(f, "unknown block '{name}': valid blocks are {}", valid.join(", "))
            }
            SynthError::ToolMissing { tool, install } => write!(f, "{tool} not found: {install}"),
            SynthError::ToolFailed { stage, tool, status, log, excerpt } => {
                write!(f, "{stage}: {tool} failed ({status}); log: {}", log.display())?;
                if !excerpt.is_empty() {
                    write!(f, "\n{excerpt}")?;
                }
                Ok(())
            }
            SynthError::Timeout { stage, tool, after, log } => write!(
                f,
                "{stage}: {tool} stopped after the {} s stage time limit; log: {}",
                after.as_secs(),
                log.display()
            ),
            SynthError::CheckFailed { block, verilog, excerpt } => write!(
                f,
                "yosys check of block '{block}' ({}) failed:\n{excerpt}",
                verilog.display()
            ),
            SynthError::BadVerilog { path, message } => {
                write!(f, "cannot read the top module of {}: {message}", path.display())
            }
            SynthError::BadToolOutput { path, message } => {
                write!(f, "unexpected tool output {}: {message}", path.display())
            }
            SynthError::MarkersMissing { path } => write!(
                f,
                "{} lacks the markers <!-- synth-table:start --> and <!-- synth-table:end --> (in this order)",
                path.display()
            ),
            SynthError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            SynthError::BadRequest(msg) => write!(f, "bad request: {msg}"),
        }
    }
}

impl std::error::Error for SynthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SynthError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Attaches a path to an I/O error.
pub(crate) fn io_err(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> SynthError {
    let path = path.into();
    move |source| SynthError::Io { path, source }
}
