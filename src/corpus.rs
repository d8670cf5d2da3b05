//! Loading the annotation files and checking them strictly.
//!
//! Checking never stops at the first problem: every file is read and every rule applied, so one
//! run of `liaison check` lists everything to fix. A file that cannot be parsed is reported once and
//! its contents skipped; references into an unparsable file are not reported again.

use crate::model::{ActorDef, ActorsFile, DateRange, DocFile, SchemaFile};
use crate::names::fold;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// One thing wrong with the corpus: where, what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// `line:column` for syntax errors, or the annotation it concerns (`relation doc-r3`).
    pub place: Option<String>,
    pub message: String,
    pub help: String,
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

pub const SCHEMA_FILE: &str = "schema.json";
pub const ACTORS_FILE: &str = "actors.json";
pub const DOCS_DIR: &str = "docs";

/// Ids of actors and documents: safe as file names, DOT and XML ids.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Ids of relations: letters, digits, `-`, `_`, `.`, so they stay valid XML NMTOKENs.
pub fn is_relation_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
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

struct Checker<'f> {
    problems: Vec<Problem>,
    files: &'f dyn Files,
}

impl Checker<'_> {
    fn add(
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
    fn json<T: serde::de::DeserializeOwned>(&mut self, path: &Path, what: &str) -> Option<T> {
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

/// Byte offset of every character boundary of `text`, plus its length: code-point index to byte.
fn char_boundaries(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

/// Where `needle` occurs in `text`, in code points; up to `limit` occurrences.
pub fn find_char_spans(text: &str, needle: &str, limit: usize) -> Vec<[u32; 2]> {
    if needle.is_empty() {
        return Vec::new();
    }
    let n = needle.chars().count() as u32;
    let mut out = Vec::new();
    let mut chars_before = 0u32;
    let mut last = 0usize;
    for (byte, _) in text.match_indices(needle) {
        chars_before += text[last..byte].chars().count() as u32;
        last = byte;
        out.push([chars_before, chars_before + n]);
        if out.len() >= limit {
            break;
        }
    }
    out
}

/// Loads and checks the corpus in `dir`. Either every check passes, or every problem found.
pub fn load(dir: &Path) -> Result<Corpus, Vec<Problem>> {
    load_with_progress(dir, None)
}

/// [`load`], advancing `progress` by one per document.
pub fn load_with_progress(
    dir: &Path,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<Corpus, Vec<Problem>> {
    load_from(dir, &Disk, progress)
}

/// [`load_with_progress`] reading through `files`.
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
    let Vocabulary {
        kinds,
        types,
        type_order,
    } = Vocabulary::of(&schema);

    let actors_ok = actors_file.is_some();
    let actors = actors_file.map(|a| a.actors).unwrap_or_default();
    let actor_kind = check_actors(&mut ck, &actors_path, &actors, &kinds, schema_ok);

    let ids = list_docs(&mut ck, dir);
    if let Some(pb) = progress {
        pb.set_length(ids.len() as u64);
    }
    let ctx = DocContext {
        actor_kind: &actor_kind,
        actors_ok,
        types: &types,
        type_order: &type_order,
        schema_ok,
        kinds: &kinds,
    };
    let docs_dir = dir.join(DOCS_DIR);
    // Documents are independent: read and check them in parallel, keeping corpus order.
    let results: Vec<(Option<Doc>, Vec<Problem>)> = ids
        .par_iter()
        .map(|id| {
            let mut local = Checker {
                problems: Vec::new(),
                files,
            };
            let doc = read_doc(&mut local, &docs_dir, id);
            if let Some(doc) = &doc {
                check_doc(&mut local, &docs_dir.join(format!("{id}.json")), doc, &ctx);
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
    check_relation_ids(&mut ck, &docs_dir, &docs);
    // Each file's problems together, files in path order; within a file, in check order.
    ck.problems.sort_by(|a, b| a.file.cmp(&b.file));

    if ck.problems.is_empty() {
        Ok(Corpus {
            dir: dir.to_path_buf(),
            schema,
            actors,
            docs,
        })
    } else {
        Err(ck.problems)
    }
}

fn check_schema(ck: &mut Checker, path: &Path, schema: &SchemaFile) {
    let mut seen = HashSet::new();
    for k in &schema.actor_kinds {
        if !is_slug(&k.id) {
            ck.add(
                path,
                Some(format!("actor kind {:?}", k.id)),
                "an actor kind id must be lowercase ASCII letters, digits and '-'".into(),
                "rename it, e.g. \"agency\"",
            );
        }
        if !seen.insert(k.id.as_str()) {
            ck.add(
                path,
                Some(format!("actor kind {}", k.id)),
                format!("duplicate actor kind id {:?}", k.id),
                "keep one definition of each kind",
            );
        }
    }
    let kinds: HashSet<&str> = schema.actor_kinds.iter().map(|k| k.id.as_str()).collect();
    let mut seen = HashSet::new();
    for t in &schema.relation_types {
        let place = Some(format!("relation type {}", t.id));
        if !is_slug(&t.id) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "relation type id {:?} must be lowercase ASCII letters, digits and '-'",
                    t.id
                ),
                "rename it, e.g. \"tipped-off\"",
            );
        }
        if !seen.insert(t.id.as_str()) {
            ck.add(
                path,
                place.clone(),
                format!("duplicate relation type id {:?}", t.id),
                "keep one definition of each relation type",
            );
        }
        for (side, list) in [
            ("source_kinds", &t.source_kinds),
            ("target_kinds", &t.target_kinds),
        ] {
            if list.is_empty() {
                ck.add(
                    path,
                    place.clone(),
                    format!("{side} is empty, so no relation of this type could be written"),
                    "list the actor kinds this side may have",
                );
            }
            for k in list {
                if !kinds.contains(k.as_str()) {
                    ck.add(
                        path,
                        place.clone(),
                        format!("{side} names unknown actor kind {k:?}"),
                        format!("use one of: {}", sorted_list(&kinds)),
                    );
                }
            }
        }
    }
}

fn sorted_list(set: &HashSet<&str>) -> String {
    let mut v: Vec<&str> = set.iter().copied().collect();
    v.sort();
    v.join(", ")
}

/// Checks the actors and returns each valid id's kind.
fn check_actors<'a>(
    ck: &mut Checker,
    path: &Path,
    actors: &'a [ActorDef],
    kinds: &HashSet<&str>,
    schema_ok: bool,
) -> HashMap<&'a str, &'a str> {
    let mut kind_of: HashMap<&str, &str> = HashMap::new();
    for a in actors {
        let place = Some(format!("actor {}", a.id));
        if !is_slug(&a.id) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "actor id {:?} must be lowercase ASCII letters, digits and '-'",
                    a.id
                ),
                "rename it, e.g. \"dgst\" or \"abdellatif-hammouchi\", and update its references",
            );
        }
        if kind_of.insert(&a.id, &a.kind).is_some() {
            ck.add(
                path,
                place.clone(),
                format!("duplicate actor id {:?}", a.id),
                "give each actor its own id, or merge the two entries",
            );
        }
        if schema_ok && !kinds.contains(a.kind.as_str()) {
            ck.add(
                path,
                place.clone(),
                format!("unknown actor kind {:?}", a.kind),
                format!(
                    "use one of: {} (or declare the kind in schema.json)",
                    sorted_list(kinds)
                ),
            );
        }
        match a.names.get("en") {
            Some(n) if !n.trim().is_empty() => {}
            _ => ck.add(
                path,
                place.clone(),
                "the actor has no English name".into(),
                "add \"en\" to its names (Latin script), e.g. \"names\": {\"en\": \"…\", \"ar\": \"…\"}",
            ),
        }
        for (lang, name) in &a.names {
            let ok_lang =
                (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            if !ok_lang {
                ck.add(
                    path,
                    place.clone(),
                    format!("name language {lang:?} is not an ISO 639-1 code"),
                    "use a two-letter code such as en, ar, fr",
                );
            }
            if fold(name).is_empty() {
                ck.add(
                    path,
                    place.clone(),
                    format!("the {lang} name is empty"),
                    "write the name, or remove the entry",
                );
            }
        }
        for alias in &a.aliases {
            if fold(alias).is_empty() {
                ck.add(
                    path,
                    place.clone(),
                    format!("alias {alias:?} has no letters or digits"),
                    "remove the empty alias",
                );
            }
        }
        if let Some(c) = &a.country {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                ck.add(
                    path,
                    place.clone(),
                    format!("country {c:?} is not an ISO 3166-1 alpha-2 code"),
                    "write two capital letters, e.g. \"MA\" or \"US\", or null",
                );
            }
        }
    }
    for a in actors {
        if let Some(p) = &a.parent {
            if p == &a.id {
                ck.add(
                    path,
                    Some(format!("actor {}", a.id)),
                    "the actor is its own parent".into(),
                    "set parent to the actor this one is a unit of, or null",
                );
            } else if !kind_of.contains_key(p.as_str()) {
                ck.add(
                    path,
                    Some(format!("actor {}", a.id)),
                    format!("parent {p:?} is not a known actor"),
                    unknown_actor_help(p, &kind_of),
                );
            }
        }
    }
    // Parent cycles: walk up from each actor; report each cycle once, at its smallest id.
    let parent: HashMap<&str, &str> = actors
        .iter()
        .filter_map(|a| a.parent.as_deref().map(|p| (a.id.as_str(), p)))
        .filter(|(a, p)| a != p)
        .collect();
    let mut reported: HashSet<String> = HashSet::new();
    for a in actors {
        let mut chain: Vec<&str> = vec![a.id.as_str()];
        let mut cur = a.id.as_str();
        while let Some(&p) = parent.get(cur) {
            if let Some(pos) = chain.iter().position(|&c| c == p) {
                let mut cycle: Vec<&str> = chain[pos..].to_vec();
                let min = cycle
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, c)| **c)
                    .map(|(i, _)| i)
                    .unwrap_or(0);
                cycle.rotate_left(min);
                let key = cycle.join(" → ");
                if reported.insert(key.clone()) {
                    ck.add(
                        path,
                        Some(format!("actor {}", cycle[0])),
                        format!("parent cycle: {key} → {}", cycle[0]),
                        "an actor cannot be, through its parents, a unit of itself: set one of these parents to null or to another actor",
                    );
                }
                break;
            }
            chain.push(p);
            cur = p;
        }
    }
    kind_of
}

