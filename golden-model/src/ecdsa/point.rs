//! Complete projective point arithmetic for a = -3 (Renes, Costello, Batina,
//! "Complete addition formulas for prime order elliptic curves", EUROCRYPT 2016):
//! Algorithm 4 (addition) and Algorithm 6 (doubling). They hold for every pair of
//! inputs, the identity (0 : 1 : 0) included, so a ladder built on them has no
//! exceptional case and no data-dependent branch.
//!
//! Coordinates are homogeneous projective (X : Y : Z), x = X/Z, y = Y/Z, in
//! Montgomery form mod p. Cost: addition 12M + 2m_b + 29a, doubling 8M + 3S +
//! 2m_b + 21a (every product goes through the one multiplier: 14 and 13).

use super::field::Alu;

/// A point in homogeneous projective coordinates, Montgomery form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProjectivePoint<const L: usize> {
    pub x: [u64; L],
    pub y: [u64; L],
    pub z: [u64; L],
}

impl<const L: usize> ProjectivePoint<L> {
    /// The identity (0 : 1 : 0), given the Montgomery form of 1.
    pub fn identity(one: &[u64; L]) -> Self {
        ProjectivePoint { x: [0; L], y: *one, z: [0; L] }
    }

    /// The coordinates' limbs X, Y, Z in order (the trace's values).
    pub fn limbs(&self) -> impl Iterator<Item = u64> + '_ {
        self.x.iter().chain(self.y.iter()).chain(self.z.iter()).copied()
    }
}

/// P + Q by RCB16 Algorithm 4 (a = -3); `b` in Montgomery form.
pub fn add<const L: usize>(
    f: &mut Alu<'_, L>,
    b: &[u64; L],
    p: &ProjectivePoint<L>,
    q: &ProjectivePoint<L>,
) -> ProjectivePoint<L> {
    let (x1, y1, z1) = (&p.x, &p.y, &p.z);
    let (x2, y2, z2) = (&q.x, &q.y, &q.z);
    let mut t0 = f.mul(x1, x2); // 1
    let mut t1 = f.mul(y1, y2); // 2
    let mut t2 = f.mul(z1, z2); // 3
    let mut t3 = f.add(x1, y1); // 4
    let mut t4 = f.add(x2, y2); // 5
    t3 = f.mul(&t3, &t4); // 6
    t4 = f.add(&t0, &t1); // 7
    t3 = f.sub(&t3, &t4); // 8
    t4 = f.add(y1, z1); // 9
    let mut x3 = f.add(y2, z2); // 10
    t4 = f.mul(&t4, &x3); // 11
    x3 = f.add(&t1, &t2); // 12
    t4 = f.sub(&t4, &x3); // 13
    x3 = f.add(x1, z1); // 14
    let mut y3 = f.add(x2, z2); // 15
    x3 = f.mul(&x3, &y3); // 16
    y3 = f.add(&t0, &t2); // 17
    y3 = f.sub(&x3, &y3); // 18
    let mut z3 = f.mul(b, &t2); // 19
    x3 = f.sub(&y3, &z3); // 20
    z3 = f.add(&x3, &x3); // 21
    x3 = f.add(&x3, &z3); // 22
    z3 = f.sub(&t1, &x3); // 23
    x3 = f.add(&t1, &x3); // 24
    y3 = f.mul(b, &y3); // 25
    t1 = f.add(&t2, &t2); // 26
    t2 = f.add(&t1, &t2); // 27
    y3 = f.sub(&y3, &t2); // 28
    y3 = f.sub(&y3, &t0); // 29
    t1 = f.add(&y3, &y3); // 30
    y3 = f.add(&t1, &y3); // 31
    t1 = f.add(&t0, &t0); // 32
    t0 = f.add(&t1, &t0); // 33
    t0 = f.sub(&t0, &t2); // 34
    t1 = f.mul(&t4, &y3); // 35
    t2 = f.mul(&t0, &y3); // 36
    y3 = f.mul(&x3, &z3); // 37
    y3 = f.add(&y3, &t2); // 38
    x3 = f.mul(&t3, &x3); // 39
    x3 = f.sub(&x3, &t1); // 40
    z3 = f.mul(&t4, &z3); // 41
    t1 = f.mul(&t3, &t0); // 42
    z3 = f.add(&z3, &t1); // 43
    ProjectivePoint { x: x3, y: y3, z: z3 }
}

/// 2P by RCB16 Algorithm 6 (a = -3); `b` in Montgomery form.
pub fn double<const L: usize>(
    f: &mut Alu<'_, L>,
    b: &[u64; L],
    p: &ProjectivePoint<L>,
) -> ProjectivePoint<L> {
    let (x, y, z) = (&p.x, &p.y, &p.z);
    let mut t0 = f.mul(x, x); // 1
    let t1 = f.mul(y, y); // 2
    let mut t2 = f.mul(z, z); // 3
    let mut t3 = f.mul(x, y); // 4
    t3 = f.add(&t3, &t3); // 5
    let mut z3 = f.mul(x, z); // 6
    z3 = f.add(&z3, &z3); // 7
    let mut y3 = f.mul(b, &t2); // 8
    y3 = f.sub(&y3, &z3); // 9
    let mut x3 = f.add(&y3, &y3); // 10
    y3 = f.add(&x3, &y3); // 11
    x3 = f.sub(&t1, &y3); // 12
    y3 = f.add(&t1, &y3); // 13
    y3 = f.mul(&x3, &y3); // 14
    x3 = f.mul(&x3, &t3); // 15
    t3 = f.add(&t2, &t2); // 16
    t2 = f.add(&t2, &t3); // 17
    z3 = f.mul(b, &z3); // 18
    z3 = f.sub(&z3, &t2); // 19
    z3 = f.sub(&z3, &t0); // 20
    t3 = f.add(&z3, &z3); // 21
    z3 = f.add(&z3, &t3); // 22
    t3 = f.add(&t0, &t0); // 23
    t0 = f.add(&t3, &t0); // 24
    t0 = f.sub(&t0, &t2); // 25
    t0 = f.mul(&t0, &z3); // 26
    y3 = f.add(&y3, &t0); // 27
    t0 = f.mul(y, z); // 28
    t0 = f.add(&t0, &t0); // 29
    z3 = f.mul(&t0, &z3); // 30
    x3 = f.sub(&x3, &z3); // 31
    z3 = f.mul(&t0, &t1); // 32
    z3 = f.add(&z3, &z3); // 33
    z3 = f.add(&z3, &z3); // 34
    ProjectivePoint { x: x3, y: y3, z: z3 }
}
