//! One design on one target: wrapper -> yosys -> fit check -> nextpnr -> pack ->
//! `report.json`, all in the design's build folder.
//!
//! Every input is copied into the build folder and the tools run there with
//! relative file names, so the folder is self-contained and its path cannot leak
//! into the netlist: same inputs and seed give the same bitstream in any folder.

use crate::error::{io_err, SynthError};
use crate::report::{
    critical_path, first_overflow, parse_log_fmax, parse_nextpnr_overflow, parse_nextpnr_report, parse_router_progress, parse_yosys_stat, ClockFmax, Report, Resources, StageTime,
    Status, Utilisation,
};
use crate::target::{Family, Target};
use crate::tools::{StageRunner, Toolchain};
use crate::wrapper::{self, WRAPPER_TOP};
use crate::{Design, SynthRequest};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// SHA-256 of `bytes`, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// SHA-256 of the file at `path`.
pub fn sha256_file(path: &Path) -> Result<String, SynthError> {
    Ok(sha256_hex(&std::fs::read(path).map_err(io_err(path))?))
}

/// Build folder of `design` on `target` under `root`: `root/<target>/<design>/`.
pub fn design_dir(root: &Path, target: Target, design: &str) -> PathBuf {
    root.join(target.name()).join(design)
}

fn yosys_script(target: Target, library: &[String]) -> String {
    let synth = match target {
        // -nowidelut: no LUT5-LUT7 built from LUT4 pairs and PFUMX/L6MUX21. The
        // engine is mostly wide XOR (Keccak's θ and χ, the NTT's reductions), where a
        // LUT7 costs four LUT4 slots for what two LUT4s in a tree do: measured on
        // keccak_core_r2, 15,529 LUT4 instead of 28,089 LUT4 + 10,168 PFUMX +
        // 4,744 L6MUX21 (synth/README.md has the numbers of the other blocks).
        Target::Ecp5_85k => format!("synth_ecp5 -nowidelut -top {WRAPPER_TOP}"),
        // The UP5K has SB_MAC16 DSP blocks; the HX8K has none.
        Target::Ice40Up5k => format!("synth_ice40 -top {WRAPPER_TOP} -dsp"),
        Target::Ice40Hx8k => format!("synth_ice40 -top {WRAPPER_TOP}"),
    };
    let reads: String = library.iter().map(|f| format!("read_verilog {f}\n")).collect();
    format!(
        "{reads}read_verilog block.v\n\
         read_verilog wrapper.v\n\
         hierarchy -check -top {WRAPPER_TOP}\n\
         {synth}\n\
         tee -q -o stat.json stat -json\n\
         setattr -unset keep_hierarchy\n\
         flatten\n\
         hierarchy -top {WRAPPER_TOP}\n\
         write_json synth.json\n"
    )
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), SynthError> {
    std::fs::write(path, bytes).map_err(io_err(path))
}

fn remove_stale(dir: &Path, target: Target) -> Result<(), SynthError> {
    let ext = target.bitstream_ext();
    for f in ["report.json", "stat.json", "synth.json", "pnr.json", "board.asc", "board.config", &format!("board.{ext}")] {
        let p = dir.join(f);
        if p.exists() {
            std::fs::remove_file(&p).map_err(io_err(&p))?;
        }
    }
    Ok(())
}