fn unknown_actor_help(id: &str, known: &HashMap<&str, &str>) -> String {
    let mut best: Vec<(f64, &str)> = known
        .keys()
        .map(|k| (strsim::jaro_winkler(id, k), *k))
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    best.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    if best.is_empty() {
        "add the actor to actors.json, or use an existing actor id".to_string()
    } else {
        let names: Vec<&str> = best.iter().take(3).map(|(_, k)| *k).collect();
        format!(
            "did you mean {}? (or add the actor to actors.json)",
            names.join(", ")
        )
    }
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
            ck.add(
                &path,
                None,
                format!("document id {stem:?} must be lowercase ASCII letters, digits and '-'"),
                "rename both ID.txt and ID.json to a lowercase id such as hespress-2022-hammouchi-visit",
            );
            continue;
        }
        let other = if ext == "txt" { "json" } else { "txt" };
        if !present.contains(format!("{stem}.{other}").as_str()) {
            let help = if ext == "txt" {
                format!("create docs/{stem}.json with the document's metadata and annotations (see graph/README.md)")
            } else {
                format!("add the document's text as docs/{stem}.txt, or remove docs/{stem}.json")
            };
            ck.add(&path, None, format!("docs/{stem}.{other} is missing"), help);
            continue;
        }
        if ext == "txt" {
            ids.push(stem.to_string());
        }
    }
    ids
}

