//! Finding a typed quote in a document's text, and showing where.

use super::fold::fold_mapped;
use super::normalise::is_arabic;

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}'
}

/// Arabic proclitics that may stand before a quote inside its first word: و and ف (and, so), then
/// ب ك ل (with, like, for), as in `ووكالة` (and the agency). The same set `suggest` allows before a
/// name.
const PROCLITICS: &[&str] = &["و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"];

/// Every place `quote` occurs in `text`, as code-point spans of the original text.
///
/// The quote is compared folded (tashkeel, tatweel, letter variants, case, punctuation runs), and
/// only as whole words: a match may not start or end inside a word or number of the text (`7919`
/// is not in `79190`), except that an Arabic quote may follow a proclitic (`و`, `ب`, `ول`…
/// see `PROCLITICS`) glued to its first word. Where some of the matches are exact (the text
/// there is the quote character for character), only those are returned, so typing the text as
/// it is always picks it out.
///
/// A span covers the diacritics that follow its last letter, and the punctuation that the quote
/// itself starts or ends with (a typed full stop is kept), so the stored quote is what was meant.
pub fn find_quote(text: &str, quote: &str) -> Vec<[u32; 2]> {
    Haystack::new(text).find(quote)
}

/// A text folded once, to look for several quotes in it.
pub struct Haystack {
    ftext: String,
    map: Vec<u32>,
    chars: Vec<char>,
}

impl Haystack {
    pub fn new(text: &str) -> Haystack {
        let (ftext, map) = fold_mapped(text);
        Haystack {
            ftext,
            map,
            chars: text.chars().collect(),
        }
    }

    /// [`find_quote`] in this text.
    pub fn find(&self, quote: &str) -> Vec<[u32; 2]> {
        let Haystack { ftext, map, chars } = self;
        find_in(ftext, map, chars, quote)
    }
}

fn find_in(ftext: &str, map: &[u32], chars: &[char], quote: &str) -> Vec<[u32; 2]> {
    let (fq, _) = fold_mapped(quote);
    if fq.is_empty() {
        return Vec::new();
    }
    let q = quote.trim();
    let qchars: Vec<char> = q.chars().collect();
    let lead = q.chars().take_while(|c| !c.is_alphanumeric()).count();
    let trail = q
        .chars()
        .rev()
        .take_while(|c| !c.is_alphanumeric() && !is_mark(*c))
        .count();
    let arabic_start = fq
        .chars()
        .next()
        .is_some_and(|c| is_arabic(c) && c.is_alphabetic());
    let fq_chars = fq.chars().count();
    let mut out = Vec::new();
    // Char index of each byte offset in the folded text, computed as we go.
    let mut last_byte = 0usize;
    let mut last_char = 0usize;
    let mut from = 0usize;
    // Overlapping search: a match rejected for its boundaries must not hide one that starts
    // inside it.
    while let Some(i) = ftext[from..].find(fq.as_str()) {
        let byte = from + i;
        from = byte + ftext[byte..].chars().next().map_or(1, char::len_utf8);
        // Folded text is words of letters and digits separated by single spaces.
        if ftext[byte + fq.len()..].starts_with(|c: char| c != ' ') {
            continue;
        }
        let word_start = ftext[..byte].rfind(' ').map_or(0, |i| i + 1);
        let prefix = &ftext[word_start..byte];
        let glued = arabic_start && PROCLITICS.contains(&prefix);
        if !(prefix.is_empty() || glued) {
            continue;
        }
        last_char += ftext[last_byte..byte].chars().count();
        last_byte = byte;
        let s = map[last_char] as usize;
        let e_fold = last_char + fq_chars - 1;
        let mut e = map[e_fold] as usize + 1;
        while e < chars.len() && is_mark(chars[e]) {
            e += 1;
        }
        let mut t = 0;
        while t < trail
            && e < chars.len()
            && !chars[e].is_alphanumeric()
            && !chars[e].is_whitespace()
        {
            e += 1;
            t += 1;
        }
        let mut s2 = s;
        let mut l = 0;
        while l < lead
            && s2 > 0
            && !chars[s2 - 1].is_alphanumeric()
            && !chars[s2 - 1].is_whitespace()
        {
            s2 -= 1;
            l += 1;
        }
        out.push([s2 as u32, e as u32]);
    }
    let exact: Vec<[u32; 2]> = out
        .iter()
        .copied()
        .filter(|sp| chars[sp[0] as usize..].starts_with(&qchars))
        .collect();
    if exact.is_empty() {
        out
    } else {
        exact
    }
}

