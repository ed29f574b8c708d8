//! Keccak-f[1600] core: the state register and R rounds of combinational logic
//! (FIPS 202 §3.3), R = rounds per clock (1, 2 or 3; 2 is the default).
//!
//! Command inputs, by priority: `reset` and `clear` zero the state and every register
//! (`reset` also clears `fatal`); while idle the XOR network adds `xor_data` to the lanes
//! in `xor_lanes` (one-hot) and the pad-end bit 0x80·2^56 to the lanes in `end_lanes`;
//! `start` (when idle) arms the run flag in that same edge, and the rounds run from the
//! next cycle on the registered state. So absorbing the last word of a block costs its
//! cycle and the permutation 24/R more, and neither the XOR network nor `start` lies on
//! the round path (a round goes from the state flops through θ, ρ, π, χ, ι and one
//! select back to them). Schedule (held by `golden_model::keccak::keccak_f1600_traced`):
//! with `start` high in cycle 0, the state in cycle 1 + s (s = 1 ..= 24/R) holds rounds
//! 0 .. s·R; `busy` is high in cycles 1 ..= 24/R, `last_step` in cycle 24/R and `done` in
//! cycle 1 + 24/R (`golden_model::keccak::permutation_cycles`).
//!
//! Hardening (see [`crate::secure`]): the run flag is a 3-bit sparse code and the step
//! counter is kept twice; a disagreement stops the run and raises the sticky `fatal`
//! in the same edge, `fatal` wipes the state in the next (so the 1,600 flops' clear
//! comes from registers and inputs only) and keeps it wiped, and `start` is ignored
//! until `reset`. Wipe latency: 1 cycle for `clear` and `reset`, 2 for a detected fault.
//! The co-simulation loads and observes the state
//! through probes (the registers `state$i`), not ports.

use rust_hdl::prelude::*;

/// Round constants RC[i_r] (FIPS 202 §3.2.5).
pub const RC: [u64; 24] = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
    0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
];

