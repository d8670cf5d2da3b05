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

mod read;
mod rules;

use crate::diag::Problem;
use crate::layout::{self, ACTORS_FILE, SCHEMA_FILE};
use crate::model::{is_slug, ActorDef, ActorsFile, DocFile, SchemaFile};
use rayon::prelude::*;
use read::{bad_doc_id, list_docs, missing_pair, read_doc, Checker};
use rules::{check_actors, check_doc, check_schema, DocContext, Vocabulary};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
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
    /// Where `path` leads if it is a link out of the corpus folder `dir` (see
    /// [`layout::link_out`]); a file a pending change replaces is no link.
    fn link_out(&self, dir: &Path, path: &Path) -> Option<PathBuf> {
        layout::link_out(dir, path)
    }
}

/// The files as they are on disk.
pub struct Disk;

impl Files for Disk {
    /// Only regular files of at most [`crate::fsio::MAX_FILE_BYTES`] (a named pipe or a link to a
    /// device is refused, not read).
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        crate::fsio::read_regular(path, crate::fsio::MAX_FILE_BYTES)
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
        dir,
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
        dir,
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
    let mut ck = Checker {
        problems,
        files,
        dir,
    };
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
                dir,
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
