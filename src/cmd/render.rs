//! `liaison render`: a diagram of the graph, or a selection of it, drawn by Graphviz.
//!
//! SVG comes from Graphviz's core renderer, which keeps text as text (the viewer shapes Arabic;
//! [`crate::report::svg::tidy`] marks right-to-left lines). PNG and PDF come from the cairo
//! renderers (`png:cairo`, `pdf:cairo`), which shape Arabic and lay it out right to left through
//! Pango, where the gd PNG renderer draws empty boxes.

use super::export::write_atomically;
use crate::error::{Error, Exit};
use crate::export::{self, dot::DotOptions, Selection, Subgraph};
use crate::graph::Graph;
use crate::report::svg::{self, Tidy};
use graphviz_rust::cmd::{CommandArg, Layout};
use graphviz_rust::printer::PrinterContext;
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Svg,
    Png,
    Pdf,
}

impl ImageFormat {
    pub fn parse(s: &str) -> Option<ImageFormat> {
        match s.to_ascii_lowercase().as_str() {
            "svg" => Some(ImageFormat::Svg),
            "png" => Some(ImageFormat::Png),
            "pdf" => Some(ImageFormat::Pdf),
            _ => None,
        }
    }

    pub fn arg(self) -> &'static str {
        match self {
            ImageFormat::Svg => "-Tsvg",
            ImageFormat::Png => "-Tpng:cairo",
            ImageFormat::Pdf => "-Tpdf:cairo",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Dot,
    Neato,
    Fdp,
    Sfdp,
    Circo,
}

impl Engine {
    pub fn parse(s: &str) -> Result<Engine, Error> {
        match s {
            "dot" => Ok(Engine::Dot),
            "neato" => Ok(Engine::Neato),
            "fdp" => Ok(Engine::Fdp),
            "sfdp" => Ok(Engine::Sfdp),
            "circo" => Ok(Engine::Circo),
            _ => Err(Error::usage(
                format!("unknown layout engine {s:?}"),
                "use one of: dot, neato, fdp, sfdp, circo",
            )),
        }
    }

    /// The engine asked for, else the default for the drawing: neato, which keeps a hub's
    /// neighbours around it, or dot when actors are clustered (neato ignores clusters).
    pub fn choose(asked: Option<&str>, opts: &DotOptions) -> Result<Engine, Error> {
        match asked {
            Some(e) => Engine::parse(e),
            None if opts.cluster_country => Ok(Engine::Dot),
            None => Ok(Engine::Neato),
        }
    }

    fn layout(self) -> Layout {
        match self {
            Engine::Dot => Layout::Dot,
            Engine::Neato => Layout::Neato,
            Engine::Fdp => Layout::Fdp,
            Engine::Sfdp => Layout::Sfdp,
            Engine::Circo => Layout::Circo,
        }
    }
}

#[derive(Debug, Clone)]
pub struct RenderQuery {
    /// `FILE.svg`, `.png` or `.pdf`; `None` or `-` is standard output.
    pub output: Option<PathBuf>,
    /// Overrides the output file's extension; SVG when neither says.
    pub format: Option<String>,
    pub engine: Engine,
    pub selection: Selection,
    pub dot: DotOptions,
}

/// Which image format: `--format`, else the output file's extension, else SVG.
pub fn image_format(q: &RenderQuery) -> Result<ImageFormat, Error> {
    if let Some(f) = &q.format {
        return ImageFormat::parse(f).ok_or_else(|| {
            Error::usage(
                format!("unknown image format {f:?}"),
                "use one of: svg, png, pdf",
            )
        });
    }
    match q.output.as_ref().filter(|p| p.as_os_str() != "-") {
        None => Ok(ImageFormat::Svg),
        Some(p) => p
            .extension()
            .and_then(|e| e.to_str())
            .and_then(ImageFormat::parse)
            .ok_or_else(|| {
                Error::usage(
                    format!("cannot tell the image format of {}", p.display()),
                    "name the file .svg, .png or .pdf, or give --format svg|png|pdf",
                )
            }),
    }
}

/// Runs Graphviz on the selection and returns the image.
pub fn render(
    data: &Graph<'_>,
    selection: &Selection,
    opts: &DotOptions,
    format: ImageFormat,
    engine: Engine,
) -> Result<Vec<u8>, Error> {
    let g = export::select(data, selection)?;
    render_subgraph(data, &g, opts, format, engine, &Tidy::file())
}

/// Runs Graphviz on a selected subgraph and returns the image (SVG tidied, see the module doc).
pub fn render_subgraph(
    data: &Graph<'_>,
    g: &Subgraph,
    opts: &DotOptions,
    format: ImageFormat,
    engine: Engine,
    tidy: &Tidy<'_>,
) -> Result<Vec<u8>, Error> {
    let graph = export::dot::graph(data, g, opts);
    let mut ctx = PrinterContext::default();
    ctx.with_semi();
    let args = vec![
        CommandArg::Custom(format.arg().to_string()),
        CommandArg::Layout(engine.layout()),
    ];
    let image = graphviz_rust::exec(graph, &mut ctx, args).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::GraphvizMissing,
        _ => Error::Graphviz {
            message: e.to_string().trim().to_string(),
        },
    })?;
    if format != ImageFormat::Svg {
        return Ok(image);
    }
    let svg = String::from_utf8(image).map_err(|_| Error::Graphviz {
        message: "its SVG is not UTF-8".into(),
    })?;
    let svg = svg::tidy(&svg, tidy).map_err(|message| Error::Graphviz { message })?;
    Ok(svg.into_bytes())
}

pub fn run(data: &Graph<'_>, q: &RenderQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let format = image_format(q)?;
    let image = render(data, &q.selection, &q.dot, format, q.engine)?;
    match q.output.as_ref().filter(|p| p.as_os_str() != "-") {
        Some(p) => write_atomically(p, |w| w.write_all(&image))?,
        None => out.write_all(&image).map_err(Error::output)?,
    }
    Ok(Exit::Success)
}
