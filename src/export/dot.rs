//! Graphviz DOT, built as graphviz-rust's graph structure and printed by its printer.
//!
//! The printer writes ids and values verbatim, so every string goes through [`quoted`], the one
//! escaping function: always quoting also keeps the DOT keywords (`node`, `edge`, `graph`…) from
//! being read as keywords, whatever their case.

use super::{actor_fields, edge_id, evidence, type_label, Subgraph};
use crate::store::Graph as Corpus;
use dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Fonts with Latin and Arabic glyphs, in order of preference: Pango takes a comma-separated list
/// and falls back per character, so Arabic is shaped even where the first font lacks it.
pub const FONT: &str = "DejaVu Sans, Noto Naskh Arabic";

/// Starts an Arabic line: Graphviz lays out a line by its first strong character, so a line that
/// opens with a digit or a Latin acronym would otherwise run left to right.
const RLM: char = '\u{200F}';

#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Put actors of one country into one cluster box.
    pub cluster_country: bool,
    /// Add a legend of the kinds and types drawn.
    pub legend: bool,
    /// A title above the drawing.
    pub title: Option<String>,
}

/// `s` as a quoted DOT string that Graphviz reads back as exactly `s`.
///
/// Inside quotes the DOT parser only knows `\"`, but labels and tooltips are then read as
/// escStrings, so a backslash is doubled (which also keeps a trailing one from eating the closing
/// quote); a line break becomes `\n`; other control characters, which no renderer can show,
/// become their visible Unicode control pictures (U+2400…). Ids are not escStrings, so an id with
/// a backslash would keep it doubled, and Graphviz reserves names starting with `%`: liaison's ids
/// (lowercase letters, digits, `-`, and `legend:` for the legend) have neither.
pub fn quoted(s: &str) -> Id {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    // Everything that needs rewriting is ASCII: copy the runs between such bytes whole.
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'\\' && b != b'"' && b >= 0x20 && b != 0x7f {
            i += 1;
            continue;
        }
        o.push_str(&s[run..i]);
        match b {
            b'\\' => o.push_str("\\\\"),
            b'"' => o.push_str("\\\""),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {}
            b'\r' | b'\n' => o.push_str("\\n"),
            0x7f => o.push('\u{2421}'),
            c => o.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
        }
        i += 1;
        run = i;
    }
    o.push_str(&s[run..]);
    o.push('"');
    Id::Escaped(o)
}

/// What [`quoted`] makes of a string, as Graphviz shows it: line breaks unified, controls as
/// pictures. Tests compare Graphviz's reading of a label with this.
pub fn as_shown(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\n' => '\n',
            '\u{7f}' => '\u{2421}',
            c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
            c => c,
        })
        .collect()
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quoted(v))
}

/// Shape and fill colour of an actor kind.
fn kind_style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "agency" => ("box", "#cfe2f3"),
        "person" => ("ellipse", "#fde9c9"),
        "country" => ("house", "#d9ead3"),
        "group" => ("octagon", "#f4cccc"),
        "organization" => ("hexagon", "#e6d9f2"),
        _ => ("ellipse", "#eeeeee"),
    }
}

/// Colour and line style of a relation type; unknown types cycle through a palette.
fn type_style(ty: &str, index: u16) -> (&'static str, &'static str) {
    match ty {
        "met" => ("#616161", "dashed"),
        "cooperated" => ("#2e7d32", "bold"),
        "extradited" => ("#c62828", "solid"),
        "tipped-off" => ("#ef6c00", "bold"),
        "leads" => ("#1565c0", "solid"),
        "part-of" => ("#5d4037", "dotted"),
        "arrested" => ("#880e4f", "solid"),
        "trained" => ("#00838f", "dashed"),
        "visited" => ("#6a1b9a", "dashed"),
        "praised" => ("#9e9d24", "dotted"),
        _ => {
            const P: [&str; 6] = [
                "#37474f", "#ad1457", "#283593", "#558b2f", "#4e342e", "#00695c",
            ];
            (P[index as usize % P.len()], "solid")
        }
    }
}

fn node(id: &str, attrs: Vec<Attribute>) -> Stmt {
    Stmt::Node(Node::new(NodeId(quoted(id), None), attrs))
}

fn edge(a: &str, b: &str, attrs: Vec<Attribute>) -> Stmt {
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quoted(a), None)),
            Vertex::N(NodeId(quoted(b), None)),
        ),
        attributes: attrs,
    })
}

/// An actor's label: the English (or display) name, and the Arabic name on its own line.
pub fn actor_label(names: &[(&str, &str)], display: &str) -> String {
    let ar = names.iter().find(|(l, _)| *l == "ar").map(|(_, t)| *t);
    match ar {
        Some(ar) if ar != display => format!("{display}\n{RLM}{ar}"),
        _ => display.to_string(),
    }
}

