//! The ML-KEM codec unit (block `mlkem_codec`): one polynomial of the polynomial memory
//! (256 coefficients mod q = 3329) to or from its byte encoding in a 64-bit-word data
//! buffer, FIPS 203 ByteEncode_d / ByteDecode_d (Algorithms 5, 6) with Compress_d /
//! Decompress_d (§4.2.1, Eq. 4.7, 4.8).
//!
//! * `dir` = 0, **encode** (memory → buffer): ByteEncode_d(Compress_d(f)) for d < 12,
//!   ByteEncode_12(f) for d = 12 (the 12-bit value as it is; coefficients are canonical).
//! * `dir` = 1, **decode** (buffer → memory): Decompress_d(ByteDecode_d(B)) for d < 12,
//!   ByteDecode_12(B) for d = 12, which writes v mod q (v − q when v ≥ q) and raises
//!   `range_err` (the FIPS 203 §7.2 modulus check on an encapsulation key).
//!
//! `d` ∈ {1, 4, 5, 10, 11, 12} ([`D_LEGAL`]) and `dir` are read with `start`.
//!
//! Byte and bit order: the FIPS 203 byte string, coefficient i in bits i·d .. i·d + d − 1
//! least significant first (BitsToBytes, Algorithm 3); word w of the buffer holds bytes
//! 8w .. 8w + 7 little-endian, so stream bit m is bit m mod 64 of word ⌊m/64⌋, as in the
//! samplers. One polynomial = 32·d bytes = 4·d words (offsets 0 .. 4d − 1; the engine adds
//! the buffer base and the memory slot).
//!
//! Ports (every data/address output is zero unless its strobe):
//! * command (GUIDE §5, the samplers' shared [`Command`] child): `start`, `dir`, `d`,
//!   `busy`, a `done` pulse, `error` with `err_code` (held until the next accepted start,
//!   cleared by `zeroize`/`reset`), the sticky `fatal` alarm, and `range_err` (decode with
//!   d = 12 only: high from `done` until the next accepted start, `zeroize` or `reset` when
//!   a decoded 12-bit value was ≥ q; low while busy).
//! * polynomial memory, four lanes ([`LANES`]; lane k = coefficient 4p + k of quadruple
//!   p): `pm_re` with `pm_idx[k]` (encode reads all four lanes, data on `pm_rdata[k]` in
//!   the next cycle), `pm_we[k]`, `pm_idx[k]`, `pm_wdata[k]` (decode writes all four).
//! * buffer: `buf_we`, `buf_waddr`, `buf_wdata` (encode writes); `buf_re`, `buf_raddr`
//!   (decode reads, data on `buf_rdata` in the next cycle). At most one word per cycle
//!   each way (a quadruple is 4d ≤ 48 bits). Read data are looked at only in the cycle
//!   they are due; any other cycle may carry garbage.
//!
//! Schedule (both sides always accept, so it is fixed; cycles counted from the `start`
//! cycle = 0):
//! * encode: quadruple p is read in cycle 1 + p (p = 0 .. 63), compressed when its data
//!   arrive (cycle 2 + p) and packed into a 112-bit [`Packer`]; word w is written in
//!   cycle 2 + ⌈16(w + 1)/d⌉ ([`encode_word_cycle`]), the last (w = 4d − 1) in cycle 66;
//!   `done` in cycle 67.
//! * decode: buffer words are read ahead into a 112-bit [`Unpacker`] (a word is read
//!   when fewer than 8d bits, two quadruples, would remain for the cycle after next; the
//!   first in cycle 1), quadruple p is decoded and written in cycle 3 + p
//!   ([`decode_quad_cycle`]), the last in cycle 66; `done` in cycle 67.
//!
//! [`encode_cycles`]`(d)` = [`decode_cycles`]`(d)` = **67** for every d: four
//! coefficients per cycle, 64 cycles per polynomial plus 3 of pipeline. Constant time:
//! the schedule depends on `d` and `dir` only, never on data.
//!
//! Arithmetic (exact, checked exhaustively here and in `testbenches/tests/codec_rtl.rs`),
//! four lanes side by side:
//! * Compress_d(x) = ⌈(2^d/q)·x⌋ mod 2^d = ⌊(2^d·x + 1664)/q⌋ mod 2^d, computed as bits
//!   33 .. 33 + d of (x·M)·2^d + 1664·M with M = ⌈2^33/q⌉ = [`BARRETT_M`] (x·M from two
//!   16×16 products per lane, eight in all), exact for every 12-bit x and d ≤ 11.
//! * Decompress_d(y) = ⌈(q/2^d)·y⌋ = ⌊(q·y + 2^(d−1))/2^d⌋, q·y by shift-and-add
//!   (q = 2^11 + 2^10 + 2^8 + 1).
//!
//! Errors: [`ERR_BAD_D`] unknown d (start ignored), [`ERR_BUSY`] start while busy
//! (ignored, the operation goes on), [`ERR_FATAL`] start refused because `fatal` is set.
//!
//! Threat contract (GUIDE §6): `zeroize` and `reset` wipe every register in
//! **1 cycle** ([`WIPE_CYCLES`]; the sticky alarm survives `zeroize`, `reset` clears it and
//! the error status); the unpacker, the packer and the counters are wiped at the end of
//! every operation. The FSM (SPARSE6) and the mode register (direction and d, one of 12
//! SPARSE7 codes, 0 while idle) hold sparse codes (SEC_CM: FSM.SPARSE); the packer's and
//! the unpacker's fill levels, the coefficient counter, the word counter, the
//! data-due flag and the range flag are kept twice (SEC_CM: CTR.REDUN). An illegal code
//! or a disagreement shows on `fatal` at once, blocks every strobe in that cycle, wipes
//! every register at the next edge and sets the sticky alarm (SEC_CM: KEY.SEC_WIPE); while
//! the alarm is set every register is held wiped and `start` is refused with
//! [`ERR_FATAL`] until `reset`. Words and coefficients written before a fault or a wipe
//! stay where they were written: wiping the destination is the sequencer's job.

