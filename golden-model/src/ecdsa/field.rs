//! Montgomery arithmetic modulo an odd prime (the field prime p or the group order n).
//!
//! # Hardware shape
//!
//! The RTL's ECC unit multiplies with rust-hdl's only multiplier, 16x16 bits, so
//! the reference multiplier here is **CIOS Montgomery multiplication** (Koç, Acar,
//! Kaliski 1996, "Coarsely Integrated Operand Scanning") on **16-bit digits**:
//! 16 digits for P-256, 24 for P-384, R = 2^256 resp. 2^384. Each outer step does
//! one digit row of products `a[j]*b[i]` (s partial products) and one reduction
//! row `m*p[j]` (s partial products), so one field multiplication is 2·s² 16x16
//! products (512 for P-256, 1152 for P-384) followed by one conditional
//! subtraction. Every intermediate fits 32 bits: `t[j] + a[j]*b[i] + c <=
//! (2^16-1) + (2^16-1)^2 + (2^16-1) = 2^32 - 1`.
//!
//! A fast path, the same CIOS on 64-bit limbs, computes the identical value
//! (R = 2^(64·L) = 2^(16·4L): the same Montgomery domain, and both outputs are
//! fully reduced into [0, m)); tests check it equal to the 16-bit reference.
//!
//! Numbers are held as `[u64; L]`, little-endian limbs (limb 0 least significant),
//! the shape of the trace checkpoints; digit `i` is bits `16i..16i+16`.
//! Inversion is Fermat's: a^(m-2) by left-to-right square-and-multiply over the
//! fixed public exponent, so its schedule does not depend on `a`.

/// Most 16-bit digits of any supported modulus (P-384: 24).
pub const MAX_DIGITS: usize = 24;

/// Which Montgomery multiplier computes products.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Multiplier {
    /// The hardware-shaped reference: CIOS on 16-bit digits (16x16 products).
    Cios16,
    /// The fast path: CIOS on 64-bit limbs, checked equal to `Cios16` by tests.
    #[default]
    Cios64,
}

/// `a + b` with carry out.
#[inline(always)]
pub fn add_limbs<const L: usize>(a: &[u64; L], b: &[u64; L]) -> ([u64; L], u64) {
    let mut r = [0u64; L];
    let mut carry = 0u64;
    for i in 0..L {
        let (s1, c1) = a[i].overflowing_add(b[i]);
        let (s2, c2) = s1.overflowing_add(carry);
        r[i] = s2;
        carry = (c1 | c2) as u64;
    }
    (r, carry)
}

/// `a - b` with borrow out (1 when a < b).
#[inline(always)]
pub fn sub_limbs<const L: usize>(a: &[u64; L], b: &[u64; L]) -> ([u64; L], u64) {
    let mut r = [0u64; L];
    let mut borrow = 0u64;
    for i in 0..L {
        let (d1, b1) = a[i].overflowing_sub(b[i]);
        let (d2, b2) = d1.overflowing_sub(borrow);
        r[i] = d2;
        borrow = (b1 | b2) as u64;
    }
    (r, borrow)
}

/// `if choice { b } else { a }` by masking, without a branch on `choice`.
#[inline(always)]
pub fn select<const L: usize>(a: &[u64; L], b: &[u64; L], choice: u64) -> [u64; L] {
    let mask = 0u64.wrapping_sub(choice & 1);
    let mut r = [0u64; L];
    for i in 0..L {
        r[i] = a[i] ^ (mask & (a[i] ^ b[i]));
    }
    r
}

/// Whether `a == 0`, as 0/1.
#[inline(always)]
pub fn is_zero<const L: usize>(a: &[u64; L]) -> u64 {
    let acc = a.iter().fold(0u64, |acc, &x| acc | x);
    ((acc | acc.wrapping_neg()) >> 63) ^ 1
}

/// Whether `a < b`, as 0/1.
#[inline(always)]
pub fn less_than<const L: usize>(a: &[u64; L], b: &[u64; L]) -> u64 {
    sub_limbs(a, b).1
}

