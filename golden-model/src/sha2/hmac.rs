//! FIPS 198-1 HMAC over the SHA-2 functions.

use super::{Sha2, Sha2Alg};

/// An incremental HMAC: HMAC(K, text) = H((K0 ⊕ opad) ‖ H((K0 ⊕ ipad) ‖ text)) (FIPS 198-1 §4).
#[derive(Clone, Debug)]
pub struct Hmac {
    inner: Sha2,
    /// K0 ⊕ opad, one block (at most 128 bytes).
    okey: [u8; 128],
}

impl Hmac {
    pub fn new(alg: Sha2Alg, key: &[u8]) -> Hmac {
        let b = alg.block_len();
        // Steps 1–3: K0 is K, H(K), or K, right-padded with zeros to B bytes.
        let mut k0 = [0u8; 128];
        if key.len() > b {
            let hk = super::digest(alg, key);
            k0[..hk.len()].copy_from_slice(&hk);
        } else {
            k0[..key.len()].copy_from_slice(key);
        }
        // Steps 4–6: H((K0 ⊕ ipad) ‖ …) with ipad = 0x36 repeated.
        let mut ikey = [0u8; 128];
        let mut okey = [0u8; 128];
        for i in 0..b {
            ikey[i] = k0[i] ^ 0x36;
            okey[i] = k0[i] ^ 0x5c;
        }
        let mut inner = Sha2::new(alg);
        inner.update(&ikey[..b]);
        Hmac { inner, okey }
    }

    pub fn update(&mut self, data: &[u8]) {
        self.inner.update(data);
    }

    /// Steps 7–9: H((K0 ⊕ opad) ‖ H((K0 ⊕ ipad) ‖ text)).
    pub fn finalize(self) -> Vec<u8> {
        let alg = self.inner.alg();
        let ih = self.inner.finalize();
        let mut outer = Sha2::new(alg);
        outer.update(&self.okey[..alg.block_len()]);
        outer.update(&ih);
        outer.finalize()
    }
}

/// HMAC(key, msg) under `alg` (FIPS 198-1 §4), full-length MAC (no truncation).
pub fn hmac(alg: Sha2Alg, key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut m = Hmac::new(alg, key);
    m.update(msg);
    m.finalize()
}
