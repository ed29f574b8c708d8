//! The ML-KEM engine (block `mlkem_engine`): ML-KEM-512/768/1024 KeyGen, Encaps and
//! Decaps (FIPS 203 Algorithms 16–18) run entirely inside, started by one command.
//!
//! # Command port
//! `op` (0 KeyGen, 1 Encaps, 2 Decaps), `params` (0 ML-KEM-512, 1 768, 2 1024) with a
//! `start` pulse; `busy`, a `done` pulse, `error` with `err_code` (the
//! [`Sequencer`]'s codes, `golden_model::mlkem::program::error`), sticky `fatal`.
//!
//! # Data buffer
//! 2048 words of 64 bits. The host writes the inputs (d‖z; ek‖m; dk‖c) from word 0
//! and reads the outputs (ek‖dk; K‖c; K) from word 704
//! (`golden_model::mlkem::program::layout`, `io`): `buf_addr`, `buf_we` with
//! `buf_wdata`, `buf_re` with the data on `buf_rdata` the next cycle (zero otherwise).
//! Only while idle: an access while busy (or wiping, or fatal) is ignored with error 3.
//!
//! # Units (one at a time, the sequencer's step owns the ports)
//! * the Keccak sponge ([`KeccakSponge`], 2 rounds per cycle) behind its buffer port
//!   ([`SpongePort`]): H, G, J into the buffer; PRF and XOF streamed straight into
//! * the samplers [`SampleNtt`] (Algorithm 7) and [`SamplePolyCbd`] (Algorithm 8),
//!   which write the polynomial memory;
//! * the NTT unit [`NttUnitB4`] (4 butterflies), whose 16 slots are the polynomial
//!   memory (the samplers and the codec reach them through its coefficient port);
//! * the codec [`MlKemCodec`] (ByteEncode/Compress, ByteDecode/Decompress; in compare
//!   mode its words are compared with the buffer: Algorithm 18 step 9);
//! * the [`BufferMover`] (copy, compare, constant-time select, wipe).
//!
//! # Threat contract (GUIDE §6)
//! Operands never leave the engine; the host sees only the buffer, only while idle.
//! Every command ends with the wipe of the whole polynomial memory (the program's
//! `WIPE_MEM` step after the memory's last use: the NTT unit's sweep, 513 cycles,
//! overlapping the buffer-only steps after it), the scratch wipe, and at `END` the
//! wipe of every other unit; `done` comes when all are wiped.
//! A failed input check (§7.2, §7.3), a unit error, `zeroize`, `reset` or a fault wipes
//! every unit and every buffer word: idle again after
//! [`wipe_cycles`] cycles. Faults: the sequencer's and every unit's sparse encodings and
//! redundant counters; any unit's `fatal` is the engine's `fatal`.

use super::codec::MlKemCodec;
use super::mover::BufferMover;
use super::sequencer::Sequencer;
use super::sponge_port::SpongePort;
use crate::keccak::KeccakSponge;
use crate::ntt::NttUnitB4;
use crate::sampler::{SampleNtt, SamplePolyCbd};
use rust_hdl::prelude::*;

/// Cycles from the edge that samples `zeroize` (or `reset`, a fault, a failed check)
/// until every buffer word and unit is wiped and `busy` is low: one edge, the sweep of
/// the 2048 buffer words, one edge back to idle.
pub const fn wipe_cycles() -> u64 {
    super::sequencer::SWEEP_CYCLES + 2
}

