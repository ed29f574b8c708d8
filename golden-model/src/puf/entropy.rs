//! Honest entropy of the device secret: the code-offset bound from the measured bias
//! of a simulated population, and the redesign options toward 256 bits.
//!
//! Code-offset construction (Dodis, Reyzin & Smith 2004, §5.1 / Lemma 4.1): with
//! helper data W = R ⊕ Enc(K), K uniform on k bits and R on n bits,
//!
//! ```text
//! H∞(K | W) ≥ min(k, H∞(R) − (n − k)),     H∞(R) = Σ_j −log2 max(p_j, 1 − p_j)
//! ```
//!
//! with p_j = P[response bit j = 1] over the population of devices (bits assumed
//! independent). Every device of a design shares the layout offset, so an attacker
//! knows p_j per pair: the per-pair bias, not only the global one, sets H∞(R). Three
//! estimates are reported:
//! * **global**: every pair at the population's mean bias (uniformity);
//! * **per pair, raw**: the measured p̂_j per bit position (bit-aliasing); with N
//!   devices it carries sampling noise of variance p(1−p)/N, which lowers the estimate
//!   (conservative);
//! * **per pair**: p̂_j shrunk toward the mean by the share of its variance that is
//!   not sampling noise (a method-of-moments, James–Stein style estimate of the true
//!   per-pair bias, layout offset included). The headline bound is the smaller of
//!   "global" and "per pair".
//!
//! Since H∞(R) ≤ n, the bound never exceeds k − n·(1 − h) for h the min-entropy per
//! response bit: a 256-bit secret (k = 256) can never give a 256-bit bound. The built
//! design therefore carries k = 320 message bits (40 blocks, hashed to the 256-bit key
//! by the KDF) and brings h close to 1 (a comparator tie takes a TRNG bit).

use super::code::{block_failure_bound, BLOCKS, RM_K, RM_M, RM_N};
use super::physical::{systematic, PufParams};

/// Φ, the standard normal distribution function (Abramowitz & Stegun 7.1.26 for erf,
/// |error| < 1.5e-7).
pub fn normal_cdf(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-x * x).exp();
    if z >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

/// H∞(R) in bits with the layout offset of the physical model, analytically: pair j
/// compares oscillators 2j and 2j+1, whose frequency difference is normal with mean
/// s_2j − s_2j+1 (the offset every device shares) and standard deviation √2·σ_p; the
/// comparator threshold is set so that the mean bias is `mean_bias` (the measured
/// uniformity, ties included). So p_j = Φ((s_2j − s_2j+1 − τ) / (√2·σ_p)).
pub fn h_layout_model(params: &PufParams, mean_bias: f64) -> f64 {
    let n = params.oscillators;
    let sigma = std::f64::consts::SQRT_2 * params.sigma_process;
    let d: Vec<f64> = (0..n / 2).map(|j| systematic(2 * j, n, params.systematic) - systematic(2 * j + 1, n, params.systematic)).collect();
    let mean_p = |tau: f64| d.iter().map(|&x| normal_cdf((x - tau) / sigma)).sum::<f64>() / d.len().max(1) as f64;
    // Bisection for τ with mean p = mean_bias (mean_p decreases in τ).
    let (mut lo, mut hi) = (-5.0 * sigma, 5.0 * sigma);
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if mean_p(mid) > mean_bias {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let tau = 0.5 * (lo + hi);
    d.iter().map(|&x| min_entropy_bit(normal_cdf((x - tau) / sigma))).sum()
}

/// Min-entropy of one bit with P[1] = p.
pub fn min_entropy_bit(p: f64) -> f64 {
    -(p.max(1.0 - p)).log2()
}

/// The code-offset bound H∞(K | W) ≥ H∞(R) − (n − k), capped at k (may be negative:
/// then nothing is guaranteed).
pub fn code_offset_bound(h_response: f64, n: usize, k: usize) -> f64 {
    (h_response - (n - k) as f64).min(k as f64)
}

/// Min-entropy of a population's responses, three ways (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EntropyEstimate {
    /// Response bits n.
    pub bits: usize,
    /// Devices N.
    pub devices: usize,
    /// Mean fraction of ones.
    pub mean_bias: f64,
    /// Std of the measured per-position fraction, and the part not explained by
    /// sampling noise.
    pub std_measured: f64,
    pub std_true: f64,
    /// H∞(R) in bits: global bias, per pair raw, per pair (noise removed).
    pub h_global: f64,
    pub h_pair_raw: f64,
    pub h_pair: f64,
    /// H∞(R) with the physical model's layout offset at the measured mean bias
    /// ([`h_layout_model`]); `None` when no model parameters were given.
    pub h_layout: Option<f64>,
}

