//! Opens an index for reading: searches, citation lookups and counts.

use super::schema::{Fields, build_schema, kind, register_tokenizers};
use super::{check_version, exists, index_error};
use crate::error::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, Term};

/// An index opened for reading.
pub struct IndexHandle {
    /// The index folder.
    pub dir: PathBuf,
    /// The tantivy index.
    pub index: Index,
    /// Field handles.
    pub fields: Fields,
    reader: IndexReader,
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
    /// Opens the index in `dir`, checking its schema version.
    pub fn open(dir: &Path) -> Result<IndexHandle> {
        if !exists(dir) {
            return Err(Error::NoIndex(dir.to_path_buf()));
        }
        check_version(dir)?;
        let index = Index::open_in_dir(dir).map_err(index_error(dir))?;
        register_tokenizers(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(index_error(dir))?;
        let (_, fields) = build_schema();
        Ok(IndexHandle { dir: dir.to_path_buf(), index, fields, reader })
    }

    /// A searcher over the last commit.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Wraps tantivy errors with this index's folder.
    pub fn err(&self) -> impl Fn(tantivy::TantivyError) -> Error + '_ {
        index_error(&self.dir)
    }

    /// Counts documents of each kind.
    pub fn stats(&self) -> Result<Stats> {
        let searcher = self.searcher();
        let count = |k: &str| {
            let q = TermQuery::new(Term::from_field_text(self.fields.kind, k), IndexRecordOption::Basic);
            searcher.search(&q, &Count).map_err(self.err())
        };
        Ok(Stats {
            articles: count(kind::ARTICLE)?,
            passages: count(kind::PASSAGE)?,
            quotes: count(kind::QUOTE)?,
            schema_version: super::schema::SCHEMA_VERSION,
        })
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
