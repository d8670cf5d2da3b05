//! The records of the store, archived with rkyv and read in place: the schema's kinds and types,
//! actors sorted by id, documents, relations in canonical order, CSR adjacency, folded name keys.

use rkyv::{Archive, Serialize};

#[derive(Archive, Serialize, Debug, Clone)]
pub struct Label {
    pub lang: String,
    pub text: String,
}

#[derive(Archive, Serialize, Debug, Clone)]
pub struct KindRec {
    pub id: String,
    pub labels: Vec<Label>,
}

#[derive(Archive, Serialize, Debug, Clone)]
pub struct TypeRec {
    pub id: String,
    pub directed: bool,
    pub labels: Vec<Label>,
    pub source_kinds: Vec<u16>,
    pub target_kinds: Vec<u16>,
    pub description: String,
}

#[derive(Archive, Serialize, Debug, Clone)]
pub struct ActorRec {
    pub id: String,
    pub kind: u16,
    /// Sorted by language code.
    pub names: Vec<Label>,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub parent: Option<u32>,
    pub note: Option<String>,
}

#[derive(Archive, Serialize, Debug, Clone)]
pub struct DocRec {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub chars: u32,
    /// Its relations are handles `rel_start..rel_end`.
    pub rel_start: u32,
    pub rel_end: u32,
}

#[derive(Archive, Serialize, Debug, Clone)]
pub struct RelRec {
    pub id: String,
    pub ty: u16,
    pub source: u32,
    pub target: u32,
    pub doc: u32,
    pub start: u32,
    pub end: u32,
    pub quote: String,
    pub date: Option<String>,
    /// First and last day the date covers as `yyyymmdd`; 0 when undated.
    pub date_lo: u32,
    pub date_hi: u32,
    pub date_inferred: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
}

/// One end of a relation, seen from an actor: the relation, the actor at the other end, and
/// whether this actor is the relation's source.
#[derive(Archive, Serialize, Debug, Clone, Copy)]
pub struct Adj {
    pub rel: u32,
    pub other: u32,
    /// The document claiming it, so a traversal can skip replaced documents without a lookup.
    pub doc: u32,
    pub ty: u16,
    pub out: bool,
}

/// An overlay relation end: `adj` seen from `actor`.
#[derive(Archive, Serialize, Debug, Clone, Copy)]
pub struct OverAdj {
    pub actor: u32,
    pub adj: Adj,
}

/// Documents changed since the base store was built, compiled on their own so that the first
/// query after an edit re-reads one document instead of the corpus. Actors and the schema are the
/// base's: a change to either rebuilds everything.
#[derive(Archive, Serialize, Debug, Clone)]
pub struct Overlay {
    /// Checksum of the base store this overlay applies to.
    pub base_sum: u64,
    /// Every corpus file as of this overlay (it supersedes the base's list).
    pub files: Vec<FileStamp>,
    pub built_at_ns: u64,
    /// Base documents replaced or removed, by base index, sorted.
    pub dead_docs: Vec<u32>,
    /// New versions of changed documents and new documents, sorted by id. Handles continue the
    /// base's: document `i` here is handle `base docs + i`, and likewise for relations.
    pub docs: Vec<DocRec>,
    pub relations: Vec<RelRec>,
    /// Sorted by actor, then canonical order.
    pub adj: Vec<OverAdj>,
}

impl ArchivedOverlay {
    pub fn adjacent(&self, a: u32) -> &[ArchivedOverAdj] {
        let s = self.adj.partition_point(|e| e.actor.to_native() < a);
        let e = self.adj.partition_point(|e| e.actor.to_native() <= a);
        &self.adj[s..e]
    }
}

#[derive(Archive, Serialize, Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NameKey {
    pub key: String,
    pub actor: u32,
}

#[derive(Archive, Serialize, Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    /// Relative to the corpus folder, `/`-separated.
    pub path: String,
    pub len: u64,
    pub mtime_ns: u64,
    /// xxh3 of the content for files modified close to the build (see [`RACY_NS`]), else 0.
    pub hash: u64,
}

#[derive(Archive, Serialize, Debug, Clone)]
pub struct StoreData {
    pub files: Vec<FileStamp>,
    pub built_at_ns: u64,
    pub kinds: Vec<KindRec>,
    pub types: Vec<TypeRec>,
    /// Sorted by id.
    pub actors: Vec<ActorRec>,
    /// Sorted by id.
    pub docs: Vec<DocRec>,
    /// In document order, then in each document's order.
    pub relations: Vec<RelRec>,
    /// `adj[adj_start[a]..adj_start[a + 1]]` are actor `a`'s relations.
    pub adj_start: Vec<u32>,
    pub adj: Vec<Adj>,
    /// Folded names and aliases, sorted.
    pub name_keys: Vec<NameKey>,
    /// Folded words of names and aliases, sorted.
    pub token_keys: Vec<NameKey>,
    /// Relation handles sorted by relation id.
    pub rel_by_id: Vec<u32>,
}

impl ArchivedStoreData {
    pub fn actor_index(&self, id: &str) -> Option<u32> {
        self.actors
            .binary_search_by(|a| a.id.as_str().cmp(id))
            .ok()
            .map(|i| i as u32)
    }

    pub fn doc_index(&self, id: &str) -> Option<u32> {
        self.docs
            .binary_search_by(|d| d.id.as_str().cmp(id))
            .ok()
            .map(|i| i as u32)
    }

    pub fn type_index(&self, id: &str) -> Option<u16> {
        self.types
            .iter()
            .position(|t| t.id.as_str() == id)
            .map(|i| i as u16)
    }

    pub fn actor(&self, i: u32) -> &ArchivedActorRec {
        &self.actors[i as usize]
    }

    pub fn relation(&self, i: u32) -> &ArchivedRelRec {
        &self.relations[i as usize]
    }

    /// Actor `a`'s incident relations.
    pub fn relation_by_id(&self, id: &str) -> Option<u32> {
        self.rel_by_id
            .binary_search_by(|&r| self.relations[r.to_native() as usize].id.as_str().cmp(id))
            .ok()
            .map(|i| self.rel_by_id[i].to_native())
    }

    pub fn adjacent(&self, a: u32) -> &[ArchivedAdj] {
        let s = self.adj_start[a as usize].to_native() as usize;
        let e = self.adj_start[a as usize + 1].to_native() as usize;
        &self.adj[s..e]
    }
}

impl ArchivedActorRec {
    pub fn name(&self, lang: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|l| l.lang.as_str() == lang)
            .map(|l| l.text.as_str())
    }

    /// The English name, else any name, else the id.
    pub fn display_name(&self) -> &str {
        self.name("en")
            .or_else(|| self.names.first().map(|l| l.text.as_str()))
            .unwrap_or(self.id.as_str())
    }
}

impl ArchivedLabel {
    pub fn pair(&self) -> (&str, &str) {
        (self.lang.as_str(), self.text.as_str())
    }
}
