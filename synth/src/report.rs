//! `report.json` of one block on one target, the parsers of the tool outputs it
//! is made from (yosys `stat -json`, nextpnr `--report` and log), and the
//! markdown summary table.

use crate::error::{io_err, SynthError};
use crate::target::Capacity;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Cell counts by resource class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resources {
    /// LUT4 (ECP5 `LUT4`, iCE40 `SB_LUT4`).
    pub lut4: u64,
    /// Flip-flops (`TRELLIS_FF`, `SB_DFF*`).
    pub ff: u64,
    /// Carry cells (`CCU2C` = 2 LUT4 + carry, `SB_CARRY`).
    pub carry: u64,
    /// Multipliers (`MULT18X18D`, `ALU54B`, `SB_MAC16`).
    pub dsp: u64,
    /// Block RAMs (`DP16KD`, `SB_RAM40_4K*`).
    pub bram: u64,
}

impl Resources {
    /// Classifies yosys cell types (after `synth_ecp5` / `synth_ice40`).
    pub fn from_cells(cells: &BTreeMap<String, u64>) -> Resources {
        let mut r = Resources::default();
        for (ty, &n) in cells {
            match ty.as_str() {
                "LUT4" | "SB_LUT4" => r.lut4 += n,
                "TRELLIS_FF" => r.ff += n,
                t if t.starts_with("SB_DFF") => r.ff += n,
                "CCU2C" | "SB_CARRY" => r.carry += n,
                "MULT18X18D" | "ALU54B" | "SB_MAC16" => r.dsp += n,
                t if t == "DP16KD" || t.starts_with("SB_RAM40_4K") => r.bram += n,
                _ => {}
            }
        }
        r
    }
}

/// Share of the device, in percent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Utilisation {
    pub lut4_pct: f64,
    pub ff_pct: f64,
    pub dsp_pct: f64,
    pub bram_pct: f64,
}

fn pct(used: u64, available: u64) -> f64 {
    if available == 0 {
        if used == 0 {
            0.0
        } else {
            f64::INFINITY
        }
    } else {
        (used as f64 * 10_000.0 / available as f64).round() / 100.0
    }
}

impl Utilisation {
    pub fn of(r: &Resources, cap: &Capacity) -> Utilisation {
        Utilisation {
            lut4_pct: pct(r.lut4, cap.lut4),
            ff_pct: pct(r.ff, cap.ff),
            dsp_pct: pct(r.dsp, cap.dsp),
            bram_pct: pct(r.bram, cap.bram),
        }
    }
}

/// One bel type of nextpnr's utilisation report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BelUse {
    pub used: u64,
    pub available: u64,
}

/// Fmax of one clock, from nextpnr.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClockFmax {
    /// Clock net as nextpnr names it.
    pub clock: String,
    pub achieved_mhz: f64,
    /// The requested frequency (nextpnr `--freq`).
    pub requested_mhz: f64,
    pub pass: bool,
}

/// The outcome of a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Status {
    /// Placed, routed and packed into a bitstream.
    Ok { timing_met: bool },
    /// The design needs more of `resource` than the device has.
    DoesNotFit { resource: String, needed: u64, available: u64, detected_by: String },
    /// Placed, but the router still had overused wires when the stage time limit
    /// stopped it: no bitstream. `placed_mhz` is nextpnr's estimate after placement.
    DoesNotRoute { overused_wires: u64, router_iterations: u64, stopped_after_s: u64, placed_mhz: Option<f64> },
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Ok { timing_met: true } => f.write_str("ok"),
            Status::Ok { timing_met: false } => f.write_str("ok, timing not met"),
            Status::DoesNotFit { resource, needed, available, .. } => {
                write!(f, "does not fit: needs {needed} of {available} {resource}")
            }
            Status::DoesNotRoute { overused_wires, router_iterations, stopped_after_s, placed_mhz } => {
                write!(
                    f,
                    "does not route: {overused_wires} wires overused after {router_iterations} router iterations (stopped after {} min)",
                    stopped_after_s / 60
                )?;
                if let Some(mhz) = placed_mhz {
                    write!(f, "; {mhz:.1} MHz after placement")?;
                }
                Ok(())
            }
        }
    }
}

/// Wall time of one stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageTime {
    pub stage: String,
    pub seconds: f64,
}

