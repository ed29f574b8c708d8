//! The hash functions the engine names: FIPS 202 SHA-3 / SHAKE ([`Sha3Mode`]),
//! FIPS 180-4 SHA-2 ([`Sha2Alg`]) and either of them as ECDSA uses it ([`HashAlg`]).
//! Names, codes and lengths only; the computations are the back ends'.

/// The six FIPS 202 functions. The discriminant is the RTL's `mode` code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Sha3Mode {
    Sha3_224 = 0,
    Sha3_256 = 1,
    Sha3_384 = 2,
    Sha3_512 = 3,
    Shake128 = 4,
    Shake256 = 5,
}

impl Sha3Mode {
    pub const ALL: [Sha3Mode; 6] = [
        Sha3Mode::Sha3_224,
        Sha3Mode::Sha3_256,
        Sha3Mode::Sha3_384,
        Sha3Mode::Sha3_512,
        Sha3Mode::Shake128,
        Sha3Mode::Shake256,
    ];

    /// Rate r in bytes: 1600 - 2c bits (FIPS 202 §6.1, §6.2).
    pub const fn rate(self) -> usize {
        match self {
            Sha3Mode::Sha3_224 => 144,
            Sha3Mode::Sha3_256 => 136,
            Sha3Mode::Sha3_384 => 104,
            Sha3Mode::Sha3_512 => 72,
            Sha3Mode::Shake128 => 168,
            Sha3Mode::Shake256 => 136,
        }
    }

    /// Domain-separation bits and the first pad bit, as one byte:
    /// SHA-3 appends `01`, SHAKE `1111`, then pad10*1 starts with `1` (§6.1, §6.2, §5.1).
    pub const fn domain_byte(self) -> u8 {
        match self {
            Sha3Mode::Shake128 | Sha3Mode::Shake256 => 0x1f,
            _ => 0x06,
        }
    }

    /// Digest length in bytes of the fixed-length functions; `None` for the XOFs.
    pub const fn digest_len(self) -> Option<usize> {
        match self {
            Sha3Mode::Sha3_224 => Some(28),
            Sha3Mode::Sha3_256 => Some(32),
            Sha3Mode::Sha3_384 => Some(48),
            Sha3Mode::Sha3_512 => Some(64),
            Sha3Mode::Shake128 | Sha3Mode::Shake256 => None,
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Sha3Mode::Sha3_224 => "SHA3-224",
            Sha3Mode::Sha3_256 => "SHA3-256",
            Sha3Mode::Sha3_384 => "SHA3-384",
            Sha3Mode::Sha3_512 => "SHA3-512",
            Sha3Mode::Shake128 => "SHAKE128",
            Sha3Mode::Shake256 => "SHAKE256",
        }
    }

    pub fn from_code(code: u8) -> Option<Sha3Mode> {
        Sha3Mode::ALL.get(code as usize).copied()
    }

    pub fn from_name(name: &str) -> Option<Sha3Mode> {
        Sha3Mode::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(name))
    }
}

/// The six FIPS 180-4 hash functions. The discriminant is the RTL's `mode` code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Sha2Alg {
    Sha224 = 0,
    Sha256 = 1,
    Sha384 = 2,
    Sha512 = 3,
    Sha512_224 = 4,
    Sha512_256 = 5,
}

impl Sha2Alg {
    pub const ALL: [Sha2Alg; 6] = [
        Sha2Alg::Sha224,
        Sha2Alg::Sha256,
        Sha2Alg::Sha384,
        Sha2Alg::Sha512,
        Sha2Alg::Sha512_224,
        Sha2Alg::Sha512_256,
    ];

    /// Message digest length in bytes (§1, Figure 1).
    pub const fn digest_len(self) -> usize {
        match self {
            Sha2Alg::Sha224 | Sha2Alg::Sha512_224 => 28,
            Sha2Alg::Sha256 | Sha2Alg::Sha512_256 => 32,
            Sha2Alg::Sha384 => 48,
            Sha2Alg::Sha512 => 64,
        }
    }

