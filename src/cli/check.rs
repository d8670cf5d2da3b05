//! `liaison check`: validate the whole corpus and list every problem; a clean corpus is compiled
//! into the store.

use liaison::store;
use liaison::view::write_json;
use liaison::{Error, Exit};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

#[derive(Serialize)]
struct ProblemJson<'a> {
    file: String,
    place: Option<&'a str>,
    message: &'a str,
    help: &'a str,
}

#[derive(Serialize)]
struct Report<'a> {
    ok: bool,
    documents: usize,
    actors: usize,
    relations: usize,
    problems: Vec<ProblemJson<'a>>,
}

/// Validate the whole corpus and report every problem.
#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(
    dir: &Path,
    a: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let json = a.json;
    // A clean corpus is compiled on the way, so the query that follows a check need not read the
    // corpus a second time.
    let (counts, problems) = match store::build(dir, None) {
        Ok(s) => {
            let g = s.graph();
            (
                (g.doc_count(), g.actors().len(), g.relation_count()),
                Vec::new(),
            )
        }
        Err(Error::Corpus { problems, .. }) => ((0, 0, 0), problems),
        Err(e) => return Err(e),
    };
    let io = |e| Error::Io {
        action: "writing the report for",
        path: dir.to_path_buf(),
        source: e,
    };
    if json {
        let report = Report {
            ok: problems.is_empty(),
            documents: counts.0,
            actors: counts.1,
            relations: counts.2,
            problems: problems
                .iter()
                .map(|p| ProblemJson {
                    file: p.file.display().to_string(),
                    place: p.place.as_deref(),
                    message: &p.message,
                    help: &p.help,
                })
                .collect(),
        };
        write_json(out, &report).map_err(io)?;
    } else if problems.is_empty() {
        writeln!(
            out,
            "{}: ok, {} documents, {} actors, {} relations",
            dir.display(),
            counts.0,
            counts.1,
            counts.2
        )
        .map_err(io)?;
    } else {
        for p in &problems {
            writeln!(err, "{p}").map_err(io)?;
        }
        writeln!(
            err,
            "{}: {} problem{} found",
            dir.display(),
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        )
        .map_err(io)?;
    }
    Ok(if problems.is_empty() {
        Exit::Success
    } else {
        Exit::Error
    })
}
