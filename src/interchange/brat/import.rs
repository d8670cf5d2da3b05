//! Reading a brat collection into the corpus, through the checked writer.

use super::parse::{bad, parse_ann};
use super::{unescape, Meta, RelNote, DB, OUT_OF_SCOPE};
use crate::diag::echo;
use crate::edit::annotate::next_relation_id;
use crate::edit::writer::{Change, Writer};
use crate::error::Error;
use crate::model::{is_slug, ActorDef, ActorsFile, DocFile, MentionDef, OutOfScope, RelationDef};
use crate::resolve::Resolver;
use crate::text::{guess_lang, is_arabic, sentences};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct ImportQuery {
    pub from: PathBuf,
    pub create_actors: bool,
    pub replace: bool,
}

/// The sentences covering `[lo, hi)`.
fn covering_sentences(text: &str, lo: u32, hi: u32) -> [u32; 2] {
    let sents = sentences(text);
    let s = sents
        .iter()
        .find(|s| s[0] <= lo && lo < s[1].max(s[0] + 1))
        .map_or(lo, |s| s[0]);
    let e = sents
        .iter()
        .rev()
        .find(|s| s[0] < hi && hi <= s[1])
        .map_or(hi, |s| s[1]);
    [s.min(lo), e.max(hi)]
}

/// What `import` wrote, and notes on lines it ignored.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub docs: usize,
    pub mentions: usize,
    pub relations: usize,
    pub created: Vec<String>,
    pub notes: Vec<String>,
}