/// The subgraph as a Graphviz graph.
pub fn graph(data: &Corpus<'_>, g: &Subgraph, opts: &DotOptions) -> Graph {
    let mut stmts = head(data, g, opts);
    stmts.extend(g.edges.iter().map(|e| edge_stmt(data, e)));
    stmts.extend(tail(data, g, opts));
    digraph(stmts)
}

/// A digraph holds both kinds of edge: undirected ones carry dir=none.
fn digraph(stmts: Vec<Stmt>) -> Graph {
    Graph::DiGraph {
        id: quoted("liaison"),
        strict: false,
        stmts,
    }
}

/// Graph attributes and the actors (in their country clusters when asked).
fn head(data: &Corpus<'_>, g: &Subgraph, opts: &DotOptions) -> Vec<Stmt> {
    let mut stmts: Vec<Stmt> = Vec::new();
    let mut gattrs = vec![
        attr("fontname", FONT),
        attr("rankdir", "LR"),
        attr("overlap", "false"),
        attr("splines", "true"),
        attr("outputorder", "edgesfirst"),
    ];
    if let Some(t) = &opts.title {
        gattrs.push(attr("label", t));
        gattrs.push(attr("labelloc", "t"));
        gattrs.push(attr("fontsize", "18"));
    }
    stmts.push(Stmt::GAttribute(GraphAttributes::Graph(gattrs)));
    stmts.push(Stmt::GAttribute(GraphAttributes::Node(vec![
        attr("fontname", FONT),
        attr("fontsize", "11"),
        attr("style", "filled"),
    ])));
    stmts.push(Stmt::GAttribute(GraphAttributes::Edge(vec![
        attr("fontname", FONT),
        attr("fontsize", "9"),
    ])));

    // Actors, grouped by country when clustering; BTreeMap keeps the clusters in code order.
    let mut clusters: BTreeMap<&str, Vec<Stmt>> = BTreeMap::new();
    for &a in &g.actors {
        let f = actor_fields(data, a);
        let (shape, fill) = kind_style(f.kind);
        let mut tip = vec![format!("{} ({})", f.id, f.kind)];
        if let Some(c) = f.country {
            tip.push(format!("country: {c}"));
        }
        if let Some(p) = f.parent {
            tip.push(format!("part of: {p}"));
        }
        for (lang, name) in &f.names {
            tip.push(format!("{lang}: {name}"));
        }
        if !f.aliases.is_empty() {
            tip.push(format!("aliases: {}", f.aliases.join(", ")));
        }
        let mut attrs = vec![
            attr("label", &actor_label(&f.names, f.label)),
            attr("shape", shape),
            attr("fillcolor", fill),
            attr("tooltip", &tip.join("\n")),
            attr("id", &format!("actor-{}", f.id)),
        ];
        if shape == "box" {
            attrs.push(attr("style", "filled,rounded"));
        }
        let st = node(f.id, attrs);
        match (opts.cluster_country, f.country) {
            (true, Some(c)) => clusters.entry(c).or_default().push(st),
            _ => stmts.push(st),
        }
    }
    for (country, members) in clusters {
        let mut inner = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", country),
            attr("style", "rounded,dashed"),
            attr("color", "#9e9e9e"),
            attr("fontsize", "12"),
        ]))];
        inner.extend(members);
        stmts.push(Stmt::Subgraph(dot_structures::Subgraph {
            id: quoted(&format!("cluster_{country}")),
            stmts: inner,
        }));
    }
    stmts
}

fn edge_stmt(data: &Corpus<'_>, e: &super::Edge) -> Stmt {
    // Only what DOT draws: the full field set of the other formats costs a third of the time.
    let ty = &data.types()[e.ty as usize];
    let (color, style) = type_style(ty.id.as_str(), e.ty);
    let count = e.rels.len();
    let label = if count > 1 {
        format!("{} ×{count}", type_label(data, e.ty))
    } else {
        type_label(data, e.ty).to_string()
    };
    let mut attrs = vec![
        attr("label", &label),
        attr("color", color),
        attr("fontcolor", color),
        attr("style", style),
        attr("tooltip", &evidence(data, e).join("\n")),
        attr("id", &format!("rel-{}", edge_id(data, e))),
    ];
    if !ty.directed {
        attrs.push(attr("dir", "none"));
    }
    if count > 1 {
        attrs.push(attr("penwidth", &format!("{}", 1 + count.min(5))));
    }
    edge(
        data.actor(e.source).id.as_str(),
        data.actor(e.target).id.as_str(),
        attrs,
    )
}

fn tail(data: &Corpus<'_>, g: &Subgraph, opts: &DotOptions) -> Vec<Stmt> {
    if opts.legend && !g.actors.is_empty() {
        vec![Stmt::Subgraph(legend(data, g))]
    } else {
        Vec::new()
    }
}

