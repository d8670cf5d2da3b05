//! The annotation files as written on disk, and the partial dates they carry.
//!
//! These types mirror `graph/README.md` one to one; unknown fields are refused so a typo in a
//! field name is an error rather than a silently ignored value.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// `graph/schema.json`: the vocabulary of actor kinds and relation types.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchemaFile {
    pub version: u32,
    pub actor_kinds: Vec<KindDef>,
    pub relation_types: Vec<TypeDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    pub id: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    pub id: String,
    pub directed: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    pub source_kinds: Vec<String>,
    pub target_kinds: Vec<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// `graph/actors.json`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorsFile {
    pub actors: Vec<ActorDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorDef {
    pub id: String,
    pub kind: String,
    pub names: BTreeMap<String, String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `graph/docs/ID.json`: a document's metadata and its annotations.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocFile {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    #[serde(default)]
    pub out_of_scope: Vec<OutOfScope>,
    #[serde(default)]
    pub mentions: Vec<MentionDef>,
    #[serde(default)]
    pub relations: Vec<RelationDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutOfScope {
    pub span: [u32; 2],
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionDef {
    pub actor: String,
    pub span: [u32; 2],
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationDef {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub source: String,
    pub target: String,
    pub span: [u32; 2],
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_inferred: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A day, month, year or interval of those, as the sources give it. Stored as the first and last
/// day it covers, written `yyyymmdd` as integers so that comparing them compares dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub lo: u32,
    pub hi: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        _ => 28,
    }
}

fn parse_point(s: &str) -> Result<DateRange, DateError> {
    let bad = || {
        DateError(format!(
            "`{s}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-06-13), or an interval START/END"
        ))
    };
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Result<u32, DateError> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let year = num(parts[0], 4)?;
    match parts.len() {
        1 => Ok(DateRange {
            lo: year * 10000 + 101,
            hi: year * 10000 + 1231,
        }),
        2 | 3 => {
            let month = num(parts[1], 2)?;
            if !(1..=12).contains(&month) {
                return Err(DateError(format!(
                    "`{s}`: month {month} is not between 01 and 12"
                )));
            }
            let base = year * 10000 + month * 100;
            if parts.len() == 2 {
                return Ok(DateRange {
                    lo: base + 1,
                    hi: base + days_in_month(year, month),
                });
            }
            let day = num(parts[2], 2)?;
            let max = days_in_month(year, month);
            if day == 0 || day > max {
                return Err(DateError(format!(
                    "`{s}`: day {day} does not exist in {year}-{month:02} (it has {max} days)"
                )));
            }
            Ok(DateRange {
                lo: base + day,
                hi: base + day,
            })
        }
        _ => Err(bad()),
    }
}

impl DateRange {
    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `START/END` of those.
    pub fn parse(s: &str) -> Result<DateRange, DateError> {
        let s = s.trim();
        match s.split_once('/') {
            None => parse_point(s),
            Some((a, b)) => {
                let a = parse_point(a.trim())?;
                let b = parse_point(b.trim())?;
                if b.hi < a.lo {
                    return Err(DateError(format!(
                        "`{s}`: the interval ends before it starts"
                    )));
                }
                Ok(DateRange { lo: a.lo, hi: b.hi })
            }
        }
    }

    /// Whether any day of this range is on or after any day of `since`.
    pub fn reaches(&self, since: &DateRange) -> bool {
        self.hi >= since.lo
    }

    /// Whether any day of this range is on or before any day of `until`.
    pub fn starts_by(&self, until: &DateRange) -> bool {
        self.lo <= until.hi
    }
}

/// Whether a relation type may join actors of two kinds, in that order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Yes,
    /// Only the other way round: source and target look swapped.
    Swapped,
    No,
}

impl TypeDef {
    /// Whether the schema lists these kinds in this order (a source kind, a target kind).
    pub fn allows(&self, source_kind: &str, target_kind: &str) -> bool {
        self.source_kinds.iter().any(|k| k == source_kind)
            && self.target_kinds.iter().any(|k| k == target_kind)
    }

    /// The one kind rule of the schema: a source of a `source_kinds` kind to a target of a
    /// `target_kinds` kind, either way round for an undirected type.
    pub fn fit(&self, source_kind: &str, target_kind: &str) -> Fit {
        let fits = |a, b| self.allows(a, b);
        if fits(source_kind, target_kind) || (!self.directed && fits(target_kind, source_kind)) {
            Fit::Yes
        } else if fits(target_kind, source_kind) {
            Fit::Swapped
        } else {
            Fit::No
        }
    }
}

/// Ids of actors and documents: safe as file names, DOT and XML ids.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Ids of relations: letters, digits, `-`, `_`, `.`, so they stay valid XML NMTOKENs.
pub fn is_relation_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The JSON text of a corpus file: 2-space indent, non-ASCII written as is, fields in the order
/// this module declares them, and a final newline, so the same content always gives the same bytes.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(value)
        .unwrap_or_else(|e| panic!("model types always serialize: {e}"));
    v.push(b'\n');
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let cases: &[(&str, Option<(u32, u32)>)] = &[
            ("2021", Some((20210101, 20211231))),
            ("2021-06", Some((20210601, 20210630))),
            ("2024-02", Some((20240201, 20240229))),
            ("2023-02", Some((20230201, 20230228))),
            ("2021-06-13", Some((20210613, 20210613))),
            ("2021-06-13/2021-06-14", Some((20210613, 20210614))),
            ("2019/2021-03", Some((20190101, 20210331))),
            ("2021-13", None),
            ("2021-02-30", None),
            ("2021-6-1", None),
            ("21", None),
            ("June 2021", None),
            ("2021-06-14/2021-06-13", None),
            ("", None),
            ("2021-06-13/", None),
        ];
        for (input, want) in cases {
            let got = DateRange::parse(input).ok().map(|d| (d.lo, d.hi));
            assert_eq!(got, *want, "parsing {input:?}");
        }
    }

    #[test]
    fn partial_dates_compare_by_overlap() {
        let june = DateRange::parse("2021-06").unwrap();
        assert!(june.reaches(&DateRange::parse("2021-06-30").unwrap()));
        assert!(!june.reaches(&DateRange::parse("2021-07-01").unwrap()));
        assert!(june.starts_by(&DateRange::parse("2021-06-01").unwrap()));
        assert!(!june.starts_by(&DateRange::parse("2021-05").unwrap()));
    }

    #[test]
    fn slugs() {
        for ok in ["dgst", "abdellatif-hammouchi", "000", "a1"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in ["", "DGST", "-x", "a b", "a_b", "حموشي", "a.b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
