//! `liaison render`: a diagram of the graph, or a selection of it, drawn by Graphviz.

use super::{output_file, Drawing, Select};
use clap::ValueEnum;
use liaison::fsio;
use liaison::render::{image_format, render, Engine, ImageFormat};
use liaison::{Error, Exit};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Svg,
    Png,
    Pdf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EngineArg {
    /// Layered.
    Dot,
    Neato,
    Fdp,
    /// Force-directed, for large graphs.
    Sfdp,
    Circo,
}

impl EngineArg {
    pub fn engine(self) -> Engine {
        match self {
            EngineArg::Dot => Engine::Dot,
            EngineArg::Neato => Engine::Neato,
            EngineArg::Fdp => Engine::Fdp,
            EngineArg::Sfdp => Engine::Sfdp,
            EngineArg::Circo => Engine::Circo,
        }
    }
}

/// Draw the graph, or a selection of it, with Graphviz: SVG, PNG or PDF.
#[derive(Debug, Clone, clap::Args)]
pub struct RenderArgs {
    /// FILE.svg, FILE.png or FILE.pdf; SVG on standard output when absent or `-`.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The image format, when the file name does not say it.
    #[arg(long, value_name = "FORMAT", value_enum, ignore_case = true)]
    pub format: Option<FormatArg>,
    /// Graphviz layout engine. Default: neato, or dot with --cluster (neato cannot draw
    /// clusters).
    #[arg(long, value_name = "ENGINE", value_enum)]
    pub engine: Option<EngineArg>,
    /// Draw every relation as its own edge and every selected actor, isolated ones included
    /// (by default relations of one type between two actors are merged, as --collapse, and
    /// actors without a drawn relation are left out).
    #[arg(long, conflicts_with = "collapse")]
    pub all_edges: bool,
    /// Also draw the actors that no drawn relation joins.
    #[arg(long)]
    pub isolated: bool,
    #[command(flatten)]
    pub select: Select,
    #[command(flatten)]
    pub drawing: Drawing,
}

pub fn run(dir: &Path, a: &RenderArgs, out: &mut dyn Write) -> Result<Exit, Error> {
    let explicit = a.format.map(|f| match f {
        FormatArg::Svg => ImageFormat::Svg,
        FormatArg::Png => ImageFormat::Png,
        FormatArg::Pdf => ImageFormat::Pdf,
    });
    let dot = a.drawing.options();
    let engine = Engine::choose(a.engine.map(EngineArg::engine), &dot);
    let file = output_file(&a.output);
    if let Some(p) = file {
        liaison::layout::check_output(dir, p)?;
    }
    let format = image_format(explicit, file)?;
    let mut selection = a.select.selection();
    selection.collapse = !a.all_edges;
    selection.drop_isolated = !a.all_edges && !a.isolated;
    let store = liaison::store::open(dir)?.0;
    let image = render(&store.graph(), &selection, &dot, format, engine)?;
    match file {
        Some(p) => fsio::write_atomic(p, &image)?,
        None => out.write_all(&image).map_err(Error::output)?,
    }
    Ok(Exit::Success)
}
