//! Changes to the corpus. Each operation opens the [`writer::Writer`] (the corpus lock, the corpus
//! as it is under it), computes the new files, commits them (checked first, then written
//! atomically) and returns what it did as a plain struct for the caller to show.

pub mod actor;
pub mod annotate;
pub mod doc;
pub mod references;
pub mod suggest;
pub mod writer;

pub use writer::{Change, Writer};
