//! ML-KEM against every ML-KEM Wycheproof file in ../shared/vectors/wycheproof,
//! through the golden engine (the runners are in `common/mlkem_vectors.rs`, shared
//! with the RTL's tests):
//!
//! * `mlkem_{512,768,1024}_test.json`: seed d ‖ z -> KeyGen, then Decaps(dk, c) -> K;
//! * `mlkem_{512,768,1024}_semi_expanded_decaps_test.json`: Decaps(dk, c) -> K;
//! * `mlkem_768_encaps_test.json`: Encaps(ek, m) -> (K, c) and the §7.2 key check.

#[path = "common/mlkem_vectors.rs"]
mod vectors;

use golden_model::engine::Golden;
use vectors::{encaps, keygen_decaps, semi_expanded_decaps};

#[test]
fn wycheproof_mlkem_512() {
    keygen_decaps(&mut Golden, "mlkem_512_test.json", 1);
}

#[test]
fn wycheproof_mlkem_768() {
    keygen_decaps(&mut Golden, "mlkem_768_test.json", 1);
}

#[test]
fn wycheproof_mlkem_1024() {
    keygen_decaps(&mut Golden, "mlkem_1024_test.json", 1);
}

#[test]
fn wycheproof_semi_expanded_decaps() {
    for n in [512, 768, 1024] {
        semi_expanded_decaps(&mut Golden, &format!("mlkem_{n}_semi_expanded_decaps_test.json"), 1);
    }
}

#[test]
fn wycheproof_mlkem_768_encaps() {
    encaps(&mut Golden, "mlkem_768_encaps_test.json", 1);
}

#[test]
fn every_mlkem_wycheproof_file_is_covered() {
    vectors::assert_every_file_covered();
}
