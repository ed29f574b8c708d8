//! Shared bench support lives in each bench file; this crate holds only benches.
