//! `schema.json`: any bytes, checked with the mini corpus's actors and documents.
#![no_main]
use libfuzzer_sys::fuzz_target;
use liaison_fuzz::{check_mem, MemFiles};

fuzz_target!(|data: &[u8]| {
    check_mem(&MemFiles::mini_with(&[("schema.json", data)]));
});
