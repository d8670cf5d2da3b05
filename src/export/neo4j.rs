//! Neo4j: `actors.csv` and `relations.csv` in the header format of `neo4j-admin database import`,
//! and `load.cypher`, which loads the same files with `LOAD CSV` into a running server.
//!
//! Actors get the label `Actor` plus one for their kind (`Agency`, `Person`…); relations get their
//! type in upper snake case (`tipped-off` → `TIPPED_OFF`). Text fields may hold line breaks (quotes
//! span sentences), so the import needs `--multiline-fields=true`. Aliases are a `string[]` split
//! on `;`, so a `;` inside an alias is written as `；` (U+FF1B).

use super::{actor_fields, edge_fields, name_languages, Subgraph};
use crate::error::Error;
use crate::fsio;
use crate::store::Graph;
use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::Path;

pub const NODES_FILE: &str = "actors.csv";
pub const RELS_FILE: &str = "relations.csv";
pub const CYPHER_FILE: &str = "load.cypher";

/// A CSV field: quoted, quotes doubled (RFC 4180, which both importers read); `None` is an empty
/// unquoted field, which both importers take as "no property".
pub fn field(s: Option<&str>) -> String {
    match s {
        None => String::new(),
        Some(s) => format!("\"{}\"", s.replace('"', "\"\"")),
    }
}

/// `agency` → `Agency`, `part-of` → `PartOf`.
fn camel(s: &str) -> String {
    s.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// `tipped-off` → `TIPPED_OFF`.
pub fn rel_type(s: &str) -> String {
    s.to_uppercase().replace('-', "_")
}

fn line(out: &mut dyn Write, fields: &[String]) -> io::Result<()> {
    out.write_all(fields.join(",").as_bytes())?;
    out.write_all(b"\n")
}

pub fn write_nodes(data: &Graph<'_>, g: &Subgraph, out: &mut dyn Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let langs = name_languages(data, g);
    let mut header: Vec<String> = vec![
        "id:ID".into(),
        ":LABEL".into(),
        "name".into(),
        "kind".into(),
    ];
    header.extend(langs.iter().map(|l| format!("name_{l}")));
    header.extend(["aliases:string[]", "country", "parent", "note"].map(String::from));
    line(&mut out, &header)?;
    for &a in &g.actors {
        let f = actor_fields(data, a);
        let mut row = vec![
            field(Some(f.id)),
            field(Some(&format!("Actor;{}", camel(f.kind)))),
            field(Some(f.label)),
            field(Some(f.kind)),
        ];
        for lang in &langs {
            row.push(field(
                f.names.iter().find(|(l, _)| l == lang).map(|(_, t)| *t),
            ));
        }
        let aliases: Vec<String> = f.aliases.iter().map(|s| s.replace(';', "；")).collect();
        row.push(field(
            (!aliases.is_empty()).then(|| aliases.join(";")).as_deref(),
        ));
        row.extend([field(f.country), field(f.parent), field(f.note)]);
        line(&mut out, &row)?;
    }
    out.flush()
}

const REL_HEADER: &[&str] = &[
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "id",
    "type",
    "directed:boolean",
    "count:int",
    "relations:string[]",
    "date",
    "date_start:date",
    "date_end:date",
    "date_inferred",
    "place",
    "document",
    "span_start:int",
    "span_end:int",
    "quote",
    "note",
];

pub fn write_relations(data: &Graph<'_>, g: &Subgraph, out: &mut dyn Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    line(
        &mut out,
        &REL_HEADER.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
    )?;
    for e in &g.edges {
        let f = edge_fields(data, e);
        let span = f.span.map(|(s, e)| (s.to_string(), e.to_string()));
        let row = vec![
            field(Some(f.source)),
            field(Some(f.target)),
            field(Some(&rel_type(f.ty))),
            field(Some(&f.id)),
            field(Some(f.ty)),
            field(Some(if f.directed { "true" } else { "false" })),
            field(Some(&f.count.to_string())),
            field(Some(&f.relations.replace(' ', ";"))),
            field(f.date.as_deref()),
            field(f.date_start.as_deref()),
            field(f.date_end.as_deref()),
            field(f.date_inferred.as_deref()),
            field(f.place.as_deref()),
            field(Some(&f.document)),
            field(span.as_ref().map(|s| s.0.as_str())),
            field(span.as_ref().map(|s| s.1.as_str())),
            field(Some(&f.quote)),
            field(f.note.as_deref()),
        ];
        line(&mut out, &row)?;
    }
    out.flush()
}

