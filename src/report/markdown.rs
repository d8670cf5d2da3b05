//! The report as Markdown, for wikis and repositories: the same sections as the page, with the
//! diagram and the timeline as SVG files beside it (Markdown cannot hold them inline).
//!
//! Every string from the corpus goes through [`md`], which escapes what Markdown (and the HTML it
//! allows) would read as markup. Arabic text is wrapped in `<bdi dir="rtl">` where renderers keep
//! it, so it runs right to left inside an English sentence or a table cell.

use super::{language_name, timeline, Report};
use crate::export::type_label;
use crate::render::svg::starts_rtl;
use crate::store::Graph;
use crate::view::{by_type, seen_from};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// `s` as literal Markdown text on one line: markup characters backslash-escaped, `<`/`>`/`&` as
/// character references, line breaks as spaces, `|` escaped for tables.
pub fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' | '{' | '}' => {
                o.push('\\');
                o.push(c);
            }
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '\r' | '\n' | '\t' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// Text in its own direction: right-to-left text isolated in `<bdi dir="rtl">`.
fn text(s: &str) -> String {
    if starts_rtl(s) {
        format!("<bdi dir=\"rtl\">{}</bdi>", md(s))
    } else {
        md(s)
    }
}

/// The files the Markdown refers to, by name relative to it.
pub struct Figures<'a> {
    pub diagram: &'a str,
    pub timeline: Option<&'a str>,
}

fn anchor(data: &Graph<'_>, a: u32) -> String {
    format!("actor-{}", data.actor(a).id.as_str())
}

