//! Reports: a self-contained HTML page (or Markdown, or a PDF printed from the page) about a
//! selection of the graph: its diagram, a timeline of its dated relations, each actor with its
//! names and relations, the evidence of every relation with its source, and a summary.
//!
//! Nothing here prints or parses arguments: [`build`] computes a [`Report`], and the writers put
//! it into any `Write`.

pub mod svg;
