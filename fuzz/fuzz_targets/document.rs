//! Fuzz target `document`: its body is `liaison_fuzz::targets::document` (shared with the regression
//! replay in the main crate's tests).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    liaison_fuzz::targets::document(data);
});
