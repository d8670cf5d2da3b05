//! Code-point spans (brat's and the corpus's offsets) over UTF-8 text.

/// Byte offset of every character boundary of `text`, plus its length: code-point index to byte.
pub fn char_boundaries(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

/// Where `needle` occurs in `text`, in code points; up to `limit` occurrences.
pub fn find_char_spans(text: &str, needle: &str, limit: usize) -> Vec<[u32; 2]> {
    if needle.is_empty() {
        return Vec::new();
    }
    let n = needle.chars().count() as u32;
    let mut out = Vec::new();
    let mut chars_before = 0u32;
    let mut last = 0usize;
    for (byte, _) in text.match_indices(needle) {
        chars_before += text[last..byte].chars().count() as u32;
        last = byte;
        out.push([chars_before, chars_before + n]);
        if out.len() >= limit {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_in_code_points() {
        assert_eq!(
            find_char_spans("قال حموشي وحموشي", "حموشي", 5),
            vec![[4, 9], [11, 16]]
        );
        assert_eq!(find_char_spans("abc", "", 5), Vec::<[u32; 2]>::new());
    }
}
