//! The compiled store: a snapshot of the checked corpus that queries open without parsing.
//!
//! `records` are the archived types, `compile` builds them from a corpus, `format` maps and writes
//! the file, `fresh` tells whether it still matches the corpus, and `graph` presents the base
//! snapshot and the overlay of changed documents as one graph. Every lookup is a binary search or a
//! slice.
//!
//! Freshness: the store records the size and modification time of every corpus file. Opening it
//! compares them with the files on disk; any difference (a file added, removed or changed) brings
//! it up to date first (see [`open`]), so an answer is never stale.

mod compile;
mod format;
mod fresh;
mod graph;
mod records;

pub use compile::compile;
pub use format::FORMAT_VERSION;
pub use graph::{Adjacent, Graph};
pub use records::*;

use crate::corpus::{self, Corpus};
use crate::error::Error;
use crate::layout::{self, overlay_path, store_path, SCHEMA_FILE, STORE_DIR};
use crate::model::is_slug;
use compile::{compile_overlay, estimate_size};
use format::{map_checked, verified_path, write_store, Bytes, MAGIC, OVERLAY_MAGIC};
use fresh::{check_fresh, hash_file, now_ns, scan, RACY_NS};
use rustc_hash::FxHashMap as HashMap;
use std::fs;
use std::path::Path;
use std::time::Instant;

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
        // SAFETY: the payload was either produced in this process, or mapped by `map_checked`,
        // which validated it as an `ArchivedStoreData` with rkyv's checked access (bytecheck)
        // the first time it saw this file (size, mtime, ctime, inode), or which found the note
        // that this process or an earlier one wrote after writing or validating that very file.
        // The map is private and read-only, and the mapped file is only ever replaced by rename,
        // never written in place.
        unsafe { rkyv::access_unchecked::<ArchivedStoreData>(self.base.payload()) }
    }

    fn overlay(&self) -> Option<&ArchivedOverlay> {
        // SAFETY: as for `base_snapshot`, validated as an `ArchivedOverlay`.
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

/// Opens the store of the corpus in `dir`. A store that is missing, corrupt or from another
/// version is rebuilt; one whose documents changed is brought up to date by re-reading just
/// those documents (into the overlay); a change to the schema or the actors, or too many changed
/// documents, rebuilds it. A corpus that does not check is an error listing every problem.
pub fn open(dir: &Path) -> Result<(Store, Opened), Error> {
    layout::check_store_dir(dir)?;
    crate::fsio::finish_interrupted(dir);
    // Taken before the files are stat'ed: what they are verified against is as of this time.
    let scanned_at = now_ns();
    if let Some(now) = scan(dir) {
        if let Some(base) = map_checked::<ArchivedStoreData>(&store_path(dir), MAGIC) {
            let sum = base.sum;
            let base_settled = base.note.settled_ns;
            let mut note = base.note;
            let mut store = Store {
                base: Bytes::Mapped(base.map),
                overlay: None,
            };
            if let Some(o) = map_checked::<ArchivedOverlay>(&overlay_path(dir), OVERLAY_MAGIC) {
                store.overlay = Some(Bytes::Mapped(o.map));
                if store
                    .overlay()
                    .is_some_and(|o| o.base_sum.to_native() == sum)
                {
                    // The overlay's list of files supersedes the base's, and so does its note.
                    note = o.note;
                } else {
                    store.overlay = None;
                }
            }
            let fresh = {
                let (files, built) = match store.overlay() {
                    Some(o) => (&o.files, o.built_at_ns.to_native()),
                    None => {
                        let b = store.base_snapshot();
                        (&b.files, b.built_at_ns.to_native())
                    }
                };
                check_fresh(dir, files, built, note.settled_ns, &now, scanned_at)
            };
            if let Some(settle) = fresh {
                if settle {
                    note.settle(scanned_at);
                }
                return Ok((store, Opened::Fresh));
            }
            store.overlay = None;
            if let Some(result) = update(dir, store, sum, base_settled, now) {
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
    base_settled: u64,
    mut now: Vec<FileStamp>,
) -> Option<Result<Store, Error>> {
    let data = base.base_snapshot();
    let built_at = now_ns();
    let old: HashMap<&str, &ArchivedFileStamp> =
        data.files.iter().map(|f| (f.path.as_str(), f)).collect();
    // As in `check_fresh`: files verified by content at a settled time are only compared by stamp.
    let base_built = data.built_at_ns.to_native().max(base_settled);
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
        layout::doc_of(Path::new(path))
            .filter(|stem| is_slug(stem))
            .map(str::to_string)
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
    // Changed documents that still exist are re-read; the others are only removed.
    let known = corpus::Known {
        schema: &schema,
        actor_kind: &actor_kind,
    };
    let (docs, mut problems) = corpus::load_docs(dir, &corpus::Disk, &known, &changed);
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
    let overlay = match write_store(&overlay_path(dir), OVERLAY_MAGIC, &payload)
        .ok()
        .and_then(|_| map_checked::<ArchivedOverlay>(&overlay_path(dir), OVERLAY_MAGIC))
    {
        Some(o) => Bytes::Mapped(o.map),
        None => Bytes::Owned(payload),
    };
    Some(Ok(Store {
        base: base.base,
        overlay: Some(overlay),
    }))
}

/// Loads and checks the whole corpus, compiles it, writes the store atomically and opens it.
pub fn build(dir: &Path, progress: Option<&indicatif::ProgressBar>) -> Result<Store, Error> {
    layout::check_store_dir(dir)?;
    crate::fsio::finish_interrupted(dir);
    let started = Instant::now();
    let built_at = now_ns();
    let stamps = scan(dir);
    let corpus =
        corpus::load_from(dir, &corpus::Disk, progress).map_err(|problems| Error::Corpus {
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
    let written = write_store(&store_path(dir), MAGIC, &payload);
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
        Ok(()) => {
            map_checked::<ArchivedStoreData>(&store_path(dir), MAGIC).map(|c| Bytes::Mapped(c.map))
        }
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
