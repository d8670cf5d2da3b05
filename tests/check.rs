//! `liaison check` and the refusal of a corpus that does not check: one case per kind of bad
//! input, each asserting the file, the place, the message, the fix and the exit code.

use crate::common::TestEnv;
use serde_json::{json, Value};

const DOC: &str = "docs/tipoff-2020.json";

struct Case {
    name: &'static str,
    apply: fn(&TestEnv),
    /// Substrings the report must contain (file, place, message, help).
    expect: &'static [&'static str],
}

fn rel(v: &mut Value, i: usize) -> &mut Value {
    &mut v["relations"][i]
}

const CASES: &[Case] = &[
    Case {
        name: "malformed JSON",
        apply: |e| e.write(DOC, "{\n  \"title\": \"x\",\n  \"relations\": [\n    {\"id\": \"a\" \"type\": \"met\"}\n  ]\n}\n"),
        expect: &["docs/tipoff-2020.json:4:16", "malformed JSON", "help: fix the JSON syntax"],
    },
    Case {
        name: "misspelt field",
        apply: |e| e.edit_json(DOC, |v| rel(v, 0)["qoute"] = json!("x")),
        expect: &["docs/tipoff-2020.json:", "invalid field", "unknown field `qoute`"],
    },
    Case {
        name: "unknown actor",
        apply: |e| e.edit_json(DOC, |v| rel(v, 0)["target"] = json!("fbii")),
        expect: &["relation tipoff-2020-r1", "unknown target actor \"fbii\"", "did you mean fbi?"],
    },
    Case {
        name: "unknown relation type",
        apply: |e| e.edit_json(DOC, |v| rel(v, 0)["type"] = json!("tipped")),
        expect: &["relation tipoff-2020-r1", "unknown relation type \"tipped\"", "did you mean tipped-off? use one of: met, cooperated, extradited"],
    },
    Case {
        name: "duplicate relation id",
        apply: |e| e.edit_json(DOC, |v| rel(v, 1)["id"] = json!("tipoff-2020-r1")),
        expect: &["relation tipoff-2020-r1", "duplicate relation id \"tipoff-2020-r1\": also used in this document"],
    },
    Case {
        name: "duplicate relation id across documents",
        apply: |e| e.edit_json(DOC, |v| rel(v, 1)["id"] = json!("visit-2021-r1")),
        expect: &["docs/visit-2021.json: relation visit-2021-r1: duplicate relation id \"visit-2021-r1\": also used in document tipoff-2020"],
    },
    Case {
        name: "duplicate actor id",
        apply: |e| {
            e.edit_json("actors.json", |v| {
                let first = v["actors"][0].clone();
                v["actors"].as_array_mut().unwrap().push(first);
            })
        },
        expect: &["actors.json: actor hammouchi", "duplicate actor id \"hammouchi\""],
    },
    Case {
        name: "span out of range",
        apply: |e| e.edit_json(DOC, |v| rel(v, 0)["span"] = json!([10, 99999])),
        expect: &["relation tipoff-2020-r1", "span [10, 99999] is out of range", "has 145 characters", "help: spans are [start, end)"],
    },
    Case {
        name: "quote does not match the text",
        apply: |e| e.edit_json(DOC, |v| rel(v, 0)["span"] = json!([1, 58])),
        expect: &["relation tipoff-2020-r1", "quote does not match the text at [1, 58]", "the quote is at [0, 57]: set the span to that"],
    },
    Case {
        name: "bad date",
        apply: |e| e.edit_json(DOC, |v| rel(v, 0)["date"] = json!("2020-02-30")),
        expect: &["relation tipoff-2020-r1", "bad date: `2020-02-30`: day 30 does not exist in 2020-02"],
    },
    Case {
        name: "inferred date without a reason",
        apply: |e| e.edit_json(DOC, |v| rel(v, 3)["date_inferred"] = json!(" ")),
        expect: &["relation tipoff-2020-r4", "date_inferred is empty"],
    },
    Case {
        name: "relation joins kinds its type does not allow",
        apply: |e| {
            e.edit_json(DOC, |v| {
                rel(v, 1)["source"] = json!("fbi");
                rel(v, 1)["target"] = json!("wray");
            })
        },
        expect: &["relation tipoff-2020-r2", "a leads relation cannot join agency \"fbi\" to person \"wray\" (source and target look swapped)"],
    },
    Case {
        name: "parent cycle",
        apply: |e| {
            e.edit_json("actors.json", |v| {
                for a in v["actors"].as_array_mut().unwrap() {
                    if a["id"] == "dgst" {
                        a["parent"] = json!("bcij");
                    }
                }
            })
        },
        expect: &["actors.json: actor bcij", "parent cycle: bcij → dgst → bcij"],
    },
    Case {
        name: "unknown actor kind",
        apply: |e| e.edit_json("actors.json", |v| v["actors"][0]["kind"] = json!("agnecy")),
        expect: &["actor hammouchi", "unknown actor kind \"agnecy\"", "use one of: agency"],
    },
    Case {
        name: "bad country code",
        apply: |e| e.edit_json("actors.json", |v| v["actors"][0]["country"] = json!("Morocco")),
        expect: &["actor hammouchi", "country \"Morocco\" is not an ISO 3166-1 alpha-2 code"],
    },
    Case {
        name: "text without annotations",
        apply: |e| e.write("docs/orphan.txt", "some text\n"),
        expect: &["docs/orphan.txt", "docs/orphan.json is missing"],
    },
    Case {
        name: "mention text mismatch",
        apply: |e| e.edit_json(DOC, |v| v["mentions"][0]["text"] = json!("CIA")),
        expect: &["mention of", "quote does not match the text"],
    },
    Case {
        name: "CRLF text",
        apply: |e| {
            let t = e.read("docs/tipoff-2020.txt");
            e.write("docs/tipoff-2020.txt", &t.replace('\n', "\r\n"));
        },
        expect: &["docs/tipoff-2020.txt:1:1", "CR line endings"],
    },
    Case {
        name: "text that is not UTF-8",
        apply: |e| std::fs::write(e.path("docs/tipoff-2020.txt"), b"The DGST \xff\xfe").unwrap(),
        expect: &["docs/tipoff-2020.txt", "not valid UTF-8"],
    },
    Case {
        name: "missing schema",
        apply: |e| std::fs::remove_file(e.path("schema.json")).unwrap(),
        expect: &["schema.json", "cannot read the schema file", "create the schema file"],
    },
];