use crate::sampler::Command;
use crate::secure::SPARSE7;
use rust_hdl::prelude::*;

/// The ML-KEM modulus q.
pub const Q: u64 = 3329;

/// Polynomial-memory lanes: coefficients moved per cycle.
pub const LANES: usize = 4;

/// The widths d this unit accepts (FIPS 203: d_u, d_v of every parameter set, 1, 12).
pub const D_LEGAL: [u32; 6] = [1, 4, 5, 10, 11, 12];

pub const ERR_BAD_D: u8 = 1;
pub const ERR_BUSY: u8 = 2;
pub const ERR_FATAL: u8 = 6;

/// Wipe latency of `zeroize`, `reset` and a detected fault, in cycles.
pub const WIPE_CYCLES: u64 = 1;

/// Bits the packer and the unpacker hold: at most 63 + 48 (fewer than one word plus one
/// quadruple of 12-bit values).
pub const PACK_BITS: usize = 112;

/// M = ⌈2^33 / q⌉: ⌊N·M / 2^33⌋ = ⌊N / q⌋ for every N = 2^d·x + 1664, x < 2^12, d ≤ 11.
pub const BARRETT_M: u64 = 2_580_335;
/// The shift of [`BARRETT_M`].
pub const BARRETT_S: u32 = 33;

/// The mode register's code for (`dir`, `d`): `SPARSE7[1 + 6·dir + j]`, j the position
/// of d in [`D_LEGAL`]; `None` for an illegal d. 0 is idle.
pub fn mode_code(decode: bool, d: u32) -> Option<u64> {
    let j = D_LEGAL.iter().position(|&x| x == d)?;
    Some(SPARSE7[1 + 6 * decode as usize + j])
}

/// Encode latency, `start` cycle to `done` cycle: read quadruples in cycles 1..=64, pack
/// in 2..=65, last word written in 66, `done` in 67; the same for every legal d.
pub fn encode_cycles(d: u32) -> u64 {
    assert!(D_LEGAL.contains(&d), "d = {d} is not a legal width");
    67
}

/// Decode latency, `start` cycle to `done` cycle: first word read in cycle 1,
/// quadruples written in cycles 3..=66, `done` in 67; the same for every legal d.
pub fn decode_cycles(d: u32) -> u64 {
    assert!(D_LEGAL.contains(&d), "d = {d} is not a legal width");
    67
}

/// Cycle (after `start`) in which encode reads quadruple `p` (p < 64).
pub fn encode_quad_cycle(p: u32) -> u64 {
    1 + p as u64
}

/// Cycle (after `start`) in which encode writes buffer word `w` (w < 4d): the cycle
/// after the one that packs the quadruple completing its 64 bits.
pub fn encode_word_cycle(d: u32, w: u32) -> u64 {
    2 + (16 * (w as u64 + 1)).div_ceil(d as u64)
}

/// Cycle in which decode writes coefficient quadruple `p` (p < 64).
pub fn decode_quad_cycle(p: u32) -> u64 {
    3 + p as u64
}

/// Compress_d exactly as the RTL computes it (d ≤ 11, any 12-bit x).
pub fn compress_rtl(d: u32, x: u16) -> u16 {
    let x = x as u64 & 0xfff;
    let (lo, hi) = (x * (BARRETT_M & 0xffff), x * (BARRETT_M >> 16));
    let prod = lo + (hi << 16);
    let t = (prod << d) + 1664 * BARRETT_M;
    ((t >> BARRETT_S) & ((1 << d) - 1)) as u16
}

/// Decompress_d exactly as the RTL computes it (d ≤ 11, y < 2^d).
pub fn decompress_rtl(d: u32, y: u16) -> u16 {
    let y = y as u64 & ((1 << d) - 1);
    let yq = (y << 11) + (y << 10) + (y << 8) + y;
    ((yq + (1 << (d - 1))) >> d) as u16
}

/// The encode-side bit packer: 4d-bit chunks in (`put`), 64-bit words out (`emit`, the
/// low word of `acc` while `nbits` ≥ 64). Each edge: an emitted word leaves
/// (`acc >> 64`), a chunk enters above the remaining bits. At most 63 + 48 = 111 bits are
/// held (a chunk never completes two words, so one emit per cycle keeps up). The fill
/// level is kept twice (SEC_CM: CTR.REDUN). Outputs depend on registers only.
#[derive(LogicBlock, Default)]
pub struct Packer {
    pub clock: Signal<In, Clock>,
    pub clear: Signal<In, Bit>,
    pub put: Signal<In, Bit>,
    pub chunk: Signal<In, Bits<48>>,
    pub width: Signal<In, Bits<6>>,
    pub emit: Signal<In, Bit>,
    /// The oldest 64 packed bits.
    pub word: Signal<Out, Bits<64>>,
    pub nbits: Signal<Out, Bits<7>>,
    /// The redundant copies disagree or the fill level is out of range: a fault.
    pub bad: Signal<Out, Bit>,
    acc: DFF<Bits<112>>,
    fill: DFF<Bits<7>>,
    fill_b: DFF<Bits<7>>,
    base: Signal<Local, Bits<112>>,
    base_fill: Signal<Local, Bits<7>>,
    next_fill: Signal<Local, Bits<7>>,
}

