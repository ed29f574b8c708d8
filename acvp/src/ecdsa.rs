//! ECDSA and DetECDSA (FIPS 186-5) vector sets, revision `FIPS186-5`, for P-256 and
//! P-384 with SHA2-224/256/384/512/512-224/512-256, SHA3-224/256/384/512 and (ECDSA
//! only) SHAKE-128/256.
//!
//! * `ECDSA` keyGen: `secretGenerationMode` (`extra bits` / `testing candidates`)
//!   -> `d`, `qx`, `qy`, a fresh key pair drawn from the operating system's random
//!   bits by FIPS 186-5 A.2.1 / A.2.2 (ACVP checks Q = dG; it never expects a given d).
//! * `ECDSA` keyVer: `qx`, `qy` -> `testPassed`.
//! * `ECDSA` / `DetECDSA` sigGen: the key is the group's `d` where the prompt gives
//!   it (internal projections), otherwise a fresh key pair whose `qx`, `qy` the
//!   group response carries; `message` (+ `k` where given) -> `r`, `s`. ECDSA
//!   without a given `k` draws k by A.3.2 from random bits; DetECDSA derives it
//!   (RFC 6979).
//! * `ECDSA` sigVer: `message`, `qx`, `qy` (test or group), `r`, `s` -> `testPassed`.
//!
//! **Unsupported groups** are answered, never skipped silently, with an explicit
//! marker instead of `tests`: `{"tgId": n, "unsupported": "curve P-521"}` (curves
//! other than P-256 / P-384), `"hashAlg SHA-1"` (hashes not listed above) or
//! `"componentTest"` (sigGen component tests, which sign a given hash value).
//! A group with `conformance` (SP 800-106 randomized hashing) is refused with an
//! error naming that field. A sigGen group the engine cannot run (the RTL's DetECDSA
//! over a hash its RFC 6979 generator does not run) is marked with the engine's
//! reason, e.g. `"unsupported": "DetECDSA over a hash other than SHA-256, SHA-384, SHA-512"`.

use crate::{answer_group, answer_groups, engine_err, hex_upper, AcvpError, AcvpResult, Obj};
use engine::{EcCurve, Engine, EngineError, HashAlg};
use golden_model::ecdsa::{Ecdsa, SecretGeneration};
use serde_json::{json, Map, Value};
use std::io::Read;

/// The curve of a group, or the reason it is unsupported.
fn curve(group: Obj) -> AcvpResult<Result<EcCurve, String>> {
    let name = group.str("curve")?;
    Ok(EcCurve::from_name(name).filter(|_| name.starts_with("P-")).ok_or(format!("curve {name}")))
}

/// The hash of a group, or the reason it is unsupported.
fn hash(group: Obj) -> AcvpResult<Result<HashAlg, String>> {
    let name = group.str("hashAlg")?;
    Ok(HashAlg::from_name(name).ok_or(format!("hashAlg {name}")))
}

fn unsupported(group: Obj, why: String) -> AcvpResult<Value> {
    Ok(json!({ "tgId": group.u64("tgId")?, "unsupported": why }))
}

/// SP 800-106 randomized hashing (`"conformance": "SP800-106"`, with a random value
/// per test) changes the message that is hashed: it is not implemented, so such a
/// group is refused with an error naming the field, never answered as if the field
/// were absent.
fn refuse_conformance(group: Obj) -> AcvpResult<()> {
    if group.has("conformance") {
        let what = group.opt_str("conformance")?.unwrap_or("?").to_string();
        return group.invalid("conformance", format!("\"{what}\" (SP 800-106 randomized hashing) is not implemented"));
    }
    Ok(())
}

/// A hex field of the test case, or of its group if the test does not have it.
fn test_or_group_hex(test: Obj, group: Obj, name: &str) -> AcvpResult<Vec<u8>> {
    if test.has(name) || !group.has(name) {
        test.hex(name)
    } else {
        group.hex(name)
    }
}

/// Random bytes from the operating system, for key pairs and nonces the prompt
/// leaves to the module.
struct OsRandom {
    file: Option<std::fs::File>,
    error: Option<String>,
}

impl OsRandom {
    fn new() -> Self {
        OsRandom { file: None, error: None }
    }

    fn fill(&mut self, buf: &mut [u8]) {
        if self.file.is_none() {
            match std::fs::File::open("/dev/urandom") {
                Ok(f) => self.file = Some(f),
                Err(e) => self.error = Some(format!("/dev/urandom: {e}")),
            }
        }
        if let Some(f) = &mut self.file {
            if let Err(e) = f.read_exact(buf) {
                self.error = Some(format!("/dev/urandom: {e}"));
            }
        }
    }

    /// Runs `f` with a random-byte source, failing if the source failed.
    fn with<T>(
        &mut self,
        path: &str,
        f: impl FnOnce(&mut dyn FnMut(&mut [u8])) -> Result<T, golden_model::ecdsa::EcdsaError>,
    ) -> AcvpResult<T> {
        let r = f(&mut |b: &mut [u8]| self.fill(b));
        if let Some(e) = self.error.take() {
            return Err(AcvpError::Malformed(format!("{path}: no random bits: {e}")));
        }
        r.map_err(|e| engine_err(path)(e.into()))
    }
}

