//! The annotation workflow: doc add, actor add/edit/merge/rm, annotate, suggest, brat, and the
//! guarantees of the write layer (check before commit, atomic, serialised across processes).
//!
//! Long on purpose: the annotation workflow's commands, each with its refusals, in the order a
//! user meets them.

use crate::common::{repo, TestEnv};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn relations(env: &TestEnv, doc: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(&env.read(&format!("docs/{doc}.json"))).unwrap();
    v["relations"].as_array().unwrap().clone()
}

/// The DGST tipped off the FBI, quoting the second "fbi" of visit-2021 (the quote alone is
/// ambiguous: the first ten arguments are refused without `--occurrence`).
const TIP_OFF_SECOND_FBI: &[&str] = &[
    "annotate",
    "visit-2021",
    "--type",
    "tipped-off",
    "--from",
    "dgst",
    "--to",
    "fbi",
    "--quote",
    "fbi",
    "--occurrence",
    "2",
];

#[test]
fn doc_add_normalises_line_endings_and_refuses_bad_or_taken_ids() {
    let env = TestEnv::fixture("mini");
    std::fs::write(
        env.root.join("a.txt"),
        "\u{FEFF}سطر أول\r\nسطر ثان\rسطر ثالث",
    )
    .unwrap();
    env.run(&[
        "doc",
        "add",
        "a.txt",
        "--id",
        "new-doc",
        "--title",
        "T",
        "--published",
        "2021-06-17",
    ])
    .ok()
    .stdout_has("added document new-doc")
    .stderr_has("ar guessed");
    assert_eq!(env.read("docs/new-doc.txt"), "سطر أول\nسطر ثان\nسطر ثالث");
    let meta: Value = serde_json::from_str(&env.read("docs/new-doc.json")).unwrap();
    assert_eq!(meta["lang"], "ar");
    assert_eq!(meta["published"], "2021-06-17");
    env.run(&["doc", "add", "a.txt", "--id", "new-doc"])
        .code(2)
        .stderr_has("already exists");
    env.run(&["doc", "add", "a.txt", "--id", "../evil"])
        .code(2)
        .stderr_has("not a safe document id");
    env.run(&["doc", "add", "a.txt", "--id", "Bad_Id"])
        .code(2)
        .stderr_has("not a safe document id");
    env.run(&["doc", "add", "a.txt", "--id", "x", "--published", "2021-13"])
        .code(2)
        .stderr_has("--published");
    env.run(&["doc", "add", "missing.txt", "--id", "x"])
        .code(2)
        .stderr_has("missing.txt");
    env.run(&["check"]).ok();
}