/// Everything known about one block on one target (`report.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub block: String,
    pub description: String,
    /// Target name (`ecp5-85k`, ...).
    pub target: String,
    pub device: String,
    pub package: String,
    /// The board the bitstream is for.
    pub board: String,
    pub status: Status,
    pub requested_mhz: f64,
    pub seed: u64,
    /// Cells of the block alone (yosys, block kept as its own module).
    pub block_cells: BTreeMap<String, u64>,
    /// Cells of the board wrapper (LFSR, XOR tree, LEDs) around it.
    pub wrapper_cells: BTreeMap<String, u64>,
    /// The block alone, by resource class.
    pub block_resources: Resources,
    /// Block and wrapper: what was placed.
    pub total_resources: Resources,
    /// The block alone, in percent of the device.
    pub utilisation: Utilisation,
    /// nextpnr's bel utilisation of the whole placed design.
    pub nextpnr_utilisation: BTreeMap<String, BelUse>,
    /// Fmax per clock (empty when the design was not placed).
    pub fmax: Vec<ClockFmax>,
    /// Tool name -> version line.
    pub tools: BTreeMap<String, String>,
    /// The block's Verilog as used (a copy in the build folder), and its SHA-256.
    pub verilog: String,
    pub verilog_sha256: String,
    /// Library files read with it (black-box primitives, `lib_<name>.v`) and their SHA-256.
    #[serde(default)]
    pub library_sha256: BTreeMap<String, String>,
    pub wrapper_sha256: String,
    /// Bitstream file name in the build folder, and its SHA-256.
    pub bitstream: Option<String>,
    pub bitstream_sha256: Option<String>,
    pub stages: Vec<StageTime>,
    /// The routed critical path in one line ([`critical_path`]), when the design routed.
    #[serde(default)]
    pub critical_path: Option<String>,
    /// The build folder.
    pub build_dir: String,
}

impl Report {
    /// The lowest Fmax over the clocks, if placed.
    pub fn min_fmax(&self) -> Option<f64> {
        self.fmax.iter().map(|c| c.achieved_mhz).reduce(f64::min)
    }

    pub fn write(&self, path: &Path) -> Result<(), SynthError> {
        let text = serde_json::to_string_pretty(self).map_err(|e| SynthError::BadToolOutput {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        std::fs::write(path, text + "\n").map_err(io_err(path))
    }

    pub fn read(path: &Path) -> Result<Report, SynthError> {
        let text = std::fs::read_to_string(path).map_err(io_err(path))?;
        serde_json::from_str(&text).map_err(|e| SynthError::BadToolOutput { path: path.to_path_buf(), message: e.to_string() })
    }
}

/// Cells by type of the block module and of the whole design, from `stat -json`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatCells {
    pub block: BTreeMap<String, u64>,
    pub wrapper: BTreeMap<String, u64>,
    pub total: BTreeMap<String, u64>,
}

fn cells_by_type(v: &serde_json::Value) -> Option<BTreeMap<String, u64>> {
    let obj = v.get("num_cells_by_type")?.as_object()?;
    let mut m = BTreeMap::new();
    for (k, n) in obj {
        // `$scopeinfo` (newer yosys) records the flattened hierarchy: not hardware.
        if k == "$scopeinfo" {
            continue;
        }
        m.insert(k.trim_start_matches('\\').to_string(), n.as_u64()?);
    }
    Some(m)
}

/// Parses yosys `stat -json` of a design with modules `\<top>` (the block, kept
/// hierarchical) and `\<wrapper>`.
pub fn parse_yosys_stat(text: &str, top: &str, wrapper: &str) -> Result<StatCells, String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let modules = v.get("modules").and_then(|m| m.as_object()).ok_or("no 'modules' object")?;
    let module = |name: &str| {
        modules
            .iter()
            .find(|(k, _)| k.trim_start_matches('\\') == name)
            .and_then(|(_, m)| cells_by_type(m))
            .ok_or(format!("no cell counts for module '{name}'"))
    };
    let block = module(top)?;
    let mut wrapper = module(wrapper)?;
    wrapper.remove(top);
    let mut total = block.clone();
    for (k, n) in &wrapper {
        *total.entry(k.clone()).or_insert(0) += n;
    }
    Ok(StatCells { block, wrapper, total })
}

