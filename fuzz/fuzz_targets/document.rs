//! A document: `JSON` or `JSON\0TEXT` (its annotation file, then its text; without a NUL the text
//! of the mini corpus's visit-2021 is used), checked as `docs/fuzz.json` + `docs/fuzz.txt`.
#![no_main]
use liaison_fuzz::{check_mem, split_nul, MemFiles, MINI};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (json, text) = split_nul(data);
    let text = text.unwrap_or(MINI[2].1);
    check_mem(&MemFiles::mini_with(&[
        ("docs/fuzz.json", json),
        ("docs/fuzz.txt", text),
    ]));
});
