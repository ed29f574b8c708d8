//! The NTT / polynomial arithmetic unit: one mode-selected datapath for ML-KEM
//! (q = 3329, FIPS 203 §4.3) and ML-DSA (q = 8380417, FIPS 204 §7.5) with B butterfly
//! lanes (B = 1, 2, 4; [`NttUnit`] = B = 4) over four polynomial slots.
//!
//! # Operations (`op`)
//! * 0 `NTT`: forward NTT, Cooley–Tukey, 7 layers (FIPS 203 Alg 9) or 8 (FIPS 204 Alg 41);
//! * 1 `INTT`: inverse NTT, Gentleman–Sande, 7 (Alg 10) or 8 (Alg 42) layers, the final
//!   scaling by n⁻¹ folded into the last layer (sums × n⁻¹, differences × ζ₁·n⁻¹);
//! * 2 `PWM`: ML-KEM MultiplyNTTs (Alg 11: BaseCaseMultiply, Alg 12, on 128 pairs) or
//!   ML-DSA's coefficient-wise product (Alg 45);
//! * 3 `ADD`, 4 `SUB`: coefficient-wise `a ± b mod q`.
//!
//! Unary operations read slot `src_a`, binary ones `src_a` and `src_b`; results go to
//! slot `dst` (which may be a source). The first layer reads the sources, later layers
//! work in place in `dst`. Coefficients are canonical (`< q`) everywhere.
//!
//! # Memory: 2B banks, conflict-free
//! Coefficient x of slot s lives in bank `bank(x) = {parity(x >> β), x mod B}` (β =
//! log2 B) at address `s·(128/B) + (x >> (β + 1))`. In every cycle the 2B coefficients
//! of B butterflies (or of B coefficient pairs) differ in bits {0..β−1} and one more
//! bit, which the parity separates: every bank sees one read and one write per cycle.
//! Each bank is two 1R1W RAMs with identical writes (port A reads operand a, port B
//! operand b). The twiddle ROM is one synchronous ROM per lane. The bank write ports
//! are outputs (`obs_*`) so the scoreboard can follow the memory.
//!
//! # Datapath and schedule (cycles after the start pulse in cycle 0)
//! Butterfly (or pair) `b = c·B + p` of a layer is issued on lane p in cycle
//! `1 + ℓ·128/B + c` (ℓ = layer in execution order): RAM and ROM read at that edge,
//! operands (and the check `< q`) in the next cycle, then the lane's multipliers A, B
//! (and C: ML-KEM base case, Karatsuba) — [`ModMul`], 5-cycle pipelines of 16x16
//! products with Barrett reduction — and the write to the bank at the edge of cycle
//! e + 6 (e + 11 for the ML-KEM base case, whose γ·a1b1 product is a second level,
//! multiplier D). Layers follow without bubbles: hazard-free for B ≤ 8 (a layer's
//! first reads come ≥ 64/B cycles after the previous layer's writes of those words;
//! `golden_model::polyunit` checks it). `done` is high in cycle `L·128/B + 8`
//! (`+ 13` for the ML-KEM base case), L = number of layers (1 for elementwise ops).
//!
//! # Host port
//! Two coefficients per cycle: `mem_addr` = slot·128 + pair, coefficients 2·pair and
//! 2·pair + 1; `mem_we` writes `mem_wdata`, `mem_re` reads, data on `mem_rdata` the
//! cycle after. Only while idle.
//!
//! # Errors (`error` high with `err_code` until the next accepted start)
//! 1 unknown operation (start ignored); 2 start while busy (ignored, the operation
//! goes on); 3 host access while busy (ignored); 4 host write of a coefficient ≥ q of
//! `mode` (not written); 5 a source coefficient ≥ q of the operation's mode (checked
//! as the first layer reads the sources): the operation stops, `dst` is then undefined.
//!
//! `fault_*` are test-only inputs (board wrappers tie them to 0): `fault_tw` flips
//! bit `fault_bit` of twiddle ROM word `fault_addr` wherever it is read;
//! `fault_stuck` holds bit `fault_bit` of lane `fault_lane`'s first output at 1.

use super::modmul::ModMul;
use super::tables::{NINV_DSA, NINV_KEM, TWIDDLE_ROM, ZNINV_DSA, ZNINV_KEM};
use rust_hdl::prelude::*;

pub const OP_NTT: u8 = 0;
pub const OP_INTT: u8 = 1;
pub const OP_PWM: u8 = 2;
pub const OP_ADD: u8 = 3;
pub const OP_SUB: u8 = 4;

pub const ERR_BAD_OP: u8 = 1;
pub const ERR_BUSY: u8 = 2;
pub const ERR_ACCESS_BUSY: u8 = 3;
pub const ERR_COEF_RANGE: u8 = 4;
pub const ERR_OPERAND_RANGE: u8 = 5;

/// Polynomial slots.
pub const SLOTS: usize = 4;

#[derive(Copy, Clone, Debug, PartialEq, LogicState)]
pub enum NttState {
    Idle,
    Run,
    Drain,
}

fn twiddle_rom() -> RAM<Bits<24>, 9> {
    RAM::from(TWIDDLE_ROM.iter().map(|&z| Bits::<24>::from(z as u64)))
}