/// The first resource class in which `r` exceeds `cap`, as (name, needed, available).
/// (On iCE40 a logic cell holds one LUT4 and one FF, so either count above the
/// number of logic cells cannot fit.)
pub fn first_overflow(r: &Resources, cap: &Capacity) -> Option<(String, u64, u64)> {
    let checks = [("LUT4", r.lut4, cap.lut4), ("FF", r.ff, cap.ff), ("DSP", r.dsp, cap.dsp), ("BRAM", r.bram, cap.bram)];
    checks.iter().find(|(_, used, avail)| used > avail).map(|(n, u, a)| (n.to_string(), *u, *a))
}

/// Fmax by clock from nextpnr: (clock, achieved MHz, constraint MHz).
pub type FmaxList = Vec<(String, f64, f64)>;

/// How far nextpnr's router2 got, from its log: the last `iter=N ... overused=M`
/// line as (N, M), or `None` when routing had not started.
pub fn parse_router_progress(log: &str) -> Option<(u64, u64)> {
    let field = |line: &str, key: &str| -> Option<u64> {
        let rest = &line[line.find(key)? + key.len()..];
        rest.split_whitespace().next()?.parse().ok()
    };
    log.lines().filter(|l| l.contains("iter=") && l.contains("overused=")).filter_map(|l| Some((field(l, "iter=")?, field(l, "overused=")?))).last()
}

/// The last `Max frequency for clock ...: X MHz` of a nextpnr log (after placement,
/// when routing did not finish), in MHz.
pub fn parse_log_fmax(log: &str) -> Option<f64> {
    log.lines()
        .filter(|l| l.contains("Max frequency for clock"))
        .filter_map(|l| l.rsplit_once("': ")?.1.split_whitespace().next()?.parse().ok())
        .last()
}

/// nextpnr `--report` JSON: Fmax by clock and bel utilisation.
pub fn parse_nextpnr_report(text: &str) -> Result<(FmaxList, BTreeMap<String, BelUse>), String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut fmax = Vec::new();
    if let Some(obj) = v.get("fmax").and_then(|f| f.as_object()) {
        for (clock, c) in obj {
            let achieved = c.get("achieved").and_then(|x| x.as_f64()).ok_or(format!("fmax of '{clock}' lacks 'achieved'"))?;
            let constraint = c.get("constraint").and_then(|x| x.as_f64()).unwrap_or(0.0);
            fmax.push((clock.clone(), achieved, constraint));
        }
    }
    let mut util = BTreeMap::new();
    let obj = v.get("utilization").and_then(|u| u.as_object()).ok_or("no 'utilization' object")?;
    for (bel, u) in obj {
        let used = u.get("used").and_then(|x| x.as_u64()).ok_or(format!("'{bel}' lacks 'used'"))?;
        let available = u.get("available").and_then(|x| x.as_u64()).ok_or(format!("'{bel}' lacks 'available'"))?;
        util.insert(bel.clone(), BelUse { used, available });
    }
    Ok((fmax, util))
}

/// The register a nextpnr cell name belongs to: `dut.core.state$23.q_TRELLIS_FF_Q_8`
/// -> `dut.core.state$23`, `dut.cnt.q_TRELLIS_FF_Q_3` -> `dut.cnt`.
fn register_of(cell: &str) -> &str {
    let cut = [".q_TRELLIS", "$q_TRELLIS", "_TRELLIS", "_LUT4", "_CCU2C"].iter().filter_map(|m| cell.find(m)).min();
    &cell[..cut.unwrap_or(cell.len())]
}

/// The longest register-to-register path of a nextpnr `--report` JSON in one line:
/// start and end register, delay, its routing share and its longest net, e.g.
/// `dut.fsm -> dut.core.state$23: 16.6 ns (14.6 routing; longest net 7.7 ns)`.
pub fn critical_path(text: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let mut best: Option<(f64, String)> = None;
    for cp in v.get("critical_paths")?.as_array()? {
        let (from, to) = (cp.get("from")?.as_str()?, cp.get("to")?.as_str()?);
        if !(from.starts_with("posedge") || from.starts_with("negedge")) || !(to.starts_with("posedge") || to.starts_with("negedge")) {
            continue;
        }
        let path = cp.get("path")?.as_array()?;
        let delay = |e: &serde_json::Value| e.get("delay").and_then(|d| d.as_f64()).unwrap_or(0.0);
        let total: f64 = path.iter().map(delay).sum();
        let routing: Vec<f64> = path.iter().filter(|e| e.get("type").and_then(|t| t.as_str()) == Some("routing")).map(delay).collect();
        let start = path.first()?.get("from")?.get("cell")?.as_str()?;
        let end = path.last()?.get("to")?.get("cell")?.as_str()?;
        let line = format!(
            "{} -> {}: {total:.1} ns ({:.1} routing; longest net {:.1} ns)",
            register_of(start),
            register_of(end),
            routing.iter().sum::<f64>(),
            routing.iter().cloned().fold(0.0, f64::max)
        );
        if best.as_ref().is_none_or(|(d, _)| total > *d) {
            best = Some((total, line));
        }
    }
    best.map(|(_, l)| l)
}

