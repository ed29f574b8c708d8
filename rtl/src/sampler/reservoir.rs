//! The samplers' shared datapath state: the bit reservoir over the 64-bit word stream
//! and the coefficient counter, both counters kept twice (SEC_CM: CTR.REDUN).
//!
//! `unread` holds the `nbits` unread stream bits, oldest in bit 0 (so `window` = the next
//! 24 bits in stream order). Each edge: `used` bits leave (`unread >> used`), a taken word
//! enters above the remaining ones (`word << (nbits - used)`), `count` grows by `inc`.
//! `clear` zeroes everything. The outputs depend on registers only, so the sampler's
//! decode (window → accept → take/used/inc → here) is no combinational loop.

use rust_hdl::prelude::*;

/// Unread bits the reservoir can hold: fewer than one 24-bit chunk plus one word.
pub const RESERVOIR_BITS: usize = 88;

#[derive(LogicBlock, Default)]
pub struct Reservoir {
    pub clock: Signal<In, Clock>,
    pub clear: Signal<In, Bit>,
    pub take: Signal<In, Bit>,
    pub word: Signal<In, Bits<64>>,
    pub used: Signal<In, Bits<5>>,
    pub inc: Signal<In, Bits<2>>,
    /// The next 24 unread bits (stream order from bit 0).
    pub window: Signal<Out, Bits<24>>,
    pub nbits: Signal<Out, Bits<7>>,
    pub count: Signal<Out, Bits<9>>,
    /// The redundant copies disagree or a counter is out of range: a fault.
    pub bad: Signal<Out, Bit>,
    unread: DFF<Bits<88>>,
    fill: DFF<Bits<7>>,
    fill_b: DFF<Bits<7>>,
    cnt: DFF<Bits<9>>,
    cnt_b: DFF<Bits<9>>,
    left: Signal<Local, Bits<7>>,
    next_fill: Signal<Local, Bits<7>>,
    next_cnt: Signal<Local, Bits<9>>,
}

impl Logic for Reservoir {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, unread, fill, fill_b, cnt, cnt_b);
        self.window.next = bit_cast::<24, 88>(self.unread.q.val());
        self.nbits.next = self.fill.q.val();
        self.count.next = self.cnt.q.val();
        // SEC_CM: CTR.REDUN: both copies agree and stay in range.
        self.bad.next = (self.fill.q.val() != self.fill_b.q.val())
            | (self.cnt.q.val() != self.cnt_b.q.val())
            | (self.fill.q.val() > 87)
            | (self.cnt.q.val() > 256);
        self.left.next = self.fill.q.val() - bit_cast::<7, 5>(self.used.val());
        self.next_fill.next = self.left.val();
        self.unread.d.next = self.unread.q.val() >> self.used.val();
        if self.take.val() {
            self.next_fill.next = self.left.val() + 64;
            self.unread.d.next = (self.unread.q.val() >> self.used.val()) | (bit_cast::<88, 64>(self.word.val()) << self.left.val());
        }
        self.next_cnt.next = self.cnt.q.val() + bit_cast::<9, 2>(self.inc.val());
        self.fill.d.next = self.next_fill.val();
        self.fill_b.d.next = self.next_fill.val();
        self.cnt.d.next = self.next_cnt.val();
        self.cnt_b.d.next = self.next_cnt.val();
        if self.clear.val() {
            self.unread.d.next = 0.into();
            self.fill.d.next = 0.into();
            self.fill_b.d.next = 0.into();
            self.cnt.d.next = 0.into();
            self.cnt_b.d.next = 0.into();
        }
    }
}
