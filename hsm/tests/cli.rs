//! The `hsm` command as a person uses it: exit codes and what it prints.

use std::process::Command;

fn hsm(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hsm")).args(args).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn main_job_prints_a_table_and_passes() {
    let (ok, text) = hsm(&["run", "--cases", "50"]);
    assert!(ok, "{text}");
    for block in ["keccak_core_r1", "keccak_core_r2", "keccak_core_r3", "keccak_sponge", "keccak_sponge_r1", "ntt_unit_b1", "ntt_unit_b2", "ntt_unit_b4", "puf_kdf"] {
        assert!(text.lines().any(|l| l.starts_with(block) && l.ends_with("PASS")), "{block} row missing:\n{text}");
    }
}

#[test]
fn diff_keccak_passes_and_fails_on_an_injected_fault() {
    let (ok, text) = hsm(&["diff", "keccak", "--seed", "3"]);
    assert!(ok, "{text}");
    assert!(text.contains("RTL equals golden model: 12 checkpoints over 13 cycles"), "{text}");
    let dir = std::env::temp_dir().join("hsm-cli-test");
    let vcd = dir.join("fault.vcd");
    let (ok, text) = hsm(&["diff", "keccak", "--seed", "3", "--inject-fault", "2:5:1", "--vcd", vcd.to_str().unwrap()]);
    assert!(!ok, "a fault must give a non-zero exit:\n{text}");
    assert!(text.contains("MISMATCH in keccak_core_r2 at cycle 3: checkpoint round[3]"), "{text}");
    assert!(vcd.exists());
}

#[test]
fn bad_arguments_get_clear_errors() {
    let (ok, text) = hsm(&["diff", "keccak", "--rounds", "4"]);
    assert!(!ok && text.contains("--rounds must be 1, 2 or 3"), "{text}");
    let (ok, text) = hsm(&["diff", "keccak", "--inject-fault", "1:99:0"]);
    assert!(!ok && text.contains("CYCLE:LANE:BIT"), "{text}");
    let (ok, text) = hsm(&["acvp", "--engine", "fpga", "Cargo.toml"]);
    assert!(!ok && text.contains("hsm:"), "{text}");
    let (ok, text) = hsm(&["acvp", "/nonexistent.json"]);
    assert!(!ok && text.contains("/nonexistent.json"), "{text}");
}

#[test]
fn emit_check_reports_the_checked_in_verilog_up_to_date() {
    let (ok, text) = hsm(&["emit", "--check"]);
    assert!(ok, "{text}");
    assert!(text.contains("keccak_sponge") && text.contains("up to date"), "{text}");
}

#[test]
fn diff_ntt_passes_for_both_moduli_and_rejects_a_bad_mode() {
    for mode in ["kem", "dsa"] {
        let (ok, text) = hsm(&["diff", "ntt", "--mode", mode, "--seed", "1"]);
        assert!(ok && text.contains("verdict: PASS"), "{text}");
    }
    let (ok, text) = hsm(&["diff", "ntt", "--mode", "rsa"]);
    assert!(!ok && text.contains("--mode must be kem or dsa"), "{text}");
}

#[test]
fn acvp_through_the_rtl_engine_answers_ml_kem_and_says_what_it_cannot_do() {
    let acvp = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/vectors/acvp");
    // ML-KEM keyGen runs on mlkem_engine: the same answers as the golden model.
    let prompt = format!("{acvp}/ML-KEM-keyGen-FIPS203/internalProjection.json");
    let (ok, rtl) = hsm(&["acvp", "--engine", "rtl", &prompt]);
    assert!(ok && rtl.contains("\"tcId\""), "{}", &rtl[..rtl.len().min(500)]);
    let (ok, golden) = hsm(&["acvp", "--engine", "golden", &prompt]);
    assert!(ok);
    let (r, g): (serde_json::Value, serde_json::Value) = (serde_json::from_str(&rtl).unwrap(), serde_json::from_str(&golden).unwrap());
    assert_eq!(r, g, "rtl and golden answers differ");
    // ML-DSA has no block yet: a typed refusal, not a wrong answer.
    let prompt = format!("{acvp}/ML-DSA-keyGen-FIPS204/internalProjection.json");
    let (ok, text) = hsm(&["acvp", "--engine", "rtl", &prompt]);
    assert!(!ok && text.contains("the rtl engine does not implement"), "{}", &text[..text.len().min(500)]);
}

#[test]
fn diff_mlkem_passes_names_an_injected_fault_and_rejects_bad_arguments() {
    let (ok, text) = hsm(&["diff", "mlkem", "--params", "512", "--op", "decaps", "--seed", "2"]);
    assert!(ok && text.contains("Alg 18 steps 9-10") && text.contains("outputs equal"), "{text}");
    let (ok, text) = hsm(&["diff", "mlkem", "--params", "768", "--op", "keygen", "--seed", "1", "--inject-fault", "900:4:17:3"]);
    assert!(!ok && text.contains("DIFFERS") && text.contains("MISMATCH in mlkem_engine"), "{text}");
    let (ok, text) = hsm(&["diff", "mlkem", "--params", "640", "--op", "keygen"]);
    assert!(!ok && text.contains("--params must be 512, 768 or 1024"), "{text}");
    let (ok, text) = hsm(&["diff", "mlkem", "--params", "512", "--op", "sign"]);
    assert!(!ok && text.contains("--op must be keygen, encaps or decaps"), "{text}");
    let (ok, text) = hsm(&["diff", "mlkem", "--params", "512", "--op", "keygen", "--inject-fault", "1:99:0:0"]);
    assert!(!ok && text.contains("CYCLE:SLOT:INDEX:BIT"), "{text}");
}

#[test]
fn diff_ecdsa_passes_names_an_injected_fault_and_rejects_bad_arguments() {
    let (ok, text) = hsm(&["diff", "ecdsa", "--curve", "p256", "--op", "verify", "--seed", "2"]);
    assert!(ok && text.contains("RTL equals golden model: 515 checkpoints") && text.contains("done, no error"), "{text}");
    let (ok, text) = hsm(&["diff", "ecdsa", "--curve", "p256", "--op", "keygen", "--seed", "1", "--inject-fault", "20000:10:77"]);
    assert!(!ok && text.contains("DIFFERS") && text.contains("MISMATCH in ecc_engine"), "{text}");
    let (ok, text) = hsm(&["diff", "ecdsa", "--curve", "p521", "--op", "keygen"]);
    assert!(!ok && text.contains("--curve must be p256 or p384"), "{text}");
    let (ok, text) = hsm(&["diff", "ecdsa", "--curve", "p384", "--op", "encaps"]);
    assert!(!ok && text.contains("--op must be keygen, sign, detsign, verify or validate"), "{text}");
    let (ok, text) = hsm(&["diff", "ecdsa", "--curve", "p256", "--op", "sign", "--inject-fault", "1:32:0"]);
    assert!(!ok && text.contains("CYCLE:SLOT:BIT"), "{text}");
}

#[test]
fn synth_bad_target_and_block_are_named() {
    let (ok, text) = hsm(&["synth", "--target", "ice40-xx", "--all"]);
    assert!(!ok && text.contains("valid targets are"), "{text}");
    let (ok, text) = hsm(&["synth", "--target", "ice40-hx8k", "--block", "nosuch"]);
    assert!(!ok && text.contains("unknown block 'nosuch'"), "{text}");
}
