//! Encoding and compression (FIPS 203 §4.2.1): ByteEncode_d, ByteDecode_d,
//! Compress_d, Decompress_d. Bits are packed least significant first (BitsToBytes,
//! Algorithm 3), the order in which the RTL's encode/decode logic streams them.

use super::arith::Poly;
use super::error::{check_len, MlKemError};
use super::params::{N, Q};

/// Bytes of one polynomial encoded with d bits per coefficient: 32·d.
pub const fn encoded_len(d: u32) -> usize {
    32 * d as usize
}

/// ByteEncode_d (Algorithm 5): 256 d-bit integers -> 32·d bytes, appended to `out`.
/// Coefficients must be `< 2^d` (d < 12) or canonical mod q (d = 12).
pub fn byte_encode(d: u32, f: &Poly, out: &mut Vec<u8>) {
    assert!((1..=12).contains(&d), "ByteEncode width {d} out of range");
    let mut acc: u32 = 0;
    let mut nbits: u32 = 0;
    for &a in f.iter() {
        debug_assert!(if d == 12 { a < Q } else { (a as u32) < 1 << d });
        acc |= (a as u32) << nbits;
        nbits += d;
        while nbits >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            nbits -= 8;
        }
    }
    debug_assert_eq!(nbits, 0);
}

/// ByteDecode_d (Algorithm 6): 32·d bytes -> 256 integers mod m, where m = 2^d for
/// d < 12 and m = q for d = 12. A wrong length is an error.
pub fn byte_decode(d: u32, b: &[u8]) -> Result<Poly, MlKemError> {
    assert!((1..=12).contains(&d), "ByteDecode width {d} out of range");
    check_len("ByteDecode input", b, encoded_len(d))?;
    let mut f = [0u16; N];
    let mask = (1u32 << d) - 1;
    let mut acc: u32 = 0;
    let mut nbits: u32 = 0;
    let mut bytes = b.iter();
    for c in f.iter_mut() {
        while nbits < d {
            // Length checked above: 32·d bytes hold exactly 256·d bits.
            acc |= (*bytes.next().unwrap_or(&0) as u32) << nbits;
            nbits += 8;
        }
        let v = (acc & mask) as u16;
        acc >>= d;
        nbits -= d;
        *c = if d == 12 { v % Q } else { v };
    }
    Ok(f)
}

/// Compress_d(x) = ⌈(2^d / q)·x⌋ mod 2^d (FIPS 203 eq. 4.7), x canonical.
#[inline(always)]
pub fn compress(d: u32, x: u16) -> u16 {
    (((((x as u32) << d) + (Q as u32 - 1) / 2) / Q as u32) & ((1 << d) - 1)) as u16
}

/// Decompress_d(y) = ⌈(q / 2^d)·y⌋ (FIPS 203 eq. 4.8), y < 2^d.
#[inline(always)]
pub fn decompress(d: u32, y: u16) -> u16 {
    ((y as u32 * Q as u32 + (1 << (d - 1))) >> d) as u16
}

/// Compress_d on every coefficient.
pub fn compress_poly(d: u32, f: &Poly) -> Poly {
    let mut g = [0u16; N];
    for i in 0..N {
        g[i] = compress(d, f[i]);
    }
    g
}

/// Decompress_d on every coefficient.
pub fn decompress_poly(d: u32, f: &Poly) -> Poly {
    let mut g = [0u16; N];
    for i in 0..N {
        g[i] = decompress(d, f[i]);
    }
    g
}

/// ByteEncode_d of each polynomial of a vector, concatenated.
pub fn byte_encode_vec(d: u32, v: &[Poly], out: &mut Vec<u8>) {
    for f in v {
        byte_encode(d, f, out);
    }
}

/// ByteDecode_d of `b` as a vector of `k` polynomials; `b.len()` must be 32·d·k.
pub fn byte_decode_vec(d: u32, k: usize, b: &[u8]) -> Result<Vec<Poly>, MlKemError> {
    check_len("ByteDecode vector input", b, encoded_len(d) * k)?;
    b.chunks_exact(encoded_len(d)).map(|c| byte_decode(d, c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compress_decompress_bounds() {
        // FIPS 203 §4.2.1: |Decompress(Compress(x)) − x| mod± q ≤ ⌈q / 2^(d+1)⌋.
        for d in [1u32, 4, 5, 10, 11] {
            let bound = (Q as i32 + (1 << d)) / (1 << (d + 1));
            for x in 0..Q {
                let y = compress(d, x);
                assert!((y as u32) < 1 << d);
                let z = decompress(d, y) as i32;
                let mut e = (z - x as i32).rem_euclid(Q as i32);
                if e > Q as i32 / 2 {
                    e -= Q as i32;
                }
                assert!(e.abs() <= bound, "d={d} x={x}");
            }
        }
    }

    #[test]
    fn encode_decode_roundtrip() {
        for d in 1..=12u32 {
            let m = if d == 12 { Q as u32 } else { 1 << d };
            let f: Poly = core::array::from_fn(|i| ((i as u32).wrapping_mul(2654435761) % m) as u16);
            let mut b = Vec::new();
            byte_encode(d, &f, &mut b);
            assert_eq!(b.len(), encoded_len(d));
            assert_eq!(byte_decode(d, &b).unwrap(), f);
        }
    }
}
