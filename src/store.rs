//! The compiled store: a snapshot of the checked corpus that queries open without parsing.
//!
//! Layout: a 64-byte header (magic, format version, payload length, payload checksum) and an rkyv
//! archive of [`StoreData`], read in place from a memory map. Actors are sorted by id, adjacency is
//! a CSR array, names are sorted folded keys: every lookup is a binary search or a slice.
//!
//! Freshness: the store records the size and modification time of every corpus file. Opening it
//! compares them with the files on disk; any difference (a file added, removed or changed) rebuilds
//! it first, so an answer is never stale. A file modified within [`RACY_NS`] of the build is also
//! compared by content hash, since a second edit inside one timestamp tick would keep its mtime.

use crate::corpus::{self, Corpus, ACTORS_FILE, DOCS_DIR, SCHEMA_FILE};
use crate::error::Error;
use crate::graph::Graph;
use crate::model::DateRange;
use crate::names;
use memmap2::Mmap;
use rayon::prelude::*;
use rkyv::{Archive, Serialize};
use rustc_hash::FxHashMap as HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub const STORE_DIR: &str = ".liaison";
pub const STORE_FILE: &str = "store.bin";
pub const OVERLAY_FILE: &str = "overlay.bin";
const MAGIC: &[u8; 8] = b"LIAISON\x01";
const OVERLAY_MAGIC: &[u8; 8] = b"LIAISONo";
/// Bumped whenever [`StoreData`]'s layout or meaning changes; an older store is rebuilt.
pub const FORMAT_VERSION: u32 = 2;
const HEADER: usize = 64;
const RACY_NS: u64 = 2_000_000_000;

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

