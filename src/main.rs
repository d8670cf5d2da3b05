//! The `liaison` command line: parses arguments into the library's query structs and prints.

use clap::{Args, Parser, Subcommand};
use liaison::cmd::{self, FilterArgs};
use liaison::{store, Error, Exit};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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
    /// Validate the whole corpus and report every problem.
    Check {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Recompile the store from the annotation files.
    Build,
    /// List actors.
    Actors {
        /// Only actors of this kind (agency, person, country, group, organization…).
        #[arg(long)]
        kind: Option<String>,
        /// Only actors of this country (ISO 3166 alpha-2, e.g. MA).
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// An actor's names, kind, country, parent and relations with their evidence.
    Show {
        /// Id, name or alias, in Arabic or Latin script.
        actor: String,
        #[arg(long)]
        json: bool,
    },
    /// Relations matching all the filters.
    Edges {
        #[command(flatten)]
        filter: Filters,
        #[arg(long)]
        json: bool,
    },
    /// Actors within N hops of an actor.
    Neighbors {
        actor: String,
        /// How many hops away to look.
        #[arg(long, default_value_t = 1)]
        depth: u32,
        /// Only follow relations of this type (repeatable).
        #[arg(long = "type", value_name = "TYPE")]
        types: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// The shortest chain of relations from A to B, hop by hop, with the evidence for each hop.
    Path {
        from: String,
        to: String,
        /// Only follow relations of this type (repeatable).
        #[arg(long = "type", value_name = "TYPE")]
        types: Vec<String>,
        /// Only follow relations dated on or after DATE.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only follow relations dated on or before DATE.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Give up beyond N hops.
        #[arg(long, value_name = "N")]
        max_hops: Option<u32>,
        /// Every shortest path, not just one.
        #[arg(long)]
        all: bool,
        /// With --all, print at most this many paths.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Follow directed relations (tipped-off, extradited…) only from source to target.
        #[arg(long)]
        directed: bool,
        #[arg(long)]
        json: bool,
    },
    /// Write a deterministic synthetic corpus, to try liaison at scale.
    Synth {
        /// The folder to write the corpus into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long, default_value_t = 1000)]
        actors: usize,
        #[arg(long, default_value_t = 5000)]
        relations: usize,
        /// Number of documents (default: one per 500 relations).
        #[arg(long)]
        docs: Option<usize>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Counts by kind and type, most connected actors, connected components.
    Stats {
        /// How many of the most connected actors to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
        #[arg(long)]
        json: bool,
    },
}

/// The relation filters shared by `edges`, `export` and `render`.
#[derive(Args, Clone)]
struct Filters {
    /// Relation type (repeatable: any of them).
    #[arg(long = "type", value_name = "TYPE")]
    types: Vec<String>,
    /// Relations with this actor at either end.
    #[arg(long, value_name = "ACTOR")]
    actor: Option<String>,
    /// Relations from this actor (either end for undirected types).
    #[arg(long, value_name = "ACTOR")]
    from: Option<String>,
    /// Relations to this actor (either end for undirected types).
    #[arg(long, value_name = "ACTOR")]
    to: Option<String>,
    /// Relations claimed by this document.
    #[arg(long, value_name = "DOC")]
    doc: Option<String>,
    /// Relations whose date reaches DATE or later (a partial date counts if any of it does).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Relations whose date starts on DATE or earlier.
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
}

impl From<Filters> for FilterArgs {
    fn from(f: Filters) -> Self {
        FilterArgs {
            types: f.types,
            actor: f.actor,
            from: f.from,
            to: f.to,
            doc: f.doc,
            since: f.since,
            until: f.until,
        }
    }
}

fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, Error> {
    let dir: &Path = &cli.graph;
    let open = || store::open(dir).map(|(s, _)| s);
    match cli.command {
        Command::Check { json } => cmd::check::run(dir, json, out, err),
        Command::Build => cmd::build::run(dir, out),
        Command::Actors {
            kind,
            country,
            json,
        } => {
            let s = open()?;
            cmd::actors::run(
                &s.graph(),
                &cmd::actors::ActorsQuery {
                    kind,
                    country,
                    json,
                },
                out,
            )
        }
        Command::Show { actor, json } => {
            let s = open()?;
            cmd::show::run(&s.graph(), &cmd::show::ShowQuery { actor, json }, out)
        }
        Command::Edges { filter, json } => {
            let s = open()?;
            cmd::edges::run(
                &s.graph(),
                &cmd::edges::EdgesQuery {
                    filter: filter.into(),
                    json,
                },
                out,
            )
        }
        Command::Neighbors {
            actor,
            depth,
            types,
            json,
        } => {
            let s = open()?;
            cmd::neighbors::run(
                &s.graph(),
                &cmd::neighbors::NeighborsQuery {
                    actor,
                    depth,
                    types,
                    json,
                },
                out,
            )
        }
        Command::Path {
            from,
            to,
            types,
            since,
            until,
            max_hops,
            all,
            limit,
            directed,
            json,
        } => {
            let s = open()?;
            let q = cmd::path::PathQuery {
                from,
                to,
                types,
                since,
                until,
                max_hops,
                all,
                limit,
                directed,
                json,
            };
            cmd::path::run(&s.graph(), &q, out, err)
        }
        Command::Synth {
            out: dir,
            actors,
            relations,
            docs,
            seed,
        } => {
            let docs = docs.unwrap_or(relations / 500 + 1);
            cmd::synth::run(
                &liaison::synth::SynthConfig {
                    actors,
                    relations,
                    docs,
                    seed,
                },
                &dir,
                out,
            )
        }
        Command::Stats { top, json } => {
            let s = open()?;
            cmd::stats::run(&s.graph(), &cmd::stats::StatsQuery { top, json }, out)
        }
    }
}

fn report(e: &Error, err: &mut dyn Write) {
    if let Error::Corpus { problems, .. } = e {
        for p in problems {
            let _ = writeln!(err, "{p}");
        }
    }
    let _ = writeln!(err, "liaison: error: {e}");
    let _ = writeln!(err, "  help: {}", e.help().replace('\n', "\n  "));
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
            report(&e, &mut err);
            e.exit()
        }
    };
    std::process::exit(code as i32);
}
