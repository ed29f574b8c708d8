//! The symmetric primitives of ML-KEM (FIPS 203 §4.1), all on the project's one
//! Keccak ([`crate::keccak`]).

use crate::keccak::{sha3_256, Sha3Mode, Sponge};

/// H(s) = SHA3-256(s) (FIPS 203 eq. 4.4).
pub fn h(s: &[u8]) -> [u8; 32] {
    sha3_256(s)
}

/// G(c) = SHA3-512(c), split into two 32-byte halves (FIPS 203 eq. 4.5).
pub fn g(parts: &[&[u8]]) -> ([u8; 32], [u8; 32]) {
    let mut sponge = Sponge::new(Sha3Mode::Sha3_512);
    for p in parts {
        sponge.absorb(p);
    }
    let mut out = [0u8; 64];
    sponge.squeeze(&mut out);
    let mut a = [0u8; 32];
    let mut b = [0u8; 32];
    a.copy_from_slice(&out[..32]);
    b.copy_from_slice(&out[32..]);
    (a, b)
}

/// J(s) = SHAKE256(s, 8·32) (FIPS 203 eq. 4.4).
pub fn j(parts: &[&[u8]]) -> [u8; 32] {
    let mut sponge = Sponge::new(Sha3Mode::Shake256);
    for p in parts {
        sponge.absorb(p);
    }
    let mut out = [0u8; 32];
    sponge.squeeze(&mut out);
    out
}

/// PRF_η(s, b) = SHAKE256(s ‖ b, 8·64·η) (FIPS 203 eq. 4.3), returned as the sponge
/// ready to be squeezed: SamplePolyCBD_η reads its 8η 64-bit words from it.
pub fn prf(s: &[u8; 32], b: u8) -> Sponge {
    let mut sponge = Sponge::new(Sha3Mode::Shake256);
    sponge.absorb(s);
    sponge.absorb(&[b]);
    sponge
}

/// XOF.Init, XOF.Absorb(ρ ‖ j ‖ i) (FIPS 203 §4.1, Algorithm 13 step 6 / 14 step 6):
/// SHAKE128 ready to be squeezed by SampleNTT.
pub fn xof(rho: &[u8; 32], j: u8, i: u8) -> Sponge {
    let mut sponge = Sponge::new(Sha3Mode::Shake128);
    sponge.absorb(rho);
    sponge.absorb(&[j, i]);
    sponge
}
