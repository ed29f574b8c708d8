//! ML-DSA parameter sets (FIPS 204 §4, Table 1) and the sizes they imply (Table 2);
//! what is signed ([`Message`]) and the pre-hash functions of HashML-DSA ([`PreHash`]).

/// The modulus q = 2^23 - 2^13 + 1 (FIPS 204 §4).
pub const Q: u32 = 8_380_417;
/// Dropped bits of t (FIPS 204 §4, d = 13).
pub const D: u32 = 13;
/// One ML-DSA parameter set (FIPS 204 Table 1). All three are `const`s below;
/// everything the algorithms need derives from these fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Params {
    /// `"ML-DSA-44"`, `"ML-DSA-65"` or `"ML-DSA-87"`.
    pub name: &'static str,
    /// Rows of A.
    pub k: usize,
    /// Columns of A.
    pub l: usize,
    /// Private key range.
    pub eta: u32,
    /// Number of ±1 in c.
    pub tau: usize,
    /// Collision strength of c̃ in bits.
    pub lambda: usize,
    /// Coefficient range of y.
    pub gamma1: u32,
    /// Low-order rounding range.
    pub gamma2: u32,
    /// β = τ·η.
    pub beta: u32,
    /// Maximum number of 1s in the hint h.
    pub omega: usize,
}

pub const ML_DSA_44: Params = Params {
    name: "ML-DSA-44",
    k: 4,
    l: 4,
    eta: 2,
    tau: 39,
    lambda: 128,
    gamma1: 1 << 17,
    gamma2: (Q - 1) / 88,
    beta: 78,
    omega: 80,
};

pub const ML_DSA_65: Params = Params {
    name: "ML-DSA-65",
    k: 6,
    l: 5,
    eta: 4,
    tau: 49,
    lambda: 192,
    gamma1: 1 << 19,
    gamma2: (Q - 1) / 32,
    beta: 196,
    omega: 55,
};

pub const ML_DSA_87: Params = Params {
    name: "ML-DSA-87",
    k: 8,
    l: 7,
    eta: 2,
    tau: 60,
    lambda: 256,
    gamma1: 1 << 19,
    gamma2: (Q - 1) / 32,
    beta: 120,
    omega: 75,
};

/// Every parameter set, in the order of FIPS 204 Table 1.
pub const ALL: [Params; 3] = [ML_DSA_44, ML_DSA_65, ML_DSA_87];

/// Bit length of a positive integer.
pub const fn bitlen(x: u32) -> usize {
    (32 - x.leading_zeros()) as usize
}

impl Params {
    /// Looks a parameter set up by its FIPS 204 name (`"ML-DSA-65"`).
    pub fn from_name(name: &str) -> Option<Params> {
        ALL.into_iter().find(|p| p.name == name)
    }

    /// Bytes of c̃ = λ/4.
    pub const fn c_tilde_len(&self) -> usize {
        self.lambda / 4
    }
    /// Bits per coefficient of s1, s2 in the private key: bitlen(2η).
    pub const fn eta_bits(&self) -> usize {
        bitlen(2 * self.eta)
    }
    /// Bits per coefficient of z in the signature: 1 + bitlen(γ1 - 1).
    pub const fn z_bits(&self) -> usize {
        1 + bitlen(self.gamma1 - 1)
    }
    /// Bits per coefficient of w1 in w1Encode: bitlen((q-1)/(2γ2) - 1).
    pub const fn w1_bits(&self) -> usize {
        bitlen((Q - 1) / (2 * self.gamma2) - 1)
    }
    /// Public key bytes: 32 + 32·k·(bitlen(q-1) - d) (FIPS 204 Table 2).
    pub const fn pk_len(&self) -> usize {
        32 + 32 * self.k * 10
    }
    /// Private key bytes: 128 + 32·((k+l)·bitlen(2η) + d·k) (FIPS 204 Table 2).
    pub const fn sk_len(&self) -> usize {
        128 + 32 * ((self.k + self.l) * self.eta_bits() + D as usize * self.k)
    }
    /// Signature bytes: λ/4 + l·32·(1 + bitlen(γ1 - 1)) + ω + k (FIPS 204 Table 2).
    pub const fn sig_len(&self) -> usize {
        self.c_tilde_len() + self.l * 32 * self.z_bits() + self.omega + self.k
    }
}

