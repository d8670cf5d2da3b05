//! `liaison import brat`: a brat folder holding `fuzz.txt` and `fuzz.ann`, imported into a copy of
//! the mini corpus. Input: `FLAGS TXT \0 ANN` — the first byte's bit 0 is --create-actors, bit 1
//! --replace; without a NUL, the whole rest is the .ann and the text is the mini corpus's
//! visit-2021.
#![no_main]
use liaison::cmd::brat::{import, ImportQuery};
use liaison_fuzz::{scratch, split_nul, write_mini, MINI};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let (a, b) = split_nul(rest);
    let (txt, ann) = match b {
        Some(ann) => (a, ann),
        None => (MINI[2].1, a),
    };
    let tmp = scratch();
    let corpus = tmp.path().join("graph");
    let brat = tmp.path().join("brat");
    write_mini(&corpus);
    std::fs::create_dir_all(&brat).unwrap();
    std::fs::write(brat.join("fuzz.txt"), txt).unwrap();
    std::fs::write(brat.join("fuzz.ann"), ann).unwrap();
    let q = ImportQuery {
        from: brat.clone(),
        create_actors: flags & 1 != 0,
        replace: flags & 2 != 0,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    if import(&corpus, &q, &mut out, &mut err).is_ok() {
        // What an import writes must check.
        if let Err(problems) = liaison::corpus::load(&corpus) {
            panic!("import brat wrote a corpus that does not check: {problems:?}");
        }
    }
});
