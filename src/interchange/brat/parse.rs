//! Parsing one brat `.ann` file.

use super::{DB, RELATION_END};
use crate::error::Error;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// A `T` line.
pub(super) struct TextBound {
    pub(super) ty: String,
    pub(super) span: [u32; 2],
    pub(super) text: String,
    pub(super) line: usize,
}

/// One parsed `.ann` file.
#[derive(Default)]
pub(super) struct Ann {
    pub(super) t: BTreeMap<String, TextBound>,
    pub(super) t_order: Vec<String>,
    /// T id → (actor id, display text).
    pub(super) refs: HashMap<String, (String, String)>,
    pub(super) ends: Vec<String>,
    /// Target id → (note text, line of the `#` line).
    pub(super) notes: HashMap<String, (String, usize)>,
    /// (id, type, arg1, arg2, line).
    pub(super) rels: Vec<(String, String, String, String, usize)>,
}

pub(super) fn bad(path: &Path, line: usize, what: String, help: &str) -> Error {
    Error::usage(
        format!("{}:{line}: {what}", path.display()),
        help.to_string(),
    )
}

fn duplicate(path: &Path, line: usize, id: &str) -> Error {
    bad(
        path,
        line,
        format!("{id} is defined twice"),
        "give every annotation its own id (T1, T2…, R1, R2…)",
    )
}

/// The fragments of a `T` line's offsets (`S E` or `S1 E1;S2 E2…`), checked against a text of
/// `len` code points: numbers, start ≤ end ≤ len, in text order without overlap (as brat
/// requires). The error says what is wrong.
fn fragments(offs: &str, len: usize) -> Result<Vec<[u32; 2]>, String> {
    let mut frags: Vec<[u32; 2]> = Vec::new();
    for f in offs.split(';') {
        let nums: Vec<&str> = f.split_whitespace().collect();
        let [s, e] = nums.as_slice() else {
            return Err(format!(
                "bad offsets {offs:?}: each fragment is two numbers, START END"
            ));
        };
        let (Ok(s), Ok(e)) = (s.parse::<u32>(), e.parse::<u32>()) else {
            return Err(format!(
                "bad offsets {offs:?}: {f:?} is not two non-negative whole numbers"
            ));
        };
        if s > e {
            return Err(format!(
                "bad offsets {offs:?}: fragment {s} {e} ends before it starts"
            ));
        }
        if e as usize > len {
            return Err(format!(
                "bad offsets {offs:?}: fragment {s} {e} runs past the end of the text ({len} characters)"
            ));
        }
        if let Some(prev) = frags.last() {
            if s < prev[1] {
                return Err(format!(
                    "bad offsets {offs:?}: fragment {s} {e} starts before the end of the fragment before it ({} {}); brat requires fragments in text order, without overlap",
                    prev[0], prev[1]
                ));
            }
        }
        frags.push([s, e]);
    }
    Ok(frags)
}

