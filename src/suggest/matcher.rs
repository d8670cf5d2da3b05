//! The name matcher: every name and alias of every actor, folded (`text::fold`), in one
//! Aho-Corasick automaton run over the folded text. A match counts only as a whole word, allowing
//! the Arabic proclitics that attach to a name: و and ف (and, so), ب ك ل (with, like, for), in
//! that order (`وبالمديرية`), and ل before the article, which then loses its alef (`للأمن` is
//! ل + الأمن; that ل stays inside the span, as the guidelines want, while و ف ب ك stay out).
//! Where matches overlap the longest wins. An all-capital Latin acronym (`DGST`, `US`) matches only
//! in capitals, so the English word "us" is not the United States.

use super::lexicon::Index;
use super::Found;
use crate::corpus::Corpus;
use crate::text::{fold, fold_mapped};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;

/// Prefixes allowed before an Arabic name inside its word.
pub const PROCLITICS: &[&str] = &[
    "", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل",
];

struct Pattern {
    /// Indices into `Corpus::actors`, sorted, deduplicated.
    actors: Vec<usize>,
    /// The `لل` form of a name that starts with the article: needs `ل` right before it.
    lam: bool,
    /// Matches only where the text is in capitals (an acronym).
    caps: bool,
    arabic: bool,
}

/// The automaton over every name and alias of the corpus's actors.
pub struct Matcher {
    ac: AhoCorasick,
    patterns: Vec<Pattern>,
    /// The folded key of each pattern.
    keys: Vec<String>,
    /// What the readings look up, built once with the automaton rather than per document.
    index: Index,
}

impl Matcher {
    pub fn new(corpus: &Corpus) -> Result<Matcher, String> {
        let mut index: HashMap<(String, bool, bool), usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |key: String, lam: bool, caps: bool, actor: usize| {
            if key.is_empty() {
                return;
            }
            let arabic = key.chars().next().is_some_and(crate::text::is_arabic);
            let slot = *index.entry((key.clone(), lam, caps)).or_insert_with(|| {
                keys.push(key);
                patterns.push(Pattern {
                    actors: Vec::new(),
                    lam,
                    caps,
                    arabic,
                });
                patterns.len() - 1
            });
            let p = &mut patterns[slot];
            if !p.actors.contains(&actor) {
                p.actors.push(actor);
                p.actors.sort_unstable();
            }
        };
        for (i, a) in corpus.actors.iter().enumerate() {
            for n in a.names.values().chain(a.aliases.iter()) {
                let key = fold(n);
                let letters: Vec<char> = n.chars().filter(|c| c.is_alphanumeric()).collect();
                let caps = letters.len() >= 2
                    && letters
                        .iter()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && letters.iter().any(|c| c.is_ascii_uppercase());
                if let Some(rest) = key.strip_prefix("ال") {
                    if rest.chars().count() >= 2 {
                        add(format!("ل{rest}"), true, caps, i);
                    }
                }
                // A person's family name is written with the article or without it (`محمد
                // الدخيسي`, `محمد دخيسي`): both, for a name of two words or more.
                if a.kind == "person" {
                    if let Some((head, last)) = key.rsplit_once(' ') {
                        let other = match last.strip_prefix("ال") {
                            Some(bare) if bare.chars().count() >= 3 => format!("{head} {bare}"),
                            Some(_) => String::new(),
                            None if last.chars().count() >= 3
                                && crate::text::is_arabic(last.chars().next().unwrap_or(' '))
                                && !head.ends_with("بن")
                                && !head.ends_with("ابو") =>
                            {
                                format!("{head} ال{last}")
                            }
                            None => String::new(),
                        };
                        add(other, false, false, i);
                    }
                }
                add(key, false, caps, i);
            }
        }
        // A non-contiguous NFA: building a DFA over tens of thousands of names costs far more than
        // the few kilobytes of text it then runs over.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(&keys)
            .map_err(|e| format!("building the name matcher: {e}"))?;
        let mut m = Matcher {
            ac,
            patterns,
            keys,
            index: Index::default(),
        };
        m.index = Index::new(corpus, &m);
        Ok(m)
    }

