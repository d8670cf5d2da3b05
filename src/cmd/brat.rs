//! brat standoff interchange: `liaison brat export DIR` and `liaison brat import DIR` (also
//! `liaison import brat DIR`).
//!
//! For each document, `ID.txt` (the text) and `ID.ann`:
//! - `T` lines: each mention, typed by its actor's kind (`T1⇥agency 4 8⇥DGST`); each out-of-scope
//!   stretch, typed `OutOfScope`; and, where a relation's end has no mention inside its quote, a
//!   `T` line over the quote marked `A…⇥RelationEnd T…` (a relation end, not a mention).
//! - `N` lines link each of those to its actor: `N1⇥Reference T1 liaison:dgst⇥General Directorate…`.
//! - `R` lines: relations, `R1⇥met Arg1:T1 Arg2:T2`.
//! - `#` lines: `AnnotatorNotes` on a relation hold its id, quote span, date, date_inferred, place
//!   and note as one JSON object; on an `OutOfScope` span, its reason (`\n`, `\t`, `\\` escaped).
//!
//! Document metadata (title, source, url, published, lang) has no place in brat's format and goes
//! to a sidecar `ID.meta.json`, which brat and INCEpTION ignore. `annotation.conf` declares the
//! kinds and types so brat can open the folder as a collection.
//!
//! On import, a `T` line without an `N` line is resolved by its text like a query name; a relation
//! without a note gets the next free id and, as its quote, the sentences that hold both its
//! arguments.

use super::actor::Resolver;
use super::annotate::next_relation_id;
use crate::corpus::{is_slug, Corpus, Doc};
use crate::error::{Error, Exit};
use crate::model::{ActorDef, ActorsFile, DocFile, MentionDef, OutOfScope, RelationDef};
use crate::suggest::sentences;
use crate::write::{to_json, Change, Writer};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const OUT_OF_SCOPE: &str = "OutOfScope";
const RELATION_END: &str = "RelationEnd";
const DB: &str = "liaison";

/// The relation fields brat has no syntax for, kept in the relation's AnnotatorNotes.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RelNote {
    id: String,
    span: [u32; 2],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date_inferred: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

