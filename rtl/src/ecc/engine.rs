//! The ECC engine: ECDSA P-256/P-384 key generation, public-key validation, signing
//! and verification run as microcode (`golden_model::ecdsa::program`, its ROM and its
//! issue rules) over a register file of 32 × 384-bit slots, one Montgomery multiplier
//! ([`super::MontMul`]) and a one-cycle modular adder/subtractor.
//!
//! **Commands** (`start` with `cmd`, `curve` 0 = P-256, 1 = P-384): 0 KEYGEN (d → Q),
//! 1 VALIDATE (Q), 2 SIGN (d, k, e → r, s), 3 VERIFY (Q, e, r, s). Inputs are written
//! while idle through the operand port (`wr_sel` = 0 d, 1 k, 2 e, 3 Qx, 4 Qy, 5 r,
//! 6 s; `wr_limb` 0..5 little-endian 64-bit limbs); bits above the curve's length are
//! ignored (cleared at start). e is bits2int(H(M)) (the leftmost bitlen(n) bits of the
//! digest). Outputs OUT0, OUT1 (Qx, Qy or r, s) are read through `rd_sel`/`rd_limb`
//! while `out_valid`, zero otherwise; nothing else is readable. `done` pulses at the end
//! of every command; `error` with `err_code` (`program::error`) reports a failed check
//! (for VALIDATE and VERIFY, codes 8–12 are the verdict "invalid").
//!
//! **Timing**: fixed per command and curve (`program::Machine::run` states the cycle
//! count; the scoreboard checks every ladder step on its cycle). The ladder's
//! conditional swaps are arithmetic (mask and XOR on both registers), never a
//! secret-dependent address.
//!
//! **Wipe and faults** (GUIDE §6): `zeroize` and `reset` clear every register (the
//! register file, the scalar, the multiplier) in **1 cycle** in any phase; END clears
//! every slot but the outputs, a failed check clears all. SEC_CM: FSM.SPARSE (`fsm`,
//! the multiplier's state), CTR.REDUN (`pc`, the return address, the ladder counter and the
//! multiplier's destination kept twice), CTRL.MUBI (`crv`, `outv`: 000/111); an illegal value or an illegal
//! opcode wipes everything in the same edge, raises the sticky `fatal`, and `start` is
//! refused (error 6) until `reset`. No test port: the co-simulation reads the register
//! file through probes.

use super::mont_mul::MontMul;
use super::alu::ModAddSub;
use super::nonce::NonceLink;
use crate::secure::SPARSE6;
use golden_model::ecdsa::program::{self, command, op, slot, Slot};
use golden_model::ecdsa::EcCurve;
use num_bigint::BigUint;
use rust_hdl::prelude::*;

/// Engine state codes.
pub mod state {
    use super::SPARSE6;
    pub const IDLE: u64 = SPARSE6[0];
    pub const RUN: u64 = SPARSE6[1];
}

/// Multi-bit codes of `crv` and `outv` (SEC_CM: CTRL.MUBI).
pub const MUBI_OFF: u64 = 0b000;
pub const MUBI_ON: u64 = 0b111;

/// Wipe latency of `zeroize`/`reset`, in cycles.
pub const WIPE_CYCLES: u64 = 1;

fn bits384(s: &Slot) -> Bits<384> {
    let mut v = BigUint::default();
    for limb in s.iter().rev() {
        v = (v << 64u32) + BigUint::from(*limb);
    }
    Bits::<384>::from(v)
}

