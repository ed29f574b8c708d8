//! ECDSA vector runners shared by the golden model's tests (`tests/ecdsa_vectors.rs`)
//! and the RTL's (`testbenches/tests/ecdsa_vectors_rtl.rs`): the ACVP responder and the
//! Wycheproof verdicts through any [`Engine`].

#![allow(dead_code)]

use acvp::{respond, strip_fields};
use engine::Engine;
use golden_model::ecdsa::der;
use golden_model::ecdsa::{EcCurve, HashAlg};
use serde_json::{json, Value};

pub const ACVP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/acvp");
pub const WYCHEPROOF: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/wycheproof");

pub fn load(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

pub fn h(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().unwrap()).unwrap()
}

pub fn supported_curve(name: &str) -> Option<EcCurve> {
    match name {
        "P-256" => Some(EcCurve::P256),
        "P-384" => Some(EcCurve::P384),
        _ => None,
    }
}

#[derive(Default, Debug)]
pub struct Counts {
    pub passed: usize,
    pub failed: usize,
    pub unsupported_groups: usize,
    pub unsupported_tests: usize,
}

impl Counts {
    pub fn report(&self, file: &str) {
        println!(
            "{file}: {} passed, {} failed, {} unsupported groups ({} tests)",
            self.passed, self.failed, self.unsupported_groups, self.unsupported_tests
        );
    }
}

/// Keeps every `every`-th test of each group (all when `every` is 1) of the groups
/// `keep` accepts.
fn sample(projection: &Value, every: usize, keep: &dyn Fn(&Value) -> bool) -> Value {
    let mut p = projection.clone();
    let groups: Vec<Value> = p["testGroups"].as_array().unwrap().iter().filter(|g| keep(g)).cloned().collect();
    p["testGroups"] = Value::Array(groups);
    if every > 1 {
        for g in p["testGroups"].as_array_mut().unwrap() {
            let tests: Vec<Value> = g["tests"].as_array().unwrap().iter().step_by(every).cloned().collect();
            g["tests"] = Value::Array(tests);
        }
    }
    p
}

/// Answers `file` (every `every`-th test per group) through `engine` with `outputs`
/// removed from the prompt (also in the array form), and calls `check(curve,
/// projection group, projection test, answered group, answered test)` on every
/// supported case; asserts the unsupported markers.
pub fn run_acvp(
    file: &str,
    outputs: &[&str],
    engine: &mut dyn Engine,
    every: usize,
    check: impl FnMut(EcCurve, &Value, &Value, &Value, &Value) -> bool,
) -> Counts {
    run_acvp_groups(file, outputs, engine, every, &|_| true, check)
}

/// [`run_acvp`] on the groups `keep` accepts.
pub fn run_acvp_groups(
    file: &str,
    outputs: &[&str],
    engine: &mut dyn Engine,
    every: usize,
    keep: &dyn Fn(&Value) -> bool,
    mut check: impl FnMut(EcCurve, &Value, &Value, &Value, &Value) -> bool,
) -> Counts {
    let projection = sample(&load(&format!("{ACVP}/{file}")), every, keep);
    let prompt = strip_fields(&projection, outputs);
    // Nothing of the outputs is left in the prompt.
    let text = prompt.to_string();
    for f in outputs {
        assert!(!text.contains(&format!("\"{f}\":")), "{file}: {f} left in the prompt");
    }
    let response = respond(&prompt, engine).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_eq!(response["algorithm"], projection["algorithm"]);
    assert_eq!(response["mode"], projection["mode"]);
    assert_eq!(response["revision"], "FIPS186-5");
    let mut c = Counts::default();
    let groups = projection["testGroups"].as_array().unwrap();
    let answered = response["testGroups"].as_array().unwrap();
    assert_eq!(groups.len(), answered.len());
    for (g, a) in groups.iter().zip(answered) {
        assert_eq!(g["tgId"], a["tgId"]);
        let tests = g["tests"].as_array().unwrap();
        let Some(curve) = supported_curve(g["curve"].as_str().unwrap()) else {
            assert_eq!(a["unsupported"], json!(format!("curve {}", g["curve"].as_str().unwrap())), "{file} tg {}", g["tgId"]);
            assert!(a.get("tests").is_none());
            c.unsupported_groups += 1;
            c.unsupported_tests += tests.len();
            continue;
        };
        let answers = a["tests"].as_array().unwrap_or_else(|| panic!("{file} tg {}: {a}", g["tgId"]));
        assert_eq!(tests.len(), answers.len());
        for (t, at) in tests.iter().zip(answers) {
            assert_eq!(t["tcId"], at["tcId"]);
            if check(curve, g, t, a, at) {
                c.passed += 1;
            } else {
                c.failed += 1;
                eprintln!("{file} tg {} tc {}: expected {t}, answered {at}", g["tgId"], t["tcId"]);
            }
        }
    }
    // The array form `[{acvVersion}, {vector set}]` is accepted too (golden only:
    // answering twice costs the RTL a second run).
    if engine.name() == "golden" {
        let arr = json!([{"acvVersion": "1.0"}, prompt]);
        let r2 = respond(&arr, engine).unwrap();
        assert_eq!(r2[0]["acvVersion"], "1.0");
        assert_eq!(r2[1]["testGroups"].as_array().unwrap().len(), answered.len());
    }
    c.report(file);
    c
}

