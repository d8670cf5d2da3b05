//! The `liaison` command line: parses arguments, runs one command from `cli/`, prints its answer,
//! and maps errors to exit codes.

mod cli;

use clap::{Parser, Subcommand};
use cli::{actor, actors, annotate, brat, build, check, doc, edges, export, neighbors, path};
use cli::{eval, render, report, review, show, stats, suggest, synth};
use liaison::{store, Error, Exit};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// mimalloc reuses freed memory instead of returning it to the kernel, which would zero every page
/// again: building a large store allocates and frees gigabytes, and spent a third of its time there.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A graph database of security actors and their relationships, built from annotated articles.
///
/// Exit codes: 0 success (an empty list is a success), 1 no result where one was asked for (no
/// path; an unknown or ambiguous actor), 2 bad usage or a corpus that does not check.
#[derive(Parser)]
#[command(name = "liaison", version, about, long_about)]
struct Cli {
    /// The corpus folder (schema.json, actors.json, docs/).
    #[arg(
        long,
        global = true,
        env = "LIAISON_GRAPH",
        default_value = "graph",
        value_name = "DIR"
    )]
    graph: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(check::CheckArgs),
    /// Recompile the store from the annotation files.
    Build,
    Actors(actors::ActorsQuery),
    Show(show::ShowQuery),
    Edges(edges::EdgesQuery),
    Neighbors(neighbors::NeighborsQuery),
    Path(path::PathQuery),
    Synth(synth::SynthArgs),
    /// Add documents.
    #[command(subcommand)]
    Doc(doc::DocCommand),
    /// Add, edit, merge and remove actors.
    #[command(subcommand)]
    Actor(actor::ActorCommand),
    Annotate(annotate::AnnotateArgs),
    Suggest(suggest::SuggestQuery),
    Review(review::ReviewArgs),
    EvalSuggest(eval::EvalArgs),
    /// brat standoff interchange (also `export brat DIR`, `import brat DIR`).
    #[command(subcommand)]
    Brat(brat::BratCommand),
    Import(brat::ImportCommand),
    Export(export::ExportArgs),
    Render(render::RenderArgs),
    Report(report::ReportArgs),
    Stats(stats::StatsQuery),
}

fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, Error> {
    let dir: &Path = &cli.graph;
    let open = || store::open(dir).map(|(s, _)| s);
    match &cli.command {
        Command::Check(a) => check::run(dir, a, out, err),
        Command::Build => build::run(dir, out),
        Command::Actors(q) => actors::run(&open()?.graph(), q, out),
        Command::Show(q) => show::run(&open()?.graph(), q, out),
        Command::Edges(q) => edges::run(&open()?.graph(), q, out),
        Command::Neighbors(q) => neighbors::run(&open()?.graph(), q, out),
        Command::Path(q) => path::run(&open()?.graph(), q, out, err),
        Command::Stats(q) => stats::run(&open()?.graph(), q, out),
        Command::Synth(a) => synth::run(a, out),
        Command::Doc(c) => doc::run(dir, c, out, err),
        Command::Actor(c) => actor::run(dir, c, out, err),
        Command::Annotate(a) => annotate::run(dir, a, out),
        Command::Suggest(q) => suggest::run(dir, q, out, err),
        Command::Review(a) => review::run(dir, a, out, err),
        Command::EvalSuggest(a) => eval::run(dir, a, out),
        Command::Brat(c) => brat::run(dir, c, out, err),
        Command::Import(c) => brat::import(dir, &c.opts, out, err),
        Command::Export(a) => export::run(dir, a, out),
        Command::Render(a) => render::run(dir, a, out),
        Command::Report(a) => report::run(dir, a, out),
    }
}

fn main() {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let stderr = io::stderr();
    let mut err = stderr.lock();
    let result = run(cli, &mut out, &mut err)
        .and_then(|code| out.flush().map(|_| code).map_err(Error::output));
    let code = match result {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => Exit::Success,
        Err(e) => {
            cli::report(&e, &mut err);
            e.exit()
        }
    };
    std::process::exit(code as i32);
}
