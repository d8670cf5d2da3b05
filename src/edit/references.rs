//! Merging and removing actors: every mention, relation end and parent link that names the actor
//! is moved to another actor or removed, in one checked commit.

use super::actor::push_alias;
use super::writer::{Change, Writer};
use crate::corpus::Corpus;
use crate::error::Error;
use crate::model::{ActorDef, ActorsFile, DocFile};
use crate::resolve::Resolver;
use std::path::Path;

/// What rewriting references to an actor did, for the report.
#[derive(Debug, Default, Clone)]
pub struct Rewritten {
    pub mentions: usize,
    pub relations: usize,
    /// Relations dropped because both ends became the same actor, or removed with it.
    pub dropped: Vec<String>,
    /// Units whose parent changed.
    pub parents: usize,
}

/// What `merge` did: the references moved, and the actor that remains.
#[derive(Debug, Clone)]
pub struct Merged {
    pub from: String,
    pub to: String,
    pub rewritten: Rewritten,
    pub actor: ActorDef,
}

/// What `rm` did.
#[derive(Debug, Clone)]
pub struct Removed {
    pub id: String,
    pub rewritten: Rewritten,
}

/// Points every mention and relation end at `from` to `to` in each document, dropping relations
/// that would join `to` to itself. Returns the changed documents' files.
fn rewrite_docs(corpus: &Corpus, from: &str, to: &str, r: &mut Rewritten) -> Vec<Change> {
    let mut changes = Vec::new();
    for d in &corpus.docs {
        let mut meta: DocFile = d.meta.clone();
        let mut changed = false;
        for m in &mut meta.mentions {
            if m.actor == from {
                m.actor = to.to_string();
                r.mentions += 1;
                changed = true;
            }
        }
        for rel in &mut meta.relations {
            for end in [&mut rel.source, &mut rel.target] {
                if end == from {
                    *end = to.to_string();
                    changed = true;
                }
            }
        }
        let n = meta.relations.len();
        meta.relations.retain(|rel| {
            let keep = rel.source != rel.target;
            if !keep {
                r.dropped.push(rel.id.clone());
            }
            keep
        });
        r.relations += d
            .meta
            .relations
            .iter()
            .filter(|x| x.source == from || x.target == from)
            .count();
        if changed || meta.relations.len() != n {
            changes.push(Change::doc_meta(&d.id, &meta));
        }
    }
    changes
}

/// Removes every mention of and relation with `id`.
fn cascade_docs(corpus: &Corpus, id: &str, r: &mut Rewritten) -> Vec<Change> {
    let mut changes = Vec::new();
    for d in &corpus.docs {
        let mut meta = d.meta.clone();
        let (m0, r0) = (meta.mentions.len(), meta.relations.len());
        meta.mentions.retain(|m| m.actor != id);
        meta.relations.retain(|x| {
            let keep = x.source != id && x.target != id;
            if !keep {
                r.dropped.push(x.id.clone());
            }
            keep
        });
        r.mentions += m0 - meta.mentions.len();
        r.relations += r0 - meta.relations.len();
        if meta.mentions.len() != m0 || meta.relations.len() != r0 {
            changes.push(Change::doc_meta(&d.id, &meta));
        }
    }
    changes
}

/// `liaison actor merge A INTO B`.
pub fn merge(dir: &Path, a: &str, b: &str) -> Result<Merged, Error> {
    let w = Writer::open(dir)?;
    let names = Resolver::new(&w.corpus)?;
    let from = names.id(a)?;
    let to = names.id(b)?;
    if from == to {
        return Err(Error::usage(
            format!("{a:?} and {b:?} are the same actor ({from})"),
            "name two different actors",
        ));
    }
    let mut actors = w.corpus.actors.clone();
    let gone = actors
        .iter()
        .find(|x| x.id == from)
        .cloned()
        .ok_or_else(|| Error::Internal(format!("resolved actor {from} is not in actors.json")))?;
    let mut r = Rewritten::default();
    for x in &mut actors {
        if x.parent.as_deref() == Some(from.as_str()) {
            // B itself a unit of A: it takes A's place in the hierarchy.
            x.parent = if x.id == to {
                gone.parent.clone().filter(|p| *p != to)
            } else {
                Some(to.clone())
            };
            r.parents += 1;
        }
    }
    if let Some(target) = actors.iter_mut().find(|x| x.id == to) {
        let names = target.names.clone();
        for n in gone.names.values().chain(gone.aliases.iter()) {
            push_alias(&names, &mut target.aliases, n);
        }
        if target.country.is_none() {
            target.country = gone.country.clone();
        }
        if target.note.is_none() {
            target.note = gone.note.clone();
        }
    }
    actors.retain(|x| x.id != from);
    // Documents first: they then point at B, which exists both before and after actors.json changes.
    let mut changes = rewrite_docs(&w.corpus, &from, &to, &mut r);
    changes.push(Change::actors(&ActorsFile {
        actors: actors.clone(),
    }));
    w.commit(changes)?;
    let actor = actors
        .into_iter()
        .find(|x| x.id == to)
        .ok_or_else(|| Error::Internal(format!("resolved actor {to} is not in actors.json")))?;
    Ok(Merged {
        from,
        to,
        rewritten: r,
        actor,
    })
}