fn labels(map: &std::collections::BTreeMap<String, String>) -> Vec<Label> {
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
                let key = names::fold(n);
                for t in names::tokens(&key) {
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
fn rel_rec(r: crate::model::RelationDef, ty: u16, source: u32, target: u32, doc: u32) -> RelRec {
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
fn doc_rec(d: corpus::Doc, rel_start: u32, rel_end: u32) -> DocRec {
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
fn estimate_size(d: &StoreData) -> usize {
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
fn adjacency(n: usize, relations: &[RelRec]) -> (Vec<u32>, Vec<Adj>) {
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

fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

fn mtime_ns(meta: &fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// Size and mtime of every corpus file, sorted by path. `None` if the layout is not readable (the
/// corpus loader then says why).
fn scan(dir: &Path) -> Option<Vec<FileStamp>> {
    let mut out = Vec::new();
    for name in [SCHEMA_FILE, ACTORS_FILE] {
        let meta = fs::metadata(dir.join(name)).ok()?;
        out.push(FileStamp {
            path: name.to_string(),
            len: meta.len(),
            mtime_ns: mtime_ns(&meta),
            hash: 0,
        });
    }
    let docs = dir.join(DOCS_DIR);
    let mut names = Vec::new();
    for entry in fs::read_dir(&docs).ok()? {
        let name = entry.ok()?.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            names.push(name);
        }
    }
    // One stat per file is most of a query's start-up on a large corpus: spread them over cores.
    let stamps: Option<Vec<FileStamp>> = names
        .into_par_iter()
        .with_min_len(256)
        .map(|name| {
            let meta = fs::metadata(docs.join(&name)).ok()?;
            Some(FileStamp {
                path: format!("{DOCS_DIR}/{name}"),
                len: meta.len(),
                mtime_ns: mtime_ns(&meta),
                hash: 0,
            })
        })
        .collect();
    out.extend(stamps?);
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Some(out)
}

fn hash_file(dir: &Path, rel: &str) -> u64 {
    fs::read(dir.join(rel))
        .map(|b| xxhash_rust::xxh3::xxh3_64(&b))
        .unwrap_or(1)
}

enum Bytes {
    Mapped(Mmap),
    Owned(rkyv::util::AlignedVec),
}

impl Bytes {
    fn payload(&self) -> &[u8] {
        match self {
            Bytes::Mapped(m) => &m[HEADER..],
            Bytes::Owned(v) => &v[..],
        }
    }
}

/// An open store: the base snapshot and, if documents changed since it was built, the overlay.
/// Cheap to open: both archives are read in place.
pub struct Store {
    base: Bytes,
    overlay: Option<Bytes>,
}

impl Store {
    /// The base snapshot alone, without the documents changed since it was built: internal to
    /// the store. Everything else reads the corpus through [`Store::graph`].
    pub(crate) fn base_snapshot(&self) -> &ArchivedStoreData {
        // SAFETY: the payload was written by `write_atomic` of this FORMAT_VERSION and its
        // checksum verified in `map_checked` (or it was produced in this process); the map is
        // private and read-only, and the mapped file is only ever replaced by rename, never
        // written in place.
        unsafe { rkyv::access_unchecked::<ArchivedStoreData>(self.base.payload()) }
    }

    fn overlay(&self) -> Option<&ArchivedOverlay> {
        // SAFETY: as for `data`.
        self.overlay
            .as_ref()
            .map(|b| unsafe { rkyv::access_unchecked::<ArchivedOverlay>(b.payload()) })
    }

    pub fn graph(&self) -> Graph<'_> {
        Graph::new(self.base_snapshot(), self.overlay())
    }
}

/// How opening a store went, for `liaison build`, benchmarks and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// The store matched the files.
    Fresh,
    /// Changed documents were re-read into the overlay.
    Updated,
    /// The whole corpus was re-read.
    Rebuilt,
}

pub fn store_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(STORE_FILE)
}

pub fn overlay_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(OVERLAY_FILE)
}

/// Identity of a store file as the file system sees it: any rewrite changes it.
fn file_identity(meta: &fs::Metadata) -> String {
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(meta);
    #[cfg(not(unix))]
    let ino = 0u64;
    format!("{} {} {}\n", meta.len(), mtime_ns(meta), ino)
}

fn verified_path(path: &Path) -> PathBuf {
    path.with_extension("verified")
}

/// Maps a store file and checks its header; returns the map and the payload checksum. The
/// checksum costs a full read, so it is verified once per file: a side file records the identity
/// (size, mtime, inode) of the file that passed, and later opens of that same, untouched file skip
/// the hash.
fn map_checked(path: &Path, magic: &[u8; 8]) -> Option<(Mmap, u64)> {
    let file = fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    // SAFETY: see `Store::data`; the file is replaced atomically, never modified in place.
    let map = unsafe { Mmap::map(&file) }.ok()?;
    if map.len() < HEADER || &map[0..8] != magic {
        return None;
    }
    let version = u32::from_le_bytes(map[8..12].try_into().ok()?);
    let len = u64::from_le_bytes(map[16..24].try_into().ok()?) as usize;
    let sum = u64::from_le_bytes(map[24..32].try_into().ok()?);
    if version != FORMAT_VERSION || map.len() != HEADER + len {
        return None;
    }
    let identity = file_identity(&meta);
    if fs::read_to_string(verified_path(path)).ok().as_deref() != Some(identity.as_str()) {
        if xxhash_rust::xxh3::xxh3_64(&map[HEADER..]) != sum {
            return None;
        }
        // Best effort: without the note the next open just verifies again.
        let _ = fs::write(verified_path(path), identity);
    }
    Some((map, sum))
}

fn is_fresh(
    dir: &Path,
    files: &rkyv::vec::ArchivedVec<ArchivedFileStamp>,
    built: u64,
    now: &[FileStamp],
) -> bool {
    files.len() == now.len()
        && files.iter().zip(now).all(|(old, new)| {
            old.path.as_str() == new.path
                && old.len.to_native() == new.len
                && old.mtime_ns.to_native() == new.mtime_ns
                && (new.mtime_ns + RACY_NS < built
                    || old.hash.to_native() == hash_file(dir, &new.path))
        })
}

/// Opens the store of the corpus in `dir`. A store that is missing, corrupt or from another
/// version is rebuilt; one whose documents changed is brought up to date by re-reading just
/// those documents (into the overlay); a change to the schema or the actors, or too many changed
/// documents, rebuilds it. A corpus that does not check is an error listing every problem.
pub fn open(dir: &Path) -> Result<(Store, Opened), Error> {
    if let Some(now) = scan(dir) {
        if let Some((map, sum)) = map_checked(&store_path(dir), MAGIC) {
            let mut store = Store {
                base: Bytes::Mapped(map),
                overlay: None,
            };
            if let Some((omap, _)) = map_checked(&overlay_path(dir), OVERLAY_MAGIC) {
                store.overlay = Some(Bytes::Mapped(omap));
                if store
                    .overlay()
                    .is_none_or(|o| o.base_sum.to_native() != sum)
                {
                    store.overlay = None;
                }
            }
            let fresh = match store.overlay() {
                Some(o) => is_fresh(dir, &o.files, o.built_at_ns.to_native(), &now),
                None => is_fresh(
                    dir,
                    &store.base_snapshot().files,
                    store.base_snapshot().built_at_ns.to_native(),
                    &now,
                ),
            };
            if fresh {
                return Ok((store, Opened::Fresh));
            }
            store.overlay = None;
            if let Some(result) = update(dir, store, sum, now) {
                return result.map(|s| (s, Opened::Updated));
            }
        }
    }
    build(dir, None).map(|s| (s, Opened::Rebuilt))
}

/// The most documents an overlay takes before a full rebuild is cheaper to query.
fn overlay_limit(base_docs: usize) -> usize {
    (base_docs / 10).max(64)
}

/// Re-reads the documents that differ from the base store into a new overlay. `None` when this
/// is not possible (schema or actors changed, odd files, too many changes): rebuild instead.
fn update(
    dir: &Path,
    base: Store,
    base_sum: u64,
    mut now: Vec<FileStamp>,
) -> Option<Result<Store, Error>> {
    let data = base.base_snapshot();
    let built_at = now_ns();
    let old: HashMap<&str, &ArchivedFileStamp> =
        data.files.iter().map(|f| (f.path.as_str(), f)).collect();
    let base_built = data.built_at_ns.to_native();
    let same = |f: &FileStamp| {
        old.get(f.path.as_str()).is_some_and(|o| {
            o.len.to_native() == f.len
                && o.mtime_ns.to_native() == f.mtime_ns
                && (f.mtime_ns + RACY_NS < base_built
                    || o.hash.to_native() == hash_file(dir, &f.path))
        })
    };
    let mut changed: Vec<String> = Vec::new();
    let current: std::collections::HashSet<&str> = now.iter().map(|f| f.path.as_str()).collect();
    let doc_of = |path: &str| -> Option<String> {
        let name = path.strip_prefix("docs/")?;
        let (stem, ext) = name.rsplit_once('.')?;
        (matches!(ext, "txt" | "json") && corpus::is_slug(stem)).then(|| stem.to_string())
    };
    for f in &now {
        if same(f) {
            continue;
        }
        changed.push(doc_of(&f.path)?);
    }
    for o in data.files.iter() {
        if !current.contains(o.path.as_str()) {
            changed.push(doc_of(o.path.as_str())?);
        }
    }
    changed.sort();
    changed.dedup();
    if changed.len() > overlay_limit(data.docs.len()) {
        return None;
    }
    // Changed documents that still exist are re-read; the others are only removed.
    let present: Vec<String> = changed
        .iter()
        .filter(|id| {
            current.contains(format!("docs/{id}.txt").as_str())
                || current.contains(format!("docs/{id}.json").as_str())
        })
        .cloned()
        .collect();
    let schema: crate::model::SchemaFile =
        serde_json::from_slice(&fs::read(dir.join(SCHEMA_FILE)).ok()?).ok()?;
    let actor_kind: std::collections::HashMap<&str, &str> = data
        .actors
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                data.kinds[a.kind.to_native() as usize].id.as_str(),
            )
        })
        .collect();
    let dead_docs: Vec<u32> = changed.iter().filter_map(|id| data.doc_index(id)).collect();
    let (docs, mut problems) = corpus::load_docs_against(dir, &schema, &actor_kind, &present);
    // Relation ids stay unique: against the live base documents and among the re-read ones.
    let mut seen: HashMap<&str, &str> = HashMap::default();
    for doc in &docs {
        for r in &doc.meta.relations {
            let in_base = data
                .relation_by_id(&r.id)
                .map(|h| data.relations[h as usize].doc.to_native())
                .filter(|d| !dead_docs.contains(d))
                .map(|d| data.docs[d as usize].id.as_str());
            if let Some(other) = in_base.or_else(|| seen.insert(&r.id, &doc.id)) {
                problems.push(corpus::duplicate_relation_problem(dir, doc, &r.id, other));
            }
        }
    }
    if !problems.is_empty() {
        problems.sort_by(|a, b| a.file.cmp(&b.file));
        return Some(Err(Error::Corpus {
            dir: dir.to_path_buf(),
            problems,
        }));
    }
    for f in &mut now {
        if f.mtime_ns + RACY_NS >= built_at {
            f.hash = hash_file(dir, &f.path);
        }
    }
    let overlay = compile_overlay(data, docs, dead_docs, now, built_at, base_sum);
    let payload = match rkyv::to_bytes::<rkyv::rancor::Error>(&overlay) {
        Ok(p) => p,
        Err(e) => {
            return Some(Err(Error::Internal(format!(
                "serializing the store overlay: {e}"
            ))))
        }
    };
    let overlay = match write_atomic(&overlay_path(dir), OVERLAY_MAGIC, &payload)
        .ok()
        .and_then(|_| map_checked(&overlay_path(dir), OVERLAY_MAGIC))
    {
        Some((map, _)) => Bytes::Mapped(map),
        None => Bytes::Owned(payload),
    };
    Some(Ok(Store {
        base: base.base,
        overlay: Some(overlay),
    }))
}

