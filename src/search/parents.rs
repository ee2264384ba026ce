//! A document's parent in its article's block (a quote's or reported statement's passage, a
//! passage's article; see
//! `index::schema`), read through the `parent` column, each segment's column opened once per search: a page
//! of hits and their copies asks for hundreds of parents, and opening a column reads its
//! header.

use super::columns::PerSegment;
use super::join::parent_doc;
use crate::error::Result;
use crate::index::reader::{IndexHandle, text_of};
use crate::index::schema::kind;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use tantivy::columnar::Column;
use tantivy::schema::Field;
use tantivy::{DocAddress, Searcher, TantivyDocument};

/// Reads parents, keeping each segment's column once opened.
pub struct Parents {
    columns: PerSegment<Column<u64>>,
    /// The article fields read so far, by article document: a hit and its own citation,
    /// or the quotes of one article, share them.
    articles: HashMap<DocAddress, Vec<(Field, String)>>,
}

impl Parents {
    /// A reader for `handle`'s `parent` column.
    pub fn new(handle: &IndexHandle) -> Parents {
        let name = handle.index.schema().get_field_name(handle.fields.parent).to_owned();
        Parents { columns: PerSegment::new(name, |fast, name| fast.u64(name).ok()), articles: HashMap::new() }
    }

    /// The parent of the document at `at`, when it has one.
    pub fn of(&mut self, searcher: &Searcher, at: DocAddress) -> Option<DocAddress> {
        let column = self.columns.get(searcher, at.segment_ord)?;
        Some(DocAddress::new(at.segment_ord, parent_doc(column, at.doc_id)?))
    }

    /// The article of the document at `at`: the top of its chain of parents (itself for
    /// an article).
    pub fn article(&mut self, searcher: &Searcher, at: DocAddress) -> DocAddress {
        let mut top = at;
        while let Some(up) = self.of(searcher, top) {
            top = up;
        }
        top
    }

    /// What is shown of `doc`: its passage text (a quote's or reported statement's passage's; any other
    /// document's own fields) with the fields of its article that only the article
    /// document stores (id, title, link, file; see `index::writer`).
    pub fn shown(
        &mut self,
        handle: &IndexHandle,
        searcher: &Searcher,
        at: DocAddress,
        doc: &TantivyDocument,
    ) -> Result<TantivyDocument> {
        let f = &handle.fields;
        let doc_kind = text_of(doc, f.kind);
        if doc_kind.as_deref() == Some(kind::ARTICLE) {
            return Ok(doc.clone());
        }
        let passage = match self.of(searcher, at).filter(|_| doc_kind.as_deref().is_some_and(kind::is_statement)) {
            Some(passage) => passage,
            None => at,
        };
        let mut shown = if passage == at { doc.clone() } else { searcher.doc(passage).map_err(handle.err())? };
        let article = self.article(searcher, passage);
        if article == passage {
            return Ok(shown);
        }
        let values = match self.articles.entry(article) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(slot) => {
                let doc: TantivyDocument = searcher.doc(article).map_err(handle.err())?;
                let fields = [f.article_id, f.title, f.url, f.source_path];
                slot.insert(fields.into_iter().filter_map(|field| Some((field, text_of(&doc, field)?))).collect())
            }
        };
        for (field, value) in values.iter() {
            shown.add_text(*field, value);
        }
        Ok(shown)
    }
}
