//! `hsm puf report`: a simulated population (default 1,000 devices × 100 evaluations)
//! through the physical model and the golden fuzzy extractor: uniqueness,
//! reliability, uniformity, bit-aliasing, and the bit error rate and key failure
//! rate against temperature and supply, next to the analytic bound; the min-entropy of
//! the secret given the helper data by the code-offset bound from the measured bias
//! ([`super::entropy`]), and the redesign options with their trade-offs.
//!
//! Runs on the golden model only, devices in parallel (rayon), each device from its
//! own seed, so the result does not depend on the thread count.

use super::code::{failure_bound, BLOCKS, RM_K};
use super::entropy::{design_options, EntropyEstimate};
use super::extractor::{decode_secret, enrol};
use super::metrics::{bit_aliasing, hamming, inter_distances, reliability, uniformity, Stat};
use super::physical::{Conditions, Device, ParamError, PufParams};
use super::RESPONSE_WORDS;
use crate::trace::NoTrace;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use std::fmt;
use std::time::Instant;

/// What to simulate.
#[derive(Clone, Debug)]
pub struct ReportParams {
    pub puf: PufParams,
    pub devices: usize,
    /// Re-evaluations per device at nominal conditions (reliability, key failures).
    pub evaluations: usize,
    /// Conditions of the noise sweep.
    pub sweep: Vec<Conditions>,
    /// Evaluations per device at each sweep point.
    pub sweep_evaluations: usize,
    pub seed: u64,
}

impl ReportParams {
    /// The sweep: the rated range (−40..125 °C, 0.9..1.1 V), then beyond it (to
    /// 250 °C at 0.9 V) where the raw error rate passes 15 % and keys start to fail.
    pub fn default_sweep() -> Vec<Conditions> {
        let mut s: Vec<Conditions> = [-40.0, 0.0, 25.0, 85.0, 125.0].iter().map(|&t| Conditions::new(t, 1.0)).collect();
        s.push(Conditions::new(-40.0, 1.1));
        s.push(Conditions::new(125.0, 0.9));
        s.extend([175.0, 200.0, 225.0, 250.0].iter().map(|&t| Conditions::new(t, 0.9)));
        s
    }

    /// The full report: 1,000 devices, 100 evaluations each, 20 per sweep point.
    pub fn full() -> Self {
        ReportParams {
            puf: PufParams::default(),
            devices: 1000,
            evaluations: 100,
            sweep: Self::default_sweep(),
            sweep_evaluations: 20,
            seed: 1,
        }
    }

    /// A small population for tests.
    pub fn quick() -> Self {
        ReportParams { devices: 40, evaluations: 10, sweep_evaluations: 4, ..Self::full() }
    }
}

/// One point of the noise sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct SweepPoint {
    pub conditions: Conditions,
    /// Raw bit error rate against the enrolment response.
    pub ber: Stat,
    /// Reconstructions that did not give the enrolled secret, and trials.
    pub failures: u64,
    pub trials: u64,
    /// The analytic bound averaged over the evaluations, each at its own raw error
    /// rate (the failure probability is convex in the error rate, so the bound at the
    /// mean rate would understate a population whose devices differ).
    pub bound: f64,
    /// The analytic bound at the mean raw error rate.
    pub bound_at_mean: f64,
}

impl SweepPoint {
    pub fn failure_rate(&self) -> f64 {
        self.failures as f64 / self.trials.max(1) as f64
    }
}

