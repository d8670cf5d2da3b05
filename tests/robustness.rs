//! Property tests: no input makes liaison panic, and name folding keeps its map to the source.

use crate::common::repo;
use liaison::model::DateRange;
use liaison::text::{fold, fold_mapped};
use proptest::prelude::*;
use std::fs;

/// A copy of the mini fixture with one file replaced by `content`.
fn corpus_with(file: &str, content: &[u8]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let src = repo().join("tests/fixtures/mini");
    fs::create_dir_all(tmp.path().join("docs")).unwrap();
    for rel in [
        "schema.json",
        "actors.json",
        "docs/visit-2021.txt",
        "docs/visit-2021.json",
        "docs/tipoff-2020.txt",
        "docs/tipoff-2020.json",
    ] {
        fs::copy(src.join(rel), tmp.path().join(rel)).unwrap();
    }
    fs::write(tmp.path().join(file), content).unwrap();
    tmp
}

/// A JSON file of the fixture with a few bytes changed, inserted or cut.
fn mutated(original: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = original.len();
    proptest::collection::vec((0..len, any::<u8>(), 0..3u8), 1..6).prop_map(move |edits| {
        let mut b = original.clone();
        for (at, byte, how) in edits {
            let at = at.min(b.len().saturating_sub(1));
            match how {
                0 => b[at] = byte,
                1 => b.insert(at, byte),
                _ => {
                    b.remove(at);
                }
            }
        }
        b
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_checker_never_panics_on_a_damaged_document(
        content in mutated(fs::read(repo().join("tests/fixtures/mini/docs/tipoff-2020.json")).unwrap())
    ) {
        let dir = corpus_with("docs/tipoff-2020.json", &content);
        // Either it still checks, or it says what is wrong; it never panics.
        if let Err(problems) = liaison::corpus::load(dir.path()) {
            prop_assert!(!problems.is_empty());
            for p in problems {
                prop_assert!(!p.message.is_empty() && !p.help.is_empty());
            }
        }
    }

    #[test]
    fn the_checker_never_panics_on_damaged_actors(
        content in mutated(fs::read(repo().join("tests/fixtures/mini/actors.json")).unwrap())
    ) {
        let dir = corpus_with("actors.json", &content);
        let _ = liaison::corpus::load(dir.path());
    }

    #[test]
    fn the_checker_never_panics_on_any_text(text in any::<Vec<u8>>()) {
        let dir = corpus_with("docs/visit-2021.txt", &text);
        prop_assert!(liaison::corpus::load(dir.path()).is_err() || text == fs::read(repo().join("tests/fixtures/mini/docs/visit-2021.txt")).unwrap());
    }

    #[test]
    fn dates_never_panic(s in "\\PC{0,24}") {
        let _ = DateRange::parse(&s);
    }

    #[test]
    fn folding_maps_every_character_back_to_its_source(s in "\\PC{0,40}") {
        let (folded, map) = fold_mapped(&s);
        let n = s.chars().count() as u32;
        prop_assert_eq!(folded.chars().count(), map.len());
        prop_assert!(map.windows(2).all(|w| w[0] <= w[1]), "the map runs forward");
        prop_assert!(map.iter().all(|&i| i < n));
        // Folding is idempotent: a folded name folds to itself.
        prop_assert_eq!(fold(&folded), folded.clone());
    }
}

/// Graphviz runs with a deadline, and its failure reaches the user with what it said.
#[test]
fn graphviz_hangs_and_failures_are_reported() {
    let env = crate::common::TestEnv::fixture("mini");
    let bin = env.root.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = |name: &str, body: &str| {
        let p = bin.join(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    };
    let hang = script("dot-hangs", "sleep 30");
    let fail = script(
        "dot-fails",
        "cat >/dev/null; echo 'Error: syntax error in line 1' >&2; exit 1",
    );
    let run = |dot: &std::path::Path| {
        let started = std::time::Instant::now();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_liaison"))
            .args(["render", "-o", "out.svg"])
            .current_dir(&env.root)
            .env_remove("LIAISON_GRAPH")
            .env("LIAISON_DOT", dot)
            .env("LIAISON_GRAPHVIZ_TIMEOUT", "1")
            .output()
            .unwrap();
        (out, started.elapsed())
    };
    let (out, took) = run(&hang);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("did not finish within 1 s"), "{stderr}");
    assert!(took < std::time::Duration::from_secs(10), "took {took:?}");
    let (out, _) = run(&fail);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("syntax error in line 1"), "{stderr}");
    assert!(!env.root.join("out.svg").exists());
}
