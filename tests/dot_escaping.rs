//! Property test: any Unicode string, as a node id, a label, a tooltip or an edge label, comes
//! out of `dot` exactly as written (line breaks unified, controls as their pictures).

use crate::common::dot_unescape;
use dot_structures::{Attribute, Edge, EdgeTy, Graph, Id, Node, NodeId, Stmt, Vertex};
use liaison::export::dot::{as_shown, print, quoted};
use proptest::prelude::*;
use std::process::Command;

/// How Graphviz names a node whose id went through `quoted`: ids are not escStrings, so only `\"`
/// is undone (a backslash stays doubled; liaison's actor ids have none).
fn id_name(s: &str) -> String {
    match quoted(s) {
        Id::Escaped(q) => q[1..q.len() - 1].replace("\\\"", "\""),
        _ => unreachable!(),
    }
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.into()), quoted(v))
}

/// Strings that stress DOT: keywords, quotes, backslashes (trailing too), markup, Arabic,
/// controls, line breaks, and arbitrary Unicode.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("node".to_string()),
        Just("EDGE".to_string()),
        Just("Graph".to_string()),
        Just("subgraph".to_string()),
        Just("strict".to_string()),
        Just("digraph".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("\\n".to_string()),
        Just("\\N".to_string()),
        Just("<b>".to_string()),
        Just("&amp;".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("مكتب التحقيقات".to_string()),
        Just("\u{200F}".to_string()),
        Just("{ } [ ] ; = ->".to_string()),
        "[\\x00-\\x1f\\x7f]{1,3}",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..6).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_string_survives_dot(a in hostile(), b in hostile(), label in hostile(), tip in hostile()) {
        // Graphviz keeps node names that start with `%` for its anonymous nodes (liaison's ids
        // start with a letter or digit); node names must differ to tell the nodes apart.
        let a = if a.starts_with('%') { format!("x{a}") } else { a };
        let b = if b.starts_with('%') { format!("x{b}") } else { b };
        let b = if id_name(&a) == id_name(&b) { format!("{b}·2") } else { b };
        let stmts = vec![
            Stmt::Node(Node::new(NodeId(quoted(&a), None), vec![attr("label", &label), attr("tooltip", &tip)])),
            Stmt::Node(Node::new(NodeId(quoted(&b), None), vec![attr("label", &b)])),
            Stmt::Edge(Edge {
                ty: EdgeTy::Pair(Vertex::N(NodeId(quoted(&a), None)), Vertex::N(NodeId(quoted(&b), None))),
                attributes: vec![attr("label", &tip), attr("tooltip", &label)],
            }),
        ];
        let g = Graph::DiGraph { id: quoted("t"), strict: false, stmts };
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.dot");
        std::fs::write(&file, print(&g)).unwrap();
        let out = Command::new("dot").arg("-Tjson").arg(&file).output().expect("dot runs (install Graphviz)");
        prop_assert!(out.status.success(), "dot failed: {}\n{}", String::from_utf8_lossy(&out.stderr), print(&g));
        let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let objects = j["objects"].as_array().unwrap();
        prop_assert_eq!(objects.len(), 2, "{}", print(&g));
        let name = |i: usize| objects[i]["name"].as_str().unwrap().to_string();
        let lab = |i: usize| dot_unescape(objects[i]["label"].as_str().unwrap_or(""));
        prop_assert_eq!(name(0), id_name(&a));
        prop_assert_eq!(lab(0), as_shown(&label));
        prop_assert_eq!(dot_unescape(objects[0]["tooltip"].as_str().unwrap_or("")), as_shown(&tip));
        prop_assert_eq!(name(1), id_name(&b));
        prop_assert_eq!(lab(1), as_shown(&b));
        let e = &j["edges"][0];
        prop_assert_eq!(dot_unescape(e["label"].as_str().unwrap_or("")), as_shown(&tip));
        prop_assert_eq!(dot_unescape(e["tooltip"].as_str().unwrap_or("")), as_shown(&label));
    }
}
