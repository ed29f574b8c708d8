//! The Montgomery multiplier `r = a·b·2^(−16S) mod m` from 16x16 products: CIOS on
//! 16-bit digits (`golden_model::ecdsa::field::MontField::mont_mul_cios16`), S = 16
//! digits (P-256) or 24 (P-384) chosen per operation (`wide`), the datapath built for
//! [`DIGITS`] = 24.
//!
//! **Row-parallel, carry-save.** One CIOS row `t = (t + a·b_i + m_i·n) / 2^16`, with
//! `m_i = (t_0 + a_0·b_i)·m' mod 2^16`, is one column of [`DigitCell`]s: position j
//! computes `x_j = s_j + c_j + a_j·b_i + m_i·n_j` and keeps `x_j mod 2^16` (the sum
//! digit, moved down one position by the division) and `x_j >> 16` (the carry,
//! 18 bits) separately, so no carry ripples through a row. Two rows run per cycle
//! (two columns in series), so an operation takes S/2 cycles of rows plus one cycle
//! that resolves the carries (a ripple over the 25 positions) and subtracts m once
//! (the CIOS result is below 2m): **latency S/2 + 1 = 9 / 13 cycles**
//! (`golden_model::ecdsa::program::mul_latency`). Multipliers: 2 rows × (24 a·b_i +
//! 24 m·n_j + a_0·b_i and m_i for the row's m) = 100 16x16 products.
//!
//! The digit count is a run-time choice below [`DIGITS`]; a wider operand (RSA) needs
//! a wider datapath or a column-serial variant of the same cells.
//!
//! Timing: `go` in cycle c latches a, b, m, m' (read by the caller in cycle c); rows in
//! c+1 .. c+S/2; in c+S/2+1 (`wb` high) `r` holds the result, and a new `go` may be
//! accepted in that same cycle. `r` is zero unless `wb`. `busy` is high from c+1
//! through the write-back cycle. `wipe` clears every register in one cycle. The state
//! register holds `SPARSE6` codes and the row counter is kept twice; any illegal value
//! raises `fault` (the engine wipes and raises its alarm).

use crate::secure::SPARSE6;
use rust_hdl::prelude::*;

/// Digits of the datapath (384 bits).
pub const DIGITS: usize = 24;

/// Multiplier state codes.
pub mod state {
    use super::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    pub const ROWS: u64 = SPARSE6[1];
    pub const RESOLVE: u64 = SPARSE6[2];
}

/// One digit position of one CIOS row: `x = s + c + a·b_i + m·n`; `lo = x mod 2^16`,
/// `hi = x >> 16` (x < 2^34, so hi < 2^18).
#[derive(LogicBlock, Default)]
pub struct DigitCell {
    pub s: Signal<In, Bits<16>>,
    pub c: Signal<In, Bits<18>>,
    pub a: Signal<In, Bits<16>>,
    pub n: Signal<In, Bits<16>>,
    pub bi: Signal<In, Bits<16>>,
    pub m: Signal<In, Bits<16>>,
    pub lo: Signal<Out, Bits<16>>,
    pub hi: Signal<Out, Bits<18>>,
    ab: Signal<Local, Bits<32>>,
    mn: Signal<Local, Bits<32>>,
    x: Signal<Local, Bits<34>>,
}

impl Logic for DigitCell {
    #[hdl_gen]
    fn update(&mut self) {
        self.ab.next = self.a.val() * self.bi.val();
        self.mn.next = self.m.val() * self.n.val();
        self.x.next = bit_cast::<34, 16>(self.s.val())
            + bit_cast::<34, 18>(self.c.val())
            + bit_cast::<34, 32>(self.ab.val())
            + bit_cast::<34, 32>(self.mn.val());
        self.lo.next = self.x.val().get_bits::<16>(0);
        self.hi.next = self.x.val().get_bits::<18>(16);
    }
}

