//! The HSM crypto engine described in rust-hdl. Every block emits Verilog with
//! [`emit::blocks`]; the checked-in copies live in `rtl/verilog/`.

pub mod drbg;
pub mod ecc;
pub mod emit;
pub mod keccak;
pub mod mlkem;
pub mod ntt;
pub mod puf;
pub mod sampler;
pub mod secure;
pub mod sha2;
