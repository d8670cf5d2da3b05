//! Queries on the mini fixture: answers, JSON shapes, exit codes, name resolution.

use crate::common::TestEnv;
use serde_json::{json, Value};

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn names_resolve_in_both_scripts_with_folding() {
    let env = TestEnv::fixture("mini");
    let cases = [
        ("hammouchi", "hammouchi"),
        ("Hammouchi", "hammouchi"),
        ("حموشي", "hammouchi"),
        ("حمّوشي", "hammouchi"),
        ("حمـوشي", "hammouchi"),
        ("عبد اللطيف حموشي", "hammouchi"),
        ("ABDELLATIF hammouchi", "hammouchi"),
        ("FBI", "fbi"),
        ("f.b.i.", "fbi"),
        ("Interpol", "interpol"),
        ("الانتربول", "interpol"),
        ("الإنتربول", "interpol"),
        ("انتربول", "interpol"),
        ("Wray", "wray"),
        ("راي", "wray"),
        ("Surete nationale", "dgsn"),
        ("Sûreté Nationale", "dgsn"),
        ("المديرية العامة للامن الوطني", "dgsn"),
        ("داعش", "isis"),
    ];
    for (query, want) in cases {
        let v = env.run(&["show", query, "--json"]).ok().json();
        assert_eq!(v["actor"]["id"], json!(want), "resolving {query:?}");
    }
}

#[test]
fn an_ambiguous_name_lists_candidates_and_an_unknown_one_suggests() {
    let env = TestEnv::fixture("mini");
    env.run(&["show", "General Directorate"])
        .code(1)
        .stderr_has("\"General Directorate\" could be any of 2 actors")
        .stderr_has("dgsn  General Directorate for National Security")
        .stderr_has("dgst  General Directorate for Territorial Surveillance");
    env.run(&["show", "Hamouchi"])
        .code(1)
        .stderr_has("no actor is called \"Hamouchi\"")
        .stderr_has("did you mean: hammouchi (Abdellatif Hammouchi)?");
    env.run(&["path", "nobody-at-all", "fbi"])
        .code(1)
        .stderr_has("no actor is called");
}

#[test]
fn show_json_has_the_documented_shape() {
    let env = TestEnv::fixture("mini");
    let v = env.run(&["show", "BCIJ", "--json"]).ok().json();
    assert_eq!(
        v["actor"],
        json!({"id": "bcij", "kind": "agency",
               "names": {"ar": "المكتب المركزي للأبحاث القضائية", "en": "Central Bureau of Judicial Investigations"},
               "aliases": ["BCIJ"], "country": "MA", "parent": "dgst"})
    );
    let r = &v["relations"][0];
    assert_eq!(r["id"], json!("tipoff-2020-r3"));
    assert_eq!(r["type"], json!("part-of"));
    assert_eq!(r["directed"], json!(true));
    assert_eq!(r["source"]["id"], json!("bcij"));
    assert_eq!(r["target"]["id"], json!("dgst"));
    assert_eq!(r["document"], json!("tipoff-2020"));
    assert_eq!(r["span"], json!([78, 109]));
    assert_eq!(r["quote"], json!("The BCIJ is a unit of the DGST."));
    for key in ["date", "place", "note"] {
        assert!(r.get(key).is_some(), "relation lacks {key}");
    }
}

#[test]
fn show_table_groups_relations_by_type_with_evidence() {
    let env = TestEnv::fixture("mini");
    env.run(&["show", "dgst"])
        .ok()
        .stdout_has("General Directorate for Territorial Surveillance (dgst)")
        .stdout_has("units:    Central Bureau of Judicial Investigations (bcij)")
        .stdout_has("tipped-off (1)")
        .stdout_has("→   Federal Bureau of Investigation (fbi)")
        .stdout_has("The DGST tipped off the FBI about a plot in Ohio in 2020.");
}