/// Big-endian bytes (any length; leading zero bytes allowed) to limbs, `None`
/// if the value needs more than `64·L` bits.
pub fn limbs_from_be<const L: usize>(bytes: &[u8]) -> Option<[u64; L]> {
    let first = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let bytes = &bytes[first..];
    if bytes.len() > 8 * L {
        return None;
    }
    let mut r = [0u64; L];
    for (i, &b) in bytes.iter().rev().enumerate() {
        r[i / 8] |= (b as u64) << (8 * (i % 8));
    }
    Some(r)
}

/// Limbs to `len` big-endian bytes (the value must fit; higher bytes are dropped).
pub fn limbs_to_be<const L: usize>(a: &[u64; L], len: usize) -> Vec<u8> {
    (0..len)
        .rev()
        .map(|i| if i / 8 < L { (a[i / 8] >> (8 * (i % 8))) as u8 } else { 0 })
        .collect()
}

/// Bit `i` of `a`, as 0/1.
#[inline(always)]
pub fn bit<const L: usize>(a: &[u64; L], i: usize) -> u64 {
    (a[i / 64] >> (i % 64)) & 1
}

/// Number of significant bits of `a`.
pub fn bit_len<const L: usize>(a: &[u64; L]) -> usize {
    for i in (0..L).rev() {
        if a[i] != 0 {
            return 64 * i + 64 - a[i].leading_zeros() as usize;
        }
    }
    0
}

/// A Montgomery domain modulo the odd `modulus`, with R = 2^(64·L).
#[derive(Clone, Debug)]
pub struct MontField<const L: usize> {
    /// The modulus m, little-endian limbs.
    pub modulus: [u64; L],
    /// m as 16-bit digits, little-endian (the RTL's operand memory layout).
    pub modulus_d16: [u32; MAX_DIGITS],
    /// -m^(-1) mod 2^16 (CIOS reduction factor for 16-bit digits).
    pub m_prime16: u32,
    /// -m^(-1) mod 2^64.
    pub m_prime64: u64,
    /// R mod m: the Montgomery form of 1.
    pub one: [u64; L],
    /// R² mod m: converts into Montgomery form.
    pub r2: [u64; L],
    /// m - 2: Fermat's inversion exponent.
    pub m_minus_2: [u64; L],
    /// Bit length of m.
    pub bits: usize,
}

