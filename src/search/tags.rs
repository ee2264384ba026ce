//! Tags kept only in fast columns (countries), read back for the hits of one page: the
//! document store does not hold them, and a spreadsheet row wants them.

use super::columns::OpenColumns;
use crate::index::reader::IndexHandle;
use std::sync::Arc;
use tantivy::{DocAddress, Searcher};

/// Reads the countries of documents from the commit's columns (each segment's opened once:
/// a page of 10,000 hits reads it 10,000 times).
pub struct CountryColumn {
    open: Arc<OpenColumns>,
    name: String,
}

impl CountryColumn {
    /// A reader for `handle`'s country column.
    pub fn new(handle: &IndexHandle) -> CountryColumn {
        let name = handle.index.schema().get_field_name(handle.fields.countries).to_owned();
        CountryColumn { open: OpenColumns::of(handle), name }
    }

    /// The ISO codes of the countries tagged in the document at `address`, in dictionary
    /// order; none when the column cannot be read.
    pub fn codes(&mut self, searcher: &Searcher, address: DocAddress) -> Vec<String> {
        let reader = searcher.segment_reader(address.segment_ord);
        let Ok(Some(column)) = self.open.str(reader, &self.name) else { return Vec::new() };
        let mut codes = Vec::new();
        for ord in column.term_ords(address.doc_id) {
            let mut code = String::new();
            if column.ord_to_str(ord, &mut code).unwrap_or(false) {
                codes.push(code.to_uppercase());
            }
        }
        codes
    }
}
