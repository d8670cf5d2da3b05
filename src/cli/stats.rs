//! `liaison stats`: counts by kind and type, most connected actors, connected components.

use super::table::{count, render, table};
use liaison::query;
use liaison::store::Graph;
use liaison::view::{actor_fields, write_json, ActorFields};
use liaison::{Error, Exit};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

/// Counts by kind and type, most connected actors, connected components.
#[derive(Debug, Clone, clap::Args)]
pub struct StatsQuery {
    /// How many of the most connected actors to list.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Connected<'a> {
    actor: ActorFields<'a>,
    relations: usize,
    neighbors: usize,
}

#[derive(Serialize)]
struct Components {
    count: usize,
    largest: Vec<usize>,
    isolated_actors: usize,
}

#[derive(Serialize)]
struct StatsJson<'a> {
    documents: usize,
    actors: usize,
    relations: usize,
    actors_by_kind: BTreeMap<&'a str, usize>,
    relations_by_type: BTreeMap<&'a str, usize>,
    most_connected: Vec<Connected<'a>>,
    components: Components,
}

pub fn run(data: &Graph<'_>, q: &StatsQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let st = query::stats(data, q.top);
    if q.json {
        let doc = StatsJson {
            documents: st.documents,
            actors: st.actors,
            relations: st.relations,
            actors_by_kind: st.by_kind.iter().map(|(k, n)| (k.as_str(), *n)).collect(),
            relations_by_type: st.by_type.iter().map(|(k, n)| (k.as_str(), *n)).collect(),
            most_connected: st
                .most_connected
                .iter()
                .map(|&(a, r, n)| Connected {
                    actor: actor_fields(data, a),
                    relations: r,
                    neighbors: n,
                })
                .collect(),
            components: Components {
                count: st.components,
                largest: st.largest_components.clone(),
                isolated_actors: st.isolated,
            },
        };
        write_json(out, &doc).map_err(Error::output)?;
        return Ok(Exit::Success);
    }
    let mut s = format!(
        "{} documents, {} actors, {} relations\n\n",
        st.documents, st.actors, st.relations
    );
    let mut t = table(&["ACTOR KIND", "COUNT"]);
    for (k, n) in &st.by_kind {
        t.add_row(vec![k.clone(), n.to_string()]);
    }
    s.push_str(&render(&t));
    s.push('\n');
    let mut t = table(&["RELATION TYPE", "COUNT"]);
    for (k, n) in &st.by_type {
        t.add_row(vec![k.clone(), n.to_string()]);
    }
    s.push_str(&render(&t));
    s.push_str("\nmost connected\n");
    let mut t = table(&["ACTOR", "NAME", "RELATIONS", "NEIGHBORS"]);
    for &(a, r, n) in &st.most_connected {
        let x = data.actor(a);
        t.add_row(vec![
            x.id.to_string(),
            x.display_name().to_string(),
            r.to_string(),
            n.to_string(),
        ]);
    }
    s.push_str(&render(&t));
    s.push('\n');
    let sizes: Vec<String> = st
        .largest_components
        .iter()
        .map(|n| n.to_string())
        .collect();
    s.push_str(&format!(
        "{} (largest: {}); {} without relations\n",
        count(st.components, "connected component"),
        sizes.join(", "),
        count(st.isolated, "actor")
    ));
    out.write_all(s.as_bytes()).map_err(Error::output)?;
    Ok(Exit::Success)
}
