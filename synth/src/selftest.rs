//! A small design for checking the tool chains themselves: a 16x16 multiply-
//! accumulate and a 256 x 16 RAM, described in rust-hdl like the real blocks. It
//! fits every target (unlike the Keccak cores, which exceed the iCE40 parts) and
//! uses the DSP and block-RAM mapping, so the iCE40 flow, the report parsers and
//! bitstream reproducibility can be tested quickly. It is not part of the engine.

use crate::error::{io_err, SynthError};
use crate::Design;
use rust_hdl::prelude::*;
use std::path::Path;

/// Name of the self-test design.
pub const NAME: &str = "selftest_mac_ram";

/// acc <= clear ? 0 : acc + a*b (product registered); mem[addr] <= product when we.
#[derive(LogicBlock, Default)]
pub struct SelfTestMacRam {
    pub clock: Signal<In, Clock>,
    pub a: Signal<In, Bits<16>>,
    pub b: Signal<In, Bits<16>>,
    pub clear: Signal<In, Bit>,
    pub addr: Signal<In, Bits<8>>,
    pub we: Signal<In, Bit>,
    pub acc_out: Signal<Out, Bits<40>>,
    pub mem_out: Signal<Out, Bits<16>>,
    prod: DFF<Bits<32>>,
    acc: DFF<Bits<40>>,
    mem: RAM<Bits<16>, 8>,
}

impl Logic for SelfTestMacRam {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, prod, acc);
        self.prod.d.next = self.a.val() * self.b.val();
        self.acc.d.next = self.acc.q.val() + bit_cast::<40, 32>(self.prod.q.val());
        if self.clear.val() {
            self.acc.d.next = 0.into();
        }
        self.acc_out.next = self.acc.q.val();
        self.mem.read_clock.next = self.clock.val();
        self.mem.write_clock.next = self.clock.val();
        self.mem.read_address.next = self.addr.val();
        self.mem.write_address.next = self.addr.val();
        self.mem.write_data.next = bit_cast::<16, 32>(self.prod.q.val());
        self.mem.write_enable.next = self.we.val();
        self.mem_out.next = self.mem.read_data.val();
    }
}

/// The Verilog of [`SelfTestMacRam`] (module `top`).
pub fn verilog() -> String {
    let mut uut = SelfTestMacRam::default();
    uut.connect_all();
    generate_verilog(&uut)
}

/// Writes the self-test Verilog to `dir/selftest_mac_ram.v` and returns its design.
pub fn design(dir: &Path) -> Result<Design, SynthError> {
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    let path = dir.join(format!("{NAME}.v"));
    std::fs::write(&path, verilog()).map_err(io_err(&path))?;
    Ok(Design {
        name: NAME.into(),
        description: "tool-chain self-test: 16x16 MAC + 256x16 RAM (not part of the engine)".into(),
        verilog: path,
        library: Vec::new(),
    })
}
