//! Confidences that mean what they say.
//!
//! A rule's own confidence is its author's guess. On text the rules had not been written against,
//! those guesses were off by up to forty points: praise proposals given 0.75 were right 41% of the
//! time, leadership from a title given 0.9 was right 92% of the time. `calibration.tsv` records,
//! per rule and relation type, how many proposals the rules made on held-out sets (each run with
//! the rules as they were when the set was scored once) and how many the gold states;
//! `bench/suggest-calibrate.sh` rebuilds it.
//!
//! A proposal's confidence becomes the rule's measured precision, with the rule's own confidence
//! counted as [`PRIOR_WEIGHT`] proposals of prior evidence: a rule seen a hundred times is what it
//! did, a rule seen twice moves only a little, and a rule never measured keeps its own guess.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How many measured proposals the rule's own confidence is worth.
pub const PRIOR_WEIGHT: f32 = 4.0;

const TABLE: &str = include_str!("calibration.tsv");

/// `(rule, type) → (proposed, right)`.
type Rows<'a> = HashMap<(&'a str, &'a str), (u32, u32)>;

/// The embedded table.
fn table() -> &'static Rows<'static> {
    static T: OnceLock<Rows<'static>> = OnceLock::new();
    T.get_or_init(|| parse(TABLE).0)
}

/// The table's rows, and the lines that are neither a comment nor a row (none, in a good table).
fn parse(text: &str) -> (Rows<'_>, Vec<&str>) {
    let mut rows = HashMap::new();
    let mut bad = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            [rule, ty, made, right] => match (made.parse::<u32>(), right.parse::<u32>()) {
                (Ok(m), Ok(r)) if r <= m => {
                    rows.insert((*rule, *ty), (m, r));
                }
                _ => bad.push(line),
            },
            _ => bad.push(line),
        }
    }
    (rows, bad)
}

/// The confidence of a proposal of type `ty` found by `rule`, whose own confidence is `own`.
pub fn calibrated(rule: &str, ty: &str, own: f32) -> f32 {
    estimate(table(), rule, ty, own)
}

fn estimate(rows: &Rows<'_>, rule: &str, ty: &str, own: f32) -> f32 {
    let (made, right) = rows.get(&(rule, ty)).copied().unwrap_or((0, 0));
    (right as f32 + PRIOR_WEIGHT * own) / (made as f32 + PRIOR_WEIGHT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_parses_whole() {
        let (rows, bad) = parse(TABLE);
        assert!(bad.is_empty(), "lines that are not rows: {bad:?}");
        assert!(rows.len() >= 20, "{} rows", rows.len());
    }

    #[test]
    fn measured_rules_move_toward_what_they_did() {
        let t = "# comment\nwell\tleads\t100\t95\nweak\tpraised\t30\t9\nonce\tmet\t1\t0\n";
        let (rows, bad) = parse(t);
        assert!(bad.is_empty());
        // (rule, type, own confidence, expected within 0.01)
        let cases = [
            ("well", "leads", 0.8, 0.942),
            ("weak", "praised", 0.75, 0.353),
            ("once", "met", 0.85, 0.68),
            ("never", "met", 0.3, 0.3),
            ("well", "met", 0.6, 0.6),
        ];
        for (rule, ty, own, want) in cases {
            let got = estimate(&rows, rule, ty, own);
            assert!(
                (got - want).abs() < 0.01,
                "{rule} {ty} {own}: {got} ≠ {want}"
            );
        }
    }

    #[test]
    fn bad_rows_are_reported_not_read() {
        let (rows, bad) = parse("a\tmet\t3\t4\nb\tmet\tx\t1\nc\tmet\t2\n");
        assert!(rows.is_empty());
        assert_eq!(bad.len(), 3);
    }

    #[test]
    fn an_unmeasured_rule_keeps_its_own_confidence() {
        assert_eq!(calibrated("no-such-rule", "met", 0.42), 0.42);
    }
}
