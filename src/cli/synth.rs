//! `liaison synth`: write a synthetic corpus for trying liaison at scale.

use liaison::synth::{generate, SynthConfig};
use liaison::{Error, Exit};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// Write a deterministic synthetic corpus, to try liaison at scale.
#[derive(Debug, Clone, clap::Args)]
pub struct SynthArgs {
    /// The folder to write the corpus into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[arg(long, default_value_t = 1000)]
    pub actors: usize,
    #[arg(long, default_value_t = 5000)]
    pub relations: usize,
    /// Number of documents (default: one per 500 relations).
    #[arg(long)]
    pub docs: Option<usize>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn run(a: &SynthArgs, out: &mut dyn Write) -> Result<Exit, Error> {
    let cfg = &SynthConfig {
        actors: a.actors,
        relations: a.relations,
        docs: a.docs.unwrap_or(a.relations / 500 + 1),
        seed: a.seed,
    };
    let dir = a.out.as_path();
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
