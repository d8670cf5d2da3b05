//! Exports: the selection of a subgraph (filters, an ego network, collapsed parallel edges) and
//! one writer per format. Every writer reads the same [`Subgraph`] and the same field helpers, so
//! the formats agree on what an actor and a relation carry.
//!
//! Output is deterministic: actors come in id order, edges in corpus order, languages and other
//! sets in sorted order; nothing depends on hash-map iteration, time or the machine.

pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod neo4j;
mod xml;

pub use crate::view::{actor_fields, ActorFields};

use crate::error::Error;
use crate::query::{self, RelFilter, Walk};
use crate::resolve::{resolve_actor, FilterArgs};
use crate::store::Graph;
use std::collections::{BTreeMap, BTreeSet};

/// What to export, as the user asked for it (no clap here).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub filter: FilterArgs,
    /// Only this actor's neighbourhood.
    pub ego: Option<String>,
    /// Hops around `ego`.
    pub depth: u32,
    /// Merge the relations of one type between the same two actors into one edge.
    pub collapse: bool,
    /// Leave out actors without a selected relation (except the actors the selection names).
    pub drop_isolated: bool,
}

/// One edge of an export: a single relation, or with `--collapse` every relation of one type
/// between the same two actors (for an undirected type, in either order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub ty: u16,
    pub source: u32,
    pub target: u32,
    /// Relation handles, in canonical (corpus) order; never empty.
    pub rels: Vec<u32>,
}

/// The selected part of the graph.
#[derive(Debug, Clone, Default)]
pub struct Subgraph {
    /// Actor indices, ascending (so in id order).
    pub actors: Vec<u32>,
    pub edges: Vec<Edge>,
    pub collapsed: bool,
}

fn filter_is_empty(f: &RelFilter) -> bool {
    f.types.is_empty()
        && f.actor.is_none()
        && f.from.is_none()
        && f.to.is_none()
        && f.doc.is_none()
        && f.since.is_none()
        && f.until.is_none()
}

/// Resolves the selection against the store.
///
/// Without filters or ego the whole graph is selected, isolated actors included, so an export's
/// counts match `liaison stats`. With relation filters only, the actors are those the matching
/// relations join (and the actors the filters name). With `--ego`, the actors are the ego and
/// everything within `depth` hops along relations of the allowed types and dates, and the edges are
/// the relations among them that pass every filter. With `drop_isolated`, actors that no selected
/// relation joins are left out, except the ego and the actors the filters name.
pub fn select(data: &Graph<'_>, sel: &Selection) -> Result<Subgraph, Error> {
    let filter = sel.filter.resolve(data)?;
    let ego = sel
        .ego
        .as_deref()
        .map(|e| resolve_actor(data, e))
        .transpose()?;
    let (mut actors, rels): (Vec<u32>, Vec<u32>) = if let Some(a) = ego {
        let walk = Walk::along(&filter);
        let mut actors: Vec<u32> = query::neighbors(data, a, sel.depth, &walk)
            .into_iter()
            .map(|(v, _)| v)
            .collect();
        actors.push(a);
        actors.sort_unstable();
        let rels = relations_among(data, &actors, &filter);
        (actors, rels)
    } else if filter_is_empty(&filter) {
        (
            (0..data.actors().len() as u32).collect(),
            data.relations().collect(),
        )
    } else {
        let rels = query::edges(data, &filter);
        let mut actors: Vec<u32> = [filter.actor, filter.from, filter.to]
            .into_iter()
            .flatten()
            .collect();
        for &r in &rels {
            let rel = data.relation(r);
            actors.push(rel.source.to_native());
            actors.push(rel.target.to_native());
        }
        actors.sort_unstable();
        actors.dedup();
        (actors, rels)
    };
    let edges = if sel.collapse {
        collapse(data, &rels)
    } else {
        rels.iter()
            .map(|&r| {
                let rel = data.relation(r);
                Edge {
                    ty: rel.ty.to_native(),
                    source: rel.source.to_native(),
                    target: rel.target.to_native(),
                    rels: vec![r],
                }
            })
            .collect()
    };
    if sel.drop_isolated {
        let named: Vec<u32> = [filter.actor, filter.from, filter.to]
            .into_iter()
            .flatten()
            .chain(ego)
            .collect();
        actors = connected_actors(&actors, &edges, &named);
    }
    Ok(Subgraph {
        actors,
        edges,
        collapsed: sel.collapse,
    })
}