#[test]
fn actor_add_edit_merge_and_rm() {
    let env = TestEnv::fixture("mini");
    env.run(&[
        "actor",
        "add",
        "cia",
        "--kind",
        "agency",
        "--name",
        "en=Central Intelligence Agency",
        "--name",
        "ar=وكالة المخابرات المركزية",
        "--alias",
        "CIA",
        "--country",
        "us",
    ])
    .ok()
    .stdout_has("\"country\": \"US\"");
    env.run(&["show", "وكالة المخابرات المركزية"])
        .ok()
        .stdout_has("cia");
    env.run(&["actor", "add", "cia", "--kind", "agency", "--name", "en=X"])
        .code(2)
        .stderr_has("already exists");
    env.run(&["actor", "add", "y", "--kind", "spy", "--name", "en=Y"])
        .code(2)
        .stderr_has("unknown actor kind");
    env.run(&["actor", "add", "y", "--kind", "agency", "--name", "ar=ي"])
        .code(2)
        .stderr_has("English name");
    env.run(&[
        "actor", "add", "y", "--kind", "agency", "--name", "en=Y", "--parent", "nobody",
    ])
    .code(1);

    env.run(&[
        "actor",
        "edit",
        "cia",
        "--alias",
        "المخابرات الأمريكية",
        "--no-country",
        "--parent",
        "FBI",
    ])
    .ok()
    .stdout_has("\"parent\": \"fbi\"")
    .stdout_has("\"country\": null");
    env.run(&["actor", "edit", "cia", "--remove-alias", "cia"])
        .ok();
    env.run(&["actor", "edit", "cia", "--remove-alias", "nope"])
        .code(2)
        .stderr_has("has no alias");

    // rm is refused while referenced, and says what to do.
    env.run(&["actor", "rm", "fbi"])
        .code(2)
        .stderr_has("still referenced")
        .stderr_has("--cascade")
        .stderr_has("--reassign");

    // merge: every reference moves, the names stay as aliases.
    // A merge whose result breaks the schema (a person cannot be part of an agency) is refused.
    env.run(&["actor", "merge", "bcij", "into", "wray"])
        .code(2)
        .stderr_has("not written")
        .stderr_has("part-of");
    env.run(&["actor", "merge", "bcij", "to", "wray"])
        .code(2)
        .stderr_has("`into`");
    env.run(&["actor", "merge", "fbi", "into", "cia"])
        .ok()
        .stdout_has("merged fbi into cia");
    let actors = env.read("actors.json");
    assert!(!actors.contains("\"id\": \"fbi\""));
    assert!(actors.contains("Federal Bureau of Investigation"));
    assert!(!env.read("docs/visit-2021.json").contains("\"fbi\""));
    env.run(&["show", "FBI", "--json"])
        .ok()
        .stdout_has("\"id\": \"cia\"");
    env.run(&["check"]).ok();

    env.run(&["actor", "rm", "dgst", "--reassign", "dgsn"])
        .ok()
        .stdout_has("removed dgst");
    assert!(!env.read("docs/tipoff-2020.json").contains("\"dgst\""));
    assert!(env.read("actors.json").contains("\"parent\": \"dgsn\""));
    env.run(&["actor", "rm", "interpol", "--cascade"])
        .ok()
        .stdout_has("tipoff-2020-r4");
    env.run(&["check"]).ok();
    env.run(&["actor", "rm", "isis"]).ok();
}

#[test]
fn a_change_that_would_break_the_corpus_is_refused_and_nothing_written() {
    let env = TestEnv::fixture("mini");
    let before = env.read("actors.json");
    // Wray leads the FBI: a group cannot lead.
    env.run(&["actor", "edit", "wray", "--kind", "group"])
        .code(2)
        .stderr_has("not written")
        .stderr_has("a leads relation cannot join group");
    assert_eq!(env.read("actors.json"), before);
    // A corpus that does not check is not written to at all.
    env.write("docs/visit-2021.json", "{");
    env.run(&[
        "annotate",
        "tipoff-2020",
        "--type",
        "met",
        "--from",
        "wray",
        "--to",
        "hammouchi",
        "--quote",
        "Wray leads",
    ])
    .code(2)
    .stderr_has("malformed JSON");
}

