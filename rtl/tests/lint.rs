//! Every emitted block passes `verilator --lint-only -Wall -Wno-WIDTH` apart from the
//! documented waivers below (each with its reason). Widths are waived as a class:
//! rust-hdl emits every literal 32 bits wide.

use std::process::Command;

/// (warning, text the message must contain, why it is waived)
const WAIVERS: &[(&str, &str, &str)] = &[
    ("DECLFILENAME", "does not match MODULE name: '", "rust-hdl writes a block's submodules (`<block>$child`) into the block's file"),
    ("UNUSEDPARAM", "Parameter is not used", "rust-hdl declares an FSM enum's parameters in every submodule"),
    ("UNUSEDSIGNAL", "'core$busy'", "the sponge sequences on the core's last_step, not busy"),
    ("UNOPTFLAT", "core$last_step'", "rust-hdl writes each module's logic as one always block, so sponge (reads last_step, drives clear) and core (reads clear, drives last_step) look like a loop; last_step depends on registers only"),
    ("UNUSEDSIGNAL", "'core$done'", "the sponge sequences on last_step; the scoreboard reads the core's done register through a probe"),
    ("UNUSEDSIGNAL", "'sponge$", "puf_kdf feeds its Keccak sponge well-formed streams and sequences on them, so it leaves the sponge's status outputs unread"),
    ("UNOPTFLAT", "'mlkem_engine.", "the engine's one always block reads its units' outputs (done, fatal, ready, busy) and drives their inputs (start, zeroize, valid), and so does each unit's: Verilator sees module-level loops; every output read is a function of registers (the engine simulates cycle-exact against the golden schedule and yosys finds no logic loop)"),
    ("UNUSEDSIGNAL", "'seq$ir'[63:58]", "the microcode word's bits above its widest field (Hash: 58 bits)"),
    ("UNUSEDSIGNAL", "$busy'", "mlkem_engine sequences its units on their done pulses, not busy"),
    ("UNUSEDSIGNAL", "$err_code'", "mlkem_engine aborts on any unit's error flag (error 7); the unit's code is read through a probe"),
    ("UNUSEDSIGNAL", "$buf_re'", "mlkem_engine's buffer RAM reads every cycle; the units' read strobes only document when data are due"),
    ("UNOPTFLAT", "'rfc6979_drbg.eng$", "rfc6979_drbg's one always block reads the SHA-2 engine's outputs (key_re/key_addr for the key port, in_ready, out_valid/out_data/out_last, busy) and drives its inputs (key_data, in_valid, ...), and so does the engine's: a module-level loop; key_data is a mux of the DRBG's K registers on the engine's registered key address, in_valid and the engine's zeroize depend on registers only (the block simulates cycle-exact against the golden schedule)"),
    ("UNUSEDSIGNAL", "'eng$err_code'", "rfc6979_drbg treats any error flag of its SHA-2 engine as a fault (fatal); the engine's code is read through a probe"),
    ("UNUSEDSIGNAL", "'cmd$done'", "the sponge port ends with the hash step (finish) and has no done of its own to report"),
    ("UNUSEDSIGNAL", "'row0$0$lo'", "ecc_engine's CIOS: position 0 of a row is zero by the choice of m_i (t_0 + a_0 b_i + m_i n_0 = 0 mod 2^16); it is divided away"),
    ("UNUSEDSIGNAL", "'row1$0$lo'", "the same for the second row of a cycle"),
    ("UNUSEDSIGNAL", "'res$24$", "ecc_engine's resolve: position 24 lies above the 384-bit result; only its borrow (result >= m) is used"),
    ("UNUSEDSIGNAL", "'ab0'[31:16]", "m_i needs a_0 b_i mod 2^16 only (rust-hdl's one product is 16x16 -> 32)"),
    ("UNUSEDSIGNAL", "'ab1'[31:16]", "the same for the second row"),
    ("UNUSEDSIGNAL", "'mq0'[31:16]", "m_i = u m' mod 2^16: the low half of the product"),
    ("UNUSEDSIGNAL", "'mq1'[31:16]", "the same for the second row"),
    ("UNOPTFLAT", "'ecc_engine.mm$fault'", "rust-hdl writes each module's logic as one always block: the multiplier's fault output (a function of its registers) and its wipe input sit in one block, and the engine feeds fault back into wipe; no logic loop"),
    ("UNUSEDSIGNAL", "'drbg$k_valid'", "ecc_engine reads the nonce generator's candidate on fixed cycles from its done pulse (DSEED/DNEXT), not on k_valid"),
    ("UNOPTFLAT", "'ecc_engine.link", "the same module-level always-block pattern as rfc6979_drbg's: the engine drives the nonce link's inputs and reads its outputs (functions of registers), the link does so with the generator and the generator with its SHA-2 engine; no logic loop (cycle-exact against the golden schedule)"),
    ("UNOPTFLAT", "'ecc_engine.alu$r'", "the engine's one always block feeds the adder's operands and takes its result into a register; no logic loop"),
];

#[test]
fn verilator_lint_is_clean_apart_from_documented_waivers() {
    let mut unwaived = Vec::new();
    for b in rtl::emit::blocks() {
        let path = rtl::emit::verilog_path(b.name);
        let out = Command::new("verilator")
            .args(["--lint-only", "-Wall", "-Wno-WIDTH"])
            .arg(&path)
            .output()
            .expect("verilator is needed: apt-get install -y verilator");
        let text = String::from_utf8_lossy(&out.stderr);
        for line in text.lines().filter(|l| l.starts_with("%Warning") || l.starts_with("%Error:") && !l.contains("Exiting due to")) {
            let waived = WAIVERS.iter().any(|(w, pat, _)| line.contains(&format!("%Warning-{w}")) && line.contains(pat));
            if !waived {
                unwaived.push(format!("{}: {line}", b.name));
            }
        }
    }
    assert!(unwaived.is_empty(), "lint findings without a waiver:\n{}", unwaived.join("\n"));
}
