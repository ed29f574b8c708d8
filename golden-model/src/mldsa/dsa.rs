//! The internal ML-DSA algorithms (FIPS 204 §6): KeyGen_internal (Alg 6),
//! Sign_internal (Alg 7) and Verify_internal (Alg 8), in the order the sequencer
//! runs them. Signing and verification take μ (the message representative);
//! [`message_representative`] computes it from tr and M'.
//!
//! Checkpoints of Sign's rejection loop: block `"mldsa"`, name `"sign_iteration"`,
//! index = κ, cycle `None`, values = `[reason, measured]` where `reason` is one of
//! the `SIGN_*` codes below and `measured` the value that failed its bound (the
//! norm, or the hint count; for an accepted iteration the hint count).

use super::arith::{add_mod, mul_mod, vec_infinity_norm, Poly};
use super::encode::{
    pk_decode, pk_encode, sig_decode, sig_encode, sk_decode, sk_encode, w1_encode, SecretKey,
    Signature,
};
use super::error::MlDsaError;
use super::ntt::{intt_traced, matrix_vector_ntt, ntt_traced, ntt_vec};
use super::params::{Params, D, N};
use super::rounding::{
    high_bits_poly, low_bits_norm, make_hint_poly, power2round_poly, use_hint_poly,
};
use super::sampling::{expand_a, expand_mask, expand_s, sample_in_ball};
use crate::keccak::{Sha3Mode, Sponge};
use crate::trace::{Checkpoint, Trace};

/// Sign iteration accepted: the signature is output.
pub const SIGN_ACCEPTED: u64 = 0;
/// Restarted: ‖z‖∞ ≥ γ1 − β.
pub const SIGN_REJECT_Z: u64 = 1;
/// Restarted: ‖r0‖∞ ≥ γ2 − β.
pub const SIGN_REJECT_R0: u64 = 2;
/// Restarted: ‖ct0‖∞ ≥ γ2.
pub const SIGN_REJECT_CT0: u64 = 3;
/// Restarted: more than ω hints.
pub const SIGN_REJECT_HINTS: u64 = 4;

/// H(parts…, len) = SHAKE256 (FIPS 204 §3.7).
fn h<const LEN: usize>(parts: &[&[u8]]) -> [u8; LEN] {
    let mut s = Sponge::new(Sha3Mode::Shake256);
    for p in parts {
        s.absorb(p);
    }
    let mut out = [0u8; LEN];
    s.squeeze(&mut out);
    out
}

/// μ = H(BytesToBits(tr) ‖ M', 64) (FIPS 204 Alg 7 step 6, Alg 8 step 7), M' given
/// in parts that are absorbed in order.
pub fn message_representative(tr: &[u8; 64], m_prime: &[&[u8]]) -> [u8; 64] {
    let mut s = Sponge::new(Sha3Mode::Shake256);
    s.absorb(tr);
    for p in m_prime {
        s.absorb(p);
    }
    let mut mu = [0u8; 64];
    s.squeeze(&mut mu);
    mu
}

/// tr = H(pk, 64) (FIPS 204 Alg 6 step 9, Alg 8 step 6).
pub fn public_key_hash(pk: &[u8]) -> [u8; 64] {
    h::<64>(&[pk])
}

/// ML-DSA.KeyGen_internal(ξ) (FIPS 204 Alg 6): returns (pk, sk).
pub fn keygen_internal<T: Trace>(p: &Params, xi: &[u8; 32], trace: &mut T) -> (Vec<u8>, Vec<u8>) {
    // Step 1: (ρ, ρ', K) = H(ξ ‖ k ‖ l, 128).
    let seeds = h::<128>(&[xi, &[p.k as u8, p.l as u8]]);
    let rho: [u8; 32] = seeds[..32].try_into().expect("32");
    let rho_prime: [u8; 64] = seeds[32..96].try_into().expect("64");
    let key: [u8; 32] = seeds[96..].try_into().expect("32");
    // Steps 3-4.
    let a_hat = expand_a(p, &rho, trace);
    let (s1, s2) = expand_s(p, &rho_prime, trace);
    // Step 5: t = NTT⁻¹(Â ∘ NTT(s1)) + s2.
    let s1_hat = ntt_vec(&s1, trace);
    let t: Vec<Poly> = matrix_vector_ntt(&a_hat, &s1_hat)
        .iter()
        .zip(&s2)
        .map(|(w, s)| intt_traced(w, trace).add(s))
        .collect();
    // Step 6: (t1, t0) = Power2Round(t).
    let (t1, t0): (Vec<Poly>, Vec<Poly>) = t.iter().map(power2round_poly).unzip();
    // Steps 8-10.
    let pk = pk_encode(&rho, &t1);
    let tr = public_key_hash(&pk);
    let sk = sk_encode(
        p,
        &SecretKey {
            rho,
            key,
            tr,
            s1,
            s2,
            t0,
        },
    );
    (pk, sk)
}

