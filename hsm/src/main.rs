//! `hsm`: the command for people. With no arguments it co-simulates every RTL block
//! against the golden model and prints a table.

mod cosim_run;
mod diff;

use clap::{Parser, Subcommand};
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
}

fn acvp(engine: &str, prompt: &PathBuf, output: Option<&PathBuf>) -> Result<(), String> {
    let text = std::fs::read_to_string(prompt).map_err(|e| format!("{}: {e}", prompt.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", prompt.display()))?;
    let mut golden = golden_model::engine::Golden;
    let mut rtl;
    let eng: &mut dyn golden_model::engine::Engine = match engine {
        "golden" => &mut golden,
        "rtl" => {
            rtl = cosim::Rtl::new();
            &mut rtl
        }
        other => return Err(format!("unknown engine \"{other}\": use golden or rtl")),
    };
    let response = acvp::respond(&json, eng).map_err(|e| format!("{}: {e}", prompt.display()))?;
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
        let fresh = (b.verilog)();
        let path = rtl::emit::verilog_path(b.name);
        let same = std::fs::read_to_string(&path).map(|o| o == fresh).unwrap_or(false);
        if check {
            println!("{:<24} {}", b.name, if same { "up to date" } else { "DIFFERS from a fresh emit" });
            stale += !same as usize;
        } else {
            std::fs::write(&path, fresh).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("{:<24} {} {}", b.name, if same { "unchanged" } else { "written  " }, path.display());
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
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hsm: {e}");
            ExitCode::FAILURE
        }
    }
}
