//! Name folding and actor-name resolution.
//!
//! Analysts type names as they remember them: without tashkeel, with a plain alef for أ/إ/آ, in any
//! case, with or without Latin accents. Every name, alias and query is folded the same way before
//! it is compared, so all those spellings meet.

use crate::graph::Graph;
use crate::store::ArchivedNameKey;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

const TATWEEL: char = '\u{0640}';

/// Folds one source character into zero or more output characters, calling `out` for each.
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    decompose_canonical(c, |d| {
        if is_combining_mark(d) || d == TATWEEL || is_format_char(d) {
            return;
        }
        let d = match d {
            'ة' => 'ه',
            'ى' | 'ی' => 'ي',
            'ک' => 'ك',
            'ٱ' => 'ا',
            _ => d,
        };
        for l in d.to_lowercase() {
            out(l);
        }
    });
}

/// Bidi marks and other invisible format characters that must not split or change a name.
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

/// Characters dropped without leaving a word break: `U.S.` is `us`, `O'Brien` is `obrien`.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | 'ʼ' | '‘')
}

/// Folds `s` for comparison: lowercase, no diacritics or tatweel, Arabic letter variants unified,
/// punctuation turned into single spaces. Also returns, for every output character, the index (in
/// code points) of the source character it came from, so a match in folded text maps back to a
/// span of the original.
pub fn fold_mapped(s: &str) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut pending_space = false;
    for (i, c) in s.chars().enumerate() {
        if is_joiner(c) {
            continue;
        }
        fold_char(c, &mut |f| {
            if f.is_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                    map.push(i as u32);
                }
                pending_space = false;
                out.push(f);
                map.push(i as u32);
            } else {
                pending_space = true;
            }
        });
    }
    (out, map)
}

/// [`fold_mapped`] without the map.
pub fn fold(s: &str) -> String {
    fold_mapped(s).0
}

/// The words of a folded string, each also without the Arabic article `ال` when it has one, so
/// `انتربول` finds `الإنتربول`.
pub fn tokens(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    for t in folded.split(' ').filter(|t| !t.is_empty()) {
        out.push(t.to_string());
        if let Some(rest) = strip_article(t) {
            out.push(rest.to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn strip_article(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("ال")?;
    (rest.chars().count() >= 2).then_some(rest)
}

/// Why a name did not resolve to exactly one actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// No actor has this name; the closest names, best first, as (actor id, name).
    Unknown { suggestions: Vec<(String, String)> },
    /// Several actors fit; their ids, sorted.
    Ambiguous { candidates: Vec<String> },
}

/// Resolves an id, name or alias (whole, or a distinctive part of it) to an actor index.
///
/// An exact id wins, then an exact whole name or alias, then the actors whose names contain every
/// word of the query.
pub fn resolve(store: &Graph<'_>, query: &str) -> Result<u32, Unresolved> {
    let q = query.trim();
    if let Some(i) = store.actor_index(&q.to_lowercase()) {
        return Ok(i);
    }
    let key = fold(q);
    if key.is_empty() {
        return Err(Unresolved::Unknown {
            suggestions: Vec::new(),
        });
    }
    let exact = lookup(store.name_keys(), &key);
    match exact.len() {
        1 => return Ok(exact[0]),
        n if n > 1 => return Err(ambiguous(store, exact)),
        _ => {}
    }
    let mut candidates: Option<Vec<u32>> = None;
    for word in key.split(' ') {
        let mut found = lookup(store.token_keys(), word);
        if let Some(bare) = strip_article(word) {
            found.extend(lookup(store.token_keys(), bare));
        }
        found.sort_unstable();
        found.dedup();
        candidates = Some(match candidates {
            None => found,
            Some(prev) => prev
                .into_iter()
                .filter(|a| found.binary_search(a).is_ok())
                .collect(),
        });
    }
    let candidates = candidates.unwrap_or_default();
    match candidates.len() {
        1 => Ok(candidates[0]),
        0 => Err(Unresolved::Unknown {
            suggestions: suggest(store, &key, 5),
        }),
        _ => Err(ambiguous(store, candidates)),
    }
}

fn ambiguous(store: &Graph<'_>, actors: Vec<u32>) -> Unresolved {
    let mut candidates: Vec<String> = actors
        .into_iter()
        .map(|a| store.actor(a).id.to_string())
        .collect();
    candidates.sort();
    Unresolved::Ambiguous { candidates }
}

/// Distinct actors whose key equals `key` in a sorted key list.
fn lookup(keys: &[ArchivedNameKey], key: &str) -> Vec<u32> {
    let start = keys.partition_point(|k| k.key.as_str() < key);
    let mut out: Vec<u32> = keys[start..]
        .iter()
        .take_while(|k| k.key.as_str() == key)
        .map(|k| k.actor.to_native())
        .collect();
    out.dedup();
    out
}

/// The names closest to `key` (Jaro-Winkler on folded forms), one per actor.
fn suggest(store: &Graph<'_>, key: &str, n: usize) -> Vec<(String, String)> {
    let mut best: Vec<(f64, u32)> = Vec::new();
    for k in store.name_keys().iter() {
        let score = strsim::jaro_winkler(key, k.key.as_str());
        if score >= 0.75 {
            best.push((score, k.actor.to_native()));
        }
    }
    best.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (_, a) in best {
        if seen.contains(&a) {
            continue;
        }
        seen.push(a);
        let actor = &store.actor(a);
        out.push((actor.id.to_string(), actor.display_name().to_string()));
        if out.len() == n {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        let cases = [
            ("Hammouchi", "hammouchi"),
            ("  Abdellatif   HAMMOUCHI ", "abdellatif hammouchi"),
            ("Sûreté nationale", "surete nationale"),
            ("U.S. Embassy", "us embassy"),
            ("الإنتربول", "الانتربول"),
            ("أمريكا", "امريكا"),
            ("آمن", "امن"),
            ("مُحَمَّد", "محمد"),
            ("حمـــوشي", "حموشي"),
            ("المديرية العامة", "المديريه العامه"),
            ("مصطفى", "مصطفي"),
            ("“الأمن”،", "الامن"),
            ("Al-Qaeda", "al qaeda"),
            ("\u{200F}FBI", "fbi"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "folding {input:?}");
        }
    }

    #[test]
    fn fold_map_points_back_to_source() {
        let src = "قال حَمُّوشي، أمس";
        let (folded, map) = fold_mapped(src);
        let at = folded.find("حموشي").unwrap();
        let start_char = folded[..at].chars().count();
        let end_char = start_char + "حموشي".chars().count();
        let s = map[start_char] as usize;
        let e = map[end_char - 1] as usize + 1;
        let original: String = src.chars().skip(s).take(e - s).collect();
        assert_eq!(original, "حَمُّوشي");
    }

    #[test]
    fn tokens_drop_the_article() {
        assert_eq!(tokens("الانتربول"), vec!["الانتربول", "انتربول"]);
        assert_eq!(tokens("al qaeda"), vec!["al", "qaeda"]);
    }
}
