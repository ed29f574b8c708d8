//! The RFC 6979 nonce generator's contract: what `rtl::drbg::Rfc6979Drbg` must show,
//! and when.
//!
//! The block runs RFC 6979 §3.2 as a fixed sequence of HMAC commands on the SHA-2
//! engine (`rtl::sha2::Sha2Engine`, schedule [`crate::sha2::schedule`]), back to back:
//!
//! * `start`: one launch cycle (steps b, c: V = 0x01…01, K = 0x00…00), then
//!   d: K = HMAC_K(V ‖ 0x00 ‖ int2octets(x) ‖ bits2octets(h1)), e: V = HMAC_K(V),
//!   f: K = HMAC_K(V ‖ 0x01 ‖ …), g: V = HMAC_K(V), h.1–h.2: V = HMAC_K(V), T = T ‖ V,
//!   once, or twice when hlen < qlen (SHA-256 with P-384).
//! * `next`: one launch cycle, then h.3's K = HMAC_K(V ‖ 0x00), V = HMAC_K(V), then
//!   h.1–h.2 as above.
//!
//! Each HMAC is started on the engine in the cycle after the previous one's last
//! digest word (the engine is idle again then), its message is offered every cycle and
//! its digest always taken: so HMAC i costs exactly the engine's stated latency
//! `schedule(alg, true, len).latency` and the command's latency is
//! [`LAUNCH`] + Σ_i latency_i, the cycle (counted from the command pulse, cycle 0) in
//! which `done` shows. The engine's latency depends only on (alg, message length) and
//! the lengths only on (alg, curve): the timing is independent of x, h1, K and V.
//!
//! Checkpoints ([`trace`]): after step i (index i of [`steps`]) the block's K and V
//! registers (8 words each: the bytes of K, V as little-endian 64-bit words, zero above
//! hlen) hold the step's result in cycle `end` of that step; the x/h1 registers are
//! zero from the end of step f on (`x`, 12 words); the candidate (`T`, the limbs of
//! bits2int(T), little-endian) shows on the `done` cycle.

use super::curve::EcCurve;
use crate::sha2::{hmac, schedule, Sha2Alg};
use crate::trace::Checkpoint;

/// The block's own overhead per command: the launch cycle between the command pulse
/// and the first HMAC's start on the engine (steps b, c happen on the pulse's edge).
pub const LAUNCH: u64 = 1;

/// The block name in checkpoints and mismatches.
pub const BLOCK: &str = "rfc6979_drbg";

/// Which command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Seed (steps b–g) and produce the first candidate (h.1–h.2).
    Start,
    /// Update (h.3's K, V) and produce the next candidate.
    Next,
}

/// What an HMAC step hashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The launch cycle: no HMAC.
    None,
    /// V ‖ tag ‖ int2octets(x) ‖ bits2octets(h1) (steps d, f).
    Seed(u8),
    /// V ‖ 0x00 (step h.3's K update).
    VZero,
    /// V.
    V,
}

/// Where the HMAC result goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dest {
    None,
    K,
    V,
    /// V, and T ‖= V (h.2); the index is the V block of T (0, 1).
    VT(usize),
}

/// One step of a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// RFC 6979 §3.2 step name ("b-c", "d", …, "h.1", "h.3 K", …).
    pub name: &'static str,
    pub msg: Msg,
    pub dest: Dest,
    /// Message bytes of the HMAC.
    pub msg_len: usize,
    /// Cycles of the step (the engine's HMAC latency, or [`LAUNCH`]).
    pub cycles: u64,
    /// The cycle in which the result is in its register (the next step's first cycle).
    pub end: u64,
}

/// The HMAC hashes the block takes: RTL `alg` code 0, 1, 2.
pub const ALGS: [Sha2Alg; 3] = [Sha2Alg::Sha256, Sha2Alg::Sha384, Sha2Alg::Sha512];

/// The block's `alg` code of a hash (`None`: the block does not take it).
pub fn alg_code(alg: Sha2Alg) -> Option<u8> {
    ALGS.iter().position(|&a| a == alg).map(|i| i as u8)
}

