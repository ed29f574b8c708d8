//! The samplers' shared datapath state: the bit reservoir over the 64-bit word stream
//! and the coefficient counter, both counters kept twice (SEC_CM: CTR.REDUN).
//!
//! `unread` holds the `nbits` unread stream bits, oldest in bit 0 (so `window` = the next
//! unread bits in stream order). Each edge: `used` bits leave (`unread >> used`), a taken
//! word enters above the remaining ones (`word << (nbits - used)`), `count` grows by `inc`.
//! `clear` zeroes everything. The outputs depend on registers only, so the sampler's
//! decode (window → accept → take/used/inc → here) is no combinational loop.
//!
//! One macro, [`reservoir!`], generates the variants (same logic, different widths):
//!
//! | block | users | unread bits | window | `used` ≤ | `inc` ≤ |
//! |---|---|---|---|---|---|
//! | [`Reservoir`] | the codec (`mlkem::codec`, 2 lanes) | 88 | 24 | 31 | 3 |
//! | [`Reservoir4`] | [`super::SamplePolyCbd`] (4 coefficients = 8η ≤ 24 bits per cycle) | 88 | 24 | 31 | 7 |
//! | [`WideReservoir`] | [`super::SampleNtt`] (two 3-byte groups = 48 bits per cycle) | 112 | 48 | 63 | 7 |
//!
//! A user takes a word only when fewer than one chunk (≤ window) of unread bits would
//! remain, so at most `window − 1 + 64` bits are ever held: 87 ≤ 88, 111 ≤ 112.
//! `Reservoir` is the original 2-lane block, unchanged (its emitted Verilog is identical).

use rust_hdl::prelude::*;

/// Unread bits [`Reservoir`] and [`Reservoir4`] can hold: fewer than one 24-bit chunk plus one word.
pub const RESERVOIR_BITS: usize = 88;

/// Unread bits [`WideReservoir`] can hold: fewer than one 48-bit chunk plus one word.
pub const WIDE_RESERVOIR_BITS: usize = 112;

/// `reservoir!(Name, unread bits, largest legal fill level, window, used width, inc width)`.
macro_rules! reservoir {
    ($(#[$m:meta])* $name:ident, $bits:tt, $max_fill:tt, $win:tt, $used_w:tt, $inc_w:tt) => {
        $(#[$m])*
        #[derive(LogicBlock, Default)]
        pub struct $name {
            pub clock: Signal<In, Clock>,
            pub clear: Signal<In, Bit>,
            pub take: Signal<In, Bit>,
            pub word: Signal<In, Bits<64>>,
            pub used: Signal<In, Bits<$used_w>>,
            pub inc: Signal<In, Bits<$inc_w>>,
            /// The next unread bits (stream order from bit 0).
            pub window: Signal<Out, Bits<$win>>,
            pub nbits: Signal<Out, Bits<7>>,
            pub count: Signal<Out, Bits<9>>,
            /// The redundant copies disagree or a counter is out of range: a fault.
            pub bad: Signal<Out, Bit>,
            unread: DFF<Bits<$bits>>,
            fill: DFF<Bits<7>>,
            fill_b: DFF<Bits<7>>,
            cnt: DFF<Bits<9>>,
            cnt_b: DFF<Bits<9>>,
            left: Signal<Local, Bits<7>>,
            next_fill: Signal<Local, Bits<7>>,
            next_cnt: Signal<Local, Bits<9>>,
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                dff_setup!(self, clock, unread, fill, fill_b, cnt, cnt_b);
                self.window.next = bit_cast::<$win, $bits>(self.unread.q.val());
                self.nbits.next = self.fill.q.val();
                self.count.next = self.cnt.q.val();
                // SEC_CM: CTR.REDUN: both copies agree and stay in range.
                self.bad.next = (self.fill.q.val() != self.fill_b.q.val())
                    | (self.cnt.q.val() != self.cnt_b.q.val())
                    | (self.fill.q.val() > $max_fill)
                    | (self.cnt.q.val() > 256);
                self.left.next = self.fill.q.val() - bit_cast::<7, $used_w>(self.used.val());
                self.next_fill.next = self.left.val();
                self.unread.d.next = self.unread.q.val() >> self.used.val();
                if self.take.val() {
                    self.next_fill.next = self.left.val() + 64;
                    self.unread.d.next = (self.unread.q.val() >> self.used.val()) | (bit_cast::<$bits, 64>(self.word.val()) << self.left.val());
                }
                self.next_cnt.next = self.cnt.q.val() + bit_cast::<9, $inc_w>(self.inc.val());
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
    };
}

reservoir!(
    /// 88 unread bits, 24-bit window, `used` ≤ 31, `inc` ≤ 3: the codec's (2 coefficients per cycle).
    Reservoir, 88, 87, 24, 5, 2
);

reservoir!(
    /// 88 unread bits, 24-bit window, `used` ≤ 31, `inc` ≤ 7: SamplePolyCBD_η (4 coefficients per cycle).
    Reservoir4, 88, 87, 24, 5, 3
);

reservoir!(
    /// 112 unread bits, 48-bit window, `used` ≤ 63, `inc` ≤ 7: SampleNTT (4 candidates per cycle).
    WideReservoir, 112, 111, 48, 6, 3
);