#[derive(LogicBlock)]
pub struct MlKemEngine {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    pub op: Signal<In, Bits<2>>,
    pub params: Signal<In, Bits<2>>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    pub fatal: Signal<Out, Bit>,
    pub buf_addr: Signal<In, Bits<11>>,
    pub buf_we: Signal<In, Bit>,
    pub buf_wdata: Signal<In, Bits<64>>,
    pub buf_re: Signal<In, Bit>,
    pub buf_rdata: Signal<Out, Bits<64>>,
    seq: Sequencer,
    buffer: RAM<Bits<64>, 11>,
    sponge: KeccakSponge,
    port: SpongePort,
    sntt: SampleNtt,
    cbd: SamplePolyCbd,
    mem: NttUnitB4,
    codec: MlKemCodec,
    mover: BufferMover,
    host_rd: DFF<Bit>,
    cmp_pend: DFF<Bit>,
    cmp_word: DFF<Bits<64>>,
    // The running step, decoded (`golden_model::mlkem::program::field`).
    u: Signal<Local, Bits<4>>,
    is_hash: Signal<Local, Bit>,
    is_ntt: Signal<Local, Bit>,
    is_enc: Signal<Local, Bit>,
    is_dec: Signal<Local, Bit>,
    is_mov: Signal<Local, Bit>,
    h_sink: Signal<Local, Bits<2>>,
    to_sntt: Signal<Local, Bit>,
    to_cbd: Signal<Local, Bit>,
    h_mode: Signal<Local, Bits<3>>,
    h_slot: Signal<Local, Bits<12>>,
    c_addr: Signal<Local, Bits<11>>,
    c_slot: Signal<Local, Bits<12>>,
    c_flag: Signal<Local, Bit>,
    step_done: Signal<Local, Bit>,
    host_ok: Signal<Local, Bit>,
    wipe_units: Signal<Local, Bit>,
    sponge_stop: Signal<Local, Bit>,
}

impl Default for MlKemEngine {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            zeroize: Default::default(),
            start: Default::default(),
            op: Default::default(),
            params: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fatal: Default::default(),
            buf_addr: Default::default(),
            buf_we: Default::default(),
            buf_wdata: Default::default(),
            buf_re: Default::default(),
            buf_rdata: Default::default(),
            seq: Default::default(),
            buffer: Default::default(),
            sponge: Default::default(),
            port: Default::default(),
            sntt: Default::default(),
            cbd: Default::default(),
            mem: Default::default(),
            codec: Default::default(),
            mover: Default::default(),
            host_rd: Default::default(),
            cmp_pend: Default::default(),
            cmp_word: Default::default(),
            u: Default::default(),
            is_hash: Default::default(),
            is_ntt: Default::default(),
            is_enc: Default::default(),
            is_dec: Default::default(),
            is_mov: Default::default(),
            h_sink: Default::default(),
            to_sntt: Default::default(),
            to_cbd: Default::default(),
            h_mode: Default::default(),
            h_slot: Default::default(),
            c_addr: Default::default(),
            c_slot: Default::default(),
            c_flag: Default::default(),
            step_done: Default::default(),
            host_ok: Default::default(),
            wipe_units: Default::default(),
            sponge_stop: Default::default(),
        }
    }
}

