//! Opens an index for reading: searches, citation lookups and counts. Reading takes no
//! lock of newsquote's, so searches run beside an ingest and on a read-only index.

use super::directory::ReadDirectory;
use super::folder::{self, State, Version};
use super::schema::{Fields, SCHEMA_VERSION, build_schema, register_tokenizers};
use super::verify::{self, Counts, Depth, Findings};
use super::{guard, read_error};
use crate::error::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tantivy::schema::{TantivyDocument, Value};
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher};

/// An index opened for reading.
pub struct IndexHandle {
    /// The index folder.
    pub dir: PathBuf,
    /// The tantivy index.
    pub index: Index,
    /// Field handles.
    pub fields: Fields,
    reader: IndexReader,
    generation: u64,
}

/// Document counts, by kind.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Stats {
    /// Articles indexed.
    pub articles: usize,
    /// Passages indexed.
    pub passages: usize,
    /// Quotes indexed.
    pub quotes: usize,
    /// Schema version of the index.
    pub schema_version: u32,
}

impl IndexHandle {
    /// Opens the index in `dir`: checks its schema version and runs the checks of
    /// [`Depth::Open`]; a damaged index is [`Error::Damaged`].
    pub fn open(dir: &Path) -> Result<IndexHandle> {
        let (handle, findings) = IndexHandle::open_checked(dir, Depth::Open)?;
        match findings.problems.first() {
            None => Ok(handle),
            Some(first) => {
                let more = findings.problems.len() - 1;
                let detail = if more > 0 { format!("{first}; and {more} more") } else { first.clone() };
                Err(Error::Damaged { path: dir.to_path_buf(), detail })
            }
        }
    }

    /// Opens the index in `dir` and checks it to `depth`, returning what the checks found
    /// beside the handle. An index that cannot be opened at all is an error.
    pub fn open_checked(dir: &Path, depth: Depth) -> Result<(IndexHandle, Findings)> {
        guard(dir, || {
            let generation = generation_in_use(dir)?;
            let handle = match IndexHandle::open_generation(dir, generation) {
                // A rebuild may have swapped generations between reading the version
                // file and opening the generation it named: read it again, once.
                Err(_) if generation_in_use(dir).is_ok_and(|now| now != generation) => {
                    IndexHandle::open_generation(dir, generation_in_use(dir)?)?
                }
                other => other?,
            };
            let searcher = handle.searcher();
            let findings = verify::check(
                &folder::generation_dir(dir, generation),
                &handle.index,
                &searcher,
                &handle.fields,
                depth,
            );
            Ok((handle, findings))
        })
    }

    fn open_generation(dir: &Path, generation: u64) -> Result<IndexHandle> {
        let path = folder::generation_dir(dir, generation);
        let directory = ReadDirectory::open(&path)
            .map_err(|e| Error::Damaged { path: dir.to_path_buf(), detail: e.to_string() })?;
        let index = Index::open(directory).map_err(read_error(dir))?;
        register_tokenizers(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(read_error(dir))?;
        let (_, fields) = build_schema();
        Ok(IndexHandle { dir: dir.to_path_buf(), index, fields, reader, generation })
    }

    /// Makes the next searchers see the last commit (an ingest running beside commits
    /// every few seconds). A rebuild writes a new generation instead: see [`Self::is_current`].
    pub fn reload(&self) -> Result<()> {
        self.guard(|| self.reader.reload().map_err(self.err()))
    }

    /// False once a rebuild has replaced the generation this handle reads: open the index
    /// again to see it. An index that cannot be inspected counts as current (the handle
    /// keeps serving what it has).
    pub fn is_current(&self) -> bool {
        !matches!(generation_in_use(&self.dir), Ok(g) if g != self.generation)
    }

    /// A searcher over the last commit.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Wraps tantivy errors with this index's folder (errors that say its files are
    /// damaged become [`Error::Damaged`]).
    pub fn err(&self) -> impl Fn(tantivy::TantivyError) -> Error + '_ {
        read_error(&self.dir)
    }

    /// Runs `work` on this index; a panic inside the engine becomes [`Error::Damaged`].
    pub fn guard<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        guard(&self.dir, work)
    }

    /// Counts documents of each kind.
    pub fn stats(&self) -> Result<Stats> {
        self.guard(|| self.count())
    }

    fn count(&self) -> Result<Stats> {
        let c = Counts::by_search(&self.searcher(), &self.fields).map_err(self.err())?;
        let n = |v: u64| v as usize;
        Ok(Stats {
            articles: n(c.articles),
            passages: n(c.passages),
            quotes: n(c.quotes),
            schema_version: super::schema::SCHEMA_VERSION,
        })
    }
}

/// The generation the version file of `dir` names, or why there is none to read.
fn generation_in_use(dir: &Path) -> Result<u64> {
    let version = match folder::inspect(dir)? {
        State::Ours { version: Some(v) } => v,
        State::Ours { version: None } => {
            return Err(Error::Damaged {
                path: dir.to_path_buf(),
                detail: format!("{} is not a newsquote version file", folder::VERSION_FILE),
            });
        }
        _ => return Err(Error::NoIndex(dir.to_path_buf())),
    };
    match version {
        Version { schema_version, .. } if schema_version != SCHEMA_VERSION => {
            Err(Error::SchemaVersion { path: dir.to_path_buf(), found: schema_version, expected: SCHEMA_VERSION })
        }
        Version { generation: Some(n), .. } => Ok(n),
        Version { generation: None, .. } => Err(Error::NoIndex(dir.to_path_buf())),
    }
}

/// The first text value of `field` in a stored document.
pub fn text_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field).and_then(|v| v.as_str()).map(str::to_owned)
}

/// Every text value of `field` in a stored document.
pub fn texts_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Vec<String> {
    doc.get_all(field).filter_map(|v| v.as_str()).map(str::to_owned).collect()
}

/// The first number of `field` in a stored document.
pub fn number_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<u64> {
    doc.get_first(field).and_then(|v| v.as_u64())
}