impl Logic for Packer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, acc, fill, fill_b);
        self.word.next = bit_cast::<64, 112>(self.acc.q.val());
        self.nbits.next = self.fill.q.val();
        // SEC_CM: CTR.REDUN
        self.bad.next = (self.fill.q.val() != self.fill_b.q.val()) | (self.fill.q.val() > 111);
        self.base.next = self.acc.q.val();
        self.base_fill.next = self.fill.q.val();
        if self.emit.val() {
            self.base.next = self.acc.q.val() >> 64;
            self.base_fill.next = self.fill.q.val() - 64;
        }
        self.acc.d.next = self.base.val();
        self.next_fill.next = self.base_fill.val();
        if self.put.val() {
            self.acc.d.next = self.base.val() | (bit_cast::<112, 48>(self.chunk.val()) << self.base_fill.val());
            self.next_fill.next = self.base_fill.val() + bit_cast::<7, 6>(self.width.val());
        }
        self.fill.d.next = self.next_fill.val();
        self.fill_b.d.next = self.next_fill.val();
        if self.clear.val() {
            self.acc.d.next = 0.into();
            self.fill.d.next = 0.into();
            self.fill_b.d.next = 0.into();
        }
    }
}

/// The decode-side bit unpacker and the coefficient counter (the samplers' reservoir
/// widened to a 48-bit window). `unread` holds the `nbits` unread stream bits, oldest in
/// bit 0 (so `window` = the next 48 bits in stream order). Each edge: `used` bits leave
/// (`unread >> used`), a taken word enters above the remaining ones
/// (`word << (nbits − used)`), `count` grows by `inc`. A word is taken only when fewer
/// than 4d bits remain after this cycle's quadruple, so at most 47 + 64 = 111 bits are
/// held. Both counters are kept twice (SEC_CM: CTR.REDUN). `clear` zeroes everything.
/// Outputs depend on registers only.
#[derive(LogicBlock, Default)]
pub struct Unpacker {
    pub clock: Signal<In, Clock>,
    pub clear: Signal<In, Bit>,
    pub take: Signal<In, Bit>,
    pub word: Signal<In, Bits<64>>,
    pub used: Signal<In, Bits<6>>,
    pub inc: Signal<In, Bits<3>>,
    /// The next 48 unread bits (stream order from bit 0).
    pub window: Signal<Out, Bits<48>>,
    pub nbits: Signal<Out, Bits<7>>,
    pub count: Signal<Out, Bits<9>>,
    /// The redundant copies disagree or a counter is out of range: a fault.
    pub bad: Signal<Out, Bit>,
    unread: DFF<Bits<112>>,
    fill: DFF<Bits<7>>,
    fill_b: DFF<Bits<7>>,
    cnt: DFF<Bits<9>>,
    cnt_b: DFF<Bits<9>>,
    left: Signal<Local, Bits<7>>,
    next_fill: Signal<Local, Bits<7>>,
    next_cnt: Signal<Local, Bits<9>>,
}

impl Logic for Unpacker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, unread, fill, fill_b, cnt, cnt_b);
        self.window.next = bit_cast::<48, 112>(self.unread.q.val());
        self.nbits.next = self.fill.q.val();
        self.count.next = self.cnt.q.val();
        // SEC_CM: CTR.REDUN: both copies agree and stay in range.
        self.bad.next = (self.fill.q.val() != self.fill_b.q.val())
            | (self.cnt.q.val() != self.cnt_b.q.val())
            | (self.fill.q.val() > 111)
            | (self.cnt.q.val() > 256);
        self.left.next = self.fill.q.val() - bit_cast::<7, 6>(self.used.val());
        self.next_fill.next = self.left.val();
        self.unread.d.next = self.unread.q.val() >> self.used.val();
        if self.take.val() {
            self.next_fill.next = self.left.val() + 64;
            self.unread.d.next =
                (self.unread.q.val() >> self.used.val()) | (bit_cast::<112, 64>(self.word.val()) << self.left.val());
        }
        self.next_cnt.next = self.cnt.q.val() + bit_cast::<9, 3>(self.inc.val());
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

