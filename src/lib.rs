//! liaison: a graph database of security actors and their relationships, compiled from annotated
//! news articles and queried from the terminal.
//!
//! The binary is a thin layer over this library: `corpus` loads and checks the annotation files,
//! `store` compiles them into a memory-mapped snapshot, `query` and `names` answer questions on it,
//! and `cmd` holds one module per subcommand.

pub mod cmd;
pub mod corpus;
pub mod error;
pub mod export;
pub mod graph;
pub mod model;
pub mod names;
pub mod output;
pub mod query;
pub mod report;
pub mod store;
pub mod suggest;
pub mod synth;
pub mod write;

pub use error::{Error, Exit};
