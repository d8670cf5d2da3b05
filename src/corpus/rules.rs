//! The rules a corpus must follow (graph/README.md), each problem with its file, place and fix.
//! One file of about 500 lines on purpose: the rules read as one list, in the order graph/README.md
//! gives them.

use super::{Checker, Doc};
use crate::diag::did_you_mean;
use crate::model::{is_relation_id, is_slug, ActorDef, DateRange, Fit, SchemaFile, TypeDef};
use crate::text::{fold, unbalanced_bidi};

/// What to do about a name with an unclosed bidi control (it would reorder the rest of a line).
const BIDI_HELP: &str = "remove the control character (names need none: Arabic and Latin letters order themselves), or close it with U+202C (PDF) or U+2069 (PDI)";
use crate::text::span::{char_boundaries, find_char_spans};
use std::collections::{HashMap, HashSet};
use std::path::Path;

pub(super) fn check_schema(ck: &mut Checker, path: &Path, schema: &SchemaFile) {
    let mut seen = HashSet::new();
    for k in &schema.actor_kinds {
        if !is_slug(&k.id) {
            ck.add(
                path,
                Some(format!("actor kind {:?}", k.id)),
                "an actor kind id must be lowercase ASCII letters, digits and '-'".into(),
                "rename it, e.g. \"agency\"",
            );
        }
        if !seen.insert(k.id.as_str()) {
            ck.add(
                path,
                Some(format!("actor kind {}", k.id)),
                format!("duplicate actor kind id {:?}", k.id),
                "keep one definition of each kind",
            );
        }
    }
    let kinds: HashSet<&str> = schema.actor_kinds.iter().map(|k| k.id.as_str()).collect();
    let mut seen = HashSet::new();
    for t in &schema.relation_types {
        let place = Some(format!("relation type {}", t.id));
        if !is_slug(&t.id) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "relation type id {:?} must be lowercase ASCII letters, digits and '-'",
                    t.id
                ),
                "rename it, e.g. \"tipped-off\"",
            );
        }
        if !seen.insert(t.id.as_str()) {
            ck.add(
                path,
                place.clone(),
                format!("duplicate relation type id {:?}", t.id),
                "keep one definition of each relation type",
            );
        }
        for (side, list) in [
            ("source_kinds", &t.source_kinds),
            ("target_kinds", &t.target_kinds),
        ] {
            if list.is_empty() {
                ck.add(
                    path,
                    place.clone(),
                    format!("{side} is empty, so no relation of this type could be written"),
                    "list the actor kinds this side may have",
                );
            }
            for k in list {
                if !kinds.contains(k.as_str()) {
                    ck.add(
                        path,
                        place.clone(),
                        format!("{side} names unknown actor kind {k:?}"),
                        format!("use one of: {}", sorted_list(&kinds)),
                    );
                }
            }
        }
    }
}

fn sorted_list(set: &HashSet<&str>) -> String {
    let mut v: Vec<&str> = set.iter().copied().collect();
    v.sort();
    v.join(", ")
}