macro_rules! ntt_unit {
    ($name:ident, $b:tt, $beta:tt, $nb:tt, $rbits:tt, $clast:tt) => {
        /// NTT / polynomial unit with
        #[doc = stringify!($b)]
        /// butterfly lane(s).
        #[derive(LogicBlock)]
        pub struct $name {
            pub clock: Signal<In, Clock>,
            pub start: Signal<In, Bit>,
            pub op: Signal<In, Bits<3>>,
            /// 0: ML-KEM (q = 3329), 1: ML-DSA (q = 8380417); also checks host writes.
            pub mode: Signal<In, Bit>,
            pub src_a: Signal<In, Bits<2>>,
            pub src_b: Signal<In, Bits<2>>,
            pub dst: Signal<In, Bits<2>>,
            pub busy: Signal<Out, Bit>,
            pub done: Signal<Out, Bit>,
            pub error: Signal<Out, Bit>,
            pub err_code: Signal<Out, Bits<4>>,
            pub mem_addr: Signal<In, Bits<9>>,
            pub mem_we: Signal<In, Bit>,
            pub mem_re: Signal<In, Bit>,
            pub mem_wdata: [Signal<In, Bits<24>>; 2],
            pub mem_rdata: [Signal<Out, Bits<24>>; 2],
            /// The banks' write ports, for the scoreboard.
            pub obs_we: [Signal<Out, Bit>; $nb],
            pub obs_addr: [Signal<Out, Bits<9>>; $nb],
            pub obs_data: [Signal<Out, Bits<24>>; $nb],
            pub fault_tw: Signal<In, Bit>,
            pub fault_addr: Signal<In, Bits<9>>,
            pub fault_stuck: Signal<In, Bit>,
            pub fault_lane: Signal<In, Bits<2>>,
            pub fault_bit: Signal<In, Bits<5>>,
            ram_a: [RAM<Bits<24>, 9>; $nb],
            ram_b: [RAM<Bits<24>, 9>; $nb],
            rom: [RAM<Bits<24>, 9>; $b],
            mul_a: [ModMul; $b],
            mul_b: [ModMul; $b],
            mul_c: [ModMul; $b],
            mul_d: [ModMul; $b],
            fsm: DFF<NttState>,
            f_fwd: DFF<Bit>,
            f_inv: DFF<Bit>,
            f_pwm: DFF<Bit>,
            f_add: DFF<Bit>,
            f_sub: DFF<Bit>,
            f_bin: DFF<Bit>,
            dsa: DFF<Bit>,
            src_a_r: DFF<Bits<2>>,
            src_b_r: DFF<Bits<2>>,
            dst_r: DFF<Bits<2>>,
            layer: DFF<Bits<4>>,
            first_layer: DFF<Bits<4>>,
            last_layer: DFF<Bits<4>>,
            cnt: DFF<Bits<7>>,
            vp: DFF<Bits<11>>,
            inv_last_d: DFF<Bit>,
            first_d: DFF<Bit>,
            host_rd: DFF<Bit>,
            host_b0: DFF<Bits<$nb>>,
            host_b1: DFF<Bits<$nb>>,
            err: DFF<Bit>,
            code: DFF<Bits<4>>,
            done_r: DFF<Bit>,
            jd: [DFF<Bits<9>>; 11 * $b],
            kd: [DFF<Bits<9>>; 11 * $b],
            jbd: [DFF<Bits<$nb>>; $b],
            kbd: [DFF<Bits<$nb>>; $b],
            twad: [DFF<Bits<9>>; $b],
            gd: [DFF<Bits<24>>; 5 * $b],
            x1d: [DFF<Bits<24>>; 5 * $b],
            y1d: [DFF<Bits<24>>; 5 * $b],
            lane_id: [Constant<Bits<9>>; $b],
            lane_id2: [Constant<Bits<2>>; $b],
            ninv_kem: Constant<Bits<24>>,
            ninv_dsa: Constant<Bits<24>>,
            zninv_kem: Constant<Bits<24>>,
            zninv_dsa: Constant<Bits<24>>,
            // Locals: control.
            qm: Signal<Local, Bits<24>>,
            qin: Signal<Local, Bits<24>>,
            op_ok: Signal<Local, Bit>,
            issue: Signal<Local, Bit>,
            abort: Signal<Local, Bit>,
            bad_w: Signal<Local, Bit>,
            pending: Signal<Local, Bit>,
            d2: Signal<Local, Bit>,
            inv_last: Signal<Local, Bit>,
            idle: Signal<Local, Bit>,
            sh: Signal<Local, Bits<4>>,
            lenm: Signal<Local, Bits<9>>,
            lenb: Signal<Local, Bits<9>>,
            rd_slot_a: Signal<Local, Bits<9>>,
            rd_slot_b: Signal<Local, Bits<9>>,
            wr_slot: Signal<Local, Bits<9>>,
            host_slot: Signal<Local, Bits<9>>,
            host_x0: Signal<Local, Bits<9>>,
            host_x1: Signal<Local, Bits<9>>,
            host_oh0: Signal<Local, Bits<$nb>>,
            host_oh1: Signal<Local, Bits<$nb>>,
            host_row: Signal<Local, Bits<9>>,
            fault_mask: Signal<Local, Bits<24>>,
            // Locals: banks.
            bank_we: [Signal<Local, Bit>; $nb],
            bank_waddr: [Signal<Local, Bits<9>>; $nb],
            bank_wdata: [Signal<Local, Bits<24>>; $nb],
            bank_raddr: [Signal<Local, Bits<9>>; $nb],
            // Locals: lanes.
            bidx: [Signal<Local, Bits<9>>; $b],
            blk: [Signal<Local, Bits<9>>; $b],
            j: [Signal<Local, Bits<9>>; $b],
            k: [Signal<Local, Bits<9>>; $b],
            jb_oh: [Signal<Local, Bits<$nb>>; $b],
            kb_oh: [Signal<Local, Bits<$nb>>; $b],
            twi: [Signal<Local, Bits<9>>; $b],
            tw: [Signal<Local, Bits<24>>; $b],
            a0: [Signal<Local, Bits<24>>; $b],
            a1: [Signal<Local, Bits<24>>; $b],
            b0: [Signal<Local, Bits<24>>; $b],
            b1: [Signal<Local, Bits<24>>; $b],
            p1y: [Signal<Local, Bits<24>>; $b],
            p1s: [Signal<Local, Bit>; $b],
            p2x: [Signal<Local, Bits<24>>; $b],
            p2y: [Signal<Local, Bits<24>>; $b],
            p2s: [Signal<Local, Bit>; $b],
            pre1: [Signal<Local, Bits<24>>; $b],
            pre2: [Signal<Local, Bits<24>>; $b],
            padd: [Signal<Local, Bits<24>>; $b],
            psub: [Signal<Local, Bits<24>>; $b],
            t1: [Signal<Local, Bits<24>>; $b],
            y1: [Signal<Local, Bits<24>>; $b],
            c0: [Signal<Local, Bits<24>>; $b],
            wa: [Signal<Local, Bits<9>>; $b],
            wbk: [Signal<Local, Bits<9>>; $b],
            we: [Signal<Local, Bit>; $b],
            wx: [Signal<Local, Bits<24>>; $b],
            wy: [Signal<Local, Bits<24>>; $b],
            wa_oh: [Signal<Local, Bits<$nb>>; $b],
            wb_oh: [Signal<Local, Bits<$nb>>; $b],
        }

        impl Default for $name {
            fn default() -> Self {
                Self {
                    clock: Default::default(),
                    start: Default::default(),
                    op: Default::default(),
                    mode: Default::default(),
                    src_a: Default::default(),
                    src_b: Default::default(),
                    dst: Default::default(),
                    busy: Default::default(),
                    done: Default::default(),
                    error: Default::default(),
                    err_code: Default::default(),
                    mem_addr: Default::default(),
                    mem_we: Default::default(),
                    mem_re: Default::default(),
                    mem_wdata: Default::default(),
                    mem_rdata: Default::default(),
                    obs_we: Default::default(),
                    obs_addr: Default::default(),
                    obs_data: Default::default(),
                    fault_tw: Default::default(),
                    fault_addr: Default::default(),
                    fault_stuck: Default::default(),
                    fault_lane: Default::default(),
                    fault_bit: Default::default(),
                    ram_a: array_init::array_init(|_| Default::default()),
                    ram_b: array_init::array_init(|_| Default::default()),
                    rom: array_init::array_init(|_| twiddle_rom()),
                    mul_a: array_init::array_init(|_| Default::default()),
                    mul_b: array_init::array_init(|_| Default::default()),
                    mul_c: array_init::array_init(|_| Default::default()),
                    mul_d: array_init::array_init(|_| Default::default()),
                    fsm: Default::default(),
                    f_fwd: Default::default(),
                    f_inv: Default::default(),
                    f_pwm: Default::default(),
                    f_add: Default::default(),
                    f_sub: Default::default(),
                    f_bin: Default::default(),
                    dsa: Default::default(),
                    src_a_r: Default::default(),
                    src_b_r: Default::default(),
                    dst_r: Default::default(),
                    layer: Default::default(),
                    first_layer: Default::default(),
                    last_layer: Default::default(),
                    cnt: Default::default(),
                    vp: Default::default(),
                    inv_last_d: Default::default(),
                    first_d: Default::default(),
                    host_rd: Default::default(),
                    host_b0: Default::default(),
                    host_b1: Default::default(),
                    err: Default::default(),
                    code: Default::default(),
                    done_r: Default::default(),
                    jd: array_init::array_init(|_| Default::default()),
                    kd: array_init::array_init(|_| Default::default()),
                    jbd: array_init::array_init(|_| Default::default()),
                    kbd: array_init::array_init(|_| Default::default()),
                    twad: array_init::array_init(|_| Default::default()),
                    gd: array_init::array_init(|_| Default::default()),
                    x1d: array_init::array_init(|_| Default::default()),
                    y1d: array_init::array_init(|_| Default::default()),
                    lane_id: array_init::array_init(|p| Constant::new(Bits::<9>::from(p as u64))),
                    lane_id2: array_init::array_init(|p| Constant::new(Bits::<2>::from(p as u64))),
                    ninv_kem: Constant::new(Bits::<24>::from(NINV_KEM as u64)),
                    ninv_dsa: Constant::new(Bits::<24>::from(NINV_DSA as u64)),
                    zninv_kem: Constant::new(Bits::<24>::from(ZNINV_KEM as u64)),
                    zninv_dsa: Constant::new(Bits::<24>::from(ZNINV_DSA as u64)),
                    qm: Default::default(),
                    qin: Default::default(),
                    op_ok: Default::default(),
                    issue: Default::default(),
                    abort: Default::default(),
                    bad_w: Default::default(),
                    pending: Default::default(),
                    d2: Default::default(),
                    inv_last: Default::default(),
                    idle: Default::default(),
                    sh: Default::default(),
                    lenm: Default::default(),
                    lenb: Default::default(),
                    rd_slot_a: Default::default(),
                    rd_slot_b: Default::default(),
                    wr_slot: Default::default(),
                    host_slot: Default::default(),
                    host_x0: Default::default(),
                    host_x1: Default::default(),
                    host_oh0: Default::default(),
                    host_oh1: Default::default(),
                    host_row: Default::default(),
                    fault_mask: Default::default(),
                    bank_we: Default::default(),
                    bank_waddr: Default::default(),
                    bank_wdata: Default::default(),
                    bank_raddr: Default::default(),
                    bidx: Default::default(),
                    blk: Default::default(),
                    j: Default::default(),
                    k: Default::default(),
                    jb_oh: Default::default(),
                    kb_oh: Default::default(),
                    twi: Default::default(),
                    tw: Default::default(),
                    a0: Default::default(),
                    a1: Default::default(),
                    b0: Default::default(),
                    b1: Default::default(),
                    p1y: Default::default(),
                    p1s: Default::default(),
                    p2x: Default::default(),
                    p2y: Default::default(),
                    p2s: Default::default(),
                    pre1: Default::default(),
                    pre2: Default::default(),
                    padd: Default::default(),
                    psub: Default::default(),
                    t1: Default::default(),
                    y1: Default::default(),
                    c0: Default::default(),
                    wa: Default::default(),
                    wbk: Default::default(),
                    we: Default::default(),
                    wx: Default::default(),
                    wy: Default::default(),
                    wa_oh: Default::default(),
                    wb_oh: Default::default(),
                }
            }
        }

        impl $name {
            /// Butterfly lanes.
            pub const BUTTERFLIES: usize = $b;
            /// Memory banks (2B).
            pub const BANKS: usize = $nb;
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                dff_setup!(self, clock, fsm, f_fwd, f_inv, f_pwm, f_add, f_sub, f_bin, dsa, src_a_r, src_b_r, dst_r, layer, first_layer, last_layer, cnt, vp, inv_last_d, first_d, host_rd, host_b0, host_b1, err, code, done_r);
                for n in 0..$nb {
                    self.ram_a[n].read_clock.next = self.clock.val();
                    self.ram_a[n].write_clock.next = self.clock.val();
                    self.ram_b[n].read_clock.next = self.clock.val();
                    self.ram_b[n].write_clock.next = self.clock.val();
                }
                for p in 0..$b {
                    self.rom[p].read_clock.next = self.clock.val();
                    self.rom[p].write_clock.next = self.clock.val();
                    self.rom[p].write_enable.next = false;
                    self.rom[p].write_address.next = 0.into();
                    self.rom[p].write_data.next = 0.into();
                    for m in 0..11 {
                        self.jd[p * 11 + m].clock.next = self.clock.val();
                        self.kd[p * 11 + m].clock.next = self.clock.val();
                    }
                    for m in 0..5 {
                        self.gd[p * 5 + m].clock.next = self.clock.val();
                        self.x1d[p * 5 + m].clock.next = self.clock.val();
                        self.y1d[p * 5 + m].clock.next = self.clock.val();
                    }
                    self.jbd[p].clock.next = self.clock.val();
                    self.kbd[p].clock.next = self.clock.val();
                    self.twad[p].clock.next = self.clock.val();
                    self.mul_a[p].clock.next = self.clock.val();
                    self.mul_b[p].clock.next = self.clock.val();
                    self.mul_c[p].clock.next = self.clock.val();
                    self.mul_d[p].clock.next = self.clock.val();
                    self.mul_a[p].dsa.next = self.dsa.q.val();
                    self.mul_b[p].dsa.next = self.dsa.q.val();
                    self.mul_c[p].dsa.next = self.dsa.q.val();
                    self.mul_d[p].dsa.next = self.dsa.q.val();
                }
                self.idle.next = self.fsm.q.val() == NttState::Idle;
                self.busy.next = !self.idle.val();
                self.done.next = self.done_r.q.val();
                self.done_r.d.next = false;
                self.error.next = self.err.q.val();
                self.err_code.next = self.code.q.val();
                self.issue.next = false;
                self.abort.next = false;

                // Moduli: of the running operation, and of the host port's `mode`.
                self.qm.next = 3329.into();
                if self.dsa.q.val() {
                    self.qm.next = 8380417.into();
                }
                self.qin.next = 3329.into();
                if self.mode.val() {
                    self.qin.next = 8380417.into();
                }
                self.op_ok.next = self.op.val() <= 4;

                // Addressing of the issue cycle: s = log2(len); elementwise ops use s = 0
                // (pair b = coefficients 2b, 2b + 1).
                self.sh.next = 0.into();
                if self.f_fwd.q.val() {
                    self.sh.next = 7 - self.layer.q.val();
                }
                if self.f_inv.q.val() {
                    self.sh.next = self.layer.q.val();
                }
                self.lenb.next = bits::<9>(1) << self.sh.val();
                self.lenm.next = self.lenb.val() - 1;
                self.inv_last.next = self.f_inv.q.val() & (self.layer.q.val() == 7);
                self.d2.next = self.f_pwm.q.val() & !self.dsa.q.val();
                self.fault_mask.next = bits::<24>(1) << self.fault_bit.val();
                // Slots: the first layer reads the sources, later layers read dst.
                self.rd_slot_a.next = bit_cast::<9, 2>(self.dst_r.q.val()) << $rbits;
                self.rd_slot_b.next = bit_cast::<9, 2>(self.src_b_r.q.val()) << $rbits;
                if self.layer.q.val() == self.first_layer.q.val() {
                    self.rd_slot_a.next = bit_cast::<9, 2>(self.src_a_r.q.val()) << $rbits;
                }
                self.wr_slot.next = bit_cast::<9, 2>(self.dst_r.q.val()) << $rbits;

                for n in 0..$nb {
                    self.bank_raddr[n].next = 0.into();
                    self.bank_we[n].next = false;
                    self.bank_waddr[n].next = 0.into();
                    self.bank_wdata[n].next = 0.into();
                }

                for p in 0..$b {
                    // Issue: butterfly (pair) index, coefficient addresses, banks.
                    self.bidx[p].next = (bit_cast::<9, 7>(self.cnt.q.val()) << $beta) + self.lane_id[p].val();
                    self.blk[p].next = self.bidx[p].val() >> self.sh.val();
                    self.j[p].next = ((self.blk[p].val() << self.sh.val()) << 1) | (self.bidx[p].val() & self.lenm.val());
                    self.k[p].next = self.j[p].val() | self.lenb.val();
                    self.jb_oh[p].next = bits::<$nb>(1) << (self.j[p].val() & ($b - 1));
                    if (self.j[p].val() >> $beta).xor() {
                        self.jb_oh[p].next = bits::<$nb>(1) << ((self.j[p].val() & ($b - 1)) + $b);
                    }
                    self.kb_oh[p].next = bits::<$nb>(1) << (self.k[p].val() & ($b - 1));
                    if (self.k[p].val() >> $beta).xor() {
                        self.kb_oh[p].next = bits::<$nb>(1) << ((self.k[p].val() & ($b - 1)) + $b);
                    }
                    for n in 0..$nb {
                        if self.jb_oh[p].val().get_bit(n) {
                            self.bank_raddr[n].next = (self.j[p].val() >> ($beta + 1)) | self.rd_slot_a.val();
                        }
                        if self.kb_oh[p].val().get_bit(n) {
                            self.bank_raddr[n].next = (self.k[p].val() >> ($beta + 1)) | self.rd_slot_a.val();
                        }
                    }
                    self.jbd[p].d.next = self.jb_oh[p].val();
                    self.kbd[p].d.next = self.kb_oh[p].val();
                    // Twiddle: forward ζ[2^L + blk] (FIPS 203 Alg 9 step 4, FIPS 204 Alg 41),
                    // inverse ζ[256/2^L − 1 − blk] (Alg 10, Alg 42), base case γ[b] (Alg 11).
                    self.twi[p].next = (bits::<9>(1) << self.layer.q.val()) | self.blk[p].val();
                    if self.f_inv.q.val() {
                        self.twi[p].next = (bits::<9>(256) >> self.layer.q.val()) - 1 - self.blk[p].val();
                    }
                    if self.f_pwm.q.val() {
                        self.twi[p].next = self.bidx[p].val() + 128;
                    }
                    if self.dsa.q.val() {
                        self.twi[p].next = (self.twi[p].val() & 255) + 256;
                    }
                    self.rom[p].read_address.next = self.twi[p].val();
                    self.twad[p].d.next = self.twi[p].val();
                    self.jd[p * 11].d.next = self.j[p].val();
                    self.kd[p * 11].d.next = self.k[p].val();
                    for m in 1..11 {
                        self.jd[p * 11 + m].d.next = self.jd[p * 11 + m - 1].q.val();
                        self.kd[p * 11 + m].d.next = self.kd[p * 11 + m - 1].q.val();
                    }

                    // Operands (cycle e + 1): bank read data through the crossbar.
                    self.a0[p].next = 0.into();
                    self.a1[p].next = 0.into();
                    self.b0[p].next = 0.into();
                    self.b1[p].next = 0.into();
                    for n in 0..$nb {
                        if self.jbd[p].q.val().get_bit(n) {
                            self.a0[p].next = self.ram_a[n].read_data.val();
                            self.b0[p].next = self.ram_b[n].read_data.val();
                        }
                        if self.kbd[p].q.val().get_bit(n) {
                            self.a1[p].next = self.ram_a[n].read_data.val();
                            self.b1[p].next = self.ram_b[n].read_data.val();
                        }
                    }
                    if self.vp.q.val().get_bit(0) & self.first_d.q.val() & ((self.a0[p].val() >= self.qm.val()) | (self.a1[p].val() >= self.qm.val())) {
                        self.abort.next = true;
                    }
                    if self.vp.q.val().get_bit(0) & self.first_d.q.val() & self.f_bin.q.val() & ((self.b0[p].val() >= self.qm.val()) | (self.b1[p].val() >= self.qm.val())) {
                        self.abort.next = true;
                    }
                    self.tw[p].next = self.rom[p].read_data.val();
                    if self.fault_tw.val() & (self.twad[p].q.val() == self.fault_addr.val()) {
                        self.tw[p].next = self.rom[p].read_data.val() ^ self.fault_mask.val();
                    }
                    // Two modular adders/subtractors before the multipliers:
                    // pre1 = a0 + a1 | a0 ± b0, pre2 = a1 − a0 | b0 + b1 | a1 ± b1.
                    self.p1y[p].next = self.a1[p].val();
                    self.p1s[p].next = false;
                    self.p2x[p].next = self.a1[p].val();
                    self.p2y[p].next = self.a0[p].val();
                    self.p2s[p].next = true;
                    if self.f_pwm.q.val() {
                        self.p2x[p].next = self.b0[p].val();
                        self.p2y[p].next = self.b1[p].val();
                        self.p2s[p].next = false;
                    }
                    if self.f_add.q.val() | self.f_sub.q.val() {
                        self.p1y[p].next = self.b0[p].val();
                        self.p1s[p].next = self.f_sub.q.val();
                        self.p2x[p].next = self.a1[p].val();
                        self.p2y[p].next = self.b1[p].val();
                        self.p2s[p].next = self.f_sub.q.val();
                    }
                    self.pre1[p].next = self.a0[p].val() + self.p1y[p].val();
                    if self.p1s[p].val() {
                        self.pre1[p].next = self.a0[p].val() + self.qm.val() - self.p1y[p].val();
                    }
                    if self.pre1[p].val() >= self.qm.val() {
                        self.pre1[p].next = self.pre1[p].val() - self.qm.val();
                    }
                    self.pre2[p].next = self.p2x[p].val() + self.p2y[p].val();
                    if self.p2s[p].val() {
                        self.pre2[p].next = self.p2x[p].val() + self.qm.val() - self.p2y[p].val();
                    }
                    if self.pre2[p].val() >= self.qm.val() {
                        self.pre2[p].next = self.pre2[p].val() - self.qm.val();
                    }
                    // Multiplier operands (level 1).
                    self.mul_a[p].a.next = self.pre1[p].val();
                    self.mul_a[p].b.next = 1.into();
                    self.mul_b[p].a.next = self.pre2[p].val();
                    self.mul_b[p].b.next = 1.into();
                    if self.f_fwd.q.val() {
                        // Cooley–Tukey: (a, ζ·b), combined after the multipliers.
                        self.mul_a[p].a.next = self.a0[p].val();
                        self.mul_b[p].a.next = self.a1[p].val();
                        self.mul_b[p].b.next = self.tw[p].val();
                    }
                    if self.f_inv.q.val() {
                        // Gentleman–Sande: (a + b, ζ·(b − a)); the last layer scales by n⁻¹.
                        self.mul_b[p].b.next = self.tw[p].val();
                        if self.inv_last_d.q.val() {
                            if self.dsa.q.val() {
                                self.mul_a[p].b.next = self.ninv_dsa.val();
                                self.mul_b[p].b.next = self.zninv_dsa.val();
                            } else {
                                self.mul_a[p].b.next = self.ninv_kem.val();
                                self.mul_b[p].b.next = self.zninv_kem.val();
                            }
                        }
                    }
                    if self.f_pwm.q.val() {
                        self.mul_a[p].a.next = self.a0[p].val();
                        self.mul_a[p].b.next = self.b0[p].val();
                        self.mul_b[p].a.next = self.a1[p].val();
                        self.mul_b[p].b.next = self.b1[p].val();
                    }
                    // ML-KEM base case, Karatsuba: (a0 + a1)(b0 + b1).
                    self.mul_c[p].a.next = self.pre1[p].val();
                    self.mul_c[p].b.next = self.pre2[p].val();
                    self.gd[p * 5].d.next = self.tw[p].val();
                    for m in 1..5 {
                        self.gd[p * 5 + m].d.next = self.gd[p * 5 + m - 1].q.val();
                    }

                    // Level-1 results (cycle e + 6): Cooley–Tukey combination.
                    self.padd[p].next = self.mul_a[p].r.val() + self.mul_b[p].r.val();
                    if self.padd[p].val() >= self.qm.val() {
                        self.padd[p].next = self.padd[p].val() - self.qm.val();
                    }
                    self.psub[p].next = self.mul_a[p].r.val() + self.qm.val() - self.mul_b[p].r.val();
                    if self.psub[p].val() >= self.qm.val() {
                        self.psub[p].next = self.psub[p].val() - self.qm.val();
                    }
                    // Base case: c1 = (a0+a1)(b0+b1) − a0b0 − a1b1; level 2: c0 = a0b0 + γ·a1b1.
                    self.t1[p].next = self.mul_c[p].r.val() + self.qm.val() - self.mul_a[p].r.val();
                    if self.t1[p].val() >= self.qm.val() {
                        self.t1[p].next = self.t1[p].val() - self.qm.val();
                    }
                    self.y1[p].next = self.t1[p].val() + self.qm.val() - self.mul_b[p].r.val();
                    if self.y1[p].val() >= self.qm.val() {
                        self.y1[p].next = self.y1[p].val() - self.qm.val();
                    }
                    self.mul_d[p].a.next = self.mul_b[p].r.val();
                    self.mul_d[p].b.next = self.gd[p * 5 + 4].q.val();
                    self.x1d[p * 5].d.next = self.mul_a[p].r.val();
                    self.y1d[p * 5].d.next = self.y1[p].val();
                    for m in 1..5 {
                        self.x1d[p * 5 + m].d.next = self.x1d[p * 5 + m - 1].q.val();
                        self.y1d[p * 5 + m].d.next = self.y1d[p * 5 + m - 1].q.val();
                    }
                    self.c0[p].next = self.x1d[p * 5 + 4].q.val() + self.mul_d[p].r.val();
                    if self.c0[p].val() >= self.qm.val() {
                        self.c0[p].next = self.c0[p].val() - self.qm.val();
                    }

                    // Write-back to the banks.
                    self.wa[p].next = self.jd[p * 11 + 5].q.val();
                    self.wbk[p].next = self.kd[p * 11 + 5].q.val();
                    self.we[p].next = self.vp.q.val().get_bit(5);
                    self.wx[p].next = self.mul_a[p].r.val();
                    self.wy[p].next = self.mul_b[p].r.val();
                    if self.f_fwd.q.val() {
                        self.wx[p].next = self.padd[p].val();
                        self.wy[p].next = self.psub[p].val();
                    }
                    if self.d2.val() {
                        self.wa[p].next = self.jd[p * 11 + 10].q.val();
                        self.wbk[p].next = self.kd[p * 11 + 10].q.val();
                        self.we[p].next = self.vp.q.val().get_bit(10);
                        self.wx[p].next = self.c0[p].val();
                        self.wy[p].next = self.y1d[p * 5 + 4].q.val();
                    }
                    if self.fault_stuck.val() & (self.fault_lane.val() == self.lane_id2[p].val()) {
                        self.wx[p].next = self.wx[p].val() | self.fault_mask.val();
                    }
                    self.wa_oh[p].next = bits::<$nb>(1) << (self.wa[p].val() & ($b - 1));
                    if (self.wa[p].val() >> $beta).xor() {
                        self.wa_oh[p].next = bits::<$nb>(1) << ((self.wa[p].val() & ($b - 1)) + $b);
                    }
                    self.wb_oh[p].next = bits::<$nb>(1) << (self.wbk[p].val() & ($b - 1));
                    if (self.wbk[p].val() >> $beta).xor() {
                        self.wb_oh[p].next = bits::<$nb>(1) << ((self.wbk[p].val() & ($b - 1)) + $b);
                    }
                    for n in 0..$nb {
                        if self.we[p].val() & self.wa_oh[p].val().get_bit(n) {
                            self.bank_we[n].next = true;
                            self.bank_waddr[n].next = (self.wa[p].val() >> ($beta + 1)) | self.wr_slot.val();
                            self.bank_wdata[n].next = self.wx[p].val();
                        }
                        if self.we[p].val() & self.wb_oh[p].val().get_bit(n) {
                            self.bank_we[n].next = true;
                            self.bank_waddr[n].next = (self.wbk[p].val() >> ($beta + 1)) | self.wr_slot.val();
                            self.bank_wdata[n].next = self.wy[p].val();
                        }
                    }
                }

                // Host port: coefficients 2w and 2w + 1 of slot mem_addr >> 7.
                self.host_slot.next = (self.mem_addr.val() >> 7) << $rbits;
                self.host_x0.next = (self.mem_addr.val() & 127) << 1;
                self.host_x1.next = self.host_x0.val() | 1;
                self.host_row.next = (self.host_x0.val() >> ($beta + 1)) | self.host_slot.val();
                self.host_oh0.next = bits::<$nb>(1) << (self.host_x0.val() & ($b - 1));
                if (self.host_x0.val() >> $beta).xor() {
                    self.host_oh0.next = bits::<$nb>(1) << ((self.host_x0.val() & ($b - 1)) + $b);
                }
                self.host_oh1.next = bits::<$nb>(1) << (self.host_x1.val() & ($b - 1));
                if (self.host_x1.val() >> $beta).xor() {
                    self.host_oh1.next = bits::<$nb>(1) << ((self.host_x1.val() & ($b - 1)) + $b);
                }
                self.bad_w.next = (self.mem_wdata[0].val() >= self.qin.val()) | (self.mem_wdata[1].val() >= self.qin.val());
                self.host_rd.d.next = self.mem_re.val() & self.idle.val();
                self.host_b0.d.next = self.host_oh0.val();
                self.host_b1.d.next = self.host_oh1.val();
                self.mem_rdata[0].next = 0.into();
                self.mem_rdata[1].next = 0.into();
                for n in 0..$nb {
                    if self.host_rd.q.val() & self.host_b0.q.val().get_bit(n) {
                        self.mem_rdata[0].next = self.ram_a[n].read_data.val();
                    }
                    if self.host_rd.q.val() & self.host_b1.q.val().get_bit(n) {
                        self.mem_rdata[1].next = self.ram_a[n].read_data.val();
                    }
                    if self.idle.val() & self.mem_re.val() & (self.host_oh0.val().get_bit(n) | self.host_oh1.val().get_bit(n)) {
                        self.bank_raddr[n].next = self.host_row.val();
                    }
                    if self.idle.val() & self.mem_we.val() & !self.bad_w.val() & self.host_oh0.val().get_bit(n) {
                        self.bank_we[n].next = true;
                        self.bank_waddr[n].next = self.host_row.val();
                        self.bank_wdata[n].next = self.mem_wdata[0].val();
                    }
                    if self.idle.val() & self.mem_we.val() & !self.bad_w.val() & self.host_oh1.val().get_bit(n) {
                        self.bank_we[n].next = true;
                        self.bank_waddr[n].next = self.host_row.val();
                        self.bank_wdata[n].next = self.mem_wdata[1].val();
                    }
                }

                // Banks: port A reads operand a (slot rd_slot_a), port B operand b (src_b).
                for n in 0..$nb {
                    self.ram_a[n].read_address.next = self.bank_raddr[n].val();
                    self.ram_b[n].read_address.next = (self.bank_raddr[n].val() & ((1 << $rbits) - 1)) | self.rd_slot_b.val();
                    self.ram_a[n].write_enable.next = self.bank_we[n].val();
                    self.ram_a[n].write_address.next = self.bank_waddr[n].val();
                    self.ram_a[n].write_data.next = self.bank_wdata[n].val();
                    self.ram_b[n].write_enable.next = self.bank_we[n].val();
                    self.ram_b[n].write_address.next = self.bank_waddr[n].val();
                    self.ram_b[n].write_data.next = self.bank_wdata[n].val();
                    self.obs_we[n].next = self.bank_we[n].val();
                    self.obs_addr[n].next = self.bank_waddr[n].val();
                    self.obs_data[n].next = self.bank_wdata[n].val();
                }

                // Pipeline occupancy: bit m of vp = issued m + 1 cycles ago.
                self.pending.next = (self.vp.q.val() & 63) != 0;
                if self.d2.val() {
                    self.pending.next = (self.vp.q.val() & 2047) != 0;
                }

                // Sequencing.
                match self.fsm.q.val() {
                    NttState::Idle => {
                        if self.start.val() {
                            if self.op_ok.val() {
                                self.err.d.next = false;
                                self.code.d.next = 0.into();
                                self.dsa.d.next = self.mode.val();
                                self.src_a_r.d.next = self.src_a.val();
                                self.src_b_r.d.next = self.src_b.val();
                                self.dst_r.d.next = self.dst.val();
                                self.f_fwd.d.next = self.op.val() == 0;
                                self.f_inv.d.next = self.op.val() == 1;
                                self.f_pwm.d.next = self.op.val() == 2;
                                self.f_add.d.next = self.op.val() == 3;
                                self.f_sub.d.next = self.op.val() == 4;
                                self.f_bin.d.next = self.op.val() >= 2;
                                self.cnt.d.next = 0.into();
                                // Layers L: NTT 0..=6 (KEM) / 0..=7 (DSA), len = 128 >> L;
                                // NTT⁻¹ 1..=7 (KEM) / 0..=7 (DSA), len = 1 << L; elementwise: one pass.
                                self.layer.d.next = 7.into();
                                self.first_layer.d.next = 7.into();
                                self.last_layer.d.next = 7.into();
                                if self.op.val() == 0 {
                                    self.layer.d.next = 0.into();
                                    self.first_layer.d.next = 0.into();
                                    if !self.mode.val() {
                                        self.last_layer.d.next = 6.into();
                                    }
                                }
                                if self.op.val() == 1 {
                                    self.layer.d.next = 1.into();
                                    self.first_layer.d.next = 1.into();
                                    if self.mode.val() {
                                        self.layer.d.next = 0.into();
                                        self.first_layer.d.next = 0.into();
                                    }
                                }
                                self.fsm.d.next = NttState::Run;
                            } else {
                                self.err.d.next = true;
                                self.code.d.next = 1.into();
                            }
                        }
                    }
                    NttState::Run => {
                        self.issue.next = true;
                        if self.cnt.q.val() == $clast {
                            self.cnt.d.next = 0.into();
                            if self.layer.q.val() == self.last_layer.q.val() {
                                self.fsm.d.next = NttState::Drain;
                            } else {
                                self.layer.d.next = self.layer.q.val() + 1;
                            }
                        } else {
                            self.cnt.d.next = self.cnt.q.val() + 1;
                        }
                    }
                    NttState::Drain => {
                        if !self.pending.val() {
                            self.done_r.d.next = true;
                            self.fsm.d.next = NttState::Idle;
                        }
                    }
                    _ => {
                        self.fsm.d.next = NttState::Idle;
                    }
                }
                self.inv_last_d.d.next = self.inv_last.val();
                self.first_d.d.next = self.layer.q.val() == self.first_layer.q.val();
                if self.issue.val() {
                    self.vp.d.next = (self.vp.q.val() << 1) | 1;
                } else {
                    self.vp.d.next = self.vp.q.val() << 1;
                }
                if self.abort.val() {
                    self.err.d.next = true;
                    self.code.d.next = 5.into();
                    self.vp.d.next = 0.into();
                    self.cnt.d.next = 0.into();
                    self.done_r.d.next = false;
                    self.fsm.d.next = NttState::Idle;
                }
                if self.start.val() & !self.idle.val() {
                    self.err.d.next = true;
                    self.code.d.next = 2.into();
                }
                if self.mem_we.val() | self.mem_re.val() {
                    if !self.idle.val() {
                        self.err.d.next = true;
                        self.code.d.next = 3.into();
                    } else if self.mem_we.val() & self.bad_w.val() {
                        self.err.d.next = true;
                        self.code.d.next = 4.into();
                    }
                }
            }
        }
    };
}

ntt_unit!(NttUnitB1, 1, 0, 2, 7, 127);
ntt_unit!(NttUnitB2, 2, 1, 4, 6, 63);
ntt_unit!(NttUnitB4, 4, 2, 8, 5, 31);

/// The default unit: 4 butterfly lanes.
pub type NttUnit = NttUnitB4;