/// One position of the carry resolution: `v = s + c + cin`, `digit = v mod 2^16`,
/// `cout = v >> 16` (< 8).
#[derive(LogicBlock, Default)]
pub struct ResolveCell {
    pub s: Signal<In, Bits<16>>,
    pub c: Signal<In, Bits<18>>,
    pub cin: Signal<In, Bits<3>>,
    pub digit: Signal<Out, Bits<16>>,
    pub cout: Signal<Out, Bits<3>>,
    /// `digit − n − bin` mod 2^16 and its borrow: the final subtraction, side by side.
    pub n: Signal<In, Bits<16>>,
    pub bin: Signal<In, Bit>,
    pub diff: Signal<Out, Bits<16>>,
    pub bout: Signal<Out, Bit>,
    v: Signal<Local, Bits<19>>,
    d: Signal<Local, Bits<17>>,
}

impl Logic for ResolveCell {
    #[hdl_gen]
    fn update(&mut self) {
        self.v.next = bit_cast::<19, 16>(self.s.val())
            + bit_cast::<19, 18>(self.c.val())
            + bit_cast::<19, 3>(self.cin.val());
        self.digit.next = self.v.val().get_bits::<16>(0);
        self.cout.next = self.v.val().get_bits::<3>(16);
        self.d.next = bit_cast::<17, 16>(self.v.val().get_bits::<16>(0))
            - bit_cast::<17, 16>(self.n.val())
            - bit_cast::<17, 1>(self.bin.val().into());
        self.diff.next = self.d.val().get_bits::<16>(0);
        self.bout.next = self.d.val().get_bit(16);
    }
}

/// The multiplier.
#[derive(LogicBlock)]
pub struct MontMul {
    pub clock: Signal<In, Clock>,
    pub wipe: Signal<In, Bit>,
    pub go: Signal<In, Bit>,
    /// 0: 16 digits (P-256), 1: 24 digits (P-384); sampled with `go`.
    pub wide: Signal<In, Bit>,
    pub a: Signal<In, Bits<384>>,
    pub b: Signal<In, Bits<384>>,
    pub m: Signal<In, Bits<384>>,
    /// −m⁻¹ mod 2^16.
    pub m_prime: Signal<In, Bits<16>>,
    pub busy: Signal<Out, Bit>,
    pub wb: Signal<Out, Bit>,
    pub r: Signal<Out, Bits<384>>,
    pub fault: Signal<Out, Bit>,
    fsm: DFF<Bits<6>>,
    cnt: DFF<Bits<4>>,
    cnt_b: DFF<Bits<4>>,
    ra: DFF<Bits<384>>,
    rb: DFF<Bits<384>>,
    rm: DFF<Bits<384>>,
    rmp: DFF<Bits<16>>,
    s: [DFF<Bits<16>>; 25],
    c: [DFF<Bits<18>>; 25],
    row0: [DigitCell; 25],
    row1: [DigitCell; 25],
    res: [ResolveCell; 25],
    s_idle: Constant<Bits<6>>,
    s_rows: Constant<Bits<6>>,
    s_resolve: Constant<Bits<6>>,
    ab0: Signal<Local, Bits<32>>,
    ab1: Signal<Local, Bits<32>>,
    u0: Signal<Local, Bits<16>>,
    u1: Signal<Local, Bits<16>>,
    mq0: Signal<Local, Bits<32>>,
    mq1: Signal<Local, Bits<32>>,
    rsum: Signal<Local, Bits<384>>,
    rdiff: Signal<Local, Bits<384>>,
}

