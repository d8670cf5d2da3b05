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
/// The journal of a multi-file change being committed (see `fsio::write_group`).
pub const JOURNAL_FILE: &str = "commit.journal";

pub fn store_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(STORE_FILE)
}

pub fn overlay_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(OVERLAY_FILE)
}

pub fn lock_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(LOCK_FILE)
}

pub fn journal_path(dir: &Path) -> PathBuf {
    dir.join(STORE_DIR).join(JOURNAL_FILE)
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

/// Where `path`, a link inside the corpus folder `dir`, leads when that is outside the corpus
/// (after resolving every link); `None` for a path that is no link or stays inside. liaison
/// neither reads nor writes through a link that leaves the corpus: a text read from outside would
/// be quoted and exported as the corpus's, and a write would land outside it.
pub fn link_out(dir: &Path, path: &Path) -> Option<PathBuf> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_symlink() {
        return None;
    }
    let root = std::fs::canonicalize(dir).ok()?;
    match std::fs::canonicalize(path) {
        Ok(real) => (!real.starts_with(&root)).then_some(real),
        // A dangling link: say where it points.
        Err(_) => std::fs::read_link(path).ok(),
    }
}

/// Whether `path` (existing or not; it may be a file about to be written) lies inside the corpus
/// folder `dir`, links resolved: its nearest existing ancestor is resolved and the rest appended.
pub fn inside(dir: &Path, path: &Path) -> bool {
    let Ok(root) = std::fs::canonicalize(dir) else {
        return false;
    };
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(path),
            Err(_) => return false,
        }
    };
    // Resolve the longest existing prefix; keep the components after it as they are (without
    // `..`, which could climb back out once the prefix is resolved).
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    let mut cur = abs.as_path();
    loop {
        if let Ok(real) = std::fs::canonicalize(cur) {
            let mut full = real;
            for c in rest.iter().rev() {
                if c == ".." {
                    full.pop();
                } else if c != "." {
                    full.push(c);
                }
            }
            return full.starts_with(&root);
        }
        match (cur.parent(), cur.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                cur = parent;
            }
            _ => return false,
        }
    }
}

/// Refuses an output path (an export, a drawing, a report, a brat folder) inside the corpus folder
/// `dir`: writing there would overwrite a corpus file or leave one the checker rejects. Every
/// command that writes an output file calls this first.
pub fn check_output(dir: &Path, out: &Path) -> Result<(), crate::error::Error> {
    if inside(dir, out) {
        return Err(crate::error::Error::usage(
            format!(
                "the output {} is inside the corpus folder {}",
                out.display(),
                dir.display()
            ),
            "liaison never writes exports into the corpus (they would overwrite or break its files): choose a path outside it, e.g. -o exports/FILE",
        ));
    }
    Ok(())
}

/// Refuses a corpus whose `.liaison/` folder is a link leaving the corpus: the store and the write
/// lock would be written outside it.
pub fn check_store_dir(dir: &Path) -> Result<(), crate::error::Error> {
    let store_dir = dir.join(STORE_DIR);
    match link_out(dir, &store_dir) {
        None => Ok(()),
        Some(to) => Err(crate::error::Error::Corpus {
            dir: dir.to_path_buf(),
            problems: vec![crate::diag::Problem {
                file: store_dir,
                place: None,
                message: format!(
                    "the store folder is a link to {}, outside the corpus",
                    to.display()
                ),
                help: "liaison writes its store and lock only inside the corpus: remove the link (liaison recreates .liaison/ itself)".into(),
            }],
        }),
    }
}
