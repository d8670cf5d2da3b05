//! Freshness: whether the store still matches the corpus files, by their size and modification
//! time (and, for files modified close to a build, their content hash).
//!
//! A file modified within [`RACY_NS`] of the build could change again within the same mtime tick,
//! so its content hash is compared too. Once an open has verified it by content at a time its
//! mtime is no longer that close, any later change must give it a new mtime: that open records
//! the time in the store file's verified note (`format::Note::settle`) and later opens only stat
//! it, like every other file.

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

/// Whether the corpus files on disk (`now`, stat'ed from the time `scanned_at`) are those the
/// store was compiled from (`files`, stamped at `built`). `None` when they are not. A file whose
/// size and mtime match is the same file if its mtime is more than [`RACY_NS`] older than the
/// build, or than `settled` (when an earlier open verified every file by content, see
/// `format::Note`); otherwise its content hash decides. `Some(true)` when a file was hashed whose
/// mtime is no longer racy at `scanned_at`: recording that time as settled spares every later
/// open the hash.
pub(super) fn check_fresh(
    dir: &Path,
    files: &rkyv::vec::ArchivedVec<ArchivedFileStamp>,
    built: u64,
    settled: u64,
    now: &[FileStamp],
    scanned_at: u64,
) -> Option<bool> {
    if files.len() != now.len() {
        return None;
    }
    let trusted = built.max(settled);
    let mut settle = false;
    for (old, new) in files.iter().zip(now) {
        if old.path.as_str() != new.path
            || old.len.to_native() != new.len
            || old.mtime_ns.to_native() != new.mtime_ns
        {
            return None;
        }
        if new.mtime_ns + RACY_NS < trusted {
            continue;
        }
        if old.hash.to_native() != hash_file(dir, &new.path) {
            return None;
        }
        settle |= new.mtime_ns + RACY_NS < scanned_at;
    }
    Some(settle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archived(stamps: &[FileStamp]) -> rkyv::util::AlignedVec {
        rkyv::to_bytes::<rkyv::rancor::Error>(&stamps.to_vec()).unwrap()
    }

    #[test]
    fn racy_files_are_hashed_until_settled_then_only_stat_ed() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("a.json"), "{}").unwrap();
        let meta = fs::metadata(tmp.path().join("a.json")).unwrap();
        let m = mtime_ns(&meta);
        let now = [FileStamp {
            path: "a.json".into(),
            len: meta.len(),
            mtime_ns: m,
            hash: 0,
        }];
        let good = hash_file(tmp.path(), "a.json");
        let stamps = |hash| {
            archived(&[FileStamp {
                hash,
                ..now[0].clone()
            }])
        };
        let (right, wrong) = (stamps(good), stamps(good ^ 1));
        let check = |b: &rkyv::util::AlignedVec, built, settled, at| {
            let v =
                rkyv::access::<rkyv::vec::ArchivedVec<ArchivedFileStamp>, rkyv::rancor::Error>(b)
                    .unwrap();
            check_fresh(tmp.path(), v, built, settled, &now, at)
        };
        // Old relative to the build: the stamp is enough, the hash is not looked at.
        assert_eq!(
            check(&wrong, m + RACY_NS + 1, 0, m + RACY_NS + 5),
            Some(false)
        );
        // Racy relative to the build: the content decides, on every open…
        assert_eq!(check(&wrong, m, 0, m + 1), None);
        assert_eq!(check(&right, m, 0, m + 1), Some(false));
        // …until an open verifies it at a time its mtime is no longer racy: settle then.
        assert_eq!(check(&right, m, 0, m + RACY_NS + 1), Some(true));
        // Settled: only the stamp counts (the wrong hash shows it is not read)…
        assert_eq!(
            check(&wrong, m, m + RACY_NS + 1, m + RACY_NS + 9),
            Some(false)
        );
        // …but a settled time that does not cover the file's mtime proves nothing.
        assert_eq!(check(&wrong, m, m + RACY_NS, m + RACY_NS + 9), None);
        // A changed stamp is stale whatever the note says.
        let mut moved = now.clone();
        moved[0].mtime_ns += 1;
        let v =
            rkyv::access::<rkyv::vec::ArchivedVec<ArchivedFileStamp>, rkyv::rancor::Error>(&right)
                .unwrap();
        assert_eq!(check_fresh(tmp.path(), v, m, u64::MAX / 2, &moved, m), None);
    }
}
