//! ML-KEM (FIPS 203) vector sets: `keyGen` and `encapDecap`, revision `FIPS203`.
//!
//! * keyGen: `d`, `z` -> `ek`, `dk`.
//! * encapDecap, by the group's `function`:
//!   `encapsulation` (`ek`, `m` -> `c`, `k`), `decapsulation` (`dk`, `c` -> `k`),
//!   `encapsulationKeyCheck` (`ek` -> `testPassed`), `decapsulationKeyCheck`
//!   (`dk` -> `testPassed`). Keys are read from the test case, or from the group
//!   where older prompts put them.

use crate::{answer_group, answer_groups, engine_err, hex_upper, test_or_group_hex, AcvpResult, Obj};
use engine::{Engine, MlKemParams as Params};
use serde_json::{json, Map, Value};

fn parameter_set(group: Obj) -> AcvpResult<Params> {
    let name = group.str("parameterSet")?;
    match Params::from_name(name) {
        Some(p) => Ok(p),
        None => group.invalid(
            "parameterSet",
            format!("unknown ML-KEM parameter set \"{name}\" (expected ML-KEM-512, ML-KEM-768 or ML-KEM-1024)"),
        ),
    }
}

/// Answers the test groups of an ML-KEM vector set (`mode` keyGen or encapDecap).
pub fn respond_groups(vs: Obj, engine: &mut dyn Engine) -> AcvpResult<Vec<Value>> {
    let mode = vs.str("mode")?;
    match mode {
        "keyGen" => answer_groups(vs, |group| {
            let p = parameter_set(group)?;
            answer_group(group, |t| {
                let d = t.hex_len("d", 32)?;
                let z = t.hex_len("z", 32)?;
                let (ek, dk) = engine.mlkem_keygen(p, &d, &z).map_err(engine_err(t.path))?;
                let mut out = Map::new();
                out.insert("ek".into(), json!(hex_upper(&ek)));
                out.insert("dk".into(), json!(hex_upper(&dk)));
                Ok(out)
            })
        }),
        "encapDecap" => answer_groups(vs, |group| {
            let p = parameter_set(group)?;
            let function = group.str("function")?;
            match function {
                "encapsulation" => answer_group(group, |t| {
                    let ek = test_or_group_hex(t, group, "ek")?;
                    let m = t.hex_len("m", 32)?;
                    let (k, c) = engine.mlkem_encaps(p, &ek, &m).map_err(engine_err(t.path))?;
                    let mut out = Map::new();
                    out.insert("c".into(), json!(hex_upper(&c)));
                    out.insert("k".into(), json!(hex_upper(&k)));
                    Ok(out)
                }),
                "decapsulation" => answer_group(group, |t| {
                    let dk = test_or_group_hex(t, group, "dk")?;
                    let c = t.hex("c")?;
                    let k = engine.mlkem_decaps(p, &dk, &c).map_err(engine_err(t.path))?;
                    let mut out = Map::new();
                    out.insert("k".into(), json!(hex_upper(&k)));
                    Ok(out)
                }),
                "encapsulationKeyCheck" => answer_group(group, |t| {
                    let ek = test_or_group_hex(t, group, "ek")?;
                    let passed = engine.mlkem_check_ek(p, &ek).map_err(engine_err(t.path))?;
                    let mut out = Map::new();
                    out.insert("testPassed".into(), json!(passed));
                    Ok(out)
                }),
                "decapsulationKeyCheck" => answer_group(group, |t| {
                    let dk = test_or_group_hex(t, group, "dk")?;
                    let passed = engine.mlkem_check_dk(p, &dk).map_err(engine_err(t.path))?;
                    let mut out = Map::new();
                    out.insert("testPassed".into(), json!(passed));
                    Ok(out)
                }),
                other => group.invalid(
                    "function",
                    format!(
                        "unknown ML-KEM function \"{other}\" (expected encapsulation, decapsulation, \
                         encapsulationKeyCheck or decapsulationKeyCheck)"
                    ),
                ),
            }
        }),
        other => vs.invalid("mode", format!("unknown ML-KEM mode \"{other}\" (expected keyGen or encapDecap)")),
    }
}
