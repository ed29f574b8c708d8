//! The ring-oscillator primitive behind rust-hdl black boxes, for the FPGA flows.
//!
//! [`RoCell`] wraps one `ro_cell` (rtl/verilog/primitives/ro_cell.v, the project's one
//! hand-written Verilog). [`RoBank`] is the oscillator array of the PUF: 10,240 cells,
//! 32 per group, only the measured group enabled, routed to the 16 + 16 `ro_a`/`ro_b`
//! inputs of [`super::PufKdf`] (`ro_a[k]` = cell 2(16g+k), `ro_b[k]` = cell 2(16g+k)+1).
//! Neither can be simulated (a zero-delay ring has no meaning): their rust-hdl
//! `update` drives constant zero, and co-simulation drives `PufKdf`'s oscillator inputs
//! from the physical model instead. They are emitted by [`emit_ro_bank`] (not into
//! `rtl/verilog/*.v`, which co-simulation verilates).

use rust_hdl::prelude::*;

/// The primitive's source.
pub const RO_CELL_V: &str = include_str!("../../verilog/primitives/ro_cell.v");
/// Ring frequency divider inside the primitive (2^DIV_BITS).
pub const DIV_BITS: u32 = 4;
/// Oscillators in the bank: two per response bit.
pub const OSCILLATORS: usize = 10240;

/// One ring oscillator with enable; `out` is the ring frequency divided by 2^DIV_BITS.
#[derive(LogicBlock, Default)]
pub struct RoCell {
    pub en: Signal<In, Bit>,
    pub out: Signal<Out, Bit>,
}

impl Logic for RoCell {
    fn update(&mut self) {
        self.out.next = false;
    }
    fn connect(&mut self) {
        self.out.connect();
    }
    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: format!("ro_cell #(.DIV_BITS({DIV_BITS})) cell(.en(en), .out(out));"),
            cores: RO_CELL_V.into(),
        })
    }
}

/// The oscillator array with its group enables and pair routing.
#[derive(LogicBlock, Default)]
pub struct RoBank {
    pub ro_en: Signal<In, Bit>,
    pub ro_group: Signal<In, Bits<9>>,
    pub ro_a: Signal<Out, Bits<16>>,
    pub ro_b: Signal<Out, Bits<16>>,
}

impl Logic for RoBank {
    fn update(&mut self) {
        self.ro_a.next = 0.into();
        self.ro_b.next = 0.into();
    }
    fn connect(&mut self) {
        self.ro_a.connect();
        self.ro_b.connect();
    }
    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: format!(
                r#"
wire [{last}:0] ro;
genvar c, k;
generate
  for (c = 0; c < {n}; c = c + 1) begin : cells
    ro_cell #(.DIV_BITS({DIV_BITS})) cell(.en(ro_en & (ro_group == (c / 32))), .out(ro[c]));
  end
  for (k = 0; k < 16; k = k + 1) begin : route
    assign ro_a[k] = ro[32 * ro_group + 2 * k];
    assign ro_b[k] = ro[32 * ro_group + 2 * k + 1];
  end
endgenerate
"#,
                last = OSCILLATORS - 1,
                n = OSCILLATORS
            ),
            cores: RO_CELL_V.into(),
        })
    }
}

/// The FPGA oscillator bank's Verilog (the bank module and the `ro_cell` primitive).
pub fn emit_ro_bank() -> String {
    let mut uut = RoBank::default();
    uut.ro_en.connect();
    uut.ro_group.connect();
    uut.connect_all();
    generate_verilog(&uut)
}