/// The Cypher script: one `LOAD CSV` for the actors, then one per relation type present (Cypher
/// cannot take a relationship type from a column without APOC).
pub fn write_cypher(data: &Graph<'_>, g: &Subgraph, out: &mut dyn Write) -> io::Result<()> {
    let langs = name_languages(data, g);
    let kinds: BTreeSet<&str> = g
        .actors
        .iter()
        .map(|&a| {
            data.kinds()[data.actor(a).kind.to_native() as usize]
                .id
                .as_str()
        })
        .collect();
    let types: BTreeSet<&str> = g
        .edges
        .iter()
        .map(|e| data.types()[e.ty as usize].id.as_str())
        .collect();
    let mut s = String::new();
    s.push_str(
        "// Loads actors.csv and relations.csv (made by `liaison export neo4j`) into Neo4j 5.\n\
         // Copy both files into the server's import folder, then run:\n\
         //   cypher-shell -u neo4j -p PASSWORD -f load.cypher\n\n\
         CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n\n",
    );
    s.push_str("LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row\n");
    s.push_str("MERGE (a:Actor {id: row.`id:ID`})\n");
    s.push_str("SET a.name = row.name, a.kind = row.kind");
    for l in &langs {
        s.push_str(&format!(", a.name_{l} = row.name_{l}"));
    }
    s.push_str(
        ",\n    a.aliases = CASE WHEN row.`aliases:string[]` IS NULL THEN [] \
         ELSE split(row.`aliases:string[]`, ';') END,\n    \
         a.country = row.country, a.parent = row.parent, a.note = row.note\n",
    );
    for k in &kinds {
        s.push_str(&format!(
            "FOREACH (_ IN CASE WHEN row.kind = '{k}' THEN [1] ELSE [] END | SET a:`{}`)\n",
            camel(k)
        ));
    }
    s.push_str(";\n");
    for t in &types {
        let rt = rel_type(t);
        s.push_str(&format!(
            "\nLOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row\n\
             WITH row WHERE row.`:TYPE` = '{rt}'\n\
             MATCH (s:Actor {{id: row.`:START_ID`}}), (t:Actor {{id: row.`:END_ID`}})\n\
             CREATE (s)-[r:`{rt}`]->(t)\n\
             SET r.id = row.id, r.type = row.type, r.directed = toBoolean(row.`directed:boolean`),\n    \
             r.count = toInteger(row.`count:int`), r.relations = split(row.`relations:string[]`, ';'),\n    \
             r.date = row.date, r.date_start = date(row.`date_start:date`), r.date_end = date(row.`date_end:date`),\n    \
             r.date_inferred = row.date_inferred, r.place = row.place, r.document = row.document,\n    \
             r.span_start = toInteger(row.`span_start:int`), r.span_end = toInteger(row.`span_end:int`),\n    \
             r.quote = row.quote, r.note = row.note;\n"
        ));
    }
    out.write_all(s.as_bytes())
}

/// Writes the three files of the export into `dir` (created if needed), each atomically.
pub fn write_folder(data: &Graph<'_>, g: &Subgraph, dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(fsio::io_error("creating", dir))?;
    fsio::write_with(&dir.join(NODES_FILE), |w| write_nodes(data, g, w))?;
    fsio::write_with(&dir.join(RELS_FILE), |w| write_relations(data, g, w))?;
    fsio::write_with(&dir.join(CYPHER_FILE), |w| write_cypher(data, g, w))
}
