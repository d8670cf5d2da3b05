//! Finding known actors in a text and proposing relations with argument roles.
//!
//! Mentions ([`matcher`]): every name and alias of every actor in one Aho-Corasick automaton over
//! the folded text, whole words, proclitics out of the span, the longest name winning; then
//! [`mentions::refine`] drops names that only partly match when the rest of the phrase names
//! something else (another city's bureau, another institute), and [`mentions::entities`] adds the
//! readings the rules need (a country's authorities, a counterpart, "the two countries").
//!
//! Relations ([`patterns`]): per sentence, one rule per relation type finds the subject and the
//! object from cue words and role markers (`استقبل X … Y`, `مدير Y، X`, `التابع لـ Y`, `بين X و Y`,
//! `زيارة X إلى Y`, `معلومات … لفائدة Y`, `تسليم … إلى Y`…). Each proposal carries a confidence and
//! the words that triggered it, a date and place from its sentence ([`dates`]); proposals of the
//! same type between the same actors are merged, the confidence is set by how often the rule was
//! right on held-out text ([`calibration`]), ranked, and those below [`SHOW_AT`] are hidden unless
//! asked for. [`eval`] scores them against annotated documents.

pub mod analysis;
pub mod calibration;
pub mod candidates;
pub mod dates;
pub mod eval;
pub mod lexicon;
pub mod matcher;
pub mod mentions;
pub mod patterns;
pub mod tokens;

pub use matcher::Matcher;

use crate::corpus::{Corpus, Doc};
use crate::model::{RelationDef, TypeDef};
use crate::text::sentences;
use mentions::{tok_range, Ent};
use tokens::Tok;

/// Proposals below this confidence are hidden unless asked for (`--all`).
pub const SHOW_AT: f32 = 0.5;

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub span: [u32; 2],
    pub text: String,
    /// The actors it may name (indices into `Corpus::actors`): one, or several for a shared name.
    pub actors: Vec<usize>,
}

/// A relation proposed by a rule.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// `S1`, `S2`…, in rank order: stable while the text, the actors and the rules do not change.
    pub id: String,
    pub ty: String,
    pub source: usize,
    pub target: usize,
    /// The words that triggered it, as the text writes them.
    pub cue: String,
    /// The rule that found it.
    pub rule: String,
    /// 0–1: how often proposals of this rule and type, between actors of these kinds, were right
    /// on held-out text ([`calibration`]).
    pub confidence: f32,
    /// The rule's own confidence, before calibration (more support from other sentences or rules
    /// adds to it).
    pub rule_confidence: f32,
    /// Below [`SHOW_AT`]: listed only when asked for.
    pub hidden: bool,
    pub span: [u32; 2],
    pub quote: String,
    pub date: Option<String>,
    pub date_inferred: Option<String>,
    pub place: Option<String>,
    /// How many rule hits were merged into it.
    pub hits: usize,
    /// The relation of the document that already states it, if any.
    pub annotated_as: Option<String>,
}

fn same_claim(r: &RelationDef, ty: &TypeDef, s: &str, t: &str, span: [u32; 2]) -> bool {
    r.kind == ty.id
        && r.span[0] < span[1]
        && span[0] < r.span[1]
        && ((r.source == s && r.target == t) || (!ty.directed && r.source == t && r.target == s))
}

/// Types that describe a state, not an event: no date or place.
pub fn timeless(ty: &str) -> bool {
    matches!(ty, "leads" | "part-of" | "member-of")
}

/// The document's sentences with the out-of-scope stretches cut out (a sentence that runs into
/// page furniture, `…في قطر.اضافة اعلان`, keeps its in-scope part).
fn in_scope_sentences(doc: &Doc) -> Vec<[u32; 2]> {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut out = Vec::new();
    for sent in sentences(&doc.text) {
        let mut pieces = vec![sent];
        for o in &doc.meta.out_of_scope {
            let mut next = Vec::new();
            for p in pieces {
                if o.span[1] <= p[0] || p[1] <= o.span[0] {
                    next.push(p);
                    continue;
                }
                if p[0] < o.span[0] {
                    next.push([p[0], o.span[0]]);
                }
                if o.span[1] < p[1] {
                    next.push([o.span[1], p[1]]);
                }
            }
            pieces = next;
        }
        for [mut a, mut b] in pieces {
            while a < b && chars[a as usize].is_whitespace() {
                a += 1;
            }
            while b > a && chars[b as usize - 1].is_whitespace() {
                b -= 1;
            }
            if a < b {
                out.push([a, b]);
            }
        }
    }
    out
}

