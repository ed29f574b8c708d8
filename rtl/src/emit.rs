//! Verilog emission: one entry per block, the source of `rtl/verilog/*.v`.

use rust_hdl::prelude::*;

/// A block that emits Verilog: its file stem and a constructor of its Verilog text.
pub struct Block {
    /// File stem under `rtl/verilog/` and the `--prefix` of its Verilator model.
    pub name: &'static str,
    /// One line for reports.
    pub description: &'static str,
    pub verilog: fn() -> String,
}

fn emit<U: Block_ + Default>() -> String {
    let mut uut = U::default();
    uut.connect_all();
    generate_verilog(&uut)
}

use rust_hdl::core::block::Block as Block_;

/// Every block, in dependency order.
pub fn blocks() -> Vec<Block> {
    use crate::keccak::*;
    vec![
        Block {
            name: "keccak_core_r1",
            description: "Keccak-f[1600] core, 1 round/clock",
            verilog: emit::<KeccakCoreR1>,
        },
        Block {
            name: "keccak_core_r2",
            description: "Keccak-f[1600] core, 2 rounds/clock (default)",
            verilog: emit::<KeccakCoreR2>,
        },
        Block {
            name: "keccak_core_r3",
            description: "Keccak-f[1600] core, 3 rounds/clock",
            verilog: emit::<KeccakCoreR3>,
        },
        Block {
            name: "keccak_sponge",
            description: "SHA3-224/256/384/512, SHAKE128/256 sponge engine",
            verilog: emit::<KeccakSponge>,
        },
        Block {
            name: "keccak_sponge_r1",
            description: "the same sponge engine over the 1-round/clock core (half the area, for FPGAs)",
            verilog: emit::<KeccakSpongeR1>,
        },
        Block {
            name: "ntt_unit_b1",
            description: "NTT / polynomial unit (ML-KEM, ML-DSA), 1 butterfly lane",
            verilog: emit::<crate::ntt::NttUnitB1>,
        },
        Block {
            name: "ntt_unit_b2",
            description: "NTT / polynomial unit (ML-KEM, ML-DSA), 2 butterfly lanes",
            verilog: emit::<crate::ntt::NttUnitB2>,
        },
        Block {
            name: "ntt_unit_b4",
            description: "NTT / polynomial unit (ML-KEM, ML-DSA), 4 butterfly lanes (default)",
            verilog: emit::<crate::ntt::NttUnitB4>,
        },
        Block {
            name: "puf_kdf",
            description: "RO-PUF measurement, RM(1,7) fuzzy extractor and SHAKE256 KDF (uses keccak_sponge)",
            verilog: emit::<crate::puf::PufKdf>,
        },
    ]
}

/// Path of the checked-in Verilog of `name`.
pub fn verilog_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog").join(format!("{name}.v"))
}
