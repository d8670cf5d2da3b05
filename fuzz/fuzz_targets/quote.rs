//! Finding a typed quote in a document's text (`annotate --quote`): `TEXT\0QUOTE`.
#![no_main]
use liaison::cmd::annotate::{context, find_quote};
use liaison_fuzz::split_nul;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, quote) = split_nul(data);
    let (Ok(text), Some(Ok(quote))) = (std::str::from_utf8(text), quote.map(std::str::from_utf8))
    else {
        return;
    };
    let n = text.chars().count() as u32;
    for span in find_quote(text, quote) {
        assert!(
            span[0] < span[1] && span[1] <= n,
            "span {span:?} of a {n}-character text"
        );
        let _ = context(text, span, 40);
    }
});