    /// The lexicon's lookups (countries, collectives, ministries, bodies' names).
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Every folded name or alias with the actors it names (the `ل` forms of names with the
    /// article left out).
    pub fn names(&self) -> impl Iterator<Item = (&str, &[usize])> {
        self.keys
            .iter()
            .zip(&self.patterns)
            .filter(|(_, p)| !p.lam)
            .map(|(k, p)| (k.as_str(), p.actors.as_slice()))
    }

    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every whole-word mention of a known name in `text`, longest first where they overlap, in
    /// text order.
    pub fn find(&self, text: &str) -> Vec<Found> {
        let (ftext, map) = fold_mapped(text);
        let chars: Vec<char> = text.chars().collect();
        // Char index of every byte offset that starts a char in the folded text.
        let mut char_at = vec![usize::MAX; ftext.len() + 1];
        let mut n = 0;
        for (b, _) in ftext.char_indices() {
            char_at[b] = n;
            n += 1;
        }
        char_at[ftext.len()] = n;
        let bytes = ftext.as_bytes();
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        let raw: Vec<(usize, usize, usize)> = self
            .ac
            .find_overlapping_iter(&ftext)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        // Names run together by their و with no space (`الجزائروتونس`, `موريتانياوماليوالنيجر`):
        // where Arabic names start and end, to split them there.
        const AND: &str = "و";
        let arabic = |p: usize| self.patterns[p].arabic && !self.patterns[p].lam;
        let starts: std::collections::HashSet<usize> =
            raw.iter().filter(|r| arabic(r.2)).map(|r| r.0).collect();
        let ends: std::collections::HashSet<usize> =
            raw.iter().filter(|r| arabic(r.2)).map(|r| r.1).collect();
        for &(s, e, pi) in &raw {
            let p = &self.patterns[pi];
            // A relative pronoun run on to the name (`الحموشيالذي`) still ends it.
            let glued = p.arabic
                && ["الذي", "التي", "الذين"].iter().any(|r| {
                    ftext[e..].starts_with(r)
                        && ftext.as_bytes().get(e + r.len()).is_none_or(|&b| b == b' ')
                });
            let and_next = p.arabic && ftext[e..].starts_with(AND) && starts.contains(&(e + 2));
            if e < bytes.len() && bytes[e] != b' ' && !glued && !and_next {
                continue;
            }
            let word_start = ftext[..s].rfind(' ').map_or(0, |i| i + 1);
            let prefix = &ftext[word_start..s];
            let after_and = prefix.ends_with(AND) && s >= 2 && ends.contains(&(s - 2));
            let ok = if p.lam {
                matches!(prefix, "ل" | "ول" | "فل")
            } else if p.arabic {
                PROCLITICS.contains(&prefix) || after_and
            } else {
                prefix.is_empty()
            };
            if !ok {
                continue;
            }
            let (cs, ce) = (char_at[s], char_at[e]);
            if cs == usize::MAX || ce == usize::MAX || ce == 0 {
                continue;
            }
            let mut os = map[cs] as usize;
            if p.lam && cs > 0 {
                // `للأمن`: the ل of the preposition merged with the article belongs to the name.
                os = map[cs - 1] as usize;
            }
            let mut oe = map[ce - 1] as usize + 1;
            while oe < chars.len()
                && (unicode_normalization::char::is_combining_mark(chars[oe])
                    || chars[oe] == '\u{0640}')
            {
                oe += 1;
            }
            if p.caps && chars[os..oe].iter().any(|c| c.is_lowercase()) {
                continue;
            }
            cands.push((os, oe, pi));
        }
        cands.sort_by(|a, b| {
            (b.1 - b.0)
                .cmp(&(a.1 - a.0))
                .then(a.0.cmp(&b.0))
                .then(a.2.cmp(&b.2))
        });
        // The stretches taken never overlap, so they are indexed by start (with their end and
        // their place in `taken`): a candidate overlaps one iff the last taken stretch starting
        // before its end ends after its start. Linear in the candidates up to a log factor (a
        // list scan made a 10 MB text take minutes).
        let mut taken: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        let mut by_start: std::collections::BTreeMap<usize, (usize, usize)> =
            std::collections::BTreeMap::new();
        for (s, e, p) in cands {
            if let Some(&(end, i)) = by_start.get(&s) {
                if end == e {
                    // The same stretch read as another name: both actors are candidates.
                    let t = &mut taken[i];
                    for a in &self.patterns[p].actors {
                        if !t.2.contains(a) {
                            t.2.push(*a);
                        }
                    }
                    t.2.sort_unstable();
                    continue;
                }
            }
            if by_start
                .range(..e)
                .next_back()
                .is_some_and(|(_, &(end, _))| end > s)
            {
                continue;
            }
            by_start.insert(s, (e, taken.len()));
            taken.push((s, e, self.patterns[p].actors.clone()));
        }
        taken.sort_by_key(|t| (t.0, t.1));
        taken
            .into_iter()
            .map(|(s, e, actors)| Found {
                span: [s as u32, e as u32],
                text: chars[s..e].iter().collect(),
                actors,
            })
            .collect()
    }
}
