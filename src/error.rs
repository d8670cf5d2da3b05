//! Errors the library reports, and the exit code each one maps to.

use crate::diag::Problem;
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

    #[error("no actor is called {:?}", crate::diag::echo(query, 80))]
    UnknownActor {
        query: String,
        suggestions: Vec<(String, String)>,
    },

    #[error("{:?} could be any of {} actors", crate::diag::echo(query, 80), candidates.len())]
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
}