/// Reads one document's text and annotation file.
fn read_doc(ck: &mut Checker, docs_dir: &Path, id: &str) -> Option<Doc> {
    let txt_path = docs_dir.join(format!("{id}.txt"));
    let json_path = docs_dir.join(format!("{id}.json"));
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
fn check_relation_ids(ck: &mut Checker, docs_dir: &Path, docs: &[Doc]) {
    let mut seen: FxHashMap<&str, &str> = FxHashMap::default();
    for doc in docs {
        for r in &doc.meta.relations {
            if let Some(other) = seen.insert(&r.id, &doc.id) {
                let dir = docs_dir.parent().unwrap_or(docs_dir);
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
        file: dir.join(DOCS_DIR).join(format!("{}.json", doc.id)),
        place: Some(format!("relation {id}")),
        message: format!("duplicate relation id {id:?}: also used in {where_}"),
        help: format!(
            "relation ids are unique in the corpus: rename one (e.g. \"{}-r{}\")",
            doc.id,
            doc.meta.relations.len() + 1
        ),
    }
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
    let docs_dir = dir.join(DOCS_DIR);
    let mut ck = Checker {
        problems: Vec::new(),
        files,
    };
    let mut fresh = Vec::new();
    {
        let voc = Vocabulary::of(&base.schema);
        let actor_kind: HashMap<&str, &str> = base
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.kind.as_str()))
            .collect();
        let ctx = DocContext {
            actor_kind: &actor_kind,
            actors_ok: true,
            types: &voc.types,
            type_order: &voc.type_order,
            schema_ok: true,
            kinds: &voc.kinds,
        };
        for id in changed {
            let txt = docs_dir.join(format!("{id}.txt"));
            let json = docs_dir.join(format!("{id}.json"));
            let (has_txt, has_json) = (files.read(&txt).is_ok(), files.read(&json).is_ok());
            if !has_txt && !has_json {
                continue;
            }
            if !is_slug(id) || has_txt != has_json {
                // Let the full check word it exactly as `liaison check` would.
                return load_from(dir, files, None);
            }
            if let Some(doc) = read_doc(&mut ck, &docs_dir, id) {
                check_doc(&mut ck, &json, &doc, &ctx);
                fresh.push(doc);
            }
        }
    }
    let mut docs: Vec<Doc> = base
        .docs
        .into_iter()
        .filter(|d| !changed.contains(&d.id))
        .collect();
    docs.extend(fresh);
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    check_relation_ids(&mut ck, &docs_dir, &docs);
    if ck.problems.is_empty() {
        Ok(Corpus { docs, ..base })
    } else {
        ck.problems.sort_by(|a, b| a.file.cmp(&b.file));
        Err(ck.problems)
    }
}

/// Reads and checks some documents against a schema and actors known to be good (those of a
/// store built from a checked corpus). Relation-id uniqueness across documents is the caller's.
pub fn load_docs_against(
    dir: &Path,
    schema: &SchemaFile,
    actor_kind: &HashMap<&str, &str>,
    ids: &[String],
) -> (Vec<Doc>, Vec<Problem>) {
    let Vocabulary {
        kinds,
        types,
        type_order,
    } = Vocabulary::of(schema);
    let ctx = DocContext {
        actor_kind,
        actors_ok: true,
        types: &types,
        type_order: &type_order,
        schema_ok: true,
        kinds: &kinds,
    };
    let docs_dir = dir.join(DOCS_DIR);
    let mut ck = Checker {
        problems: Vec::new(),
        files: &Disk,
    };
    let mut docs = Vec::new();
    for id in ids {
        let txt = docs_dir.join(format!("{id}.txt"));
        let json = docs_dir.join(format!("{id}.json"));
        if !txt.exists() || !json.exists() {
            let (missing, have) = if txt.exists() {
                (&json, &txt)
            } else {
                (&txt, &json)
            };
            ck.add(
                have,
                None,
                format!("docs/{} is missing", missing.file_name().unwrap_or_default().to_string_lossy()),
                "every document is an ID.txt (text) and ID.json (annotations) pair: add the missing one, or remove this one",
            );
            continue;
        }
        if let Some(doc) = read_doc(&mut ck, &docs_dir, id) {
            check_doc(&mut ck, &json, &doc, &ctx);
            docs.push(doc);
        }
    }
    (docs, ck.problems)
}

/// The schema's ids, indexed for checking.
struct Vocabulary<'a> {
    kinds: HashSet<&'a str>,
    types: HashMap<&'a str, &'a crate::model::TypeDef>,
    /// Type ids in schema order, for messages.
    type_order: Vec<&'a str>,
}

