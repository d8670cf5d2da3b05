//! Writing a relation by quoting it (the span is computed, names resolve like queries), and
//! removing one.

use super::writer::{Change, Writer};
use crate::corpus::Corpus;
use crate::diag::did_you_mean;
use crate::error::Error;
use crate::model::{is_relation_id, Fit, RelationDef};
use crate::resolve::{unknown_doc, Resolver};
use crate::text::{context, find_quote};
use std::path::Path;

/// What `annotate` did.
#[derive(Debug, Clone)]
pub enum Annotated {
    Added(RelationDef),
    Removed { doc: String, relation: RelationDef },
}

#[derive(Debug, Clone, Default)]
pub struct Annotate {
    pub doc: String,
    pub kind: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub quote: Option<String>,
    pub date: Option<String>,
    pub date_inferred: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
    /// 1-based, among the quote's occurrences.
    pub occurrence: Option<usize>,
    pub id: Option<String>,
    pub remove: Option<String>,
}

/// Explains an absent quote: how much of it (in whole words) the text does contain.
fn absent_help(text: &str, quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    // The longest head of the quote the text contains. A text that contains the first n words
    // contains the first n - 1, so a binary search finds it with a handful of searches of the
    // whole text (each one folds it) instead of one per word.
    let mut best = 0;
    let mut at = None;
    let (mut lo, mut hi) = (1, words.len());
    while lo < hi {
        let n = lo + (hi - lo) / 2;
        match find_quote(text, &words[..n].join(" ")).first() {
            Some(f) => {
                best = n;
                at = Some(*f);
                lo = n + 1;
            }
            None => hi = n,
        }
    }
    match at {
        Some(span) => format!(
            "the first {best} of its {} words are found at [{}, {}]: {}\nthe text differs after that; copy the quote from the text (spelling differences in tashkeel, hamza forms, ة/ه and ى/ي are ignored, others are not)",
            words.len(),
            span[0],
            span[1],
            context(text, span, 40)
        ),
        None => "copy a stretch of the document's text (spelling differences in tashkeel, hamza forms, ة/ه and ى/ي, case and punctuation are ignored)".to_string(),
    }
}

/// The next relation id of a document, `DOCID-rN`, above every such id in the corpus (and
/// `taken_extra`, ids handed out in the same change), so ids never collide and keep their order.
pub fn next_relation_id(corpus: &Corpus, doc: &str, taken_extra: &[String]) -> String {
    let prefix = format!("{doc}-r");
    let max = corpus
        .docs
        .iter()
        .flat_map(|d| d.meta.relations.iter().map(|r| r.id.as_str()))
        .chain(taken_extra.iter().map(|s| s.as_str()))
        .filter_map(|id| id.strip_prefix(&prefix).and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max + 1)
}

/// Checks a relation type and its ends' kinds against the schema, with a message that names the
/// fix (the full check runs again before the write).
pub fn check_relation(
    corpus: &Corpus,
    kind: &str,
    source: &str,
    target: &str,
) -> Result<(), Error> {
    let Some(t) = corpus.schema.relation_types.iter().find(|t| t.id == kind) else {
        let known: Vec<&str> = corpus
            .schema
            .relation_types
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        let close = did_you_mean(kind, known.iter().copied(), 0.8, 1);
        return Err(Error::usage(
            format!("unknown relation type {kind:?}"),
            format!("{close}use one of: {}", known.join(", ")),
        ));
    };
    if source == target {
        return Err(Error::usage(
            format!("--from and --to are both {source}"),
            "a relation joins two different actors",
        ));
    }
    let kind_of = |id: &str| {
        corpus
            .actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.kind.as_str())
            .unwrap_or("")
    };
    let (sk, tk) = (kind_of(source), kind_of(target));
    let fit = t.fit(sk, tk);
    if fit == Fit::Yes {
        return Ok(());
    }
    let swap = if fit == Fit::Swapped {
        "; the two look swapped: exchange --from and --to"
    } else {
        ""
    };
    Err(Error::usage(
        format!(
            "a {} relation cannot join {sk} {source} to {tk} {target}",
            t.id
        ),
        format!(
            "{} joins a source of kind {} to a target of kind {}{swap}",
            t.id,
            t.source_kinds.join("/"),
            t.target_kinds.join("/")
        ),
    ))
}

fn required<'a>(v: &'a Option<String>, flag: &str) -> Result<&'a str, Error> {
    v.as_deref().ok_or_else(|| {
        Error::usage(
            format!("{flag} is required"),
            "annotate DOC --type TYPE --from ACTOR --to ACTOR --quote \"…\" (or annotate DOC --remove ID)",
        )
    })
}

