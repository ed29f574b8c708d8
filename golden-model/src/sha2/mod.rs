//! FIPS 180-4 SHA-2 (SHA-224, SHA-256, SHA-384, SHA-512, SHA-512/224, SHA-512/256)
//! and FIPS 198-1 HMAC over them.
//!
//! Shaped like the hardware's SHA-2 unit: two compression cores, one on 32-bit
//! words (SHA-224/256, 64-byte blocks) and one on 64-bit words (SHA-384/512 and the
//! truncated SHA-512/t, 128-byte blocks); the variants differ only in H(0) and in
//! how many bytes of the final state are output. Padding (§5.1) appends `1`, zeros
//! and the message length in bits (64-bit field for the 32-bit core, 128-bit for the
//! 64-bit core).
//!
//! The trace hook receives one `sha2/block` checkpoint per compression
//! (index = block number, values = the eight state words after it, zero-extended to
//! 64 bits for the 32-bit core). [`schedule`] states the RTL engine's contract: the
//! working registers after every round and the cycle on which they show, the load cycle
//! of every compression and the latency of a command.

mod hmac;
pub mod schedule;
mod sha256;
mod sha512;

pub use engine::Sha2Alg;
pub use hmac::{hmac, Hmac};
pub use sha256::{compress256, compress256_traced, H0_SHA224, H0_SHA256, K256};
pub use sha512::{compress512, compress512_traced, H0_SHA384, H0_SHA512, H0_SHA512_224, H0_SHA512_256, K512};

use crate::trace::{Checkpoint, NoTrace, Trace};

/// The chaining state of one of the two cores.
#[derive(Clone, Debug)]
enum State {
    W32([u32; 8]),
    W64([u64; 8]),
}

/// An incremental SHA-2 hasher: `update` any number of times, then `finalize`.
#[derive(Clone, Debug)]
pub struct Sha2<T: Trace = NoTrace> {
    alg: Sha2Alg,
    state: State,
    buf: [u8; 128],
    buf_len: usize,
    /// Message length in bytes so far (the bit length is 8x this; §5.1 allows
    /// messages below 2^64 / 2^128 bits, and a u128 byte count covers both).
    len: u128,
    blocks: usize,
    trace: T,
}

impl Sha2<NoTrace> {
    pub fn new(alg: Sha2Alg) -> Self {
        Sha2::with_trace(alg, NoTrace)
    }
}

impl<T: Trace> Sha2<T> {
    /// Sets H(0) for `alg` (§5.3).
    pub fn with_trace(alg: Sha2Alg, trace: T) -> Self {
        let state = match alg {
            Sha2Alg::Sha224 => State::W32(H0_SHA224),
            Sha2Alg::Sha256 => State::W32(H0_SHA256),
            Sha2Alg::Sha384 => State::W64(H0_SHA384),
            Sha2Alg::Sha512 => State::W64(H0_SHA512),
            Sha2Alg::Sha512_224 => State::W64(H0_SHA512_224),
            Sha2Alg::Sha512_256 => State::W64(H0_SHA512_256),
        };
        Sha2 { alg, state, buf: [0; 128], buf_len: 0, len: 0, blocks: 0, trace }
    }

    pub fn alg(&self) -> Sha2Alg {
        self.alg
    }

    pub fn trace(&self) -> &T {
        &self.trace
    }

    pub fn into_trace(self) -> T {
        self.trace
    }

    fn compress_buf(&mut self) {
        match &mut self.state {
            State::W32(h) => {
                let block: &[u8; 64] = self.buf[..64].try_into().expect("64-byte block");
                compress256(h, block);
            }
            State::W64(h) => compress512(h, &self.buf),
        }
        if T::ENABLED {
            let values = match &self.state {
                State::W32(h) => h.iter().map(|&x| x as u64).collect(),
                State::W64(h) => h.to_vec(),
            };
            self.trace.checkpoint(Checkpoint {
                block: "sha2",
                name: "block",
                index: self.blocks,
                cycle: None,
                values,
            });
        }
        self.blocks += 1;
        self.buf_len = 0;
    }

    /// Absorbs more message bytes.
    pub fn update(&mut self, mut data: &[u8]) {
        let bl = self.alg.block_len();
        self.len += data.len() as u128;
        while !data.is_empty() {
            let take = (bl - self.buf_len).min(data.len());
            self.buf[self.buf_len..self.buf_len + take].copy_from_slice(&data[..take]);
            self.buf_len += take;
            data = &data[take..];
            if self.buf_len == bl {
                self.compress_buf();
            }
        }
    }

    /// Pads the message (§5.1.1 / §5.1.2), runs the last block(s) and returns the
    /// leftmost `digest_len` bytes of H(N) (§6.2.2, §6.4.2, §6.5–6.7 truncation).
    pub fn finalize(self) -> Vec<u8> {
        self.finalize_with_trace().0
    }

    /// As [`Sha2::finalize`], also handing back the trace hook.
    pub fn finalize_with_trace(mut self) -> (Vec<u8>, T) {
        let bl = self.alg.block_len();
        let len_field = if self.alg.is_64bit() { 16 } else { 8 };
        let bit_len = self.len.wrapping_mul(8);
        self.buf[self.buf_len] = 0x80;
        self.buf_len += 1;
        if self.buf_len > bl - len_field {
            self.buf[self.buf_len..bl].fill(0);
            self.buf_len = bl;
            self.compress_buf();
        }
        self.buf[self.buf_len..bl - len_field].fill(0);
        if self.alg.is_64bit() {
            self.buf[bl - 16..bl].copy_from_slice(&bit_len.to_be_bytes());
        } else {
            self.buf[bl - 8..bl].copy_from_slice(&(bit_len as u64).to_be_bytes());
        }
        self.buf_len = bl;
        self.compress_buf();
        let mut out = Vec::with_capacity(64);
        match &self.state {
            State::W32(h) => h.iter().for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
            State::W64(h) => h.iter().for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
        }
        out.truncate(self.alg.digest_len());
        (out, self.trace)
    }
}

/// The message digest of `msg` under `alg`.
pub fn digest(alg: Sha2Alg, msg: &[u8]) -> Vec<u8> {
    let mut h = Sha2::new(alg);
    h.update(msg);
    h.finalize()
}

pub fn sha224(msg: &[u8]) -> Vec<u8> {
    digest(Sha2Alg::Sha224, msg)
}
pub fn sha256(msg: &[u8]) -> Vec<u8> {
    digest(Sha2Alg::Sha256, msg)
}
pub fn sha384(msg: &[u8]) -> Vec<u8> {
    digest(Sha2Alg::Sha384, msg)
}
pub fn sha512(msg: &[u8]) -> Vec<u8> {
    digest(Sha2Alg::Sha512, msg)
}
pub fn sha512_224(msg: &[u8]) -> Vec<u8> {
    digest(Sha2Alg::Sha512_224, msg)
}
pub fn sha512_256(msg: &[u8]) -> Vec<u8> {
    digest(Sha2Alg::Sha512_256, msg)
}