#[test]
fn the_fixture_checks_clean() {
    let env = TestEnv::fixture("mini");
    env.run(&["check"])
        .ok()
        .stdout_has("ok, 2 documents, 8 actors, 7 relations");
}

#[test]
fn every_kind_of_bad_input_is_reported_with_place_and_fix() {
    for case in CASES {
        let env = TestEnv::fixture("mini");
        (case.apply)(&env);
        let out = env.run(&["check"]);
        out.code(2).no_panic();
        for want in case.expect {
            assert!(
                out.stderr.contains(want),
                "case {:?}: stderr lacks {want:?}\n{}",
                case.name,
                out.stderr
            );
        }
        assert!(
            out.stderr.contains("help: "),
            "case {:?} gives no fix:\n{}",
            case.name,
            out.stderr
        );
        // Every other command refuses the corpus with the same messages.
        let refused = env.run(&["actors"]);
        refused.code(2).stderr_has("does not check");
        for want in case.expect {
            assert!(
                refused.stderr.contains(want),
                "case {:?}: `actors` stderr lacks {want:?}\n{}",
                case.name,
                refused.stderr
            );
        }
    }
}

#[test]
fn all_problems_are_reported_at_once() {
    let env = TestEnv::fixture("mini");
    env.edit_json(DOC, |v| {
        rel(v, 0)["target"] = json!("nobody");
        rel(v, 1)["date"] = json!("yesterday");
    });
    env.edit_json("docs/visit-2021.json", |v| {
        rel(v, 0)["type"] = json!("hugged")
    });
    let out = env.run(&["check"]);
    out.code(2)
        .stderr_has("unknown target actor \"nobody\"")
        .stderr_has("bad date: `yesterday`")
        .stderr_has(
            "docs/visit-2021.json: relation visit-2021-r1: unknown relation type \"hugged\"",
        )
        .stderr_has("3 problems found");
}

#[test]
fn check_json_lists_problems() {
    let env = TestEnv::fixture("mini");
    env.edit_json(DOC, |v| rel(v, 0)["target"] = json!("nobody"));
    let out = env.run(&["check", "--json"]);
    out.code(2);
    let v = out.json();
    assert_eq!(v["ok"], json!(false));
    assert_eq!(v["problems"][0]["place"], json!("relation tipoff-2020-r1"));
    assert!(v["problems"][0]["file"]
        .as_str()
        .unwrap()
        .ends_with("docs/tipoff-2020.json"));
}

#[test]
fn a_missing_corpus_says_where_to_point() {
    let env = TestEnv::fixture("mini");
    let out = env.run(&["actors", "--graph", "nowhere"]);
    out.code(2)
        .stderr_has("nowhere: no corpus folder here")
        .stderr_has("--graph");
}

#[test]
fn garbage_never_panics() {
    let inputs: &[&[u8]] = &[
        b"",
        b"null",
        b"[]",
        b"{\"relations\": 5}",
        b"\xff\xff",
        b"{\"relations\": [{}]}",
        b"{\"mentions\": [{\"actor\": 1}]}",
    ];
    for input in inputs {
        let env = TestEnv::fixture("mini");
        std::fs::write(env.path(DOC), input).unwrap();
        env.run(&["check"]).code(2).no_panic();
        std::fs::write(env.path("actors.json"), input).unwrap();
        env.run(&["check"]).code(2).no_panic();
        std::fs::write(env.path("schema.json"), input).unwrap();
        env.run(&["stats"]).code(2).no_panic();
    }
}
