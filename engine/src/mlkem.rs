//! ML-KEM parameter sets (FIPS 203 §8, Table 2) and the sizes derived from them.

/// One ML-KEM parameter set (FIPS 203 Table 2). The three standard sets are the
/// constants [`ML_KEM_512`], [`ML_KEM_768`] and [`ML_KEM_1024`]; the golden
/// model's marker types (`golden_model::mlkem::MlKem768`…) name them at the type level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Params {
    /// `"ML-KEM-512"`, `"ML-KEM-768"` or `"ML-KEM-1024"` (the ACVP `parameterSet`).
    pub name: &'static str,
    /// Module rank k.
    pub k: usize,
    /// η1: CBD width of the secret s, the noise e (KeyGen) and y (Encrypt).
    pub eta1: usize,
    /// η2: CBD width of e1 and e2 (Encrypt).
    pub eta2: usize,
    /// d_u: compression width of u.
    pub du: u32,
    /// d_v: compression width of v.
    pub dv: u32,
}

pub const ML_KEM_512: Params = Params { name: "ML-KEM-512", k: 2, eta1: 3, eta2: 2, du: 10, dv: 4 };
pub const ML_KEM_768: Params = Params { name: "ML-KEM-768", k: 3, eta1: 2, eta2: 2, du: 10, dv: 4 };
pub const ML_KEM_1024: Params = Params { name: "ML-KEM-1024", k: 4, eta1: 2, eta2: 2, du: 11, dv: 5 };

impl Params {
    pub const ALL: [Params; 3] = [ML_KEM_512, ML_KEM_768, ML_KEM_1024];

    /// Looks a parameter set up by its FIPS 203 name (`"ML-KEM-768"`).
    pub fn from_name(name: &str) -> Option<Params> {
        Params::ALL.into_iter().find(|p| p.name == name)
    }

    /// Encapsulation key length, 384k + 32 bytes (FIPS 203 Table 3).
    pub const fn ek_len(&self) -> usize {
        384 * self.k + 32
    }

    /// Decapsulation key length, 768k + 96 bytes (FIPS 203 Table 3).
    pub const fn dk_len(&self) -> usize {
        768 * self.k + 96
    }

    /// Ciphertext length, 32(d_u·k + d_v) bytes (FIPS 203 Table 3).
    pub const fn ct_len(&self) -> usize {
        32 * (self.du as usize * self.k + self.dv as usize)
    }

    /// K-PKE decryption key length inside dk, 384k bytes.
    pub const fn dk_pke_len(&self) -> usize {
        384 * self.k
    }
}
