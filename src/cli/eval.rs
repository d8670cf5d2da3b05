//! `liaison eval-suggest`: score `suggest` against the annotated documents of a corpus (precision
//! and recall of the proposals, overall and per type; mention recall and wrong resolutions).

use liaison::corpus;
use liaison::suggest::eval::{evaluate, Counts, Report};
use liaison::suggest::Matcher;
use liaison::view::write_json;
use liaison::{Error, Exit};
use std::io::Write;
use std::path::Path;

/// Score the relation proposals and mentions of `suggest` against the corpus's annotations.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// Also list, per document, the wrong proposals and the missed relations.
    #[arg(long)]
    pub errors: bool,
    #[arg(long)]
    pub json: bool,
}

fn pct(x: Option<f64>) -> String {
    x.map_or("-".to_string(), |v| format!("{:.1}%", 100.0 * v))
}

fn row(out: &mut dyn Write, name: &str, c: &Counts) -> std::io::Result<()> {
    writeln!(
        out,
        "{name:<56} {:>5} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
        c.shown,
        c.right,
        c.gold,
        c.found,
        pct(c.precision()),
        pct(c.recall()),
        pct((c.gold > 0).then(|| c.found_all as f64 / c.gold as f64)),
    )
}

pub fn print(r: &Report, errors: bool, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<56} {:>5} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
        "DOCUMENT", "SHOWN", "RIGHT", "GOLD", "FOUND", "PREC", "RECALL", "R(ALL)"
    )?;
    for d in &r.documents {
        row(out, &d.doc, &d.relations)?;
        if errors {
            for w in &d.wrong {
                writeln!(out, "    wrong:  {w}")?;
            }
            for m in &d.missed {
                writeln!(out, "    missed: {m}")?;
            }
        }
    }
    row(out, "total", &r.relations)?;
    writeln!(out, "\nper type")?;
    for (t, c) in &r.per_type {
        row(out, &format!("  {t}"), c)?;
    }
    let m = &r.mentions;
    writeln!(
        out,
        "\nmentions: {} gold, {} found with the right actor ({}), {} wrongly resolved ({}), {} found names outside gold mentions",
        m.gold,
        m.right,
        pct(m.recall()),
        m.wrong,
        pct(m.wrong_rate()),
        m.extra
    )
}

pub fn run(dir: &Path, a: &EvalArgs, out: &mut dyn Write) -> Result<Exit, Error> {
    let corpus = corpus::load(dir).map_err(|problems| Error::Corpus {
        dir: dir.to_path_buf(),
        problems,
    })?;
    let m = Matcher::new(&corpus).map_err(Error::Internal)?;
    let r = evaluate(&corpus, &m);
    if a.json {
        write_json(out, &r).map_err(Error::output)?;
    } else {
        print(&r, a.errors, out).map_err(Error::output)?;
    }
    Ok(Exit::Success)
}
