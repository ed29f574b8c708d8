//! PUF quality metrics over a population (Maiti, Gunreddy & Schaumont, "A systematic
//! method to evaluate and compare the performance of physical unclonable functions",
//! 2011): uniqueness, reliability, uniformity and bit-aliasing. Responses are 64-bit
//! words, `bits` of them meaningful.

/// Mean, standard deviation, minimum and maximum of a sample.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stat {
    pub mean: f64,
    pub std: f64,
    pub min: f64,
    pub max: f64,
    pub n: usize,
}

impl Stat {
    pub fn of(xs: impl IntoIterator<Item = f64>) -> Stat {
        let (mut n, mut s, mut s2, mut min, mut max) = (0usize, 0.0, 0.0, f64::INFINITY, f64::NEG_INFINITY);
        for x in xs {
            n += 1;
            s += x;
            s2 += x * x;
            min = min.min(x);
            max = max.max(x);
        }
        if n == 0 {
            return Stat::default();
        }
        let mean = s / n as f64;
        let var = if n > 1 { ((s2 - n as f64 * mean * mean) / (n - 1) as f64).max(0.0) } else { 0.0 };
        Stat { mean, std: var.sqrt(), min, max, n }
    }
}

impl std::fmt::Display for Stat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:7.3} %  (std {:.3} %, min {:.3} %, max {:.3} %, n = {})",
            100.0 * self.mean,
            100.0 * self.std,
            100.0 * self.min,
            100.0 * self.max,
            self.n
        )
    }
}

/// Hamming distance of two responses.
pub fn hamming(a: &[u64], b: &[u64]) -> u32 {
    a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

/// Uniqueness: fractional Hamming distance of every pair of devices' reference
/// responses (ideal 50 %).
pub fn inter_distances(refs: &[Vec<u64>], bits: usize) -> Vec<f64> {
    let mut d = Vec::with_capacity(refs.len() * refs.len().saturating_sub(1) / 2);
    for i in 0..refs.len() {
        for j in i + 1..refs.len() {
            d.push(hamming(&refs[i], &refs[j]) as f64 / bits as f64);
        }
    }
    d
}

/// Uniformity: the fraction of ones in each response (ideal 50 %).
pub fn uniformity(refs: &[Vec<u64>], bits: usize) -> Vec<f64> {
    refs.iter().map(|r| r.iter().map(|w| w.count_ones()).sum::<u32>() as f64 / bits as f64).collect()
}

/// Bit-aliasing: for each bit position, the fraction of devices with a one there
/// (ideal 50 %).
pub fn bit_aliasing(refs: &[Vec<u64>], bits: usize) -> Vec<f64> {
    let mut ones = vec![0u32; bits];
    for r in refs {
        for (j, o) in ones.iter_mut().enumerate() {
            *o += ((r[j / 64] >> (j % 64)) & 1) as u32;
        }
    }
    ones.iter().map(|&o| o as f64 / refs.len().max(1) as f64).collect()
}

/// Reliability of one device: 1 − mean fractional distance of its re-evaluations to
/// its reference response (ideal 100 %).
pub fn reliability(intra: &[f64]) -> f64 {
    1.0 - intra.iter().sum::<f64>() / intra.len().max(1) as f64
}
