//! Loading the annotation files and checking them strictly.
//!
//! Checking never stops at the first problem: every file is read and every rule applied, so one
//! run of `liaison check` lists everything to fix. A file that cannot be parsed is reported once and
//! its contents skipped; references into an unparsable file are not reported again.
//!
//! There is one document loader, [`load_docs`]: the full load, the re-check of a pending write and
//! the store's overlay all read and check documents through it, against a [`Known`] schema and
//! actors, so the three give the same problems in the same words. The rules themselves are in
//! `rules`.

mod rules;

use crate::diag::Problem;
use crate::layout::{self, ACTORS_FILE, DOCS_DIR, SCHEMA_FILE};
use crate::model::{is_slug, ActorDef, ActorsFile, DocFile, SchemaFile};
use rayon::prelude::*;
use rules::{check_actors, check_doc, check_schema, DocContext, Vocabulary};
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A loaded document: its text and its annotation file.
#[derive(Debug, Clone)]
pub struct Doc {
    pub id: String,
    pub text: String,
    /// Length of `text` in Unicode code points.
    pub chars: u32,
    pub meta: DocFile,
}

/// A corpus that passed every check.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub dir: PathBuf,
    pub schema: SchemaFile,
    pub actors: Vec<ActorDef>,
    /// Sorted by id.
    pub docs: Vec<Doc>,
}

impl Corpus {
    pub fn doc(&self, id: &str) -> Option<&Doc> {
        self.docs
            .binary_search_by(|d| d.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.docs[i])
    }

    pub fn actor(&self, id: &str) -> Option<&ActorDef> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// Where the checker reads the corpus from: the disk, or (for a write about to be committed) the
/// disk with the pending changes laid over it, so a change is checked before it touches a file.
pub trait Files: Sync {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// The names of the entries of a folder.
    fn list(&self, dir: &Path) -> std::io::Result<Vec<String>>;
    fn is_dir(&self, path: &Path) -> bool;
}

/// The files as they are on disk.
pub struct Disk;

impl Files for Disk {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn list(&self, dir: &Path) -> std::io::Result<Vec<String>> {
        let mut out = Vec::new();
        for e in fs::read_dir(dir)? {
            out.push(e?.file_name().to_string_lossy().into_owned());
        }
        Ok(out)
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
}

pub(crate) struct Checker<'f> {
    pub(crate) problems: Vec<Problem>,
    pub(crate) files: &'f dyn Files,
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

