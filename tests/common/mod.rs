//! The one harness every integration test uses: a corpus copied into a temporary folder, the built
//! `liaison` binary run on it, and assertions that print what the user saw when they fail.
#![allow(dead_code)]

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct TestEnv {
    _tmp: tempfile::TempDir,
    pub root: PathBuf,
    pub graph: PathBuf,
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let name = e.file_name();
        if name == ".liaison" {
            continue;
        }
        let (src, dst) = (e.path(), to.join(&name));
        if e.file_type().unwrap().is_dir() {
            copy_dir(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap();
        }
    }
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The confidence `suggest` should give a proposal of `rule` and `ty` between actors of kinds
/// `source` and `target`, whose rule guessed `own`: the guess worth four proposals, then the
/// rule's record for the type in `src/suggest/calibration.tsv`, then, worth four, its record
/// between those kinds; rounded to two places.
pub fn calibrated(rule: &str, ty: &str, source: &str, target: &str, own: f64) -> f64 {
    let table = std::fs::read_to_string(repo().join("src/suggest/calibration.tsv")).unwrap();
    let rows: Vec<Vec<&str>> = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .filter(|f: &Vec<&str>| f[0] == rule && f[1] == ty)
        .collect();
    let count = |kinds: bool| {
        rows.iter()
            .filter(|f| !kinds || (f[2] == source && f[3] == target))
            .fold((0.0, 0.0), |(m, r), f| {
                (
                    m + f[4].parse::<f64>().unwrap(),
                    r + f[5].parse::<f64>().unwrap(),
                )
            })
    };
    let step = |prior: f64, (made, right): (f64, f64)| (right + 4.0 * prior) / (made + 4.0);
    let measured = step(step(own, count(false)), count(true));
    (measured * 100.0).round() / 100.0
}

impl TestEnv {
    /// A copy of `tests/fixtures/NAME` as the corpus.
    pub fn fixture(name: &str) -> TestEnv {
        Self::from_dir(&repo().join("tests/fixtures").join(name))
    }

    /// A copy of the shipped corpus, `graph/`.
    pub fn shipped() -> TestEnv {
        Self::from_dir(&repo().join("graph"))
    }

    pub fn from_dir(src: &Path) -> TestEnv {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        let graph = root.join("graph");
        copy_dir(src, &graph);
        TestEnv {
            _tmp: tmp,
            root,
            graph,
        }
    }

    /// Runs `liaison ARGS` in the temporary folder, with the corpus as `./graph`.
    pub fn run(&self, args: &[&str]) -> Out {
        let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
            .args(args)
            .current_dir(&self.root)
            .env_remove("LIAISON_GRAPH")
            .output()
            .expect("the liaison binary runs");
        Out {
            args: args.iter().map(|s| s.to_string()).collect(),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Runs `liaison ARGS` with `input` on its standard input.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Out {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
            .args(args)
            .current_dir(&self.root)
            .env_remove("LIAISON_GRAPH")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the liaison binary runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        Out {
            args: args.iter().map(|s| s.to_string()).collect(),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.graph.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, content: &str) {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, content).unwrap();
    }

    /// Edits a JSON file of the corpus in place.
    pub fn edit_json(&self, rel: &str, f: impl FnOnce(&mut Value)) {
        let mut v: Value = serde_json::from_str(&self.read(rel)).unwrap();
        f(&mut v);
        self.write(rel, &serde_json::to_string_pretty(&v).unwrap());
    }
}

pub struct Out {
    pub args: Vec<String>,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    fn context(&self) -> String {
        format!(
            "liaison {}\n--- exit code: {}\n--- stdout:\n{}\n--- stderr:\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }

    pub fn code(&self, want: i32) -> &Self {
        assert_eq!(self.code, want, "unexpected exit code\n{}", self.context());
        self
    }

    pub fn ok(&self) -> &Self {
        self.code(0)
    }

    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n{}",
            self.context()
        );
        self
    }

    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n{}",
            self.context()
        );
        self
    }

    pub fn no_panic(&self) -> &Self {
        assert!(
            !self.stderr.contains("panicked"),
            "the binary panicked\n{}",
            self.context()
        );
        self
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e})\n{}", self.context()))
    }
}

/// Asserts two texts are equal, showing a line diff when they are not.
pub fn assert_same_text(expected: &str, actual: &str) {
    if expected == actual {
        return;
    }
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut diff = String::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => {
                if let Some(x) = x {
                    diff.push_str(&format!("-{:>4} {x}\n", i + 1));
                }
                if let Some(y) = y {
                    diff.push_str(&format!("+{:>4} {y}\n", i + 1));
                }
            }
        }
    }
    panic!("texts differ (- expected, + actual):\n{diff}");
}

/// Undoes DOT's escString reading of a label as `dot -Tjson` reports it.
pub fn dot_unescape(s: &str) -> String {
    let mut o = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => o.push('\n'),
                Some(c) => o.push(c),
                None => o.push('\\'),
            }
        } else {
            o.push(c);
        }
    }
    o
}

/// Runs an outside tool the tests check our output with (Graphviz, xmllint, Python, Chromium) and
/// returns its standard output; fails the test, with what it printed, if it fails.
pub fn run_tool(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (run scripts/setup-test-deps.sh)"));
    assert!(
        out.status.success(),
        "{cmd:?} failed\n--- stdout:\n{}\n--- stderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

impl TestEnv {
    /// Adds `text` as document `id` (Arabic) and returns what `suggest ID --json` found: each
    /// mention's actor (`?` when shared by several) and text.
    pub fn suggested_mentions(&self, id: &str, text: &str) -> (Value, Vec<(String, String)>) {
        let file = self.root.join(format!("{id}.txt"));
        fs::write(&file, text).unwrap();
        self.run(&[
            "doc",
            "add",
            file.to_str().unwrap(),
            "--id",
            id,
            "--lang",
            "ar",
        ])
        .ok();
        let v = self.run(&["suggest", id, "--json"]).ok().json();
        let mentions = v["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["actor"].as_str().unwrap_or("?").to_string(),
                    m["text"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        (v, mentions)
    }
}
