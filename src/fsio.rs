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
    let tmp = write_temp(path, fill)?;
    pause_before_rename(&tmp, path);
    fs::rename(&tmp, path).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::Io {
            action: "replacing",
            path: path.to_path_buf(),
            source: e,
        }
    })?;
    sync_dir(parent_of(path))
}

/// The prefix of this process's temporary files: [`TMP_PREFIX`], the process id and a dash, so
/// that a leftover one can be told to be a dead process's (see [`remove_leftovers`]).
fn own_prefix() -> String {
    format!("{TMP_PREFIX}{}-", std::process::id())
}

/// Writes what `fill` produces to a new temporary file beside `path`, synced, with the mode
/// `path` has (0644 for a new file), and returns the temporary file's path: the file stays.
fn write_temp(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<std::path::PathBuf, Error> {
    let parent = parent_of(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&own_prefix())
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
        let mode = fs::symlink_metadata(path)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode))
            .map_err(io_error("setting permissions on", path))?;
    }
    let (_, kept) = tmp.keep().map_err(|e| Error::Io {
        action: "keeping a temporary file for",
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(kept)
}

fn pause_before_rename(tmp: &Path, path: &Path) {
    if let Some(ms) = std::env::var(PAUSE_ENV)
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        eprintln!(
            "liaison: test pause before renaming {} into {}",
            tmp.display(),
            path.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// Writes and removes several files of the folder `dir` as one change: after a crash at any
/// moment, either none of it is visible or, once [`finish_group`] has run, all of it.
///
/// Every new file is first written to a temporary file beside its target and synced; then a small
/// journal (`journal`, written atomically) names each temporary file with its target and each
/// file to remove; then the renames and removals run; then the journal is removed. A process
/// killed before the journal exists leaves only temporary files (removed as leftovers); one killed
/// after leaves a journal that the next writer, or query, completes (rolls forward): the temporary
/// files it names are whole. `files` are paths relative to `dir` with their new content, or `None`
/// to remove the file. Callers hold the corpus lock.
pub fn write_group(
    dir: &Path,
    journal: &Path,
    files: &[(&Path, Option<&[u8]>)],
) -> Result<(), Error> {
    let mut steps: Vec<(String, Option<String>)> = Vec::with_capacity(files.len());
    let mut made: Vec<std::path::PathBuf> = Vec::new();
    let result = (|| {
        for (rel, content) in files {
            let target = rel_str(rel)?;
            match content {
                Some(bytes) => {
                    let tmp = write_temp(&dir.join(rel), |w| w.write_all(bytes))?;
                    made.push(tmp.clone());
                    // The temporary file sits beside its target: name it relative to `dir` too.
                    let tmp_rel =
                        rel.parent()
                            .unwrap_or(Path::new(""))
                            .join(tmp.file_name().ok_or_else(|| {
                                Error::Internal("a temporary file without a name".into())
                            })?);
                    steps.push((target, Some(rel_str(&tmp_rel)?)));
                }
                None => steps.push((target, None)),
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        for t in &made {
            let _ = fs::remove_file(t);
        }
        return Err(e);
    }
    let text = serde_json::to_vec(&steps)
        .map_err(|e| Error::Internal(format!("writing the journal: {e}")))?;
    if let Err(e) = write_atomic(journal, &text) {
        for t in &made {
            let _ = fs::remove_file(t);
        }
        return Err(e);
    }
    apply(dir, &steps, true)?;
    remove_durably(journal)
}

fn rel_str(p: &Path) -> Result<String, Error> {
    p.to_str()
        .map(str::to_string)
        .ok_or_else(|| Error::Internal(format!("a path that is not UTF-8: {}", p.display())))
}

/// Runs a journal's steps: renames of temporary files onto their targets, removals. A temporary
/// file already gone was renamed by an earlier, interrupted run.
fn apply(dir: &Path, steps: &[(String, Option<String>)], pause: bool) -> Result<(), Error> {
    let mut dirs: Vec<std::path::PathBuf> = Vec::new();
    for (target, tmp) in steps {
        let target = dir.join(target);
        match tmp {
            Some(tmp) => {
                let tmp = dir.join(tmp);
                if pause {
                    pause_before_rename(&tmp, &target);
                }
                match fs::rename(&tmp, &target) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound && !tmp.exists() => {}
                    Err(e) => return Err(io_error("replacing", &target)(e)),
                }
            }
            None => match fs::remove_file(&target) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_error("removing", &target)(e)),
            },
        }
        let parent = parent_of(&target).to_path_buf();
        if !dirs.contains(&parent) {
            dirs.push(parent);
        }
    }
    for d in &dirs {
        sync_dir(d)?;
    }
    Ok(())
}

/// Completes the change an interrupted [`write_group`] left in `journal`, if any (the caller holds
/// the corpus lock). Returns whether there was one.
pub fn finish_group(dir: &Path, journal: &Path) -> Result<bool, Error> {
    let text = match fs::read(journal) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(io_error("reading the journal", journal)(e)),
    };
    // The journal is written atomically, so it is whole; one that does not parse is not ours.
    if let Ok(steps) = serde_json::from_slice::<Vec<(String, Option<String>)>>(&text) {
        let safe = |p: &str| {
            Path::new(p)
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)))
        };
        if steps
            .iter()
            .all(|(t, tmp)| safe(t) && tmp.as_deref().is_none_or(safe))
        {
            apply(dir, &steps, false)?;
        }
    }
    remove_durably(journal)?;
    Ok(true)
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

