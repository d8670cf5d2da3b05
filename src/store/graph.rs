//! The graph as queries see it: the base store, plus the overlay of documents changed since it
//! was built (see `store`), presented as one corpus.
//!
//! Documents and relations are named by handles: `0..n` are the base's, `n..` the overlay's. A
//! base document replaced or removed by the overlay is dead, and so are its relations. Every list
//! comes out in the corpus's canonical order (documents by id, relations in document order), so an
//! answer does not depend on whether the store was built in one go or incrementally.

use super::records::{
    ArchivedActorRec, ArchivedAdj, ArchivedDocRec, ArchivedKindRec, ArchivedNameKey,
    ArchivedOverlay, ArchivedRelRec, ArchivedStoreData, ArchivedTypeRec,
};

/// The overlay and what opening it computed.
struct Layer<'a> {
    o: &'a ArchivedOverlay,
    /// Base documents replaced or removed, by base index.
    dead: Vec<bool>,
    /// Live document handles in id order.
    docs: Vec<u32>,
    live_relations: usize,
}

pub struct Graph<'a> {
    base: &'a ArchivedStoreData,
    layer: Option<Layer<'a>>,
}

/// An actor's relations, live ones only, in canonical order.
pub enum Adjacent<'a> {
    Plain(std::slice::Iter<'a, ArchivedAdj>),
    Filtered(std::slice::Iter<'a, ArchivedAdj>, &'a [bool]),
    Merged(std::vec::IntoIter<&'a ArchivedAdj>),
}

impl<'a> Iterator for Adjacent<'a> {
    type Item = &'a ArchivedAdj;

    fn next(&mut self) -> Option<&'a ArchivedAdj> {
        match self {
            Adjacent::Plain(it) => it.next(),
            Adjacent::Filtered(it, dead) => it.find(|a| !dead[a.doc.to_native() as usize]),
            Adjacent::Merged(it) => it.next(),
        }
    }
}

