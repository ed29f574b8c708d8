//! The population report on a small population (the full 1,000 x 100 report is
//! `hsm puf report`, or `cargo test -p golden-model --release --test puf_report -- --ignored`).

use golden_model::puf::report::{population_report, ReportParams};

#[test]
fn quick_report_has_the_expected_figures_and_plots() {
    let r = population_report(&ReportParams::quick()).unwrap();
    println!("{r}");
    assert_eq!(r.bits, golden_model::puf::RESPONSE_BITS);
    // The built comparator (a tie takes a TRNG bit) removes the tie bias of the first
    // design's (a tie reads 0), and the code-offset bound clears 256 bits.
    assert!(r.entropy.mean_bias > r.entropy_ties_zero.mean_bias + 0.005, "{:?} {:?}", r.entropy, r.entropy_ties_zero);
    let k = golden_model::puf::SECRET_BYTES * 8;
    assert!(r.entropy.bound(k) >= 256.0, "bound {} bits", r.entropy.bound(k));
    assert!((r.uniqueness.mean - 0.5).abs() < 0.02, "{}", r.uniqueness);
    assert!((r.uniformity.mean - 0.5).abs() < 0.02, "{}", r.uniformity);
    assert!((r.bit_aliasing.mean - 0.5).abs() < 0.02, "{}", r.bit_aliasing);
    assert!(r.intra.mean > 0.005 && r.intra.mean < 0.04, "{}", r.intra);
    // Where failures are seen, the observed rate stays within a few sigma of the
    // bound averaged over the evaluations.
    for s in &r.sweep {
        let allowance = 4.0 * (s.bound.min(1.0) / s.trials as f64).sqrt() + 1.0 / s.trials as f64;
        assert!(s.failure_rate() <= s.bound + allowance, "{s:?}");
    }
    let text = r.to_string();
    for w in ["uniqueness", "reliability", "uniformity", "bit-aliasing", "key failures"] {
        assert!(text.contains(w), "{w}");
    }
    let dir = std::env::temp_dir().join(format!("puf-report-test-{}", std::process::id()));
    match golden_model::puf::plot::write_plots(&r, &dir) {
        Ok(paths) => {
            for p in paths {
                let bytes = std::fs::read(&p).unwrap();
                assert_eq!(&bytes[1..4], b"PNG", "{}", p.display());
                assert!(bytes.len() > 5000, "{}", p.display());
            }
        }
        Err(e) => panic!("plots: {e}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
#[ignore = "full population: 1,000 devices x 100 evaluations (about a minute in release)"]
fn full_report() {
    let r = population_report(&ReportParams::full()).unwrap();
    println!("{r}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/puf-report");
    let paths = golden_model::puf::plot::write_plots(&r, &dir).unwrap();
    println!("{paths:?}");
}