pub(super) fn parse_ann(
    path: &Path,
    src: &str,
    chars: &[char],
    notes: &mut Vec<String>,
) -> Result<Ann, Error> {
    let mut a = Ann::default();
    for (i, raw) in src.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = l.splitn(3, '\t').collect();
        let id = fields[0];
        let body = fields.get(1).copied().unwrap_or("");
        let mut words = body.split(' ').filter(|w| !w.is_empty());
        match id.chars().next() {
            Some('T') => {
                let body = body.trim_start();
                let ty = words.next().unwrap_or("").to_string();
                let offs = body.get(ty.len()..).unwrap_or("").trim();
                let frags = fragments(offs, chars.len()).map_err(|what| {
                    bad(
                        path,
                        line,
                        what,
                        "a T line is `T1<TAB>TYPE START END<TAB>TEXT`, offsets in Unicode code points of the .txt, end exclusive; a discontinuous span lists its fragments in text order, `S1 E1;S2 E2` with S2 ≥ E1",
                    )
                })?;
                let text = fields.get(2).copied().unwrap_or("").to_string();
                let want: Vec<String> = frags
                    .iter()
                    .map(|f| chars[f[0] as usize..f[1] as usize].iter().collect())
                    .collect();
                if want.join(" ") != text {
                    return Err(bad(
                        path,
                        line,
                        format!(
                            "the text {text:?} is not what the offsets cover ({:?})",
                            want.join(" ")
                        ),
                        "fix the offsets (code points of the .txt, end exclusive) or the text",
                    ));
                }
                let span = [frags[0][0], frags[frags.len() - 1][1]];
                let exact: String = chars[span[0] as usize..span[1] as usize].iter().collect();
                if a.t.contains_key(id) {
                    return Err(duplicate(path, line, id));
                }
                a.t_order.push(id.to_string());
                a.t.insert(
                    id.to_string(),
                    TextBound {
                        ty,
                        span,
                        text: exact,
                        line,
                    },
                );
            }
            Some('N') => {
                let _kind = words.next();
                let target = words.next().unwrap_or("").to_string();
                let reference = words.next().unwrap_or("");
                match reference.split_once(':') {
                    Some((db, actor)) if db == DB => {
                        let shown = fields.get(2).copied().unwrap_or("").to_string();
                        a.refs.insert(target, (actor.to_string(), shown));
                    }
                    _ => {
                        notes.push(format!(
                            "{}:{line}: note: reference {reference:?} is not to {DB}:ID; ignored",
                            path.display()
                        ));
                    }
                }
            }
            Some('A') | Some('M') => {
                let name = words.next().unwrap_or("");
                let target = words.next().unwrap_or("").to_string();
                if name == RELATION_END {
                    a.ends.push(target);
                } else {
                    notes.push(format!(
                        "{}:{line}: note: attribute {name:?} has no meaning here; ignored",
                        path.display()
                    ));
                }
            }
            Some('#') => {
                let target = body.split(' ').nth(1).unwrap_or("").to_string();
                let text = fields.get(2).copied().unwrap_or("").to_string();
                if a.notes.insert(target.clone(), (text, line)).is_some() {
                    return Err(bad(
                        path,
                        line,
                        format!("a second note on {target:?}"),
                        "keep one `#` line per annotation: merge the notes into one",
                    ));
                }
            }
            Some('R') => {
                let ty = words.next().unwrap_or("").to_string();
                let mut arg1 = None;
                let mut arg2 = None;
                for w in words {
                    match w.split_once(':') {
                        Some(("Arg1", t)) => arg1 = Some(t.to_string()),
                        Some(("Arg2", t)) => arg2 = Some(t.to_string()),
                        _ => {}
                    }
                }
                match (arg1, arg2) {
                    (Some(x), Some(y)) => {
                        if a.rels.iter().any(|r| r.0 == id) {
                            return Err(duplicate(path, line, id));
                        }
                        a.rels.push((id.to_string(), ty, x, y, line))
                    }
                    _ => {
                        return Err(bad(
                            path,
                            line,
                            "a relation needs Arg1 and Arg2".into(),
                            "write `R1<TAB>TYPE Arg1:T1 Arg2:T2`",
                        ));
                    }
                }
            }
            _ => {
                notes.push(format!(
                    "{}:{line}: note: {:?} annotations (events, equivalences) are not part of liaison's model; ignored",
                    path.display(),
                    id.chars().next().unwrap_or(' ')
                ));
            }
        }
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_checked_not_trusted() {
        assert_eq!(fragments("0 2", 5), Ok(vec![[0, 2]]));
        assert_eq!(fragments("0 2;3 5", 5), Ok(vec![[0, 2], [3, 5]]));
        assert_eq!(fragments("0 2;2 5", 5), Ok(vec![[0, 2], [2, 5]]));
        for (offs, what) in [
            ("3 5;0 2", "text order"),
            ("0 3;2 5", "text order"),
            ("0 6", "past the end"),
            ("4 2", "ends before"),
            ("x 2", "whole numbers"),
            ("-1 2", "whole numbers"),
            ("0 4294967296", "whole numbers"),
            ("", "two numbers"),
            ("0 2;", "two numbers"),
            ("1", "two numbers"),
        ] {
            let e = fragments(offs, 5).unwrap_err();
            assert!(e.contains(what), "{offs:?}: {e}");
        }
    }

    #[test]
    fn hostile_lines_are_errors_not_panics() {
        let chars: Vec<char> = "ab cd".chars().collect();
        for src in [
            "T1\tagency 3 5;0 2\tcd ab",
            "T1\tagency 0 9\tab",
            "T1\t  agency 0 2\tab\nT1\tagency 0 2\tab",
            "R1\tmet Arg1:T1",
            "R1\tmet Arg1:T1 Arg2:T1\nR1\tmet Arg1:T1 Arg2:T1",
        ] {
            let mut notes = Vec::new();
            assert!(
                parse_ann(Path::new("x.ann"), src, &chars, &mut notes).is_err(),
                "{src:?}"
            );
        }
        // A type in another script is read, not cut inside a character.
        let mut notes = Vec::new();
        let a = parse_ann(
            Path::new("x.ann"),
            "T1\t\u{0627}\u{0644} 0 2\tab",
            &chars,
            &mut notes,
        );
        assert_eq!(a.unwrap().t["T1"].span, [0, 2]);
    }
}
