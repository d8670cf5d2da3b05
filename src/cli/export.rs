//! `liaison export FORMAT`: the graph, or a selection of it, for other tools; `export brat DIR`
//! writes the annotated documents as brat standoff instead.

use super::{output_file, Drawing, Select};
use clap::ValueEnum;
use liaison::export::{self, neo4j, Format};
use liaison::fsio;
use liaison::store::Graph;
use liaison::{Error, Exit};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Dot,
    Graphml,
    Gexf,
    Json,
    Neo4j,
    /// The annotated documents as brat standoff .txt/.ann pairs (`export brat DIR`).
    Brat,
}

/// Export the graph, or a selection of it, for Graphviz, Gephi, yEd, NetworkX, Neo4j…
///
/// FORMAT is dot, graphml, gexf, json (NetworkX node-link), neo4j (a folder: actors.csv,
/// relations.csv and load.cypher; see the README), or brat (`export brat DIR`: the annotated
/// documents as brat standoff .txt/.ann pairs).
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    #[arg(value_name = "FORMAT", value_enum, ignore_case = true)]
    pub format: ExportFormat,
    /// For `brat`: the folder to write the .txt/.ann pairs into (the corpus, not a graph).
    #[arg(value_name = "DIR")]
    pub target: Option<PathBuf>,
    /// The file to write (a folder for neo4j); standard output when absent or `-`.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub select: Select,
    #[command(flatten)]
    pub drawing: Drawing,
}

pub fn run(dir: &Path, a: &ExportArgs, out: &mut dyn Write) -> Result<Exit, Error> {
    let format = match a.format {
        ExportFormat::Brat => {
            let Some(to) = a.target.as_ref().or(a.output.as_ref()) else {
                return Err(Error::usage(
                    "export brat needs a folder to write",
                    "liaison export brat DIR",
                ));
            };
            return super::brat::export(dir, to, out);
        }
        ExportFormat::Dot => Format::Dot,
        ExportFormat::Graphml => Format::Graphml,
        ExportFormat::Gexf => Format::Gexf,
        ExportFormat::Json => Format::Json,
        ExportFormat::Neo4j => Format::Neo4j,
    };
    if let Some(t) = &a.target {
        return Err(Error::usage(
            format!("unexpected argument {}", t.display()),
            "name the file to write with -o FILE",
        ));
    }
    if let Some(p) = output_file(&a.output) {
        liaison::layout::check_output(dir, p)?;
    }
    let store = liaison::store::open(dir)?.0;
    let data: Graph<'_> = store.graph();
    let g = export::select(&data, &a.select.selection())?;
    let dot = a.drawing.options();
    if format == Format::Neo4j {
        let Some(folder) = output_file(&a.output) else {
            return Err(Error::usage(
                "the neo4j export is a folder of files: give it with -o",
                "e.g. liaison export neo4j -o neo4j/",
            ));
        };
        neo4j::write_folder(&data, &g, folder)?;
        return Ok(Exit::Success);
    }
    match output_file(&a.output) {
        Some(p) => fsio::write_with(p, |w| export::write(&data, &g, format, &dot, w))?,
        None => export::write(&data, &g, format, &dot, out).map_err(Error::output)?,
    }
    Ok(Exit::Success)
}
