//! Reports: one page about a selection of the graph, for readers who do not run liaison: its
//! diagram, a timeline of its dated relations, each actor with its names and relations, the
//! evidence of every relation with its source, and a summary with counts, the most connected actors
//! and the connections between the actors asked about.
//!
//! Nothing here parses arguments or prints: [`build`] computes a [`Report`] from the store, and
//! [`html`], [`markdown`] and [`timeline`] write it to any `Write` (the diagram, drawn by Graphviz,
//! comes in as SVG text). [`pdf`] prints a written page through headless Chromium. The same corpus
//! and request always give the same bytes: no clock, no hash-map order.

pub mod html;
pub mod markdown;
pub mod pdf;
pub mod timeline;

use crate::error::Error;
use crate::export::{self, relations_among, Selection, Subgraph};
use crate::query::{self, Walk};
use crate::resolve::{resolve_actor, FilterArgs};
use crate::store::Graph;
use std::collections::BTreeMap;

/// What to report on, as the user asked for it.
#[derive(Debug, Clone, Default)]
pub struct ReportSpec {
    /// Actors to centre the report on (ids or names); none means the whole graph.
    pub actors: Vec<String>,
    /// Hops around each named actor.
    pub depth: u32,
    /// The relation filters of `edges`.
    pub filter: FilterArgs,
    /// The page's title (default: made from the actors named).
    pub title: Option<String>,
    /// Longest connection searched between two named actors.
    pub max_hops: u32,
}

/// An actor's share of the selection's relations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connected {
    pub actor: u32,
    pub relations: usize,
    pub neighbors: usize,
}

/// The shortest connection between two named actors, when there is one within the hop limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub from: u32,
    pub to: u32,
    /// The relation of each hop, from `from`; `None` when they are not connected.
    pub hops: Option<Vec<u32>>,
}

/// Everything a report shows, computed once for every writer.
#[derive(Debug, Clone)]
pub struct Report {
    pub title: String,
    /// The command that makes this report, shown so a reader can make it again.
    pub command: String,
    /// The actors named, in the order given.
    pub named: Vec<u32>,
    /// The selected actors, ascending (so in id order): those the relations join, and the named.
    pub actors: Vec<u32>,
    /// The selected relations, in corpus order.
    pub relations: Vec<u32>,
    /// The diagram's graph: the relations of one type between two actors merged.
    pub diagram: Subgraph,
    /// The documents the relations come from, in id order.
    pub docs: Vec<u32>,
    /// Relations per type (schema order), types with none left out.
    pub by_type: Vec<(u16, usize)>,
    /// Actors per kind (schema order), kinds with none left out.
    pub by_kind: Vec<(u16, usize)>,
    /// The actors with the most relations in the selection, at most ten.
    pub most_connected: Vec<Connected>,
    /// One per pair of named actors.
    pub connections: Vec<Connection>,
    /// Actors of the corpus not in the report because no selected relation joins them.
    pub unconnected: usize,
    /// The corpus's totals: documents, actors, relations.
    pub corpus: (usize, usize, usize),
}

/// How many of the most connected actors the summary lists.
const TOP: usize = 10;

