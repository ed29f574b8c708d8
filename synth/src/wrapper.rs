//! Board wrapper: the glue that puts a block on a board with a handful of pins.
//!
//! Blocks have hundreds of I/O bits and a board has a clock, a reset button and a
//! few LEDs, so the wrapper (generated from the block's port list, written to the
//! build folder, never checked in):
//! - feeds every input bit from its own flop of a stimulus register that a 64-bit
//!   LFSR (XNOR feedback, taps 64,63,61,60, so the all-zero power-up state runs)
//!   shifts into 64 bits a clock: the block sits behind registers, no input is a
//!   constant that synthesis could propagate, and every net into the block has one
//!   flop as driver, which the placer can put next to its load (wired straight
//!   to the inputs, the LFSR's 64 bits were nets of fan-out 25 across the device;
//!   neither way lets `keccak_core_r1` with its 1,600-bit `state_in` route on the
//!   ECP5, while with `state_in` tied off it routes in 47 router2 iterations);
//! - folds every output bit into the LEDs through a pipelined XOR tree (one
//!   4-input XOR and one register per node, so the tree adds one LUT level to the
//!   timing paths, not log4(N)) and a rotating signature register: every output
//!   bit reaches a pin, so synthesis keeps all the logic;
//! - synchronises the reset button (two flops) and clears the LFSR and the
//!   signature with it;
//! - ties inputs named `fault_*` to zero and leaves outputs named `dbg_*`
//!   unconnected: by the rtl convention they are test-only ports (fault injection,
//!   scoreboard observation; see `rtl/src/keccak/sponge.rs`), absent from a product,
//!   so logic that only feeds a `dbg_*` output is not counted.
//!
//! The block's clock input (`clock` or `clk`, one bit) is tied to the board clock.
//! The block instance carries `keep_hierarchy` so that yosys reports its cells
//! apart from the wrapper's (the flow flattens after counting).

use crate::ports::{verilog_ident, Dir, Port};
use crate::target::Board;
use std::fmt::Write;

/// Name of the generated top module.
pub const WRAPPER_TOP: &str = "board_top";
/// Instance name of the block inside the wrapper.
pub const BLOCK_INSTANCE: &str = "dut";
/// LFSR width.
const LFSR_BITS: usize = 64;

/// Sizes of what the wrapper wires up, for reports and tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrapperShape {
    /// The port tied to the board clock, if the block has one.
    pub clock: Option<String>,
    /// Input bits driven by the LFSR.
    pub input_bits: usize,
    /// Test-only input bits tied to zero.
    pub tied_bits: usize,
    /// Output bits folded into the LEDs.
    pub output_bits: usize,
    /// Test-only output bits left unconnected.
    pub unconnected_bits: usize,
    /// Widths of the registered XOR-tree levels, from the first to the last.
    pub xor_levels: Vec<usize>,
}

/// Test-only inputs (rtl convention: `fault_*`), tied to zero on a board.
pub fn is_test_only(p: &Port) -> bool {
    p.dir == Dir::Input && p.name.starts_with("fault_")
}

/// Test-only outputs (rtl convention: `dbg_*`), left unconnected on a board.
pub fn is_observation_only(p: &Port) -> bool {
    p.dir == Dir::Output && p.name.starts_with("dbg_")
}

fn is_clock(p: &Port) -> bool {
    p.dir == Dir::Input && p.width() == 1 && (p.name == "clock" || p.name == "clk")
}

/// The shape of the wrapper for these ports and LEDs, or a message saying why no
/// wrapper can be built.
pub fn shape(ports: &[Port], leds: usize) -> Result<WrapperShape, String> {
    if let Some(p) = ports.iter().find(|p| p.dir == Dir::Inout) {
        return Err(format!("inout port '{}' cannot be driven by the board wrapper", p.name));
    }
    let clock = ports.iter().find(|p| is_clock(p)).map(|p| p.name.clone());
    let input_bits = ports.iter().filter(|p| p.dir == Dir::Input && !is_clock(p) && !is_test_only(p)).map(Port::width).sum();
    let tied_bits = ports.iter().filter(|p| is_test_only(p)).map(Port::width).sum();
    let output_bits: usize = ports.iter().filter(|p| p.dir == Dir::Output && !is_observation_only(p)).map(Port::width).sum();
    let unconnected_bits = ports.iter().filter(|p| is_observation_only(p)).map(Port::width).sum();
    if output_bits == 0 {
        return Err("module 'top' has no output apart from test-only dbg_* ports: synthesis would remove all of it".into());
    }
    let mut xor_levels = Vec::new();
    let mut n = output_bits;
    while n > leds {
        n = n.div_ceil(4);
        xor_levels.push(n);
    }
    Ok(WrapperShape { clock, input_bits, tied_bits, output_bits, unconnected_bits, xor_levels })
}

