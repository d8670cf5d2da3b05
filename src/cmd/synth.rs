//! `liaison synth`: write a synthetic corpus for trying liaison at scale.

use crate::error::{Error, Exit};
use crate::synth::{generate, SynthConfig};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

pub fn run(cfg: &SynthConfig, dir: &Path, out: &mut dyn Write) -> Result<Exit, Error> {
    if cfg.actors < 20 {
        return Err(Error::usage(
            "--actors must be at least 20",
            "synthetic corpora need a few actors of every kind",
        ));
    }
    let started = Instant::now();
    let pb = indicatif::ProgressBar::with_draw_target(
        Some(cfg.docs as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    pb.set_style(
        indicatif::ProgressStyle::with_template("writing documents {pos}/{len} [{bar:30}] {eta}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    generate(cfg, dir, |d| pb.set_position(d as u64)).map_err(|e| Error::Io {
        action: "writing the synthetic corpus to",
        path: dir.to_path_buf(),
        source: e,
    })?;
    pb.finish_and_clear();
    writeln!(
        out,
        "wrote {}: {} actors, {} relations in {} documents (seed {}) in {:.1} s",
        dir.display(),
        cfg.actors,
        cfg.relations,
        cfg.docs,
        cfg.seed,
        started.elapsed().as_secs_f64()
    )
    .map_err(Error::output)?;
    Ok(Exit::Success)
}
