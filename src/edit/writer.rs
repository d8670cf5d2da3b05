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
//! A change of several files is committed as a group (`fsio::write_group`): every temporary file
//! is written and synced, then a journal naming them is written, then they are renamed into
//! place. A writer killed between two renames leaves the journal, which the next writer (under the
//! lock) or query (`fsio::finish_interrupted`) rolls forward: the group lands whole or not at all.

use crate::corpus::{self, Corpus, Disk, Files};
use crate::error::Error;
use crate::fsio::{self, io_error as io, remove_durably, write_atomic};
use crate::layout::{self, ACTORS_FILE, DOCS_DIR, SCHEMA_FILE, STORE_DIR};
use crate::model::{to_json, ActorsFile, DocFile};
use std::collections::{BTreeSet, HashMap};
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::Duration;

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

impl Change {
    pub fn actors(file: &ActorsFile) -> Change {
        Change {
            path: PathBuf::from(ACTORS_FILE),
            content: Some(to_json(file)),
        }
    }

    pub fn doc_meta(id: &str, meta: &DocFile) -> Change {
        Change {
            path: layout::doc_meta(id),
            content: Some(to_json(meta)),
        }
    }

    pub fn doc_text(id: &str, text: &str) -> Change {
        Change {
            path: layout::doc_text(id),
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

    fn link_out(&self, dir: &Path, path: &Path) -> Option<PathBuf> {
        if self.pending.contains_key(path) {
            return None;
        }
        Disk.link_out(dir, path)
    }
}

impl Writer {
    /// Waits for the corpus lock, then loads the corpus. A corpus that does not check is refused:
    /// a change is only ever applied to a valid corpus.
    pub fn open(dir: &Path) -> Result<Writer, Error> {
        // Nothing is created (not even the lock) in a folder that is no corpus: at `--graph /`
        // that would be `/.liaison/write.lock`.
        let is_corpus = dir.join(SCHEMA_FILE).is_file()
            && dir.join(ACTORS_FILE).is_file()
            && dir.join(DOCS_DIR).is_dir();
        if !is_corpus {
            let mut problems = corpus::load(dir).err().unwrap_or_default();
            if problems.is_empty() {
                problems.push(crate::diag::Problem {
                    file: dir.to_path_buf(),
                    place: None,
                    message: "no corpus folder here".into(),
                    help: "pass --graph DIR (or set LIAISON_GRAPH) to the folder that holds schema.json, actors.json and docs/".into(),
                });
            }
            return Err(Error::Corpus {
                dir: dir.to_path_buf(),
                problems,
            });
        }
        layout::check_store_dir(dir)?;
        let lock_dir = dir.join(STORE_DIR);
        fs::create_dir_all(&lock_dir).map_err(io("creating", &lock_dir))?;
        let lock_path = layout::lock_path(dir);
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io("opening the lock file", &lock_path))?;
        // std's File::lock is flock(2) on Unix (LockFileEx on Windows): the same call the fs4 and
        // fd-lock crates wrap; it is released when the process exits, however it exits.
        lock.lock().map_err(io("locking", &lock_path))?;
        // A change a killed writer left half-committed is completed first (its temporary files
        // are named in the journal and must not be taken for leftovers).
        fsio::finish_group(dir, &layout::journal_path(dir))?;
        // Under the lock no other writer is between writing and renaming a temporary file, so any
        // left in the corpus were left by a killed one.
        fsio::remove_leftovers(dir, Duration::ZERO);
        fsio::remove_leftovers(&dir.join(DOCS_DIR), Duration::ZERO);
        fsio::remove_leftovers(&lock_dir, Duration::from_secs(600));
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
            .map(|c| layout::doc_of(&c.path).map(str::to_string))
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
        match changes.as_slice() {
            [] => {}
            [one] => {
                let path = self.dir.join(&one.path);
                match &one.content {
                    Some(bytes) => write_atomic(&path, bytes)?,
                    None => remove_durably(&path)?,
                }
            }
            _ => {
                let files: Vec<(&Path, Option<&[u8]>)> = changes
                    .iter()
                    .map(|c| (c.path.as_path(), c.content.as_deref()))
                    .collect();
                fsio::write_group(&self.dir, &layout::journal_path(&self.dir), &files)?;
            }
        }
        Ok(after)
    }
}
