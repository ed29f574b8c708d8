//! Constant tables of the SHA-2 engine, from the golden model's FIPS 180-4 tables.
//!
//! * K_t: one table of K{512} (§4.2.3); K{256}_t is its upper 32 bits (§4.2.2: both are
//!   the fractional parts of the cube roots of the same primes), so the 32-bit
//!   algorithms use `K512[t] >> 32`.
//! * H(0) (§5.3) for the six algorithms, 8 words each (32-bit ones zero-extended).
//! * Per algorithm, the digest's packing into 64-bit words (two 32-bit H words per
//!   word for SHA-224/256), the truncation mask of each word (§6.7: the leftmost
//!   digest_len bytes) and where the `0x80` pad byte of the inner digest goes when
//!   it is hashed again as HMAC's outer message.

use golden_model::sha2::schedule::h0;
use golden_model::sha2::Sha2Alg;

pub use golden_model::sha2::K512;

/// H(0) of algorithm code a in entries 8a .. 8a + 7.
pub fn h0_table() -> [u64; 48] {
    let mut t = [0u64; 48];
    for (a, alg) in Sha2Alg::ALL.iter().enumerate() {
        t[8 * a..8 * a + 8].copy_from_slice(&h0(*alg));
    }
    t
}

/// Digest halves (32-bit) kept per algorithm.
fn halves(alg: Sha2Alg) -> usize {
    alg.digest_len() / 4
}

/// Entry 8a + j: mask of packed digest word j of algorithm a (the bits that belong to
/// the digest).
pub fn trunc_table() -> [u64; 48] {
    let mut t = [0u64; 48];
    for (a, alg) in Sha2Alg::ALL.iter().enumerate() {
        let n = halves(*alg);
        for j in 0..8 {
            let hi = if 2 * j < n { 0xffff_ffff_0000_0000u64 } else { 0 };
            let lo = if 2 * j + 1 < n { 0xffff_ffffu64 } else { 0 };
            t[8 * a + j] = hi | lo;
        }
    }
    t
}

/// Entry 8a + j: the `0x80` pad byte in packed word j right after the digest
/// (FIPS 180-4 §5.1) when the digest is the outer message (words 0..7; SHA-512's
/// marker sits in word 8, see [`mark8`]).
pub fn mark_table() -> [u64; 48] {
    let mut t = [0u64; 48];
    for (a, alg) in Sha2Alg::ALL.iter().enumerate() {
        let n = halves(*alg);
        let (j, v) = if n % 2 == 1 { (n / 2, 0x8000_0000u64) } else { (n / 2, 0x8000_0000_0000_0000u64) };
        if j < 8 {
            t[8 * a + j] = v;
        }
    }
    t
}

/// The pad byte in buffer word 8 (SHA-512's 64-byte digest fills words 0..7).
pub const fn mark8() -> u64 {
    0x8000_0000_0000_0000
}

/// Entry a: the outer message's length field in bits, (B + digest_len) · 8.
pub fn outer_len_table() -> [u64; 8] {
    let mut t = [0u64; 8];
    for (a, alg) in Sha2Alg::ALL.iter().enumerate() {
        t[a] = ((alg.block_len() + alg.digest_len()) * 8) as u64;
    }
    t
}

/// Entry a: output words − 1 of the digest stream.
pub fn out_last_table() -> [u64; 8] {
    let mut t = [0u64; 8];
    for (a, alg) in Sha2Alg::ALL.iter().enumerate() {
        t[a] = (alg.digest_len().div_ceil(8) - 1) as u64;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use golden_model::sha2::K256;

    #[test]
    fn k256_is_the_top_of_k512() {
        for t in 0..64 {
            assert_eq!((K512[t] >> 32) as u32, K256[t]);
        }
    }

    #[test]
    fn masks_keep_the_digest_bytes() {
        for (a, alg) in Sha2Alg::ALL.iter().enumerate() {
            let bits: u32 = trunc_table()[8 * a..8 * a + 8].iter().map(|m| m.count_ones()).sum();
            assert_eq!(bits as usize, alg.digest_len() * 8);
        }
    }
}
