//! Finding a typed quote in a document's text, and showing where.

use super::fold::fold_mapped;

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}'
}

/// Every place `quote` occurs in `text`, compared folded (tashkeel, tatweel, letter variants,
/// case, punctuation runs), as code-point spans of the original text.
///
/// A span covers the diacritics that follow its last letter, and the punctuation that the quote
/// itself starts or ends with (a typed full stop is kept), so the stored quote is what was meant.
pub fn find_quote(text: &str, quote: &str) -> Vec<[u32; 2]> {
    let (ftext, map) = fold_mapped(text);
    let (fq, _) = fold_mapped(quote);
    if fq.is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let q = quote.trim();
    let lead = q.chars().take_while(|c| !c.is_alphanumeric()).count();
    let trail = q
        .chars()
        .rev()
        .take_while(|c| !c.is_alphanumeric() && !is_mark(*c))
        .count();
    let fq_chars = fq.chars().count();
    let mut out = Vec::new();
    // Char index of each byte offset in the folded text, computed as we go.
    let mut last_byte = 0usize;
    let mut last_char = 0usize;
    for (byte, _) in ftext.match_indices(fq.as_str()) {
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
    out
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

    #[test]
    fn diacritics_after_the_last_letter_belong_to_the_quote() {
        let text = "التقى مديرَ";
        let f = find_quote(text, "مدير");
        assert_eq!(at(text, f[0]), "مديرَ");
    }
}
