//! Writing accepted suggestions: the proposals and mentions `liaison suggest DOC` listed, recomputed
//! under the write lock (so their ids name what the user reviewed, as long as nothing changed
//! since) and written as annotations.

use super::annotate::next_relation_id;
use super::writer::{Change, Writer};
use crate::error::Error;
use crate::model::{MentionDef, RelationDef};
use crate::resolve::unknown_doc;
use crate::suggest::analysis::{analyse, overlaps};
use crate::suggest::Matcher;
use std::path::Path;

/// What to write: proposal ids (`S1`…), changes the reviewer made to some of them, and whether to
/// add the new mentions.
#[derive(Debug, Clone, Default)]
pub struct Accept {
    pub doc: String,
    pub proposals: Vec<String>,
    /// Changes to accepted proposals, by proposal id (`liaison review`'s edit).
    pub edits: Vec<(String, Edit)>,
    pub mentions: bool,
}

/// A reviewer's change to a proposal before it is written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edit {
    /// Another relation type.
    pub ty: Option<String>,
    /// Swap source and target.
    pub swap: bool,
    /// A date (`Some(None)` clears the proposed one).
    pub date: Option<Option<String>>,
    pub place: Option<Option<String>>,
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Accepted {
    pub doc: String,
    /// Each accepted proposal id with the relation written for it.
    pub relations: Vec<(String, RelationDef)>,
    /// Proposals skipped because the document already has them: (proposal, relation id).
    pub already: Vec<(String, String)>,
    /// Mentions added, when asked for.
    pub mentions: Option<usize>,
    /// Mentions of a name shared by several actors, left for the user.
    pub ambiguous: usize,
}

impl Accepted {
    pub fn is_empty(&self) -> bool {
        self.relations.is_empty() && self.mentions.unwrap_or(0) == 0
    }
}

pub fn accept(dir: &Path, q: &Accept) -> Result<Accepted, Error> {
    let w = Writer::open(dir)?;
    let id = q.doc.as_str();
    let doc = w.corpus.doc(id).ok_or_else(|| unknown_doc(&w.corpus, id))?;
    let m = Matcher::new(&w.corpus).map_err(Error::Internal)?;
    let a = analyse(&w.corpus, &m, doc);
    let mut meta = doc.meta.clone();
    let mut out = Accepted {
        doc: doc.id.clone(),
        ..Accepted::default()
    };
    let mut taken: Vec<String> = Vec::new();
    for s in &q.proposals {
        let key = s.trim().to_ascii_uppercase();
        let Some(p) = a.proposals.iter().find(|p| p.id == key) else {
            return Err(Error::usage(
                format!("no proposal {s:?} for {id}"),
                if a.proposals.is_empty() {
                    format!("`liaison suggest {id}` has no proposals for this document")
                } else {
                    format!(
                        "the proposals are S1 to S{}: run `liaison suggest {id}` to review them",
                        a.proposals.len()
                    )
                },
            ));
        };
        if let Some(r) = &p.annotated_as {
            out.already.push((p.id.clone(), r.clone()));
            continue;
        }
        if out.relations.iter().any(|(x, _)| x == &p.id) {
            continue;
        }
        let mut rel = RelationDef {
            id: next_relation_id(&w.corpus, id, &taken),
            kind: p.ty.clone(),
            source: w.corpus.actors[p.source].id.clone(),
            target: w.corpus.actors[p.target].id.clone(),
            span: p.span,
            quote: p.quote.clone(),
            date: p.date.clone(),
            date_inferred: p.date_inferred.clone(),
            place: p.place.clone(),
            note: None,
        };
        if let Some((_, e)) = q.edits.iter().find(|(x, _)| x.eq_ignore_ascii_case(&p.id)) {
            if let Some(t) = &e.ty {
                rel.kind = t.clone();
                if crate::suggest::timeless(t) {
                    rel.date = None;
                    rel.date_inferred = None;
                    rel.place = None;
                }
            }
            if e.swap {
                std::mem::swap(&mut rel.source, &mut rel.target);
            }
            if let Some(d) = &e.date {
                rel.date = d.clone();
                rel.date_inferred = None;
            }
            if let Some(pl) = &e.place {
                rel.place = pl.clone();
            }
        }
        taken.push(rel.id.clone());
        meta.relations.push(rel.clone());
        out.relations.push((p.id.clone(), rel));
    }
    if q.mentions {
        let mut added = 0;
        for (f, &ann) in a.found.iter().zip(&a.annotated) {
            if ann || meta.mentions.iter().any(|x| overlaps(x.span, f.span)) {
                continue;
            }
            if f.actors.len() != 1 {
                out.ambiguous += 1;
                continue;
            }
            meta.mentions.push(MentionDef {
                actor: w.corpus.actors[f.actors[0]].id.clone(),
                span: f.span,
                text: f.text.clone(),
            });
            added += 1;
        }
        meta.mentions.sort_by_key(|x| x.span);
        out.mentions = Some(added);
    }
    if !out.is_empty() {
        w.commit(vec![Change::doc_meta(&out.doc, &meta)])?;
    }
    Ok(out)
}