/// The actors (ascending) that some edge joins, and those of `keep` among `actors`.
pub fn connected_actors(actors: &[u32], edges: &[Edge], keep: &[u32]) -> Vec<u32> {
    let mut joined: Vec<u32> = edges
        .iter()
        .flat_map(|e| [e.source, e.target])
        .chain(keep.iter().copied())
        .collect();
    joined.sort_unstable();
    joined.dedup();
    actors
        .iter()
        .copied()
        .filter(|a| joined.binary_search(a).is_ok())
        .collect()
}

/// Groups relations by (type, source, target), unordered ends for undirected types; the groups
/// come in the order of their first relation (`rels` is in canonical order).
pub fn collapse(data: &Graph<'_>, rels: &[u32]) -> Vec<Edge> {
    let mut index: BTreeMap<(u16, u32, u32), usize> = BTreeMap::new();
    let mut edges: Vec<Edge> = Vec::new();
    for &r in rels {
        let rel = data.relation(r);
        let ty = rel.ty.to_native();
        let (mut s, mut t) = (rel.source.to_native(), rel.target.to_native());
        if !data.types()[ty as usize].directed && t < s {
            std::mem::swap(&mut s, &mut t);
        }
        let i = *index.entry((ty, s, t)).or_insert_with(|| {
            edges.push(Edge {
                ty,
                source: s,
                target: t,
                rels: Vec::new(),
            });
            edges.len() - 1
        });
        edges[i].rels.push(r);
    }
    edges
}

/// `yyyymmdd` → `yyyy-mm-dd`.
pub fn iso_day(d: u32) -> String {
    format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100)
}

/// The name languages used by the selected actors, sorted, `en` and `ar` always first.
pub fn name_languages<'a>(data: &Graph<'a>, g: &Subgraph) -> Vec<&'a str> {
    let mut others: BTreeSet<&str> = BTreeSet::new();
    for &a in &g.actors {
        for l in data.actor(a).names.iter() {
            others.insert(l.lang.as_str());
        }
    }
    others.remove("en");
    others.remove("ar");
    let mut langs = vec!["en", "ar"];
    langs.extend(others);
    langs
}

/// A relation's (or a collapsed group's) fields as every format writes them. For a collapsed
/// group, text fields list each relation's value (documents and dates without repeats), and the
/// span is absent because it belongs to one document.
pub struct EdgeFields<'a> {
    /// The relation id, or `TYPE.SOURCE.TARGET` for a collapsed group: an XML NMTOKEN either way.
    pub id: String,
    pub ty: &'a str,
    /// The type's English label, else its id.
    pub ty_label: &'a str,
    pub directed: bool,
    pub source: &'a str,
    pub target: &'a str,
    pub count: usize,
    /// Relation ids, space-separated.
    pub relations: String,
    pub date: Option<String>,
    /// First and last day the dates cover, `yyyy-mm-dd`; absent when no relation is dated.
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub date_inferred: Option<String>,
    pub place: Option<String>,
    pub document: String,
    pub span: Option<(u32, u32)>,
    pub quote: String,
    pub note: Option<String>,
    /// One line per relation: `DOCUMENT [START, END] (DATE): QUOTE`.
    pub evidence: Vec<String>,
}

fn join_distinct<'a>(items: impl Iterator<Item = Option<&'a str>>, sep: &str) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for s in items.flatten() {
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    (!seen.is_empty()).then(|| seen.join(sep))
}

