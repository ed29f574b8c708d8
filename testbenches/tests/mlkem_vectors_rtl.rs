//! Every NIST ACVP ML-KEM case (keyGen, encapDecap with both key checks) and every
//! Wycheproof ML-KEM file through the RTL engine (`mlkem_engine` behind `cosim::Rtl`):
//! the same runners and files as the golden model's tests
//! (`golden-model/tests/common/mlkem_vectors.rs`). `MLKEM_VECTORS_EVERY=n` runs every
//! n-th case of each group instead (a quick sample); the counts printed say how many ran.

#[path = "../../golden-model/tests/common/mlkem_vectors.rs"]
mod vectors;

use cosim::Rtl;

fn every() -> usize {
    std::env::var("MLKEM_VECTORS_EVERY").ok().and_then(|v| v.parse().ok()).unwrap_or(1)
}

#[test]
fn acvp_keygen_through_rtl() {
    let counts = vectors::run_acvp("ML-KEM-keyGen-FIPS203", &mut Rtl::new(), every());
    if every() == 1 {
        assert_eq!(counts.values().map(|c| c.1).sum::<usize>(), 75);
    }
    vectors::assert_all(&counts);
}

#[test]
fn acvp_encap_decap_through_rtl() {
    let counts = vectors::run_acvp("ML-KEM-encapDecap-FIPS203", &mut Rtl::new(), every());
    if every() == 1 {
        assert_eq!(counts.values().map(|c| c.1).sum::<usize>(), 165);
    }
    vectors::assert_all(&counts);
}

#[test]
fn wycheproof_keygen_decaps_through_rtl() {
    for f in ["mlkem_512_test.json", "mlkem_768_test.json", "mlkem_1024_test.json"] {
        vectors::keygen_decaps(&mut Rtl::new(), f, every());
    }
}

#[test]
fn wycheproof_decaps_and_encaps_through_rtl() {
    for n in [512, 768, 1024] {
        vectors::semi_expanded_decaps(&mut Rtl::new(), &format!("mlkem_{n}_semi_expanded_decaps_test.json"), every());
    }
    vectors::encaps(&mut Rtl::new(), "mlkem_768_encaps_test.json", every());
}

#[test]
fn every_wycheproof_file_is_run() {
    vectors::assert_every_file_covered();
}