/// Proposals for one document, given its tokens and the actors the rules see.
pub fn propose(
    corpus: &Corpus,
    ix: &mentions::Index,
    doc: &Doc,
    toks: &[Tok],
    ents: &[Ent],
) -> Vec<Proposal> {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut groups: Vec<usize> = Vec::new();
    for e in ents {
        if corpus.actors[e.actor].kind == "group" && !groups.contains(&e.actor) {
            groups.push(e.actor);
        }
    }
    let published = doc.meta.published.as_deref();
    let mut out: Vec<Proposal> = Vec::new();
    // (proposal, sentence start, rule) of every hit counted.
    let mut support: Vec<(usize, u32, &str)> = Vec::new();
    // A first reading finds the heads the whole document names, so a headline's bare title
    // (`توشيح المدير العام للأمن الوطني`) reads as the person the body of the text names.
    let named: Vec<usize> = ents.iter().map(|e| e.actor).collect();
    let mut first = patterns::DocMemory {
        named: named.clone(),
        ..patterns::DocMemory::default()
    };
    for sent in in_scope_sentences(doc) {
        let range = tok_range(toks, sent);
        if range[0] < range[1] {
            patterns::sentence_heads(corpus, ix, toks, ents, range, &mut first);
        }
    }
    let mut mem = patterns::DocMemory {
        named,
        leaders: first.leaders,
        ..patterns::DocMemory::default()
    };
    for sent in in_scope_sentences(doc) {
        let range = tok_range(toks, sent);
        if range[0] >= range[1] {
            continue;
        }
        let raws = patterns::sentence_rules(corpus, ix, toks, ents, range, &groups, &mut mem);
        if raws.is_empty() {
            continue;
        }
        let quote: String = chars[sent[0] as usize..sent[1] as usize].iter().collect();
        let when = dates::sentence_date(&toks[range[0]..range[1]], published);
        let place = dates::sentence_place(&chars, &toks[range[0]..range[1]]);
        for r in raws {
            let cue_words: Vec<String> = r
                .cue
                .iter()
                .map(|&i| {
                    let [a, b] = toks[i].span;
                    chars[a as usize..b as usize].iter().collect::<String>()
                })
                .collect();
            let cue = cue_words.join(" … ");
            let Some(ty) = corpus.schema.relation_types.iter().find(|t| t.id == r.ty) else {
                continue;
            };
            let (sid, tid) = (&corpus.actors[r.source].id, &corpus.actors[r.target].id);
            // The same claim again: merge. It counts as more support only from another sentence
            // or another rule, not from the same pair named twice in one sentence.
            if let Some((k, p)) = out.iter_mut().enumerate().find(|(_, p)| {
                p.ty == r.ty
                    && ((p.source == r.source && p.target == r.target)
                        || (!ty.directed && p.source == r.target && p.target == r.source))
            }) {
                if !support.contains(&(k, sent[0], r.rule)) {
                    support.push((k, sent[0], r.rule));
                    p.hits += 1;
                }
                if r.confidence > p.confidence {
                    p.confidence = r.confidence;
                    p.cue = cue.clone();
                    p.rule = r.rule.to_string();
                }
                continue;
            }
            let annotated_as = doc
                .meta
                .relations
                .iter()
                .find(|x| same_claim(x, ty, sid, tid, sent))
                .map(|x| x.id.clone());
            let dated = !timeless(r.ty);
            support.push((out.len(), sent[0], r.rule));
            out.push(Proposal {
                id: String::new(),
                ty: r.ty.to_string(),
                source: r.source,
                target: r.target,
                cue,
                rule: r.rule.to_string(),
                confidence: r.confidence,
                rule_confidence: r.confidence,
                hidden: false,
                span: sent,
                quote: quote.clone(),
                date: when.as_ref().filter(|_| dated).map(|w| w.date.clone()),
                date_inferred: when
                    .as_ref()
                    .filter(|_| dated)
                    .and_then(|w| w.inferred.clone()),
                place: place.clone().filter(|_| dated),
                hits: 1,
                annotated_as,
            });
        }
    }
    for p in &mut out {
        if p.hits > 1 {
            p.confidence = (p.confidence + 0.05 * (p.hits - 1) as f32).min(0.99);
        }
        p.rule_confidence = (p.confidence * 100.0).round() / 100.0;
        p.confidence = calibration::calibrated(
            &p.rule,
            &p.ty,
            &corpus.actors[p.source].kind,
            &corpus.actors[p.target].kind,
            p.confidence,
        );
        p.confidence = (p.confidence * 100.0).round() / 100.0;
        p.hidden = p.confidence < SHOW_AT;
    }
    out.sort_by(|a, b| {
        a.hidden
            .cmp(&b.hidden)
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.span[0].cmp(&b.span[0]))
    });
    for (i, p) in out.iter_mut().enumerate() {
        p.id = format!("S{}", i + 1);
    }
    out
}

/// What `suggest DOC` needs of a corpus, fast: the store is opened first (it is rebuilt if the
/// corpus changed, and refuses a corpus that does not check, like every query), then only the
/// schema, the actors and the one document are read, not every document again.
pub fn load_for_doc(dir: &std::path::Path, id: &str) -> Result<Corpus, crate::Error> {
    use crate::corpus::{load_docs, Disk, Known};
    use crate::layout::{ACTORS_FILE, SCHEMA_FILE};
    use std::collections::HashMap;
    let full = || {
        crate::corpus::load(dir).map_err(|problems| crate::Error::Corpus {
            dir: dir.to_path_buf(),
            problems,
        })
    };
    crate::store::open(dir)?;
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
    let schema: Option<crate::model::SchemaFile> =
        read(SCHEMA_FILE).and_then(|s| serde_json::from_str(&s).ok());
    let actors: Option<crate::model::ActorsFile> =
        read(ACTORS_FILE).and_then(|s| serde_json::from_str(&s).ok());
    let (Some(schema), Some(actors)) = (schema, actors) else {
        return full();
    };
    let actor_kind: HashMap<&str, &str> = actors
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.kind.as_str()))
        .collect();
    let known = Known {
        schema: &schema,
        actor_kind: &actor_kind,
    };
    let (docs, problems) = load_docs(dir, &Disk, &known, &[id.to_string()]);
    if !problems.is_empty() || docs.len() != 1 {
        // Unknown or damaged: the full load says why, with suggestions.
        return full();
    }
    drop(actor_kind);
    Ok(Corpus {
        dir: dir.to_path_buf(),
        schema,
        actors: actors.actors,
        docs,
    })
}