/// `ID.meta.json`.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Meta {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seed: Option<String>,
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
        .replace('\r', "\\r")
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A span as brat fragments: line breaks cannot sit inside a fragment, so a span across lines
/// becomes `s1 e1;s2 e2`, and its text the fragments joined by a space.
fn fragments(chars: &[char], span: [u32; 2]) -> (String, String) {
    let mut frags: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &ch) in chars
        .iter()
        .enumerate()
        .take(span[1] as usize)
        .skip(span[0] as usize)
    {
        if ch == '\n' {
            if let Some(s) = start.take() {
                frags.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        frags.push((s, span[1] as usize));
    }
    if frags.is_empty() {
        frags.push((span[0] as usize, span[1] as usize));
    }
    let offs: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
    let texts: Vec<String> = frags
        .iter()
        .map(|(s, e)| chars[*s..*e].iter().collect())
        .collect();
    (offs.join(";"), texts.join(" "))
}

fn display(a: &ActorDef) -> String {
    a.names
        .get("en")
        .cloned()
        .unwrap_or_else(|| a.id.clone())
        .replace(['\t', '\n'], " ")
}

/// The `.ann` text of a document.
fn ann(corpus: &Corpus, doc: &Doc) -> String {
    let chars: Vec<char> = doc.text.chars().collect();
    let actor: HashMap<&str, &ActorDef> =
        corpus.actors.iter().map(|a| (a.id.as_str(), a)).collect();
    let kind = |id: &str| {
        actor
            .get(id)
            .map_or("actor", |a| a.kind.as_str())
            .to_string()
    };
    let mut s = String::new();
    let (mut t, mut n, mut a, mut r, mut c) = (0, 0, 0, 0, 0);
    let mut mention_t: Vec<(usize, &MentionDef)> = Vec::new();
    for m in &doc.meta.mentions {
        t += 1;
        n += 1;
        let (offs, text) = fragments(&chars, m.span);
        let _ = writeln!(s, "T{t}\t{} {offs}\t{text}", kind(&m.actor));
        let name = actor
            .get(m.actor.as_str())
            .map_or(m.actor.clone(), |x| display(x));
        let _ = writeln!(s, "N{n}\tReference T{t} {DB}:{}\t{name}", m.actor);
        mention_t.push((t, m));
    }
    for o in &doc.meta.out_of_scope {
        t += 1;
        let (offs, text) = fragments(&chars, o.span);
        let _ = writeln!(s, "T{t}\t{OUT_OF_SCOPE} {offs}\t{text}");
        if let Some(reason) = &o.reason {
            c += 1;
            let _ = writeln!(s, "#{c}\tAnnotatorNotes T{t}\t{}", escape(reason));
        }
    }
    for rel in &doc.meta.relations {
        let mut end = |who: &str, s: &mut String| -> usize {
            if let Some((ti, _)) = mention_t.iter().find(|(_, m)| {
                m.actor == who && m.span[0] >= rel.span[0] && m.span[1] <= rel.span[1]
            }) {
                return *ti;
            }
            t += 1;
            n += 1;
            a += 1;
            let (offs, text) = fragments(&chars, rel.span);
            let _ = writeln!(s, "T{t}\t{} {offs}\t{text}", kind(who));
            let _ = writeln!(s, "A{a}\t{RELATION_END} T{t}");
            let name = actor.get(who).map_or(who.to_string(), |x| display(x));
            let _ = writeln!(s, "N{n}\tReference T{t} {DB}:{who}\t{name}");
            t
        };
        let t1 = end(&rel.source, &mut s);
        let t2 = end(&rel.target, &mut s);
        r += 1;
        c += 1;
        let _ = writeln!(s, "R{r}\t{} Arg1:T{t1} Arg2:T{t2}", rel.kind);
        let note = RelNote {
            id: rel.id.clone(),
            span: rel.span,
            date: rel.date.clone(),
            date_inferred: rel.date_inferred.clone(),
            place: rel.place.clone(),
            note: rel.note.clone(),
        };
        let json = serde_json::to_string(&note).unwrap_or_default();
        let _ = writeln!(s, "#{c}\tAnnotatorNotes R{r}\t{json}");
    }
    s
}

fn annotation_conf(corpus: &Corpus) -> String {
    let mut s = String::from(
        "# Written by `liaison brat export`: actor kinds, relation types.\n[entities]\n",
    );
    for k in &corpus.schema.actor_kinds {
        let _ = writeln!(s, "{}", k.id);
    }
    let _ = writeln!(s, "{OUT_OF_SCOPE}\n\n[relations]");
    for t in &corpus.schema.relation_types {
        let _ = writeln!(
            s,
            "{}\tArg1:{}, Arg2:{}",
            t.id,
            t.source_kinds.join("|"),
            t.target_kinds.join("|")
        );
    }
    let _ = writeln!(
        s,
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]"
    );
    let _ = writeln!(s, "{RELATION_END}\tArg:<ENTITY>");
    s
}

fn write_file(path: &Path, content: &[u8]) -> Result<(), Error> {
    fs::write(path, content).map_err(|source| Error::Io {
        action: "writing",
        path: path.to_path_buf(),
        source,
    })
}

pub fn export(dir: &Path, to: &Path, out: &mut dyn Write) -> Result<Exit, Error> {
    let corpus = crate::corpus::load(dir).map_err(|problems| Error::Corpus {
        dir: dir.to_path_buf(),
        problems,
    })?;
    fs::create_dir_all(to).map_err(|source| Error::Io {
        action: "creating",
        path: to.to_path_buf(),
        source,
    })?;
    let (mut mentions, mut relations) = (0, 0);
    for d in &corpus.docs {
        write_file(&to.join(format!("{}.txt", d.id)), d.text.as_bytes())?;
        write_file(
            &to.join(format!("{}.ann", d.id)),
            ann(&corpus, d).as_bytes(),
        )?;
        let meta = Meta {
            title: d.meta.title.clone(),
            source: d.meta.source.clone(),
            url: d.meta.url.clone(),
            published: d.meta.published.clone(),
            lang: d.meta.lang.clone(),
            seed: d.meta.seed.clone(),
        };
        write_file(&to.join(format!("{}.meta.json", d.id)), &to_json(&meta))?;
        mentions += d.meta.mentions.len();
        relations += d.meta.relations.len();
    }
    write_file(
        &to.join("annotation.conf"),
        annotation_conf(&corpus).as_bytes(),
    )?;
    writeln!(
        out,
        "exported {} documents ({mentions} mentions, {relations} relations) to {} as brat standoff",
        corpus.docs.len(),
        to.display()
    )
    .map_err(Error::output)?;
    Ok(Exit::Success)
}

