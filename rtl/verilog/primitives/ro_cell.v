// Ring-oscillator PUF cell: the one hand-written primitive of the project
// (GUIDE section 2). A ring of five inversions (the enable NAND and four inverters),
// each net kept by keep attributes so synthesis neither merges nor removes the loop,
// followed by a DIV_BITS ripple divider clocked by the ring, so that the system clock
// can sample `out` (f_ring / 2^DIV_BITS must stay below f_clk / 2; the PUF model uses
// 200 MHz / 16 against a 50 MHz clock).
//
// A zero-delay simulator cannot model the ring. Co-simulation therefore does not use
// this file: the divided levels are computed from golden_model::puf::physical and
// driven onto the ro_a/ro_b inputs of puf_kdf. Used by rtl::puf::ro (RoCell, RoBank)
// for the FPGA flows. Lint: verilator --lint-only -Wall -Wno-UNOPTFLAT ro_cell.v
`default_nettype none
module ro_cell #(parameter DIV_BITS = 4) (
    input  wire en,
    output wire out
);
  (* keep = "true" *) wire n0;
  (* keep = "true" *) wire n1;
  (* keep = "true" *) wire n2;
  (* keep = "true" *) wire n3;
  (* keep = "true" *) wire n4;
  assign n0 = ~(en & n4);
  assign n1 = ~n0;
  assign n2 = ~n1;
  assign n3 = ~n2;
  assign n4 = ~n3;
  // Ripple divider: stage i toggles on each rising edge of its clock; the next
  // stage is clocked by the inverted output, so each stage halves the frequency.
  wire [DIV_BITS:0] chain;
  assign chain[0] = n4;
  genvar i;
  generate
    for (i = 0; i < DIV_BITS; i = i + 1) begin : ripple
      reg q = 1'b0;
      always @(posedge chain[i]) q <= ~q;
      assign chain[i + 1] = ~q;
    end
  endgenerate
  assign out = ~chain[DIV_BITS];
endmodule
`default_nettype wire
