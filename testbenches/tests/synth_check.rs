//! Emitted Verilog passes `yosys hierarchy -check; proc; check -assert`, every
//! block's port list is read and its board wrapper elaborates, and the checks
//! fail where they should. Needs Debian's yosys (scripts/setup-fpga.sh).
//!
//! cargo test -p testbenches --test synth_check

use std::path::PathBuf;
use synth::ports::{read_top_ports, Dir};
use synth::{SynthError, Target, ToolSearch};

fn scratch(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("synth_check").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn block_list_matches_rtl_and_checked_in_files() {
    let blocks = synth::blocks();
    let names: Vec<&str> = rtl::emit::blocks().iter().map(|b| b.name).collect();
    assert!(!blocks.is_empty());
    assert_eq!(blocks.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), names);
    for b in &blocks {
        assert!(b.verilog.is_file(), "{} has no checked-in Verilog at {}", b.name, b.verilog.display());
    }
}

#[test]
fn every_block_passes_yosys_check() {
    for b in synth::blocks() {
        if let Err(e) = synth::check_verilog(&b.name) {
            panic!("{e}");
        }
    }
}

#[test]
fn check_finds_a_missing_submodule() {
    let dir = scratch("broken");
    let v = dir.join("broken.v");
    // `top` instantiates a module that does not exist: hierarchy -check must fail.
    std::fs::write(&v, "module top(clock, y);\n input wire clock;\n output wire y;\n top$missing u(.clock(clock), .y(y));\nendmodule\n").unwrap();
    match synth::check_verilog_file("broken", &v, &ToolSearch::default()) {
        Err(SynthError::CheckFailed { block, excerpt, .. }) => {
            assert_eq!(block, "broken");
            assert!(excerpt.contains("top$missing"), "excerpt does not name the module: {excerpt}");
        }
        other => panic!("expected CheckFailed, got {other:?}"),
    }
    // a combinational loop passes hierarchy but not check -assert
    std::fs::write(&v, "module top(a, y);\n input wire a;\n output wire y;\n wire l;\n assign l = ~(l ^ a);\n assign y = l;\nendmodule\n").unwrap();
    assert!(matches!(synth::check_verilog_file("broken", &v, &ToolSearch::default()), Err(SynthError::CheckFailed { .. })));
    // a missing file is an I/O error naming it
    let missing = dir.join("nope.v");
    match synth::check_verilog_file("nope", &missing, &ToolSearch::default()) {
        Err(SynthError::Io { path, .. }) => assert_eq!(path, missing),
        other => panic!("expected Io, got {other:?}"),
    }
}

#[test]
fn unknown_block_lists_valid_names() {
    let e = synth::check_verilog("keccak_core_r9").unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, SynthError::UnknownBlock { .. }));
    assert!(msg.contains("keccak_core_r9") && msg.contains("keccak_sponge"), "{msg}");
}

#[test]
fn every_block_has_a_wrapper_that_elaborates() {
    let yosys = synth::tools::check_yosys(&ToolSearch::default()).unwrap_or_else(|e| panic!("{e}"));
    for b in synth::blocks() {
        let ports = read_top_ports(&b.verilog).unwrap_or_else(|e| panic!("{e}"));
        assert!(ports.iter().any(|p| p.dir == Dir::Output), "{}: no output", b.name);
        let shape = synth::wrapper::shape(&ports, 8).unwrap();
        assert_eq!(shape.clock.as_deref(), Some("clock"), "{}: rust-hdl blocks have a `clock` input", b.name);
        let in_bits: usize = ports.iter().filter(|p| p.dir == Dir::Input).map(|p| p.width()).sum();
        // Every input but the clock and the reset is stimulus: no port is tied off.
        assert_eq!(shape.input_bits + 2, in_bits, "{}", b.name);
        for t in Target::ALL {
            let board = t.board();
            let text = synth::wrapper::generate(&b.name, &ports, &board).unwrap();
            assert!(text.contains(&format!("output wire [{}:0] led", board.leds - 1)));
        }
        // The wrapper with the block elaborates and passes yosys' checks.
        let dir = scratch(&format!("wrap_{}", b.name));
        let w = dir.join("wrapper.v");
        std::fs::write(&w, synth::wrapper::generate(&b.name, &ports, &Target::Ecp5_85k.board()).unwrap()).unwrap();
        let reads: String = b.library.iter().chain([&b.verilog, &w]).map(|f| format!("read_verilog \"{}\"; ", f.display())).collect();
        let script = format!("{reads}hierarchy -check -top board_top; proc; check -assert");
        let out = std::process::Command::new(&yosys.path).args(["-q", "-p", &script]).output().unwrap();
        assert!(out.status.success(), "{}: wrapper check failed:\n{}{}", b.name, String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn board_constraints_pin_every_wrapper_port() {
    for t in Target::ALL {
        let board = t.board();
        let text = std::fs::read_to_string(t.constraints_path()).unwrap();
        let mut pinned: Vec<String> = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
            if let Some(rest) = line.strip_prefix("set_io") {
                let toks: Vec<&str> = rest.split_whitespace().collect();
                // set_io [-opt value]... NAME PIN
                assert!(toks.len() >= 2, "{line}");
                pinned.push(toks[toks.len() - 2].to_string());
            } else if let Some(rest) = line.strip_prefix("LOCATE COMP \"") {
                pinned.push(rest.split('"').next().unwrap().to_string());
            }
        }
        let mut expected = vec![board.clock_port.to_string(), board.reset_port.to_string()];
        expected.extend((0..board.leds).map(|i| format!("led[{i}]")));
        pinned.sort();
        expected.sort();
        assert_eq!(pinned, expected, "{}", board.constraints);
    }
}
