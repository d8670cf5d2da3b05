//! `import brat` on malformed .ann files: every defect is an error naming the file and line,
//! never a panic, and nothing is written.

use crate::common::TestEnv;

/// A brat folder `bad/` holding one document `x` with this text and these annotations.
fn brat(env: &TestEnv, text: &str, ann: &str) {
    let bad = env.root.join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("x.txt"), text).unwrap();
    std::fs::write(bad.join("x.ann"), ann).unwrap();
}

fn refused(env: &TestEnv, place: &str, what: &str) {
    env.run(&["import", "brat", "bad"])
        .no_panic()
        .code(2)
        .stderr_has(place)
        .stderr_has(what)
        .stderr_has("help:");
    assert!(
        !env.path("docs/x.json").exists(),
        "a refused import wrote the document"
    );
}

#[test]
fn fragments_out_of_order_are_an_error_not_a_panic() {
    let env = TestEnv::fixture("mini");
    brat(&env, "ab cd", "T1\tagency 3 5;0 2\tcd ab\n");
    refused(&env, "x.ann:1", "text order");
}

#[test]
fn every_malformed_text_bound_is_named_by_file_and_line() {
    let cases = [
        ("T1\tagency 3 5;0 2\tcd ab", "text order"),
        ("T1\tagency 0 4;2 5\tab c cd", "text order"),
        (
            "T1\tagency 3 9\tcd",
            "past the end of the text (5 characters)",
        ),
        ("T1\tagency 6 6\t", "past the end"),
        ("T1\tagency 4 2\tx", "ends before it starts"),
        ("T1\tagency a b\tab", "not two non-negative whole numbers"),
        ("T1\tagency -1 2\tab", "not two non-negative whole numbers"),
        (
            "T1\tagency 0 99999999999\tab",
            "not two non-negative whole numbers",
        ),
        ("T1\tagency\tab", "each fragment is two numbers"),
        ("T1\tagency 0 2;\tab", "each fragment is two numbers"),
        ("T1\tagency 0 1 2\tab", "each fragment is two numbers"),
        ("T1", "each fragment is two numbers"),
        ("T1\tagency 0 2\tzz", "not what the offsets cover"),
    ];
    for (line, what) in cases {
        let env = TestEnv::fixture("mini");
        brat(&env, "ab cd", &format!("T9\tagency 0 2\tab\n{line}\n"));
        refused(&env, "x.ann:2", what);
    }
}

#[test]
fn malformed_relations_are_named_by_file_and_line() {
    let text = "FBI and DGST met.";
    let ts = "T1\tagency 0 3\tFBI\nT2\tagency 8 12\tDGST\n";
    let cases = [
        ("R1\tmet Arg1:T1", "x.ann:3", "needs Arg1 and Arg2"),
        (
            "R1\tmet Arg1:T1 Arg2:T7",
            "x.ann:3",
            "T7, which is not an actor's T line",
        ),
        ("T1\tagency 0 3\tFBI", "x.ann:3", "T1 is defined twice"),
        (
            "R1\tmet Arg1:T1 Arg2:T2\nR1\tmet Arg1:T2 Arg2:T1",
            "x.ann:4",
            "R1 is defined twice",
        ),
        (
            "R1\tmet Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes R1\tone\n#2\tAnnotatorNotes R1\ttwo",
            "x.ann:5",
            "a second note",
        ),
    ];
    for (lines, place, what) in cases {
        let env = TestEnv::fixture("mini");
        brat(&env, text, &format!("{ts}{lines}\n"));
        refused(&env, place, what);
    }
}

#[test]
fn a_relation_note_that_is_not_a_valid_liaison_note_is_an_error() {
    let text = "FBI and DGST met.";
    let ts = "T1\tagency 0 3\tFBI\nT2\tagency 8 12\tDGST\nR1\tmet Arg1:T1 Arg2:T2\n";
    let cases = [
        // A misspelt field: importing it as free text would drop the id, span and date.
        (
            r#"{"id":"x-r7","span":[0,17],"dat":"2020"}"#,
            "unknown field `dat`",
        ),
        (
            r#"{"id":"x-r7","span":[0,17]"#,
            "not a valid liaison relation note",
        ),
        (r#"{"id":"x-r7"}"#, "missing field `span`"),
        (
            r#"{"id":"x-r7","span":[0,"17"]}"#,
            "not a valid liaison relation note",
        ),
        (
            r#"{"id":"x-r7","span":[0,99]}"#,
            "not within the text (17 characters)",
        ),
        (r#"{"id":"x-r7","span":[9,2]}"#, "not within the text"),
    ];
    for (note, what) in cases {
        let env = TestEnv::fixture("mini");
        brat(&env, text, &format!("{ts}#1\tAnnotatorNotes R1\t{note}\n"));
        refused(&env, "x.ann:4", what);
        env.run(&["import", "brat", "bad"]).stderr_has("note on R1");
    }
    // A valid note keeps the relation's id and span; free text from another tool is its note.
    let env = TestEnv::fixture("mini");
    brat(
        &env,
        text,
        &format!(
            "{ts}#1\tAnnotatorNotes R1\t{{\"id\":\"x-r7\",\"span\":[0,16],\"date\":\"2020\"}}\n"
        ),
    );
    env.run(&["import", "brat", "bad"]).ok();
    let v: serde_json::Value = serde_json::from_str(&env.read("docs/x.json")).unwrap();
    assert_eq!(v["relations"][0]["id"], "x-r7");
    assert_eq!(v["relations"][0]["quote"], "FBI and DGST met");
    let env = TestEnv::fixture("mini");
    brat(
        &env,
        text,
        &format!("{ts}#1\tAnnotatorNotes R1\tseen twice\n"),
    );
    env.run(&["import", "brat", "bad"]).ok();
    let v: serde_json::Value = serde_json::from_str(&env.read("docs/x.json")).unwrap();
    assert_eq!(v["relations"][0]["id"], "x-r1");
    assert_eq!(v["relations"][0]["note"], "seen twice");
}
