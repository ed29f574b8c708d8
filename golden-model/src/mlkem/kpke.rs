//! K-PKE, the CPA-secure public-key encryption scheme inside ML-KEM (FIPS 203 §5):
//! KeyGen (Algorithm 13), Encrypt (Algorithm 14), Decrypt (Algorithm 15).
//!
//! Wrong lengths give [`MlKemError::Length`] (the KEM layer checks them first);
//! every function follows the steps of its algorithm in order, with the trace hook
//! receiving the sampler and NTT checkpoints as the hardware produces them.

use super::arith::{poly_add_assign, poly_sub, Poly};
use super::error::{check_len, MlKemError};
use super::encode::{
    byte_decode, byte_decode_vec, byte_encode, byte_encode_vec, compress_poly, decompress_poly,
    encoded_len,
};
use super::ntt::{multiply_ntts_acc, ntt_inverse_traced, ntt_traced};
use super::params::{Params, N};
use super::sampling::{sample_ntt, sample_poly_cbd};
use super::symmetric::{g, prf, xof};
use crate::trace::Trace;

/// Â, row-major (`a[i·k + j]` = Â[i, j] = SampleNTT(ρ ‖ j ‖ i)): Algorithm 13 steps
/// 3-7, Algorithm 14 steps 4-8.
pub fn sample_matrix<T: Trace>(rho: &[u8; 32], k: usize, trace: &mut T) -> Vec<Poly> {
    let mut a = Vec::with_capacity(k * k);
    for i in 0..k {
        for j in 0..k {
            let mut x = xof(rho, j as u8, i as u8);
            a.push(sample_ntt(&mut x, i * k + j, trace).0);
        }
    }
    a
}

/// `count` polynomials SamplePolyCBD_η(PRF_η(seed, N)), N = nonce, nonce+1, …
fn sample_cbd_vec<T: Trace>(eta: usize, seed: &[u8; 32], nonce: u8, count: usize, trace: &mut T) -> Vec<Poly> {
    (0..count)
        .map(|i| {
            let n = nonce + i as u8;
            sample_poly_cbd(eta, &mut prf(seed, n), n, trace)
        })
        .collect()
}

/// K-PKE.KeyGen(d) (Algorithm 13): returns (ek_PKE, dk_PKE).
pub fn keygen<T: Trace>(p: &Params, d: &[u8; 32], trace: &mut T) -> (Vec<u8>, Vec<u8>) {
    let k = p.k;
    // Step 1: (ρ, σ) = G(d ‖ k).
    let (rho, sigma) = g(&[d, &[k as u8]]);
    // Steps 3-7.
    let a_hat = sample_matrix(&rho, k, trace);
    // Steps 8-15.
    let mut s = sample_cbd_vec(p.eta1, &sigma, 0, k, trace);
    let mut e = sample_cbd_vec(p.eta1, &sigma, k as u8, k, trace);
    // Steps 16-17.
    for f in s.iter_mut().chain(e.iter_mut()) {
        ntt_traced(f, trace);
    }
    let (s_hat, e_hat) = (s, e);
    // Step 18: t̂ = Â ∘ ŝ + ê.
    let mut t_hat = e_hat;
    for i in 0..k {
        for j in 0..k {
            multiply_ntts_acc(&mut t_hat[i], &a_hat[i * k + j], &s_hat[j]);
        }
    }
    // Steps 19-20.
    let mut ek = Vec::with_capacity(p.ek_len());
    byte_encode_vec(12, &t_hat, &mut ek);
    ek.extend_from_slice(&rho);
    let mut dk = Vec::with_capacity(p.dk_pke_len());
    byte_encode_vec(12, &s_hat, &mut dk);
    (ek, dk)
}

