//! `liaison review DOC`: placeholder, filled in below.
use liaison::{Error, Exit};
use std::io::Write;
use std::path::Path;

/// Review the proposals of a document one at a time.
#[derive(Debug, Clone, clap::Args)]
pub struct ReviewArgs {
    pub doc: String,
}

pub fn run(_dir: &Path, _a: &ReviewArgs, _out: &mut dyn Write, _err: &mut dyn Write) -> Result<Exit, Error> {
    Ok(Exit::Success)
}
