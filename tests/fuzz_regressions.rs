//! The fuzz corpus as a test: every committed input under `fuzz/seeds/TARGET/` and
//! `fuzz/regressions/TARGET/` is run through the same function the fuzz target runs
//! (`fuzz/src/lib.rs`, `targets::TARGET`, included here), so `cargo test` replays the regression
//! corpus without cargo-fuzz or a nightly toolchain.
//!
//! Each input runs in a child process (this test binary again, running only [`replay_one`]): a
//! crash such as a segmentation fault fails that input instead of taking every test down.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod fuzz_lib;

use crate::common::repo;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set to `TARGET` and `FILE` (tab-separated), makes [`replay_one`] run that one input.
const ONE: &str = "LIAISON_FUZZ_REPLAY_ONE";

/// The child's side: runs one input through its target. Without the variable, does nothing.
#[test]
fn replay_one() {
    let Ok(what) = std::env::var(ONE) else {
        return;
    };
    let (target, file) = what.split_once('\t').expect("TARGET\\tFILE");
    let data = std::fs::read(file).expect("the input is readable");
    let (_, run) = fuzz_lib::targets::ALL
        .iter()
        .find(|(n, _)| *n == target)
        .expect("a known target");
    run(&data);
}

#[test]
fn every_fuzz_seed_and_regression_replays_cleanly() {
    let exe = std::env::current_exe().unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for (target, _) in fuzz_lib::targets::ALL {
        for kind in ["seeds", "regressions"] {
            let dir = repo().join("fuzz").join(kind).join(target);
            let Ok(rd) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut files: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
            files.sort();
            for f in files.into_iter().filter(|f| f.is_file()) {
                count += 1;
                let mut child = Command::new(&exe)
                    .args(["--exact", "fuzz_regressions::replay_one", "--nocapture"])
                    .env(ONE, format!("{target}\t{}", f.display()))
                    .env("RUST_BACKTRACE", "0")
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                let started = Instant::now();
                let status = loop {
                    if let Some(s) = child.try_wait().unwrap() {
                        break Some(s);
                    }
                    if started.elapsed() > Duration::from_secs(60) {
                        let _ = child.kill();
                        let _ = child.wait();
                        break None;
                    }
                    std::thread::sleep(Duration::from_millis(10));
                };
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    use std::io::Read;
                    let _ = e.read_to_string(&mut err);
                }
                match status {
                    Some(s) if s.success() => {}
                    Some(s) => failures.push(format!(
                        "{target} {}: {s}\n{}",
                        f.display(),
                        err.lines()
                            .filter(|l| l.contains("panicked") || l.contains("assert"))
                            .take(3)
                            .collect::<Vec<_>>()
                            .join("\n")
                    )),
                    None => failures.push(format!("{target} {}: hang (over 60 s)", f.display())),
                }
            }
        }
    }
    assert!(
        count > 0,
        "no fuzz inputs found under fuzz/seeds and fuzz/regressions"
    );
    assert!(
        failures.is_empty(),
        "{} of {count} fuzz inputs fail (replay one: `cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O TARGET FILE`):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