/// Finds a capacity overflow in a failed nextpnr log: a utilisation line such as
/// `Info:          ICESTORM_LC:  9000/ 7680   117%` with used > available, or an
/// `Unable to place cell ..., no BELs remaining to implement cell type 'X'` error.
/// Returns (bel type, needed, available) where known.
pub fn parse_nextpnr_overflow(log: &str) -> Option<(String, u64, u64)> {
    let mut util: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for line in log.lines() {
        let l = line.trim_start_matches("Info:").trim();
        // `NAME: used/ available pct%`
        if let Some((name, rest)) = l.split_once(':') {
            let name = name.trim();
            if name.is_empty() || name.contains(' ') {
                continue;
            }
            if let Some((used, rest)) = rest.split_once('/') {
                let avail = rest.split_whitespace().next().unwrap_or("");
                if let (Ok(u), Ok(a)) = (used.trim().parse::<u64>(), avail.parse::<u64>()) {
                    util.insert(name.to_string(), (u, a));
                }
            }
        }
    }
    if let Some((name, (u, a))) = util.iter().find(|(_, (u, a))| u > a) {
        return Some((name.clone(), *u, *a));
    }
    for line in log.lines() {
        if let Some(pos) = line.find("no BELs remaining to implement cell type '") {
            let rest = &line[pos + "no BELs remaining to implement cell type '".len()..];
            let ty = rest.split('\'').next().unwrap_or("").to_string();
            let (u, a) = util.get(&ty).copied().unwrap_or((0, 0));
            return Some((ty, u, a));
        }
    }
    None
}

/// Markdown table of reports: the block's own resources (wrapper excluded) and
/// Fmax of block and wrapper as placed.
pub fn summary_table(reports: &[Report]) -> String {
    let mut s = String::new();
    s.push_str("| Block | Target | LUT4 | FF | Carry | DSP | BRAM | LUT4 % | Fmax (MHz) | Target (MHz) | Status | Critical path (routed) |\n");
    s.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for r in reports {
        let b = &r.block_resources;
        let fmax = r.min_fmax().map(|f| format!("{f:.1}")).unwrap_or_else(|| "-".into());
        let path = r.critical_path.as_deref().unwrap_or("-").replace('|', "\\|").replace('$', "\\$");
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {:.1} | {} | {:.1} | {} | {} |\n",
            r.block, r.target, b.lut4, b.ff, b.carry, b.dsp, b.bram, r.utilisation.lut4_pct, fmax, r.requested_mhz, r.status, path
        ));
    }
    // The tools that made these numbers (one line each, from the reports).
    let mut tools: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for r in reports {
        for (name, version) in &r.tools {
            tools.insert(format!("{name}: {}", version.lines().next().unwrap_or("").trim()));
        }
    }
    if !tools.is_empty() {
        s.push_str(&format!("\nTools: {}.\n", tools.into_iter().collect::<Vec<_>>().join("; ")));
    }
    s
}

pub const TABLE_START: &str = "<!-- synth-table:start -->";
pub const TABLE_END: &str = "<!-- synth-table:end -->";

/// Replaces the text between `<!-- synth-table:start -->` and
/// `<!-- synth-table:end -->` in `text` by `table`.
pub fn replace_table(text: &str, table: &str) -> Option<String> {
    let start = text.find(TABLE_START)?;
    let after_start = start + TABLE_START.len();
    let end = after_start + text[after_start..].find(TABLE_END)?;
    let mut out = String::with_capacity(text.len() + table.len());
    out.push_str(&text[..after_start]);
    out.push('\n');
    out.push_str(table.trim_end_matches('\n'));
    out.push('\n');
    out.push_str(&text[end..]);
    Some(out)
}

