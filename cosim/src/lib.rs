//! Co-simulation: Verilator models of the emitted Verilog driven from Rust, the
//! scoreboard that holds them to the golden model, and the RTL [`Engine`] back end.
//!
//! [`Engine`]: golden_model::engine::Engine

pub mod codec;
pub mod drbg;
pub mod ecc;
pub mod keccak;
pub mod mlkem;
pub mod model;
pub mod ntt;
pub mod puf;
pub mod rtl_engine;
pub mod sampler;
pub mod scoreboard;
pub mod sha2;

/// The generated bindings, one module per block of `rtl/verilog/`.
pub mod models {
    include!(concat!(env!("OUT_DIR"), "/models.rs"));
}

pub use rtl_engine::Rtl;
