//! `liaison review DOC`: the proposals of `suggest`, one at a time, like `git add -p`: accept,
//! reject, edit (type, direction, date, place), skip, quit. The accepted ones are written at the end
//! (or at quit) through the same locked, checked writer as `suggest --accept`, in one commit.
//! `--accept S…` and `--json` do the same without questions.
//!
//! The prompt loop reads lines from any `BufRead`, so it runs the same on a terminal and on a pipe
//! (`printf 'y\nn\nq\n' | liaison review DOC`); the end of input counts as quit.

use super::suggest::{print_proposal, proposal_json};
use liaison::corpus;
use liaison::edit::suggest::{accept as write_accepted, Accept, Edit};
use liaison::resolve::unknown_doc;
use liaison::suggest::analysis::analyse;
use liaison::suggest::{Matcher, Proposal};
use liaison::view::write_json;
use liaison::{Error, Exit};
use std::io::{BufRead, Write};
use std::path::Path;

/// Review a document's proposed relations one at a time and write the accepted ones.
#[derive(Debug, Clone, clap::Args)]
pub struct ReviewArgs {
    /// The document id.
    pub doc: String,
    /// Also review the proposals under 0.5 (more likely wrong than right, by how often their rule
    /// was right on held-out articles).
    #[arg(long)]
    pub all: bool,
    /// Accept these proposals (S1 S3…) without asking.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub accept: Vec<String>,
    /// Also write the mentions found that are not annotated yet.
    #[arg(long)]
    pub accept_mentions: bool,
    /// Print the proposals as JSON and ask nothing.
    #[arg(long)]
    pub json: bool,
}

/// What the reviewer decided.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Decisions {
    pub accepted: Vec<String>,
    pub edits: Vec<(String, Edit)>,
    pub rejected: usize,
    pub skipped: usize,
}

const HELP: &str = "y - accept this relation
n - reject it
e - edit it (type, direction, date, place), then accept it
s - skip it (decide later)
q - quit: write what was accepted so far and stop
? - this help";

fn ask(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    prompt: &str,
) -> std::io::Result<Option<String>> {
    write!(out, "{prompt}")?;
    out.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        writeln!(out)?;
        return Ok(None);
    }
    Ok(Some(line.trim().to_string()))
}

/// The prompt loop over `proposals`, reading answers from `input`.
pub fn review_loop(
    corpus: &corpus::Corpus,
    proposals: &[&Proposal],
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<Decisions> {
    let mut d = Decisions::default();
    let types: Vec<&str> = corpus
        .schema
        .relation_types
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    let n = proposals.len();
    'outer: for (k, p) in proposals.iter().enumerate() {
        writeln!(out, "\n({}/{n})", k + 1)?;
        print_proposal(corpus, p, out)?;
        loop {
            let Some(a) = ask(input, out, "accept this relation [y,n,e,s,q,?]? ")? else {
                break 'outer;
            };
            match a.as_str() {
                "y" | "yes" => {
                    d.accepted.push(p.id.clone());
                    break;
                }
                "n" | "no" => {
                    d.rejected += 1;
                    break;
                }
                "s" | "skip" | "" => {
                    d.skipped += 1;
                    break;
                }
                "q" | "quit" => break 'outer,
                "e" | "edit" => {
                    let mut e = Edit::default();
                    let t = ask(
                        input,
                        out,
                        &format!("  type [{}] ({}): ", p.ty, types.join(", ")),
                    )?
                    .unwrap_or_default();
                    if !t.is_empty() && t != p.ty {
                        if !types.contains(&t.as_str()) {
                            writeln!(out, "  no relation type {t:?}; kept {}", p.ty)?;
                        } else {
                            e.ty = Some(t);
                        }
                    }
                    let s =
                        ask(input, out, "  swap source and target [y/N]: ")?.unwrap_or_default();
                    e.swap = matches!(s.as_str(), "y" | "yes");
                    let date = ask(
                        input,
                        out,
                        &format!(
                            "  date [{}] (YYYY, YYYY-MM, YYYY-MM-DD; - for none): ",
                            p.date.as_deref().unwrap_or("-")
                        ),
                    )?
                    .unwrap_or_default();
                    if date == "-" {
                        e.date = Some(None);
                    } else if !date.is_empty() {
                        e.date = Some(Some(date));
                    }
                    let place = ask(
                        input,
                        out,
                        &format!(
                            "  place [{}] (- for none): ",
                            p.place.as_deref().unwrap_or("-")
                        ),
                    )?
                    .unwrap_or_default();
                    if place == "-" {
                        e.place = Some(None);
                    } else if !place.is_empty() {
                        e.place = Some(Some(place));
                    }
                    d.accepted.push(p.id.clone());
                    if e != Edit::default() {
                        d.edits.push((p.id.clone(), e));
                    }
                    break;
                }
                _ => writeln!(out, "{HELP}")?,
            }
        }
    }
    Ok(d)
}

