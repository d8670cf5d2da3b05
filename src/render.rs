//! Diagrams: the DOT of a selection drawn by Graphviz's `dot` program.
//!
//! The cairo renderers (`svg:cairo`, `png:cairo`, `pdf:cairo`) are named explicitly: they shape
//! Arabic and lay it out right to left through Pango, where the gd PNG renderer draws empty boxes.

use crate::error::Error;
use crate::export::{self, dot::DotOptions, Selection};
use crate::store::Graph;
use graphviz_rust::cmd::{CommandArg, Layout};
use graphviz_rust::printer::PrinterContext;
use std::io;
use std::path::Path;

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

    fn arg(self) -> &'static str {
        match self {
            ImageFormat::Svg => "-Tsvg:cairo",
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
    let graph = export::dot::graph(data, &g, opts);
    let mut ctx = PrinterContext::default();
    ctx.with_semi();
    let args = vec![
        CommandArg::Custom(format.arg().to_string()),
        CommandArg::Layout(engine.layout()),
    ];
    graphviz_rust::exec(graph, &mut ctx, args).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::GraphvizMissing,
        _ => Error::Graphviz {
            message: e.to_string().trim().to_string(),
        },
    })
}