#[derive(LogicBlock)]
pub struct MlKemCodec {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub zeroize: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    /// Read with `start`: 0 = encode (memory → buffer), 1 = decode (buffer → memory).
    pub dir: Signal<In, Bit>,
    /// Read with `start`: 1, 4, 5, 10, 11 or 12.
    pub d: Signal<In, Bits<4>>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub err_code: Signal<Out, Bits<4>>,
    /// Sticky fault alarm (SEC_CM: FSM.SPARSE, CTR.REDUN); cleared by `reset`.
    pub fatal: Signal<Out, Bit>,
    /// ByteDecode_12 saw a value ≥ q (FIPS 203 §7.2); shown from `done` on.
    pub range_err: Signal<Out, Bit>,
    /// Encode: read all four lanes at `pm_idx` (data on `pm_rdata` next cycle).
    pub pm_re: Signal<Out, Bit>,
    /// Lane k carries coefficient 4p + k.
    pub pm_we: [Signal<Out, Bit>; 4],
    pub pm_idx: [Signal<Out, Bits<8>>; 4],
    pub pm_wdata: [Signal<Out, Bits<12>>; 4],
    pub pm_rdata: [Signal<In, Bits<12>>; 4],
    pub buf_we: Signal<Out, Bit>,
    pub buf_waddr: Signal<Out, Bits<8>>,
    pub buf_wdata: Signal<Out, Bits<64>>,
    pub buf_re: Signal<Out, Bit>,
    pub buf_raddr: Signal<Out, Bits<8>>,
    pub buf_rdata: Signal<In, Bits<64>>,
    cmd: Command,
    /// Decode: the unread bits of the buffer words; both: the coefficient counter.
    res: Unpacker,
    /// Encode: the packed bits not yet written.
    pk: Packer,
    /// Direction and d of the running operation (sparse, [`mode_code`]; 0 while idle).
    mode: DFF<Bits<7>>,
    /// Buffer words written (encode) or read (decode), kept twice.
    wcnt: DFF<Bits<6>>,
    wcnt_b: DFF<Bits<6>>,
    /// A read issued last cycle: its data are due now (kept twice).
    pend: DFF<Bit>,
    pend_b: DFF<Bit>,
    /// A decoded 12-bit value was ≥ q (kept twice).
    range_r: DFF<Bit>,
    range_b: DFF<Bit>,
    m_code: [Constant<Bits<7>>; 12],
    m_d: [Constant<Bits<5>>; 12],
    m_dir: [Constant<Bit>; 12],
    m_lo: Constant<Bits<16>>,
    m_hi: Constant<Bits<16>>,
    k_round: Constant<Bits<48>>,
    one12: Constant<Bits<12>>,
    one24: Constant<Bits<24>>,
    mode_legal: Signal<Local, Bit>,
    mode_ok: Signal<Local, Bit>,
    ctr_bad: Signal<Local, Bit>,
    fault: Signal<Local, Bit>,
    run: Signal<Local, Bit>,
    dec: Signal<Local, Bit>,
    enc_run: Signal<Local, Bit>,
    dec_run: Signal<Local, Bit>,
    dv: Signal<Local, Bits<5>>,
    dm1: Signal<Local, Bits<5>>,
    d1: Signal<Local, Bits<6>>,
    d2: Signal<Local, Bits<6>>,
    d3: Signal<Local, Bits<6>>,
    nwords: Signal<Local, Bits<6>>,
    d12: Signal<Local, Bit>,
    mask: Signal<Local, Bits<12>>,
    half: Signal<Local, Bits<24>>,
    rd_pm: Signal<Local, Bit>,
    x16: [Signal<Local, Bits<16>>; 4],
    p_lo: [Signal<Local, Bits<32>>; 4],
    p_hi: [Signal<Local, Bits<32>>; 4],
    prod: [Signal<Local, Bits<48>>; 4],
    t: [Signal<Local, Bits<48>>; 4],
    c: [Signal<Local, Bits<12>>; 4],
    chunk: Signal<Local, Bits<48>>,
    put: Signal<Local, Bit>,
    emit: Signal<Local, Bit>,
    consume: Signal<Local, Bit>,
    left: Signal<Local, Bits<7>>,
    take: Signal<Local, Bit>,
    ahead: Signal<Local, Bits<8>>,
    rd_buf: Signal<Local, Bit>,
    y: [Signal<Local, Bits<12>>; 4],
    y24: [Signal<Local, Bits<24>>; 4],
    yq: [Signal<Local, Bits<24>>; 4],
    yr: [Signal<Local, Bits<24>>; 4],
    hi: [Signal<Local, Bit>; 4],
    z: [Signal<Local, Bits<12>>; 4],
    next_w: Signal<Local, Bits<6>>,
    param_ok: Signal<Local, Bit>,
    accept: Signal<Local, Bit>,
    finish: Signal<Local, Bit>,
    wipe: Signal<Local, Bit>,
}

