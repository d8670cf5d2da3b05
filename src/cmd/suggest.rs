//! `liaison suggest DOC`: the known actors a document mentions and the relations its cue words
//! suggest, for review; `--accept S1 S3` and `--accept-mentions` write them.

use super::annotate::next_relation_id;
use super::doc::unknown_doc;
use crate::corpus::{self, Corpus, Doc};
use crate::error::{Error, Exit};
use crate::model::{MentionDef, RelationDef};
use crate::output::write_json;
use crate::suggest::{propose, Found, Matcher, Proposal};
use crate::write::{Change, Writer};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone, Default)]
pub struct SuggestQuery {
    pub doc: Option<String>,
    pub all: bool,
    pub accept: Vec<String>,
    pub accept_mentions: bool,
    pub json: bool,
}

#[derive(Serialize)]
struct MentionJson<'a> {
    span: [u32; 2],
    text: &'a str,
    /// The actor, when the name is not shared by several.
    actor: Option<&'a str>,
    candidates: Vec<&'a str>,
    annotated: bool,
}

#[derive(Serialize)]
struct ProposalJson<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    ty: &'a str,
    source: &'a str,
    target: &'a str,
    cue: &'a str,
    span: [u32; 2],
    quote: &'a str,
    annotated_as: Option<&'a str>,
}

/// How many of the document's annotated mentions the matcher found.
#[derive(Serialize, Default, Clone, Copy)]
pub struct Recall {
    pub annotated: usize,
    /// Found with exactly the annotated span and actor.
    pub exact: usize,
    /// Found overlapping the annotated span, with the annotated actor among the candidates.
    pub overlapping: usize,
}

#[derive(Serialize)]
struct DocJson<'a> {
    doc: &'a str,
    mentions: Vec<MentionJson<'a>>,
    proposals: Vec<ProposalJson<'a>>,
    recall: Recall,
}

struct Analysis {
    found: Vec<Found>,
    /// For each found mention, whether the document already has it.
    annotated: Vec<bool>,
    proposals: Vec<Proposal>,
    recall: Recall,
}

fn overlaps(a: [u32; 2], b: [u32; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

fn analyse(corpus: &Corpus, m: &Matcher, doc: &Doc) -> Analysis {
    let found: Vec<Found> = m
        .find(&doc.text)
        .into_iter()
        .filter(|f| {
            !doc.meta
                .out_of_scope
                .iter()
                .any(|o| overlaps(o.span, f.span))
        })
        .collect();
    let actor_id = |i: usize| corpus.actors[i].id.as_str();
    let annotated = found
        .iter()
        .map(|f| {
            doc.meta.mentions.iter().any(|x| {
                overlaps(x.span, f.span) && f.actors.iter().any(|&a| actor_id(a) == x.actor)
            })
        })
        .collect();
    let mut recall = Recall {
        annotated: doc.meta.mentions.len(),
        ..Recall::default()
    };
    for x in &doc.meta.mentions {
        let hit = |exact: bool| {
            found.iter().any(|f| {
                (if exact {
                    f.span == x.span
                } else {
                    overlaps(f.span, x.span)
                }) && f.actors.iter().any(|&a| actor_id(a) == x.actor)
            })
        };
        if hit(true) {
            recall.exact += 1;
        }
        if hit(false) {
            recall.overlapping += 1;
        }
    }
    let proposals = propose(corpus, doc, &found);
    Analysis {
        found,
        annotated,
        proposals,
        recall,
    }
}

fn doc_json<'a>(corpus: &'a Corpus, doc: &'a Doc, a: &'a Analysis) -> DocJson<'a> {
    let id = |i: usize| corpus.actors[i].id.as_str();
    DocJson {
        doc: &doc.id,
        mentions: a
            .found
            .iter()
            .zip(&a.annotated)
            .map(|(f, &annotated)| MentionJson {
                span: f.span,
                text: &f.text,
                actor: (f.actors.len() == 1).then(|| id(f.actors[0])),
                candidates: f.actors.iter().map(|&i| id(i)).collect(),
                annotated,
            })
            .collect(),
        proposals: a
            .proposals
            .iter()
            .map(|p| ProposalJson {
                id: &p.id,
                ty: &p.ty,
                source: id(p.source),
                target: id(p.target),
                cue: &p.cue,
                span: p.span,
                quote: &p.quote,
                annotated_as: p.annotated_as.as_deref(),
            })
            .collect(),
        recall: a.recall,
    }
}

