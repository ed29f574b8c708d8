//! The NIST ACVP ECDSA files (keyGen, keyVer, sigGen with the given k and as a real
//! prompt, sigVer, DetECDSA sigGen over SHA-256/384/512) and the four Wycheproof ECDSA files (DER and P1363, P-256 and
//! P-384) through the RTL engine (`ecc_engine` behind `cosim::Rtl`, digests on
//! `sha2_engine`), with the golden model's runners
//! (`golden-model/tests/common/ecdsa_vectors.rs`). Every verdict must be right.
//!
//! By default every 8th case of each group and file runs (a sample per curve and
//! function, about 2 minutes on 2 cores); `ECDSA_VECTORS_EVERY=1` runs every case.

#[path = "../../golden-model/tests/common/ecdsa_vectors.rs"]
mod common;

use common::{h, run_acvp, run_acvp_groups, run_wycheproof};
use cosim::Rtl;
use golden_model::ecdsa::{Ecdsa, HashAlg};

fn every() -> usize {
    std::env::var("ECDSA_VECTORS_EVERY").ok().and_then(|v| v.parse().ok()).unwrap_or(8)
}

#[test]
fn acvp_keygen_through_rtl() {
    let c = run_acvp("ECDSA-KeyGen-FIPS186-5/internalProjection.json", &["d", "qx", "qy"], &mut Rtl::new(), every(), |curve, _g, _t, _a, at| {
        // A fresh d from the responder; Q = dG by the RTL must equal the golden Q.
        let (d, qx, qy) = (h(&at["d"]), h(&at["qx"]), h(&at["qy"]));
        Ecdsa::new(curve).public_key(&d).is_ok_and(|q| q == (qx, qy))
    });
    assert!(c.passed > 0 && c.failed == 0, "{c:?}");
}

#[test]
fn acvp_keyver_through_rtl() {
    let c = run_acvp("ECDSA-KeyVer-FIPS186-5/internalProjection.json", &["testPassed", "reason", "d"], &mut Rtl::new(), every(), |_c, _g, t, _a, at| {
        at["testPassed"] == t["testPassed"]
    });
    assert!(c.passed > 0 && c.failed == 0, "{c:?}");
}

#[test]
fn acvp_siggen_with_given_k_through_rtl() {
    let c = run_acvp(
        "ECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json",
        &["r", "s"],
        &mut Rtl::new(),
        every(),
        |_c, g, t, a, at| at["r"] == t["r"] && at["s"] == t["s"] && a["qx"] == g["qx"] && a["qy"] == g["qy"],
    );
    assert!(c.passed > 0 && c.failed == 0, "{c:?}");
    if every() == 1 {
        assert_eq!(c.passed, 240);
    }
}

#[test]
fn acvp_siggen_as_a_real_prompt_through_rtl() {
    // No key, no k in the prompt: the responder draws both, the RTL signs, the golden
    // model verifies under the answered key.
    let c = run_acvp(
        "ECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json",
        &["r", "s", "k", "d", "qx", "qy"],
        &mut Rtl::new(),
        if every() == 1 { 1 } else { every() * 4 },
        |curve, g, t, a, at| {
            let hash = HashAlg::from_name(g["hashAlg"].as_str().unwrap()).unwrap();
            Ecdsa::new(curve).verify(hash, &h(&a["qx"]), &h(&a["qy"]), &h(&t["message"]), &h(&at["r"]), &h(&at["s"]))
        },
    );
    assert!(c.passed > 0 && c.failed == 0, "{c:?}");
}

/// DetECDSA: k from the RFC 6979 generator inside `ecc_engine` (HMAC on its own SHA-2
/// engine). The generator runs HMAC-SHA-256/384/512, so the groups over those hashes
/// run (6 of 20; the others are golden-model only).
#[test]
fn acvp_detecdsa_siggen_through_rtl() {
    let hw = |g: &serde_json::Value| matches!(g["hashAlg"].as_str(), Some("SHA2-256" | "SHA2-384" | "SHA2-512"));
    let c = run_acvp_groups(
        "DetECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json",
        &["r", "s", "k"],
        &mut Rtl::new(),
        every(),
        &hw,
        |_c, _g, t, _a, at| at["r"] == t["r"] && at["s"] == t["s"],
    );
    assert!(c.passed > 0 && c.failed == 0, "{c:?}");
    if every() == 1 {
        assert_eq!(c.passed, 66);
    }
}

/// The whole DetECDSA file through `hsm acvp --engine rtl`'s responder: the groups over
/// hashes the generator does not run come back marked unsupported, the others right.
#[test]
fn acvp_detecdsa_other_hashes_are_marked_unsupported_on_rtl() {
    use acvp::{respond, strip_fields};
    let file = common::load(&format!("{}/DetECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json", common::ACVP));
    // One test per group keeps it short.
    let mut p = file.clone();
    for g in p["testGroups"].as_array_mut().unwrap() {
        let first = g["tests"][0].clone();
        g["tests"] = serde_json::json!([first]);
    }
    let prompt = strip_fields(&p, &["r", "s", "k"]);
    let r = respond(&prompt, &mut Rtl::new()).unwrap();
    let (mut marked, mut answered) = (0, 0);
    for (g, a) in p["testGroups"].as_array().unwrap().iter().zip(r["testGroups"].as_array().unwrap()) {
        if matches!(g["hashAlg"].as_str(), Some("SHA2-256" | "SHA2-384" | "SHA2-512")) {
            assert_eq!(a["tests"][0]["r"], g["tests"][0]["r"]);
            answered += 1;
        } else {
            assert!(a["unsupported"].as_str().unwrap().contains("DetECDSA"), "{a}");
            marked += 1;
        }
    }
    assert_eq!((answered, marked), (12, 28));
}

#[test]
fn acvp_sigver_through_rtl() {
    let c = run_acvp("ECDSA-SigVer-FIPS186-5/internalProjection.json", &["testPassed", "reason", "d"], &mut Rtl::new(), every(), |_c, _g, t, _a, at| {
        at["testPassed"] == t["testPassed"]
    });
    assert!(c.passed > 0 && c.failed == 0, "{c:?}");
    if every() == 1 {
        assert_eq!(c.passed, 98);
    }
}

#[test]
fn wycheproof_through_rtl() {
    let full = every() == 1;
    for (file, p1363, want) in [
        ("ecdsa_secp256r1_sha256_test.json", false, (174, 310)),
        ("ecdsa_secp256r1_sha256_p1363_test.json", true, (173, 89)),
        ("ecdsa_secp384r1_sha384_test.json", false, (194, 310)),
        ("ecdsa_secp384r1_sha384_p1363_test.json", true, (193, 87)),
    ] {
        let (valid, invalid, acceptable, wrong) = run_wycheproof(file, p1363, &mut Rtl::new(), every());
        assert_eq!((acceptable, wrong), (0, 0), "{file}");
        assert!(valid > 0 && invalid > 0, "{file}: a sample of both verdicts");
        if full {
            assert_eq!((valid, invalid), want, "{file}");
        }
    }
}
