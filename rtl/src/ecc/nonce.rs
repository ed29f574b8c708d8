//! The ECC engine's link to its RFC 6979 nonce generator ([`Rfc6979Drbg`], held
//! here): the DSEED and DNEXT instructions of `golden_model::ecdsa::program` on fixed
//! cycles (`program::drbg_cycles`).
//!
//! * `seed` (the DSEED issue cycle c): x limb 0 is written in c, limbs 1..5 of x and
//!   0..5 of h1 in c+1 .. c+11 (`x`, `h1` are the instruction's operands, held by the
//!   engine), the generator's `start` in c+12.
//! * `renew` (DNEXT, cycle c): the generator's `next_k` in c.
//! * Then, from the generator's `done` (cycle d): the candidate's limb j is offered on
//!   `k_limb`/`k_data` with `k_we` in d+j (j = 0..5), and in d+6 the candidate is
//!   cleared in the generator and `retire` tells the engine to go on.
//!
//! `exhausted`: 64 candidates were read since the last wipe (RFC 6979 loops are bounded
//! by `golden_model::ecdsa::ecdsa::MAX_NONCE_CANDIDATES`). `wipe` clears the link and the
//! generator (and its SHA-2 engine) in one cycle. SEC_CM: FSM.SPARSE (`ph`), CTR.REDUN
//! (the limb counter and the candidate count kept twice); an illegal value, or the
//! generator's `fatal` or `error` (which correct use never raises), is `fault`.

use crate::drbg::Rfc6979Drbg;
use crate::secure::SPARSE6;
use rust_hdl::prelude::*;

/// The hand-off phases (`SPARSE6`).
pub mod phase {
    use super::SPARSE6;
    pub const NONE: u64 = SPARSE6[0];
    /// x, h1 limbs written into the generator, one per cycle.
    pub const XFER: u64 = SPARSE6[1];
    /// The generator's `start` pulse.
    pub const START: u64 = SPARSE6[2];
    /// Waiting for its `done`.
    pub const WAIT: u64 = SPARSE6[3];
    /// The candidate's limbs offered to K, one per cycle.
    pub const READ: u64 = SPARSE6[4];
    /// The candidate cleared in the generator; the instruction retires.
    pub const CLEAR: u64 = SPARSE6[5];
}

#[derive(LogicBlock)]
pub struct NonceLink {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub wipe: Signal<In, Bit>,
    pub seed: Signal<In, Bit>,
    pub renew: Signal<In, Bit>,
    pub x: Signal<In, Bits<384>>,
    pub h1: Signal<In, Bits<384>>,
    /// HMAC hash: 0 SHA-256, 1 SHA-384, 2 SHA-512.
    pub alg: Signal<In, Bits<2>>,
    /// 0 P-256, 1 P-384.
    pub curve: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    pub k_we: Signal<Out, Bit>,
    pub k_limb: Signal<Out, Bits<3>>,
    pub k_data: Signal<Out, Bits<64>>,
    pub retire: Signal<Out, Bit>,
    pub exhausted: Signal<Out, Bit>,
    pub fault: Signal<Out, Bit>,
    drbg: Rfc6979Drbg,
    ph: DFF<Bits<6>>,
    cnt: DFF<Bits<4>>,
    cnt_b: DFF<Bits<4>>,
    tries: DFF<Bits<7>>,
    tries_b: DFF<Bits<7>>,
    p_none: Constant<Bits<6>>,
    p_xfer: Constant<Bits<6>>,
    p_start: Constant<Bits<6>>,
    p_wait: Constant<Bits<6>>,
    p_read: Constant<Bits<6>>,
    p_clear: Constant<Bits<6>>,
}

impl Default for NonceLink {
    fn default() -> Self {
        let code = |c: u64| Constant::new(Bits::<6>::from(c));
        NonceLink {
            clock: Default::default(),
            reset: Default::default(),
            wipe: Default::default(),
            seed: Default::default(),
            renew: Default::default(),
            x: Default::default(),
            h1: Default::default(),
            alg: Default::default(),
            curve: Default::default(),
            busy: Default::default(),
            k_we: Default::default(),
            k_limb: Default::default(),
            k_data: Default::default(),
            retire: Default::default(),
            exhausted: Default::default(),
            fault: Default::default(),
            drbg: Default::default(),
            ph: Default::default(),
            cnt: Default::default(),
            cnt_b: Default::default(),
            tries: Default::default(),
            tries_b: Default::default(),
            p_none: code(phase::NONE),
            p_xfer: code(phase::XFER),
            p_start: code(phase::START),
            p_wait: code(phase::WAIT),
            p_read: code(phase::READ),
            p_clear: code(phase::CLEAR),
        }
    }
}

