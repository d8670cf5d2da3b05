//! The JSON shapes documented in the README, and helpers for the human-readable tables.
//!
//! The structs borrow from the store, so printing a million relations allocates nothing per field.

use crate::graph::Graph;
use crate::store::{ArchivedActorRec, ArchivedLabel};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::io::{self, Write};

/// `{"en": …, "ar": …}` from the store's sorted name list.
pub struct Names<'a>(&'a [ArchivedLabel]);

impl Serialize for Names<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for l in self.0 {
            m.serialize_entry(l.lang.as_str(), l.text.as_str())?;
        }
        m.end()
    }
}

#[derive(Serialize)]
pub struct ActorJson<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub names: Names<'a>,
    pub aliases: Vec<&'a str>,
    pub country: Option<&'a str>,
    pub parent: Option<&'a str>,
}

pub fn actor_json<'a>(data: &Graph<'a>, i: u32) -> ActorJson<'a> {
    let a: &ArchivedActorRec = data.actor(i);
    ActorJson {
        id: a.id.as_str(),
        kind: data.kinds()[a.kind.to_native() as usize].id.as_str(),
        names: Names(&a.names),
        aliases: a.aliases.iter().map(|s| s.as_str()).collect(),
        country: a.country.as_ref().map(|c| c.as_str()),
        parent: a
            .parent
            .as_ref()
            .map(|p| data.actor(p.to_native()).id.as_str()),
    }
}

#[derive(Serialize)]
pub struct RelationJson<'a> {
    pub id: &'a str,
    #[serde(rename = "type")]
    pub ty: &'a str,
    pub directed: bool,
    pub source: ActorJson<'a>,
    pub target: ActorJson<'a>,
    pub date: Option<&'a str>,
    pub date_inferred: Option<&'a str>,
    pub place: Option<&'a str>,
    pub document: &'a str,
    pub span: [u32; 2],
    pub quote: &'a str,
    pub note: Option<&'a str>,
}

pub fn relation_json<'a>(data: &Graph<'a>, i: u32) -> RelationJson<'a> {
    let r = data.relation(i);
    let t = &data.types()[r.ty.to_native() as usize];
    RelationJson {
        id: r.id.as_str(),
        ty: t.id.as_str(),
        directed: t.directed,
        source: actor_json(data, r.source.to_native()),
        target: actor_json(data, r.target.to_native()),
        date: r.date.as_ref().map(|s| s.as_str()),
        date_inferred: r.date_inferred.as_ref().map(|s| s.as_str()),
        place: r.place.as_ref().map(|s| s.as_str()),
        document: data.doc(r.doc.to_native()).id.as_str(),
        span: [r.start.to_native(), r.end.to_native()],
        quote: r.quote.as_str(),
        note: r.note.as_ref().map(|s| s.as_str()),
    }
}

/// Writes a JSON array one element per line: valid JSON, streamable, and easy to grep.
pub fn write_json_list<T: Serialize>(
    out: &mut dyn Write,
    items: impl IntoIterator<Item = T>,
) -> io::Result<()> {
    out.write_all(b"[")?;
    let mut first = true;
    for item in items {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        serde_json::to_writer(&mut *out, &item).map_err(json_io)?;
    }
    out.write_all(if first { b"]\n" } else { b"\n]\n" })
}

/// Keeps the I/O error inside a serde_json error, so a closed pipe is still seen as one.
fn json_io(e: serde_json::Error) -> io::Error {
    match e.io_error_kind() {
        Some(kind) => io::Error::new(kind, e),
        None => io::Error::other(e),
    }
}

/// Writes one JSON document, indented.
pub fn write_json<T: Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(json_io)?;
    out.write_all(b"\n")
}

/// A table for people: a header and rows, columns aligned by display width.
///
/// Cells are flattened to one line. Columns are aligned with elastic tabstops (the tabwriter crate,
/// as xsv does), which stays fast for tens of thousands of rows, where a neighbourhood through a hub
/// agency or a hub's own relations easily go.
pub struct Table {
    text: String,
    rows: usize,
}

/// A table with this header (in capitals, by convention).
pub fn table(header: &[&str]) -> Table {
    let mut t = Table {
        text: String::new(),
        rows: 0,
    };
    t.add_row(header.iter().copied());
    t.rows = 0;
    t
}

impl Table {
    pub fn add_row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        for (i, c) in cells.into_iter().enumerate() {
            if i > 0 {
                self.text.push('\t');
            }
            let c = c.as_ref();
            if c.contains(['\t', '\n', '\r']) {
                self.text
                    .push_str(&c.split_whitespace().collect::<Vec<_>>().join(" "));
            } else {
                self.text.push_str(c);
            }
        }
        self.text.push('\n');
        self.rows += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Writes the aligned table: two spaces between columns, none after the last.
    pub fn write_to(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = tabwriter::TabWriter::new(out).padding(2);
        w.write_all(self.text.as_bytes())?;
        w.flush()
    }
}

/// The aligned text of a table, two spaces between columns.
pub fn render(t: &Table) -> String {
    let mut v = Vec::with_capacity(t.text.len() * 2);
    t.write_to(&mut v).expect("writing to memory");
    String::from_utf8(v).expect("tabwriter keeps UTF-8")
}

/// `quote` cut to `max` characters with an ellipsis, on one line.
pub fn clip(quote: &str, max: usize) -> String {
    let one_line: String = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut s: String = one_line.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// `Name (id)`, the way tables name an actor.
pub fn actor_label(data: &Graph<'_>, i: u32) -> String {
    let a = data.actor(i);
    format!("{} ({})", a.display_name(), a.id.as_str())
}

/// `1 relation`, `2 relations`.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

pub fn opt(s: Option<&str>) -> &str {
    s.unwrap_or("-")
}
