//! Readers: files and folders -> [`Article`]s, one reader per input format.
//!
//! Folders are walked recursively in name order. A file's format is chosen by its
//! extension. Input is decoded as UTF-8 (a BOM is dropped); UTF-16 with a BOM is decoded;
//! anything else that is not UTF-8 is read as Windows-1252 with a warning. A file or record
//! that cannot be read becomes a [`Problem`] (`path:line: reason`) and the run goes on.

mod json;
mod text;

use crate::model::Article;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

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
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
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
}

/// An input file found by [`walk`].
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as given or found.
    pub path: PathBuf,
    /// Ids of whole-file articles are the path below this root, without extension.
    pub root: PathBuf,
    /// Its format.
    pub format: Format,
    /// Size in bytes.
    pub bytes: u64,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" | "md" | "markdown" => Format::Text,
        "json" => Format::Json,
        "jsonl" | "ndjson" | "jsonlines" => Format::JsonLines,
        _ => return None,
    })
}

/// Lists the input files under `paths` (files or folders), sorted; unreadable entries and
/// files of unknown format become problems.
pub fn walk(paths: &[PathBuf]) -> (Vec<SourceFile>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let root = if path.is_dir() { path.clone() } else { path.parent().map(Path::to_path_buf).unwrap_or_default() };
        visit(path, &root, &mut files, &mut problems, 0);
    }
    (files, problems)
}

fn visit(path: &Path, root: &Path, files: &mut Vec<SourceFile>, problems: &mut Vec<Problem>, depth: usize) {
    let problem = |reason: String| Problem { path: path.display().to_string(), line: None, reason };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return problems.push(problem(e.to_string())),
    };
    if meta.is_dir() {
        // Symlinked folders can loop; 64 levels is deeper than any real archive.
        if depth > 64 {
            return problems.push(problem("folder nesting deeper than 64 levels (a symlink loop?)".into()));
        }
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return problems.push(problem(e.to_string())),
        };
        entries.sort();
        for entry in entries {
            let hidden = entry.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if !hidden {
                visit(&entry, root, files, problems, depth + 1);
            }
        }
    } else if let Some(format) = format_of(path) {
        files.push(SourceFile { path: path.to_path_buf(), root: root.to_path_buf(), format, bytes: meta.len() });
    } else if depth == 0 {
        problems.push(problem("unsupported file type (expected .txt, .md, .json, .jsonl or .ndjson)".into()));
    }
}

/// Decodes file bytes to text: UTF-8 (BOM dropped), UTF-16 with BOM, else Windows-1252.
/// The second value is a warning when the input was not UTF-8.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let warning = (encoding != encoding_rs::UTF_8).then(|| format!("decoded as {}", encoding.name()));
        return (text.into_owned(), warning);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), None),
        Err(e) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), Some(format!("not UTF-8 (byte {}); decoded as Windows-1252", e.valid_up_to())))
        }
    }
}

/// The id of a whole-file article: its path below the root, without extension.
fn file_id(src: &SourceFile) -> String {
    let rel = src.path.strip_prefix(&src.root).unwrap_or(&src.path);
    let rel = rel.with_extension("");
    rel.to_string_lossy().replace('\\', "/")
}

/// Reads one input file as a stream of items.
pub fn read(src: &SourceFile) -> Box<dyn Iterator<Item = Item>> {
    let path = src.path.display().to_string();
    let skipped =
        |reason: String| Box::new(std::iter::once(Item::Skipped(Problem { path: path.clone(), line: None, reason })));
    let file = match File::open(&src.path) {
        Ok(f) => f,
        Err(e) => return skipped(e.to_string()),
    };
    match src.format {
        Format::JsonLines => Box::new(json::read_lines(BufReader::new(file), path.clone(), file_id(src))),
        Format::Text | Format::Json => {
            let mut bytes = Vec::new();
            if let Err(e) = BufReader::new(file).read_to_end(&mut bytes) {
                return skipped(e.to_string());
            }
            let (text, warning) = decode(&bytes);
            let mut items: Vec<Item> = warning
                .map(|reason| Item::Warning(Problem { path: path.clone(), line: None, reason }))
                .into_iter()
                .collect();
            match src.format {
                Format::Text => items.push(match text::parse(&text, file_id(src), &path) {
                    Ok(a) => Item::Article(Box::new(a)),
                    Err(reason) => Item::Skipped(Problem { path: path.clone(), line: None, reason }),
                }),
                _ => items.extend(json::read_document(&text, &path, &file_id(src))),
            }
            Box::new(items.into_iter())
        }
    }
}

/// Reads lines as raw bytes, so that one badly encoded line does not stop the file.
pub(crate) fn byte_lines<R: BufRead>(mut reader: R) -> impl Iterator<Item = std::io::Result<Vec<u8>>> {
    std::iter::from_fn(move || {
        let mut buf = Vec::new();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Ok(_) => Some(Ok(buf)),
            Err(e) => Some(Err(e)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_handles_bom_utf16_and_latin1() {
        assert_eq!(decode(b"\xef\xbb\xbfhi").0, "hi");
        assert_eq!(decode(b"\xff\xfeh\x00i\x00"), ("hi".to_owned(), Some("decoded as UTF-16LE".to_owned())));
        let (text, warning) = decode(b"caf\xe9");
        assert_eq!(text, "café");
        assert!(warning.is_some_and(|w| w.contains("Windows-1252")));
    }

    #[test]
    fn problems_print_as_path_line_reason() {
        let p = Problem { path: "a.jsonl".into(), line: Some(3), reason: "bad".into() };
        assert_eq!(p.to_string(), "a.jsonl:3: bad");
    }
}
