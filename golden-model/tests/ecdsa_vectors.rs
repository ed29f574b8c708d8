//! ECDSA / DetECDSA against every NIST ACVP file (FIPS186-5) and every Wycheproof
//! ECDSA file under /work/shared/vectors, with counts printed per file
//! (`cargo test -p golden-model --test ecdsa_vectors -- --nocapture`).
//!
//! ACVP files are answered by the responder through the golden engine from the
//! prompt's inputs alone (outputs removed with `acvp::strip_fields`); groups for
//! curves the model does not implement must come back with an `unsupported` marker
//! and are counted separately. The signature files are also run directly through
//! the 16-bit-digit reference multiplier.
//!
//! Wycheproof policy: `valid` must verify and `invalid` must not; `acceptable`
//! (none occur in these four files) would be counted and reported with our verdict
//! (strict DER rejects BER leniencies, so we would answer `false`). DER is strict.

#[path = "common/ecdsa_vectors.rs"]
mod common;

use acvp::respond;
use common::{h, load, supported_curve, ACVP};
use golden_model::ecdsa::field::less_than;
use golden_model::ecdsa::{p256, p384, EcCurve, Ecdsa, HashAlg, Multiplier};
use golden_model::engine::Golden;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use serde_json::{json, Value};

fn run_acvp_golden(
    file: &str,
    outputs: &[&str],
    check: impl FnMut(EcCurve, &Value, &Value, &Value, &Value) -> bool,
) -> common::Counts {
    common::run_acvp(file, outputs, &mut Golden, 1, check)
}

/// Q = dG checked by RustCrypto (independent of the model).
fn rustcrypto_public_key(curve: EcCurve, d: &[u8]) -> (Vec<u8>, Vec<u8>) {
    match curve {
        EcCurve::P256 => {
            let p = p256::SecretKey::from_slice(d).unwrap().public_key().to_encoded_point(false);
            (p.x().unwrap().to_vec(), p.y().unwrap().to_vec())
        }
        EcCurve::P384 => {
            let p = p384::SecretKey::from_slice(d).unwrap().public_key().to_encoded_point(false);
            (p.x().unwrap().to_vec(), p.y().unwrap().to_vec())
        }
    }
}

fn in_range_1_to_n_minus_1(curve: EcCurve, d: &[u8]) -> bool {
    match curve {
        EcCurve::P256 => {
            let v = golden_model::ecdsa::field::limbs_from_be::<4>(d).unwrap();
            v != [0; 4] && less_than(&v, &p256().fnn.modulus) == 1
        }
        EcCurve::P384 => {
            let v = golden_model::ecdsa::field::limbs_from_be::<6>(d).unwrap();
            v != [0; 6] && less_than(&v, &p384().fnn.modulus) == 1
        }
    }
}

#[test]
fn acvp_keygen() {
    let mut ds = Vec::new();
    let c = run_acvp_golden("ECDSA-KeyGen-FIPS186-5/internalProjection.json", &["d", "qx", "qy"], |curve, _g, t, _a, at| {
        // A fresh key pair: d in [1, n-1], Q = dG (by RustCrypto), Q valid.
        let (d, qx, qy) = (h(&at["d"]), h(&at["qx"]), h(&at["qy"]));
        ds.push(d.clone());
        d.len() == curve.byte_len()
            && in_range_1_to_n_minus_1(curve, &d)
            && rustcrypto_public_key(curve, &d) == (qx.clone(), qy.clone())
            && Ecdsa::new(curve).validate_public_key(&qx, &qy).is_ok()
            && d != h(&t["d"])
    });
    assert_eq!((c.passed, c.failed), (12, 0));
    assert_eq!((c.unsupported_groups, c.unsupported_tests), (20, 60));
    ds.sort();
    ds.dedup();
    assert_eq!(ds.len(), 12, "every key pair is fresh");
}

#[test]
fn acvp_keyver() {
    let c = run_acvp_golden("ECDSA-KeyVer-FIPS186-5/internalProjection.json", &["testPassed", "reason", "d"], |_c, _g, t, _a, at| {
        at["testPassed"] == t["testPassed"]
    });
    assert_eq!((c.passed, c.failed), (6, 0));
    assert_eq!((c.unsupported_groups, c.unsupported_tests), (10, 30));
}

