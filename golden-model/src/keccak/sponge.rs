//! The sponge construction, SHA-3 and SHAKE (FIPS 202 §4, §5.1, §6).

use super::permutation::keccak_f1600;
use crate::trace::{Checkpoint, NoTrace, Trace};
use engine::Sha3Mode;

/// A Keccak[c] sponge that absorbs and squeezes bytes the way the RTL does:
/// byte `i` of a block goes to lane `i / 8`, bits `8*(i % 8)..`.
///
/// The trace hook receives one `sponge/permutation` checkpoint per call of
/// Keccak-f (index = permutation number, values = the 25 lanes after it). Its
/// cycle depends on stream stalls, so it carries no cycle: checkpoints are
/// compared in order.
#[derive(Clone, Debug)]
pub struct Sponge<T: Trace = NoTrace> {
    mode: Sha3Mode,
    state: [u64; 25],
    /// Byte position in the current block (absorbing) or in the rate (squeezing).
    pos: usize,
    squeezing: bool,
    permutations: usize,
    trace: T,
}

impl Sponge<NoTrace> {
    pub fn new(mode: Sha3Mode) -> Self {
        Sponge::with_trace(mode, NoTrace)
    }
}

impl<T: Trace> Sponge<T> {
    pub fn with_trace(mode: Sha3Mode, trace: T) -> Self {
        Sponge {
            mode,
            state: [0; 25],
            pos: 0,
            squeezing: false,
            permutations: 0,
            trace,
        }
    }

    pub fn mode(&self) -> Sha3Mode {
        self.mode
    }

    /// Keccak-f calls so far (the RTL's latency follows this count).
    pub fn permutations(&self) -> usize {
        self.permutations
    }

    pub fn state(&self) -> &[u64; 25] {
        &self.state
    }

    pub fn into_trace(self) -> T {
        self.trace
    }

    fn xor_byte(&mut self, i: usize, b: u8) {
        self.state[i / 8] ^= (b as u64) << (8 * (i % 8));
    }

    fn permute(&mut self) {
        keccak_f1600(&mut self.state);
        if T::ENABLED {
            self.trace.checkpoint(Checkpoint {
                block: "sponge",
                name: "permutation",
                index: self.permutations,
                cycle: None,
                values: self.state.to_vec(),
            });
        }
        self.permutations += 1;
    }

    /// Absorb message bytes (§4, Algorithm 8 step 6), a block at a time.
    pub fn absorb(&mut self, data: &[u8]) {
        assert!(!self.squeezing, "absorb after squeeze");
        let rate = self.mode.rate();
        for &b in data {
            self.xor_byte(self.pos, b);
            self.pos += 1;
            if self.pos == rate {
                self.permute();
                self.pos = 0;
            }
        }
    }

    /// Pad with the domain bits and pad10*1 (§5.1) and switch to squeezing.
    pub fn finalize(&mut self) {
        if self.squeezing {
            return;
        }
        let rate = self.mode.rate();
        self.xor_byte(self.pos, self.mode.domain_byte());
        self.xor_byte(rate - 1, 0x80);
        self.permute();
        self.pos = 0;
        self.squeezing = true;
    }

    /// Squeeze output bytes (§4, Algorithm 8 steps 7-10); finalizes first if needed.
    pub fn squeeze(&mut self, out: &mut [u8]) {
        self.finalize();
        let rate = self.mode.rate();
        for o in out.iter_mut() {
            if self.pos == rate {
                self.permute();
                self.pos = 0;
            }
            *o = (self.state[self.pos / 8] >> (8 * (self.pos % 8))) as u8;
            self.pos += 1;
        }
    }

    /// Squeeze the next 64-bit word of the output stream (little-endian bytes), as the
    /// RTL's output stream delivers it to the samplers.
    pub fn squeeze_word(&mut self) -> u64 {
        self.finalize();
        // Word-aligned within the rate (every rate is a whole number of lanes): one lane.
        if self.pos % 8 == 0 {
            if self.pos == self.mode.rate() {
                self.permute();
                self.pos = 0;
            }
            let w = self.state[self.pos / 8];
            self.pos += 8;
            return w;
        }
        let mut w = [0u8; 8];
        self.squeeze(&mut w);
        u64::from_le_bytes(w)
    }
}

fn digest<const N: usize>(mode: Sha3Mode, msg: &[u8]) -> [u8; N] {
    let mut s = Sponge::new(mode);
    s.absorb(msg);
    let mut out = [0u8; N];
    s.squeeze(&mut out);
    out
}

/// SHA3-224(M) (§6.1).
pub fn sha3_224(msg: &[u8]) -> [u8; 28] {
    digest(Sha3Mode::Sha3_224, msg)
}
/// SHA3-256(M) (§6.1).
pub fn sha3_256(msg: &[u8]) -> [u8; 32] {
    digest(Sha3Mode::Sha3_256, msg)
}
/// SHA3-384(M) (§6.1).
pub fn sha3_384(msg: &[u8]) -> [u8; 48] {
    digest(Sha3Mode::Sha3_384, msg)
}
/// SHA3-512(M) (§6.1).
pub fn sha3_512(msg: &[u8]) -> [u8; 64] {
    digest(Sha3Mode::Sha3_512, msg)
}
/// SHAKE128(M, 8·len) (§6.2).
pub fn shake128(msg: &[u8], len: usize) -> Vec<u8> {
    let mut s = Sponge::new(Sha3Mode::Shake128);
    s.absorb(msg);
    let mut out = vec![0u8; len];
    s.squeeze(&mut out);
    out
}
/// SHAKE256(M, 8·len) (§6.2).
pub fn shake256(msg: &[u8], len: usize) -> Vec<u8> {
    let mut s = Sponge::new(Sha3Mode::Shake256);
    s.absorb(msg);
    let mut out = vec![0u8; len];
    s.squeeze(&mut out);
    out
}
