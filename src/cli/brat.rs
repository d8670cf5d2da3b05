//! `liaison export brat DIR` and `liaison import brat DIR` (also spelled `liaison brat export|import
//! DIR`): brat standoff interchange.

use clap::{Args, Subcommand, ValueEnum};
use liaison::interchange::brat::{self, ImportQuery};
use liaison::{Error, Exit};
use std::io::Write;
use std::path::{Path, PathBuf};

/// `liaison brat …`, the older spelling of `export brat` and `import brat`.
#[derive(Debug, Clone, Subcommand)]
pub enum BratCommand {
    /// Write the corpus as brat standoff (.txt/.ann pairs, annotation.conf).
    Export { dir: PathBuf },
    /// Read a brat standoff folder into the corpus.
    Import(ImportArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    Brat,
}

/// Import annotations from another tool's format.
#[derive(Debug, Clone, Args)]
pub struct ImportCommand {
    #[arg(value_enum)]
    pub format: ImportFormat,
    #[command(flatten)]
    pub opts: ImportArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    pub dir: PathBuf,
    /// Create actors named by N lines (`Reference T1 liaison:ID`) that actors.json lacks.
    #[arg(long)]
    pub create_actors: bool,
    /// Replace the annotations of documents that already exist (their text must be the same).
    #[arg(long)]
    pub replace: bool,
}

pub fn run(
    dir: &Path,
    c: &BratCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    match c {
        BratCommand::Export { dir: to } => export(dir, to, out),
        BratCommand::Import(a) => import(dir, a, out, err),
    }
}

pub fn export(dir: &Path, to: &Path, out: &mut dyn Write) -> Result<Exit, Error> {
    liaison::layout::check_output(dir, to)?;
    let e = brat::export(dir, to)?;
    writeln!(
        out,
        "exported {} documents ({} mentions, {} relations) to {} as brat standoff",
        e.docs,
        e.mentions,
        e.relations,
        to.display()
    )
    .map_err(Error::output)?;
    Ok(Exit::Success)
}

pub fn import(
    dir: &Path,
    a: &ImportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let q = ImportQuery {
        from: a.dir.clone(),
        create_actors: a.create_actors,
        replace: a.replace,
    };
    let i = brat::import(dir, &q)?;
    for n in &i.notes {
        writeln!(err, "{n}").map_err(Error::output)?;
    }
    writeln!(
        out,
        "imported {} document{} ({} mentions, {} relations) from {}",
        i.docs,
        if i.docs == 1 { "" } else { "s" },
        i.mentions,
        i.relations,
        a.dir.display()
    )
    .map_err(Error::output)?;
    if !i.created.is_empty() {
        writeln!(
            out,
            "created {} actor{}: {}",
            i.created.len(),
            if i.created.len() == 1 { "" } else { "s" },
            i.created.join(", ")
        )
        .map_err(Error::output)?;
    }
    Ok(Exit::Success)
}
