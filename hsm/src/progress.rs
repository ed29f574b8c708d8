//! A progress bar around any [`Engine`] (`hsm acvp`): one tick per operation, with the
//! rate and the time left; drawn on stderr only when it is a terminal.

use engine::{EcCurve, Engine, EngineResult, HashAlg, MlDsaMessage, MlDsaParams, MlKemParams, Sha3Mode};
use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress<'a> {
    inner: &'a mut dyn Engine,
    bar: ProgressBar,
}

impl<'a> Progress<'a> {
    /// `total`: the operations expected (the prompt's test cases).
    pub fn new(inner: &'a mut dyn Engine, total: u64, what: &str) -> Self {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} cases, {per_sec}, {eta} left")
                .unwrap()
                .progress_chars("=> "),
        );
        bar.set_message(what.to_string());
        Progress { inner, bar }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    fn tick<T>(&self, r: T) -> T {
        self.bar.inc(1);
        r
    }
}

impl Engine for Progress<'_> {
    fn name(&self) -> &'static str {
        self.inner.name()
    }
    fn keccak_f1600(&mut self, state: [u64; 25]) -> EngineResult<[u64; 25]> {
        let r = self.inner.keccak_f1600(state);
        self.tick(r)
    }
    fn sha3(&mut self, mode: Sha3Mode, msg: &[u8], out_len: usize) -> EngineResult<Vec<u8>> {
        let r = self.inner.sha3(mode, msg, out_len);
        self.tick(r)
    }
    fn mlkem_keygen(&mut self, p: MlKemParams, d: &[u8], z: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let r = self.inner.mlkem_keygen(p, d, z);
        self.tick(r)
    }
    fn mlkem_encaps(&mut self, p: MlKemParams, ek: &[u8], m: &[u8]) -> EngineResult<([u8; 32], Vec<u8>)> {
        let r = self.inner.mlkem_encaps(p, ek, m);
        self.tick(r)
    }
    fn mlkem_decaps(&mut self, p: MlKemParams, dk: &[u8], c: &[u8]) -> EngineResult<[u8; 32]> {
        let r = self.inner.mlkem_decaps(p, dk, c);
        self.tick(r)
    }
    fn mlkem_check_ek(&mut self, p: MlKemParams, ek: &[u8]) -> EngineResult<bool> {
        let r = self.inner.mlkem_check_ek(p, ek);
        self.tick(r)
    }
    fn mlkem_check_dk(&mut self, p: MlKemParams, dk: &[u8]) -> EngineResult<bool> {
        let r = self.inner.mlkem_check_dk(p, dk);
        self.tick(r)
    }
    fn mldsa_keygen(&mut self, p: MlDsaParams, xi: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let r = self.inner.mldsa_keygen(p, xi);
        self.tick(r)
    }
    fn mldsa_sign(&mut self, p: MlDsaParams, sk: &[u8], msg: &MlDsaMessage, rnd: &[u8; 32]) -> EngineResult<Vec<u8>> {
        let r = self.inner.mldsa_sign(p, sk, msg, rnd);
        self.tick(r)
    }
    fn mldsa_verify(&mut self, p: MlDsaParams, pk: &[u8], msg: &MlDsaMessage, sig: &[u8]) -> EngineResult<bool> {
        let r = self.inner.mldsa_verify(p, pk, msg, sig);
        self.tick(r)
    }
    fn ecdsa_public_key(&mut self, c: EcCurve, d: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let r = self.inner.ecdsa_public_key(c, d);
        self.tick(r)
    }
    fn ecdsa_check_public_key(&mut self, c: EcCurve, qx: &[u8], qy: &[u8]) -> EngineResult<bool> {
        let r = self.inner.ecdsa_check_public_key(c, qx, qy);
        self.tick(r)
    }
    fn ecdsa_sign(&mut self, c: EcCurve, h: HashAlg, d: &[u8], msg: &[u8], k: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let r = self.inner.ecdsa_sign(c, h, d, msg, k);
        self.tick(r)
    }
    fn ecdsa_sign_deterministic(&mut self, c: EcCurve, h: HashAlg, d: &[u8], msg: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let r = self.inner.ecdsa_sign_deterministic(c, h, d, msg);
        self.tick(r)
    }
    #[allow(clippy::too_many_arguments)]
    fn ecdsa_verify(&mut self, c: EcCurve, h: HashAlg, qx: &[u8], qy: &[u8], msg: &[u8], r: &[u8], s: &[u8]) -> EngineResult<bool> {
        let v = self.inner.ecdsa_verify(c, h, qx, qy, msg, r, s);
        self.tick(v)
    }
}
