//! The `liaison` command line: parses arguments into the library's query structs and prints.

use clap::{Args, Parser, Subcommand};
use liaison::cmd::{self, FilterArgs};
use liaison::{export, store, Error, Exit};
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
    /// Add documents.
    #[command(subcommand)]
    Doc(DocCommand),
    /// Add, edit, merge and remove actors.
    #[command(subcommand)]
    Actor(ActorCommand),
    /// Add a relation to a document by quoting it (or remove one with --remove).
    Annotate {
        /// The document id.
        doc: String,
        /// The relation type (met, cooperated, extradited, tipped-off…).
        #[arg(long = "type", value_name = "TYPE", required_unless_present = "remove")]
        kind: Option<String>,
        /// The source actor: id, name or alias in any script.
        #[arg(long, value_name = "ACTOR", required_unless_present = "remove")]
        from: Option<String>,
        /// The target actor.
        #[arg(long, value_name = "ACTOR", required_unless_present = "remove")]
        to: Option<String>,
        /// The stretch of text that states the claim; matched ignoring tashkeel, hamza forms, case.
        #[arg(long, required_unless_present = "remove")]
        quote: Option<String>,
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// How a date the text implies was inferred.
        #[arg(long, value_name = "WHY")]
        date_inferred: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// Which occurrence of a quote found more than once (1, 2…).
        #[arg(long, value_name = "N")]
        occurrence: Option<usize>,
        /// The relation id (default: the next free DOC-rN).
        #[arg(long)]
        id: Option<String>,
        /// Remove the relation with this id instead.
        #[arg(long, value_name = "ID", conflicts_with_all = ["kind", "from", "to", "quote", "date", "place", "note", "occurrence", "id"])]
        remove: Option<String>,
    },
    /// Find the known actors a document mentions and propose relations from cue words.
    Suggest {
        /// The document id (or --all).
        #[arg(required_unless_present = "all")]
        doc: Option<String>,
        /// Every document (a summary per document).
        #[arg(long, conflicts_with_all = ["doc", "accept", "accept_mentions"])]
        all: bool,
        /// Write these proposals (S1 S3…) as relations.
        #[arg(long, num_args = 1.., value_name = "ID")]
        accept: Vec<String>,
        /// Write the mentions found that are not annotated yet.
        #[arg(long)]
        accept_mentions: bool,
        #[arg(long)]
        json: bool,
    },
    /// brat standoff interchange.
    #[command(subcommand)]
    Brat(BratCommand),
    /// Import annotations from another tool's format.
    Import {
        #[arg(value_enum)]
        format: ImportFormat,
        #[command(flatten)]
        opts: BratImportOpts,
    },
    /// Export the graph, or a selection of it, for Graphviz, Gephi, yEd, NetworkX, Neo4j…
    ///
    /// FORMAT is dot, graphml, gexf, json (NetworkX node-link), neo4j (a folder: actors.csv,
    /// relations.csv and load.cypher; see the README), or brat (`export brat DIR`: the annotated
    /// documents as brat standoff .txt/.ann pairs).
    Export {
        #[arg(value_name = "FORMAT")]
        format: String,
        /// For `brat`: the folder to write the .txt/.ann pairs into (the corpus, not a graph).
        #[arg(value_name = "DIR")]
        target: Option<PathBuf>,
        /// The file to write (a folder for neo4j); standard output when absent or `-`.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        select: Select,
        #[command(flatten)]
        drawing: Drawing,
    },
    /// Draw the graph, or a selection of it, with Graphviz: SVG, PNG or PDF.
    Render {
        /// FILE.svg, FILE.png or FILE.pdf; SVG on standard output when absent or `-`.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The image format, when the file name does not say it: svg, png or pdf.
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        /// Graphviz layout engine: dot (layered), neato, fdp, sfdp (force-directed), circo.
        /// Default: neato, or dot with --cluster (neato cannot draw clusters).
        #[arg(long, value_name = "ENGINE")]
        engine: Option<String>,
        /// Draw every relation as its own edge and every selected actor, isolated ones included
        /// (by default relations of one type between two actors are merged, as --collapse, and
        /// actors without a drawn relation are left out).
        #[arg(long, conflicts_with = "collapse")]
        all_edges: bool,
        /// Also draw the actors that no drawn relation joins.
        #[arg(long)]
        isolated: bool,
        #[command(flatten)]
        select: Select,
        #[command(flatten)]
        drawing: Drawing,
    },
    /// A report for readers: diagram, timeline, actors, evidence with sources, and a summary.
    ///
    /// One self-contained HTML page (nothing is fetched from the network), a PDF printed from it
    /// by headless Chromium, or Markdown with the diagram and timeline as SVG files beside it.
    Report(ReportArgs),
    /// Counts by kind and type, most connected actors, connected components.
    Stats {
        /// How many of the most connected actors to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
        #[arg(long)]
        json: bool,
    },
}

