//! What an actor and a relation carry, as every output shows them: one projection of each, read
//! from the store without copying (printing a million relations allocates nothing per field), and
//! their JSON forms, documented in the README.

use crate::store::Graph;
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;
use std::io::{self, Write};

/// An actor's fields as every format writes them.
#[derive(Debug, Clone)]
pub struct ActorFields<'a> {
    pub id: &'a str,
    /// The English name, else any name, else the id.
    pub label: &'a str,
    pub kind: &'a str,
    /// Every name, by language code, sorted.
    pub names: Vec<(&'a str, &'a str)>,
    pub aliases: Vec<&'a str>,
    pub country: Option<&'a str>,
    pub parent: Option<&'a str>,
    pub note: Option<&'a str>,
}

pub fn actor_fields<'a>(data: &Graph<'a>, i: u32) -> ActorFields<'a> {
    let a = data.actor(i);
    ActorFields {
        id: a.id.as_str(),
        label: a.display_name(),
        kind: data.kinds()[a.kind.to_native() as usize].id.as_str(),
        names: a.names.iter().map(|l| l.pair()).collect(),
        aliases: a.aliases.iter().map(|s| s.as_str()).collect(),
        country: a.country.as_ref().map(|c| c.as_str()),
        parent: a
            .parent
            .as_ref()
            .map(|p| data.actor(p.to_native()).id.as_str()),
        note: a.note.as_ref().map(|s| s.as_str()),
    }
}

/// `{"en": …, "ar": …}`.
struct Names<'a, 'b>(&'b [(&'a str, &'a str)]);

impl Serialize for Names<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (lang, text) in self.0 {
            m.serialize_entry(lang, text)?;
        }
        m.end()
    }
}

/// The README's actor JSON: `{"id", "kind", "names", "aliases", "country", "parent"}`.
impl Serialize for ActorFields<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Actor", 6)?;
        m.serialize_field("id", self.id)?;
        m.serialize_field("kind", self.kind)?;
        m.serialize_field("names", &Names(&self.names))?;
        m.serialize_field("aliases", &self.aliases)?;
        m.serialize_field("country", &self.country)?;
        m.serialize_field("parent", &self.parent)?;
        m.end()
    }
}

#[derive(Serialize)]
pub struct RelationJson<'a> {
    pub id: &'a str,
    #[serde(rename = "type")]
    pub ty: &'a str,
    pub directed: bool,
    pub source: ActorFields<'a>,
    pub target: ActorFields<'a>,
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
        source: actor_fields(data, r.source.to_native()),
        target: actor_fields(data, r.target.to_native()),
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

/// A relation seen from one of its actors: the actor at the other end, and an arrow for its
/// direction (`→` from this actor, `←` to it, `—` for an undirected type).
pub fn seen_from(data: &Graph<'_>, rel: u32, actor: u32) -> (u32, &'static str) {
    let r = data.relation(rel);
    let outgoing = r.source.to_native() == actor;
    let other = if outgoing {
        r.target.to_native()
    } else {
        r.source.to_native()
    };
    let arrow = match (data.type_of(rel).directed, outgoing) {
        (false, _) => "—",
        (true, true) => "→",
        (true, false) => "←",
    };
    (other, arrow)
}

/// Relation handles grouped by type, in schema order, each group in the given order; types
/// without a relation are left out.
pub fn by_type(data: &Graph<'_>, rels: &[u32]) -> Vec<(u16, Vec<u32>)> {
    (0..data.types().len() as u16)
        .filter_map(|ti| {
            let of_type: Vec<u32> = rels
                .iter()
                .copied()
                .filter(|&r| data.relation(r).ty.to_native() == ti)
                .collect();
            (!of_type.is_empty()).then_some((ti, of_type))
        })
        .collect()
}
