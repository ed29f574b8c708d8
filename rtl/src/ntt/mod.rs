//! NTT / polynomial arithmetic unit for ML-KEM and ML-DSA (FIPS 203 §4.3, FIPS 204 §7.5):
//! the modular multiplier, the constant tables and the unit (B = 1, 2, 4 lanes).

pub mod modmul;
pub mod tables;
pub mod unit;

pub use self::modmul::{ModMul, MODMUL_LATENCY};
pub use self::unit::{NttState, NttUnit, NttUnitB1, NttUnitB2, NttUnitB4, SLOTS};

#[cfg(test)]
mod tests {
    /// Writes the NTT blocks' Verilog to `$NTT_EMIT_DIR` (default /tmp/ntt_emit) for a
    /// Verilator lint before blessing:
    /// `cargo test -p rtl --lib ntt::tests::emit_to_dir -- --ignored`.
    #[test]
    #[ignore]
    fn emit_to_dir() {
        let dir = std::env::var("NTT_EMIT_DIR").unwrap_or_else(|_| "/tmp/ntt_emit".into());
        std::fs::create_dir_all(&dir).unwrap();
        for b in crate::emit::blocks().into_iter().filter(|b| b.name.starts_with("ntt_")) {
            let only = std::env::var("NTT_EMIT_ONLY").unwrap_or_default();
            if !only.is_empty() && only != b.name {
                continue;
            }
            std::fs::write(format!("{dir}/{}.v", b.name), (b.verilog)()).unwrap();
        }
    }
}