impl Default for MlKemCodec {
    fn default() -> Self {
        let code = |k: usize| Constant::new(Bits::<7>::from(SPARSE7[1 + k]));
        Self {
            clock: Default::default(),
            reset: Default::default(),
            zeroize: Default::default(),
            start: Default::default(),
            dir: Default::default(),
            d: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            fatal: Default::default(),
            range_err: Default::default(),
            pm_re: Default::default(),
            pm_we: Default::default(),
            pm_idx: Default::default(),
            pm_wdata: Default::default(),
            pm_rdata: Default::default(),
            buf_we: Default::default(),
            buf_waddr: Default::default(),
            buf_wdata: Default::default(),
            buf_re: Default::default(),
            buf_raddr: Default::default(),
            buf_rdata: Default::default(),
            cmd: Default::default(),
            res: Default::default(),
            pk: Default::default(),
            mode: Default::default(),
            wcnt: Default::default(),
            wcnt_b: Default::default(),
            pend: Default::default(),
            pend_b: Default::default(),
            range_r: Default::default(),
            range_b: Default::default(),
            m_code: array_init::array_init(code),
            m_d: array_init::array_init(|k| Constant::new(Bits::<5>::from(D_LEGAL[k % 6] as u64))),
            m_dir: array_init::array_init(|k| Constant::new(k >= 6)),
            m_lo: Constant::new(Bits::<16>::from(BARRETT_M & 0xffff)),
            m_hi: Constant::new(Bits::<16>::from(BARRETT_M >> 16)),
            k_round: Constant::new(Bits::<48>::from(1664 * BARRETT_M)),
            one12: Constant::new(Bits::<12>::from(1u64)),
            one24: Constant::new(Bits::<24>::from(1u64)),
            mode_legal: Default::default(),
            mode_ok: Default::default(),
            ctr_bad: Default::default(),
            fault: Default::default(),
            run: Default::default(),
            dec: Default::default(),
            enc_run: Default::default(),
            dec_run: Default::default(),
            dv: Default::default(),
            dm1: Default::default(),
            d1: Default::default(),
            d2: Default::default(),
            d3: Default::default(),
            nwords: Default::default(),
            d12: Default::default(),
            mask: Default::default(),
            half: Default::default(),
            rd_pm: Default::default(),
            x16: Default::default(),
            p_lo: Default::default(),
            p_hi: Default::default(),
            prod: Default::default(),
            t: Default::default(),
            c: Default::default(),
            chunk: Default::default(),
            put: Default::default(),
            emit: Default::default(),
            consume: Default::default(),
            left: Default::default(),
            take: Default::default(),
            ahead: Default::default(),
            rd_buf: Default::default(),
            y: Default::default(),
            y24: Default::default(),
            yq: Default::default(),
            yr: Default::default(),
            hi: Default::default(),
            z: Default::default(),
            next_w: Default::default(),
            param_ok: Default::default(),
            accept: Default::default(),
            finish: Default::default(),
            wipe: Default::default(),
        }
    }
}

