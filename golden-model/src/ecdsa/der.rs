//! Strict DER for ECDSA signatures: `Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER,
//! s INTEGER }` (RFC 3279 §2.2.3, X.690 DER §10.1, §8.3).
//!
//! Strict: definite lengths in their shortest form, integers in their shortest
//! two's-complement form and non-negative, no bytes after the sequence or inside
//! it beyond the two integers. Everything else is a typed [`DerError`].

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DerError {
    /// The input ended inside an element.
    Truncated,
    /// A tag other than the one expected.
    UnexpectedTag { expected: u8, got: u8 },
    /// Indefinite length (0x80), forbidden in DER.
    IndefiniteLength,
    /// A long-form length that fits a shorter form, or with a leading zero byte.
    NonMinimalLength,
    /// A length of more than two bytes (far beyond any signature).
    LengthTooLarge,
    /// An INTEGER with no content bytes.
    EmptyInteger,
    /// An INTEGER with a redundant leading 0x00 (or 0xff) byte.
    NonMinimalInteger,
    /// A negative INTEGER.
    NegativeInteger,
    /// Bytes after the end of the element.
    TrailingData,
}

impl fmt::Display for DerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DerError::Truncated => write!(f, "truncated DER"),
            DerError::UnexpectedTag { expected, got } => {
                write!(f, "expected tag 0x{expected:02x}, got 0x{got:02x}")
            }
            DerError::IndefiniteLength => write!(f, "indefinite length is not DER"),
            DerError::NonMinimalLength => write!(f, "length not in its shortest form"),
            DerError::LengthTooLarge => write!(f, "length too large"),
            DerError::EmptyInteger => write!(f, "INTEGER with no content"),
            DerError::NonMinimalInteger => write!(f, "INTEGER not in its shortest form"),
            DerError::NegativeInteger => write!(f, "negative INTEGER"),
            DerError::TrailingData => write!(f, "trailing bytes"),
        }
    }
}

impl std::error::Error for DerError {}

/// Reads one TLV with tag `tag` at the start of `input`; returns (content, rest).
fn read_tlv(input: &[u8], tag: u8) -> Result<(&[u8], &[u8]), DerError> {
    let (&t, rest) = input.split_first().ok_or(DerError::Truncated)?;
    if t != tag {
        return Err(DerError::UnexpectedTag { expected: tag, got: t });
    }
    let (&l0, rest) = rest.split_first().ok_or(DerError::Truncated)?;
    let (len, rest) = match l0 {
        0x00..=0x7f => (l0 as usize, rest),
        0x80 => return Err(DerError::IndefiniteLength),
        0x81 => {
            let (&l1, rest) = rest.split_first().ok_or(DerError::Truncated)?;
            if l1 < 0x80 {
                return Err(DerError::NonMinimalLength);
            }
            (l1 as usize, rest)
        }
        0x82 => {
            if rest.len() < 2 {
                return Err(DerError::Truncated);
            }
            let l = ((rest[0] as usize) << 8) | rest[1] as usize;
            if l < 0x100 {
                return Err(DerError::NonMinimalLength);
            }
            (l, &rest[2..])
        }
        _ => return Err(DerError::LengthTooLarge),
    };
    if rest.len() < len {
        return Err(DerError::Truncated);
    }
    Ok(rest.split_at(len))
}

/// Reads a non-negative INTEGER; returns its magnitude without the sign byte.
fn read_uint(input: &[u8]) -> Result<(&[u8], &[u8]), DerError> {
    let (c, rest) = read_tlv(input, 0x02)?;
    match c {
        [] => Err(DerError::EmptyInteger),
        [b0, ..] if b0 & 0x80 != 0 => Err(DerError::NegativeInteger),
        [0x00, b1, ..] if b1 & 0x80 == 0 => Err(DerError::NonMinimalInteger),
        [0x00, m @ ..] if !m.is_empty() => Ok((m, rest)),
        _ => Ok((c, rest)),
    }
}

/// Decodes a DER ECDSA signature into the big-endian magnitudes of (r, s).
/// Range checks (0 < r, s < n) are the verifier's.
pub fn decode_signature(der: &[u8]) -> Result<(Vec<u8>, Vec<u8>), DerError> {
    let (seq, rest) = read_tlv(der, 0x30)?;
    if !rest.is_empty() {
        return Err(DerError::TrailingData);
    }
    let (r, seq) = read_uint(seq)?;
    let (s, seq) = read_uint(seq)?;
    if !seq.is_empty() {
        return Err(DerError::TrailingData);
    }
    Ok((r.to_vec(), s.to_vec()))
}

fn push_len(out: &mut Vec<u8>, len: usize) {
    if len < 0x80 {
        out.push(len as u8);
    } else if len < 0x100 {
        out.extend_from_slice(&[0x81, len as u8]);
    } else {
        out.extend_from_slice(&[0x82, (len >> 8) as u8, len as u8]);
    }
}

fn push_uint(out: &mut Vec<u8>, v: &[u8]) {
    let first = v.iter().position(|&b| b != 0).unwrap_or(v.len());
    let v = &v[first..];
    let pad = v.is_empty() || v[0] & 0x80 != 0;
    out.push(0x02);
    push_len(out, v.len() + pad as usize);
    if pad {
        out.push(0);
    }
    out.extend_from_slice(v);
}

/// Encodes (r, s) (big-endian magnitudes, any leading zeros) as DER.
pub fn encode_signature(r: &[u8], s: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(2 * r.len() + 8);
    push_uint(&mut body, r);
    push_uint(&mut body, s);
    let mut out = vec![0x30];
    push_len(&mut out, body.len());
    out.extend_from_slice(&body);
    out
}