/// Checks the actors and returns each valid id's kind.
pub(super) fn check_actors<'a>(
    ck: &mut Checker,
    path: &Path,
    actors: &'a [ActorDef],
    kinds: &HashSet<&str>,
    schema_ok: bool,
) -> HashMap<&'a str, &'a str> {
    let mut kind_of: HashMap<&str, &str> = HashMap::new();
    for a in actors {
        let place = Some(format!("actor {}", a.id));
        if !is_slug(&a.id) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "actor id {:?} must be lowercase ASCII letters, digits and '-'",
                    a.id
                ),
                "rename it, e.g. \"dgst\" or \"abdellatif-hammouchi\", and update its references",
            );
        }
        if kind_of.insert(&a.id, &a.kind).is_some() {
            ck.add(
                path,
                place.clone(),
                format!("duplicate actor id {:?}", a.id),
                "give each actor its own id, or merge the two entries",
            );
        }
        if schema_ok && !kinds.contains(a.kind.as_str()) {
            ck.add(
                path,
                place.clone(),
                format!("unknown actor kind {:?}", a.kind),
                format!(
                    "use one of: {} (or declare the kind in schema.json)",
                    sorted_list(kinds)
                ),
            );
        }
        match a.names.get("en") {
            Some(n) if !n.trim().is_empty() => {}
            _ => ck.add(
                path,
                place.clone(),
                "the actor has no English name".into(),
                "add \"en\" to its names (Latin script), e.g. \"names\": {\"en\": \"…\", \"ar\": \"…\"}",
            ),
        }
        for (lang, name) in &a.names {
            let ok_lang =
                (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            if !ok_lang {
                ck.add(
                    path,
                    place.clone(),
                    format!("name language {lang:?} is not an ISO 639-1 code"),
                    "use a two-letter code such as en, ar, fr",
                );
            }
            if fold(name).is_empty() {
                ck.add(
                    path,
                    place.clone(),
                    format!("the {lang} name is empty"),
                    "write the name, or remove the entry",
                );
            }
            if unbalanced_bidi(name) {
                ck.add(
                    path,
                    place.clone(),
                    format!("the {lang} name opens a bidi override, embedding or isolate (U+202A–U+202E, U+2066–U+2068) it does not close"),
                    BIDI_HELP,
                );
            }
        }
        for alias in &a.aliases {
            if fold(alias).is_empty() {
                ck.add(
                    path,
                    place.clone(),
                    format!("alias {alias:?} has no letters or digits"),
                    "remove the empty alias",
                );
            }
            if unbalanced_bidi(alias) {
                ck.add(
                    path,
                    place.clone(),
                    "an alias opens a bidi override, embedding or isolate (U+202A–U+202E, U+2066–U+2068) it does not close".into(),
                    BIDI_HELP,
                );
            }
        }
        if let Some(c) = &a.country {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                ck.add(
                    path,
                    place.clone(),
                    format!("country {c:?} is not an ISO 3166-1 alpha-2 code"),
                    "write two capital letters, e.g. \"MA\" or \"US\", or null",
                );
            }
        }
    }
    for a in actors {
        if let Some(p) = &a.parent {
            if p == &a.id {
                ck.add(
                    path,
                    Some(format!("actor {}", a.id)),
                    "the actor is its own parent".into(),
                    "set parent to the actor this one is a unit of, or null",
                );
            } else if !kind_of.contains_key(p.as_str()) {
                ck.add(
                    path,
                    Some(format!("actor {}", a.id)),
                    format!("parent {p:?} is not a known actor"),
                    unknown_actor_help(p, &kind_of),
                );
            }
        }
    }
    // Parent cycles: walk up from each actor; report each cycle once, at its smallest id.
    let parent: HashMap<&str, &str> = actors
        .iter()
        .filter_map(|a| a.parent.as_deref().map(|p| (a.id.as_str(), p)))
        .filter(|(a, p)| a != p)
        .collect();
    let mut reported: HashSet<String> = HashSet::new();
    for a in actors {
        let mut chain: Vec<&str> = vec![a.id.as_str()];
        let mut cur = a.id.as_str();
        while let Some(&p) = parent.get(cur) {
            if let Some(pos) = chain.iter().position(|&c| c == p) {
                let mut cycle: Vec<&str> = chain[pos..].to_vec();
                let min = cycle
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, c)| **c)
                    .map(|(i, _)| i)
                    .unwrap_or(0);
                cycle.rotate_left(min);
                let key = cycle.join(" → ");
                if reported.insert(key.clone()) {
                    ck.add(
                        path,
                        Some(format!("actor {}", cycle[0])),
                        format!("parent cycle: {key} → {}", cycle[0]),
                        "an actor cannot be, through its parents, a unit of itself: set one of these parents to null or to another actor",
                    );
                }
                break;
            }
            chain.push(p);
            cur = p;
        }
    }
    kind_of
}

fn unknown_actor_help(id: &str, known: &HashMap<&str, &str>) -> String {
    match did_you_mean(id, known.keys().copied(), 0.8, 3) {
        close if close.is_empty() => {
            "add the actor to actors.json, or use an existing actor id".to_string()
        }
        close => format!("{}(or add the actor to actors.json)", close),
    }
}

/// The schema's ids, indexed for checking.
pub(super) struct Vocabulary<'a> {
    pub(super) kinds: HashSet<&'a str>,
    types: HashMap<&'a str, &'a TypeDef>,
    /// Type ids in schema order, for messages.
    type_order: Vec<&'a str>,
}

