//! `liaison annotate DOC --type T --from A --to B --quote "…"`: write a relation without counting
//! characters, and `liaison annotate DOC --remove ID`.

use liaison::edit::annotate::{self, Annotate, Annotated};
use liaison::model::to_json;
use liaison::{Error, Exit};
use std::io::Write;
use std::path::Path;

/// Add a relation to a document by quoting it (or remove one with --remove).
#[derive(Debug, Clone, clap::Args)]
pub struct AnnotateArgs {
    /// The document id.
    doc: String,
    /// The relation type (met, cooperated, extradited, tipped-off…).
    #[arg(long = "type", value_name = "TYPE", required_unless_present = "remove")]
    kind: Option<String>,
    /// The source actor: id, name or alias in any script.
    #[arg(long, value_name = "ACTOR", required_unless_present = "remove")]
    from: Option<String>,
    /// The target actor.
    #[arg(long, value_name = "ACTOR", required_unless_present = "remove")]
    to: Option<String>,
    /// The stretch of text that states the claim; matched ignoring tashkeel, hamza forms, case.
    #[arg(long, required_unless_present = "remove")]
    quote: Option<String>,
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// How a date the text implies was inferred.
    #[arg(long, value_name = "WHY")]
    date_inferred: Option<String>,
    #[arg(long)]
    place: Option<String>,
    #[arg(long)]
    note: Option<String>,
    /// Which occurrence of a quote found more than once (1, 2…).
    #[arg(long, value_name = "N")]
    occurrence: Option<usize>,
    /// The relation id (default: the next free DOC-rN).
    #[arg(long)]
    id: Option<String>,
    /// Remove the relation with this id instead.
    #[arg(long, value_name = "ID", conflicts_with_all = ["kind", "from", "to", "quote", "date", "place", "note", "occurrence", "id"])]
    remove: Option<String>,
}

pub fn run(dir: &Path, a: &AnnotateArgs, out: &mut dyn Write) -> Result<Exit, Error> {
    let q = Annotate {
        doc: a.doc.clone(),
        kind: a.kind.clone(),
        from: a.from.clone(),
        to: a.to.clone(),
        quote: a.quote.clone(),
        date: a.date.clone(),
        date_inferred: a.date_inferred.clone(),
        place: a.place.clone(),
        note: a.note.clone(),
        occurrence: a.occurrence,
        id: a.id.clone(),
        remove: a.remove.clone(),
    };
    match annotate::run(dir, &q)? {
        Annotated::Added(rel) => out.write_all(&to_json(&rel)).map_err(Error::output)?,
        Annotated::Removed { doc, relation: r } => writeln!(
            out,
            "removed relation {} ({} {} {}) from {doc}",
            r.id, r.source, r.kind, r.target
        )
        .map_err(Error::output)?,
    }
    Ok(Exit::Success)
}
