//! Explicit bidirectional controls (embeddings, overrides, isolates). One left open reorders the
//! rest of the line it is printed on (the next columns of a table, Trojan-Source style), so names
//! must close every one they open, and output closes what a text leaves open.

/// The stack of controls `s` leaves open: `true` for an isolate, `false` for an embedding or
/// override. A PDI closes the innermost isolate and every embedding inside it; a closer with
/// nothing to close is ignored (UAX #9).
fn open_controls(s: &str) -> Vec<bool> {
    let mut stack: Vec<bool> = Vec::new();
    for c in s.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => stack.push(false),
            '\u{2066}' | '\u{2067}' | '\u{2068}' => stack.push(true),
            '\u{202C}' if stack.last() == Some(&false) => {
                stack.pop();
            }
            '\u{2069}' => {
                if let Some(i) = stack.iter().rposition(|&iso| iso) {
                    stack.truncate(i);
                }
            }
            _ => {}
        }
    }
    stack
}

/// Whether `s` holds an explicit bidi control.
pub fn has_bidi_control(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

/// Whether `s` opens a bidi embedding, override or isolate it does not close.
pub fn unbalanced_bidi(s: &str) -> bool {
    has_bidi_control(s) && !open_controls(s).is_empty()
}

/// `s` with the closers it lacks appended (PDF for an embedding or override, PDI for an isolate),
/// so that printing it cannot reorder what follows on the line.
pub fn close_bidi(s: &str) -> std::borrow::Cow<'_, str> {
    if !has_bidi_control(s) {
        return s.into();
    }
    let open = open_controls(s);
    if open.is_empty() {
        return s.into();
    }
    let mut out = s.to_string();
    for iso in open.iter().rev() {
        out.push(if *iso { '\u{2069}' } else { '\u{202C}' });
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balance() {
        assert!(unbalanced_bidi("Evil \u{202E}KCATTA"));
        assert!(!unbalanced_bidi("a \u{202E}b\u{202C} \u{2067}c\u{2069}"));
        assert!(!unbalanced_bidi("\u{2067}\u{202E}x\u{2069}"));
        assert_eq!(
            close_bidi("\u{2067}a\u{202B}b"),
            "\u{2067}a\u{202B}b\u{202C}\u{2069}"
        );
        assert_eq!(close_bidi("plain"), "plain");
    }
}
