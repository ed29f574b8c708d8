//! The curves of the ECDSA unit (FIPS 186-5 §6.1.1: P-256 and P-384).

/// Which curve, as the command port names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum EcCurve {
    P256 = 0,
    P384 = 1,
}

impl EcCurve {
    pub const ALL: [EcCurve; 2] = [EcCurve::P256, EcCurve::P384];

    /// The ACVP name.
    pub const fn name(self) -> &'static str {
        match self {
            EcCurve::P256 => "P-256",
            EcCurve::P384 => "P-384",
        }
    }

    /// Accepts the ACVP names (`P-256`) and the SEC 2 names (`secp256r1`).
    pub fn from_name(name: &str) -> Option<EcCurve> {
        match name.to_ascii_lowercase().as_str() {
            "p-256" | "p256" | "secp256r1" | "prime256v1" => Some(EcCurve::P256),
            "p-384" | "p384" | "secp384r1" => Some(EcCurve::P384),
            _ => None,
        }
    }

    /// Byte length of a field element and of a scalar (both curves have
    /// bitlen(p) = bitlen(n)).
    pub const fn byte_len(self) -> usize {
        match self {
            EcCurve::P256 => 32,
            EcCurve::P384 => 48,
        }
    }

    /// Bit length of n (the ladder's iteration count).
    pub const fn order_bits(self) -> usize {
        8 * self.byte_len()
    }
}
