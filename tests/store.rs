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

/// Gives a store file's header the length and checksum of the payload after it, as a crafted file
/// would have.
fn restamp(bytes: &mut [u8]) {
    let len = (bytes.len() - 64) as u64;
    bytes[16..24].copy_from_slice(&len.to_le_bytes());
    let sum = xxhash_rust::xxh3::xxh3_64(&bytes[64..]);
    bytes[24..32].copy_from_slice(&sum.to_le_bytes());
}

/// Rewrites a file in place (same inode) and puts its modification time back, as a tool that
/// keeps mtimes would: only the inode change time tells.
fn rewrite_keeping_mtime(path: &std::path::Path, bytes: &[u8]) {
    use std::io::Write;
    let mtime = fs::metadata(path).unwrap().modified().unwrap();
    let mut f = fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)
        .unwrap();
    f.write_all(bytes).unwrap();
    f.set_modified(mtime).unwrap();
}

#[test]
fn a_store_with_a_valid_checksum_but_a_foreign_payload_is_rebuilt() {
    #[derive(rkyv::Archive, rkyv::Serialize)]
    struct Inner {
        offsets: Vec<u64>,
    }
    #[derive(rkyv::Archive, rkyv::Serialize)]
    struct Other {
        names: Vec<String>,
        offsets: Vec<u64>,
        inner: Option<Box<Inner>>,
    }
    type Craft = fn(&[u8], &[u8]) -> Vec<u8>;
    // Each makes a payload from the genuine store's payload and the overlay's.
    let crafts: &[(&str, Craft)] = &[
        ("garbage of the same length", |store, _| {
            let mut x = 0x9e37_79b9_7f4a_7c15u64;
            store
                .iter()
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect()
        }),
        ("zeros of the same length", |store, _| vec![0; store.len()]),
        ("every pointer shifted", |store, _| {
            let mut p = store.to_vec();
            p.iter_mut()
                .skip(3)
                .step_by(16)
                .for_each(|b| *b = b.wrapping_add(0x40));
            p
        }),
        ("the overlay's archive, another structure", |_, overlay| {
            overlay.to_vec()
        }),
        ("an archive of an unrelated type", |_, _| {
            let other = Other {
                names: vec!["fbi".into(); 40],
                offsets: (0..500).map(|i| i * 0x0101_0101).collect(),
                inner: Some(Box::new(Inner {
                    offsets: vec![u64::MAX; 9],
                })),
            };
            rkyv::to_bytes::<rkyv::rancor::Error>(&other)
                .unwrap()
                .to_vec()
        }),
    ];
    for (name, craft) in crafts {
        let env = TestEnv::fixture("mini");
        let want = env.run(&["edges", "--json"]).ok().stdout.clone();
        // An overlay, for its payload: an edit, then the query that compiles it.
        let doc = env.read("docs/tipoff-2020.json");
        env.edit_json("docs/tipoff-2020.json", |v| {
            v["relations"][0]["note"] = json!("an overlay")
        });
        env.run(&["stats"]).ok();
        let overlay = fs::read(env.path(".liaison/overlay.bin")).unwrap();
        env.write("docs/tipoff-2020.json", &doc);
        env.run(&["build"]).ok();
        assert_eq!(env.run(&["edges", "--json"]).ok().stdout, want);
        let genuine = fs::read(env.path(STORE)).unwrap();
        let mut bytes = genuine[..64].to_vec();
        bytes.extend(craft(&genuine[64..], &overlay[64..]));
        restamp(&mut bytes);
        rewrite_keeping_mtime(&env.path(STORE), &bytes);
        for _ in 0..2 {
            let got = env.run(&["edges", "--json"]);
            got.no_panic().ok();
            assert_eq!(got.stdout, want, "after {name:?} the answer changed");
        }
        let rebuilt = fs::read(env.path(STORE)).unwrap();
        assert!(
            rebuilt != bytes && rebuilt.starts_with(b"LIAISON"),
            "after {name:?} the store was not rebuilt"
        );
    }
}

#[test]
fn a_copied_store_and_its_note_are_checked_again() {
    // `cp -p` or tar keep mtimes, and the note comes along: the copy is a different file.
    let env = TestEnv::fixture("mini");
    let want = env.run(&["edges", "--json"]).ok().stdout.clone();
    let note = env.read(".liaison/store.verified");
    assert!(note.starts_with("checksum and archive verified:"), "{note}");
    let genuine = fs::read(env.path(STORE)).unwrap();
    let mtime = fs::metadata(env.path(STORE)).unwrap().modified().unwrap();
    let mut bytes = genuine.clone();
    let n = bytes.len();
    bytes[64..n].iter_mut().for_each(|b| *b = !*b);
    restamp(&mut bytes);
    fs::remove_file(env.path(STORE)).unwrap();
    fs::write(env.path(STORE), &bytes).unwrap();
    fs::File::options()
        .write(true)
        .open(env.path(STORE))
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    fs::write(env.path(".liaison/store.verified"), &note).unwrap();
    let got = env.run(&["edges", "--json"]);
    got.no_panic().ok();
    assert_eq!(got.stdout, want);
}

/// The time recorded in the store's verified note up to which the corpus files were verified by
/// content (0 for never).
fn settled(env: &TestEnv) -> u64 {
    let note = env.read(".liaison/store.verified");
    note.lines()
        .find_map(|l| l.strip_prefix("settled "))
        .map_or(0, |n| n.parse().unwrap())
}

#[test]
fn files_verified_once_their_mtime_is_old_are_then_only_stat_ed() {
    let env = TestEnv::fixture("mini");
    // The fixture was just copied: every file is within two seconds of the build, so each query
    // compares them by content, and an edit in the same mtime tick is seen.
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2020"));
    assert_eq!(settled(&env), 0);
    std::thread::sleep(std::time::Duration::from_millis(2200));
    // Verified by content now that their mtimes are old: recorded, once.
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2020"));
    let at = settled(&env);
    assert!(at > 0, "{}", env.read(".liaison/store.verified"));
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2020"));
    assert_eq!(settled(&env), at, "a settled store is not settled again");
    // From now on a file is trusted by its size and mtime, like any file older than the build:
    // a change that keeps both (the mtime put back by hand) is not looked for, which shows the
    // content is no longer read.
    let path = env.path("docs/tipoff-2020.json");
    let text = env.read("docs/tipoff-2020.json");
    let forged = text.replacen("\"2020\"", "\"1999\"", 1);
    assert_eq!(forged.len(), text.len());
    rewrite_keeping_mtime(&path, forged.as_bytes());
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2020"));
    // A real edit gets a new mtime and is seen at once, and so is a second one in the same tick.
    env.edit_json("docs/tipoff-2020.json", |v| {
        v["relations"][0]["date"] = json!("2019")
    });
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2019"));
    env.edit_json("docs/tipoff-2020.json", |v| {
        v["relations"][0]["date"] = json!("2018")
    });
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2018"));
    // The overlay that now holds the document settles the same way.
    std::thread::sleep(std::time::Duration::from_millis(2200));
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2018"));
    let overlay_note = env.read(".liaison/overlay.verified");
    assert!(
        !overlay_note.contains("settled 0\n"),
        "the overlay was not settled: {overlay_note}"
    );
    env.edit_json("docs/tipoff-2020.json", |v| {
        v["relations"][0]["date"] = json!("2017")
    });
    assert_eq!(date_of(&env, "tipoff-2020-r1"), json!("2017"));
}
