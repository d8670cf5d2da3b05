//! Cutting a text into sentences, the unit a relation's evidence is drawn from.

use super::normalise::is_arabic;

/// Sentences of `text` as code-point spans, trimmed: cut after `.`, `!`, `?`, `؟` followed by a
/// space (but not after a `.` followed by a lowercase word, as in `U.S. met`), after a `.` run
/// into the next Arabic word, and at line breaks.
pub fn sentences(text: &str) -> Vec<[u32; 2]> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let push = |out: &mut Vec<[u32; 2]>, s: usize, e: usize| {
        let mut s = s;
        let mut e = e;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if e > s {
            out.push([s as u32, e as u32]);
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let end_here = match c {
            '\n' => Some(i),
            '.' | '!' | '?' | '؟' | '۔' => {
                let mut j = i + 1;
                while j < chars.len()
                    && matches!(chars[j], '.' | '!' | '?' | '؟' | '"' | '»' | '”' | ')')
                {
                    j += 1;
                }
                // "U.S. met": a full stop before a lowercase word ends an abbreviation, not a sentence.
                let next = chars[j..].iter().find(|c| !c.is_whitespace());
                // "رونالد ك. نوبل", "John F. Kennedy": a full stop after a one-letter word is an
                // initial.
                let initial = c == '.'
                    && i >= 1
                    && chars[i - 1].is_alphabetic()
                    && (i < 2 || !chars[i - 2].is_alphanumeric());
                let abbreviation = (c == '.' && next.is_some_and(|n| n.is_lowercase())) || initial;
                // "له.وأشارت": a full stop run into the next Arabic word still ends the sentence
                // when the word before it has two letters or more.
                let arabic = |k: usize| {
                    chars
                        .get(k)
                        .is_some_and(|&c| is_arabic(c) && c.is_alphabetic())
                };
                let glued =
                    c == '.' && j == i + 1 && i >= 2 && arabic(i - 2) && arabic(i - 1) && arabic(j);
                ((j >= chars.len() || chars[j].is_whitespace() || glued) && !abbreviation)
                    .then_some(j)
            }
            _ => None,
        };
        if let Some(e) = end_here {
            push(&mut out, start, e);
            start = e;
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    push(&mut out, start, chars.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_cuts() {
        let t = "The U.S. met Morocco. Then? Yes!\nسطر جديد؟ نعم\nالتقى رونالد ك. نوبل وزير الداخلية. ثم غادر.\nتنازل له.وأشارت د.محمد إلى 3.5 مليون.";
        let s: Vec<String> = sentences(t)
            .iter()
            .map(|s| {
                t.chars()
                    .skip(s[0] as usize)
                    .take((s[1] - s[0]) as usize)
                    .collect()
            })
            .collect();
        assert_eq!(
            s,
            vec![
                "The U.S. met Morocco.",
                "Then?",
                "Yes!",
                "سطر جديد؟",
                "نعم",
                "التقى رونالد ك. نوبل وزير الداخلية.",
                "ثم غادر.",
                "تنازل له.",
                "وأشارت د.محمد إلى 3.5 مليون."
            ]
        );
    }
}
