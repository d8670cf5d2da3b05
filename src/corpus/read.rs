//! Reading corpus files: JSON with the line and column of every syntax error, texts as UTF-8 and
//! LF-only, the pairs of files that make a document. What cannot be read becomes a problem.

use super::{Doc, Files};
use crate::diag::Problem;
use crate::layout::{self, DOCS_DIR};
use crate::model::{is_slug, DocFile};
use std::collections::HashSet;
use std::path::Path;

pub(crate) struct Checker<'f> {
    pub(crate) problems: Vec<Problem>,
    pub(crate) files: &'f dyn Files,
    /// The corpus folder: no file is read through a link that leaves it.
    pub(crate) dir: &'f Path,
}

impl Checker<'_> {
    pub(crate) fn add(
        &mut self,
        file: &Path,
        place: Option<String>,
        message: String,
        help: impl Into<String>,
    ) {
        self.problems.push(Problem {
            file: file.to_path_buf(),
            place,
            message,
            help: help.into(),
        });
    }

    /// Reads a corpus file; a link out of the corpus, a special file, a file too large and an I/O
    /// error become a problem.
    pub(crate) fn read(&mut self, path: &Path, what: &str) -> Option<Vec<u8>> {
        match self.files.read(path) {
            Ok(bytes) => {
                if let Some(to) = self.files.link_out(self.dir, path) {
                    self.add(
                        path,
                        None,
                        format!(
                            "the {what} is a link to {}, outside the corpus",
                            to.display()
                        ),
                        "liaison reads only files inside the corpus folder: copy the file into the corpus in place of the link",
                    );
                    return None;
                }
                Some(bytes)
            }
            Err(e) => {
                self.add(
                    path,
                    None,
                    format!("cannot read the {what}: {e}"),
                    io_help(&e, what),
                );
                None
            }
        }
    }

    /// Reads and parses a JSON file, reporting I/O and parse errors with line:column.
    pub(crate) fn json<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
        what: &str,
    ) -> Option<T> {
        let bytes = self.read(path, what)?;
        if bytes.starts_with(BOM) {
            self.add(
                path,
                Some("1:1".into()),
                "the file starts with a byte-order mark (BOM)".into(),
                "save it as UTF-8 without BOM (e.g. `sed -i '1s/^\\xEF\\xBB\\xBF//' FILE`)",
            );
            return None;
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                self.add(
                    path,
                    None,
                    format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
                    "save the file as UTF-8",
                );
                return None;
            }
        };
        // serde accepts a struct written as an array; our files are objects, so say so plainly.
        if let Some((i, c)) = text.char_indices().find(|(_, c)| !c.is_whitespace()) {
            if c != '{' {
                let line = text[..i].matches('\n').count() + 1;
                let col = text[..i]
                    .rsplit('\n')
                    .next()
                    .map_or(0, |l| l.chars().count())
                    + 1;
                self.add(
                    path,
                    Some(format!("{line}:{col}")),
                    format!("invalid field: the {what} must be a JSON object {{…}}"),
                    format!("see graph/README.md for the shape of a {what}"),
                );
                return None;
            }
        }
        match serde_json::from_str(&text) {
            Ok(v) => Some(v),
            Err(e) => {
                let full = e.to_string();
                let message = match full.rfind(" at line ") {
                    Some(i) => full[..i].to_string(),
                    None => full.clone(),
                };
                let surrogate = e.line() > 0
                    && text
                        .lines()
                        .nth(e.line() - 1)
                        .is_some_and(has_surrogate_escape);
                let help = match e.classify() {
                    serde_json::error::Category::Syntax if surrogate => {
                        "a \\uD800–\\uDFFF escape is half of a UTF-16 surrogate pair and cannot stand alone: write the character itself, or both halves (\\uD83D\\uDE00), or remove the escape".to_string()
                    }
                    serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                        "fix the JSON syntax here (a missing comma, quote or bracket is the usual cause)"
                            .to_string()
                    }
                    _ => format!("see graph/README.md for the fields a {what} takes and their types"),
                };
                let kind = match e.classify() {
                    serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                        "malformed JSON"
                    }
                    _ => "invalid field",
                };
                let message = if surrogate && !message.contains("surrogate") {
                    format!("{message} (a lone surrogate escape)")
                } else {
                    message
                };
                self.add(
                    path,
                    Some(format!("{}:{}", e.line(), e.column())),
                    format!("{kind}: {message}"),
                    help,
                );
                None
            }
        }
    }
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether a line of JSON holds a `\uD800`–`\uDFFF` escape (half of a surrogate pair).
fn has_surrogate_escape(line: &str) -> bool {
    let b = line.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w[0] == b'\\'
            && w[1] == b'u'
            && w[2].eq_ignore_ascii_case(&b'd')
            && matches!(w[3].to_ascii_lowercase(), b'8'..=b'9' | b'a'..=b'f')
            && (i == 0 || b[i - 1] != b'\\')
    })
}

