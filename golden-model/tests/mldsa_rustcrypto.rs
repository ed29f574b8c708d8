//! ML-DSA golden model against RustCrypto `ml-dsa` 0.0.4 on random seeds, messages,
//! contexts and randomness, for every parameter set (16 cases each):
//! KeyGen_internal, deterministic external signing, hedged Sign_internal, and
//! cross-verification (each verifies the other's signatures and both reject the
//! same tampered signature).

use golden_model::mldsa::{self, Message, Params, ML_DSA_44, ML_DSA_65, ML_DSA_87};
use ml_dsa::{
    EncodedSignature, KeyGen, KeyPair, MlDsa44, MlDsa65, MlDsa87, MlDsaParams, Signature, B32,
};
use proptest::prelude::*;

fn check<P>(
    gp: &Params,
    seed: &[u8; 32],
    msg: &[u8],
    ctx: &[u8],
    rnd: &[u8; 32],
    flip: usize,
) -> Result<(), TestCaseError>
where
    P: MlDsaParams + KeyGen<KeyPair = KeyPair<P>>,
{
    // KeyGen_internal.
    let kp = P::key_gen_internal(&B32::try_from(&seed[..]).unwrap());
    let (pk, sk) = mldsa::keygen(gp, seed).unwrap();
    prop_assert_eq!(&pk[..], &kp.verifying_key().encode()[..]);
    prop_assert_eq!(&sk[..], &kp.signing_key().encode()[..]);

    // Deterministic ML-DSA.Sign with a context.
    let rc = kp
        .signing_key()
        .sign_deterministic(msg, ctx)
        .unwrap()
        .encode();
    let ours = mldsa::sign(gp, &sk, &Message::Pure { msg, ctx }, &[0; 32]).unwrap();
    prop_assert_eq!(&ours[..], &rc[..]);

    // Hedged Sign_internal on M' = msg.
    let rc2 = kp
        .signing_key()
        .sign_internal(&[msg], &B32::try_from(&rnd[..]).unwrap())
        .encode();
    let ours2 = mldsa::sign(gp, &sk, &Message::Internal(msg), rnd).unwrap();
    prop_assert_eq!(&ours2[..], &rc2[..]);

    // Cross-verification, and one flipped bit judged alike by both.
    let decode = |s: &[u8]| Signature::<P>::decode(&EncodedSignature::<P>::try_from(s).unwrap());
    let vk = kp.verifying_key();
    prop_assert!(vk.verify_with_context(msg, ctx, &decode(&ours).unwrap()));
    let pure = Message::Pure { msg, ctx };
    let ok_theirs = mldsa::verify(gp, &pk, &pure, &rc);
    let ok_theirs_internal = mldsa::verify(gp, &pk, &Message::Internal(msg), &rc2);
    prop_assert!(ok_theirs);
    prop_assert!(ok_theirs_internal);
    let mut bad = ours.clone();
    let bit = flip % (8 * bad.len());
    bad[bit / 8] ^= 1 << (bit % 8);
    let theirs = decode(&bad)
        .map(|s| vk.verify_with_context(msg, ctx, &s))
        .unwrap_or(false);
    let ours_bad = mldsa::verify(gp, &pk, &pure, &bad);
    prop_assert_eq!(ours_bad, theirs);
    Ok(())
}

fn inputs() -> impl Strategy<Value = ([u8; 32], Vec<u8>, Vec<u8>, [u8; 32], usize)> {
    (
        any::<[u8; 32]>(),
        prop::collection::vec(any::<u8>(), 0..300),
        prop::collection::vec(any::<u8>(), 0..=255),
        any::<[u8; 32]>(),
        any::<usize>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn ml_dsa_44_matches_rustcrypto((seed, msg, ctx, rnd, flip) in inputs()) {
        check::<MlDsa44>(&ML_DSA_44, &seed, &msg, &ctx, &rnd, flip)?;
    }

    #[test]
    fn ml_dsa_65_matches_rustcrypto((seed, msg, ctx, rnd, flip) in inputs()) {
        check::<MlDsa65>(&ML_DSA_65, &seed, &msg, &ctx, &rnd, flip)?;
    }

    #[test]
    fn ml_dsa_87_matches_rustcrypto((seed, msg, ctx, rnd, flip) in inputs()) {
        check::<MlDsa87>(&ML_DSA_87, &seed, &msg, &ctx, &rnd, flip)?;
    }
}
