//! The ECC engine's one-cycle modular adder/subtractor (FIPS 186-5 field and scalar
//! arithmetic, golden `MontField::add` / `MontField::sub`): for a, b < m,
//! `r = (a + b) mod m` (or, with b = 0, a mod m for any a < 2m) and, with `sub`,
//! `r = (a − b) mod m`. Both corrections are computed side by side (one 385-bit sum
//! and its minus m, one difference and its plus m); the sign bit selects.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct ModAddSub {
    pub a: Signal<In, Bits<384>>,
    pub b: Signal<In, Bits<384>>,
    pub m: Signal<In, Bits<384>>,
    pub sub: Signal<In, Bit>,
    pub r: Signal<Out, Bits<384>>,
    sum: Signal<Local, Bits<385>>,
    sum_m: Signal<Local, Bits<385>>,
    dif: Signal<Local, Bits<385>>,
    dif_m: Signal<Local, Bits<385>>,
}

impl Logic for ModAddSub {
    #[hdl_gen]
    fn update(&mut self) {
        self.sum.next = bit_cast::<385, 384>(self.a.val()) + bit_cast::<385, 384>(self.b.val());
        self.sum_m.next = self.sum.val() - bit_cast::<385, 384>(self.m.val());
        self.dif.next = bit_cast::<385, 384>(self.a.val()) - bit_cast::<385, 384>(self.b.val());
        self.dif_m.next = self.dif.val() + bit_cast::<385, 384>(self.m.val());
        if self.sub.val() {
            // a − b borrowed (bit 384 set): add m back.
            self.r.next = bit_cast::<384, 385>(self.dif.val());
            if self.dif.val().get_bit(384) {
                self.r.next = bit_cast::<384, 385>(self.dif_m.val());
            }
        } else {
            // a + b ≥ m (no borrow from a + b − m): subtract m.
            self.r.next = bit_cast::<384, 385>(self.sum.val());
            if !self.sum_m.val().get_bit(384) {
                self.r.next = bit_cast::<384, 385>(self.sum_m.val());
            }
        }
    }
}