/// rlen = qlen / 8 (RFC 6979 §2.3.2; both curves have qlen = 8·rlen).
pub const fn rlen(curve: EcCurve) -> usize {
    match curve {
        EcCurve::P256 => 32,
        EcCurve::P384 => 48,
    }
}

/// 64-bit limbs of x, h1, k.
pub const fn limbs(curve: EcCurve) -> usize {
    rlen(curve) / 8
}

/// V blocks in T (h.2 loops until tlen ≥ qlen): 2 for SHA-256 with P-384, else 1.
pub fn t_blocks(alg: Sha2Alg, curve: EcCurve) -> usize {
    rlen(curve).div_ceil(alg.digest_len())
}

/// The steps of a command, with their cycles.
pub fn steps(alg: Sha2Alg, curve: EcCurve, op: Op) -> Vec<Step> {
    let hlen = alg.digest_len();
    let seed_len = hlen + 1 + 2 * rlen(curve);
    let mut spec: Vec<(&'static str, Msg, Dest)> = match op {
        Op::Start => vec![
            ("b-c", Msg::None, Dest::None),
            ("d", Msg::Seed(0), Dest::K),
            ("e", Msg::V, Dest::V),
            ("f", Msg::Seed(1), Dest::K),
            ("g", Msg::V, Dest::V),
        ],
        Op::Next => vec![("launch", Msg::None, Dest::None), ("h.3 K", Msg::VZero, Dest::K), ("h.3 V", Msg::V, Dest::V)],
    };
    for i in 0..t_blocks(alg, curve) {
        spec.push((if i == 0 { "h.1" } else { "h.1'" }, Msg::V, Dest::VT(i)));
    }
    let mut end = 0;
    spec.into_iter()
        .map(|(name, msg, dest)| {
            let msg_len = match msg {
                Msg::None => 0,
                Msg::Seed(_) => seed_len,
                Msg::VZero => hlen + 1,
                Msg::V => hlen,
            };
            let cycles = if msg == Msg::None { LAUNCH } else { schedule::schedule(alg, true, msg_len).latency };
            end += cycles;
            Step { name, msg, dest, msg_len, cycles, end }
        })
        .collect()
}

/// Cycles from the command pulse (cycle 0) to the cycle in which `done` shows.
pub fn latency(alg: Sha2Alg, curve: EcCurve, op: Op) -> u64 {
    steps(alg, curve, op).last().unwrap().end
}

/// The DRBG state between commands, as the block holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrbgState {
    pub k: Vec<u8>,
    pub v: Vec<u8>,
}

/// A byte string as 8 little-endian 64-bit words (zero above its length): the block's
/// K and V registers.
pub fn words8(b: &[u8]) -> Vec<u64> {
    let mut p = [0u8; 64];
    p[..b.len()].copy_from_slice(b);
    (0..8).map(|i| u64::from_le_bytes(p[8 * i..8 * i + 8].try_into().unwrap())).collect()
}

/// int2octets of an integer given as little-endian 64-bit limbs (rlen = 8·limbs bytes).
pub fn int2octets(limbs: &[u64]) -> Vec<u8> {
    limbs.iter().rev().flat_map(|l| l.to_be_bytes()).collect()
}

/// The little-endian limbs of a big-endian byte string of 8·n bytes.
pub fn limbs_of(be: &[u8]) -> Vec<u64> {
    be.rchunks(8).map(|c| u64::from_be_bytes(c.try_into().unwrap())).collect()
}

