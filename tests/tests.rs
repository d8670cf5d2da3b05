//! liaison's integration tests, in one binary (as ripgrep, fd and xsv do): each module runs the
//! built `liaison` through the harness in `common` on fixture corpora and the shipped corpus.

mod common;

mod brat_import;
mod check;
mod dot_escaping;
mod exports;
mod fuzz_regressions;
mod hostile;
mod incremental;
mod kill;
mod queries;
mod readme;
mod report;
mod robustness;
mod shipped;
mod store;
mod suggest;
mod workflow;
