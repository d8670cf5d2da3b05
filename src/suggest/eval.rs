//! Scoring `suggest` against annotated documents: a corpus whose documents carry gold mentions and
//! relations (`bench/suggest-eval/dev`, `…/test`, the shipped `graph/`).
//!
//! - A shown (not hidden) proposal is right when its type, source and target are those of a gold
//!   relation of the same document (either order for an undirected type). Precision is over the
//!   shown proposals; recall is the share of gold relations some shown proposal matches (and, for
//!   information, some proposal including the hidden ones).
//! - A gold mention is found when a found name overlaps it and names its actor alone; it is wrongly
//!   resolved when found names overlap it but none names its actor alone.

use super::analysis::{analyse, overlaps};
use super::Matcher;
use crate::corpus::Corpus;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    /// Proposals shown.
    pub shown: usize,
    /// Shown proposals that match a gold relation.
    pub right: usize,
    /// Gold relations.
    pub gold: usize,
    /// Gold relations matched by a shown proposal.
    pub found: usize,
    /// Gold relations matched by any proposal, hidden ones included.
    pub found_all: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.shown += o.shown;
        self.right += o.right;
        self.gold += o.gold;
        self.found += o.found;
        self.found_all += o.found_all;
    }
    pub fn precision(&self) -> Option<f64> {
        (self.shown > 0).then(|| self.right as f64 / self.shown as f64)
    }
    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.found as f64 / self.gold as f64)
    }
}

#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct MentionCounts {
    pub gold: usize,
    /// Found with the right actor.
    pub right: usize,
    /// Found (overlapping) but with another actor, or ambiguous.
    pub wrong: usize,
    /// Found names that overlap no gold mention.
    pub extra: usize,
}

impl MentionCounts {
    pub fn add(&mut self, o: &MentionCounts) {
        self.gold += o.gold;
        self.right += o.right;
        self.wrong += o.wrong;
        self.extra += o.extra;
    }
    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.right as f64 / self.gold as f64)
    }
    pub fn wrong_rate(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.wrong as f64 / self.gold as f64)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DocScore {
    pub doc: String,
    pub relations: Counts,
    pub mentions: MentionCounts,
    /// Shown proposals that match no gold relation, and gold relations no shown proposal matches:
    /// `type source target`.
    pub wrong: Vec<String>,
    pub missed: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub documents: Vec<DocScore>,
    pub relations: Counts,
    pub per_type: BTreeMap<String, Counts>,
    pub mentions: MentionCounts,
}

/// Scores every document of `corpus`.
pub fn evaluate(corpus: &Corpus, m: &Matcher) -> Report {
    let mut docs = Vec::new();
    let mut total = Counts::default();
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut mentions = MentionCounts::default();
    for doc in &corpus.docs {
        let a = analyse(corpus, m, doc);
        let directed = |ty: &str| {
            corpus
                .schema
                .relation_types
                .iter()
                .any(|t| t.id == ty && t.directed)
        };
        let matches = |ty: &str, s: &str, t: &str, g: &crate::model::RelationDef| {
            g.kind == ty
                && ((g.source == s && g.target == t)
                    || (!directed(ty) && g.source == t && g.target == s))
        };
        let mut c = Counts {
            gold: doc.meta.relations.len(),
            ..Counts::default()
        };
        let mut wrong = Vec::new();
        let mut missed = Vec::new();
        for g in &doc.meta.relations {
            per_type.entry(g.kind.clone()).or_default().gold += 1;
        }
        for p in &a.proposals {
            let (s, t) = (&corpus.actors[p.source].id, &corpus.actors[p.target].id);
            let right = doc.meta.relations.iter().any(|g| matches(&p.ty, s, t, g));
            if !p.hidden {
                c.shown += 1;
                let e = per_type.entry(p.ty.clone()).or_default();
                e.shown += 1;
                if right {
                    c.right += 1;
                    e.right += 1;
                } else {
                    wrong.push(format!("{} {s} {t}", p.ty));
                }
            }
        }
        for g in &doc.meta.relations {
            let hit = |all: bool| {
                a.proposals.iter().any(|p| {
                    (all || !p.hidden)
                        && matches(
                            &p.ty,
                            &corpus.actors[p.source].id,
                            &corpus.actors[p.target].id,
                            g,
                        )
                })
            };
            let e = per_type.entry(g.kind.clone()).or_default();
            if hit(false) {
                c.found += 1;
                e.found += 1;
            } else {
                missed.push(format!("{} {} {}", g.kind, g.source, g.target));
            }
            if hit(true) {
                c.found_all += 1;
                e.found_all += 1;
            }
        }
        let mut mc = MentionCounts {
            gold: doc.meta.mentions.len(),
            ..MentionCounts::default()
        };
        for x in &doc.meta.mentions {
            let over: Vec<_> = a
                .found
                .iter()
                .filter(|f| overlaps(f.span, x.span))
                .collect();
            if over
                .iter()
                .any(|f| f.actors.len() == 1 && corpus.actors[f.actors[0]].id == x.actor)
            {
                mc.right += 1;
            } else if !over.is_empty() {
                mc.wrong += 1;
            }
        }
        mc.extra = a
            .found
            .iter()
            .filter(|f| !doc.meta.mentions.iter().any(|x| overlaps(f.span, x.span)))
            .count();
        total.add(&c);
        mentions.add(&mc);
        docs.push(DocScore {
            doc: doc.id.clone(),
            relations: c,
            mentions: mc,
            wrong,
            missed,
        });
    }
    Report {
        documents: docs,
        relations: total,
        per_type,
        mentions,
    }
}
