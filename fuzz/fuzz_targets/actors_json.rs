//! `actors.json`: any bytes, checked against the mini corpus's schema and documents.
#![no_main]
use liaison_fuzz::{check_mem, MemFiles};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_mem(&MemFiles::mini_with(&[("actors.json", data)]));
});