pub fn run(
    dir: &Path,
    a: &ReviewArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    run_with(dir, a, &mut input, out, err)
}

pub fn run_with(
    dir: &Path,
    a: &ReviewArgs,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let corpus = corpus::load(dir).map_err(|problems| Error::Corpus {
        dir: dir.to_path_buf(),
        problems,
    })?;
    let doc = corpus
        .doc(&a.doc)
        .ok_or_else(|| unknown_doc(&corpus, &a.doc))?;
    let m = Matcher::new(&corpus).map_err(Error::Internal)?;
    let analysis = analyse(&corpus, &m, doc);
    let open: Vec<&Proposal> = analysis
        .proposals
        .iter()
        .filter(|p| (a.all || !p.hidden) && p.annotated_as.is_none())
        .collect();
    if a.json {
        let list: Vec<_> = open.iter().map(|p| proposal_json(&corpus, p)).collect();
        write_json(out, &list).map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let decisions = if !a.accept.is_empty() {
        Decisions {
            accepted: a.accept.clone(),
            ..Decisions::default()
        }
    } else {
        if open.is_empty() {
            writeln!(out, "{}: no open proposals", doc.id).map_err(Error::output)?;
        } else {
            let hidden = analysis.proposals.iter().filter(|p| p.hidden).count();
            writeln!(
                out,
                "{}: {} proposal{} to review{}",
                doc.id,
                open.len(),
                if open.len() == 1 { "" } else { "s" },
                if hidden > 0 && !a.all {
                    format!(" ({hidden} with low confidence not shown: --all)")
                } else {
                    String::new()
                }
            )
            .map_err(Error::output)?;
        }
        let d = review_loop(&corpus, &open, input, out).map_err(Error::output)?;
        writeln!(
            out,
            "\n{} accepted, {} rejected, {} skipped",
            d.accepted.len(),
            d.rejected,
            d.skipped
        )
        .map_err(Error::output)?;
        d
    };
    if decisions.accepted.is_empty() && !a.accept_mentions {
        writeln!(out, "nothing to write").map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let written = write_accepted(
        dir,
        &Accept {
            doc: a.doc.clone(),
            proposals: decisions.accepted,
            edits: decisions.edits,
            mentions: a.accept_mentions,
        },
    )?;
    for (p, r) in &written.already {
        writeln!(err, "note: {p} is already annotated as {r}; skipped").map_err(Error::output)?;
    }
    for (s, rel) in &written.relations {
        writeln!(
            out,
            "{s} → {}: {} {} {}{}",
            rel.id,
            rel.source,
            rel.kind,
            rel.target,
            rel.date
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default()
        )
        .map_err(Error::output)?;
    }
    if let Some(n) = written.mentions {
        writeln!(
            out,
            "added {n} mention{} to {}",
            if n == 1 { "" } else { "s" },
            written.doc
        )
        .map_err(Error::output)?;
    }
    Ok(Exit::Success)
}
