//! Tables for people: a header and rows, columns aligned by display width, and the small cell
//! helpers every listing uses.

use liaison::store::Graph;
use std::io::{self, Write};

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
            // A cell closes every bidi control it opens, so it cannot reorder the next columns.
            let closed = liaison::text::close_bidi(c.as_ref());
            let c: &str = &closed;
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