/// [`replace_table`] on the file at `readme`.
pub fn update_readme(readme: &Path, table: &str) -> Result<(), SynthError> {
    let text = std::fs::read_to_string(readme).map_err(io_err(readme))?;
    let new = replace_table(&text, table).ok_or_else(|| SynthError::MarkersMissing { path: readme.to_path_buf() })?;
    if new != text {
        std::fs::write(readme, new).map_err(io_err(readme))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn critical_path_names_the_longest_clocked_path() {
        let el = |ty: &str, d: f64, from: &str, to: &str| {
            serde_json::json!({"type": ty, "delay": d, "from": {"cell": from, "port": "Q"}, "to": {"cell": to, "port": "D"}})
        };
        let path = |els: Vec<serde_json::Value>, from: &str| serde_json::json!({"from": from, "to": "posedge clk", "path": els});
        let report = serde_json::json!({"critical_paths": [
            path(vec![el("clk-to-q", 0.5, "dut.cnt.q_TRELLIS_FF_Q_3", "dut.cnt.q_TRELLIS_FF_Q_3"), el("routing", 2.0, "a", "b"), el("logic", 0.25, "b", "b"), el("routing", 7.5, "b", "dut.core.state$23.q_TRELLIS_FF_Q_8")], "posedge clk"),
            path(vec![el("routing", 30.0, "rst$tr_io", "rst_sync_TRELLIS_FF_Q")], "<async>"),
            path(vec![el("clk-to-q", 0.5, "x", "x"), el("routing", 1.0, "x", "y")], "posedge clk"),
        ]});
        let line = super::critical_path(&report.to_string()).unwrap();
        assert_eq!(line, "dut.cnt -> dut.core.state$23: 10.2 ns (9.5 routing; longest net 7.5 ns)");
        assert_eq!(super::critical_path("{}"), None);
        assert_eq!(super::critical_path("not json"), None);
    }

    #[test]
    fn router_progress_and_placement_fmax_from_a_log() {
        let log = "Info: Max frequency for clock '$glbnet$clk$TRELLIS_IO_IN': 32.39 MHz (PASS at 25.00 MHz)\n\
                   Info: Running router2...\n\
                   Info:     iter=1 wires=240310 overused=20790 overuse=22837 archfail=NA\n\
                   Info:     iter=12 wires=270541 overused=15904 overuse=16612 archfail=NA\n";
        assert_eq!(super::parse_router_progress(log), Some((12, 15904)));
        assert_eq!(super::parse_log_fmax(log), Some(32.39));
        assert_eq!(super::parse_router_progress("Info: placing\n"), None);
        assert_eq!(super::parse_log_fmax("Info: placing\n"), None);
        let st = super::Status::DoesNotRoute { overused_wires: 15904, router_iterations: 12, stopped_after_s: 1250, placed_mhz: Some(32.39) };
        assert_eq!(st.to_string(), "does not route: 15904 wires overused after 12 router iterations (stopped after 20 min); 32.4 MHz after placement");
    }

    use super::*;

    #[test]
    fn overflow_from_utilisation_line() {
        let log = "Info: Device utilisation:\nInfo: \t         ICESTORM_LC: 12000/ 7680   156%\nInfo: \t        ICESTORM_RAM:     0/   32     0%\nERROR: Unable to place cell 'x', no BELs remaining to implement cell type 'ICESTORM_LC'\n";
        assert_eq!(parse_nextpnr_overflow(log), Some(("ICESTORM_LC".into(), 12000, 7680)));
        assert_eq!(parse_nextpnr_overflow("Info: ICESTORM_LC: 10/ 7680 0%\nERROR: bad pcf\n"), None);
    }

    #[test]
    fn table_markers() {
        let t = "a\n<!-- synth-table:start -->\nold\n<!-- synth-table:end -->\nb\n";
        let n = replace_table(t, "| x |\n").unwrap();
        assert_eq!(n, "a\n<!-- synth-table:start -->\n| x |\n<!-- synth-table:end -->\nb\n");
        assert_eq!(replace_table(&n, "| x |").unwrap(), n);
        assert!(replace_table("<!-- synth-table:end --> <!-- synth-table:start -->", "x").is_none());
    }

    #[test]
    fn classes() {
        let mut m = BTreeMap::new();
        for (k, v) in [("SB_LUT4", 10), ("SB_DFFESR", 3), ("SB_DFF", 2), ("SB_CARRY", 4), ("SB_MAC16", 1), ("SB_RAM40_4K", 2), ("SB_GB", 1)] {
            m.insert(k.to_string(), v);
        }
        assert_eq!(Resources::from_cells(&m), Resources { lut4: 10, ff: 5, carry: 4, dsp: 1, bram: 2 });
    }
}
