//! Errors the library reports, and the exit code each one maps to.

use crate::corpus::Problem;
use std::path::PathBuf;

/// Process exit codes, documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The command did what was asked (an empty list is a success).
    Success = 0,
    /// No result where one was asked for: no path, an unknown or ambiguous actor.
    NoResult = 1,
    /// Bad usage, a corpus that does not check, or an I/O failure.
    Error = 2,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the corpus in {} does not check ({} problem{})", dir.display(), problems.len(), if problems.len() == 1 { "" } else { "s" })]
    Corpus {
        dir: PathBuf,
        problems: Vec<Problem>,
    },

    #[error("no actor is called {query:?}")]
    UnknownActor {
        query: String,
        suggestions: Vec<(String, String)>,
    },

    #[error("{query:?} could be any of {} actors", candidates.len())]
    AmbiguousActor {
        query: String,
        candidates: Vec<(String, String)>,
    },

    #[error("the change was not written: it would leave the corpus in {} with {} problem{}", dir.display(), problems.len(), if problems.len() == 1 { "" } else { "s" })]
    Refused {
        dir: PathBuf,
        problems: Vec<Problem>,
    },

    #[error("{message}")]
    Usage { message: String, help: String },

    #[error("{action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("Graphviz's `dot` program is not installed (or not on PATH)")]
    GraphvizMissing,

    #[error("Graphviz failed: {message}")]
    Graphviz { message: String },

    #[error("Chromium is not installed (or not on PATH): it prints the report as PDF")]
    ChromiumMissing,

    #[error("Chromium could not print the PDF: {message}")]
    Chromium { message: String },

    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    pub fn exit(&self) -> Exit {
        match self {
            Error::UnknownActor { .. } | Error::AmbiguousActor { .. } => Exit::NoResult,
            _ => Exit::Error,
        }
    }

    /// A failure to write the answer (a closed pipe is told apart by `is_broken_pipe`).
    pub fn output(e: std::io::Error) -> Error {
        Error::Io {
            action: "writing to",
            path: PathBuf::from("standard output"),
            source: e,
        }
    }

    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    pub fn usage(message: impl Into<String>, help: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
            help: help.into(),
        }
    }

    /// What the user should do about it, one or more lines.
    pub fn help(&self) -> String {
        match self {
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
}
