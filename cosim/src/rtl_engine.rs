//! The RTL back end of [`Engine`]: each operation runs on the Verilated block that
//! implements it; operations without a block answer `Unsupported`.

use crate::keccak::{KeccakCoreRtl, SpongeError, SpongeRtl, Stalls};
use crate::mlkem::{MlKemRtl, MlKemRtlError};
use crate::ecc::{EccError, EccRtl, EccRun};
use engine::{EcCurve, Engine, EngineError, EngineResult, HashAlg, MlKemParams, Sha2Alg, Sha3Mode};
use golden_model::ecdsa::drbg::bits2int;
use golden_model::ecdsa::field::{limbs_from_be, limbs_to_be};
use golden_model::ecdsa::program::{command, error as ecc_error, slot, Slot};
use golden_model::ecdsa::EcdsaError;
use golden_model::mlkem::program::{error, Command};

/// Verilated models, created on first use.
#[derive(Default)]
pub struct Rtl {
    core: Option<KeccakCoreRtl>,
    sponge: Option<SpongeRtl>,
    mlkem: Option<MlKemRtl>,
    sha2: Option<crate::sha2::Sha2Rtl>,
    ecc: Option<EccRtl>,
}

impl Rtl {
    pub fn new() -> Self {
        Self::default()
    }

    /// One hash or HMAC command on `sha2_engine`, checked against the golden schedule.
    fn sha2_command(&mut self, alg: Sha2Alg, key: Option<&[u8]>, msg: &[u8]) -> EngineResult<Vec<u8>> {
        use crate::sha2::{Job, Sha2Error, Sha2Rtl};
        let e = self.sha2.get_or_insert_with(Sha2Rtl::new);
        let job = Job { alg, key, msg, stalls: Stalls::default(), rounds: false, timing: true, seed: 0 };
        let r = e.run(&job);
        if r.is_err() {
            e.reset(); // leave the engine idle for the next command
        }
        match r {
            Ok(run) => Ok(run.digest),
            Err(Sha2Error::Engine(err)) => Err(err),
            Err(Sha2Error::Mismatch(m)) => Err(EngineError::Hardware { block: crate::sha2::BLOCK, code: 0, what: m.to_string() }),
        }
    }

    /// One command on `ecc_engine`: operands in, `start`, `done`, the outputs out
    /// (checked against the golden microcode machine).
    fn ecc(&mut self, curve: EcCurve, cmd: u32, hmac: Sha2Alg, inputs: Vec<(u32, Slot)>) -> EngineResult<EccRun> {
        let e = self.ecc.get_or_insert_with(EccRtl::new);
        let r = e.run(&crate::ecc::Job { curve, cmd, inputs, hmac, checkpoints: false, seed: 0 });
        if r.is_err() {
            e.reset();
        }
        match r {
            Ok(run) => Ok(run),
            Err(EccError::Engine(err)) => Err(err),
            Err(EccError::Mismatch(m)) => Err(EngineError::Hardware { block: crate::ecc::BLOCK, code: 0, what: m.to_string() }),
        }
    }

    /// H(M) on the RTL: SHA-2 on `sha2_engine`, SHA-3 and SHAKE on the sponge.
    fn digest(&mut self, h: HashAlg, msg: &[u8]) -> EngineResult<Vec<u8>> {
        match h {
            HashAlg::Sha2(a) => self.sha2(a, msg),
            HashAlg::Sha3(m) => self.sha3(m, msg, h.output_len()),
        }
    }

    /// e = bits2int(H(M)) for `curve` (FIPS 186-5 §6.4.1 step 2), a slot value.
    fn hash_to_e(&mut self, curve: EcCurve, h: HashAlg, msg: &[u8]) -> EngineResult<Slot> {
        let digest = self.digest(h, msg)?;
        let e = bits2int(&digest, 8 * curve.byte_len());
        Ok(to_slot(curve, &e).expect("bits2int output has the curve's length"))
    }

    /// One command on `mlkem_engine`: the inputs in, `start`, `done`, the outputs out.
    fn mlkem(&mut self, cmd: Command, p: MlKemParams, inputs: &[&[u8]]) -> EngineResult<Vec<Vec<u8>>> {
        let engine = self.mlkem.get_or_insert_with(MlKemRtl::new);
        engine.run(cmd, &p, inputs, false).map(|(out, _)| out)
    }
}

