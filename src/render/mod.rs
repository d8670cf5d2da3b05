//! Diagrams: the DOT of a selection drawn by Graphviz's `dot` program.
//!
//! SVG comes from Graphviz's core renderer, which keeps text as text (the viewer shapes Arabic;
//! [`svg::tidy`] marks right-to-left lines). PNG and PDF come from the cairo
//! renderers (`png:cairo`, `pdf:cairo`), which shape Arabic and lay it out right to left through
//! Pango, where the gd PNG renderer draws empty boxes.

pub mod svg;

use crate::error::Error;
use crate::export::{self, dot::DotOptions, Selection, Subgraph};
use crate::process::{self, Failed};
use crate::store::Graph;
use std::io;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// The Graphviz program: `dot` on the PATH, or `LIAISON_DOT`.
fn dot_program() -> std::ffi::OsString {
    std::env::var_os("LIAISON_DOT")
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| "dot".into())
}

/// How long Graphviz may take: 120 s, or `LIAISON_GRAPHVIZ_TIMEOUT` seconds.
fn graphviz_timeout() -> Duration {
    let secs = std::env::var("LIAISON_GRAPHVIZ_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(120);
    Duration::from_secs(secs)
}
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

    /// Graphviz's name for it (`-K`).
    pub fn name(self) -> &'static str {
        match self {
            Engine::Dot => "dot",
            Engine::Neato => "neato",
            Engine::Fdp => "fdp",
            Engine::Sfdp => "sfdp",
            Engine::Circo => "circo",
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
    let mut dot = Vec::new();
    export::dot::write(data, g, opts, &mut dot).map_err(|e| Error::Internal(e.to_string()))?;
    let mut cmd = Command::new(dot_program());
    cmd.arg(format.arg()).arg(format!("-K{}", engine.name()));
    let done = process::run(cmd, dot, graphviz_timeout()).map_err(|f| match f {
        Failed::Start(e) if e.kind() == io::ErrorKind::NotFound => Error::GraphvizMissing,
        Failed::Start(e) | Failed::Wait(e) => Error::Graphviz {
            message: e.to_string(),
        },
        Failed::Timeout(t) => Error::Graphviz {
            message: format!(
                "it did not finish within {} s (set LIAISON_GRAPHVIZ_TIMEOUT to allow more seconds)",
                t.as_secs()
            ),
        },
    })?;
    if !done.status.success() {
        let said = String::from_utf8_lossy(&done.stderr).trim().to_string();
        #[cfg(unix)]
        let how = {
            use std::os::unix::process::ExitStatusExt;
            match done.status.signal() {
                Some(sig) => format!("`dot` was killed by signal {sig}"),
                None => format!("`dot` {}", done.status),
            }
        };
        #[cfg(not(unix))]
        let how = format!("`dot` {}", done.status);
        return Err(Error::Graphviz {
            message: if said.is_empty() {
                format!("{how}, and said nothing")
            } else {
                format!("{said} ({how})")
            },
        });
    }
    let image = done.stdout;
    if format != ImageFormat::Svg {
        return Ok(image);
    }
    let svg = String::from_utf8(image).map_err(|_| Error::Graphviz {
        message: "its SVG is not UTF-8".into(),
    })?;
    let svg = svg::tidy(&svg, tidy).map_err(|message| Error::Graphviz { message })?;
    Ok(svg.into_bytes())
}
