//! Checkpoints: what the golden model states the hardware must show, and when.
//!
//! A model emits checkpoints through a [`Trace`] hook. The default hook, [`NoTrace`],
//! is a zero-sized type whose methods are empty, so a model generic over `T: Trace`
//! compiles the hook away when tracing is off.

/// One value the hardware must expose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    /// Block that produced it, e.g. `"keccak"`.
    pub block: &'static str,
    /// What it is, e.g. `"round"`.
    pub name: &'static str,
    /// Index within the operation (round number, layer, loop iteration…).
    pub index: usize,
    /// Cycle (relative to the operation's start pulse) on which the RTL must show it,
    /// where the schedule is fixed; `None` where it depends on data.
    pub cycle: Option<u64>,
    /// The values (lanes, coefficients, words).
    pub values: Vec<u64>,
}

/// A trace hook. `ENABLED` lets models skip building checkpoints at all.
pub trait Trace {
    const ENABLED: bool;
    fn checkpoint(&mut self, cp: Checkpoint);
}

/// Tracing off: costs nothing.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoTrace;

impl Trace for NoTrace {
    const ENABLED: bool = false;
    #[inline(always)]
    fn checkpoint(&mut self, _cp: Checkpoint) {}
}

/// Tracing on: collects every checkpoint in order.
#[derive(Clone, Debug, Default)]
pub struct Recorder {
    pub checkpoints: Vec<Checkpoint>,
}

impl Trace for Recorder {
    const ENABLED: bool = true;
    fn checkpoint(&mut self, cp: Checkpoint) {
        self.checkpoints.push(cp);
    }
}
