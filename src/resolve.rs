//! Resolving what a user typed (an id, a name, an alias, a distinctive part of one) to an actor,
//! a relation type or a document, or saying why not, with the closest candidates.

use crate::corpus::Corpus;
use crate::diag::closest;
use crate::error::Error;
use crate::layout::DOCS_DIR;
use crate::model::DateRange;
use crate::query::RelFilter;
use crate::store::{self, ArchivedNameKey, Graph};
use crate::text::fold::{fold, strip_article};

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
    // No name is this long: comparing a pasted page with every name would take minutes.
    if key.chars().count() > crate::diag::MAX_SUGGEST_CHARS {
        return Vec::new();
    }
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

/// Resolves a user-typed actor (id, name, alias or distinctive part) or explains why not.
pub fn resolve_actor(data: &Graph<'_>, query: &str) -> Result<u32, Error> {
    resolve(data, query).map_err(|u| match u {
        Unresolved::Unknown { suggestions } => Error::UnknownActor {
            query: crate::diag::clip_input(query),
            suggestions,
        },
        Unresolved::Ambiguous { candidates } => Error::AmbiguousActor {
            query: crate::diag::clip_input(query),
            candidates: candidates
                .into_iter()
                .map(|id| {
                    let i = data.actor_index(&id).expect("candidate ids exist");
                    (id, data.actor(i).display_name().to_string())
                })
                .collect(),
        },
    })
}

/// Relation types by id; an unknown one is a usage error naming the known ones.
pub fn resolve_types(data: &Graph<'_>, types: &[String]) -> Result<Vec<u16>, Error> {
    types
        .iter()
        .map(|t| {
            data.type_index(t).ok_or_else(|| {
                let known: Vec<&str> = data.types().iter().map(|t| t.id.as_str()).collect();
                Error::usage(
                    format!("unknown relation type {t:?}"),
                    format!("use one of: {}", known.join(", ")),
                )
            })
        })
        .collect()
}

/// A date typed on the command line (`--since`, `--date`, `--published`…), or a usage error naming
/// the flag: the one place the CLI's dates are parsed.
pub fn parse_date(flag: &str, s: &str) -> Result<DateRange, Error> {
    DateRange::parse(s).map_err(|e| {
        Error::usage(
            format!("{flag}: {e}"),
            format!("e.g. {flag} 2021, {flag} 2021-06, {flag} 2021-06-13 or {flag} 2021-06-13/2021-06-14"),
        )
    })
}

/// The relation filters shared by `edges`, `export` and `render`, as typed by the user.
#[derive(Debug, Clone, Default)]
pub struct FilterArgs {
    pub types: Vec<String>,
    pub actor: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub doc: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
}

impl FilterArgs {
    pub fn resolve(&self, data: &Graph<'_>) -> Result<RelFilter, Error> {
        let actor = |q: &Option<String>| q.as_deref().map(|q| resolve_actor(data, q)).transpose();
        let doc = match &self.doc {
            None => None,
            Some(d) => Some(data.doc_index(d).ok_or_else(|| {
                let known: Vec<&str> = data
                    .docs()
                    .into_iter()
                    .map(|d| data.doc(d).id.as_str())
                    .take(20)
                    .collect();
                Error::usage(
                    format!("unknown document {d:?}"),
                    format!("use a document id: {}", known.join(", ")),
                )
            })?),
        };
        Ok(RelFilter {
            types: resolve_types(data, &self.types)?,
            actor: actor(&self.actor)?,
            from: actor(&self.from)?,
            to: actor(&self.to)?,
            doc,
            since: self
                .since
                .as_deref()
                .map(|s| parse_date("--since", s))
                .transpose()?,
            until: self
                .until
                .as_deref()
                .map(|s| parse_date("--until", s))
                .transpose()?,
        })
    }
}

/// Resolves ids, names and aliases typed by the user against the corpus held by a writer. Built
/// once per command: it compiles the actors' name index.
pub struct Resolver(store::Store);

impl Resolver {
    pub fn new(corpus: &Corpus) -> Result<Resolver, Error> {
        Ok(Resolver(store::actors_only(corpus)?))
    }

    pub fn id(&self, query: &str) -> Result<String, Error> {
        let g = self.0.graph();
        let i = resolve_actor(&g, query)?;
        Ok(g.actor(i).id.to_string())
    }
}

/// An unknown document id, with the closest known ones.
pub fn unknown_doc(corpus: &Corpus, id: &str) -> Error {
    let close = closest(id, corpus.docs.iter().map(|d| d.id.as_str()), 0.7, 3);
    let help = if close.is_empty() {
        let some: Vec<&str> = corpus.docs.iter().take(10).map(|d| d.id.as_str()).collect();
        if some.is_empty() {
            "the corpus has no documents yet: add one with `liaison doc add FILE --id ID`"
                .to_string()
        } else {
            format!(
                "use a document id (the file name in docs/ without .txt), e.g. {}",
                some.join(", ")
            )
        }
    } else {
        format!("did you mean {}?", close.join(", "))
    };
    Error::usage(
        format!(
            "no document {id:?} in {}",
            corpus.dir.join(DOCS_DIR).display()
        ),
        help,
    )
}
