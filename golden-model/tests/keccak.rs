//! FIPS 202 golden model: known answers and a differential check against RustCrypto `sha3`.

use golden_model::keccak::*;
use golden_model::trace::Recorder;
use proptest::prelude::*;
use sha3::digest::{ExtendableOutput, Update};
use sha3::Digest;

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn keccak_f_of_zero_state() {
    // Keccak team reference: Keccak-f[1600] applied to the all-zero state, lane 0.
    let mut a = [0u64; 25];
    keccak_f1600(&mut a);
    assert_eq!(a[0], 0xF1258F7940E1DDE7);
    assert_eq!(a[1], 0x84D5CCF933C0478A);
    keccak_f1600(&mut a);
    assert_eq!(a[0], 0x2D5C954DF96ECB3C);
}

#[test]
fn fips202_example_values() {
    // NIST "Cryptographic Standards and Guidelines" FIPS 202 example values.
    assert_eq!(
        hex(&sha3_224(b"")),
        "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7"
    );
    assert_eq!(
        hex(&sha3_256(b"")),
        "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"
    );
    assert_eq!(
        hex(&sha3_256(b"abc")),
        "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
    );
    assert_eq!(
        hex(&sha3_384(b"")),
        "0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004"
    );
    assert_eq!(
        hex(&sha3_512(b"abc")),
        "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0"
    );
    assert_eq!(
        hex(&shake128(b"", 32)),
        "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26"
    );
    assert_eq!(
        hex(&shake256(b"", 64)),
        "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762fd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be"
    );
}

fn rustcrypto(mode: Sha3Mode, msg: &[u8], out_len: usize) -> Vec<u8> {
    match mode {
        Sha3Mode::Sha3_224 => sha3::Sha3_224::digest(msg).to_vec(),
        Sha3Mode::Sha3_256 => sha3::Sha3_256::digest(msg).to_vec(),
        Sha3Mode::Sha3_384 => sha3::Sha3_384::digest(msg).to_vec(),
        Sha3Mode::Sha3_512 => sha3::Sha3_512::digest(msg).to_vec(),
        Sha3Mode::Shake128 => {
            let mut h = sha3::Shake128::default();
            h.update(msg);
            h.finalize_boxed(out_len).to_vec()
        }
        Sha3Mode::Shake256 => {
            let mut h = sha3::Shake256::default();
            h.update(msg);
            h.finalize_boxed(out_len).to_vec()
        }
    }
}

fn golden(mode: Sha3Mode, msg: &[u8], out_len: usize) -> Vec<u8> {
    let mut s = Sponge::new(mode);
    s.absorb(msg);
    let mut out = vec![0u8; mode.digest_len().unwrap_or(out_len)];
    s.squeeze(&mut out);
    out
}

#[test]
fn every_rate_boundary_matches_rustcrypto() {
    for mode in Sha3Mode::ALL {
        let r = mode.rate();
        for len in [0, 1, r - 2, r - 1, r, r + 1, 2 * r - 1, 2 * r, 2 * r + 1] {
            let msg: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
            for out in [1, r - 1, r, r + 1, 3 * r] {
                assert_eq!(golden(mode, &msg, out), rustcrypto(mode, &msg, out), "{mode:?} len {len} out {out}");
            }
        }
    }
}

#[test]
fn absorb_in_pieces_equals_absorb_at_once() {
    let msg: Vec<u8> = (0..500u32).map(|i| (i * 13) as u8).collect();
    for mode in Sha3Mode::ALL {
        let mut a = Sponge::new(mode);
        for chunk in msg.chunks(7) {
            a.absorb(chunk);
        }
        let mut b = Sponge::new(mode);
        b.absorb(&msg);
        let (mut x, mut y) = ([0u8; 300], [0u8; 300]);
        for i in 0..300 {
            a.squeeze(&mut x[i..i + 1]);
        }
        b.squeeze(&mut y);
        assert_eq!(x, y);
    }
}

#[test]
fn squeeze_words_are_little_endian_bytes() {
    let mut a = Sponge::new(Sha3Mode::Shake128);
    a.absorb(b"stream");
    let words: Vec<u8> = (0..40).flat_map(|_| a.squeeze_word().to_le_bytes()).collect();
    assert_eq!(words, shake128(b"stream", 320));
}

#[test]
fn traced_permutation_states_cycles_and_equals_untraced() {
    for rpc in [1, 2, 3] {
        let mut a = [0x0123_4567_89ab_cdefu64; 25];
        let mut b = a;
        let mut rec = Recorder::default();
        keccak_f1600_traced(&mut a, rpc, 10, &mut rec);
        keccak_f1600(&mut b);
        assert_eq!(a, b);
        assert_eq!(rec.checkpoints.len(), 24 / rpc);
        let last = rec.checkpoints.last().unwrap();
        assert_eq!(last.cycle, Some(10 + permutation_cycles(rpc)));
        assert_eq!(rec.checkpoints[0].cycle, Some(12), "the start edge absorbs; round 0 is done after edge 2");
        assert_eq!(last.index, 23);
        assert_eq!(last.values, a.to_vec());
    }
}

proptest! {
    #[test]
    fn random_messages_match_rustcrypto(mode in 0u8..6, msg in proptest::collection::vec(any::<u8>(), 0..2000), out in 1usize..600) {
        let mode = Sha3Mode::from_code(mode).unwrap();
        prop_assert_eq!(golden(mode, &msg, out), rustcrypto(mode, &msg, out));
    }
}
