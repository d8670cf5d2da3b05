//! What the fuzz targets share: the `mini` test corpus, held in memory or copied to a scratch
//! folder, and an in-memory [`Files`] so that checker targets touch no disk.
//!
//!
//! The body of every fuzz target is a function of [`targets`]: the `fuzz_targets/` binaries call
//! them, and the main crate's integration tests (`tests/fuzz_regressions.rs`, which includes this
//! file with `#[path]`) replay every committed seed and regression through the same functions,
//! so `cargo test` runs the regression corpus without cargo-fuzz.

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

/// The body of each fuzz target, one function per target, named as the target.
pub mod targets {
    use super::{check_mem, scratch, split_nul, write_mini, MemFiles, MINI, ROOT};
    use liaison::interchange::brat::{import, ImportQuery};
    use liaison::model::DateRange;
    use liaison::resolve::{resolve, Unresolved};
    use liaison::store::{self, Store, FORMAT_VERSION};
    use liaison::text::{context, find_quote, fold, fold_mapped};
    use std::path::{Path, PathBuf};
    use std::sync::OnceLock;

    /// A target's body: runs one input, panicking on a finding.
    pub type Target = fn(&[u8]);

    /// Every target by name, for replaying a folder of inputs.
    pub const ALL: &[(&str, Target)] = &[
        ("actors_json", actors_json),
        ("schema_json", schema_json),
        ("document", document),
        ("brat_import", brat_import),
        ("date", date),
        ("names", names),
        ("quote", quote),
        ("store_open", store_open),
    ];

    /// `actors.json`: any bytes, checked against the mini corpus's schema and documents.
    pub fn actors_json(data: &[u8]) {
        check_mem(&MemFiles::mini_with(&[("actors.json", data)]));
    }

    /// `schema.json`: any bytes, checked with the mini corpus's actors and documents.
    pub fn schema_json(data: &[u8]) {
        check_mem(&MemFiles::mini_with(&[("schema.json", data)]));
    }

    /// A document: `JSON` or `JSON\0TEXT` (its annotation file, then its text; without a NUL the
    /// text of the mini corpus's visit-2021 is used), checked as `docs/fuzz.json` + `docs/fuzz.txt`.
    pub fn document(data: &[u8]) {
        let (json, text) = split_nul(data);
        let text = text.unwrap_or(MINI[2].1);
        check_mem(&MemFiles::mini_with(&[
            ("docs/fuzz.json", json),
            ("docs/fuzz.txt", text),
        ]));
    }

    /// `liaison import brat`: a brat folder holding `fuzz.txt` and `fuzz.ann`, imported into a
    /// copy of the mini corpus. Input: `FLAGS TXT \0 ANN` — the first byte's bit 0 is
    /// --create-actors, bit 1 --replace; without a NUL, the whole rest is the .ann and the text
    /// is the mini corpus's visit-2021.
    pub fn brat_import(data: &[u8]) {
        let Some((&flags, rest)) = data.split_first() else {
            return;
        };
        let (a, b) = split_nul(rest);
        let (txt, ann) = match b {
            Some(ann) => (a, ann),
            None => (MINI[2].1, a),
        };
        let tmp = scratch();
        let corpus = tmp.path().join("graph");
        let brat = tmp.path().join("brat");
        write_mini(&corpus);
        std::fs::create_dir_all(&brat).unwrap();
        std::fs::write(brat.join("fuzz.txt"), txt).unwrap();
        std::fs::write(brat.join("fuzz.ann"), ann).unwrap();
        let q = ImportQuery {
            from: brat.clone(),
            create_actors: flags & 1 != 0,
            replace: flags & 2 != 0,
        };
        if import(&corpus, &q).is_ok() {
            // What an import writes must check.
            if let Err(problems) = liaison::corpus::load(&corpus) {
                panic!("import brat wrote a corpus that does not check: {problems:?}");
            }
        }
    }

    fn valid_day(d: u32) -> bool {
        let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let max = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        y <= 9999 && (1..=max).contains(&day)
    }

    /// Dates as written in annotations and given to --since/--until/--published.
    pub fn date(data: &[u8]) {
        let Ok(s) = std::str::from_utf8(data) else {
            return;
        };
        match DateRange::parse(s) {
            Ok(r) => {
                assert!(r.lo <= r.hi, "{s:?} parsed to an empty range {r:?}");
                assert!(valid_day(r.lo) && valid_day(r.hi), "{s:?} parsed to {r:?}");
                // A range reaches its own start and starts by its own end.
                assert!(r.reaches(&r) && r.starts_by(&r));
            }
            Err(e) => assert!(!e.0.is_empty()),
        }
    }

