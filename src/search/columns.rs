//! A fast column of each segment, opened at most once per search: a page of hits and their
//! copies read a column hundreds of times, and opening one reads its header. And the `kind`
//! column read as "is this a reported statement?" ([`ReportedColumn`]).

use std::collections::HashMap;
use tantivy::Searcher;
use tantivy::fastfield::FastFieldReaders;

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
    /// Opens the `kind` column (named `kind_field`) of `reader`.
    pub fn open(reader: &tantivy::SegmentReader, kind_field: &str) -> tantivy::Result<ReportedColumn> {
        let Some(column) = reader.fast_fields().str(kind_field)? else { return Ok(ReportedColumn { kinds: None }) };
        let reported = column.dictionary().term_ord(crate::index::schema::kind::REPORTED.as_bytes())?;
        Ok(ReportedColumn { kinds: reported.map(|ord| (column, ord)) })
    }

    /// True when `doc` is a reported statement.
    pub fn is_reported(&self, doc: tantivy::DocId) -> bool {
        self.kinds.as_ref().is_some_and(|(column, ord)| column.term_ords(doc).next() == Some(*ord))
    }
}
