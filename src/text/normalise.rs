//! Bringing outside text to the corpus's form, and telling its script.

/// A letter of the Arabic script (the Arabic block and its supplement).
pub fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c)
}

/// Turns CRLF and lone CR into LF and drops a byte-order mark: offsets are counted on LF-only
/// text, and a BOM would shift every span by one.
pub fn normalise_text(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// `ar` when Arabic letters outnumber Latin ones, else `en`: a default the user can override.
pub fn guess_lang(text: &str) -> &'static str {
    let (mut ar, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if is_arabic(c) {
            ar += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if ar > latin {
        "ar"
    } else {
        "en"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings() {
        assert_eq!(normalise_text("\u{FEFF}a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(guess_lang("قال حموشي"), "ar");
        assert_eq!(guess_lang("Hammouchi said"), "en");
    }
}
