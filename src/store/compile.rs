//! Compiling a checked corpus (or a few changed documents) into store records.

use super::records::*;
use crate::corpus::{Corpus, Doc};
use crate::model::{DateRange, RelationDef};
use crate::text::fold::{fold, tokens};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

pub(super) fn labels(map: &std::collections::BTreeMap<String, String>) -> Vec<Label> {
    map.iter()
        .map(|(lang, text)| Label {
            lang: lang.clone(),
            text: text.clone(),
        })
        .collect()
}

/// Compiles a checked corpus into store data, taking its strings rather than copying them.
pub fn compile(corpus: Corpus, files: Vec<FileStamp>, built_at_ns: u64) -> StoreData {
    let kind_ix: HashMap<&str, u16> = corpus
        .schema
        .actor_kinds
        .iter()
        .enumerate()
        .map(|(i, k)| (k.id.as_str(), i as u16))
        .collect();
    let type_ix: HashMap<&str, u16> = corpus
        .schema
        .relation_types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i as u16))
        .collect();
    let kinds = corpus
        .schema
        .actor_kinds
        .iter()
        .map(|k| KindRec {
            id: k.id.clone(),
            labels: labels(&k.labels),
        })
        .collect();
    let types = corpus
        .schema
        .relation_types
        .iter()
        .map(|t| TypeRec {
            id: t.id.clone(),
            directed: t.directed,
            labels: labels(&t.labels),
            source_kinds: t.source_kinds.iter().map(|k| kind_ix[k.as_str()]).collect(),
            target_kinds: t.target_kinds.iter().map(|k| kind_ix[k.as_str()]).collect(),
            description: t.description.clone().unwrap_or_default(),
        })
        .collect();

    let mut order: Vec<usize> = (0..corpus.actors.len()).collect();
    order.sort_by(|&a, &b| corpus.actors[a].id.cmp(&corpus.actors[b].id));
    let actor_ix: HashMap<&str, u32> = order
        .iter()
        .enumerate()
        .map(|(new, &old)| (corpus.actors[old].id.as_str(), new as u32))
        .collect();
    // Folding names is the costly part of compiling actors: do it on every core.
    let folded: Vec<(ActorRec, Vec<NameKey>, Vec<NameKey>)> = order
        .par_iter()
        .enumerate()
        .map(|(i, &old)| {
            let a = &corpus.actors[old];
            let (mut names_of, mut tokens_of) = (Vec::new(), Vec::new());
            for n in a.names.values().chain(a.aliases.iter()) {
                let key = fold(n);
                for t in tokens(&key) {
                    tokens_of.push(NameKey {
                        key: t,
                        actor: i as u32,
                    });
                }
                names_of.push(NameKey {
                    key,
                    actor: i as u32,
                });
            }
            let rec = ActorRec {
                id: a.id.clone(),
                kind: kind_ix[a.kind.as_str()],
                names: labels(&a.names),
                aliases: a.aliases.clone(),
                country: a.country.clone(),
                parent: a.parent.as_deref().map(|p| actor_ix[p]),
                note: a.note.clone(),
            };
            (rec, names_of, tokens_of)
        })
        .collect();
    let mut actors = Vec::with_capacity(folded.len());
    let (mut name_keys, mut token_keys) = (Vec::new(), Vec::new());
    for (rec, n, t) in folded {
        actors.push(rec);
        name_keys.extend(n);
        token_keys.extend(t);
    }
    name_keys.par_sort_unstable();
    name_keys.dedup();
    token_keys.par_sort_unstable();
    token_keys.dedup();

    let n_rel: usize = corpus.docs.iter().map(|d| d.meta.relations.len()).sum();
    let mut relations = Vec::with_capacity(n_rel);
    let mut docs = Vec::with_capacity(corpus.docs.len());
    for (di, mut d) in corpus.docs.into_iter().enumerate() {
        let rel_start = relations.len() as u32;
        for r in std::mem::take(&mut d.meta.relations) {
            let (ty, source, target) = (
                type_ix[r.kind.as_str()],
                actor_ix[r.source.as_str()],
                actor_ix[r.target.as_str()],
            );
            relations.push(rel_rec(r, ty, source, target, di as u32));
        }
        let rel_end = relations.len() as u32;
        docs.push(doc_rec(d, rel_start, rel_end));
    }
    let (adj_start, adj) = adjacency(actors.len(), &relations);
    let mut rel_by_id: Vec<u32> = (0..relations.len() as u32).collect();
    rel_by_id
        .par_sort_unstable_by(|&a, &b| relations[a as usize].id.cmp(&relations[b as usize].id));
    StoreData {
        files,
        built_at_ns,
        kinds,
        types,
        actors,
        docs,
        relations,
        adj_start,
        adj,
        name_keys,
        token_keys,
        rel_by_id,
    }
}