#[derive(LogicBlock)]
pub struct EccEngine {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    pub cmd: Signal<In, Bits<3>>,
    pub curve: Signal<In, Bits<2>>,
    /// DETSIGN's HMAC hash (RFC 6979 uses the message hash): 0 SHA-256, 1 SHA-384,
    /// 2 SHA-512; sampled at `start`.
    pub hmac: Signal<In, Bits<2>>,
    pub wr_en: Signal<In, Bit>,
    pub wr_sel: Signal<In, Bits<3>>,
    pub wr_limb: Signal<In, Bits<3>>,
    pub wr_data: Signal<In, Bits<64>>,
    pub rd_sel: Signal<In, Bit>,
    pub rd_limb: Signal<In, Bits<3>>,
    pub rd_data: Signal<Out, Bits<64>>,
    pub out_valid: Signal<Out, Bit>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    pub fatal: Signal<Out, Bit>,
    mm: MontMul,
    alu: ModAddSub,
    link: NonceLink,
    rom: RAM<Bits<32>, 12>,
    rf: [DFF<Bits<384>>; 32],
    scalar: DFF<Bits<384>>,
    fsm: DFF<Bits<6>>,
    pc: DFF<Bits<12>>,
    pc_b: DFF<Bits<12>>,
    ret: DFF<Bits<12>>,
    ret_b: DFF<Bits<12>>,
    lcnt: DFF<Bits<8>>,
    lcnt_b: DFF<Bits<8>>,
    swap: DFF<Bit>,
    crv: DFF<Bits<3>>,
    mdst: DFF<Bits<6>>,
    mdst_b: DFF<Bits<6>>,
    outv: DFF<Bits<3>>,
    err: DFF<Bit>,
    code: DFF<Bits<4>>,
    done_r: DFF<Bit>,
    alarm: DFF<Bit>,
    halg: DFF<Bits<2>>,
    halg_b: DFF<Bits<2>>,
    // Constants: the curve constants (slots 32..40), moduli and m', entries.
    c256: [Constant<Bits<384>>; 9],
    c384: [Constant<Bits<384>>; 9],
    cidx: [Constant<Bits<6>>; 9],
    p256: Constant<Bits<384>>,
    n256: Constant<Bits<384>>,
    p384: Constant<Bits<384>>,
    n384: Constant<Bits<384>>,
    pp256: Constant<Bits<16>>,
    np256: Constant<Bits<16>>,
    pp384: Constant<Bits<16>>,
    np384: Constant<Bits<16>>,
    mask256: Constant<Bits<384>>,
    limb_mask: Constant<Bits<384>>,
    ones: Constant<Bits<384>>,
    entry: [Constant<Bits<12>>; 5],
    entry_sel: [Constant<Bits<3>>; 5],
    inv256: [Constant<Bits<12>>; 2],
    inv384: [Constant<Bits<12>>; 2],
    s_idle: Constant<Bits<6>>,
    s_run: Constant<Bits<6>>,
    // Decode and datapath.
    ir: Signal<Local, Bits<32>>,
    iop: Signal<Local, Bits<4>>,
    fd: Signal<Local, Bits<6>>,
    fa: Signal<Local, Bits<6>>,
    fb: Signal<Local, Bits<6>>,
    modn: Signal<Local, Bit>,
    big: Signal<Local, Bit>,
    cv: [Signal<Local, Bits<384>>; 9],
    opa: Signal<Local, Bits<384>>,
    opb: Signal<Local, Bits<384>>,
    pmod: Signal<Local, Bits<384>>,
    nmod: Signal<Local, Bits<384>>,
    modulus: Signal<Local, Bits<384>>,
    alu_we: Signal<Local, Bit>,
    pend: Signal<Local, Bit>,
    hz: Signal<Local, Bit>,
    can: Signal<Local, Bit>,
    ok: Signal<Local, Bit>,
    ki: Signal<Local, Bit>,
    cs_en: Signal<Local, Bit>,
    cs_mask: Signal<Local, Bits<384>>,
    pc_nx: Signal<Local, Bits<12>>,
    pc_b_nx: Signal<Local, Bits<12>>,
    finish: Signal<Local, Bit>,
    fail: Signal<Local, Bit>,
    fault: Signal<Local, Bit>,
    wipe_all: Signal<Local, Bit>,
    wmask: Signal<Local, Bits<384>>,
    wval: Signal<Local, Bits<384>>,
    wr_ok: Signal<Local, Bit>,
    lsel: Signal<Local, Bits<3>>,
    ldata: Signal<Local, Bits<64>>,
    idle_ph: Signal<Local, Bit>,
    rsel: Signal<Local, Bits<384>>,
}