impl<'a> Graph<'a> {
    pub fn new(base: &'a ArchivedStoreData, overlay: Option<&'a ArchivedOverlay>) -> Graph<'a> {
        let layer = overlay.map(|o| {
            let mut dead = vec![false; base.docs.len()];
            for d in o.dead_docs.iter() {
                dead[d.to_native() as usize] = true;
            }
            let nb = base.docs.len() as u32;
            let mut docs: Vec<u32> = (0..nb).filter(|&d| !dead[d as usize]).collect();
            docs.extend((0..o.docs.len() as u32).map(|i| nb + i));
            let id = |h: u32| -> &str {
                if h < nb {
                    base.docs[h as usize].id.as_str()
                } else {
                    o.docs[(h - nb) as usize].id.as_str()
                }
            };
            docs.sort_by(|&a, &b| id(a).cmp(id(b)));
            let dead_rels: usize = (0..nb as usize)
                .filter(|&d| dead[d])
                .map(|d| {
                    (base.docs[d].rel_end.to_native() - base.docs[d].rel_start.to_native()) as usize
                })
                .sum();
            Layer {
                o,
                dead,
                docs,
                live_relations: base.relations.len() - dead_rels + o.relations.len(),
            }
        });
        Graph { base, layer }
    }

    pub fn base(&self) -> &'a ArchivedStoreData {
        self.base
    }

    /// Whether this graph includes documents changed since the base store was built.
    pub fn has_overlay(&self) -> bool {
        self.layer.is_some()
    }

    pub fn actors(&self) -> &'a [ArchivedActorRec] {
        &self.base.actors
    }

    pub fn actor(&self, i: u32) -> &'a ArchivedActorRec {
        &self.base.actors[i as usize]
    }

    pub fn actor_index(&self, id: &str) -> Option<u32> {
        self.base.actor_index(id)
    }

    pub fn kinds(&self) -> &'a [ArchivedKindRec] {
        &self.base.kinds
    }

    pub fn kind_of(&self, actor: u32) -> &'a ArchivedKindRec {
        &self.base.kinds[self.actor(actor).kind.to_native() as usize]
    }

    pub fn types(&self) -> &'a [ArchivedTypeRec] {
        &self.base.types
    }

    pub fn type_index(&self, id: &str) -> Option<u16> {
        self.base.type_index(id)
    }

    pub fn type_of(&self, rel: u32) -> &'a ArchivedTypeRec {
        &self.base.types[self.relation(rel).ty.to_native() as usize]
    }

    pub fn name_keys(&self) -> &'a [ArchivedNameKey] {
        &self.base.name_keys
    }

    pub fn token_keys(&self) -> &'a [ArchivedNameKey] {
        &self.base.token_keys
    }

    pub fn doc(&self, h: u32) -> &'a ArchivedDocRec {
        let nb = self.base.docs.len() as u32;
        match &self.layer {
            Some(l) if h >= nb => &l.o.docs[(h - nb) as usize],
            _ => &self.base.docs[h as usize],
        }
    }

    pub fn doc_of(&self, rel: u32) -> &'a ArchivedDocRec {
        self.doc(self.relation(rel).doc.to_native())
    }

    pub fn doc_count(&self) -> usize {
        self.layer
            .as_ref()
            .map_or(self.base.docs.len(), |l| l.docs.len())
    }

    /// Live document handles in id order.
    pub fn docs(&self) -> Vec<u32> {
        match &self.layer {
            None => (0..self.base.docs.len() as u32).collect(),
            Some(l) => l.docs.clone(),
        }
    }

    pub fn doc_index(&self, id: &str) -> Option<u32> {
        let nb = self.base.docs.len() as u32;
        if let Some(l) = &self.layer {
            if let Ok(i) = l.o.docs.binary_search_by(|d| d.id.as_str().cmp(id)) {
                return Some(nb + i as u32);
            }
            return self.base.doc_index(id).filter(|&d| !l.dead[d as usize]);
        }
        self.base.doc_index(id)
    }

    pub fn relation(&self, h: u32) -> &'a ArchivedRelRec {
        let nb = self.base.relations.len() as u32;
        match &self.layer {
            Some(l) if h >= nb => &l.o.relations[(h - nb) as usize],
            _ => &self.base.relations[h as usize],
        }
    }

    pub fn relation_count(&self) -> usize {
        self.layer
            .as_ref()
            .map_or(self.base.relations.len(), |l| l.live_relations)
    }

    /// Live relation handles in canonical order.
    pub fn relations(&self) -> Box<dyn Iterator<Item = u32> + '_> {
        match &self.layer {
            None => Box::new(0..self.base.relations.len() as u32),
            Some(l) => Box::new(l.docs.iter().flat_map(move |&d| {
                let doc = self.doc(d);
                doc.rel_start.to_native()..doc.rel_end.to_native()
            })),
        }
    }

    /// Sorts relation handles into canonical order.
    pub fn sort_relations(&self, rels: &mut [u32]) {
        if self.layer.is_none() {
            rels.sort_unstable();
        } else {
            rels.sort_by(|&a, &b| {
                self.doc_of(a)
                    .id
                    .as_str()
                    .cmp(self.doc_of(b).id.as_str())
                    .then(a.cmp(&b))
            });
        }
    }

    /// Actor `a`'s live relations, in canonical order.
    pub fn adjacent(&self, a: u32) -> Adjacent<'_> {
        let base = self.base.adjacent(a);
        let Some(l) = &self.layer else {
            return Adjacent::Plain(base.iter());
        };
        let extra = l.o.adjacent(a);
        if extra.is_empty() {
            return Adjacent::Filtered(base.iter(), &l.dead);
        }
        let mut all: Vec<&ArchivedAdj> = base
            .iter()
            .filter(|e| !l.dead[e.doc.to_native() as usize])
            .chain(extra.iter().map(|o| &o.adj))
            .collect();
        let doc_id = |e: &ArchivedAdj| self.doc(e.doc.to_native()).id.as_str();
        all.sort_by(|x, y| {
            doc_id(x)
                .cmp(doc_id(y))
                .then(x.rel.to_native().cmp(&y.rel.to_native()))
        });
        Adjacent::Merged(all.into_iter())
    }
}