/// The private key with its NTT-domain operands, as the sequencer loads them once
/// before the rejection loop (FIPS 204 Alg 7 steps 1-5).
pub struct ExpandedSecretKey {
    pub sk: SecretKey,
    pub a_hat: Vec<Vec<Poly>>,
    pub s1_hat: Vec<Poly>,
    pub s2_hat: Vec<Poly>,
    pub t0_hat: Vec<Poly>,
}

impl ExpandedSecretKey {
    /// skDecode and the precomputation of Alg 7 steps 1-5.
    pub fn new<T: Trace>(p: &Params, sk: &[u8], trace: &mut T) -> Result<Self, MlDsaError> {
        let sk = sk_decode(p, sk)?;
        let s1_hat = ntt_vec(&sk.s1, trace);
        let s2_hat = ntt_vec(&sk.s2, trace);
        let t0_hat = ntt_vec(&sk.t0, trace);
        let a_hat = expand_a(p, &sk.rho, trace);
        Ok(ExpandedSecretKey {
            sk,
            a_hat,
            s1_hat,
            s2_hat,
            t0_hat,
        })
    }

    pub fn tr(&self) -> &[u8; 64] {
        &self.sk.tr
    }
}

fn sign_checkpoint<T: Trace>(trace: &mut T, kappa: u32, reason: u64, measured: u64) {
    if T::ENABLED {
        trace.checkpoint(Checkpoint {
            block: "mldsa",
            name: "sign_iteration",
            index: kappa as usize,
            cycle: None,
            values: vec![reason, measured],
        });
    }
}

/// ML-DSA.Sign_internal (FIPS 204 Alg 7) from step 7 on, given μ and rnd.
pub fn sign_mu<T: Trace>(
    p: &Params,
    esk: &ExpandedSecretKey,
    mu: &[u8; 64],
    rnd: &[u8; 32],
    trace: &mut T,
) -> Result<Vec<u8>, MlDsaError> {
    // Step 7: ρ'' = H(K ‖ rnd ‖ μ, 64).
    let rho_pp = h::<64>(&[&esk.sk.key, rnd, mu]);
    let gamma2 = p.gamma2;
    // Steps 8-32; κ runs in steps of l while ExpandMask's 16-bit counter has room.
    let mut kappa: u32 = 0;
    while kappa + p.l as u32 <= 1 << 16 {
        let this = kappa;
        kappa += p.l as u32;
        // Steps 11-13: y, w = NTT⁻¹(Â ∘ NTT(y)), w1 = HighBits(w).
        let y = expand_mask(p, &rho_pp, this as u16, trace);
        let y_hat = ntt_vec(&y, trace);
        let w: Vec<Poly> = matrix_vector_ntt(&esk.a_hat, &y_hat)
            .iter()
            .map(|x| intt_traced(x, trace))
            .collect();
        let w1: Vec<Poly> = w.iter().map(|x| high_bits_poly(x, gamma2)).collect();
        // Steps 15-17: c̃ = H(μ ‖ w1Encode(w1), λ/4), c = SampleInBall(c̃).
        let mut hs = Sponge::new(Sha3Mode::Shake256);
        hs.absorb(mu);
        hs.absorb(&w1_encode(p, &w1));
        let mut c_tilde = vec![0u8; p.c_tilde_len()];
        hs.squeeze(&mut c_tilde);
        let c = sample_in_ball(p, &c_tilde, trace);
        let c_hat = ntt_traced(&c, trace);
        // Steps 19-22: z = y + ⟨⟨cs1⟩⟩, r0 = LowBits(w − ⟨⟨cs2⟩⟩).
        let z: Vec<Poly> = esk
            .s1_hat
            .iter()
            .zip(&y)
            .map(|(s, y)| intt_traced(&c_hat.pointwise(s), trace).add(y))
            .collect();
        let z_norm = vec_infinity_norm(&z);
        if z_norm >= p.gamma1 - p.beta {
            sign_checkpoint(trace, this, SIGN_REJECT_Z, z_norm as u64);
            continue;
        }
        let w_cs2: Vec<Poly> = esk
            .s2_hat
            .iter()
            .zip(&w)
            .map(|(s, w)| w.sub(&intt_traced(&c_hat.pointwise(s), trace)))
            .collect();
        let r0_norm = w_cs2
            .iter()
            .map(|x| low_bits_norm(x, gamma2))
            .max()
            .unwrap_or(0);
        if r0_norm >= gamma2 - p.beta {
            sign_checkpoint(trace, this, SIGN_REJECT_R0, r0_norm as u64);
            continue;
        }
        // Steps 25-28: ⟨⟨ct0⟩⟩, h = MakeHint(−ct0, w − cs2 + ct0).
        let ct0: Vec<Poly> = esk
            .t0_hat
            .iter()
            .map(|t| intt_traced(&c_hat.pointwise(t), trace))
            .collect();
        let ct0_norm = vec_infinity_norm(&ct0);
        if ct0_norm >= gamma2 {
            sign_checkpoint(trace, this, SIGN_REJECT_CT0, ct0_norm as u64);
            continue;
        }
        let mut hint = Vec::with_capacity(p.k);
        let mut ones = 0;
        for (ct0, wc) in ct0.iter().zip(&w_cs2) {
            let (hp, n) = make_hint_poly(&ct0.neg(), &wc.add(ct0), gamma2);
            hint.push(hp);
            ones += n;
        }
        if ones > p.omega {
            sign_checkpoint(trace, this, SIGN_REJECT_HINTS, ones as u64);
            continue;
        }
        sign_checkpoint(trace, this, SIGN_ACCEPTED, ones as u64);
        // Step 33: σ = sigEncode(c̃, z mod± q, h).
        return Ok(sig_encode(
            p,
            &Signature {
                c_tilde,
                z,
                h: hint,
            },
        ));
    }
    Err(MlDsaError::RejectionLimit)
}