pub fn write(
    data: &Graph<'_>,
    report: &Report,
    figures: &Figures<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let name = |a: u32| text(data.actor(a).display_name());
    let link = |a: u32| {
        if report.actors.binary_search(&a).is_ok() {
            format!("[{}](#{})", name(a), anchor(data, a))
        } else {
            name(a)
        }
    };
    let mut s = String::new();
    s.push_str(&format!(
        "# {}\n\n`{}`\n\n",
        text(&report.title),
        report.command.replace('`', "'")
    ));

    s.push_str("## Summary\n\n");
    s.push_str(&format!(
        "{} actors and {} relations between them, from {} documents.",
        report.actors.len(),
        report.relations.len(),
        report.docs.len()
    ));
    if report.unconnected > 0 {
        s.push_str(&format!(
            " The corpus has {} actors and {} relations; {} actors not in this selection are left out.",
            report.corpus.1, report.corpus.2, report.unconnected
        ));
    }
    s.push_str("\n\n| relation type | count |\n|---|---:|\n");
    for &(ty, n) in &report.by_type {
        s.push_str(&format!("| {} | {n} |\n", md(type_label(data, ty))));
    }
    s.push_str("\n| actor kind | count |\n|---|---:|\n");
    for &(k, n) in &report.by_kind {
        s.push_str(&format!(
            "| {} | {n} |\n",
            md(data.kinds()[k as usize].id.as_str())
        ));
    }
    s.push_str("\n| most connected | relations | neighbours |\n|---|---:|---:|\n");
    for c in &report.most_connected {
        s.push_str(&format!(
            "| {} | {} | {} |\n",
            link(c.actor),
            c.relations,
            c.neighbors
        ));
    }
    if !report.connections.is_empty() {
        s.push_str("\n### Connections between the actors named\n\n");
        for c in &report.connections {
            match &c.hops {
                None => s.push_str(&format!(
                    "- {} and {}: not connected by the relations allowed.\n",
                    link(c.from),
                    link(c.to)
                )),
                Some(hops) => {
                    s.push_str(&format!(
                        "- {} → {}: {} hop{}\n",
                        link(c.from),
                        link(c.to),
                        hops.len(),
                        if hops.len() == 1 { "" } else { "s" }
                    ));
                    let mut at = c.from;
                    for &r in hops {
                        let rel = data.relation(r);
                        let (src, tgt) = (rel.source.to_native(), rel.target.to_native());
                        let next = if src == at { tgt } else { src };
                        s.push_str(&format!(
                            "  1. {} —{}— {} ([evidence](#rel-{}))\n",
                            link(at),
                            md(type_label(data, rel.ty.to_native())),
                            link(next),
                            rel.id.as_str()
                        ));
                        at = next;
                    }
                }
            }
        }
    }

    s.push_str(&format!(
        "\n## Diagram\n\n![Diagram of the selection]({})\n",
        figures.diagram
    ));

    s.push_str("\n## Timeline\n\n");
    let (dated, undated) = timeline::split_dated(data, &report.relations);
    match figures.timeline {
        Some(t) if !dated.is_empty() => s.push_str(&format!(
            "![Timeline of {} dated relations]({t})\n\n",
            dated.len()
        )),
        _ => s.push_str("No relation of this selection is dated.\n\n"),
    }
    let mut dated = dated;
    dated.sort_by_key(|&r| {
        let rel = data.relation(r);
        (rel.date_lo.to_native(), rel.date_hi.to_native())
    });
    if !dated.is_empty() {
        s.push_str("| date | relation | |\n|---|---|---|\n");
        for &r in &dated {
            let rel = data.relation(r);
            s.push_str(&format!(
                "| {} | {} {} {} | [evidence](#rel-{}) |\n",
                md(rel.date.as_ref().map(|d| d.as_str()).unwrap_or("")),
                name(rel.source.to_native()),
                md(type_label(data, rel.ty.to_native())),
                name(rel.target.to_native()),
                rel.id.as_str()
            ));
        }
        s.push('\n');
    }
    if !undated.is_empty() {
        s.push_str(&format!("Undated ({}):\n\n", undated.len()));
        for &r in &undated {
            let rel = data.relation(r);
            s.push_str(&format!(
                "- {} [{}](#rel-{}) {}\n",
                name(rel.source.to_native()),
                md(type_label(data, rel.ty.to_native())),
                rel.id.as_str(),
                name(rel.target.to_native())
            ));
        }
    }

    let mut by_actor: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for &r in &report.relations {
        let rel = data.relation(r);
        by_actor.entry(rel.source.to_native()).or_default().push(r);
        if rel.target != rel.source {
            by_actor.entry(rel.target.to_native()).or_default().push(r);
        }
    }
    s.push_str(&format!("\n## Actors ({})\n", report.actors.len()));
    for &a in &report.actors {
        let actor = data.actor(a);
        s.push_str(&format!(
            "\n<a id=\"{}\"></a>\n### {}\n\n",
            anchor(data, a),
            name(a)
        ));
        s.push_str(&format!(
            "- id: `{}`\n- kind: {}\n",
            actor.id.as_str(),
            md(data.kind_of(a).id.as_str())
        ));
        for l in actor.names.iter() {
            let (lang, t) = l.pair();
            s.push_str(&format!(
                "- name, {}: {}\n",
                md(language_name(lang)),
                text(t)
            ));
        }
        if !actor.aliases.is_empty() {
            let al: Vec<String> = actor.aliases.iter().map(|x| text(x)).collect();
            s.push_str(&format!("- aliases: {}\n", al.join(" · ")));
        }
        if let Some(c) = actor.country.as_ref() {
            s.push_str(&format!("- country: {}\n", md(c.as_str())));
        }
        if let Some(p) = actor.parent.as_ref() {
            s.push_str(&format!("- part of: {}\n", link(p.to_native())));
        }
        let rels = by_actor.get(&a).map(|v| v.as_slice()).unwrap_or(&[]);
        for (ti, of_type) in by_type(data, rels) {
            s.push_str(&format!(
                "\n{} ({}):\n\n",
                md(type_label(data, ti)),
                of_type.len()
            ));
            for &x in &of_type {
                let rel = data.relation(x);
                let (other, arrow) = seen_from(data, x, a);
                s.push_str(&format!(
                    "- {arrow} {} · {} · [{}](#rel-{})\n",
                    link(other),
                    md(rel.date.as_ref().map(|d| d.as_str()).unwrap_or("undated")),
                    md(rel.id.as_str()),
                    rel.id.as_str()
                ));
            }
        }
    }

    s.push_str(&format!(
        "\n## Evidence ({})\n\n| relation | date | claim | quote | source |\n|---|---|---|---|---|\n",
        report.relations.len()
    ));
    for &r in &report.relations {
        let rel = data.relation(r);
        let doc = data.doc(rel.doc.to_native());
        let mut source: Vec<String> = Vec::new();
        if let Some(o) = doc.source.as_ref() {
            source.push(text(o.as_str()));
        }
        let title = doc
            .title
            .as_ref()
            .map(|t| text(t.as_str()))
            .unwrap_or_else(|| format!("`{}`", doc.id.as_str()));
        match doc.url.as_ref() {
            Some(u) => source.push(format!(
                "[{title}](<{}>)",
                u.as_str().replace(['<', '>', ' '], "")
            )),
            None => source.push(title),
        }
        if let Some(p) = doc.published.as_ref() {
            source.push(md(p.as_str()));
        }
        source.push(format!(
            "`{}` [{}, {}]",
            doc.id.as_str(),
            rel.start.to_native(),
            rel.end.to_native()
        ));
        s.push_str(&format!(
            "| <a id=\"rel-{id}\"></a>{idt} | {} | {} {} {} | {} | {} |\n",
            md(rel.date.as_ref().map(|d| d.as_str()).unwrap_or("undated")),
            name(rel.source.to_native()),
            md(type_label(data, rel.ty.to_native())),
            name(rel.target.to_native()),
            text(rel.quote.as_str()),
            source.join(" · "),
            id = rel.id.as_str(),
            idt = md(rel.id.as_str()),
        ));
    }
    out.write_all(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping() {
        assert_eq!(md("a|b *c* <x> [l](u)"), r"a\|b \*c\* &lt;x&gt; \[l\](u)");
        assert_eq!(text("مكتب | x"), "<bdi dir=\"rtl\">مكتب \\| x</bdi>");
    }
}
