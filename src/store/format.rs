//! The store's file format: a 64-byte header (magic, format version, payload length, payload
//! checksum) then an rkyv archive, memory-mapped; checked (checksum and rkyv validation) once per
//! file and written atomically.

use super::fresh::mtime_ns;
use crate::error::Error;
use crate::fsio;
use memmap2::Mmap;
use std::fs;

use std::path::{Path, PathBuf};

pub(super) const MAGIC: &[u8; 8] = b"LIAISON\x01";
pub(super) const OVERLAY_MAGIC: &[u8; 8] = b"LIAISONo";
/// Bumped whenever the records' layout or meaning changes; an older store is rebuilt.
pub const FORMAT_VERSION: u32 = 2;
const HEADER: usize = 64;

pub(super) enum Bytes {
    Mapped(Mmap),
    Owned(rkyv::util::AlignedVec),
}

impl Bytes {
    pub(super) fn payload(&self) -> &[u8] {
        match self {
            Bytes::Mapped(m) => &m[HEADER..],
            Bytes::Owned(v) => &v[..],
        }
    }
}

/// Identity of a store file as the file system sees it: any rewrite changes it. The inode
/// change time is in it because no one can set it back: a file rewritten in place with its size
/// and mtime restored, or unpacked from an archive with its mtime kept, still differs.
pub(super) fn file_identity(meta: &fs::Metadata) -> String {
    #[cfg(unix)]
    let (dev, ino, ctime) = {
        use std::os::unix::fs::MetadataExt;
        (
            meta.dev(),
            meta.ino(),
            (meta.ctime() as i128 * 1_000_000_000 + meta.ctime_nsec() as i128).to_string(),
        )
    };
    #[cfg(not(unix))]
    let (dev, ino, ctime) = (0u64, 0u64, "-".to_string());
    format!("{} {} {ctime} {dev} {ino}", meta.len(), mtime_ns(meta))
}

pub(super) fn verified_path(path: &Path) -> PathBuf {
    path.with_extension("verified")
}

/// The first line of a verified note, before the file's identity.
const NOTE_TAG: &str = "checksum and archive verified:";

/// The note beside a store file that passed its checksum and rkyv's validation, with the time up
/// to which the corpus files were verified against its list (see [`Note::settle`]).
fn note_text(identity: &str, settled_ns: u64) -> String {
    format!("{NOTE_TAG} {identity}\nsettled {settled_ns}\n")
}

/// What the note beside `path` says of the file of this identity: `None` when it does not vouch
/// for it, else the time its corpus files were settled (0 for never).
fn read_note(path: &Path, identity: &str) -> Option<u64> {
    let text = fs::read_to_string(verified_path(path)).ok()?;
    let mut lines = text.lines();
    if lines.next()? != format!("{NOTE_TAG} {identity}") {
        return None;
    }
    Some(
        lines
            .next()
            .and_then(|l| l.strip_prefix("settled "))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
    )
}

/// The verified note of one mapped store file.
pub(super) struct Note {
    path: PathBuf,
    identity: String,
    /// Every corpus file whose size and mtime match this store file's list, and whose mtime is
    /// more than [`RACY_NS`](super::fresh::RACY_NS) before this time, was verified by content
    /// (see `fresh`); 0 when none was.
    pub(super) settled_ns: u64,
}

impl Note {
    /// Records that the corpus files were verified against this store file's list as of `at`
    /// (the time they were stat'ed, before they were hashed), so the next open only stats those
    /// whose mtime is that much older. Atomic, and best effort: without it the next open hashes
    /// them again.
    pub(super) fn settle(&self, at: u64) {
        let _ = fsio::write_atomic(
            &verified_path(&self.path),
            note_text(&self.identity, at).as_bytes(),
        );
    }
}

/// A store file, mapped and checked.
pub(super) struct Checked {
    pub(super) map: Mmap,
    /// The payload's checksum.
    pub(super) sum: u64,
    pub(super) note: Note,
}

/// Maps a store file and checks it; returns the map, the payload checksum and the note. A file is checked
/// once: its header, its payload's checksum, and the payload itself as an archive of `T` with
/// rkyv's validation (bytecheck), so no foreign, crafted or damaged file is ever read unchecked. A
/// side note then records the identity (size, mtime, ctime, device, inode) of the file that
/// passed, and later opens of that same, untouched file skip both (they cost a full read, and
/// validation a walk of every record). Anything that fails is `None`: the caller rebuilds.
pub(super) fn map_checked<T>(path: &Path, magic: &[u8; 8]) -> Option<Checked>
where
    T: rkyv::Portable
        + for<'a> rkyv::bytecheck::CheckBytes<rkyv::api::high::HighValidator<'a, rkyv::rancor::Error>>,
{
    let file = fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    // SAFETY: see `Store::base_snapshot`; the file is replaced atomically, never modified in
    // place.
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
    let settled_ns = match read_note(path, &identity) {
        Some(settled) => settled,
        None => {
            if xxhash_rust::xxh3::xxh3_64(&map[HEADER..]) != sum {
                return None;
            }
            // The payload starts 64 bytes into a page-aligned map: as aligned as rkyv needs.
            rkyv::access::<T, rkyv::rancor::Error>(&map[HEADER..]).ok()?;
            // Best effort: without the note the next open just verifies again.
            let _ = fsio::write_atomic(&verified_path(path), note_text(&identity, 0).as_bytes());
            0
        }
    };
    Some(Checked {
        map,
        sum,
        note: Note {
            path: path.to_path_buf(),
            identity,
            settled_ns,
        },
    })
}

/// Writes a store file (header, then payload) the way every corpus file is written: temporary
/// file, fsync, rename, fsync of the folder.
pub(super) fn write_store(path: &Path, magic: &[u8; 8], payload: &[u8]) -> Result<(), Error> {
    let parent = path.parent().expect("store path has a parent");
    fs::create_dir_all(parent).map_err(fsio::io_error("creating", parent))?;
    let mut header = [0u8; HEADER];
    header[0..8].copy_from_slice(magic);
    header[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    header[16..24].copy_from_slice(&(payload.len() as u64).to_le_bytes());
    header[24..32].copy_from_slice(&xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes());
    fsio::write_with(path, |w| {
        w.write_all(&header)?;
        w.write_all(payload)
    })?;
    // The payload was serialized by this process, so it needs no validation: vouch for the file
    // just written, which spares the next open a full read. Best effort, as in `map_checked`.
    if let Ok(meta) = fs::metadata(path) {
        let _ = fsio::write_atomic(
            &verified_path(path),
            note_text(&file_identity(&meta), 0).as_bytes(),
        );
    }
    Ok(())
}
