//! A fast column of each segment, opened at most once per search: a page of hits and their
//! copies read a column hundreds of times, and opening one reads its header.

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