#[test]
fn acvp_siggen_with_given_k() {
    let c = run_acvp_golden(
        "ECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json",
        &["r", "s"],
        |_c, g, t, a, at| at["r"] == t["r"] && at["s"] == t["s"] && a["qx"] == g["qx"] && a["qy"] == g["qy"],
    );
    assert_eq!((c.passed, c.failed, c.unsupported_groups), (240, 0, 0));
}

#[test]
fn acvp_detecdsa_siggen() {
    let c = run_acvp_golden(
        "DetECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json",
        &["r", "s", "k"],
        |_c, _g, t, _a, at| at["r"] == t["r"] && at["s"] == t["s"],
    );
    assert_eq!((c.passed, c.failed, c.unsupported_groups), (220, 0, 0));
}

#[test]
fn acvp_siggen_as_a_real_prompt() {
    // The prompt a module under validation receives: no key, no k. The responder
    // draws both; each signature must verify under the group's answered key.
    let c = run_acvp_golden(
        "ECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json",
        &["r", "s", "k", "d", "qx", "qy"],
        |curve, g, t, a, at| {
            let hash = HashAlg::from_name(g["hashAlg"].as_str().unwrap()).unwrap();
            let (qx, qy) = (h(&a["qx"]), h(&a["qy"]));
            at["r"] != t["r"]
                && Ecdsa::new(curve).verify(hash, &qx, &qy, &h(&t["message"]), &h(&at["r"]), &h(&at["s"]))
        },
    );
    assert_eq!((c.passed, c.failed), (240, 0));
}

#[test]
fn acvp_sigver() {
    let c = run_acvp_golden("ECDSA-SigVer-FIPS186-5/internalProjection.json", &["testPassed", "reason", "d"], |_c, _g, t, _a, at| {
        at["testPassed"] == t["testPassed"]
    });
    assert_eq!((c.passed, c.failed), (98, 0));
    assert_eq!((c.unsupported_groups, c.unsupported_tests), (14, 98));
}

#[test]
fn acvp_signatures_through_the_16_bit_reference_multiplier() {
    // The hardware-shaped CIOS-16 multiplier on every supported ACVP signature case.
    let mut n = 0;
    for (file, det) in [
        ("ECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json", false),
        ("DetECDSA-SigGen-FIPS186-5/internalProjection.p256-p384.trimmed.json", true),
    ] {
        let p = load(&format!("{ACVP}/{file}"));
        for g in p["testGroups"].as_array().unwrap() {
            let curve = supported_curve(g["curve"].as_str().unwrap()).unwrap();
            let e = Ecdsa::with_multiplier(curve, Multiplier::Cios16);
            let hash = HashAlg::from_name(g["hashAlg"].as_str().unwrap()).unwrap();
            let d = h(&g["d"]);
            assert_eq!(e.public_key(&d).unwrap(), (h(&g["qx"]), h(&g["qy"])));
            for t in g["tests"].as_array().unwrap() {
                let msg = h(&t["message"]);
                let sig = if det {
                    let (sig, k) = e.sign_deterministic(hash, &d, &msg).unwrap();
                    assert_eq!(k, h(&t["k"]), "{file} tc {}", t["tcId"]);
                    sig
                } else {
                    e.sign(hash, &d, &msg, &h(&t["k"])).unwrap()
                };
                assert_eq!((sig.r, sig.s), (h(&t["r"]), h(&t["s"])), "{file} tc {}", t["tcId"]);
                n += 1;
            }
        }
    }
    let p = load(&format!("{ACVP}/ECDSA-SigVer-FIPS186-5/internalProjection.json"));
    for g in p["testGroups"].as_array().unwrap() {
        let Some(curve) = supported_curve(g["curve"].as_str().unwrap()) else { continue };
        let e = Ecdsa::with_multiplier(curve, Multiplier::Cios16);
        let hash = HashAlg::from_name(g["hashAlg"].as_str().unwrap()).unwrap();
        for t in g["tests"].as_array().unwrap() {
            let ok = e.verify(hash, &h(&t["qx"]), &h(&t["qy"]), &h(&t["message"]), &h(&t["r"]), &h(&t["s"]));
            assert_eq!(json!(ok), t["testPassed"], "sigVer tc {}", t["tcId"]);
            n += 1;
        }
    }
    println!("CIOS-16 reference multiplier: {n} ACVP signature cases passed");
    assert_eq!(n, 240 + 220 + 98);
}