#[test]
fn annotate_matches_folded_quotes_and_writes_the_exact_text() {
    let env = TestEnv::fixture("mini");
    env.write(
        "docs/visit-2021.txt",
        "Hammouchi met FBI Director Christopher Wray in Washington on 13 June 2021. The DGST and the FBI agreed to cooperate on counter-terrorism.\nحَمُّوشي التقى مديرَ مكتب التحقيقات الفيدرالي كريستوفر راي في واشنطن.",
    );
    env.edit_json("docs/visit-2021.json", |v| {
        v["mentions"] = serde_json::json!([]);
        v["relations"].as_array_mut().unwrap().truncate(2);
    });
    env.run(&["check"]).ok();
    let out = env.run(&[
        "annotate",
        "visit-2021",
        "--type",
        "met",
        "--from",
        "حموشي",
        "--to",
        "راي",
        "--quote",
        "حموشي التقى مدير مكتب التحقيقات الفيدرالي كريستوفر راي في واشنطن.",
        "--date",
        "2021-06-13",
        "--place",
        "واشنطن",
    ]);
    out.ok();
    let rel = out.json();
    assert_eq!(rel["id"], "visit-2021-r3");
    assert_eq!(rel["source"], "hammouchi");
    assert_eq!(rel["target"], "wray");
    assert_eq!(
        rel["quote"],
        "حَمُّوشي التقى مديرَ مكتب التحقيقات الفيدرالي كريستوفر راي في واشنطن."
    );
    let quote_len = rel["quote"].as_str().unwrap().chars().count() as u64;
    assert_eq!(rel["span"][0], 138);
    assert_eq!(rel["span"][1].as_u64().unwrap() - 138, quote_len);

    // Ambiguous, then picked by occurrence.
    env.run(&TIP_OFF_SECOND_FBI[..10])
        .code(2)
        .stderr_has("occurs 2 times")
        .stderr_has("--occurrence")
        .stderr_has("[14, 17]");
    let r = env.run(TIP_OFF_SECOND_FBI).ok().json();
    assert_eq!(r["span"], serde_json::json!([92, 95]));
    assert_eq!(r["id"], "visit-2021-r4");
    // Absent, schema, duplicate, unknown actor and type are refused with a way forward.
    env.run(&[
        "annotate",
        "visit-2021",
        "--type",
        "met",
        "--from",
        "dgst",
        "--to",
        "fbi",
        "--quote",
        "The DGST and the CIA",
    ])
    .code(2)
    .stderr_has("not in document")
    .stderr_has("first 4 of its 5 words");
    env.run(&[
        "annotate",
        "visit-2021",
        "--type",
        "leads",
        "--from",
        "fbi",
        "--to",
        "wray",
        "--quote",
        "FBI Director Christopher Wray",
    ])
    .code(2)
    .stderr_has("swapped");
    env.run(&[
        "annotate",
        "visit-2021",
        "--type",
        "met",
        "--from",
        "hammouchi",
        "--to",
        "wray",
        "--quote",
        "حموشي التقى مدير مكتب التحقيقات الفيدرالي كريستوفر راي في واشنطن.",
    ])
    .code(2)
    .stderr_has("already states this");
    env.run(&[
        "annotate",
        "visit-2021",
        "--type",
        "mett",
        "--from",
        "dgst",
        "--to",
        "fbi",
        "--quote",
        "DGST",
    ])
    .code(2)
    .stderr_has("did you mean met");
    env.run(&[
        "annotate",
        "visit-2021",
        "--type",
        "met",
        "--from",
        "nobody",
        "--to",
        "fbi",
        "--quote",
        "DGST",
    ])
    .code(1);
    env.run(&[
        "annotate",
        "no-such-doc",
        "--type",
        "met",
        "--from",
        "dgst",
        "--to",
        "fbi",
        "--quote",
        "DGST",
    ])
    .code(2)
    .stderr_has("no document");

    env.run(&["annotate", "visit-2021", "--remove", "visit-2021-r4"])
        .ok()
        .stdout_has("removed relation visit-2021-r4");
    env.run(&["annotate", "visit-2021", "--remove", "tipoff-2020-r1"])
        .code(2)
        .stderr_has("belongs to document tipoff-2020");
    // The next id follows the highest one in use.
    let r = env
        .run(&[
            "annotate",
            "visit-2021",
            "--type",
            "cooperated",
            "--from",
            "dgst",
            "--to",
            "fbi",
            "--quote",
            "fbi",
            "--occurrence",
            "2",
        ])
        .ok()
        .json();
    assert_eq!(r["id"], "visit-2021-r4");
    env.run(&["check"]).ok();
    env.run(&["show", "hammouchi"]).ok().stdout_has("واشنطن");
}