pub fn run(dir: &Path, q: &Annotate) -> Result<Annotated, Error> {
    if let Some(id) = &q.remove {
        return remove(dir, &q.doc, id);
    }
    let kind = required(&q.kind, "--type")?;
    let from = required(&q.from, "--from")?;
    let to = required(&q.to, "--to")?;
    let quote = required(&q.quote, "--quote")?;
    if let Some(d) = &q.date {
        crate::resolve::parse_date("--date", d)?;
    }
    if q.date_inferred.is_some() && q.date.is_none() {
        return Err(Error::usage(
            "--date-inferred needs --date",
            "give the inferred date with --date and say how with --date-inferred",
        ));
    }
    if let Some(id) = &q.id {
        if !is_relation_id(id) {
            return Err(Error::usage(
                format!("--id {id:?} is not a valid relation id"),
                "use ASCII letters, digits, '-', '_' and '.'",
            ));
        }
    }
    let w = Writer::open(dir)?;
    let di = w
        .corpus
        .docs
        .iter()
        .position(|d| d.id == q.doc)
        .ok_or_else(|| unknown_doc(&w.corpus, &q.doc))?;
    let names = Resolver::new(&w.corpus)?;
    let source = names.id(from)?;
    let target = names.id(to)?;
    check_relation(&w.corpus, kind, &source, &target)?;
    let doc = &w.corpus.docs[di];
    let found = find_quote(&doc.text, quote);
    let span = match (found.len(), q.occurrence) {
        (0, _) => {
            return Err(Error::usage(
                format!("the quote is not in document {}", doc.id),
                absent_help(&doc.text, quote),
            ));
        }
        (n, Some(k)) if k == 0 || k > n => {
            return Err(Error::usage(
                format!(
                    "--occurrence {k}: the quote occurs {n} time{} in {}",
                    if n == 1 { "" } else { "s" },
                    doc.id
                ),
                format!("give a number from 1 to {n}"),
            ));
        }
        (_, Some(k)) => found[k - 1],
        (1, None) => found[0],
        (n, None) => {
            let list: Vec<String> = found
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    format!(
                        "{}. [{}, {}] {}",
                        i + 1,
                        s[0],
                        s[1],
                        context(&doc.text, *s, 30)
                    )
                })
                .collect();
            return Err(Error::usage(
                format!("the quote occurs {n} times in {}", doc.id),
                format!(
                    "pick one with --occurrence N, or quote a longer stretch:\n{}",
                    list.join("\n")
                ),
            ));
        }
    };
    let exact: String = doc
        .text
        .chars()
        .skip(span[0] as usize)
        .take((span[1] - span[0]) as usize)
        .collect();
    let id = match &q.id {
        Some(id) => id.clone(),
        None => next_relation_id(&w.corpus, &doc.id, &[]),
    };
    if let Some(other) = w
        .corpus
        .docs
        .iter()
        .find(|d| d.meta.relations.iter().any(|r| r.id == id))
    {
        return Err(Error::usage(
            format!("relation id {id:?} is already used in document {}", other.id),
            "relation ids are unique in the corpus: choose another --id, or leave --id out to get the next free one",
        ));
    }
    if let Some(dup) = doc.meta.relations.iter().find(|r| {
        r.kind == kind
            && r.span == span
            && ((r.source == source && r.target == target)
                || (r.source == target && r.target == source))
    }) {
        return Err(Error::usage(
            format!("{} already states this: {} {} {} at [{}, {}]", dup.id, dup.source, dup.kind, dup.target, span[0], span[1]),
            format!("nothing to add; to change it, remove it first with `liaison annotate {} --remove {}`", doc.id, dup.id),
        ));
    }
    let rel = RelationDef {
        id,
        kind: kind.to_string(),
        source,
        target,
        span,
        quote: exact,
        date: q.date.clone(),
        date_inferred: q.date_inferred.clone(),
        place: q.place.clone(),
        note: q.note.clone(),
    };
    let mut meta = doc.meta.clone();
    meta.relations.push(rel.clone());
    let doc_id = doc.id.clone();
    w.commit(vec![Change::doc_meta(&doc_id, &meta)])?;
    Ok(Annotated::Added(rel))
}

fn remove(dir: &Path, doc_id: &str, id: &str) -> Result<Annotated, Error> {
    let w = Writer::open(dir)?;
    let doc = w
        .corpus
        .docs
        .iter()
        .find(|d| d.id == doc_id)
        .ok_or_else(|| unknown_doc(&w.corpus, doc_id))?;
    let Some(pos) = doc.meta.relations.iter().position(|r| r.id == id) else {
        let elsewhere = w
            .corpus
            .docs
            .iter()
            .find(|d| d.meta.relations.iter().any(|r| r.id == id));
        let help = match elsewhere {
            Some(d) => format!(
                "{id} belongs to document {}: `liaison annotate {} --remove {id}`",
                d.id, d.id
            ),
            None => {
                let ids: Vec<&str> = doc.meta.relations.iter().map(|r| r.id.as_str()).collect();
                if ids.is_empty() {
                    format!("{doc_id} has no relations")
                } else {
                    format!("its relations are: {}", ids.join(", "))
                }
            }
        };
        return Err(Error::usage(
            format!("document {doc_id} has no relation {id:?}"),
            help,
        ));
    };
    let mut meta = doc.meta.clone();
    let rel = meta.relations.remove(pos);
    w.commit(vec![Change::doc_meta(doc_id, &meta)])?;
    Ok(Annotated::Removed {
        doc: doc_id.to_string(),
        relation: rel,
    })
}
