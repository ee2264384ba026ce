//! Telling a damaged index from a sound one, before it can crash a search or give wrong
//! results.
//!
//! Every open runs the cheap checks: the segment list names each segment once and its files
//! exist, each segment's columns have as many rows as the segment claims documents, its
//! deletions agree with the segment list, and the documents add up to the counts the
//! writer recorded with its last commit (tantivy's commit payload, see [`Counts`]). Every
//! open also verifies the checksums tantivy keeps at the end of each file, but only of files
//! not verified before: a searcher that can write remembers the verified files, by name,
//! size and modification time, in [`VERIFIED_FILE`], so a search pays for a file once (a
//! changed file, or a copied index, is verified again). `newsquote check` verifies all
//! of it, always, and also counts the documents of each kind.

use super::schema::{Fields, kind};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, Searcher, Term};

/// Files of a generation whose checksums were verified, with their size and modification
/// time then.
pub const VERIFIED_FILE: &str = "newsquote-verified.json";

/// Documents of each kind, as the writer recorded them with a commit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Articles.
    pub articles: u64,
    /// Passages.
    pub passages: u64,
    /// Quotes.
    pub quotes: u64,
    /// Reported statements.
    #[serde(default)]
    pub reported: u64,
}

impl Counts {
    /// All documents.
    pub fn total(&self) -> u64 {
        self.articles + self.passages + self.quotes + self.reported
    }

    /// The counts recorded with the last commit, if any (indexes written before schema 5
    /// have none).
    pub fn recorded(index: &Index) -> tantivy::Result<Option<Counts>> {
        Ok(Counts::in_meta(&index.load_metas()?))
    }

    /// The counts a loaded segment list carries.
    fn in_meta(metas: &tantivy::IndexMeta) -> Option<Counts> {
        metas.payload.as_deref().and_then(|p| serde_json::from_str(p).ok())
    }

    /// Counts the documents of each kind by searching.
    pub fn by_search(searcher: &Searcher, fields: &Fields) -> tantivy::Result<Counts> {
        let count = |k: &str| {
            let q = TermQuery::new(Term::from_field_text(fields.kind, k), IndexRecordOption::Basic);
            searcher.search(&q, &Count).map(|n| n as u64)
        };
        Counts::by_kind(count)
    }

    /// The counts `count` gives each kind of document.
    pub(crate) fn by_kind<E>(count: impl Fn(&str) -> Result<u64, E>) -> Result<Counts, E> {
        Ok(Counts {
            articles: count(kind::ARTICLE)?,
            passages: count(kind::PASSAGE)?,
            quotes: count(kind::QUOTE)?,
            reported: count(kind::REPORTED)?,
        })
    }
}

/// How thoroughly to look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// The cheap checks, and checksums of files not verified before.
    Open,
    /// Everything, every checksum, no memory of earlier checks.
    Full,
}

/// What a check found: one line per problem, empty when the index is sound.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Findings {
    /// Files whose checksums were verified.
    pub files_verified: usize,
    /// Bytes they hold.
    pub bytes_verified: u64,
    /// The problems, for a person to read.
    pub problems: Vec<String>,
    /// True when the index changed while it was checked (a commit or a rebuild beside the
    /// check): the problems may be the race's, not damage, and the check is to be run
    /// again on a fresh searcher.
    #[serde(skip)]
    pub moved: bool,
}

/// Checks the index of generation folder `dir` (see the module notes).
pub fn check(dir: &Path, index: &Index, searcher: &Searcher, fields: &Fields, depth: Depth) -> Findings {
    let mut found = Findings::default();
    let metas = match index.load_metas() {
        Ok(m) => m,
        Err(e) => {
            found.problems.push(format!("meta.json: {e}"));
            return found;
        }
    };
    if !same_segments(&metas, searcher) {
        found.moved = true;
        return found;
    }
    let mut ids = HashSet::new();
    for segment in &metas.segments {
        if !ids.insert(segment.id()) {
            found.problems.push(format!("meta.json lists segment {} twice", segment.id().uuid_string()));
        }
    }
    let files = metas.list_segment_files();
    let mut present = Vec::new();
    for file in &files {
        // Only the delete file is optional: a segment without deletions has none.
        let delete_file = file.extension().is_some_and(|e| e == "del");
        match std::fs::metadata(dir.join(file)) {
            Ok(m) => present.push((file.clone(), m)),
            Err(_) if delete_file || is_optional_component(file) => {}
            Err(e) => found.problems.push(format!("{}: {e}", file.display())),
        }
    }
    check_segments(searcher, &metas.segments, &mut found);
    check_counts(Counts::in_meta(&metas), searcher, fields, depth, &mut found);
    if found.problems.is_empty() {
        check_checksums(dir, index, &present, depth, &mut found);
    }
    // A commit during the check may have merged away the files it was reading.
    found.moved = !found.problems.is_empty() && index.load_metas().map_or(true, |now| now.opstamp != metas.opstamp);
    found
}

