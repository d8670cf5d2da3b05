//! `liaison path A B`: the shortest chain of claims connecting two actors, with its evidence.

use super::{parse_date, resolve_actor, resolve_types};
use crate::error::{Error, Exit};
use crate::graph::Graph;
use crate::output::{actor_json, actor_label, relation_json, write_json, ActorJson, RelationJson};
use crate::query::{self, RelFilter, Walk};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone)]
pub struct PathQuery {
    pub from: String,
    pub to: String,
    pub types: Vec<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub max_hops: Option<u32>,
    pub all: bool,
    /// Cap on the number of paths `all` prints.
    pub limit: usize,
    pub directed: bool,
    pub json: bool,
}

#[derive(Serialize)]
struct PathJson<'a> {
    from: ActorJson<'a>,
    to: ActorJson<'a>,
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
    let walk = Walk {
        filter: RelFilter {
            types: resolve_types(data, &q.types)?,
            since: q
                .since
                .as_deref()
                .map(|s| parse_date("--since", s))
                .transpose()?,
            until: q
                .until
                .as_deref()
                .map(|s| parse_date("--until", s))
                .transpose()?,
            ..Default::default()
        },
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
    if paths.is_empty() {
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
                from: actor_json(data, a),
                to: actor_json(data, b),
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