/// The population report.
#[derive(Clone, Debug)]
pub struct Report {
    pub params: ReportParams,
    pub bits: usize,
    /// Inter-device fractional Hamming distance of the enrolment responses.
    pub uniqueness: Stat,
    /// Per-device reliability at nominal conditions.
    pub reliability: Stat,
    /// Intra-device fractional distance of every re-evaluation at nominal conditions.
    pub intra: Stat,
    pub uniformity: Stat,
    pub bit_aliasing: Stat,
    /// Per bit position: fraction of devices with a one.
    pub aliasing: Vec<f64>,
    /// Histograms over [0, 1] in 200 bins of inter- and intra-device distances.
    pub inter_hist: Vec<u64>,
    pub intra_hist: Vec<u64>,
    /// Key failures at nominal conditions, over devices × evaluations.
    pub nominal_failures: u64,
    pub nominal_trials: u64,
    pub sweep: Vec<SweepPoint>,
    /// Min-entropy of the enrolment responses (the built comparator: a tie takes a
    /// TRNG bit).
    pub entropy: EntropyEstimate,
    /// The same for the first design's comparator (a tie reads 0), and its
    /// intra-device distance at nominal conditions, for the design table.
    pub entropy_ties_zero: EntropyEstimate,
    pub intra_ties_zero: Stat,
    pub seconds: f64,
}

pub const HIST_BINS: usize = 200;

fn histogram(xs: impl IntoIterator<Item = f64>) -> Vec<u64> {
    let mut h = vec![0u64; HIST_BINS];
    for x in xs {
        h[((x * HIST_BINS as f64) as usize).min(HIST_BINS - 1)] += 1;
    }
    h
}

struct DeviceResult {
    reference: Vec<u64>,
    ties_zero: Vec<u64>,
    intra_ties_zero: Vec<f64>,
    intra: Vec<f64>,
    nominal_failures: u64,
    /// Per sweep point: distances, failures.
    sweep: Vec<(Vec<f64>, u64)>,
}

fn simulate_device(p: &ReportParams, d: usize) -> DeviceResult {
    let seed = p.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ d as u64;
    let dev = Device::new(&p.puf, seed);
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x7265_706f_7274);
    let bits = p.puf.pairs() as f64;
    let reference_eval = dev.evaluate(Conditions::NOMINAL, &mut rng);
    let reference = reference_eval.response();
    let ties_zero = reference_eval.response_ties_zero();
    let mut intra_ties_zero = Vec::new();
    let key = super::random_secret(&mut rng);
    let enrolled = (reference.len() == RESPONSE_WORDS).then(|| enrol(&reference, &key, &mut NoTrace).expect("length checked"));
    let mut run = |c: Conditions, n: usize, rng: &mut ChaCha8Rng| {
        let mut dist = Vec::with_capacity(n);
        let mut fails = 0;
        for _ in 0..n {
            let e = dev.evaluate(c, rng);
            if c == Conditions::NOMINAL {
                intra_ties_zero.push(hamming(&e.response_ties_zero(), &ties_zero) as f64 / bits);
            }
            let r = e.response();
            dist.push(hamming(&r, &reference) as f64 / bits);
            if let Some(e) = &enrolled {
                fails += (decode_secret(&r, &e.helper.offset) != key) as u64;
            }
        }
        (dist, fails)
    };
    let (intra, nominal_failures) = run(Conditions::NOMINAL, p.evaluations, &mut rng);
    let sweep = p.sweep.iter().map(|&c| run(c, p.sweep_evaluations, &mut rng)).collect();
    DeviceResult { reference, ties_zero, intra_ties_zero, intra, nominal_failures, sweep }
}

/// Simulates the population and computes the report.
pub fn population_report(p: &ReportParams) -> Result<Report, ParamError> {
    population_report_with_progress(p, &|| {})
}

