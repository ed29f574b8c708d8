//! ML-KEM proper (FIPS 203 §6, §7): KeyGen_internal (Algorithm 16), Encaps_internal
//! (Algorithm 17), Decaps_internal (Algorithm 18), and the input checks of §7.2
//! (encapsulation key) and §7.3 (decapsulation key and ciphertext).
//!
//! Public entry points take byte slices and check them: a wrong length or a failed
//! input check is an [`MlKemError`]; a well-formed ciphertext that does not
//! re-encrypt gives the implicit-rejection key K̄ = J(z ‖ c), as the standard says.

use super::encode::{byte_decode_vec, byte_encode_vec};
use super::error::{check_len, MlKemError};
use super::kpke;
use super::params::Params;
use super::symmetric::{g, h, j};
use crate::trace::{NoTrace, Trace};

/// Shared secret key length (FIPS 203 §6: K ∈ B^32).
pub const SHARED_KEY_LEN: usize = 32;
/// Seed lengths: d, z and m are 32 bytes.
pub const SEED_LEN: usize = 32;

fn seed(what: &'static str, b: &[u8]) -> Result<[u8; 32], MlKemError> {
    check_len(what, b, SEED_LEN)?;
    let mut s = [0u8; 32];
    s.copy_from_slice(b);
    Ok(s)
}

/// ML-KEM.KeyGen_internal(d, z) (Algorithm 16): returns (ek, dk).
pub fn keygen_internal<T: Trace>(p: &Params, d: &[u8; 32], z: &[u8; 32], trace: &mut T) -> (Vec<u8>, Vec<u8>) {
    // Step 1.
    let (ek_pke, dk_pke) = kpke::keygen(p, d, trace);
    // Steps 2-3: dk = dk_PKE ‖ ek ‖ H(ek) ‖ z.
    let mut dk = Vec::with_capacity(p.dk_len());
    dk.extend_from_slice(&dk_pke);
    dk.extend_from_slice(&ek_pke);
    dk.extend_from_slice(&h(&ek_pke));
    dk.extend_from_slice(z);
    (ek_pke, dk)
}

/// ML-KEM key generation from the seeds d and z (32 bytes each), with a trace hook.
pub fn keygen_traced<T: Trace>(p: &Params, d: &[u8], z: &[u8], trace: &mut T) -> Result<(Vec<u8>, Vec<u8>), MlKemError> {
    let d = seed("d", d)?;
    let z = seed("z", z)?;
    Ok(keygen_internal(p, &d, &z, trace))
}

/// ML-KEM key generation from the seeds d and z: (ek, dk).
pub fn keygen(p: &Params, d: &[u8], z: &[u8]) -> Result<(Vec<u8>, Vec<u8>), MlKemError> {
    keygen_traced(p, d, z, &mut NoTrace)
}

/// §7.2 input check of an encapsulation key: the length 384k + 32 (type check) and
/// the modulus check ByteEncode12(ByteDecode12(ek[0 : 384k])) = ek[0 : 384k].
pub fn check_encapsulation_key(p: &Params, ek: &[u8]) -> Result<(), MlKemError> {
    check_len("encapsulation key", ek, p.ek_len())?;
    let t = &ek[..p.dk_pke_len()];
    let mut again = Vec::with_capacity(t.len());
    byte_encode_vec(12, &byte_decode_vec(12, p.k, t)?, &mut again);
    if again != t {
        return Err(MlKemError::EncapsulationKeyNotReduced);
    }
    Ok(())
}

/// §7.3 input check of a decapsulation key: the length 768k + 96 (type check) and
/// the hash check H(dk[384k : 768k + 32]) = dk[768k + 32 : 768k + 64].
pub fn check_decapsulation_key(p: &Params, dk: &[u8]) -> Result<(), MlKemError> {
    check_len("decapsulation key", dk, p.dk_len())?;
    let k = p.k;
    let ek = &dk[384 * k..768 * k + 32];
    let stored = &dk[768 * k + 32..768 * k + 64];
    if h(ek)[..] != *stored {
        return Err(MlKemError::DecapsulationKeyHashMismatch);
    }
    Ok(())
}

