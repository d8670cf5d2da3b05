//! Graphviz's core SVG (`-Tsvg`), made ready for browsers and for inlining in a page.
//!
//! Graphviz's core SVG writer keeps text as `<text>` elements (the cairo one draws glyph outlines),
//! so names can be searched, selected and read aloud, and the viewer shapes Arabic itself. What it
//! does not do is say which lines run right to left: a browser lays out each `<text>` as a
//! left-to-right paragraph unless told otherwise, which puts the neutral characters at either end
//! of an Arabic line (quotes, brackets, a final full stop) on the wrong side. [`tidy`] gives every
//! line whose first strong character is right-to-left `direction="rtl"`, keeping it where Graphviz
//! placed it, and copies each link's tooltip into a `<title>` child, the tooltip every browser
//! shows.

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};
use std::borrow::Cow;

/// How to tidy.
#[derive(Debug, Clone, Default)]
pub struct Tidy<'a> {
    /// Prefix every `id` (so that an SVG inlined in a page cannot collide with the page's ids).
    pub id_prefix: Option<&'a str>,
    /// Drop the `width`/`height` of the root (the page sizes it; the viewBox keeps its shape).
    pub fluid: bool,
    /// Keep the XML declaration (for a file of its own; a page holds no declaration).
    pub declaration: bool,
}

impl Tidy<'_> {
    /// For an SVG file of its own.
    pub fn file() -> Tidy<'static> {
        Tidy {
            id_prefix: None,
            fluid: false,
            declaration: true,
        }
    }
}

/// Whether a character is of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…, and
/// their presentation forms) or a right-to-left mark.
pub fn is_rtl_char(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
        || c == '\u{200F}'
        || c == '\u{061C}'
}

/// The direction of a text by its first strong character (the Unicode bidi algorithm's rule for a
/// paragraph): true for right to left. Digits, spaces and punctuation are not strong.
pub fn starts_rtl(s: &str) -> bool {
    for c in s.chars() {
        if is_rtl_char(c) {
            return true;
        }
        if c.is_alphabetic() || c == '\u{200E}' {
            return false;
        }
    }
    false
}

