//! ML-KEM against every NIST ACVP vector (FIPS203 revision), answered through the
//! ACVP responder and the golden engine from the prompt's inputs alone: each group's
//! outputs are stripped from the internal projection before it is answered, then
//! every answer is compared with the projection.

use acvp::{respond, AcvpError};
use golden_model::engine::Golden;
use serde_json::{json, Value};
use std::collections::BTreeMap;

const VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/acvp");

fn load(dir: &str) -> Value {
    let path = format!("{VECTORS}/{dir}/internalProjection.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// The output fields of a group, by mode and function (what the prompt must not hold).
fn outputs(mode: &str, function: Option<&str>) -> &'static [&'static str] {
    match (mode, function) {
        ("keyGen", _) => &["ek", "dk"],
        ("encapDecap", Some("encapsulation")) => &["c", "k"],
        ("encapDecap", Some("decapsulation")) => &["k"],
        ("encapDecap", Some("encapsulationKeyCheck" | "decapsulationKeyCheck")) => &["testPassed"],
        other => panic!("unexpected group kind {other:?}"),
    }
}

/// Removes, per group, exactly that group's outputs (and the `reason` annotation,
/// which hints at the answer) from every test case.
fn to_prompt(projection: &Value) -> Value {
    let mode = projection["mode"].as_str().unwrap().to_string();
    let mut prompt = projection.clone();
    for g in prompt["testGroups"].as_array_mut().unwrap() {
        let function = g.get("function").and_then(|f| f.as_str()).map(str::to_string);
        let strip = outputs(&mode, function.as_deref());
        for t in g["tests"].as_array_mut().unwrap() {
            let t = t.as_object_mut().unwrap();
            for f in strip.iter().chain(["reason"].iter()) {
                t.remove(*f);
            }
        }
    }
    prompt
}

/// Answers the stripped prompt and compares with the projection; returns
/// (passed, total) per "function parameterSet" and prints the counts.
fn run(dir: &str) -> BTreeMap<String, (usize, usize)> {
    let projection = load(dir);
    let mode = projection["mode"].as_str().unwrap().to_string();
    let prompt = to_prompt(&projection);
    let response = respond(&prompt, &mut Golden).unwrap_or_else(|e| panic!("{dir}: {e}"));
    assert_eq!(response["algorithm"], "ML-KEM");
    assert_eq!(response["mode"], projection["mode"]);
    assert_eq!(response["revision"], "FIPS203");
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let groups = projection["testGroups"].as_array().unwrap();
    let answered = response["testGroups"].as_array().unwrap();
    assert_eq!(groups.len(), answered.len());
    for (g, a) in groups.iter().zip(answered) {
        assert_eq!(g["tgId"], a["tgId"]);
        let function = g.get("function").and_then(|f| f.as_str());
        let label = format!("{} {}", function.unwrap_or(&mode), g["parameterSet"].as_str().unwrap());
        let fields = outputs(&mode, function);
        let tests = g["tests"].as_array().unwrap();
        let answers = a["tests"].as_array().unwrap();
        assert_eq!(tests.len(), answers.len());
        for (t, ans) in tests.iter().zip(answers) {
            assert_eq!(t["tcId"], ans["tcId"]);
            let entry = counts.entry(label.clone()).or_default();
            entry.1 += 1;
            let ok = fields.iter().all(|f| {
                let (e, o) = (&t[*f], &ans[*f]);
                assert!(!e.is_null(), "expected {f} missing in tcId {}", t["tcId"]);
                match (e.as_str(), o.as_str()) {
                    (Some(e), Some(o)) => e.eq_ignore_ascii_case(o),
                    _ => e == o,
                }
            });
            if ok {
                entry.0 += 1;
            } else {
                eprintln!("{dir} tgId {} tcId {}: {label} mismatch ({:?})", g["tgId"], t["tcId"], t.get("reason"));
            }
        }
    }
    let (mut pass, mut total) = (0, 0);
    for (label, (p, n)) in &counts {
        println!("ML-KEM {label}: {p}/{n}");
        pass += p;
        total += n;
    }
    println!("ML-KEM {mode} total: {pass}/{total}");
    counts
}

fn assert_all(counts: &BTreeMap<String, (usize, usize)>) {
    for (label, (p, n)) in counts {
        assert_eq!(p, n, "{label}: {p}/{n}");
    }
}

#[test]
fn acvp_keygen() {
    let counts = run("ML-KEM-keyGen-FIPS203");
    assert_eq!(counts.values().map(|c| c.1).sum::<usize>(), 75);
    assert_all(&counts);
}

#[test]
fn acvp_encap_decap() {
    let counts = run("ML-KEM-encapDecap-FIPS203");
    assert_eq!(counts.values().map(|c| c.1).sum::<usize>(), 165);
    assert_all(&counts);
    // Both verdicts of the key checks occur, so a constant answer cannot pass.
    let projection = load("ML-KEM-encapDecap-FIPS203");
    for function in ["encapsulationKeyCheck", "decapsulationKeyCheck"] {
        let verdicts: Vec<bool> = projection["testGroups"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["function"] == function)
            .flat_map(|g| g["tests"].as_array().unwrap().iter().map(|t| t["testPassed"].as_bool().unwrap()))
            .collect();
        assert!(verdicts.contains(&true) && verdicts.contains(&false), "{function}");
    }
}

#[test]
fn acvp_keys_in_group_are_accepted() {
    // Older encapDecap prompts carry ek/dk at group level: move them there and answer.
    let projection = load("ML-KEM-encapDecap-FIPS203");
    let mut prompt = to_prompt(&projection);
    let g = &mut prompt["testGroups"][3]; // decapsulation, ML-KEM-512
    assert_eq!(g["function"], "decapsulation");
    let dk = g["tests"][0]["dk"].clone();
    // Keep only tests with that dk (all tests of the group if they share it).
    let tests: Vec<Value> = g["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["dk"] == dk)
        .cloned()
        .map(|mut t| {
            t.as_object_mut().unwrap().remove("dk");
            t
        })
        .collect();
    let n = tests.len();
    g["tests"] = Value::Array(tests);
    g["dk"] = dk;
    prompt["testGroups"] = json!([prompt["testGroups"][3].clone()]);
    let response = respond(&prompt, &mut Golden).unwrap();
    let expected = &projection["testGroups"][3]["tests"];
    for i in 0..n {
        let tc = &response["testGroups"][0]["tests"][i];
        let exp = expected.as_array().unwrap().iter().find(|t| t["tcId"] == tc["tcId"]).unwrap();
        assert_eq!(tc["k"], exp["k"]);
    }
}

#[test]
fn acvp_errors_name_the_field() {
    let mut prompt = to_prompt(&load("ML-KEM-encapDecap-FIPS203"));
    prompt["testGroups"][1]["function"] = json!("encapsulate");
    match respond(&prompt, &mut Golden) {
        Err(AcvpError::Field { path, problem }) => {
            assert_eq!(path, "testGroups[1].function");
            assert!(problem.contains("encapsulate"), "{problem}");
        }
        other => panic!("expected a field error, got {other:?}"),
    }

    let mut prompt = to_prompt(&load("ML-KEM-keyGen-FIPS203"));
    prompt["testGroups"][2]["parameterSet"] = json!("ML-KEM-2048");
    match respond(&prompt, &mut Golden) {
        Err(AcvpError::Field { path, .. }) => assert_eq!(path, "testGroups[2].parameterSet"),
        other => panic!("expected a field error, got {other:?}"),
    }

    let mut prompt = to_prompt(&load("ML-KEM-keyGen-FIPS203"));
    prompt["testGroups"][0]["tests"][4]["d"] = json!("00");
    match respond(&prompt, &mut Golden) {
        Err(AcvpError::Field { path, .. }) => assert_eq!(path, "testGroups[0].tests[4].d"),
        other => panic!("expected a field error, got {other:?}"),
    }

    // A wrong-length ek in an encapsulation is the engine's typed error, with the path.
    let mut prompt = to_prompt(&load("ML-KEM-encapDecap-FIPS203"));
    prompt["testGroups"][0]["tests"][2]["ek"] = json!("0011");
    match respond(&prompt, &mut Golden) {
        Err(AcvpError::Engine { path, .. }) => assert_eq!(path, "testGroups[0].tests[2]"),
        other => panic!("expected an engine error, got {other:?}"),
    }
}
