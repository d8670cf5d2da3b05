//! The kill test (issue 9): many iterations of concurrent writers (`annotate`, `actor add`,
//! `doc add`) and `build`, each process SIGKILLed at a random moment (or left to finish). After each
//! iteration:
//! - `liaison check` passes;
//! - every write whose process exited 0 before its kill is in the files, and in the answers of
//!   queries (`actors --json`, `edges --json` agree with the files: the store is never stale);
//! - once the next writer has succeeded, no temporary file (`.liaison-tmp-*`) is left in the
//!   corpus.
//!
//! `LIAISON_KILL_ITERATIONS` (default 40) and `LIAISON_KILL_SEED` (default: the clock) set the run;
//! the seed is printed, so a failure is reproduced with
//! `LIAISON_KILL_SEED=S cargo test --release --test tests kill`. Violations are collected over all the
//! iterations (the corpus is restored after one) and reported together.

use crate::common::TestEnv;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// splitmix64: a small seeded generator, so a failing run can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// What a process was asked to write, to look for once it has reported success.
#[derive(Debug, Clone)]
enum Write {
    Relation { doc: String, id: String },
    Actor { id: String },
    Doc { id: String, text: String },
    Build,
}

struct Proc {
    what: Write,
    args: Vec<String>,
    child: Child,
    kill_at: Option<Duration>,
    log: PathBuf,
    /// Exit code, or None when it was killed before it exited.
    code: Option<i32>,
    done: bool,
}

fn spawn(dir: &Path, args: &[String], pause_ms: Option<u64>, log: &Path) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_liaison"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("LIAISON_GRAPH")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(fs::File::create(log).unwrap()));
    match pause_ms {
        Some(ms) => cmd.env(liaison::fsio::PAUSE_ENV, ms.to_string()),
        None => cmd.env_remove(liaison::fsio::PAUSE_ENV),
    };
    cmd.spawn().expect("the liaison binary starts")
}

fn liaison(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(args)
        .current_dir(dir)
        .env_remove("LIAISON_GRAPH")
        .env_remove(liaison::fsio::PAUSE_ENV)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&fs::read(p).unwrap_or_default()).unwrap_or(Value::Null)
}

/// Every `.liaison-tmp-*` file under `dir`.
fn temp_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(temp_files(&p));
        } else if e.file_name().to_string_lossy().starts_with(".liaison-tmp-") {
            out.push(p);
        }
    }
    out
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if e.file_type().unwrap().is_dir() {
            copy_tree(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap();
        }
    }
}

/// Whether a reported write is in the files.
fn present(graph: &Path, w: &Write) -> bool {
    match w {
        Write::Relation { doc, id } => read_json(&graph.join(format!("docs/{doc}.json")))
            ["relations"]
            .as_array()
            .is_some_and(|rs| rs.iter().any(|r| r["id"] == id.as_str())),
        Write::Actor { id } => read_json(&graph.join("actors.json"))["actors"]
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x["id"] == id.as_str())),
        Write::Doc { id, text } => {
            fs::read_to_string(graph.join(format!("docs/{id}.txt")))
                .ok()
                .as_deref()
                == Some(text.as_str())
                && graph.join(format!("docs/{id}.json")).is_file()
        }
        Write::Build => true,
    }
}

/// Actor ids and relation ids as the files have them.
fn ids_in_files(graph: &Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let actors = read_json(&graph.join("actors.json"))["actors"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let mut rels = BTreeSet::new();
    for e in fs::read_dir(graph.join("docs")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") && !name.starts_with('.') {
            if let Some(rs) = read_json(&e.path())["relations"].as_array() {
                rels.extend(rs.iter().filter_map(|r| r["id"].as_str().map(String::from)));
            }
        }
    }
    (actors, rels)
}

fn ids_in_answer(stdout: &str) -> BTreeSet<String> {
    serde_json::from_str::<Value>(stdout)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|x| x["id"].as_str().map(String::from))
        .collect()
}

