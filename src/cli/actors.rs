//! `liaison actors`: list actors, optionally of one kind or country.

use super::table::{count, opt, table};
use liaison::store::Graph;
use liaison::view::{actor_fields, write_json_list};
use liaison::{Error, Exit};
use std::io::Write;

/// List actors.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ActorsQuery {
    /// Only actors of this kind (agency, person, country, group, organization…).
    #[arg(long)]
    pub kind: Option<String>,
    /// Only actors of this country (ISO 3166 alpha-2, e.g. MA).
    #[arg(long)]
    pub country: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(data: &Graph<'_>, q: &ActorsQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let kind = match &q.kind {
        None => None,
        Some(k) => Some(
            data.kinds()
                .iter()
                .position(|x| x.id.as_str() == k)
                .ok_or_else(|| {
                    let known: Vec<&str> = data.kinds().iter().map(|k| k.id.as_str()).collect();
                    Error::usage(
                        format!("unknown actor kind {k:?}"),
                        format!("use one of: {}", known.join(", ")),
                    )
                })? as u16,
        ),
    };
    let country = q.country.as_ref().map(|c| c.to_uppercase());
    let ids: Vec<u32> = (0..data.actors().len() as u32)
        .filter(|&i| {
            let a = data.actor(i);
            kind.is_none_or(|k| a.kind.to_native() == k)
                && country
                    .as_deref()
                    .is_none_or(|c| a.country.as_ref().is_some_and(|x| x.as_str() == c))
        })
        .collect();
    if q.json {
        write_json_list(out, ids.iter().map(|&i| actor_fields(data, i))).map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let mut t = table(&["ID", "KIND", "COUNTRY", "PARENT", "NAME", "ARABIC NAME"]);
    for &i in &ids {
        let a = data.actor(i);
        t.add_row(vec![
            a.id.as_str(),
            data.kinds()[a.kind.to_native() as usize].id.as_str(),
            opt(a.country.as_ref().map(|c| c.as_str())),
            opt(a
                .parent
                .as_ref()
                .map(|p| data.actor(p.to_native()).id.as_str())),
            opt(a.name("en")),
            opt(a.name("ar")),
        ]);
    }
    t.write_to(out).map_err(Error::output)?;
    writeln!(out, "{}", count(ids.len(), "actor")).map_err(Error::output)?;
    Ok(Exit::Success)
}
