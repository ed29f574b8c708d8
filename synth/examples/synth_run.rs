//! Runs the flow from the command line without building `hsm` (the same library as `hsm synth`):
//! `cargo run -p synth --example synth_run -- TARGET [BLOCK|selftest ...] [--seed N] [--freq MHZ] [--time-limit MIN] [--build DIR]`
//! (no block = every block). Prints progress, then the markdown table.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(target) = args.first() else {
        eprintln!("usage: synth_run TARGET [BLOCK|selftest ...] [--seed N] [--freq MHZ] [--time-limit MIN] [--build DIR]");
        return ExitCode::from(2);
    };
    let target: synth::Target = match target.parse() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut req = synth::SynthRequest::new(target, Vec::new());
    let mut selftest = false;
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => req.seed = it.next().and_then(|s| s.parse().ok()).unwrap_or(1),
            "--freq" => req.freq_mhz = it.next().and_then(|s| s.parse().ok()).unwrap_or(req.freq_mhz),
            "--time-limit" => {
                req.stage_timeout = it.next().and_then(|s| s.parse::<u64>().ok()).map(|m| std::time::Duration::from_secs(60 * m)).or(req.stage_timeout)
            }
            "--build" => req.build_dir = it.next().map(Into::into).unwrap_or(req.build_dir.clone()),
            "selftest" => selftest = true,
            b => req.blocks.push(b.to_string()),
        }
    }
    let mut progress = |m: &str| eprintln!("{m}");
    let result = if selftest {
        synth::selftest::design(&req.build_dir.join("selftest-src")).and_then(|d| synth::run_designs(&req, &[d], &mut progress))
    } else {
        synth::run(&req, &mut progress)
    };
    match result {
        Ok(reports) => {
            print!("{}", synth::summary_table(&reports));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
