//! Hostile inputs (issue 9): every case is run against the built binary (`check`, a query, a write
//! where one applies), and each must end in a clear error (the file, the place, what to do) or be
//! handled; never a panic, never longer than its time limit, and never a write outside the corpus
//! (everything beside the corpus folder is snapshotted before and compared after).
//!
//! Run with `cargo test --release --test tests hostile` (the 100 MB cases assume a release build). Large
//! and binary fixtures are generated here; nothing big is committed.
//!
//! Long on purpose: one module per category would scatter the shared limits and helpers that
//! every case needs (time and memory bounds, the outside-the-corpus check).

use crate::common::{repo, Out, TestEnv};
use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one run of the binary did, with how long it took and its peak memory.
struct Run {
    out: Out,
    elapsed: Duration,
    max_rss_mb: u64,
}

/// Time limit of a run on a small corpus.
const QUICK: Duration = Duration::from_secs(20);
/// Time limit of a run on a 100 MB document (release build).
const BIG: Duration = Duration::from_secs(60);

fn envs_default() -> Vec<(OsString, OsString)> {
    Vec::new()
}

/// Runs `liaison ARGS` in `cwd` and waits at most `limit`; past it the process group is killed and
/// the test fails as a hang. `wait4` gives the child's own peak resident memory.
fn run_with(
    cwd: &Path,
    args: &[&OsStr],
    envs: &[(OsString, OsString)],
    wrap: Option<&[&str]>,
    limit: Duration,
) -> Run {
    run_limited(cwd, args, envs, wrap, limit, None)
}

/// [`run_with`], with the child's address space capped at `as_mb` megabytes (so that a runaway
/// allocation fails in the child instead of exhausting the machine).
// The child is reaped with wait4 (for its rusage), which clippy does not see.
#[allow(clippy::zombie_processes)]
fn run_limited(
    cwd: &Path,
    args: &[&OsStr],
    envs: &[(OsString, OsString)],
    wrap: Option<&[&str]>,
    limit: Duration,
    as_mb: Option<u64>,
) -> Run {
    let bin = env!("CARGO_BIN_EXE_liaison");
    let mut cmd = match wrap {
        Some(w) => {
            let mut c = Command::new(w[0]);
            c.args(&w[1..]).arg(bin);
            c
        }
        None => Command::new(bin),
    };
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("LIAISON_GRAPH")
        .env_remove(liaison::fsio::PAUSE_ENV)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    if let Some(mb) = as_mb {
        let bytes = (mb * 1024 * 1024) as libc::rlim_t;
        // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                let lim = libc::rlimit {
                    rlim_cur: bytes,
                    rlim_max: bytes,
                };
                if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let started = Instant::now();
    let mut child = cmd.spawn().expect("the liaison binary starts");
    let pid = child.id() as libc::pid_t;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let mut status = 0;
    // SAFETY: plain syscalls on our own child; rusage is plain old data.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4 failed: {}", std::io::Error::last_os_error());
        if started.elapsed() > limit {
            timed_out = true;
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
                libc::wait4(pid, &mut status, 0, &mut usage);
            }
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = started.elapsed();
    let stdout = t_out.join().unwrap();
    let stderr = t_err.join().unwrap();
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -libc::WTERMSIG(status)
    };
    let out = Out {
        args: args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect(),
        code,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    };
    assert!(
        !timed_out,
        "hang: `liaison {}` did not finish within {limit:?}\n--- stderr:\n{}",
        out.args.join(" "),
        tail(&out.stderr)
    );
    Run {
        out,
        elapsed,
        max_rss_mb: usage.ru_maxrss as u64 / 1024,
    }
}

fn tail(s: &str) -> &str {
    let n = s.len();
    let mut at = n.saturating_sub(4000);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// `liaison ARGS` in the test folder (the corpus is `./graph`), within `limit`, sane.
fn run(env: &TestEnv, args: &[&str], limit: Duration) -> Run {
    let a: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    let r = run_with(&env.root, &a, &envs_default(), None, limit);
    sane(&r.out);
    r
}

/// No panic, an exit code of the documented three, and an error always comes with help.
fn sane(out: &Out) {
    let ctx = || {
        format!(
            "liaison {}\n--- exit code: {}\n--- stdout:\n{}\n--- stderr:\n{}",
            out.args.join(" "),
            out.code,
            tail(&out.stdout),
            tail(&out.stderr)
        )
    };
    assert!(!out.stderr.contains("panicked"), "panic\n{}", ctx());
    assert!(
        (0..=2).contains(&out.code),
        "exit code {} is none of 0, 1, 2\n{}",
        out.code,
        ctx()
    );
    assert!(
        !out.stderr.contains("internal error"),
        "internal error\n{}",
        ctx()
    );
    if out.stderr.contains("liaison: error:") {
        assert!(
            out.stderr.contains("help:"),
            "an error without help\n{}",
            ctx()
        );
        assert_ne!(out.code, 0, "an error with exit code 0\n{}", ctx());
    }
}

/// The run failed (exit 2) and its message holds each of `words` (case-insensitive): the file, the
/// place, the fix.
fn refused(out: &Out, words: &[&str]) {
    let all = format!("{}\n{}", out.stderr, out.stdout).to_lowercase();
    let missing: Vec<&&str> = words
        .iter()
        .filter(|w| !all.contains(&w.to_lowercase()))
        .collect();
    assert!(
        out.code == 2 && missing.is_empty(),
        "expected a clear error (exit 2) naming {words:?}; missing {missing:?}\nliaison {}\n--- exit code: {}\n--- stderr:\n{}",
        out.args.join(" "),
        out.code,
        tail(&out.stderr)
    );
}

fn ok(out: &Out) {
    assert_eq!(
        out.code,
        0,
        "expected success\nliaison {}\n--- stderr:\n{}",
        out.args.join(" "),
        tail(&out.stderr)
    );
}

/// Every file and link under `dir` except the subtree `skip`: size and content hash (or link
/// target), so that any write shows.
fn snapshot(dir: &Path, skip: &Path) -> BTreeMap<PathBuf, String> {
    let mut m = BTreeMap::new();
    fn walk(d: &Path, skip: &Path, m: &mut BTreeMap<PathBuf, String>) {
        let Ok(rd) = fs::read_dir(d) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p == skip {
                continue;
            }
            let Ok(meta) = fs::symlink_metadata(&p) else {
                continue;
            };
            let what = if meta.file_type().is_symlink() {
                format!("link -> {}", fs::read_link(&p).unwrap().display())
            } else if meta.is_dir() {
                walk(&p, skip, m);
                "dir".to_string()
            } else {
                let b = fs::read(&p).unwrap_or_default();
                format!("{} bytes, xxh3 {:x}", b.len(), xxhash(&b))
            };
            m.insert(p, what);
        }
    }
    walk(dir, skip, &mut m);
    m
}

fn xxhash(b: &[u8]) -> u64 {
    // FNV-1a: enough to see a change, no dependency.
    b.iter().fold(0xcbf29ce484222325u64, |h, &x| {
        (h ^ x as u64).wrapping_mul(0x100000001b3)
    })
}

