//! ML-DSA-44 against every Wycheproof file in ../shared/vectors/wycheproof:
//! `mldsa_44_sign_seed_test`, `mldsa_44_sign_noseed_test`, `mldsa_44_verify_test`.
//!
//! Verdicts: "valid" must sign to exactly `sig` (and that signature must verify),
//! or verify; "invalid" must be refused (sign: a typed error; verify: false).
//! The files hold no "acceptable" case; should one appear it is treated as
//! "invalid" (the strict reading: a conforming implementation may reject it), and
//! the test fails so the decision gets reviewed.
//!
//! Signing: a case with `msg` signs through the external pure interface
//! (M' = 0 ‖ |ctx| ‖ ctx ‖ msg, ctx empty if absent); a case with only `mu` signs
//! from the external μ. Where both are given, the case is signed both ways and μ is
//! checked to be the one our interface computes. `rnd` absent means deterministic.

use golden_model::mldsa::{self, dsa, ExpandedSecretKey, Message, MlDsaError, ML_DSA_44};
use serde_json::Value;

const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/vectors/wycheproof"
);

fn load(name: &str) -> Value {
    let path = format!("{VECTORS}/{name}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn hex_field(v: &Value, name: &str) -> Option<Vec<u8>> {
    v.get(name)
        .and_then(|x| x.as_str())
        .map(|s| hex::decode(s).unwrap())
}

/// Expected verdict: true for "valid", false for "invalid".
fn expected(t: &Value) -> bool {
    match t["result"].as_str().unwrap() {
        "valid" => true,
        "invalid" => false,
        other => panic!("tcId {}: result {other:?} needs a decision", t["tcId"]),
    }
}

struct Counts {
    valid: usize,
    invalid: usize,
    wrong: Vec<String>,
}

impl Counts {
    fn new() -> Self {
        Counts {
            valid: 0,
            invalid: 0,
            wrong: vec![],
        }
    }
    fn record(&mut self, file: &str, t: &Value, want: bool, got: Result<(), String>) {
        match (want, &got) {
            (true, Ok(())) => self.valid += 1,
            (false, Err(_)) => self.invalid += 1,
            _ => self.wrong.push(format!(
                "{file} tcId {} ({}): expected {}, got {:?}",
                t["tcId"],
                t["comment"].as_str().unwrap_or(""),
                t["result"],
                got
            )),
        }
    }
    fn finish(self, file: &str, total: usize) {
        println!(
            "{file}: {} valid + {} invalid = {}/{total} verdicts right",
            self.valid,
            self.invalid,
            self.valid + self.invalid
        );
        assert!(self.wrong.is_empty(), "{}", self.wrong.join("\n"));
        assert_eq!(self.valid + self.invalid, total);
        assert!(
            self.valid > 0 && self.invalid > 0,
            "{file}: both verdicts must occur"
        );
    }
}

/// Signs one sign-test case with the private key `sk` (after the group's checks).
fn sign_case(sk: &[u8], pk: Option<&[u8]>, t: &Value) -> Result<(), String> {
    let p = ML_DSA_44;
    let ctx = hex_field(t, "ctx").unwrap_or_default();
    let rnd: [u8; 32] = hex_field(t, "rnd")
        .map(|r| r.try_into().unwrap())
        .unwrap_or([0; 32]);
    let want_sig = hex_field(t, "sig").unwrap();
    let msg = hex_field(t, "msg");
    let mu = hex_field(t, "mu");
    let sig = match &msg {
        Some(m) => mldsa::sign(&p, sk, &Message::Pure { msg: m, ctx: &ctx }, &rnd),
        None => mldsa::sign(&p, sk, &Message::ExternalMu(mu.as_deref().unwrap()), &rnd),
    }
    .map_err(|e| e.to_string())?;
    if sig != want_sig {
        return Err("signature differs".into());
    }
    if let (Some(m), Some(mu)) = (&msg, &mu) {
        let esk = ExpandedSecretKey::new(&p, sk, &mut golden_model::trace::NoTrace).unwrap();
        let ours = mldsa::mu_for(esk.tr(), &Message::Pure { msg: m, ctx: &ctx }).unwrap();
        assert_eq!(&ours[..], &mu[..], "tcId {}: mu", t["tcId"]);
        let sig2 = mldsa::sign(&p, sk, &Message::ExternalMu(mu), &rnd).unwrap();
        assert_eq!(sig2, want_sig, "tcId {}: external-mu signature", t["tcId"]);
    }
    if let Some(pk) = pk {
        let m = match &msg {
            Some(m) => Message::Pure { msg: m, ctx: &ctx },
            None => Message::ExternalMu(mu.as_deref().unwrap()),
        };
        mldsa::verify_detailed(&p, pk, &m, &sig)
            .map_err(|e| format!("own signature rejected: {e}"))?;
    }
    Ok(())
}

#[test]
fn wycheproof_sign_seed() {
    let file = "mldsa_44_sign_seed_test.json";
    let v = load(file);
    let mut c = Counts::new();
    for g in v["testGroups"].as_array().unwrap() {
        let seed = hex_field(g, "privateSeed").unwrap();
        let pk = hex_field(g, "publicKey");
        let keys = mldsa::keygen(&ML_DSA_44, &seed);
        if let (Ok((our_pk, _)), Some(pk)) = (&keys, &pk) {
            assert_eq!(our_pk, pk, "public key from seed {}", hex::encode(&seed));
        }
        for t in g["tests"].as_array().unwrap() {
            let got = match &keys {
                Ok((pk, sk)) => sign_case(sk, Some(pk), t),
                Err(e) => Err(e.to_string()),
            };
            c.record(file, t, expected(t), got);
        }
    }
    c.finish(file, v["numberOfTests"].as_u64().unwrap() as usize);
}

#[test]
fn wycheproof_sign_noseed() {
    let file = "mldsa_44_sign_noseed_test.json";
    let v = load(file);
    let mut c = Counts::new();
    for g in v["testGroups"].as_array().unwrap() {
        let sk = hex_field(g, "privateKey").unwrap();
        let pk = hex_field(g, "publicKey");
        for t in g["tests"].as_array().unwrap() {
            c.record(file, t, expected(t), sign_case(&sk, pk.as_deref(), t));
        }
    }
    c.finish(file, v["numberOfTests"].as_u64().unwrap() as usize);
}

#[test]
fn wycheproof_verify() {
    let file = "mldsa_44_verify_test.json";
    let v = load(file);
    let mut c = Counts::new();
    let mut reasons = std::collections::BTreeMap::<String, usize>::new();
    for g in v["testGroups"].as_array().unwrap() {
        let pk = hex_field(g, "publicKey").unwrap();
        for t in g["tests"].as_array().unwrap() {
            let msg = hex_field(t, "msg").unwrap();
            let ctx = hex_field(t, "ctx").unwrap_or_default();
            let sig = hex_field(t, "sig").unwrap();
            let r = mldsa::verify_detailed(
                &ML_DSA_44,
                &pk,
                &Message::Pure {
                    msg: &msg,
                    ctx: &ctx,
                },
                &sig,
            );
            // The verdict through the boolean interface agrees with the detailed one.
            assert_eq!(
                mldsa::verify(
                    &ML_DSA_44,
                    &pk,
                    &Message::Pure {
                        msg: &msg,
                        ctx: &ctx
                    },
                    &sig
                ),
                r.is_ok()
            );
            if let Err(e) = &r {
                let key = match e {
                    MlDsaError::InvalidLength { what, .. } => format!("length of {what}"),
                    other => format!("{other:?}"),
                };
                *reasons.entry(key).or_default() += 1;
            }
            c.record(file, t, expected(t), r.map_err(|e| e.to_string()));
        }
    }
    println!("{file}: rejections by reason {reasons:?}");
    c.finish(file, v["numberOfTests"].as_u64().unwrap() as usize);
}

/// The traces of the Wycheproof "ManySteps" signing cases show the rejection loop:
/// every iteration before the last restarted for a stated reason, the last accepted.
#[test]
fn wycheproof_many_steps_trace() {
    use golden_model::trace::Recorder;
    let v = load("mldsa_44_sign_noseed_test.json");
    let g = &v["testGroups"][0];
    let sk = hex_field(g, "privateKey").unwrap();
    let mut most = (0, 0);
    let mut reasons_seen = std::collections::BTreeSet::new();
    for t in g["tests"].as_array().unwrap() {
        let many = t["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "ManySteps");
        let Some(msg) = hex_field(t, "msg") else {
            continue;
        };
        if !many || t.get("ctx").is_some() || t.get("rnd").is_some() {
            continue;
        }
        let mut rec = Recorder::default();
        let sig = mldsa::sign_traced(
            &ML_DSA_44,
            &sk,
            &Message::Pure {
                msg: &msg,
                ctx: &[],
            },
            &[0; 32],
            &mut rec,
        )
        .unwrap();
        assert_eq!(sig, hex_field(t, "sig").unwrap());
        let iters: Vec<_> = rec
            .checkpoints
            .iter()
            .filter(|c| c.name == "sign_iteration")
            .collect();
        for (i, c) in iters.iter().enumerate() {
            assert_eq!(c.index, i * ML_DSA_44.l, "kappa advances by l");
            assert_eq!(c.cycle, None);
            assert_eq!(c.values[0] == dsa::SIGN_ACCEPTED, i + 1 == iters.len());
            reasons_seen.insert(c.values[0]);
        }
        if iters.len() > most.1 {
            most = (t["tcId"].as_u64().unwrap(), iters.len());
        }
    }
    println!(
        "ManySteps: most iterations {} (tcId {}); reason codes seen {:?}",
        most.1, most.0, reasons_seen
    );
    assert!(most.1 > 1, "some ManySteps case restarts");
    assert!(
        reasons_seen.len() >= 3,
        "several restart reasons are exercised"
    );
}
