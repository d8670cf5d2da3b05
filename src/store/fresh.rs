//! Freshness: whether the store still matches the corpus files, by their size and modification
//! time (and, for files modified close to a build, their content hash).

use super::records::*;
use crate::layout::{ACTORS_FILE, DOCS_DIR, SCHEMA_FILE};
use rayon::prelude::*;
use std::fs;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// A file modified within this long of a build is also compared by content hash, since a second
/// edit inside one timestamp tick would keep its mtime.
pub(super) const RACY_NS: u64 = 2_000_000_000;

pub(super) fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

pub(super) fn mtime_ns(meta: &fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// Size and mtime of every corpus file, sorted by path. `None` if the layout is not readable (the
/// corpus loader then says why).
pub(super) fn scan(dir: &Path) -> Option<Vec<FileStamp>> {
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

pub(super) fn hash_file(dir: &Path, rel: &str) -> u64 {
    fs::read(dir.join(rel))
        .map(|b| xxhash_rust::xxh3::xxh3_64(&b))
        .unwrap_or(1)
}

pub(super) fn is_fresh(
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
