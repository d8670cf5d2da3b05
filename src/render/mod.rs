//! Diagrams: the DOT of a selection drawn by Graphviz's `dot` program.
//!
//! SVG comes from Graphviz's core renderer, which keeps text as text (the viewer shapes Arabic;
//! [`svg::tidy`] marks right-to-left lines). PNG and PDF come from the cairo
//! renderers (`png:cairo`, `pdf:cairo`), which shape Arabic and lay it out right to left through
//! Pango, where the gd PNG renderer draws empty boxes.

pub mod svg;

use crate::error::Error;
use crate::export::{self, dot::DotOptions, Selection, Subgraph};
use crate::store::Graph;
use graphviz_rust::cmd::{CommandArg, Layout};
use graphviz_rust::printer::PrinterContext;
use std::io;
use std::path::Path;
use svg::Tidy;

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
    /// The engine asked for, else the default for the drawing: neato, which keeps a hub's
    /// neighbours around it, or dot when actors are clustered (neato ignores clusters).
    pub fn choose(asked: Option<Engine>, opts: &DotOptions) -> Engine {
        match asked {
            Some(e) => e,
            None if opts.cluster_country => Engine::Dot,
            None => Engine::Neato,
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

/// The format of an image file: `explicit` if given, else the file's extension, else SVG.
pub fn image_format(
    explicit: Option<ImageFormat>,
    output: Option<&Path>,
) -> Result<ImageFormat, Error> {
    if let Some(f) = explicit {
        return Ok(f);
    }
    match output {
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
