//! The ECC unit (FIPS 186-5 ECDSA on P-256 and P-384): [`EccEngine`], a microcoded
//! sequencer over a 384-bit register file, with its units: the row-parallel Montgomery
//! multiplier [`MontMul`], the one-cycle modular adder/subtractor [`alu::ModAddSub`] and
//! the link to the RFC 6979 nonce generator [`nonce::NonceLink`]. The microcode, its
//! issue rules and its cycle counts are `golden_model::ecdsa::program`.

pub mod alu;
pub mod engine;
pub mod mont_mul;
pub mod nonce;

pub use engine::EccEngine;
pub use mont_mul::MontMul;

#[cfg(test)]
mod tests {
    use golden_model::ecdsa::program::{mul_latency, rom};

    #[test]
    fn rom_fits_and_latency_is_rows_over_two_plus_one() {
        let r = rom();
        assert!(r.words.len() <= 4096);
        assert_eq!(mul_latency(16), 9);
        assert_eq!(mul_latency(24), 13);
        eprintln!("ECC microcode: {} words", r.words.len());
    }
}
