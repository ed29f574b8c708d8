//! ML-KEM vector runners over any [`Engine`]: every NIST ACVP case (FIPS203 revision,
//! answered through the ACVP responder from the prompt's inputs alone) and every
//! Wycheproof ML-KEM file. Used by the golden model's tests and, on the same files,
//! by the RTL's (`testbenches/tests/mlkem_vectors_rtl.rs`). `every` = n runs every
//! n-th case of each group (1 = all); the counts printed say how many ran.

#![allow(dead_code)]

use acvp::respond;
use engine::{Engine, EngineError};
use golden_model::mlkem::Params;
use serde_json::Value;
use std::collections::BTreeMap;

pub const ACVP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/acvp");
pub const WYCHEPROOF: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/wycheproof");

pub fn load_acvp(dir: &str) -> Value {
    let path = format!("{ACVP}/{dir}/internalProjection.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// The output fields of a group, by mode and function (what the prompt must not hold).
pub fn outputs(mode: &str, function: Option<&str>) -> &'static [&'static str] {
    match (mode, function) {
        ("keyGen", _) => &["ek", "dk"],
        ("encapDecap", Some("encapsulation")) => &["c", "k"],
        ("encapDecap", Some("decapsulation")) => &["k"],
        ("encapDecap", Some("encapsulationKeyCheck" | "decapsulationKeyCheck")) => &["testPassed"],
        other => panic!("unexpected group kind {other:?}"),
    }
}

/// Keeps every `every`-th test of each group (all for 1).
pub fn sample(projection: &Value, every: usize) -> Value {
    let mut v = projection.clone();
    for g in v["testGroups"].as_array_mut().unwrap() {
        let tests: Vec<Value> = g["tests"].as_array().unwrap().iter().step_by(every).cloned().collect();
        g["tests"] = Value::Array(tests);
    }
    v
}

/// Removes, per group, exactly that group's outputs (and the `reason` annotation,
/// which hints at the answer) from every test case.
pub fn to_prompt(projection: &Value) -> Value {
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

/// Answers the stripped prompt of (a sample of) `dir` on `engine` and compares with the
/// projection; returns (passed, total) per "function parameterSet" and prints them.
pub fn run_acvp(dir: &str, engine: &mut dyn Engine, every: usize) -> BTreeMap<String, (usize, usize)> {
    let projection = sample(&load_acvp(dir), every);
    let mode = projection["mode"].as_str().unwrap().to_string();
    let prompt = to_prompt(&projection);
    let response = respond(&prompt, engine).unwrap_or_else(|e| panic!("{dir}: {e}"));
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
        println!("ML-KEM {label} ({}): {p}/{n}", engine.name());
        pass += p;
        total += n;
    }
    println!("ML-KEM {mode} total ({}): {pass}/{total}", engine.name());
    counts
}

pub fn assert_all(counts: &BTreeMap<String, (usize, usize)>) {
    for (label, (p, n)) in counts {
        assert_eq!(p, n, "{label}: {p}/{n}");
    }
}

pub fn load_wycheproof(name: &str) -> Value {
    let path = format!("{WYCHEPROOF}/{name}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn hex(t: &Value, f: &str) -> Option<Vec<u8>> {
    t.get(f).map(|v| hex::decode(v.as_str().unwrap()).unwrap())
}

pub struct Tally {
    file: String,
    valid: (usize, usize),
    invalid: (usize, usize),
}

impl Tally {
    fn new(file: &str) -> Self {
        Tally { file: file.into(), valid: (0, 0), invalid: (0, 0) }
    }
    fn record(&mut self, t: &Value, ok: bool, what: String) {
        let bucket = if t["result"] == "invalid" { &mut self.invalid } else { &mut self.valid };
        bucket.1 += 1;
        if ok {
            bucket.0 += 1;
        } else {
            eprintln!("{} tcId {} ({}): {what}", self.file, t["tcId"], t["comment"]);
        }
    }
    /// Prints the counts and asserts that every selected case ran and passed.
    fn finish(&self, engine: &str, number_of_tests: &Value, every: usize) {
        let total = self.valid.1 + self.invalid.1;
        let pass = self.valid.0 + self.invalid.0;
        println!(
            "Wycheproof {} ({engine}): {pass}/{total} (valid {}/{}, invalid {}/{})",
            self.file, self.valid.0, self.valid.1, self.invalid.0, self.invalid.1
        );
        if every == 1 {
            assert_eq!(total as u64, number_of_tests.as_u64().unwrap(), "{}: not every case ran", self.file);
        }
        assert_eq!(pass, total, "{}", self.file);
    }
}

fn params(group: &Value) -> Params {
    Params::from_name(group["parameterSet"].as_str().unwrap()).unwrap()
}

fn is_invalid_input(r: &Result<impl std::fmt::Debug, EngineError>) -> bool {
    matches!(r, Err(EngineError::InvalidInput { .. }))
}

fn tests_of(g: &Value, every: usize) -> impl Iterator<Item = &Value> {
    g["tests"].as_array().unwrap().iter().step_by(every)
}

/// `mlkem_{512,768,1024}_test.json`: seed d ‖ z → KeyGen (ek compared where given),
/// then Decaps(dk, c) → K. Invalid cases (seed or ciphertext of the wrong length) must
/// be rejected with an error; the "valid" modified ciphertexts must give the
/// implicit-rejection key.
pub fn keygen_decaps(engine: &mut dyn Engine, file: &str, every: usize) {
    let v = load_wycheproof(file);
    let mut tally = Tally::new(file);
    for g in v["testGroups"].as_array().unwrap() {
        let p = params(g);
        for t in tests_of(g, every) {
            let seed = hex(t, "seed").unwrap();
            let c = hex(t, "c").unwrap();
            let (d, z) = seed.split_at(seed.len().min(32));
            let keys = engine.mlkem_keygen(p, d, z);
            let (ok, what) = match (t["result"].as_str().unwrap(), keys) {
                ("invalid", Err(e)) => (matches!(e, EngineError::InvalidInput { .. }), format!("{e}")),
                ("invalid", Ok((ek, dk))) => {
                    let ek_ok = hex(t, "ek").is_none_or(|x| x == ek);
                    let r = engine.mlkem_decaps(p, &dk, &c);
                    (ek_ok && is_invalid_input(&r), format!("ek matches: {ek_ok}, decaps: {r:?}"))
                }
                (_, Err(e)) => (false, format!("keygen failed: {e}")),
                (_, Ok((ek, dk))) => {
                    let ek_ok = hex(t, "ek").is_none_or(|x| x == ek);
                    let r = engine.mlkem_decaps(p, &dk, &c);
                    let k_ok = matches!(&r, Ok(k) if k[..] == hex(t, "K").unwrap()[..]);
                    (ek_ok && k_ok, format!("ek matches: {ek_ok}, decaps: {r:?}"))
                }
            };
            tally.record(t, ok, what);
        }
    }
    tally.finish(engine.name(), &v["numberOfTests"], every);
}

/// `mlkem_*_semi_expanded_decaps_test.json`: Decaps(dk, c) → K; invalid cases
/// (lengths, the §7.3 hash check) must be errors.
pub fn semi_expanded_decaps(engine: &mut dyn Engine, file: &str, every: usize) {
    let v = load_wycheproof(file);
    let mut tally = Tally::new(file);
    for g in v["testGroups"].as_array().unwrap() {
        let p = params(g);
        for t in tests_of(g, every) {
            let dk = hex(t, "dk").unwrap();
            let c = hex(t, "c").unwrap();
            let r = engine.mlkem_decaps(p, &dk, &c);
            let ok = match t["result"].as_str().unwrap() {
                "invalid" => is_invalid_input(&r),
                _ => matches!(&r, Ok(k) if k[..] == hex(t, "K").unwrap()[..]),
            };
            tally.record(t, ok, format!("{r:?}"));
        }
    }
    tally.finish(engine.name(), &v["numberOfTests"], every);
}

/// `mlkem_768_encaps_test.json`: Encaps(ek, m) → (K, c); invalid cases (the §7.2
/// modulus check, lengths) must be errors, and the key check must agree.
pub fn encaps(engine: &mut dyn Engine, file: &str, every: usize) {
    let v = load_wycheproof(file);
    let mut tally = Tally::new(file);
    for g in v["testGroups"].as_array().unwrap() {
        let p = params(g);
        for t in tests_of(g, every) {
            let ek = hex(t, "ek").unwrap();
            let m = hex(t, "m").unwrap();
            let r = engine.mlkem_encaps(p, &ek, &m);
            let ok = match t["result"].as_str().unwrap() {
                "invalid" => is_invalid_input(&r) && !engine.mlkem_check_ek(p, &ek).unwrap(),
                _ => {
                    matches!(&r, Ok((k, c)) if k[..] == hex(t, "K").unwrap()[..] && *c == hex(t, "c").unwrap())
                        && engine.mlkem_check_ek(p, &ek).unwrap()
                }
            };
            tally.record(t, ok, format!("{r:?}"));
        }
    }
    tally.finish(engine.name(), &v["numberOfTests"], every);
}

/// Every Wycheproof ML-KEM file, with its runner.
pub const WYCHEPROOF_FILES: [(&str, fn(&mut dyn Engine, &str, usize)); 7] = [
    ("mlkem_512_test.json", keygen_decaps),
    ("mlkem_768_test.json", keygen_decaps),
    ("mlkem_1024_test.json", keygen_decaps),
    ("mlkem_512_semi_expanded_decaps_test.json", semi_expanded_decaps),
    ("mlkem_768_semi_expanded_decaps_test.json", semi_expanded_decaps),
    ("mlkem_1024_semi_expanded_decaps_test.json", semi_expanded_decaps),
    ("mlkem_768_encaps_test.json", encaps),
];

/// Fails if a Wycheproof ML-KEM file exists that [`WYCHEPROOF_FILES`] does not run.
pub fn assert_every_file_covered() {
    for entry in std::fs::read_dir(WYCHEPROOF).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.starts_with("mlkem_") {
            assert!(WYCHEPROOF_FILES.iter().any(|(f, _)| *f == name), "{name} is not run by this test");
        }
    }
}