pub fn import(dir: &Path, q: &ImportQuery) -> Result<Imported, Error> {
    let mut notes = Vec::new();
    let entries = fs::read_dir(&q.from).map_err(|source| Error::Io {
        action: "reading the brat folder",
        path: q.from.clone(),
        source,
    })?;
    let mut stems: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".ann").map(|s| s.to_string()))
        .collect();
    stems.sort();
    if stems.is_empty() {
        return Err(Error::usage(
            format!("no .ann files in {}", q.from.display()),
            "point at a brat collection folder holding ID.txt and ID.ann pairs",
        ));
    }
    let w = Writer::open(dir)?;
    let names = Resolver::new(&w.corpus)?;
    let mut actors = w.corpus.actors.clone();
    let kinds: Vec<&str> = w
        .corpus
        .schema
        .actor_kinds
        .iter()
        .map(|k| k.id.as_str())
        .collect();
    let mut created: Vec<String> = Vec::new();
    let mut doc_changes = Vec::new();
    let mut new_rel_ids: Vec<String> = Vec::new();
    let (mut n_m, mut n_r) = (0, 0);
    for stem in &stems {
        let ann_path = q.from.join(format!("{stem}.ann"));
        let txt_path = q.from.join(format!("{stem}.txt"));
        if !is_slug(stem) {
            return Err(Error::usage(
                format!("{}: {stem:?} cannot be a document id", ann_path.display()),
                "rename the .txt/.ann pair to lowercase ASCII letters, digits and '-' (the id the document will have)",
            ));
        }
        let read = |p: &Path| {
            fs::read_to_string(p).map_err(|source| Error::Io {
                action: "reading",
                path: p.to_path_buf(),
                source,
            })
        };
        let text = read(&txt_path)?;
        if text.contains('\r') {
            return Err(Error::usage(
                format!("{} has CR line endings", txt_path.display()),
                "convert it to LF (and the offsets with it) before importing: liaison counts offsets on LF-only text",
            ));
        }
        let chars: Vec<char> = text.chars().collect();
        let a = parse_ann(&ann_path, &read(&ann_path)?, &chars, &mut notes)?;
        let meta_path = q.from.join(format!("{stem}.meta.json"));
        let meta: Meta = if meta_path.exists() {
            serde_json::from_str(&read(&meta_path)?).map_err(|e| {
                Error::usage(
                    format!("{}: {e}", meta_path.display()),
                    "fields: title, source, url, published, lang",
                )
            })?
        } else {
            Meta::default()
        };
        // Who each T line names.
        let mut who: HashMap<&str, String> = HashMap::new();
        for tid in &a.t_order {
            let tb = &a.t[tid];
            if tb.ty == OUT_OF_SCOPE {
                continue;
            }
            let id = match a.refs.get(tid) {
                Some((id, shown)) => {
                    if !actors.iter().any(|x| &x.id == id) {
                        if !q.create_actors {
                            return Err(bad(
                                &ann_path,
                                tb.line,
                                format!("{tid} names actor {id:?}, which actors.json lacks"),
                                "add the actor first (`liaison actor add`), or pass --create-actors to create it from the N line",
                            ));
                        }
                        if !kinds.contains(&tb.ty.as_str()) || !is_slug(id) {
                            return Err(bad(
                                &ann_path,
                                tb.line,
                                format!("cannot create actor {id:?} of type {:?}", tb.ty),
                                &format!("the T type must be an actor kind ({}) and the id a slug", kinds.join(", ")),
                            ));
                        }
                        let mut names = BTreeMap::new();
                        let latin = shown.chars().any(|c| c.is_ascii_alphabetic());
                        names.insert("en".to_string(), if latin { shown.clone() } else { id.clone() });
                        if tb.text.chars().any(is_arabic) {
                            names.insert("ar".to_string(), tb.text.clone());
                        }
                        actors.push(ActorDef {
                            id: id.clone(),
                            kind: tb.ty.clone(),
                            names,
                            aliases: Vec::new(),
                            country: None,
                            parent: None,
                            note: Some(format!("created by `liaison import brat` from {}", ann_path.display())),
                        });
                        created.push(id.clone());
                    }
                    id.clone()
                }
                None => names.id(&tb.text).map_err(|e| {
                    bad(
                        &ann_path,
                        tb.line,
                        format!("{tid} {:?} has no `Reference … {DB}:ID` line and does not resolve: {e}", echo(&tb.text, 80)),
                        &format!("add `N1<TAB>Reference {tid} {DB}:ACTOR-ID<TAB>NAME`, or add the name as an alias"),
                    )
                })?,
            };
            who.insert(tid.as_str(), id);
        }
        let mut doc = DocFile {
            title: meta.title,
            source: meta.source,
            url: meta.url,
            published: meta.published,
            lang: meta.lang,
            seed: meta.seed,
            ..DocFile::default()
        };
        for tid in &a.t_order {
            let tb = &a.t[tid];
            if tb.ty == OUT_OF_SCOPE {
                doc.out_of_scope.push(OutOfScope {
                    span: tb.span,
                    reason: a.notes.get(tid).map(|(s, _)| unescape(s)),
                });
            } else if !a.ends.contains(tid) {
                doc.mentions.push(MentionDef {
                    actor: who[tid.as_str()].clone(),
                    span: tb.span,
                    text: tb.text.clone(),
                });
            }
        }
        // A relation's note is ours (a JSON object: id, span, date…) or, from another tool, free
        // text kept as the relation's note. One that looks like ours but does not read is an
        // error: importing it as free text would drop its id, span and date without a word.
        let mut rel_notes: HashMap<&str, RelNote> = HashMap::new();
        for (rid, ..) in &a.rels {
            let Some((n, line)) = a.notes.get(rid) else {
                continue;
            };
            if !n.trim_start().starts_with('{') {
                continue;
            }
            let parsed: RelNote = serde_json::from_str(n).map_err(|e| {
                bad(
                    &ann_path,
                    *line,
                    format!("the note on {rid} is not a valid liaison relation note: {e}"),
                    "a relation's AnnotatorNotes is one JSON object on one line: {\"id\": \"DOC-rN\", \"span\": [START, END]} with optional \"date\", \"date_inferred\", \"place\", \"note\"; fix it, or remove the line to import the relation with a new id and its sentences as the quote",
                )
            })?;
            let [s, e] = parsed.span;
            if s > e || e as usize > chars.len() {
                return Err(bad(
                    &ann_path,
                    *line,
                    format!(
                        "the note on {rid} gives span [{s}, {e}], which is not within the text ({} characters)",
                        chars.len()
                    ),
                    "the span is [START, END] in code points of the .txt, end exclusive, START ≤ END",
                ));
            }
            rel_notes.insert(rid.as_str(), parsed);
        }
        // Ids carried by notes are taken before any relation without one is given the next free id.
        for (rid, ..) in &a.rels {
            if let Some(n) = rel_notes.get(rid.as_str()) {
                new_rel_ids.push(n.id.clone());
            }
        }
        for (rid, ty, x, y, line) in &a.rels {
            let end = |t: &str| {
                who.get(t).cloned().ok_or_else(|| {
                    bad(
                        &ann_path,
                        *line,
                        format!("{rid} points at {t}, which is not an actor's T line"),
                        "point Arg1 and Arg2 at T lines of actors",
                    )
                })
            };
            let (source, target) = (end(x)?, end(y)?);
            let note = a.notes.get(rid).map(|(n, _)| n);
            let rel = match rel_notes.remove(rid.as_str()) {
                Some(n) => RelationDef {
                    id: n.id,
                    kind: ty.clone(),
                    source,
                    target,
                    span: n.span,
                    quote: chars[n.span[0] as usize..n.span[1] as usize]
                        .iter()
                        .collect(),
                    date: n.date,
                    date_inferred: n.date_inferred,
                    place: n.place,
                    note: n.note,
                },
                None => {
                    let (tx, ty_) = (&a.t[x.as_str()], &a.t[y.as_str()]);
                    let span = covering_sentences(
                        &text,
                        tx.span[0].min(ty_.span[0]),
                        tx.span[1].max(ty_.span[1]),
                    );
                    let id = next_relation_id(&w.corpus, stem, &new_rel_ids);
                    new_rel_ids.push(id.clone());
                    RelationDef {
                        id,
                        kind: ty.clone(),
                        source,
                        target,
                        span,
                        quote: chars[span[0] as usize..span[1] as usize].iter().collect(),
                        date: None,
                        date_inferred: None,
                        place: None,
                        note: note.map(|s| unescape(s)),
                    }
                }
            };
            doc.relations.push(rel);
        }
        if let Some(existing) = w.corpus.docs.iter().find(|d| &d.id == stem) {
            if !q.replace {
                return Err(Error::usage(
                    format!("document {stem} already exists in the corpus"),
                    "pass --replace to replace its annotations with the imported ones (its text must be the same), or rename the brat files",
                ));
            }
            if existing.text != text {
                return Err(Error::usage(
                    format!("{} differs from the corpus's text of {stem}", txt_path.display()),
                    "offsets would not line up: add it as a new document under another name instead",
                ));
            }
        } else {
            doc_changes.push(Change::doc_text(stem, &text));
        }
        if doc.lang.is_none() {
            doc.lang = Some(guess_lang(&text).to_string());
        }
        n_m += doc.mentions.len();
        n_r += doc.relations.len();
        doc_changes.push(Change::doc_meta(stem, &doc));
    }
    let mut changes = Vec::new();
    if !created.is_empty() {
        changes.push(Change::actors(&ActorsFile { actors }));
    }
    changes.extend(doc_changes);
    w.commit(changes)?;
    Ok(Imported {
        docs: stems.len(),
        mentions: n_m,
        relations: n_r,
        created,
        notes,
    })
}
