//! Golden models of the HSM's algorithms, written in the shape of the hardware.
//!
//! Each model computes what its standard says, in the order the RTL computes it,
//! and can report checkpoints through a [`trace::Trace`] hook that costs nothing
//! when off. The RTL is held to these models by the co-simulation scoreboard.

pub mod ecdsa;
pub mod engine;
pub mod keccak;
pub mod mldsa;
pub mod mlkem;
pub mod polyunit;
pub mod puf;
pub mod sha2;
pub mod trace;
