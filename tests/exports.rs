//! Exports read back by the tools they are for: Graphviz, xmllint with the GraphML XSD,
//! NetworkX and igraph (through the scripts in tests/py/), and the Neo4j CSV header format.

use crate::common::{dot_unescape, repo, run_tool, TestEnv};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn dot_json(dot_file: &Path) -> Value {
    let out = run_tool(Command::new("dot").arg("-Tjson").arg(dot_file));
    serde_json::from_str(&out).expect("dot -Tjson gives JSON")
}

/// The GraphML 1.1 XSDs, kept in the repository (see tests/schemas/graphml/README.md) so that the
/// validation runs offline on a fresh clone.
fn schema() -> PathBuf {
    let p = repo().join("tests/schemas/graphml/graphml.xsd");
    assert!(p.exists(), "the GraphML XSD is missing at {}", p.display());
    p
}

/// liaison's own answers, for the Python readers to compare with.
fn reference(env: &TestEnv) -> [PathBuf; 3] {
    let files = [
        ("stats.json", vec!["stats", "--json"]),
        ("actors.json", vec!["actors", "--json"]),
        ("edges.json", vec!["edges", "--json"]),
    ];
    files.map(|(name, args)| {
        let out = env.run(&args);
        out.ok();
        let p = env.root.join(name);
        fs::write(&p, &out.stdout).unwrap();
        p
    })
}

fn check_with_python(env: &TestEnv, format: &str) {
    let file = env.root.join(format!("graph.{format}"));
    env.run(&["export", format, "-o", file.to_str().unwrap()])
        .ok();
    let [s, a, e] = reference(env);
    let script = repo().join(format!("tests/py/check_{format}.py"));
    let out = run_tool(
        Command::new("python3")
            .arg(script)
            .args([&file, &s, &a, &e]),
    );
    assert!(out.starts_with("ok:"), "{out}");
}

fn nasty(env: &TestEnv) {
    env.edit_json("actors.json", |v| {
        let actors = v["actors"].as_array_mut().unwrap();
        actors[0]["names"]["en"] = "Node \"quoted\" \\ back\\slash <b>x</b> & co\\".into();
        actors[1]["names"]["en"] = "edge".into();
        actors[1]["names"]["ar"] = "FBI مكتب \"راي\"".into();
        actors[2]["names"]["en"] = "line one\nline two\ttab".into();
        actors[3]["names"]["en"] = "DiGraph".into();
    });
}

#[test]
fn dot_is_accepted_and_shows_every_label_as_written() {
    let env = TestEnv::fixture("mini");
    nasty(&env);
    let file = env.root.join("g.dot");
    for extra in [&[][..], &["--cluster", "country", "--collapse"][..]] {
        let mut args = vec!["export", "dot", "-o", file.to_str().unwrap()];
        args.extend_from_slice(extra);
        env.run(&args).ok();
        let j = dot_json(&file);
        let actors: Value = env.run(&["actors", "--json"]).json();
        for a in actors.as_array().unwrap() {
            let id = a["id"].as_str().unwrap();
            let en = a["names"]["en"].as_str().unwrap();
            let node = j["objects"]
                .as_array()
                .unwrap()
                .iter()
                .find(|o| o["name"] == id)
                .unwrap_or_else(|| panic!("no node {id} in dot's reading"));
            let label = dot_unescape(node["label"].as_str().unwrap());
            let want = liaison::export::dot::as_shown(&liaison::export::dot::actor_label(
                &[("ar", a["names"]["ar"].as_str().unwrap_or(""))],
                en,
            ));
            assert_eq!(label, want, "label of {id}");
        }
    }
}