impl Logic for NonceLink {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ph, cnt, cnt_b, tries, tries_b);
        self.drbg.clock.next = self.clock.val();
        self.drbg.reset.next = self.reset.val();
        self.drbg.zeroize.next = self.wipe.val();
        self.drbg.alg.next = self.alg.val();
        self.drbg.curve.next = self.curve.val();
        self.drbg.start.next = false;
        self.drbg.next_k.next = false;
        self.drbg.in_we.next = false;
        self.drbg.in_addr.next = 0.into();
        self.drbg.in_data.next = 0.into();
        self.drbg.k_clear.next = false;
        self.k_we.next = false;
        self.k_limb.next = 0.into();
        self.retire.next = false;
        self.busy.next = self.ph.q.val() != self.p_none.val();
        self.exhausted.next = self.tries.q.val() == 64;
        self.fault.next = ((self.ph.q.val() != self.p_none.val())
            & (self.ph.q.val() != self.p_xfer.val())
            & (self.ph.q.val() != self.p_start.val())
            & (self.ph.q.val() != self.p_wait.val())
            & (self.ph.q.val() != self.p_read.val())
            & (self.ph.q.val() != self.p_clear.val()))
            | (self.cnt.q.val() != self.cnt_b.q.val())
            | (self.tries.q.val() != self.tries_b.q.val())
            | self.drbg.fatal.val()
            | self.drbg.error.val();
        if self.ph.q.val() == self.p_none.val() {
            if self.seed.val() {
                // x limb 0 in the issue cycle.
                self.drbg.in_we.next = true;
                self.drbg.in_data.next = self.x.val().get_bits::<64>(0);
                self.cnt.d.next = 1.into();
                self.cnt_b.d.next = 1.into();
                self.ph.d.next = self.p_xfer.val();
            } else if self.renew.val() {
                self.drbg.next_k.next = true;
                self.ph.d.next = self.p_wait.val();
            }
        } else if self.ph.q.val() == self.p_xfer.val() {
            self.drbg.in_we.next = true;
            if self.cnt.q.val() < 6 {
                self.drbg.in_addr.next = self.cnt.q.val();
                self.drbg.in_data.next = self.x.val().get_bits::<64>(self.cnt.q.val().index() * 64);
            } else {
                self.drbg.in_addr.next = self.cnt.q.val() + 2;
                self.drbg.in_data.next = self.h1.val().get_bits::<64>((self.cnt.q.val().index() - 6) * 64);
            }
            self.cnt.d.next = self.cnt.q.val() + 1;
            self.cnt_b.d.next = self.cnt_b.q.val() + 1;
            if self.cnt.q.val() == 11 {
                self.ph.d.next = self.p_start.val();
            }
        } else if self.ph.q.val() == self.p_start.val() {
            self.drbg.start.next = true;
            self.ph.d.next = self.p_wait.val();
        } else if self.ph.q.val() == self.p_wait.val() {
            if self.drbg.done.val() {
                self.k_we.next = true;
                self.cnt.d.next = 1.into();
                self.cnt_b.d.next = 1.into();
                self.ph.d.next = self.p_read.val();
            }
        } else if self.ph.q.val() == self.p_read.val() {
            self.k_we.next = true;
            self.k_limb.next = bit_cast::<3, 4>(self.cnt.q.val());
            self.cnt.d.next = self.cnt.q.val() + 1;
            self.cnt_b.d.next = self.cnt_b.q.val() + 1;
            if self.cnt.q.val() == 5 {
                self.ph.d.next = self.p_clear.val();
            }
        } else if self.ph.q.val() == self.p_clear.val() {
            self.drbg.k_clear.next = true;
            self.retire.next = true;
            self.tries.d.next = self.tries.q.val() + 1;
            self.tries_b.d.next = self.tries_b.q.val() + 1;
            self.cnt.d.next = 0.into();
            self.cnt_b.d.next = 0.into();
            self.ph.d.next = self.p_none.val();
        }
        self.drbg.k_addr.next = self.k_limb.val();
        self.k_data.next = self.drbg.k_data.val();
        // SEC_CM: KEY.SEC_WIPE.
        if self.wipe.val() | self.fault.val() {
            self.ph.d.next = self.p_none.val();
            self.cnt.d.next = 0.into();
            self.cnt_b.d.next = 0.into();
            self.tries.d.next = 0.into();
            self.tries_b.d.next = 0.into();
        }
    }
}
