//! Keccak-f[1600] (FIPS 202 §3.2, §3.3).

use crate::trace::{Checkpoint, Trace};

/// Number of rounds of Keccak-f[1600] (FIPS 202 §3.3, n_r = 12 + 2l, l = 6).
pub const ROUNDS: usize = 24;

/// Round constants RC[i_r] (FIPS 202 §3.2.5, Algorithm 5 evaluated).
pub const RC: [u64; ROUNDS] = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
    0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
];

/// ρ offsets per lane `x + 5*y` (FIPS 202 §3.2.2, Table 2).
pub const RHO: [u32; 25] = [
    0, 1, 62, 28, 27, //
    36, 44, 6, 55, 20, //
    3, 10, 43, 25, 39, //
    41, 45, 15, 21, 8, //
    18, 2, 61, 56, 14,
];

/// One round Rnd(A, i_r) = ι(χ(π(ρ(θ(A))))) (FIPS 202 §3.3).
#[inline]
pub fn round(a: &mut [u64; 25], rc: u64) {
    // θ (§3.2.1)
    let mut c = [0u64; 5];
    for x in 0..5 {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    }
    for x in 0..5 {
        let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
        for y in 0..5 {
            a[x + 5 * y] ^= d;
        }
    }
    // ρ and π (§3.2.2, §3.2.3): B[y, 2x+3y] = rot(A[x, y], r[x, y])
    let mut b = [0u64; 25];
    for x in 0..5 {
        for y in 0..5 {
            b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(RHO[x + 5 * y]);
        }
    }
    // χ (§3.2.4)
    for y in 0..5 {
        for x in 0..5 {
            a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
        }
    }
    // ι (§3.2.5)
    a[0] ^= rc;
}

/// Keccak-f[1600] (FIPS 202 §3.3, Algorithm 7).
pub fn keccak_f1600(a: &mut [u64; 25]) {
    for rc in RC {
        round(a, rc);
    }
}

/// Cycles of one permutation in the RTL core, from the edge that samples `start` (and
/// absorbs the block's last word) to `done`: that edge, then 24 / `rounds_per_clock`
/// steps.
pub const fn permutation_cycles(rounds_per_clock: usize) -> u64 {
    1 + (ROUNDS / rounds_per_clock) as u64
}

/// Keccak-f[1600] as the RTL core runs it: `rounds_per_clock` rounds per clock.
///
/// Schedule (the contract with `rtl::keccak`): the edge that samples `start` (cycle 0)
/// absorbs and arms the run flag; the rounds start in cycle 1, on the registered state,
/// and after edge `1 + s` (s = 1 ..= 24 / rounds_per_clock) the state register holds
/// the state after rounds `0 .. s*rounds_per_clock`. Each of those is a checkpoint
/// `keccak/round`, `index` = last round done, at `cycle0 + 1 + s`.
pub fn keccak_f1600_traced<T: Trace>(
    a: &mut [u64; 25],
    rounds_per_clock: usize,
    cycle0: u64,
    trace: &mut T,
) {
    assert!(
        rounds_per_clock > 0 && ROUNDS % rounds_per_clock == 0,
        "rounds per clock must divide 24"
    );
    for (i, rc) in RC.iter().enumerate() {
        round(a, *rc);
        if T::ENABLED && (i + 1) % rounds_per_clock == 0 {
            trace.checkpoint(Checkpoint {
                block: "keccak",
                name: "round",
                index: i,
                cycle: Some(cycle0 + 1 + ((i + 1) / rounds_per_clock) as u64),
                values: a.to_vec(),
            });
        }
    }
}
