//! The README's examples are real: every ```console block starting with `$ liaison …` is run, in
//! order, on a copy of the shipped corpus and its output compared. A comment
//! `<!-- readme-test: corpus NAME -->` switches to a fresh copy of the fixture NAME, and
//! `<!-- readme-test: file PATH -->` writes the next fenced block to PATH beside the corpus, so a
//! session of writes reads as it ran. `UPDATE_README=1 cargo test --test tests readme` rewrites the blocks
//! from the current binary.

use crate::common::{assert_same_text, repo, TestEnv};

/// Splits a command line on spaces, honouring double quotes.
fn split_args(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn normalise(s: &str) -> String {
    s.lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
        + "\n"
}

#[test]
fn readme_examples_are_true() {
    let path = repo().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let update = std::env::var_os("UPDATE_README").is_some();
    let mut env = TestEnv::shipped();
    let mut out = String::new();
    let mut rest = readme.as_str();
    let mut ran = 0;
    const DIRECTIVE: &str = "<!-- readme-test: ";
    loop {
        let console = rest.find("```console\n");
        let directive = rest.find(DIRECTIVE);
        let directive_first = match (console, directive) {
            (_, None) => None,
            (None, Some(d)) => Some(d),
            (Some(c), Some(d)) => (d < c).then_some(d),
        };
        match (console, directive_first) {
            (_, Some(d)) => {
                let line_end = d + rest[d..].find("-->").expect("closed directive") + 3;
                let words: Vec<&str> = rest[d + DIRECTIVE.len()..line_end - 3]
                    .split_whitespace()
                    .collect();
                out.push_str(&rest[..line_end]);
                rest = &rest[line_end..];
                match words.as_slice() {
                    ["corpus", "shipped"] => env = TestEnv::shipped(),
                    ["corpus", name] => env = TestEnv::fixture(name),
                    ["file", path] => {
                        let open = rest.find("```").expect("a block after a file directive");
                        let body = open + rest[open..].find('\n').unwrap() + 1;
                        let close = body + rest[body..].find("```").expect("closed block");
                        std::fs::write(env.root.join(path), &rest[body..close]).unwrap();
                    }
                    other => panic!("unknown readme-test directive {other:?}"),
                }
            }
            (Some(i), _) => {
                let body_start = i + "```console\n".len();
                let end = body_start
                    + rest[body_start..]
                        .find("```")
                        .expect("closed console block");
                out.push_str(&rest[..body_start]);
                let body = &rest[body_start..end];
                let mut lines = body.lines();
                let cmd = lines.next().expect("a command line");
                let args = split_args(
                    cmd.strip_prefix("$ liaison ")
                        .expect("console blocks start with `$ liaison `"),
                );
                let args: Vec<&str> = args.iter().map(|s| s.as_str()).collect();
                let result = env.run(&args);
                let actual = normalise(&format!("{}{}", result.stdout, result.stderr));
                let expected: String = normalise(&lines.collect::<Vec<_>>().join("\n"));
                if update {
                    out.push_str(cmd);
                    out.push('\n');
                    out.push_str(&actual);
                } else {
                    eprintln!("README: $ liaison {}", args.join(" "));
                    assert_same_text(&expected, &actual);
                    out.push_str(body);
                }
                ran += 1;
                rest = &rest[end..];
            }
            (None, None) => break,
        }
    }
    out.push_str(rest);
    assert!(
        ran >= 5,
        "expected the README to hold its examples, found {ran}"
    );
    if update {
        std::fs::write(&path, out).unwrap();
    }
}