fn io_help(e: &std::io::Error, what: &str) -> String {
    let msg = e.to_string();
    if msg == crate::fsio::NOT_REGULAR {
        return format!("the {what} must be a regular file: remove this one, or replace it with a copy of the file's contents");
    }
    if msg.contains("too large") {
        return format!("split the {what}, or leave it out of the corpus");
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => format!(
            "create the {what} (see graph/README.md), or point --graph (or LIAISON_GRAPH) at the corpus folder"
        ),
        std::io::ErrorKind::PermissionDenied => "make the file readable".to_string(),
        _ => "check the file and try again".to_string(),
    }
}

pub(super) fn bad_doc_id(ck: &mut Checker, path: &Path, stem: &str) {
    ck.add(
        path,
        None,
        format!("document id {stem:?} must be lowercase ASCII letters, digits and '-'"),
        "rename both ID.txt and ID.json to a lowercase id such as hespress-2022-hammouchi-visit",
    );
}

pub(super) fn missing_pair(ck: &mut Checker, dir: &Path, stem: &str, have: &str, missing: &str) {
    let help = if have == "txt" {
        format!("create docs/{stem}.json with the document's metadata and annotations (see graph/README.md)")
    } else {
        format!("add the document's text as docs/{stem}.txt, or remove docs/{stem}.json")
    };
    ck.add(
        &dir.join(DOCS_DIR).join(format!("{stem}.{have}")),
        None,
        format!("docs/{stem}.{missing} is missing"),
        help,
    );
}

/// The ids of the documents: every `docs/ID.txt` with its `docs/ID.json`.
pub(super) fn list_docs(ck: &mut Checker, dir: &Path) -> Vec<String> {
    let docs_dir = dir.join(DOCS_DIR);
    if let Some(to) = layout::link_out(dir, &docs_dir) {
        ck.add(
            &docs_dir,
            None,
            format!(
                "the documents folder is a link to {}, outside the corpus",
                to.display()
            ),
            "liaison reads and writes only inside the corpus folder: move that folder into the corpus as docs/ in place of the link",
        );
        return Vec::new();
    }
    let entries = match ck.files.list(&docs_dir) {
        Ok(e) => e,
        Err(e) => {
            ck.add(
                &docs_dir,
                None,
                format!("cannot read the documents folder: {e}"),
                io_help(&e, "docs/ folder"),
            );
            return Vec::new();
        }
    };
    let mut names: Vec<String> = entries
        .into_iter()
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    let present: HashSet<&str> = names.iter().map(|n| n.as_str()).collect();
    let mut ids: Vec<String> = Vec::new();
    for n in &names {
        let path = docs_dir.join(n);
        let (stem, ext) = match n.rsplit_once('.') {
            Some((s, e)) if e == "txt" || e == "json" => (s, e),
            _ => {
                ck.add(
                    &path,
                    None,
                    "unexpected file in docs/".into(),
                    "docs/ holds only ID.txt (text) and ID.json (annotations) pairs: move or remove this file",
                );
                continue;
            }
        };
        if !is_slug(stem) {
            bad_doc_id(ck, &path, stem);
            continue;
        }
        let other = if ext == "txt" { "json" } else { "txt" };
        if !present.contains(format!("{stem}.{other}").as_str()) {
            missing_pair(ck, dir, stem, ext, other);
            continue;
        }
        if ext == "txt" {
            ids.push(stem.to_string());
        }
    }
    ids
}

/// Reads one document's text and annotation file.
pub(super) fn read_doc(ck: &mut Checker, dir: &Path, id: &str) -> Option<Doc> {
    let txt_path = dir.join(layout::doc_text(id));
    let json_path = dir.join(layout::doc_meta(id));
    let text = match ck.read(&txt_path, "text") {
        Some(b) if b.starts_with(BOM) => {
            ck.add(
                &txt_path,
                Some("1:1".into()),
                "the text starts with a byte-order mark (BOM), which would count as a character and shift every span by one".into(),
                "save it as UTF-8 without BOM (e.g. `sed -i '1s/^\\xEF\\xBB\\xBF//' FILE`); `liaison doc add` removes it",
            );
            None
        }
        Some(b) => match String::from_utf8(b) {
            Ok(t) => Some(t),
            Err(e) => {
                ck.add(
                    &txt_path,
                    None,
                    format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
                    "save the text as UTF-8",
                );
                None
            }
        },
        None => None,
    };
    if let Some(t) = &text {
        if let Some(pos) = t.find('\r') {
            let line = t[..pos].matches('\n').count() + 1;
            ck.add(
                &txt_path,
                Some(format!("{line}:1")),
                "the text has CR line endings; offsets are counted on LF-only text".into(),
                "convert it to LF line endings (e.g. `sed -i 's/\\r$//' FILE`) before annotating",
            );
        }
    }
    let meta: Option<DocFile> = ck.json(&json_path, "document annotation file");
    let (text, meta) = (text?, meta?);
    let chars = text.chars().count() as u32;
    Some(Doc {
        id: id.to_string(),
        text,
        chars,
        meta,
    })
}