/// A cluster that shows one node per kind drawn and one edge per type drawn. Its node ids contain
/// `:`, which actor ids never do, so they cannot collide with an actor.
fn legend(data: &Corpus<'_>, g: &Subgraph) -> dot_structures::Subgraph {
    let mut kinds: Vec<u16> = g
        .actors
        .iter()
        .map(|&a| data.actor(a).kind.to_native())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let mut types: Vec<u16> = g.edges.iter().map(|e| e.ty).collect();
    types.sort_unstable();
    types.dedup();
    let mut stmts = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
        attr("label", "Legend"),
        attr("style", "rounded"),
        attr("color", "#bdbdbd"),
        attr("fontsize", "10"),
    ]))];
    for k in kinds {
        let kind = data.kinds()[k as usize].id.as_str();
        let (shape, fill) = kind_style(kind);
        stmts.push(node(
            &format!("legend:kind:{kind}"),
            vec![
                attr("label", kind),
                attr("shape", shape),
                attr("fillcolor", fill),
                attr("fontsize", "9"),
            ],
        ));
    }
    for t in types {
        let ty = &data.types()[t as usize];
        let (color, style) = type_style(ty.id.as_str(), t);
        let (a, b) = (format!("legend:type:{t}:a"), format!("legend:type:{t}:b"));
        for n in [&a, &b] {
            stmts.push(node(
                n,
                vec![
                    attr("label", ""),
                    attr("shape", "point"),
                    attr("width", "0.05"),
                ],
            ));
        }
        let mut attrs = vec![
            attr("label", ty.id.as_str()),
            attr("color", color),
            attr("fontcolor", color),
            attr("style", style),
        ];
        if !ty.directed {
            attrs.push(attr("dir", "none"));
        }
        stmts.push(edge(&a, &b, attrs));
    }
    dot_structures::Subgraph {
        id: quoted("cluster_legend"),
        stmts,
    }
}

/// Prints a graph as DOT text. A fresh printer context each time (a reused one keeps indenting),
/// with semicolons so that no two statements can run together.
pub fn print(graph: &Graph) -> String {
    let mut ctx = PrinterContext::default();
    ctx.with_semi();
    let mut s = graph.print(&mut ctx);
    s.push('\n');
    s
}

/// The statements of a graph as the printer writes them inside `digraph … { }`, without that
/// frame: the printer formats each top-level statement on its own, so printing a graph in pieces
/// and joining them gives exactly the text of printing it whole.
fn body(stmts: Vec<Stmt>) -> Piece {
    let mut text = print(&digraph(stmts));
    let start = text.find("{\n").map_or(0, |i| i + 2);
    text.truncate(text.len() - "\n}\n".len());
    Piece {
        start: start.min(text.len()),
        text,
    }
}

/// Printed text of which `text[start..]` is wanted (kept whole to spare a copy).
struct Piece {
    text: String,
    start: usize,
}

impl Piece {
    fn as_str(&self) -> &str {
        &self.text[self.start..]
    }
}

/// Edges printed per parallel task; large enough to amortise, small enough to bound memory.
const EDGE_CHUNK: usize = 4096;

/// Writes the DOT text of the subgraph: the same text as printing [`graph`] whole, produced in
/// pieces on every core and streamed, so a million relations need neither a million-statement
/// structure nor the whole text in memory.
pub fn write(
    data: &Corpus<'_>,
    g: &Subgraph,
    opts: &DotOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let frame = print(&digraph(Vec::new()));
    let open = frame.find("{\n").map_or(frame.len(), |i| i + 2);
    out.write_all(&frame.as_bytes()[..open])?;
    let mut first = true;
    let mut put = |piece: Piece, out: &mut dyn Write| -> io::Result<()> {
        let piece = piece.as_str();
        if piece.is_empty() {
            return Ok(());
        }
        if !first {
            out.write_all(b"\n")?;
        }
        first = false;
        out.write_all(piece.as_bytes())
    };
    put(body(head(data, g, opts)), out)?;
    for batch in g.edges.chunks(EDGE_CHUNK * 4) {
        let pieces: Vec<Piece> = batch
            .par_chunks(EDGE_CHUNK)
            .map(|chunk| body(chunk.iter().map(|e| edge_stmt(data, e)).collect()))
            .collect();
        for p in pieces {
            put(p, out)?;
        }
    }
    put(body(tail(data, g, opts)), out)?;
    out.write_all(b"\n}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printing_in_pieces_gives_the_printer_s_text() {
        let stmts = |n: usize| -> Vec<Stmt> {
            (0..n)
                .map(|i| {
                    edge(
                        &format!("a{i}"),
                        &format!("b{}", i % 7),
                        vec![
                            attr("label", &format!("x \"{i}\" \\ y")),
                            attr("tooltip", "حموشي\nline"),
                        ],
                    )
                })
                .collect()
        };
        for n in [0, 1, 2, 10] {
            let whole = print(&digraph(stmts(n)));
            let mut pieces = String::from("digraph \"liaison\" {\n");
            let parts: Vec<String> = stmts(n)
                .chunks(3)
                .map(|c| body(c.to_vec()).as_str().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            pieces.push_str(&parts.join("\n"));
            pieces.push_str("\n}\n");
            assert_eq!(whole, pieces, "{n} statements");
        }
    }
}