#[test]
fn suggest_finds_mentions_with_proclitics_and_accepts_proposals() {
    let env = TestEnv::fixture("mini");
    let (v, mentions) = env.suggested_mentions("news", "وأكد أن المديرية العامة لمراقبة التراب الوطني تعاونت مع مكتب التحقيقات الفيدرالي.\nوالتقى حموشي بكريستوفر راي في الرباط.\nThe U.S. thanked us and the DGST.");
    let want = [
        ("dgst", "المديرية العامة لمراقبة التراب الوطني"),
        ("fbi", "مكتب التحقيقات الفيدرالي"),
        ("hammouchi", "حموشي"),
        ("wray", "كريستوفر راي"),
        ("dgst", "DGST"),
    ];
    assert_eq!(
        mentions,
        want.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
    );
    let props = v["proposals"].as_array().unwrap();
    let find = |ty: &str| {
        props
            .iter()
            .find(|p| p["type"] == ty)
            .unwrap_or_else(|| panic!("no {ty} proposal in {v}"))
    };
    // Ranked by confidence, S1 first.
    let conf: Vec<f64> = props
        .iter()
        .map(|p| p["confidence"].as_f64().unwrap())
        .collect();
    assert!(conf.windows(2).all(|w| w[0] >= w[1]), "{v}");
    assert_eq!(props[0]["id"], "S1");
    // The meeting rule guesses 0.85; its confidence is what it did on held-out text.
    assert_eq!(find("met")["rule_confidence"], 0.85);
    let measured = crate::common::calibrated("met", "met", "person", "person", 0.85);
    assert!((find("met")["confidence"].as_f64().unwrap() - measured).abs() < 0.006);
    assert_eq!(find("met")["source"], "hammouchi");
    assert_eq!(find("met")["target"], "wray");
    assert_eq!(find("met")["place"], "الرباط");
    assert_eq!(find("cooperated")["source"], "dgst");
    assert_eq!(find("cooperated")["target"], "fbi");
    let coop = find("cooperated")["id"].as_str().unwrap().to_string();
    let met = find("met")["id"].as_str().unwrap().to_string();
    let text = env.run(&["suggest", "news"]).ok().stdout.clone();
    assert!(text.contains("--accept S1"), "{text}");

    env.run(&[
        "suggest",
        "news",
        "--accept",
        &met,
        &coop,
        "--accept-mentions",
    ])
    .ok()
    .stdout_has(&format!("{met} → news-r"))
    .stdout_has("added 5 mentions");
    let rels = relations(&env, "news");
    assert_eq!(rels.len(), 2);
    let met_rel = rels.iter().find(|r| r["type"] == "met").unwrap();
    assert_eq!(met_rel["quote"], "والتقى حموشي بكريستوفر راي في الرباط.");
    assert_eq!(met_rel["place"], "الرباط");
    env.run(&["check"]).ok();
    // Now annotated: listed as such, ids unchanged, accepting again writes nothing.
    let v = env.run(&["suggest", "news", "--json"]).ok().json();
    let again = |id: &str| {
        v["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()["annotated_as"]
            .clone()
    };
    assert_eq!(again(&met), met_rel["id"]);
    assert!(v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["annotated"] == true));
    env.run(&["suggest", "news", "--accept", &met])
        .ok()
        .stdout_has("nothing to write")
        .stderr_has("already annotated");
    env.run(&["suggest", "news", "--accept", "S99"])
        .code(2)
        .stderr_has("no proposal");
    env.run(&["suggest", "--all"])
        .ok()
        .stdout_has("total: recall");
}

#[test]
fn twenty_concurrent_annotate_processes_all_land() {
    let env = TestEnv::fixture("mini");
    let text: String = (0..20)
        .map(|i| format!("Hammouchi met Wray at meeting number {i}x.\n"))
        .collect();
    std::fs::write(env.root.join("m.txt"), text).unwrap();
    env.run(&["doc", "add", "m.txt", "--id", "meetings"]).ok();
    let children: Vec<_> = (0..20)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_liaison"))
                .args([
                    "annotate",
                    "meetings",
                    "--type",
                    "met",
                    "--from",
                    "Hammouchi",
                    "--to",
                    "Wray",
                    "--quote",
                ])
                .arg(format!("meeting number {i}x."))
                .current_dir(&env.root)
                .env_remove("LIAISON_GRAPH")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let rels = relations(&env, "meetings");
    assert_eq!(rels.len(), 20);
    let mut ids: Vec<String> = rels
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 20, "ids are unique");
    for i in 0..20 {
        assert!(
            rels.iter()
                .any(|r| r["quote"] == format!("meeting number {i}x.")),
            "relation {i} missing"
        );
    }
    env.run(&["check"]).ok();
}