impl EntropyEstimate {
    /// From reference responses (64-bit words, `bits` meaningful) of `refs.len()` devices.
    pub fn of(refs: &[Vec<u64>], bits: usize) -> Self {
        let n_dev = refs.len().max(1) as f64;
        let p: Vec<f64> = super::metrics::bit_aliasing(refs, bits);
        let mean = p.iter().sum::<f64>() / bits.max(1) as f64;
        let var = p.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (bits.max(2) - 1) as f64;
        let noise = mean * (1.0 - mean) / n_dev;
        let var_true = (var - noise).max(0.0);
        let shrink = if var > 0.0 { var_true / var } else { 0.0 };
        EntropyEstimate {
            bits,
            devices: refs.len(),
            mean_bias: mean,
            std_measured: var.sqrt(),
            std_true: var_true.sqrt(),
            h_global: bits as f64 * min_entropy_bit(mean),
            h_pair_raw: p.iter().map(|&x| min_entropy_bit(x)).sum(),
            h_pair: p.iter().map(|&x| min_entropy_bit(mean + shrink * (x - mean))).sum(),
            h_layout: None,
        }
    }

    /// With the analytic layout-offset figure of the model `params` (same response length).
    pub fn with_layout(mut self, params: &PufParams) -> Self {
        if params.pairs() == self.bits {
            self.h_layout = Some(h_layout_model(params, self.mean_bias));
        }
        self
    }

    /// The headline H∞(R): the smallest of the global, the per-pair and the analytic
    /// layout-offset estimates.
    pub fn h_response(&self) -> f64 {
        self.h_global.min(self.h_pair).min(self.h_layout.unwrap_or(f64::INFINITY))
    }

    /// Min-entropy per response bit of the headline estimate.
    pub fn per_bit(&self) -> f64 {
        self.h_response() / self.bits.max(1) as f64
    }

    /// The code-offset bound on H∞(secret | helper data) for a k-bit secret.
    pub fn bound(&self, k: usize) -> f64 {
        code_offset_bound(self.h_response(), self.bits, k)
    }
}

/// One point of the design space: `blocks` RM(1,7) blocks (8 secret bits from 128
/// response bits each).
#[derive(Clone, Debug, PartialEq)]
pub struct DesignOption {
    pub name: &'static str,
    pub blocks: usize,
    /// Min-entropy per response bit assumed (measured by the report's Monte Carlo).
    pub h_per_bit: f64,
}

