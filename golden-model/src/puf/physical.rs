//! Physical model of the ring-oscillator PUF array, for simulation.
//!
//! Each oscillator i of a device has a frequency
//!
//! ```text
//! f_i(T, V) = f_nom · (1 + p_i + s_i) · (1 + (α + a_i)·ΔT + (β + b_i)·ΔV) · (1 + σ_e(T, V) · N(0,1))
//! σ_e(T, V) = σ_0 + σ_T·|ΔT| + σ_V·|ΔV|         (ΔT = T − 25 °C, ΔV = V/V_nom − 1)
//! ```
//!
//! with p_i ~ N(0, σ_p) (random process variation, from the device seed), s_i a
//! layout-systematic offset common to all devices (the same for every chip of a
//! design: the source of bit aliasing), a_i ~ N(0, σ_a) and b_i ~ N(0, σ_b) the
//! per-oscillator mismatch of the temperature and voltage coefficients (what makes
//! pairs swap order away from the enrolment conditions), and a fresh N(0,1) per
//! oscillator per evaluation (jitter and supply noise, growing with |ΔT| and |ΔV|).
//!
//! The oscillator primitive (`rtl/verilog/primitives/ro_cell.v`) divides the ring's
//! output by `divider` so that the system clock can sample it; the sampled level at
//! clock k after the oscillator is enabled is the top bit of a 32-bit phase
//! `φ0 + k·inc (mod 2^32)`, inc = round(f_i / (divider · f_clk) · 2^32), φ0 uniform
//! per evaluation (the ring starts from an unknown phase). The RTL counts the rising
//! edges of that sampled level over a window of W clocks; the co-simulation driver
//! feeds exactly these levels to the RTL ([`Evaluation::level`]), and
//! [`Evaluation::count`] gives the same count in closed form.
//!
//! Response bit j compares the disjoint pair (2j, 2j+1): bit = count(2j) > count(2j+1),
//! and on equal counts the bit is a TRNG bit (the RTL's `tie_entropy` input, one 16-bit
//! word per group of 16 pairs, [`Evaluation::ties`]). With W = 4096 about 2.7 % of pairs
//! tie; reading them as 0 (the first design) biased the response to 48.6 % ones (0.959
//! bit of min-entropy per bit), the TRNG bit brings it to ~49.9 % (0.998).
//!
//! Default figures ([`PufParams::default`]) and what they are chosen to match:
//! FPGA RO-PUFs report inter-device Hamming distance close to 50 % and intra-device
//! bit error rates of about 1–15 % across temperature (Suh & Devadas, DAC 2007:
//! 46 % inter-distance, 0.5–4.8 % intra at 20–120 °C; Maiti & Schaumont, FPL 2009/2011:
//! 47–50 % inter, ~1–10 % across −20..+120 °C and ±10 % supply).
//! σ_p = 1 % of f (ring-oscillator frequency spread on 90–28 nm FPGAs is 0.5–2 %).
//! σ_0 = 3.5e-4 gives ~2 % BER at 25 °C, 1.0 V with W = 4096; σ_a = 2.5e-5/°C and
//! σ_T = 2.5e-5/°C give ~11–13 % at 125 °C and ~8 % at −40 °C; σ_b, σ_V give
//! ~3–4 % at ±10 % supply; the worst rated corner (125 °C, 0.9 V) stays at ≤ 15 %.
//! The report command measures these, see `report::population_report`.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Parameters of the array and of its environment dependence (see the module doc).
#[derive(Clone, Debug, PartialEq)]
pub struct PufParams {
    /// Number of oscillators (even); response bits = oscillators / 2.
    pub oscillators: usize,
    /// Nominal ring frequency, Hz.
    pub f_nominal_hz: f64,
    /// Divider inside the oscillator primitive.
    pub divider: u32,
    /// System clock, Hz.
    pub f_clock_hz: f64,
    /// Counting window W, clocks.
    pub window: u32,
    /// σ_p: random process variation of f, relative.
    pub sigma_process: f64,
    /// Amplitude of the layout-systematic offset s_i, relative.
    pub systematic: f64,
    /// α: common temperature coefficient, per °C.
    pub temp_coeff: f64,
    /// σ_a: per-oscillator mismatch of the temperature coefficient, per °C.
    pub sigma_temp_coeff: f64,
    /// β: common supply coefficient, per relative volt.
    pub volt_coeff: f64,
    /// σ_b: per-oscillator mismatch of the supply coefficient.
    pub sigma_volt_coeff: f64,
    /// σ_0: evaluation noise at nominal conditions, relative.
    pub sigma_noise: f64,
    /// σ_T: added evaluation noise per °C away from 25 °C.
    pub noise_per_kelvin: f64,
    /// σ_V: added evaluation noise per relative volt away from nominal.
    pub noise_per_volt: f64,
}

