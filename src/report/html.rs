//! The report as one self-contained HTML page: styles, the two SVGs and a few lines of script are
//! inline, and nothing refers to the network (source URLs are plain links, never loaded).
//!
//! Every string from the corpus goes through [`esc`]. Arabic names and quotes carry `lang="ar"`
//! and `dir="rtl"`, other text in a right-to-left script `dir="rtl"`, so the browser lays them out
//! right to left whatever surrounds them. Actors have anchors `#actor-ID`, relations `#rel-ID`; the
//! diagram's actors and edges and the timeline's marks link to them.
//!
//! One file of about 650 lines on purpose: the page's sections in reading order, sharing one
//! escaping function and one way of linking actors and relations.

use super::{language_name, timeline, Connection, Report};
use crate::export::dot::{kind_style, type_style};
use crate::export::type_label;
use crate::render::svg::starts_rtl;
use crate::store::Graph;
use crate::view::{by_type, seen_from};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// `s` with `& < > " '` written as character references: safe as element text and as a quoted
/// attribute value.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// Languages written right to left.
const RTL_LANGUAGES: [&str; 10] = ["ar", "fa", "ur", "he", "yi", "ps", "ku", "sd", "ug", "dv"];

/// The `lang`/`dir` attributes of a text said to be in `lang`: right to left when the language is
/// written so and the text has such letters, or when the text starts with them (an Arabic quote
/// in an English article is Arabic); otherwise the browser decides (`dir="auto"`).
fn lang_attrs(text: &str, lang: Option<&str>) -> String {
    let has_rtl = text.chars().any(crate::render::svg::is_rtl_char);
    let has_arabic = text
        .chars()
        .any(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF));
    let rtl_lang = lang.filter(|l| RTL_LANGUAGES.contains(l));
    match (rtl_lang, lang) {
        (Some(l), _) if has_rtl => format!(r#" lang="{}" dir="rtl""#, esc(l)),
        (Some(_), _) => r#" dir="auto""#.to_string(),
        _ if starts_rtl(text) && has_arabic => r#" lang="ar" dir="rtl""#.to_string(),
        _ if starts_rtl(text) => r#" dir="rtl""#.to_string(),
        (None, Some(l)) => format!(r#" lang="{}" dir="auto""#, esc(l)),
        (None, None) => r#" dir="auto""#.to_string(),
    }
}

/// A piece of text in its own direction, isolated from what surrounds it.
fn bidi(text: &str, lang: Option<&str>) -> String {
    format!("<bdi{}>{}</bdi>", lang_attrs(text, lang), esc(text))
}

const STYLE: &str = r#"
:root { --ink: #212121; --muted: #616161; --rule: #e0e0e0; --accent: #1565c0; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", sans-serif; color: var(--ink); line-height: 1.45; }
body { margin: 0 auto; max-width: 1180px; padding: 0 24px 48px; font-size: 14px; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Amiri", "DejaVu Sans", serif; font-size: 1.08em; }
header { border-bottom: 3px solid var(--ink); padding: 20px 0 10px; margin-bottom: 8px; }
h1 { font-size: 26px; margin: 0 0 6px; }
h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 16px; margin: 18px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 12.5px; background: #f5f5f5; padding: 1px 4px; border-radius: 3px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
nav { font-size: 13px; margin-top: 8px; }
nav a { margin-right: 14px; }
.muted { color: var(--muted); }
.counts { font-size: 15px; }
.grid { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
table { border-collapse: collapse; }
th, td { text-align: start; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
th { font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--rule); }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; min-width: 10px; height: 10px; border-radius: 2px; margin-inline-end: 6px; vertical-align: baseline; }
.kind { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; border: 1px solid #9e9e9e; vertical-align: 2px; }
.diagram { border: 1px solid var(--rule); border-radius: 4px; overflow: auto; background: #fff; }
.diagram svg { display: block; width: 100%; max-width: calc(var(--natural-width) * 1.3); height: auto; max-height: 88vh; margin: 0 auto; }
.diagram.actual svg { width: var(--natural-width); max-width: none; max-height: none; }
.diagram a:hover text { text-decoration: underline; }
button { font: inherit; font-size: 12px; padding: 3px 10px; white-space: nowrap; margin-inline-start: 12px; border: 1px solid #bdbdbd; background: #fafafa; border-radius: 3px; cursor: pointer; }
.toolbar { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; }
svg.timeline { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 4px; }
svg.timeline a.mark:hover > * { stroke: #000; stroke-width: 2; }
ul.undated { columns: 2 320px; padding-inline-start: 18px; font-size: 13px; }
.actor { border-top: 1px solid var(--rule); padding: 6px 0 10px; }
.actor h3 { margin-top: 8px; }
.actor h3 bdi[lang="ar"] { margin-inline-start: 12px; font-weight: normal; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 6px 0; font-size: 13px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table.rels { font-size: 13px; margin-bottom: 4px; }
table.rels td:first-child { color: var(--muted); width: 1.5em; }
table.evidence { width: 100%; font-size: 13px; table-layout: fixed; }
table.evidence col.id { width: 11%; } table.evidence col.date { width: 9%; }
table.evidence col.claim { width: 25%; } table.evidence col.quote { width: 35%; }
table.evidence col.source { width: 20%; }
table.evidence td { overflow-wrap: anywhere; }
table.evidence td.quote { font-size: 15px; line-height: 1.6; }
table.evidence td.quote q { quotes: none; }
table.evidence td.source, table.evidence td.date .muted { font-size: 12px; }
table.evidence td.id { font-size: 11px; color: var(--muted); }
ol.hops { margin: 4px 0 12px; }
:target { background: #fff8e1; }
tr:target td { background: #fff8e1; }
footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--rule); font-size: 12px; color: var(--muted); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  nav, .toolbar { display: none; }
  .diagram { overflow: visible; border: none; break-inside: avoid; }
  .diagram svg, .diagram.actual svg { width: 100%; max-width: calc(var(--natural-width) * 1.3); max-height: 250mm; }
  h2, h3, h4 { break-after: avoid; }
  .actor, tr, svg, .keep { break-inside: avoid; }
  table.evidence, table.rels { font-size: 10px; }
  table.evidence td.quote { font-size: 12px; }
  a { color: inherit; }
}
"#;

const SCRIPT: &str = r#"
(function () {
  var button = document.getElementById('zoom');
  var diagram = document.querySelector('.diagram');
  if (!button || !diagram) return;
  button.addEventListener('click', function () {
    var actual = diagram.classList.toggle('actual');
    button.textContent = actual ? 'Fit to width' : 'Actual size';
  });
})();
"#;

/// The natural width of an SVG in CSS pixels, from its `viewBox` (Graphviz writes points).
fn natural_width(svg: &str) -> Option<f64> {
    let i = svg.find("viewBox=\"")? + "viewBox=\"".len();
    let v: Vec<f64> = svg[i..]
        .split('"')
        .next()?
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    v.get(2).map(|w| w * 4.0 / 3.0)
}

struct Ctx<'a, 'g> {
    data: &'a Graph<'g>,
    report: &'a Report,
}

impl Ctx<'_, '_> {
    fn in_report(&self, a: u32) -> bool {
        self.report.actors.binary_search(&a).is_ok()
    }

    fn name(&self, a: u32) -> &str {
        self.data.actor(a).display_name()
    }

    fn arabic_name(&self, a: u32) -> Option<&str> {
        self.data.actor(a).name("ar")
    }

    /// The actor's name, linked to its section when it has one.
    fn actor_link(&self, a: u32) -> String {
        let id = self.data.actor(a).id.as_str();
        if self.in_report(a) {
            format!(
                r##"<a href="#actor-{}">{}</a>"##,
                esc(id),
                bidi(self.name(a), None)
            )
        } else {
            bidi(self.name(a), None)
        }
    }

    fn type_chip(&self, ty: u16) -> String {
        let t = &self.data.types()[ty as usize];
        let (color, _) = type_style(t.id.as_str(), ty);
        format!(
            r#"<span class="chip" style="background:{color}"></span>{}"#,
            esc(type_label(self.data, ty))
        )
    }

    fn kind_badge(&self, a: u32) -> String {
        let kind = self.data.kind_of(a).id.as_str();
        let (_, fill) = kind_style(kind);
        format!(
            r#"<span class="kind" style="background:{fill}">{}</span>"#,
            esc(kind)
        )
    }

    fn rel_link(&self, r: u32, text: &str) -> String {
        format!(
            r##"<a href="#rel-{}">{}</a>"##,
            esc(self.data.relation(r).id.as_str()),
            esc(text)
        )
    }
}

/// Writes the page. `diagram` is the diagram as tidied inline SVG (see [`super::svg::tidy`]).
pub fn write(
    data: &Graph<'_>,
    report: &Report,
    diagram: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let cx = Ctx { data, report };
    let mut h = String::with_capacity(1 << 16);
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str(&format!(
        "<meta name=\"generator\" content=\"liaison {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        esc(&report.title)
    ));
    header(&cx, &mut h);
    h.push_str("<main>\n");
    summary(&cx, &mut h);
    diagram_section(&cx, diagram, &mut h);
    timeline_section(&cx, &mut h);
    actors_section(&cx, &mut h);
    evidence_section(&cx, &mut h);
    sources_section(&cx, &mut h);
    h.push_str("</main>\n");
    h.push_str(&format!(
        "<footer>Made by liaison {} from {} documents, {} actors and {} relations. Every claim links to its evidence: the quote, its document and its place in it.</footer>\n",
        env!("CARGO_PKG_VERSION"),
        report.corpus.0,
        report.corpus.1,
        report.corpus.2
    ));
    h.push_str(&format!("<script>{SCRIPT}</script>\n</body>\n</html>\n"));
    out.write_all(h.as_bytes())
}

fn header(cx: &Ctx<'_, '_>, h: &mut String) {
    h.push_str(&format!(
        "<header>\n<h1>{}</h1>\n<div class=\"muted\"><code>{}</code></div>\n",
        bidi(&cx.report.title, None),
        esc(&cx.report.command)
    ));
    h.push_str("<nav><a href=\"#summary\">Summary</a><a href=\"#diagram\">Diagram</a><a href=\"#timeline\">Timeline</a><a href=\"#actors\">Actors</a><a href=\"#evidence\">Evidence</a><a href=\"#sources\">Sources</a></nav>\n</header>\n");
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary(cx: &Ctx<'_, '_>, h: &mut String) {
    let r = cx.report;
    let data = cx.data;
    h.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n");
    h.push_str(&format!(
        "<p class=\"counts\"><b>{}</b> and <b>{}</b> between them, from <b>{}</b>.",
        plural(r.actors.len(), "actor", "actors"),
        plural(r.relations.len(), "relation", "relations"),
        plural(r.docs.len(), "document", "documents"),
    ));
    if r.unconnected > 0 {
        h.push_str(&format!(
            " <span class=\"muted\">The corpus has {} actors and {} relations; {} not in this selection {} left out.</span>",
            r.corpus.1,
            r.corpus.2,
            plural(r.unconnected, "actor", "actors"),
            if r.unconnected == 1 { "is" } else { "are" }
        ));
    }
    h.push_str("</p>\n<div class=\"grid\">\n");
    // Relations by type.
    h.push_str("<table>\n<tr><th>relation type</th><th>count</th></tr>\n");
    for &(ty, n) in &r.by_type {
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{n}</td></tr>\n",
            cx.type_chip(ty)
        ));
    }
    h.push_str("</table>\n");
    // Actors by kind.
    h.push_str("<table>\n<tr><th>actor kind</th><th>count</th></tr>\n");
    for &(k, n) in &r.by_kind {
        let kind = data.kinds()[k as usize].id.as_str();
        let (_, fill) = kind_style(kind);
        h.push_str(&format!(
            "<tr><td><span class=\"kind\" style=\"background:{fill}\">{}</span></td><td class=\"num\">{n}</td></tr>\n",
            esc(kind)
        ));
    }
    h.push_str("</table>\n");
    // Most connected.
    h.push_str("<table>\n<tr><th>most connected</th><th>relations</th><th>neighbours</th></tr>\n");
    for c in &r.most_connected {
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
            cx.actor_link(c.actor),
            c.relations,
            c.neighbors
        ));
    }
    h.push_str("</table>\n</div>\n");
    if !r.connections.is_empty() {
        h.push_str("<h3>Connections between the actors named</h3>\n");
        for c in &r.connections {
            connection(cx, c, h);
        }
    }
    h.push_str("</section>\n");
}

fn connection(cx: &Ctx<'_, '_>, c: &Connection, h: &mut String) {
    let data = cx.data;
    match &c.hops {
        None => h.push_str(&format!(
            "<p>{} and {}: not connected by the relations allowed.</p>\n",
            cx.actor_link(c.from),
            cx.actor_link(c.to)
        )),
        Some(hops) => {
            h.push_str(&format!(
                "<p>{} → {}: {}</p>\n<ol class=\"hops\">\n",
                cx.actor_link(c.from),
                cx.actor_link(c.to),
                plural(hops.len(), "hop", "hops")
            ));
            let mut at = c.from;
            for &r in hops {
                let rel = data.relation(r);
                let (s, t) = (rel.source.to_native(), rel.target.to_native());
                let next = if s == at { t } else { s };
                let ty = rel.ty.to_native();
                let directed = data.types()[ty as usize].directed;
                let link = match (directed, s == at) {
                    (false, _) => format!("—{}—", esc(type_label(data, ty))),
                    (true, true) => format!("—{}→", esc(type_label(data, ty))),
                    (true, false) => format!("←{}—", esc(type_label(data, ty))),
                };
                h.push_str(&format!(
                    "<li>{} {link} {} <span class=\"muted\">({})</span></li>\n",
                    cx.actor_link(at),
                    cx.actor_link(next),
                    cx.rel_link(r, "evidence")
                ));
                at = next;
            }
            h.push_str("</ol>\n");
        }
    }
}

fn diagram_section(cx: &Ctx<'_, '_>, diagram: &str, h: &mut String) {
    let w = natural_width(diagram).unwrap_or(1000.0);
    h.push_str("<section id=\"diagram\">\n<h2>Diagram</h2>\n");
    h.push_str(&format!(
        "<div class=\"toolbar\"><span class=\"hint muted\">Relations of one type between two actors are drawn as one line with their count. Hover over an actor or a line for its names or evidence; click it to go to its section.</span><button id=\"zoom\" type=\"button\">Actual size</button></div>\n<div class=\"diagram\" style=\"--natural-width:{w:.0}px\" role=\"img\" aria-label=\"Diagram of {} and {}\">\n",
        plural(cx.report.actors.len(), "actor", "actors"),
        plural(cx.report.relations.len(), "relation", "relations")
    ));
    h.push_str(diagram.trim_end());
    h.push_str("\n</div>\n</section>\n");
}

fn timeline_section(cx: &Ctx<'_, '_>, h: &mut String) {
    let data = cx.data;
    let rels = &cx.report.relations;
    let (dated, undated) = timeline::split_dated(data, rels);
    h.push_str("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    let name = |a: u32| data.actor(a).display_name().to_string();
    match timeline::svg(data, rels, &name) {
        Some(svg) => {
            h.push_str(&format!(
                "<div class=\"keep\"><p class=\"muted\">{} by date, one row per relation type: a dot is a day, a bar a month, a year or an interval. Click a mark for its evidence.</p>\n",
                plural(dated.len(), "dated relation", "dated relations")
            ));
            h.push_str(&svg);
            h.push_str("</div>\n");
        }
        None => h.push_str("<p class=\"muted\">No relation of this selection is dated.</p>\n"),
    }
    if !undated.is_empty() {
        h.push_str(&format!(
            "<h3>Undated ({})</h3>\n<ul class=\"undated\">\n",
            undated.len()
        ));
        for &r in &undated {
            let rel = data.relation(r);
            let ty = rel.ty.to_native();
            h.push_str(&format!(
                "<li>{} {} {} <span class=\"muted\">({})</span></li>\n",
                bidi(cx.name(rel.source.to_native()), None),
                cx.rel_link(r, type_label(data, ty)),
                bidi(cx.name(rel.target.to_native()), None),
                esc(data.doc(rel.doc.to_native()).id.as_str())
            ));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

fn actors_section(cx: &Ctx<'_, '_>, h: &mut String) {
    let data = cx.data;
    let r = cx.report;
    // Each actor's relations in the selection, in corpus order.
    let mut by_actor: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for &rel in &r.relations {
        let x = data.relation(rel);
        let (s, t) = (x.source.to_native(), x.target.to_native());
        by_actor.entry(s).or_default().push(rel);
        if t != s {
            by_actor.entry(t).or_default().push(rel);
        }
    }
    h.push_str(&format!(
        "<section id=\"actors\">\n<h2>Actors ({})</h2>\n",
        r.actors.len()
    ));
    for &a in &r.actors {
        let actor = data.actor(a);
        let id = actor.id.as_str();
        h.push_str(&format!(
            "<article class=\"actor\" id=\"actor-{}\">\n<h3>{} {}",
            esc(id),
            bidi(cx.name(a), None),
            cx.kind_badge(a)
        ));
        if let Some(ar) = cx.arabic_name(a) {
            h.push_str(&format!(" {}", bidi(ar, Some("ar"))));
        }
        h.push_str("</h3>\n<dl class=\"facts\">\n");
        h.push_str(&format!("<dt>id</dt><dd><code>{}</code></dd>\n", esc(id)));
        for l in actor.names.iter() {
            let (lang, text) = l.pair();
            h.push_str(&format!(
                "<dt>name, {}</dt><dd>{}</dd>\n",
                esc(language_name(lang)),
                bidi(text, Some(lang))
            ));
        }
        if !actor.aliases.is_empty() {
            let aliases: Vec<String> = actor.aliases.iter().map(|x| bidi(x, None)).collect();
            h.push_str(&format!(
                "<dt>aliases</dt><dd>{}</dd>\n",
                aliases.join(" · ")
            ));
        }
        h.push_str(&format!(
            "<dt>kind</dt><dd>{}</dd>\n",
            esc(data.kind_of(a).id.as_str())
        ));
        if let Some(c) = actor.country.as_ref() {
            h.push_str(&format!("<dt>country</dt><dd>{}</dd>\n", esc(c.as_str())));
        }
        if let Some(p) = actor.parent.as_ref() {
            h.push_str(&format!(
                "<dt>part of</dt><dd>{}</dd>\n",
                cx.actor_link(p.to_native())
            ));
        }
        if let Some(n) = actor.note.as_ref() {
            h.push_str(&format!(
                "<dt>note</dt><dd>{}</dd>\n",
                bidi(n.as_str(), None)
            ));
        }
        h.push_str("</dl>\n");
        let rels = by_actor.get(&a).map(|v| v.as_slice()).unwrap_or(&[]);
        for (ti, of_type) in by_type(data, rels) {
            h.push_str(&format!(
                "<h4>{} ({})</h4>\n<table class=\"rels\">\n",
                cx.type_chip(ti),
                of_type.len()
            ));
            for &x in &of_type {
                let rel = data.relation(x);
                let (other, arrow) = seen_from(data, x, a);
                h.push_str(&format!(
                    "<tr><td>{arrow}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                    cx.actor_link(other),
                    esc(rel.date.as_ref().map(|d| d.as_str()).unwrap_or("undated")),
                    cx.rel_link(x, rel.id.as_str())
                ));
            }
            h.push_str("</table>\n");
        }
        h.push_str("</article>\n");
    }
    h.push_str("</section>\n");
}

fn evidence_section(cx: &Ctx<'_, '_>, h: &mut String) {
    let data = cx.data;
    h.push_str(&format!(
        "<section id=\"evidence\">\n<h2>Evidence ({})</h2>\n<table class=\"evidence\">\n<colgroup><col class=\"id\"><col class=\"date\"><col class=\"claim\"><col class=\"quote\"><col class=\"source\"></colgroup>\n<tr><th>relation</th><th>date</th><th>claim</th><th>quote</th><th>source</th></tr>\n",
        cx.report.relations.len()
    ));
    for &r in &cx.report.relations {
        let rel = data.relation(r);
        let doc = data.doc(rel.doc.to_native());
        let ty = rel.ty.to_native();
        let directed = data.types()[ty as usize].directed;
        let mut date = esc(rel.date.as_ref().map(|d| d.as_str()).unwrap_or("undated"));
        if rel.date_inferred.is_some() {
            date.push_str("<br><span class=\"muted\">inferred</span>");
        }
        let mut claim = format!(
            "{} <b>{}</b> {} {}",
            cx.actor_link(rel.source.to_native()),
            esc(type_label(data, ty)),
            if directed { "→" } else { "—" },
            cx.actor_link(rel.target.to_native())
        );
        if let Some(why) = rel.date_inferred.as_ref() {
            claim.push_str(&format!(
                "<br><span class=\"muted\">date inferred: {}</span>",
                bidi(why.as_str(), None)
            ));
        }
        if let Some(p) = rel.place.as_ref() {
            claim.push_str(&format!(
                "<br><span class=\"muted\">place: {}</span>",
                bidi(p.as_str(), None)
            ));
        }
        if let Some(n) = rel.note.as_ref() {
            claim.push_str(&format!(
                "<br><span class=\"muted\">note: {}</span>",
                bidi(n.as_str(), None)
            ));
        }
        let lang = doc.lang.as_ref().map(|l| l.as_str());
        let quote = rel.quote.as_str();
        h.push_str(&format!(
            "<tr id=\"rel-{id}\"><td class=\"id\">{id}</td><td class=\"date\">{date}</td><td>{claim}</td><td class=\"quote\"{attrs}><q>{q}</q></td><td class=\"source\">{src}<br><span class=\"muted\">characters {s}–{e}</span></td></tr>\n",
            id = esc(rel.id.as_str()),
            attrs = lang_attrs(quote, lang),
            q = esc(quote),
            src = source_cell(data, rel.doc.to_native()),
            s = rel.start.to_native(),
            e = rel.end.to_native(),
        ));
    }
    h.push_str("</table>\n</section>\n");
}

/// A document's outlet, title (linked to its URL), publication date and id.
fn source_cell(data: &Graph<'_>, d: u32) -> String {
    let doc = data.doc(d);
    let mut parts: Vec<String> = Vec::new();
    if let Some(s) = doc.source.as_ref() {
        parts.push(format!("<b>{}</b>", bidi(s.as_str(), None)));
    }
    let lang = doc.lang.as_ref().map(|l| l.as_str());
    let title = doc
        .title
        .as_ref()
        .map(|t| bidi(t.as_str(), lang))
        .unwrap_or_else(|| format!("<code>{}</code>", esc(doc.id.as_str())));
    match doc.url.as_ref() {
        Some(u) => parts.push(format!(
            "<a href=\"{}\" rel=\"noreferrer\">{title}</a>",
            esc(u.as_str())
        )),
        None => parts.push(title),
    }
    let mut line = String::new();
    if let Some(p) = doc.published.as_ref() {
        line.push_str(&format!("{} · ", esc(p.as_str())));
    }
    line.push_str(&format!(
        "<a href=\"#doc-{id}\"><code>{id}</code></a>",
        id = esc(doc.id.as_str())
    ));
    parts.push(format!("<span class=\"muted\">{line}</span>"));
    parts.join("<br>")
}

fn sources_section(cx: &Ctx<'_, '_>, h: &mut String) {
    let data = cx.data;
    h.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<tr><th>document</th><th>outlet</th><th>title</th><th>published</th><th>URL</th><th>relations</th></tr>\n");
    for &d in &cx.report.docs {
        let doc = data.doc(d);
        let n = cx
            .report
            .relations
            .iter()
            .filter(|&&r| data.relation(r).doc.to_native() == d)
            .count();
        let lang = doc.lang.as_ref().map(|l| l.as_str());
        let opt = |s: Option<String>| s.unwrap_or_else(|| "<span class=\"muted\">—</span>".into());
        h.push_str(&format!(
            "<tr id=\"doc-{id}\"><td><code>{id}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{n}</td></tr>\n",
            opt(doc.source.as_ref().map(|s| bidi(s.as_str(), None))),
            opt(doc.title.as_ref().map(|t| bidi(t.as_str(), lang))),
            opt(doc.published.as_ref().map(|p| esc(p.as_str()))),
            opt(doc.url.as_ref().map(|u| format!(
                "<a href=\"{u}\" rel=\"noreferrer\">{u}</a>",
                u = esc(u.as_str())
            ))),
            id = esc(doc.id.as_str()),
        ));
    }
    h.push_str("</table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            esc(r#"<b a="1" b='2'>&amp;</b>"#),
            "&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;amp;&lt;/b&gt;"
        );
        assert_eq!(esc("مكتب «راي»"), "مكتب «راي»");
    }

    #[test]
    fn arabic_text_is_marked_right_to_left() {
        assert_eq!(
            bidi("FBI <مكتب>", Some("ar")),
            r#"<bdi lang="ar" dir="rtl">FBI &lt;مكتب&gt;</bdi>"#
        );
        assert_eq!(bidi("مكتب", None), r#"<bdi lang="ar" dir="rtl">مكتب</bdi>"#);
        assert_eq!(bidi("שלום", None), r#"<bdi dir="rtl">שלום</bdi>"#);
        assert_eq!(
            bidi("FBI", Some("en")),
            r#"<bdi lang="en" dir="auto">FBI</bdi>"#
        );
        assert_eq!(
            lang_attrs("حموشي التقى راي.", Some("en")),
            r#" lang="ar" dir="rtl""#
        );
        assert_eq!(
            lang_attrs("(FBI) مكتب", Some("ar")),
            r#" lang="ar" dir="rtl""#
        );
        assert_eq!(lang_attrs("FBI", Some("ar")), r#" dir="auto""#);
    }
}