/// A test folder with the corpus and, beside it, a folder that no command may touch.
fn env_with_outside(fixture: &str) -> TestEnv {
    let env = TestEnv::fixture(fixture);
    let outside = env.root.join("outside");
    fs::create_dir_all(&outside).unwrap();
    fs::write(outside.join("keep.txt"), "do not touch\n").unwrap();
    env
}

/// Runs `f`, then asserts that nothing beside the corpus folder changed.
fn nothing_written_outside<T>(env: &TestEnv, f: impl FnOnce() -> T) -> T {
    let before = snapshot(&env.root, &env.graph);
    let r = f();
    let after = snapshot(&env.root, &env.graph);
    let changed: Vec<String> = before
        .keys()
        .chain(after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .map(|k| format!("{}: {:?} -> {:?}", k.display(), before.get(k), after.get(k)))
        .collect();
    assert!(
        changed.is_empty(),
        "written outside the corpus:\n{}",
        changed.join("\n")
    );
    r
}

/// The three kinds of command on a hostile corpus: the checker, a query, a write. Returns them.
fn trio(env: &TestEnv) -> [Out; 3] {
    nothing_written_outside(env, || {
        let check = run(env, &["check"], QUICK).out;
        let query = run(env, &["show", "hammouchi"], QUICK).out;
        let write = run(
            env,
            &[
                "annotate",
                "visit-2021",
                "--type",
                "met",
                "--from",
                "hammouchi",
                "--to",
                "wray",
                "--quote",
                "Hammouchi met FBI Director",
            ],
            QUICK,
        )
        .out;
        [check, query, write]
    })
}

/// `check` failed naming `file` and `words`; the query and the write were refused the same way.
fn corpus_refused(env: &TestEnv, file: &str, words: &[&str]) {
    let [check, query, write] = trio(env);
    let mut w = vec![file];
    w.extend_from_slice(words);
    refused(&check, &w);
    refused(&query, &w);
    refused(&write, &w);
}

// ---------------------------------------------------------------------------------------------
// Deep nesting
// ---------------------------------------------------------------------------------------------

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn deeply_nested_actors_file_is_a_clear_error() {
    let env = env_with_outside("mini");
    env.write(
        "actors.json",
        &format!("{{\"actors\": {}}}", nested(100_000)),
    );
    corpus_refused(&env, "actors.json", &["actors.json:1:", "help:"]);
}

#[test]
fn deeply_nested_schema_and_document_are_clear_errors() {
    let env = env_with_outside("mini");
    env.write(
        "schema.json",
        &format!(
            "{{\"version\": 1, \"actor_kinds\": [], \"relation_types\": {}}}",
            nested(50_000)
        ),
    );
    corpus_refused(&env, "schema.json", &["schema.json:1:"]);

    let env = env_with_outside("mini");
    // Nesting inside a free-form place: an object in an object… where a string is expected.
    let deep = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    env.write(
        "docs/visit-2021.json",
        &format!("{{\"title\": {deep}, \"relations\": []}}"),
    );
    corpus_refused(&env, "visit-2021.json", &["visit-2021.json:1:"]);
}

#[test]
fn deeply_nested_brat_note_is_handled() {
    let env = env_with_outside("mini");
    let brat = env.root.join("brat");
    fs::create_dir_all(&brat).unwrap();
    fs::write(brat.join("nest.txt"), "Hammouchi met Christopher Wray.\n").unwrap();
    let note = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    fs::write(
        brat.join("nest.ann"),
        format!(
            "T1\tperson 0 9\tHammouchi\nT2\tperson 14 30\tChristopher Wray\nR1\tmet Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes R1\t{note}\n"
        ),
    )
    .unwrap();
    let before = snapshot(&env.root, &env.graph);
    let out = run(&env, &["import", "brat", brat.to_str().unwrap()], QUICK).out;
    assert_eq!(before, snapshot(&env.root, &env.graph));
    // Either imported (the note is not liaison's JSON, so it is kept as a note) or refused clearly.
    if out.code != 0 {
        refused(&out, &["nest.ann"]);
    }
    ok(&run(&env, &["check"], QUICK).out);
}

// ---------------------------------------------------------------------------------------------
// A 100 MB document
// ---------------------------------------------------------------------------------------------

const LINE: &str = "حموشي التقى مدير مكتب التحقيقات الفيدرالي كريستوفر راي في واشنطن.\n";

/// Writes `docs/ID.txt` of about `mb` megabytes (the line above, repeated) and its annotations:
/// `good` relations quoting whole lines, and `bad` relations whose quote does not match.
fn big_doc(env: &TestEnv, id: &str, mb: usize, good: usize, bad: usize) -> usize {
    let n = mb * 1024 * 1024 / LINE.len();
    let text = LINE.repeat(n);
    env.write(&format!("docs/{id}.txt"), &text);
    let l = LINE.chars().count() as u32;
    let quote = LINE.trim_end();
    let mut rels = Vec::new();
    for i in 0..good {
        let at = (i as u32 * 9973 % n as u32) * l;
        rels.push(serde_json::json!({
            "id": format!("{id}-r{}", i + 1), "type": "met", "source": "hammouchi",
            "target": "wray", "span": [at, at + l - 1], "quote": quote
        }));
    }
    for i in 0..bad {
        let at = (i as u32 * 7919 % n as u32) * l;
        rels.push(serde_json::json!({
            "id": format!("{id}-bad{}", i + 1), "type": "met", "source": "hammouchi",
            "target": "wray", "span": [at, at + 5], "quote": "xxxxx"
        }));
    }
    let meta = serde_json::json!({"title": "big", "lang": "ar", "relations": rels});
    env.write(
        &format!("docs/{id}.json"),
        &serde_json::to_string_pretty(&meta).unwrap(),
    );
    text.len()
}

fn note_cost(what: &str, r: &Run) {
    eprintln!(
        "{what}: {:.2} s, peak {} MB, exit {}",
        r.elapsed.as_secs_f64(),
        r.max_rss_mb,
        r.out.code
    );
}

/// Peak memory allowed for a command on a 100 MB document.
const BIG_RSS_MB: u64 = 3 * 1024;

#[test]
fn a_100_mb_document_is_checked_queried_and_annotated_in_bounded_time_and_memory() {
    let env = env_with_outside("mini");
    let bytes = big_doc(&env, "big", 100, 200, 0);
    assert!(bytes >= 100 * 1000 * 1000);
    nothing_written_outside(&env, || {
        let r = run(&env, &["check"], BIG);
        note_cost("check, 100 MB document", &r);
        ok(&r.out);
        assert!(r.max_rss_mb < BIG_RSS_MB, "check took {} MB", r.max_rss_mb);
        let r = run(&env, &["show", "hammouchi", "--json"], BIG);
        note_cost("show after check", &r);
        ok(&r.out);
        let r = run(
            &env,
            &[
                "annotate",
                "big",
                "--type",
                "met",
                "--from",
                "hammouchi",
                "--to",
                "wray",
                "--quote",
                "حموشي التقى مدير",
                "--occurrence",
                "3",
            ],
            BIG,
        );
        note_cost("annotate, quote found", &r);
        ok(&r.out);
        assert!(
            r.max_rss_mb < BIG_RSS_MB,
            "annotate took {} MB",
            r.max_rss_mb
        );
        let r = run(&env, &["edges", "--doc", "big", "--json"], BIG);
        note_cost("edges --doc big", &r);
        ok(&r.out);
        assert_eq!(r.out.json().as_array().unwrap().len(), 201);
    });
}

#[test]
fn a_100_mb_file_is_added_as_a_document_in_bounded_time_and_memory() {
    let env = env_with_outside("mini");
    let file = env.root.join("outside/big-article.txt");
    // CRLF line endings, to be normalised on the way.
    fs::write(
        &file,
        LINE.replace('\n', "\r\n")
            .repeat(100 * 1024 * 1024 / LINE.len()),
    )
    .unwrap();
    let before = snapshot(&env.root, &env.graph);
    let r = run(
        &env,
        &["doc", "add", file.to_str().unwrap(), "--id", "big-added"],
        BIG,
    );
    note_cost("doc add, 100 MB", &r);
    ok(&r.out);
    assert!(
        r.max_rss_mb < BIG_RSS_MB,
        "doc add took {} MB",
        r.max_rss_mb
    );
    assert_eq!(
        before,
        snapshot(&env.root, &env.graph),
        "doc add changed its input"
    );
    let r = run(&env, &["check"], BIG);
    ok(&r.out);
}

/// A wrong quote in a large document costs a fold of the whole text (the checker looks for the
/// quote in the folded text to word its help): fifty of them in a 20 MB document must still check
/// in bounded time.
#[test]
fn many_wrong_quotes_in_a_large_document_are_reported_in_bounded_time() {
    let env = env_with_outside("mini");
    big_doc(&env, "big", 20, 0, 50);
    let r = run(&env, &["check"], Duration::from_secs(30));
    note_cost("check, 20 MB document, 50 wrong quotes", &r);
    refused(
        &r.out,
        &["big.json", "relation big-bad1", "quote does not match"],
    );
}

/// `annotate --quote` with a quote the document lacks explains how much of it was found, one word
/// at a time: that must stay bounded on a large document and a long quote.
#[test]
fn an_absent_long_quote_in_a_large_document_is_refused_in_bounded_time() {
    let env = env_with_outside("mini");
    big_doc(&env, "big", 20, 1, 0);
    let quote = "كلام غير موجود في النص ".repeat(20);
    let r = run(
        &env,
        &[
            "annotate",
            "big",
            "--type",
            "met",
            "--from",
            "hammouchi",
            "--to",
            "wray",
            "--quote",
            &quote,
        ],
        Duration::from_secs(30),
    );
    note_cost("annotate, absent 100-word quote, 20 MB document", &r);
    refused(&r.out, &["quote", "big", "help:"]);
}

// ---------------------------------------------------------------------------------------------
// NUL
// ---------------------------------------------------------------------------------------------

#[test]
fn nul_in_a_text_is_handled() {
    let env = env_with_outside("mini");
    let mut t = env.read("docs/visit-2021.txt");
    t.push_str("\0tail\0");
    env.write("docs/visit-2021.txt", &t);
    let [check, query, write] = trio(&env);
    ok(&check);
    ok(&query);
    ok(&write);
}

#[test]
fn raw_nul_in_json_is_a_clear_error_and_escaped_nul_is_handled() {
    let env = env_with_outside("mini");
    let a = env
        .read("actors.json")
        .replacen("Abdellatif", "Abdel\0latif", 1);
    env.write("actors.json", &a);
    corpus_refused(&env, "actors.json", &["actors.json:", "control character"]);

    let env = env_with_outside("mini");
    env.edit_json("actors.json", |v| {
        v["actors"][1]["names"]["en"] = "Christopher\u{0}Wray".into();
    });
    let [check, query, _] = trio(&env);
    ok(&check);
    ok(&query);
    for format in ["graphml", "gexf", "dot", "json"] {
        let r = run(&env, &["export", format], QUICK);
        ok(&r.out);
        if format != "json" {
            assert!(
                !r.out.stdout.contains('\0'),
                "{format} export carries a NUL"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bidi overrides
// ---------------------------------------------------------------------------------------------

const OPENERS: [char; 7] = [
    '\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
];
const CLOSERS: [char; 2] = ['\u{202C}', '\u{2069}'];

/// Whether every line opens no more bidi embeddings, overrides or isolates than it closes: an
/// unclosed one reorders the rest of the line (the next columns) on the reader's screen.
fn bidi_balanced(s: &str) -> Result<(), String> {
    for line in s.lines() {
        let open = line.chars().filter(|c| OPENERS.contains(c)).count();
        let close = line.chars().filter(|c| CLOSERS.contains(c)).count();
        if open > close {
            return Err(format!("unclosed bidi control in {line:?}"));
        }
    }
    Ok(())
}

#[test]
fn bidi_controls_in_a_text_are_handled() {
    let env = env_with_outside("mini");
    let mut t = env.read("docs/visit-2021.txt");
    t.push_str("\u{202E}override\u{202C} \u{2067}isolate\u{2069} \u{202E}unclosed\n");
    env.write("docs/visit-2021.txt", &t);
    let [check, query, write] = trio(&env);
    ok(&check);
    ok(&query);
    ok(&write);
}

/// An actor name with an unclosed right-to-left override: either refused with a clear error, or
/// shown so that it cannot reorder the columns that follow it (Trojan-Source-style spoofing).
#[test]
fn an_unclosed_bidi_override_in_a_name_cannot_spoof_the_output() {
    let env = env_with_outside("mini");
    let add = nothing_written_outside(&env, || {
        run(
            &env,
            &[
                "actor",
                "add",
                "spoof",
                "--kind",
                "person",
                "--name",
                "en=Evil \u{202E}KCATTA Person",
            ],
            QUICK,
        )
        .out
    });
    if add.code != 0 {
        refused(&add, &["spoof", "help:"]);
        return;
    }
    for args in [
        &["actors"][..],
        &["show", "spoof"][..],
        &["neighbors", "hammouchi"][..],
    ] {
        let out = run(&env, args, QUICK).out;
        if let Err(e) = bidi_balanced(&out.stdout) {
            panic!("liaison {}: {e}\n{}", args.join(" "), out.stdout);
        }
    }
    // The same name written into actors.json by hand.
    let env = env_with_outside("mini");
    env.edit_json("actors.json", |v| {
        v["actors"][1]["names"]["en"] = "Christopher \u{202E}yarW".into();
    });
    let check = run(&env, &["check"], QUICK).out;
    if check.code != 0 {
        refused(&check, &["actors.json", "actor wray"]);
        return;
    }
    let out = run(&env, &["actors"], QUICK).out;
    if let Err(e) = bidi_balanced(&out.stdout) {
        panic!("liaison actors: {e}\n{}", out.stdout);
    }
}

// ---------------------------------------------------------------------------------------------
// Lone surrogate escapes
// ---------------------------------------------------------------------------------------------

#[test]
fn lone_surrogate_escapes_are_clear_errors() {
    for (file, from, to) in [
        (
            "actors.json",
            "\"Abdellatif Hammouchi\"",
            "\"Abdellatif \\ud800 Hammouchi\"",
        ),
        ("actors.json", "\"Abdellatif Hammouchi\"", "\"\\udc00\""),
        (
            "schema.json",
            "\"version\"",
            "\"\\ud83d\\u0041\": 1, \"version\"",
        ),
        (
            "docs/visit-2021.json",
            "\"Visit to Washington\"",
            "\"Visit \\ud800\"",
        ),
    ] {
        let env = env_with_outside("mini");
        let content = env.read(file);
        assert!(content.contains(from), "{file} lacks {from}");
        env.write(file, &content.replacen(from, to, 1));
        let name = Path::new(file).file_name().unwrap().to_str().unwrap();
        corpus_refused(&env, &format!("{name}:"), &["surrogate"]);
    }
}

// ---------------------------------------------------------------------------------------------
// Invalid UTF-8
// ---------------------------------------------------------------------------------------------

fn write_bytes(env: &TestEnv, rel: &str, f: impl FnOnce(&mut Vec<u8>)) {
    let p = env.path(rel);
    let mut b = fs::read(&p).unwrap();
    f(&mut b);
    fs::write(&p, b).unwrap();
}

#[test]
fn invalid_utf8_in_each_corpus_file_is_a_clear_error() {
    for file in [
        "actors.json",
        "schema.json",
        "docs/visit-2021.json",
        "docs/visit-2021.txt",
    ] {
        let env = env_with_outside("mini");
        write_bytes(&env, file, |b| {
            let at = b.len() / 2;
            b.splice(at..at, [0xC3, 0x28, 0xFF]);
        });
        let name = Path::new(file).file_name().unwrap().to_str().unwrap();
        corpus_refused(&env, name, &["UTF-8", "byte"]);
    }
}

#[test]
fn invalid_utf8_in_arguments_and_file_names_is_a_clear_error() {
    let env = env_with_outside("mini");
    let bad = OsStr::from_bytes(b"Hamm\xFFouchi");
    for args in [
        vec![OsStr::new("show"), bad],
        vec![OsStr::new("--graph"), bad, OsStr::new("check")],
        vec![
            OsStr::new("annotate"),
            OsStr::new("visit-2021"),
            OsStr::new("--type"),
            OsStr::new("met"),
            OsStr::new("--from"),
            bad,
            OsStr::new("--to"),
            OsStr::new("wray"),
            OsStr::new("--quote"),
            OsStr::new("Hammouchi"),
        ],
    ] {
        let out = nothing_written_outside(&env, || {
            run_with(&env.root, &args, &envs_default(), None, QUICK).out
        });
        sane(&out);
        assert_ne!(out.code, 0, "{:?} was accepted", out.args);
    }
    // A file whose name is not UTF-8 in docs/.
    let p = env
        .graph
        .join("docs")
        .join(OsStr::from_bytes(b"bad-\xFF.txt"));
    fs::write(&p, "text").unwrap();
    let check = run(&env, &["check"], QUICK).out;
    refused(&check, &["docs/bad-", "help:"]);
    // A document to add whose name and content are not UTF-8.
    let env = env_with_outside("mini");
    let f = env
        .root
        .join("outside")
        .join(OsStr::from_bytes(b"art\xFEicle.txt"));
    fs::write(&f, b"Hammouchi \xFF\xFE met Wray").unwrap();
    let out = nothing_written_outside(&env, || {
        let args = [
            OsStr::new("doc"),
            OsStr::new("add"),
            f.as_os_str(),
            OsStr::new("--id"),
            OsStr::new("latin1"),
        ];
        run_with(&env.root, &args, &envs_default(), None, QUICK).out
    });
    sane(&out);
    refused(&out, &["art", "not UTF-8", "iconv"]);
}

#[test]
fn invalid_utf8_in_a_brat_folder_is_a_clear_error() {
    for (txt, ann) in [
        (
            &b"Hammouchi \xFF met Wray.\n"[..],
            &b"T1\tperson 0 9\tHammouchi\n"[..],
        ),
        (
            &b"Hammouchi met Wray.\n"[..],
            &b"T1\tperson 0 9\tHamm\xFFouchi\n"[..],
        ),
    ] {
        let env = env_with_outside("mini");
        let brat = env.root.join("brat");
        fs::create_dir_all(&brat).unwrap();
        fs::write(brat.join("bad.txt"), txt).unwrap();
        fs::write(brat.join("bad.ann"), ann).unwrap();
        let out =
            nothing_written_outside(&env, || run(&env, &["import", "brat", "brat"], QUICK).out);
        refused(&out, &["bad.", "UTF-8"]);
    }
}

// ---------------------------------------------------------------------------------------------
// BOM and CRLF
// ---------------------------------------------------------------------------------------------

#[test]
fn crlf_in_json_files_is_handled() {
    let env = env_with_outside("mini");
    for f in ["actors.json", "schema.json", "docs/visit-2021.json"] {
        let c = env.read(f).replace('\n', "\r\n");
        env.write(f, &c);
    }
    let [check, query, write] = trio(&env);
    ok(&check);
    ok(&query);
    ok(&write);
}

#[test]
fn crlf_in_a_text_is_a_clear_error() {
    let env = env_with_outside("mini");
    let c = env.read("docs/visit-2021.txt").replace('\n', "\r\n");
    env.write("docs/visit-2021.txt", &c);
    corpus_refused(&env, "visit-2021.txt:1:", &["CR line endings", "LF"]);
}

/// A UTF-8 byte-order mark before a JSON file's `{` is named as such (the file is an object, so
/// "must be a JSON object" sends the user looking for the wrong thing) — or skipped.
#[test]
fn a_bom_before_json_is_named_or_skipped() {
    for file in ["actors.json", "schema.json", "docs/visit-2021.json"] {
        let env = env_with_outside("mini");
        write_bytes(&env, file, |b| {
            b.splice(0..0, [0xEF, 0xBB, 0xBF]);
        });
        let check = run(&env, &["check"], QUICK).out;
        if check.code != 0 {
            let name = Path::new(file).file_name().unwrap().to_str().unwrap();
            refused(&check, &[name, "byte-order mark"]);
        }
    }
}

/// A BOM at the start of a document's text shifts every span by one: the checker says so once,
/// rather than reporting every annotation of the document as misplaced.
#[test]
fn a_bom_before_a_text_is_named() {
    let env = env_with_outside("mini");
    write_bytes(&env, "docs/visit-2021.txt", |b| {
        b.splice(0..0, [0xEF, 0xBB, 0xBF]);
    });
    let check = run(&env, &["check"], QUICK).out;
    refused(&check, &["visit-2021.txt", "byte-order mark"]);
}

#[test]
fn doc_add_normalises_bom_and_crlf() {
    let env = env_with_outside("mini");
    let f = env.root.join("outside/article.txt");
    fs::write(
        &f,
        "\u{FEFF}Hammouchi met Wray.\r\nSecond line.\rThird.\r\n",
    )
    .unwrap();
    let out = nothing_written_outside(&env, || {
        run(
            &env,
            &["doc", "add", f.to_str().unwrap(), "--id", "crlf"],
            QUICK,
        )
        .out
    });
    ok(&out);
    assert_eq!(
        env.read("docs/crlf.txt"),
        "Hammouchi met Wray.\nSecond line.\nThird.\n"
    );
    ok(&run(
        &env,
        &[
            "annotate",
            "crlf",
            "--type",
            "met",
            "--from",
            "hammouchi",
            "--to",
            "wray",
            "--quote",
            "Hammouchi met Wray",
        ],
        QUICK,
    )
    .out);
    ok(&run(&env, &["check"], QUICK).out);
}

#[test]
fn crlf_in_a_brat_folder_is_a_clear_error() {
    let env = env_with_outside("mini");
    let brat = env.root.join("brat");
    fs::create_dir_all(&brat).unwrap();
    fs::write(brat.join("crlf.txt"), "Hammouchi met Wray.\r\nMore.\r\n").unwrap();
    fs::write(brat.join("crlf.ann"), "T1\tperson 0 9\tHammouchi\r\n").unwrap();
    let out = nothing_written_outside(&env, || run(&env, &["import", "brat", "brat"], QUICK).out);
    refused(&out, &["crlf.txt", "CR line endings", "LF"]);
}

// ---------------------------------------------------------------------------------------------
// Spans inside a combining mark, and spans out of range
// ---------------------------------------------------------------------------------------------

/// A text whose word carries tashkeel; a relation whose span starts or ends between a letter and
/// its mark (a code-point span cutting a grapheme), or out of range.
#[test]
fn spans_cutting_a_combining_mark_or_out_of_range_are_handled() {
    // "التقى مُحَمَّد" : the marks follow their letters.
    let text = "التقى مُحَمَّد حموشي.\n";
    let chars: Vec<char> = text.chars().collect();
    let mark = chars
        .iter()
        .position(|c| unicode_normalization_is_mark(*c))
        .unwrap() as u32;
    let quote_of = |s: u32, e: u32| chars[s as usize..e as usize].iter().collect::<String>();
    for (span, quote, expect_ok) in [
        // Ends just before a mark: the quote is the letters without it.
        ([0, mark], quote_of(0, mark), true),
        // Starts on a mark.
        ([mark, mark + 3], quote_of(mark, mark + 3), true),
        // A quote with the mark dropped, span as if it were there.
        ([6, mark + 1], quote_of(6, mark), false),
        ([0, u32::MAX], "x".to_string(), false),
        ([u32::MAX, u32::MAX], String::new(), false),
        ([9, 3], "x".to_string(), false),
    ] {
        let env = env_with_outside("mini");
        env.write("docs/marks.txt", text);
        let meta = serde_json::json!({"lang": "ar", "relations": [{
            "id": "marks-r1", "type": "met", "source": "hammouchi", "target": "wray",
            "span": span, "quote": quote
        }]});
        env.write("docs/marks.json", &meta.to_string());
        let [check, query, write] = trio(&env);
        if expect_ok {
            ok(&check);
            ok(&query);
            ok(&write);
        } else {
            for o in [&check, &query, &write] {
                refused(o, &["marks.json", "relation marks-r1", "span"]);
            }
        }
    }
    // annotate on a text whose quote ends in marks: the span covers them.
    let env = env_with_outside("mini");
    env.write("docs/marks.txt", text);
    env.write("docs/marks.json", "{\"lang\": \"ar\"}");
    let out = run(
        &env,
        &[
            "annotate",
            "marks",
            "--type",
            "met",
            "--from",
            "hammouchi",
            "--to",
            "wray",
            "--quote",
            "التقى محمد",
        ],
        QUICK,
    )
    .out;
    ok(&out);
    let q = out.json()["quote"].as_str().unwrap().to_string();
    assert_eq!(q, "التقى مُحَمَّد");
    // A quote made only of marks finds nothing, clearly.
    let out = run(
        &env,
        &[
            "annotate",
            "marks",
            "--type",
            "met",
            "--from",
            "hammouchi",
            "--to",
            "wray",
            "--quote",
            "\u{064F}\u{064E}",
        ],
        QUICK,
    )
    .out;
    refused(&out, &["quote", "marks"]);
}

fn unicode_normalization_is_mark(c: char) -> bool {
    ('\u{064B}'..='\u{0652}').contains(&c)
}

// ---------------------------------------------------------------------------------------------
// Ids like ../../x
// ---------------------------------------------------------------------------------------------

#[test]
fn path_like_ids_are_refused_everywhere() {
    let env = env_with_outside("mini");
    let f = env.root.join("outside/a.txt");
    fs::write(&f, "Hammouchi met Wray.\n").unwrap();
    let fs_ = f.to_str().unwrap();
    let evil = "../../outside/x";
    nothing_written_outside(&env, || {
        for args in [
            vec!["doc", "add", fs_, "--id", evil],
            vec!["doc", "add", fs_, "--id", "../outside/a"],
            vec!["actor", "add", evil, "--kind", "person", "--name", "en=X"],
            vec![
                "annotate",
                evil,
                "--type",
                "met",
                "--from",
                "hammouchi",
                "--to",
                "wray",
                "--quote",
                "x",
            ],
            vec![
                "annotate",
                "visit-2021",
                "--type",
                "met",
                "--from",
                "hammouchi",
                "--to",
                "wray",
                "--quote",
                "Hammouchi met FBI",
                "--id",
                evil,
            ],
            vec!["annotate", "visit-2021", "--remove", evil],
            vec!["suggest", evil],
        ] {
            let out = run(&env, &args, QUICK).out;
            refused(&out, &["help:"]);
            assert!(!env.root.join("x").exists() && !env.root.join("outside/x.txt").exists());
        }
        for args in [
            vec!["show", evil],
            vec!["edges", "--doc", evil],
            vec!["path", evil, "wray"],
        ] {
            let out = run(&env, &args, QUICK).out;
            assert_ne!(out.code, 0, "{args:?} was accepted");
        }
    });
    // Path-like ids written into the files by hand.
    let env = env_with_outside("mini");
    env.edit_json("actors.json", |v| {
        v["actors"][0]["id"] = evil.into();
    });
    corpus_refused(&env, "actors.json", &["../../outside/x", "lowercase"]);
    let env = env_with_outside("mini");
    env.edit_json("docs/visit-2021.json", |v| {
        v["relations"][0]["id"] = evil.into();
    });
    corpus_refused(&env, "visit-2021.json", &["relation id", "rename"]);
    // A brat reference to a path-like actor id, with --create-actors.
    let env = env_with_outside("mini");
    let brat = env.root.join("brat");
    fs::create_dir_all(&brat).unwrap();
    fs::write(brat.join("evil.txt"), "Somebody met Wray.\n").unwrap();
    fs::write(
        brat.join("evil.ann"),
        format!("T1\tperson 0 8\tSomebody\nN1\tReference T1 liaison:{evil}\tSomebody\n"),
    )
    .unwrap();
    let out = nothing_written_outside(&env, || {
        run(&env, &["import", "brat", "brat", "--create-actors"], QUICK).out
    });
    refused(&out, &["evil.ann:", "slug"]);
}

// ---------------------------------------------------------------------------------------------
// Symlinks out of the corpus
// ---------------------------------------------------------------------------------------------

/// A document whose text is a link to a file outside the corpus: refused by the checker (reading
/// it would pull an outside file into the corpus's quotes and exports).
#[test]
fn a_document_linked_out_of_the_corpus_is_refused() {
    let env = env_with_outside("mini");
    fs::write(env.root.join("outside/secret.txt"), "secret outside text\n").unwrap();
    std::os::unix::fs::symlink("../../outside/secret.txt", env.path("docs/leak.txt")).unwrap();
    env.write("docs/leak.json", "{\"lang\": \"en\"}");
    let [check, _, _] = trio(&env);
    refused(&check, &["leak.txt", "link", "outside the corpus"]);
}

/// Special files in docs/: a named pipe (reading it blocks until someone writes) and a link to
/// `/dev/zero` (reading it never ends). Each must be refused as not a regular file, in bounded
/// time and memory.
#[test]
fn a_named_pipe_in_docs_is_refused_in_bounded_time() {
    let env = env_with_outside("mini");
    let fifo = env.path("docs/pipe.txt");
    let c = std::ffi::CString::new(fifo.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    env.write("docs/pipe.json", "{\"lang\": \"en\"}");
    let out = nothing_written_outside(&env, || run(&env, &["check"], QUICK).out);
    refused(&out, &["pipe.txt", "regular file"]);
}

#[test]
fn a_link_to_dev_zero_is_refused_in_bounded_time_and_memory() {
    let env = env_with_outside("mini");
    std::os::unix::fs::symlink("/dev/zero", env.path("docs/zero.txt")).unwrap();
    env.write("docs/zero.json", "{\"lang\": \"en\"}");
    let r = run_limited(
        &env.root,
        &[OsStr::new("check")],
        &envs_default(),
        None,
        QUICK,
        Some(4096),
    );
    sane(&r.out);
    note_cost(
        "check with docs/zero.txt -> /dev/zero (address space capped at 4 GB)",
        &r,
    );
    assert!(
        r.max_rss_mb < 1024,
        "reading docs/zero.txt took {} MB before stopping",
        r.max_rss_mb
    );
    refused(&r.out, &["zero.txt", "regular file"]);
}

/// A document's annotation file that is a link out of the corpus: a write replaces the link in the
/// corpus, never the file it points at.
#[test]
fn a_write_never_goes_through_a_link_out_of_the_corpus() {
    let env = env_with_outside("mini");
    let target = env.root.join("outside/visit-2021.json");
    fs::rename(env.path("docs/visit-2021.json"), &target).unwrap();
    std::os::unix::fs::symlink(&target, env.path("docs/visit-2021.json")).unwrap();
    let before = fs::read(&target).unwrap();
    let out = run(
        &env,
        &[
            "annotate",
            "visit-2021",
            "--type",
            "met",
            "--from",
            "hammouchi",
            "--to",
            "wray",
            "--quote",
            "Hammouchi met FBI Director",
        ],
        QUICK,
    )
    .out;
    assert_eq!(
        fs::read(&target).unwrap(),
        before,
        "the write went through the link into {}",
        target.display()
    );
    if out.code == 0 {
        assert!(!fs::symlink_metadata(env.path("docs/visit-2021.json"))
            .unwrap()
            .file_type()
            .is_symlink());
    } else {
        refused(&out, &["visit-2021.json", "link"]);
    }
}

/// `docs/` itself a link to a folder outside the corpus: a writer must not create files there.
#[test]
fn a_docs_folder_linked_out_of_the_corpus_gets_no_writes() {
    let env = env_with_outside("mini");
    let real = env.root.join("outside/docs");
    fs::rename(env.path("docs"), &real).unwrap();
    std::os::unix::fs::symlink(&real, env.path("docs")).unwrap();
    let f = env.root.join("article.txt");
    fs::write(&f, "Hammouchi met Wray.\n").unwrap();
    let out = nothing_written_outside(&env, || {
        run(
            &env,
            &["doc", "add", f.to_str().unwrap(), "--id", "linked"],
            QUICK,
        )
        .out
    });
    refused(&out, &["docs", "link"]);
}

/// `.liaison/` a link to a folder outside the corpus: the store is not written there.
#[test]
fn a_store_folder_linked_out_of_the_corpus_gets_no_writes() {
    let env = env_with_outside("mini");
    let real = env.root.join("outside/store");
    fs::create_dir_all(&real).unwrap();
    std::os::unix::fs::symlink(&real, env.path(".liaison")).unwrap();
    nothing_written_outside(&env, || {
        for args in [&["build"][..], &["show", "wray"][..]] {
            let _ = run(&env, args, QUICK);
        }
    });
}

/// Exports aimed into the corpus (a typo in `-o`, a folder mixed up): refused, or at least never
/// overwriting a corpus file or leaving files that break the corpus.
#[test]
fn exports_never_overwrite_or_break_the_corpus() {
    for args in [
        &["export", "graphml", "-o", "graph/docs/visit-2021.txt"][..],
        &["export", "json", "-o", "graph/actors.json"][..],
        &["render", "--format", "svg", "-o", "graph/schema.json"][..],
        &["export", "neo4j", "-o", "graph/docs"][..],
        &["export", "brat", "graph/docs"][..],
    ] {
        let env = env_with_outside("mini");
        let before = snapshot(&env.graph, &env.graph.join(".liaison"));
        let out = run(&env, args, QUICK).out;
        let after = snapshot(&env.graph, &env.graph.join(".liaison"));
        let changed: Vec<&PathBuf> = before
            .keys()
            .chain(after.keys())
            .filter(|k| before.get(*k) != after.get(*k))
            .collect();
        assert!(
            changed.is_empty(),
            "liaison {} (exit {}) changed corpus files: {changed:?}",
            args.join(" "),
            out.code
        );
        ok(&run(&env, &["check"], QUICK).out);
    }
}

// ---------------------------------------------------------------------------------------------
// A read-only corpus
// ---------------------------------------------------------------------------------------------

/// The corpus made read-only, and liaison run as a user the permissions bind (root is not bound
/// by them, so as root the run drops to `nobody` with setpriv).
#[test]
fn a_read_only_corpus_answers_queries_and_refuses_writes_clearly() {
    use std::os::unix::fs::PermissionsExt;
    let env = env_with_outside("mini");
    fn chmod_tree(p: &Path, dir_mode: u32, file_mode: u32) {
        for e in fs::read_dir(p).unwrap().flatten() {
            let q = e.path();
            if q.is_dir() {
                chmod_tree(&q, dir_mode, file_mode);
                fs::set_permissions(&q, fs::Permissions::from_mode(dir_mode)).unwrap();
            } else {
                fs::set_permissions(&q, fs::Permissions::from_mode(file_mode)).unwrap();
            }
        }
    }
    chmod_tree(&env.graph, 0o555, 0o444);
    fs::set_permissions(&env.graph, fs::Permissions::from_mode(0o555)).unwrap();
    fs::set_permissions(&env.root, fs::Permissions::from_mode(0o755)).unwrap();
    let root = unsafe { libc::geteuid() } == 0;
    let wrap: Option<&[&str]> = if root {
        if Command::new("setpriv").arg("--version").output().is_err() {
            eprintln!("skipped: running as root without setpriv, permissions would not bind");
            chmod_tree(&env.graph, 0o755, 0o644);
            return;
        }
        let can = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_liaison"))
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !can {
            eprintln!("skipped: user nobody cannot run the binary here");
            chmod_tree(&env.graph, 0o755, 0o644);
            fs::set_permissions(&env.graph, fs::Permissions::from_mode(0o755)).unwrap();
            return;
        }
        Some(&[
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
        ])
    } else {
        None
    };
    let before_corpus = snapshot(&env.root, Path::new("/nonexistent"));
    let go = |args: &[&str]| {
        let a: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let out = run_with(&env.root, &a, &envs_default(), wrap, QUICK).out;
        sane(&out);
        out
    };
    let check = go(&["check"]);
    let show = go(&["show", "wray"]);
    let add = go(&["actor", "add", "x", "--kind", "person", "--name", "en=X"]);
    let annotate = go(&[
        "annotate",
        "visit-2021",
        "--type",
        "met",
        "--from",
        "hammouchi",
        "--to",
        "wray",
        "--quote",
        "Hammouchi met FBI",
    ]);
    let after = snapshot(&env.root, Path::new("/nonexistent"));
    chmod_tree(&env.graph, 0o755, 0o644);
    fs::set_permissions(&env.graph, fs::Permissions::from_mode(0o755)).unwrap();
    ok(&check);
    ok(&show);
    refused(&add, &["graph", "permission denied", "help:"]);
    refused(&annotate, &["graph", "permission denied", "help:"]);
    assert_eq!(before_corpus, after, "a read-only corpus changed");
}

// ---------------------------------------------------------------------------------------------
// --graph at a file, at /, at a folder that is no corpus
// ---------------------------------------------------------------------------------------------

#[test]
fn graph_at_a_file_is_a_clear_error() {
    let env = env_with_outside("mini");
    let f = env.root.join("outside/keep.txt");
    let fs_ = f.to_str().unwrap();
    nothing_written_outside(&env, || {
        for args in [
            vec!["--graph", fs_, "check"],
            vec!["--graph", fs_, "show", "wray"],
            vec![
                "--graph", fs_, "actor", "add", "x", "--kind", "person", "--name", "en=X",
            ],
            vec!["--graph", fs_, "build"],
        ] {
            let out = run(&env, &args, QUICK).out;
            refused(&out, &["keep.txt", "no corpus folder", "--graph"]);
        }
    });
}

/// `--graph /`: the checker and queries say there is no corpus there, and write nothing into `/`.
/// (No writer is run at `/`: see the next test for what a writer does at a folder that is no
/// corpus.)
#[test]
fn graph_at_the_root_folder_is_a_clear_error() {
    let env = env_with_outside("mini");
    let had = Path::new("/.liaison").exists();
    for args in [
        &["--graph", "/", "check"][..],
        &["--graph", "/", "show", "wray"][..],
        &["--graph", "/", "path", "a", "b"][..],
    ] {
        let out = run(&env, args, QUICK).out;
        refused(&out, &["/schema.json", "--graph"]);
    }
    assert_eq!(Path::new("/.liaison").exists(), had, "/.liaison appeared");
}

/// A writer pointed at a folder that is no corpus refuses, and leaves that folder as it was (a
/// lock file left there would, at `--graph /`, be `/.liaison/write.lock`).
#[test]
fn a_writer_at_a_folder_that_is_no_corpus_leaves_it_untouched() {
    let env = env_with_outside("mini");
    let empty = env.root.join("outside/empty");
    fs::create_dir_all(&empty).unwrap();
    let e = empty.to_str().unwrap();
    let f = env.root.join("outside/keep.txt");
    let fs_ = f.to_str().unwrap();
    for args in [
        vec![
            "--graph", e, "actor", "add", "x", "--kind", "person", "--name", "en=X",
        ],
        vec!["--graph", e, "doc", "add", fs_, "--id", "x"],
        vec![
            "--graph", e, "annotate", "x", "--type", "met", "--from", "a", "--to", "b", "--quote",
            "q",
        ],
        vec!["--graph", e, "import", "brat", e],
    ] {
        let out = run(&env, &args, QUICK).out;
        assert_ne!(out.code, 0);
        let left: Vec<PathBuf> = snapshot(&empty, Path::new("/nonexistent"))
            .into_keys()
            .collect();
        assert!(
            left.is_empty(),
            "liaison {} left {left:?} in a folder that is no corpus",
            args.join(" ")
        );
    }
    let out = run(&env, &["--graph", "does/not/exist", "check"], QUICK).out;
    refused(&out, &["does/not/exist", "--graph"]);
}

// ---------------------------------------------------------------------------------------------
// brat .ann lines
// ---------------------------------------------------------------------------------------------

fn brat_env(txt: &str, ann: &str) -> (TestEnv, Out) {
    let env = env_with_outside("mini");
    let brat = env.root.join("brat");
    fs::create_dir_all(&brat).unwrap();
    fs::write(brat.join("b.txt"), txt).unwrap();
    fs::write(brat.join("b.ann"), ann).unwrap();
    let out = nothing_written_outside(&env, || {
        run(&env, &["import", "brat", "brat", "--create-actors"], QUICK).out
    });
    (env, out)
}

/// A T line without a `Reference` line is resolved by its text like a typed name; a T line that
/// covers a 2 MB text must still be refused in bounded time, with a message of readable size.
#[test]
fn a_huge_unreferenced_brat_mention_is_refused_in_bounded_time() {
    // The shipped corpus: its 51 actors' names are what the text is compared with.
    let env = TestEnv::shipped();
    let brat = env.root.join("brat");
    fs::create_dir_all(&brat).unwrap();
    let text: String = "Somebody met somebody else somewhere. "
        .repeat(2 * 1024 * 1024 / 38)
        .trim_end()
        .to_string();
    let n = text.chars().count();
    fs::write(brat.join("long.txt"), format!("{text}\n")).unwrap();
    fs::write(brat.join("long.ann"), format!("T1\tperson 0 {n}\t{text}\n")).unwrap();
    let r = run(&env, &["import", "brat", "brat"], Duration::from_secs(30));
    note_cost("import brat, one 2 MB mention without a Reference line", &r);
    refused(&r.out, &["long.ann:1", "Reference"]);
    assert!(
        r.out.stderr.len() < 20_000,
        "the error is {} bytes long",
        r.out.stderr.len()
    );
}

/// Fragments listed out of order (`14 18;0 9`): the span runs from the first fragment's start to
/// the last one's end, which is backwards here.
#[test]
fn brat_fragments_out_of_order_are_a_clear_error() {
    let (env, out) = brat_env(
        "Hammouchi met Wray in Rabat.\n",
        "T1\tperson 14 18;0 9\tWray Hammouchi\n",
    );
    refused(&out, &["b.ann:1", "offsets"]);
    ok(&run(&env, &["check"], QUICK).out);
}

#[test]
fn hostile_brat_lines_are_clear_errors() {
    let txt = "Hammouchi met Wray in Rabat.\n";
    for (ann, words) in [
        // Offsets past the text, huge, negative, reversed.
        ("T1\tperson 0 999\tx\n", &["b.ann:1", "offsets"][..]),
        ("T1\tperson 0 99999999999999999999\tx\n", &["b.ann:1", "offsets"][..]),
        ("T1\tperson -1 3\tx\n", &["b.ann:1", "offsets"][..]),
        ("T1\tperson 9 0\tx\n", &["b.ann:1", "offsets"][..]),
        ("T1\tperson\tx\n", &["b.ann:1", "offsets"][..]),
        // A relation to nothing, and to itself.
        ("R1\tmet Arg1:T1 Arg2:T2\n", &["b.ann:1", "T1"][..]),
        (
            "T1\tperson 0 9\tHammouchi\nR1\tmet Arg1:T1 Arg2:T1\n",
            &["b.", "itself"][..],
        ),
        ("R1\tmet Arg1:T1\n", &["b.ann:1", "Arg2"][..]),
        // A note claiming an out-of-range span.
        (
            "T1\tperson 0 9\tHammouchi\nT2\tperson 14 18\tWray\nR1\tmet Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes R1\t{\"id\":\"b-r1\",\"span\":[20,4294967295]}\n",
            &["b", "span"][..],
        ),
    ] {
        let (env, out) = brat_env(txt, ann);
        refused(&out, words);
        ok(&run(&env, &["check"], QUICK).out);
    }
}

// ---------------------------------------------------------------------------------------------
// The store file
// ---------------------------------------------------------------------------------------------

/// A store whose payload is damaged but whose header carries a matching checksum (a hand-made or
/// maliciously shipped `.liaison/store.bin`): queries must not read it unchecked.
#[test]
fn a_damaged_store_with_a_valid_checksum_is_not_trusted() {
    for damage in 0..4u8 {
        let env = env_with_outside("mini");
        ok(&run(&env, &["build"], QUICK).out);
        let p = env.path(".liaison/store.bin");
        let mut b = fs::read(&p).unwrap();
        let payload = &mut b[64..];
        let n = payload.len();
        match damage {
            0 => payload.iter_mut().step_by(7).for_each(|x| *x ^= 0x5A),
            1 => payload.iter_mut().for_each(|x| *x = 0xFF),
            2 => payload[n - 64..].iter_mut().for_each(|x| *x = 0x7F),
            _ => payload.reverse(),
        }
        let sum = xxhash_rust::xxh3::xxh3_64(&b[64..]);
        b[24..32].copy_from_slice(&sum.to_le_bytes());
        fs::write(&p, &b).unwrap();
        let _ = fs::remove_file(env.path(".liaison/store.verified"));
        for args in [
            &["show", "wray", "--json"][..],
            &["edges", "--json"][..],
            &["path", "hammouchi", "fbi"][..],
        ] {
            let out = run(&env, args, QUICK).out;
            ok(&out);
        }
        let edges = run(&env, &["edges", "--json"], QUICK).out.json();
        assert_eq!(edges.as_array().unwrap().len(), 7, "damage {damage}");
    }
}

// ---------------------------------------------------------------------------------------------
// Graphviz: no shell, a timeout, failures reported
// ---------------------------------------------------------------------------------------------

/// A folder holding a fake `dot` that runs `script`, put first on PATH.
fn fake_dot(env: &TestEnv, script: &str) -> Vec<(OsString, OsString)> {
    use std::os::unix::fs::PermissionsExt;
    let bin = env.root.join("fakebin");
    fs::create_dir_all(&bin).unwrap();
    let dot = bin.join("dot");
    fs::write(&dot, format!("#!/bin/sh\n{script}\n")).unwrap();
    fs::set_permissions(&dot, fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    vec![(OsString::from("PATH"), OsString::from(path))]
}

fn render(env: &TestEnv, envs: &[(OsString, OsString)], limit: Duration, extra: &[&str]) -> Out {
    let mut args = vec!["render", "-o", "out.svg"];
    args.extend_from_slice(extra);
    let a: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    let out = run_with(&env.root, &a, envs, None, limit).out;
    sane(&out);
    out
}

#[test]
fn graphviz_failure_is_reported() {
    let env = env_with_outside("mini");
    let envs = fake_dot(
        &env,
        "echo 'Error: <stdin>: syntax error in line 1' >&2\nexit 1",
    );
    let out = render(&env, &envs, QUICK, &[]);
    refused(&out, &["Graphviz", "syntax error"]);
    assert!(!env.root.join("out.svg").exists());
    let envs = fake_dot(&env, "kill -9 $$");
    let out = render(&env, &envs, QUICK, &[]);
    refused(&out, &["Graphviz"]);
}

/// A `dot` that never finishes (a pathological layout) is stopped and reported, not waited for.
#[test]
fn graphviz_runs_with_a_timeout() {
    let env = env_with_outside("mini");
    let mut envs = fake_dot(&env, "exec sleep 120");
    envs.push(("LIAISON_GRAPHVIZ_TIMEOUT".into(), "2".into()));
    let out = render(&env, &envs, Duration::from_secs(60), &[]);
    refused(&out, &["Graphviz", "time"]);
}

/// User strings (titles, names) reach Graphviz as data in its input file, never through a shell.
#[test]
fn user_strings_never_reach_a_shell() {
    let env = env_with_outside("mini");
    let marker = env.root.join("pwned");
    let m = marker.to_str().unwrap();
    env.edit_json("actors.json", |v| {
        v["actors"][0]["names"]["en"] = format!("$(touch {m}); `touch {m}` | touch {m}").into();
    });
    // The fake dot records its arguments and writes a tiny SVG.
    let envs = fake_dot(
        &env,
        &format!(
            "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > {root}/dot-args\necho '<svg/>'",
            root = env.root.display()
        ),
    );
    let title = format!("$(touch {m}) `touch {m}` ; touch {m}");
    let out = render(&env, &envs, QUICK, &["--title", &title]);
    ok(&out);
    assert!(!marker.exists(), "a user string was run by a shell");
    let args = fs::read_to_string(env.root.join("dot-args")).unwrap();
    assert!(
        !args.contains("touch"),
        "a user string became an argument of dot:\n{args}"
    );
}

/// Sanity of this file's own helpers.
#[test]
fn helpers_see_a_write_outside() {
    let env = env_with_outside("mini");
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        nothing_written_outside(&env, || {
            fs::write(env.root.join("outside/new.txt"), "x").unwrap();
        })
    }));
    assert!(r.is_err());
    let _ = repo();
}