#[derive(Debug, Clone, Default)]
pub struct ImportQuery {
    pub from: PathBuf,
    pub create_actors: bool,
    pub replace: bool,
}

/// A `T` line.
struct TextBound {
    ty: String,
    span: [u32; 2],
    text: String,
    line: usize,
}

/// One parsed `.ann` file.
#[derive(Default)]
struct Ann {
    t: BTreeMap<String, TextBound>,
    t_order: Vec<String>,
    /// T id → (actor id, display text).
    refs: HashMap<String, (String, String)>,
    ends: Vec<String>,
    notes: HashMap<String, String>,
    /// (id, type, arg1, arg2, line).
    rels: Vec<(String, String, String, String, usize)>,
}

fn bad(path: &Path, line: usize, what: String, help: &str) -> Error {
    Error::usage(
        format!("{}:{line}: {what}", path.display()),
        help.to_string(),
    )
}

fn parse_ann(path: &Path, src: &str, chars: &[char], err: &mut dyn Write) -> Result<Ann, Error> {
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
                        writeln!(
                            err,
                            "{}:{line}: note: reference {reference:?} is not to {DB}:ID; ignored",
                            path.display()
                        )
                        .map_err(Error::output)?;
                    }
                }
            }
            Some('A') | Some('M') => {
                let name = words.next().unwrap_or("");
                let target = words.next().unwrap_or("").to_string();
                if name == RELATION_END {
                    a.ends.push(target);
                } else {
                    writeln!(
                        err,
                        "{}:{line}: note: attribute {name:?} has no meaning here; ignored",
                        path.display()
                    )
                    .map_err(Error::output)?;
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
                writeln!(
                    err,
                    "{}:{line}: note: {:?} annotations (events, equivalences) are not part of liaison's model; ignored",
                    path.display(),
                    id.chars().next().unwrap_or(' ')
                )
                .map_err(Error::output)?;
            }
        }
    }
    Ok(a)
}

/// The sentences covering `[lo, hi)`.
fn covering_sentences(text: &str, lo: u32, hi: u32) -> [u32; 2] {
    let sents = sentences(text);
    let s = sents
        .iter()
        .find(|s| s[0] <= lo && lo < s[1].max(s[0] + 1))
        .map_or(lo, |s| s[0]);
    let e = sents
        .iter()
        .rev()
        .find(|s| s[0] < hi && hi <= s[1])
        .map_or(hi, |s| s[1]);
    [s.min(lo), e.max(hi)]
}

