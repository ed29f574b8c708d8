//! ML-DSA against every NIST ACVP vector (FIPS204 revision) in ../shared/vectors,
//! answered through the ACVP responder and the golden engine from the prompt's
//! inputs alone, then compared with the expected outputs:
//!
//! * keyGen: the internal projection with `pk`, `sk` stripped;
//! * sigGen: the (trimmed) prompt; answers matched by tcId against expectedResults;
//! * sigVer: the internal projection with `testPassed` and `reason` stripped (`pk`
//!   and `sk` are inputs there and stay).

use acvp::{respond, strip_fields, AcvpError};
use golden_model::engine::Golden;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

const VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/acvp");

fn load(rel: &str) -> Value {
    let path = format!("{VECTORS}/{rel}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// Every expected test case by tcId, with its group's parameter set as a label.
fn cases(v: &Value) -> HashMap<u64, (String, Value)> {
    let mut m = HashMap::new();
    for g in v["testGroups"].as_array().unwrap() {
        let label = format!(
            "{} {}",
            g["parameterSet"].as_str().unwrap_or("?"),
            [
                g.get("signatureInterface"),
                g.get("preHash"),
                g.get("externalMu"),
                g.get("deterministic")
            ]
            .iter()
            .flatten()
            .map(|x| x.to_string().replace('"', ""))
            .collect::<Vec<_>>()
            .join("/")
        );
        for t in g["tests"].as_array().unwrap() {
            m.insert(t["tcId"].as_u64().unwrap(), (label.clone(), t.clone()));
        }
    }
    m
}

/// Compares the response's `fields` with `expected` (tcId → case); returns counts
/// (passed, total) per label and prints them.
fn compare(
    name: &str,
    response: &Value,
    labels: &HashMap<u64, (String, Value)>,
    expected: &HashMap<u64, (String, Value)>,
    fields: &[&str],
) -> (usize, usize) {
    assert_eq!(response["algorithm"], "ML-DSA");
    assert_eq!(response["revision"], "FIPS204");
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut seen = 0;
    for g in response["testGroups"].as_array().unwrap() {
        for ans in g["tests"].as_array().unwrap() {
            let id = ans["tcId"].as_u64().unwrap();
            let (_, exp) = &expected[&id];
            let label = &labels[&id].0;
            let e = counts.entry(label.clone()).or_default();
            e.1 += 1;
            seen += 1;
            let ok = fields.iter().all(|f| {
                let (x, o) = (&exp[*f], &ans[*f]);
                assert!(!x.is_null(), "expected {f} missing in tcId {id}");
                match (x.as_str(), o.as_str()) {
                    (Some(x), Some(o)) => x.eq_ignore_ascii_case(o),
                    _ => x == o,
                }
            });
            if ok {
                e.0 += 1;
            } else {
                eprintln!("{name}: tcId {id} ({label}) differs");
            }
        }
    }
    assert_eq!(seen, expected.len(), "{name}: every expected case answered");
    let (mut p, mut n) = (0, 0);
    for (label, (a, b)) in &counts {
        println!("{name} {label}: {a}/{b} passed");
        p += a;
        n += b;
    }
    println!("{name}: {p}/{n} passed");
    (p, n)
}

#[test]
fn acvp_keygen() {
    let proj = load("ML-DSA-keyGen-FIPS204/internalProjection.json");
    let prompt = strip_fields(&proj, &["pk", "sk"]);
    assert!(!prompt.to_string().contains("\"pk\""));
    let response = respond(&prompt, &mut Golden).unwrap();
    assert_eq!(response["mode"], "keyGen");
    let exp = cases(&proj);
    let (p, n) = compare("keyGen", &response, &exp, &exp, &["pk", "sk"]);
    assert_eq!((p, n), (75, 75));
}

#[test]
fn acvp_siggen() {
    let prompt = load("ML-DSA-sigGen-FIPS204/prompt.trimmed.json");
    let results = load("ML-DSA-sigGen-FIPS204/expectedResults.trimmed.json");
    assert!(!prompt.to_string().contains("\"signature\""));
    let response = respond(&prompt, &mut Golden).unwrap();
    assert_eq!(response["mode"], "sigGen");
    let (p, n) = compare(
        "sigGen",
        &response,
        &cases(&prompt),
        &cases(&results),
        &["signature"],
    );
    assert_eq!((p, n), (180, 180));
}

#[test]
fn acvp_sigver() {
    let proj = load("ML-DSA-sigVer-FIPS204/internalProjection.json");
    let prompt = strip_fields(&proj, &["testPassed", "reason"]);
    let response = respond(&prompt, &mut Golden).unwrap();
    assert_eq!(response["mode"], "sigVer");
    let exp = cases(&proj);
    let (p, n) = compare("sigVer", &response, &exp, &exp, &["testPassed"]);
    assert_eq!((p, n), (180, 180));
    // Both verdicts occur, so a responder answering constantly would fail.
    let passed = exp
        .values()
        .filter(|(_, t)| t["testPassed"] == json!(true))
        .count();
    assert_eq!(passed, 36);
}

/// Unknown parameter sets, interfaces and hash algorithms are errors naming the field.
#[test]
fn acvp_bad_prompts_name_the_field() {
    let base = load("ML-DSA-sigVer-FIPS204/internalProjection.json");
    let mut p = base.clone();
    p["testGroups"][0]["parameterSet"] = json!("ML-DSA-99");
    match respond(&p, &mut Golden) {
        Err(AcvpError::Field { path, .. }) => assert_eq!(path, "testGroups[0].parameterSet"),
        other => panic!("{other:?}"),
    }
    let mut p = base.clone();
    p["testGroups"][2]["signatureInterface"] = json!("sideways");
    match respond(&p, &mut Golden) {
        Err(AcvpError::Field { path, .. }) => assert_eq!(path, "testGroups[2].signatureInterface"),
        other => panic!("{other:?}"),
    }
    let mut p = base.clone();
    p["testGroups"][0]["preHash"] = json!("sometimes");
    match respond(&p, &mut Golden) {
        Err(AcvpError::Field { path, .. }) => assert_eq!(path, "testGroups[0].preHash"),
        other => panic!("{other:?}"),
    }
    let mut p = base.clone();
    p["testGroups"][1]["tests"][3]["hashAlg"] = json!("MD5");
    match respond(&p, &mut Golden) {
        Err(AcvpError::Field { path, .. }) => assert_eq!(path, "testGroups[1].tests[3].hashAlg"),
        other => panic!("{other:?}"),
    }
    let mut p = base.clone();
    p["testGroups"][6]["tests"][0]["mu"] = json!("00");
    match respond(&p, &mut Golden) {
        Err(AcvpError::Field { path, .. }) => assert_eq!(path, "testGroups[6].tests[0].mu"),
        other => panic!("{other:?}"),
    }
    let mut p = base;
    p["mode"] = json!("sigSomething");
    assert!(matches!(
        respond(&p, &mut Golden),
        Err(AcvpError::UnknownAlgorithm { .. })
    ));
    // A sigGen private key of the wrong length is an engine error naming the case.
    let mut g = load("ML-DSA-sigGen-FIPS204/prompt.trimmed.json");
    g["testGroups"][0]["tests"][1]["sk"] = json!("00");
    match respond(&g, &mut Golden) {
        Err(AcvpError::Engine { path, .. }) => assert_eq!(path, "testGroups[0].tests[1]"),
        other => panic!("{other:?}"),
    }
}
