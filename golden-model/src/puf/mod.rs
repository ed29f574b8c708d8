//! PUF root of trust: a ring-oscillator PUF ([`physical`]), a code-offset fuzzy
//! extractor over RM(1,7) ([`code`], [`extractor`]) and a SHAKE256 key derivation
//! with a key check value ([`kdf`]); population metrics ([`metrics`]) and the
//! `hsm puf report` ([`report`], PNG plots in [`plot`]) with the honest code-offset
//! entropy bound ([`entropy`]).
//!
//! The device-unique secret exists only while the PUF is evaluated: enrolment (one
//! time, see [`lifecycle`]) takes a 320-bit K from the TRNG, publishes helper data
//! W = R ⊕ Enc(K) (R the 5,120-bit response; a comparator tie takes a TRNG bit, see
//! [`physical::Evaluation::bit`]) and KCV; reconstruction decodes R' ⊕ W to K and
//! derives the 256-bit key ‖ KCV = SHAKE256("PUFKDF02" ‖ K ‖ SHA3-256(W), 40 bytes). The helper hash
//! binds the key to the exact helper data, so manipulated helper data never yields
//! the enrolled key; the KCV turns a failed or manipulated reconstruction into an
//! error status instead of a wrong key.
//!
//! The RTL (`rtl::puf`) computes the same in the same order; this model states the
//! checkpoints it must show (one per code block, then the derived key).

pub mod code;
pub mod extractor;
pub mod entropy;
pub mod kdf;
pub mod lifecycle;
pub mod metrics;
pub mod physical;
pub mod plot;
pub mod report;

/// Response bits used by the extractor (40 blocks × 128).
pub const RESPONSE_BITS: usize = code::BLOCKS * code::RM_N;
/// Response and code-offset words (64-bit).
pub const RESPONSE_WORDS: usize = RESPONSE_BITS / 64;
/// Helper data record on the stream: 80 code-offset words, then the key check value.
pub const HELPER_WORDS: usize = RESPONSE_WORDS + 1;
/// Pairs measured at once by the RTL (one group; its ties take one 16-bit TRNG word).
pub const GROUP: usize = 16;
/// Groups of the response (8 per block).
pub const GROUPS: usize = RESPONSE_BITS / GROUP;
/// Bytes of the secret K (one message byte per RM(1,7) block).
pub const SECRET_BYTES: usize = code::BLOCKS * code::RM_K / 8;
/// 64-bit words of the secret (the RTL's `entropy` port and secret register).
pub const SECRET_WORDS: usize = SECRET_BYTES / 8;
/// The secret K: the TRNG's enrolment entropy, recovered by reconstruction.
pub type Secret = [u8; SECRET_BYTES];

/// A random secret from `rng` (what the TRNG presents, in simulations).
pub fn random_secret(rng: &mut impl rand::Rng) -> Secret {
    let mut s = [0u8; SECRET_BYTES];
    rng.fill(&mut s[..]);
    s
}

/// Error codes of the RTL unit (`err_code`), shared with the golden model.
pub const ERR_BAD_OPCODE: u8 = 1;
pub const ERR_BUSY: u8 = 2;
pub const ERR_HELPER_SHORT: u8 = 3;
pub const ERR_HELPER_LONG: u8 = 4;
pub const ERR_KEY_CHECK: u8 = 5;
pub const ERR_BAD_WINDOW: u8 = 6;
/// (7 is the RTL's "refused while fatal".)
/// Enrolment refused: the one-time lock is set or the lifecycle input is not On.
pub const ERR_ENROL_LOCKED: u8 = 8;
/// Enrolment refused: the TRNG's entropy is not valid.
pub const ERR_NO_ENTROPY: u8 = 9;

/// Why an enrolment or reconstruction produced no key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PufError {
    /// The response has the wrong number of words (a model misuse, not a hardware state).
    ResponseLength { words: usize },
    /// The helper record ended after `words` words ([`HELPER_WORDS`] expected).
    HelperTooShort { words: usize },
    /// The helper record did not end after [`HELPER_WORDS`] words.
    HelperTooLong { words: usize },
    /// The derived key check value differs from the stored one: decoding failed or
    /// the helper data were manipulated. No key is released.
    KeyCheckFailed,
    /// A counting window of zero clocks.
    BadWindow,
    /// A second enrolment, or enrolment outside the lifecycle state that allows it.
    EnrolLocked,
    /// Enrolment without valid entropy from the TRNG.
    NoEntropy,
}

impl PufError {
    /// The RTL's `err_code` for this error (0 for model misuse without a hardware code).
    pub fn code(&self) -> u8 {
        match self {
            PufError::ResponseLength { .. } => 0,
            PufError::HelperTooShort { .. } => ERR_HELPER_SHORT,
            PufError::HelperTooLong { .. } => ERR_HELPER_LONG,
            PufError::KeyCheckFailed => ERR_KEY_CHECK,
            PufError::BadWindow => ERR_BAD_WINDOW,
            PufError::EnrolLocked => ERR_ENROL_LOCKED,
            PufError::NoEntropy => ERR_NO_ENTROPY,
        }
    }
}

impl std::fmt::Display for PufError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PufError::ResponseLength { words } => write!(f, "response of {words} words, {RESPONSE_WORDS} expected"),
            PufError::HelperTooShort { words } => write!(f, "helper data of {words} words, {HELPER_WORDS} expected"),
            PufError::HelperTooLong { words } => write!(f, "helper data of {words} words, {HELPER_WORDS} expected"),
            PufError::KeyCheckFailed => write!(f, "key check value mismatch: reconstruction failed or helper data manipulated"),
            PufError::BadWindow => write!(f, "counting window of zero clocks"),
            PufError::EnrolLocked => write!(f, "enrolment refused: the one-time lock is set or the lifecycle does not allow it"),
            PufError::NoEntropy => write!(f, "enrolment refused: no valid entropy from the TRNG"),
        }
    }
}

impl std::error::Error for PufError {}