impl Default for EccEngine {
    fn default() -> Self {
        let rom = program::rom();
        assert!(
            rom.words.len() <= 4096,
            "microcode of {} words",
            rom.words.len()
        );
        let c256 = program::curve_consts(EcCurve::P256);
        let c384 = program::curve_consts(EcCurve::P384);
        let k = |s: &Slot| Constant::new(bits384(s));
        let c12 = |v: u32| Constant::new(Bits::<12>::from(v as u64));
        let c16 = |v: u32| Constant::new(Bits::<16>::from(v as u64));
        let code = |c: u64| Constant::new(Bits::<6>::from(c));
        let mut m256 = [0u64; 6];
        m256[..4].copy_from_slice(&[u64::MAX; 4]);
        EccEngine {
            clock: Default::default(),
            reset: Default::default(),
            zeroize: Default::default(),
            start: Default::default(),
            cmd: Default::default(),
            curve: Default::default(),
            hmac: Default::default(),
            wr_en: Default::default(),
            wr_sel: Default::default(),
            wr_limb: Default::default(),
            wr_data: Default::default(),
            rd_sel: Default::default(),
            rd_limb: Default::default(),
            rd_data: Default::default(),
            out_valid: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fatal: Default::default(),
            mm: MontMul::default(),
            alu: ModAddSub::default(),
            link: NonceLink::default(),
            rom: RAM::from(rom.words.iter().map(|&w| Bits::<32>::from(w as u64))),
            rf: Default::default(),
            scalar: Default::default(),
            fsm: Default::default(),
            pc: Default::default(),
            pc_b: Default::default(),
            ret: Default::default(),
            ret_b: Default::default(),
            lcnt: Default::default(),
            lcnt_b: Default::default(),
            swap: Default::default(),
            crv: Default::default(),
            mdst: Default::default(),
            mdst_b: Default::default(),
            outv: Default::default(),
            err: Default::default(),
            code: Default::default(),
            done_r: Default::default(),
            alarm: Default::default(),
            halg: Default::default(),
            halg_b: Default::default(),
            c256: array_init::array_init(|i| k(&c256.consts[i])),
            c384: array_init::array_init(|i| k(&c384.consts[i])),
            cidx: array_init::array_init(|i| {
                Constant::new(Bits::<6>::from(slot::ZERO as u64 + i as u64))
            }),
            p256: k(&c256.p),
            n256: k(&c256.n),
            p384: k(&c384.p),
            n384: k(&c384.n),
            pp256: c16(c256.p_prime16),
            np256: c16(c256.n_prime16),
            pp384: c16(c384.p_prime16),
            np384: c16(c384.n_prime16),
            mask256: k(&m256),
            limb_mask: k(&[u64::MAX, 0, 0, 0, 0, 0]),
            ones: k(&[u64::MAX; 6]),
            entry: array_init::array_init(|i| c12(rom.entry[i])),
            entry_sel: array_init::array_init(|i| Constant::new(Bits::<3>::from(i as u64))),
            inv256: array_init::array_init(|i| c12(rom.routine[0][i])),
            inv384: array_init::array_init(|i| c12(rom.routine[1][i])),
            s_idle: code(state::IDLE),
            s_run: code(state::RUN),
            ir: Default::default(),
            iop: Default::default(),
            fd: Default::default(),
            fa: Default::default(),
            fb: Default::default(),
            modn: Default::default(),
            big: Default::default(),
            cv: Default::default(),
            opa: Default::default(),
            opb: Default::default(),
            pmod: Default::default(),
            nmod: Default::default(),
            modulus: Default::default(),
            alu_we: Default::default(),
            pend: Default::default(),
            hz: Default::default(),
            can: Default::default(),
            ok: Default::default(),
            ki: Default::default(),
            cs_en: Default::default(),
            cs_mask: Default::default(),
            pc_nx: Default::default(),
            pc_b_nx: Default::default(),
            finish: Default::default(),
            fail: Default::default(),
            fault: Default::default(),
            wipe_all: Default::default(),
            wmask: Default::default(),
            wval: Default::default(),
            wr_ok: Default::default(),
            lsel: Default::default(),
            ldata: Default::default(),
            idle_ph: Default::default(),
            rsel: Default::default(),
        }
    }
}

// Opcode numbers used below as literals (rust-hdl takes no const paths): checked
// against `program::op` by `opcodes_match_the_program` in `super`.
const _: () = assert!(op::END == 0 && op::MUL == 1 && op::ADD == 2 && op::SUB == 3 && op::LDK == 4);
const _: () =
    assert!(op::STEP == 5 && op::FSWAP == 6 && op::LOOP == 7 && op::CHK == 8 && op::CALL == 9);
const _: () = assert!(op::RET == 10 && op::JCHK == 11 && op::DSEED == 12 && op::DNEXT == 13 && command::COUNT == 5);
const _: () = assert!(slot::OUT0 == 27 && slot::OUT1 == 28 && slot::SET1 == 6 && slot::ZERO == 32);
const _: () = assert!(slot::D == 20 && slot::S == 26);

