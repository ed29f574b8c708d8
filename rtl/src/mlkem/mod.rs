//! The ML-KEM engine and its units (FIPS 203).

pub mod codec;
pub mod engine;
pub mod mover;
pub mod sequencer;
pub mod sponge_port;

pub use self::engine::MlKemEngine;

#[cfg(test)]
mod tests {
    use golden_model::mlkem::program::{field, timing, unit};

    /// The sequencer and the engine decode the microcode with literal unit numbers and
    /// field offsets (rust-hdl takes no paths to constants): they are the program's.
    #[test]
    fn literals_in_the_rtl_are_the_programs_encoding() {
        assert_eq!((unit::END, unit::HASH, unit::NTT, unit::ENCODE, unit::DECODE), (0, 1, 2, 3, 4));
        assert_eq!((unit::COPY, unit::COMPARE, unit::FAIL, unit::CLEAR_FLAG, unit::SELECT, unit::WIPE, unit::WIPE_MEM), (5, 6, 7, 8, 9, 10, 11));
        assert_eq!((field::H_SRC, field::H_WORDS, field::H_MODE, field::H_SINK, field::H_ETA3), ((4, 11), (15, 8), (23, 3), (26, 2), (28, 1)));
        assert_eq!((field::H_SUFLEN, field::H_SUFFIX, field::H_DST), ((29, 2), (31, 16), (47, 11)));
        assert_eq!((field::N_OP, field::N_A, field::N_B, field::N_DST), ((4, 3), (7, 4), (11, 4), (15, 4)));
        assert_eq!((field::C_ADDR, field::C_SLOT, field::C_D, field::C_FLAG), ((4, 11), (15, 4), (19, 4), (23, 1)));
        assert_eq!((field::M_A, field::M_B, field::M_WORDS, field::M_C, field::F_CODE), ((4, 11), (15, 11), (26, 8), (34, 11), (4, 4)));
    }

    /// The golden schedule uses the units' own latencies.
    #[test]
    fn the_golden_schedule_uses_the_units_latencies() {
        for d in [1, 4, 5, 10, 11, 12] {
            assert_eq!(timing::CODEC, super::codec::encode_cycles(d));
            assert_eq!(timing::CODEC, super::codec::decode_cycles(d));
        }
        assert_eq!(timing::CBD2 - timing::SEED, crate::sampler::CBD_CYCLES);
        for g in 150..200 {
            assert_eq!(timing::sample_ntt_words(g), crate::sampler::sample_ntt_words(g as usize) as u64);
        }
        assert_eq!(timing::NTT, 7 * 32 + 8);
        use super::mover::{mover_cycles, OP_COMPARE, OP_COPY, OP_SELECT, OP_WIPE};
        use golden_model::mlkem::program::{step_cycles, MicroOp};
        for words in [1u16, 4, 32, 200] {
            let w = words as u64;
            assert_eq!(step_cycles(&MicroOp::Copy { src: 0, dst: 0, words }, None), timing::STEP + mover_cycles(OP_COPY, w));
            assert_eq!(step_cycles(&MicroOp::Compare { a: 0, b: 0, words }, None), timing::STEP + mover_cycles(OP_COMPARE, w));
            assert_eq!(step_cycles(&MicroOp::Select { if_set: 0, if_clear: 0, dst: 0, words }, None), timing::STEP + mover_cycles(OP_SELECT, w));
            assert_eq!(step_cycles(&MicroOp::Wipe { dst: 0, words }, None), timing::STEP + mover_cycles(OP_WIPE, w));
        }
    }
}