/// `liaison report …`
#[derive(Args, Clone)]
struct ReportArgs {
    /// Actors to report on (ids or names): each with everything within --depth hops, and the
    /// shortest connection between each two of them. None: the whole graph.
    #[arg(value_name = "ACTOR")]
    actors: Vec<String>,
    /// Hops around each actor named.
    #[arg(long, default_value_t = 1, value_name = "N")]
    depth: u32,
    /// FILE.html, FILE.pdf or FILE.md (which writes FILE.svg and FILE.timeline.svg beside it);
    /// HTML on standard output when absent or `-`.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The format, when the file name does not say it: html, pdf or md.
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// The title of the report.
    #[arg(long)]
    title: Option<String>,
    /// Graphviz layout engine of the diagram (default: neato).
    #[arg(long, value_name = "ENGINE")]
    engine: Option<String>,
    /// Give up on a connection between two named actors beyond N hops.
    #[arg(long, default_value_t = 6, value_name = "N")]
    max_hops: u32,
    #[command(flatten)]
    filter: Filters,
}

impl ReportArgs {
    fn into_query(self) -> cmd::report::ReportQuery {
        cmd::report::ReportQuery {
            spec: liaison::report::ReportSpec {
                actors: self.actors,
                depth: self.depth,
                filter: self.filter.into(),
                title: self.title,
                max_hops: self.max_hops,
            },
            output: self.output,
            format: self.format,
            engine: self.engine,
        }
    }
}

/// `liaison doc …`
#[derive(Subcommand)]
enum DocCommand {
    /// Add an article's text to the corpus (line endings normalised to LF).
    Add {
        /// The text file (UTF-8).
        file: PathBuf,
        /// The document id: lowercase ASCII letters, digits and '-'.
        #[arg(long)]
        id: String,
        #[arg(long)]
        title: Option<String>,
        /// The publication (e.g. "Hespress").
        #[arg(long)]
        source: Option<String>,
        #[arg(long)]
        url: Option<String>,
        /// YYYY, YYYY-MM or YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// ISO 639-1 code (guessed from the text when left out).
        #[arg(long)]
        lang: Option<String>,
    },
}