fn print_doc(corpus: &Corpus, doc: &Doc, a: &Analysis, out: &mut dyn Write) -> std::io::Result<()> {
    let new = a.annotated.iter().filter(|x| !**x).count();
    writeln!(
        out,
        "{}: {} mention{} found ({} already annotated, {new} new)",
        doc.id,
        a.found.len(),
        if a.found.len() == 1 { "" } else { "s" },
        a.found.len() - new
    )?;
    for (f, &ann) in a.found.iter().zip(&a.annotated) {
        let who: Vec<&str> = f
            .actors
            .iter()
            .map(|&i| corpus.actors[i].id.as_str())
            .collect();
        let who = if who.len() == 1 {
            who[0].to_string()
        } else {
            format!("ambiguous: {}", who.join(" | "))
        };
        writeln!(
            out,
            "  {:<12} {:<24} {}{}",
            format!("[{}, {}]", f.span[0], f.span[1]),
            who,
            f.text,
            if ann { "" } else { "   (new)" }
        )?;
    }
    writeln!(out, "\nproposed relations ({}):", a.proposals.len())?;
    for p in &a.proposals {
        let directed = corpus
            .schema
            .relation_types
            .iter()
            .any(|t| t.id == p.ty && t.directed);
        writeln!(
            out,
            "  {:<4} {} {} {} {}   cue {:?}{}",
            p.id,
            corpus.actors[p.source].id,
            if directed { "→" } else { "—" },
            corpus.actors[p.target].id,
            format_args!("({})", p.ty),
            p.cue,
            p.annotated_as
                .as_deref()
                .map(|r| format!("   already annotated as {r}"))
                .unwrap_or_default()
        )?;
        writeln!(
            out,
            "       [{}, {}] {}",
            p.span[0],
            p.span[1],
            p.quote.replace('\n', " ")
        )?;
    }
    let open: Vec<&str> = a
        .proposals
        .iter()
        .filter(|p| p.annotated_as.is_none())
        .map(|p| p.id.as_str())
        .collect();
    if !open.is_empty() || new > 0 {
        writeln!(out)?;
    }
    if !open.is_empty() {
        writeln!(
            out,
            "write proposals with: liaison suggest {} --accept {}",
            doc.id,
            open.join(" ")
        )?;
    }
    if new > 0 {
        writeln!(
            out,
            "write the new mentions with: liaison suggest {} --accept-mentions",
            doc.id
        )?;
    }
    Ok(())
}

pub fn run(
    dir: &Path,
    q: &SuggestQuery,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    if !q.accept.is_empty() || q.accept_mentions {
        return accept(dir, q, out, err);
    }
    let corpus = corpus::load(dir).map_err(|problems| Error::Corpus {
        dir: dir.to_path_buf(),
        problems,
    })?;
    let m = Matcher::new(&corpus).map_err(Error::Internal)?;
    if q.all {
        let mut total = Recall::default();
        let mut docs = Vec::new();
        for d in &corpus.docs {
            let a = analyse(&corpus, &m, d);
            total.annotated += a.recall.annotated;
            total.exact += a.recall.exact;
            total.overlapping += a.recall.overlapping;
            docs.push((d, a));
        }
        if q.json {
            #[derive(Serialize)]
            struct All<'a> {
                documents: Vec<DocJson<'a>>,
                recall: Recall,
            }
            let all = All {
                documents: docs.iter().map(|(d, a)| doc_json(&corpus, d, a)).collect(),
                recall: total,
            };
            write_json(out, &all).map_err(Error::output)?;
        } else {
            let pct = |n: usize, d: usize| {
                if d == 0 {
                    "-".to_string()
                } else {
                    format!("{:.1}%", 100.0 * n as f64 / d as f64)
                }
            };
            for (d, a) in &docs {
                let new = a.annotated.iter().filter(|x| !**x).count();
                let open = a
                    .proposals
                    .iter()
                    .filter(|p| p.annotated_as.is_none())
                    .count();
                writeln!(
                    out,
                    "{}: {} mentions found ({new} new), {} proposals ({open} open); recall of annotated mentions {} exact, {} overlapping ({} annotated)",
                    d.id,
                    a.found.len(),
                    a.proposals.len(),
                    pct(a.recall.exact, a.recall.annotated),
                    pct(a.recall.overlapping, a.recall.annotated),
                    a.recall.annotated
                )
                .map_err(Error::output)?;
            }
            writeln!(
                out,
                "total: recall {} exact, {} overlapping, of {} annotated mentions in {} documents ({} names and aliases matched)",
                pct(total.exact, total.annotated),
                pct(total.overlapping, total.annotated),
                total.annotated,
                docs.len(),
                m.pattern_count()
            )
            .map_err(Error::output)?;
        }
        return Ok(Exit::Success);
    }
    let id = q.doc.as_deref().unwrap_or_default();
    let doc = corpus
        .docs
        .iter()
        .find(|d| d.id == id)
        .ok_or_else(|| unknown_doc(&corpus, id))?;
    let a = analyse(&corpus, &m, doc);
    if q.json {
        write_json(out, &doc_json(&corpus, doc, &a)).map_err(Error::output)?;
    } else {
        print_doc(&corpus, doc, &a, out).map_err(Error::output)?;
    }
    Ok(Exit::Success)
}

