//! The store's file format: a 64-byte header (magic, format version, payload length, payload
//! checksum) then an rkyv archive, memory-mapped; checked once per file and written atomically.

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

/// Identity of a store file as the file system sees it: any rewrite changes it.
pub(super) fn file_identity(meta: &fs::Metadata) -> String {
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(meta);
    #[cfg(not(unix))]
    let ino = 0u64;
    format!("{} {} {}\n", meta.len(), mtime_ns(meta), ino)
}

pub(super) fn verified_path(path: &Path) -> PathBuf {
    path.with_extension("verified")
}

/// Maps a store file and checks its header; returns the map and the payload checksum. The
/// checksum costs a full read, so it is verified once per file: a side file records the identity
/// (size, mtime, inode) of the file that passed, and later opens of that same, untouched file skip
/// the hash.
pub(super) fn map_checked(path: &Path, magic: &[u8; 8]) -> Option<(Mmap, u64)> {
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
    })
}
