//! The ML-KEM engine and its units (FIPS 203).

pub mod codec;
pub mod engine;
pub mod mover;
pub mod sequencer;
pub mod sponge_port;

pub use self::engine::MlKemEngine;
