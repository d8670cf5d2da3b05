//! Words of a text with their code-point spans, folded for comparison, and the small word tests
//! the rules are written with.

use crate::text::fold;

/// A word (letters, digits and the marks inside them) or one punctuation character.
#[derive(Debug, Clone)]
pub struct Tok {
    pub span: [u32; 2],
    /// Folded (`text::fold`); for punctuation, the character itself.
    pub f: String,
    pub punct: bool,
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}'
}

pub fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if word_char(c) {
            let s = i;
            while i < chars.len() && word_char(chars[i]) {
                i += 1;
            }
            let w: String = chars[s..i].iter().collect();
            let f = fold(&w);
            if !f.is_empty() {
                out.push(Tok {
                    span: [s as u32, i as u32],
                    f,
                    punct: false,
                });
            }
            continue;
        }
        if !c.is_whitespace() && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{061C}') {
            out.push(Tok {
                span: [i as u32, i as u32 + 1],
                f: c.to_string(),
                punct: true,
            });
        }
        i += 1;
    }
    out
}

/// Prefixes a word may carry before its stem: proclitics, then the article.
const PREFIXES: &[&str] = &[
    "", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل", "ال", "وال", "بال", "فال",
    "كال", "لل", "ولل", "فلل", "وبال",
];

/// The stems a folded word may be read as, longest prefix first.
pub fn bases(word: &str) -> impl Iterator<Item = &str> {
    PREFIXES.iter().filter_map(move |p| {
        word.strip_prefix(p)
            .filter(|r| r.chars().count() >= 2 || p.is_empty())
    })
}

/// Whether a folded word is `w` after proclitics and the article.
pub fn is_word(word: &str, w: &str) -> bool {
    bases(word).any(|b| b == w)
}

/// Whether a folded word is one of `ws`.
pub fn is_any(word: &str, ws: &[&str]) -> bool {
    bases(word).any(|b| ws.contains(&b))
}

/// Whether a folded word starts with one of `stems` after proclitics and the article; returns the
/// stem.
pub fn stem_of<'s>(word: &str, stems: &[&'s str]) -> Option<&'s str> {
    for b in bases(word) {
        if let Some(s) = stems.iter().find(|s| b.starts_with(**s) || suffixed(b, s)) {
            return Some(s);
        }
    }
    None
}

/// Pronoun suffixes a noun may carry (`زيارته`, `تعاونهما`, `إشادتها`).
const PRONOUNS: &[&str] = &["ه", "ها", "هما", "هم", "هن", "ي", "نا", "كم", "كما"];

/// A stem ending in a folded tā' marbūṭa (`زياره`) written with its tā' before a pronoun
/// (`زيارته`).
fn suffixed(word: &str, stem: &str) -> bool {
    let Some(root) = stem.strip_suffix('ه') else {
        return false;
    };
    word.strip_prefix(root)
        .and_then(|r| r.strip_prefix('ت'))
        .is_some_and(|r| PRONOUNS.contains(&r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punctuation() {
        let t = tokenize("قال حَمُّوشي، أمس (FBI).");
        let f: Vec<&str> = t.iter().map(|t| t.f.as_str()).collect();
        assert_eq!(f, vec!["قال", "حموشي", "،", "امس", "(", "fbi", ")", "."]);
        assert_eq!(t[1].span, [4, 12]);
        assert!(is_word("ولمدير", "مدير"));
        assert!(is_word("المدير", "مدير"));
        assert!(!is_word("مديريه", "مدير"));
        assert_eq!(stem_of("بالتنسيق", &["تنسيق"]), Some("تنسيق"));
        assert_eq!(stem_of("زيارته", &["زياره"]), Some("زياره"));
        assert_eq!(stem_of("اشادتها", &["اشاده"]), Some("اشاده"));
        assert_eq!(stem_of("زيارتين", &["زياره"]), None);
    }
}
