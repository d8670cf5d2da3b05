//! What the fuzz targets share: the `mini` test corpus, held in memory or copied to a scratch
//! folder, and an in-memory [`Files`] so that checker targets touch no disk.
//!
//! Library paths used here (`liaison::corpus`, `liaison::store`, `liaison::cmd::brat`…) are the
//! ones of the library at the time of writing; when modules move, only the `use` lines change.

use liaison::corpus::Files;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

/// The `mini` fixture corpus, compiled into the target so that it does not depend on the folder
/// it runs from.
pub const MINI: &[(&str, &[u8])] = &[
    (
        "schema.json",
        include_bytes!("../../tests/fixtures/mini/schema.json"),
    ),
    (
        "actors.json",
        include_bytes!("../../tests/fixtures/mini/actors.json"),
    ),
    (
        "docs/visit-2021.txt",
        include_bytes!("../../tests/fixtures/mini/docs/visit-2021.txt"),
    ),
    (
        "docs/visit-2021.json",
        include_bytes!("../../tests/fixtures/mini/docs/visit-2021.json"),
    ),
    (
        "docs/tipoff-2020.txt",
        include_bytes!("../../tests/fixtures/mini/docs/tipoff-2020.txt"),
    ),
    (
        "docs/tipoff-2020.json",
        include_bytes!("../../tests/fixtures/mini/docs/tipoff-2020.json"),
    ),
];

/// The folder the in-memory corpus claims to be in (never touched on disk).
pub const ROOT: &str = "/fuzz-corpus";

/// A corpus held in memory: `files` by path, with the folders they imply.
pub struct MemFiles {
    files: HashMap<PathBuf, Vec<u8>>,
}

impl MemFiles {
    /// The mini corpus with `replace` (path relative to the corpus, content) laid over it.
    pub fn mini_with(replace: &[(&str, &[u8])]) -> MemFiles {
        let mut files: HashMap<PathBuf, Vec<u8>> = MINI
            .iter()
            .map(|(p, b)| (Path::new(ROOT).join(p), b.to_vec()))
            .collect();
        for (p, b) in replace {
            files.insert(Path::new(ROOT).join(p), b.to_vec());
        }
        MemFiles { files }
    }
}

impl Files for MemFiles {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files
            .get(path)
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the in-memory corpus"))
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let names: Vec<String> = self
            .files
            .keys()
            .filter(|p| p.parent() == Some(dir))
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        if names.is_empty() && !self.is_dir(dir) {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such folder"));
        }
        Ok(names)
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.files.keys().any(|p| p.starts_with(path) && p != path)
    }
}

/// Runs the checker on the in-memory corpus and asserts what every report must hold: a problem
/// names a file of the corpus and says what is wrong and how to fix it.
pub fn check_mem(files: &MemFiles) {
    match liaison::corpus::load_from(Path::new(ROOT), files, None) {
        Ok(c) => {
            // A corpus that checks compiles into a store without panicking.
            let _ = liaison::store::compile(c, Vec::new(), 0);
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "a failed check lists its problems");
            for p in &problems {
                assert!(
                    p.file.starts_with(ROOT),
                    "problem names a file outside the corpus: {p}"
                );
                assert!(
                    !p.message.trim().is_empty(),
                    "problem without a message: {p:?}"
                );
                assert!(!p.help.trim().is_empty(), "problem without help: {p:?}");
            }
        }
    }
}

/// A scratch folder on tmpfs when there is one (fsync is free there), else the system's temp.
pub fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(t) = tempfile::tempdir_in(shm) {
            return t;
        }
    }
    tempfile::tempdir().expect("a temporary folder")
}

/// Writes the mini corpus into `dir` (which must exist).
pub fn write_mini(dir: &Path) {
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    for (p, b) in MINI {
        std::fs::write(dir.join(p), b).unwrap();
    }
}

/// Splits a fuzz input at its first NUL byte: `(before, Some(after))`, or `(all, None)`.
pub fn split_nul(data: &[u8]) -> (&[u8], Option<&[u8]>) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    }
}