/// The public key with its NTT-domain operands (FIPS 204 Alg 8 steps 1, 5, 6).
pub struct ExpandedPublicKey {
    pub a_hat: Vec<Vec<Poly>>,
    /// NTT(t1·2^d).
    pub t1_hat: Vec<Poly>,
    pub tr: [u8; 64],
}

impl ExpandedPublicKey {
    pub fn new<T: Trace>(p: &Params, pk: &[u8], trace: &mut T) -> Result<Self, MlDsaError> {
        let key = pk_decode(p, pk)?;
        let a_hat = expand_a(p, &key.rho, trace);
        let two_d = 1u32 << D;
        let t1_hat = key
            .t1
            .iter()
            .map(|t| {
                let mut s = Poly::ZERO;
                for i in 0..N {
                    s.0[i] = mul_mod(t.0[i], two_d);
                }
                ntt_traced(&s, trace)
            })
            .collect();
        Ok(ExpandedPublicKey {
            a_hat,
            t1_hat,
            tr: public_key_hash(pk),
        })
    }
}

/// ML-DSA.Verify_internal (FIPS 204 Alg 8) from step 8 on, given μ: `Ok(())` if
/// the signature is valid, else the reason it is not.
pub fn verify_mu<T: Trace>(
    p: &Params,
    epk: &ExpandedPublicKey,
    mu: &[u8; 64],
    sig: &[u8],
    trace: &mut T,
) -> Result<(), MlDsaError> {
    // Steps 2-4: sigDecode; h = ⊥ is a rejection.
    let Signature {
        c_tilde,
        z,
        h: hint,
    } = sig_decode(p, sig)?;
    // Step 13 (first half), checked first: ‖z‖∞ < γ1 − β.
    if vec_infinity_norm(&z) >= p.gamma1 - p.beta {
        return Err(MlDsaError::ZOutOfRange);
    }
    // Step 8: c = SampleInBall(c̃).
    let c = sample_in_ball(p, &c_tilde, trace);
    let c_hat = ntt_traced(&c, trace);
    // Step 9: w'Approx = NTT⁻¹(Â ∘ NTT(z) − NTT(c) ∘ NTT(t1·2^d)).
    let z_hat = ntt_vec(&z, trace);
    let az = matrix_vector_ntt(&epk.a_hat, &z_hat);
    let mut w1 = Vec::with_capacity(p.k);
    for ((az, t1), hi) in az.iter().zip(&epk.t1_hat).zip(&hint) {
        let mut d = *az;
        for i in 0..N {
            d.0[i] = add_mod(d.0[i], super::arith::neg_mod(mul_mod(c_hat.0[i], t1.0[i])));
        }
        let w_approx = intt_traced(&d, trace);
        // Step 10: w1' = UseHint(h, w'Approx).
        w1.push(use_hint_poly(hi, &w_approx, p.gamma2));
    }
    // Step 12: c̃' = H(μ ‖ w1Encode(w1'), λ/4).
    let mut hs = Sponge::new(Sha3Mode::Shake256);
    hs.absorb(mu);
    hs.absorb(&w1_encode(p, &w1));
    let mut c_tilde2 = vec![0u8; p.c_tilde_len()];
    hs.squeeze(&mut c_tilde2);
    if c_tilde2 != c_tilde {
        return Err(MlDsaError::CommitmentMismatch);
    }
    Ok(())
}
