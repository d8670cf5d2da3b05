//! `liaison report`: a report on the graph or on some actors, as a self-contained HTML page, a PDF
//! printed from it by headless Chromium, or Markdown with the figures as SVG files beside it.

use super::render::EngineArg;
use super::{output_file, Filters};
use clap::ValueEnum;
use liaison::export::dot::DotOptions;
use liaison::fsio::{self, write_atomic};
use liaison::render::svg::Tidy;
use liaison::render::{render_subgraph, Engine, ImageFormat};
use liaison::report::{self, html, markdown, pdf, timeline, ReportSpec};
use liaison::store::Graph;
use liaison::{Error, Exit};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Pdf,
    #[value(alias = "markdown")]
    Md,
}

impl ReportFormat {
    fn of_extension(s: &str) -> Option<ReportFormat> {
        match s.to_ascii_lowercase().as_str() {
            "html" | "htm" => Some(ReportFormat::Html),
            "pdf" => Some(ReportFormat::Pdf),
            "md" | "markdown" => Some(ReportFormat::Md),
            _ => None,
        }
    }
}

/// A report for readers: diagram, timeline, actors, evidence with sources, and a summary.
///
/// One self-contained HTML page (nothing is fetched from the network), a PDF printed from it by
/// headless Chromium, or Markdown with the diagram and timeline as SVG files beside it.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// Actors to report on (ids or names): each with everything within --depth hops, and the
    /// shortest connection between each two of them. None: the whole graph.
    #[arg(value_name = "ACTOR")]
    pub actors: Vec<String>,
    /// Hops around each actor named.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub depth: u32,
    /// FILE.html, FILE.pdf or FILE.md (which writes FILE.svg and FILE.timeline.svg beside it);
    /// HTML on standard output when absent or `-`.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The format, when the file name does not say it.
    #[arg(long, value_name = "FORMAT", value_enum, ignore_case = true)]
    pub format: Option<ReportFormat>,
    /// The title of the report.
    #[arg(long)]
    pub title: Option<String>,
    /// Graphviz layout engine of the diagram (default: neato).
    #[arg(long, value_name = "ENGINE", value_enum)]
    pub engine: Option<EngineArg>,
    /// Give up on a connection between two named actors beyond N hops.
    #[arg(long, default_value_t = 6, value_name = "N")]
    pub max_hops: u32,
    #[command(flatten)]
    pub filter: Filters,
}

/// How long Chromium may take to print.
const PRINT_TIMEOUT: Duration = Duration::from_secs(120);

/// Which format: `--format`, else the output file's extension, else HTML.
fn report_format(a: &ReportArgs) -> Result<ReportFormat, Error> {
    let file = output_file(&a.output);
    let format = match (a.format, file) {
        (Some(f), _) => f,
        (None, None) => ReportFormat::Html,
        (None, Some(p)) => p
            .extension()
            .and_then(|e| e.to_str())
            .and_then(ReportFormat::of_extension)
            .ok_or_else(|| {
                Error::usage(
                    format!("cannot tell the report format of {}", p.display()),
                    "name the file .html, .pdf or .md, or give --format html|pdf|md",
                )
            })?,
    };
    if format != ReportFormat::Html && file.is_none() {
        return Err(Error::usage(
            "a PDF or Markdown report needs a file to write",
            "give it with -o, e.g. -o report.pdf or -o report.md",
        ));
    }
    Ok(format)
}

pub fn run(dir: &Path, a: &ReportArgs, out: &mut dyn Write) -> Result<Exit, Error> {
    let format = report_format(a)?;
    if let Some(p) = output_file(&a.output) {
        liaison::layout::check_output(dir, p)?;
    }
    let store = liaison::store::open(dir)?.0;
    let data: Graph<'_> = store.graph();
    let spec = ReportSpec {
        actors: a.actors.clone(),
        depth: a.depth,
        filter: a.filter.spec(),
        title: a.title.clone(),
        max_hops: a.max_hops,
    };
    let rep = report::build(&data, &spec)?;
    let opts = DotOptions {
        legend: true,
        links: format != ReportFormat::Md,
        ..DotOptions::default()
    };
    let engine = Engine::choose(a.engine.map(EngineArg::engine), &opts);
    let tidy = match format {
        ReportFormat::Md => Tidy::file(),
        _ => Tidy {
            id_prefix: Some("diagram-"),
            fluid: true,
            declaration: false,
        },
    };
    let diagram = render_subgraph(&data, &rep.diagram, &opts, ImageFormat::Svg, engine, &tidy)?;
    let diagram = String::from_utf8(diagram).map_err(|_| Error::Graphviz {
        message: "its SVG is not UTF-8".into(),
    })?;
    let page = |w: &mut dyn Write| html::write(&data, &rep, &diagram, w);
    let Some(p) = output_file(&a.output) else {
        page(out).map_err(Error::output)?;
        return Ok(Exit::Success);
    };
    match format {
        ReportFormat::Html => fsio::write_with(p, page)?,
        ReportFormat::Pdf => {
            let tmp = tempfile::tempdir()
                .map_err(fsio::io_error("creating a temporary folder for", p))?;
            let html_file = tmp.path().join("report.html");
            fsio::write_with(&html_file, page)?;
            write_atomic(p, &pdf::print(&html_file, PRINT_TIMEOUT)?)?;
        }
        ReportFormat::Md => {
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "report".into());
            let diagram_name = format!("{stem}.svg");
            let timeline_name = format!("{stem}.timeline.svg");
            let folder = p.parent().unwrap_or(Path::new(""));
            let name = |a: u32| data.actor(a).display_name().to_string();
            let timeline_svg = timeline::svg(&data, &rep.relations, &name);
            write_atomic(&folder.join(&diagram_name), diagram.as_bytes())?;
            if let Some(t) = &timeline_svg {
                write_atomic(&folder.join(&timeline_name), t.as_bytes())?;
            }
            let figures = markdown::Figures {
                diagram: &diagram_name,
                timeline: timeline_svg.as_ref().map(|_| timeline_name.as_str()),
            };
            fsio::write_with(p, |w| markdown::write(&data, &rep, &figures, w))?;
        }
    }
    Ok(Exit::Success)
}
