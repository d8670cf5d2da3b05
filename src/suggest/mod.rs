//! Finding known actors in a text and proposing relations from cue words.
//!
//! Mentions: every name and alias of every actor is folded (`names::fold`) and put in one
//! Aho-Corasick automaton, run over the folded text. A match counts only as a whole word, allowing
//! the Arabic proclitics that attach to a name: و and ف (and, so), ب ك ل (with, like, for), in
//! that order (`وبالمديرية`), and ل before the article, which then loses its alef (`للأمن` is
//! ل + الأمن). Where matches overlap the longest wins. An all-capital Latin acronym (`DGST`, `US`)
//! matches only in capitals, so the English word "us" is not the United States.
//!
//! Relations: the text is cut into sentences; a sentence that holds a cue word of a relation type
//! (the lexicon is [`CUES`]) and two actors whose kinds that type allows gives a proposal, the
//! sentence as its quote.

pub mod analysis;

use crate::corpus::{Corpus, Doc};
use crate::model::{RelationDef, TypeDef};
use crate::text::{fold, fold_mapped, sentences};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

/// How a cue is matched against the folded words of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueMode {
    /// The word itself, after any Arabic proclitics.
    Word,
    /// A word starting with it (a stem: `تعاون` also finds `التعاون`, `cooperat` finds
    /// `cooperation`), after any proclitics or the article.
    Stem,
    /// Every `;`-separated part present as a stem somewhere in the sentence (`معلومات;مكنت`).
    AllOf,
}

/// The cue lexicon: relation type, cue (written as in the text; folded before use), how it
/// matches. Deliberately small and precise: a proposal is only a suggestion, but a lexicon that
/// fires on every sentence would bury the real ones.
pub const CUES: &[(&str, &str, CueMode)] = &[
    ("met", "التقى", CueMode::Stem),
    ("met", "يلتقي", CueMode::Stem),
    ("met", "لقاء", CueMode::Stem),
    ("met", "استقبل", CueMode::Stem),
    ("met", "يستقبل", CueMode::Stem),
    ("met", "استقبال", CueMode::Stem),
    ("met", "مباحثات", CueMode::Stem),
    ("met", "محادثات", CueMode::Stem),
    ("met", "اجتماع", CueMode::Stem),
    ("met", "اجتمع", CueMode::Stem),
    ("met", "met", CueMode::Word),
    ("met", "meet", CueMode::Stem),
    ("met", "talks", CueMode::Word),
    ("met", "received", CueMode::Word),
    ("cooperated", "تعاون", CueMode::Stem),
    ("cooperated", "شراكة", CueMode::Stem),
    ("cooperated", "تنسيق", CueMode::Stem),
    ("cooperated", "اتفاقية", CueMode::Stem),
    ("cooperated", "مذكرة تفاهم", CueMode::Word),
    ("cooperated", "cooperat", CueMode::Stem),
    ("cooperated", "co-operat", CueMode::Stem),
    ("cooperated", "partnership", CueMode::Stem),
    ("cooperated", "coordinat", CueMode::Stem),
    ("cooperated", "agreement", CueMode::Stem),
    ("extradited", "سلم", CueMode::Word),
    ("extradited", "سلمت", CueMode::Word),
    ("extradited", "تسليم", CueMode::Stem),
    ("extradited", "ترحيل", CueMode::Stem),
    ("extradited", "extradit", CueMode::Stem),
    ("extradited", "handed over", CueMode::Word),
    ("extradited", "deport", CueMode::Stem),
    ("tipped-off", "معلومات;مكنت", CueMode::AllOf),
    ("tipped-off", "معلومات;مكن", CueMode::AllOf),
    ("tipped-off", "معلومات;ساعدت", CueMode::AllOf),
    ("tipped-off", "معلومات دقيقة", CueMode::Word),
    ("tipped-off", "tipped off", CueMode::Word),
    ("tipped-off", "tip-off", CueMode::Word),
    ("tipped-off", "intelligence;led", CueMode::AllOf),
    ("tipped-off", "information;led", CueMode::AllOf),
    ("arrested", "اعتقال", CueMode::Stem),
    ("arrested", "اعتقل", CueMode::Stem),
    ("arrested", "توقيف", CueMode::Stem),
    ("arrested", "أوقف", CueMode::Stem),
    ("arrested", "تفكيك", CueMode::Stem),
    ("arrested", "فكك", CueMode::Stem),
    ("arrested", "القبض", CueMode::Word),
    ("arrested", "arrest", CueMode::Stem),
    ("arrested", "dismantl", CueMode::Stem),
    ("trained", "تدريب", CueMode::Stem),
    ("trained", "دورة تكوينية", CueMode::Word),
    ("trained", "train", CueMode::Stem),
    ("visited", "زيارة", CueMode::Stem),
    ("visited", "زار", CueMode::Word),
    ("visited", "visit", CueMode::Stem),
    ("praised", "أشاد", CueMode::Stem),
    ("praised", "إشادة", CueMode::Stem),
    ("praised", "نوه", CueMode::Stem),
    ("praised", "praise", CueMode::Stem),
    ("praised", "commend", CueMode::Stem),
    ("leads", "يرأس", CueMode::Stem),
    ("leads", "رئيس", CueMode::Stem),
    ("leads", "مدير", CueMode::Stem),
    ("leads", "director", CueMode::Word),
    ("leads", "head of", CueMode::Word),
    ("leads", "chief", CueMode::Word),
];

