//! Node-link JSON, the shape of NetworkX's `node_link_data` and of D3: read it back with
//! `networkx.node_link_graph(data, edges="links")`. The graph is a directed multigraph (mixed
//! types; each link's `directed` says whether its type is), and each link's `key` is its edge id.
//! serde_json does all the escaping.

use super::{actor_fields, any_directed, edge_fields, Subgraph};
use crate::store::Graph;
use serde_json::{json, Map, Value};
use std::io::{self, Write};

pub fn value(data: &Graph<'_>, g: &Subgraph) -> Value {
    let nodes: Vec<Value> = g
        .actors
        .iter()
        .map(|&a| {
            let f = actor_fields(data, a);
            let names: Map<String, Value> = f
                .names
                .iter()
                .map(|(l, t)| (l.to_string(), Value::from(*t)))
                .collect();
            let mut n = Map::new();
            n.insert("id".into(), f.id.into());
            n.insert("label".into(), f.label.into());
            n.insert("kind".into(), f.kind.into());
            for (l, t) in &f.names {
                n.insert(format!("name_{l}"), (*t).into());
            }
            n.insert("names".into(), names.into());
            n.insert("aliases".into(), f.aliases.clone().into());
            n.insert("country".into(), f.country.into());
            n.insert("parent".into(), f.parent.into());
            n.insert("note".into(), f.note.into());
            Value::Object(n)
        })
        .collect();
    let links: Vec<Value> = g
        .edges
        .iter()
        .map(|e| {
            let f = edge_fields(data, e);
            json!({
                "source": f.source,
                "target": f.target,
                "key": f.id,
                "type": f.ty,
                "label": f.ty_label,
                "directed": f.directed,
                "count": f.count,
                "relations": f.relations.split(' ').collect::<Vec<_>>(),
                "date": f.date,
                "date_start": f.date_start,
                "date_end": f.date_end,
                "date_inferred": f.date_inferred,
                "place": f.place,
                "document": f.document,
                "span": f.span.map(|(s, e)| [s, e]),
                "quote": f.quote,
                "note": f.note,
                "evidence": f.evidence,
            })
        })
        .collect();
    json!({
        "directed": any_directed(data, g),
        "multigraph": true,
        "graph": {"name": "liaison", "collapsed": g.collapsed},
        "nodes": nodes,
        "links": links,
    })
}

pub fn write(data: &Graph<'_>, g: &Subgraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut w, &value(data, g)).map_err(io::Error::other)?;
    w.write_all(b"\n")?;
    w.flush()
}
