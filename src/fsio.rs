//! The one durable, atomic way liaison writes a file: a temporary file in the same folder, fsync,
//! rename over the old one, fsync of the folder. A reader, or a process killed at any moment, sees
//! either the old file or the new one, never a torn one. Corpus files, the store and exports all
//! go through [`write_with`].

use crate::error::Error;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Set to a number of milliseconds, makes the writer sleep after writing and syncing a temporary
/// file and before renaming it into place: lets the tests kill a writer at the worst moment.
pub const PAUSE_ENV: &str = "LIAISON_TEST_PAUSE_BEFORE_RENAME";

/// Prefix of every temporary file liaison creates; a leftover one (from a killed process) is
/// recognised by it and removed by the next writer.
pub const TMP_PREFIX: &str = ".liaison-tmp-";

/// An I/O error on `path`, as the library reports it.
pub fn io_error<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> Error + 'a {
    move |source| Error::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `bytes` to `path` atomically and durably.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_with(path, |w| w.write_all(bytes))
}

/// Writes what `fill` produces to `path` atomically and durably. A new file gets mode 0644 (not
/// the temporary file's 0600); a replaced one keeps its mode.
pub fn write_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Error> {
    let parent = parent_of(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(TMP_PREFIX)
        .tempfile_in(parent)
        .map_err(io_error("creating a temporary file in", parent))?;
    {
        let mut w = io::BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
        fill(&mut w).map_err(io_error("writing", path))?;
        w.flush().map_err(io_error("writing", path))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(io_error("syncing a temporary file for", path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode))
            .map_err(io_error("setting permissions on", path))?;
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

/// Removes `path` durably; a file already gone is not an error.
pub fn remove_durably(path: &Path) -> Result<(), Error> {
    match fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error("removing", path)(e)),
    }
    sync_dir(parent_of(path))
}

fn parent_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Makes a rename or removal in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io_error("syncing the folder", dir))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes temporary files a killed process left in `dir` (not recursively), those at least
/// `min_age` old. Corpus files are only written under the corpus lock, so a writer holding it
/// passes zero there; the store is written by queries, without the lock, so its folder is only
/// cleaned of old files.
pub fn remove_leftovers(dir: &Path, min_age: std::time::Duration) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        if !e.file_name().to_string_lossy().starts_with(TMP_PREFIX) {
            continue;
        }
        let old_enough = min_age.is_zero()
            || e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age >= min_age);
        if old_enough {
            let _ = fs::remove_file(e.path());
        }
    }
}
