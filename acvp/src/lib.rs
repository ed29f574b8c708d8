//! An ACVP responder: reads a NIST ACVP prompt (vector set) and answers it through an
//! [`Engine`], as a module under validation does.
//!
//! Prompts come either as a bare vector-set object or as the two-element array
//! `[{"acvVersion": …}, {vector set}]` in which ACVP servers send them; the response
//! takes the same form. Answers are computed from the prompt's inputs alone: output
//! fields present in a file (internal projections) are never read.
//!
//! Each algorithm family lives in its own module; this one parses, dispatches and
//! offers the field accessors they share, whose errors name the field's full path.

pub mod ecdsa;
pub mod mldsa;
pub mod mlkem;

use engine::{Engine, EngineError};
use serde_json::{json, Map, Value};
use std::fmt;

/// Why a prompt could not be answered.
#[derive(Debug, Clone, PartialEq)]
pub enum AcvpError {
    /// The JSON is not a vector set.
    Malformed(String),
    /// A field is missing or has the wrong type or content. `path` names it, e.g.
    /// `testGroups[2].tests[5].ek`.
    Field { path: String, problem: String },
    /// An algorithm, mode or revision the responder does not implement.
    UnknownAlgorithm { algorithm: String, mode: String, revision: String },
    /// The engine failed on a test case.
    Engine { path: String, error: EngineError },
}

impl fmt::Display for AcvpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AcvpError::Malformed(s) => write!(f, "malformed prompt: {s}"),
            AcvpError::Field { path, problem } => write!(f, "field {path}: {problem}"),
            AcvpError::UnknownAlgorithm { algorithm, mode, revision } => write!(
                f,
                "unsupported algorithm \"{algorithm}\" mode \"{mode}\" revision \"{revision}\""
            ),
            AcvpError::Engine { path, error } => write!(f, "{path}: {error}"),
        }
    }
}

impl std::error::Error for AcvpError {}

pub type AcvpResult<T> = Result<T, AcvpError>;

/// A JSON object together with its path in the prompt, for error messages.
#[derive(Clone, Copy)]
pub struct Obj<'a> {
    pub path: &'a str,
    pub map: &'a Map<String, Value>,
}

impl<'a> Obj<'a> {
    pub fn new(path: &'a str, v: &'a Value) -> AcvpResult<Obj<'a>> {
        match v.as_object() {
            Some(map) => Ok(Obj { path, map }),
            None => Err(AcvpError::Field { path: path.to_string(), problem: "expected an object".into() }),
        }
    }

    fn err<T>(&self, name: &str, problem: impl Into<String>) -> AcvpResult<T> {
        Err(AcvpError::Field { path: self.field_path(name), problem: problem.into() })
    }

    pub fn field_path(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{}", self.path, name)
        }
    }

    pub fn get(&self, name: &str) -> AcvpResult<&'a Value> {
        match self.map.get(name) {
            Some(v) => Ok(v),
            None => self.err(name, "missing"),
        }
    }

    pub fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    pub fn str(&self, name: &str) -> AcvpResult<&'a str> {
        match self.get(name)?.as_str() {
            Some(s) => Ok(s),
            None => self.err(name, "expected a string"),
        }
    }

    pub fn opt_str(&self, name: &str) -> AcvpResult<Option<&'a str>> {
        if self.has(name) { self.str(name).map(Some) } else { Ok(None) }
    }

    pub fn bool(&self, name: &str) -> AcvpResult<bool> {
        match self.get(name)?.as_bool() {
            Some(b) => Ok(b),
            None => self.err(name, "expected true or false"),
        }
    }

    pub fn u64(&self, name: &str) -> AcvpResult<u64> {
        match self.get(name)?.as_u64() {
            Some(n) => Ok(n),
            None => self.err(name, "expected a non-negative integer"),
        }
    }

    /// A hex byte string (ACVP upper case, Wycheproof lower case; both accepted).
    pub fn hex(&self, name: &str) -> AcvpResult<Vec<u8>> {
        let s = self.str(name)?;
        match hex::decode(s) {
            Ok(b) => Ok(b),
            Err(e) => self.err(name, format!("not a hex byte string ({e})")),
        }
    }

    pub fn opt_hex(&self, name: &str) -> AcvpResult<Option<Vec<u8>>> {
        if self.has(name) { self.hex(name).map(Some) } else { Ok(None) }
    }

    /// A hex string of exactly `len` bytes.
    pub fn hex_len(&self, name: &str, len: usize) -> AcvpResult<Vec<u8>> {
        let b = self.hex(name)?;
        if b.len() != len {
            return self.err(name, format!("expected {len} bytes, got {}", b.len()));
        }
        Ok(b)
    }

    pub fn array(&self, name: &str) -> AcvpResult<&'a Vec<Value>> {
        match self.get(name)?.as_array() {
            Some(a) => Ok(a),
            None => self.err(name, "expected an array"),
        }
    }

    /// An error about this object's field `name` (for checks done by the caller).
    pub fn invalid<T>(&self, name: &str, problem: impl Into<String>) -> AcvpResult<T> {
        self.err(name, problem)
    }
}

