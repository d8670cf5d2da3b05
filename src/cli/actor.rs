//! `liaison actor add|edit|merge|rm`: maintain actors.json.

use super::notes;
use clap::Subcommand;
use liaison::edit::actor::{self, ActorAdd, ActorEdit};
use liaison::edit::references::{self, ActorRm, Rewritten};
use liaison::model::{to_json, ActorDef};
use liaison::{Error, Exit};
use std::io::Write;
use std::path::Path;

/// `liaison actor …`
#[derive(Debug, Clone, Subcommand)]
pub enum ActorCommand {
    /// Add an actor to actors.json.
    Add {
        /// Lowercase ASCII letters, digits and '-', e.g. dgst.
        id: String,
        /// An actor kind of the schema (agency, person, country, group, organization…).
        #[arg(long)]
        kind: String,
        /// LANG=NAME, repeatable; en is required (e.g. --name en=DGST --name ar="…").
        #[arg(long = "name", value_name = "LANG=NAME")]
        names: Vec<String>,
        /// Another spelling or short form, repeatable.
        #[arg(long = "alias", value_name = "ALIAS")]
        aliases: Vec<String>,
        /// ISO 3166-1 alpha-2 code, e.g. MA.
        #[arg(long)]
        country: Option<String>,
        /// The actor this one is a unit of (id or name).
        #[arg(long)]
        parent: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Change an actor's kind, names, aliases, country, parent or note.
    Edit {
        /// Id, name or alias.
        actor: String,
        #[arg(long)]
        kind: Option<String>,
        /// LANG=NAME: set or replace the name in that language (repeatable).
        #[arg(long = "name", value_name = "LANG=NAME")]
        names: Vec<String>,
        /// Remove the name in this language (repeatable).
        #[arg(long = "remove-name", value_name = "LANG")]
        remove_names: Vec<String>,
        /// Add an alias (repeatable).
        #[arg(long = "alias", value_name = "ALIAS")]
        add_aliases: Vec<String>,
        /// Remove an alias (repeatable; compared folded).
        #[arg(long = "remove-alias", value_name = "ALIAS")]
        remove_aliases: Vec<String>,
        #[arg(long, conflicts_with = "no_country")]
        country: Option<String>,
        /// Set the country to null.
        #[arg(long)]
        no_country: bool,
        #[arg(long, conflicts_with = "no_parent")]
        parent: Option<String>,
        /// Set the parent to null.
        #[arg(long)]
        no_parent: bool,
        #[arg(long, conflicts_with = "no_note")]
        note: Option<String>,
        #[arg(long)]
        no_note: bool,
    },
    /// Merge actor A into B: every reference to A now names B; A's names become B's aliases.
    #[command(override_usage = "liaison actor merge A into B")]
    Merge {
        a: String,
        /// The word `into`.
        #[arg(value_name = "INTO")]
        into: String,
        b: String,
    },
    /// Remove an actor (refused while referenced, unless --cascade or --reassign says what to do).
    Rm {
        actor: String,
        /// Also remove its mentions and relations, and clear the parent of its units.
        #[arg(long, conflicts_with = "reassign")]
        cascade: bool,
        /// Point its mentions, relations and units at this actor instead.
        #[arg(long, value_name = "OTHER")]
        reassign: Option<String>,
    },
}

fn print_actor(out: &mut dyn Write, a: &ActorDef) -> Result<(), Error> {
    out.write_all(&to_json(a)).map_err(Error::output)
}

fn report(out: &mut dyn Write, what: &str, r: &Rewritten) -> Result<(), Error> {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    writeln!(
        out,
        "{what}: {} mention{}, {} relation{}, {} unit{} (parent) updated",
        r.mentions,
        s(r.mentions),
        r.relations,
        s(r.relations),
        r.parents,
        s(r.parents),
    )
    .map_err(Error::output)?;
    if !r.dropped.is_empty() {
        writeln!(
            out,
            "removed relation{}: {}",
            s(r.dropped.len()),
            r.dropped.join(", ")
        )
        .map_err(Error::output)?;
    }
    Ok(())
}

pub fn run(
    dir: &Path,
    c: &ActorCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, Error> {
    match c.clone() {
        ActorCommand::Add {
            id,
            kind,
            names,
            aliases,
            country,
            parent,
            note,
        } => {
            let q = ActorAdd {
                id,
                kind,
                names,
                aliases,
                country,
                parent,
                note,
            };
            let w = actor::add(dir, &q)?;
            notes(err, &w.notes)?;
            print_actor(out, &w.actor)?;
        }
        ActorCommand::Edit {
            actor,
            kind,
            names,
            remove_names,
            add_aliases,
            remove_aliases,
            country,
            no_country,
            parent,
            no_parent,
            note,
            no_note,
        } => {
            let q = ActorEdit {
                actor,
                kind,
                names,
                remove_names,
                add_aliases,
                remove_aliases,
                country,
                no_country,
                parent,
                no_parent,
                note,
                no_note,
            };
            let w = actor::edit(dir, &q)?;
            notes(err, &w.notes)?;
            print_actor(out, &w.actor)?;
        }
        ActorCommand::Merge { a, into, b } => {
            if !into.eq_ignore_ascii_case("into") {
                return Err(Error::usage(
                    format!("expected the word `into` between the two actors, found {into:?}"),
                    "liaison actor merge A into B   (A's references move to B; A's names become B's aliases)",
                ));
            }
            let m = references::merge(dir, &a, &b)?;
            report(
                out,
                &format!("merged {} into {}", m.from, m.to),
                &m.rewritten,
            )?;
            print_actor(out, &m.actor)?;
        }
        ActorCommand::Rm {
            actor,
            cascade,
            reassign,
        } => {
            let q = ActorRm {
                actor,
                cascade,
                reassign,
            };
            let r = references::rm(dir, &q)?;
            report(out, &format!("removed {}", r.id), &r.rewritten)?;
        }
    }
    Ok(Exit::Success)
}
