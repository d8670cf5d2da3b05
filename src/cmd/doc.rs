//! `liaison doc add FILE --id ID`: bring an article's text into the corpus.

use crate::corpus::{is_slug, Corpus, DOCS_DIR};
use crate::error::{Error, Exit};
use crate::model::{DateRange, DocFile};
use crate::write::{Change, Writer};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct DocAdd {
    pub file: PathBuf,
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
}

/// Turns CRLF and lone CR into LF and drops a byte-order mark: offsets are counted on LF-only
/// text, and a BOM would shift every span by one.
pub fn normalise_text(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// `ar` when Arabic letters outnumber Latin ones, else `en`: a default the user can override.
fn guess_lang(text: &str) -> &'static str {
    let (mut ar, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{0600}'..='\u{06FF}').contains(&c) {
            ar += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if ar > latin {
        "ar"
    } else {
        "en"
    }
}

/// The known document ids closest to `id`, for "did you mean".
pub fn unknown_doc(corpus: &Corpus, id: &str) -> Error {
    let mut close: Vec<(f64, &str)> = corpus
        .docs
        .iter()
        .map(|d| (strsim::jaro_winkler(id, &d.id), d.id.as_str()))
        .filter(|(s, _)| *s >= 0.7)
        .collect();
    close.sort_by(|a, b| b.0.total_cmp(&a.0));
    let help = if close.is_empty() {
        let some: Vec<&str> = corpus.docs.iter().take(10).map(|d| d.id.as_str()).collect();
        if some.is_empty() {
            "the corpus has no documents yet: add one with `liaison doc add FILE --id ID`"
                .to_string()
        } else {
            format!(
                "use a document id (the file name in docs/ without .txt), e.g. {}",
                some.join(", ")
            )
        }
    } else {
        let c: Vec<&str> = close.iter().take(3).map(|(_, d)| *d).collect();
        format!("did you mean {}?", c.join(", "))
    };
    Error::usage(
        format!(
            "no document {id:?} in {}",
            corpus.dir.join(DOCS_DIR).display()
        ),
        help,
    )
}

pub fn add(
    dir: &Path,
    a: &DocAdd,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    if !is_slug(&a.id) {
        return Err(Error::usage(
            format!("--id {:?} is not a safe document id", a.id),
            "use lowercase ASCII letters, digits and '-' (at most 100), starting with a letter or digit, e.g. hespress-2022-hammouchi-visit",
        ));
    }
    if let Some(p) = &a.published {
        DateRange::parse(p).map_err(|e| {
            Error::usage(format!("--published: {e}"), "e.g. --published 2021-06-17")
        })?;
    }
    if let Some(l) = &a.lang {
        if !(2..=3).contains(&l.len()) || !l.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(Error::usage(
                format!("--lang {l:?} is not an ISO 639-1 code"),
                "e.g. --lang ar or --lang en",
            ));
        }
    }
    let bytes = std::fs::read(&a.file).map_err(|source| Error::Io {
        action: "reading",
        path: a.file.clone(),
        source,
    })?;
    let raw = String::from_utf8(bytes).map_err(|e| {
        Error::usage(
            format!(
                "{} is not UTF-8 text (invalid byte at offset {})",
                a.file.display(),
                e.utf8_error().valid_up_to()
            ),
            "convert it first, e.g. `iconv -f WINDOWS-1256 -t UTF-8 FILE > FILE.utf8`",
        )
    })?;
    let text = normalise_text(&raw);
    if text.trim().is_empty() {
        return Err(Error::usage(
            format!("{} is empty", a.file.display()),
            "give the file that holds the article's text",
        ));
    }
    let w = Writer::open(dir)?;
    let docs = w.dir.join(DOCS_DIR);
    if w.corpus.docs.iter().any(|d| d.id == a.id)
        || docs.join(format!("{}.txt", a.id)).exists()
        || docs.join(format!("{}.json", a.id)).exists()
    {
        return Err(Error::usage(
            format!("a document {:?} already exists in {}", a.id, docs.display()),
            "choose another --id; document ids are permanent, so an existing document is never overwritten",
        ));
    }
    let lang = match &a.lang {
        Some(l) => l.clone(),
        None => {
            let g = guess_lang(&text);
            writeln!(
                err,
                "liaison: note: --lang not given; {g} guessed from the text"
            )
            .map_err(Error::output)?;
            g.to_string()
        }
    };
    let meta = DocFile {
        title: a.title.clone(),
        source: a.source.clone(),
        url: a.url.clone(),
        published: a.published.clone(),
        lang: Some(lang),
        ..DocFile::default()
    };
    let chars = text.chars().count();
    let changed = raw != text;
    // The text first: a crash between the two renames leaves a text without annotations, which
    // `liaison check` names, rather than annotations without a text.
    w.commit(vec![
        Change::doc_text(&a.id, &text),
        Change::doc_meta(&a.id, &meta),
    ])?;
    writeln!(
        out,
        "added document {id}: {docs}/{id}.txt ({chars} characters{norm}) and {docs}/{id}.json",
        id = a.id,
        docs = docs.display(),
        norm = if changed {
            ", line endings normalised to LF"
        } else {
            ""
        }
    )
    .map_err(Error::output)?;
    writeln!(
        out,
        "next: `liaison suggest {}` lists the actors it mentions",
        a.id
    )
    .map_err(Error::output)?;
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings() {
        assert_eq!(normalise_text("\u{FEFF}a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(guess_lang("قال حموشي"), "ar");
        assert_eq!(guess_lang("Hammouchi said"), "en");
    }
}
