//! `liaison suggest DOC`: the known actors a document mentions, names it does not know yet, and the
//! relations its patterns propose (ranked, with confidence, date and place), for review;
//! `--accept S1 S3` and `--accept-mentions` write them.

use super::notes;
use liaison::corpus::{self, Corpus, Doc};
use liaison::edit::suggest::{accept as write_accepted, Accept};
use liaison::resolve::unknown_doc;
use liaison::suggest::analysis::{analyse, Analysis, Recall};
use liaison::suggest::candidates::Candidate;
use liaison::suggest::{Matcher, Proposal};
use liaison::view::write_json;
use liaison::{Error, Exit};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Find the known actors a document mentions and propose relations with argument roles.
#[derive(Debug, Clone, clap::Args)]
pub struct SuggestQuery {
    /// The document id (or --all).
    #[arg(required_unless_present = "all")]
    pub doc: Option<String>,
    /// With DOC: also list the proposals under 0.5, hidden by default (a confidence is how often
    /// the proposal's rule was right on held-out articles). Without DOC: every document (a
    /// summary per document).
    #[arg(long)]
    pub all: bool,
    /// Write these proposals (S1 S3…) as relations.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub accept: Vec<String>,
    /// Write the mentions found that are not annotated yet.
    #[arg(long)]
    pub accept_mentions: bool,
    /// Print the mentions, new actor candidates and proposals as JSON (each proposal with its
    /// measured `confidence` and its rule's own `rule_confidence`).
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
pub struct ProposalJson<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    ty: &'a str,
    source: &'a str,
    target: &'a str,
    confidence: f32,
    rule_confidence: f32,
    hidden: bool,
    cue: &'a str,
    rule: &'a str,
    span: [u32; 2],
    quote: &'a str,
    date: Option<&'a str>,
    date_inferred: Option<&'a str>,
    place: Option<&'a str>,
    annotated_as: Option<&'a str>,
}

pub fn proposal_json<'a>(corpus: &'a Corpus, p: &'a Proposal) -> ProposalJson<'a> {
    ProposalJson {
        id: &p.id,
        ty: &p.ty,
        source: &corpus.actors[p.source].id,
        target: &corpus.actors[p.target].id,
        confidence: p.confidence,
        rule_confidence: p.rule_confidence,
        hidden: p.hidden,
        cue: &p.cue,
        rule: &p.rule,
        span: p.span,
        quote: &p.quote,
        date: p.date.as_deref(),
        date_inferred: p.date_inferred.as_deref(),
        place: p.place.as_deref(),
        annotated_as: p.annotated_as.as_deref(),
    }
}

#[derive(Serialize)]
struct ReadingJson<'a> {
    span: [u32; 2],
    text: String,
    actor: &'a str,
    reading: &'a str,
}

#[derive(Serialize)]
struct DocJson<'a> {
    doc: &'a str,
    mentions: Vec<MentionJson<'a>>,
    /// Phrases that are not names but were read as an actor for the proposals.
    readings: Vec<ReadingJson<'a>>,
    candidates: &'a [Candidate],
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
        readings: a
            .entities
            .iter()
            .filter_map(|e| {
                let r = e.reading?;
                let span = [a.tokens[e.t[0]].span[0], a.tokens[e.t[1] - 1].span[1]];
                Some(ReadingJson {
                    span,
                    text: doc
                        .text
                        .chars()
                        .skip(span[0] as usize)
                        .take((span[1] - span[0]) as usize)
                        .collect(),
                    actor: id(e.actor),
                    reading: r,
                })
            })
            .collect(),
        candidates: &a.candidates,
        proposals: a
            .proposals
            .iter()
            .map(|p| proposal_json(corpus, p))
            .collect(),
        recall: a.recall,
    }
}

/// One proposal: id, relation, confidence, cue, date and place, then its quote.
pub fn print_proposal(corpus: &Corpus, p: &Proposal, out: &mut dyn Write) -> std::io::Result<()> {
    let directed = corpus
        .schema
        .relation_types
        .iter()
        .any(|t| t.id == p.ty && t.directed);
    let mut extra = String::new();
    if let Some(d) = &p.date {
        extra.push_str(&format!("   date {d}"));
        if p.date_inferred.is_some() {
            extra.push_str(" (inferred)");
        }
    }
    if let Some(pl) = &p.place {
        extra.push_str(&format!("   place {pl}"));
    }
    if let Some(r) = &p.annotated_as {
        extra.push_str(&format!("   already annotated as {r}"));
    }
    writeln!(
        out,
        "  {:<4} {} {} {} ({})   {:.2}   cue \"{}\"{extra}",
        p.id,
        corpus.actors[p.source].id,
        if directed { "→" } else { "—" },
        corpus.actors[p.target].id,
        p.ty,
        p.confidence,
        p.cue,
    )?;
    writeln!(
        out,
        "       [{}, {}] {}",
        p.span[0],
        p.span[1],
        p.quote.replace('\n', " ")
    )
}

fn print_doc(
    corpus: &Corpus,
    doc: &Doc,
    a: &Analysis,
    all: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
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
    if !a.candidates.is_empty() {
        writeln!(out, "\nnew actor candidates ({}):", a.candidates.len())?;
        for c in &a.candidates {
            writeln!(
                out,
                "  {:<12} {} ({})\n       {}",
                format!("[{}, {}]", c.span[0], c.span[1]),
                c.text,
                c.kind,
                c.command
            )?;
        }
    }
    let hidden = a.proposals.iter().filter(|p| p.hidden).count();
    let listed: Vec<&Proposal> = a.proposals.iter().filter(|p| all || !p.hidden).collect();
    if hidden > 0 && !all {
        writeln!(
            out,
            "\nproposed relations ({}; {hidden} with low confidence hidden, --all lists them):",
            listed.len()
        )?;
    } else {
        writeln!(out, "\nproposed relations ({}):", listed.len())?;
    }
    for p in &listed {
        print_proposal(corpus, p, out)?;
    }
    let open: Vec<&str> = listed
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
    let timings = std::env::var_os("LIAISON_TIMINGS").is_some();
    let t0 = std::time::Instant::now();
    let corpus = match &q.doc {
        Some(id) => liaison::suggest::load_for_doc(dir, id)?,
        None => corpus::load(dir).map_err(|problems| Error::Corpus {
            dir: dir.to_path_buf(),
            problems,
        })?,
    };
    let t1 = std::time::Instant::now();
    let m = Matcher::new(&corpus).map_err(Error::Internal)?;
    if timings {
        let _ = writeln!(
            err,
            "load and check {:.3} s, name matcher {:.3} s ({} names)",
            (t1 - t0).as_secs_f64(),
            t1.elapsed().as_secs_f64(),
            m.pattern_count()
        );
    }
    if q.all && q.doc.is_none() {
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
    let t2 = std::time::Instant::now();
    let a = analyse(&corpus, &m, doc);
    if timings {
        let _ = writeln!(err, "analysis {:.3} s", t2.elapsed().as_secs_f64());
    }
    if q.json {
        write_json(out, &doc_json(&corpus, doc, &a)).map_err(Error::output)?;
    } else {
        print_doc(&corpus, doc, &a, q.all, out).map_err(Error::output)?;
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
            edits: Vec::new(),
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