impl<'a> Vocabulary<'a> {
    fn of(schema: &'a SchemaFile) -> Self {
        Vocabulary {
            kinds: schema.actor_kinds.iter().map(|k| k.id.as_str()).collect(),
            types: schema
                .relation_types
                .iter()
                .map(|t| (t.id.as_str(), t))
                .collect(),
            type_order: schema
                .relation_types
                .iter()
                .map(|t| t.id.as_str())
                .collect(),
        }
    }
}

struct DocContext<'a> {
    actor_kind: &'a HashMap<&'a str, &'a str>,
    actors_ok: bool,
    types: &'a HashMap<&'a str, &'a crate::model::TypeDef>,
    /// Type ids in schema order, for messages.
    type_order: &'a [&'a str],
    schema_ok: bool,
    kinds: &'a HashSet<&'a str>,
}

fn check_span(
    ck: &mut Checker,
    path: &Path,
    place: &Option<String>,
    doc: &Doc,
    bounds: &[usize],
    span: [u32; 2],
    expected: Option<&str>,
) {
    let [s, e] = span;
    if s > e || e > doc.chars {
        ck.add(
            path,
            place.clone(),
            format!(
                "span [{s}, {e}] is out of range: the text of {} has {} characters (Unicode code points)",
                doc.id, doc.chars
            ),
            "spans are [start, end) in code points with start ≤ end ≤ the text's length; recompute it (in Python: text.find(quote))",
        );
        return;
    }
    if s == e {
        ck.add(
            path,
            place.clone(),
            format!("span [{s}, {e}] is empty"),
            "the span must cover the quoted text",
        );
        return;
    }
    if let Some(quote) = expected {
        let actual = &doc.text[bounds[s as usize]..bounds[e as usize]];
        if actual != quote {
            let found = find_char_spans(&doc.text, quote, 2);
            let help = match found.as_slice() {
                [one] => format!("the quote is at [{}, {}]: set the span to that", one[0], one[1]),
                [] if !fold(quote).is_empty() && fold(&doc.text).contains(&fold(quote)) => {
                    "the quote differs from the text in diacritics, letter variants or punctuation: copy it exactly from the text".to_string()
                }
                [] => "copy the exact text at the span into the quote, or fix the span".to_string(),
                _ => format!(
                    "the quote occurs more than once (first at [{}, {}]): set the span to the intended occurrence",
                    found[0][0], found[0][1]
                ),
            };
            ck.add(
                path,
                place.clone(),
                format!(
                    "quote does not match the text at [{s}, {e}], which reads {:?}",
                    preview(actual)
                ),
                help,
            );
        }
    }
}