impl<const L: usize> MontField<L> {
    /// Derives the Montgomery constants of an odd modulus with its top limb non-zero.
    pub fn new(modulus: [u64; L]) -> Self {
        assert!(4 * L <= MAX_DIGITS && modulus[0] & 1 == 1 && modulus[L - 1] != 0);
        // Newton iteration for m^(-1) mod 2^64: each step doubles the correct bits.
        let mut inv = 1u64;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(modulus[0].wrapping_mul(inv)));
        }
        let m_prime64 = inv.wrapping_neg();
        let mut modulus_d16 = [0u32; MAX_DIGITS];
        for (i, d) in modulus_d16.iter_mut().enumerate().take(4 * L) {
            *d = ((modulus[i / 4] >> (16 * (i % 4))) & 0xffff) as u32;
        }
        // R mod m and R² mod m by repeated modular doubling of 1.
        let double = |a: &[u64; L]| -> [u64; L] {
            let (s, c) = add_limbs(a, a);
            let (d, b) = sub_limbs(&s, &modulus);
            select(&s, &d, c | (b ^ 1))
        };
        let mut x = [0u64; L];
        x[0] = 1;
        for _ in 0..64 * L {
            x = double(&x);
        }
        let one = x;
        for _ in 0..64 * L {
            x = double(&x);
        }
        let mut two = [0u64; L];
        two[0] = 2;
        MontField {
            modulus,
            modulus_d16,
            m_prime16: (m_prime64 & 0xffff) as u32,
            m_prime64,
            one,
            r2: x,
            m_minus_2: sub_limbs(&modulus, &two).0,
            bits: bit_len(&modulus),
        }
    }

    /// Reduces `t + carry·R` (known to be < 2m) into [0, m).
    #[inline(always)]
    fn final_subtract(&self, t: &[u64; L], carry: u64) -> [u64; L] {
        let (d, borrow) = sub_limbs(t, &self.modulus);
        select(t, &d, carry | (borrow ^ 1))
    }

    /// Montgomery product a·b·R^(-1) mod m by CIOS on 16-bit digits: the hardware
    /// reference. Requires a < R and b < m (then the result is in [0, m)).
    pub fn mont_mul_cios16(&self, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        let s = 4 * L;
        let mut ad = [0u32; MAX_DIGITS];
        let mut bd = [0u32; MAX_DIGITS];
        for i in 0..s {
            ad[i] = ((a[i / 4] >> (16 * (i % 4))) & 0xffff) as u32;
            bd[i] = ((b[i / 4] >> (16 * (i % 4))) & 0xffff) as u32;
        }
        let md = &self.modulus_d16;
        let mut t = [0u32; MAX_DIGITS + 2];
        for &bi in bd.iter().take(s) {
            // Multiplication row: t += a·b[i].
            let mut c = 0u32;
            for j in 0..s {
                let x = t[j] + ad[j] * bi + c;
                t[j] = x & 0xffff;
                c = x >> 16;
            }
            let x = t[s] + c;
            t[s] = x & 0xffff;
            t[s + 1] = x >> 16;
            // Reduction row: m = t[0]·m' mod 2^16; t = (t + m·modulus) / 2^16.
            let m = t[0].wrapping_mul(self.m_prime16) & 0xffff;
            let x = t[0] + m * md[0];
            let mut c = x >> 16;
            for j in 1..s {
                let x = t[j] + m * md[j] + c;
                t[j - 1] = x & 0xffff;
                c = x >> 16;
            }
            let x = t[s] + c;
            t[s - 1] = x & 0xffff;
            t[s] = t[s + 1] + (x >> 16);
        }
        let mut r = [0u64; L];
        for i in 0..s {
            r[i / 4] |= (t[i] as u64) << (16 * (i % 4));
        }
        self.final_subtract(&r, t[s] as u64)
    }

    /// The same CIOS on 64-bit limbs (fast path, equal to [`Self::mont_mul_cios16`]).
    pub fn mont_mul_cios64(&self, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        let mut t = [0u64; L];
        let mut t_hi = 0u64; // t[L]
        for &bi in b.iter() {
            let mut c = 0u64;
            for j in 0..L {
                let x = t[j] as u128 + (a[j] as u128) * (bi as u128) + c as u128;
                t[j] = x as u64;
                c = (x >> 64) as u64;
            }
            let x = t_hi as u128 + c as u128;
            let t_lo = x as u64;
            let t_top = (x >> 64) as u64;
            let m = t[0].wrapping_mul(self.m_prime64);
            let x = t[0] as u128 + (m as u128) * (self.modulus[0] as u128);
            let mut c = (x >> 64) as u64;
            for j in 1..L {
                let x = t[j] as u128 + (m as u128) * (self.modulus[j] as u128) + c as u128;
                t[j - 1] = x as u64;
                c = (x >> 64) as u64;
            }
            let x = t_lo as u128 + c as u128;
            t[L - 1] = x as u64;
            t_hi = t_top + (x >> 64) as u64;
        }
        self.final_subtract(&t, t_hi)
    }

    /// Montgomery product by the chosen multiplier.
    #[inline(always)]
    pub fn mont_mul(&self, mult: Multiplier, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        match mult {
            Multiplier::Cios16 => self.mont_mul_cios16(a, b),
            Multiplier::Cios64 => self.mont_mul_cios64(a, b),
        }
    }

    /// (a + b) mod m for a, b in [0, m).
    #[inline(always)]
    pub fn add(&self, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        let (s, c) = add_limbs(a, b);
        self.final_subtract(&s, c)
    }

    /// (a - b) mod m for a, b in [0, m).
    #[inline(always)]
    pub fn sub(&self, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        let (d, borrow) = sub_limbs(a, b);
        let (e, _) = add_limbs(&d, &self.modulus);
        select(&d, &e, borrow)
    }

    /// a mod m for any a < 2m (one conditional subtraction).
    pub fn reduce_once(&self, a: &[u64; L]) -> [u64; L] {
        self.final_subtract(a, 0)
    }

    /// Big-endian bytes to an integer in [0, m), `None` if it is >= m or too long.
    pub fn from_be_checked(&self, bytes: &[u8]) -> Option<[u64; L]> {
        let a = limbs_from_be::<L>(bytes)?;
        (less_than(&a, &self.modulus) == 1).then_some(a)
    }
}

