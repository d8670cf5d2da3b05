//! Confidences that mean what they say.
//!
//! A rule's own confidence is its author's guess. On text the rules had not been written against,
//! those guesses were off by up to forty points: praise proposals given 0.75 were right 41% of the
//! time, leadership from a title given 0.9 was right 92% of the time. And one rule is not equally
//! good for every pair: praise by a person was right three times in four, praise by a body or a
//! state almost never. `calibration.tsv` records, per rule, relation type and the kinds of the two
//! actors, how many proposals the rules made on held-out sets (each run with the rules as they
//! were when the set was scored once) and how many the gold states;
//! `bench/suggest-calibrate.sh` rebuilds it.
//!
//! A proposal's confidence is measured in two steps, each counting what comes before it as
//! [`PRIOR_WEIGHT`] proposals of evidence: the rule's own guess, then what the rule did for that
//! type, then what it did for that type between actors of those two kinds. A rule seen a hundred
//! times is what it did; a rule seen twice moves only a little; a rule never measured keeps its
//! own guess.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How many measured proposals the estimate before each step is worth.
pub const PRIOR_WEIGHT: f32 = 4.0;

const TABLE: &str = include_str!("calibration.tsv");

/// `(proposed, right)`, per `(rule, type)` and per `(rule, type, source kind, target kind)`.
#[derive(Default)]
struct Counts<'a> {
    by_rule: HashMap<(&'a str, &'a str), (u32, u32)>,
    by_kinds: HashMap<(&'a str, &'a str, &'a str, &'a str), (u32, u32)>,
}

/// The embedded table.
fn table() -> &'static Counts<'static> {
    static T: OnceLock<Counts<'static>> = OnceLock::new();
    T.get_or_init(|| parse(TABLE).0)
}

/// The table's rows, and the lines that are neither a comment nor a row (none, in a good table).
fn parse(text: &str) -> (Counts<'_>, Vec<&str>) {
    let mut counts = Counts::default();
    let mut bad = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [rule, ty, source, target, made, right] = f.as_slice() else {
            bad.push(line);
            continue;
        };
        match (made.parse::<u32>(), right.parse::<u32>()) {
            (Ok(m), Ok(r)) if r <= m => {
                let all = counts.by_rule.entry((*rule, *ty)).or_default();
                *all = (all.0 + m, all.1 + r);
                let kinds = counts
                    .by_kinds
                    .entry((*rule, *ty, *source, *target))
                    .or_default();
                *kinds = (kinds.0 + m, kinds.1 + r);
            }
            _ => bad.push(line),
        }
    }
    (counts, bad)
}

/// The confidence of a proposal of type `ty` found by `rule` between a `source` and a `target` of
/// those kinds, whose rule guessed `own`.
pub fn calibrated(rule: &str, ty: &str, source: &str, target: &str, own: f32) -> f32 {
    estimate(table(), rule, ty, source, target, own)
}

fn estimate(c: &Counts, rule: &str, ty: &str, source: &str, target: &str, own: f32) -> f32 {
    let step = |prior: f32, (made, right): (u32, u32)| {
        (right as f32 + PRIOR_WEIGHT * prior) / (made as f32 + PRIOR_WEIGHT)
    };
    let of_rule = step(own, c.by_rule.get(&(rule, ty)).copied().unwrap_or_default());
    let kinds = c.by_kinds.get(&(rule, ty, source, target)).copied();
    step(of_rule, kinds.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_parses_whole() {
        let (counts, bad) = parse(TABLE);
        assert!(bad.is_empty(), "lines that are not rows: {bad:?}");
        assert!(counts.by_rule.len() >= 20, "{} rules", counts.by_rule.len());
    }

    #[test]
    fn measured_rules_move_toward_what_they_did() {
        let t = "# comment\n\
                 well\tleads\tperson\tagency\t100\t95\n\
                 weak\tpraised\tperson\tcountry\t10\t8\n\
                 weak\tpraised\tagency\tcountry\t20\t1\n\
                 once\tmet\tperson\tperson\t1\t0\n";
        let (counts, bad) = parse(t);
        assert!(bad.is_empty());
        // (rule, type, source kind, target kind, own confidence, expected within 0.01)
        let cases = [
            // 95 of 100 → 0.944, then the same 95 of 100 between these kinds → 0.950.
            ("well", "leads", "person", "agency", 0.8, 0.950),
            // The rule: 9 of 30 → 0.353; by a person: 8 of 10 → 0.672.
            ("weak", "praised", "person", "country", 0.75, 0.672),
            // By a body: 1 of 20 → 0.100.
            ("weak", "praised", "agency", "country", 0.75, 0.100),
            // Kinds never seen: the rule's figure, 0.353.
            ("weak", "praised", "person", "person", 0.75, 0.353),
            // 0 of 1: 0.68, then 0.544.
            ("once", "met", "person", "person", 0.85, 0.544),
            ("never", "met", "person", "person", 0.3, 0.3),
            ("well", "met", "person", "agency", 0.6, 0.6),
        ];
        for (rule, ty, s, t, own, want) in cases {
            let got = estimate(&counts, rule, ty, s, t, own);
            assert!(
                (got - want).abs() < 0.01,
                "{rule} {ty} {s} {t} {own}: {got} ≠ {want}"
            );
        }
    }

    #[test]
    fn bad_rows_are_reported_not_read() {
        let (counts, bad) =
            parse("a\tmet\tperson\tperson\t3\t4\nb\tmet\tx\ty\tx\t1\nc\tmet\t2\t1\n");
        assert!(counts.by_rule.is_empty());
        assert_eq!(bad.len(), 3);
    }

    #[test]
    fn an_unmeasured_rule_keeps_its_own_confidence() {
        assert_eq!(
            calibrated("no-such-rule", "met", "person", "person", 0.42),
            0.42
        );
    }
}
