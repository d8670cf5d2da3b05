//! The shipped corpus checks clean and answers the questions it was annotated for.

use crate::common::TestEnv;
use serde_json::json;

#[test]
fn the_shipped_corpus_checks_clean() {
    let env = TestEnv::shipped();
    env.run(&["check"])
        .ok()
        .stdout_has("graph: ok, 5 documents");
    let v = env.run(&["check", "--json"]).ok().json();
    assert_eq!(v["ok"], json!(true));
    assert!(
        v["relations"].as_u64().unwrap() >= 100,
        "the corpus should be annotated thoroughly"
    );
}

#[test]
fn the_issue_names_resolve() {
    let env = TestEnv::shipped();
    for (query, id) in [
        ("حموشي", "hammouchi"),
        ("Hammouchi", "hammouchi"),
        ("عبد اللطيف حموشي", "hammouchi"),
        ("الانتربول", "interpol"),
        ("Interpol", "interpol"),
        ("FBI", "fbi"),
        ("Christopher Wray", "wray"),
        ("DGST", "dgst"),
        ("المديرية العامة للأمن الوطني", "dgsn"),
    ] {
        let v = env.run(&["show", query, "--json"]).ok().json();
        assert_eq!(v["actor"]["id"], json!(id), "resolving {query:?}");
    }
}

#[test]
fn the_design_card_agencies_are_there() {
    let env = TestEnv::shipped();
    for id in ["dgst", "dgsn", "fbi", "cia", "interpol", "dea", "bcij"] {
        let v = env.run(&["show", id, "--json"]).ok().json();
        assert_eq!(v["actor"]["id"], json!(id));
    }
    let v = env.run(&["show", "bcij", "--json"]).ok().json();
    assert_eq!(v["actor"]["parent"], json!("dgst"));
}

#[test]
fn every_relation_quote_is_in_its_document() {
    let env = TestEnv::shipped();
    let v = env.run(&["edges", "--json"]).ok().json();
    for r in v.as_array().unwrap() {
        let text = env.read(&format!("docs/{}.txt", r["document"].as_str().unwrap()));
        let (s, e) = (
            r["span"][0].as_u64().unwrap() as usize,
            r["span"][1].as_u64().unwrap() as usize,
        );
        let at: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(at, r["quote"].as_str().unwrap(), "relation {}", r["id"]);
    }
}

#[test]
fn wray_reaches_the_dgst_through_the_fbi() {
    let env = TestEnv::shipped();
    let v = env
        .run(&["path", "Christopher Wray", "DGST", "--json"])
        .ok()
        .json();
    let hops = v["hops"].as_array().unwrap();
    assert_eq!(hops.len(), 2);
    assert_eq!(hops[0]["target"]["id"], json!("fbi"));
    let counts = env.run(&["stats", "--json"]).ok().json();
    let edges = env.run(&["edges", "--json"]).ok().json();
    assert_eq!(
        counts["relations"].as_u64().unwrap() as usize,
        edges.as_array().unwrap().len()
    );
}
