//! The error-correcting code of the fuzzy extractor: the first-order Reed–Muller code
//! RM(1,7) (length 128, 8 message bits, minimum distance 64), 40 blocks for a
//! 320-bit secret (hashed to the 256-bit key by the KDF), decoded by
//! maximum-likelihood correlation exactly as the RTL does.
//!
//! Message byte `m` of a block: `a0 = m & 1` (the constant term), `u = m >> 1`
//! (the seven linear coefficients). Codeword bit x (0..128) = a0 ⊕ parity(u & x).
//! A block is two 64-bit words: `lo` holds x = 0..63, `hi` holds x = 64..127.
//!
//! Decoding (hardware-shaped, one u per clock in the RTL): for u = 0..127,
//! pc(u) = popcount(y ⊕ L_u) where L_u is the truth table of x ↦ parity(u & x);
//! the metric |pc − 64| is maximised, the FIRST u reaching the maximum wins, and
//! a0 = (pc > 64). [`decode_block_fht`] computes the same with a fast Hadamard transform.
//!
//! Why RM(1,7) alone and no repetition: the union bound of [`failure_bound`] at a raw
//! bit error rate of 15 % is 1.3e-8 per block, 5.3e-7 per 320-bit reconstruction
//! with 5,120 response bits; the alternatives meeting 1e-6 with soft repetition r and
//! RM(1,m) all publish more helper bits per secret bit (m=6,r=2; m=5,r=4; m=4,r=8:
//! see `tests/puf_code.rs`).

/// log2 of the code length.
pub const RM_M: usize = 7;
/// Code length n = 2^m.
pub const RM_N: usize = 1 << RM_M;
/// Message bits per block k = m + 1.
pub const RM_K: usize = RM_M + 1;
/// Minimum distance 2^(m−1).
pub const RM_D: usize = RM_N / 2;
/// Blocks of the secret: 40 × 8 = 320 bits, so that the code-offset bound
/// H∞(K | W) ≥ H∞(R) − (n − k) clears 256 bits (see `super::entropy`; 36 blocks would
/// give ~279 bits, 40 keep a margin for the estimate and a whole number of 64-bit
/// words, 5, on the KDF's input).
pub const BLOCKS: usize = 40;

/// Truth tables of x ↦ x_i for i = 0..5 within one 64-bit word (x_6 selects the word).
pub const ROW: [u64; 6] = [
    0xAAAA_AAAA_AAAA_AAAA,
    0xCCCC_CCCC_CCCC_CCCC,
    0xF0F0_F0F0_F0F0_F0F0,
    0xFF00_FF00_FF00_FF00,
    0xFFFF_0000_FFFF_0000,
    0xFFFF_FFFF_0000_0000,
];

/// L_u as (lo, hi): bit x = parity(u & x).
pub fn linear_table(u: u8) -> (u64, u64) {
    let mut lo = 0u64;
    for (i, r) in ROW.iter().enumerate() {
        if (u >> i) & 1 == 1 {
            lo ^= r;
        }
    }
    let hi = if (u >> 6) & 1 == 1 { !lo } else { lo };
    (lo, hi)
}

/// Enc: the RM(1,7) codeword of one message byte.
pub fn encode_block(m: u8) -> (u64, u64) {
    let (lo, hi) = linear_table(m >> 1);
    let c = if m & 1 == 1 { u64::MAX } else { 0 };
    (lo ^ c, hi ^ c)
}

/// The decoder's result for one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub byte: u8,
    /// max |pc − 64| (0..=64): the correlation margin, 64 = no error.
    pub metric: u8,
}

/// ML decoding exactly as the RTL schedules it: one u per step, first maximum wins.
pub fn decode_block(lo: u64, hi: u64) -> Decoded {
    let mut best = Decoded { byte: 0, metric: 0 };
    for u in 0..RM_N as u8 {
        let (l0, l1) = linear_table(u);
        let pc = (lo ^ l0).count_ones() + (hi ^ l1).count_ones();
        let (metric, a0) = if pc > 64 { (pc - 64, 1) } else { (64 - pc, 0) };
        if u == 0 || metric as u8 > best.metric {
            best = Decoded { byte: (u << 1) | a0, metric: metric as u8 };
        }
    }
    best
}

/// The same decision by a fast Hadamard transform (for simulation speed).
pub fn decode_block_fht(lo: u64, hi: u64) -> Decoded {
    let mut f = [0i32; RM_N];
    for (x, v) in f.iter_mut().enumerate() {
        let bit = if x < 64 { lo >> x } else { hi >> (x - 64) } & 1;
        *v = 1 - 2 * bit as i32;
    }
    let mut h = 1;
    while h < RM_N {
        for i in (0..RM_N).step_by(2 * h) {
            for j in i..i + h {
                let (a, b) = (f[j], f[j + h]);
                f[j] = a + b;
                f[j + h] = a - b;
            }
        }
        h *= 2;
    }
    // F(u) = 128 − 2·pc(u)
    let mut best = Decoded { byte: 0, metric: 0 };
    for (u, &fu) in f.iter().enumerate() {
        let pc = (128 - fu) / 2;
        let (metric, a0) = if pc > 64 { (pc - 64, 1) } else { (64 - pc, 0) };
        if u == 0 || metric as u8 > best.metric {
            best = Decoded { byte: ((u as u8) << 1) | a0, metric: metric as u8 };
        }
    }
    best
}

/// C(n, k) as f64 (exact for the n ≤ 256 used here up to f64 rounding).
fn binomial(n: u64, k: u64) -> f64 {
    let k = k.min(n - k);
    let mut c = 1.0f64;
    for i in 0..k {
        c = c * (n - i) as f64 / (i + 1) as f64;
    }
    c
}

/// P[Bin(n, p) ≥ k], the exact binomial tail, summed smallest terms first.
pub fn binomial_tail(n: u64, p: f64, k: u64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if k > n {
        return 0.0;
    }
    let mut terms: Vec<f64> = (k..=n)
        .map(|i| binomial(n, i) * p.powi(i as i32) * (1.0 - p).powi((n - i) as i32))
        .collect();
    terms.sort_by(|a, b| a.partial_cmp(b).unwrap());
    terms.iter().sum()
}

/// Probability that a codeword at distance d is preferred or tied (ties counted as
/// errors): at least ⌈d/2⌉ of the d differing positions flipped.
pub fn pairwise_error(d: u64, p: f64) -> f64 {
    binomial_tail(d, p, d.div_ceil(2))
}

/// Union bound on the block error probability of ML decoding of RM(1,m) on a binary
/// symmetric channel with crossover p: 2^(m+1) − 2 codewords at distance 2^(m−1),
/// one at distance 2^m.
pub fn block_failure_bound(m: usize, p: f64) -> f64 {
    let n = 1u64 << m;
    ((2 * n - 2) as f64 * pairwise_error(n / 2, p) + pairwise_error(n, p)).min(1.0)
}

/// Upper bound on the probability that a reconstruction fails at raw bit error rate
/// p: 1 − (1 − P_block)^BLOCKS ≤ BLOCKS · P_block.
pub fn failure_bound(p: f64) -> f64 {
    let pb = block_failure_bound(RM_M, p);
    (1.0 - (1.0 - pb).powi(BLOCKS as i32)).min(BLOCKS as f64 * pb)
}
