//! `liaison build`: recompile the store from the annotation files, whatever its state.

use liaison::layout::store_path;
use liaison::store;
use liaison::{Error, Exit};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

pub fn run(dir: &Path, out: &mut dyn Write) -> Result<Exit, Error> {
    let started = Instant::now();
    let pb =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} reading documents {pos}/{len} [{bar:30}] {eta}",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    let s = store::build(dir, Some(&pb))?;
    pb.finish_and_clear();
    let data = s.graph();
    let path = store_path(dir);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    writeln!(
        out,
        "built {} in {:.2} s: {} documents, {} actors, {} relations ({:.1} MB)",
        path.display(),
        started.elapsed().as_secs_f64(),
        data.doc_count(),
        data.actors().len(),
        data.relation_count(),
        size as f64 / 1e6
    )
    .map_err(Error::output)?;
    Ok(Exit::Success)
}