impl DesignOption {
    pub fn secret_bits(&self) -> usize {
        self.blocks * RM_K
    }
    pub fn response_bits(&self) -> usize {
        self.blocks * RM_N
    }
    pub fn oscillators(&self) -> usize {
        2 * self.response_bits()
    }
    /// Helper data: the code offset plus the 64-bit KCV.
    pub fn helper_bits(&self) -> usize {
        self.response_bits() + 64
    }
    pub fn entropy_bound(&self) -> f64 {
        code_offset_bound(self.h_per_bit * self.response_bits() as f64, self.response_bits(), self.secret_bits())
    }
    /// Union bound on the key failure rate at raw bit error rate `p`.
    pub fn failure(&self, p: f64) -> f64 {
        (self.blocks as f64 * block_failure_bound(RM_M, p)).min(1.0)
    }
    /// Cycles of enrolment and reconstruction at window `w`, the RTL's schedule: 8
    /// groups of W + 4 per block; per block 3 (two helper words out, the store) or 132
    /// (two helper words in, 128 decoder steps in a 2-stage pipeline, the store); then the last SHA3-256
    /// permutations, the KDF and the key check (71 or 60: 4 or 3 permutations of
    /// `keccak::permutation_cycles(2)` = 13). Measured on the RTL for 32 and 40 blocks
    /// (`testbenches/tests/puf_rtl.rs` checks the built design).
    pub fn cycles(&self, w: u64) -> (u64, u64) {
        let b = self.blocks as u64;
        (8 * b * (w + 4) + 3 * b + 71, 8 * b * (w + 4) + 132 * b + 60)
    }
}

/// The first design (32 blocks, ties read 0), the built one (40 blocks, ties take a
/// TRNG bit) and the alternatives, each with the per-bit min-entropy `h_ties_zero`
/// (comparator ties read 0) or `h_ties_trng` (a tie takes a TRNG bit).
pub fn design_options(h_ties_zero: f64, h_ties_trng: f64) -> Vec<DesignOption> {
    vec![
        DesignOption { name: "first: 32 x RM(1,7), ties -> 0", blocks: 32, h_per_bit: h_ties_zero },
        DesignOption { name: "64 x RM(1,7), ties -> 0", blocks: 64, h_per_bit: h_ties_zero },
        DesignOption { name: "32 x RM(1,7), ties -> TRNG bit", blocks: 32, h_per_bit: h_ties_trng },
        DesignOption { name: "34 x RM(1,7), ties -> TRNG bit", blocks: 34, h_per_bit: h_ties_trng },
        DesignOption { name: "36 x RM(1,7), ties -> TRNG bit", blocks: 36, h_per_bit: h_ties_trng },
        DesignOption { name: "built: 40 x RM(1,7), ties -> TRNG", blocks: BLOCKS, h_per_bit: h_ties_trng },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_figure_is_reproduced() {
        // 48.56 % ones: 0.959 bit per bit; 4096·0.959 − 3840 ≈ 88 bits.
        let h = 4096.0 * min_entropy_bit(0.4856);
        let b = code_offset_bound(h, 4096, 256);
        assert!((b - 88.0).abs() < 2.0, "{b}");
        assert!(code_offset_bound(4096.0, 4096, 256) <= 256.0);
    }

    #[test]
    fn normal_cdf_and_layout_model() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_cdf(1.96) - 0.975).abs() < 1e-4);
        assert!((normal_cdf(-1.0) - 0.158_655).abs() < 1e-5);
        let p = PufParams::default();
        // No offset: exactly the global figure. The default offset is smooth across
        // the array, so neighbours (the pairs) differ by ~1e-5 of f against 1.4e-2 of
        // process spread: it costs less than a bit.
        let flat = PufParams { systematic: 0.0, ..p.clone() };
        let g = p.pairs() as f64 * min_entropy_bit(0.4856);
        assert!((h_layout_model(&flat, 0.4856) - g).abs() < 0.5);
        let h = h_layout_model(&p, 0.4856);
        assert!((h - g).abs() < 1.0, "{h} vs {g}");
        let strong = PufParams { systematic: 0.3, ..p };
        assert!(h_layout_model(&strong, 0.4856) < h - 10.0, "a strong offset between neighbours costs entropy");
    }

    #[test]
    fn uniform_unbiased_population_gives_almost_k() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let refs: Vec<Vec<u64>> = (0..2000).map(|_| (0..64).map(|_| rng.gen()).collect()).collect();
        let e = EntropyEstimate::of(&refs, 4096);
        assert!(e.h_pair > e.h_pair_raw, "noise removed: {e:?}");
        assert!(e.bound(256) > 200.0, "{e:?}");
    }
}