/// Verification of a Wycheproof signature: strict DER (or P1363 r ‖ s of exactly 2·len
/// bytes) decoded here, the verdict from `engine`; a malformed encoding is `false`.
pub fn verify_encoded(
    engine: &mut dyn Engine,
    curve: EcCurve,
    hash: HashAlg,
    qx: &[u8],
    qy: &[u8],
    msg: &[u8],
    sig: &[u8],
    p1363: bool,
) -> bool {
    let len = curve.byte_len();
    let (r, s) = if p1363 {
        if sig.len() != 2 * len {
            return false;
        }
        (sig[..len].to_vec(), sig[len..].to_vec())
    } else {
        match der::decode_signature(sig) {
            Ok(rs) => rs,
            Err(_) => return false,
        }
    };
    engine.ecdsa_verify(curve, hash, qx, qy, msg, &r, &s).unwrap_or_else(|e| panic!("verify: {e}"))
}

/// Every `every`-th case of a Wycheproof ECDSA file: (valid, invalid, acceptable,
/// wrong verdicts).
pub fn run_wycheproof(file: &str, p1363: bool, engine: &mut dyn Engine, every: usize) -> (usize, usize, usize, usize) {
    let v = load(&format!("{WYCHEPROOF}/{file}"));
    let (mut valid, mut invalid, mut acceptable, mut failed) = (0, 0, 0, 0);
    let mut i = 0usize;
    for g in v["testGroups"].as_array().unwrap() {
        let key = &g["publicKey"];
        let curve = EcCurve::from_name(key["curve"].as_str().unwrap()).unwrap();
        let hash = HashAlg::from_name(g["sha"].as_str().unwrap()).unwrap();
        let (qx, qy) = (h(&key["wx"]), h(&key["wy"]));
        for t in g["tests"].as_array().unwrap() {
            i += 1;
            if (i - 1) % every != 0 {
                continue;
            }
            let (msg, sig) = (h(&t["msg"]), h(&t["sig"]));
            let ok = verify_encoded(engine, curve, hash, &qx, &qy, &msg, &sig, p1363);
            match t["result"].as_str().unwrap() {
                "valid" => {
                    valid += 1;
                    if !ok {
                        failed += 1;
                        eprintln!("{file} tc {} ({}): valid signature rejected", t["tcId"], t["comment"]);
                    }
                }
                "invalid" => {
                    invalid += 1;
                    if ok {
                        failed += 1;
                        eprintln!("{file} tc {} ({}): invalid signature accepted", t["tcId"], t["comment"]);
                    }
                }
                _ => {
                    acceptable += 1;
                    println!("{file} tc {} acceptable ({}): we answer {ok}", t["tcId"], t["comment"]);
                }
            }
        }
    }
    println!("{file}: {valid} valid + {invalid} invalid + {acceptable} acceptable, {failed} wrong verdicts");
    (valid, invalid, acceptable, failed)
}
