//! `liaison show ACTOR`: who an actor is and every claim about it, grouped by relation type.

use super::table::{actor_label, opt, render, table};
use liaison::resolve::resolve_actor;
use liaison::store::Graph;
use liaison::view::{
    actor_fields, by_type, relation_json, seen_from, write_json, ActorFields, RelationJson,
};
use liaison::{Error, Exit};
use serde::Serialize;
use std::io::Write;

/// An actor's names, kind, country, parent and relations with their evidence.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ShowQuery {
    /// Id, name or alias, in Arabic or Latin script.
    pub actor: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct ShowJson<'a> {
    actor: ActorFields<'a>,
    relations: Vec<RelationJson<'a>>,
}

pub fn run(data: &Graph<'_>, q: &ShowQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let me = resolve_actor(data, &q.actor)?;
    let mut rels: Vec<u32> = data.adjacent(me).map(|e| e.rel.to_native()).collect();
    data.sort_relations(&mut rels);
    rels.dedup();
    if q.json {
        let doc = ShowJson {
            actor: actor_fields(data, me),
            relations: rels.iter().map(|&r| relation_json(data, r)).collect(),
        };
        write_json(out, &doc).map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let a = data.actor(me);
    let mut s = String::new();
    s.push_str(&format!("{}\n", actor_label(data, me)));
    s.push_str(&format!(
        "  kind:     {}\n",
        data.kinds()[a.kind.to_native() as usize].id.as_str()
    ));
    for l in a.names.iter() {
        let (lang, text) = l.pair();
        s.push_str(&format!("  name {lang}:  {text}\n"));
    }
    if !a.aliases.is_empty() {
        let al: Vec<&str> = a.aliases.iter().map(|x| x.as_str()).collect();
        s.push_str(&format!("  aliases:  {}\n", al.join(" · ")));
    }
    s.push_str(&format!(
        "  country:  {}\n",
        opt(a.country.as_ref().map(|c| c.as_str()))
    ));
    if let Some(p) = a.parent.as_ref() {
        s.push_str(&format!(
            "  part of:  {}\n",
            actor_label(data, p.to_native())
        ));
    }
    let units: Vec<String> = (0..data.actors().len() as u32)
        .filter(|&i| {
            data.actor(i)
                .parent
                .as_ref()
                .is_some_and(|p| p.to_native() == me)
        })
        .map(|i| actor_label(data, i))
        .collect();
    if !units.is_empty() {
        s.push_str(&format!("  units:    {}\n", units.join(", ")));
    }
    s.push_str(&format!("  relations: {}\n", rels.len()));
    for (ti, of_type) in by_type(data, &rels) {
        let ty = &data.types()[ti as usize];
        s.push_str(&format!("\n{} ({})\n", ty.id.as_str(), of_type.len()));
        let mut t = table(&["", "COUNTERPART", "DATE", "DOCUMENT", "QUOTE"]);
        for &r in &of_type {
            let rel = data.relation(r);
            let (other, arrow) = seen_from(data, r, me);
            t.add_row(vec![
                arrow.to_string(),
                actor_label(data, other),
                opt(rel.date.as_ref().map(|d| d.as_str())).to_string(),
                data.doc(rel.doc.to_native()).id.to_string(),
                rel.quote.to_string(),
            ]);
        }
        s.push_str(&render(&t));
    }
    out.write_all(s.as_bytes()).map_err(Error::output)?;
    Ok(Exit::Success)
}
