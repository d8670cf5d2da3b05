//! The store loader: any bytes as `.liaison/store.bin` of the mini corpus, then a query.
//!
//! The first byte chooses: even, the bytes are the file as they are (header included); odd, the
//! rest is a payload that gets a valid header (magic, format version, length, checksum), as a
//! damaged-but-checksummed or hand-made store would have, so the fuzzer reaches the archive
//! reader instead of stopping at the checksum.
#![no_main]
use liaison::store::{self, FORMAT_VERSION};
use liaison_fuzz::{scratch, write_mini};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn corpus() -> &'static PathBuf {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let tmp = scratch();
        let dir = tmp.path().join("graph");
        write_mini(&dir);
        (tmp, dir)
    })
    .1
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = if mode & 1 == 1 {
        let mut h = vec![0u8; 64];
        h[0..8].copy_from_slice(b"LIAISON\x01");
        h[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
        h[16..24].copy_from_slice(&(rest.len() as u64).to_le_bytes());
        h[24..32].copy_from_slice(&xxhash_rust::xxh3::xxh3_64(rest).to_le_bytes());
        h.extend_from_slice(rest);
        h
    } else {
        rest.to_vec()
    };
    let dir = corpus();
    let side = dir.join(".liaison");
    std::fs::create_dir_all(&side).unwrap();
    for f in ["overlay.bin", "overlay.verified", "store.verified"] {
        let _ = std::fs::remove_file(side.join(f));
    }
    std::fs::write(store::store_path(dir), &bytes).unwrap();
    let (s, _) = store::open(dir).expect("the mini corpus opens");
    let g = s.graph();
    // Walk everything a query could touch.
    for a in 0..g.actors().len() as u32 {
        let _ = g.actor(a).display_name();
        for _ in g.adjacent(a) {}
    }
    for r in g.relations() {
        let _ = g.relation(r).quote.as_str();
    }
    let _ = liaison::names::resolve(&g, "Hammouchi");
});