/// Tidies Graphviz's core SVG: drops the XML declaration, doctype and comments, marks
/// right-to-left lines, adds `<title>` tooltips under links, and applies `opts`.
pub fn tidy(svg: &str, opts: &Tidy<'_>) -> Result<String, String> {
    let mut reader = Reader::from_str(svg);
    let mut writer = Writer::new(Vec::with_capacity(svg.len()));
    let err = |e: &dyn std::fmt::Display| format!("Graphviz's SVG does not parse: {e}");
    let mut root_seen = false;
    loop {
        let ev = reader.read_event().map_err(|e| err(&e))?;
        match ev {
            Event::Eof => break,
            Event::Decl(d) if opts.declaration && !root_seen => {
                writer.write_event(Event::Decl(d)).map_err(|e| err(&e))?;
                writer
                    .write_event(Event::Text(BytesText::from_escaped("\n")))
                    .map_err(|e| err(&e))?;
            }
            Event::Decl(_) | Event::DocType(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::Text(t) if !root_seen => {
                // Whitespace between the prolog and the root.
                let _ = t;
            }
            Event::Start(e) if e.name().as_ref() == b"text" => {
                // Read the line's content first: its direction decides the attributes.
                let mut inner: Vec<Event<'static>> = Vec::new();
                let mut content = String::new();
                loop {
                    let ev = reader.read_event().map_err(|e| err(&e))?;
                    match &ev {
                        Event::End(end) if end.name().as_ref() == b"text" => break,
                        Event::Eof => return Err(err(&"a <text> element is not closed")),
                        Event::Text(t) => content.push_str(&t.decode().map_err(|e| err(&e))?),
                        Event::GeneralRef(r) => {
                            if let Ok(Some(c)) = r.resolve_char_ref() {
                                content.push(c);
                            }
                        }
                        _ => {}
                    }
                    inner.push(ev.into_owned());
                }
                let start = rewrite(&e, opts, starts_rtl(&content), false);
                writer
                    .write_event(Event::Start(start))
                    .map_err(|e| err(&e))?;
                for ev in inner {
                    writer.write_event(ev).map_err(|e| err(&e))?;
                }
                writer
                    .write_event(Event::End(quick_xml::events::BytesEnd::new("text")))
                    .map_err(|e| err(&e))?;
            }
            Event::Start(e) => {
                let is_root = !root_seen && e.name().as_ref() == b"svg";
                root_seen = true;
                let start = rewrite(&e, opts, false, is_root);
                let title = (e.name().as_ref() == b"a")
                    .then(|| raw_attr(&e, b"xlink:title"))
                    .flatten();
                writer
                    .write_event(Event::Start(start))
                    .map_err(|e| err(&e))?;
                if let Some(t) = title {
                    writer
                        .write_event(Event::Start(BytesStart::new("title")))
                        .map_err(|e| err(&e))?;
                    writer
                        .write_event(Event::Text(BytesText::from_escaped(t)))
                        .map_err(|e| err(&e))?;
                    writer
                        .write_event(Event::End(quick_xml::events::BytesEnd::new("title")))
                        .map_err(|e| err(&e))?;
                }
            }
            Event::Empty(e) => {
                let start = rewrite(&e, opts, false, false);
                writer
                    .write_event(Event::Empty(start))
                    .map_err(|e| err(&e))?;
            }
            other => writer.write_event(other).map_err(|e| err(&e))?,
        }
    }
    let mut out = String::from_utf8(writer.into_inner()).map_err(|e| err(&e))?;
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// An attribute's value as written (still escaped).
fn raw_attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// The element with its attributes rewritten: prefixed ids; for a right-to-left line,
/// `direction="rtl"` and the anchor mirrored (`start` is the right end of a right-to-left line, so a
/// line Graphviz starts at x must now end there); for the root, no fixed size.
fn rewrite(e: &BytesStart<'_>, opts: &Tidy<'_>, rtl: bool, root: bool) -> BytesStart<'static> {
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let mut out = BytesStart::new(name);
    for a in e.attributes().flatten() {
        let key = a.key.as_ref();
        if root && opts.fluid && (key == b"width" || key == b"height") {
            continue;
        }
        let value: Cow<[u8]> = match key {
            b"id" => match opts.id_prefix {
                Some(p) => Cow::Owned([p.as_bytes(), &a.value].concat()),
                None => a.value.clone(),
            },
            b"text-anchor" if rtl => match a.value.as_ref() {
                b"start" => Cow::Borrowed(&b"end"[..]),
                b"end" => Cow::Borrowed(&b"start"[..]),
                _ => a.value.clone(),
            },
            _ => a.value.clone(),
        };
        out.push_attribute(Attribute {
            key: a.key,
            value: Cow::Owned(value.into_owned()),
        });
    }
    if rtl {
        out.push_attribute(Attribute {
            key: quick_xml::name::QName(b"direction"),
            value: Cow::Borrowed(b"rtl"),
        });
    }
    out.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_first_strong_character() {
        assert!(starts_rtl("\u{200F}FBI مكتب"));
        assert!(starts_rtl("«مكتب» FBI"));
        assert!(starts_rtl("2021 مكتب"));
        assert!(!starts_rtl("FBI مكتب"));
        assert!(!starts_rtl("12 ×3"));
    }

    #[test]
    fn arabic_lines_run_right_to_left_and_links_get_titles() {
        let svg = r##"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
 "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Generated by graphviz -->
<svg width="100pt" height="50pt" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<g id="actor&#45;a" class="node"><title>a</title>
<g id="a_actor&#45;a"><a xlink:href="#actor-a" xlink:title="a &amp; b&#10;&quot;x&quot;">
<text text-anchor="middle" x="5" y="5">Name</text>
<text text-anchor="start" x="5" y="15">&#8207;التحالف &quot;داعش&quot;</text>
</a></g></g>
</svg>
"##;
        let out = tidy(
            svg,
            &Tidy {
                id_prefix: Some("d-"),
                fluid: true,
                declaration: false,
            },
        )
        .unwrap();
        assert!(out.starts_with("<svg viewBox=\"0 0 100 50\""), "{out}");
        assert!(!out.contains("<!--") && !out.contains("DOCTYPE") && !out.contains("<?xml"));
        assert!(out.contains(r#"<g id="d-actor&#45;a""#), "{out}");
        assert!(out.contains(r#"<text text-anchor="middle" x="5" y="5">Name</text>"#));
        assert!(
            out.contains(r#"<text text-anchor="end" x="5" y="15" direction="rtl">&#8207;التحالف &quot;داعش&quot;</text>"#),
            "{out}"
        );
        assert!(
            out.contains(r#"<title>a &amp; b&#10;&quot;x&quot;</title>"#),
            "{out}"
        );
        assert!(out.contains(r##"xlink:href="#actor-a""##));
        let file = tidy(svg, &Tidy::file()).unwrap();
        assert!(file.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg width=\"100pt\""), "{file}");
    }
}
