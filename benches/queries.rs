//! In-process query benchmarks on a synthetic corpus (`liaison synth`).
//!
//! The corpus is generated once into `target/bench-corpus-ACTORS-RELATIONS` and reused; its size
//! comes from `LIAISON_BENCH_ACTORS` and `LIAISON_BENCH_RELATIONS` (default 100,000 and 1,000,000,
//! the scale issue's target), or `LIAISON_BENCH_CORPUS=DIR` names an existing corpus. Run:
//! `cargo bench --bench queries`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use liaison::query::{self, Walk};
use liaison::resolve::{resolve_actor, FilterArgs};
use liaison::store::{self, Graph};
use liaison::synth::{generate, SynthConfig};
use liaison::view::{actor_fields, relation_json, write_json, write_json_list};
use std::hint::black_box;
use std::path::PathBuf;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn corpus() -> PathBuf {
    if let Some(dir) = std::env::var_os("LIAISON_BENCH_CORPUS") {
        return PathBuf::from(dir);
    }
    let actors = env_usize("LIAISON_BENCH_ACTORS", 100_000);
    let relations = env_usize("LIAISON_BENCH_RELATIONS", 1_000_000);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("target/bench-corpus-{actors}-{relations}"));
    if !dir.join("actors.json").exists() {
        let cfg = SynthConfig {
            actors,
            relations,
            docs: relations / 500 + 1,
            seed: 1,
        };
        generate(&cfg, &dir, |_| {}).expect("writing the benchmark corpus");
    }
    dir
}

/// Deterministic pairs of persons spread over the id range.
fn pairs(g: &Graph<'_>, n: usize) -> Vec<(u32, u32)> {
    let persons: Vec<u32> = (0..g.actors().len() as u32)
        .filter(|&a| g.kind_of(a).id.as_str() == "person")
        .collect();
    (0..n)
        .map(|i| {
            (
                persons[(i * 7919) % persons.len()],
                persons[(i * 104_729 + 13) % persons.len()],
            )
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let dir = corpus();
    let (s, _) = store::open(&dir).expect("the benchmark corpus checks");
    let g = s.graph();
    let walk = Walk::default();
    let pairs = pairs(&g, 64);

    let mut group = c.benchmark_group("query");
    group.bench_function("open store (freshness check included)", |b| {
        b.iter(|| black_box(store::open(&dir).expect("opens").1))
    });
    let mut i = 0;
    group.bench_function("shortest path (bidirectional BFS)", |b| {
        b.iter(|| {
            let (a, z) = pairs[i % pairs.len()];
            i += 1;
            black_box(query::shortest_path(&g, a, z, &walk, u32::MAX))
        })
    });
    let mut i = 0;
    group.bench_function("neighbors depth 2", |b| {
        b.iter(|| {
            let (a, _) = pairs[i % pairs.len()];
            i += 1;
            black_box(query::neighbors(&g, a, 2, &walk).len())
        })
    });
    let mut i = 0;
    group.bench_function("show (relations as JSON)", |b| {
        b.iter_batched(
            Vec::new,
            |mut out: Vec<u8>| {
                let (a, _) = pairs[i % pairs.len()];
                i += 1;
                // What `liaison show ID --json` does.
                let me = resolve_actor(&g, g.actor(a).id.as_str()).expect("resolves");
                let mut rels: Vec<u32> = g.adjacent(me).map(|e| e.rel.to_native()).collect();
                g.sort_relations(&mut rels);
                rels.dedup();
                let doc = serde_json::json!({
                    "actor": actor_fields(&g, me),
                    "relations": rels.iter().map(|&r| relation_json(&g, r)).collect::<Vec<_>>(),
                });
                write_json(&mut out, &doc).expect("writes");
                out.len()
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();

    let filter = FilterArgs {
        types: vec!["extradited".into()],
        ..Default::default()
    }
    .resolve(&g)
    .expect("a known type");
    let rels = query::edges(&g, &filter);
    let mut sink = Vec::new();
    write_json_list(&mut sink, rels.iter().map(|&r| relation_json(&g, r))).unwrap();
    let mut group = c.benchmark_group("output");
    group.throughput(Throughput::Bytes(sink.len() as u64));
    group.sample_size(10);
    group.bench_function("edges --type extradited --json", |b| {
        b.iter(|| {
            let rels = query::edges(&g, &filter);
            let mut out = Vec::with_capacity(sink.len());
            write_json_list(&mut out, rels.iter().map(|&r| relation_json(&g, r))).unwrap();
            black_box(out.len())
        })
    });
    group.finish();
}

criterion_group!(queries, benches);
criterion_main!(queries);
