//! The SHA-2 / HMAC engine's contract: what `rtl::sha2::Sha2Engine` must show, and when.
//!
//! The engine runs one compression at a time on a 64-bit datapath (SHA-224/256 on the
//! low 32 bits). A compression is *loaded* in one cycle L (W_0..15 from the input buffer
//! or from K0 ⊕ ipad/opad, a..h from H), then runs one round per clock: the working
//! registers hold the state after round t in cycle L + 2 + t (t = 0 .. R−1, R = 64 or
//! 80), the feed-forward H(i) = H(i−1) + (a..h) (§6.2.2 / §6.4.2 step 4) happens in cycle
//! L + R + 1 (which loads the next block too if it is buffered) and the hash registers
//! hold H(i) in cycle L + R + 2. So a block costs R + 1 cycles (65 / 81) when the next
//! block is buffered in time.
//!
//! [`compressions`] gives every compression of a hash or HMAC with its per-round states;
//! [`schedule`] gives, for a run whose input offers a word every cycle and whose output is
//! always ready, the load cycle of every compression and the total latency, counted from
//! the start pulse (cycle 0); [`checkpoints`] turns both into scoreboard checkpoints.

use super::{compress256_traced, compress512_traced, Sha2Alg, H0_SHA224, H0_SHA256, H0_SHA384, H0_SHA512, H0_SHA512_224, H0_SHA512_256};
use crate::trace::Checkpoint;

/// Checkpoint index of round t of compression k: `k * ROUND_STRIDE + t`.
pub const ROUND_STRIDE: usize = 128;

/// Rounds per block (§6.2.2: 64, §6.4.2: 80).
pub const fn rounds(alg: Sha2Alg) -> usize {
    if alg.is_64bit() {
        80
    } else {
        64
    }
}

/// 64-bit stream words per block (8 or 16).
pub const fn block_words(alg: Sha2Alg) -> usize {
    alg.block_len() / 8
}

/// Cycles per compression when the next block is already buffered: R rounds + the
/// feed-forward cycle (which is also the next block's load cycle).
pub const fn cycles_per_block(alg: Sha2Alg) -> u64 {
    rounds(alg) as u64 + 1
}

/// Output words of the digest stream.
pub const fn out_words(alg: Sha2Alg) -> usize {
    alg.digest_len().div_ceil(8)
}

/// H(0) as 64-bit words (the 32-bit ones zero-extended).
pub fn h0(alg: Sha2Alg) -> [u64; 8] {
    let w = |h: [u32; 8]| h.map(|x| x as u64);
    match alg {
        Sha2Alg::Sha224 => w(H0_SHA224),
        Sha2Alg::Sha256 => w(H0_SHA256),
        Sha2Alg::Sha384 => H0_SHA384,
        Sha2Alg::Sha512 => H0_SHA512,
        Sha2Alg::Sha512_224 => H0_SHA512_224,
        Sha2Alg::Sha512_256 => H0_SHA512_256,
    }
}

/// What a compression's W_0..15 came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The input buffer (message and padding, or the inner digest for HMAC's outer hash).
    Buffer,
    /// K0 ⊕ ipad (HMAC, FIPS 198-1 step 4), loaded from the key register.
    KeyIpad,
    /// K0 ⊕ opad (step 7).
    KeyOpad,
}

/// One compression: its source, the state after each round and H(i) after it.
#[derive(Clone, Debug)]
pub struct Compression {
    pub source: Source,
    pub rounds: Vec<[u64; 8]>,
    pub h_after: [u64; 8],
}

/// The padded message (§5.1.1 / §5.1.2) of `len_bytes` total bytes whose last
/// `msg.len()` bytes are `msg` (HMAC: the key block is counted in the length but not
/// here), as blocks.
fn padded_blocks(alg: Sha2Alg, msg: &[u8], len_bytes: u128) -> Vec<Vec<u8>> {
    let bl = alg.block_len();
    let lf = if alg.is_64bit() { 16 } else { 8 };
    let mut m = msg.to_vec();
    m.push(0x80);
    while m.len() % bl != bl - lf {
        m.push(0);
    }
    let bits = len_bytes * 8;
    if alg.is_64bit() {
        m.extend_from_slice(&bits.to_be_bytes());
    } else {
        m.extend_from_slice(&(bits as u64).to_be_bytes());
    }
    m.chunks(bl).map(|c| c.to_vec()).collect()
}

fn compress(alg: Sha2Alg, h: &mut [u64; 8], block: &[u8], source: Source) -> Compression {
    let mut rounds = Vec::with_capacity(80);
    if alg.is_64bit() {
        compress512_traced(h, block.try_into().unwrap(), |_, s| rounds.push(s));
    } else {
        let mut h32 = h.map(|x| x as u32);
        compress256_traced(&mut h32, block.try_into().unwrap(), |_, s| rounds.push(s.map(|x| x as u64)));
        *h = h32.map(|x| x as u64);
    }
    Compression { source, rounds, h_after: *h }
}

