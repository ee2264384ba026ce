//! Fast columns opened once: [`OpenColumns`] keeps each segment's columns for every search
//! of a commit (opening a column decodes its header and, for most number columns, a table
//! of its blocks: a tenth of a search's instructions at a million passages when each
//! search opened its own), for the collectors and for a page's reading alike (parents,
//! restored stored fields, countries). And the `kind` column read as "is this a reported
//! statement?" ([`ReportedColumn`]).

use crate::index::reader::IndexHandle;
use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::SegmentReader;
use tantivy::columnar::{Column, StrColumn};
use tantivy::fastfield::FastFieldReaders;
use tantivy::index::SegmentId;

/// The fast columns the searches of one commit opened, by segment and column name, shared by
/// them (`IndexHandle::memoized`). A segment's columns never change, so a column is opened
/// once per segment instead of once per search and collector. Bounded by the segments times
/// the columns searches read (a column is a few handles on the index's mapped files and, for
/// a number column, a table of its blocks: tens of kilobytes at a million passages).
#[derive(Default)]
pub struct OpenColumns {
    numbers: Kept<Option<Column<u64>>>,
    strings: Kept<Option<StrColumn>>,
}

/// Columns by segment, then by name (looked up by `&str`: a page's reading asks for a
/// column hundreds of times).
type Kept<T> = Mutex<FxHashMap<SegmentId, FxHashMap<String, T>>>;

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
        self.u64_opt(reader, name)?.ok_or_else(|| {
            tantivy::TantivyError::SchemaError(format!(
                "Field `{name}` is missing or is not configured as a fast field."
            ))
        })
    }

    /// The number column `name` of the segment `reader` reads; none when the segment has
    /// none (as `FastFieldReaders::column_opt`: a segment of documents that all lack a
    /// value, for the stored fields restored from columns).
    pub fn u64_opt(&self, reader: &SegmentReader, name: &str) -> tantivy::Result<Option<Column<u64>>> {
        kept(&self.numbers, reader, name, |fast| fast.column_opt::<u64>(name))
    }

    /// The string column `name` of the segment `reader` reads; none when the segment has
    /// none (as `FastFieldReaders::str`).
    pub fn str(&self, reader: &SegmentReader, name: &str) -> tantivy::Result<Option<StrColumn>> {
        kept(&self.strings, reader, name, |fast| fast.str(name))
    }
}

/// The column `name` of `reader`'s segment from `cache`, opened by `open` and kept on a miss.
fn kept<T: Clone>(
    cache: &Kept<T>,
    reader: &SegmentReader,
    name: &str,
    open: impl FnOnce(&FastFieldReaders) -> tantivy::Result<T>,
) -> tantivy::Result<T> {
    let segment = reader.segment_id();
    if let Some(column) = lock(cache).get(&segment).and_then(|columns| columns.get(name)) {
        return Ok(column.clone());
    }
    let column = open(reader.fast_fields())?;
    lock(cache).entry(segment).or_default().insert(name.to_owned(), column.clone());
    Ok(column)
}

/// A lock that a panicking search left poisoned still holds sound columns.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
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