/// Prefixes allowed before an Arabic name inside its word.
const PROCLITICS: &[&str] = &[
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
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub span: [u32; 2],
    pub text: String,
    /// The actors it may name (indices into `Corpus::actors`): one, or several for a shared name.
    pub actors: Vec<usize>,
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
                add(key, false, caps, i);
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .map_err(|e| format!("building the name matcher: {e}"))?;
        Ok(Matcher { ac, patterns })
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
        for m in self.ac.find_overlapping_iter(&ftext) {
            let (s, e) = (m.start(), m.end());
            let p = &self.patterns[m.pattern().as_usize()];
            if e < bytes.len() && bytes[e] != b' ' {
                continue;
            }
            let word_start = ftext[..s].rfind(' ').map_or(0, |i| i + 1);
            let prefix = &ftext[word_start..s];
            let ok = if p.lam {
                matches!(prefix, "ل" | "ول" | "فل")
            } else if p.arabic {
                PROCLITICS.contains(&prefix)
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
            let os = map[cs] as usize;
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
            cands.push((os, oe, m.pattern().as_usize()));
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

/// Folded cue parts, once.
struct Cue {
    ty: &'static str,
    parts: Vec<String>,
    mode: CueMode,
    raw: &'static str,
}

fn cues() -> Vec<Cue> {
    CUES.iter()
        .map(|(ty, raw, mode)| Cue {
            ty,
            parts: if *mode == CueMode::AllOf {
                raw.split(';').map(fold).collect()
            } else {
                vec![fold(raw)]
            },
            mode: *mode,
            raw,
        })
        .collect()
}

/// Whether a folded word carries `stem` after proclitics and the article.
fn word_has(word: &str, stem: &str, prefix_ok: bool) -> bool {
    for p in PROCLITICS
        .iter()
        .chain(["ال", "وال", "بال", "فال", "كال", "لل", "ولل"].iter())
    {
        if let Some(rest) = word.strip_prefix(p) {
            if rest == stem || (prefix_ok && rest.starts_with(stem)) {
                return true;
            }
        }
    }
    false
}

/// The cues of a sentence: the types they point to, each with the first cue that fired.
fn sentence_cues<'c>(folded: &str, cues: &'c [Cue]) -> Vec<(&'static str, &'c str)> {
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let padded = format!(" {folded} ");
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    for c in cues {
        if out.iter().any(|(t, _)| *t == c.ty) {
            continue;
        }
        let hit = match c.mode {
            CueMode::Word if c.parts[0].contains(' ') => {
                padded.contains(&format!(" {} ", c.parts[0]))
            }
            CueMode::Word => words.iter().any(|w| word_has(w, &c.parts[0], false)),
            CueMode::Stem if c.parts[0].contains(' ') => {
                padded.contains(&format!(" {}", c.parts[0]))
            }
            CueMode::Stem => words.iter().any(|w| word_has(w, &c.parts[0], true)),
            CueMode::AllOf => c
                .parts
                .iter()
                .all(|p| words.iter().any(|w| word_has(w, p, true))),
        };
        if hit {
            out.push((c.ty, c.raw));
        }
    }
    out
}

/// A relation proposed from a cue.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// `S1`, `S2`…: stable while the text, the actors and the lexicon do not change.
    pub id: String,
    pub ty: String,
    pub source: usize,
    pub target: usize,
    pub cue: String,
    pub span: [u32; 2],
    pub quote: String,
    /// The relation of the document that already states it, if any.
    pub annotated_as: Option<String>,
}

fn same_claim(r: &RelationDef, ty: &TypeDef, s: &str, t: &str, span: [u32; 2]) -> bool {
    r.kind == ty.id
        && r.span[0] < span[1]
        && span[0] < r.span[1]
        && ((r.source == s && r.target == t) || (!ty.directed && r.source == t && r.target == s))
}

/// Proposals for one document, given the mentions found in it.
pub fn propose(corpus: &Corpus, doc: &Doc, found: &[Found]) -> Vec<Proposal> {
    let cues = cues();
    let chars: Vec<char> = doc.text.chars().collect();
    let mut out = Vec::new();
    for sent in sentences(&doc.text) {
        if doc
            .meta
            .out_of_scope
            .iter()
            .any(|o| sent[0] < o.span[1] && o.span[0] < sent[1])
        {
            continue;
        }
        let mut actors: Vec<usize> = Vec::new();
        // `found` is sorted by start: only the names starting in this sentence are looked at.
        let first = found.partition_point(|f| f.span[0] < sent[0]);
        for f in found[first..]
            .iter()
            .take_while(|f| f.span[0] < sent[1])
            .filter(|f| f.span[1] <= sent[1] && f.actors.len() == 1)
        {
            if !actors.contains(&f.actors[0]) {
                actors.push(f.actors[0]);
            }
        }
        if actors.len() < 2 {
            continue;
        }
        let quote: String = chars[sent[0] as usize..sent[1] as usize].iter().collect();
        for (ty_id, cue) in sentence_cues(&fold(&quote), &cues) {
            let Some(ty) = corpus.schema.relation_types.iter().find(|t| t.id == ty_id) else {
                continue;
            };
            for i in 0..actors.len() {
                for j in i + 1..actors.len() {
                    let (a, b) = (&corpus.actors[actors[i]], &corpus.actors[actors[j]]);
                    let (s, t) = if ty.allows(&a.kind, &b.kind) {
                        (actors[i], actors[j])
                    } else if ty.allows(&b.kind, &a.kind) {
                        (actors[j], actors[i])
                    } else {
                        continue;
                    };
                    let (sid, tid) = (&corpus.actors[s].id, &corpus.actors[t].id);
                    let annotated_as = doc
                        .meta
                        .relations
                        .iter()
                        .find(|r| same_claim(r, ty, sid, tid, sent))
                        .map(|r| r.id.clone());
                    out.push(Proposal {
                        id: format!("S{}", out.len() + 1),
                        ty: ty.id.clone(),
                        source: s,
                        target: t,
                        cue: cue.to_string(),
                        span: sent,
                        quote: quote.clone(),
                        annotated_as,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_words_with_proclitics() {
        let c = cues();
        let types = |s: &str| {
            sentence_cues(&fold(s), &c)
                .into_iter()
                .map(|(t, _)| t)
                .collect::<Vec<_>>()
        };
        assert_eq!(types("والتقى حموشي"), vec!["met"]);
        assert_eq!(types("في إطار التعاون الأمني"), vec!["cooperated"]);
        assert_eq!(types("معلومات استخباراتية مكنت من"), vec!["tipped-off"]);
        assert!(types("the metal").is_empty());
    }
}
