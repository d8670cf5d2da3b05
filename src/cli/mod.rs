//! The command line: one module per command, each owning its `#[derive(Args)]` struct and a `run`
//! that turns the typed arguments into the library's options and prints what comes back. Clap
//! stops here: the library never sees it. Errors get their help text here too ([`help`]).

pub mod actor;
pub mod actors;
pub mod annotate;
pub mod brat;
pub mod build;
pub mod check;
pub mod doc;
pub mod edges;
pub mod eval;
pub mod export;
pub mod neighbors;
pub mod path;
pub mod render;
pub mod report;
pub mod review;
pub mod show;
pub mod stats;
pub mod suggest;
pub mod synth;
pub mod table;

use clap::{Args, ValueEnum};
use liaison::export::{dot::DotOptions, Selection};
use liaison::resolve::FilterArgs;
use liaison::Error;
use std::io::Write;

/// The relation filters shared by `edges`, `export`, `render` and `report`.
#[derive(Args, Clone, Debug, Default)]
pub struct Filters {
    /// Relation type (repeatable: any of them).
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Relations with this actor at either end.
    #[arg(long, value_name = "ACTOR")]
    pub actor: Option<String>,
    /// Relations from this actor (either end for undirected types).
    #[arg(long, value_name = "ACTOR")]
    pub from: Option<String>,
    /// Relations to this actor (either end for undirected types).
    #[arg(long, value_name = "ACTOR")]
    pub to: Option<String>,
    /// Relations claimed by this document.
    #[arg(long, value_name = "DOC")]
    pub doc: Option<String>,
    /// Relations whose date reaches DATE or later (a partial date counts if any of it does).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Relations whose date starts on DATE or earlier.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

impl Filters {
    pub fn spec(&self) -> FilterArgs {
        FilterArgs {
            types: self.types.clone(),
            actor: self.actor.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            doc: self.doc.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
        }
    }
}

/// What `export` and `render` take: the relation filters, an ego network, collapsing.
#[derive(Args, Clone, Debug)]
pub struct Select {
    #[command(flatten)]
    pub filter: Filters,
    /// Only this actor and its neighbourhood.
    #[arg(long, value_name = "ACTOR")]
    pub ego: Option<String>,
    /// With --ego, how many hops around the actor.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub depth: u32,
    /// Merge the relations of one type between the same two actors into one edge that carries
    /// their count and the list of evidence.
    #[arg(long)]
    pub collapse: bool,
}

impl Select {
    pub fn selection(&self) -> Selection {
        Selection {
            filter: self.filter.spec(),
            ego: self.ego.clone(),
            depth: self.depth,
            collapse: self.collapse,
            drop_isolated: false,
        }
    }
}

/// How actors are grouped in a diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Cluster {
    Country,
}

/// How DOT output and diagrams are drawn.
#[derive(Args, Clone, Debug)]
pub struct Drawing {
    /// Group actors in boxes by this property.
    #[arg(long, value_name = "BY", value_enum)]
    pub cluster: Option<Cluster>,
    /// Leave out the legend of kinds and types.
    #[arg(long)]
    pub no_legend: bool,
    /// A title above the diagram.
    #[arg(long)]
    pub title: Option<String>,
}

impl Drawing {
    pub fn options(&self) -> DotOptions {
        DotOptions {
            cluster_country: self.cluster == Some(Cluster::Country),
            legend: !self.no_legend,
            title: self.title.clone(),
            links: false,
        }
    }
}

/// `-o FILE`, with `-` meaning standard output.
pub fn output_file(o: &Option<std::path::PathBuf>) -> Option<&std::path::Path> {
    o.as_deref().filter(|p| p.as_os_str() != "-")
}

/// Prints notes for the user on standard error.
pub fn notes(err: &mut dyn Write, notes: &[String]) -> Result<(), Error> {
    for n in notes {
        writeln!(err, "liaison: note: {n}").map_err(Error::output)?;
    }
    Ok(())
}

