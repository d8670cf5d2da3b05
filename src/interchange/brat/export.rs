//! Writing the corpus as brat standoff: `ID.txt`, `ID.ann`, `ID.meta.json` and `annotation.conf`.

use super::{escape, Meta, RelNote, DB, OUT_OF_SCOPE, RELATION_END};
use crate::corpus::{Corpus, Doc};
use crate::error::Error;
use crate::fsio::{self, write_atomic};
use crate::model::{to_json, ActorDef, MentionDef};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

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

/// What `export` wrote.
#[derive(Debug, Clone, Copy)]
pub struct Exported {
    pub docs: usize,
    pub mentions: usize,
    pub relations: usize,
}

pub fn export(dir: &Path, to: &Path) -> Result<Exported, Error> {
    let corpus = crate::corpus::load(dir).map_err(|problems| Error::Corpus {
        dir: dir.to_path_buf(),
        problems,
    })?;
    std::fs::create_dir_all(to).map_err(fsio::io_error("creating", to))?;
    let (mut mentions, mut relations) = (0, 0);
    for d in &corpus.docs {
        write_atomic(&to.join(format!("{}.txt", d.id)), d.text.as_bytes())?;
        write_atomic(
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
        write_atomic(&to.join(format!("{}.meta.json", d.id)), &to_json(&meta))?;
        mentions += d.meta.mentions.len();
        relations += d.meta.relations.len();
    }
    write_atomic(
        &to.join("annotation.conf"),
        annotation_conf(&corpus).as_bytes(),
    )?;
    Ok(Exported {
        docs: corpus.docs.len(),
        mentions,
        relations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_across_lines_become_fragments() {
        let chars: Vec<char> = "ab\ncd".chars().collect();
        assert_eq!(
            fragments(&chars, [0, 5]),
            ("0 2;3 5".to_string(), "ab cd".to_string())
        );
    }
}
