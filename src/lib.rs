//! liaison: a graph database of security actors and their relationships, compiled from annotated
//! news articles and queried from the terminal.
//!
//! The library has no command line and prints nothing; the `liaison` binary (`src/main.rs`,
//! `src/cli/`) parses arguments into the option structs here and prints what comes back. Modules
//! are layered bottom-up (see ARCHITECTURE.md): `layout`, `fsio`, `text`, `model`, `diag`,
//! `error` at the bottom; `corpus` loads and checks; `store` compiles and opens the snapshot;
//! `resolve` and `query` answer on it; `edit`, `suggest`, `interchange`, `export`, `render` and
//! `synth` build on those.

pub mod corpus;
pub mod diag;
pub mod edit;
pub mod error;
pub mod export;
pub mod fsio;
pub mod interchange;
pub mod layout;
pub mod model;
pub mod process;
pub mod query;
pub mod render;
pub mod report;
pub mod resolve;
pub mod store;
pub mod suggest;
pub mod synth;
pub mod text;
pub mod view;

pub use error::{Error, Exit};