    /// Block size in bytes (§1, Figure 1): 64 for the 32-bit core, 128 for the 64-bit core.
    pub const fn block_len(self) -> usize {
        if self.is_64bit() {
            128
        } else {
            64
        }
    }

    /// Whether this function runs on the 64-bit (SHA-512) core.
    pub const fn is_64bit(self) -> bool {
        !matches!(self, Sha2Alg::Sha224 | Sha2Alg::Sha256)
    }

    /// The ACVP name, e.g. `"SHA2-512/256"`.
    pub const fn name(self) -> &'static str {
        match self {
            Sha2Alg::Sha224 => "SHA2-224",
            Sha2Alg::Sha256 => "SHA2-256",
            Sha2Alg::Sha384 => "SHA2-384",
            Sha2Alg::Sha512 => "SHA2-512",
            Sha2Alg::Sha512_224 => "SHA2-512/224",
            Sha2Alg::Sha512_256 => "SHA2-512/256",
        }
    }

    pub fn from_code(code: u8) -> Option<Sha2Alg> {
        Sha2Alg::ALL.get(code as usize).copied()
    }

    /// Accepts the ACVP names (`SHA2-256`) and the FIPS 180-4 names (`SHA-256`,
    /// `SHA-512/256`), case-insensitively.
    pub fn from_name(name: &str) -> Option<Sha2Alg> {
        let n = name.to_ascii_uppercase().replace("SHA2-", "SHA-");
        Sha2Alg::ALL
            .into_iter()
            .find(|a| a.name().replace("SHA2-", "SHA-") == n)
    }
}

/// A hash function, by family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HashAlg {
    Sha2(Sha2Alg),
    /// SHA3-* or SHAKE (SHAKE128 with a 256-bit output, SHAKE256 with a 512-bit
    /// output, as FIPS 186-5 §6.4 and ACVP use them).
    Sha3(Sha3Mode),
}

impl HashAlg {
    /// Every hash the ECDSA responder accepts.
    pub const ALL: [HashAlg; 12] = [
        HashAlg::Sha2(Sha2Alg::Sha224),
        HashAlg::Sha2(Sha2Alg::Sha256),
        HashAlg::Sha2(Sha2Alg::Sha384),
        HashAlg::Sha2(Sha2Alg::Sha512),
        HashAlg::Sha2(Sha2Alg::Sha512_224),
        HashAlg::Sha2(Sha2Alg::Sha512_256),
        HashAlg::Sha3(Sha3Mode::Sha3_224),
        HashAlg::Sha3(Sha3Mode::Sha3_256),
        HashAlg::Sha3(Sha3Mode::Sha3_384),
        HashAlg::Sha3(Sha3Mode::Sha3_512),
        HashAlg::Sha3(Sha3Mode::Shake128),
        HashAlg::Sha3(Sha3Mode::Shake256),
    ];

    /// The ACVP name (`SHA2-256`, `SHA3-384`, `SHAKE-128`).
    pub fn name(self) -> &'static str {
        match self {
            HashAlg::Sha2(a) => a.name(),
            HashAlg::Sha3(Sha3Mode::Shake128) => "SHAKE-128",
            HashAlg::Sha3(Sha3Mode::Shake256) => "SHAKE-256",
            HashAlg::Sha3(m) => m.name(),
        }
    }

    pub fn from_name(name: &str) -> Option<HashAlg> {
        HashAlg::ALL.into_iter().find(|h| h.name().eq_ignore_ascii_case(name)).or_else(|| {
            Sha2Alg::from_name(name).map(HashAlg::Sha2)
        })
    }

    /// Output length in bytes.
    pub fn output_len(self) -> usize {
        match self {
            HashAlg::Sha2(a) => a.digest_len(),
            HashAlg::Sha3(Sha3Mode::Shake128) => 32,
            HashAlg::Sha3(Sha3Mode::Shake256) => 64,
            HashAlg::Sha3(m) => m.digest_len().unwrap_or(0),
        }
    }
}