/// The update function, the per-slot read and write logic unrolled over literal slot
/// numbers (rust-hdl compares signals with literals, not with loop variables).
macro_rules! ecc_engine_update {
    ($($s:tt),*) => {
        impl Logic for EccEngine {
            #[hdl_gen]
            fn update(&mut self) {
                dff_setup!(self, clock, scalar, fsm, pc, pc_b, ret, ret_b, lcnt, lcnt_b, swap, crv, mdst, mdst_b, outv, err, code, done_r, alarm, halg, halg_b);
                for j in 0..32 {
                    self.rf[j].clock.next = self.clock.val();
                    self.rf[j].d.next = self.rf[j].q.val();
                }
                self.mm.clock.next = self.clock.val();
                self.link.clock.next = self.clock.val();
                self.link.reset.next = self.reset.val();
                self.link.alg.next = self.halg.q.val();
                self.link.seed.next = false;
                self.link.renew.next = false;
                self.rom.read_clock.next = self.clock.val();
                self.rom.write_clock.next = self.clock.val();
                self.rom.write_enable.next = false;
                self.rom.write_address.next = 0.into();
                self.rom.write_data.next = 0.into();

                // ---- decode ----
                self.ir.next = 0.into();
                if self.fsm.q.val() == self.s_run.val() {
                    self.ir.next = self.rom.read_data.val();
                }
                self.iop.next = self.ir.val().get_bits::<4>(0);
                self.fd.next = self.ir.val().get_bits::<6>(4);
                self.fa.next = self.ir.val().get_bits::<6>(10);
                self.fb.next = self.ir.val().get_bits::<6>(16);
                self.modn.next = self.ir.val().get_bit(22);
                self.big.next = self.crv.q.val() == 7;
                self.link.curve.next = self.big.val();

                // ---- operands: slots 0..31 registers, 32..40 the curve's constants ----
                for i in 0..9 {
                    self.cv[i].next = self.c256[i].val();
                    if self.big.val() {
                        self.cv[i].next = self.c384[i].val();
                    }
                }
                self.opa.next = 0.into();
                self.opb.next = 0.into();
                $(
                    if self.fa.val() == $s {
                        self.opa.next = self.rf[$s].q.val();
                    }
                    if self.fb.val() == $s {
                        self.opb.next = self.rf[$s].q.val();
                    }
                )*
                for i in 0..9 {
                    if self.fa.val() == self.cidx[i].val() {
                        self.opa.next = self.cv[i].val();
                    }
                    if self.fb.val() == self.cidx[i].val() {
                        self.opb.next = self.cv[i].val();
                    }
                }
                self.pmod.next = self.p256.val();
                self.nmod.next = self.n256.val();
                self.mm.m_prime.next = self.pp256.val();
                if self.modn.val() {
                    self.mm.m_prime.next = self.np256.val();
                }
                if self.big.val() {
                    self.pmod.next = self.p384.val();
                    self.nmod.next = self.n384.val();
                    self.mm.m_prime.next = self.pp384.val();
                    if self.modn.val() {
                        self.mm.m_prime.next = self.np384.val();
                    }
                }
                self.modulus.next = self.pmod.val();
                if self.modn.val() {
                    self.modulus.next = self.nmod.val();
                }

                // ---- the adder/subtractor (`super::alu`): (a ± b) mod m in one cycle ----
                self.alu.a.next = self.opa.val();
                self.alu.b.next = self.opb.val();
                self.alu.m.next = self.modulus.val();
                self.alu.sub.next = self.iop.val() == 3;

                // ---- checks (CHK kinds: 0 range n, 1 below p, 2 equal, 3 non-zero) ----
                self.ok.next = self.opa.val().any();
                if self.fd.val() == 0 {
                    self.ok.next = self.opa.val().any() & (self.opa.val() < self.nmod.val());
                } else if self.fd.val() == 1 {
                    self.ok.next = self.opa.val() < self.pmod.val();
                } else if self.fd.val() == 2 {
                    self.ok.next = self.opa.val() == self.opb.val();
                }

                // ---- issue rules (program module doc) ----
                self.pend.next = self.mm.busy.val();
                self.hz.next = self.pend.val()
                    & ((self.fd.val() == self.mdst.q.val())
                        | (self.fa.val() == self.mdst.q.val())
                        | (self.fb.val() == self.mdst.q.val()));
                self.can.next = false;
                if self.fsm.q.val() == self.s_run.val() {
                    if self.iop.val() == 1 {
                        self.can.next = !self.pend.val()
                            | (self.mm.wb.val()
                                & (self.fa.val() != self.mdst.q.val())
                                & (self.fb.val() != self.mdst.q.val()));
                    } else if (self.iop.val() == 2) | (self.iop.val() == 3) {
                        self.can.next = !self.hz.val();
                    } else if self.iop.val() == 7 {
                        self.can.next = true;
                    } else {
                        self.can.next = !self.pend.val();
                    }
                }
                self.mm.wipe.next = false;
                self.mm.go.next = false;
                self.mm.wide.next = self.big.val();
                self.mm.a.next = self.opa.val();
                self.mm.b.next = self.opb.val();
                self.mm.m.next = self.modulus.val();
                self.alu_we.next = false;
                self.cs_en.next = false;
                self.ki.next = self.scalar.q.val().get_bit(255);
                if self.big.val() {
                    self.ki.next = self.scalar.q.val().get_bit(383);
                }
                self.cs_mask.next = 0.into();
                self.finish.next = false;
                self.fail.next = false;
                self.pc_nx.next = self.pc.q.val();
                self.pc_b_nx.next = self.pc_b.q.val();
                self.idle_ph.next = !self.link.busy.val();
                if self.can.val() & self.idle_ph.val() {
                    self.pc_nx.next = self.pc.q.val() + 1;
                    self.pc_b_nx.next = self.pc_b.q.val() + 1;
                    if self.iop.val() == 1 {
                        self.mm.go.next = true;
                        self.mdst.d.next = self.fd.val();
                        self.mdst_b.d.next = self.fd.val();
                    } else if (self.iop.val() == 2) | (self.iop.val() == 3) {
                        self.alu_we.next = true;
                    } else if self.iop.val() == 4 {
                        self.scalar.d.next = self.opa.val();
                        self.lcnt.d.next = 128.into();
                        self.lcnt_b.d.next = 128.into();
                        if self.big.val() {
                            self.lcnt.d.next = 192.into();
                            self.lcnt_b.d.next = 192.into();
                        }
                        self.swap.d.next = false;
                    } else if self.iop.val() == 5 {
                        // STEP: swap ^ k_i decides this swap; k_i defers to the next.
                        self.cs_en.next = true;
                        if self.swap.q.val() ^ self.ki.val() {
                            self.cs_mask.next = self.ones.val();
                        }
                        self.swap.d.next = self.ki.val();
                        self.scalar.d.next = self.scalar.q.val() << 1;
                    } else if self.iop.val() == 6 {
                        self.cs_en.next = true;
                        if self.swap.q.val() {
                            self.cs_mask.next = self.ones.val();
                        }
                        self.swap.d.next = false;
                    } else if self.iop.val() == 7 {
                        self.lcnt.d.next = self.lcnt.q.val() - 1;
                        self.lcnt_b.d.next = self.lcnt_b.q.val() - 1;
                        if self.lcnt.q.val() != 1 {
                            self.pc_nx.next = self.ir.val().get_bits::<12>(20);
                            self.pc_b_nx.next = self.ir.val().get_bits::<12>(20);
                        }
                    } else if self.iop.val() == 8 {
                        if !self.ok.val() {
                            self.fail.next = true;
                        }
                    } else if self.iop.val() == 11 {
                        // JCHK: a failed check jumps.
                        if !self.ok.val() {
                            self.pc_nx.next = self.ir.val().get_bits::<12>(20);
                            self.pc_b_nx.next = self.ir.val().get_bits::<12>(20);
                        }
                    } else if self.iop.val() == 12 {
                        // DSEED: the link takes x, h1 from the held operands.
                        self.pc_nx.next = self.pc.q.val();
                        self.pc_b_nx.next = self.pc_b.q.val();
                        self.link.seed.next = true;
                    } else if self.iop.val() == 13 {
                        // DNEXT: the next candidate, unless 64 were drawn.
                        self.pc_nx.next = self.pc.q.val();
                        self.pc_b_nx.next = self.pc_b.q.val();
                        if self.link.exhausted.val() {
                            self.fail.next = true;
                        } else {
                            self.link.renew.next = true;
                        }
                    } else if self.iop.val() == 9 {
                        self.ret.d.next = self.pc.q.val() + 1;
                        self.ret_b.d.next = self.pc_b.q.val() + 1;
                        self.pc_nx.next = self.inv256[0].val();
                        if self.fd.val().get_bit(0) {
                            self.pc_nx.next = self.inv256[1].val();
                        }
                        if self.big.val() {
                            self.pc_nx.next = self.inv384[0].val();
                            if self.fd.val().get_bit(0) {
                                self.pc_nx.next = self.inv384[1].val();
                            }
                        }
                        self.pc_b_nx.next = self.pc_nx.val();
                    } else if self.iop.val() == 10 {
                        self.pc_nx.next = self.ret.q.val();
                        self.pc_b_nx.next = self.ret_b.q.val();
                    } else if self.iop.val() == 0 {
                        self.finish.next = true;
                    }
                }

                // ---- the nonce hand-off (`super::nonce`): the operands stay on
                // opa/opb while DSEED is held; the instruction retires on `retire`.
                self.link.x.next = self.opa.val();
                self.link.h1.next = self.opb.val();
                if self.link.retire.val() {
                    self.pc_nx.next = self.pc.q.val() + 1;
                    self.pc_b_nx.next = self.pc_b.q.val() + 1;
                }

                // ---- register file writes ----
                $(
                    if self.alu_we.val() & (self.fd.val() == $s) {
                        self.rf[$s].d.next = self.alu.r.val();
                    }
                    if self.mm.wb.val() & (self.mdst.q.val() == $s) {
                        self.rf[$s].d.next = self.mm.r.val();
                    }
                )*
                // The ladder's conditional swap of register set 0 or 1 (mask and XOR).
                if self.cs_en.val() & (self.fd.val() == 0) {
                    self.rf[0].d.next = self.rf[0].q.val() ^ (self.cs_mask.val() & (self.rf[0].q.val() ^ self.rf[3].q.val()));
                    self.rf[1].d.next = self.rf[1].q.val() ^ (self.cs_mask.val() & (self.rf[1].q.val() ^ self.rf[4].q.val()));
                    self.rf[2].d.next = self.rf[2].q.val() ^ (self.cs_mask.val() & (self.rf[2].q.val() ^ self.rf[5].q.val()));
                    self.rf[3].d.next = self.rf[3].q.val() ^ (self.cs_mask.val() & (self.rf[0].q.val() ^ self.rf[3].q.val()));
                    self.rf[4].d.next = self.rf[4].q.val() ^ (self.cs_mask.val() & (self.rf[1].q.val() ^ self.rf[4].q.val()));
                    self.rf[5].d.next = self.rf[5].q.val() ^ (self.cs_mask.val() & (self.rf[2].q.val() ^ self.rf[5].q.val()));
                }
                if self.cs_en.val() & (self.fd.val() == 6) {
                    self.rf[6].d.next = self.rf[6].q.val() ^ (self.cs_mask.val() & (self.rf[6].q.val() ^ self.rf[9].q.val()));
                    self.rf[7].d.next = self.rf[7].q.val() ^ (self.cs_mask.val() & (self.rf[7].q.val() ^ self.rf[10].q.val()));
                    self.rf[8].d.next = self.rf[8].q.val() ^ (self.cs_mask.val() & (self.rf[8].q.val() ^ self.rf[11].q.val()));
                    self.rf[9].d.next = self.rf[9].q.val() ^ (self.cs_mask.val() & (self.rf[6].q.val() ^ self.rf[9].q.val()));
                    self.rf[10].d.next = self.rf[10].q.val() ^ (self.cs_mask.val() & (self.rf[7].q.val() ^ self.rf[10].q.val()));
                    self.rf[11].d.next = self.rf[11].q.val() ^ (self.cs_mask.val() & (self.rf[8].q.val() ^ self.rf[11].q.val()));
                }

                // ---- host operand port (idle only), output port (out_valid only) ----
                self.wr_ok.next = (self.wr_sel.val() < 7) & (self.wr_limb.val() < 6);
                self.wmask.next = 0.into();
                self.wval.next = 0.into();
                self.lsel.next = self.wr_limb.val();
                self.ldata.next = self.wr_data.val();
                if self.fsm.q.val() == self.s_run.val() {
                    // The candidate's limb from the nonce link.
                    self.lsel.next = self.link.k_limb.val();
                    self.ldata.next = self.link.k_data.val();
                }
                if self.lsel.val() == 0 {
                    self.wmask.next = self.limb_mask.val();
                    self.wval.next = bit_cast::<384, 64>(self.ldata.val());
                }
                if self.lsel.val() == 1 {
                    self.wmask.next = self.limb_mask.val() << 64;
                    self.wval.next = bit_cast::<384, 64>(self.ldata.val()) << 64;
                }
                if self.lsel.val() == 2 {
                    self.wmask.next = self.limb_mask.val() << 128;
                    self.wval.next = bit_cast::<384, 64>(self.ldata.val()) << 128;
                }
                if self.lsel.val() == 3 {
                    self.wmask.next = self.limb_mask.val() << 192;
                    self.wval.next = bit_cast::<384, 64>(self.ldata.val()) << 192;
                }
                if self.lsel.val() == 4 {
                    self.wmask.next = self.limb_mask.val() << 256;
                    self.wval.next = bit_cast::<384, 64>(self.ldata.val()) << 256;
                }
                if self.lsel.val() == 5 {
                    self.wmask.next = self.limb_mask.val() << 320;
                    self.wval.next = bit_cast::<384, 64>(self.ldata.val()) << 320;
                }
                // The candidate's limb into K (DSEED, DNEXT).
                if self.link.k_we.val() {
                    self.rf[21].d.next = (self.rf[21].q.val() & !self.wmask.val()) | self.wval.val();
                }
                self.out_valid.next = self.outv.q.val() == 7;
                self.rsel.next = self.rf[27].q.val();
                if self.rd_sel.val() {
                    self.rsel.next = self.rf[28].q.val();
                }
                self.rd_data.next = 0.into();
                if self.out_valid.val() & (self.rd_limb.val() < 6) {
                    self.rd_data.next = self.rsel.val().get_bits::<64>(self.rd_limb.val().index() * 64);
                }

                // ---- command control ----
                self.busy.next = self.fsm.q.val() != self.s_idle.val();
                self.done.next = self.done_r.q.val();
                self.done_r.d.next = false;
                self.error.next = self.err.q.val();
                self.err_code.next = self.code.q.val();
                self.fault.next = ((self.fsm.q.val() != self.s_idle.val()) & (self.fsm.q.val() != self.s_run.val()))
                    | (self.pc.q.val() != self.pc_b.q.val())
                    | (self.ret.q.val() != self.ret_b.q.val())
                    | (self.lcnt.q.val() != self.lcnt_b.q.val())
                    | (self.mdst.q.val() != self.mdst_b.q.val())
                    | ((self.crv.q.val() != 0) & (self.crv.q.val() != 7))
                    | ((self.outv.q.val() != 0) & (self.outv.q.val() != 7))
                    | ((self.fsm.q.val() == self.s_run.val()) & (self.iop.val() > 13))
                    | (self.halg.q.val() != self.halg_b.q.val())
                    | self.link.fault.val()
                    | self.mm.fault.val();
                self.fatal.next = self.alarm.q.val() | self.fault.val();
                self.wipe_all.next = false;
                if self.fsm.q.val() == self.s_idle.val() {
                    if self.wr_en.val() {
                        if self.wr_ok.val() {
                            if self.wr_sel.val() == 0 {
                                self.rf[20].d.next = (self.rf[20].q.val() & !self.wmask.val()) | self.wval.val();
                            }
                            if self.wr_sel.val() == 1 {
                                self.rf[21].d.next = (self.rf[21].q.val() & !self.wmask.val()) | self.wval.val();
                            }
                            if self.wr_sel.val() == 2 {
                                self.rf[22].d.next = (self.rf[22].q.val() & !self.wmask.val()) | self.wval.val();
                            }
                            if self.wr_sel.val() == 3 {
                                self.rf[23].d.next = (self.rf[23].q.val() & !self.wmask.val()) | self.wval.val();
                            }
                            if self.wr_sel.val() == 4 {
                                self.rf[24].d.next = (self.rf[24].q.val() & !self.wmask.val()) | self.wval.val();
                            }
                            if self.wr_sel.val() == 5 {
                                self.rf[25].d.next = (self.rf[25].q.val() & !self.wmask.val()) | self.wval.val();
                            }
                            if self.wr_sel.val() == 6 {
                                self.rf[26].d.next = (self.rf[26].q.val() & !self.wmask.val()) | self.wval.val();
                            }
                        } else {
                            self.err.d.next = true;
                            self.code.d.next = 3.into();
                        }
                    }
                    if self.start.val() & self.wr_en.val() {
                        // A write in the start cycle would be lost: refused.
                        self.err.d.next = true;
                        self.code.d.next = 3.into();
                    } else if self.start.val() & self.alarm.q.val() {
                        self.err.d.next = true;
                        self.code.d.next = 6.into();
                    } else if self.start.val()
                        & ((self.cmd.val() > 4) | (self.curve.val() > 1) | ((self.cmd.val() == 4) & (self.hmac.val() > 2)))
                    {
                        self.err.d.next = true;
                        self.code.d.next = 1.into();
                    } else if self.start.val() {
                        self.err.d.next = false;
                        self.code.d.next = 0.into();
                        self.outv.d.next = 0.into();
                        self.crv.d.next = 0.into();
                        self.halg.d.next = self.hmac.val();
                        self.halg_b.d.next = self.hmac.val();
                        if self.curve.val() == 1 {
                            self.crv.d.next = 7.into();
                        } else {
                            // Bits above 256 of every input are ignored.
                            self.rf[20].d.next = self.rf[20].q.val() & self.mask256.val();
                            self.rf[21].d.next = self.rf[21].q.val() & self.mask256.val();
                            self.rf[22].d.next = self.rf[22].q.val() & self.mask256.val();
                            self.rf[23].d.next = self.rf[23].q.val() & self.mask256.val();
                            self.rf[24].d.next = self.rf[24].q.val() & self.mask256.val();
                            self.rf[25].d.next = self.rf[25].q.val() & self.mask256.val();
                            self.rf[26].d.next = self.rf[26].q.val() & self.mask256.val();
                        }
                        self.rf[27].d.next = 0.into();
                        self.rf[28].d.next = 0.into();
                        for i in 0..5 {
                            if self.cmd.val() == self.entry_sel[i].val() {
                                self.pc_nx.next = self.entry[i].val();
                                self.pc_b_nx.next = self.entry[i].val();
                            }
                        }
                        self.fsm.d.next = self.s_run.val();
                    }
                } else {
                    if self.start.val() {
                        self.err.d.next = true;
                        self.code.d.next = 2.into();
                    }
                    if self.wr_en.val() {
                        self.err.d.next = true;
                        self.code.d.next = 3.into();
                    }
                }
                if self.finish.val() | self.fail.val() {
                    // END keeps the outputs; a failed check wipes them too.
                    self.wipe_all.next = true;
                    self.done_r.d.next = true;
                    if self.finish.val() {
                        self.outv.d.next = 7.into();
                    } else {
                        self.err.d.next = true;
                        self.code.d.next = self.ir.val().get_bits::<4>(24);
                    }
                }
                if self.zeroize.val() | self.reset.val() | self.fault.val() {
                    self.wipe_all.next = true;
                    self.outv.d.next = 0.into();
                    self.done_r.d.next = false;
                    if !self.fault.val() {
                        self.err.d.next = false;
                        self.code.d.next = 0.into();
                    }
                }
                // SEC_CM: KEY.SEC_WIPE: every register in the same edge.
                if self.wipe_all.val() {
                    for j in 0..32 {
                        self.rf[j].d.next = 0.into();
                    }
                    if self.finish.val() & !(self.zeroize.val() | self.reset.val() | self.fault.val()) {
                        self.rf[27].d.next = self.rf[27].q.val();
                        self.rf[28].d.next = self.rf[28].q.val();
                    }
                    self.mm.wipe.next = true;
                    self.halg.d.next = 0.into();
                    self.halg_b.d.next = 0.into();
                    self.scalar.d.next = 0.into();
                    self.swap.d.next = false;
                    self.lcnt.d.next = 0.into();
                    self.lcnt_b.d.next = 0.into();
                    self.ret.d.next = 0.into();
                    self.ret_b.d.next = 0.into();
                    self.mdst.d.next = 0.into();
                    self.mdst_b.d.next = 0.into();
                    self.crv.d.next = 0.into();
                    self.pc_nx.next = 0.into();
                    self.pc_b_nx.next = 0.into();
                    self.fsm.d.next = self.s_idle.val();
                }
                if self.fault.val() {
                    self.alarm.d.next = true;
                }
                if self.reset.val() {
                    self.alarm.d.next = false;
                }
                self.link.wipe.next = self.wipe_all.val();
                self.pc.d.next = self.pc_nx.val();
                self.pc_b.d.next = self.pc_b_nx.val();
                // The ROM is read at the next pc: its word is there when it issues.
                self.rom.read_address.next = self.pc_nx.val();
            }
        }
    };
}

ecc_engine_update!(
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    26, 27, 28, 29, 30, 31
);