/// Inserts `qx`, `qy` into a group response.
fn with_key(mut group_response: Value, qx: &[u8], qy: &[u8]) -> Value {
    if let Value::Object(m) = &mut group_response {
        m.insert("qx".into(), json!(hex_upper(qx)));
        m.insert("qy".into(), json!(hex_upper(qy)));
    }
    group_response
}

/// Answers the test groups of an ECDSA or DetECDSA vector set.
pub fn respond_groups(vs: Obj, engine: &mut dyn Engine) -> AcvpResult<Vec<Value>> {
    let algorithm = vs.str("algorithm")?;
    let deterministic = algorithm == "DetECDSA";
    let mode = vs.str("mode")?;
    let mut rng = OsRandom::new();
    match mode {
        "keyGen" if !deterministic => answer_groups(vs, |group| {
            let c = match curve(group)? {
                Ok(c) => c,
                Err(why) => return unsupported(group, why),
            };
            let gen_name = group.str("secretGenerationMode")?;
            let Some(gen) = SecretGeneration::from_name(gen_name) else {
                return group.invalid(
                    "secretGenerationMode",
                    format!("unknown mode \"{gen_name}\" (expected \"extra bits\" or \"testing candidates\")"),
                );
            };
            answer_group(group, |t| {
                let d = rng.with(t.path, |r| Ecdsa::new(c).random_scalar(gen, r))?;
                let (qx, qy) = engine.ecdsa_public_key(c, &d).map_err(engine_err(t.path))?;
                let mut out = Map::new();
                out.insert("d".into(), json!(hex_upper(&d)));
                out.insert("qx".into(), json!(hex_upper(&qx)));
                out.insert("qy".into(), json!(hex_upper(&qy)));
                Ok(out)
            })
        }),
        "keyVer" if !deterministic => answer_groups(vs, |group| {
            let c = match curve(group)? {
                Ok(c) => c,
                Err(why) => return unsupported(group, why),
            };
            answer_group(group, |t| {
                let qx = t.hex("qx")?;
                let qy = t.hex("qy")?;
                let ok = engine.ecdsa_check_public_key(c, &qx, &qy).map_err(engine_err(t.path))?;
                let mut out = Map::new();
                out.insert("testPassed".into(), json!(ok));
                Ok(out)
            })
        }),
        "sigGen" => answer_groups(vs, |group| {
            let c = match curve(group)? {
                Ok(c) => c,
                Err(why) => return unsupported(group, why),
            };
            let h = match hash(group)? {
                Ok(h) => h,
                Err(why) => return unsupported(group, why),
            };
            if group.has("componentTest") && group.bool("componentTest")? {
                return unsupported(group, "componentTest".into());
            }
            refuse_conformance(group)?;
            // The key: the group's d where given, else a fresh key pair.
            let d = match group.opt_hex("d")? {
                Some(d) => d,
                None => rng.with(group.path, |r| Ecdsa::new(c).random_scalar(SecretGeneration::TestingCandidates, r))?,
            };
            let (qx, qy) = engine.ecdsa_public_key(c, &d).map_err(engine_err(group.path))?;
            let resp = answer_group(group, |t| {
                let msg = t.hex("message")?;
                let (r, s) = if deterministic {
                    engine.ecdsa_sign_deterministic(c, h, &d, &msg).map_err(engine_err(t.path))?
                } else {
                    let k = match t.opt_hex("k")? {
                        Some(k) => k,
                        None => rng.with(t.path, |r| Ecdsa::new(c).random_scalar(SecretGeneration::TestingCandidates, r))?,
                    };
                    engine.ecdsa_sign(c, h, &d, &msg, &k).map_err(engine_err(t.path))?
                };
                let mut out = Map::new();
                out.insert("r".into(), json!(hex_upper(&r)));
                out.insert("s".into(), json!(hex_upper(&s)));
                Ok(out)
            });
            // An engine without this hash (the RTL's RFC 6979 generator runs
            // HMAC-SHA-256/384/512 only) marks the group, it does not fail the set.
            let resp = match resp {
                Err(AcvpError::Engine { error: EngineError::Unsupported { operation, .. }, .. }) => {
                    return unsupported(group, operation.to_string());
                }
                other => other?,
            };
            Ok(with_key(resp, &qx, &qy))
        }),
        "sigVer" if !deterministic => answer_groups(vs, |group| {
            let c = match curve(group)? {
                Ok(c) => c,
                Err(why) => return unsupported(group, why),
            };
            let h = match hash(group)? {
                Ok(h) => h,
                Err(why) => return unsupported(group, why),
            };
            refuse_conformance(group)?;
            answer_group(group, |t| {
                let msg = t.hex("message")?;
                let qx = test_or_group_hex(t, group, "qx")?;
                let qy = test_or_group_hex(t, group, "qy")?;
                let r = t.hex("r")?;
                let s = t.hex("s")?;
                let ok = engine.ecdsa_verify(c, h, &qx, &qy, &msg, &r, &s).map_err(engine_err(t.path))?;
                let mut out = Map::new();
                out.insert("testPassed".into(), json!(ok));
                Ok(out)
            })
        }),
        _ => Err(AcvpError::UnknownAlgorithm {
            algorithm: algorithm.into(),
            mode: mode.into(),
            revision: vs.opt_str("revision")?.unwrap_or("").into(),
        }),
    }
}
