//! Where things live in a corpus folder. Every path liaison reads or writes is named here, so the
//! loader, the store and the writer agree on them.

use std::path::{Path, PathBuf};

pub const SCHEMA_FILE: &str = "schema.json";
pub const ACTORS_FILE: &str = "actors.json";
pub const DOCS_DIR: &str = "docs";
/// liaison's own files (the compiled store, the write lock), ignored by git.
pub const STORE_DIR: &str = ".liaison";
pub const STORE_FILE: &str = "store.bin";
pub const OVERLAY_FILE: &str = "overlay.bin";
pub const LOCK_FILE: &str = "write.lock";

pub fn store_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(STORE_FILE)
}

pub fn overlay_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(OVERLAY_FILE)
}

pub fn lock_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(LOCK_FILE)
}

/// A document's text, `docs/ID.txt`, relative to the corpus folder.
pub fn doc_text(id: &str) -> PathBuf {
    Path::new(DOCS_DIR).join(format!("{id}.txt"))
}

/// A document's annotations, `docs/ID.json`, relative to the corpus folder.
pub fn doc_meta(id: &str) -> PathBuf {
    Path::new(DOCS_DIR).join(format!("{id}.json"))
}

/// The document a corpus-relative path (`docs/ID.txt` or `docs/ID.json`) belongs to.
pub fn doc_of(rel: &Path) -> Option<&str> {
    let name = rel.strip_prefix(DOCS_DIR).ok()?.to_str()?;
    let (stem, ext) = name.rsplit_once('.')?;
    (matches!(ext, "txt" | "json") && !stem.contains('/')).then_some(stem)
}