#[test]
fn writers_and_builds_killed_at_random_moments_lose_nothing_reported_done() {
    let iterations = env_u64("LIAISON_KILL_ITERATIONS").unwrap_or(40);
    let seed = env_u64("LIAISON_KILL_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
    });
    eprintln!(
        "kill test: {iterations} iterations, seed {seed} (replay: LIAISON_KILL_SEED={seed} LIAISON_KILL_ITERATIONS={iterations})"
    );
    let mut rng = Rng(seed);
    let env = TestEnv::fixture("mini");
    let logs = env.root.join("logs");
    let texts = env.root.join("texts");
    fs::create_dir_all(&logs).unwrap();
    fs::create_dir_all(&texts).unwrap();
    let started = Instant::now();
    let mut violations: Vec<String> = Vec::new();
    let (mut killed, mut finished, mut done_writes) = (0usize, 0usize, 0usize);

    for it in 0..iterations {
        let backup = env.root.join("backup");
        let _ = fs::remove_dir_all(&backup);
        copy_tree(&env.graph, &backup);

        // 2 to 5 writers and, most of the time, a build.
        let mut plan: Vec<Write> = Vec::new();
        for j in 0..2 + rng.below(4) {
            plan.push(match rng.below(3) {
                0 => Write::Relation {
                    doc: "visit-2021".into(),
                    id: format!("kill-{it}-{j}"),
                },
                1 => Write::Actor {
                    id: format!("k-{it}-{j}"),
                },
                _ => Write::Doc {
                    id: format!("kd-{it}-{j}"),
                    text: format!("Hammouchi met Wray, iteration {it}, writer {j}.\n"),
                },
            });
        }
        if rng.below(4) != 0 {
            plan.push(Write::Build);
        }
        let mut procs: Vec<Proc> = Vec::new();
        for (j, what) in plan.into_iter().enumerate() {
            let args: Vec<String> = match &what {
                Write::Relation { doc, id } => [
                    "annotate",
                    doc,
                    "--type",
                    "met",
                    "--from",
                    "hammouchi",
                    "--to",
                    "wray",
                    "--quote",
                    "Hammouchi met FBI Director",
                    "--id",
                    id,
                ]
                .map(String::from)
                .to_vec(),
                Write::Actor { id } => [
                    "actor",
                    "add",
                    id,
                    "--kind",
                    "person",
                    "--name",
                    &format!("en=Person {id}"),
                ]
                .map(String::from)
                .to_vec(),
                Write::Doc { id, text } => {
                    let f = texts.join(format!("{id}.txt"));
                    fs::write(&f, text).unwrap();
                    [
                        "doc",
                        "add",
                        f.to_str().unwrap(),
                        "--id",
                        id,
                        "--lang",
                        "en",
                    ]
                    .map(String::from)
                    .to_vec()
                }
                Write::Build => vec!["build".to_string()],
            };
            // A third of the processes pause before each rename, so kills land at the worst moment.
            let pause = (rng.below(3) == 0).then(|| 20 + rng.below(60));
            // Most are killed somewhere in the first 250 ms; some are left to finish.
            let kill_at = (rng.below(5) != 0).then(|| Duration::from_millis(rng.below(250)));
            let log = logs.join(format!("{it}-{j}.log"));
            let child = spawn(&env.root, &args, pause, &log);
            procs.push(Proc {
                what,
                args,
                child,
                kill_at,
                log,
                code: None,
                done: false,
            });
        }
        let t0 = Instant::now();
        while procs.iter().any(|p| !p.done) {
            for p in procs.iter_mut().filter(|p| !p.done) {
                if let Some(st) = p.child.try_wait().unwrap() {
                    p.code = st.code();
                    p.done = true;
                    finished += 1;
                } else if p.kill_at.is_some_and(|k| t0.elapsed() >= k)
                    || t0.elapsed() > Duration::from_secs(60)
                {
                    let _ = p.child.kill(); // SIGKILL on Unix
                    let st = p.child.wait().unwrap();
                    // It may have exited on its own just before the signal.
                    p.code = st.code();
                    p.done = true;
                    if p.code.is_none() {
                        killed += 1;
                    } else {
                        finished += 1;
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(1));
        }

        let mut bad = |what: String| violations.push(format!("iteration {it}: {what}"));
        // Whatever was killed, the corpus checks…
        let (code, _, stderr) = liaison(&env.root, &["check"]);
        let mut broken = code != 0;
        if broken {
            bad(format!("`liaison check` fails after the kills:\n{stderr}"));
        }
        // …every write reported done is there…
        for p in &procs {
            if p.code == Some(0) {
                done_writes += 1;
                if !present(&env.graph, &p.what) {
                    broken = true;
                    bad(format!(
                        "`liaison {}` exited 0 but its write is missing",
                        p.args.join(" ")
                    ));
                }
            } else if let Some(c) = p.code {
                let log = fs::read_to_string(&p.log).unwrap_or_default();
                if log.contains("panicked") || c > 2 {
                    bad(format!("`liaison {}` exited {c}:\n{log}", p.args.join(" ")));
                }
            }
        }
        // …and the answers agree with the files (no stale store or overlay).
        if !broken {
            let (actors, rels) = ids_in_files(&env.graph);
            let (c1, out_a, err_a) = liaison(&env.root, &["actors", "--json"]);
            let (c2, out_e, err_e) = liaison(&env.root, &["edges", "--json"]);
            if c1 != 0 || c2 != 0 {
                bad(format!("queries fail after the kills:\n{err_a}\n{err_e}"));
            } else {
                if ids_in_answer(&out_a) != actors {
                    bad(format!(
                        "`actors --json` disagrees with actors.json: {:?}",
                        actors
                            .symmetric_difference(&ids_in_answer(&out_a))
                            .collect::<Vec<_>>()
                    ));
                }
                if ids_in_answer(&out_e) != rels {
                    bad(format!(
                        "`edges --json` disagrees with the documents: {:?}",
                        rels.symmetric_difference(&ids_in_answer(&out_e))
                            .collect::<Vec<_>>()
                    ));
                }
            }
            // The next successful writer leaves no temporary file behind, its own or a killed one's.
            let (c, _, err) = liaison(
                &env.root,
                &[
                    "actor",
                    "add",
                    &format!("clean-{it}"),
                    "--kind",
                    "person",
                    "--name",
                    &format!("en=Cleaner {it}"),
                ],
            );
            if c != 0 {
                bad(format!("the writer after the kills fails:\n{err}"));
            } else {
                let left = temp_files(&env.graph);
                if !left.is_empty() {
                    bad(format!(
                        "temporary files left after the next successful writer: {left:?}"
                    ));
                }
            }
        }
        if broken || !temp_files(&env.graph).is_empty() {
            // Start the next iteration from the last good state, so one failure does not hide
            // the others.
            fs::remove_dir_all(&env.graph).unwrap();
            copy_tree(&backup, &env.graph);
            let _ = fs::remove_dir_all(env.graph.join(".liaison"));
        }
    }
    eprintln!(
        "kill test: {iterations} iterations in {:.1} s: {killed} processes killed, {finished} finished ({done_writes} writes reported done), {} violations",
        started.elapsed().as_secs_f64(),
        violations.len()
    );
    // One line per kind of violation first, then the details.
    let mut kinds: Vec<String> = violations
        .iter()
        .map(|v| {
            v.split_once(": ")
                .map_or(v.as_str(), |x| x.1)
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(60)
                .collect()
        })
        .collect();
    kinds.sort();
    let mut counted: Vec<String> = Vec::new();
    for k in &kinds {
        match counted.last_mut() {
            Some(last) if last.ends_with(&format!("] {k}")) => {
                let (n, rest) = last.trim_start_matches('[').split_once("] ").unwrap();
                *last = format!("[{}] {rest}", n.parse::<usize>().unwrap() + 1);
            }
            _ => counted.push(format!("[1] {k}")),
        }
    }
    let kinds = counted;
    assert!(
        violations.is_empty(),
        "seed {seed}: {} violations in {iterations} iterations (replay: LIAISON_KILL_SEED={seed} LIAISON_KILL_ITERATIONS={iterations} cargo test --release --test tests kill)\nkinds:\n  {}\n\n{}",
        violations.len(),
        kinds.join("\n  "),
        violations
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
