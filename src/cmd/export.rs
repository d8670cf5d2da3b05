//! `liaison export FORMAT`: the graph, or a selection of it, for other tools.

use crate::error::{Error, Exit};
use crate::export::{self, dot::DotOptions, neo4j, Selection};
use crate::graph::Graph;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Dot,
    Graphml,
    Gexf,
    Json,
    Neo4j,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Dot,
        Format::Graphml,
        Format::Gexf,
        Format::Json,
        Format::Neo4j,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Json => "json",
            Format::Neo4j => "neo4j",
        }
    }

    pub fn parse(s: &str) -> Result<Format, Error> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                Error::usage(
                    format!("unknown export format {s:?}"),
                    "use one of: dot, graphml, gexf, json, neo4j",
                )
            })
    }
}

#[derive(Debug, Clone)]
pub struct ExportQuery {
    pub format: Format,
    /// A file (a folder for neo4j); `None` or `-` is standard output.
    pub output: Option<PathBuf>,
    pub selection: Selection,
    pub dot: DotOptions,
}

/// Writes a file through a temporary file in the same folder and a rename, so a reader never sees
/// a half-written file and a failed export leaves the old one in place.
pub fn write_atomically(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Error> {
    let io_err = |action: &'static str| {
        move |source: io::Error| Error::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".liaison-export-")
        .tempfile_in(dir)
        .map_err(io_err("creating a file beside"))?;
    {
        let mut w = io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        f(&mut w).map_err(io_err("writing"))?;
        w.flush().map_err(io_err("writing"))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o644))
            .map_err(io_err("writing"))?;
    }
    tmp.persist(path)
        .map_err(|e| e.error)
        .map_err(io_err("writing"))?;
    Ok(())
}

fn to_stdout(output: &Option<PathBuf>) -> bool {
    output.as_ref().is_none_or(|p| p.as_os_str() == "-")
}

pub fn run(data: &Graph<'_>, q: &ExportQuery, out: &mut dyn Write) -> Result<Exit, Error> {
    let g = export::select(data, &q.selection)?;
    let writer = |out: &mut dyn Write| -> io::Result<()> {
        match q.format {
            Format::Dot => export::dot::write(data, &g, &q.dot, out),
            Format::Graphml => export::graphml::write(data, &g, out),
            Format::Gexf => export::gexf::write(data, &g, out),
            Format::Json => export::json::write(data, &g, out),
            Format::Neo4j => unreachable!("neo4j writes a folder"),
        }
    };
    if q.format == Format::Neo4j {
        let dir = match &q.output {
            Some(d) if !to_stdout(&q.output) => d,
            _ => {
                return Err(Error::usage(
                    "the neo4j export is a folder of files: give it with -o",
                    "e.g. liaison export neo4j -o neo4j/",
                ))
            }
        };
        fs::create_dir_all(dir).map_err(|source| Error::Io {
            action: "creating",
            path: dir.clone(),
            source,
        })?;
        write_atomically(&dir.join(neo4j::NODES_FILE), |w| {
            neo4j::write_nodes(data, &g, w)
        })?;
        write_atomically(&dir.join(neo4j::RELS_FILE), |w| {
            neo4j::write_relations(data, &g, w)
        })?;
        write_atomically(&dir.join(neo4j::CYPHER_FILE), |w| {
            neo4j::write_cypher(data, &g, w)
        })?;
        return Ok(Exit::Success);
    }
    match &q.output {
        Some(p) if !to_stdout(&q.output) => write_atomically(p, writer)?,
        _ => writer(out).map_err(Error::output)?,
    }
    Ok(Exit::Success)
}