/// Runs the flow of `design` for `req.target` with the located `tools`.
pub fn run_design(
    req: &SynthRequest,
    tools: &Toolchain,
    versions: &BTreeMap<String, String>,
    design: &Design,
    progress: &mut dyn FnMut(&str),
) -> Result<Report, SynthError> {
    let target = req.target;
    let board = target.board();
    let dir = design_dir(&req.build_dir, target, &design.name);
    std::fs::create_dir_all(&dir).map_err(io_err(&dir))?;
    let dir = dir.canonicalize().map_err(io_err(&dir))?;
    remove_stale(&dir, target)?;
    let mut stages = Vec::new();
    let mut runner = StageRunner {
        prefix: format!("[{}/{}]", target.name(), design.name),
        progress,
        timeout: req.stage_timeout,
        heartbeat: req.heartbeat,
    };

    // Inputs, copied into the build folder.
    let verilog = std::fs::read(&design.verilog).map_err(io_err(&design.verilog))?;
    write(&dir.join("block.v"), &verilog)?;
    let verilog_sha256 = sha256_hex(&verilog);
    let (top, ports) = crate::ports::parse_top_ports(&String::from_utf8_lossy(&verilog))
        .map_err(|message| SynthError::BadVerilog { path: design.verilog.clone(), message })?;
    let wrapper_text = wrapper::generate(&top, &ports, &board)
        .map_err(|message| SynthError::BadVerilog { path: design.verilog.clone(), message })?;
    write(&dir.join("wrapper.v"), wrapper_text.as_bytes())?;
    let wrapper_sha256 = sha256_hex(wrapper_text.as_bytes());
    let constraints = std::fs::read(target.constraints_path()).map_err(io_err(target.constraints_path()))?;
    write(&dir.join(board.constraints), &constraints)?;
    // Library files (black-box primitives) as lib_<name>.v.
    let mut library = Vec::new();
    let mut library_sha256 = BTreeMap::new();
    for src in &design.library {
        let bytes = std::fs::read(src).map_err(io_err(src))?;
        let name = format!("lib_{}", src.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
        write(&dir.join(&name), &bytes)?;
        library_sha256.insert(name.clone(), sha256_hex(&bytes));
        library.push(name);
    }
    write(&dir.join("synth.ys"), yosys_script(target, &library).as_bytes())?;
    runner.say(&format!("build folder {}", dir.display()));

    // Synthesis.
    let t = runner.run("synth", &tools.yosys, &["-s".into(), "synth.ys".into()], &dir, &dir.join("yosys.log"))?;
    stages.push(StageTime { stage: "synth".into(), seconds: t.as_secs_f64() });
    let stat_path = dir.join("stat.json");
    let stat_text = std::fs::read_to_string(&stat_path).map_err(io_err(&stat_path))?;
    let cells = parse_yosys_stat(&stat_text, &top, WRAPPER_TOP).map_err(|message| SynthError::BadToolOutput { path: stat_path.clone(), message })?;
    let block_resources = Resources::from_cells(&cells.block);
    let total_resources = Resources::from_cells(&cells.total);
    let cap = target.capacity();

    let mut report = Report {
        block: design.name.clone(),
        description: design.description.clone(),
        target: target.name().into(),
        device: target.device().into(),
        package: target.package().into(),
        board: board.name.into(),
        status: Status::Ok { timing_met: false },
        requested_mhz: req.freq_mhz,
        seed: req.seed as u64,
        block_cells: cells.block.clone(),
        wrapper_cells: cells.wrapper.clone(),
        block_resources,
        total_resources,
        utilisation: Utilisation::of(&block_resources, &cap),
        nextpnr_utilisation: BTreeMap::new(),
        fmax: Vec::new(),
        tools: versions.clone(),
        verilog: "block.v".into(),
        verilog_sha256,
        library_sha256,
        wrapper_sha256,
        bitstream: None,
        bitstream_sha256: None,
        stages: stages.clone(),
        critical_path: None,
        build_dir: dir.display().to_string(),
    };

    // Fit check before place and route: the whole design (block + wrapper).
    if let Some((resource, needed, available)) = first_overflow(&total_resources, &cap) {
        report.status = Status::DoesNotFit { resource, needed, available, detected_by: "yosys stat".into() };
        runner.say(&report.status.to_string());
        report.write(&dir.join("report.json"))?;
        return Ok(report);
    }

    // Place and route.
    let freq = format!("{}", req.freq_mhz);
    let mut args: Vec<OsString> = vec![
        target.nextpnr_device_flag().into(),
        "--package".into(),
        target.package().into(),
        "--json".into(),
        "synth.json".into(),
    ];
    let placed = match target.family() {
        Family::Ice40 => {
            args.extend(["--pcf".into(), board.constraints.into(), "--asc".into(), "board.asc".into()]);
            "board.asc"
        }
        Family::Ecp5 => {
            // Keccak's ρ/π wiring makes the engine routing-bound, not logic-bound. The
            // analytic placer `static` leaves less congestion than the default `heap`
            // (keccak_core_r1: 2,078 overused wires after 20 router2 iterations
            // against 16,326 after 6), and router2 converges where router1 was still
            // on its last 4,000 arcs after minutes.
            args.extend([
                "--lpf".into(),
                board.constraints.into(),
                "--textcfg".into(),
                "board.config".into(),
                "--placer".into(),
                "static".into(),
                "--router".into(),
                "router2".into(),
            ]);
            "board.config"
        }
    };
    args.extend([
        "--freq".into(),
        freq.into(),
        "--seed".into(),
        req.seed.to_string().into(),
        "--timing-allow-fail".into(),
        "--report".into(),
        "pnr.json".into(),
    ]);
    args.extend(req.extra_nextpnr_args.iter().map(OsString::from));
    let pnr_log = dir.join("nextpnr.log");
    match runner.run("place-and-route", &tools.nextpnr, &args, &dir, &pnr_log) {
        Ok(t) => stages.push(StageTime { stage: "place-and-route".into(), seconds: t.as_secs_f64() }),
        Err(SynthError::Timeout { stage, tool, after, log }) => {
            // Placed, but routing had not converged in the time limit: a report, not an
            // error. Stopped before routing began: the error stands.
            let text = std::fs::read_to_string(&pnr_log).unwrap_or_default();
            let Some((router_iterations, overused_wires)) = parse_router_progress(&text) else {
                return Err(SynthError::Timeout { stage, tool, after, log });
            };
            report.status = Status::DoesNotRoute { overused_wires, router_iterations, stopped_after_s: after.as_secs(), placed_mhz: parse_log_fmax(&text) };
            report.stages = stages;
            runner.say(&format!("{}; log: {}", report.status, pnr_log.display()));
            report.write(&dir.join("report.json"))?;
            return Ok(report);
        }
        Err(e @ SynthError::ToolFailed { .. }) => {
            let log = std::fs::read_to_string(&pnr_log).unwrap_or_default();
            if let Some((resource, needed, available)) = parse_nextpnr_overflow(&log) {
                report.status = Status::DoesNotFit { resource, needed, available, detected_by: "nextpnr".into() };
                report.stages = stages;
                runner.say(&report.status.to_string());
                report.write(&dir.join("report.json"))?;
                return Ok(report);
            }
            return Err(e);
        }
        Err(e) => return Err(e),
    }
    let pnr_path = dir.join("pnr.json");
    let pnr_text = std::fs::read_to_string(&pnr_path).map_err(io_err(&pnr_path))?;
    let (fmax, util) = parse_nextpnr_report(&pnr_text).map_err(|message| SynthError::BadToolOutput { path: pnr_path.clone(), message })?;
    report.fmax = fmax
        .into_iter()
        .map(|(clock, achieved, constraint)| {
            let requested = if constraint > 0.0 { constraint } else { req.freq_mhz };
            ClockFmax { clock, achieved_mhz: achieved, requested_mhz: requested, pass: achieved >= requested }
        })
        .collect();
    report.nextpnr_utilisation = util;
    report.critical_path = critical_path(&pnr_text);
    if report.fmax.is_empty() {
        return Err(SynthError::BadToolOutput { path: pnr_path, message: "no clock in the timing report".into() });
    }

    // Bitstream.
    let bit_name = format!("board.{}", target.bitstream_ext());
    let t = runner.run("pack", &tools.pack, &[placed.into(), bit_name.clone().into()], &dir, &dir.join("pack.log"))?;
    stages.push(StageTime { stage: "pack".into(), seconds: t.as_secs_f64() });
    let bit_path = dir.join(&bit_name);
    report.bitstream_sha256 = Some(sha256_file(&bit_path)?);
    report.bitstream = Some(bit_name);
    report.status = Status::Ok { timing_met: report.fmax.iter().all(|c| c.pass) };
    report.stages = stages;
    let fmax_text: Vec<String> = report.fmax.iter().map(|c| format!("{:.1} MHz", c.achieved_mhz)).collect();
    runner.say(&format!("{}; Fmax {} (target {} MHz); {}", report.status, fmax_text.join(", "), req.freq_mhz, bit_path.display()));
    report.write(&dir.join("report.json"))?;
    Ok(report)
}
