//! Graphviz DOT, built as graphviz-rust's graph structure and printed by its printer.
//!
//! The printer writes ids and values verbatim, so every string goes through [`quoted`], the one
//! escaping function: always quoting also keeps the DOT keywords (`node`, `edge`, `graph`…) from
//! being read as keywords, whatever their case.
//!
//! One file of about 650 lines on purpose: one format, whose styles, legend, labels and streaming
//! printer share one plan of the drawing and one escaping function.

use super::{actor_fields, edge_id, evidence, type_label, Subgraph};
use crate::store::Graph as Corpus;
use dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
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
    /// Make actors and relations links to the sections of a report (`#actor-ID`, `#rel-ID`).
    pub links: bool,
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
pub fn kind_style(kind: &str) -> (&'static str, &'static str) {
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
pub fn type_style(ty: &str, index: u16) -> (&'static str, &'static str) {
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

/// Names longer than this many characters are broken into lines.
const WRAP_AT: usize = 24;

/// A long name broken at spaces into lines of about equal length (a word longer than a line
/// keeps its own line), so that a node is not much wider than it is tall.
pub fn wrap(name: &str) -> Vec<&str> {
    let n = name.chars().count();
    if n <= WRAP_AT {
        return vec![name];
    }
    let width = n.div_ceil(n.div_ceil(WRAP_AT - 2)) + 4;
    let mut lines = Vec::new();
    let (mut start, mut len, mut last_space) = (0, 0, None);
    for (i, c) in name.char_indices() {
        if c == ' ' {
            if len > width {
                if let Some(sp) = last_space {
                    lines.push(&name[start..sp]);
                    start = sp + 1;
                    len = name[start..i].chars().count();
                }
            }
            last_space = Some(i);
        }
        len += 1;
    }
    if len > width {
        if let Some(sp) = last_space.filter(|&sp| sp > start) {
            lines.push(&name[start..sp]);
            start = sp + 1;
        }
    }
    lines.push(&name[start..]);
    lines
}

/// An actor's label: the English (or display) name, and the Arabic name on its own lines, long
/// names broken into lines; each Arabic line starts with a right-to-left mark.
pub fn actor_label(names: &[(&str, &str)], display: &str) -> String {
    let ar = names.iter().find(|(l, _)| *l == "ar").map(|(_, t)| *t);
    let mut lines: Vec<String> = wrap(display).into_iter().map(str::to_string).collect();
    if let Some(ar) = ar.filter(|&ar| ar != display) {
        lines.extend(wrap(ar).into_iter().map(|l| format!("{RLM}{l}")));
    }
    lines.join("\n")
}

/// The subgraph as a Graphviz graph.
pub fn graph(data: &Corpus<'_>, g: &Subgraph, opts: &DotOptions) -> Graph {
    let plan = Plan::new(data, g);
    let mut stmts = head(data, g, opts, &plan);
    stmts.extend(
        g.edges
            .iter()
            .enumerate()
            .map(|(i, e)| edge_stmt(data, i, e, opts, &plan)),
    );
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
/// What the drawing of one edge or actor depends on beyond itself: how many edges meet at each
/// actor (a hub gets a larger name and longer edges, so its neighbours spread out), and, in a
/// collapsed graph, the edges of different types between the same two actors, whose labels are
/// stacked into one (each type in its colour) instead of piling up on top of each other.
struct Plan {
    degree: HashMap<u32, usize>,
    /// Edge index → its label when it differs from its own: `None` for no label (another edge of
    /// the pair carries it), or the stacked HTML-like label.
    labels: HashMap<usize, Option<String>>,
}

impl Plan {
    fn new(data: &Corpus<'_>, g: &Subgraph) -> Plan {
        let mut degree: HashMap<u32, usize> = HashMap::new();
        let mut pairs: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
        for (i, e) in g.edges.iter().enumerate() {
            *degree.entry(e.source).or_default() += 1;
            if e.target != e.source {
                *degree.entry(e.target).or_default() += 1;
            }
            if g.collapsed {
                let key = (e.source.min(e.target), e.source.max(e.target));
                pairs.entry(key).or_default().push(i);
            }
        }
        let mut labels = HashMap::new();
        for group in pairs.into_values().filter(|v| v.len() > 1) {
            let rows: Vec<String> = group
                .iter()
                .map(|&i| {
                    let e = &g.edges[i];
                    let ty = &data.types()[e.ty as usize];
                    let (color, _) = type_style(ty.id.as_str(), e.ty);
                    format!(
                        r#"<TR><TD><FONT COLOR="{color}">{}</FONT></TD></TR>"#,
                        html_text(&edge_label(data, e))
                    )
                })
                .collect();
            let table = format!(
                r##"<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" BGCOLOR="#ffffffd9">{}</TABLE>>"##,
                rows.concat()
            );
            labels.insert(group[0], Some(table));
            for &i in &group[1..] {
                labels.insert(i, None);
            }
        }
        Plan { degree, labels }
    }

    fn degree(&self, a: u32) -> usize {
        self.degree.get(&a).copied().unwrap_or(0)
    }
}

/// A relation type's label, with the count of a merged edge: `cooperated ×28`.
fn edge_label(data: &Corpus<'_>, e: &super::Edge) -> String {
    match e.rels.len() {
        1 => type_label(data, e.ty).to_string(),
        n => format!("{} ×{n}", type_label(data, e.ty)),
    }
}

fn head(data: &Corpus<'_>, g: &Subgraph, opts: &DotOptions, plan: &Plan) -> Vec<Stmt> {
    let mut stmts: Vec<Stmt> = Vec::new();
    let mut gattrs = vec![
        attr("fontname", FONT),
        attr("rankdir", "LR"),
        attr("overlap", "false"),
        // Room between actors for the labels of the lines joining them (neato, fdp, sfdp).
        attr("sep", "+20"),
        attr("splines", "true"),
        attr("outputorder", "edgesfirst"),
    ];
    if opts.legend && !g.actors.is_empty() {
        gattrs.push(Attribute(
            Id::Plain("label".into()),
            Id::Html(legend(data, g, opts.title.as_deref())),
        ));
        gattrs.push(attr("labelloc", "t"));
        gattrs.push(attr("labeljust", "l"));
    } else if let Some(t) = &opts.title {
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
        if opts.links {
            attrs.push(attr("URL", &format!("#actor-{}", f.id)));
        }
        if shape == "box" {
            attrs.push(attr("style", "filled,rounded"));
        }
        let degree = plan.degree(a);
        if degree > 4 {
            let size = 11 + (degree - 4).min(15) / 3;
            attrs.push(attr("fontsize", &size.to_string()));
            attrs.push(attr("penwidth", "1.5"));
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

fn edge_stmt(data: &Corpus<'_>, i: usize, e: &super::Edge, opts: &DotOptions, plan: &Plan) -> Stmt {
    // Only what DOT draws: the full field set of the other formats costs a third of the time.
    let ty = &data.types()[e.ty as usize];
    let (color, style) = type_style(ty.id.as_str(), e.ty);
    let count = e.rels.len();
    let mut attrs = match plan.labels.get(&i) {
        None => vec![attr("label", &edge_label(data, e))],
        Some(None) => Vec::new(),
        Some(Some(html)) => vec![Attribute(Id::Plain("label".into()), Id::Html(html.clone()))],
    };
    let hub = plan.degree(e.source).max(plan.degree(e.target));
    if hub > 4 {
        let len = 1.0 + 0.08 * hub.min(20) as f64;
        attrs.push(attr("len", &format!("{len:.2}")));
    }
    attrs.extend([
        attr("color", color),
        attr("fontcolor", color),
        attr("style", style),
        attr("tooltip", &evidence(data, e).join("\n")),
        attr("id", &format!("rel-{}", edge_id(data, e))),
    ]);
    if !ty.directed {
        attrs.push(attr("dir", "none"));
    }
    if opts.links {
        let first = data.relation(e.rels[0]).id.as_str();
        attrs.push(attr("URL", &format!("#rel-{first}")));
        attrs.push(attr("labeltooltip", &evidence(data, e).join("\n")));
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

/// `s` with the characters that Graphviz's HTML-like labels reserve written as entities.
fn html_text(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\n' | '\r' => o.push(' '),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {}
            c => o.push(c),
        }
    }
    o
}

/// A line drawn in text, for the legend: the look of a relation type's edges.
fn line_sample(style: &str, directed: bool) -> String {
    let line = match style {
        "bold" => "━━━",
        "dashed" => "╌╌╌",
        "dotted" => "┈┈┈",
        _ => "───",
    };
    if directed {
        format!("{line}▶")
    } else {
        format!("{line}─")
    }
}

/// Kinds and types drawn per legend row.
const LEGEND_ROW: usize = 7;

/// The compact legend, as the graph's HTML-like label: the title (when there is one), a row of the
/// actor kinds drawn (their fill colour) and rows of the relation types drawn (colour, line style,
/// an arrowhead for directed types). A label takes no place in the layout, however the engine
/// places the actors, and says in one glance what the shapes and lines mean.
fn legend(data: &Corpus<'_>, g: &Subgraph, title: Option<&str>) -> String {
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
    let mut rows: Vec<String> = Vec::new();
    if let Some(t) = title {
        rows.push(format!(
            r#"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="18">{}</FONT></TD></TR>"#,
            html_text(t)
        ));
    }
    let cells: Vec<String> = kinds
        .iter()
        .map(|&k| {
            let kind = data.kinds()[k as usize].id.as_str();
            let (_, fill) = kind_style(kind);
            format!(
                r##"<TD BGCOLOR="{fill}" BORDER="1" COLOR="#9e9e9e" STYLE="ROUNDED">{}</TD>"##,
                html_text(kind)
            )
        })
        .collect();
    let types: Vec<String> = types
        .iter()
        .map(|&t| {
            let ty = &data.types()[t as usize];
            let (color, style) = type_style(ty.id.as_str(), t);
            format!(
                r#"<TD><FONT COLOR="{color}">{} {}</FONT></TD>"#,
                line_sample(style, ty.directed),
                html_text(type_label(data, t))
            )
        })
        .collect();
    let row = |head: &str, cells: &[String]| {
        cells
            .chunks(LEGEND_ROW)
            .enumerate()
            .map(|(i, chunk)| {
                let head = if i == 0 {
                    format!(r##"<FONT COLOR="#616161">{head}</FONT>"##)
                } else {
                    String::new()
                };
                format!(
                    r#"<TR><TD ALIGN="LEFT"><TABLE ALIGN="LEFT" BORDER="0" CELLSPACING="4" CELLPADDING="2"><TR><TD ALIGN="RIGHT" WIDTH="64">{head}</TD>{}</TR></TABLE></TD></TR>"#,
                    chunk.concat()
                )
            })
            .collect::<Vec<_>>()
    };
    rows.extend(row("actors", &cells));
    rows.extend(row("relations", &types));
    format!(
        r#"<<FONT POINT-SIZE="10"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0">{}</TABLE></FONT>>"#,
        rows.concat()
    )
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
    let plan = Plan::new(data, g);
    put(body(head(data, g, opts, &plan)), out)?;
    for (b, batch) in g.edges.chunks(EDGE_CHUNK * 4).enumerate() {
        let pieces: Vec<Piece> = batch
            .par_chunks(EDGE_CHUNK)
            .enumerate()
            .map(|(c, chunk)| {
                let first = b * EDGE_CHUNK * 4 + c * EDGE_CHUNK;
                body(
                    chunk
                        .iter()
                        .enumerate()
                        .map(|(i, e)| edge_stmt(data, first + i, e, opts, &plan))
                        .collect(),
                )
            })
            .collect();
        for p in pieces {
            put(p, out)?;
        }
    }
    out.write_all(b"\n}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_wrap_into_even_lines() {
        assert_eq!(
            wrap("Federal Bureau of Investigation"),
            ["Federal Bureau of", "Investigation"]
        );
        assert_eq!(
            wrap("International Criminal Police Organization (Interpol)"),
            [
                "International Criminal",
                "Police Organization",
                "(Interpol)"
            ]
        );
        assert_eq!(wrap("Morocco"), ["Morocco"]);
        assert_eq!(
            wrap("Supercalifragilisticexpialidocious-and-more"),
            ["Supercalifragilisticexpialidocious-and-more"]
        );
        assert_eq!(
            wrap("المديرية العامة لمراقبة التراب الوطني"),
            ["المديرية العامة لمراقبة", "التراب الوطني"]
        );
    }

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
