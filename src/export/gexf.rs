//! GEXF 1.3 for Gephi, with relation dates as edge time intervals so the timeline can replay the
//! network.
//!
//! - The relation type is the edge attribute `relation`: GEXF's own edge attribute `type` means
//!   directedness, and NetworkX maps an attribute called `type` onto it.
//! - A dated relation's edge has `start`/`end`, the first and last day its date covers (`2021`
//!   is 2021-01-01 to 2021-12-31). A collapsed edge has one `<spell>` per dated relation instead.
//! - An undated relation's edge has no time: Gephi shows it at every moment of the timeline.
//! - Nodes carry no time: an actor exists for the whole timeline.
//! - NetworkX refuses a graph that mixes per-edge `type="directed"` and `type="undirected"`, so
//!   the graph's `defaultedgetype` is `directed` when any edge is, and each edge's own
//!   directedness is the boolean attribute `directed`.

use super::xml::Xml;
use super::{actor_fields, any_directed, edge_fields, name_languages, Subgraph};
use crate::store::Graph;
use std::io::{self, Write};

const NS: &str = "http://gexf.net/1.3";
const VIZ: &str = "http://gexf.net/1.3/viz";
const SCHEMA: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

const EDGE_ATTRS: &[(&str, &str)] = &[
    ("relation", "string"),
    ("directed", "boolean"),
    ("count", "integer"),
    ("relations", "string"),
    ("date", "string"),
    ("date_inferred", "string"),
    ("place", "string"),
    ("document", "string"),
    ("span_start", "integer"),
    ("span_end", "integer"),
    ("quote", "string"),
    ("note", "string"),
];

/// A kind's colour, the same as the DOT fill colours.
fn kind_rgb(kind: &str) -> (u8, u8, u8) {
    match kind {
        "agency" => (0xcf, 0xe2, 0xf3),
        "person" => (0xfd, 0xe9, 0xc9),
        "country" => (0xd9, 0xea, 0xd3),
        "group" => (0xf4, 0xcc, 0xcc),
        "organization" => (0xe6, 0xd9, 0xf2),
        _ => (0xee, 0xee, 0xee),
    }
}

pub fn write(data: &Graph<'_>, g: &Subgraph, out: &mut dyn Write) -> io::Result<()> {
    let mut x = Xml::new(io::BufWriter::with_capacity(1 << 16, out))?;
    x.open(
        "gexf",
        &[
            ("xmlns", NS),
            ("xmlns:viz", VIZ),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA),
            ("version", "1.3"),
        ],
    )?;
    x.open("meta", &[])?;
    x.leaf("creator", &[], "liaison")?;
    x.leaf(
        "description",
        &[],
        "Security actors and their relations, from annotated news articles",
    )?;
    x.close("meta")?;
    x.open(
        "graph",
        &[
            (
                "defaultedgetype",
                if any_directed(data, g) {
                    "directed"
                } else {
                    "undirected"
                },
            ),
            ("mode", "dynamic"),
            ("timeformat", "date"),
        ],
    )?;
    let langs = name_languages(data, g);
    let name_attrs: Vec<String> = langs.iter().map(|l| format!("name_{l}")).collect();
    x.open("attributes", &[("class", "node"), ("mode", "static")])?;
    let mut node_attrs: Vec<&str> = vec!["kind"];
    node_attrs.extend(name_attrs.iter().map(|s| s.as_str()));
    node_attrs.extend(["aliases", "country", "parent", "note"]);
    for a in &node_attrs {
        x.empty("attribute", &[("id", a), ("title", a), ("type", "string")])?;
    }
    x.close("attributes")?;
    x.open("attributes", &[("class", "edge"), ("mode", "static")])?;
    for (a, ty) in EDGE_ATTRS {
        x.empty("attribute", &[("id", a), ("title", a), ("type", ty)])?;
    }
    x.close("attributes")?;

    x.open("nodes", &[])?;
    for &a in &g.actors {
        let f = actor_fields(data, a);
        x.open("node", &[("id", f.id), ("label", f.label)])?;
        x.open("attvalues", &[])?;
        let aliases = f.aliases.join("; ");
        let mut values: Vec<(&str, Option<&str>)> = vec![("kind", Some(f.kind))];
        for (lang, attr) in langs.iter().zip(&name_attrs) {
            let name = f.names.iter().find(|(l, _)| l == lang).map(|(_, t)| *t);
            values.push((attr, name));
        }
        values.extend([
            ("aliases", (!aliases.is_empty()).then_some(aliases.as_str())),
            ("country", f.country),
            ("parent", f.parent),
            ("note", f.note),
        ]);
        for (k, v) in values {
            if let Some(v) = v {
                x.empty("attvalue", &[("for", k), ("value", v)])?;
            }
        }
        x.close("attvalues")?;
        let (r, gr, b) = kind_rgb(f.kind);
        let (r, gr, b) = (r.to_string(), gr.to_string(), b.to_string());
        x.empty("viz:color", &[("r", &r), ("g", &gr), ("b", &b)])?;
        x.close("node")?;
    }
    x.close("nodes")?;

    x.open("edges", &[])?;
    for e in &g.edges {
        let f = edge_fields(data, e);
        let weight = f.count.to_string();
        let mut attrs = vec![
            ("id", f.id.as_str()),
            ("source", f.source),
            ("target", f.target),
            ("label", f.ty_label),
            ("weight", weight.as_str()),
        ];
        let single = e.rels.len() == 1;
        if single {
            if let (Some(s), Some(t)) = (&f.date_start, &f.date_end) {
                attrs.push(("start", s));
                attrs.push(("end", t));
            }
        }
        x.open("edge", &attrs)?;
        x.open("attvalues", &[])?;
        let count = f.count.to_string();
        let span = f.span.map(|(s, e)| (s.to_string(), e.to_string()));
        let values: [(&str, Option<&str>); 12] = [
            ("relation", Some(f.ty)),
            ("directed", Some(if f.directed { "true" } else { "false" })),
            ("count", Some(&count)),
            ("relations", Some(&f.relations)),
            ("date", f.date.as_deref()),
            ("date_inferred", f.date_inferred.as_deref()),
            ("place", f.place.as_deref()),
            ("document", Some(&f.document)),
            ("span_start", span.as_ref().map(|s| s.0.as_str())),
            ("span_end", span.as_ref().map(|s| s.1.as_str())),
            ("quote", Some(&f.quote)),
            ("note", f.note.as_deref()),
        ];
        for (k, v) in values {
            if let Some(v) = v {
                x.empty("attvalue", &[("for", k), ("value", v)])?;
            }
        }
        x.close("attvalues")?;
        if !single {
            let spells: Vec<(String, String)> = e
                .rels
                .iter()
                .map(|&r| data.relation(r))
                .filter(|r| r.date_lo.to_native() > 0)
                .map(|r| {
                    (
                        super::iso_day(r.date_lo.to_native()),
                        super::iso_day(r.date_hi.to_native()),
                    )
                })
                .collect();
            if !spells.is_empty() {
                x.open("spells", &[])?;
                for (s, t) in &spells {
                    x.empty("spell", &[("start", s), ("end", t)])?;
                }
                x.close("spells")?;
            }
        }
        x.close("edge")?;
    }
    x.close("edges")?;
    x.close("graph")?;
    x.close("gexf")?;
    x.finish()
}
