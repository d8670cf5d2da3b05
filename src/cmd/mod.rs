//! One module per subcommand. Each takes a plain options struct (the CLI's parsed flags, without
//! clap) and writes its answer to `out`, its notes to `err`.

pub mod actor;
pub mod actors;
pub mod annotate;
pub mod brat;
pub mod build;
pub mod check;
pub mod doc;
pub mod edges;
pub mod export;
pub mod neighbors;
pub mod path;
pub mod render;
pub mod report;
pub mod show;
pub mod stats;
pub mod suggest;
pub mod synth;

use crate::error::Error;
use crate::graph::Graph;
use crate::model::DateRange;
use crate::names::{self, Unresolved};
use crate::query::RelFilter;

/// Resolves a user-typed actor (id, name, alias or distinctive part) or explains why not.
pub fn resolve_actor(data: &Graph<'_>, query: &str) -> Result<u32, Error> {
    names::resolve(data, query).map_err(|u| match u {
        Unresolved::Unknown { suggestions } => Error::UnknownActor {
            query: query.to_string(),
            suggestions,
        },
        Unresolved::Ambiguous { candidates } => Error::AmbiguousActor {
            query: query.to_string(),
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

pub fn parse_date(flag: &str, s: &str) -> Result<DateRange, Error> {
    DateRange::parse(s).map_err(|e| {
        Error::usage(
            format!("{flag}: {e}"),
            "e.g. --since 2021, --since 2021-06 or --since 2021-06-13",
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
