//! FIPS 180-4 / FIPS 198-1 golden model: known answers and differential checks
//! against RustCrypto `sha2` and `hmac`.

use golden_model::sha2::*;
use golden_model::trace::Recorder;
use proptest::prelude::*;

fn h(b: &[u8]) -> String {
    hex::encode(b)
}

const ABC: &[u8] = b"abc";
const TWO_BLOCK_256: &[u8] = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
const TWO_BLOCK_512: &[u8] = b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

#[test]
fn fips180_example_values() {
    // NIST "Examples with intermediate values" (FIPS 180-4 example files).
    assert_eq!(h(&sha224(ABC)), "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
    assert_eq!(h(&sha224(TWO_BLOCK_256)), "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525");
    assert_eq!(h(&sha256(ABC)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_eq!(h(&sha256(TWO_BLOCK_256)), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    assert_eq!(h(&sha256(b"")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_eq!(
        h(&sha384(ABC)),
        "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
    );
    assert_eq!(
        h(&sha384(TWO_BLOCK_512)),
        "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"
    );
    assert_eq!(
        h(&sha512(ABC)),
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
    );
    assert_eq!(
        h(&sha512(TWO_BLOCK_512)),
        "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"
    );
    assert_eq!(h(&sha512_224(ABC)), "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa");
    assert_eq!(h(&sha512_224(TWO_BLOCK_512)), "23fec5bb94d60b23308192640b0c453335d664734fe40e7268674af9");
    assert_eq!(h(&sha512_256(ABC)), "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
    assert_eq!(h(&sha512_256(TWO_BLOCK_512)), "3928e184fb8690f840da3988121d31be65cb9d3ef83ee6146feac861e19b563a");
}

#[test]
fn million_a() {
    // FIPS 180-2 Appendix B.3 / C.3: one million 'a'.
    let msg = vec![b'a'; 1_000_000];
    assert_eq!(h(&sha256(&msg)), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    assert_eq!(
        h(&sha512(&msg)),
        "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"
    );
}

#[test]
fn rfc4231_hmac_test_case_2_and_6() {
    // RFC 4231 §4.3 (key "Jefe") and §4.7 (131-byte key, hashed first).
    let msg = b"what do ya want for nothing?";
    assert_eq!(
        h(&hmac(Sha2Alg::Sha224, b"Jefe", msg)),
        "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44"
    );
    assert_eq!(
        h(&hmac(Sha2Alg::Sha256, b"Jefe", msg)),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    assert_eq!(
        h(&hmac(Sha2Alg::Sha384, b"Jefe", msg)),
        "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649"
    );
    assert_eq!(
        h(&hmac(Sha2Alg::Sha512, b"Jefe", msg)),
        "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
    );
    let key = [0xaau8; 131];
    let msg = b"Test Using Larger Than Block-Size Key - Hash Key First";
    assert_eq!(
        h(&hmac(Sha2Alg::Sha256, &key, msg)),
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
    );
    assert_eq!(
        h(&hmac(Sha2Alg::Sha512, &key, msg)),
        "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"
    );
}

#[test]
fn names_round_trip() {
    for a in Sha2Alg::ALL {
        assert_eq!(Sha2Alg::from_name(a.name()), Some(a));
        assert_eq!(Sha2Alg::from_code(a as u8), Some(a));
        assert_eq!(digest(a, b"").len(), a.digest_len());
    }
    assert_eq!(Sha2Alg::from_name("SHA-512/256"), Some(Sha2Alg::Sha512_256));
    assert_eq!(Sha2Alg::from_name("sha2-384"), Some(Sha2Alg::Sha384));
    assert_eq!(Sha2Alg::from_name("SHA3-256"), None);
    assert_eq!(Sha2Alg::from_code(6), None);
}

#[test]
fn trace_reports_one_checkpoint_per_block() {
    // 56 bytes of SHA-256: the padding does not fit, so finalize runs two blocks.
    let mut s = Sha2::with_trace(Sha2Alg::Sha256, Recorder::default());
    s.update(TWO_BLOCK_256);
    assert_eq!(s.trace().checkpoints.len(), 0);
    let (d, t) = s.finalize_with_trace();
    assert_eq!(h(&d), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    assert_eq!(t.checkpoints.len(), 2);
    // The last checkpoint's state words are the digest.
    let words: Vec<u8> = t.checkpoints[1].values.iter().flat_map(|&w| (w as u32).to_be_bytes()).collect();
    assert_eq!(words, d);
    // 128 bytes of SHA-512 fill exactly one block: compressed on update.
    let mut s3 = Sha2::with_trace(Sha2Alg::Sha512, Recorder::default());
    s3.update(&[0u8; 111]);
    s3.update(&[0u8; 17]);
    let cps = &s3.trace().checkpoints;
    assert_eq!(cps.len(), 1);
    assert_eq!((cps[0].block, cps[0].name, cps[0].index), ("sha2", "block", 0));
    assert_eq!(cps[0].values.len(), 8);
}

#[path = "common/rustcrypto_sha2.rs"]
mod rustcrypto_sha2;
use rustcrypto_sha2::{rustcrypto, rustcrypto_hmac};

#[test]
fn every_length_around_the_padding_boundaries() {
    // Lengths 0..=300 cover every position of the 0x80 byte and the length field
    // relative to both block sizes, including the two-block padding cases.
    let msg: Vec<u8> = (0..300u32).map(|i| (i * 7 + 3) as u8).collect();
    for alg in Sha2Alg::ALL {
        for n in 0..=msg.len() {
            assert_eq!(digest(alg, &msg[..n]), rustcrypto(alg, &msg[..n]), "{} len {n}", alg.name());
        }
    }
}

fn any_alg() -> impl Strategy<Value = Sha2Alg> {
    (0u8..6).prop_map(|c| Sha2Alg::from_code(c).unwrap())
}

proptest! {
    #[test]
    fn digest_matches_rustcrypto(alg in any_alg(), msg in proptest::collection::vec(any::<u8>(), 0..600)) {
        prop_assert_eq!(digest(alg, &msg), rustcrypto(alg, &msg));
    }

    #[test]
    fn incremental_equals_one_shot(alg in any_alg(), msg in proptest::collection::vec(any::<u8>(), 0..600),
                                   cuts in proptest::collection::vec(0usize..600, 0..6)) {
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(msg.len())).collect();
        cuts.sort();
        let mut s = Sha2::new(alg);
        let mut prev = 0;
        for c in cuts {
            s.update(&msg[prev..c]);
            prev = c;
        }
        s.update(&msg[prev..]);
        prop_assert_eq!(s.finalize(), digest(alg, &msg));
    }

    #[test]
    fn hmac_matches_rustcrypto(alg in any_alg(), key in proptest::collection::vec(any::<u8>(), 0..300),
                               msg in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(hmac(alg, &key, &msg), rustcrypto_hmac(alg, &key, &msg));
        let mut m = Hmac::new(alg, &key);
        let half = msg.len() / 2;
        m.update(&msg[..half]);
        m.update(&msg[half..]);
        prop_assert_eq!(m.finalize(), rustcrypto_hmac(alg, &key, &msg));
    }
}