    /// Reads and parses a JSON file, reporting I/O and parse errors with line:column.
    pub(crate) fn json<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
        what: &str,
    ) -> Option<T> {
        let text = match self.files.read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
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
            },
            Err(e) => {
                self.add(
                    path,
                    None,
                    format!("cannot read the {what}: {e}"),
                    io_help(&e, what),
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
                let help = match e.classify() {
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

fn io_help(e: &std::io::Error, what: &str) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!(
            "create the {what} (see graph/README.md), or point --graph (or LIAISON_GRAPH) at the corpus folder"
        ),
        std::io::ErrorKind::PermissionDenied => "make the file readable".to_string(),
        _ => "check the file and try again".to_string(),
    }
}

/// The schema and the actors documents are checked against: each actor id with its kind.
pub struct Known<'a> {
    pub schema: &'a SchemaFile,
    pub actor_kind: &'a HashMap<&'a str, &'a str>,
}

/// Loads and checks the corpus in `dir`. Either every check passes, or every problem found.
pub fn load(dir: &Path) -> Result<Corpus, Vec<Problem>> {
    load_from(dir, &Disk, None)
}

/// Loads and checks the whole corpus reading through `files`, advancing `progress` by one per
/// document.
pub fn load_from(
    dir: &Path,
    files: &dyn Files,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<Corpus, Vec<Problem>> {
    let mut ck = Checker {
        problems: Vec::new(),
        files,
    };
    if !files.is_dir(dir) {
        ck.add(
            dir,
            None,
            "no corpus folder here".to_string(),
            "pass --graph DIR (or set LIAISON_GRAPH) to the folder that holds schema.json, actors.json and docs/",
        );
        return Err(ck.problems);
    }
    let schema_path = dir.join(SCHEMA_FILE);
    let actors_path = dir.join(ACTORS_FILE);
    let schema: Option<SchemaFile> = ck.json(&schema_path, "schema file");
    let actors_file: Option<ActorsFile> = ck.json(&actors_path, "actors file");

    let schema_ok = schema.is_some();
    let schema = schema.unwrap_or(SchemaFile {
        version: 1,
        actor_kinds: Vec::new(),
        relation_types: Vec::new(),
    });
    check_schema(&mut ck, &schema_path, &schema);
    let actors_ok = actors_file.is_some();
    let actors = actors_file.map(|a| a.actors).unwrap_or_default();
    let voc = Vocabulary::of(&schema);
    let actor_kind = check_actors(&mut ck, &actors_path, &actors, &voc.kinds, schema_ok);

    let ids = list_docs(&mut ck, dir);
    let ctx = DocContext {
        actor_kind: &actor_kind,
        actors_ok,
        voc: &voc,
        schema_ok,
    };
    let mut docs = check_docs(&mut ck, dir, &ctx, &ids, progress);
    // By id, as `Corpus::doc` searches them (file names sort `visit-2021.json` before `visit.json`).
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    check_relation_ids(&mut ck, dir, &docs);
    finish(ck, || Corpus {
        dir: dir.to_path_buf(),
        schema,
        actors,
        docs,
    })
}

/// Reads and checks the documents `ids` (present or not) against `known`, the one document loader.
/// A document whose two files are both gone is skipped; relation-id uniqueness across documents is
/// the caller's.
pub fn load_docs(
    dir: &Path,
    files: &dyn Files,
    known: &Known<'_>,
    ids: &[String],
) -> (Vec<Doc>, Vec<Problem>) {
    let mut ck = Checker {
        problems: Vec::new(),
        files,
    };
    let voc = Vocabulary::of(known.schema);
    let ctx = DocContext {
        actor_kind: known.actor_kind,
        actors_ok: true,
        voc: &voc,
        schema_ok: true,
    };
    let mut present = Vec::new();
    for id in ids {
        let txt = dir.join(layout::doc_text(id));
        let json = dir.join(layout::doc_meta(id));
        let (has_txt, has_json) = (files.read(&txt).is_ok(), files.read(&json).is_ok());
        if !has_txt && !has_json {
            continue;
        }
        if !is_slug(id) {
            bad_doc_id(&mut ck, &txt, id);
        } else if let Some(other) = [(has_txt, "txt"), (has_json, "json")]
            .iter()
            .find(|(has, _)| !has)
        {
            let have = if has_txt { "txt" } else { "json" };
            missing_pair(&mut ck, dir, id, have, other.1);
        } else {
            present.push(id.clone());
        }
    }
    let docs = check_docs(&mut ck, dir, &ctx, &present, None);
    (docs, ck.problems)
}

/// The corpus after a change to some of its documents only, checked as [`load_from`] would check
/// it, but re-reading only those documents: the others, the actors and the schema are `base`'s,
/// which checked. `changed` are document ids; a document whose two files are both gone is removed.
pub fn recheck_docs(
    dir: &Path,
    files: &dyn Files,
    base: Corpus,
    changed: &[String],
) -> Result<Corpus, Vec<Problem>> {
    let (fresh, problems) = {
        let actor_kind: HashMap<&str, &str> = base
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.kind.as_str()))
            .collect();
        let known = Known {
            schema: &base.schema,
            actor_kind: &actor_kind,
        };
        load_docs(dir, files, &known, changed)
    };
    let mut ck = Checker { problems, files };
    let mut docs: Vec<Doc> = base
        .docs
        .into_iter()
        .filter(|d| !changed.contains(&d.id))
        .collect();
    docs.extend(fresh);
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    check_relation_ids(&mut ck, dir, &docs);
    finish(ck, || Corpus { docs, ..base })
}

