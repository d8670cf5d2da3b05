//! Text as liaison handles it: folding for comparison, code-point spans, finding quotes, cutting
//! sentences, normalising outside text. Knows nothing of actors or corpora.

pub mod bidi;
pub mod fold;
pub mod normalise;
pub mod quote;
pub mod sentences;
pub mod span;

pub use bidi::{close_bidi, unbalanced_bidi};
pub use fold::{fold, fold_mapped};
pub use normalise::{guess_lang, is_arabic, normalise_text};
pub use quote::{context, find_quote};
pub use sentences::sentences;
pub use span::find_char_spans;
