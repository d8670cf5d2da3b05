//! `liaison doc add FILE --id ID`: bring an article's text into the corpus.

use super::notes;
use clap::Subcommand;
use liaison::edit::doc::{self, DocAdd};
use liaison::{Error, Exit};
use std::io::Write;
use std::path::{Path, PathBuf};

/// `liaison doc …`
#[derive(Debug, Clone, Subcommand)]
pub enum DocCommand {
    /// Add an article's text to the corpus (line endings normalised to LF).
    Add {
        /// The text file (UTF-8).
        file: PathBuf,
        /// The document id: lowercase ASCII letters, digits and '-'.
        #[arg(long)]
        id: String,
        #[arg(long)]
        title: Option<String>,
        /// The publication (e.g. "Hespress").
        #[arg(long)]
        source: Option<String>,
        #[arg(long)]
        url: Option<String>,
        /// YYYY, YYYY-MM or YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// ISO 639-1 code (guessed from the text when left out).
        #[arg(long)]
        lang: Option<String>,
    },
}

pub fn run(
    dir: &Path,
    c: &DocCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let DocCommand::Add {
        file,
        id,
        title,
        source,
        url,
        published,
        lang,
    } = c;
    let q = DocAdd {
        file: file.clone(),
        id: id.clone(),
        title: title.clone(),
        source: source.clone(),
        url: url.clone(),
        published: published.clone(),
        lang: lang.clone(),
    };
    let d = doc::add(dir, &q)?;
    if let Some(g) = d.guessed_lang {
        notes(
            err,
            &[format!("--lang not given; {g} guessed from the text")],
        )?;
    }
    writeln!(
        out,
        "added document {}: {} ({} characters{}) and {}",
        d.id,
        d.text_path.display(),
        d.chars,
        if d.normalised {
            ", line endings normalised to LF"
        } else {
            ""
        },
        d.meta_path.display()
    )
    .map_err(Error::output)?;
    writeln!(
        out,
        "next: `liaison suggest {}` lists the actors it mentions",
        d.id
    )
    .map_err(Error::output)?;
    Ok(Exit::Success)
}
