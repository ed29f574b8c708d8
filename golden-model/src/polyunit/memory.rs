//! Where the unit keeps coefficient x (0..256) of a slot, for B lanes (2B banks):
//! bank `{parity(x >> β), x mod B}` (β = log2 B), row `x >> (β + 1)`; the bank address
//! is `slot · (128 / B) + row`. (See `rtl::ntt::unit` for why this is conflict-free;
//! [`super::Schedule::check`] proves it.)

fn beta(butterflies: usize) -> u32 {
    butterflies.trailing_zeros()
}

/// Bank of coefficient `x`.
pub fn bank_of(x: usize, butterflies: usize) -> usize {
    let b = beta(butterflies);
    let par = ((x >> b).count_ones() & 1) as usize;
    (par << b) | (x & (butterflies - 1))
}

/// Row of coefficient `x` within its slot's part of the bank.
pub fn row_of(x: usize, butterflies: usize) -> usize {
    x >> (beta(butterflies) + 1)
}

/// The (slot, coefficient) stored at `address` of `bank` (inverse of the mapping).
pub fn coefficient_at(bank: usize, address: usize, butterflies: usize) -> (usize, usize) {
    let b = beta(butterflies);
    let rows = 128 / butterflies;
    let (slot, row) = (address / rows, address % rows);
    let par = bank >> b;
    let xb = (par ^ (row.count_ones() as usize & 1)) & 1;
    (slot, (row << (b + 1)) | (xb << b) | (bank & (butterflies - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_is_a_bijection() {
        for bf in [1, 2, 4, 8] {
            let rows = 128 / bf;
            for slot in 0..4 {
                for x in 0..256 {
                    let (bk, row) = (bank_of(x, bf), row_of(x, bf));
                    assert!(bk < 2 * bf && row < rows);
                    assert_eq!(coefficient_at(bk, slot * rows + row, bf), (slot, x));
                }
            }
        }
    }
}