/// The digest bytes of a final state (leftmost `digest_len` bytes, §6.7 truncation).
pub fn digest_of(alg: Sha2Alg, h: &[u64; 8]) -> Vec<u8> {
    let mut out = Vec::new();
    for &x in h {
        if alg.is_64bit() {
            out.extend_from_slice(&x.to_be_bytes());
        } else {
            out.extend_from_slice(&(x as u32).to_be_bytes());
        }
    }
    out.truncate(alg.digest_len());
    out
}

/// Every compression of SHA-2 (`key = None`) or HMAC (`key = Some(K)`, |K| ≤ block
/// length, as the engine accepts) over `msg`, in the engine's order: for HMAC,
/// K0 ⊕ ipad, the message blocks, K0 ⊕ opad, the outer block (FIPS 198-1 §4).
/// Returns the compressions and the digest / MAC.
pub fn compressions(alg: Sha2Alg, key: Option<&[u8]>, msg: &[u8]) -> (Vec<Compression>, Vec<u8>) {
    let bl = alg.block_len();
    let mut out = Vec::new();
    let mut h = h0(alg);
    match key {
        None => {
            for b in padded_blocks(alg, msg, msg.len() as u128) {
                out.push(compress(alg, &mut h, &b, Source::Buffer));
            }
            let d = digest_of(alg, &h);
            (out, d)
        }
        Some(k) => {
            assert!(k.len() <= bl, "the engine takes keys of at most one block");
            let mut k0 = vec![0u8; bl];
            k0[..k.len()].copy_from_slice(k);
            let ipad: Vec<u8> = k0.iter().map(|b| b ^ 0x36).collect();
            let opad: Vec<u8> = k0.iter().map(|b| b ^ 0x5c).collect();
            out.push(compress(alg, &mut h, &ipad, Source::KeyIpad));
            for b in padded_blocks(alg, msg, (bl + msg.len()) as u128) {
                out.push(compress(alg, &mut h, &b, Source::Buffer));
            }
            let inner = digest_of(alg, &h);
            let mut h2 = h0(alg);
            out.push(compress(alg, &mut h2, &opad, Source::KeyOpad));
            for b in padded_blocks(alg, &inner, (bl + inner.len()) as u128) {
                out.push(compress(alg, &mut h2, &b, Source::Buffer));
            }
            let mac = digest_of(alg, &h2);
            (out, mac)
        }
    }
}

/// Cycles of the input buffer's filler per message block: one per data word, one for
/// the `0x80` word when the message ends on a word boundary, one for a block that holds
/// only the length field. (Zero fill is free: the buffer is cleared when a block leaves.)
pub fn fill_writes(alg: Sha2Alg, msg_len: usize) -> Vec<u64> {
    let bw = block_words(alg);
    let len_pos = if alg.is_64bit() { 14 } else { 7 };
    let words = msg_len.div_ceil(8).max(1);
    let last_bytes = msg_len - 8 * (words - 1);
    let (mut blocks, mut cur, mut pos) = (Vec::new(), 0u64, 0usize);
    // The word that carries 0x80 is written at `pos`; the length fits if pos < len_pos.
    let pad_at = |cur: &mut u64, pos: usize, blocks: &mut Vec<u64>| {
        blocks.push(*cur);
        if pos >= len_pos {
            blocks.push(1);
        }
    };
    for i in 0..words {
        cur += 1;
        let last = i + 1 == words;
        if last && last_bytes < 8 {
            pad_at(&mut cur, pos, &mut blocks);
            return blocks;
        }
        pos += 1;
        if pos == bw {
            blocks.push(cur);
            cur = 0;
            pos = 0;
        }
        if last {
            cur += 1; // the 0x80 word
            pad_at(&mut cur, pos, &mut blocks);
        }
    }
    blocks
}

/// The engine's fixed schedule for one command, input offered every cycle from cycle 1,
/// output always ready.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Load cycle L of every compression (same order as [`compressions`]).
    pub loads: Vec<u64>,
    /// First cycle of the digest stream.
    pub output: u64,
    /// Cycles from the start pulse through the last output word: `done` shows in this cycle.
    pub latency: u64,
}

