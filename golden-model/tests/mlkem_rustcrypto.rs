//! ML-KEM golden model against RustCrypto `ml-kem` 0.2 (an independent
//! implementation) on random d, z, m for every parameter set: KeyGen, Encaps,
//! Decaps of the honest ciphertext and of a corrupted one (implicit rejection).

use golden_model::mlkem::{self, Params, ML_KEM_1024, ML_KEM_512, ML_KEM_768};
use ml_kem::kem::Decapsulate;
use ml_kem::{EncapsulateDeterministic, EncodedSizeUser, KemCore, MlKem1024, MlKem512, MlKem768, B32};
use proptest::prelude::*;

struct Reference {
    ek: Vec<u8>,
    dk: Vec<u8>,
    c: Vec<u8>,
    k: Vec<u8>,
    k_corrupted: Vec<u8>,
}

/// RustCrypto: keygen(d, z), encaps(m), decaps(c), decaps(c with byte `pos` ^= `flip`).
fn reference<K: KemCore>(d: &[u8; 32], z: &[u8; 32], m: &[u8; 32], pos: usize, flip: u8) -> Reference {
    let (dk, ek) = K::generate_deterministic(&B32::from(*d), &B32::from(*z));
    let (c, k) = ek.encapsulate_deterministic(&B32::from(*m)).unwrap();
    let mut bad = c.clone();
    let i = pos % bad.len();
    bad[i] ^= flip;
    let k_corrupted = dk.decapsulate(&bad).unwrap();
    assert_eq!(dk.decapsulate(&c).unwrap(), k);
    Reference {
        ek: ek.as_bytes().to_vec(),
        dk: dk.as_bytes().to_vec(),
        c: c.to_vec(),
        k: k.to_vec(),
        k_corrupted: k_corrupted.to_vec(),
    }
}

fn check(p: &Params, r: Reference, d: &[u8; 32], z: &[u8; 32], m: &[u8; 32], pos: usize, flip: u8) {
    let (ek, dk) = mlkem::keygen(p, d, z).unwrap();
    assert_eq!(ek, r.ek, "{} ek", p.name);
    assert_eq!(dk, r.dk, "{} dk", p.name);
    let (k, c) = mlkem::encaps(p, &ek, m).unwrap();
    assert_eq!(c, r.c, "{} c", p.name);
    assert_eq!(k.to_vec(), r.k, "{} K", p.name);
    assert_eq!(mlkem::decaps(p, &dk, &c).unwrap().to_vec(), r.k, "{} decaps", p.name);
    let mut bad = c.clone();
    let i = pos % bad.len();
    bad[i] ^= flip;
    let k_bad = mlkem::decaps(p, &dk, &bad).unwrap();
    assert_eq!(k_bad.to_vec(), r.k_corrupted, "{} implicit rejection", p.name);
    assert_ne!(k_bad, k, "{} corrupted ciphertext gave the real key", p.name);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn ml_kem_512_matches_rustcrypto(d in any::<[u8; 32]>(), z in any::<[u8; 32]>(), m in any::<[u8; 32]>(),
                                     pos in any::<usize>(), flip in 1u8..) {
        check(&ML_KEM_512, reference::<MlKem512>(&d, &z, &m, pos, flip), &d, &z, &m, pos, flip);
    }

    #[test]
    fn ml_kem_768_matches_rustcrypto(d in any::<[u8; 32]>(), z in any::<[u8; 32]>(), m in any::<[u8; 32]>(),
                                     pos in any::<usize>(), flip in 1u8..) {
        check(&ML_KEM_768, reference::<MlKem768>(&d, &z, &m, pos, flip), &d, &z, &m, pos, flip);
    }

    #[test]
    fn ml_kem_1024_matches_rustcrypto(d in any::<[u8; 32]>(), z in any::<[u8; 32]>(), m in any::<[u8; 32]>(),
                                      pos in any::<usize>(), flip in 1u8..) {
        check(&ML_KEM_1024, reference::<MlKem1024>(&d, &z, &m, pos, flip), &d, &z, &m, pos, flip);
    }
}