/// Verilog text of the wrapper of `block` (module `top` with `ports`) on `board`.
pub fn generate(block: &str, ports: &[Port], board: &Board) -> Result<String, String> {
    let leds = board.leds;
    if leds == 0 {
        return Err("board has no LED".into());
    }
    let shape = shape(ports, leds)?;
    let mut v = String::new();
    let w = &mut v;
    let (clk, rst) = (board.clock_port, board.reset_port);
    writeln!(w, "// Board wrapper generated by the synth crate: block `{block}` on {}.", board.name).ok();
    writeln!(w, "// Board glue, not the design: stimulus from an LFSR, outputs folded into LEDs.").ok();
    writeln!(
        w,
        "// {} input bits from the LFSR, {} test-only input bits tied to 0, {} output bits, {} test-only output bits unconnected, XOR-tree levels {:?}.",
        shape.input_bits, shape.tied_bits, shape.output_bits, shape.unconnected_bits, shape.xor_levels
    )
    .ok();
    writeln!(w, "module {WRAPPER_TOP} (").ok();
    writeln!(w, "    input  wire {clk},").ok();
    writeln!(w, "    input  wire {rst},").ok();
    writeln!(w, "    output wire [{}:0] led", leds - 1).ok();
    writeln!(w, ");").ok();
    let rst_expr = if board.reset_active_low { format!("~{rst}") } else { rst.to_string() };
    writeln!(w, "    // Reset button, synchronised to the board clock.").ok();
    writeln!(w, "    reg [1:0] rst_sync;").ok();
    writeln!(w, "    always @(posedge {clk}) rst_sync <= {{rst_sync[0], {rst_expr}}};").ok();
    writeln!(w, "    wire reset = rst_sync[1];").ok();
    writeln!(w).ok();
    writeln!(w, "    // Stimulus: {LFSR_BITS}-bit Fibonacci LFSR, XNOR taps 64,63,61,60.").ok();
    writeln!(w, "    reg [{}:0] lfsr;", LFSR_BITS - 1).ok();
    writeln!(w, "    always @(posedge {clk})").ok();
    writeln!(w, "        if (reset) lfsr <= {LFSR_BITS}'d0;").ok();
    writeln!(w, "        else lfsr <= {{lfsr[62:0], ~(lfsr[63] ^ lfsr[62] ^ lfsr[60] ^ lfsr[59])}};").ok();
    let n_in = shape.input_bits.max(1);
    writeln!(w, "    // One flop per input bit; the LFSR shifts in {LFSR_BITS} bits a clock (no reset: no").ok();
    writeln!(w, "    // reset net over every flop, and an FPGA's flops power up at zero).").ok();
    writeln!(w, "    reg [{}:0] stim;", n_in - 1).ok();
    if n_in > LFSR_BITS {
        writeln!(w, "    always @(posedge {clk}) stim <= {{stim[{}:0], lfsr}};", n_in - LFSR_BITS - 1).ok();
    } else {
        writeln!(w, "    always @(posedge {clk}) stim <= lfsr[{}:0];", n_in - 1).ok();
    }
    writeln!(w, "    genvar k;").ok();
    writeln!(w).ok();
    writeln!(w, "    wire [{}:0] resp;", shape.output_bits - 1).ok();
    writeln!(w).ok();
    writeln!(w, "    (* keep_hierarchy *)").ok();
    writeln!(w, "    top {BLOCK_INSTANCE} (").ok();
    let mut conns = Vec::new();
    let (mut in_off, mut out_off) = (0usize, 0usize);
    for p in ports {
        let name = verilog_ident(&p.name);
        let wd = p.width();
        let expr = if is_clock(p) {
            clk.to_string()
        } else if is_test_only(p) {
            format!("{wd}'d0")
        } else if is_observation_only(p) {
            String::new()
        } else if p.dir == Dir::Input {
            let e = format!("stim[{} +: {wd}]", in_off);
            in_off += wd;
            e
        } else {
            let e = format!("resp[{} +: {wd}]", out_off);
            out_off += wd;
            e
        };
        conns.push(format!("        .{name}({expr})"));
    }
    writeln!(w, "{}", conns.join(",\n")).ok();
    writeln!(w, "    );").ok();
    writeln!(w).ok();
    writeln!(w, "    // Response: pipelined XOR tree, one 4-input XOR and one register per node.").ok();
    let mut prev = "resp".to_string();
    let mut prev_n = shape.output_bits;
    for (lvl, &n) in shape.xor_levels.iter().enumerate() {
        let pad = 4 * n - prev_n;
        let padded = format!("x{lvl}_in");
        if pad > 0 {
            writeln!(w, "    wire [{}:0] {padded} = {{{pad}'d0, {prev}}};", 4 * n - 1).ok();
        } else {
            writeln!(w, "    wire [{}:0] {padded} = {prev};", 4 * n - 1).ok();
        }
        let name = format!("x{}", lvl + 1);
        writeln!(w, "    reg [{}:0] {name};", n - 1).ok();
        writeln!(w, "    generate").ok();
        writeln!(w, "        for (k = 0; k < {n}; k = k + 1) begin : xor_level{}", lvl + 1).ok();
        writeln!(w, "            always @(posedge {clk}) {name}[k] <= ^{padded}[4 * k +: 4];").ok();
        writeln!(w, "        end").ok();
        writeln!(w, "    endgenerate").ok();
        prev = name;
        prev_n = n;
    }
    writeln!(w).ok();
    writeln!(w, "    // Signature register on the LEDs: rotate and fold in the last tree level.").ok();
    writeln!(w, "    reg [{}:0] sig;", leds - 1).ok();
    let folded = if prev_n < leds { format!("{{{}'d0, {prev}}}", leds - prev_n) } else { prev.clone() };
    let rotated = if leds > 1 { format!("{{sig[{}:0], sig[{}]}}", leds - 2, leds - 1) } else { "sig".to_string() };
    writeln!(w, "    always @(posedge {clk})").ok();
    writeln!(w, "        if (reset) sig <= {leds}'d0;").ok();
    writeln!(w, "        else sig <= {rotated} ^ {folded};").ok();
    writeln!(w, "    assign led = sig;").ok();
    writeln!(w, "endmodule").ok();
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::Target;

    fn port(name: &str, dir: Dir, w: i64) -> Port {
        Port { name: name.into(), dir, msb: w - 1, lsb: 0 }
    }

    #[test]
    fn shape_counts_bits_and_levels() {
        let ports = vec![
            port("clock", Dir::Input, 1),
            port("a$0", Dir::Input, 64),
            port("fault_en", Dir::Input, 1),
            port("y$0", Dir::Output, 64),
            port("y$1", Dir::Output, 36),
            port("dbg_state$0", Dir::Output, 64),
        ];
        let s = shape(&ports, 8).unwrap();
        assert_eq!(s.clock.as_deref(), Some("clock"));
        assert_eq!(s.input_bits, 64);
        assert_eq!(s.tied_bits, 1);
        assert_eq!(s.output_bits, 100);
        assert_eq!(s.unconnected_bits, 64);
        assert_eq!(s.xor_levels, vec![25, 7]);
    }

    #[test]
    fn wrapper_text_connects_every_port() {
        let ports = vec![
            port("clock", Dir::Input, 1),
            port("in$0", Dir::Input, 3),
            port("fault_bit", Dir::Input, 6),
            port("odd.name", Dir::Output, 5),
            port("dbg_x", Dir::Output, 7),
        ];
        let v = generate("demo", &ports, &Target::Ice40Up5k.board()).unwrap();
        assert!(v.contains(".dbg_x()"));
        assert!(v.contains("reg [2:0] stim;"));
        assert!(v.contains("stim <= lfsr[2:0];"));
        assert!(v.contains("wire [4:0] resp;"));
        assert!(v.contains(".clock(clk)"));
        assert!(v.contains(".in$0(stim[0 +: 3])"));
        assert!(v.contains(".fault_bit(6'd0)"));
        assert!(v.contains(".\\odd.name (resp[0 +: 5])"));
        assert!(v.contains("~rst_n"));
        assert!(v.contains("output wire [6:0] led"));
    }

    #[test]
    fn wide_inputs_get_one_flop_each_from_a_shift_register() {
        let ports = vec![port("clock", Dir::Input, 1), port("state_in$0", Dir::Input, 64), port("state_in$1", Dir::Input, 36), port("y", Dir::Output, 4)];
        let v = generate("demo", &ports, &Target::Ecp5_85k.board()).unwrap();
        assert!(v.contains("reg [99:0] stim;"));
        assert!(v.contains("stim <= {stim[35:0], lfsr};"));
        assert!(v.contains(".state_in$1(stim[64 +: 36])"));
    }

    #[test]
    fn rejects_unwrappable_blocks() {
        assert!(shape(&[port("a", Dir::Input, 4)], 8).unwrap_err().contains("no output"));
        assert!(shape(&[port("a", Dir::Inout, 4)], 8).unwrap_err().contains("inout"));
        assert!(shape(&[port("a", Dir::Input, 4), port("dbg_a", Dir::Output, 4)], 8).unwrap_err().contains("no output"));
    }
}