#[test]
fn a_writer_killed_before_rename_leaves_the_old_file_intact() {
    let env = TestEnv::fixture("mini");
    let before = env.read("docs/visit-2021.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(TIP_OFF_SECOND_FBI)
        .current_dir(&env.root)
        .env_remove("LIAISON_GRAPH")
        .env("LIAISON_TEST_PAUSE_BEFORE_RENAME", "30000")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let line = lines.next().expect("the writer reports its pause").unwrap();
    assert!(line.contains("test pause"), "{line}");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert_eq!(env.read("docs/visit-2021.json"), before);
    env.run(&["check"]).ok();
    // The lock died with the process: the next writer goes through.
    env.run(TIP_OFF_SECOND_FBI).ok();
}

/// `doc add` writes two files as one group: killed between its two renames (after the journal),
/// the text is in place and the annotation file not yet; the next query completes the group, so
/// the corpus checks and the document is there, whole.
#[test]
fn a_doc_add_killed_between_its_renames_is_completed_by_the_next_command() {
    let env = TestEnv::fixture("mini");
    let article = env.root.join("article.txt");
    std::fs::write(&article, "Hammouchi met Wray in Rabat.\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["doc", "add", article.to_str().unwrap(), "--id", "halfway"])
        .current_dir(&env.root)
        .env_remove("LIAISON_GRAPH")
        .env("LIAISON_TEST_PAUSE_BEFORE_RENAME", "1500")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    // The pauses (1.5 s each): before the journal's rename, then before each of the two files';
    // killed in the last one, after the text's rename.
    let mut seen = 0;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if line.contains("test pause") {
            seen += 1;
            if line.contains("halfway.json") {
                break;
            }
        }
    }
    assert_eq!(seen, 3, "journal, text, annotation file");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert!(env.path("docs/halfway.txt").exists());
    assert!(!env.path("docs/halfway.json").exists());
    env.run(&["check"]).ok();
    assert!(env.path("docs/halfway.json").exists());
    assert!(!env.path(".liaison/commit.journal").exists());
}

/// Parses a document file into the model, so `"date": null` and an absent date compare equal.
fn model(path: &std::path::Path) -> Value {
    let d: liaison::model::DocFile =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    serde_json::to_value(d).unwrap()
}

#[test]
fn brat_round_trip_of_the_shipped_corpus_loses_nothing() {
    let env = TestEnv::shipped();
    let brat = env.root.join("brat");
    env.run(&["export", "brat", brat.to_str().unwrap()])
        .ok()
        .stdout_has("exported");
    assert!(brat.join("annotation.conf").exists());
    let empty = env.root.join("empty");
    std::fs::create_dir_all(empty.join("docs")).unwrap();
    for f in ["schema.json", "actors.json"] {
        std::fs::copy(env.path(f), empty.join(f)).unwrap();
    }
    env.run(&["--graph", "empty", "import", "brat", "brat"])
        .ok()
        .stdout_has("imported");
    env.run(&["--graph", "empty", "check"]).ok();
    let mut n = 0;
    for e in std::fs::read_dir(env.path("docs")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        let other = empty.join("docs").join(&name);
        if name.ends_with(".json") {
            assert_eq!(
                model(&p),
                model(&other),
                "{name} differs after the round trip"
            );
            n += 1;
        } else {
            assert_eq!(
                std::fs::read(&p).unwrap(),
                std::fs::read(&other).unwrap(),
                "{name}"
            );
        }
    }
    assert!(n > 0);
    // And again through `brat import` with actors re-created from the N lines.
    let bare = env.root.join("bare");
    std::fs::create_dir_all(bare.join("docs")).unwrap();
    std::fs::copy(env.path("schema.json"), bare.join("schema.json")).unwrap();
    std::fs::write(bare.join("actors.json"), "{\"actors\": []}").unwrap();
    env.run(&["--graph", "bare", "brat", "import", "brat"])
        .code(2)
        .stderr_has("--create-actors");
    env.run(&[
        "--graph",
        "bare",
        "brat",
        "import",
        "brat",
        "--create-actors",
    ])
    .ok()
    .stdout_has("created");
    env.run(&["--graph", "bare", "check"]).ok();
    // Importing the same documents again needs --replace.
    env.run(&["--graph", "empty", "import", "brat", "brat"])
        .code(2)
        .stderr_has("--replace");
    env.run(&["--graph", "empty", "import", "brat", "brat", "--replace"])
        .ok();
}

#[test]
fn a_hand_written_brat_corpus_imports() {
    let env = TestEnv::fixture("mini");
    let dir = repo().join("tests/fixtures/brat-hand");
    env.run(&["import", "brat", dir.to_str().unwrap()])
        .ok()
        .stdout_has("imported 2 documents (6 mentions, 3 relations)");
    env.run(&["check"]).ok();
    let rels = relations(&env, "rabat-meeting");
    assert_eq!(rels[0]["id"], "rabat-meeting-r1");
    assert_eq!(rels[0]["date"], "2022-05");
    assert_eq!(
        rels[0]["quote"],
        "Hammouchi received Christopher Wray in Rabat."
    );
    // No note with an id: the next free id, the sentence as quote, the note text kept.
    assert_eq!(rels[1]["id"], "rabat-meeting-r2");
    assert_eq!(rels[1]["source"], "dgst");
    assert_eq!(
        rels[1]["quote"],
        "The DGST and the FBI agreed to cooperate."
    );
    assert_eq!(rels[1]["note"], "agreed, no date given");
    let ar: Value = serde_json::from_str(&env.read("docs/arabic-visit.json")).unwrap();
    assert_eq!(ar["out_of_scope"][0]["reason"], "site navigation");
    assert_eq!(ar["mentions"][0]["actor"], "hammouchi");
    assert_eq!(
        ar["relations"][0]["quote"],
        "قال المصدر إن حَمّوشي استقبل كريستوفر راي."
    );

    // Bad offsets are named by file and line.
    let bad = env.root.join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("x.txt"), "The FBI.").unwrap();
    std::fs::write(bad.join("x.ann"), "T1\tagency 3 7\tFBI\n").unwrap();
    env.run(&["import", "brat", "bad"])
        .code(2)
        .stderr_has("x.ann:1")
        .stderr_has("not what the offsets cover");
}

