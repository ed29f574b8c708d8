//! The RTL back end of [`Engine`]: each operation runs on the Verilated block that
//! implements it; operations without a block answer `Unsupported`.

use crate::keccak::{KeccakCoreRtl, SpongeError, SpongeRtl, Stalls};
use engine::{Engine, EngineError, EngineResult, Sha3Mode};

/// Verilated models, created on first use.
#[derive(Default)]
pub struct Rtl {
    core: Option<KeccakCoreRtl>,
    sponge: Option<SpongeRtl>,
}

impl Rtl {
    pub fn new() -> Self {
        Self::default()
    }
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
}
