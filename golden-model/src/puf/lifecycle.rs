//! The lifecycle of the PUF unit (the rule `rtl::puf::PufKdf` follows): enrolment is a
//! one-time operation.
//!
//! * A sticky lock is set by the first **accepted** enrolment (on its start: an
//!   enrolment aborted by zeroize, reset or a fault is not retried). Every later
//!   enrolment is refused with [`PufError::EnrolLocked`] (RTL error 8) and changes
//!   nothing: the key held for the vault stays.
//! * Enrolment is accepted only while the lifecycle input `lc_enrol_en` is exactly
//!   [`LC_ON`] (OpenTitan's `lc_tx_t` On); the HSM top ties it to its lifecycle
//!   controller: On in the manufacturing state until the "enrolled" fuse is burnt, Off
//!   in production. Any other value, the tie-off 0 included, locks.
//! * The enrolment secret comes from the entropy input (the HSM top connects its
//!   TRNG/DRBG); with the entropy not valid the enrolment is refused
//!   ([`PufError::NoEntropy`], RTL error 9). No host value is ever the secret.
//! * `reset` and `zeroize` wipe the key and every intermediate but **not** the lock:
//!   it models a fuse. Only a power cycle of the model ([`PufUnit::new`]) is unlocked,
//!   which is why the persistent rule is the lifecycle input.
//!
//! The checks happen in the RTL's order: fatal (7), opcode (1), lock (8), entropy (9),
//! window (6).

use super::extractor::{enrol, reconstruct, Enrolment};
use super::{PufError, Secret};
use crate::trace::Trace;

/// The value of `lc_enrol_en` that allows enrolment.
pub const LC_ON: u8 = 0b1010;

/// The PUF unit's lifecycle state and the key it holds for the vault.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PufUnit {
    locked: bool,
    key: Option<[u8; 32]>,
}

impl PufUnit {
    /// Power-up: unlocked, no key.
    pub fn new() -> Self {
        Self::default()
    }

    /// The one-time lock (RTL output `enrol_locked`).
    pub fn locked(&self) -> bool {
        self.locked
    }

    /// The key on the vault port (RTL `key_out` while `key_valid`).
    pub fn key(&self) -> Option<[u8; 32]> {
        self.key
    }

    /// Enrolment with the TRNG's `entropy` (`None`: not valid) at lifecycle input
    /// `lc_enrol_en`, on the fresh `response`, window `window`.
    pub fn enrol<T: Trace>(
        &mut self,
        lc_enrol_en: u8,
        entropy: Option<&Secret>,
        window: u32,
        response: &[u64],
        trace: &mut T,
    ) -> Result<Enrolment, PufError> {
        if self.locked || lc_enrol_en != LC_ON {
            return Err(PufError::EnrolLocked);
        }
        let Some(secret) = entropy else { return Err(PufError::NoEntropy) };
        if window == 0 {
            return Err(PufError::BadWindow);
        }
        self.locked = true;
        self.key = None;
        let e = enrol(response, secret, trace)?;
        self.key = Some(e.key);
        Ok(e)
    }

    /// Reconstruction (any number of times, in every lifecycle state).
    pub fn reconstruct<T: Trace>(&mut self, window: u32, response: &[u64], helper: &[u64], trace: &mut T) -> Result<[u8; 32], PufError> {
        if window == 0 {
            return Err(PufError::BadWindow);
        }
        self.key = None;
        let k = reconstruct(response, helper, trace)?;
        self.key = Some(k);
        Ok(k)
    }

    /// `zeroize`: the key and every intermediate; the lock stays.
    pub fn zeroize(&mut self) {
        self.key = None;
    }

    /// `reset`: as zeroize (and clears `fatal`); the lock stays.
    pub fn reset(&mut self) {
        self.key = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::puf::physical::{Conditions, Device, PufParams};
    use crate::trace::NoTrace;

    #[test]
    fn enrolment_is_one_time_and_reset_does_not_unlock() {
        let dev = Device::new(&PufParams::default(), 1);
        let r = dev.evaluate_seeded(Conditions::NOMINAL, 1).response();
        let mut u = PufUnit::new();
        assert_eq!(u.enrol(0, Some(&[1; 40]), 512, &r, &mut NoTrace), Err(PufError::EnrolLocked), "tie-off locks");
        assert_eq!(u.enrol(LC_ON, None, 512, &r, &mut NoTrace), Err(PufError::NoEntropy));
        assert!(!u.locked(), "refused starts do not use up the enrolment");
        let e = u.enrol(LC_ON, Some(&[1; 40]), 512, &r, &mut NoTrace).unwrap();
        assert!(u.locked());
        for step in 0..3 {
            match step {
                1 => u.zeroize(),
                2 => u.reset(),
                _ => {}
            }
            assert_eq!(u.enrol(LC_ON, Some(&[2; 40]), 512, &r, &mut NoTrace), Err(PufError::EnrolLocked));
            assert!(u.locked());
        }
        assert_eq!(u.reconstruct(512, &r, &e.helper.words(), &mut NoTrace), Ok(e.key));
        assert_eq!(u.key(), Some(e.key));
    }
}