/// True when the segment list names the segments (with their deletions) the searcher
/// reads: both are of the same commit.
fn same_segments(metas: &tantivy::IndexMeta, searcher: &Searcher) -> bool {
    let mut listed: Vec<_> = metas.segments.iter().map(|s| (s.id(), s.delete_opstamp())).collect();
    let mut read: Vec<_> = searcher.segment_readers().iter().map(|r| (r.segment_id(), r.delete_opstamp())).collect();
    listed.sort();
    read.sort();
    listed == read
}

/// Components a segment may lack: positions (no positional field had a value), and
/// tantivy's temporary store.
fn is_optional_component(file: &Path) -> bool {
    let name = file.to_string_lossy();
    name.ends_with(".pos") || name.ends_with(".temp")
}

/// Each segment's rows and deletions agree with the segment list.
fn check_segments(searcher: &Searcher, metas: &[tantivy::SegmentMeta], found: &mut Findings) {
    let metas: HashMap<_, _> = metas.iter().map(|m| (m.id(), m)).collect();
    for reader in searcher.segment_readers() {
        let id = reader.segment_id().uuid_string();
        // Every passage and quote has a parent; a segment of articles alone has no column.
        match reader.fast_fields().column_opt::<u64>("parent") {
            Ok(Some(column)) if column.num_docs() != reader.max_doc() => found.problems.push(format!(
                "segment {id}: meta.json says {} documents, its columns hold {}",
                reader.max_doc(),
                column.num_docs()
            )),
            Ok(_) => {}
            Err(e) => found.problems.push(format!("segment {id}: {e}")),
        }
        let deleted = metas.get(&reader.segment_id()).map_or(0, |m| m.num_deleted_docs());
        if reader.max_doc() - reader.num_docs() != deleted {
            found.problems.push(format!(
                "segment {id}: meta.json says {deleted} deleted documents, its delete file {}",
                reader.max_doc() - reader.num_docs()
            ));
        }
    }
}

/// The documents add up to the counts recorded with the last commit.
fn check_counts(recorded: Option<Counts>, searcher: &Searcher, fields: &Fields, depth: Depth, found: &mut Findings) {
    if let Some(r) = recorded
        && r.total() != searcher.num_docs()
    {
        found.problems.push(format!(
            "the index holds {} documents, its last commit recorded {}",
            searcher.num_docs(),
            r.total()
        ));
    }
    if depth == Depth::Full {
        match (Counts::by_search(searcher, fields), recorded) {
            (Ok(counted), Some(r)) if counted != r => found.problems.push(format!(
                "counted {} articles, {} passages, {} quotes, {} reported; the last commit recorded {}, {}, {}, {}",
                counted.articles,
                counted.passages,
                counted.quotes,
                counted.reported,
                r.articles,
                r.passages,
                r.quotes,
                r.reported
            )),
            (Err(e), _) => found.problems.push(format!("counting documents: {e}")),
            _ => {}
        }
    }
}

/// A file as last seen: size and modification time in nanoseconds.
type Stamp = (u64, u128);

fn stamp(meta: &std::fs::Metadata) -> Stamp {
    let modified = meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
    (meta.len(), modified)
}

/// Verifies the checksums of `files` (those with the same stamp as when last verified are
/// skipped at [`Depth::Open`]) and remembers the verified ones when the folder is writable.
fn check_checksums(
    dir: &Path,
    index: &Index,
    files: &[(PathBuf, std::fs::Metadata)],
    depth: Depth,
    found: &mut Findings,
) {
    let cache_path = dir.join(VERIFIED_FILE);
    let known: HashMap<String, Stamp> = match depth {
        Depth::Open => {
            std::fs::read(&cache_path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
        }
        Depth::Full => HashMap::new(),
    };
    let mut verified = HashMap::new();
    for (file, meta) in files {
        let name = file.to_string_lossy().into_owned();
        let now = stamp(meta);
        if known.get(&name) != Some(&now) {
            match index.directory().validate_checksum(file) {
                Ok(true) => {}
                Ok(false) => {
                    found.problems.push(format!("{name}: checksum mismatch (the file was changed or damaged)"));
                    continue;
                }
                Err(e) => {
                    found.problems.push(format!("{name}: {e}"));
                    continue;
                }
            }
            found.files_verified += 1;
            found.bytes_verified += meta.len();
        }
        verified.insert(name, now);
    }
    if found.problems.is_empty() && verified != known {
        remember(dir, &verified);
    }
}

/// Writes the verified stamps, best effort: a read-only index is verified again next time.
fn remember(dir: &Path, verified: &HashMap<String, Stamp>) {
    let Ok(text) = serde_json::to_vec(verified) else { return };
    // A name of its own per process, starting with `.tmp` so that a writer removes it
    // if this process dies before the rename.
    let temp = dir.join(format!(".tmp-verified-{}", std::process::id()));
    if std::fs::write(&temp, text).is_ok() && std::fs::rename(&temp, dir.join(VERIFIED_FILE)).is_err() {
        let _ = std::fs::remove_file(&temp);
    }
}
