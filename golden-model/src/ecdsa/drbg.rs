//! The nonce generator of deterministic ECDSA: HMAC-DRBG as RFC 6979 §3.2 runs it
//! (FIPS 186-5 §6.3.2 DetECDSA adopts it), with the conversions of RFC 6979 §2.3.

use super::hash::{hmac, HashAlg};
use super::EcdsaError;

/// bits2int (RFC 6979 §2.3.2): the leftmost `qlen` bits of `b` as a big-endian
/// integer, returned as `ceil(qlen/8)` bytes. Also FIPS 186-5 §6.4.1 step 2–3:
/// e = the leftmost min(N, hashlen) bits of H(M).
pub fn bits2int(b: &[u8], qlen: usize) -> Vec<u8> {
    let rlen = qlen.div_ceil(8);
    let blen = 8 * b.len();
    // Integer value of b, right-aligned in max(rlen, b.len()) bytes.
    let mut v: Vec<u8> = b.to_vec();
    if blen > qlen {
        // Shift right by blen - qlen bits.
        let shift = blen - qlen;
        let (bytes, bits) = (shift / 8, shift % 8);
        v.truncate(v.len() - bytes);
        if bits > 0 {
            let mut carry = 0u8;
            for x in v.iter_mut() {
                let nx = (*x >> bits) | carry;
                carry = *x << (8 - bits);
                *x = nx;
            }
        }
    }
    // Left-pad or strip leading zero bytes to rlen.
    while v.len() > rlen {
        debug_assert_eq!(v[0], 0);
        v.remove(0);
    }
    let mut out = vec![0u8; rlen - v.len()];
    out.extend_from_slice(&v);
    out
}

/// HMAC-DRBG state (K, V) of RFC 6979 §3.2, producing candidate nonces.
#[derive(Clone, Debug)]
pub struct Rfc6979 {
    hash: HashAlg,
    k: Vec<u8>,
    v: Vec<u8>,
    qlen: usize,
    first: bool,
}

impl Rfc6979 {
    /// Steps a–g: `x_octets` = int2octets(x) (the private key, rlen bytes),
    /// `h1_octets` = bits2octets(H(m)) (rlen bytes).
    pub fn new(hash: HashAlg, x_octets: &[u8], h1_octets: &[u8], qlen: usize) -> Result<Self, EcdsaError> {
        let hlen = hash.output_len();
        // Steps b, c.
        let mut v = vec![0x01u8; hlen];
        let mut k = vec![0x00u8; hlen];
        let seed = |v: &[u8], tag: u8| -> Vec<u8> {
            let mut m = Vec::with_capacity(v.len() + 1 + x_octets.len() + h1_octets.len());
            m.extend_from_slice(v);
            m.push(tag);
            m.extend_from_slice(x_octets);
            m.extend_from_slice(h1_octets);
            m
        };
        // Step d: K = HMAC_K(V || 0x00 || int2octets(x) || bits2octets(h1)).
        k = hmac(hash, &k, &seed(&v, 0x00))?;
        // Step e: V = HMAC_K(V).
        v = hmac(hash, &k, &v)?;
        // Step f: K = HMAC_K(V || 0x01 || int2octets(x) || bits2octets(h1)).
        k = hmac(hash, &k, &seed(&v, 0x01))?;
        // Step g: V = HMAC_K(V).
        v = hmac(hash, &k, &v)?;
        Ok(Rfc6979 { hash, k, v, qlen, first: true })
    }

    /// Step h: the next candidate T (rlen bytes, before bits2int). From the second
    /// call on, first runs step h.3's update K = HMAC_K(V || 0x00), V = HMAC_K(V),
    /// as after a candidate that was out of range or gave r = 0 or s = 0.
    pub fn next_candidate(&mut self) -> Result<Vec<u8>, EcdsaError> {
        if !self.first {
            let mut m = self.v.clone();
            m.push(0x00);
            self.k = hmac(self.hash, &self.k, &m)?;
            self.v = hmac(self.hash, &self.k, &self.v)?;
        }
        self.first = false;
        // Steps h.1, h.2: T = V1 || V2 || … until tlen >= qlen.
        let mut t = Vec::new();
        while 8 * t.len() < self.qlen {
            self.v = hmac(self.hash, &self.k, &self.v)?;
            t.extend_from_slice(&self.v);
        }
        // Step h.3: k = bits2int(T).
        Ok(bits2int(&t, self.qlen))
    }
}