#[test]
fn annotate_quotes_whole_numbers_and_prefers_the_exact_text() {
    let env = TestEnv::fixture("mini");
    std::fs::write(
        env.root.join("f.txt"),
        "التقى حموشي راي في الملف 7919. ثم التقيا في الملف 79190.\nوكالة المخابرات، ثم وكالة المخابرات.\n",
    )
    .unwrap();
    env.run(&["doc", "add", "f.txt", "--id", "files"]).ok();
    let annotate = |quote: &str| {
        env.run(&[
            "annotate",
            "files",
            "--type",
            "met",
            "--from",
            "hammouchi",
            "--to",
            "wray",
            "--quote",
            quote,
        ])
    };
    // `7919.` is not inside `79190.`: one occurrence, not two.
    let v = annotate("في الملف 7919.").ok().json();
    assert_eq!(v["quote"], "في الملف 7919.");
    assert_eq!(v["span"], json!([16, 30]));
    let v = annotate("في الملف 79190.").ok().json();
    assert_eq!(v["quote"], "في الملف 79190.");
    // The exact text wins over one that differs only in punctuation…
    let v = annotate("وكالة المخابرات.").ok().json();
    assert_eq!(v["span"], json!([77, 93]));
    // …but typed without it, both are found and listed.
    annotate("وكالة المخابرات")
        .code(2)
        .stderr_has("occurs 2 times");
    // A number that is only part of a longer one is not there at all.
    annotate("الملف 7919").ok();
    annotate("الملف 791")
        .code(2)
        .stderr_has("not in document files");
}