#[test]
fn edges_filters_combine() {
    let env = TestEnv::fixture("mini");
    let all = env.run(&["edges", "--json"]).ok().json();
    assert_eq!(all.as_array().unwrap().len(), 7);
    let cases: &[(&[&str], &[&str])] = &[
        (&["--type", "met"], &["visit-2021-r1", "visit-2021-r3"]),
        (
            &["--type", "met", "--type", "leads"],
            &["tipoff-2020-r2", "visit-2021-r1", "visit-2021-r3"],
        ),
        (
            &["--actor", "FBI"],
            &["tipoff-2020-r1", "tipoff-2020-r2", "visit-2021-r2"],
        ),
        (&["--from", "dgst"], &["tipoff-2020-r1", "visit-2021-r2"]),
        // tipped-off is directed: the FBI is not its source.
        (&["--from", "fbi"], &["visit-2021-r2"]),
        (
            &["--to", "fbi", "--type", "tipped-off"],
            &["tipoff-2020-r1"],
        ),
        (&["--from", "fbi", "--to", "dgst"], &["visit-2021-r2"]),
        (
            &["--doc", "visit-2021"],
            &["visit-2021-r1", "visit-2021-r2", "visit-2021-r3"],
        ),
        // Partial dates overlap: "2020" reaches 2020-06; undated relations never match a date filter.
        (
            &["--since", "2020-06"],
            &[
                "tipoff-2020-r1",
                "tipoff-2020-r4",
                "visit-2021-r1",
                "visit-2021-r2",
            ],
        ),
        (&["--since", "2021-06-14"], &["visit-2021-r2"]),
        (
            &["--until", "2020-12-31"],
            &["tipoff-2020-r1", "tipoff-2020-r4"],
        ),
        (
            &["--since", "2020-08-15", "--until", "2020-08-20"],
            &["tipoff-2020-r1", "tipoff-2020-r4"],
        ),
        (&["--since", "2022"], &[]),
    ];
    for (args, want) in cases {
        let mut a = vec!["edges", "--json"];
        a.extend_from_slice(args);
        let got = ids(&env.run(&a).ok().json());
        assert_eq!(got, *want, "edges {args:?}");
    }
}

#[test]
fn bad_filters_are_usage_errors() {
    let env = TestEnv::fixture("mini");
    env.run(&["edges", "--type", "hugged"])
        .code(2)
        .stderr_has("unknown relation type \"hugged\"")
        .stderr_has("use one of: met");
    env.run(&["edges", "--since", "June"])
        .code(2)
        .stderr_has("--since: `June` is not a date");
    env.run(&["edges", "--doc", "nope"])
        .code(2)
        .stderr_has("unknown document \"nope\"");
    env.run(&["actors", "--kind", "spy"])
        .code(2)
        .stderr_has("unknown actor kind \"spy\"");
    env.run(&["frobnicate"]).code(2);
}

#[test]
fn an_empty_answer_is_a_success() {
    let env = TestEnv::fixture("mini");
    let v = env
        .run(&["edges", "--type", "extradited", "--json"])
        .ok()
        .json();
    assert_eq!(v, json!([]));
    env.run(&["actors", "--country", "FR"])
        .ok()
        .stdout_has("0 actors");
}

#[test]
fn actors_filter_by_kind_and_country() {
    let env = TestEnv::fixture("mini");
    let v = env
        .run(&["actors", "--kind", "agency", "--country", "ma", "--json"])
        .ok()
        .json();
    assert_eq!(ids(&v), ["bcij", "dgsn", "dgst"]);
}

#[test]
fn neighbors_by_distance() {
    let env = TestEnv::fixture("mini");
    let v = env
        .run(&["neighbors", "Hammouchi", "--depth", "3", "--json"])
        .ok()
        .json();
    let got: Vec<(String, u64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["actor"]["id"].as_str().unwrap().to_string(),
                n["distance"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("wray".to_string(), 1),
            ("fbi".to_string(), 2),
            ("dgst".to_string(), 3)
        ]
    );
    let v = env
        .run(&["neighbors", "fbi", "--type", "leads", "--json"])
        .ok()
        .json();
    assert_eq!(v.as_array().unwrap().len(), 1);
    env.run(&["neighbors", "isis"])
        .ok()
        .stdout_has("0 actors within 1 hop of isis");
}

#[test]
fn path_gives_the_evidence_chain() {
    let env = TestEnv::fixture("mini");
    let v = env.run(&["path", "حموشي", "BCIJ", "--json"]).ok().json();
    assert_eq!(v["from"]["id"], json!("hammouchi"));
    assert_eq!(v["to"]["id"], json!("bcij"));
    let hops = v["hops"].as_array().unwrap();
    assert_eq!(hops.len(), 4);
    assert_eq!(hops[0]["type"], json!("met"));
    assert_eq!(hops[3]["id"], json!("tipoff-2020-r3"));
    // Each hop continues from where the last one ended.
    let mut at = "hammouchi".to_string();
    for h in hops {
        let (s, t) = (
            h["source"]["id"].as_str().unwrap(),
            h["target"]["id"].as_str().unwrap(),
        );
        assert!(s == at || t == at, "hop {} does not touch {at}", h["id"]);
        at = if s == at {
            t.to_string()
        } else {
            s.to_string()
        };
    }
    assert_eq!(at, "bcij");

    env.run(&["path", "Hammouchi", "BCIJ"])
        .ok()
        .stdout_has("4 hops")
        .stdout_has("←tipped-off—")
        .stdout_has("«The BCIJ is a unit of the DGST.»");
}

