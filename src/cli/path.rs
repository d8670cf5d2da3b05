//! `liaison path A B`: the shortest chain of claims connecting two actors, with its evidence.

use super::table::actor_label;
use liaison::query::{self, Walk};
use liaison::resolve::{resolve_actor, FilterArgs};
use liaison::store::Graph;
use liaison::view::{actor_fields, relation_json, write_json, ActorFields, RelationJson};
use liaison::{Error, Exit};
use serde::Serialize;
use std::io::Write;

/// The shortest chain of relations from A to B, hop by hop, with the evidence for each hop.
#[derive(Debug, Clone, clap::Args)]
pub struct PathQuery {
    pub from: String,
    pub to: String,
    /// Only follow relations of this type (repeatable).
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Only follow relations dated on or after DATE.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only follow relations dated on or before DATE.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Give up beyond N hops.
    #[arg(long, value_name = "N")]
    pub max_hops: Option<u32>,
    /// Every shortest path, not just one.
    #[arg(long)]
    pub all: bool,
    /// With --all, print at most this many paths (at least 1).
    #[arg(long, default_value_t = 100, value_parser = at_least_one)]
    pub limit: usize,
    /// Follow directed relations (tipped-off, extradited…) only from source to target.
    #[arg(long)]
    pub directed: bool,
    #[arg(long)]
    pub json: bool,
}

/// `--limit`: a count of paths to print, so 0 is a usage error rather than an empty answer that
/// would read as "no connection".
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => {
            Err("the limit must be at least 1 (it is how many shortest paths to print)".into())
        }
        Ok(n) => Ok(n),
        Err(e) => Err(format!(
            "{e}; the limit is a whole number of paths, at least 1"
        )),
    }
}

#[derive(Serialize)]
struct PathJson<'a> {
    from: ActorFields<'a>,
    to: ActorFields<'a>,
    hops: Vec<RelationJson<'a>>,
}

pub fn run(
    data: &Graph<'_>,
    q: &PathQuery,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    let a = resolve_actor(data, &q.from)?;
    let b = resolve_actor(data, &q.to)?;
    let filter = FilterArgs {
        types: q.types.clone(),
        since: q.since.clone(),
        until: q.until.clone(),
        ..FilterArgs::default()
    };
    let walk = Walk {
        filter: filter.resolve(data)?,
        directed: q.directed,
    };
    let max = q.max_hops.unwrap_or(u32::MAX);
    let (paths, truncated) = if q.all {
        query::all_shortest_paths(data, a, b, &walk, max, q.limit)
    } else {
        (
            query::shortest_path(data, a, b, &walk, max)
                .into_iter()
                .collect(),
            false,
        )
    };
    // "No connection" only when the search found none, never when a limit cut every path off.
    if paths.is_empty() && !truncated {
        let within = q
            .max_hops
            .map(|m| format!(" within {m} hops"))
            .unwrap_or_default();
        writeln!(
            err,
            "liaison: no connection between {} and {}{within}{}",
            actor_label(data, a),
            actor_label(data, b),
            if q.types.is_empty() && q.since.is_none() && q.until.is_none() && !q.directed {
                ""
            } else {
                " with these filters"
            }
        )
        .map_err(Error::output)?;
        return Ok(Exit::NoResult);
    }
    if truncated {
        writeln!(
            err,
            "liaison: note: showing the first {} shortest paths; raise --limit for more",
            q.limit
        )
        .map_err(Error::output)?;
    }
    if q.json {
        let shaped: Vec<PathJson> = paths
            .iter()
            .map(|p| PathJson {
                from: actor_fields(data, a),
                to: actor_fields(data, b),
                hops: p.iter().map(|&r| relation_json(data, r)).collect(),
            })
            .collect();
        if q.all {
            write_json(out, &shaped).map_err(Error::output)?;
        } else {
            write_json(out, &shaped[0]).map_err(Error::output)?;
        }
        return Ok(Exit::Success);
    }
    let mut s = String::new();
    for (n, p) in paths.iter().enumerate() {
        if q.all {
            s.push_str(&format!(
                "path {} of {}{}\n",
                n + 1,
                paths.len(),
                if truncated { "+" } else { "" }
            ));
        }
        s.push_str(&format!(
            "{} → {}: {} hop{}\n",
            actor_label(data, a),
            actor_label(data, b),
            p.len(),
            if p.len() == 1 { "" } else { "s" }
        ));
        let mut at = a;
        for (i, &r) in p.iter().enumerate() {
            let rel = data.relation(r);
            let ty = &data.types()[rel.ty.to_native() as usize];
            let (src, tgt) = (rel.source.to_native(), rel.target.to_native());
            let next = if src == at { tgt } else { src };
            let link = match (ty.directed, src == at) {
                (false, _) => format!("—{}—", ty.id.as_str()),
                (true, true) => format!("—{}→", ty.id.as_str()),
                (true, false) => format!("←{}—", ty.id.as_str()),
            };
            s.push_str(&format!(
                "{:>3}. {} {link} {}\n",
                i + 1,
                actor_label(data, at),
                actor_label(data, next)
            ));
            let doc = &data.doc(rel.doc.to_native());
            let mut meta = format!(
                "     {} · {} [{}, {}]",
                rel.id.as_str(),
                doc.id.as_str(),
                rel.start.to_native(),
                rel.end.to_native()
            );
            if let Some(d) = rel.date.as_ref() {
                meta.push_str(&format!(" · {}", d.as_str()));
                if rel.date_inferred.is_some() {
                    meta.push_str(" (inferred)");
                }
            }
            if let Some(pl) = rel.place.as_ref() {
                meta.push_str(&format!(" · {}", pl.as_str()));
            }
            s.push_str(&meta);
            s.push_str(&format!("\n     «{}»\n", rel.quote.as_str()));
            at = next;
        }
        if q.all && n + 1 < paths.len() {
            s.push('\n');
        }
    }
    out.write_all(s.as_bytes()).map_err(Error::output)?;
    Ok(Exit::Success)
}
