//! Listing inputs: files and folders -> [`SourceFile`]s, each with its format.
//!
//! Folders are walked recursively in name order. Inside folders, hidden entries, files of
//! unknown format and documentation files (`README`, `LICENSE`, `COPYING`, whatever their
//! extension: data sets ship them beside their articles) are passed over silently; a file
//! named on the command line is always read. Symlinked folders are followed, but a folder
//! already visited (by its canonical path) is not entered again, so a symlink loop ends the
//! branch with a problem rather than looping, and the same file reached twice is read once.
//! A symlink inside a folder that leads out of it is reported and not followed.
//! A folder holding a newsquote index (a readable version file) is passed over: an index inside
//! the folder being ingested is never read as articles. File names need not be UTF-8.
//! Special files (FIFOs, devices, sockets; also behind a symlink, also named on the command
//! line) are reported and never opened: reading one could block forever or never end.

use super::source::Compression;
use super::{Format, Problem, SourceFile};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Names (case-insensitive, before the first dot, optionally followed by `-` or `_` and
/// more) of documentation files skipped inside folders: `README.orig.md`, `LICENSE-MIT`.
const DOC_PREFIXES: &[&str] = &["readme", "license", "licence", "copying"];

/// Format and compression of a file, from its extensions (`a.jsonl.gz`, `b.warc.zst`).
pub fn format_of(path: &Path) -> Option<(Format, Compression)> {
    // Lossy: a name that is not UTF-8 (`caf\xe9.txt`) still has an extension to read.
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let mut parts = name.rsplit('.');
    let last = parts.next()?;
    let (ext, compression) = match Compression::from_extension(last) {
        Some(c) => (parts.next()?, c),
        None => (last, Compression::None),
    };
    if name.split('.').count() < 2 || (compression != Compression::None && name.split('.').count() < 3) {
        return None;
    }
    let format = match ext {
        "txt" | "text" | "md" | "markdown" => Format::Text,
        "json" => Format::Json,
        "jsonl" | "ndjson" | "jsonlines" => Format::JsonLines,
        "csv" => Format::Csv,
        "html" | "htm" | "xhtml" => Format::Html,
        "warc" => Format::Warc,
        _ => return None,
    };
    Some((format, compression))
}

fn is_documentation(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let stem = name.split('.').next().unwrap_or("");
    DOC_PREFIXES
        .iter()
        .any(|p| stem.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with(['-', '_'])))
}

/// What a special file is (a FIFO, a device, a socket), or `None` for a regular file.
/// `meta` follows symlinks, so `/dev/zero` linked as `zero.jsonl` is a device.
pub fn special_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    if meta.is_file() || meta.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("a special file")
}

/// The state of one walk: what was found and which folders and files were seen.
#[derive(Default)]
struct Walk {
    files: Vec<SourceFile>,
    problems: Vec<Problem>,
    seen_dirs: HashSet<PathBuf>,
    seen_files: HashSet<PathBuf>,
}

/// The file names read, for messages.
pub const READ_EXTENSIONS: &str = ".txt, .md, .json, .jsonl, .ndjson, .csv, .html, .warc, optionally .gz or .zst";

/// Lists the input files under `paths` (files or folders), sorted; unreadable entries,
/// symlink loops and named files of unknown format become problems.
pub fn walk(paths: &[PathBuf]) -> (Vec<SourceFile>, Vec<Problem>) {
    let mut walk = Walk::default();
    for path in paths {
        let root = if path.is_dir() { path.clone() } else { path.parent().map(Path::to_path_buf).unwrap_or_default() };
        walk.visit(path, &root, &mut Vec::new());
    }
    (walk.files, walk.problems)
}

impl Walk {
    /// Visits `path`; `ancestors` are the canonical paths of the folders above it.
    fn visit(&mut self, path: &Path, root: &Path, ancestors: &mut Vec<PathBuf>) {
        let problem = |reason: String| Problem { path: path.display().to_string(), line: None, reason };
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => return self.problems.push(problem(e.to_string())),
        };
        let canonical = match std::fs::canonicalize(path) {
            Ok(c) => c,
            Err(e) => return self.problems.push(problem(e.to_string())),
        };
        let top = ancestors.is_empty();
        // A link inside a folder that leads out of the folder given is not followed: what
        // a folder holds is what gets read (a link named on the command line is followed).
        if let Some(given) = ancestors.first()
            && path.is_symlink()
            && !canonical.starts_with(given)
        {
            let reason = format!("symlink to {} outside {}; not followed", canonical.display(), given.display());
            return self.problems.push(problem(reason));
        }
        if meta.is_dir() {
            if ancestors.contains(&canonical) {
                let reason = format!("symlink loop back to {}; not followed", canonical.display());
                return self.problems.push(problem(reason));
            }
            if !self.seen_dirs.insert(canonical.clone()) {
                return; // the same folder reached by another path: already read
            }
            use crate::index::folder::{State, inspect};
            if matches!(inspect(path), Ok(State::Ours { version: Some(_) })) {
                // A newsquote index (perhaps the one being written) is never input; one
                // named on the command line is said so.
                if top {
                    self.problems.push(problem("a newsquote index folder, not articles; not read".into()));
                }
                return;
            }
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(e) => return self.problems.push(problem(e.to_string())),
            };
            entries.sort();
            ancestors.push(canonical);
            for entry in entries {
                let hidden = entry.file_name().is_some_and(|n| n.as_encoded_bytes().starts_with(b"."));
                if !hidden {
                    self.visit(&entry, root, ancestors);
                }
            }
            ancestors.pop();
            return;
        }
        let format = format_of(path);
        if !top && (format.is_none() || is_documentation(path)) {
            return;
        }
        let Some((format, compression)) = format else {
            return self.problems.push(problem(format!("unsupported file type (expected {READ_EXTENSIONS})")));
        };
        if let Some(kind) = special_kind(&meta) {
            return self.problems.push(problem(format!("{kind}, not a regular file; not opened")));
        }
        if self.seen_files.insert(canonical) {
            self.files.push(SourceFile {
                path: path.to_path_buf(),
                root: root.to_path_buf(),
                format,
                compression,
                bytes: meta.len(),
                day_first: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_inner_extension() {
        let f = |name: &str| format_of(Path::new(name));
        assert_eq!(f("a.jsonl.gz"), Some((Format::JsonLines, Compression::Gzip)));
        assert_eq!(f("b.WARC.zst"), Some((Format::Warc, Compression::Zstd)));
        assert_eq!(f("c.htm"), Some((Format::Html, Compression::None)));
        assert_eq!(f("README.TXT"), Some((Format::Text, Compression::None)));
        assert_eq!(f("x.gz"), None);
        assert_eq!(f("metadata.tsv"), None);
        assert_eq!(f("txt"), None);
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let latin1 = Path::new(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
            assert_eq!(format_of(latin1), Some((Format::Text, Compression::None)));
        }
    }

    #[test]
    fn documentation_files_are_recognised() {
        assert!(is_documentation(Path::new("data/README.orig.md")));
        assert!(is_documentation(Path::new("bbc/README.TXT")));
        assert!(!is_documentation(Path::new("sport/readers-poll.txt")));
        assert!(!is_documentation(Path::new("licensed-to-kill.txt")));
    }
}
