//! FIPS 204 ML-DSA, shaped like the hardware.
//!
//! * [`params`]: the three parameter sets (Table 1) as `const` structs.
//! * [`arith`]: Z_q arithmetic (Barrett reduction, canonical coefficients) and polynomials.
//! * [`ntt`]: NTT / NTT⁻¹ as a layer-by-layer butterfly schedule (Alg 41, 42).
//! * [`sampling`]: ExpandA, ExpandS, ExpandMask, SampleInBall over SHAKE word streams.
//! * [`encode`]: bit packing, hints, pk/sk/signature/w1 encodings.
//! * [`rounding`]: Power2Round, Decompose, HighBits, LowBits, MakeHint, UseHint.
//! * [`dsa`]: KeyGen_internal, Sign_internal, Verify_internal (Alg 6-8) over μ.
//! * [`prehash`]: HashML-DSA's hash functions and OIDs (§5.4).
//!
//! This file is the interface: the external (Alg 1-5) and internal entry points,
//! with the message given as a [`Message`].

pub mod arith;
pub mod dsa;
pub mod encode;
pub mod error;
pub mod ntt;
pub mod params;
pub mod prehash;
pub mod rounding;
pub mod sampling;

pub use dsa::{ExpandedPublicKey, ExpandedSecretKey};
pub use engine::mldsa::Message;
pub use error::MlDsaError;
pub use params::{Params, ML_DSA_44, ML_DSA_65, ML_DSA_87};
pub use prehash::PreHash;

use crate::trace::{NoTrace, Trace};

/// μ for `msg` under a key whose public-key hash is `tr` (FIPS 204 Alg 2-5, Alg 7 step 6).
pub fn mu_for(tr: &[u8; 64], msg: &Message) -> Result<[u8; 64], MlDsaError> {
    let ctx_check = |ctx: &[u8]| {
        if ctx.len() > 255 {
            Err(MlDsaError::ContextTooLong(ctx.len()))
        } else {
            Ok(())
        }
    };
    match *msg {
        Message::Pure { msg, ctx } => {
            ctx_check(ctx)?;
            Ok(dsa::message_representative(
                tr,
                &[&[0, ctx.len() as u8], ctx, msg],
            ))
        }
        Message::PreHash { msg, ctx, hash } => {
            ctx_check(ctx)?;
            let ph = prehash::digest(hash, msg);
            Ok(dsa::message_representative(
                tr,
                &[&[1, ctx.len() as u8], ctx, &hash.oid_der(), &ph],
            ))
        }
        Message::Internal(m) => Ok(dsa::message_representative(tr, &[m])),
        Message::ExternalMu(mu) => mu.try_into().map_err(|_| MlDsaError::InvalidLength {
            what: "mu",
            expected: 64,
            got: mu.len(),
        }),
    }
}

/// ML-DSA.KeyGen_internal(ξ) (FIPS 204 Alg 6) from a 32-byte seed: (pk, sk).
pub fn keygen(p: &Params, xi: &[u8]) -> Result<(Vec<u8>, Vec<u8>), MlDsaError> {
    keygen_traced(p, xi, &mut NoTrace)
}

pub fn keygen_traced<T: Trace>(
    p: &Params,
    xi: &[u8],
    trace: &mut T,
) -> Result<(Vec<u8>, Vec<u8>), MlDsaError> {
    let xi: &[u8; 32] = xi.try_into().map_err(|_| MlDsaError::InvalidLength {
        what: "seed",
        expected: 32,
        got: xi.len(),
    })?;
    Ok(dsa::keygen_internal(p, xi, trace))
}

/// Signs `msg` with the encoded private key `sk` and randomness `rnd` (all zero
/// for the deterministic variant).
pub fn sign(p: &Params, sk: &[u8], msg: &Message, rnd: &[u8; 32]) -> Result<Vec<u8>, MlDsaError> {
    sign_traced(p, sk, msg, rnd, &mut NoTrace)
}

pub fn sign_traced<T: Trace>(
    p: &Params,
    sk: &[u8],
    msg: &Message,
    rnd: &[u8; 32],
    trace: &mut T,
) -> Result<Vec<u8>, MlDsaError> {
    let esk = ExpandedSecretKey::new(p, sk, trace)?;
    let mu = mu_for(esk.tr(), msg)?;
    dsa::sign_mu(p, &esk, &mu, rnd, trace)
}

/// Verifies `sig` on `msg` under the encoded public key `pk`: `Ok(())` if valid,
/// else why not (a wrong length, a malformed hint, z out of range, a mismatch…).
pub fn verify_detailed(p: &Params, pk: &[u8], msg: &Message, sig: &[u8]) -> Result<(), MlDsaError> {
    verify_traced(p, pk, msg, sig, &mut NoTrace)
}

pub fn verify_traced<T: Trace>(
    p: &Params,
    pk: &[u8],
    msg: &Message,
    sig: &[u8],
    trace: &mut T,
) -> Result<(), MlDsaError> {
    let epk = ExpandedPublicKey::new(p, pk, trace)?;
    let mu = mu_for(&epk.tr, msg)?;
    dsa::verify_mu(p, &epk, &mu, sig, trace)
}

/// The verdict: does `sig` verify? Every malformed input is `false` (FIPS 204 Alg 3,
/// 5, 8 return false; a context over 255 bytes is rejected too).
pub fn verify(p: &Params, pk: &[u8], msg: &Message, sig: &[u8]) -> bool {
    verify_detailed(p, pk, msg, sig).is_ok()
}
