//! One document's analysis: the names found in it, which are annotated already, the actors the
//! rules see, the proposals, new actor candidates, and how many of its annotated mentions the
//! matcher recalls.

use super::candidates::{candidates, Candidate};
use super::mentions::{
    embassies_in_place, entities, own_state_institutions, refine, short_for_longer, surnames, Ent,
    COUNTERPART,
};
use super::tokens::{tokenize, Tok};
use super::{propose, Found, Matcher, Proposal};
use crate::corpus::{Corpus, Doc};
use serde::Serialize;

/// How many of the document's annotated mentions the matcher found.
#[derive(Debug, Serialize, Default, Clone, Copy)]
pub struct Recall {
    pub annotated: usize,
    /// Found with exactly the annotated span and actor.
    pub exact: usize,
    /// Found overlapping the annotated span, with the annotated actor among the candidates.
    pub overlapping: usize,
}

impl Recall {
    pub fn add(&mut self, other: Recall) {
        self.annotated += other.annotated;
        self.exact += other.exact;
        self.overlapping += other.overlapping;
    }
}

pub struct Analysis {
    pub found: Vec<Found>,
    /// For each found mention, whether the document already has it.
    pub annotated: Vec<bool>,
    pub tokens: Vec<Tok>,
    /// The actors the rules saw: names found and readings of phrases.
    pub entities: Vec<Ent>,
    pub proposals: Vec<Proposal>,
    pub candidates: Vec<Candidate>,
    pub recall: Recall,
}

pub fn overlaps(a: [u32; 2], b: [u32; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

pub fn analyse(corpus: &Corpus, m: &Matcher, doc: &Doc) -> Analysis {
    let toks = tokenize(&doc.text);
    let in_scope = |span: [u32; 2]| !doc.meta.out_of_scope.iter().any(|o| overlaps(o.span, span));
    let found: Vec<Found> = m
        .find(&doc.text)
        .into_iter()
        .filter(|f| in_scope(f.span))
        .collect();
    let found = refine(corpus, &toks, found);
    let ix = m.index();
    let chars: Vec<char> = doc.text.chars().collect();
    let found = own_state_institutions(corpus, ix, &chars, &toks, found);
    let found = surnames(corpus, &chars, &toks, found);
    let found = embassies_in_place(corpus, &toks, found);
    let found = short_for_longer(corpus, &toks, found);
    let ents: Vec<Ent> = entities(corpus, ix, &toks, &found)
        .into_iter()
        .filter(|e| e.t[0] < e.t[1] && in_scope([toks[e.t[0]].span[0], toks[e.t[1] - 1].span[1]]))
        .collect();
    let proposals = propose(corpus, ix, doc, &toks, &ents);
    // A counterpart named by nationality (`نظيره التونسي`) is a mention of the actor it reads as.
    let mut found = found;
    for e in ents.iter().filter(|e| e.reading == Some(COUNTERPART)) {
        let first = &toks[e.t[0]];
        let raw: Vec<char> = chars[first.span[0] as usize..first.span[1] as usize].to_vec();
        let Some(skip) = (0..raw.len()).find(|&k| raw[k..].starts_with(&['ن', 'ظ'])) else {
            continue;
        };
        let span = [first.span[0] + skip as u32, toks[e.t[1] - 1].span[1]];
        if found.iter().any(|f| overlaps(f.span, span)) {
            continue;
        }
        found.push(Found {
            span,
            text: chars[span[0] as usize..span[1] as usize].iter().collect(),
            actors: vec![e.actor],
        });
    }
    found.sort_by_key(|f| f.span);
    let actor_id = |i: usize| corpus.actors[i].id.as_str();
    let annotated = found
        .iter()
        .map(|f| {
            doc.meta.mentions.iter().any(|x| {
                overlaps(x.span, f.span) && f.actors.iter().any(|&a| actor_id(a) == x.actor)
            })
        })
        .collect();
    let mut recall = Recall {
        annotated: doc.meta.mentions.len(),
        ..Recall::default()
    };
    for x in &doc.meta.mentions {
        let hit = |exact: bool| {
            found.iter().any(|f| {
                (if exact {
                    f.span == x.span
                } else {
                    overlaps(f.span, x.span)
                }) && f.actors.iter().any(|&a| actor_id(a) == x.actor)
            })
        };
        if hit(true) {
            recall.exact += 1;
        }
        if hit(false) {
            recall.overlapping += 1;
        }
    }
    let cands = candidates(&chars, &toks, &ents)
        .into_iter()
        .filter(|c| in_scope(c.span))
        .collect();
    Analysis {
        found,
        annotated,
        tokens: toks,
        entities: ents,
        proposals,
        candidates: cands,
        recall,
    }
}