impl<'a> Vocabulary<'a> {
    pub(super) fn of(schema: &'a SchemaFile) -> Self {
        Vocabulary {
            kinds: schema.actor_kinds.iter().map(|k| k.id.as_str()).collect(),
            types: schema
                .relation_types
                .iter()
                .map(|t| (t.id.as_str(), t))
                .collect(),
            type_order: schema
                .relation_types
                .iter()
                .map(|t| t.id.as_str())
                .collect(),
        }
    }
}

/// What a document is checked against.
pub(super) struct DocContext<'a> {
    pub(super) actor_kind: &'a HashMap<&'a str, &'a str>,
    /// Whether the actors file parsed (else unknown actors are not reported again).
    pub(super) actors_ok: bool,
    pub(super) voc: &'a Vocabulary<'a>,
    /// Whether the schema parsed (else unknown types are not reported again).
    pub(super) schema_ok: bool,
}

#[allow(clippy::too_many_arguments)]
fn check_span(
    ck: &mut Checker,
    path: &Path,
    place: &Option<String>,
    doc: &Doc,
    bounds: &[usize],
    span: [u32; 2],
    expected: Option<&str>,
    folded: &std::cell::OnceCell<String>,
) {
    let [s, e] = span;
    if s > e || e > doc.chars {
        ck.add(
            path,
            place.clone(),
            format!(
                "span [{s}, {e}] is out of range: the text of {} has {} characters (Unicode code points)",
                doc.id, doc.chars
            ),
            "spans are [start, end) in code points with start ≤ end ≤ the text's length; recompute it (in Python: text.find(quote))",
        );
        return;
    }
    if s == e {
        ck.add(
            path,
            place.clone(),
            format!("span [{s}, {e}] is empty"),
            "the span must cover the quoted text",
        );
        return;
    }
    if let Some(quote) = expected {
        let actual = &doc.text[bounds[s as usize]..bounds[e as usize]];
        if actual != quote {
            let found = find_char_spans(&doc.text, quote, 2);
            let help = match found.as_slice() {
                [one] => format!("the quote is at [{}, {}]: set the span to that", one[0], one[1]),
                [] if !fold(quote).is_empty()
                    && folded
                        .get_or_init(|| fold(&doc.text))
                        .contains(&fold(quote)) =>
                {
                    "the quote differs from the text in diacritics, letter variants or punctuation: copy it exactly from the text".to_string()
                }
                [] => "copy the exact text at the span into the quote, or fix the span".to_string(),
                _ => format!(
                    "the quote occurs more than once (first at [{}, {}]): set the span to the intended occurrence",
                    found[0][0], found[0][1]
                ),
            };
            ck.add(
                path,
                place.clone(),
                format!(
                    "quote does not match the text at [{s}, {e}], which reads {:?}",
                    preview(actual)
                ),
                help,
            );
        }
    }
}

fn preview(s: &str) -> String {
    if s.chars().count() <= 80 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(80).collect::<String>())
    }
}

fn inside_out_of_scope(doc: &Doc, span: [u32; 2]) -> Option<[u32; 2]> {
    doc.meta
        .out_of_scope
        .iter()
        .map(|o| o.span)
        .find(|o| span[0] < o[1] && o[0] < span[1])
}