/// The schedule of hashing (`hmac = false`) or HMAC-ing a `msg_len`-byte message.
/// Filler: block k (k ≥ 1) is written from cycle L(k−1) + 1 (the buffer clears as block
/// k − 1 leaves), one write per cycle, and is visible one cycle after its last write.
/// Compressor: a block loads at max(free, buffered) where `free` is the previous
/// compression's feed-forward cycle (cycle 1 for the first hash block; for HMAC, after
/// the key fetch (1 .. B/8) and the K0 ⊕ ipad load in cycle B/8 + 1).
pub fn schedule(alg: Sha2Alg, hmac: bool, msg_len: usize) -> Schedule {
    let r = rounds(alg) as u64;
    let bw = block_words(alg) as u64;
    let mut loads = Vec::new();
    let mut free = 1u64;
    if hmac {
        let l_ipad = bw + 1;
        loads.push(l_ipad);
        free = l_ipad + r + 1;
    }
    let mut start = 1u64; // first write cycle of the block being filled
    for n in fill_writes(alg, msg_len) {
        let ready = start + n; // buf_full visible
        let l = free.max(ready);
        loads.push(l);
        free = l + r + 1;
        start = l + 1;
    }
    let last = *loads.last().unwrap();
    let mut output = last + r + 2;
    if hmac {
        let l_opad = last + r + 2; // the MID cycle
        let l_outer = l_opad + r + 1;
        loads.push(l_opad);
        loads.push(l_outer);
        output = l_outer + r + 2;
    }
    Schedule { loads, output, latency: output + out_words(alg) as u64 }
}

/// The checkpoints of compression `k` loaded in cycle `load`: `round` (index
/// k·[`ROUND_STRIDE`] + t, the working registers a..h) in cycle load + 2 + t, and `hash`
/// (index k, the hash registers H(i)) in cycle load + R + 2.
pub fn block_checkpoints(k: usize, c: &Compression, load: u64) -> Vec<Checkpoint> {
    let r = c.rounds.len() as u64;
    let mut out: Vec<Checkpoint> = c
        .rounds
        .iter()
        .enumerate()
        .map(|(t, s)| Checkpoint { block: "sha2", name: "round", index: k * ROUND_STRIDE + t, cycle: Some(load + 2 + t as u64), values: s.to_vec() })
        .collect();
    out.push(Checkpoint { block: "sha2", name: "hash", index: k, cycle: Some(load + r + 2), values: c.h_after.to_vec() });
    out
}

/// Every checkpoint of a run with the given compressions and load cycles.
pub fn checkpoints(comps: &[Compression], loads: &[u64]) -> Vec<Checkpoint> {
    comps.iter().zip(loads).enumerate().flat_map(|(k, (c, &l))| block_checkpoints(k, c, l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressions_give_the_digest_and_the_hmac() {
        for alg in Sha2Alg::ALL {
            for len in [0usize, 1, 55, 56, 63, 64, 111, 112, 127, 128, 200] {
                let msg: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
                let (c, d) = compressions(alg, None, &msg);
                assert_eq!(d, super::super::digest(alg, &msg), "{} {len}", alg.name());
                assert_eq!(c.len(), fill_writes(alg, len).len(), "{} {len}", alg.name());
                assert_eq!(schedule(alg, false, len).loads.len(), c.len());
                let key: Vec<u8> = (0..alg.block_len().min(len)).map(|i| i as u8).collect();
                let (c, m) = compressions(alg, Some(&key), &msg);
                assert_eq!(m, super::super::hmac(alg, &key, &msg));
                assert_eq!(schedule(alg, true, len).loads.len(), c.len());
            }
        }
    }

    #[test]
    fn fill_writes_count_the_words_and_padding() {
        let a = Sha2Alg::Sha256;
        assert_eq!(fill_writes(a, 0), vec![1]);
        assert_eq!(fill_writes(a, 8), vec![2]); // data word, then the 0x80 word
        assert_eq!(fill_writes(a, 55), vec![7]);
        assert_eq!(fill_writes(a, 56), vec![8, 1]); // 0x80 in word 7: length in its own block
        assert_eq!(fill_writes(a, 64), vec![8, 1]); // 0x80 word at position 0 takes the length too
        let b = Sha2Alg::Sha512;
        assert_eq!(fill_writes(b, 111), vec![14]);
        assert_eq!(fill_writes(b, 112), vec![15, 1]);
        assert_eq!(fill_writes(b, 128), vec![16, 1]);
    }

    #[test]
    fn steady_state_is_one_round_per_clock_plus_one() {
        for alg in [Sha2Alg::Sha256, Sha2Alg::Sha512] {
            let bl = alg.block_len();
            let s = schedule(alg, false, 10 * bl);
            for w in s.loads.windows(2) {
                assert_eq!(w[1] - w[0], cycles_per_block(alg));
            }
        }
        assert_eq!(cycles_per_block(Sha2Alg::Sha256), 65);
        assert_eq!(cycles_per_block(Sha2Alg::Sha512), 81);
    }
}