/// ML-KEM.Encaps_internal(ek, m) (Algorithm 17): (K, c). `ek` is only length-checked
/// here; [`encaps`] runs the full §7.2 check first.
pub fn encaps_internal<T: Trace>(
    p: &Params,
    ek: &[u8],
    m: &[u8; 32],
    trace: &mut T,
) -> Result<([u8; 32], Vec<u8>), MlKemError> {
    check_len("encapsulation key", ek, p.ek_len())?;
    // Step 1: (K, r) = G(m ‖ H(ek)).
    let (key, r) = g(&[m, &h(ek)]);
    // Step 2.
    let c = kpke::encrypt(p, ek, m, &r, trace)?;
    Ok((key, c))
}

/// ML-KEM encapsulation with the given message m (32 bytes), after the §7.2 input
/// check of ek, with a trace hook: (K, c).
pub fn encaps_traced<T: Trace>(p: &Params, ek: &[u8], m: &[u8], trace: &mut T) -> Result<([u8; 32], Vec<u8>), MlKemError> {
    let m = seed("m", m)?;
    check_encapsulation_key(p, ek)?;
    encaps_internal(p, ek, &m, trace)
}

/// ML-KEM encapsulation with the given message m (32 bytes): (K, c).
pub fn encaps(p: &Params, ek: &[u8], m: &[u8]) -> Result<([u8; 32], Vec<u8>), MlKemError> {
    encaps_traced(p, ek, m, &mut NoTrace)
}

/// ML-KEM.Decaps_internal(dk, c) (Algorithm 18), for a dk and c of the right lengths.
pub fn decaps_internal<T: Trace>(p: &Params, dk: &[u8], c: &[u8], trace: &mut T) -> Result<[u8; 32], MlKemError> {
    check_len("decapsulation key", dk, p.dk_len())?;
    check_len("ciphertext", c, p.ct_len())?;
    let k = p.k;
    // Steps 1-4.
    let dk_pke = &dk[..384 * k];
    let ek_pke = &dk[384 * k..768 * k + 32];
    let hash = &dk[768 * k + 32..768 * k + 64];
    let z = &dk[768 * k + 64..];
    // Step 5.
    let m_prime = kpke::decrypt(p, dk_pke, c, trace)?;
    // Step 6: (K', r') = G(m' ‖ h).
    let (k_prime, r_prime) = g(&[&m_prime, hash]);
    // Step 7: K̄ = J(z ‖ c).
    let k_bar = j(&[z, c]);
    // Step 8.
    let c_prime = kpke::encrypt(p, ek_pke, &m_prime, &r_prime, trace)?;
    // Steps 9-11: K' unless c ≠ c', then K̄; compared over every byte, selected by mask.
    let diff = c.iter().zip(c_prime.iter()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    let equal_mask = ((diff as u16).wrapping_sub(1) >> 8) as u8; // 0xff iff diff == 0
    let mut key = [0u8; 32];
    for i in 0..32 {
        key[i] = (k_prime[i] & equal_mask) | (k_bar[i] & !equal_mask);
    }
    Ok(key)
}

/// ML-KEM decapsulation after the §7.3 input checks (ciphertext length, dk length,
/// hash check), with a trace hook. A ciphertext that does not re-encrypt gives the
/// implicit-rejection key, not an error.
pub fn decaps_traced<T: Trace>(p: &Params, dk: &[u8], c: &[u8], trace: &mut T) -> Result<[u8; 32], MlKemError> {
    check_len("ciphertext", c, p.ct_len())?;
    check_decapsulation_key(p, dk)?;
    decaps_internal(p, dk, c, trace)
}

/// ML-KEM decapsulation: the shared key K (or the implicit-rejection key).
pub fn decaps(p: &Params, dk: &[u8], c: &[u8]) -> Result<[u8; 32], MlKemError> {
    decaps_traced(p, dk, c, &mut NoTrace)
}