#[test]
fn graphml_validates_against_the_xsd() {
    let xsd = schema();
    // The validation is real: the schema refuses a file that breaks it (an attr.type GraphML lacks).
    let bad = tempfile::tempdir().unwrap();
    let bad_file = bad.path().join("bad.graphml");
    fs::write(
        &bad_file,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="x" attr.type="list"/>
  <graph edgedefault="directed"><node id="n0"/></graph>
</graphml>
"#,
    )
    .unwrap();
    let refused = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&xsd)
        .arg(&bad_file)
        .output()
        .expect("xmllint runs (run scripts/setup-test-deps.sh)");
    assert!(
        !refused.status.success(),
        "xmllint accepted a GraphML file with attr.type=\"list\": the schema is not applied"
    );
    for env in [TestEnv::fixture("mini"), TestEnv::shipped()] {
        nasty_if_fixture(&env);
        for args in [
            &[][..],
            &["--collapse"][..],
            &["--ego", "dgst", "--depth", "2"][..],
        ] {
            let file = env.root.join("g.graphml");
            let mut a = vec!["export", "graphml", "-o", file.to_str().unwrap()];
            a.extend_from_slice(args);
            env.run(&a).ok();
            run_tool(
                Command::new("xmllint")
                    .args(["--noout", "--nonet", "--schema"])
                    .arg(&xsd)
                    .arg(&file),
            );
        }
    }
}

/// The mini fixture gets the hostile names; the shipped corpus stays as it is.
fn nasty_if_fixture(env: &TestEnv) {
    if !env.path("README.md").exists() {
        nasty(env);
    }
}

#[test]
fn graphml_reads_back_in_networkx_and_igraph() {
    for env in [TestEnv::fixture("mini"), TestEnv::shipped()] {
        check_with_python(&env, "graphml");
    }
}

#[test]
fn gexf_reads_back_in_networkx_with_relation_types_and_times() {
    for env in [TestEnv::fixture("mini"), TestEnv::shipped()] {
        check_with_python(&env, "gexf");
    }
}

#[test]
fn node_link_json_reads_back_in_networkx() {
    for env in [TestEnv::fixture("mini"), TestEnv::shipped()] {
        check_with_python(&env, "json");
    }
}

#[test]
fn exports_are_deterministic() {
    let env = TestEnv::shipped();
    for f in ["dot", "graphml", "gexf", "json"] {
        let a = env.run(&["export", f]);
        a.ok();
        // A fresh copy of the corpus, so a rebuilt store gives the same bytes too.
        let env2 = TestEnv::shipped();
        let b = env2.run(&["export", f]);
        assert!(a.stdout == b.stdout, "{f} export differs between two runs");
    }
}

#[test]
fn neo4j_export_has_import_headers_and_every_row() {
    let env = TestEnv::fixture("mini");
    let dir = env.root.join("neo4j");
    env.run(&["export", "neo4j", "-o", dir.to_str().unwrap()])
        .ok();
    let nodes = fs::read_to_string(dir.join("actors.csv")).unwrap();
    let rels = fs::read_to_string(dir.join("relations.csv")).unwrap();
    let cypher = fs::read_to_string(dir.join("load.cypher")).unwrap();
    assert!(nodes.starts_with("id:ID,:LABEL,"), "{nodes}");
    assert!(rels.starts_with(":START_ID,:END_ID,:TYPE,"), "{rels}");
    assert!(nodes.contains("\"Actor;Agency\""));
    assert!(rels.contains("\"TIPPED_OFF\""));
    assert!(cypher.contains("CREATE (s)-[r:`TIPPED_OFF`]->(t)"));
    let counts = run_tool(Command::new("python3").arg("-c").arg(
        "import csv,sys\nfor f in sys.argv[1:]:\n  print(sum(1 for _ in csv.DictReader(open(f, encoding='utf-8'))))",
    ).arg(dir.join("actors.csv")).arg(dir.join("relations.csv")));
    assert_eq!(counts, "8\n7\n");
    // Standard output cannot hold a folder.
    env.run(&["export", "neo4j"]).code(2).stderr_has("-o");
}

