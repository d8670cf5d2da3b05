//! `liaison edges`: relations matching every filter.

use super::table::{actor_label, clip, count, opt, table};
use super::Filters;
use liaison::query;
use liaison::store::Graph;
use liaison::view::{relation_json, write_json_list};
use liaison::{Error, Exit};
use std::io::Write;

/// Relations matching all the filters.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct EdgesQuery {
    #[command(flatten)]
    pub filter: Filters,
    #[arg(long)]
    pub json: bool,
}

pub fn run(data: &Graph<'_>, q: &EdgesQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let filter = q.filter.spec().resolve(data)?;
    let rels = query::edges(data, &filter);
    if q.json {
        write_json_list(out, rels.iter().map(|&r| relation_json(data, r)))
            .map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let mut t = table(&[
        "ID", "TYPE", "SOURCE", "TARGET", "DATE", "DOCUMENT", "QUOTE",
    ]);
    for &r in &rels {
        let rel = data.relation(r);
        let ty = &data.types()[rel.ty.to_native() as usize];
        t.add_row(vec![
            rel.id.to_string(),
            format!("{}{}", ty.id.as_str(), if ty.directed { " →" } else { "" }),
            actor_label(data, rel.source.to_native()),
            actor_label(data, rel.target.to_native()),
            opt(rel.date.as_ref().map(|d| d.as_str())).to_string(),
            data.doc(rel.doc.to_native()).id.to_string(),
            clip(rel.quote.as_str(), 60),
        ]);
    }
    t.write_to(out).map_err(Error::output)?;
    writeln!(out, "{}", count(rels.len(), "relation")).map_err(Error::output)?;
    Ok(Exit::Success)
}