impl Default for MontMul {
    fn default() -> Self {
        let code = |c: u64| Constant::new(Bits::<6>::from(c));
        MontMul {
            clock: Default::default(),
            wipe: Default::default(),
            go: Default::default(),
            wide: Default::default(),
            a: Default::default(),
            b: Default::default(),
            m: Default::default(),
            m_prime: Default::default(),
            busy: Default::default(),
            wb: Default::default(),
            r: Default::default(),
            fault: Default::default(),
            fsm: Default::default(),
            cnt: Default::default(),
            cnt_b: Default::default(),
            ra: Default::default(),
            rb: Default::default(),
            rm: Default::default(),
            rmp: Default::default(),
            s: Default::default(),
            c: Default::default(),
            row0: Default::default(),
            row1: Default::default(),
            res: Default::default(),
            s_idle: code(state::IDLE),
            s_rows: code(state::ROWS),
            s_resolve: code(state::RESOLVE),
            ab0: Default::default(),
            ab1: Default::default(),
            u0: Default::default(),
            u1: Default::default(),
            mq0: Default::default(),
            mq1: Default::default(),
            rsum: Default::default(),
            rdiff: Default::default(),
        }
    }
}

/// The update function, its per-position wiring unrolled over literal positions
/// (`$j` with `$k = $j + 1`, `$o = 16·$j`): rust-hdl evaluates `bit_cast` widths in
/// Rust, so a loop variable cannot index them.
macro_rules! mont_mul_update {
    ($(($j:tt, $k:tt, $o:tt)),*) => {
        impl Logic for MontMul {
            #[hdl_gen]
            fn update(&mut self) {
                dff_setup!(self, clock, fsm, cnt, cnt_b, ra, rb, rm, rmp);
                for j in 0..25 {
                    self.s[j].clock.next = self.clock.val();
                    self.s[j].d.next = self.s[j].q.val();
                    self.c[j].clock.next = self.clock.val();
                    self.c[j].d.next = self.c[j].q.val();
                }
                // Row 0 reads the registers, row 1 reads row 0 (positions 0..23
                // carry a and m digits; position 24 only sums what moved up).
                $(
                    self.row0[$j].a.next = self.ra.q.val().get_bits::<16>($o);
                    self.row0[$j].n.next = self.rm.q.val().get_bits::<16>($o);
                    self.row1[$j].a.next = self.ra.q.val().get_bits::<16>($o);
                    self.row1[$j].n.next = self.rm.q.val().get_bits::<16>($o);
                    self.row1[$j].s.next = self.row0[$k].lo.val();
                )*
                self.row0[24].a.next = 0.into();
                self.row0[24].n.next = 0.into();
                self.row1[24].a.next = 0.into();
                self.row1[24].n.next = 0.into();
                self.row1[24].s.next = 0.into();
                for j in 0..25 {
                    self.row0[j].s.next = self.s[j].q.val();
                    self.row0[j].c.next = self.c[j].q.val();
                    self.row0[j].bi.next = self.rb.q.val().get_bits::<16>(0);
                    self.row1[j].c.next = self.row0[j].hi.val();
                    self.row1[j].bi.next = self.rb.q.val().get_bits::<16>(16);
                }
                // m_i = (t_0 + a_0·b_i)·m' mod 2^16 for each row (a_0·b_i by its own
                // product: position 0's cell needs m_i).
                self.ab0.next = self.ra.q.val().get_bits::<16>(0) * self.rb.q.val().get_bits::<16>(0);
                self.ab1.next = self.ra.q.val().get_bits::<16>(0) * self.rb.q.val().get_bits::<16>(16);
                self.u0.next = self.s[0].q.val() + self.c[0].q.val().get_bits::<16>(0) + self.ab0.val().get_bits::<16>(0);
                self.mq0.next = self.u0.val() * self.rmp.q.val();
                self.u1.next = self.row0[1].lo.val() + self.row0[0].hi.val().get_bits::<16>(0) + self.ab1.val().get_bits::<16>(0);
                self.mq1.next = self.u1.val() * self.rmp.q.val();
                for j in 0..25 {
                    self.row0[j].m.next = self.mq0.val().get_bits::<16>(0);
                    self.row1[j].m.next = self.mq1.val().get_bits::<16>(0);
                }
                // Carry resolution and the final subtraction (resolve cycle).
                self.res[0].cin.next = 0.into();
                self.res[0].bin.next = false;
                $(
                    self.res[$k].cin.next = self.res[$j].cout.val();
                    self.res[$k].bin.next = self.res[$j].bout.val();
                    self.res[$j].n.next = self.rm.q.val().get_bits::<16>($o);
                )*
                self.res[24].n.next = 0.into();
                for j in 0..25 {
                    self.res[j].s.next = self.s[j].q.val();
                    self.res[j].c.next = self.c[j].q.val();
                }
                self.rsum.next = 0.into();
                self.rdiff.next = 0.into();
                $(
                    self.rsum.next = self.rsum.val() | (bit_cast::<384, 16>(self.res[$j].digit.val()) << $o);
                    self.rdiff.next = self.rdiff.val() | (bit_cast::<384, 16>(self.res[$j].diff.val()) << $o);
                )*

                self.fault.next = ((self.fsm.q.val() != self.s_idle.val())
                    & (self.fsm.q.val() != self.s_rows.val())
                    & (self.fsm.q.val() != self.s_resolve.val()))
                    | (self.cnt.q.val() != self.cnt_b.q.val());
                self.busy.next = self.fsm.q.val() != self.s_idle.val();
                self.wb.next = self.fsm.q.val() == self.s_resolve.val();
                self.r.next = 0.into();
                if self.fsm.q.val() == self.s_resolve.val() {
                    // The CIOS result is below 2m: subtract m unless it borrows.
                    if self.res[24].bout.val() {
                        self.r.next = self.rsum.val();
                    } else {
                        self.r.next = self.rdiff.val();
                    }
                    self.fsm.d.next = self.s_idle.val();
                }
                if self.fsm.q.val() == self.s_rows.val() {
                    // Two rows: sums move down one digit per row, carries stay.
                    $(
                        self.s[$j].d.next = self.row1[$k].lo.val();
                    )*
                    self.s[24].d.next = 0.into();
                    for j in 0..25 {
                        self.c[j].d.next = self.row1[j].hi.val();
                    }
                    self.rb.d.next = self.rb.q.val() >> 32;
                    self.cnt.d.next = self.cnt.q.val() - 1;
                    self.cnt_b.d.next = self.cnt_b.q.val() - 1;
                    if self.cnt.q.val() == 1 {
                        self.fsm.d.next = self.s_resolve.val();
                    }
                }
                if self.go.val() {
                    self.ra.d.next = self.a.val();
                    self.rb.d.next = self.b.val();
                    self.rm.d.next = self.m.val();
                    self.rmp.d.next = self.m_prime.val();
                    for j in 0..25 {
                        self.s[j].d.next = 0.into();
                        self.c[j].d.next = 0.into();
                    }
                    if self.wide.val() {
                        self.cnt.d.next = 12.into();
                        self.cnt_b.d.next = 12.into();
                    } else {
                        self.cnt.d.next = 8.into();
                        self.cnt_b.d.next = 8.into();
                    }
                    self.fsm.d.next = self.s_rows.val();
                }
                // SEC_CM: KEY.SEC_WIPE.
                if self.wipe.val() | self.fault.val() {
                    self.ra.d.next = 0.into();
                    self.rb.d.next = 0.into();
                    self.rm.d.next = 0.into();
                    self.rmp.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.cnt_b.d.next = 0.into();
                    for j in 0..25 {
                        self.s[j].d.next = 0.into();
                        self.c[j].d.next = 0.into();
                    }
                    self.fsm.d.next = self.s_idle.val();
                }
            }
        }
    };
}

mont_mul_update!(
    (0, 1, 0),
    (1, 2, 16),
    (2, 3, 32),
    (3, 4, 48),
    (4, 5, 64),
    (5, 6, 80),
    (6, 7, 96),
    (7, 8, 112),
    (8, 9, 128),
    (9, 10, 144),
    (10, 11, 160),
    (11, 12, 176),
    (12, 13, 192),
    (13, 14, 208),
    (14, 15, 224),
    (15, 16, 240),
    (16, 17, 256),
    (17, 18, 272),
    (18, 19, 288),
    (19, 20, 304),
    (20, 21, 320),
    (21, 22, 336),
    (22, 23, 352),
    (23, 24, 368)
);