#[test]
fn ego_and_collapse_select_what_they_say() {
    let env = TestEnv::fixture("mini");
    let j = env
        .run(&["export", "json", "--ego", "hammouchi"])
        .ok()
        .json();
    let ids: Vec<&str> = j["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["hammouchi", "wray"]);
    assert_eq!(j["links"].as_array().unwrap().len(), 2);
    let j = env
        .run(&["export", "json", "--ego", "hammouchi", "--collapse"])
        .ok()
        .json();
    let links = j["links"].as_array().unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0]["count"], 2);
    assert_eq!(links[0]["evidence"].as_array().unwrap().len(), 2);
    let j = env.run(&["export", "json", "--type", "met"]).ok().json();
    assert_eq!(j["links"].as_array().unwrap().len(), 2);
    let j = env
        .run(&["export", "json", "--ego", "wray", "--depth", "2"])
        .ok()
        .json();
    let ids: Vec<&str> = j["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["dgst", "fbi", "hammouchi", "wray"]);
    env.run(&["export", "json", "--ego", "nobody"]).code(1);
    env.run(&["export", "xml"]).code(2).stderr_has("graphml");
}

#[test]
fn export_to_a_file_replaces_it_whole() {
    let env = TestEnv::fixture("mini");
    let file = env.root.join("out.dot");
    fs::write(&file, "old").unwrap();
    env.run(&["export", "dot", "-o", file.to_str().unwrap()])
        .ok();
    assert!(fs::read_to_string(&file).unwrap().starts_with("digraph"));
    let leftovers: Vec<_> = fs::read_dir(&env.root)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".liaison-tmp")
        })
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn render_writes_svg_png_and_pdf() {
    let env = TestEnv::fixture("mini");
    for (ext, magic) in [
        ("svg", &b"<?xml"[..]),
        ("png", &b"\x89PNG"[..]),
        ("pdf", &b"%PDF"[..]),
    ] {
        let file = env.root.join(format!("d.{ext}"));
        env.run(&["render", "-o", file.to_str().unwrap(), "--ego", "dgst"])
            .ok();
        let bytes = fs::read(&file).unwrap();
        assert!(
            bytes.starts_with(magic),
            "{ext} output starts with {:?}",
            &bytes[..8]
        );
    }
    let svg = env
        .run(&["render", "--engine", "neato", "--cluster", "country"])
        .ok()
        .stdout
        .clone();
    // Graphviz's core SVG keeps names as text.
    assert!(svg.contains("<svg") && svg.contains("<text"), "{svg}");
    env.run(&["render", "-o", "x.gif"])
        .code(2)
        .stderr_has(".svg");
    env.run(&["render", "--engine", "twopi"])
        .code(2)
        .stderr_has("neato");
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let env = TestEnv::fixture("mini");
    let empty = env.root.join("empty-bin");
    fs::create_dir_all(&empty).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["render", "-o", "x.svg"])
        .current_dir(&env.root)
        .env("PATH", &empty)
        .env_remove("LIAISON_GRAPH")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("apt-get install graphviz"), "{stderr}");
    assert!(!env.root.join("x.svg").exists());
}

fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// exports/ must be what `scripts/exports.sh` makes from graph/ now. PNGs are compared by
/// existence only: cairo's PNG bytes may differ between library builds; everything else,
/// SVG included, byte for byte.
#[test]
fn exports_folder_is_fresh() {
    let env = TestEnv::shipped();
    let fresh = env.root.join("exports");
    run_tool(
        Command::new("bash")
            .arg(repo().join("scripts/exports.sh"))
            .arg(&fresh)
            .env("LIAISON", env!("CARGO_BIN_EXE_liaison"))
            .env("LIAISON_GRAPH", &env.graph),
    );
    let committed = repo().join("exports");
    let (want, got) = (files_under(&fresh), files_under(&committed));
    assert_eq!(
        got, want,
        "exports/ has other files than scripts/exports.sh makes: run scripts/exports.sh"
    );
    for f in want {
        if f.extension().is_some_and(|e| e == "png") {
            continue;
        }
        assert!(
            fs::read(fresh.join(&f)).unwrap() == fs::read(committed.join(&f)).unwrap(),
            "exports/{} is stale: run scripts/exports.sh",
            f.display()
        );
    }
}