/// Removes temporary files a killed process left in `dir` (not recursively): those of a process
/// that no longer runs (the process id is in the name), and those at least `min_age` old. Corpus
/// files are only written under the corpus lock, so a writer holding it passes zero there; the
/// store is written by queries, without the lock, so there only a dead process's files and old
/// ones go (a live query may be writing a fresh one).
pub fn remove_leftovers(dir: &Path, min_age: std::time::Duration) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(TMP_PREFIX) else {
            continue;
        };
        let dead = rest
            .split_once('-')
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
            .is_some_and(|pid| !process_alive(pid));
        let old_enough = dead
            || min_age.is_zero()
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

/// The largest corpus file liaison reads (a text or an annotation file): 1 GiB. Checking costs
/// about twelve times the text in memory, so anything larger is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// Message of the error [`read_regular`] gives for a named pipe, a device or a socket.
pub const NOT_REGULAR: &str = "not a regular file (a named pipe, a device or a socket)";

/// Reads a corpus file: only a regular file (a named pipe would block, `/dev/zero` never end), of
/// at most `max` bytes. The file is opened without blocking, so a named pipe is refused at once.
pub fn read_regular(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let mut opts = fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let f = opts.open(path)?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, NOT_REGULAR));
    }
    if meta.len() > max {
        return Err(too_large(meta.len(), max));
    }
    let mut buf = Vec::with_capacity(meta.len() as usize);
    f.take(max + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Err(too_large(buf.len() as u64, max));
    }
    Ok(buf)
}

fn too_large(len: u64, max: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!(
            "the file is too large ({} MB; liaison reads corpus files of at most {} MB)",
            len >> 20,
            max >> 20
        ),
    )
}

/// Whether a process with this id runs (on Unix, `kill(pid, 0)`); elsewhere assumed.
fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        if pid == 0 || pid > i32::MAX as u32 {
            return true;
        }
        // SAFETY: signal 0 only checks that the process exists.
        let r = unsafe { libc::kill(pid as libc::pid_t, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Completes a change a killed writer left half-done (its journal, see [`write_group`]), for a
/// reader: waits for the corpus lock (a live writer holding it finishes its own change first),
/// then rolls the journal forward. Costs one `stat` when there is no journal. On a corpus the
/// reader cannot write, nothing happens (the checker then reports what it finds).
pub fn finish_interrupted(dir: &Path) {
    let journal = crate::layout::journal_path(dir);
    if fs::symlink_metadata(&journal).is_err() {
        return;
    }
    let Ok(lock) = File::open(crate::layout::lock_path(dir)) else {
        return;
    };
    if lock.lock().is_err() {
        return;
    }
    let _ = finish_group(dir, &journal);
}
