//! Text made safe to show to people: article text and file names may hold control
//! characters (ESC starts a terminal command, CR rewrites the line, BEL rings, a newline in a
//! file name forges a line of the error report) and bidirectional overrides, which reorder
//! what a reader sees ("Trojan Source"). Every output meant for people (search text,
//! Markdown and CSV, `show`, the ingest messages, the error line) passes its data through
//! here; JSON needs nothing, as serde_json escapes control characters itself and keeps the
//! data exact.
//!
//! The convention, one for all outputs: an escaped character is written `\u{…}`, its code
//! point in lower-case hex as Rust writes it (`\u{1b}` for ESC, `\u{202e}` for the
//! right-to-left override); a byte of a file name that is not UTF-8 is written `\x…`
//! (`caf\xe9.txt`). Backslashes are not doubled: the result is for reading, not for parsing
//! back (JSON is for that), and escaping twice changes nothing.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// Characters escaped wherever they appear (inclusive ranges), except the white space a
/// layout keeps (see [`text`] and [`flat`]).
const ESCAPED: [(char, char); 4] = [
    ('\u{0}', '\u{1f}'),      // C0 controls: ESC, BEL, CR, backspace...
    ('\u{7f}', '\u{9f}'),     // DEL and the C1 controls (U+009B is a one-byte CSI)
    ('\u{202a}', '\u{202e}'), // bidi embeddings and overrides
    ('\u{2066}', '\u{2069}'), // bidi isolates
];

/// True for a character that must not reach a terminal raw.
pub fn is_escaped(c: char) -> bool {
    ESCAPED.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// `text` for a multi-line output: line feeds and tabs kept, other controls escaped.
pub fn text(text: &str) -> Cow<'_, str> {
    escape(text, |c| matches!(c, '\n' | '\t').then_some(c))
}

/// `text` for one line (a file name, a reason, a field): every control escaped, line feeds
/// and tabs included.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, |_| None)
}

/// `text` for prose that the caller collapses to one line: control white space (line
/// feed, tab, CR, form feed, NEL) becomes a space, other controls are escaped.
pub fn flat(text: &str) -> Cow<'_, str> {
    escape(text, |c| c.is_whitespace().then_some(' '))
}

/// A path as UTF-8 text, every byte that is not UTF-8 written `\x…`: unlike a lossy
/// conversion, two names differing only in such bytes stay different. Control characters
/// are kept (they are data; [`line`](fn@line) escapes them when shown).
pub fn path(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

/// Escapes the characters of [`ESCAPED`]; `keep` gives the replacement of one that a
/// layout keeps (itself, or a space). A text that escaping leaves as it is comes back
/// borrowed, so that a caller can tell that offsets into it still hold (a line feed kept
/// by [`text`] changes nothing: hard-wrapped text keeps its highlights and quote spans).
fn escape(text: &str, keep: impl Fn(char) -> Option<char>) -> Cow<'_, str> {
    if !text.chars().any(|c| is_escaped(c) && keep(c) != Some(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match (is_escaped(c), keep(c)) {
            (false, _) => out.push(c),
            (true, Some(kept)) => out.push(kept),
            // Writing to a String cannot fail.
            (true, None) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_written_as_code_points() {
        assert_eq!(line("a\x1b[31mred\x07"), "a\\u{1b}[31mred\\u{7}");
        assert_eq!(line("\u{202e}txt.exe\u{2066}"), "\\u{202e}txt.exe\\u{2066}");
        assert_eq!(line("del\x7f c1\u{9b}"), "del\\u{7f} c1\\u{9b}");
        assert_eq!(line("two\nlines\tx"), "two\\u{a}lines\\u{9}x");
        assert_eq!(text("two\nlines\tx\r"), "two\nlines\tx\\u{d}");
        assert_eq!(flat("two\r\nlines\x1b"), "two  lines\\u{1b}");
    }

    #[test]
    fn ordinary_text_is_borrowed_and_escaping_twice_changes_nothing() {
        assert!(matches!(line("Café «ok» \u{200b} — fine"), Cow::Borrowed(_)));
        // Hard-wrapped prose is unchanged by `text`: callers keep their offsets into it.
        assert!(matches!(text("a hard\nwrapped\tline"), Cow::Borrowed(_)));
        let once = line("x\x1by\u{202e}").into_owned();
        assert_eq!(line(&once), once);
    }

    #[cfg(unix)]
    #[test]
    fn bytes_of_a_path_that_are_not_utf8_are_written_as_hex() {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"dir/caf\xe9\nx.txt");
        assert_eq!(path(Path::new(name)), "dir/caf\\xe9\nx.txt");
        assert_eq!(line(&path(Path::new(name))), "dir/caf\\xe9\\u{a}x.txt");
    }
}
