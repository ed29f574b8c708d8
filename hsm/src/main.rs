//! `hsm`: the command for people. With no arguments it co-simulates every RTL block
//! against the golden model and prints a table.

mod cosim_run;
mod diff;
mod progress;

use clap::{Parser, Subcommand};
use engine::Engine;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "hsm", version, about = "HSM crypto engine: RTL co-simulation, golden model, ACVP, Verilog, FPGA flows")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Co-simulate every RTL block against the golden model (the default).
    Run {
        /// Random cases per block (more = slower, stronger).
        #[arg(long, default_value_t = 2000)]
        cases: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Run one case through RTL and golden model and show the comparison.
    Diff {
        #[command(subcommand)]
        block: diff::DiffBlock,
    },
    /// Answer a NIST ACVP prompt file.
    Acvp {
        /// golden or rtl
        #[arg(long, default_value = "golden")]
        engine: String,
        prompt: PathBuf,
        /// Write the response here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Write the Verilog of every block to rtl/verilog/ (with --check: only compare).
    Emit {
        #[arg(long)]
        check: bool,
    },
    /// Bitstreams and resource/timing reports with yosys + nextpnr.
    Synth {
        /// ecp5-85k (ULX3S-85F), ice40-up5k (iCEBreaker) or ice40-hx8k
        #[arg(long)]
        target: String,
        /// One block (see `hsm emit --check` for the names).
        #[arg(long, conflicts_with = "all")]
        block: Option<String>,
        /// Every block.
        #[arg(long)]
        all: bool,
        /// Timing target in MHz (default: the board clock).
        #[arg(long)]
        freq: Option<f64>,
        #[arg(long, default_value_t = 1)]
        seed: u32,
        /// Stop a tool after this many minutes (default: the library's 120); a router
        /// stopped this way gives a "does not route" report (how far it got), not an error.
        #[arg(long)]
        time_limit: Option<u64>,
        /// Rewrite the summary table in README.md from the reports.
        #[arg(long)]
        update_readme: bool,
    },
    /// The PUF root of trust.
    Puf {
        #[command(subcommand)]
        command: PufCommand,
    },
}

#[derive(Subcommand)]
enum PufCommand {
    /// Uniqueness, reliability, uniformity, bit-aliasing and key failure rate over a
    /// simulated population, printed and plotted as PNG.
    Report {
        /// A small population (fast) instead of the full one (1,000 devices x 100 evaluations).
        #[arg(long)]
        quick: bool,
        /// Where the PNG plots go.
        #[arg(long, default_value = "build/puf")]
        out: PathBuf,
    },
}

fn synth_cmd(target: &str, block: Option<String>, all: bool, freq: Option<f64>, seed: u32, time_limit_min: Option<u64>, readme: bool) -> Result<(), String> {
    let target: synth::Target = target.parse().map_err(|e: synth::SynthError| e.to_string())?;
    if block.is_none() && !all {
        return Err("say which block (--block NAME) or --all".into());
    }
    let mut req = synth::SynthRequest::new(target, block.into_iter().collect());
    if let Some(f) = freq {
        req.freq_mhz = f;
    }
    req.seed = seed;
    if let Some(min) = time_limit_min {
        if min == 0 {
            return Err("--time-limit must be at least 1 minute".into());
        }
        req.stage_timeout = Some(std::time::Duration::from_secs(60 * min));
    }
    let t = std::time::Instant::now();
    let reports = synth::run(&req, &mut |msg: &str| eprintln!("[{:>6.1}s] {msg}", t.elapsed().as_secs_f64()))
        .map_err(|e| e.to_string())?;
    let table = synth::summary_table(&reports);
    println!("{table}");
    if readme {
        let all = synth::load_reports(&req.build_dir).map_err(|e| e.to_string())?;
        let path = synth::workspace_root().join("README.md");
        synth::update_readme(&path, &synth::summary_table(&all)).map_err(|e| e.to_string())?;
        println!("README.md table updated from {} report(s)", all.len());
    }
    Ok(())
}

fn puf_report(quick: bool, out: &std::path::Path) -> Result<(), String> {
    use golden_model::puf::report::{population_report_with_progress, ReportParams};
    let params = if quick { ReportParams::quick() } else { ReportParams::full() };
    eprintln!("simulating {} devices x {} evaluations ...", params.devices, params.evaluations);
    let t = std::time::Instant::now();
    let bar = indicatif::ProgressBar::new(params.devices as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("puf report [{bar:30}] {pos}/{len} devices, {per_sec}, {eta} left")
            .unwrap()
            .progress_chars("=> "),
    );
    let report = population_report_with_progress(&params, &|| bar.inc(1)).map_err(|e| e.to_string());
    bar.finish_and_clear();
    let report = report?;
    println!("{report}");
    let files = golden_model::puf::plot::write_plots(&report, out).map_err(|e| e.to_string())?;
    for f in files {
        println!("plot: {}", f.display());
    }
    eprintln!("done in {:.1} s", t.elapsed().as_secs_f64());
    Ok(())
}

fn acvp(engine: &str, prompt: &PathBuf, output: Option<&PathBuf>) -> Result<(), String> {
    let text = std::fs::read_to_string(prompt).map_err(|e| format!("{}: {e}", prompt.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", prompt.display()))?;
    let mut golden = golden_model::engine::Golden;
    let mut rtl;
    let eng: &mut dyn Engine = match engine {
        "golden" => &mut golden,
        "rtl" => {
            rtl = cosim::Rtl::new();
            &mut rtl
        }
        other => return Err(format!("unknown engine \"{other}\": use golden or rtl")),
    };
    let cases: usize = json["testGroups"]
        .as_array()
        .map(|g| g.iter().map(|g| g["tests"].as_array().map_or(0, |t| t.len())).sum())
        .unwrap_or(0);
    let mut progress = progress::Progress::new(eng, cases as u64, &format!("acvp ({engine})"));
    let response = acvp::respond(&json, &mut progress).map_err(|e| format!("{}: {e}", prompt.display()));
    progress.finish();
    let response = response?;
    let out = serde_json::to_string_pretty(&response).unwrap();
    match output {
        Some(p) => std::fs::write(p, out + "\n").map_err(|e| format!("{}: {e}", p.display())),
        None => {
            println!("{out}");
            Ok(())
        }
    }
}

fn emit(check: bool) -> Result<(), String> {
    let mut stale = 0;
    for b in rtl::emit::blocks() {
        for (path, fresh) in b.artifacts() {
            let same = std::fs::read_to_string(&path).map(|o| o == fresh).unwrap_or(false);
            if check {
                println!("{:<24} {}", b.name, if same { "up to date" } else { "DIFFERS from a fresh emit" });
                stale += !same as usize;
            } else {
                std::fs::write(&path, fresh).map_err(|e| format!("{}: {e}", path.display()))?;
                println!("{:<24} {} {}", b.name, if same { "unchanged" } else { "written  " }, path.display());
            }
        }
    }
    if stale > 0 {
        return Err(format!("{stale} block(s) differ: run `hsm emit` and review the diff"));
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Run { cases: 2000, seed: 1 }) {
        Command::Run { cases, seed } => cosim_run::run_all(cases, seed),
        Command::Diff { block } => diff::run(block),
        Command::Acvp { engine, prompt, output } => acvp(&engine, &prompt, output.as_ref()),
        Command::Emit { check } => emit(check),
        Command::Synth { target, block, all, freq, seed, time_limit, update_readme } => {
            synth_cmd(&target, block, all, freq, seed, time_limit, update_readme)
        }
        Command::Puf { command: PufCommand::Report { quick, out } } => puf_report(quick, &out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hsm: {e}");
            ExitCode::FAILURE
        }
    }
}
