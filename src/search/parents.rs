//! A document's parent in its article's block (a quote's passage; see `index::schema`),
//! (or reported statement's) read through the `parent` column, each segment's column opened once per search: a page
//! of hits and their copies asks for hundreds of parents, and opening a column reads its
//! header.

use super::columns::PerSegment;
use super::join::parent_doc;
use crate::error::Result;
use crate::index::reader::{IndexHandle, text_of};
use crate::index::schema::kind;
use tantivy::columnar::Column;
use tantivy::{DocAddress, Searcher, TantivyDocument};

/// Reads parents, keeping each segment's column once opened.
pub struct Parents {
    columns: PerSegment<Column<u64>>,
}

impl Parents {
    /// A reader for `handle`'s `parent` column.
    pub fn new(handle: &IndexHandle) -> Parents {
        let name = handle.index.schema().get_field_name(handle.fields.parent).to_owned();
        Parents { columns: PerSegment::new(name, |fast, name| fast.u64(name).ok()) }
    }

    /// The parent of the document at `at`, when it has one.
    pub fn of(&mut self, searcher: &Searcher, at: DocAddress) -> Option<DocAddress> {
        let column = self.columns.get(searcher, at.segment_ord)?;
        Some(DocAddress::new(at.segment_ord, parent_doc(column, at.doc_id)?))
    }

    /// The document that holds what is shown of `doc`'s article (title, outlet, link) and
    /// its passage text: a quote's (or reported statement's) passage; any other document
    /// itself.
    pub fn shown(
        &mut self,
        handle: &IndexHandle,
        searcher: &Searcher,
        at: DocAddress,
        doc: &TantivyDocument,
    ) -> Result<TantivyDocument> {
        if !text_of(doc, handle.fields.kind).is_some_and(|k| kind::is_statement(&k)) {
            return Ok(doc.clone());
        }
        match self.of(searcher, at) {
            Some(passage) => searcher.doc(passage).map_err(handle.err()),
            None => Ok(doc.clone()),
        }
    }
}
