//! The compiled store is never stale and never trusted when damaged.

use crate::common::TestEnv;
use serde_json::json;
use std::fs;

const STORE: &str = ".liaison/store.bin";

fn date_of(env: &TestEnv, rel: &str) -> serde_json::Value {
    let v = env
        .run(&["edges", "--doc", "tipoff-2020", "--json"])
        .ok()
        .json();
    v.as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == rel)
        .unwrap()["date"]
        .clone()
}

#[test]
fn the_first_query_builds_the_store_and_later_ones_reuse_it() {
    let env = TestEnv::fixture("mini");
    assert!(!env.path(STORE).exists());
    env.run(&["stats"]).ok();
    let first = fs::metadata(env.path(STORE)).unwrap().modified().unwrap();
    env.run(&["stats"]).ok();
    let second = fs::metadata(env.path(STORE)).unwrap().modified().unwrap();
    assert_eq!(
        first, second,
        "an unchanged corpus must not rebuild the store"
    );
}

#[test]
fn an_edit_is_seen_by_the_very_next_query() {
    let env = TestEnv::fixture("mini");
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2020"));
    // Same length, same second: only the content hash can tell.
    env.edit_json("docs/tipoff-2020.json", |v| {
        v["relations"][0]["date"] = json!("2019")
    });
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2019"));
    env.edit_json("docs/tipoff-2020.json", |v| {
        v["relations"][0]["date"] = json!("2020-05")
    });
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2020-05"));
}

#[test]
fn added_and_removed_documents_are_seen() {
    let env = TestEnv::fixture("mini");
    env.run(&["stats", "--json"]).ok();
    fs::remove_file(env.path("docs/visit-2021.json")).unwrap();
    fs::remove_file(env.path("docs/visit-2021.txt")).unwrap();
    let v = env.run(&["stats", "--json"]).ok().json();
    assert_eq!(v["documents"], json!(1));
    assert_eq!(v["relations"], json!(4));
    env.write("docs/extra.txt", "Nothing here.\n");
    env.write("docs/extra.json", "{\"title\": \"Extra\"}");
    let v = env.run(&["stats", "--json"]).ok().json();
    assert_eq!(v["documents"], json!(2));
}

#[test]
fn a_broken_edit_is_refused_even_with_a_store_in_place() {
    let env = TestEnv::fixture("mini");
    env.run(&["stats"]).ok();
    env.edit_json("docs/tipoff-2020.json", |v| {
        v["relations"][0]["source"] = json!("ghost")
    });
    env.run(&["stats"])
        .code(2)
        .stderr_has("unknown source actor \"ghost\"");
}

#[test]
fn a_corrupt_truncated_or_foreign_store_is_rebuilt() {
    type Damage = fn(&mut Vec<u8>);
    let damage: &[(&str, Damage)] = &[
        ("garbage", |b| {
            b.iter_mut().skip(100).step_by(7).for_each(|x| *x ^= 0x5a)
        }),
        ("truncated", |b| b.truncate(b.len() / 2)),
        ("empty", |b| b.clear()),
        ("other format version", |b| {
            b[8..12].copy_from_slice(&999u32.to_le_bytes())
        }),
        ("not a store", |b| {
            *b = b"hello world, this is not a store at all, not even close......".to_vec()
        }),
    ];
    for (name, f) in damage {
        let env = TestEnv::fixture("mini");
        let want = env.run(&["edges", "--json"]).ok().stdout.clone();
        let mut bytes = fs::read(env.path(STORE)).unwrap();
        f(&mut bytes);
        fs::write(env.path(STORE), &bytes).unwrap();
        let got = env.run(&["edges", "--json"]);
        got.ok().no_panic();
        assert_eq!(got.stdout, want, "after damage {name:?} the answer changed");
        let rebuilt = fs::read(env.path(STORE)).unwrap();
        assert_eq!(
            &rebuilt[..7],
            b"LIAISON",
            "after damage {name:?} the store was not rewritten"
        );
    }
}

#[test]
fn build_forces_a_rebuild_and_reports_counts() {
    let env = TestEnv::fixture("mini");
    env.run(&["build"])
        .ok()
        .stdout_has("2 documents, 8 actors, 7 relations");
    assert!(env.path(STORE).exists());
}

#[test]
fn a_clean_check_leaves_a_store_the_next_query_uses() {
    let env = TestEnv::fixture("mini");
    env.run(&["check"]).ok();
    let built = fs::metadata(env.path(STORE)).unwrap().modified().unwrap();
    env.run(&["stats"]).ok();
    assert_eq!(
        fs::metadata(env.path(STORE)).unwrap().modified().unwrap(),
        built
    );
}
