//! The scoreboard: compares what the RTL shows with the golden model's checkpoints and
//! names the first difference (block, cycle, checkpoint, index, expected, observed).
//!
//! Checkpoints with a cycle are compared on exactly that cycle (latency is part of the
//! contract); checkpoints without one (data-dependent timing) are compared in order.

use golden_model::trace::Checkpoint;
use std::fmt;
use std::path::PathBuf;

/// The first difference between RTL and golden model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    pub block: &'static str,
    /// Cycle (relative to the operation's start) on which it was seen.
    pub cycle: u64,
    pub checkpoint: &'static str,
    /// The checkpoint's index (round, layer, permutation…).
    pub checkpoint_index: usize,
    /// Position within the checkpoint's values (lane, coefficient…); `None` when the
    /// checkpoint itself was missing or unexpected.
    pub index: Option<usize>,
    pub expected: Option<u64>,
    pub observed: Option<u64>,
    /// The VCD of the run, when one was written.
    pub vcd: Option<PathBuf>,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "MISMATCH in {} at cycle {}: checkpoint {}[{}]",
            self.block, self.cycle, self.checkpoint, self.checkpoint_index
        )?;
        if let Some(i) = self.index {
            write!(f, ", index {i}")?;
        }
        match (self.expected, self.observed) {
            (Some(e), Some(o)) => write!(f, ": expected {e:#018x}, observed {o:#018x} (xor {:#018x})", e ^ o)?,
            (Some(e), None) => write!(f, ": expected {e:#018x}, the RTL showed nothing")?,
            (None, Some(o)) => write!(f, ": the RTL showed {o:#018x}, none expected")?,
            (None, None) => write!(f, ": checkpoint missing")?,
        }
        if let Some(v) = &self.vcd {
            write!(f, "\n  waveform: {}", v.display())?;
        }
        Ok(())
    }
}

impl std::error::Error for Mismatch {}

/// Collects the comparisons of one operation.
pub struct Scoreboard {
    block: &'static str,
    expected: Vec<Checkpoint>,
    /// Next data-dependent checkpoint to be matched in order.
    in_order: usize,
    compared: usize,
    first: Option<Mismatch>,
}

impl Scoreboard {
    pub fn new(block: &'static str, expected: Vec<Checkpoint>) -> Self {
        Scoreboard { block, expected, in_order: 0, compared: 0, first: None }
    }

    fn record(&mut self, m: Mismatch) {
        if self.first.is_none() {
            self.first = Some(m);
        }
    }

    fn compare(&mut self, cycle: u64, cp: &Checkpoint, observed: &[u64]) {
        self.compared += 1;
        let n = cp.values.len().max(observed.len());
        for i in 0..n {
            let (e, o) = (cp.values.get(i).copied(), observed.get(i).copied());
            if e != o {
                self.record(Mismatch {
                    block: self.block,
                    cycle,
                    checkpoint: cp.name,
                    checkpoint_index: cp.index,
                    index: Some(i),
                    expected: e,
                    observed: o,
                    vcd: None,
                });
                return;
            }
        }
    }

    /// A control signal with a fixed value on `cycle` (e.g. `done`).
    pub fn signal(&mut self, cycle: u64, name: &'static str, expected: u64, observed: u64) {
        if expected != observed {
            self.record(Mismatch {
                block: self.block,
                cycle,
                checkpoint: name,
                checkpoint_index: 0,
                index: None,
                expected: Some(expected),
                observed: Some(observed),
                vcd: None,
            });
        }
    }

    /// Does any fixed-cycle checkpoint fall on `cycle`? (So drivers read the RTL only then.)
    pub fn wants(&self, cycle: u64) -> bool {
        self.expected.iter().any(|c| c.cycle == Some(cycle))
    }

    /// Compare every checkpoint stated for `cycle`; `observe` reads the RTL's values.
    pub fn at_cycle(&mut self, cycle: u64, mut observe: impl FnMut(&Checkpoint) -> Vec<u64>) {
        let due: Vec<Checkpoint> = self.expected.iter().filter(|c| c.cycle == Some(cycle)).cloned().collect();
        for cp in due {
            let seen = observe(&cp);
            self.compare(cycle, &cp, &seen);
        }
    }

    /// The RTL produced a data-dependent checkpoint: compare it with the next one
    /// expected (in order).
    pub fn observed(&mut self, cycle: u64, name: &'static str, values: &[u64]) {
        let next = self.expected.iter().filter(|c| c.cycle.is_none()).nth(self.in_order).cloned();
        self.in_order += 1;
        match next {
            Some(cp) if cp.name == name => self.compare(cycle, &cp, values),
            Some(cp) => self.record(Mismatch {
                block: self.block,
                cycle,
                checkpoint: cp.name,
                checkpoint_index: cp.index,
                index: None,
                expected: None,
                observed: values.first().copied(),
                vcd: None,
            }),
            None => self.record(Mismatch {
                block: self.block,
                cycle,
                checkpoint: name,
                checkpoint_index: self.in_order - 1,
                index: None,
                expected: None,
                observed: values.first().copied(),
                vcd: None,
            }),
        }
    }

    /// Ends the operation at `cycle`: every in-order checkpoint must have been seen.
    /// Returns the number of checkpoints compared.
    pub fn finish(mut self, cycle: u64) -> Result<usize, Mismatch> {
        let in_order_total = self.expected.iter().filter(|c| c.cycle.is_none()).count();
        if self.first.is_none() && self.in_order < in_order_total {
            let cp = self.expected.iter().filter(|c| c.cycle.is_none()).nth(self.in_order).unwrap();
            self.first = Some(Mismatch {
                block: self.block,
                cycle,
                checkpoint: cp.name,
                checkpoint_index: cp.index,
                index: None,
                expected: cp.values.first().copied(),
                observed: None,
                vcd: None,
            });
        }
        match self.first {
            Some(m) => Err(m),
            None => Ok(self.compared),
        }
    }
}
