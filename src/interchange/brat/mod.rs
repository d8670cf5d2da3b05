//! brat standoff interchange: the corpus written as, and read from, a brat collection.
//!
//! For each document, `ID.txt` (the text) and `ID.ann`:
//! - `T` lines: each mention, typed by its actor's kind (`T1⇥agency 4 8⇥DGST`); each out-of-scope
//!   stretch, typed `OutOfScope`; and, where a relation's end has no mention inside its quote, a
//!   `T` line over the quote marked `A…⇥RelationEnd T…` (a relation end, not a mention).
//! - `N` lines link each of those to its actor: `N1⇥Reference T1 liaison:dgst⇥General Directorate…`.
//! - `R` lines: relations, `R1⇥met Arg1:T1 Arg2:T2`.
//! - `#` lines: `AnnotatorNotes` on a relation hold its id, quote span, date, date_inferred, place
//!   and note as one JSON object; on an `OutOfScope` span, its reason (`\n`, `\t`, `\\` escaped).
//!
//! Document metadata (title, source, url, published, lang) has no place in brat's format and goes
//! to a sidecar `ID.meta.json`, which brat and INCEpTION ignore. `annotation.conf` declares the
//! kinds and types so brat can open the folder as a collection.
//!
//! On import, a `T` line without an `N` line is resolved by its text like a query name; a relation
//! without a note gets the next free id and, as its quote, the sentences that hold both its
//! arguments (a free-text note, from another tool, becomes its `note`). A relation note that is a
//! JSON object but not a valid one of ours, offsets that are not numbers, run past the text, end
//! before they start or list fragments out of text order (brat requires them in order), and
//! duplicate ids are errors naming the file and line: nothing is guessed and nothing is written.

mod export;
mod import;
mod parse;

pub use export::{export, Exported};
pub use import::{import, ImportQuery, Imported};

use serde::{Deserialize, Serialize};

pub(super) const OUT_OF_SCOPE: &str = "OutOfScope";
pub(super) const RELATION_END: &str = "RelationEnd";
pub(super) const DB: &str = "liaison";

/// The relation fields brat has no syntax for, kept in the relation's AnnotatorNotes.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RelNote {
    pub(super) id: String,
    pub(super) span: [u32; 2],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) date_inferred: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) note: Option<String>,
}

/// `ID.meta.json`.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct Meta {
    #[serde(default)]
    pub(super) title: Option<String>,
    #[serde(default)]
    pub(super) source: Option<String>,
    #[serde(default)]
    pub(super) url: Option<String>,
    #[serde(default)]
    pub(super) published: Option<String>,
    #[serde(default)]
    pub(super) lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) seed: Option<String>,
}

pub(super) fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
        .replace('\r', "\\r")
}

pub(super) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for s in ["plain", "a\nb\tc\\d", "\\n literally"] {
            assert_eq!(unescape(&escape(s)), s);
        }
    }
}
