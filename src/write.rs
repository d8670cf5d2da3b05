//! The write layer: every change to the corpus goes through here.
//!
//! A [`Writer`] holds an exclusive lock on the corpus (`.liaison/write.lock`, an OS file lock, so
//! concurrent `liaison` processes queue instead of losing each other's edits) and the corpus as
//! loaded under that lock. A change is a list of whole-file writes and removals; [`Writer::commit`]
//! first checks the corpus as it would be after the change (the files read through an overlay of
//! the pending writes), refuses a change that would leave it with problems, and only then writes
//! each file atomically: a temporary file in the same folder, fsync, rename over the old one, fsync
//! of the folder. A process killed at any point leaves every file either old or new, never torn.
//!
//! Multi-file changes are ordered so that additions land before the removals that depend on them
//! (see [`Change`]); a crash between two renames can leave a corpus that `liaison check` flags, but
//! no file is ever half-written.

use crate::corpus::{self, Corpus, Disk, Files, ACTORS_FILE, DOCS_DIR};
use crate::error::Error;
use crate::model::{ActorsFile, DocFile};
use crate::store::STORE_DIR;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const LOCK_FILE: &str = "write.lock";

/// Set to a number of milliseconds, makes the writer sleep after writing and syncing a temporary
/// file and before renaming it into place: lets the tests kill a writer at the worst moment.
pub const PAUSE_ENV: &str = "LIAISON_TEST_PAUSE_BEFORE_RENAME";

/// One file of the corpus to replace (`Some`) or remove (`None`), relative to the corpus folder.
#[derive(Debug, Clone)]
pub struct Change {
    pub path: PathBuf,
    pub content: Option<Vec<u8>>,
}

/// The corpus, locked for writing.
pub struct Writer {
    pub dir: PathBuf,
    pub corpus: Corpus,
    _lock: File,
}

/// The JSON text of a corpus file: 2-space indent, non-ASCII written as is, fields in the order
/// `model.rs` declares them, and a final newline, so the same content always gives the same bytes.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(value)
        .unwrap_or_else(|e| panic!("model types always serialize: {e}"));
    v.push(b'\n');
    v
}

impl Change {
    pub fn actors(file: &ActorsFile) -> Change {
        Change {
            path: PathBuf::from(ACTORS_FILE),
            content: Some(to_json(file)),
        }
    }

    pub fn doc_meta(id: &str, meta: &DocFile) -> Change {
        Change {
            path: Path::new(DOCS_DIR).join(format!("{id}.json")),
            content: Some(to_json(meta)),
        }
    }

    pub fn doc_text(id: &str, text: &str) -> Change {
        Change {
            path: Path::new(DOCS_DIR).join(format!("{id}.txt")),
            content: Some(text.as_bytes().to_vec()),
        }
    }
}

/// The disk with pending changes laid over it.
struct Overlay<'a> {
    pending: HashMap<PathBuf, Option<&'a [u8]>>,
}

impl Files for Overlay<'_> {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        match self.pending.get(path) {
            Some(Some(b)) => Ok(b.to_vec()),
            Some(None) => Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "removed by this change",
            )),
            None => Disk.read(path),
        }
    }

    fn list(&self, dir: &Path) -> std::io::Result<Vec<String>> {
        let mut names: BTreeSet<String> = Disk.list(dir)?.into_iter().collect();
        for (p, c) in &self.pending {
            if p.parent() == Some(dir) {
                if let Some(name) = p.file_name() {
                    let name = name.to_string_lossy().into_owned();
                    if c.is_some() {
                        names.insert(name);
                    } else {
                        names.remove(&name);
                    }
                }
            }
        }
        Ok(names.into_iter().collect())
    }

    fn is_dir(&self, path: &Path) -> bool {
        Disk.is_dir(path)
    }
}

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