/// What the user should do about an error, one or more lines.
pub fn help(e: &Error) -> String {
    match e {
        Error::Corpus { .. } => "fix the problems above, then run `liaison check`".into(),
        Error::Refused { .. } => {
            "nothing was changed; the problems above say what the change would break: adjust the command (or fix the corpus) and run it again".into()
        }
        Error::UnknownActor { suggestions, .. } if suggestions.is_empty() => {
            "list the actors with `liaison actors`, or add the actor to actors.json".into()
        }
        Error::UnknownActor { suggestions, .. } => {
            let s: Vec<String> = suggestions
                .iter()
                .map(|(id, n)| format!("{id} ({n})"))
                .collect();
            format!("did you mean: {}?", s.join(", "))
        }
        Error::AmbiguousActor { candidates, .. } => {
            let shown: Vec<String> = candidates
                .iter()
                .take(20)
                .map(|(id, n)| format!("  {id}  {n}"))
                .collect();
            let more = if candidates.len() > 20 {
                format!("\n  … and {} more", candidates.len() - 20)
            } else {
                String::new()
            };
            format!(
                "name one by its id or a longer name:\n{}{more}",
                shown.join("\n")
            )
        }
        Error::Usage { help, .. } => help.clone(),
        Error::Io { .. } => "check the path and its permissions".into(),
        Error::GraphvizMissing => "install Graphviz: `sudo apt-get install graphviz` (Debian, Ubuntu), \
            `brew install graphviz` (macOS), `winget install graphviz` (Windows); \
            for Arabic labels also a font with Arabic glyphs, e.g. `fonts-dejavu-core` or `fonts-noto-core`"
            .into(),
        Error::Graphviz { .. } => "try another --engine, or export DOT with `liaison export dot` and run `dot` on it to see more".into(),
        Error::ChromiumMissing => "install Chromium: `sudo apt-get install chromium` (Debian), \
            `sudo snap install chromium` (Ubuntu), `brew install --cask chromium` (macOS); or name a \
            Chromium or Chrome program with LIAISON_CHROMIUM=PATH; or write the page with \
            `-o report.html` and print it from a browser".into(),
        Error::Chromium { .. } => "write the page with `-o report.html` and open or print it in a browser; set LIAISON_CHROMIUM to use another Chromium or Chrome".into(),
        Error::Internal(_) => "please report this as a bug".into(),
    }
}

/// Prints an error: the problems it carries, the message, and what to do.
///
/// Messages can quote what the user gave (a name, a line of a file): each message is clipped to
/// [`MAX_MESSAGE`] characters and each help to [`MAX_HELP`], so a 2 MB line is not echoed whole.
pub fn report(e: &Error, err: &mut dyn Write) {
    if let Error::Corpus { problems, .. } | Error::Refused { problems, .. } = e {
        for p in problems {
            let clipped = liaison::diag::Problem {
                file: p.file.clone(),
                place: p.place.as_deref().map(|s| clip_chars(s, MAX_MESSAGE)),
                message: clip_chars(&p.message, MAX_MESSAGE),
                help: clip_chars(&p.help, MAX_HELP),
            };
            let _ = writeln!(err, "{clipped}");
        }
    }
    let _ = writeln!(
        err,
        "liaison: error: {}",
        clip_chars(&e.to_string(), MAX_MESSAGE)
    );
    let _ = writeln!(
        err,
        "  help: {}",
        clip_chars(&help(e), MAX_HELP).replace('\n', "\n  ")
    );
}

/// The longest error message or problem printed, in characters.
const MAX_MESSAGE: usize = 1000;
/// The longest help printed, in characters.
const MAX_HELP: usize = 4000;

/// `s` cut to `max` characters, saying how much was left out.
fn clip_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((at, _)) => format!(
            "{}… ({} more characters)",
            &s[..at],
            s[at..].chars().count()
        ),
    }
}
