//! Pipelined modular multiplier `r = a·b mod q` for both lattice moduli, built from
//! 16x16-bit products only (rust-hdl's one multiplier; FPGA DSP blocks). Operands and
//! result are 24-bit words (the unit's coefficient width; values < q).
//!
//! Reduction: Barrett with canonical output, exactly as the golden models document
//! (`golden_model::mlkem::arith`, `golden_model::mldsa::arith`):
//! * q = 3329 (`dsa` = 0): `q̂ = ⌊p·5039 / 2^24⌋`, `q̂·q = (q̂<<11) + (q̂<<10) + (q̂<<8) + q̂`;
//! * q = 8380417 (`dsa` = 1): `q̂ = ⌊⌊p / 2^22⌋·8396807 / 2^24⌋`,
//!   `q̂·q = (q̂<<23) − (q̂<<13) + q̂`;
//!
//! then `r = p − q̂·q < 3q` and two conditional subtractions of q.
//!
//! Pipeline (5 cycles: operands presented in cycle e, result on `r` in cycle e + 5):
//! 1. operand registers;
//! 2. the 23x23 product as four 16x16 partial products;
//! 3. their sum `p` (46 bits);
//! 4. the Barrett quotient's four 16x16 partial products (24x24 bits);
//! 5. `q̂`, `r = p − q̂q`, and the canonical one of r, r − q, r − 2q (computed side
//!    by side): the result register.

use rust_hdl::prelude::*;

/// Latency of [`ModMul`] in cycles.
pub const MODMUL_LATENCY: u64 = 5;

#[derive(LogicBlock, Default)]
pub struct ModMul {
    pub clock: Signal<In, Clock>,
    /// 0: q = 3329 (ML-KEM), 1: q = 8380417 (ML-DSA). Held constant by the unit
    /// while an operation runs.
    pub dsa: Signal<In, Bit>,
    pub a: Signal<In, Bits<24>>,
    pub b: Signal<In, Bits<24>>,
    pub r: Signal<Out, Bits<24>>,
    ra: DFF<Bits<24>>,
    rb: DFF<Bits<24>>,
    pll: DFF<Bits<32>>,
    plh: DFF<Bits<32>>,
    phl: DFF<Bits<32>>,
    phh: DFF<Bits<32>>,
    p3: DFF<Bits<48>>,
    bll: DFF<Bits<32>>,
    blh: DFF<Bits<32>>,
    bhl: DFF<Bits<32>>,
    bhh: DFF<Bits<32>>,
    p4: DFF<Bits<48>>,
    res: DFF<Bits<24>>,
    al: Signal<Local, Bits<16>>,
    ah: Signal<Local, Bits<16>>,
    bl: Signal<Local, Bits<16>>,
    bh: Signal<Local, Bits<16>>,
    t: Signal<Local, Bits<24>>,
    m: Signal<Local, Bits<24>>,
    tl: Signal<Local, Bits<16>>,
    th: Signal<Local, Bits<16>>,
    ml: Signal<Local, Bits<16>>,
    mh: Signal<Local, Bits<16>>,
    tm: Signal<Local, Bits<48>>,
    qh: Signal<Local, Bits<25>>,
    qq: Signal<Local, Bits<25>>,
    qm: Signal<Local, Bits<25>>,
    qm2: Signal<Local, Bits<25>>,
    r0: Signal<Local, Bits<25>>,
    r1: Signal<Local, Bits<25>>,
    r2: Signal<Local, Bits<25>>,
}

impl Logic for ModMul {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ra, rb, pll, plh, phl, phh, p3, bll, blh, bhl, bhh, p4, res);
        // 1: operands.
        self.ra.d.next = self.a.val();
        self.rb.d.next = self.b.val();
        // 2: a·b from four 16x16 partial products.
        self.al.next = bit_cast::<16, 24>(self.ra.q.val());
        self.ah.next = bit_cast::<16, 24>(self.ra.q.val() >> 16);
        self.bl.next = bit_cast::<16, 24>(self.rb.q.val());
        self.bh.next = bit_cast::<16, 24>(self.rb.q.val() >> 16);
        self.pll.d.next = self.al.val() * self.bl.val();
        self.plh.d.next = self.al.val() * self.bh.val();
        self.phl.d.next = self.ah.val() * self.bl.val();
        self.phh.d.next = self.ah.val() * self.bh.val();
        // 3: p = a·b.
        self.p3.d.next = bit_cast::<48, 32>(self.pll.q.val())
            + (bit_cast::<48, 32>(self.plh.q.val()) << 16)
            + (bit_cast::<48, 32>(self.phl.q.val()) << 16)
            + (bit_cast::<48, 32>(self.phh.q.val()) << 32);
        // 4: the Barrett quotient's partial products.
        if self.dsa.val() {
            self.t.next = bit_cast::<24, 48>(self.p3.q.val() >> 22);
            self.m.next = 8396807.into();
        } else {
            self.t.next = bit_cast::<24, 48>(self.p3.q.val());
            self.m.next = 5039.into();
        }
        self.tl.next = bit_cast::<16, 24>(self.t.val());
        self.th.next = bit_cast::<16, 24>(self.t.val() >> 16);
        self.ml.next = bit_cast::<16, 24>(self.m.val());
        self.mh.next = bit_cast::<16, 24>(self.m.val() >> 16);
        self.bll.d.next = self.tl.val() * self.ml.val();
        self.blh.d.next = self.tl.val() * self.mh.val();
        self.bhl.d.next = self.th.val() * self.ml.val();
        self.bhh.d.next = self.th.val() * self.mh.val();
        self.p4.d.next = self.p3.q.val();
        // 5: q̂, r = p − q̂·q (mod 2^25, exact since r < 3q), two conditional subtractions.
        self.tm.next = bit_cast::<48, 32>(self.bll.q.val())
            + (bit_cast::<48, 32>(self.blh.q.val()) << 16)
            + (bit_cast::<48, 32>(self.bhl.q.val()) << 16)
            + (bit_cast::<48, 32>(self.bhh.q.val()) << 32);
        self.qh.next = bit_cast::<25, 48>(self.tm.val() >> 24);
        if self.dsa.val() {
            self.qq.next = (self.qh.val() << 23) - (self.qh.val() << 13) + self.qh.val();
            self.qm.next = 8380417.into();
            self.qm2.next = 16760834.into();
        } else {
            self.qq.next = (self.qh.val() << 11) + (self.qh.val() << 10) + (self.qh.val() << 8) + self.qh.val();
            self.qm.next = 3329.into();
            self.qm2.next = 6658.into();
        }
        // r0 < 3q; r0 − q and r0 − 2q side by side (bit 24 set = negative, since
        // 3q < 2^25 and 2q < 2^24), so the two corrections cost one carry chain, not two.
        self.r0.next = bit_cast::<25, 48>(self.p4.q.val()) - self.qq.val();
        self.r1.next = self.r0.val() - self.qm.val();
        self.r2.next = self.r0.val() - self.qm2.val();
        self.res.d.next = bit_cast::<24, 25>(self.r0.val());
        if !self.r2.val().get_bit(24) {
            self.res.d.next = bit_cast::<24, 25>(self.r2.val());
        } else if !self.r1.val().get_bit(24) {
            self.res.d.next = bit_cast::<24, 25>(self.r1.val());
        }
        self.r.next = self.res.q.val();
    }
}
