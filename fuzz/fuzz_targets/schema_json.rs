//! `schema.json`: any bytes, checked with the mini corpus's actors and documents.
#![no_main]
use liaison_fuzz::{check_mem, MemFiles};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_mem(&MemFiles::mini_with(&[("schema.json", data)]));
});
