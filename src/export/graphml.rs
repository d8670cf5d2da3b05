//! GraphML 1.0, valid against the GraphML XSD and read back by NetworkX, igraph, yEd, Cytoscape
//! and Gephi.
//!
//! Every attribute has its own `<key>` with a type the schema allows (no `long`, which yEd
//! refuses). Every value is written explicitly, because NetworkX ignores `<default>`s on nodes; an
//! absent value (no date, no country) has no `<data>` element. Parallel edges are kept, each with
//! its relation id as edge id. NetworkX refuses a graph that mixes `directed="true"` and
//! `directed="false"` edges, so the graph declares `edgedefault="directed"` when any edge is
//! directed, and each edge's own directedness is the boolean attribute `directed`.

use super::xml::Xml;
use super::{actor_fields, any_directed, edge_fields, name_languages, Subgraph};
use crate::store::Graph;
use rayon::prelude::*;
use std::io::{self, Write};

const NS: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// The edge keys: (key id, attribute name, attr.type).
const EDGE_KEYS: &[(&str, &str, &str)] = &[
    ("e_relation", "relation", "string"),
    ("e_type", "type", "string"),
    ("e_label", "label", "string"),
    ("e_directed", "directed", "boolean"),
    ("e_count", "count", "int"),
    ("e_date", "date", "string"),
    ("e_date_start", "date_start", "string"),
    ("e_date_end", "date_end", "string"),
    ("e_date_inferred", "date_inferred", "string"),
    ("e_place", "place", "string"),
    ("e_document", "document", "string"),
    ("e_span_start", "span_start", "int"),
    ("e_span_end", "span_end", "int"),
    ("e_quote", "quote", "string"),
    ("e_note", "note", "string"),
];

pub fn write(data: &Graph<'_>, g: &Subgraph, out: &mut dyn Write) -> io::Result<()> {
    let mut x = Xml::new(io::BufWriter::with_capacity(1 << 16, out))?;
    x.open(
        "graphml",
        &[
            ("xmlns", NS),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA),
        ],
    )?;
    let langs = name_languages(data, g);
    let name_keys: Vec<(String, String)> = langs
        .iter()
        .map(|l| (format!("n_name_{l}"), format!("name_{l}")))
        .collect();
    let mut node_keys: Vec<(&str, &str)> = vec![("n_label", "label"), ("n_kind", "kind")];
    node_keys.extend(name_keys.iter().map(|(k, n)| (k.as_str(), n.as_str())));
    node_keys.extend([
        ("n_aliases", "aliases"),
        ("n_country", "country"),
        ("n_parent", "parent"),
        ("n_note", "note"),
    ]);
    for (id, name) in &node_keys {
        x.empty(
            "key",
            &[
                ("id", id),
                ("for", "node"),
                ("attr.name", name),
                ("attr.type", "string"),
            ],
        )?;
    }
    for (id, name, ty) in EDGE_KEYS {
        x.empty(
            "key",
            &[
                ("id", id),
                ("for", "edge"),
                ("attr.name", name),
                ("attr.type", ty),
            ],
        )?;
    }
    let directed_graph = any_directed(data, g);
    x.open(
        "graph",
        &[
            ("id", "liaison"),
            (
                "edgedefault",
                if directed_graph {
                    "directed"
                } else {
                    "undirected"
                },
            ),
        ],
    )?;
    for &a in &g.actors {
        let f = actor_fields(data, a);
        x.open("node", &[("id", f.id)])?;
        x.leaf("data", &[("key", "n_label")], f.label)?;
        x.leaf("data", &[("key", "n_kind")], f.kind)?;
        for (lang, key) in langs.iter().zip(&name_keys) {
            if let Some((_, name)) = f.names.iter().find(|(l, _)| l == lang) {
                x.leaf("data", &[("key", &key.0)], name)?;
            }
        }
        if !f.aliases.is_empty() {
            x.leaf("data", &[("key", "n_aliases")], &f.aliases.join("; "))?;
        }
        for (key, v) in [
            ("n_country", f.country),
            ("n_parent", f.parent),
            ("n_note", f.note),
        ] {
            if let Some(v) = v {
                x.leaf("data", &[("key", key)], v)?;
            }
        }
        x.close("node")?;
    }
    // Edges are most of the file: write them in pieces on every core, joined in order.
    for batch in g.edges.chunks(EDGE_CHUNK * 16) {
        let pieces: Vec<io::Result<Vec<u8>>> = batch
            .par_chunks(EDGE_CHUNK)
            .map(|chunk| {
                let mut x = Xml::fragment(2)?;
                for e in chunk {
                    write_edge(&mut x, data, e)?;
                }
                Ok(x.into_inner())
            })
            .collect();
        for p in pieces {
            x.raw(&p?)?;
        }
    }
    x.close("graph")?;
    x.close("graphml")?;
    x.finish()
}

/// Edges per parallel task.
const EDGE_CHUNK: usize = 2048;

fn write_edge<W: Write>(x: &mut Xml<W>, data: &Graph<'_>, e: &super::Edge) -> io::Result<()> {
    let f = edge_fields(data, e);
    let mut attrs = vec![
        ("id", f.id.as_str()),
        ("source", f.source),
        ("target", f.target),
    ];
    if f.directed {
        attrs.push(("directed", "true"));
    }
    x.open("edge", &attrs)?;
    let count = f.count.to_string();
    let span = f.span.map(|(s, e)| (s.to_string(), e.to_string()));
    let values: [(&str, Option<&str>); 15] = [
        ("e_relation", Some(&f.relations)),
        ("e_type", Some(f.ty)),
        ("e_label", Some(f.ty_label)),
        (
            "e_directed",
            Some(if f.directed { "true" } else { "false" }),
        ),
        ("e_count", Some(&count)),
        ("e_date", f.date.as_deref()),
        ("e_date_start", f.date_start.as_deref()),
        ("e_date_end", f.date_end.as_deref()),
        ("e_date_inferred", f.date_inferred.as_deref()),
        ("e_place", f.place.as_deref()),
        ("e_document", Some(&f.document)),
        ("e_span_start", span.as_ref().map(|s| s.0.as_str())),
        ("e_span_end", span.as_ref().map(|s| s.1.as_str())),
        ("e_quote", Some(&f.quote)),
        ("e_note", f.note.as_deref()),
    ];
    for (key, v) in values {
        if let Some(v) = v {
            x.leaf("data", &[("key", key)], v)?;
        }
    }
    x.close("edge")
}