#[derive(Debug, Clone, Default)]
pub struct ActorRm {
    pub actor: String,
    pub cascade: bool,
    pub reassign: Option<String>,
}

/// `liaison actor rm ID [--cascade | --reassign OTHER]`.
pub fn rm(dir: &Path, q: &ActorRm) -> Result<Removed, Error> {
    let w = Writer::open(dir)?;
    let names = Resolver::new(&w.corpus)?;
    let id = names.id(&q.actor)?;
    let units: Vec<&str> = w
        .corpus
        .actors
        .iter()
        .filter(|a| a.parent.as_deref() == Some(id.as_str()))
        .map(|a| a.id.as_str())
        .collect();
    let mentions: usize = w
        .corpus
        .docs
        .iter()
        .map(|d| d.meta.mentions.iter().filter(|m| m.actor == id).count())
        .sum();
    let relations: Vec<&str> = w
        .corpus
        .docs
        .iter()
        .flat_map(|d| d.meta.relations.iter())
        .filter(|r| r.source == id || r.target == id)
        .map(|r| r.id.as_str())
        .collect();
    let referenced = !units.is_empty() || mentions > 0 || !relations.is_empty();
    if referenced && !q.cascade && q.reassign.is_none() {
        let mut what = Vec::new();
        if mentions > 0 {
            what.push(format!(
                "{mentions} mention{}",
                if mentions == 1 { "" } else { "s" }
            ));
        }
        if !relations.is_empty() {
            let shown: Vec<&str> = relations.iter().take(5).copied().collect();
            let more = if relations.len() > 5 { ", …" } else { "" };
            what.push(format!(
                "{} relation{} ({}{more})",
                relations.len(),
                if relations.len() == 1 { "" } else { "s" },
                shown.join(", ")
            ));
        }
        if !units.is_empty() {
            what.push(format!("the parent of {}", units.join(", ")));
        }
        return Err(Error::usage(
            format!("{id} is still referenced: {}", what.join("; ")),
            format!(
                "say what to do with the references: `liaison actor rm {id} --reassign OTHER` points them at another actor; `--cascade` removes those mentions and relations and clears those parents; or `liaison actor merge {id} INTO OTHER` also keeps its names as aliases"
            ),
        ));
    }
    let mut actors = w.corpus.actors.clone();
    let mut r = Rewritten::default();
    let mut changes = match &q.reassign {
        Some(other) => {
            let other = names.id(other)?;
            if other == id {
                return Err(Error::usage(
                    "--reassign names the actor being removed",
                    "name another actor",
                ));
            }
            for x in &mut actors {
                if x.parent.as_deref() == Some(id.as_str()) {
                    x.parent = if x.id == other {
                        None
                    } else {
                        Some(other.clone())
                    };
                    r.parents += 1;
                }
            }
            rewrite_docs(&w.corpus, &id, &other, &mut r)
        }
        None => {
            for x in &mut actors {
                if x.parent.as_deref() == Some(id.as_str()) {
                    x.parent = None;
                    r.parents += 1;
                }
            }
            cascade_docs(&w.corpus, &id, &mut r)
        }
    };
    actors.retain(|x| x.id != id);
    changes.push(Change::actors(&ActorsFile { actors }));
    w.commit(changes)?;
    Ok(Removed { id, rewritten: r })
}
