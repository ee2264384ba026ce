//! Readers: files and folders -> [`Article`]s, one reader per input format.
//!
//! [`walk`](mod@walk) lists the inputs and picks each file's format by its extension
//! ([`walk::format_of`]); [`source`] opens it, decompressing gzip or zstd (told by magic
//! bytes) and bounding every read; one module per format turns bytes into articles. Input is
//! decoded as UTF-8 (a BOM is dropped); UTF-16 is decoded (with a BOM, or when its NUL bytes
//! give it away); anything else that is not UTF-8 is read as Windows-1252 with a warning.
//! A file or record that cannot be read becomes a [`Problem`] (`path:line: reason`) and the
//! run goes on. [`given`] fills in the outlet and date the user gives for articles without.

mod csv;
mod fields;
pub mod given;
mod html;
mod json;
mod references;
pub mod source;
mod text;
pub mod walk;
mod warc;

pub use html::MAX_HTML_DEPTH;
pub use walk::{READ_EXTENSIONS, walk};

use crate::model::Article;
use std::cell::Cell;
use std::fmt;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A file or record that was skipped, or read with a caveat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The input file.
    pub path: String,
    /// 1-based line, for line-oriented formats.
    pub line: Option<usize>,
    /// What is wrong, for a person to read.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Escaped: a newline or a terminal command in a file name must not forge a line.
        let (path, reason) = (crate::escape::line(&self.path), crate::escape::line(&self.reason));
        match self.line {
            Some(line) => write!(f, "{path}:{line}: {reason}"),
            None => write!(f, "{path}: {reason}"),
        }
    }
}

/// What a reader yields.
#[derive(Debug)]
pub enum Item {
    /// An article read.
    Article(Box<Article>),
    /// A file or record skipped.
    Skipped(Problem),
    /// A caveat about input that was still read (e.g. a legacy encoding).
    Warning(Problem),
}

/// Input formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown: header lines, title, paragraphs.
    Text,
    /// One JSON document: an article, an array of articles or `{"articles": [...]}`.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// Comma-separated values with a header row naming the fields.
    Csv,
    /// An HTML article page.
    Html,
    /// A WARC archive: each `response` record with an HTML payload is an article page.
    Warc,
}

/// An input file found by [`walk`](fn@walk).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as given or found.
    pub path: PathBuf,
    /// Ids of whole-file articles are the path below this root, without extension.
    pub root: PathBuf,
    /// Its format.
    pub format: Format,
    /// Compression named by its extension.
    pub compression: source::Compression,
    /// Size in bytes.
    pub bytes: u64,
    /// Read numeric dates day first (`12/11/2025` is 12 November).
    pub day_first: bool,
}

/// UTF-16 without a BOM, told by NUL bytes at every other position of mostly-ASCII text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let nul_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (nul_at(0), nul_at(1));
    if odd * 10 >= pairs * 9 && even * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 9 && odd * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// True when decoded text is evidently not text: NUL bytes, or more than 2% control
/// characters or replacement characters in its first 64 KiB.
pub fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars().take(65_536) {
        total += 1;
        if c == '\0' {
            return true;
        }
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{fffd}' {
            odd += 1;
        }
    }
    odd * 50 > total
}

/// Decodes file bytes to text: UTF-8 (BOM dropped), UTF-16, else Windows-1252.
/// The second value is a warning when the input was not UTF-8.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let warning = (encoding != encoding_rs::UTF_8).then(|| format!("decoded as {}", encoding.name()));
        return (text.into_owned(), warning);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return (text.into_owned(), Some(format!("no BOM; decoded as {}", encoding.name())));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), None),
        Err(e) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), Some(format!("not UTF-8 (byte {}); decoded as Windows-1252", e.valid_up_to())))
        }
    }
}

/// [`decode`] for bytes that are no longer needed: UTF-8 input becomes the text without
/// a copy (a whole document may be 64 MiB).
pub fn decode_owned(mut bytes: Vec<u8>) -> (String, Option<String>) {
    let utf8_bom = bytes.starts_with(b"\xef\xbb\xbf");
    let other_bom = !utf8_bom && encoding_rs::Encoding::for_bom(&bytes).is_some();
    if other_bom || utf16_without_bom(&bytes).is_some() {
        return decode(&bytes);
    }
    if utf8_bom {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => decode(e.as_bytes()),
    }
}

/// The id of a whole-file article: its path below the root, without extension, under the
/// name of the root's folder (`bbc/business/001`), so that two folders with the same file
/// names inside, ingested together or in turn, keep their articles apart.
fn file_id(src: &SourceFile) -> String {
    let rel = src.path.strip_prefix(&src.root).unwrap_or(&src.path);
    let mut rel = rel.with_extension("");
    if src.compression != source::Compression::None {
        rel = rel.with_extension("");
    }
    let rel = rel.to_string_lossy().replace('\\', "/");
    match folder_name(&src.root) {
        Some(root) => format!("{root}/{rel}"),
        None => rel,
    }
}

/// The name of a folder, also when given as `.`, `..` or the empty path.
fn folder_name(dir: &Path) -> Option<String> {
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
    name(dir).or_else(|| name(&dir.canonicalize().ok()?))
}

