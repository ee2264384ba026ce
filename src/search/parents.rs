//! A document's parent in its article's block (a quote's passage; see `index::schema`),
//! read through the `parent` column, each segment's column opened once per search: a page
//! of hits and their copies asks for hundreds of parents, and opening a column reads its
//! header.

use crate::error::Result;
use crate::index::reader::{IndexHandle, text_of};
use crate::index::schema::kind;
use std::collections::HashMap;
use tantivy::columnar::Column;
use tantivy::{DocAddress, Searcher, TantivyDocument};

/// Reads parents, keeping each segment's column once opened.
pub struct Parents {
    name: String,
    columns: HashMap<u32, Option<Column<u64>>>,
}

impl Parents {
    /// A reader for `handle`'s `parent` column.
    pub fn new(handle: &IndexHandle) -> Parents {
        let name = handle.index.schema().get_field_name(handle.fields.parent).to_owned();
        Parents { name, columns: HashMap::new() }
    }

    /// The parent of the document at `at`, when it has one.
    pub fn of(&mut self, searcher: &Searcher, at: DocAddress) -> Option<DocAddress> {
        let name = &self.name;
        let column = self
            .columns
            .entry(at.segment_ord)
            .or_insert_with(|| searcher.segment_reader(at.segment_ord).fast_fields().u64(name).ok());
        let back = u32::try_from(column.as_ref()?.first(at.doc_id)?).ok().filter(|&b| b > 0)?;
        Some(DocAddress::new(at.segment_ord, at.doc_id.checked_sub(back)?))
    }

    /// The document that holds what is shown of `doc`'s article (title, outlet, link) and
    /// its passage text: a quote's passage; any other document itself.
    pub fn shown(
        &mut self,
        handle: &IndexHandle,
        searcher: &Searcher,
        at: DocAddress,
        doc: &TantivyDocument,
    ) -> Result<TantivyDocument> {
        if text_of(doc, handle.fields.kind).as_deref() != Some(kind::QUOTE) {
            return Ok(doc.clone());
        }
        match self.of(searcher, at) {
            Some(passage) => searcher.doc(passage).map_err(handle.err()),
            None => Ok(doc.clone()),
        }
    }
}