fn preview(s: &str) -> String {
    if s.chars().count() <= 80 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(80).collect::<String>())
    }
}

fn inside_out_of_scope(doc: &Doc, span: [u32; 2]) -> Option<[u32; 2]> {
    doc.meta
        .out_of_scope
        .iter()
        .map(|o| o.span)
        .find(|o| span[0] < o[1] && o[0] < span[1])
}

fn check_doc(ck: &mut Checker, path: &Path, doc: &Doc, ctx: &DocContext) {
    let bounds = char_boundaries(&doc.text);
    if let Some(p) = &doc.meta.published {
        if let Err(e) = DateRange::parse(p) {
            ck.add(
                path,
                Some("published".into()),
                format!("bad publication date: {e}"),
                "write YYYY-MM-DD, YYYY-MM or YYYY, or null",
            );
        }
    }
    for o in &doc.meta.out_of_scope {
        let place = Some(format!("out_of_scope [{}, {}]", o.span[0], o.span[1]));
        check_span(ck, path, &place, doc, &bounds, o.span, None);
    }
    for m in &doc.meta.mentions {
        let place = Some(format!(
            "mention of {} at [{}, {}]",
            m.actor, m.span[0], m.span[1]
        ));
        if ctx.actors_ok && !ctx.actor_kind.contains_key(m.actor.as_str()) {
            ck.add(
                path,
                place.clone(),
                format!("unknown actor {:?}", m.actor),
                unknown_actor_help(&m.actor, ctx.actor_kind),
            );
        }
        check_span(ck, path, &place, doc, &bounds, m.span, Some(&m.text));
        if let Some(o) = inside_out_of_scope(doc, m.span) {
            ck.add(
                path,
                place,
                format!(
                    "the mention lies in the out-of-scope stretch [{}, {}]",
                    o[0], o[1]
                ),
                "remove the mention, or narrow the out_of_scope span",
            );
        }
    }
    for r in &doc.meta.relations {
        let place = Some(format!("relation {}", r.id));
        if !is_relation_id(&r.id) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "relation id {:?} may only hold ASCII letters, digits, '-', '_' and '.'",
                    r.id
                ),
                format!("rename it, e.g. \"{}-r1\"", doc.id),
            );
        }
        let ty = ctx.types.get(r.kind.as_str());
        if ctx.schema_ok && ty.is_none() {
            let known: Vec<&str> = ctx.type_order.to_vec();
            let close = known
                .iter()
                .map(|k| (strsim::jaro_winkler(&r.kind, k), *k))
                .filter(|(s, _)| *s >= 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, k)| format!("did you mean {k}? "))
                .unwrap_or_default();
            ck.add(
                path,
                place.clone(),
                format!("unknown relation type {:?}", r.kind),
                format!(
                    "{close}use one of: {} (or declare the type in schema.json)",
                    known.join(", ")
                ),
            );
        }
        let mut ends_known = true;
        for (side, id) in [("source", &r.source), ("target", &r.target)] {
            if ctx.actors_ok && !ctx.actor_kind.contains_key(id.as_str()) {
                ends_known = false;
                ck.add(
                    path,
                    place.clone(),
                    format!("unknown {side} actor {id:?}"),
                    unknown_actor_help(id, ctx.actor_kind),
                );
            }
        }
        if r.source == r.target {
            ck.add(
                path,
                place.clone(),
                format!("the relation joins {:?} to itself", r.source),
                "a relation joins two different actors: fix the source or the target",
            );
        }
        if let (Some(t), true, true) = (ty, ends_known, ctx.actors_ok) {
            let sk = ctx.actor_kind[r.source.as_str()];
            let tk = ctx.actor_kind[r.target.as_str()];
            let fits = |a: &str, b: &str| {
                t.source_kinds.iter().any(|k| k == a) && t.target_kinds.iter().any(|k| k == b)
            };
            let ok = fits(sk, tk) || (!t.directed && fits(tk, sk));
            if !ok && ctx.kinds.contains(sk) && ctx.kinds.contains(tk) {
                let swap = if t.directed && fits(tk, sk) {
                    " (source and target look swapped)"
                } else {
                    ""
                };
                ck.add(
                    path,
                    place.clone(),
                    format!(
                        "a {} relation cannot join {} {:?} to {} {:?}{swap}",
                        t.id, sk, r.source, tk, r.target
                    ),
                    format!(
                        "{} joins a source of kind {} to a target of kind {}: fix the actors or the type, or widen the type in schema.json",
                        t.id,
                        t.source_kinds.join("/"),
                        t.target_kinds.join("/")
                    ),
                );
            }
        }
        check_span(ck, path, &place, doc, &bounds, r.span, Some(&r.quote));
        if let Some(o) = inside_out_of_scope(doc, r.span) {
            ck.add(
                path,
                place.clone(),
                format!(
                    "the quote lies in the out-of-scope stretch [{}, {}]",
                    o[0], o[1]
                ),
                "remove the relation, or narrow the out_of_scope span",
            );
        }
        if let Some(d) = &r.date {
            if let Err(e) = DateRange::parse(d) {
                ck.add(
                    path,
                    place.clone(),
                    format!("bad date: {e}"),
                    "write YYYY, YYYY-MM, YYYY-MM-DD or START/END, or leave the date out",
                );
            }
        }
        if let Some(why) = &r.date_inferred {
            if r.date.is_none() {
                ck.add(
                    path,
                    place.clone(),
                    "date_inferred is set but there is no date".into(),
                    "add the inferred date, or remove date_inferred",
                );
            } else if why.trim().is_empty() {
                ck.add(path, place.clone(), "date_inferred is empty".into(), "say how the date was inferred, e.g. \"'last Tuesday' in an article of 2021-06-17\"");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_in_code_points() {
        assert_eq!(
            find_char_spans("قال حموشي وحموشي", "حموشي", 5),
            vec![[4, 9], [11, 16]]
        );
        assert_eq!(find_char_spans("abc", "", 5), Vec::<[u32; 2]>::new());
    }

    #[test]
    fn slugs() {
        for ok in ["dgst", "abdellatif-hammouchi", "000", "a1"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in ["", "DGST", "-x", "a b", "a_b", "حموشي", "a.b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
