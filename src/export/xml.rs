//! The small layer over quick-xml that GraphML and GEXF share, with their one escaping function.

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;
use quick_xml::Writer;
use std::borrow::Cow;
use std::io::{self, Write};

/// `s` escaped for XML 1.0 text and attribute values alike.
///
/// Markup characters become entities; tab, line feed and carriage return become character
/// references so that attribute-value normalisation and end-of-line handling keep them; the
/// characters XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) become U+FFFD, since no
/// reader would accept the file otherwise.
pub fn escape(s: &str) -> Cow<'_, str> {
    let clean = |c: char| {
        !matches!(
            c,
            '&' | '<' | '>' | '"' | '\'' | '\t' | '\n' | '\r' | '\u{FFFE}' | '\u{FFFF}'
        ) && (c as u32) >= 0x20
    };
    if s.chars().all(clean) {
        return Cow::Borrowed(s);
    }
    let mut o = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\t' => o.push_str("&#9;"),
            '\n' => o.push_str("&#10;"),
            '\r' => o.push_str("&#13;"),
            '\u{FFFE}' | '\u{FFFF}' => o.push('\u{FFFD}'),
            c if (c as u32) < 0x20 => o.push('\u{FFFD}'),
            c => o.push(c),
        }
    }
    Cow::Owned(o)
}

/// An indented XML writer whose every attribute value and text passes through [`escape`].
pub struct Xml<W: Write> {
    w: Writer<W>,
}

fn start<'a>(name: &'a str, attrs: &[(&'a str, &str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute(Attribute {
            key: QName(k.as_bytes()),
            value: Cow::Owned(escape(v).into_owned().into_bytes()),
        });
    }
    e
}

impl<W: Write> Xml<W> {
    pub fn new(out: W) -> io::Result<Self> {
        let mut w = Writer::new_with_indent(out, b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        Ok(Xml { w })
    }

    /// Writes bytes made by a [`Xml::fragment`] writer of the current depth.
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.w.get_mut().write_all(bytes)
    }

    pub fn into_inner(self) -> W {
        self.w.into_inner()
    }

    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Start(start(name, attrs)))
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Empty(start(name, attrs)))
    }

    pub fn close(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    /// `<name attrs…>text</name>` on one line.
    pub fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.w.write_event(Event::Start(start(name, attrs)))?;
        self.w
            .write_event(Event::Text(BytesText::from_escaped(escape(text))))?;
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    pub fn finish(self) -> io::Result<()> {
        let mut out = self.w.into_inner();
        out.write_all(b"\n")?;
        out.flush()
    }
}

impl Xml<Vec<u8>> {
    /// A writer for a piece of a document that sits inside `depth` open elements: what it writes
    /// is exactly what [`Xml::new`]'s writer would write there, so pieces made in parallel can be
    /// joined with [`Xml::raw`].
    pub fn fragment(depth: usize) -> io::Result<Self> {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        for _ in 0..depth {
            w.write_event(Event::Start(BytesStart::new("x")))?;
        }
        w.get_mut().clear();
        Ok(Xml { w })
    }
}
