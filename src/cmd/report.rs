//! `liaison report`: a report on the graph or on some actors, as a self-contained HTML page, a PDF
//! printed from it by headless Chromium, or Markdown with the figures as SVG files beside it.

use super::export::write_atomically;
use super::render::{render_subgraph, Engine, ImageFormat};
use crate::error::{Error, Exit};
use crate::export::dot::DotOptions;
use crate::graph::Graph;
use crate::report::svg::Tidy;
use crate::report::{self, html, markdown, pdf, timeline, ReportSpec};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Pdf,
    Markdown,
}

impl ReportFormat {
    pub fn parse(s: &str) -> Option<ReportFormat> {
        match s.to_ascii_lowercase().as_str() {
            "html" | "htm" => Some(ReportFormat::Html),
            "pdf" => Some(ReportFormat::Pdf),
            "md" | "markdown" => Some(ReportFormat::Markdown),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ReportQuery {
    pub spec: ReportSpec,
    /// `FILE.html`, `.pdf` or `.md`; `None` or `-` is standard output (HTML only).
    pub output: Option<PathBuf>,
    /// Overrides the output file's extension; HTML when neither says.
    pub format: Option<String>,
    /// The diagram's Graphviz engine (default as for `render`).
    pub engine: Option<String>,
}

/// How long Chromium may take to print.
const PRINT_TIMEOUT: Duration = Duration::from_secs(120);

fn output(q: &ReportQuery) -> Option<&Path> {
    q.output.as_deref().filter(|p| p.as_os_str() != "-")
}

/// Which format: `--format`, else the output file's extension, else HTML.
pub fn report_format(q: &ReportQuery) -> Result<ReportFormat, Error> {
    let format = if let Some(f) = &q.format {
        ReportFormat::parse(f).ok_or_else(|| {
            Error::usage(
                format!("unknown report format {f:?}"),
                "use one of: html, pdf, md",
            )
        })?
    } else {
        match output(q) {
            None => ReportFormat::Html,
            Some(p) => p
                .extension()
                .and_then(|e| e.to_str())
                .and_then(ReportFormat::parse)
                .ok_or_else(|| {
                    Error::usage(
                        format!("cannot tell the report format of {}", p.display()),
                        "name the file .html, .pdf or .md, or give --format html|pdf|md",
                    )
                })?,
        }
    };
    if format != ReportFormat::Html && output(q).is_none() {
        return Err(Error::usage(
            "a PDF or Markdown report needs a file to write",
            "give it with -o, e.g. -o report.pdf or -o report.md",
        ));
    }
    Ok(format)
}

pub fn run(data: &Graph<'_>, q: &ReportQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let format = report_format(q)?;
    let rep = report::build(data, &q.spec)?;
    let opts = DotOptions {
        legend: true,
        links: format != ReportFormat::Markdown,
        ..DotOptions::default()
    };
    let engine = Engine::choose(q.engine.as_deref(), &opts)?;
    let tidy = match format {
        ReportFormat::Markdown => Tidy::file(),
        _ => Tidy {
            id_prefix: Some("diagram-"),
            fluid: true,
            declaration: false,
        },
    };
    let diagram = render_subgraph(data, &rep.diagram, &opts, ImageFormat::Svg, engine, &tidy)?;
    let diagram = String::from_utf8(diagram).map_err(|_| Error::Graphviz {
        message: "its SVG is not UTF-8".into(),
    })?;
    let page = |w: &mut dyn Write| html::write(data, &rep, &diagram, w);
    match (format, output(q)) {
        (ReportFormat::Html, None) => page(out).map_err(Error::output)?,
        (ReportFormat::Html, Some(p)) => write_atomically(p, page)?,
        (ReportFormat::Pdf, Some(p)) => {
            let dir = tempfile::tempdir().map_err(|source| Error::Io {
                action: "creating a temporary folder for",
                path: p.to_path_buf(),
                source,
            })?;
            let html_file = dir.path().join("report.html");
            write_atomically(&html_file, page)?;
            let bytes = pdf::print(&html_file, PRINT_TIMEOUT)?;
            write_atomically(p, |w| w.write_all(&bytes))?;
        }
        (ReportFormat::Markdown, Some(p)) => {
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "report".into());
            let diagram_name = format!("{stem}.svg");
            let timeline_name = format!("{stem}.timeline.svg");
            let dir = p.parent().unwrap_or(Path::new(""));
            let name = |a: u32| data.actor(a).display_name().to_string();
            let timeline_svg = timeline::svg(data, &rep.relations, &name);
            write_atomically(&dir.join(&diagram_name), |w| {
                w.write_all(diagram.as_bytes())
            })?;
            if let Some(t) = &timeline_svg {
                write_atomically(&dir.join(&timeline_name), |w| w.write_all(t.as_bytes()))?;
            }
            let figures = markdown::Figures {
                diagram: &diagram_name,
                timeline: timeline_svg.as_ref().map(|_| timeline_name.as_str()),
            };
            write_atomically(p, |w| markdown::write(data, &rep, &figures, w))?;
        }
        (_, None) => unreachable!("report_format refuses PDF and Markdown without a file"),
    }
    Ok(Exit::Success)
}