/// A stretch of text around a span, on one line, for listing occurrences.
pub fn context(text: &str, span: [u32; 2], width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (span[0] as usize, span[1] as usize);
    let a = s.saturating_sub(width);
    let b = (e + width).min(chars.len());
    let flat = |v: &[char]| {
        v.iter()
            .map(|c| if *c == '\n' { ' ' } else { *c })
            .collect::<String>()
    };
    format!(
        "{}{}[{}]{}{}",
        if a > 0 { "…" } else { "" },
        flat(&chars[a..s]),
        flat(&chars[s..e]),
        flat(&chars[e..b]),
        if b < chars.len() { "…" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, s: [u32; 2]) -> String {
        text.chars()
            .skip(s[0] as usize)
            .take((s[1] - s[0]) as usize)
            .collect()
    }

    #[test]
    fn quotes_match_folded() {
        let text = "قال إن حَمُّوشي التقى مديرَ المكتب. ثم عاد.";
        let f = find_quote(text, "حموشي التقى مدير المكتب.");
        assert_eq!(f.len(), 1);
        assert_eq!(at(text, f[0]), "حَمُّوشي التقى مديرَ المكتب.");
        let f = find_quote(text, "ان حموشي");
        assert_eq!(at(text, f[0]), "إن حَمُّوشي");
        assert_eq!(find_quote("a b a b", "A B").len(), 2);
        assert!(find_quote(text, "غائب").is_empty());
    }

    /// (text, quote, the stretches of text found, in order).
    const CASES: &[(&str, &str, &[&str])] = &[
        // Numbers: a folded match may not end inside a number; the exact one wins anyway.
        (
            "في الملف 7919. وفي الملف 79190.",
            "في الملف 7919.",
            &["في الملف 7919."],
        ),
        (
            "في الملف 79190. وفي الملف 7919.",
            "في الملف 7919.",
            &["في الملف 7919."],
        ),
        ("في الملف 79190.", "في الملف 7919.", &[]),
        ("الملف 7919 والملف 17919", "7919", &["7919"]),
        ("رقم ٧٩١٩٠ ورقم ٧٩١٩", "٧٩١٩", &["٧٩١٩"]),
        // Punctuation: an exact occurrence wins over one that differs only in punctuation.
        (
            "في الملف 7919، ثم في الملف 7919.",
            "في الملف 7919.",
            &["في الملف 7919."],
        ),
        (
            "في الملف 7919، ثم في الملف 7919؛",
            "في الملف 7919.",
            &["في الملف 7919،", "في الملف 7919؛"],
        ),
        ("«الأمن» ثم الأمن.", "«الأمن»", &["«الأمن»"]),
        // Tashkeel: typed without it, found with it; typed exactly, the exact one wins.
        (
            "التقى مديرَ المكتبِ ثم مدير المكتب.",
            "مدير المكتب",
            &["مدير المكتب"],
        ),
        (
            "التقى مديرَ المكتبِ ثم مديرُ المكتبْ.",
            "مدير المكتب",
            &["مديرَ المكتبِ", "مديرُ المكتبْ"],
        ),
        (
            "التقى مديرَ المكتبِ ثم مديرُ المكتبْ.",
            "مديرُ المكتبْ",
            &["مديرُ المكتبْ"],
        ),
        ("قال إن حَمُّوشي وصل", "ان حموشي", &["إن حَمُّوشي"]),
        // Arabic words: not inside a longer word, but after a proclitic.
        ("المديرية العامة والمديريات", "المديري", &[]),
        (
            "مدير وكالة المخابرات ووكالة المخابرات",
            "وكالة المخابرات",
            &["وكالة المخابرات", "وكالة المخابرات"],
        ),
        ("بالمكتب وفي المكتب", "المكتب", &["المكتب", "المكتب"]),
        ("علمت أن لم يأت", "لم", &["لم"]),
        // Latin: case and accents fold, words do not split.
        ("The FBI met the DGST; fbi agents left.", "FBI", &["FBI"]),
        ("The FBI met. Then fbi agents left.", "Fbi", &["FBI", "fbi"]),
        ("concatenate the cat", "cat", &["cat"]),
        ("cats and a cat.", "cat.", &["cat."]),
        ("Sûreté nationale, surete", "Surete", &["Sûreté", "surete"]),
        ("Sûreté nationale, surete", "surete", &["surete"]),
        ("a a a", "a a", &["a a", "a a"]),
        ("xab ab ab", "ab ab", &["ab ab"]),
        ("nothing here", "absent", &[]),
        ("punctuation only", "...", &[]),
    ];

    #[test]
    fn quotes_match_whole_words_and_exact_occurrences_win() {
        for (text, quote, want) in CASES {
            let got: Vec<String> = find_quote(text, quote)
                .iter()
                .map(|s| at(text, *s))
                .collect();
            assert_eq!(&got, want, "find_quote({text:?}, {quote:?})");
        }
    }

    #[test]
    fn diacritics_after_the_last_letter_belong_to_the_quote() {
        let text = "التقى مديرَ";
        let f = find_quote(text, "مدير");
        assert_eq!(at(text, f[0]), "مديرَ");
    }
}