/// The corpus if no problem was found, else every problem: each file's together, files in path
/// order, and within a file in check order.
fn finish(mut ck: Checker, corpus: impl FnOnce() -> Corpus) -> Result<Corpus, Vec<Problem>> {
    if ck.problems.is_empty() {
        Ok(corpus())
    } else {
        ck.problems.sort_by(|a, b| a.file.cmp(&b.file));
        Err(ck.problems)
    }
}

/// Reads and checks documents whose two files exist; in parallel (documents are independent),
/// keeping their order.
fn check_docs(
    ck: &mut Checker,
    dir: &Path,
    ctx: &DocContext,
    ids: &[String],
    progress: Option<&indicatif::ProgressBar>,
) -> Vec<Doc> {
    if let Some(pb) = progress {
        pb.set_length(ids.len() as u64);
    }
    let files = ck.files;
    let results: Vec<(Option<Doc>, Vec<Problem>)> = ids
        .par_iter()
        .map(|id| {
            let mut local = Checker {
                problems: Vec::new(),
                files,
            };
            let doc = read_doc(&mut local, dir, id);
            if let Some(doc) = &doc {
                check_doc(&mut local, &dir.join(layout::doc_meta(id)), doc, ctx);
            }
            if let Some(pb) = progress {
                pb.inc(1);
            }
            (doc, local.problems)
        })
        .collect();
    let mut docs = Vec::with_capacity(results.len());
    for (doc, problems) in results {
        ck.problems.extend(problems);
        docs.extend(doc);
    }
    docs
}

fn bad_doc_id(ck: &mut Checker, path: &Path, stem: &str) {
    ck.add(
        path,
        None,
        format!("document id {stem:?} must be lowercase ASCII letters, digits and '-'"),
        "rename both ID.txt and ID.json to a lowercase id such as hespress-2022-hammouchi-visit",
    );
}

fn missing_pair(ck: &mut Checker, dir: &Path, stem: &str, have: &str, missing: &str) {
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
fn list_docs(ck: &mut Checker, dir: &Path) -> Vec<String> {
    let docs_dir = dir.join(DOCS_DIR);
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
fn read_doc(ck: &mut Checker, dir: &Path, id: &str) -> Option<Doc> {
    let txt_path = dir.join(layout::doc_text(id));
    let json_path = dir.join(layout::doc_meta(id));
    let text = match ck.files.read(&txt_path) {
        Ok(b) => match String::from_utf8(b) {
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
        Err(e) => {
            ck.add(
                &txt_path,
                None,
                format!("cannot read the text: {e}"),
                io_help(&e, "text"),
            );
            None
        }
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

/// Relation ids are unique across the corpus.
fn check_relation_ids(ck: &mut Checker, dir: &Path, docs: &[Doc]) {
    let mut seen: FxHashMap<&str, &str> = FxHashMap::default();
    for doc in docs {
        for r in &doc.meta.relations {
            if let Some(other) = seen.insert(&r.id, &doc.id) {
                ck.problems
                    .push(duplicate_relation_problem(dir, doc, &r.id, other));
            }
        }
    }
}

/// The problem of relation `id` in `doc` whose id is already used in document `other`.
pub fn duplicate_relation_problem(dir: &Path, doc: &Doc, id: &str, other: &str) -> Problem {
    let where_ = if other == doc.id {
        "this document".to_string()
    } else {
        format!("document {other}")
    };
    Problem {
        file: dir.join(layout::doc_meta(&doc.id)),
        place: Some(format!("relation {id}")),
        message: format!("duplicate relation id {id:?}: also used in {where_}"),
        help: format!(
            "relation ids are unique in the corpus: rename one (e.g. \"{}-r{}\")",
            doc.id,
            doc.meta.relations.len() + 1
        ),
    }
}
