//! Maintaining actors.json (add, edit, merge, remove) and keeping every reference to an actor
//! consistent.

use super::writer::{Change, Writer};
use crate::corpus::Corpus;
use crate::error::Error;
use crate::model::{is_slug, to_json, ActorDef, ActorsFile};
use crate::resolve::Resolver;
use crate::text::fold;
use std::collections::BTreeMap;
use std::path::Path;

/// Parses `--name LANG=TEXT`.
fn parse_name(s: &str) -> Result<(String, String), Error> {
    let bad = || {
        Error::usage(
            format!("--name {s:?} is not LANG=TEXT"),
            "write the language code, '=', then the name, e.g. --name en=\"Federal Bureau of Investigation\" --name ar=\"مكتب التحقيقات الفيدرالي\"",
        )
    };
    let (lang, text) = s.split_once('=').ok_or_else(bad)?;
    let lang = lang.trim();
    if !(2..=3).contains(&lang.len())
        || !lang.bytes().all(|b| b.is_ascii_lowercase())
        || text.trim().is_empty()
    {
        return Err(bad());
    }
    Ok((lang.to_string(), text.trim().to_string()))
}

fn check_country(c: &str) -> Result<String, Error> {
    if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(c.to_ascii_uppercase())
    } else {
        Err(Error::usage(
            format!("--country {c:?} is not an ISO 3166-1 alpha-2 code"),
            "e.g. --country MA or --country US",
        ))
    }
}

fn check_kind(corpus: &Corpus, kind: &str) -> Result<(), Error> {
    if corpus.schema.actor_kinds.iter().any(|k| k.id == kind) {
        return Ok(());
    }
    let known: Vec<&str> = corpus
        .schema
        .actor_kinds
        .iter()
        .map(|k| k.id.as_str())
        .collect();
    Err(Error::usage(
        format!("unknown actor kind {kind:?}"),
        format!(
            "use one of: {} (or declare the kind in schema.json)",
            known.join(", ")
        ),
    ))
}

/// Adds `name` to `aliases` unless a name or alias already folds to the same key.
pub(super) fn push_alias(names: &BTreeMap<String, String>, aliases: &mut Vec<String>, name: &str) {
    let key = fold(name);
    if key.is_empty() || names.values().chain(aliases.iter()).any(|n| fold(n) == key) {
        return;
    }
    aliases.push(name.to_string());
}

/// Notes on names that another actor already uses, since queries by them become ambiguous.
fn shared_names(corpus: &Corpus, a: &ActorDef) -> Vec<String> {
    let mut notes = Vec::new();
    for n in a.names.values().chain(a.aliases.iter()) {
        let key = fold(n);
        for other in corpus.actors.iter().filter(|o| o.id != a.id) {
            if other
                .names
                .values()
                .chain(other.aliases.iter())
                .any(|m| fold(m) == key)
            {
                notes.push(format!(
                    "{n:?} is also a name of {}; a query by it will ask which one is meant",
                    other.id
                ));
            }
        }
    }
    notes
}

