//! The RTL back end of [`Engine`]: each operation runs on the Verilated block that
//! implements it; operations without a block answer `Unsupported`.

use crate::keccak::{KeccakCoreRtl, SpongeError, SpongeRtl, Stalls};
use crate::mlkem::{MlKemRtl, MlKemRtlError};
use engine::{Engine, EngineError, EngineResult, MlKemParams, Sha2Alg, Sha3Mode};
use golden_model::mlkem::program::{error, Command};

/// Verilated models, created on first use.
#[derive(Default)]
pub struct Rtl {
    core: Option<KeccakCoreRtl>,
    sponge: Option<SpongeRtl>,
    mlkem: Option<MlKemRtl>,
    sha2: Option<crate::sha2::Sha2Rtl>,
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

    /// One command on `mlkem_engine`: the inputs in, `start`, `done`, the outputs out.
    fn mlkem(&mut self, cmd: Command, p: MlKemParams, inputs: &[&[u8]]) -> EngineResult<Vec<Vec<u8>>> {
        let engine = self.mlkem.get_or_insert_with(MlKemRtl::new);
        engine.run(cmd, &p, inputs, false).map(|(out, _)| out)
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
}
