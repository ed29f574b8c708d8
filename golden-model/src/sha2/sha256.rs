//! The SHA-256 compression function on 32-bit words (FIPS 180-4 §4.1.2, §4.2.2, §6.2.2).
//!
//! Shaped like the hardware: the message schedule is a 16-word window
//! (W[t] for t >= 16 is computed in place, §6.2.2 step 1), one round per step.

/// K{256}: the first 32 bits of the fractional parts of the cube roots of the first
/// 64 primes (FIPS 180-4 §4.2.2).
pub const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// H(0) for SHA-256 (§5.3.3).
pub const H0_SHA256: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// H(0) for SHA-224 (§5.3.2).
pub const H0_SHA224: [u32; 8] = [
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
];

// §4.1.2 functions.
#[inline(always)]
fn ch(x: u32, y: u32, z: u32) -> u32 {
    (x & y) ^ (!x & z)
}
#[inline(always)]
fn maj(x: u32, y: u32, z: u32) -> u32 {
    (x & y) ^ (x & z) ^ (y & z)
}
#[inline(always)]
fn big_sigma0(x: u32) -> u32 {
    x.rotate_right(2) ^ x.rotate_right(13) ^ x.rotate_right(22)
}
#[inline(always)]
fn big_sigma1(x: u32) -> u32 {
    x.rotate_right(6) ^ x.rotate_right(11) ^ x.rotate_right(25)
}
#[inline(always)]
fn small_sigma0(x: u32) -> u32 {
    x.rotate_right(7) ^ x.rotate_right(18) ^ (x >> 3)
}
#[inline(always)]
fn small_sigma1(x: u32) -> u32 {
    x.rotate_right(17) ^ x.rotate_right(19) ^ (x >> 10)
}

/// SHA-256 hash computation on one 512-bit block (§6.2.2), updating `h` in place.
pub fn compress256(h: &mut [u32; 8], block: &[u8; 64]) {
    compress256_traced(h, block, |_, _| {})
}

/// As [`compress256`], handing the working variables (a..h) after each round t to
/// `on_round(t, state)`: the values the hardware's working registers hold (§6.2.2 step 3).
pub fn compress256_traced(h: &mut [u32; 8], block: &[u8; 64], mut on_round: impl FnMut(usize, [u32; 8])) {
    // Step 1: the schedule's first 16 words, big-endian (§3.1 item 3).
    let mut w = [0u32; 16];
    for (t, word) in w.iter_mut().enumerate() {
        *word = u32::from_be_bytes([block[4 * t], block[4 * t + 1], block[4 * t + 2], block[4 * t + 3]]);
    }
    // Step 2: the working variables.
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    // Step 3: 64 rounds; W[t] for t >= 16 overwrites W[t-16] in a 16-word window.
    for t in 0..64 {
        let wt = if t < 16 {
            w[t]
        } else {
            let v = small_sigma1(w[(t - 2) & 15])
                .wrapping_add(w[(t - 7) & 15])
                .wrapping_add(small_sigma0(w[(t - 15) & 15]))
                .wrapping_add(w[t & 15]);
            w[t & 15] = v;
            v
        };
        let t1 = hh
            .wrapping_add(big_sigma1(e))
            .wrapping_add(ch(e, f, g))
            .wrapping_add(K256[t])
            .wrapping_add(wt);
        let t2 = big_sigma0(a).wrapping_add(maj(a, b, c));
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
        on_round(t, [a, b, c, d, e, f, g, hh]);
    }
    // Step 4: the intermediate hash value H(i).
    for (hi, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *hi = hi.wrapping_add(v);
    }
}