/// An actor as written by `add` or `edit`, and notes for the user.
#[derive(Debug, Clone)]
pub struct ActorWritten {
    pub actor: ActorDef,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ActorAdd {
    pub id: String,
    pub kind: String,
    pub names: Vec<String>,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub note: Option<String>,
}

pub fn add(dir: &Path, q: &ActorAdd) -> Result<ActorWritten, Error> {
    if !is_slug(&q.id) {
        return Err(Error::usage(
            format!("{:?} is not a valid actor id", q.id),
            "use lowercase ASCII letters, digits and '-', e.g. dgst or abdellatif-hammouchi",
        ));
    }
    let mut names = BTreeMap::new();
    for n in &q.names {
        let (lang, text) = parse_name(n)?;
        if names.insert(lang.clone(), text).is_some() {
            return Err(Error::usage(
                format!("--name {lang}=… is given twice"),
                "give one name per language; other spellings go in --alias",
            ));
        }
    }
    if !names.contains_key("en") {
        return Err(Error::usage(
            "the actor needs an English name",
            "add --name en=\"…\" (Latin script) besides any other language",
        ));
    }
    let country = q.country.as_deref().map(check_country).transpose()?;
    let w = Writer::open(dir)?;
    check_kind(&w.corpus, &q.kind)?;
    if w.corpus.actors.iter().any(|a| a.id == q.id) {
        return Err(Error::usage(
            format!("an actor {:?} already exists", q.id),
            format!(
                "change it with `liaison actor edit {}`, or choose another id",
                q.id
            ),
        ));
    }
    let parent = q
        .parent
        .as_deref()
        .map(|p| Resolver::new(&w.corpus)?.id(p))
        .transpose()?;
    let mut aliases = Vec::new();
    for al in &q.aliases {
        push_alias(&names, &mut aliases, al.trim());
    }
    let actor = ActorDef {
        id: q.id.clone(),
        kind: q.kind.clone(),
        names,
        aliases,
        country,
        parent,
        note: q.note.clone(),
    };
    let notes = shared_names(&w.corpus, &actor);
    let mut file = ActorsFile {
        actors: w.corpus.actors.clone(),
    };
    file.actors.push(actor.clone());
    w.commit(vec![Change::actors(&file)])?;
    Ok(ActorWritten { actor, notes })
}

#[derive(Debug, Clone, Default)]
pub struct ActorEdit {
    pub actor: String,
    pub kind: Option<String>,
    /// `LANG=TEXT`: sets or replaces the name in that language.
    pub names: Vec<String>,
    pub remove_names: Vec<String>,
    pub add_aliases: Vec<String>,
    pub remove_aliases: Vec<String>,
    pub country: Option<String>,
    pub no_country: bool,
    pub parent: Option<String>,
    pub no_parent: bool,
    pub note: Option<String>,
    pub no_note: bool,
}

pub fn edit(dir: &Path, q: &ActorEdit) -> Result<ActorWritten, Error> {
    let w = Writer::open(dir)?;
    let names = Resolver::new(&w.corpus)?;
    let id = names.id(&q.actor)?;
    let mut actors = w.corpus.actors.clone();
    let parent = q.parent.as_deref().map(|p| names.id(p)).transpose()?;
    let pos = actors
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| Error::Internal(format!("resolved actor {id} is not in actors.json")))?;
    let a = &mut actors[pos];
    let before = a.clone();
    if let Some(k) = &q.kind {
        check_kind(&w.corpus, k)?;
        a.kind = k.clone();
    }
    for lang in &q.remove_names {
        if a.names.remove(lang).is_none() {
            let have: Vec<&str> = a.names.keys().map(|k| k.as_str()).collect();
            return Err(Error::usage(
                format!("{id} has no {lang} name"),
                format!("its names are in: {}", have.join(", ")),
            ));
        }
    }
    for n in &q.names {
        let (lang, text) = parse_name(n)?;
        a.names.insert(lang, text);
    }
    for al in &q.remove_aliases {
        let key = fold(al);
        let n = a.aliases.len();
        a.aliases.retain(|x| fold(x) != key);
        if a.aliases.len() == n {
            return Err(Error::usage(
                format!("{id} has no alias {al:?}"),
                format!(
                    "its aliases are: {}",
                    if n == 0 {
                        "(none)".to_string()
                    } else {
                        a.aliases.join(", ")
                    }
                ),
            ));
        }
    }
    let names = a.names.clone();
    for al in &q.add_aliases {
        push_alias(&names, &mut a.aliases, al.trim());
    }
    if q.no_country {
        a.country = None;
    }
    if let Some(c) = &q.country {
        a.country = Some(check_country(c)?);
    }
    if q.no_parent {
        a.parent = None;
    }
    if parent.is_some() {
        a.parent = parent;
    }
    if q.no_note {
        a.note = None;
    }
    if let Some(n) = &q.note {
        a.note = Some(n.clone());
    }
    let after = a.clone();
    if to_json(&before) == to_json(&after) {
        return Ok(ActorWritten {
            actor: after,
            notes: vec![format!("nothing to change for {id}")],
        });
    }
    let notes = shared_names(&w.corpus, &after);
    w.commit(vec![Change::actors(&ActorsFile { actors })])?;
    Ok(ActorWritten {
        actor: after,
        notes,
    })
}
