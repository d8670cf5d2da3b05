//! Reports and report-ready diagrams, checked where readers see them: the HTML page in headless
//! Chromium (through tests/py/check_report.py and the DevTools protocol), the PDF through poppler
//! (pdftoppm draws its pages, pdftotext reads its text), the Markdown with its SVG files, and the
//! default `render` output.
//!
//! Needs Debian's chromium and poppler-utils, and Python's websockets: scripts/setup-test-deps.sh.

use crate::common::{repo, run_tool, TestEnv};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Opens the page in headless Chromium and runs every check of tests/py/check_report.py; keeps
/// the screenshot in the target folder (printed) for a person to look at.
fn check_in_chromium(page: &Path, name: &str) -> Value {
    let shot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.png"));
    let out = Command::new("python3")
        .arg(repo().join("tests/py/check_report.py"))
        .arg(page)
        .arg(&shot)
        .output()
        .expect("python3 runs (run scripts/setup-test-deps.sh)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.starts_with("ok: "),
        "the page fails in Chromium:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "no screenshot");
    println!("screenshot: {}", shot.display());
    serde_json::from_str(stdout.trim_start_matches("ok: ").trim()).unwrap()
}

#[test]
fn report_page_works_in_chromium() {
    let env = TestEnv::shipped();
    let page = env.root.join("report.html");
    env.run(&["report", "-o", page.to_str().unwrap()]).ok();
    let html = fs::read_to_string(&page).unwrap();
    // Self-contained: no external resource, the diagram inline without its XML prolog.
    for bad in [
        "<link",
        "src=\"http",
        "href=\"http://",
        "@import",
        "<?xml",
        "<!DOCTYPE svg",
    ] {
        assert!(!html.contains(bad), "the page contains {bad:?}");
    }
    let facts = check_in_chromium(&page, "report-shipped");
    let stats = env.run(&["stats", "--json"]).ok().json();
    let connected = stats["actors"].as_u64().unwrap()
        - stats["components"]["isolated_actors"].as_u64().unwrap();
    assert_eq!(facts["diagram_nodes"].as_u64(), Some(connected), "{facts}");
    assert_eq!(facts["actor_sections"].as_u64(), Some(connected), "{facts}");
    assert_eq!(facts["evidence_rows"], stats["relations"], "{facts}");
    assert_eq!(facts["arabic_quotes"], stats["relations"], "{facts}");
    assert!(facts["timeline_marks"].as_u64().unwrap() > 10, "{facts}");
}

#[test]
fn report_on_actors_shows_their_neighbourhood_and_connection() {
    let env = TestEnv::shipped();
    let page = env.root.join("r.html");
    env.run(&[
        "report",
        "Christopher Wray",
        "DGST",
        "--depth",
        "1",
        "-o",
        page.to_str().unwrap(),
    ])
    .ok();
    let html = fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("Connections between the actors named"),
        "no paths"
    );
    // wray —leads→ fbi ←tipped-off— dgst, as `liaison path` finds it.
    assert!(html.contains("2 hops"), "the connection is not 2 hops");
    assert!(html.contains(r#"id="actor-fbi""#) && html.contains(r#"id="actor-dgst""#));
    assert!(
        !html.contains(r#"id="actor-isis""#),
        "an actor 2 hops away is in"
    );
    check_in_chromium(&page, "report-wray-dgst");
}

/// Names full of markup do not escape into the page, and the page still passes every check.
#[test]
fn report_escapes_every_corpus_string() {
    let env = TestEnv::fixture("mini");
    env.edit_json("actors.json", |v| {
        let actors = v["actors"].as_array_mut().unwrap();
        actors[0]["names"]["en"] = "<script>alert('x')</script> & \"co\"".into();
        actors[1]["names"]["ar"] = "راي <b>\"FBI\"</b>".into();
        actors[2]["aliases"] = serde_json::json!(["<img src=x onerror=alert(1)>"]);
    });
    let page = env.root.join("nasty.html");
    env.run(&["report", "-o", page.to_str().unwrap()]).ok();
    let html = fs::read_to_string(&page).unwrap();
    assert!(!html.contains("<script>alert"), "a name became a script");
    assert!(!html.contains("<img src=x"), "an alias became an image");
    assert!(!html.contains("<b>\""), "a name became markup");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"));
    check_in_chromium(&page, "report-escaping");
}

#[test]
fn report_is_byte_identical_for_the_same_corpus() {
    let a = TestEnv::shipped();
    let b = TestEnv::shipped();
    let run = |env: &TestEnv| {
        env.run(&["report", "dgst", "--type", "cooperated"])
            .ok()
            .stdout
            .clone()
    };
    let (x, y) = (run(&a), run(&b));
    assert!(x.starts_with("<!DOCTYPE html>"));
    assert!(x == y, "two reports of the same corpus differ");
}

#[test]
fn report_prints_to_pdf_with_arabic_text() {
    let env = TestEnv::shipped();
    let pdf = env.root.join("dgst.pdf");
    env.run(&["report", "dgst", "-o", pdf.to_str().unwrap()])
        .ok();
    let bytes = fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let text = run_tool(Command::new("pdftotext").arg(&pdf).arg("-"));
    for want in [
        "Summary",
        "Timeline",
        "Evidence",
        "General Directorate",
        "المديرية العامة",
    ] {
        assert!(text.contains(want), "the PDF's text lacks {want:?}");
    }
    // Its pages draw (the first two kept for a person to look at).
    let prefix = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report-dgst-page");
    run_tool(
        Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", "1", "-l", "2"])
            .arg(&pdf)
            .arg(&prefix),
    );
    let first = PathBuf::from(format!("{}-01.png", prefix.display()));
    assert!(fs::read(&first).unwrap().starts_with(b"\x89PNG"));
    println!("pages: {}-NN.png", prefix.display());
    let leftovers: Vec<_> = fs::read_dir(&env.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".liaison-export"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn report_without_chromium_says_how_to_install_it() {
    let env = TestEnv::fixture("mini");
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["report", "-o", "r.pdf"])
        .current_dir(&env.root)
        .env("LIAISON_CHROMIUM", env.root.join("no-such-chromium"))
        .env_remove("LIAISON_GRAPH")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("apt-get install chromium"), "{stderr}");
    assert!(!env.root.join("r.pdf").exists());
    // A PDF or Markdown report needs a file; an unknown extension is refused.
    env.run(&["report", "--format", "pdf"])
        .code(2)
        .stderr_has("-o");
    env.run(&["report", "-o", "r.docx"])
        .code(2)
        .stderr_has(".html");
    env.run(&["report", "nobody"]).code(1);
}

#[test]
fn markdown_report_has_its_figures_beside_it() {
    let env = TestEnv::shipped();
    let md = env.root.join("out").join("dgst.md");
    fs::create_dir_all(md.parent().unwrap()).unwrap();
    env.run(&["report", "dgst", "-o", md.to_str().unwrap()])
        .ok();
    let text = fs::read_to_string(&md).unwrap();
    assert!(
        text.contains("![Diagram of the selection](dgst.svg)"),
        "{text}"
    );
    assert!(text.contains("](dgst.timeline.svg)"), "{text}");
    assert!(text.contains("<a id=\"actor-dgst\"></a>"));
    assert!(text.contains("<bdi dir=\"rtl\">المديرية العامة لمراقبة التراب الوطني</bdi>"));
    let svg = fs::read_to_string(md.with_file_name("dgst.svg")).unwrap();
    assert!(svg.contains("<text") && svg.contains("direction=\"rtl\""));
    let timeline = fs::read_to_string(md.with_file_name("dgst.timeline.svg")).unwrap();
    assert!(timeline.starts_with("<svg") && timeline.contains("class=\"mark\""));
}

/// `render` draws for reports by default: one edge per type between two actors, no isolated
/// actors, text as text; `--all-edges` draws every relation and every actor as before.
#[test]
fn render_defaults_are_report_ready() {
    let env = TestEnv::shipped();
    let stats = env.run(&["stats", "--json"]).ok().json();
    let relations = stats["relations"].as_u64().unwrap() as usize;
    let actors = stats["actors"].as_u64().unwrap() as usize;
    let isolated = stats["components"]["isolated_actors"].as_u64().unwrap() as usize;
    let count = |svg: &str, class: &str| svg.matches(&format!("class=\"{class}\"")).count();

    let svg = env.run(&["render"]).ok().stdout.clone();
    assert!(svg.starts_with("<?xml"), "{}", &svg[..100]);
    assert_eq!(count(&svg, "node"), actors - isolated);
    let edges = count(&svg, "edge");
    let merged = env.run(&["export", "json", "--collapse"]).ok().json()["links"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(edges, merged, "parallel relations not merged");
    assert!(edges < relations);
    assert!(svg.contains("cooperated ×"), "no merged count");
    // Real text, with Arabic lines marked right to left; the compact legend is in the label.
    assert!(
        svg.contains(">\u{200F}المغرب</text>"),
        "no Arabic text element"
    );
    assert!(svg.contains("direction=\"rtl\""));
    assert!(
        !svg.contains("legend:"),
        "the legend is still a cluster of nodes"
    );
    assert!(svg.contains(">relations</text>"));

    let all = env.run(&["render", "--all-edges"]).ok().stdout.clone();
    assert_eq!(count(&all, "node"), actors);
    assert_eq!(count(&all, "edge"), relations);
    let iso = env.run(&["render", "--isolated"]).ok().stdout.clone();
    assert_eq!(count(&iso, "node"), actors);
    assert_eq!(count(&iso, "edge"), edges);
    env.run(&["render", "--all-edges", "--collapse"]).code(2);
}