impl Default for PufParams {
    fn default() -> Self {
        PufParams {
            oscillators: 2 * super::RESPONSE_BITS,
            f_nominal_hz: 200e6,
            divider: 16,
            f_clock_hz: 50e6,
            window: 4096,
            sigma_process: 0.01,
            systematic: 0.001,
            temp_coeff: -8e-4,
            sigma_temp_coeff: 2.5e-5,
            volt_coeff: 0.8,
            sigma_volt_coeff: 0.012,
            sigma_noise: 3.5e-4,
            noise_per_kelvin: 2.5e-5,
            noise_per_volt: 0.005,
        }
    }
}

/// Why a parameter set cannot be simulated.
#[derive(Clone, Debug, PartialEq)]
pub enum ParamError {
    OddOscillatorCount(usize),
    /// The divided oscillator must toggle slower than half the clock, or edges are lost.
    TooFast { max_ratio: f64 },
    ZeroWindow,
}

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamError::OddOscillatorCount(n) => write!(f, "{n} oscillators: the count must be even (pairs)"),
            ParamError::TooFast { max_ratio } => {
                write!(f, "divided oscillator at {max_ratio:.3} x f_clk: must stay below 0.5 (raise the divider)")
            }
            ParamError::ZeroWindow => write!(f, "the counting window must be at least one clock"),
        }
    }
}

impl std::error::Error for ParamError {}

impl PufParams {
    pub fn pairs(&self) -> usize {
        self.oscillators / 2
    }

    /// Checks that the model is meaningful (10 σ of process spread still below
    /// half the clock after division).
    pub fn validate(&self) -> Result<(), ParamError> {
        if self.oscillators % 2 != 0 {
            return Err(ParamError::OddOscillatorCount(self.oscillators));
        }
        if self.window == 0 {
            return Err(ParamError::ZeroWindow);
        }
        let ratio = self.f_nominal_hz * (1.0 + 10.0 * self.sigma_process + 0.2) / (self.divider as f64 * self.f_clock_hz);
        if ratio >= 0.5 {
            return Err(ParamError::TooFast { max_ratio: ratio });
        }
        Ok(())
    }
}

/// Operating conditions of one evaluation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conditions {
    pub temp_c: f64,
    /// Supply relative to nominal (1.0 = nominal).
    pub vdd: f64,
}

impl Conditions {
    pub const NOMINAL: Conditions = Conditions { temp_c: 25.0, vdd: 1.0 };
    pub fn new(temp_c: f64, vdd: f64) -> Self {
        Conditions { temp_c, vdd }
    }
}

/// A standard normal deviate (ziggurat).
fn normal(rng: &mut impl Rng) -> f64 {
    rng.sample(rand_distr::StandardNormal)
}

/// The layout-systematic offset s_i of oscillator i of n (identical on every device).
pub fn systematic(i: usize, n: usize, amp: f64) -> f64 {
    let x = i as f64 / n.max(1) as f64;
    amp * ((std::f64::consts::TAU * 3.0 * x).sin() + 0.5 * (std::f64::consts::TAU * 17.0 * x + 1.0).sin())
}

/// One device: its oscillators' static parameters, drawn from the device seed.
#[derive(Clone, Debug)]
pub struct Device {
    pub params: PufParams,
    pub seed: u64,
    /// 1 + p_i + s_i
    freq: Vec<f64>,
    /// α + a_i
    tc: Vec<f64>,
    /// β + b_i
    vc: Vec<f64>,
}