impl Logic for MlKemCodec {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, mode, wcnt, wcnt_b, pend, pend_b, range_r, range_b);
        self.cmd.clock.next = self.clock.val();
        self.res.clock.next = self.clock.val();
        self.pk.clock.next = self.clock.val();

        // The mode register: direction and d (SEC_CM: FSM.SPARSE).
        self.mode_legal.next = false;
        self.dv.next = 0.into();
        self.dec.next = false;
        for k in 0..12 {
            if self.mode.q.val() == self.m_code[k].val() {
                self.mode_legal.next = true;
                self.dv.next = self.m_d[k].val();
                self.dec.next = self.m_dir[k].val();
            }
        }
        self.mode_ok.next =
            (!self.cmd.busy.val() & (self.mode.q.val() == 0)) | (self.cmd.running.val() & self.mode_legal.val());
        // SEC_CM: CTR.REDUN: both copies agree, the word counter stays in range.
        self.ctr_bad.next = (self.wcnt.q.val() != self.wcnt_b.q.val())
            | (self.pend.q.val() != self.pend_b.q.val())
            | (self.range_r.q.val() != self.range_b.q.val())
            | (self.wcnt.q.val() > 48);
        self.fault.next = !self.cmd.legal.val() | !self.mode_ok.val() | self.res.bad.val() | self.pk.bad.val() | self.ctr_bad.val();
        self.fatal.next = self.cmd.alarm.val() | self.fault.val();
        self.run.next = self.cmd.running.val() & !self.fault.val();
        self.enc_run.next = self.run.val() & !self.dec.val();
        self.dec_run.next = self.run.val() & self.dec.val();
        self.busy.next = self.cmd.busy.val();
        self.done.next = self.cmd.done.val();
        self.error.next = self.cmd.error.val();
        self.err_code.next = self.cmd.err_code.val();
        self.range_err.next = self.range_r.q.val() & !self.cmd.busy.val() & !self.fault.val();

        // Widths of d: lane k at bit offset k·d; 4d bits per cycle, 4d words per polynomial.
        self.dm1.next = self.dv.val() - 1;
        self.d1.next = bit_cast::<6, 5>(self.dv.val());
        self.d2.next = self.d1.val() + self.d1.val();
        self.d3.next = self.d2.val() + self.d1.val();
        self.nwords.next = self.d1.val() << 2;
        self.d12.next = self.dv.val() == 12;
        self.mask.next = (self.one12.val() << self.dv.val()) - 1;
        self.half.next = self.one24.val() << self.dm1.val();

        // ---- Encode: ByteEncode_d(Compress_d(f)) (Algorithm 5, Eq. 4.7) ----
        // Quadruple p = (4p .. 4p + 3) read in cycle 1 + p; the coefficient counter counts reads.
        self.rd_pm.next = self.enc_run.val() & (self.res.count.val() < 256);
        self.pm_re.next = self.rd_pm.val();
        // Compress_d(x) = ⌊(2^d·x + 1664)/q⌋ mod 2^d: bits 33.. of (x·M)·2^d + 1664·M
        // (lanes written out: rust-hdl's for loops cannot index inside bit_cast).
        // Lane 0.
        self.x16[0].next = bit_cast::<16, 12>(self.pm_rdata[0].val());
        self.p_lo[0].next = self.x16[0].val() * self.m_lo.val();
        self.p_hi[0].next = self.x16[0].val() * self.m_hi.val();
        self.prod[0].next = bit_cast::<48, 32>(self.p_lo[0].val()) + (bit_cast::<48, 32>(self.p_hi[0].val()) << 16);
        self.t[0].next = (self.prod[0].val() << self.dv.val()) + self.k_round.val();
        self.c[0].next = bit_cast::<12, 48>(self.t[0].val() >> 33) & self.mask.val();
        if self.d12.val() {
            // ByteEncode_12: the coefficient itself.
            self.c[0].next = self.pm_rdata[0].val();
        }

        // Lane 1.
        self.x16[1].next = bit_cast::<16, 12>(self.pm_rdata[1].val());
        self.p_lo[1].next = self.x16[1].val() * self.m_lo.val();
        self.p_hi[1].next = self.x16[1].val() * self.m_hi.val();
        self.prod[1].next = bit_cast::<48, 32>(self.p_lo[1].val()) + (bit_cast::<48, 32>(self.p_hi[1].val()) << 16);
        self.t[1].next = (self.prod[1].val() << self.dv.val()) + self.k_round.val();
        self.c[1].next = bit_cast::<12, 48>(self.t[1].val() >> 33) & self.mask.val();
        if self.d12.val() {
            // ByteEncode_12: the coefficient itself.
            self.c[1].next = self.pm_rdata[1].val();
        }

        // Lane 2.
        self.x16[2].next = bit_cast::<16, 12>(self.pm_rdata[2].val());
        self.p_lo[2].next = self.x16[2].val() * self.m_lo.val();
        self.p_hi[2].next = self.x16[2].val() * self.m_hi.val();
        self.prod[2].next = bit_cast::<48, 32>(self.p_lo[2].val()) + (bit_cast::<48, 32>(self.p_hi[2].val()) << 16);
        self.t[2].next = (self.prod[2].val() << self.dv.val()) + self.k_round.val();
        self.c[2].next = bit_cast::<12, 48>(self.t[2].val() >> 33) & self.mask.val();
        if self.d12.val() {
            // ByteEncode_12: the coefficient itself.
            self.c[2].next = self.pm_rdata[2].val();
        }

        // Lane 3.
        self.x16[3].next = bit_cast::<16, 12>(self.pm_rdata[3].val());
        self.p_lo[3].next = self.x16[3].val() * self.m_lo.val();
        self.p_hi[3].next = self.x16[3].val() * self.m_hi.val();
        self.prod[3].next = bit_cast::<48, 32>(self.p_lo[3].val()) + (bit_cast::<48, 32>(self.p_hi[3].val()) << 16);
        self.t[3].next = (self.prod[3].val() << self.dv.val()) + self.k_round.val();
        self.c[3].next = bit_cast::<12, 48>(self.t[3].val() >> 33) & self.mask.val();
        if self.d12.val() {
            // ByteEncode_12: the coefficient itself.
            self.c[3].next = self.pm_rdata[3].val();
        }
        // Algorithm 5 steps 2-5: coefficient 4p + k at bit k·d of the chunk.
        self.chunk.next = bit_cast::<48, 12>(self.c[0].val())
            | (bit_cast::<48, 12>(self.c[1].val()) << self.dv.val())
            | (bit_cast::<48, 12>(self.c[2].val()) << self.d2.val())
            | (bit_cast::<48, 12>(self.c[3].val()) << self.d3.val());
        self.put.next = self.enc_run.val() & self.pend.q.val();
        self.emit.next = self.enc_run.val() & (self.pk.nbits.val() >= 64);
        self.pk.put.next = self.put.val();
        self.pk.chunk.next = self.chunk.val();
        self.pk.width.next = self.nwords.val();
        self.pk.emit.next = self.emit.val();
        self.buf_we.next = self.emit.val();
        self.buf_waddr.next = 0.into();
        self.buf_wdata.next = 0.into();
        if self.emit.val() {
            self.buf_waddr.next = bit_cast::<8, 6>(self.wcnt.q.val());
            self.buf_wdata.next = self.pk.word.val();
        }

        // ---- Decode: Decompress_d(ByteDecode_d(B)) (Algorithm 6, Eq. 4.8) ----
        // A quadruple takes 4d bits (the same number as the words of a polynomial).
        self.consume.next = self.dec_run.val()
            & (self.res.nbits.val() >= bit_cast::<7, 6>(self.nwords.val()))
            & (self.res.count.val() < 256);
        self.left.next = self.res.nbits.val();
        self.res.used.next = 0.into();
        self.res.inc.next = 0.into();
        if self.consume.val() {
            self.left.next = self.res.nbits.val() - bit_cast::<7, 6>(self.nwords.val());
            self.res.used.next = self.nwords.val();
            self.res.inc.next = 4.into();
        }
        if self.rd_pm.val() {
            self.res.inc.next = 4.into();
        }
        self.take.next = self.dec_run.val() & self.pend.q.val();
        self.res.take.next = self.take.val();
        self.res.word.next = self.buf_rdata.val();
        // Read a word when fewer than 8d bits (two quadruples) would be left for the
        // cycle after next.
        self.ahead.next = bit_cast::<8, 7>(self.left.val());
        if self.take.val() {
            self.ahead.next = bit_cast::<8, 7>(self.left.val()) + 64;
        }
        self.rd_buf.next = self.dec_run.val()
            & (self.wcnt.q.val() < self.nwords.val())
            & (self.ahead.val() < (bit_cast::<8, 6>(self.nwords.val()) << 1));
        self.buf_re.next = self.rd_buf.val();
        self.buf_raddr.next = 0.into();
        if self.rd_buf.val() {
            self.buf_raddr.next = bit_cast::<8, 6>(self.wcnt.q.val());
        }
        // Algorithm 6 step 3: coefficient 4p + k from unread bits k·d .. k·d + d − 1.
        // Decompress_d(y) = ⌊(q·y + 2^(d−1))/2^d⌋, q·y = (y << 11) + (y << 10) + (y << 8) + y.
        // Lane 0: coefficient 4p + 0.
        self.y[0].next = bit_cast::<12, 48>(self.res.window.val()) & self.mask.val();
        self.y24[0].next = bit_cast::<24, 12>(self.y[0].val());
        self.yq[0].next = (self.y24[0].val() << 11) + (self.y24[0].val() << 10) + (self.y24[0].val() << 8) + self.y24[0].val();
        self.yr[0].next = (self.yq[0].val() + self.half.val()) >> self.dv.val();
        self.z[0].next = bit_cast::<12, 24>(self.yr[0].val());
        // ByteDecode_12 (step 3, m = q): v mod q; v ≥ q fails the §7.2 check.
        self.hi[0].next = self.y[0].val() >= 3329;
        if self.d12.val() {
            self.z[0].next = self.y[0].val();
            if self.hi[0].val() {
                self.z[0].next = self.y[0].val() - 3329;
            }
        }

        // Lane 1: coefficient 4p + 1.
        self.y[1].next = bit_cast::<12, 48>(self.res.window.val() >> self.dv.val()) & self.mask.val();
        self.y24[1].next = bit_cast::<24, 12>(self.y[1].val());
        self.yq[1].next = (self.y24[1].val() << 11) + (self.y24[1].val() << 10) + (self.y24[1].val() << 8) + self.y24[1].val();
        self.yr[1].next = (self.yq[1].val() + self.half.val()) >> self.dv.val();
        self.z[1].next = bit_cast::<12, 24>(self.yr[1].val());
        // ByteDecode_12 (step 3, m = q): v mod q; v ≥ q fails the §7.2 check.
        self.hi[1].next = self.y[1].val() >= 3329;
        if self.d12.val() {
            self.z[1].next = self.y[1].val();
            if self.hi[1].val() {
                self.z[1].next = self.y[1].val() - 3329;
            }
        }

        // Lane 2: coefficient 4p + 2.
        self.y[2].next = bit_cast::<12, 48>(self.res.window.val() >> self.d2.val()) & self.mask.val();
        self.y24[2].next = bit_cast::<24, 12>(self.y[2].val());
        self.yq[2].next = (self.y24[2].val() << 11) + (self.y24[2].val() << 10) + (self.y24[2].val() << 8) + self.y24[2].val();
        self.yr[2].next = (self.yq[2].val() + self.half.val()) >> self.dv.val();
        self.z[2].next = bit_cast::<12, 24>(self.yr[2].val());
        // ByteDecode_12 (step 3, m = q): v mod q; v ≥ q fails the §7.2 check.
        self.hi[2].next = self.y[2].val() >= 3329;
        if self.d12.val() {
            self.z[2].next = self.y[2].val();
            if self.hi[2].val() {
                self.z[2].next = self.y[2].val() - 3329;
            }
        }

        // Lane 3: coefficient 4p + 3.
        self.y[3].next = bit_cast::<12, 48>(self.res.window.val() >> self.d3.val()) & self.mask.val();
        self.y24[3].next = bit_cast::<24, 12>(self.y[3].val());
        self.yq[3].next = (self.y24[3].val() << 11) + (self.y24[3].val() << 10) + (self.y24[3].val() << 8) + self.y24[3].val();
        self.yr[3].next = (self.yq[3].val() + self.half.val()) >> self.dv.val();
        self.z[3].next = bit_cast::<12, 24>(self.yr[3].val());
        // ByteDecode_12 (step 3, m = q): v mod q; v ≥ q fails the §7.2 check.
        self.hi[3].next = self.y[3].val() >= 3329;
        if self.d12.val() {
            self.z[3].next = self.y[3].val();
            if self.hi[3].val() {
                self.z[3].next = self.y[3].val() - 3329;
            }
        }
        for k in 0..4 {
            self.pm_we[k].next = self.consume.val();
            self.pm_idx[k].next = 0.into();
            self.pm_wdata[k].next = 0.into();
            if self.consume.val() {
                self.pm_wdata[k].next = self.z[k].val();
            }
        }
        if self.consume.val() | self.rd_pm.val() {
            self.pm_idx[0].next = bit_cast::<8, 9>(self.res.count.val());
            self.pm_idx[1].next = bit_cast::<8, 9>(self.res.count.val()) + 1;
            self.pm_idx[2].next = bit_cast::<8, 9>(self.res.count.val()) + 2;
            self.pm_idx[3].next = bit_cast::<8, 9>(self.res.count.val()) + 3;
        }
        if self.consume.val() & self.d12.val() & (self.hi[0].val() | self.hi[1].val() | self.hi[2].val() | self.hi[3].val()) {
            self.range_r.d.next = true;
            self.range_b.d.next = true;
        }

        // Counters: words written or read; a read's data are due next cycle.
        self.next_w.next = self.wcnt.q.val();
        if self.emit.val() | self.rd_buf.val() {
            self.next_w.next = self.wcnt.q.val() + 1;
        }
        self.wcnt.d.next = self.next_w.val();
        self.wcnt_b.d.next = self.next_w.val();
        self.pend.d.next = self.rd_pm.val() | self.rd_buf.val();
        self.pend_b.d.next = self.rd_pm.val() | self.rd_buf.val();

        // Commands: d checked with start; the last word written / the last quadruple written: done.
        self.param_ok.next = (self.d.val() == 1)
            | (self.d.val() == 4)
            | (self.d.val() == 5)
            | (self.d.val() == 10)
            | (self.d.val() == 11)
            | (self.d.val() == 12);
        self.finish.next = (self.emit.val() & (self.wcnt.q.val() == self.nwords.val() - 1))
            | (self.consume.val() & (self.res.count.val() >= 252));
        self.cmd.start.next = self.start.val();
        self.cmd.param_ok.next = self.param_ok.val();
        self.cmd.finish.next = self.finish.val();
        self.cmd.fault.next = self.fault.val();
        self.cmd.zeroize.next = self.zeroize.val();
        self.cmd.reset.next = self.reset.val();
        self.accept.next = self.start.val() & !self.cmd.busy.val() & !self.cmd.alarm.val() & self.param_ok.val();
        if self.accept.val() {
            for k in 0..12 {
                if (self.dir.val() == self.m_dir[k].val()) & (bit_cast::<5, 4>(self.d.val()) == self.m_d[k].val()) {
                    self.mode.d.next = self.m_code[k].val();
                }
            }
            self.range_r.d.next = false;
            self.range_b.d.next = false;
        }
        // SEC_CM: KEY.SEC_WIPE: zeroize, reset, a detected fault or the alarm wipes in
        // one edge (and keeps the block wiped until reset); `done` wipes the datapath.
        self.wipe.next = self.zeroize.val() | self.reset.val() | self.fault.val() | self.cmd.alarm.val();
        self.cmd.wipe.next = self.wipe.val();
        self.res.clear.next = self.wipe.val() | self.finish.val();
        self.pk.clear.next = self.wipe.val() | self.finish.val();
        if self.wipe.val() | self.finish.val() {
            self.mode.d.next = 0.into();
            self.wcnt.d.next = 0.into();
            self.wcnt_b.d.next = 0.into();
            self.pend.d.next = false;
            self.pend_b.d.next = false;
        }
        if self.wipe.val() {
            self.range_r.d.next = false;
            self.range_b.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secure::min_distance;

    #[test]
    fn mode_codes_are_sparse_and_distinct_from_idle() {
        let mut codes = vec![0u64];
        for dir in [false, true] {
            for d in D_LEGAL {
                codes.push(mode_code(dir, d).unwrap());
            }
        }
        assert!(min_distance(&codes) >= 3);
        assert_eq!(mode_code(false, 2), None);
    }

    /// The RTL's arithmetic is Eq. 4.7/4.8 exactly (rounding with exact rationals:
    /// ⌈a/b⌋ = ⌊(2a + b)/(2b)⌋), for every 12-bit x and every y < 2^d.
    #[test]
    fn compress_and_decompress_arithmetic_is_exact() {
        for d in [1u32, 4, 5, 10, 11] {
            for x in 0..4096u64 {
                let exact = (((2 * (x << d)) + Q) / (2 * Q)) % (1 << d);
                assert_eq!(compress_rtl(d, x as u16) as u64, exact, "Compress_{d}({x})");
            }
            for y in 0..1u64 << d {
                let exact = (2 * Q * y + (1 << d)) / (2 << d);
                assert_eq!(decompress_rtl(d, y as u16) as u64, exact, "Decompress_{d}({y})");
            }
        }
    }

    #[test]
    fn every_word_is_written_by_cycle_66() {
        for d in D_LEGAL {
            assert_eq!(encode_word_cycle(d, 4 * d - 1), encode_cycles(d) - 1);
            assert_eq!(encode_quad_cycle(63) + 2, encode_cycles(d) - 1);
            assert_eq!(decode_quad_cycle(63), decode_cycles(d) - 1);
            // One word per cycle at most: word cycles strictly increase.
            for w in 1..4 * d {
                assert!(encode_word_cycle(d, w) > encode_word_cycle(d, w - 1));
            }
        }
    }

    /// The decode read-ahead rule (a word when fewer than 8d bits would be left for the
    /// cycle after next) never lets a quadruple wait and never holds more than
    /// [`PACK_BITS`] − 1 bits, for every d: a model of the unpacker's control.
    #[test]
    fn decode_read_ahead_keeps_up_and_fits() {
        for d in D_LEGAL {
            let (q4, nw) = (4 * d as u64, 4 * d as u64);
            let (mut nbits, mut words, mut pend, mut count, mut max) = (0u64, 0u64, false, 0u64, 0u64);
            let mut quads = Vec::new();
            for t in 1..=decode_cycles(d) {
                let consume = nbits >= q4 && count < 256;
                let left = nbits - if consume { q4 } else { 0 };
                let ahead = left + if pend { 64 } else { 0 };
                let rd = words < nw && ahead < 2 * q4;
                if consume {
                    quads.push(t);
                    count += 4;
                }
                words += rd as u64;
                pend = rd;
                nbits = ahead;
                max = max.max(nbits);
            }
            assert_eq!(quads, (0..64).map(decode_quad_cycle).collect::<Vec<_>>(), "d = {d}");
            assert_eq!(words, nw);
            assert!(max < PACK_BITS as u64, "d = {d}: {max} bits held");
        }
    }
}