pub fn import(
    dir: &Path,
    q: &ImportQuery,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let entries = fs::read_dir(&q.from).map_err(|source| Error::Io {
        action: "reading the brat folder",
        path: q.from.clone(),
        source,
    })?;
    let mut stems: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".ann").map(|s| s.to_string()))
        .collect();
    stems.sort();
    if stems.is_empty() {
        return Err(Error::usage(
            format!("no .ann files in {}", q.from.display()),
            "point at a brat collection folder holding ID.txt and ID.ann pairs",
        ));
    }
    let w = Writer::open(dir)?;
    let names = Resolver::new(&w.corpus)?;
    let mut actors = w.corpus.actors.clone();
    let kinds: Vec<&str> = w
        .corpus
        .schema
        .actor_kinds
        .iter()
        .map(|k| k.id.as_str())
        .collect();
    let mut created: Vec<String> = Vec::new();
    let mut doc_changes = Vec::new();
    let mut new_rel_ids: Vec<String> = Vec::new();
    let (mut n_m, mut n_r) = (0, 0);
    for stem in &stems {
        let ann_path = q.from.join(format!("{stem}.ann"));
        let txt_path = q.from.join(format!("{stem}.txt"));
        if !is_slug(stem) {
            return Err(Error::usage(
                format!("{}: {stem:?} cannot be a document id", ann_path.display()),
                "rename the .txt/.ann pair to lowercase ASCII letters, digits and '-' (the id the document will have)",
            ));
        }
        let read = |p: &Path| {
            fs::read_to_string(p).map_err(|source| Error::Io {
                action: "reading",
                path: p.to_path_buf(),
                source,
            })
        };
        let text = read(&txt_path)?;
        if text.contains('\r') {
            return Err(Error::usage(
                format!("{} has CR line endings", txt_path.display()),
                "convert it to LF (and the offsets with it) before importing: liaison counts offsets on LF-only text",
            ));
        }
        let chars: Vec<char> = text.chars().collect();
        let a = parse_ann(&ann_path, &read(&ann_path)?, &chars, err)?;
        let meta_path = q.from.join(format!("{stem}.meta.json"));
        let meta: Meta = if meta_path.exists() {
            serde_json::from_str(&read(&meta_path)?).map_err(|e| {
                Error::usage(
                    format!("{}: {e}", meta_path.display()),
                    "fields: title, source, url, published, lang",
                )
            })?
        } else {
            Meta::default()
        };
        // Who each T line names.
        let mut who: HashMap<&str, String> = HashMap::new();
        for tid in &a.t_order {
            let tb = &a.t[tid];
            if tb.ty == OUT_OF_SCOPE {
                continue;
            }
            let id = match a.refs.get(tid) {
                Some((id, shown)) => {
                    if !actors.iter().any(|x| &x.id == id) {
                        if !q.create_actors {
                            return Err(bad(
                                &ann_path,
                                tb.line,
                                format!("{tid} names actor {id:?}, which actors.json lacks"),
                                "add the actor first (`liaison actor add`), or pass --create-actors to create it from the N line",
                            ));
                        }
                        if !kinds.contains(&tb.ty.as_str()) || !is_slug(id) {
                            return Err(bad(
                                &ann_path,
                                tb.line,
                                format!("cannot create actor {id:?} of type {:?}", tb.ty),
                                &format!("the T type must be an actor kind ({}) and the id a slug", kinds.join(", ")),
                            ));
                        }
                        let mut names = BTreeMap::new();
                        let latin = shown.chars().any(|c| c.is_ascii_alphabetic());
                        names.insert("en".to_string(), if latin { shown.clone() } else { id.clone() });
                        if tb.text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
                            names.insert("ar".to_string(), tb.text.clone());
                        }
                        actors.push(ActorDef {
                            id: id.clone(),
                            kind: tb.ty.clone(),
                            names,
                            aliases: Vec::new(),
                            country: None,
                            parent: None,
                            note: Some(format!("created by `liaison import brat` from {}", ann_path.display())),
                        });
                        created.push(id.clone());
                    }
                    id.clone()
                }
                None => names.id(&tb.text).map_err(|e| {
                    bad(
                        &ann_path,
                        tb.line,
                        format!("{tid} {:?} has no `Reference … {DB}:ID` line and does not resolve: {e}", tb.text),
                        &format!("add `N1<TAB>Reference {tid} {DB}:ACTOR-ID<TAB>NAME`, or add the name as an alias"),
                    )
                })?,
            };
            who.insert(tid.as_str(), id);
        }
        let mut doc = DocFile {
            title: meta.title,
            source: meta.source,
            url: meta.url,
            published: meta.published,
            lang: meta.lang,
            seed: meta.seed,
            ..DocFile::default()
        };
        for tid in &a.t_order {
            let tb = &a.t[tid];
            if tb.ty == OUT_OF_SCOPE {
                doc.out_of_scope.push(OutOfScope {
                    span: tb.span,
                    reason: a.notes.get(tid).map(|s| unescape(s)),
                });
            } else if !a.ends.contains(tid) {
                doc.mentions.push(MentionDef {
                    actor: who[tid.as_str()].clone(),
                    span: tb.span,
                    text: tb.text.clone(),
                });
            }
        }
        // Ids carried by notes are taken before any relation without one is given the next free id.
        for (rid, ..) in &a.rels {
            if let Some(n) = a
                .notes
                .get(rid)
                .and_then(|n| serde_json::from_str::<RelNote>(n).ok())
            {
                new_rel_ids.push(n.id);
            }
        }
        for (rid, ty, x, y, line) in &a.rels {
            let end = |t: &str| {
                who.get(t).cloned().ok_or_else(|| {
                    bad(
                        &ann_path,
                        *line,
                        format!("{rid} points at {t}, which is not an actor's T line"),
                        "point Arg1 and Arg2 at T lines of actors",
                    )
                })
            };
            let (source, target) = (end(x)?, end(y)?);
            let note = a.notes.get(rid);
            let parsed: Option<RelNote> = note.and_then(|n| serde_json::from_str(n).ok());
            let rel = match parsed {
                Some(n) => RelationDef {
                    id: n.id,
                    kind: ty.clone(),
                    source,
                    target,
                    span: n.span,
                    quote: chars
                        .get(n.span[0] as usize..n.span[1] as usize)
                        .map(|c| c.iter().collect())
                        .unwrap_or_default(),
                    date: n.date,
                    date_inferred: n.date_inferred,
                    place: n.place,
                    note: n.note,
                },
                None => {
                    let (tx, ty_) = (&a.t[x.as_str()], &a.t[y.as_str()]);
                    let span = covering_sentences(
                        &text,
                        tx.span[0].min(ty_.span[0]),
                        tx.span[1].max(ty_.span[1]),
                    );
                    let id = next_relation_id(&w.corpus, stem, &new_rel_ids);
                    new_rel_ids.push(id.clone());
                    RelationDef {
                        id,
                        kind: ty.clone(),
                        source,
                        target,
                        span,
                        quote: chars[span[0] as usize..span[1] as usize].iter().collect(),
                        date: None,
                        date_inferred: None,
                        place: None,
                        note: note.map(|s| unescape(s)),
                    }
                }
            };
            doc.relations.push(rel);
        }
        if let Some(existing) = w.corpus.docs.iter().find(|d| &d.id == stem) {
            if !q.replace {
                return Err(Error::usage(
                    format!("document {stem} already exists in the corpus"),
                    "pass --replace to replace its annotations with the imported ones (its text must be the same), or rename the brat files",
                ));
            }
            if existing.text != text {
                return Err(Error::usage(
                    format!("{} differs from the corpus's text of {stem}", txt_path.display()),
                    "offsets would not line up: add it as a new document under another name instead",
                ));
            }
        } else {
            doc_changes.push(Change::doc_text(stem, &text));
        }
        if doc.lang.is_none() {
            doc.lang = Some(
                if chars
                    .iter()
                    .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
                    .count()
                    * 2
                    > chars.len() / 2
                {
                    "ar"
                } else {
                    "en"
                }
                .to_string(),
            );
        }
        n_m += doc.mentions.len();
        n_r += doc.relations.len();
        doc_changes.push(Change::doc_meta(stem, &doc));
    }
    let mut changes = Vec::new();
    if !created.is_empty() {
        changes.push(Change::actors(&ActorsFile { actors }));
    }
    changes.extend(doc_changes);
    w.commit(changes)?;
    writeln!(
        out,
        "imported {} document{} ({n_m} mentions, {n_r} relations) from {}",
        stems.len(),
        if stems.len() == 1 { "" } else { "s" },
        q.from.display()
    )
    .map_err(Error::output)?;
    if !created.is_empty() {
        writeln!(
            out,
            "created {} actor{}: {}",
            created.len(),
            if created.len() == 1 { "" } else { "s" },
            created.join(", ")
        )
        .map_err(Error::output)?;
    }
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for s in ["plain", "a\nb\tc\\d", "\\n literally"] {
            assert_eq!(unescape(&escape(s)), s);
        }
    }

    #[test]
    fn spans_across_lines_become_fragments() {
        let chars: Vec<char> = "ab\ncd".chars().collect();
        assert_eq!(
            fragments(&chars, [0, 5]),
            ("0 2;3 5".to_string(), "ab cd".to_string())
        );
    }
}
