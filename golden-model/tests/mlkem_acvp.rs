//! ML-KEM against every NIST ACVP vector (FIPS203 revision), answered through the
//! ACVP responder and the golden engine from the prompt's inputs alone: each group's
//! outputs are stripped from the internal projection before it is answered, then
//! every answer is compared with the projection.

#[path = "common/mlkem_vectors.rs"]
mod vectors;

use acvp::{respond, AcvpError};
use golden_model::engine::Golden;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use vectors::{assert_all, load_acvp as load, to_prompt};

fn run(dir: &str) -> BTreeMap<String, (usize, usize)> {
    vectors::run_acvp(dir, &mut Golden, 1)
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