impl Writer {
    /// Waits for the corpus lock, then loads the corpus. A corpus that does not check is refused:
    /// a change is only ever applied to a valid corpus.
    pub fn open(dir: &Path) -> Result<Writer, Error> {
        if !dir.is_dir() {
            return Err(Error::Corpus {
                dir: dir.to_path_buf(),
                problems: corpus::load(dir).err().unwrap_or_default(),
            });
        }
        let lock_dir = dir.join(STORE_DIR);
        fs::create_dir_all(&lock_dir).map_err(io("creating", &lock_dir))?;
        let lock_path = lock_dir.join(LOCK_FILE);
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io("opening the lock file", &lock_path))?;
        // std's File::lock is flock(2) on Unix (LockFileEx on Windows): the same call the fs4 and
        // fd-lock crates wrap; it is released when the process exits, however it exits.
        lock.lock().map_err(io("locking", &lock_path))?;
        let corpus = corpus::load(dir).map_err(|problems| Error::Corpus {
            dir: dir.to_path_buf(),
            problems,
        })?;
        Ok(Writer {
            dir: dir.to_path_buf(),
            corpus,
            _lock: lock,
        })
    }

    /// Checks the corpus as the changes would leave it, then writes them in order. Returns the
    /// corpus after the change.
    pub fn commit(self, changes: Vec<Change>) -> Result<Corpus, Error> {
        let pending: HashMap<PathBuf, Option<&[u8]>> = changes
            .iter()
            .map(|c| (self.dir.join(&c.path), c.content.as_deref()))
            .collect();
        let files = Overlay { pending };
        // A change to documents alone re-reads just those; one to the actors or the schema can
        // touch every document, so it re-checks the whole corpus.
        let changed_docs: Option<Vec<String>> = changes
            .iter()
            .map(|c| {
                let rest = c.path.strip_prefix(DOCS_DIR).ok()?;
                let name = rest.to_str()?;
                let (stem, ext) = name.rsplit_once('.')?;
                (matches!(ext, "txt" | "json") && !stem.contains('/')).then(|| stem.to_string())
            })
            .collect();
        let checked = match changed_docs {
            Some(mut ids) => {
                ids.sort();
                ids.dedup();
                corpus::recheck_docs(&self.dir, &files, self.corpus, &ids)
            }
            None => corpus::load_from(&self.dir, &files, None),
        };
        let after = checked.map_err(|problems| Error::Refused {
            dir: self.dir.clone(),
            problems,
        })?;
        for c in &changes {
            let path = self.dir.join(&c.path);
            match &c.content {
                Some(bytes) => write_atomic(&path, bytes)?,
                None => remove_durably(&path)?,
            }
        }
        Ok(after)
    }
}

/// Writes `bytes` to `path` so that a reader (or a crash) sees either the old file or the new one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_atomic_parts(path, &[bytes])
}

/// [`write_atomic`] of the concatenation of `parts`, without concatenating them in memory.
pub fn write_atomic_parts(path: &Path, parts: &[&[u8]]) -> Result<(), Error> {
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".liaison-tmp-")
        .tempfile_in(parent)
        .map_err(io("creating a temporary file in", parent))?;
    {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
        for part in parts {
            w.write_all(part)
                .map_err(io("writing a temporary file for", path))?;
        }
        w.flush()
            .map_err(io("writing a temporary file for", path))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(io("syncing a temporary file for", path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode))
            .map_err(io("setting permissions on", path))?;
    }
    if let Some(ms) = std::env::var(PAUSE_ENV)
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        eprintln!(
            "liaison: test pause before renaming {} into {}",
            tmp.path().display(),
            path.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
    tmp.persist(path).map_err(|e| Error::Io {
        action: "replacing",
        path: path.to_path_buf(),
        source: e.error,
    })?;
    sync_dir(parent)
}

fn remove_durably(path: &Path) -> Result<(), Error> {
    match fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io("removing", path)(e)),
    }
    sync_dir(path.parent().unwrap_or(Path::new(".")))
}

/// Makes a rename or removal in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io("syncing the folder", dir))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