/// Big-endian bytes (leading zero bytes allowed) as a slot of `curve`'s length;
/// `None` if the value does not fit (the engine would ignore the extra bits).
fn to_slot(curve: EcCurve, bytes: &[u8]) -> Option<Slot> {
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    let v = &bytes[skip..];
    (v.len() <= curve.byte_len()).then(|| limbs_from_be::<6>(v).expect("at most 48 bytes"))
}

fn be(curve: EcCurve, s: &Slot) -> Vec<u8> {
    limbs_to_be(s, 48)[48 - curve.byte_len()..].to_vec()
}

fn hw_error(code: u32) -> EngineError {
    EngineError::Hardware { block: crate::ecc::BLOCK, code: code as u8, what: crate::ecc::error_text(code as u8).into() }
}

/// A verdict command's outcome: valid, invalid (codes 8–12), or a hardware error.
fn verdict(run: EccRun) -> EngineResult<bool> {
    match run.error {
        0 => Ok(true),
        c if crate::ecc::is_verdict(c) => Ok(false),
        c => Err(hw_error(c)),
    }
}

fn key(bytes: &[u8]) -> [u8; 32] {
    bytes.try_into().expect("K is 32 bytes")
}

impl Engine for Rtl {
    fn name(&self) -> &'static str {
        "rtl"
    }

    fn keccak_f1600(&mut self, state: [u64; 25]) -> EngineResult<[u64; 25]> {
        let core = self.core.get_or_insert_with(|| KeccakCoreRtl::new(2));
        core.permute_checked(state, None).map(|r| r.state).map_err(|m| EngineError::Hardware {
            block: "keccak_core_r2",
            code: 0,
            what: m.to_string(),
        })
    }

    fn sha3(&mut self, mode: Sha3Mode, msg: &[u8], out_len: usize) -> EngineResult<Vec<u8>> {
        let sponge = self.sponge.get_or_insert_with(SpongeRtl::new);
        let mut rng = rand::rngs::mock::StepRng::new(u64::MAX, 0);
        match sponge.hash(mode, msg, out_len, Stalls::default(), &mut rng, false) {
            Ok(run) => Ok(run.output),
            Err(SpongeError::Engine(e)) => Err(e),
            Err(SpongeError::Mismatch(m)) => Err(EngineError::Hardware { block: "keccak_sponge", code: 0, what: m.to_string() }),
        }
    }

    fn sha2(&mut self, alg: Sha2Alg, msg: &[u8]) -> EngineResult<Vec<u8>> {
        self.sha2_command(alg, None, msg)
    }

    fn hmac_sha2(&mut self, alg: Sha2Alg, key: &[u8], msg: &[u8]) -> EngineResult<Vec<u8>> {
        // The engine takes |K| <= B (error 2 otherwise): a longer key is hashed first on
        // the engine itself (FIPS 198-1 step 2), then used as K0.
        if key.len() > alg.block_len() {
            let k0 = self.sha2_command(alg, None, key)?;
            return self.sha2_command(alg, Some(&k0), msg);
        }
        self.sha2_command(alg, Some(key), msg)
    }

    fn mlkem_keygen(&mut self, p: MlKemParams, d: &[u8], z: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let mut out = self.mlkem(Command::KeyGen, p, &[d, z])?;
        let dk = out.pop().expect("ek, dk");
        Ok((out.pop().expect("ek"), dk))
    }

    fn mlkem_encaps(&mut self, p: MlKemParams, ek: &[u8], m: &[u8]) -> EngineResult<([u8; 32], Vec<u8>)> {
        let mut out = self.mlkem(Command::Encaps, p, &[ek, m])?;
        let c = out.pop().expect("K, c");
        Ok((key(&out[0]), c))
    }

    fn mlkem_decaps(&mut self, p: MlKemParams, dk: &[u8], c: &[u8]) -> EngineResult<[u8; 32]> {
        let out = self.mlkem(Command::Decaps, p, &[dk, c])?;
        Ok(key(&out[0]))
    }

    /// §7.2 in hardware: Encaps answers error 4 when ek fails the modulus check.
    fn mlkem_check_ek(&mut self, p: MlKemParams, ek: &[u8]) -> EngineResult<bool> {
        if ek.len() != p.ek_len() {
            return Ok(false);
        }
        match self.mlkem(Command::Encaps, p, &[ek, &[0u8; 32]]) {
            Ok(_) => Ok(true),
            Err(e) if e == MlKemRtlError::Refused { code: error::EK_MODULUS }.into() => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// §7.3 in hardware: Decaps answers error 5 when dk fails the hash check.
    fn mlkem_check_dk(&mut self, p: MlKemParams, dk: &[u8]) -> EngineResult<bool> {
        if dk.len() != p.dk_len() {
            return Ok(false);
        }
        match self.mlkem(Command::Decaps, p, &[dk, &vec![0u8; p.ct_len()]]) {
            Ok(_) => Ok(true),
            Err(e) if e == MlKemRtlError::Refused { code: error::DK_HASH }.into() => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn ecdsa_public_key(&mut self, c: EcCurve, d: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let d = to_slot(c, d).ok_or(EcdsaError::ScalarOutOfRange("d"))?;
        let run = self.ecc(c, command::KEYGEN, Sha2Alg::Sha256, vec![(slot::D, d)])?;
        match run.error {
            0 => Ok((be(c, &run.out[0]), be(c, &run.out[1]))),
            ecc_error::D_RANGE => Err(EcdsaError::ScalarOutOfRange("d").into()),
            code => Err(hw_error(code)),
        }
    }

    fn ecdsa_check_public_key(&mut self, c: EcCurve, qx: &[u8], qy: &[u8]) -> EngineResult<bool> {
        let (Some(x), Some(y)) = (to_slot(c, qx), to_slot(c, qy)) else {
            return Ok(false);
        };
        verdict(self.ecc(c, command::VALIDATE, Sha2Alg::Sha256, vec![(slot::QX, x), (slot::QY, y)])?)
    }

    fn ecdsa_sign(&mut self, c: EcCurve, h: HashAlg, d: &[u8], msg: &[u8], k: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let d = to_slot(c, d).ok_or(EcdsaError::ScalarOutOfRange("d"))?;
        let k = to_slot(c, k).ok_or(EcdsaError::ScalarOutOfRange("k"))?;
        let e = self.hash_to_e(c, h, msg)?;
        let run = self.ecc(c, command::SIGN, Sha2Alg::Sha256, vec![(slot::D, d), (slot::K, k), (slot::E, e)])?;
        match run.error {
            0 => Ok((be(c, &run.out[0]), be(c, &run.out[1]))),
            ecc_error::D_RANGE => Err(EcdsaError::ScalarOutOfRange("d").into()),
            ecc_error::K_RANGE => Err(EcdsaError::ScalarOutOfRange("k").into()),
            ecc_error::R_OR_S_ZERO => Err(EcdsaError::RIsZero.into()),
            code => Err(hw_error(code)),
        }
    }

    /// RFC 6979 in hardware: the generator on the SHA-2 engine inside `ecc_engine`
    /// derives k from d and H(M); k never leaves the engine. The generator runs HMAC
    /// over SHA-256, -384 and -512; the other hashes are golden-model only.
    fn ecdsa_sign_deterministic(&mut self, c: EcCurve, h: HashAlg, d: &[u8], msg: &[u8]) -> EngineResult<(Vec<u8>, Vec<u8>)> {
        let alg = match h {
            HashAlg::Sha2(a) if crate::ecc::hmac_code(a).is_some() => a,
            _ => return Err(EngineError::Unsupported { engine: "rtl", operation: "DetECDSA over a hash other than SHA-256, SHA-384, SHA-512" }),
        };
        let d = to_slot(c, d).ok_or(EcdsaError::ScalarOutOfRange("d"))?;
        let e = self.hash_to_e(c, h, msg)?;
        let run = self.ecc(c, command::DETSIGN, alg, vec![(slot::D, d), (slot::E, e)])?;
        match run.error {
            0 => Ok((be(c, &run.out[0]), be(c, &run.out[1]))),
            ecc_error::D_RANGE => Err(EcdsaError::ScalarOutOfRange("d").into()),
            ecc_error::NONCE => Err(EcdsaError::NonceGenerationFailed.into()),
            code => Err(hw_error(code)),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn ecdsa_verify(&mut self, c: EcCurve, h: HashAlg, qx: &[u8], qy: &[u8], msg: &[u8], r: &[u8], s: &[u8]) -> EngineResult<bool> {
        let (Some(x), Some(y), Some(r), Some(s)) = (to_slot(c, qx), to_slot(c, qy), to_slot(c, r), to_slot(c, s)) else {
            return Ok(false);
        };
        let e = self.hash_to_e(c, h, msg)?;
        verdict(self.ecc(c, command::VERIFY, Sha2Alg::Sha256, vec![(slot::QX, x), (slot::QY, y), (slot::E, e), (slot::R, r), (slot::S, s)])?)
    }
}