    fn mini_store() -> &'static Store {
        static STORE: OnceLock<Store> = OnceLock::new();
        STORE.get_or_init(|| {
            let files = MemFiles::mini_with(&[]);
            let corpus = liaison::corpus::load_from(Path::new(ROOT), &files, None)
                .expect("the mini fixture checks");
            store::actors_only(&corpus).expect("the mini fixture compiles")
        })
    }

    /// Name resolution: any string typed where an actor is expected, against the mini corpus's
    /// actors; and name folding, whose map must point every folded character back into the
    /// source.
    pub fn names(data: &[u8]) {
        let Ok(q) = std::str::from_utf8(data) else {
            return;
        };
        let (folded, map) = fold_mapped(q);
        let n = q.chars().count() as u32;
        assert_eq!(folded.chars().count(), map.len());
        assert!(map.windows(2).all(|w| w[0] <= w[1]));
        assert!(map.iter().all(|&i| i < n));
        assert_eq!(fold(&folded), folded, "folding is idempotent");

        let g = mini_store().graph();
        match resolve(&g, q) {
            Ok(i) => assert!((i as usize) < g.actors().len()),
            Err(Unresolved::Unknown { suggestions }) => {
                for (id, _) in suggestions {
                    assert!(g.actor_index(&id).is_some());
                }
            }
            Err(Unresolved::Ambiguous { candidates }) => {
                assert!(candidates.len() > 1);
                for id in candidates {
                    assert!(g.actor_index(&id).is_some());
                }
            }
        }
    }

    /// Finding a typed quote in a document's text (`annotate --quote`): `TEXT\0QUOTE`.
    pub fn quote(data: &[u8]) {
        let (text, quote) = split_nul(data);
        let (Ok(text), Some(Ok(quote))) =
            (std::str::from_utf8(text), quote.map(std::str::from_utf8))
        else {
            return;
        };
        let n = text.chars().count() as u32;
        for span in find_quote(text, quote) {
            assert!(
                span[0] < span[1] && span[1] <= n,
                "span {span:?} of a {n}-character text"
            );
            let _ = context(text, span, 40);
        }
    }

    fn store_corpus() -> &'static PathBuf {
        static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
        &DIR.get_or_init(|| {
            let tmp = scratch();
            let dir = tmp.path().join("graph");
            write_mini(&dir);
            (tmp, dir)
        })
        .1
    }

    /// The store loader: any bytes as `.liaison/store.bin` of the mini corpus, then a query.
    ///
    /// The first byte chooses: even, the bytes are the file as they are (header included); odd,
    /// the rest is a payload that gets a valid header (magic, format version, length, checksum),
    /// as a damaged-but-checksummed or hand-made store would have, so the fuzzer reaches the
    /// archive reader instead of stopping at the checksum.
    pub fn store_open(data: &[u8]) {
        let Some((&mode, rest)) = data.split_first() else {
            return;
        };
        let bytes = if mode & 1 == 1 {
            let mut h = vec![0u8; 64];
            h[0..8].copy_from_slice(b"LIAISON\x01");
            h[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
            h[16..24].copy_from_slice(&(rest.len() as u64).to_le_bytes());
            h[24..32].copy_from_slice(&xxhash_rust::xxh3::xxh3_64(rest).to_le_bytes());
            h.extend_from_slice(rest);
            h
        } else {
            rest.to_vec()
        };
        let dir = store_corpus();
        let side = dir.join(".liaison");
        std::fs::create_dir_all(&side).unwrap();
        for f in ["overlay.bin", "overlay.verified", "store.verified"] {
            let _ = std::fs::remove_file(side.join(f));
        }
        std::fs::write(liaison::layout::store_path(dir), &bytes).unwrap();
        let (s, _) = store::open(dir).expect("the mini corpus opens");
        let g = s.graph();
        // Walk everything a query could touch.
        for a in 0..g.actors().len() as u32 {
            let _ = g.actor(a).display_name();
            for _ in g.adjacent(a) {}
        }
        for r in g.relations() {
            let _ = g.relation(r).quote.as_str();
        }
        let _ = resolve(&g, "Hammouchi");
    }
}