/// Selects and summarises.
///
/// Without actors, the selection is what `export` selects with the same filters, less the actors
/// no selected relation joins. With actors, it is each one and everything within `depth` hops
/// along relations of the allowed types and dates, with the relations among them that pass every
/// filter, and the shortest connection (types and dates allowed) between each two named actors,
/// wherever it runs.
pub fn build(data: &Graph<'_>, spec: &ReportSpec) -> Result<Report, Error> {
    let filter = spec.filter.resolve(data)?;
    let mut named: Vec<u32> = Vec::new();
    for a in &spec.actors {
        let i = resolve_actor(data, a)?;
        if !named.contains(&i) {
            named.push(i);
        }
    }
    let walk = Walk::along(&filter);
    let (mut actors, mut rels): (Vec<u32>, Vec<u32>) = if named.is_empty() {
        let g = export::select(
            data,
            &Selection {
                filter: spec.filter.clone(),
                ..Selection::default()
            },
        )?;
        let rels = g
            .edges
            .iter()
            .flat_map(|e| e.rels.iter().copied())
            .collect();
        (g.actors, rels)
    } else {
        let mut set = named.clone();
        for &a in &named {
            set.extend(
                query::neighbors(data, a, spec.depth, &walk)
                    .into_iter()
                    .map(|(v, _)| v),
            );
        }
        set.sort_unstable();
        set.dedup();
        let rels = relations_among(data, &set, &filter);
        (set, rels)
    };
    let mut connections = Vec::new();
    for (i, &a) in named.iter().enumerate() {
        for &b in &named[i + 1..] {
            let hops = query::shortest_path(data, a, b, &walk, spec.max_hops);
            for &r in hops.iter().flatten() {
                let rel = data.relation(r);
                rels.push(r);
                actors.push(rel.source.to_native());
                actors.push(rel.target.to_native());
            }
            connections.push(Connection {
                from: a,
                to: b,
                hops,
            });
        }
    }
    rels.sort_unstable();
    rels.dedup();
    data.sort_relations(&mut rels);
    actors.sort_unstable();
    actors.dedup();
    let edges = export::collapse(data, &rels);
    let actors = export::connected_actors(&actors, &edges, &named);

    let mut type_counts = vec![0usize; data.types().len()];
    let mut per_actor: BTreeMap<u32, (usize, Vec<u32>)> = BTreeMap::new();
    let mut docs: Vec<u32> = Vec::new();
    for &r in &rels {
        let rel = data.relation(r);
        type_counts[rel.ty.to_native() as usize] += 1;
        let (s, t) = (rel.source.to_native(), rel.target.to_native());
        for (me, other) in [(s, t), (t, s)] {
            let e = per_actor.entry(me).or_default();
            e.0 += 1;
            e.1.push(other);
            if s == t {
                break;
            }
        }
        docs.push(rel.doc.to_native());
    }
    docs.sort_unstable();
    docs.dedup();
    docs.sort_by(|&a, &b| data.doc(a).id.as_str().cmp(data.doc(b).id.as_str()));
    let mut kind_counts = vec![0usize; data.kinds().len()];
    for &a in &actors {
        kind_counts[data.actor(a).kind.to_native() as usize] += 1;
    }
    let mut most_connected: Vec<Connected> = per_actor
        .into_iter()
        .map(|(actor, (relations, mut others))| {
            others.sort_unstable();
            others.dedup();
            Connected {
                actor,
                relations,
                neighbors: others.len(),
            }
        })
        .collect();
    most_connected.sort_by(|x, y| {
        y.relations
            .cmp(&x.relations)
            .then(y.neighbors.cmp(&x.neighbors))
            .then(x.actor.cmp(&y.actor))
    });
    most_connected.truncate(TOP);

    let title = spec.title.clone().unwrap_or_else(|| {
        if named.is_empty() {
            "liaison report: the whole graph".to_string()
        } else {
            let names: Vec<&str> = named
                .iter()
                .map(|&a| data.actor(a).display_name())
                .collect();
            format!("liaison report: {}", names.join(", "))
        }
    });
    let unconnected = data.actors().len() - actors.len();
    Ok(Report {
        title,
        command: command_line(spec),
        named,
        diagram: Subgraph {
            actors: actors.clone(),
            edges,
            collapsed: true,
        },
        actors,
        relations: rels,
        docs,
        by_type: nonzero(type_counts),
        by_kind: nonzero(kind_counts),
        most_connected,
        connections,
        unconnected,
        corpus: (data.doc_count(), data.actors().len(), data.relation_count()),
    })
}

fn nonzero(counts: Vec<usize>) -> Vec<(u16, usize)> {
    counts
        .into_iter()
        .enumerate()
        .filter(|&(_, n)| n > 0)
        .map(|(i, n)| (i as u16, n))
        .collect()
}

/// The command that asks for this report (without `-o`), quoting what needs it.
pub fn command_line(spec: &ReportSpec) -> String {
    fn arg(s: &str) -> String {
        let plain = !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || "-_./:".contains(c));
        if plain {
            s.to_string()
        } else {
            format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
        }
    }
    let mut parts = vec!["liaison".to_string(), "report".to_string()];
    parts.extend(spec.actors.iter().map(|a| arg(a)));
    if !spec.actors.is_empty() {
        parts.push(format!("--depth {}", spec.depth));
    }
    let f = &spec.filter;
    for t in &f.types {
        parts.push(format!("--type {}", arg(t)));
    }
    for (flag, v) in [
        ("--actor", &f.actor),
        ("--from", &f.from),
        ("--to", &f.to),
        ("--doc", &f.doc),
        ("--since", &f.since),
        ("--until", &f.until),
    ] {
        if let Some(v) = v {
            parts.push(format!("{flag} {}", arg(v)));
        }
    }
    parts.join(" ")
}

/// A language's name for the reader (`ar` → Arabic); the code itself when unknown.
pub fn language_name(code: &str) -> &str {
    match code {
        "ar" => "Arabic",
        "en" => "English",
        "fr" => "French",
        "es" => "Spanish",
        "de" => "German",
        "he" => "Hebrew",
        "fa" => "Persian",
        "ur" => "Urdu",
        "tr" => "Turkish",
        "it" => "Italian",
        "ru" => "Russian",
        "zh" => "Chinese",
        "ber" | "zgh" => "Amazigh",
        other => other,
    }
}