/// Recomputes the suggestions under the write lock (so the ids name what the user reviewed, as
/// long as nothing changed since) and writes the accepted ones.
fn accept(
    dir: &Path,
    q: &SuggestQuery,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let w = Writer::open(dir)?;
    let id = q.doc.as_deref().unwrap_or_default();
    let doc = w
        .corpus
        .docs
        .iter()
        .find(|d| d.id == id)
        .ok_or_else(|| unknown_doc(&w.corpus, id))?;
    let m = Matcher::new(&w.corpus).map_err(Error::Internal)?;
    let a = analyse(&w.corpus, &m, doc);
    let mut meta = doc.meta.clone();
    let mut written: Vec<String> = Vec::new();
    let mut new_ids: Vec<String> = Vec::new();
    for s in &q.accept {
        let key = s.trim().to_ascii_uppercase();
        let Some(p) = a.proposals.iter().find(|p| p.id == key) else {
            return Err(Error::usage(
                format!("no proposal {s:?} for {id}"),
                if a.proposals.is_empty() {
                    format!("`liaison suggest {id}` has no proposals for this document")
                } else {
                    format!(
                        "the proposals are S1 to S{}: run `liaison suggest {id}` to review them",
                        a.proposals.len()
                    )
                },
            ));
        };
        if let Some(r) = &p.annotated_as {
            writeln!(
                err,
                "liaison: note: {} is already annotated as {r}; skipped",
                p.id
            )
            .map_err(Error::output)?;
            continue;
        }
        if new_ids.iter().any(|x| x == &p.id) {
            continue;
        }
        let rid = next_relation_id(&w.corpus, id, &written);
        meta.relations.push(RelationDef {
            id: rid.clone(),
            kind: p.ty.clone(),
            source: w.corpus.actors[p.source].id.clone(),
            target: w.corpus.actors[p.target].id.clone(),
            span: p.span,
            quote: p.quote.clone(),
            date: None,
            date_inferred: None,
            place: None,
            note: None,
        });
        new_ids.push(p.id.clone());
        written.push(rid);
    }
    let mut added_mentions = 0usize;
    let mut skipped_ambiguous = 0usize;
    if q.accept_mentions {
        for (f, &ann) in a.found.iter().zip(&a.annotated) {
            if ann || meta.mentions.iter().any(|x| overlaps(x.span, f.span)) {
                continue;
            }
            if f.actors.len() != 1 {
                skipped_ambiguous += 1;
                continue;
            }
            meta.mentions.push(MentionDef {
                actor: w.corpus.actors[f.actors[0]].id.clone(),
                span: f.span,
                text: f.text.clone(),
            });
            added_mentions += 1;
        }
        meta.mentions.sort_by_key(|x| x.span);
    }
    if written.is_empty() && added_mentions == 0 {
        writeln!(out, "nothing to write").map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let doc_id = doc.id.clone();
    w.commit(vec![Change::doc_meta(&doc_id, &meta)])?;
    for (s, r) in new_ids.iter().zip(&written) {
        let rel = meta
            .relations
            .iter()
            .find(|x| &x.id == r)
            .ok_or_else(|| Error::Internal("written relation missing".into()))?;
        writeln!(out, "{s} → {r}: {} {} {}", rel.source, rel.kind, rel.target)
            .map_err(Error::output)?;
    }
    if q.accept_mentions {
        writeln!(
            out,
            "added {added_mentions} mention{} to {doc_id}",
            if added_mentions == 1 { "" } else { "s" }
        )
        .map_err(Error::output)?;
        if skipped_ambiguous > 0 {
            writeln!(
                err,
                "liaison: note: {skipped_ambiguous} mention{} of a name shared by several actors left out: annotate them by hand",
                if skipped_ambiguous == 1 { "" } else { "s" }
            )
            .map_err(Error::output)?;
        }
    }
    Ok(Exit::Success)
}