fn compile_overlay(
    base: &ArchivedStoreData,
    mut docs: Vec<corpus::Doc>,
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

/// Loads and checks the whole corpus, compiles it, writes the store atomically and opens it.
pub fn build(dir: &Path, progress: Option<&indicatif::ProgressBar>) -> Result<Store, Error> {
    let started = Instant::now();
    let built_at = now_ns();
    let stamps = scan(dir);
    let corpus = corpus::load_with_progress(dir, progress).map_err(|problems| Error::Corpus {
        dir: dir.to_path_buf(),
        problems,
    })?;
    let mut files = stamps.unwrap_or_default();
    for f in &mut files {
        if f.mtime_ns + RACY_NS >= built_at {
            f.hash = hash_file(dir, &f.path);
        }
    }
    let t_loaded = Instant::now();
    let data = compile(corpus, files, built_at);
    let t_compiled = Instant::now();
    let payload = rkyv::api::high::to_bytes_in::<_, rkyv::rancor::Error>(
        &data,
        rkyv::util::AlignedVec::<16>::with_capacity(estimate_size(&data)),
    )
    .map_err(|e| Error::Internal(format!("serializing the store: {e}")))?;
    drop(data);
    let t_serialized = Instant::now();
    let _ = fs::remove_file(overlay_path(dir));
    let _ = fs::remove_file(verified_path(&overlay_path(dir)));
    let written = write_atomic(&store_path(dir), MAGIC, &payload);
    if std::env::var_os("LIAISON_TIMINGS").is_some() {
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1000.0;
        eprintln!(
            "timings: load+check {:.0} ms, compile {:.0} ms, serialize {:.0} ms, write {:.0} ms",
            ms(started, t_loaded),
            ms(t_loaded, t_compiled),
            ms(t_compiled, t_serialized),
            ms(t_serialized, Instant::now())
        );
    }
    let base = match written {
        Ok(()) => map_checked(&store_path(dir), MAGIC).map(|(m, _)| Bytes::Mapped(m)),
        Err(e) => {
            eprintln!(
                "liaison: note: could not save the compiled store in {} ({e}); answering from memory",
                dir.join(STORE_DIR).display()
            );
            None
        }
    };
    Ok(Store {
        base: base.unwrap_or(Bytes::Owned(payload)),
        overlay: None,
    })
}

/// A store of the corpus's actors alone, held in memory, for resolving names: writers hold the
/// corpus under their lock and must resolve against exactly that state, not a store file, and
/// need none of its relations (compiling a million of them would cost seconds per write).
pub fn actors_only(corpus: &Corpus) -> Result<Store, Error> {
    let just_actors = Corpus {
        dir: corpus.dir.clone(),
        schema: corpus.schema.clone(),
        actors: corpus.actors.clone(),
        docs: Vec::new(),
    };
    let data = compile(just_actors, Vec::new(), 0);
    let payload = rkyv::to_bytes::<rkyv::rancor::Error>(&data)
        .map_err(|e| Error::Internal(format!("serializing the store: {e}")))?;
    Ok(Store {
        base: Bytes::Owned(payload),
        overlay: None,
    })
}

/// Writes a store file (header, then payload) the way every corpus file is written: temporary
/// file, fsync, rename, fsync of the folder.
fn write_atomic(path: &Path, magic: &[u8; 8], payload: &[u8]) -> Result<(), Error> {
    let parent = path.parent().expect("store path has a parent");
    fs::create_dir_all(parent).map_err(|source| Error::Io {
        action: "creating",
        path: parent.to_path_buf(),
        source,
    })?;
    let mut header = [0u8; HEADER];
    header[0..8].copy_from_slice(magic);
    header[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    header[16..24].copy_from_slice(&(payload.len() as u64).to_le_bytes());
    header[24..32].copy_from_slice(&xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes());
    crate::write::write_atomic_parts(path, &[&header, payload])
}