/// K-PKE.Encrypt(ek_PKE, m, r) (Algorithm 14). `ek` must be 384k + 32 bytes.
pub fn encrypt<T: Trace>(
    p: &Params,
    ek: &[u8],
    m: &[u8; 32],
    r: &[u8; 32],
    trace: &mut T,
) -> Result<Vec<u8>, MlKemError> {
    let k = p.k;
    check_len("encapsulation key", ek, p.ek_len())?;
    // Steps 2-3.
    let t_hat = byte_decode_vec(12, k, &ek[..384 * k])?;
    let mut rho = [0u8; 32];
    rho.copy_from_slice(&ek[384 * k..]);
    // Steps 4-8.
    let a_hat = sample_matrix(&rho, k, trace);
    // Steps 9-17.
    let mut y = sample_cbd_vec(p.eta1, r, 0, k, trace);
    let e1 = sample_cbd_vec(p.eta2, r, k as u8, k, trace);
    let e2 = sample_poly_cbd(p.eta2, &mut prf(r, 2 * k as u8), 2 * k as u8, trace);
    // Step 18.
    for f in y.iter_mut() {
        ntt_traced(f, trace);
    }
    let y_hat = y;
    // Step 19: u = NTT⁻¹(Âᵀ ∘ ŷ) + e1.
    let mut u = Vec::with_capacity(k);
    for i in 0..k {
        let mut acc = [0u16; N];
        for j in 0..k {
            multiply_ntts_acc(&mut acc, &a_hat[j * k + i], &y_hat[j]);
        }
        ntt_inverse_traced(&mut acc, trace);
        poly_add_assign(&mut acc, &e1[i]);
        u.push(acc);
    }
    // Step 20: μ = Decompress_1(ByteDecode_1(m)).
    let mu = decompress_poly(1, &byte_decode(1, m)?);
    // Step 21: v = NTT⁻¹(t̂ᵀ ∘ ŷ) + e2 + μ.
    let mut v = [0u16; N];
    for j in 0..k {
        multiply_ntts_acc(&mut v, &t_hat[j], &y_hat[j]);
    }
    ntt_inverse_traced(&mut v, trace);
    poly_add_assign(&mut v, &e2);
    poly_add_assign(&mut v, &mu);
    // Steps 22-24.
    let mut c = Vec::with_capacity(p.ct_len());
    for ui in &u {
        byte_encode(p.du, &compress_poly(p.du, ui), &mut c);
    }
    byte_encode(p.dv, &compress_poly(p.dv, &v), &mut c);
    Ok(c)
}

/// K-PKE.Decrypt(dk_PKE, c) (Algorithm 15). `dk_pke` must be 384k bytes and `c`
/// 32(d_u·k + d_v) bytes.
pub fn decrypt<T: Trace>(p: &Params, dk_pke: &[u8], c: &[u8], trace: &mut T) -> Result<[u8; 32], MlKemError> {
    let k = p.k;
    check_len("K-PKE decryption key", dk_pke, p.dk_pke_len())?;
    check_len("ciphertext", c, p.ct_len())?;
    // Steps 1-4.
    let (c1, c2) = c.split_at(encoded_len(p.du) * k);
    let u = byte_decode_vec(p.du, k, c1)?;
    let v = decompress_poly(p.dv, &byte_decode(p.dv, c2)?);
    // Step 5.
    let s_hat = byte_decode_vec(12, k, dk_pke)?;
    // Step 6: w = v' − NTT⁻¹(ŝᵀ ∘ NTT(u')).
    let mut acc = [0u16; N];
    for j in 0..k {
        let mut u_hat = decompress_poly(p.du, &u[j]);
        ntt_traced(&mut u_hat, trace);
        multiply_ntts_acc(&mut acc, &s_hat[j], &u_hat);
    }
    ntt_inverse_traced(&mut acc, trace);
    let w = poly_sub(&v, &acc);
    // Step 7: m = ByteEncode_1(Compress_1(w)).
    let mut m = Vec::with_capacity(32);
    byte_encode(1, &compress_poly(1, &w), &mut m);
    let mut out = [0u8; 32];
    out.copy_from_slice(&m);
    Ok(out)
}
