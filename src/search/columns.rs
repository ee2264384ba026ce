//! Fast columns opened once: [`OpenColumns`] keeps each segment's columns for every search
//! of a commit (opening a column decodes its header and, for most number columns, a table
//! of its blocks: a tenth of a search's instructions at a million passages when each
//! search opened its own); [`PerSegment`] keeps a column of each segment for one search's
//! page of hits. And the `kind` column read as "is this a reported statement?"
//! ([`ReportedColumn`]).

use crate::index::reader::IndexHandle;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::columnar::{Column, StrColumn};
use tantivy::fastfield::FastFieldReaders;
use tantivy::index::SegmentId;
use tantivy::{Searcher, SegmentReader};

/// The fast columns the searches of one commit opened, by segment and column name, shared by
/// them (`IndexHandle::memoized`). A segment's columns never change, so a column is opened
/// once per segment instead of once per search and collector. Bounded by the segments times
/// the columns searches read (a column is a few handles on the index's mapped files and, for
/// a number column, a table of its blocks: tens of kilobytes at a million passages).
#[derive(Default)]
pub struct OpenColumns {
    numbers: Mutex<FxHashMap<(SegmentId, String), Column<u64>>>,
    strings: Mutex<FxHashMap<(SegmentId, String), Option<StrColumn>>>,
}

impl std::fmt::Debug for OpenColumns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenColumns").finish_non_exhaustive()
    }
}

impl OpenColumns {
    /// The columns kept for `handle`'s last commit (a fresh set when none can be kept).
    pub fn of(handle: &IndexHandle) -> Arc<OpenColumns> {
        handle
            .memoized(&handle.searcher(), "open columns", || Ok(OpenColumns::default()))
            .unwrap_or_else(|_| Arc::new(OpenColumns::default()))
    }

    /// The number column `name` of the segment `reader` reads (an error when the segment
    /// has none, as `FastFieldReaders::u64`).
    pub fn u64(&self, reader: &SegmentReader, name: &str) -> tantivy::Result<Column<u64>> {
        kept(&self.numbers, reader, name, |fast| fast.u64(name))
    }

    /// The string column `name` of the segment `reader` reads; none when the segment has
    /// none (as `FastFieldReaders::str`).
    pub fn str(&self, reader: &SegmentReader, name: &str) -> tantivy::Result<Option<StrColumn>> {
        kept(&self.strings, reader, name, |fast| fast.str(name))
    }
}

/// The column `name` of `reader`'s segment from `cache`, opened by `open` and kept on a miss.
fn kept<T: Clone>(
    cache: &Mutex<FxHashMap<(SegmentId, String), T>>,
    reader: &SegmentReader,
    name: &str,
    open: impl FnOnce(&FastFieldReaders) -> tantivy::Result<T>,
) -> tantivy::Result<T> {
    let key = (reader.segment_id(), name.to_owned());
    if let Some(column) = lock(cache).get(&key) {
        return Ok(column.clone());
    }
    let column = open(reader.fast_fields())?;
    lock(cache).insert(key, column.clone());
    Ok(column)
}

/// A lock that a panicking search left poisoned still holds sound columns.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// One named column of each segment, opened when first asked for.
pub struct PerSegment<C> {
    name: String,
    open: fn(&FastFieldReaders, &str) -> Option<C>,
    columns: HashMap<u32, Option<C>>,
}

impl<C> PerSegment<C> {
    /// The column `name`, opened by `open` (none when it cannot be read).
    pub fn new(name: String, open: fn(&FastFieldReaders, &str) -> Option<C>) -> PerSegment<C> {
        PerSegment { name, open, columns: HashMap::new() }
    }

    /// The column of segment `segment` of `searcher`.
    pub fn get(&mut self, searcher: &Searcher, segment: u32) -> Option<&C> {
        let (name, open) = (&self.name, self.open);
        let column =
            self.columns.entry(segment).or_insert_with(|| open(searcher.segment_reader(segment).fast_fields(), name));
        column.as_ref()
    }
}

/// Tells a segment's reported statements from its other documents by the `kind` column:
/// the term ordinal of `reported` is looked up once, then each document is one read.
pub struct ReportedColumn {
    /// The column and the ordinal of `reported` in it; none when the segment has none.
    kinds: Option<(tantivy::columnar::StrColumn, u64)>,
}

impl ReportedColumn {
    /// Opens the `kind` column (named `kind_field`) of `reader`, through `columns`.
    pub fn open(columns: &OpenColumns, reader: &SegmentReader, kind_field: &str) -> tantivy::Result<ReportedColumn> {
        let Some(column) = columns.str(reader, kind_field)? else { return Ok(ReportedColumn { kinds: None }) };
        let reported = column.dictionary().term_ord(crate::index::schema::kind::REPORTED.as_bytes())?;
        Ok(ReportedColumn { kinds: reported.map(|ord| (column, ord)) })
    }

    /// True when `doc` is a reported statement.
    pub fn is_reported(&self, doc: tantivy::DocId) -> bool {
        self.kinds.as_ref().is_some_and(|(column, ord)| column.term_ords(doc).next() == Some(*ord))
    }
}