/// [`population_report`], calling `tick` after each simulated device (a progress bar).
pub fn population_report_with_progress(p: &ReportParams, tick: &(dyn Fn() + Sync)) -> Result<Report, ParamError> {
    p.puf.validate()?;
    let t0 = Instant::now();
    let bits = p.puf.pairs();
    let results: Vec<DeviceResult> = (0..p.devices)
        .into_par_iter()
        .map(|d| {
            let r = simulate_device(p, d);
            tick();
            r
        })
        .collect();
    let refs: Vec<Vec<u64>> = results.iter().map(|r| r.reference.clone()).collect();
    let inter = inter_distances(&refs, bits);
    let intra_all: Vec<f64> = results.iter().flat_map(|r| r.intra.iter().copied()).collect();
    let aliasing = bit_aliasing(&refs, bits);
    let keyed = bits == super::RESPONSE_BITS;
    let sweep = p
        .sweep
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let ber = Stat::of(results.iter().flat_map(|r| r.sweep[i].0.iter().copied()));
            let bound = Stat::of(results.iter().flat_map(|r| r.sweep[i].0.iter().map(|&d| failure_bound(d)))).mean;
            SweepPoint {
                conditions: c,
                bound,
                bound_at_mean: failure_bound(ber.mean),
                ber,
                failures: results.iter().map(|r| r.sweep[i].1).sum(),
                trials: if keyed { (p.devices * p.sweep_evaluations) as u64 } else { 0 },
            }
        })
        .collect();
    Ok(Report {
        params: p.clone(),
        bits,
        uniqueness: Stat::of(inter.iter().copied()),
        reliability: Stat::of(results.iter().map(|r| reliability(&r.intra))),
        intra: Stat::of(intra_all.iter().copied()),
        uniformity: Stat::of(uniformity(&refs, bits)),
        bit_aliasing: Stat::of(aliasing.iter().copied()),
        inter_hist: histogram(inter),
        intra_hist: histogram(intra_all),
        aliasing,
        nominal_failures: results.iter().map(|r| r.nominal_failures).sum(),
        nominal_trials: if keyed { (p.devices * p.evaluations) as u64 } else { 0 },
        sweep,
        entropy: EntropyEstimate::of(&refs, bits).with_layout(&p.puf),
        entropy_ties_zero: EntropyEstimate::of(&results.iter().map(|r| r.ties_zero.clone()).collect::<Vec<_>>(), bits).with_layout(&p.puf),
        intra_ties_zero: Stat::of(results.iter().flat_map(|r| r.intra_ties_zero.iter().copied())),
        seconds: t0.elapsed().as_secs_f64(),
    })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.params;
        writeln!(f, "RO-PUF population report")?;
        writeln!(
            f,
            "  {} devices x {} evaluations at 25 C / 1.00 V; {} oscillators, {} response bits, window {} clocks",
            p.devices, p.evaluations, p.puf.oscillators, self.bits, p.puf.window
        )?;
        writeln!(f, "  uniqueness   (inter-device HD, ideal 50 %): {}", self.uniqueness)?;
        writeln!(f, "  reliability  (1 - intra-device HD, ideal 100 %): {}", self.reliability)?;
        writeln!(f, "  intra-device HD per evaluation:               {}", self.intra)?;
        writeln!(f, "  uniformity   (fraction of ones, ideal 50 %):  {}", self.uniformity)?;
        writeln!(f, "  bit-aliasing (per position, ideal 50 %):      {}", self.bit_aliasing)?;
        writeln!(
            f,
            "  key failures at nominal conditions: {} / {} reconstructions",
            self.nominal_failures, self.nominal_trials
        )?;
        writeln!(f, "  noise sweep ({} evaluations per device and point; bound = analytic bound averaged over", p.sweep_evaluations)?;
        writeln!(f, "  the evaluations' own error rates, bound@mean = at the mean error rate):")?;
        writeln!(f, "    {:>8} {:>6} {:>9} {:>9} {:>16} {:>12} {:>12}", "temp C", "VDD", "BER %", "max BER%", "key failures", "bound", "bound@mean")?;
        for s in &self.sweep {
            writeln!(
                f,
                "    {:>8.0} {:>6.2} {:>9.3} {:>9.3} {:>8}/{:<7} {:>12.3e} {:>12.3e}",
                s.conditions.temp_c,
                s.conditions.vdd,
                100.0 * s.ber.mean,
                100.0 * s.ber.max,
                s.failures,
                s.trials,
                s.bound,
                s.bound_at_mean
            )?;
        }
        let e = &self.entropy;
        let k = BLOCKS * RM_K;
        let worst_rated = self.sweep.iter().find(|s| s.conditions == Conditions::new(125.0, 0.9));
        writeln!(f, "  entropy of the secret given the helper data (code-offset bound H(K|W) >= H(R) - (n - k),")?;
        writeln!(f, "  n = {} response bits, k = {k} secret bits; bias measured over {} devices):", e.bits, e.devices)?;
        writeln!(
            f,
            "    global bias {:.3} % ones:           H(R) = {:7.1} bits ({:.4} / bit) -> bound {:6.1} bits",
            100.0 * e.mean_bias,
            e.h_global,
            e.h_global / e.bits as f64,
            super::entropy::code_offset_bound(e.h_global, e.bits, k)
        )?;
        writeln!(
            f,
            "    per pair, measured:                H(R) = {:7.1} bits ({:.4} / bit) -> bound {:6.1} bits  (per-pair std {:.3} % after removing the sampling noise; {:.3} % measured)",
            e.h_pair,
            e.h_pair / e.bits as f64,
            super::entropy::code_offset_bound(e.h_pair, e.bits, k),
            100.0 * e.std_true,
            100.0 * e.std_measured
        )?;
        writeln!(
            f,
            "    per pair, raw estimate:            H(R) = {:7.1} bits ({:.4} / bit) -> bound {:6.1} bits  (conservative: sampling noise counted as bias)",
            e.h_pair_raw,
            e.h_pair_raw / e.bits as f64,
            super::entropy::code_offset_bound(e.h_pair_raw, e.bits, k)
        )?;
        if let Some(h) = e.h_layout {
            writeln!(
                f,
                "    per pair, layout offset (model):   H(R) = {:7.1} bits ({:.4} / bit) -> bound {:6.1} bits  (the offset all devices share, analytic at the measured mean bias)",
                h,
                h / e.bits as f64,
                super::entropy::code_offset_bound(h, e.bits, k)
            )?;
        }
        writeln!(
            f,
            "  => H(secret | helper data) >= {:.1} bits (claimed key size {k} bits), key failures {} / {} nominal{}",
            e.bound(k).max(0.0),
            self.nominal_failures,
            self.nominal_trials,
            worst_rated.map_or(String::new(), |s| format!(
                ", {} / {} at 125 C / 0.90 V (BER {:.2} %, bound {:.2e}); analytic bound at 15 % BER {:.2e}",
                s.failures,
                s.trials,
                100.0 * s.ber.mean,
                s.bound,
                failure_bound(0.15)
            ))
        )?;
        let z = &self.entropy_ties_zero;
        writeln!(
            f,
            "  the first design's comparator (a tie reads 0) on the same evaluations: {:.3} % ones, {:.4} bit / response bit (per pair {:.4}), intra HD at 25 C {:.3} % (built: {:.3} %)",
            100.0 * z.mean_bias,
            z.h_global / z.bits as f64,
            z.h_pair / z.bits as f64,
            100.0 * self.intra_ties_zero.mean,
            100.0 * self.intra.mean
        )?;
        writeln!(f, "  design options (RM(1,7) blocks; failure = union bound at 15 % raw BER; cycles at W = 4096):")?;
        writeln!(
            f,
            "    {:<34} {:>6} {:>7} {:>7} {:>8} {:>9} {:>10} {:>18}",
            "option", "secret", "osc.", "helper", "H/bit", "H(K|W)", "fail@15%", "cycles enrol/rec"
        )?;
        for o in design_options(z.per_bit(), e.per_bit()) {
            let (ce, cr) = o.cycles(4096);
            writeln!(
                f,
                "    {:<34} {:>6} {:>7} {:>7} {:>8.4} {:>9.1} {:>10.2e} {:>8}/{:<9}",
                o.name,
                o.secret_bits(),
                o.oscillators(),
                o.helper_bits(),
                o.h_per_bit,
                o.entropy_bound().max(0.0),
                o.failure(0.15),
                ce,
                cr
            )?;
        }
        writeln!(f, "    (LUTs: the datapath is serial per block, so a block count changes only the secret register")?;
        writeln!(f, "    (8 FFs per block), the block counter and the KDF's absorbed words; the oscillator bank grows by")?;
        writeln!(f, "    256 ring oscillators (about 1,280 LUTs at 5 inverters) per block)")?;
        write!(f, "  simulated in {:.1} s", self.seconds)
    }
}
