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
    pub(super) notes: HashMap<String, String>,
    /// (id, type, arg1, arg2, line).
    pub(super) rels: Vec<(String, String, String, String, usize)>,
}

pub(super) fn bad(path: &Path, line: usize, what: String, help: &str) -> Error {
    Error::usage(
        format!("{}:{line}: {what}", path.display()),
        help.to_string(),
    )
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
                let ty = words.next().unwrap_or("").to_string();
                let offs = body.get(ty.len()..).unwrap_or("").trim();
                let mut frags = Vec::new();
                for f in offs.split(';') {
                    let nums: Vec<Option<u32>> =
                        f.split_whitespace().map(|x| x.parse().ok()).collect();
                    match nums.as_slice() {
                        [Some(s), Some(e)] if s <= e && (*e as usize) <= chars.len() => frags.push([*s, *e]),
                        _ => {
                            return Err(bad(
                                path,
                                line,
                                format!("bad offsets {offs:?} (the text has {} characters)", chars.len()),
                                "a T line is `T1<TAB>TYPE START END<TAB>TEXT`, offsets in Unicode code points, end exclusive; fragments `S E;S E`",
                            ))
                        }
                    }
                }
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
                a.notes
                    .insert(target, fields.get(2).copied().unwrap_or("").to_string());
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
                    (Some(x), Some(y)) => a.rels.push((id.to_string(), ty, x, y, line)),
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