macro_rules! keccak_core {
    ($name:ident, $r:tt, $steps:tt) => {
        /// Keccak-f[1600] core with
        #[doc = stringify!($r)]
        /// round(s) per clock.
        #[derive(LogicBlock)]
        pub struct $name {
            pub clock: Signal<In, Clock>,
            pub reset: Signal<In, Bit>,
            pub clear: Signal<In, Bit>,
            pub xor_lanes: Signal<In, Bits<25>>,
            pub xor_data: Signal<In, Bits<64>>,
            pub end_lanes: Signal<In, Bits<25>>,
            pub start: Signal<In, Bit>,
            pub state_out: [Signal<Out, Bits<64>>; 25],
            pub busy: Signal<Out, Bit>,
            pub last_step: Signal<Out, Bit>,
            pub done: Signal<Out, Bit>,
            /// Sticky: a fault was detected (SEC_CM: FSM.SPARSE, CTR.REDUN); cleared by `reset`.
            pub fatal: Signal<Out, Bit>,
            state: [DFF<Bits<64>>; 25],
            /// Idle 0b000 / running 0b111 (`secure::SPARSE3`).
            run_st: DFF<Bits<3>>,
            step: DFF<Bits<5>>,
            /// A second copy of `step` (CTR.REDUN).
            step_b: DFF<Bits<5>>,
            done_r: DFF<Bit>,
            alarm: DFF<Bit>,
            /// Round constants, entry k·S + s = RC[s·R + k] (S = 24 / R steps).
            rc_tab: [Constant<Bits<64>>; 24],
            /// The last bit of pad10*1 in the last lane of the rate (FIPS 202 §5.1).
            pad_end: Constant<Bits<64>>,
            step_oh: Signal<Local, Bits<$steps>>,
            active: Signal<Local, Bit>,
            bad: Signal<Local, Bit>,
            /// Per lane: absorbed word, pad-end bit (each zero when not selected).
            xd: [Signal<Local, Bits<64>>; 25],
            ed: [Signal<Local, Bits<64>>; 25],
            /// a[k·25 + i]: lane i entering sub-round k; a[R·25 + i]: leaving the last.
            a: [Signal<Local, Bits<64>>; 25 * ($r + 1)],
            rc: [Signal<Local, Bits<64>>; $r],
            c: [Signal<Local, Bits<64>>; 5 * $r],
            d: [Signal<Local, Bits<64>>; 5 * $r],
            t: [Signal<Local, Bits<64>>; 25 * $r],
            b: [Signal<Local, Bits<64>>; 25 * $r],
        }

        impl Default for $name {
            fn default() -> Self {
                let rc_tab = array_init::array_init(|j| {
                    let (k, s) = (j / $steps, j % $steps);
                    Constant::new(Bits::<64>::from(RC[s * $r + k]))
                });
                Self {
                    clock: Default::default(),
                    reset: Default::default(),
                    clear: Default::default(),
                    xor_lanes: Default::default(),
                    xor_data: Default::default(),
                    end_lanes: Default::default(),
                    start: Default::default(),
                    state_out: Default::default(),
                    busy: Default::default(),
                    last_step: Default::default(),
                    done: Default::default(),
                    fatal: Default::default(),
                    state: Default::default(),
                    run_st: Default::default(),
                    step: Default::default(),
                    step_b: Default::default(),
                    done_r: Default::default(),
                    alarm: Default::default(),
                    rc_tab,
                    pad_end: Constant::new(Bits::<64>::from(0x8000_0000_0000_0000u64)),
                    step_oh: Default::default(),
                    active: Default::default(),
                    bad: Default::default(),
                    xd: Default::default(),
                    ed: Default::default(),
                    a: array_init::array_init(|_| Default::default()),
                    rc: Default::default(),
                    c: Default::default(),
                    d: Default::default(),
                    t: array_init::array_init(|_| Default::default()),
                    b: array_init::array_init(|_| Default::default()),
                }
            }
        }

        impl $name {
            /// Rounds per clock.
            pub const ROUNDS_PER_CLOCK: usize = $r;
            /// Clock steps per permutation (24 / R).
            pub const STEPS: usize = $steps;
        }

        impl Logic for $name {
            #[hdl_gen]
            fn update(&mut self) {
                for i in 0..25 {
                    self.state[i].clock.next = self.clock.val();
                    self.state[i].d.next = self.state[i].q.val();
                    self.state_out[i].next = self.state[i].q.val();
                }
                dff_setup!(self, clock, run_st, step, step_b, done_r, alarm);
                // SEC_CM: FSM.SPARSE (run_st) and CTR.REDUN (step, step_b).
                self.active.next = self.run_st.q.val() == 7;
                self.bad.next = ((self.run_st.q.val() != 0) & (self.run_st.q.val() != 7)) | (self.step.q.val() != self.step_b.q.val());
                self.busy.next = self.active.val();
                self.done.next = self.done_r.q.val();
                self.fatal.next = self.alarm.q.val();
                self.done_r.d.next = false;
                self.last_step.next = self.active.val() & (self.step.q.val() == $steps - 1);
                // Round constant of each sub-round, selected by the one-hot step.
                self.step_oh.next = bits::<$steps>(1) << self.step.q.val();
                for k in 0..$r {
                    self.rc[k].next = 0.into();
                    for s in 0..$steps {
                        if self.step_oh.val().get_bit(s) {
                            self.rc[k].next = self.rc_tab[k * $steps + s].val();
                        }
                    }
                }
                // The XOR network (absorbed data, the pad-end bit: two independent terms
                // per lane) feeds only the hold path; sub-round 0 reads the state flops.
                for i in 0..25 {
                    self.xd[i].next = 0.into();
                    if self.xor_lanes.val().get_bit(i) {
                        self.xd[i].next = self.xor_data.val();
                    }
                    self.ed[i].next = 0.into();
                    if self.end_lanes.val().get_bit(i) {
                        self.ed[i].next = self.pad_end.val();
                    }
                    self.a[i].next = self.state[i].q.val();
                }
                for k in 0..$r {
                    // θ (FIPS 202 §3.2.1)
                    for x in 0..5 {
                        self.c[k * 5 + x].next = self.a[k * 25 + x].val() ^ self.a[k * 25 + x + 5].val() ^ self.a[k * 25 + x + 10].val() ^ self.a[k * 25 + x + 15].val() ^ self.a[k * 25 + x + 20].val();
                    }
                    for x in 0..5 {
                        self.d[k * 5 + x].next = self.c[k * 5 + (x + 4) % 5].val() ^ ((self.c[k * 5 + (x + 1) % 5].val() << 1) | (self.c[k * 5 + (x + 1) % 5].val() >> 63));
                    }
                    for y in 0..5 {
                        for x in 0..5 {
                            self.t[k * 25 + x + 5 * y].next = self.a[k * 25 + x + 5 * y].val() ^ self.d[k * 5 + x].val();
                        }
                    }
                    // ρ and π (§3.2.2, §3.2.3): B[y, 2x+3y] = rot(A[x, y], r[x, y])
                    self.b[k * 25 + 0].next = self.t[k * 25 + 0].val();
                    self.b[k * 25 + 10].next = (self.t[k * 25 + 1].val() << 1) | (self.t[k * 25 + 1].val() >> 63);
                    self.b[k * 25 + 20].next = (self.t[k * 25 + 2].val() << 62) | (self.t[k * 25 + 2].val() >> 2);
                    self.b[k * 25 + 5].next = (self.t[k * 25 + 3].val() << 28) | (self.t[k * 25 + 3].val() >> 36);
                    self.b[k * 25 + 15].next = (self.t[k * 25 + 4].val() << 27) | (self.t[k * 25 + 4].val() >> 37);
                    self.b[k * 25 + 16].next = (self.t[k * 25 + 5].val() << 36) | (self.t[k * 25 + 5].val() >> 28);
                    self.b[k * 25 + 1].next = (self.t[k * 25 + 6].val() << 44) | (self.t[k * 25 + 6].val() >> 20);
                    self.b[k * 25 + 11].next = (self.t[k * 25 + 7].val() << 6) | (self.t[k * 25 + 7].val() >> 58);
                    self.b[k * 25 + 21].next = (self.t[k * 25 + 8].val() << 55) | (self.t[k * 25 + 8].val() >> 9);
                    self.b[k * 25 + 6].next = (self.t[k * 25 + 9].val() << 20) | (self.t[k * 25 + 9].val() >> 44);
                    self.b[k * 25 + 7].next = (self.t[k * 25 + 10].val() << 3) | (self.t[k * 25 + 10].val() >> 61);
                    self.b[k * 25 + 17].next = (self.t[k * 25 + 11].val() << 10) | (self.t[k * 25 + 11].val() >> 54);
                    self.b[k * 25 + 2].next = (self.t[k * 25 + 12].val() << 43) | (self.t[k * 25 + 12].val() >> 21);
                    self.b[k * 25 + 12].next = (self.t[k * 25 + 13].val() << 25) | (self.t[k * 25 + 13].val() >> 39);
                    self.b[k * 25 + 22].next = (self.t[k * 25 + 14].val() << 39) | (self.t[k * 25 + 14].val() >> 25);
                    self.b[k * 25 + 23].next = (self.t[k * 25 + 15].val() << 41) | (self.t[k * 25 + 15].val() >> 23);
                    self.b[k * 25 + 8].next = (self.t[k * 25 + 16].val() << 45) | (self.t[k * 25 + 16].val() >> 19);
                    self.b[k * 25 + 18].next = (self.t[k * 25 + 17].val() << 15) | (self.t[k * 25 + 17].val() >> 49);
                    self.b[k * 25 + 3].next = (self.t[k * 25 + 18].val() << 21) | (self.t[k * 25 + 18].val() >> 43);
                    self.b[k * 25 + 13].next = (self.t[k * 25 + 19].val() << 8) | (self.t[k * 25 + 19].val() >> 56);
                    self.b[k * 25 + 14].next = (self.t[k * 25 + 20].val() << 18) | (self.t[k * 25 + 20].val() >> 46);
                    self.b[k * 25 + 24].next = (self.t[k * 25 + 21].val() << 2) | (self.t[k * 25 + 21].val() >> 62);
                    self.b[k * 25 + 9].next = (self.t[k * 25 + 22].val() << 61) | (self.t[k * 25 + 22].val() >> 3);
                    self.b[k * 25 + 19].next = (self.t[k * 25 + 23].val() << 56) | (self.t[k * 25 + 23].val() >> 8);
                    self.b[k * 25 + 4].next = (self.t[k * 25 + 24].val() << 14) | (self.t[k * 25 + 24].val() >> 50);
                    // χ (§3.2.4), then ι (§3.2.5) on lane 0
                    for y in 0..5 {
                        for x in 0..5 {
                            self.a[k * 25 + 25 + x + 5 * y].next = self.b[k * 25 + x + 5 * y].val() ^ (!self.b[k * 25 + (x + 1) % 5 + 5 * y].val() & self.b[k * 25 + (x + 2) % 5 + 5 * y].val());
                        }
                    }
                    self.a[k * 25 + 25].next = self.b[k * 25].val() ^ (!self.b[k * 25 + 1].val() & self.b[k * 25 + 2].val()) ^ self.rc[k].val();
                }
                // Sequencing: R rounds while running (the select depends on registers
                // only); idle, hold with the XOR network, and `start` arms the run flag.
                for i in 0..25 {
                    self.state[i].d.next = self.state[i].q.val() ^ self.xd[i].val() ^ self.ed[i].val();
                }
                if self.active.val() {
                    for i in 0..25 {
                        self.state[i].d.next = self.a[$r * 25 + i].val();
                    }
                    if self.step.q.val() == $steps - 1 {
                        self.run_st.d.next = 0.into();
                        self.step.d.next = 0.into();
                        self.step_b.d.next = 0.into();
                        self.done_r.d.next = true;
                    } else {
                        self.step.d.next = self.step.q.val() + 1;
                        self.step_b.d.next = self.step.q.val() + 1;
                    }
                } else if self.start.val() & !self.alarm.q.val() {
                    self.run_st.d.next = 7.into();
                }
                // SEC_CM: KEY.SEC_WIPE on clear, reset or a detected fault (from `alarm`).
                if self.clear.val() | self.reset.val() | self.alarm.q.val() {
                    for i in 0..25 {
                        self.state[i].d.next = 0.into();
                    }
                }
                if self.clear.val() | self.reset.val() | self.bad.val() {
                    self.run_st.d.next = 0.into();
                    self.step.d.next = 0.into();
                    self.step_b.d.next = 0.into();
                    self.done_r.d.next = false;
                }
                if self.bad.val() {
                    self.alarm.d.next = true;
                }
                if self.reset.val() {
                    self.alarm.d.next = false;
                }
            }
        }
    };
}

keccak_core!(KeccakCoreR1, 1, 24);
keccak_core!(KeccakCoreR2, 2, 12);
keccak_core!(KeccakCoreR3, 3, 8);

/// The default core: 2 rounds per clock, 12 cycles per permutation.
pub type KeccakCore = KeccakCoreR2;
