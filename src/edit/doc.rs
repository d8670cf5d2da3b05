//! Bringing an article's text into the corpus as a new document.

use super::writer::{Change, Writer};
use crate::error::Error;
use crate::layout::{self, DOCS_DIR};
use crate::model::{is_slug, DocFile};
use crate::text::{guess_lang, normalise_text};
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

/// A document as added.
#[derive(Debug, Clone)]
pub struct DocAdded {
    pub id: String,
    /// The text's and annotations' files.
    pub text_path: PathBuf,
    pub meta_path: PathBuf,
    /// Length of the text in code points.
    pub chars: usize,
    /// Whether line endings or a byte-order mark were changed.
    pub normalised: bool,
    /// The language, when it was guessed rather than given.
    pub guessed_lang: Option<&'static str>,
}

pub fn add(dir: &Path, a: &DocAdd) -> Result<DocAdded, Error> {
    if !is_slug(&a.id) {
        return Err(Error::usage(
            format!("--id {:?} is not a safe document id", a.id),
            "use lowercase ASCII letters, digits and '-' (at most 100), starting with a letter or digit, e.g. hespress-2022-hammouchi-visit",
        ));
    }
    if let Some(p) = &a.published {
        crate::resolve::parse_date("--published", p)?;
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
    let corpus_dir = w.dir.clone();
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
    let guessed_lang = a.lang.is_none().then(|| guess_lang(&text));
    let lang = a.lang.as_deref().or(guessed_lang).unwrap_or_default();
    let meta = DocFile {
        title: a.title.clone(),
        source: a.source.clone(),
        url: a.url.clone(),
        published: a.published.clone(),
        lang: Some(lang.to_string()),
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
    Ok(DocAdded {
        id: a.id.clone(),
        text_path: corpus_dir.join(layout::doc_text(&a.id)),
        meta_path: corpus_dir.join(layout::doc_meta(&a.id)),
        chars,
        normalised: changed,
        guessed_lang,
    })
}
