//! A problem found in a corpus: where, what, and how to fix it. Every check reports through this
//! one shape, so `liaison check`, refused writes and imports print the same way.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// `line:column` for syntax errors, or the annotation it concerns (`relation doc-r3`).
    pub place: Option<String>,
    pub message: String,
    pub help: String,
}

impl Problem {
    pub fn new(
        file: impl Into<PathBuf>,
        place: Option<String>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Problem {
        Problem {
            file: file.into(),
            place,
            message: message.into(),
            help: help.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        match &self.place {
            Some(p) if p.chars().next().is_some_and(|c| c.is_ascii_digit()) => write!(f, ":{p}")?,
            Some(p) => write!(f, ": {p}")?,
            None => {}
        }
        write!(f, ": {}\n  help: {}", self.message, self.help)
    }
}

/// The longest query "did you mean" compares (Jaro-Winkler costs the product of the lengths; no
/// name is this long, so a longer query has no close name anyway).
pub const MAX_SUGGEST_CHARS: usize = 200;

/// User input as echoed in a message: at most 100 characters, the rest counted, not printed.
pub fn clip_input(s: &str) -> String {
    const MAX: usize = 100;
    let n = s.chars().count();
    if n <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}… ({n} characters)")
    }
}

/// The candidates closest to `word` (Jaro-Winkler at least `min`), best first, at most `n`: the
/// one "did you mean" of every message that names an unknown thing.
pub fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    min: f64,
    n: usize,
) -> Vec<&'a str> {
    if word.chars().count() > MAX_SUGGEST_CHARS {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(s, _)| *s >= min)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

/// `"did you mean A, B? "` for the closest candidates (at least `min`, at most `n`), or `""`.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    min: f64,
    n: usize,
) -> String {
    let close = closest(word, candidates, min, n);
    if close.is_empty() {
        String::new()
    } else {
        format!("did you mean {}? ", close.join(", "))
    }
}

/// User input as echoed in a message: at most `max` characters, on one line, with `…` when cut,
/// so a pasted page does not become a page of error.
pub fn echo(s: &str, max: usize) -> String {
    let flat: String = s
        .chars()
        .take(max + 1)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() > max {
        format!("{}…", flat.chars().take(max).collect::<String>())
    } else {
        flat
    }
}