#[test]
fn path_all_and_filters() {
    let env = TestEnv::fixture("mini");
    let v = env
        .run(&["path", "hammouchi", "bcij", "--all", "--json"])
        .ok()
        .json();
    // Two parallel meetings times two FBI–DGST links.
    assert_eq!(v.as_array().unwrap().len(), 4);
    env.run(&[
        "path",
        "hammouchi",
        "bcij",
        "--all",
        "--limit",
        "2",
        "--json",
    ])
    .ok()
    .stderr_has("showing the first 2");
    // A limit of 0 is a usage error, never a false "no connection".
    for limit in ["--limit=0", "--limit=-1", "--limit=many"] {
        env.run(&["path", "hammouchi", "bcij", "--all", limit])
            .code(2)
            .no_panic()
            .stderr_has("--limit");
    }
    env.run(&["path", "hammouchi", "bcij", "--all", "--limit", "0"])
        .stderr_has("at least 1");
    env.run(&["path", "hammouchi", "bcij", "--all", "--limit", "1"])
        .ok()
        .stdout_has("path 1 of 1+")
        .stderr_has("showing the first 1");
    env.run(&["path", "hammouchi", "bcij", "--max-hops", "3"])
        .code(1)
        .stderr_has("no connection")
        .stderr_has("within 3 hops");
    env.run(&["path", "hammouchi", "interpol"])
        .code(1)
        .stderr_has(
            "no connection between Abdellatif Hammouchi (hammouchi) and Interpol (interpol)",
        );
    // Without cooperated the only FBI–DGST link is the tip-off.
    let v = env
        .run(&[
            "path",
            "hammouchi",
            "dgst",
            "--type",
            "met",
            "--type",
            "leads",
            "--type",
            "tipped-off",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(v["hops"][2]["id"], json!("tipoff-2020-r1"));
    // Following direction, the FBI never reaches the DGST (the tip-off goes the other way).
    env.run(&[
        "path",
        "fbi",
        "bcij",
        "--type",
        "tipped-off",
        "--type",
        "part-of",
        "--directed",
    ])
    .code(1);
    env.run(&["path", "dgst", "fbi", "--type", "tipped-off", "--directed"])
        .ok();
    // Date filters apply during the search: the 2021 links are gone before 2021.
    env.run(&["path", "hammouchi", "dgst", "--until", "2020-12"])
        .code(1)
        .stderr_has("with these filters");
    // Undated relations never match a date filter: only the dated meeting is a hop.
    let v = env
        .run(&["path", "hammouchi", "wray", "--since", "2021", "--json"])
        .ok()
        .json();
    assert_eq!(ids(&v["hops"]), ["visit-2021-r1"]);
}

#[test]
fn stats_counts() {
    let env = TestEnv::fixture("mini");
    let v = env.run(&["stats", "--json"]).ok().json();
    assert_eq!(v["actors"], json!(8));
    assert_eq!(v["relations"], json!(7));
    assert_eq!(v["documents"], json!(2));
    assert_eq!(v["actors_by_kind"]["agency"], json!(4));
    assert_eq!(v["relations_by_type"]["met"], json!(2));
    assert_eq!(v["components"]["count"], json!(3));
    assert_eq!(v["components"]["largest"], json!([5, 2, 1]));
    assert_eq!(v["most_connected"][0]["actor"]["id"], json!("dgst"));
}

#[test]
fn graph_folder_from_the_environment() {
    let env = TestEnv::fixture("mini");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["actors", "--json"])
        .env("LIAISON_GRAPH", &env.graph)
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 8);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    for args in [
        &["edges", "--json"][..],
        &["stats", "--json"],
        &["show", "dgst", "--json"],
        &["edges"],
    ] {
        closed_pipe(args);
    }
}

fn closed_pipe(args: &[&str]) {
    let env = TestEnv::fixture("mini");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(args)
        .current_dir(&env.root)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
}