/// Reads one input file as a stream of items, adding the raw bytes read to `count`.
pub fn read(src: &SourceFile, count: Rc<Cell<u64>>) -> Box<dyn Iterator<Item = Item>> {
    let path = src.path.display().to_string();
    let skipped = |reason: String| -> Box<dyn Iterator<Item = Item>> {
        Box::new(std::iter::once(Item::Skipped(Problem { path: path.clone(), line: None, reason })))
    };
    let reader = match source::open(&src.path, src.compression, count) {
        Ok(r) => r,
        Err(e) => return skipped(e.to_string()),
    };
    read_opened(reader, src.format, path, file_id(src), src.day_first)
}

/// Reads `bytes` as a file of `format` is read, decompressed if its magic bytes say so,
/// under the name `input`: the entry of the fuzz targets (`fuzz/`), which test every
/// reader and its limits without touching the disk.
pub fn read_bytes(format: Format, bytes: Vec<u8>) -> Box<dyn Iterator<Item = Item>> {
    let path = "input".to_owned();
    match source::decompress(std::io::Cursor::new(bytes), source::Compression::None) {
        Ok(reader) => read_opened(reader, format, path, "input".into(), false),
        Err(e) => Box::new(std::iter::once(Item::Skipped(Problem { path, line: None, reason: e.to_string() }))),
    }
}

/// Reads an opened, decompressed input of `format` named `path`; `id` is the identity of a
/// whole-file article. Each reader reads its dates once, day first when `day_first`.
fn read_opened(
    mut reader: Box<dyn BufRead>,
    format: Format,
    path: String,
    id: String,
    day_first: bool,
) -> Box<dyn Iterator<Item = Item>> {
    let skipped = |reason: String| -> Box<dyn Iterator<Item = Item>> {
        Box::new(std::iter::once(Item::Skipped(Problem { path: path.clone(), line: None, reason })))
    };
    match format {
        Format::JsonLines => return Box::new(json::read_lines(reader, path, id, day_first)),
        Format::Csv => return Box::new(csv::read(reader, path, id, day_first)),
        Format::Warc => return Box::new(warc::read(reader, path, id, day_first)),
        Format::Text | Format::Json | Format::Html => {}
    }
    let bytes = match source::read_document(&mut reader) {
        Ok(b) => b,
        Err(e) => return skipped(e.to_string()),
    };
    let (text, warning) = decode_owned(bytes);
    if text.trim().is_empty() {
        return skipped("empty file".into());
    }
    if looks_binary(&text) {
        return skipped("binary file, not text".into());
    }
    let mut items: Vec<Item> =
        warning.map(|reason| Item::Warning(Problem { path: path.clone(), line: None, reason })).into_iter().collect();
    let whole = |result: Result<Article, String>| match result {
        Ok(a) => Item::Article(Box::new(a)),
        Err(reason) => Item::Skipped(Problem { path: path.clone(), line: None, reason }),
    };
    // Every format named (no catch-all): a new one must say how it is read, here and above.
    match format {
        Format::Text => items.push(whole(text::parse(text, id, &path, day_first))),
        Format::Html => items.push(whole(html::parse(&text, id, &path, None, day_first))),
        Format::Json => items.extend(json::read_document(&text, &path, &id, day_first)),
        Format::JsonLines | Format::Csv | Format::Warc => {} // streamed above
    }
    Box::new(items.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_owned_decodes_as_decode_does() {
        for bytes in
            [&b"\xef\xbb\xbfhi"[..], b"\xff\xfeh\x00i\x00", b"caf\xe9", b"plain", b"h\x00e\x00l\x00l\x00o\x00!\x00"]
        {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn decode_handles_bom_utf16_and_latin1() {
        assert_eq!(decode(b"\xef\xbb\xbfhi").0, "hi");
        assert_eq!(decode(b"\xff\xfeh\x00i\x00"), ("hi".to_owned(), Some("decoded as UTF-16LE".to_owned())));
        let (text, warning) = decode(b"caf\xe9");
        assert_eq!(text, "café");
        assert!(warning.is_some_and(|w| w.contains("Windows-1252")));
    }

    #[test]
    fn utf16_without_bom_and_binary_are_told_apart() {
        let utf16: Vec<u8> = "Hello, world".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&utf16).0, "Hello, world");
        assert!(looks_binary("\u{1}\u{2}\u{3}abc"));
        assert!(!looks_binary("Caf\u{e9}\r\n\tok \u{200b}zero-width"));
    }

    #[test]
    fn problems_print_as_path_line_reason() {
        let p = Problem { path: "a.jsonl".into(), line: Some(3), reason: "bad".into() };
        assert_eq!(p.to_string(), "a.jsonl:3: bad");
    }

    #[test]
    fn a_newline_in_a_file_name_forges_no_line_of_the_report() {
        let p = Problem { path: "a\nb.txt: fine\x1b[2K".into(), line: None, reason: "bad".into() };
        assert_eq!(p.to_string(), "a\\u{a}b.txt: fine\\u{1b}[2K: bad");
    }
}
