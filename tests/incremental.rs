//! A store brought up to date document by document answers exactly as one rebuilt from scratch.

use crate::common::{assert_same_text, TestEnv};
use serde_json::{json, Value};
use std::fs;

/// A small synthetic corpus in a temporary folder.
fn synth_env() -> TestEnv {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("corpus");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args([
            "synth",
            "--out",
            out.to_str().unwrap(),
            "--actors",
            "300",
            "--relations",
            "3000",
            "--docs",
            "30",
            "--seed",
            "7",
        ])
        .status()
        .unwrap();
    assert!(status.success());
    TestEnv::from_dir(&out)
}

// Persons of the seed-7 corpus (ids are by kind: `p` persons, `a` agencies).
const P1: &str = "p000031";
const P2: &str = "p000262";

const QUERIES: &[&[&str]] = &[
    &["edges", "--json"],
    &["stats", "--json"],
    &["show", "a000016", "--json"],
    &["neighbors", "a000016", "--depth", "2", "--json"],
    &["path", P1, P2, "--json"],
    &["path", P1, P2, "--all", "--json"],
    &["edges", "--doc", "synth-000003", "--json"],
    &[
        "edges", "--type", "met", "--since", "2010", "--until", "2015-06", "--json",
    ],
];

fn answers(env: &TestEnv) -> Vec<String> {
    QUERIES
        .iter()
        .map(|q| env.run(q).ok().stdout.clone())
        .collect()
}

#[test]
fn incremental_updates_agree_with_a_rebuild() {
    let env = synth_env();
    env.run(&["build"]).ok();
    // Change one relation, drop another, add one, in one document.
    env.edit_json("docs/synth-000003.json", |v| {
        let rels = v["relations"].as_array_mut().unwrap();
        rels[0]["date"] = json!("2011-02");
        rels.remove(1);
        let mut extra = rels[2].clone();
        extra["id"] = json!("synth-000003-extra");
        extra["type"] = json!("cooperated");
        extra["source"] = json!("a000016");
        rels.push(extra);
    });
    // Remove a document, add a new one.
    fs::remove_file(env.path("docs/synth-000010.json")).unwrap();
    fs::remove_file(env.path("docs/synth-000010.txt")).unwrap();
    env.write("docs/aaa-new.txt", "Another report.\n");
    let quote = "Another report.";
    env.write(
        "docs/aaa-new.json",
        &json!({"title": "New", "relations": [{"id": "aaa-new-r1", "type": "met", "source": P1, "target": P2, "span": [0, 15], "quote": quote}]}).to_string(),
    );
    let incremental = answers(&env);
    assert!(
        env.path(".liaison/overlay.bin").exists(),
        "the update should have used the overlay"
    );
    // The new meeting is a one-hop path.
    let v: Value = serde_json::from_str(&incremental[4]).unwrap();
    assert_eq!(v["hops"].as_array().unwrap().len(), 1);
    env.run(&["build"]).ok();
    assert!(!env.path(".liaison/overlay.bin").exists());
    let rebuilt = answers(&env);
    for (q, (a, b)) in QUERIES.iter().zip(incremental.iter().zip(&rebuilt)) {
        eprintln!("comparing {q:?}");
        assert_same_text(b, a);
    }
}

#[test]
fn successive_edits_and_a_bad_one() {
    let env = synth_env();
    env.run(&["stats"]).ok();
    for round in 0..3 {
        env.edit_json("docs/synth-000001.json", |v| {
            v["relations"][0]["date"] = json!(format!("200{round}"))
        });
        let v = env
            .run(&["edges", "--doc", "synth-000001", "--json"])
            .ok()
            .json();
        assert_eq!(v[0]["date"], json!(format!("200{round}")));
    }
    // A duplicate relation id across documents is caught by the update too.
    env.edit_json("docs/synth-000002.json", |v| {
        v["relations"][0]["id"] = json!("synth-000005-r1")
    });
    env.run(&["stats"])
        .code(2)
        .stderr_has("synth-000002.json: relation synth-000005-r1: duplicate relation id \"synth-000005-r1\": also used in document synth-000005");
    // A change to the actors rebuilds everything, and still answers.
    env.edit_json("docs/synth-000002.json", |v| {
        v["relations"][0]["id"] = json!("synth-000002-r1")
    });
    env.edit_json("actors.json", |v| {
        v["actors"][0]["aliases"] = json!(["Somewhere"])
    });
    env.run(&["show", "Somewhere", "--json"]).ok();
    assert!(!env.path(".liaison/overlay.bin").exists());
}

#[test]
fn synth_is_deterministic_and_checks() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |out: &str, seed: &str| {
        let dir = tmp.path().join(out);
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_liaison"))
            .args([
                "synth",
                "--out",
                dir.to_str().unwrap(),
                "--actors",
                "200",
                "--relations",
                "1000",
                "--docs",
                "5",
                "--seed",
                seed,
            ])
            .status()
            .unwrap();
        assert!(status.success());
        dir
    };
    let (a, b, c) = (run("a", "3"), run("b", "3"), run("c", "4"));
    let files = |d: &std::path::Path| -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> = walk(d)
            .into_iter()
            .map(|p| {
                (
                    p.strip_prefix(d).unwrap().display().to_string(),
                    fs::read(&p).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        files(&a),
        files(&b),
        "the same seed must give the same corpus"
    );
    assert_ne!(files(&a), files(&c), "another seed gives another corpus");
    let env = TestEnv::from_dir(&a);
    env.run(&["check"])
        .ok()
        .stdout_has("ok, 5 documents, 200 actors, 1000 relations");
    // Arabic text, Arabic and Latin names, dated relations, a hub.
    let v = env.run(&["stats", "--json"]).ok().json();
    assert!(
        v["most_connected"][0]["relations"].as_u64().unwrap() > 50,
        "a hub agency"
    );
    let rels = env.run(&["edges", "--json"]).ok().json();
    let dated = rels
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["date"].is_null())
        .count();
    assert!(dated > 500, "most relations are dated");
    assert!(rels[0]["quote"]
        .as_str()
        .unwrap()
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    assert!(
        rels[0]["source"]["names"]["en"].is_string()
            && rels[0]["source"]["names"]["ar"].is_string()
    );
}

fn walk(d: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(d).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