/// `liaison actor …`
#[derive(Subcommand)]
enum ActorCommand {
    /// Add an actor to actors.json.
    Add {
        /// Lowercase ASCII letters, digits and '-', e.g. dgst.
        id: String,
        /// An actor kind of the schema (agency, person, country, group, organization…).
        #[arg(long)]
        kind: String,
        /// LANG=NAME, repeatable; en is required (e.g. --name en=DGST --name ar="…").
        #[arg(long = "name", value_name = "LANG=NAME")]
        names: Vec<String>,
        /// Another spelling or short form, repeatable.
        #[arg(long = "alias", value_name = "ALIAS")]
        aliases: Vec<String>,
        /// ISO 3166-1 alpha-2 code, e.g. MA.
        #[arg(long)]
        country: Option<String>,
        /// The actor this one is a unit of (id or name).
        #[arg(long)]
        parent: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Change an actor's kind, names, aliases, country, parent or note.
    Edit {
        /// Id, name or alias.
        actor: String,
        #[arg(long)]
        kind: Option<String>,
        /// LANG=NAME: set or replace the name in that language (repeatable).
        #[arg(long = "name", value_name = "LANG=NAME")]
        names: Vec<String>,
        /// Remove the name in this language (repeatable).
        #[arg(long = "remove-name", value_name = "LANG")]
        remove_names: Vec<String>,
        /// Add an alias (repeatable).
        #[arg(long = "alias", value_name = "ALIAS")]
        add_aliases: Vec<String>,
        /// Remove an alias (repeatable; compared folded).
        #[arg(long = "remove-alias", value_name = "ALIAS")]
        remove_aliases: Vec<String>,
        #[arg(long, conflicts_with = "no_country")]
        country: Option<String>,
        /// Set the country to null.
        #[arg(long)]
        no_country: bool,
        #[arg(long, conflicts_with = "no_parent")]
        parent: Option<String>,
        /// Set the parent to null.
        #[arg(long)]
        no_parent: bool,
        #[arg(long, conflicts_with = "no_note")]
        note: Option<String>,
        #[arg(long)]
        no_note: bool,
    },
    /// Merge actor A into B: every reference to A now names B; A's names become B's aliases.
    #[command(override_usage = "liaison actor merge A into B")]
    Merge {
        a: String,
        /// The word `into`.
        #[arg(value_name = "INTO")]
        into: String,
        b: String,
    },
    /// Remove an actor (refused while referenced, unless --cascade or --reassign says what to do).
    Rm {
        actor: String,
        /// Also remove its mentions and relations, and clear the parent of its units.
        #[arg(long, conflicts_with = "reassign")]
        cascade: bool,
        /// Point its mentions, relations and units at this actor instead.
        #[arg(long, value_name = "OTHER")]
        reassign: Option<String>,
    },
}

/// `liaison brat …`
#[derive(Subcommand)]
enum BratCommand {
    /// Write the corpus as brat standoff (.txt/.ann pairs, annotation.conf).
    Export { dir: PathBuf },
    /// Read a brat standoff folder into the corpus.
    Import {
        #[command(flatten)]
        opts: BratImportOpts,
    },
}

#[derive(Args, Clone)]
struct BratImportOpts {
    dir: PathBuf,
    /// Create actors named by N lines (`Reference T1 liaison:ID`) that actors.json lacks.
    #[arg(long)]
    create_actors: bool,
    /// Replace the annotations of documents that already exist (their text must be the same).
    #[arg(long)]
    replace: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ImportFormat {
    Brat,
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

/// What `export` and `render` take: the relation filters, an ego network, collapsing.
#[derive(Args, Clone)]
struct Select {
    #[command(flatten)]
    filter: Filters,
    /// Only this actor and its neighbourhood.
    #[arg(long, value_name = "ACTOR")]
    ego: Option<String>,
    /// With --ego, how many hops around the actor.
    #[arg(long, default_value_t = 1, value_name = "N")]
    depth: u32,
    /// Merge the relations of one type between the same two actors into one edge that carries
    /// their count and the list of evidence.
    #[arg(long)]
    collapse: bool,
}

/// How DOT output and diagrams are drawn.
#[derive(Args, Clone)]
struct Drawing {
    /// Group actors in boxes: `country` is the only grouping.
    #[arg(long, value_name = "BY")]
    cluster: Option<String>,
    /// Leave out the legend of kinds and types.
    #[arg(long)]
    no_legend: bool,
    /// A title above the diagram.
    #[arg(long)]
    title: Option<String>,
}

impl Select {
    fn into_selection(self) -> export::Selection {
        export::Selection {
            filter: self.filter.into(),
            ego: self.ego,
            depth: self.depth,
            collapse: self.collapse,
            drop_isolated: false,
        }
    }
}

impl Drawing {
    fn options(self) -> Result<export::dot::DotOptions, Error> {
        let cluster_country = match self.cluster.as_deref() {
            None => false,
            Some("country") => true,
            Some(other) => {
                return Err(Error::usage(
                    format!("cannot cluster by {other:?}"),
                    "use --cluster country",
                ))
            }
        };
        Ok(export::dot::DotOptions {
            cluster_country,
            legend: !self.no_legend,
            title: self.title,
            links: false,
        })
    }
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
        Command::Doc(DocCommand::Add {
            file,
            id,
            title,
            source,
            url,
            published,
            lang,
        }) => {
            let a = cmd::doc::DocAdd {
                file,
                id,
                title,
                source,
                url,
                published,
                lang,
            };
            cmd::doc::add(dir, &a, out, err)
        }
        Command::Actor(c) => actor_command(dir, c, out, err),
        Command::Annotate {
            doc,
            kind,
            from,
            to,
            quote,
            date,
            date_inferred,
            place,
            note,
            occurrence,
            id,
            remove,
        } => {
            let q = cmd::annotate::Annotate {
                doc,
                kind,
                from,
                to,
                quote,
                date,
                date_inferred,
                place,
                note,
                occurrence,
                id,
                remove,
            };
            cmd::annotate::run(dir, &q, out)
        }
        Command::Suggest {
            doc,
            all,
            accept,
            accept_mentions,
            json,
        } => {
            let q = cmd::suggest::SuggestQuery {
                doc,
                all,
                accept,
                accept_mentions,
                json,
            };
            cmd::suggest::run(dir, &q, out, err)
        }
        Command::Brat(BratCommand::Export { dir: to }) => cmd::brat::export(dir, &to, out),
        Command::Brat(BratCommand::Import { opts })
        | Command::Import {
            format: ImportFormat::Brat,
            opts,
        } => {
            let q = cmd::brat::ImportQuery {
                from: opts.dir,
                create_actors: opts.create_actors,
                replace: opts.replace,
            };
            cmd::brat::import(dir, &q, out, err)
        }
        Command::Export {
            format,
            target,
            output,
            select,
            drawing,
        } => {
            if format == "brat" {
                let Some(to) = target.or(output) else {
                    return Err(Error::usage(
                        "export brat needs a folder to write",
                        "liaison export brat DIR",
                    ));
                };
                return cmd::brat::export(dir, &to, out);
            }
            if let Some(t) = target {
                return Err(Error::usage(
                    format!("unexpected argument {}", t.display()),
                    "name the file to write with -o FILE",
                ));
            }
            let format = cmd::export::Format::parse(&format)?;
            let dot = drawing.options()?;
            let s = open()?;
            let q = cmd::export::ExportQuery {
                format,
                output,
                selection: select.into_selection(),
                dot,
            };
            cmd::export::run(&s.graph(), &q, out)
        }
        Command::Render {
            output,
            format,
            engine,
            all_edges,
            isolated,
            select,
            drawing,
        } => {
            let mut selection = select.into_selection();
            selection.collapse = !all_edges;
            selection.drop_isolated = !all_edges && !isolated;
            let dot = drawing.options()?;
            let q = cmd::render::RenderQuery {
                output,
                format,
                engine: cmd::render::Engine::choose(engine.as_deref(), &dot)?,
                selection,
                dot,
            };
            cmd::render::image_format(&q)?;
            let s = open()?;
            cmd::render::run(&s.graph(), &q, out)
        }
        Command::Report(args) => {
            let q = args.into_query();
            cmd::report::report_format(&q)?;
            let s = open()?;
            cmd::report::run(&s.graph(), &q, out)
        }
        Command::Stats { top, json } => {
            let s = open()?;
            cmd::stats::run(&s.graph(), &cmd::stats::StatsQuery { top, json }, out)
        }
    }
}

fn actor_command(
    dir: &Path,
    c: ActorCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    match c {
        ActorCommand::Add {
            id,
            kind,
            names,
            aliases,
            country,
            parent,
            note,
        } => {
            let q = cmd::actor::ActorAdd {
                id,
                kind,
                names,
                aliases,
                country,
                parent,
                note,
            };
            cmd::actor::add(dir, &q, out, err)
        }
        ActorCommand::Edit {
            actor,
            kind,
            names,
            remove_names,
            add_aliases,
            remove_aliases,
            country,
            no_country,
            parent,
            no_parent,
            note,
            no_note,
        } => {
            let q = cmd::actor::ActorEdit {
                actor,
                kind,
                names,
                remove_names,
                add_aliases,
                remove_aliases,
                country,
                no_country,
                parent,
                no_parent,
                note,
                no_note,
            };
            cmd::actor::edit(dir, &q, out, err)
        }
        ActorCommand::Merge { a, into, b } => {
            if !into.eq_ignore_ascii_case("into") {
                return Err(Error::usage(
                    format!("expected the word `into` between the two actors, found {into:?}"),
                    "liaison actor merge A into B   (A's references move to B; A's names become B's aliases)",
                ));
            }
            cmd::actor::merge(dir, &a, &b, out)
        }
        ActorCommand::Rm {
            actor,
            cascade,
            reassign,
        } => cmd::actor::rm(
            dir,
            &cmd::actor::ActorRm {
                actor,
                cascade,
                reassign,
            },
            out,
        ),
    }
}

fn report(e: &Error, err: &mut dyn Write) {
    if let Error::Corpus { problems, .. } | Error::Refused { problems, .. } = e {
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
