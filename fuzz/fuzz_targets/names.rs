//! Name resolution: any string typed where an actor is expected, against the mini corpus's actors;
//! and name folding, whose map must point every folded character back into the source.
#![no_main]
use liaison::names::{fold, fold_mapped, resolve, Unresolved};
use liaison::store::{self, Store};
use liaison_fuzz::{MemFiles, ROOT};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn mini_store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let files = MemFiles::mini_with(&[]);
        let corpus = liaison::corpus::load_from(Path::new(ROOT), &files, None)
            .expect("the mini fixture checks");
        store::actors_only(&corpus).expect("the mini fixture compiles")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(q) = std::str::from_utf8(data) else {
        return;
    };
    let (folded, map) = fold_mapped(q);
    let n = q.chars().count() as u32;
    assert_eq!(folded.chars().count(), map.len());
    assert!(map.windows(2).all(|w| w[0] <= w[1]));
    assert!(map.iter().all(|&i| i < n));
    assert_eq!(fold(&folded), folded, "folding is idempotent");

    let g = mini_store().graph();
    match resolve(&g, q) {
        Ok(i) => assert!((i as usize) < g.actors().len()),
        Err(Unresolved::Unknown { suggestions }) => {
            for (id, _) in suggestions {
                assert!(g.actor_index(&id).is_some());
            }
        }
        Err(Unresolved::Ambiguous { candidates }) => {
            assert!(candidates.len() > 1);
            for id in candidates {
                assert!(g.actor_index(&id).is_some());
            }
        }
    }
});