/// What is signed or verified, and through which interface.
#[derive(Clone, Copy, Debug)]
pub enum Message<'a> {
    /// ML-DSA.Sign / ML-DSA.Verify (FIPS 204 Alg 2, 3): M' = 0 ‖ |ctx| ‖ ctx ‖ M.
    Pure { msg: &'a [u8], ctx: &'a [u8] },
    /// HashML-DSA.Sign / Verify (FIPS 204 Alg 4, 5): M' = 1 ‖ |ctx| ‖ ctx ‖ OID ‖ PH(M).
    PreHash {
        msg: &'a [u8],
        ctx: &'a [u8],
        hash: PreHash,
    },
    /// Sign_internal / Verify_internal (Alg 7, 8) on M' exactly as given.
    Internal(&'a [u8]),
    /// External μ: the 64-byte message representative, computed by the caller.
    ExternalMu(&'a [u8]),
}

/// A hash function approved for HashML-DSA (FIPS 204 §5.4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PreHash {
    Sha2_224,
    Sha2_256,
    Sha2_384,
    Sha2_512,
    Sha2_512_224,
    Sha2_512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    /// SHAKE128 with 256 bits of output.
    Shake128,
    /// SHAKE256 with 512 bits of output.
    Shake256,
}

impl PreHash {
    pub const ALL: [PreHash; 12] = [
        PreHash::Sha2_224,
        PreHash::Sha2_256,
        PreHash::Sha2_384,
        PreHash::Sha2_512,
        PreHash::Sha2_512_224,
        PreHash::Sha2_512_256,
        PreHash::Sha3_224,
        PreHash::Sha3_256,
        PreHash::Sha3_384,
        PreHash::Sha3_512,
        PreHash::Shake128,
        PreHash::Shake256,
    ];

    /// The ACVP name (`"SHA2-512/256"`, `"SHAKE-128"`).
    pub const fn name(self) -> &'static str {
        match self {
            PreHash::Sha2_224 => "SHA2-224",
            PreHash::Sha2_256 => "SHA2-256",
            PreHash::Sha2_384 => "SHA2-384",
            PreHash::Sha2_512 => "SHA2-512",
            PreHash::Sha2_512_224 => "SHA2-512/224",
            PreHash::Sha2_512_256 => "SHA2-512/256",
            PreHash::Sha3_224 => "SHA3-224",
            PreHash::Sha3_256 => "SHA3-256",
            PreHash::Sha3_384 => "SHA3-384",
            PreHash::Sha3_512 => "SHA3-512",
            PreHash::Shake128 => "SHAKE-128",
            PreHash::Shake256 => "SHAKE-256",
        }
    }

    /// Looks up an ACVP name.
    pub fn from_name(name: &str) -> Option<PreHash> {
        PreHash::ALL.into_iter().find(|h| h.name() == name)
    }

    /// The last arc of the OID 2.16.840.1.101.3.4.2.x (NIST hash algorithms).
    const fn oid_arc(self) -> u8 {
        match self {
            PreHash::Sha2_256 => 0x01,
            PreHash::Sha2_384 => 0x02,
            PreHash::Sha2_512 => 0x03,
            PreHash::Sha2_224 => 0x04,
            PreHash::Sha2_512_224 => 0x05,
            PreHash::Sha2_512_256 => 0x06,
            PreHash::Sha3_224 => 0x07,
            PreHash::Sha3_256 => 0x08,
            PreHash::Sha3_384 => 0x09,
            PreHash::Sha3_512 => 0x0a,
            PreHash::Shake128 => 0x0b,
            PreHash::Shake256 => 0x0c,
        }
    }

    /// The DER encoding of the hash's OID, as inserted into M' (FIPS 204 Alg 4 steps 10-22).
    pub const fn oid_der(self) -> [u8; 11] {
        [
            0x06,
            0x09,
            0x60,
            0x86,
            0x48,
            0x01,
            0x65,
            0x03,
            0x04,
            0x02,
            self.oid_arc(),
        ]
    }
}