/// A relation as stored, from its annotation and its resolved type, ends and document.
pub(super) fn rel_rec(r: RelationDef, ty: u16, source: u32, target: u32, doc: u32) -> RelRec {
    let range = r.date.as_deref().and_then(|s| DateRange::parse(s).ok());
    RelRec {
        id: r.id,
        ty,
        source,
        target,
        doc,
        start: r.span[0],
        end: r.span[1],
        quote: r.quote,
        date: r.date,
        date_lo: range.map_or(0, |d| d.lo),
        date_hi: range.map_or(0, |d| d.hi),
        date_inferred: r.date_inferred,
        place: r.place,
        note: r.note,
    }
}

/// A document as stored: its metadata and the handles of its relations.
pub(super) fn doc_rec(d: Doc, rel_start: u32, rel_end: u32) -> DocRec {
    DocRec {
        id: d.id,
        title: d.meta.title,
        source: d.meta.source,
        url: d.meta.url,
        published: d.meta.published,
        lang: d.meta.lang,
        chars: d.chars,
        rel_start,
        rel_end,
    }
}

/// A generous guess of the archive's size, so serialising never reallocates a large buffer.
pub(super) fn estimate_size(d: &StoreData) -> usize {
    let strings: usize = d
        .relations
        .iter()
        .map(|r| {
            r.id.len()
                + r.quote.len()
                + r.date.as_ref().map_or(0, |s| s.len())
                + r.place.as_ref().map_or(0, |s| s.len())
                + r.note.as_ref().map_or(0, |s| s.len())
                + r.date_inferred.as_ref().map_or(0, |s| s.len())
        })
        .sum::<usize>()
        + d.name_keys
            .iter()
            .chain(d.token_keys.iter())
            .map(|k| k.key.len())
            .sum::<usize>()
        + d.actors
            .iter()
            .map(|a| {
                a.id.len()
                    + a.names.iter().map(|l| l.text.len() + 16).sum::<usize>()
                    + a.aliases.iter().map(|x| x.len() + 8).sum::<usize>()
            })
            .sum::<usize>();
    strings
        + d.relations.len() * 96
        + d.adj.len() * 16
        + (d.name_keys.len() + d.token_keys.len()) * 16
        + d.actors.len() * 96
        + (1 << 20)
}

/// CSR adjacency by counting sort: each actor's relations in relation order.
pub(super) fn adjacency(n: usize, relations: &[RelRec]) -> (Vec<u32>, Vec<Adj>) {
    let mut start = vec![0u32; n + 1];
    for r in relations {
        start[r.source as usize + 1] += 1;
        start[r.target as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut adj = vec![
        Adj {
            rel: 0,
            other: 0,
            doc: 0,
            ty: 0,
            out: false
        };
        relations.len() * 2
    ];
    for (i, r) in relations.iter().enumerate() {
        for (me, other, out) in [(r.source, r.target, true), (r.target, r.source, false)] {
            let slot = &mut fill[me as usize];
            adj[*slot as usize] = Adj {
                rel: i as u32,
                other,
                doc: r.doc,
                ty: r.ty,
                out,
            };
            *slot += 1;
        }
    }
    (start, adj)
}

pub(super) fn compile_overlay(
    base: &ArchivedStoreData,
    mut docs: Vec<Doc>,
    mut dead_docs: Vec<u32>,
    files: Vec<FileStamp>,
    built_at_ns: u64,
    base_sum: u64,
) -> Overlay {
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    dead_docs.sort_unstable();
    let type_ix: HashMap<&str, u16> = base
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i as u16))
        .collect();
    let (nb_docs, nb_rels) = (base.docs.len() as u32, base.relations.len() as u32);
    let mut relations = Vec::new();
    let mut doc_recs = Vec::new();
    for (di, mut d) in docs.into_iter().enumerate() {
        let rel_start = nb_rels + relations.len() as u32;
        for r in std::mem::take(&mut d.meta.relations) {
            let found = |id: &str| {
                base.actor_index(id)
                    .expect("checked against the base's actors")
            };
            let (ty, source, target) =
                (type_ix[r.kind.as_str()], found(&r.source), found(&r.target));
            relations.push(rel_rec(r, ty, source, target, nb_docs + di as u32));
        }
        let rel_end = nb_rels + relations.len() as u32;
        doc_recs.push(doc_rec(d, rel_start, rel_end));
    }
    let mut adj = Vec::with_capacity(relations.len() * 2);
    for (i, r) in relations.iter().enumerate() {
        for (me, other, out) in [(r.source, r.target, true), (r.target, r.source, false)] {
            adj.push(OverAdj {
                actor: me,
                adj: Adj {
                    rel: nb_rels + i as u32,
                    other,
                    doc: r.doc,
                    ty: r.ty,
                    out,
                },
            });
        }
    }
    // Overlay documents are in id order and their relations in order, so handle order is
    // canonical among them.
    adj.sort_by_key(|e| (e.actor, e.adj.rel));
    Overlay {
        base_sum,
        files,
        built_at_ns,
        dead_docs,
        docs: doc_recs,
        relations,
        adj,
    }
}
