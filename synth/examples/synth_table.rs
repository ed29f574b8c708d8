//! Rebuilds the results table from the `report.json` files under a build folder
//! and writes it between the markers of a README:
//! `cargo run -p synth --example synth_table -- [BUILD_DIR [README]]`
//! (defaults: build/synth, the workspace README.md).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let build = args.next().map(PathBuf::from).unwrap_or_else(synth::default_build_dir);
    let readme = args.next().map(PathBuf::from).unwrap_or_else(|| synth::workspace_root().join("README.md"));
    let result = synth::load_reports(&build).and_then(|reports| {
        let table = synth::summary_table(&reports);
        synth::update_readme(&readme, &table).map(|_| table)
    });
    match result {
        Ok(table) => {
            print!("{table}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
