//! A back end that implements nothing answers `Unsupported` for every operation,
//! naming itself and the operation.

use engine::mldsa::ML_DSA_44;
use engine::mlkem::ML_KEM_768;
use engine::{EcCurve, Engine, EngineError, HashAlg, MlDsaMessage, PreHash, Sha3Mode};
use std::collections::BTreeSet;

struct Nothing;

impl Engine for Nothing {
    fn name(&self) -> &'static str {
        "nothing"
    }
}

fn operation<T>(r: Result<T, EngineError>) -> &'static str {
    match r {
        Err(EngineError::Unsupported { engine: "nothing", operation }) => operation,
        Err(e) => panic!("expected Unsupported, got {e}"),
        Ok(_) => panic!("expected Unsupported, got a value"),
    }
}

#[test]
fn every_default_is_unsupported() {
    let e = &mut Nothing;
    let msg = MlDsaMessage::PreHash { msg: b"m", ctx: b"", hash: PreHash::Sha2_256 };
    let hash = HashAlg::Sha3(Sha3Mode::Sha3_256);
    let ops = [
        operation(e.keccak_f1600([0; 25])),
        operation(e.sha3(Sha3Mode::Shake128, b"", 16)),
        operation(e.mlkem_keygen(ML_KEM_768, &[0; 32], &[0; 32])),
        operation(e.mlkem_encaps(ML_KEM_768, &[], &[0; 32])),
        operation(e.mlkem_decaps(ML_KEM_768, &[], &[])),
        operation(e.mlkem_check_ek(ML_KEM_768, &[])),
        operation(e.mlkem_check_dk(ML_KEM_768, &[])),
        operation(e.mldsa_keygen(ML_DSA_44, &[0; 32])),
        operation(e.mldsa_sign(ML_DSA_44, &[], &msg, &[0; 32])),
        operation(e.mldsa_verify(ML_DSA_44, &[], &msg, &[])),
        operation(e.ecdsa_public_key(EcCurve::P256, &[1])),
        operation(e.ecdsa_check_public_key(EcCurve::P256, &[], &[])),
        operation(e.ecdsa_sign(EcCurve::P384, hash, &[1], b"", &[1])),
        operation(e.ecdsa_sign_deterministic(EcCurve::P384, hash, &[1], b"")),
        operation(e.ecdsa_verify(EcCurve::P256, hash, &[], &[], b"", &[], &[])),
    ];
    assert_eq!(ops.iter().collect::<BTreeSet<_>>().len(), ops.len(), "each default names its own operation: {ops:?}");
    assert_eq!(
        e.sha3(Sha3Mode::Sha3_256, b"", 0).unwrap_err().to_string(),
        "the nothing engine does not implement SHA-3"
    );
}

#[test]
fn errors_name_the_input_or_the_block() {
    let reason = "ciphertext must be 1088 bytes, got 3".to_string();
    let invalid = EngineError::InvalidInput { what: "ciphertext", reason };
    assert_eq!(invalid.to_string(), "invalid ciphertext: ciphertext must be 1088 bytes, got 3");
    let fatal = EngineError::Fatal { block: "keccak_sponge" };
    assert!(fatal.to_string().starts_with("keccak_sponge raised its fatal alarm"));
}