pub fn edge_fields<'a>(data: &Graph<'a>, e: &Edge) -> EdgeFields<'a> {
    let ty = &data.types()[e.ty as usize];
    let rels: Vec<_> = e.rels.iter().map(|&r| data.relation(r)).collect();
    let single = rels.len() == 1;
    let doc = |r: &&crate::store::ArchivedRelRec| data.doc(r.doc.to_native()).id.as_str();
    let (src, tgt) = (
        data.actor(e.source).id.as_str(),
        data.actor(e.target).id.as_str(),
    );
    let lo = rels
        .iter()
        .map(|r| r.date_lo.to_native())
        .filter(|&d| d > 0)
        .min();
    let hi = rels
        .iter()
        .map(|r| r.date_hi.to_native())
        .filter(|&d| d > 0)
        .max();
    let opt = |f: fn(&crate::store::ArchivedRelRec) -> Option<&str>, sep: &str| {
        join_distinct(rels.iter().map(|r| f(r)), sep)
    };
    EdgeFields {
        id: edge_id(data, e),
        ty: ty.id.as_str(),
        ty_label: type_label(data, e.ty),
        directed: ty.directed,
        source: src,
        target: tgt,
        count: rels.len(),
        relations: rels
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        date: opt(|r| r.date.as_ref().map(|s| s.as_str()), "; "),
        date_start: lo.map(iso_day),
        date_end: hi.map(iso_day),
        date_inferred: opt(|r| r.date_inferred.as_ref().map(|s| s.as_str()), "; "),
        place: opt(|r| r.place.as_ref().map(|s| s.as_str()), "; "),
        document: join_distinct(rels.iter().map(|r| Some(doc(r))), "; ").unwrap_or_default(),
        span: single.then(|| (rels[0].start.to_native(), rels[0].end.to_native())),
        quote: rels
            .iter()
            .map(|r| r.quote.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        note: opt(|r| r.note.as_ref().map(|s| s.as_str()), "; "),
        evidence: evidence(data, e),
    }
}

/// The edge's id: the relation's own, or `type.source.target` for a collapsed edge.
pub fn edge_id(data: &Graph<'_>, e: &Edge) -> String {
    if let [one] = e.rels.as_slice() {
        data.relation(*one).id.to_string()
    } else {
        let id = |a: u32| data.actor(a).id.as_str();
        format!(
            "{}.{}.{}",
            data.types()[e.ty as usize].id.as_str(),
            id(e.source),
            id(e.target)
        )
    }
}

/// One line of evidence per relation: `document [start, end] (date): quote`.
pub fn evidence(data: &Graph<'_>, e: &Edge) -> Vec<String> {
    e.rels
        .iter()
        .map(|&r| {
            let r = data.relation(r);
            let date = r
                .date
                .as_ref()
                .map(|d| format!(" ({})", d.as_str()))
                .unwrap_or_default();
            format!(
                "{} [{}, {}]{date}: {}",
                data.doc(r.doc.to_native()).id.as_str(),
                r.start.to_native(),
                r.end.to_native(),
                r.quote.as_str()
            )
        })
        .collect()
}

/// The English label of a relation type, else its id.
pub fn type_label<'a>(data: &Graph<'a>, ty: u16) -> &'a str {
    let t = &data.types()[ty as usize];
    t.labels
        .iter()
        .find(|l| l.lang.as_str() == "en")
        .map(|l| l.text.as_str())
        .unwrap_or(t.id.as_str())
}

/// Whether the subgraph has a directed edge (then graph-level defaults say "directed").
pub fn any_directed(data: &Graph<'_>, g: &Subgraph) -> bool {
    g.edges.iter().any(|e| data.types()[e.ty as usize].directed)
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Dot,
    Graphml,
    Gexf,
    Json,
    /// A folder of files: see [`neo4j::write_folder`].
    Neo4j,
}

/// Writes the selection `g` in a single-file format to `out`.
pub fn write(
    data: &Graph<'_>,
    g: &Subgraph,
    format: Format,
    dot: &dot::DotOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Dot => dot::write(data, g, dot, out),
        Format::Graphml => graphml::write(data, g, out),
        Format::Gexf => gexf::write(data, g, out),
        Format::Json => json::write(data, g, out),
        Format::Neo4j => Err(std::io::Error::other(
            "the neo4j export is a folder: use neo4j::write_folder",
        )),
    }
}

/// Relations among `actors` (ascending) that pass `filter`, in corpus order.
pub fn relations_among(data: &Graph<'_>, actors: &[u32], filter: &RelFilter) -> Vec<u32> {
    let mut rels: Vec<u32> = Vec::new();
    for &u in actors {
        for adj in data.adjacent(u) {
            let r = adj.rel.to_native();
            if actors.binary_search(&adj.other.to_native()).is_ok() && filter.matches(data, r) {
                rels.push(r);
            }
        }
    }
    rels.sort_unstable();
    rels.dedup();
    data.sort_relations(&mut rels);
    rels
}
