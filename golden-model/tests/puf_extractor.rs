//! Fuzzy extractor and KDF: enrolment/reconstruction round trips across noise, the
//! key check against manipulated helper data, wrong lengths, random bytes.

use golden_model::keccak::{sha3_256, shake256};
use golden_model::puf::extractor::{enrol, reconstruct};
use golden_model::puf::kdf::{derive, helper_hash, KDF_LABEL};
use golden_model::puf::physical::{rising_edges, Conditions, Device, PufParams};
use golden_model::puf::{PufError, Secret, HELPER_WORDS, RESPONSE_WORDS, SECRET_BYTES};
use golden_model::trace::{NoTrace, Recorder};
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn random_key(rng: &mut impl Rng) -> Secret {
    golden_model::puf::random_secret(rng)
}

#[test]
fn kdf_is_shake256_of_label_secret_and_helper_hash() {
    let secret = [0x11u8; SECRET_BYTES];
    let offset: Vec<u64> = (0..RESPONSE_WORDS as u64).map(|i| i * 0x0123_4567_89ab_cdef).collect();
    let bytes: Vec<u8> = offset.iter().flat_map(|w: &u64| w.to_le_bytes()).collect();
    let hh = helper_hash(&offset);
    assert_eq!(hh, sha3_256(&bytes));
    let mut msg = KDF_LABEL.to_vec();
    msg.extend_from_slice(&secret);
    msg.extend_from_slice(&hh);
    let out = shake256(&msg, 40);
    let (key, kcv) = derive(&secret, &hh);
    assert_eq!(&key[..], &out[..32]);
    assert_eq!(kcv, u64::from_le_bytes(out[32..].try_into().unwrap()));
}

#[test]
fn closed_form_count_equals_counting_the_sampled_levels() {
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    for _ in 0..2000 {
        let phi0: u32 = rng.gen();
        let inc: u32 = rng.gen_range(0..(1u32 << 31));
        let w: u32 = rng.gen_range(0..600);
        let level = |k: u32| phi0.wrapping_add(k.wrapping_mul(inc)) >> 31;
        let counted = (1..=w).filter(|&k| level(k - 1) == 0 && level(k) == 1).count() as u32;
        assert_eq!(rising_edges(phi0, inc, w), counted, "{phi0} {inc} {w}");
    }
}

#[test]
fn enrol_then_reconstruct_across_devices_and_conditions() {
    let params = PufParams::default();
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    for d in 0..12u64 {
        let dev = Device::new(&params, d);
        let r0 = dev.evaluate(Conditions::NOMINAL, &mut rng).response();
        let k = random_key(&mut rng);
        let mut rec = Recorder::default();
        let e = enrol(&r0, &k, &mut rec).unwrap();
        assert_eq!(rec.checkpoints.len(), 2 * golden_model::puf::code::BLOCKS + 1);
        assert_eq!(e.helper.words().len(), HELPER_WORDS);
        for c in [Conditions::NOMINAL, Conditions::new(-40.0, 1.1), Conditions::new(125.0, 0.9), Conditions::new(85.0, 1.0)] {
            let r = dev.evaluate(c, &mut rng).response();
            assert_eq!(reconstruct(&r, &e.helper.words(), &mut NoTrace), Ok(e.key), "device {d} at {c:?}");
        }
        // Another device's response with this helper data: no key.
        let other = Device::new(&params, 1000 + d).evaluate(Conditions::NOMINAL, &mut rng).response();
        assert_eq!(reconstruct(&other, &e.helper.words(), &mut NoTrace), Err(PufError::KeyCheckFailed));
    }
}

#[test]
fn manipulated_helper_data_never_yields_the_enrolled_key() {
    let params = PufParams::default();
    let mut rng = ChaCha8Rng::seed_from_u64(12);
    let dev = Device::new(&params, 5);
    let r0 = dev.evaluate(Conditions::NOMINAL, &mut rng).response();
    let e = enrol(&r0, &random_key(&mut rng), &mut NoTrace).unwrap();
    let r = dev.evaluate(Conditions::NOMINAL, &mut rng).response();
    for t in 0..200 {
        let mut h = e.helper.words();
        // One flipped bit (the code corrects it: the secret is the same, but the helper
        // hash differs), several bits, a whole word, or the KCV itself.
        match t % 4 {
            0 => h[rng.gen_range(0..RESPONSE_WORDS)] ^= 1 << rng.gen_range(0..64),
            1 => (0..rng.gen_range(2..40)).for_each(|_| h[rng.gen_range(0..RESPONSE_WORDS)] ^= 1 << rng.gen_range(0..64)),
            2 => h[rng.gen_range(0..RESPONSE_WORDS)] = rng.gen(),
            _ => h[RESPONSE_WORDS] ^= 1 << rng.gen_range(0..64),
        }
        assert_eq!(reconstruct(&r, &h, &mut NoTrace), Err(PufError::KeyCheckFailed), "manipulation {t}");
    }
    // An attacker who also recomputes the KCV cannot: it needs the secret.
}

#[test]
fn wrong_helper_length_is_an_error() {
    let params = PufParams::default();
    let mut rng = ChaCha8Rng::seed_from_u64(13);
    let dev = Device::new(&params, 6);
    let r0 = dev.evaluate(Conditions::NOMINAL, &mut rng).response();
    let e = enrol(&r0, &random_key(&mut rng), &mut NoTrace).unwrap();
    let w = e.helper.words();
    for n in [0usize, 1, 2, 3, 33, 63, 64, RESPONSE_WORDS - 1, RESPONSE_WORDS] {
        let mut rec = Recorder::default();
        assert_eq!(reconstruct(&r0, &w[..n], &mut rec), Err(PufError::HelperTooShort { words: n }));
        // Blocks are decoded only while both their words arrived before the early
        // last word; the block being measured when it arrives shows its response only.
        let bytes = rec.checkpoints.iter().filter(|c| c.name == "byte").count();
        let resps = rec.checkpoints.iter().filter(|c| c.name == "response").count();
        assert_eq!((bytes, resps), (n.saturating_sub(1) / 2, n.saturating_sub(1) / 2 + 1), "{n}");
    }
    let mut long = w.clone();
    long.push(0);
    assert_eq!(reconstruct(&r0, &long, &mut NoTrace), Err(PufError::HelperTooLong { words: HELPER_WORDS + 1 }));
    assert_eq!(reconstruct(&r0[..63], &w, &mut NoTrace), Err(PufError::ResponseLength { words: 63 }));
    assert_eq!(PufError::HelperTooShort { words: 3 }.code(), 3);
    assert_eq!(PufError::KeyCheckFailed.code(), 5);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Random helper records and responses: an error or a key, never a panic; a key only
    /// when the KCV matched.
    #[test]
    fn random_bytes_never_panic(resp in proptest::collection::vec(any::<u64>(), RESPONSE_WORDS),
                                helper in proptest::collection::vec(any::<u64>(), 0..HELPER_WORDS + 16)) {
        match reconstruct(&resp, &helper, &mut NoTrace) {
            Ok(_) => prop_assert!(false, "random helper data gave a key"),
            Err(e) => prop_assert!(e.code() >= 3),
        }
    }
}
