//! `liaison suggest DOC`: the known actors a document mentions and the relations its cue words
//! suggest, for review; `--accept S1 S3` and `--accept-mentions` write them.

use super::notes;
use liaison::corpus::{self, Corpus, Doc};
use liaison::edit::suggest::{accept as write_accepted, Accept};
use liaison::resolve::unknown_doc;
use liaison::suggest::analysis::{analyse, Analysis, Recall};
use liaison::suggest::Matcher;
use liaison::view::write_json;
use liaison::{Error, Exit};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Find the known actors a document mentions and propose relations from cue words.
#[derive(Debug, Clone, clap::Args)]
pub struct SuggestQuery {
    /// The document id (or --all).
    #[arg(required_unless_present = "all")]
    pub doc: Option<String>,
    /// Every document (a summary per document).
    #[arg(long, conflicts_with_all = ["doc", "accept", "accept_mentions"])]
    pub all: bool,
    /// Write these proposals (S1 S3…) as relations.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub accept: Vec<String>,
    /// Write the mentions found that are not annotated yet.
    #[arg(long)]
    pub accept_mentions: bool,
    #[arg(long)]
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

#[derive(Serialize)]
struct DocJson<'a> {
    doc: &'a str,
    mentions: Vec<MentionJson<'a>>,
    proposals: Vec<ProposalJson<'a>>,
    recall: Recall,
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
            total.add(a.recall);
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
    let doc = corpus.doc(id).ok_or_else(|| unknown_doc(&corpus, id))?;
    let a = analyse(&corpus, &m, doc);
    if q.json {
        write_json(out, &doc_json(&corpus, doc, &a)).map_err(Error::output)?;
    } else {
        print_doc(&corpus, doc, &a, out).map_err(Error::output)?;
    }
    Ok(Exit::Success)
}

fn accept(
    dir: &Path,
    q: &SuggestQuery,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let a = write_accepted(
        dir,
        &Accept {
            doc: q.doc.clone().unwrap_or_default(),
            proposals: q.accept.clone(),
            mentions: q.accept_mentions,
        },
    )?;
    let skipped: Vec<String> = a
        .already
        .iter()
        .map(|(p, r)| format!("{p} is already annotated as {r}; skipped"))
        .collect();
    notes(err, &skipped)?;
    if a.is_empty() {
        writeln!(out, "nothing to write").map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    for (s, rel) in &a.relations {
        writeln!(
            out,
            "{s} → {}: {} {} {}",
            rel.id, rel.source, rel.kind, rel.target
        )
        .map_err(Error::output)?;
    }
    if let Some(n) = a.mentions {
        writeln!(
            out,
            "added {n} mention{} to {}",
            if n == 1 { "" } else { "s" },
            a.doc
        )
        .map_err(Error::output)?;
        if a.ambiguous > 0 {
            notes(
                err,
                &[format!(
                    "{} mention{} of a name shared by several actors left out: annotate them by hand",
                    a.ambiguous,
                    if a.ambiguous == 1 { "" } else { "s" }
                )],
            )?;
        }
    }
    Ok(Exit::Success)
}
