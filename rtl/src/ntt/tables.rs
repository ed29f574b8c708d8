//! The unit's constant tables: the twiddle ROM of both moduli and the constants of
//! NTT⁻¹'s folded scaling. They are computed here from ζ (no copied literals) and a
//! test in `testbenches/tests/ntt_rtl.rs` holds them equal to the golden models'
//! `golden_model::mlkem::ntt::{ZETAS, GAMMAS}` and `golden_model::mldsa::ntt::ZETAS`.

/// q of ML-KEM (FIPS 203 §2.4).
pub const Q_KEM: u32 = 3329;
/// q of ML-DSA (FIPS 204 §2.3).
pub const Q_DSA: u32 = 8_380_417;
/// ζ = 17, a primitive 256-th root of unity mod 3329 (FIPS 203 §4.3).
pub const ZETA_KEM: u32 = 17;
/// ζ = 1753, a primitive 512-th root of unity mod 8380417 (FIPS 204 §7.5).
pub const ZETA_DSA: u32 = 1753;
/// 128⁻¹ mod 3329 (FIPS 203 Algorithm 10 step 14).
pub const NINV_KEM: u32 = 3303;
/// 256⁻¹ mod 8380417 (FIPS 204 Algorithm 42 step 19).
pub const NINV_DSA: u32 = 8_347_681;

const fn pow_mod(b: u32, mut e: u32, q: u32) -> u32 {
    let (mut r, mut b) = (1u64, b as u64 % q as u64);
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % q as u64;
        }
        b = b * b % q as u64;
        e >>= 1;
    }
    r as u32
}

/// `a·b mod q`.
pub const fn mul_mod(a: u32, b: u32, q: u32) -> u32 {
    (a as u64 * b as u64 % q as u64) as u32
}

/// The twiddle ROM, 512 words addressed by `{mode, index}`:
/// * mode 0 (ML-KEM), index 0..128: `ζ^BitRev7(i)` (FIPS 203 Appendix A, NTT twiddles);
/// * mode 0, index 128..256: `γ_i = ζ^(2·BitRev7(i)+1)` (FIPS 203 Algorithm 11);
/// * mode 1 (ML-DSA), index 0..256: `ζ^BitRev8(i)` (FIPS 204 Appendix B).
pub const fn twiddle_rom() -> [u32; 512] {
    let mut t = [0u32; 512];
    let mut i = 0;
    while i < 128 {
        let r7 = ((i as u8) << 1).reverse_bits() as u32;
        t[i] = pow_mod(ZETA_KEM, r7, Q_KEM);
        t[128 + i] = pow_mod(ZETA_KEM, 2 * r7 + 1, Q_KEM);
        i += 1;
    }
    let mut m = 0;
    while m < 256 {
        t[256 + m] = pow_mod(ZETA_DSA, (m as u8).reverse_bits() as u32, Q_DSA);
        m += 1;
    }
    t
}

/// The ROM contents.
pub const TWIDDLE_ROM: [u32; 512] = twiddle_rom();

/// The last NTT⁻¹ layer multiplies its sums by n⁻¹ and its differences by ζ_1·n⁻¹
/// (the final scaling folded into the last layer): ML-KEM's ζ_1·128⁻¹ mod q.
pub const ZNINV_KEM: u32 = mul_mod(TWIDDLE_ROM[1], NINV_KEM, Q_KEM);
/// ML-DSA's ζ_1·256⁻¹ mod q.
pub const ZNINV_DSA: u32 = mul_mod(TWIDDLE_ROM[257], NINV_DSA, Q_DSA);