/// The kinds of operation an arithmetic unit executes, in order. The ladder's
/// schedule test compares sequences of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldOp {
    Mul,
    Add,
    Sub,
    Cswap,
}

/// Operation counts of an arithmetic unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpCounts {
    pub mul: u64,
    pub add: u64,
    pub sub: u64,
    pub cswap: u64,
}

/// One modular arithmetic unit: a [`MontField`], the multiplier in use, operation
/// counters and, optionally, a log of the operation kinds (for schedule tests).
#[derive(Clone, Debug)]
pub struct Alu<'f, const L: usize> {
    pub field: &'f MontField<L>,
    pub multiplier: Multiplier,
    pub counts: OpCounts,
    pub log: Option<Vec<FieldOp>>,
}

impl<'f, const L: usize> Alu<'f, L> {
    pub fn new(field: &'f MontField<L>, multiplier: Multiplier) -> Self {
        Alu { field, multiplier, counts: OpCounts::default(), log: None }
    }

    #[inline(always)]
    fn note(&mut self, op: FieldOp) {
        if let Some(log) = &mut self.log {
            log.push(op);
        }
    }

    /// Montgomery multiplication (squarings also go through the one multiplier).
    #[inline(always)]
    pub fn mul(&mut self, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        self.counts.mul += 1;
        self.note(FieldOp::Mul);
        self.field.mont_mul(self.multiplier, a, b)
    }

    #[inline(always)]
    pub fn add(&mut self, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        self.counts.add += 1;
        self.note(FieldOp::Add);
        self.field.add(a, b)
    }

    #[inline(always)]
    pub fn sub(&mut self, a: &[u64; L], b: &[u64; L]) -> [u64; L] {
        self.counts.sub += 1;
        self.note(FieldOp::Sub);
        self.field.sub(a, b)
    }

    /// Swaps `a` and `b` when `choice` is 1, arithmetically (mask and XOR).
    #[inline(always)]
    pub fn cswap(&mut self, a: &mut [u64; L], b: &mut [u64; L], choice: u64) {
        self.counts.cswap += 1;
        self.note(FieldOp::Cswap);
        let mask = 0u64.wrapping_sub(choice & 1);
        for i in 0..L {
            let t = mask & (a[i] ^ b[i]);
            a[i] ^= t;
            b[i] ^= t;
        }
    }

    /// Into Montgomery form: a·R mod m (a < R; a >= m is reduced too).
    pub fn to_mont(&mut self, a: &[u64; L]) -> [u64; L] {
        let r2 = self.field.r2;
        self.mul(a, &r2)
    }

    /// Out of Montgomery form: a·R^(-1) mod m.
    pub fn from_mont(&mut self, a: &[u64; L]) -> [u64; L] {
        let mut one = [0u64; L];
        one[0] = 1;
        self.mul(a, &one)
    }

    /// a^(m-2) = a^(-1) mod m (Fermat), Montgomery form in and out; 0 maps to 0.
    /// Left-to-right square-and-multiply over the public exponent m-2.
    pub fn invert(&mut self, a: &[u64; L]) -> [u64; L] {
        let e = self.field.m_minus_2;
        let mut x = self.field.one;
        for i in (0..self.field.bits).rev() {
            x = self.mul(&x, &x);
            if bit(&e, i) == 1 {
                x = self.mul(&x, a);
            }
        }
        x
    }
}