/// A hex field of the test case, or of its group if the test does not have it (older
/// prompts put keys in the group).
pub fn test_or_group_hex(test: Obj, group: Obj, name: &str) -> AcvpResult<Vec<u8>> {
    if test.has(name) || !group.has(name) {
        test.hex(name)
    } else {
        group.hex(name)
    }
}

/// Upper-case hex, as ACVP writes byte strings.
pub fn hex_upper(b: &[u8]) -> String {
    hex::encode_upper(b)
}

/// Wraps an engine error with the test case's path.
pub fn engine_err(path: &str) -> impl Fn(EngineError) -> AcvpError + '_ {
    move |error| AcvpError::Engine { path: path.to_string(), error }
}

/// Answers one test group: `answer` maps a test case to its output fields.
/// Builds `{"tgId", "tests": [{"tcId", …outputs}]}`.
pub fn answer_group<F>(group: Obj, mut answer: F) -> AcvpResult<Value>
where
    F: FnMut(Obj) -> AcvpResult<Map<String, Value>>,
{
    let tg_id = group.u64("tgId")?;
    let tests = group.array("tests")?;
    let mut out = Vec::with_capacity(tests.len());
    for (i, t) in tests.iter().enumerate() {
        let path = format!("{}.tests[{i}]", group.path);
        let t = Obj::new(&path, t)?;
        let tc_id = t.u64("tcId")?;
        let mut fields = Map::new();
        fields.insert("tcId".into(), json!(tc_id));
        fields.extend(answer(t)?);
        out.push(Value::Object(fields));
    }
    Ok(json!({ "tgId": tg_id, "tests": out }))
}

/// Answers every group of a vector set with `group_answer(group) -> group response`.
pub fn answer_groups<F>(vs: Obj, mut group_answer: F) -> AcvpResult<Vec<Value>>
where
    F: FnMut(Obj) -> AcvpResult<Value>,
{
    let groups = vs.array("testGroups")?;
    let mut out = Vec::with_capacity(groups.len());
    for (i, g) in groups.iter().enumerate() {
        let path = format!("testGroups[{i}]");
        out.push(group_answer(Obj::new(&path, g)?)?);
    }
    Ok(out)
}

/// Splits a prompt into its optional `acvVersion` header and the vector set.
fn vector_set(prompt: &Value) -> AcvpResult<(Option<&Value>, &Value)> {
    match prompt {
        Value::Array(items) => {
            if items.len() != 2 || items[0].get("acvVersion").is_none() {
                return Err(AcvpError::Malformed(
                    "an array prompt must be [{\"acvVersion\": …}, {vector set}]".into(),
                ));
            }
            Ok((Some(&items[0]), &items[1]))
        }
        Value::Object(_) => Ok((None, prompt)),
        _ => Err(AcvpError::Malformed("expected a JSON object or array".into())),
    }
}

/// Answers a prompt through `engine`.
pub fn respond(prompt: &Value, engine: &mut dyn Engine) -> AcvpResult<Value> {
    let (header, vs) = vector_set(prompt)?;
    let vs_obj = Obj::new("", vs)?;
    let algorithm = vs_obj.str("algorithm")?;
    let mode = vs_obj.opt_str("mode")?.unwrap_or("");
    let revision = vs_obj.opt_str("revision")?.unwrap_or("");
    let groups = match (algorithm, mode, revision) {
        ("ML-KEM", "keyGen" | "encapDecap", "FIPS203") => mlkem::respond_groups(vs_obj, engine)?,
        ("ML-DSA", "keyGen" | "sigGen" | "sigVer", "FIPS204") => mldsa::respond_groups(vs_obj, engine)?,
        ("ECDSA", "keyGen" | "keyVer" | "sigGen" | "sigVer", "FIPS186-5") | ("DetECDSA", "sigGen", "FIPS186-5") => {
            ecdsa::respond_groups(vs_obj, engine)?
        }
        _ => {
            return Err(AcvpError::UnknownAlgorithm {
                algorithm: algorithm.into(),
                mode: mode.into(),
                revision: revision.into(),
            })
        }
    };
    let mut response = Map::new();
    if let Some(id) = vs_obj.map.get("vsId") {
        response.insert("vsId".into(), id.clone());
    }
    response.insert("algorithm".into(), json!(algorithm));
    if !mode.is_empty() {
        response.insert("mode".into(), json!(mode));
    }
    response.insert("revision".into(), json!(revision));
    response.insert("testGroups".into(), Value::Array(groups));
    let response = Value::Object(response);
    Ok(match header {
        Some(h) => json!([h, response]),
        None => response,
    })
}

/// Removes the named fields from every test and group of a prompt: turns an
/// internal projection (inputs beside expected outputs) into a plain prompt.
pub fn strip_fields(prompt: &Value, fields: &[&str]) -> Value {
    let mut p = prompt.clone();
    fn strip(v: &mut Value, fields: &[&str]) {
        match v {
            Value::Object(m) => {
                for f in fields {
                    m.remove(*f);
                }
                for (_, x) in m.iter_mut() {
                    strip(x, fields);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| strip(x, fields)),
            _ => {}
        }
    }
    if let Value::Array(items) = &mut p {
        for it in items.iter_mut().skip(1) {
            strip(it, fields);
        }
    } else {
        strip(&mut p, fields);
    }
    p
}