impl Device {
    pub fn new(params: &PufParams, seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5055_465f_4445_5649);
        let n = params.oscillators;
        let mut freq = Vec::with_capacity(n);
        let mut tc = Vec::with_capacity(n);
        let mut vc = Vec::with_capacity(n);
        for i in 0..n {
            freq.push(1.0 + params.sigma_process * normal(&mut rng) + systematic(i, n, params.systematic));
            tc.push(params.temp_coeff + params.sigma_temp_coeff * normal(&mut rng));
            vc.push(params.volt_coeff + params.sigma_volt_coeff * normal(&mut rng));
        }
        Device { params: params.clone(), seed, freq, tc, vc }
    }

    /// Frequency of oscillator i without evaluation noise, Hz.
    pub fn frequency(&self, i: usize, c: Conditions) -> f64 {
        let (dt, dv) = (c.temp_c - 25.0, c.vdd - 1.0);
        self.params.f_nominal_hz * self.freq[i] * (1.0 + self.tc[i] * dt + self.vc[i] * dv)
    }

    /// One evaluation of every oscillator at conditions `c`, noise drawn from `rng`.
    pub fn evaluate(&self, c: Conditions, rng: &mut impl Rng) -> Evaluation {
        let p = &self.params;
        let (dt, dv) = (c.temp_c - 25.0, c.vdd - 1.0);
        let sigma = p.sigma_noise + p.noise_per_kelvin * dt.abs() + p.noise_per_volt * dv.abs();
        let scale = 4294967296.0 / (p.divider as f64 * p.f_clock_hz);
        let osc = (0..p.oscillators)
            .map(|i| {
                let f = self.frequency(i, c) * (1.0 + sigma * normal(rng));
                let inc = (f * scale).round().clamp(0.0, (1u64 << 31) as f64 - 1.0) as u32;
                (rng.gen::<u32>(), inc)
            })
            .collect();
        // The TRNG word each group's comparator takes for its ties (drawn after the
        // oscillators so that their figures do not depend on it).
        let ties = (0..p.pairs().div_ceil(super::GROUP)).map(|_| rng.gen::<u16>()).collect();
        Evaluation { osc, window: p.window, ties }
    }

    /// One evaluation from an evaluation seed (reproducible).
    pub fn evaluate_seeded(&self, c: Conditions, eval_seed: u64) -> Evaluation {
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed.rotate_left(17) ^ eval_seed ^ 0x4556_414c);
        self.evaluate(c, &mut rng)
    }
}

/// Rising edges of the level sequence L_k = bit 31 of (φ0 + k·inc) mod 2^32 between
/// k = 0 and k = w: thresholds 2^31 + j·2^32 crossed in (φ0, φ0 + w·inc].
pub fn rising_edges(phi0: u32, inc: u32, w: u32) -> u32 {
    let a = phi0 as i128 - (1i128 << 31);
    let b = a + w as i128 * inc as i128;
    (b.div_euclid(1i128 << 32) - a.div_euclid(1i128 << 32)) as u32
}

/// One evaluation: every oscillator's start phase and phase increment per clock, and
/// the TRNG words its comparators take for ties.
#[derive(Clone, Debug)]
pub struct Evaluation {
    /// (φ0, inc) per oscillator.
    pub osc: Vec<(u32, u32)>,
    pub window: u32,
    /// Per group g of [`super::GROUP`] pairs: bit k is response bit 16g+k if that pair's
    /// counts are equal (the RTL's `tie_entropy` when it compares group g).
    pub ties: Vec<u16>,
}

impl Evaluation {
    /// The sampled (divided) level of oscillator `i`, `k` clocks after it was enabled.
    pub fn level(&self, i: usize, k: u64) -> bool {
        let (phi0, inc) = self.osc[i];
        (phi0.wrapping_add((k as u32).wrapping_mul(inc)) >> 31) == 1
    }

    /// Rising edges the RTL counts for oscillator `i` over the window.
    pub fn count(&self, i: usize) -> u32 {
        let (phi0, inc) = self.osc[i];
        rising_edges(phi0, inc, self.window)
    }

    /// The TRNG bit pair `j` takes on a tie (0 past the end of [`Self::ties`]).
    pub fn tie_bit(&self, j: usize) -> bool {
        self.ties.get(j / super::GROUP).is_some_and(|t| (t >> (j % super::GROUP)) & 1 == 1)
    }

    /// Response bit j: count(2j) > count(2j+1), the TRNG bit on equal counts.
    pub fn bit(&self, j: usize) -> bool {
        let (a, b) = (self.count(2 * j), self.count(2 * j + 1));
        a > b || (a == b && self.tie_bit(j))
    }

    /// The response as 64-bit words, bit j of the response in word j/64, bit j%64.
    pub fn response(&self) -> Vec<u64> {
        self.response_by(|j| self.bit(j))
    }

    /// The response of the first design's comparator (a tie reads 0), for the report's
    /// comparison.
    pub fn response_ties_zero(&self) -> Vec<u64> {
        self.response_by(|j| self.count(2 * j) > self.count(2 * j + 1))
    }

    fn response_by(&self, bit: impl Fn(usize) -> bool) -> Vec<u64> {
        let pairs = self.osc.len() / 2;
        let mut w = vec![0u64; pairs.div_ceil(64)];
        for j in (0..pairs).filter(|&j| bit(j)) {
            w[j / 64] |= 1 << (j % 64);
        }
        w
    }
}
