//! ML-DSA (FIPS 204) vector sets: `keyGen`, `sigGen` and `sigVer`, revision `FIPS204`.
//!
//! * keyGen: `seed` -> `pk`, `sk`.
//! * sigGen: `sk` -> `signature`, with the message given by the group's
//!   `signatureInterface`:
//!   * `external` with `preHash` `pure` (`message`, `context`) or `preHash`
//!     (`message`, `context`, `hashAlg`);
//!   * `internal` with `externalMu` false (`message` is M') or true (`mu`).
//!
//!   `deterministic` true signs with rnd = 0^32, false with the test's `rnd`.
//! * sigVer: `pk`, `signature` and the message as for sigGen -> `testPassed`.
//!
//! Keys are read from the test case, or from the group where older prompts put them.

use crate::{answer_group, answer_groups, engine_err, hex_upper, test_or_group_hex, AcvpResult, Obj};
use engine::mldsa::{Message, Params, PreHash};
use engine::Engine;
use serde_json::{json, Map, Value};

fn parameter_set(group: Obj) -> AcvpResult<Params> {
    let name = group.str("parameterSet")?;
    match Params::from_name(name) {
        Some(p) => Ok(p),
        None => group.invalid(
            "parameterSet",
            format!("unknown ML-DSA parameter set \"{name}\" (expected ML-DSA-44, ML-DSA-65 or ML-DSA-87)"),
        ),
    }
}

/// How a group presents its messages.
#[derive(Clone, Copy)]
enum Interface {
    Pure,
    PreHash,
    Internal,
    ExternalMu,
}

fn interface(group: Obj) -> AcvpResult<Interface> {
    match group.str("signatureInterface")? {
        "external" => match group.str("preHash")? {
            "pure" => Ok(Interface::Pure),
            "preHash" => Ok(Interface::PreHash),
            other => group.invalid(
                "preHash",
                format!("unknown value \"{other}\" (expected pure or preHash)"),
            ),
        },
        "internal" => Ok(if group.has("externalMu") && group.bool("externalMu")? {
            Interface::ExternalMu
        } else {
            Interface::Internal
        }),
        other => group.invalid(
            "signatureInterface",
            format!("unknown value \"{other}\" (expected external or internal)"),
        ),
    }
}

/// The inputs of one test case's message, owned so a [`Message`] can borrow them.
struct MessageFields {
    data: Vec<u8>,
    ctx: Vec<u8>,
    hash: Option<PreHash>,
}

impl MessageFields {
    fn read(t: Obj, iface: Interface) -> AcvpResult<Self> {
        Ok(match iface {
            Interface::Pure => MessageFields {
                data: t.hex("message")?,
                ctx: t.hex("context")?,
                hash: None,
            },
            Interface::PreHash => {
                let name = t.str("hashAlg")?;
                let Some(hash) = PreHash::from_name(name) else {
                    return t.invalid(
                        "hashAlg",
                        format!("unknown hash algorithm \"{name}\" for HashML-DSA"),
                    );
                };
                MessageFields {
                    data: t.hex("message")?,
                    ctx: t.hex("context")?,
                    hash: Some(hash),
                }
            }
            Interface::Internal => MessageFields {
                data: t.hex("message")?,
                ctx: vec![],
                hash: None,
            },
            Interface::ExternalMu => MessageFields {
                data: t.hex_len("mu", 64)?,
                ctx: vec![],
                hash: None,
            },
        })
    }

    fn message(&self, iface: Interface) -> Message<'_> {
        match (iface, self.hash) {
            (Interface::PreHash, Some(hash)) => Message::PreHash {
                msg: &self.data,
                ctx: &self.ctx,
                hash,
            },
            (Interface::Pure | Interface::PreHash, _) => Message::Pure {
                msg: &self.data,
                ctx: &self.ctx,
            },
            (Interface::Internal, _) => Message::Internal(&self.data),
            (Interface::ExternalMu, _) => Message::ExternalMu(&self.data),
        }
    }
}

/// Answers the test groups of an ML-DSA vector set (`mode` keyGen, sigGen or sigVer).
pub fn respond_groups(vs: Obj, engine: &mut dyn Engine) -> AcvpResult<Vec<Value>> {
    let mode = vs.str("mode")?;
    match mode {
        "keyGen" => answer_groups(vs, |group| {
            let p = parameter_set(group)?;
            answer_group(group, |t| {
                let seed = t.hex_len("seed", 32)?;
                let (pk, sk) = engine.mldsa_keygen(p, &seed).map_err(engine_err(t.path))?;
                let mut out = Map::new();
                out.insert("pk".into(), json!(hex_upper(&pk)));
                out.insert("sk".into(), json!(hex_upper(&sk)));
                Ok(out)
            })
        }),
        "sigGen" => answer_groups(vs, |group| {
            let p = parameter_set(group)?;
            let iface = interface(group)?;
            let deterministic = group.bool("deterministic")?;
            answer_group(group, |t| {
                let sk = test_or_group_hex(t, group, "sk")?;
                let fields = MessageFields::read(t, iface)?;
                let mut rnd = [0u8; 32];
                if !deterministic {
                    rnd.copy_from_slice(&t.hex_len("rnd", 32)?);
                }
                let sig = engine
                    .mldsa_sign(p, &sk, &fields.message(iface), &rnd)
                    .map_err(engine_err(t.path))?;
                let mut out = Map::new();
                out.insert("signature".into(), json!(hex_upper(&sig)));
                Ok(out)
            })
        }),
        "sigVer" => answer_groups(vs, |group| {
            let p = parameter_set(group)?;
            let iface = interface(group)?;
            answer_group(group, |t| {
                let pk = test_or_group_hex(t, group, "pk")?;
                let sig = t.hex("signature")?;
                let fields = MessageFields::read(t, iface)?;
                let ok = engine
                    .mldsa_verify(p, &pk, &fields.message(iface), &sig)
                    .map_err(engine_err(t.path))?;
                let mut out = Map::new();
                out.insert("testPassed".into(), json!(ok));
                Ok(out)
            })
        }),
        other => vs.invalid(
            "mode",
            format!("unknown ML-DSA mode \"{other}\" (expected keyGen, sigGen or sigVer)"),
        ),
    }
}