impl Logic for MlKemEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, host_rd, cmp_pend, cmp_word);
        self.seq.clock.next = self.clock.val();
        self.buffer.read_clock.next = self.clock.val();
        self.buffer.write_clock.next = self.clock.val();
        self.sponge.clock.next = self.clock.val();
        self.port.clock.next = self.clock.val();
        self.sntt.clock.next = self.clock.val();
        self.cbd.clock.next = self.clock.val();
        self.mem.clock.next = self.clock.val();
        self.codec.clock.next = self.clock.val();
        self.mover.clock.next = self.clock.val();

        // Command port.
        self.seq.reset.next = self.reset.val();
        self.seq.zeroize.next = self.zeroize.val();
        self.seq.start.next = self.start.val();
        self.seq.op.next = self.op.val();
        self.seq.params.next = self.params.val();
        self.busy.next = self.seq.busy.val();
        self.done.next = self.seq.done.val();
        self.error.next = self.seq.error.val();
        self.err_code.next = self.seq.err_code.val();
        self.fatal.next = self.seq.fatal.val();

        // The running step (unit numbers: `program::unit`).
        self.u.next = self.seq.ir.val().get_bits::<4>(0);
        self.is_hash.next = self.u.val() == 1;
        self.is_ntt.next = self.u.val() == 2;
        self.is_enc.next = self.u.val() == 3;
        self.is_dec.next = self.u.val() == 4;
        self.is_mov.next = (self.u.val() == 5) | (self.u.val() == 6) | (self.u.val() == 9) | (self.u.val() == 10);
        self.h_sink.next = self.seq.ir.val().get_bits::<2>(26);
        self.h_mode.next = self.seq.ir.val().get_bits::<3>(23);
        self.to_sntt.next = self.is_hash.val() & (self.h_sink.val() == 1);
        self.to_cbd.next = self.is_hash.val() & (self.h_sink.val() == 2);
        self.h_slot.next = bit_cast::<12, 4>(self.seq.ir.val().get_bits::<4>(47)) << 8;
        self.c_addr.next = self.seq.ir.val().get_bits::<11>(4);
        self.c_slot.next = bit_cast::<12, 4>(self.seq.ir.val().get_bits::<4>(15)) << 8;
        self.c_flag.next = self.seq.ir.val().get_bit(23);

        // Units: reset, zeroize (the sequencer wipes them all at END and on abort).
        self.wipe_units.next = self.zeroize.val() | self.seq.unit_wipe.val() | self.seq.end_wipe.val();
        self.port.reset.next = self.reset.val();
        self.sntt.reset.next = self.reset.val();
        self.cbd.reset.next = self.reset.val();
        self.mem.reset.next = self.reset.val();
        self.codec.reset.next = self.reset.val();
        self.mover.reset.next = self.reset.val();
        self.sponge.reset.next = self.reset.val();
        self.port.zeroize.next = self.wipe_units.val();
        self.sntt.zeroize.next = self.wipe_units.val();
        self.cbd.zeroize.next = self.wipe_units.val();
        // The polynomial memory: its sweep starts at the program's WIPE_MEM (or an abort).
        self.mem.zeroize.next = self.zeroize.val() | self.seq.unit_wipe.val() | self.seq.mem_wipe.val();
        self.codec.zeroize.next = self.wipe_units.val();
        self.mover.zeroize.next = self.wipe_units.val();

        // The step's end: the unit's done (for a hash, the sampler it feeds).
        self.step_done.next = false;
        if self.is_hash.val() {
            self.step_done.next = self.sponge.done.val();
            if self.to_sntt.val() {
                self.step_done.next = self.sntt.done.val();
            }
            if self.to_cbd.val() {
                self.step_done.next = self.cbd.done.val();
            }
        }
        if self.is_ntt.val() {
            self.step_done.next = self.mem.done.val();
        }
        if self.is_enc.val() | self.is_dec.val() {
            self.step_done.next = self.codec.done.val();
        }
        if self.is_mov.val() {
            self.step_done.next = self.mover.done.val();
        }
        self.seq.step_done.next = self.step_done.val();
        // A sampler has all 256 coefficients: the squeeze ends (the sponge is wiped).
        self.sponge_stop.next = self.step_done.val() & (self.to_sntt.val() | self.to_cbd.val());
        self.sponge.zeroize.next = self.wipe_units.val() | self.sponge_stop.val();
        self.seq.unit_fatal.next = self.sponge.fatal.val()
            | self.port.fatal.val()
            | self.sntt.fatal.val()
            | self.cbd.fatal.val()
            | self.mem.fatal.val()
            | self.codec.fatal.val()
            | self.mover.fatal.val();
        self.seq.unit_error.next = self.sponge.error.val()
            | self.port.error.val()
            | self.sntt.error.val()
            | self.cbd.error.val()
            | self.mem.error.val()
            | self.codec.error.val()
            | self.mover.error.val();
        self.seq.mem_busy.next = self.mem.busy.val();

        // Hash: the sponge, its buffer port and the samplers.
        self.sponge.start.next = self.seq.issue.val() & self.is_hash.val();
        self.port.start.next = self.seq.issue.val() & self.is_hash.val();
        self.sntt.start.next = self.seq.issue.val() & self.to_sntt.val();
        self.cbd.start.next = self.seq.issue.val() & self.to_cbd.val();
        self.port.finish.next = self.is_hash.val() & self.step_done.val();
        self.sponge.mode.next = self.h_mode.val();
        // Output length: J 32 bytes (SHA3 modes ignore it), PRF_η 64η, XOF until stopped.
        self.sponge.out_len.next = 32.into();
        if self.to_sntt.val() {
            self.sponge.out_len.next = 0xFF_FFFF.into();
        }
        if self.to_cbd.val() {
            self.sponge.out_len.next = 128.into();
            self.cbd.eta.next = 2.into();
            if self.seq.ir.val().get_bit(28) {
                self.sponge.out_len.next = 192.into();
                self.cbd.eta.next = 3.into();
            }
        } else {
            self.cbd.eta.next = 2.into();
        }
        self.port.src.next = self.seq.ir.val().get_bits::<11>(4);
        self.port.words.next = self.seq.ir.val().get_bits::<8>(15);
        self.port.suffix_len.next = self.seq.ir.val().get_bits::<2>(29);
        self.port.suffix.next = self.seq.ir.val().get_bits::<16>(31);
        self.port.dst.next = self.seq.ir.val().get_bits::<11>(47);
        self.port.to_buffer.next = self.h_sink.val() == 0;
        self.sponge.in_data.next = self.port.s_in_data.val();
        self.sponge.in_valid.next = self.port.s_in_valid.val();
        self.sponge.in_last.next = self.port.s_in_last.val();
        self.sponge.in_bytes.next = self.port.s_in_bytes.val();
        self.port.s_in_ready.next = self.sponge.in_ready.val();
        self.port.s_out_data.next = self.sponge.out_data.val();
        self.port.s_out_valid.next = self.sponge.out_valid.val();
        self.sntt.in_data.next = self.sponge.out_data.val();
        self.cbd.in_data.next = self.sponge.out_data.val();
        self.sntt.in_valid.next = self.sponge.out_valid.val() & self.to_sntt.val();
        self.cbd.in_valid.next = self.sponge.out_valid.val() & self.to_cbd.val();
        self.sponge.out_ready.next = self.port.s_out_ready.val()
            | (self.sntt.in_ready.val() & self.to_sntt.val())
            | (self.cbd.in_ready.val() & self.to_cbd.val());

        // NTT unit.
        self.mem.start.next = self.seq.issue.val() & self.is_ntt.val();
        self.mem.op.next = self.seq.ir.val().get_bits::<3>(4);
        self.mem.mode.next = false;
        self.mem.src_a.next = self.seq.ir.val().get_bits::<4>(7);
        self.mem.src_b.next = self.seq.ir.val().get_bits::<4>(11);
        self.mem.dst.next = self.seq.ir.val().get_bits::<4>(15);

        // Codec.
        self.codec.start.next = self.seq.issue.val() & (self.is_enc.val() | self.is_dec.val());
        self.codec.dir.next = self.is_dec.val();
        self.codec.d.next = self.seq.ir.val().get_bits::<4>(19);
        self.codec.pm_rdata[0].next = bit_cast::<12, 24>(self.mem.mem_rdata[0].val());
        self.codec.pm_rdata[1].next = bit_cast::<12, 24>(self.mem.mem_rdata[1].val());
        self.codec.pm_rdata[2].next = bit_cast::<12, 24>(self.mem.mem_rdata[2].val());
        self.codec.pm_rdata[3].next = bit_cast::<12, 24>(self.mem.mem_rdata[3].val());

        // Mover (unit 5 COPY, 6 COMPARE, 9 SELECT, 10 WIPE → op 0, 1, 2, 3).
        self.mover.start.next = self.seq.issue.val() & self.is_mov.val();
        self.mover.op.next = 0.into();
        if self.u.val() == 6 {
            self.mover.op.next = 1.into();
        }
        if self.u.val() == 9 {
            self.mover.op.next = 2.into();
        }
        if self.u.val() == 10 {
            self.mover.op.next = 3.into();
        }
        self.mover.a.next = self.seq.ir.val().get_bits::<11>(4);
        self.mover.b.next = self.seq.ir.val().get_bits::<11>(15);
        self.mover.words.next = self.seq.ir.val().get_bits::<8>(26);
        self.mover.c.next = self.seq.ir.val().get_bits::<11>(34);
        self.mover.flag.next = self.seq.flag_out.val();

        // Polynomial-memory coefficient port: the samplers' writes or the codec's
        // accesses, in the step's slot (lanes unrolled: rust-hdl's bit_cast takes no loop index).
        self.mem.mem_we[0].next = false;
        self.mem.mem_idx[0].next = 0.into();
        self.mem.mem_wdata[0].next = 0.into();
        if self.to_sntt.val() {
            self.mem.mem_we[0].next = self.sntt.coef_we[0].val();
            self.mem.mem_idx[0].next = self.h_slot.val() | bit_cast::<12, 8>(self.sntt.coef_idx[0].val());
            self.mem.mem_wdata[0].next = bit_cast::<24, 12>(self.sntt.coef_data[0].val());
        }
        if self.to_cbd.val() {
            self.mem.mem_we[0].next = self.cbd.coef_we[0].val();
            self.mem.mem_idx[0].next = self.h_slot.val() | bit_cast::<12, 8>(self.cbd.coef_idx[0].val());
            self.mem.mem_wdata[0].next = bit_cast::<24, 12>(self.cbd.coef_data[0].val());
        }
        if self.is_enc.val() | self.is_dec.val() {
            self.mem.mem_we[0].next = self.codec.pm_we[0].val();
            self.mem.mem_idx[0].next = self.c_slot.val() | bit_cast::<12, 8>(self.codec.pm_idx[0].val());
            self.mem.mem_wdata[0].next = bit_cast::<24, 12>(self.codec.pm_wdata[0].val());
        }
        self.mem.mem_we[1].next = false;
        self.mem.mem_idx[1].next = 0.into();
        self.mem.mem_wdata[1].next = 0.into();
        if self.to_sntt.val() {
            self.mem.mem_we[1].next = self.sntt.coef_we[1].val();
            self.mem.mem_idx[1].next = self.h_slot.val() | bit_cast::<12, 8>(self.sntt.coef_idx[1].val());
            self.mem.mem_wdata[1].next = bit_cast::<24, 12>(self.sntt.coef_data[1].val());
        }
        if self.to_cbd.val() {
            self.mem.mem_we[1].next = self.cbd.coef_we[1].val();
            self.mem.mem_idx[1].next = self.h_slot.val() | bit_cast::<12, 8>(self.cbd.coef_idx[1].val());
            self.mem.mem_wdata[1].next = bit_cast::<24, 12>(self.cbd.coef_data[1].val());
        }
        if self.is_enc.val() | self.is_dec.val() {
            self.mem.mem_we[1].next = self.codec.pm_we[1].val();
            self.mem.mem_idx[1].next = self.c_slot.val() | bit_cast::<12, 8>(self.codec.pm_idx[1].val());
            self.mem.mem_wdata[1].next = bit_cast::<24, 12>(self.codec.pm_wdata[1].val());
        }
        self.mem.mem_we[2].next = false;
        self.mem.mem_idx[2].next = 0.into();
        self.mem.mem_wdata[2].next = 0.into();
        if self.to_sntt.val() {
            self.mem.mem_we[2].next = self.sntt.coef_we[2].val();
            self.mem.mem_idx[2].next = self.h_slot.val() | bit_cast::<12, 8>(self.sntt.coef_idx[2].val());
            self.mem.mem_wdata[2].next = bit_cast::<24, 12>(self.sntt.coef_data[2].val());
        }
        if self.to_cbd.val() {
            self.mem.mem_we[2].next = self.cbd.coef_we[2].val();
            self.mem.mem_idx[2].next = self.h_slot.val() | bit_cast::<12, 8>(self.cbd.coef_idx[2].val());
            self.mem.mem_wdata[2].next = bit_cast::<24, 12>(self.cbd.coef_data[2].val());
        }
        if self.is_enc.val() | self.is_dec.val() {
            self.mem.mem_we[2].next = self.codec.pm_we[2].val();
            self.mem.mem_idx[2].next = self.c_slot.val() | bit_cast::<12, 8>(self.codec.pm_idx[2].val());
            self.mem.mem_wdata[2].next = bit_cast::<24, 12>(self.codec.pm_wdata[2].val());
        }
        self.mem.mem_we[3].next = false;
        self.mem.mem_idx[3].next = 0.into();
        self.mem.mem_wdata[3].next = 0.into();
        if self.to_sntt.val() {
            self.mem.mem_we[3].next = self.sntt.coef_we[3].val();
            self.mem.mem_idx[3].next = self.h_slot.val() | bit_cast::<12, 8>(self.sntt.coef_idx[3].val());
            self.mem.mem_wdata[3].next = bit_cast::<24, 12>(self.sntt.coef_data[3].val());
        }
        if self.to_cbd.val() {
            self.mem.mem_we[3].next = self.cbd.coef_we[3].val();
            self.mem.mem_idx[3].next = self.h_slot.val() | bit_cast::<12, 8>(self.cbd.coef_idx[3].val());
            self.mem.mem_wdata[3].next = bit_cast::<24, 12>(self.cbd.coef_data[3].val());
        }
        if self.is_enc.val() | self.is_dec.val() {
            self.mem.mem_we[3].next = self.codec.pm_we[3].val();
            self.mem.mem_idx[3].next = self.c_slot.val() | bit_cast::<12, 8>(self.codec.pm_idx[3].val());
            self.mem.mem_wdata[3].next = bit_cast::<24, 12>(self.codec.pm_wdata[3].val());
        }
        self.mem.mem_re[0].next = (self.is_enc.val() | self.is_dec.val()) & self.codec.pm_re.val();
        self.mem.mem_re[1].next = (self.is_enc.val() | self.is_dec.val()) & self.codec.pm_re.val();
        self.mem.mem_re[2].next = (self.is_enc.val() | self.is_dec.val()) & self.codec.pm_re.val();
        self.mem.mem_re[3].next = (self.is_enc.val() | self.is_dec.val()) & self.codec.pm_re.val();

        // Buffer read port: the step's unit, else the host.
        self.host_ok.next = !self.seq.busy.val() & !self.seq.fatal.val();
        self.buffer.read_address.next = self.buf_addr.val();
        if self.is_hash.val() {
            self.buffer.read_address.next = self.port.buf_raddr.val();
        }
        if self.is_dec.val() {
            self.buffer.read_address.next = self.c_addr.val() + bit_cast::<11, 8>(self.codec.buf_raddr.val());
        }
        if self.is_enc.val() {
            // Compare mode reads the word the codec would write.
            self.buffer.read_address.next = self.c_addr.val() + bit_cast::<11, 8>(self.codec.buf_waddr.val());
        }
        if self.is_mov.val() {
            self.buffer.read_address.next = self.mover.buf_raddr.val();
        }
        self.port.buf_rdata.next = self.buffer.read_data.val();
        self.codec.buf_rdata.next = self.buffer.read_data.val();
        self.mover.buf_rdata.next = self.buffer.read_data.val();
        self.host_rd.d.next = self.buf_re.val() & self.host_ok.val();
        self.buf_rdata.next = 0.into();
        if self.host_rd.q.val() {
            self.buf_rdata.next = self.buffer.read_data.val();
        }

        // Buffer write port: the sweep, the step's unit, else the host.
        self.buffer.write_enable.next = self.buf_we.val() & self.host_ok.val();
        self.buffer.write_address.next = self.buf_addr.val();
        self.buffer.write_data.next = self.buf_wdata.val();
        if self.seq.in_step.val() {
            self.buffer.write_enable.next = false;
            self.buffer.write_address.next = 0.into();
            self.buffer.write_data.next = 0.into();
        }
        if self.is_hash.val() {
            self.buffer.write_enable.next = self.port.buf_we.val();
            self.buffer.write_address.next = self.port.buf_waddr.val();
            self.buffer.write_data.next = self.port.buf_wdata.val();
        }
        if self.is_enc.val() & !self.c_flag.val() {
            self.buffer.write_enable.next = self.codec.buf_we.val();
            self.buffer.write_address.next = self.c_addr.val() + bit_cast::<11, 8>(self.codec.buf_waddr.val());
            self.buffer.write_data.next = self.codec.buf_wdata.val();
        }
        if self.is_mov.val() {
            self.buffer.write_enable.next = self.mover.buf_we.val();
            self.buffer.write_address.next = self.mover.buf_waddr.val();
            self.buffer.write_data.next = self.mover.buf_wdata.val();
        }
        if self.seq.sweep.val() {
            self.buffer.write_enable.next = true;
            self.buffer.write_address.next = self.seq.sweep_addr.val();
            self.buffer.write_data.next = 0.into();
        }
        self.seq.access_violation.next = (self.buf_we.val() | self.buf_re.val()) & !self.host_ok.val();

        // Comparisons: a codec word in compare mode against the buffer (one cycle
        // later), the mover's COMPARE, the §7.2 modulus check of a decode.
        self.cmp_pend.d.next = self.is_enc.val() & self.c_flag.val() & self.codec.buf_we.val();
        self.cmp_word.d.next = 0.into();
        if self.is_enc.val() & self.c_flag.val() & self.codec.buf_we.val() {
            self.cmp_word.d.next = self.codec.buf_wdata.val();
        }
        self.seq.flag_set.next = (self.cmp_pend.q.val() & (self.cmp_word.q.val() != self.buffer.read_data.val()))
            | (self.is_mov.val() & self.mover.diff.val())
            | (self.is_dec.val() & self.c_flag.val() & self.codec.done.val() & self.codec.range_err.val());
        if self.wipe_units.val() {
            self.cmp_pend.d.next = false;
            self.cmp_word.d.next = 0.into();
        }
    }
}
