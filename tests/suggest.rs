//! Relation proposals: `review` driven through a pipe, and `eval-suggest` on a tiny fixture with a
//! known score and on the development set (a regression guard).

use crate::common::{repo, TestEnv};

const ARTICLE: &str = "الرباط - استقبل عبد اللطيف حموشي، يوم الاثنين، مدير مكتب التحقيقات الفيدرالي كريستوفر راي.\nوأشاد كريستوفر راي بالتعاون مع المديرية العامة لمراقبة التراب الوطني.\n";

fn with_article() -> TestEnv {
    let env = TestEnv::fixture("mini");
    std::fs::write(env.root.join("a.txt"), ARTICLE).unwrap();
    env.run(&[
        "doc",
        "add",
        "a.txt",
        "--id",
        "visit",
        "--published",
        "2023-02-20",
        "--lang",
        "ar",
    ])
    .ok();
    env
}

fn relations(env: &TestEnv, doc: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value =
        serde_json::from_str(&env.read(&format!("docs/{doc}.json"))).unwrap();
    v["relations"].as_array().unwrap().clone()
}

#[test]
fn suggest_gives_roles_confidence_and_dates() {
    let env = with_article();
    let v = env.run(&["suggest", "visit", "--json"]).ok().json();
    let props = v["proposals"].as_array().unwrap();
    // Shown when more likely right than wrong, by what the rule did on held-out text.
    for p in props {
        let c = p["confidence"].as_f64().unwrap();
        assert_eq!(p["hidden"], c < 0.5, "{p}");
    }
    let triples: Vec<(String, String, String)> = props
        .iter()
        .map(|p| {
            (
                p["type"].as_str().unwrap().to_string(),
                p["source"].as_str().unwrap().to_string(),
                p["target"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for want in [
        ("leads", "wray", "fbi"),
        ("met", "hammouchi", "wray"),
        ("praised", "wray", "dgst"),
    ] {
        assert!(
            triples
                .iter()
                .any(|t| (t.0.as_str(), t.1.as_str(), t.2.as_str()) == want),
            "no {want:?} in {triples:?}"
        );
    }
    // Not every pair for every cue: Hammouchi does not lead the FBI, and the cooperation Wray
    // praises is not one of a person (bodies and states cooperate).
    assert!(!triples.iter().any(|t| t.0 == "leads" && t.1 == "hammouchi"));
    assert!(!triples.iter().any(|t| t.0 == "cooperated"), "{triples:?}");
    let met = props.iter().find(|p| p["type"] == "met").unwrap();
    assert_eq!(met["date"], "2023-02-20");
    assert!(met["date_inferred"].as_str().unwrap().contains("الاثنين"));
    assert!(met["confidence"].as_f64().unwrap() >= 0.5);
    assert!(met["cue"].as_str().unwrap().contains("استقبل"));
}

#[test]
fn review_reads_answers_from_a_pipe_and_writes_once() {
    let env = with_article();
    let v = env.run(&["review", "visit", "--all", "--json"]).ok().json();
    let ids: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 3, "{v}");
    // Accept the first, reject the second, edit the third into `visited` with another date.
    let out = env
        .run_stdin(
            &["review", "visit", "--all"],
            "y\nn\n?\ne\nvisited\n\n2023-02\n-\n",
        )
        .ok()
        .stdout
        .clone();
    assert!(out.contains("(1/3)") && out.contains("(3/3)"), "{out}");
    assert!(out.contains("[y,n,e,s,q,?]"), "{out}");
    assert!(out.contains("q - quit"), "{out}");
    assert!(out.contains("2 accepted, 1 rejected, 0 skipped"), "{out}");
    let rels = relations(&env, "visit");
    assert_eq!(rels.len(), 2, "{rels:?}");
    assert_eq!(rels[1]["type"], "visited");
    assert_eq!(rels[1]["date"], "2023-02");
    env.run(&["check"]).ok();
    // Quitting at once writes nothing; the end of input is a quit too.
    env.run_stdin(&["review", "visit"], "q\n")
        .ok()
        .stdout_has("nothing to write");
    env.run_stdin(&["review", "visit"], "")
        .ok()
        .stdout_has("nothing to write");
    // Non-interactive.
    env.run(&["review", "visit", "--accept", "S1"])
        .ok()
        .stderr_has("already annotated");
}

#[test]
fn eval_scores_a_tiny_fixture_exactly() {
    let env = with_article();
    // Gold: the meeting and the leadership (found), and a tip-off the rules cannot see.
    for (ty, from, to, quote) in [
        ("met", "hammouchi", "wray", "استقبل عبد اللطيف حموشي"),
        (
            "leads",
            "wray",
            "fbi",
            "مدير مكتب التحقيقات الفيدرالي كريستوفر راي",
        ),
        ("tipped-off", "dgst", "fbi", "وأشاد كريستوفر راي بالتعاون"),
    ] {
        env.run(&[
            "annotate", "visit", "--type", ty, "--from", from, "--to", to, "--quote", quote,
        ])
        .ok();
    }
    let v = env.run(&["eval-suggest", "--json"]).ok().json();
    let d = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["doc"] == "visit")
        .unwrap()
        .clone();
    // Shown: met and leads, both right; praised wray–dgst is hidden (praise was right less than
    // half the time on held-out text) and not in the gold. Three gold, two found.
    assert_eq!(d["relations"]["shown"], 2, "{d}");
    assert_eq!(d["relations"]["right"], 2, "{d}");
    assert_eq!(d["relations"]["gold"], 3, "{d}");
    assert_eq!(d["relations"]["found"], 2, "{d}");
    assert_eq!(d["missed"][0], "tipped-off dgst fbi");
    let text = env.run(&["eval-suggest"]).ok().stdout.clone();
    assert!(text.contains("per type"), "{text}");
    assert!(text.contains("mentions:"), "{text}");
}

/// The figures reached on every development set, less about three points: a rule change that
/// loses ground on any of them fails here. test2 … test11 and test16 … test51 are here since they
/// were opened after their scoring; the held-out sets that are not (test12 … test15, test52 …
/// test55) are scored by hand after the rules are frozen (BENCHMARKS.md).
#[test]
fn eval_on_the_development_sets_stays_above_what_we_reach() {
    for (set, precision, recall) in [
        ("dev", 0.97, 0.73),
        ("dev2", 0.93, 0.77),
        ("dev3", 0.89, 0.75),
        ("dev4", 0.87, 0.63),
        ("dev5", 0.90, 0.73),
        ("dev6", 0.85, 0.72),
        ("dev7", 0.94, 0.67),
        ("dev8", 0.90, 0.54),
        ("dev9", 0.91, 0.67),
        ("dev10", 0.86, 0.65),
        ("dev11", 0.97, 0.68),
        ("dev12", 0.86, 0.71),
        ("dev13", 0.93, 0.57),
        ("dev14", 0.94, 0.68),
        ("test2", 0.87, 0.70),
        ("test3", 0.86, 0.77),
        ("test4", 0.85, 0.58),
        ("test5", 0.83, 0.51),
        ("test6", 0.91, 0.35),
        ("test7", 0.91, 0.72),
        ("test8", 0.82, 0.44),
        ("test9", 0.92, 0.61),
        ("test10", 0.78, 0.37),
        ("test11", 0.81, 0.56),
        ("test16", 0.87, 0.39),
        ("test17", 0.97, 0.51),
        ("test18", 0.83, 0.45),
        ("test19", 0.85, 0.48),
        ("test20", 0.77, 0.53),
        ("test21", 0.94, 0.60),
        ("test22", 0.74, 0.67),
        ("test23", 0.89, 0.40),
        ("test24", 0.93, 0.46),
        ("test25", 0.75, 0.49),
        ("test26", 0.82, 0.45),
        ("test27", 0.97, 0.42),
        ("test28", 0.87, 0.58),
        ("test29", 0.63, 0.24),
        ("test30", 0.72, 0.33),
        ("test31", 0.88, 0.50),
        ("test32", 0.86, 0.56),
        ("test33", 0.84, 0.31),
        ("test34", 0.85, 0.49),
        ("test35", 0.89, 0.24),
        ("test36", 0.80, 0.54),
        ("test37", 0.72, 0.26),
        ("test38", 0.89, 0.37),
        ("test39", 0.81, 0.33),
        ("test40", 0.79, 0.50),
        ("test41", 0.80, 0.47),
        ("test42", 0.90, 0.63),
        ("test43", 0.90, 0.70),
        ("test44", 0.87, 0.24),
        ("test45", 0.84, 0.57),
        ("test46", 0.92, 0.37),
        ("test47", 0.92, 0.29),
        ("test48", 0.89, 0.31),
        ("test49", 0.70, 0.70),
        ("test50", 0.85, 0.35),
        ("test51", 0.80, 0.07),
    ] {
        eval_stays_above(&format!("bench/suggest-eval/{set}"), precision, recall);
    }
}

fn eval_stays_above(dir: &str, min_precision: f64, min_recall: f64) {
    let env = TestEnv::from_dir(&repo().join(dir));
    let v = env.run(&["eval-suggest", "--json"]).ok().json();
    let r = &v["relations"];
    let f = |k: &str| r[k].as_f64().unwrap();
    let precision = f("right") / f("shown");
    let recall = f("found") / f("gold");
    assert!(
        precision >= min_precision,
        "{dir}: precision {precision:.3}: {r}"
    );
    assert!(recall >= min_recall, "{dir}: recall {recall:.3}: {r}");
    let m = &v["mentions"];
    let g = m["gold"].as_f64().unwrap();
    assert!(m["right"].as_f64().unwrap() / g >= 0.93, "{dir}: {m}");
    assert!(m["wrong"].as_f64().unwrap() / g <= 0.04, "{dir}: {m}");
}

/// Names read through the story's states: a bare `وزارة الداخلية` is the ministry of the state the
/// story is about, a name two states' bodies share is that state's, and a short name written as a
/// common word (`على` for the alias `علي`) is no mention.
#[test]
fn institutions_are_read_through_the_story_s_states() {
    let env = TestEnv::shipped();
    for args in [
        &[
            "actor",
            "add",
            "uae",
            "--kind",
            "country",
            "--name",
            "en=UAE",
            "--name",
            "ar=الإمارات",
            "--country",
            "AE",
        ][..],
        &[
            "actor",
            "add",
            "uae-moi",
            "--kind",
            "organization",
            "--name",
            "en=UAE Ministry of Interior",
            "--name",
            "ar=وزارة الداخلية الإماراتية",
            "--country",
            "AE",
        ],
        &[
            "actor",
            "add",
            "iraq-moi",
            "--kind",
            "organization",
            "--name",
            "en=Iraqi Ministry of Interior",
            "--name",
            "ar=وزارة الداخلية العراقية",
            "--alias",
            "وزارة الداخلية",
            "--country",
            "IQ",
        ],
        &[
            "actor",
            "add",
            "mr-dgsn",
            "--kind",
            "agency",
            "--name",
            "en=DGSN (Mauritania)",
            "--name",
            "ar=المديرية العامة للأمن الوطني",
            "--country",
            "MR",
        ],
        &[
            "actor",
            "add",
            "mauritania",
            "--kind",
            "country",
            "--name",
            "en=Mauritania",
            "--name",
            "ar=موريتانيا",
            "--country",
            "MR",
        ],
        &[
            "actor",
            "add",
            "ali",
            "--kind",
            "person",
            "--name",
            "en=Ali Abdul Karim Ali",
            "--name",
            "ar=علي عبد الكريم علي",
            "--alias",
            "علي",
            "--country",
            "LB",
        ],
    ] {
        env.run(args).ok();
    }
    let (_, uae) = env.suggested_mentions(
        "uae",
        "سلمت وزارة الداخلية مطلوبين إلى فرنسا، وأكدت الإمارات حرصها على التعاون.\n",
    );
    assert!(
        uae.contains(&("uae-moi".to_string(), "وزارة الداخلية".to_string())),
        "{uae:?}"
    );
    assert!(!uae.iter().any(|m| m.0 == "iraq-moi"), "{uae:?}");
    assert!(!uae.iter().any(|m| m.0 == "ali"), "{uae:?}");
    let (_, mr) = env.suggested_mentions(
        "mr",
        "وقعت المديرية العامة للأمن الوطني في موريتانيا اتفاقية، وأشرف عليها مسؤولو موريتانيا.\n",
    );
    assert!(mr.iter().any(|m| m.0 == "mr-dgsn"), "{mr:?}");
    assert!(!mr.iter().any(|m| m.0 == "dgsn"), "{mr:?}");
}

/// The wrong resolutions: another city's bureau, another institute, and a cut proclitic.
#[test]
fn partial_names_do_not_resolve_and_unknown_names_are_candidates() {
    let env = TestEnv::shipped();
    let (v, mentions) = env.suggested_mentions("partial", "وأشعر المكتب المركزي الوطني بالرباط المكتب المركزي الوطني بباريس بالتوقيف.\nويحتضن المعهد الملكي للشرطة القضائية بالقنيطرة دورة تكوينية.\nوقال المدير العام للأمن الوطني إن اللواء عبيدالله المعايطة زار الرباط في شهر يونيو 2022.\nونظمت الجامعة والإنتربول الدورة.\n");
    // Rabat's bureau once (its own city), not Paris's; not the DCPJ inside the institute's name.
    assert_eq!(
        mentions.iter().filter(|m| m.0 == "interpol-rabat").count(),
        1,
        "{mentions:?}"
    );
    assert!(!mentions.iter().any(|m| m.0 == "dcpj"), "{mentions:?}");
    // After a conjunction, a name is no institute's complement (`الجامعة والإنتربول`).
    assert!(
        mentions.contains(&("interpol".to_string(), "الإنتربول".to_string())),
        "{mentions:?}"
    );
    // The merged preposition and article stay in the span.
    assert!(
        mentions.contains(&("dgsn".to_string(), "للأمن الوطني".to_string())),
        "{mentions:?}"
    );
    let cands: Vec<&str> = v["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(cands.contains(&"عبيدالله المعايطة"), "{cands:?}");
    assert!(
        cands
            .iter()
            .any(|c| c.starts_with("المعهد الملكي للشرطة القضائية")),
        "{cands:?}"
    );
    assert!(cands.contains(&"المكتب المركزي الوطني بباريس"), "{cands:?}");
    let text = env.run(&["suggest", "partial"]).ok().stdout.clone();
    assert!(text.contains("new actor candidates"), "{text}");
    assert!(text.contains("liaison actor add "), "{text}");
}
