//! ML-KEM against every ML-KEM Wycheproof file in ../shared/vectors/wycheproof,
//! through the golden engine:
//!
//! * `mlkem_{512,768,1024}_test.json`: seed d ‖ z -> KeyGen (ek compared where
//!   given), then Decaps(dk, c) -> K. Invalid cases (seed or ciphertext of the wrong
//!   length) must be rejected with an error; the "valid" modified ciphertexts must
//!   give the implicit-rejection key.
//! * `mlkem_{512,768,1024}_semi_expanded_decaps_test.json`: Decaps(dk, c) -> K;
//!   invalid cases (lengths, hash check) must be errors.
//! * `mlkem_768_encaps_test.json`: Encaps(ek, m) -> (K, c); invalid cases (the §7.2
//!   modulus check, lengths) must be errors.

use engine::{Engine, EngineError};
use golden_model::engine::Golden;
use golden_model::mlkem::Params;
use serde_json::Value;

const VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/wycheproof");

fn load(name: &str) -> Value {
    let path = format!("{VECTORS}/{name}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn hex(t: &Value, f: &str) -> Option<Vec<u8>> {
    t.get(f).map(|v| hex::decode(v.as_str().unwrap()).unwrap())
}

struct Tally {
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
    fn finish(&self, number_of_tests: &Value) {
        let total = self.valid.1 + self.invalid.1;
        let pass = self.valid.0 + self.invalid.0;
        println!(
            "Wycheproof {}: {pass}/{total} (valid {}/{}, invalid {}/{})",
            self.file, self.valid.0, self.valid.1, self.invalid.0, self.invalid.1
        );
        assert_eq!(total as u64, number_of_tests.as_u64().unwrap(), "{}: not every case ran", self.file);
        assert_eq!(pass, total, "{}", self.file);
    }
}

fn params(group: &Value) -> Params {
    Params::from_name(group["parameterSet"].as_str().unwrap()).unwrap()
}

fn is_invalid_input(r: &Result<impl std::fmt::Debug, EngineError>) -> bool {
    matches!(r, Err(EngineError::InvalidInput { .. }))
}

fn keygen_decaps(file: &str) {
    let v = load(file);
    let mut tally = Tally::new(file);
    for g in v["testGroups"].as_array().unwrap() {
        let p = params(g);
        for t in g["tests"].as_array().unwrap() {
            let seed = hex(t, "seed").unwrap();
            let c = hex(t, "c").unwrap();
            let (d, z) = seed.split_at(seed.len().min(32));
            let keys = Golden.mlkem_keygen(p, d, z);
            let (ok, what) = match (t["result"].as_str().unwrap(), keys) {
                ("invalid", Err(e)) => (matches!(e, EngineError::InvalidInput { .. }), format!("{e}")),
                ("invalid", Ok((ek, dk))) => {
                    let ek_ok = hex(t, "ek").is_none_or(|x| x == ek);
                    let r = Golden.mlkem_decaps(p, &dk, &c);
                    (ek_ok && is_invalid_input(&r), format!("ek matches: {ek_ok}, decaps: {r:?}"))
                }
                (_, Err(e)) => (false, format!("keygen failed: {e}")),
                (_, Ok((ek, dk))) => {
                    let ek_ok = hex(t, "ek").is_none_or(|x| x == ek);
                    let r = Golden.mlkem_decaps(p, &dk, &c);
                    let k_ok = matches!(&r, Ok(k) if k[..] == hex(t, "K").unwrap()[..]);
                    (ek_ok && k_ok, format!("ek matches: {ek_ok}, decaps: {r:?}"))
                }
            };
            tally.record(t, ok, what);
        }
    }
    tally.finish(&v["numberOfTests"]);
}

fn semi_expanded_decaps(file: &str) {
    let v = load(file);
    let mut tally = Tally::new(file);
    for g in v["testGroups"].as_array().unwrap() {
        let p = params(g);
        for t in g["tests"].as_array().unwrap() {
            let dk = hex(t, "dk").unwrap();
            let c = hex(t, "c").unwrap();
            let r = Golden.mlkem_decaps(p, &dk, &c);
            let ok = match t["result"].as_str().unwrap() {
                "invalid" => is_invalid_input(&r),
                _ => matches!(&r, Ok(k) if k[..] == hex(t, "K").unwrap()[..]),
            };
            tally.record(t, ok, format!("{r:?}"));
        }
    }
    tally.finish(&v["numberOfTests"]);
}

fn encaps(file: &str) {
    let v = load(file);
    let mut tally = Tally::new(file);
    for g in v["testGroups"].as_array().unwrap() {
        let p = params(g);
        for t in g["tests"].as_array().unwrap() {
            let ek = hex(t, "ek").unwrap();
            let m = hex(t, "m").unwrap();
            let r = Golden.mlkem_encaps(p, &ek, &m);
            let ok = match t["result"].as_str().unwrap() {
                "invalid" => is_invalid_input(&r) && !Golden.mlkem_check_ek(p, &ek).unwrap(),
                _ => {
                    matches!(&r, Ok((k, c)) if k[..] == hex(t, "K").unwrap()[..] && *c == hex(t, "c").unwrap())
                        && Golden.mlkem_check_ek(p, &ek).unwrap()
                }
            };
            tally.record(t, ok, format!("{r:?}"));
        }
    }
    tally.finish(&v["numberOfTests"]);
}

#[test]
fn wycheproof_mlkem_512() {
    keygen_decaps("mlkem_512_test.json");
}

#[test]
fn wycheproof_mlkem_768() {
    keygen_decaps("mlkem_768_test.json");
}

#[test]
fn wycheproof_mlkem_1024() {
    keygen_decaps("mlkem_1024_test.json");
}

#[test]
fn wycheproof_semi_expanded_decaps() {
    for n in [512, 768, 1024] {
        semi_expanded_decaps(&format!("mlkem_{n}_semi_expanded_decaps_test.json"));
    }
}

#[test]
fn wycheproof_mlkem_768_encaps() {
    encaps("mlkem_768_encaps_test.json");
}

#[test]
fn every_mlkem_wycheproof_file_is_covered() {
    let covered = [
        "mlkem_512_test.json",
        "mlkem_768_test.json",
        "mlkem_1024_test.json",
        "mlkem_512_semi_expanded_decaps_test.json",
        "mlkem_768_semi_expanded_decaps_test.json",
        "mlkem_1024_semi_expanded_decaps_test.json",
        "mlkem_768_encaps_test.json",
    ];
    for entry in std::fs::read_dir(VECTORS).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.starts_with("mlkem_") {
            assert!(covered.contains(&name.as_str()), "{name} is not run by this test");
        }
    }
}