pub(super) fn check_doc(ck: &mut Checker, path: &Path, doc: &Doc, ctx: &DocContext) {
    let bounds = char_boundaries(&doc.text);
    // The folded text, made at the first wrong quote and reused by the others.
    let folded = std::cell::OnceCell::new();
    if let Some(p) = &doc.meta.published {
        if let Err(e) = DateRange::parse(p) {
            ck.add(
                path,
                Some("published".into()),
                format!("bad publication date: {e}"),
                "write YYYY-MM-DD, YYYY-MM or YYYY, or null",
            );
        }
    }
    for o in &doc.meta.out_of_scope {
        let place = Some(format!("out_of_scope [{}, {}]", o.span[0], o.span[1]));
        check_span(ck, path, &place, doc, &bounds, o.span, None, &folded);
    }
    for m in &doc.meta.mentions {
        let place = Some(format!(
            "mention of {} at [{}, {}]",
            m.actor, m.span[0], m.span[1]
        ));
        if ctx.actors_ok && !ctx.actor_kind.contains_key(m.actor.as_str()) {
            ck.add(
                path,
                place.clone(),
                format!("unknown actor {:?}", m.actor),
                unknown_actor_help(&m.actor, ctx.actor_kind),
            );
        }
        check_span(
            ck,
            path,
            &place,
            doc,
            &bounds,
            m.span,
            Some(&m.text),
            &folded,
        );
        if let Some(o) = inside_out_of_scope(doc, m.span) {
            ck.add(
                path,
                place,
                format!(
                    "the mention lies in the out-of-scope stretch [{}, {}]",
                    o[0], o[1]
                ),
                "remove the mention, or narrow the out_of_scope span",
            );
        }
    }
    for r in &doc.meta.relations {
        let place = Some(format!("relation {}", r.id));
        if !is_relation_id(&r.id) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "relation id {:?} may only hold ASCII letters, digits, '-', '_' and '.'",
                    r.id
                ),
                format!("rename it, e.g. \"{}-r1\"", doc.id),
            );
        }
        let ty = ctx.voc.types.get(r.kind.as_str());
        if ctx.schema_ok && ty.is_none() {
            let known: Vec<&str> = ctx.voc.type_order.to_vec();
            let close = did_you_mean(&r.kind, known.iter().copied(), 0.8, 1);
            ck.add(
                path,
                place.clone(),
                format!("unknown relation type {:?}", r.kind),
                format!(
                    "{close}use one of: {} (or declare the type in schema.json)",
                    known.join(", ")
                ),
            );
        }
        let mut ends_known = true;
        for (side, id) in [("source", &r.source), ("target", &r.target)] {
            if ctx.actors_ok && !ctx.actor_kind.contains_key(id.as_str()) {
                ends_known = false;
                ck.add(
                    path,
                    place.clone(),
                    format!("unknown {side} actor {id:?}"),
                    unknown_actor_help(id, ctx.actor_kind),
                );
            }
        }
        if r.source == r.target {
            ck.add(
                path,
                place.clone(),
                format!("the relation joins {:?} to itself", r.source),
                "a relation joins two different actors: fix the source or the target",
            );
        }
        if let (Some(t), true, true) = (ty, ends_known, ctx.actors_ok) {
            let sk = ctx.actor_kind[r.source.as_str()];
            let tk = ctx.actor_kind[r.target.as_str()];
            let fit = t.fit(sk, tk);
            if fit != Fit::Yes && ctx.voc.kinds.contains(sk) && ctx.voc.kinds.contains(tk) {
                let swap = if fit == Fit::Swapped {
                    " (source and target look swapped)"
                } else {
                    ""
                };
                ck.add(
                    path,
                    place.clone(),
                    format!(
                        "a {} relation cannot join {} {:?} to {} {:?}{swap}",
                        t.id, sk, r.source, tk, r.target
                    ),
                    format!(
                        "{} joins a source of kind {} to a target of kind {}: fix the actors or the type, or widen the type in schema.json",
                        t.id,
                        t.source_kinds.join("/"),
                        t.target_kinds.join("/")
                    ),
                );
            }
        }
        check_span(
            ck,
            path,
            &place,
            doc,
            &bounds,
            r.span,
            Some(&r.quote),
            &folded,
        );
        if let Some(o) = inside_out_of_scope(doc, r.span) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "the quote lies in the out-of-scope stretch [{}, {}]",
                    o[0], o[1]
                ),
                "remove the relation, or narrow the out_of_scope span",
            );
        }
        if let Some(d) = &r.date {
            if let Err(e) = DateRange::parse(d) {
                ck.add(
                    path,
                    place.clone(),
                    format!("bad date: {e}"),
                    "write YYYY, YYYY-MM, YYYY-MM-DD or START/END, or leave the date out",
                );
            }
        }
        if let Some(why) = &r.date_inferred {
            if r.date.is_none() {
                ck.add(
                    path,
                    place.clone(),
                    "date_inferred is set but there is no date".into(),
                    "add the inferred date, or remove date_inferred",
                );
            } else if why.trim().is_empty() {
                ck.add(path, place.clone(), "date_inferred is empty".into(), "say how the date was inferred, e.g. \"'last Tuesday' in an article of 2021-06-17\"");
            }
        }
    }
}