#[test]
fn wycheproof_p256_der() {
    assert_eq!(common::run_wycheproof("ecdsa_secp256r1_sha256_test.json", false, &mut Golden, 1), (174, 310, 0, 0));
}

#[test]
fn wycheproof_p256_p1363() {
    assert_eq!(common::run_wycheproof("ecdsa_secp256r1_sha256_p1363_test.json", true, &mut Golden, 1), (173, 89, 0, 0));
}

#[test]
fn wycheproof_p384_der() {
    assert_eq!(common::run_wycheproof("ecdsa_secp384r1_sha384_test.json", false, &mut Golden, 1), (194, 310, 0, 0));
}

#[test]
fn wycheproof_p384_p1363() {
    assert_eq!(common::run_wycheproof("ecdsa_secp384r1_sha384_p1363_test.json", true, &mut Golden, 1), (193, 87, 0, 0));
}

#[test]
fn acvp_unsupported_markers_and_field_errors() {
    let prompt = json!({
        "vsId": 7, "algorithm": "ECDSA", "mode": "sigVer", "revision": "FIPS186-5",
        "testGroups": [
            {"tgId": 1, "curve": "P-256", "hashAlg": "SHA-1", "tests": [{"tcId": 1}]},
            {"tgId": 2, "curve": "B-233", "hashAlg": "SHA2-256", "tests": [{"tcId": 2}]},
        ]
    });
    let r = respond(&prompt, &mut Golden).unwrap();
    assert_eq!(r["vsId"], 7);
    assert_eq!(r["testGroups"][0], json!({"tgId": 1, "unsupported": "hashAlg SHA-1"}));
    assert_eq!(r["testGroups"][1], json!({"tgId": 2, "unsupported": "curve B-233"}));
    let component = json!({
        "algorithm": "ECDSA", "mode": "sigGen", "revision": "FIPS186-5",
        "testGroups": [{"tgId": 3, "curve": "P-384", "hashAlg": "SHA2-384", "componentTest": true, "tests": []}]
    });
    let r = respond(&component, &mut Golden).unwrap();
    assert_eq!(r["testGroups"][0], json!({"tgId": 3, "unsupported": "componentTest"}));
    // A missing input names its path; a bad d is an engine error naming the case.
    let missing = json!({
        "algorithm": "ECDSA", "mode": "sigVer", "revision": "FIPS186-5",
        "testGroups": [{"tgId": 4, "curve": "P-256", "hashAlg": "SHA2-256", "tests": [{"tcId": 9, "message": "00"}]}]
    });
    let e = respond(&missing, &mut Golden).unwrap_err().to_string();
    assert!(e.contains("testGroups[0].tests[0].qx"), "{e}");
    let bad_d = json!({
        "algorithm": "DetECDSA", "mode": "sigGen", "revision": "FIPS186-5",
        "testGroups": [{"tgId": 5, "curve": "P-256", "hashAlg": "SHA2-256", "d": "00", "tests": [{"tcId": 1, "message": "00"}]}]
    });
    let e = respond(&bad_d, &mut Golden).unwrap_err().to_string();
    assert!(e.contains("testGroups[0]") && e.contains("d is not in [1, n-1]"), "{e}");
    // SP 800-106 randomized hashing is refused, naming the field, in sigGen and sigVer.
    for mode in ["sigGen", "sigVer"] {
        let randomized = json!({
            "algorithm": "ECDSA", "mode": mode, "revision": "FIPS186-5",
            "testGroups": [{"tgId": 6, "curve": "P-256", "hashAlg": "SHA2-256", "conformance": "SP800-106", "d": "01",
                "tests": [{"tcId": 1, "message": "00", "randomValue": "00", "randomValueLen": 8}]}]
        });
        let e = respond(&randomized, &mut Golden).unwrap_err().to_string();
        assert!(e.contains("testGroups[0].conformance") && e.contains("SP800-106"), "{mode}: {e}");
    }
    // DetECDSA has no keyGen / sigVer of its own.
    let det_ver = json!({"algorithm": "DetECDSA", "mode": "sigVer", "revision": "FIPS186-5", "testGroups": []});
    assert!(respond(&det_ver, &mut Golden).is_err());
}