/// Runs one command the block's way, returning its checkpoints (cycles relative to the
/// command pulse) and the candidate's limbs. For [`Op::Start`], `state` is overwritten
/// from `x`, `h1` (little-endian limbs, `limbs(curve)` of them); for [`Op::Next`], it
/// must hold the state a previous command left.
pub fn trace(alg: Sha2Alg, curve: EcCurve, op: Op, x: &[u64], h1: &[u64], state: &mut DrbgState) -> (Vec<Checkpoint>, Vec<u64>) {
    let hlen = alg.digest_len();
    let rl = rlen(curve);
    let (xo, ho) = (int2octets(&x[..limbs(curve)]), int2octets(&h1[..limbs(curve)]));
    let mut cps = Vec::new();
    let mut t: Vec<u8> = Vec::new();
    let cp = |name: &'static str, index: usize, cycle: u64, values: Vec<u64>| Checkpoint { block: BLOCK, name, index, cycle: Some(cycle), values };
    for (i, s) in steps(alg, curve, op).into_iter().enumerate() {
        let msg: Vec<u8> = match s.msg {
            Msg::None => Vec::new(),
            Msg::Seed(tag) => [&state.v[..], &[tag], &xo, &ho].concat(),
            Msg::VZero => [&state.v[..], &[0u8]].concat(),
            Msg::V => state.v.clone(),
        };
        match s.dest {
            Dest::None => {
                if op == Op::Start {
                    // Steps b, c.
                    state.v = vec![0x01; hlen];
                    state.k = vec![0x00; hlen];
                }
            }
            Dest::K => state.k = hmac(alg, &state.k, &msg),
            Dest::V => state.v = hmac(alg, &state.k, &msg),
            Dest::VT(_) => {
                state.v = hmac(alg, &state.k, &msg);
                t.extend_from_slice(&state.v);
            }
        }
        cps.push(cp("K", i, s.end, words8(&state.k)));
        cps.push(cp("V", i, s.end, words8(&state.v)));
        if s.name == "f" {
            cps.push(cp("x", i, s.end, vec![0; 12]));
        }
    }
    // Step h.3: k = bits2int(T): the leftmost qlen = 8·rlen bits.
    let k = limbs_of(&t[..rl]);
    cps.push(cp("T", 0, latency(alg, curve, op), k.clone()));
    (cps, k)
}

#[cfg(test)]
mod tests {
    use super::super::drbg::Rfc6979;
    use super::super::HashAlg;
    use super::*;

    #[test]
    fn trace_gives_the_rfc6979_candidates() {
        for alg in ALGS {
            for curve in EcCurve::ALL {
                let l = limbs(curve);
                let x: Vec<u64> = (0..l as u64).map(|i| 0x0123_4567_89ab_cdef ^ (i * 0x1111)).collect();
                let h1: Vec<u64> = (0..l as u64).map(|i| 0x7edc_ba98_7654_3210 ^ (i * 0x2222)).collect();
                let mut g = Rfc6979::new(HashAlg::Sha2(alg), &int2octets(&x), &int2octets(&h1), 8 * rlen(curve)).unwrap();
                let mut st = DrbgState { k: vec![], v: vec![] };
                for n in 0..3 {
                    let op = if n == 0 { Op::Start } else { Op::Next };
                    let (_, k) = trace(alg, curve, op, &x, &h1, &mut st);
                    assert_eq!(int2octets(&k), g.next_candidate().unwrap(), "{} {:?} #{n}", alg.name(), curve);
                }
            }
        }
    }

    #[test]
    fn latency_is_launch_plus_the_engine_hmacs() {
        let s = steps(Sha2Alg::Sha256, EcCurve::P384, Op::Start);
        assert_eq!(s.iter().map(|s| s.name).collect::<Vec<_>>(), ["b-c", "d", "e", "f", "g", "h.1", "h.1'"]);
        assert_eq!(s[1].msg_len, 32 + 1 + 96);
        let lat = |n| schedule::schedule(Sha2Alg::Sha256, true, n).latency;
        assert_eq!(latency(Sha2Alg::Sha256, EcCurve::P384, Op::Start), 1 + 2 * lat(129) + 4 * lat(32));
        assert_eq!(latency(Sha2Alg::Sha256, EcCurve::P384, Op::Next), 1 + lat(33) + 3 * lat(32));
        assert_eq!(t_blocks(Sha2Alg::Sha512, EcCurve::P384), 1);
    }
}
