//! `liaison neighbors ACTOR`: who is within N hops, and how far.

use super::table::{count, opt, table};
use liaison::query::{self, RelFilter, Walk};
use liaison::resolve::{resolve_actor, resolve_types};
use liaison::store::Graph;
use liaison::view::{actor_fields, write_json_list, ActorFields};
use liaison::{Error, Exit};
use serde::Serialize;
use std::io::Write;

/// Actors within N hops of an actor.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct NeighborsQuery {
    pub actor: String,
    /// How many hops away to look.
    #[arg(long, default_value_t = 1)]
    pub depth: u32,
    /// Only follow relations of this type (repeatable).
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct NeighborJson<'a> {
    actor: ActorFields<'a>,
    distance: u32,
}

pub fn run(data: &Graph<'_>, q: &NeighborsQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let me = resolve_actor(data, &q.actor)?;
    let walk = Walk {
        filter: RelFilter {
            types: resolve_types(data, &q.types)?,
            ..Default::default()
        },
        directed: false,
    };
    let found = query::neighbors(data, me, q.depth, &walk);
    if q.json {
        write_json_list(
            out,
            found.iter().map(|&(a, d)| NeighborJson {
                actor: actor_fields(data, a),
                distance: d,
            }),
        )
        .map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let mut t = table(&["DISTANCE", "ID", "KIND", "NAME", "ARABIC NAME"]);
    for &(a, d) in &found {
        let x = data.actor(a);
        t.add_row(vec![
            d.to_string(),
            x.id.to_string(),
            data.kinds()[x.kind.to_native() as usize].id.to_string(),
            x.display_name().to_string(),
            opt(x.name("ar")).to_string(),
        ]);
    }
    t.write_to(out).map_err(Error::output)?;
    writeln!(
        out,
        "{} within {} of {}",
        count(found.len(), "actor"),
        count(q.depth as usize, "hop"),
        data.actor(me).id.as_str()
    )
    .map_err(Error::output)?;
    Ok(Exit::Success)
}
