//! A document's parent in its article's block (a quote's or reported statement's passage, a
//! passage's article; see `index::schema`), read through the `parent` column. And the stored
//! documents themselves ([`Parents::doc`]): what a fast column holds is not stored again
//! (schema 9), so a document is read back with those fields restored from the columns. A
//! page of hits and their copies asks for hundreds of parents and documents: the columns
//! come from the commit's [`OpenColumns`], opened once per segment for every search
//! (opening them per search was an eighth of a facet search's instructions at a million
//! passages).

use super::columns::OpenColumns;
use super::join::parent_doc;
use crate::error::Result;
use crate::index::reader::{IndexHandle, text_of};
use crate::index::schema::{FROM_COLUMNS, Kind, field_spec, kind};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;
use tantivy::columnar::{Column, StrColumn};
use tantivy::schema::Field;
use tantivy::{DocAddress, DocId, Searcher, SegmentReader, TantivyDocument};

/// Reads parents and stored documents.
pub struct Parents {
    /// The commit's columns.
    open: Arc<OpenColumns>,
    /// The `parent` column's name.
    parent: String,
    /// The article fields read so far, by article document: a hit and its own citation,
    /// or the quotes of one article, share them.
    articles: HashMap<DocAddress, Vec<(Field, String)>>,
    /// The columns of [`FROM_COLUMNS`], by segment, with the values this reader met.
    restored: HashMap<u32, Vec<(Field, Restored)>>,
}

/// The fast column a stored field is restored from, with the values of a text column's
/// ordinals read so far (a page's documents share a few kinds, outlets and date sources).
enum Restored {
    Words(StrColumn, HashMap<u64, String>),
    Numbers(Column<u64>),
}

impl Restored {
    /// The column of `name` in `segment`; none when the segment holds no value of it, an
    /// error when the column cannot be read (a damaged index, as elsewhere).
    fn open(open: &OpenColumns, segment: &SegmentReader, name: &str) -> tantivy::Result<Option<Restored>> {
        Ok(match field_spec(name).map(|f| f.kind) {
            None => None,
            Some(Kind::Number | Kind::Day | Kind::Hash) => open.u64_opt(segment, name)?.map(Restored::Numbers),
            Some(_) => open.str(segment, name)?.map(|words| Restored::Words(words, HashMap::new())),
        })
    }

    /// Adds the values of `doc` to `into` as `field`'s.
    fn add(&mut self, doc: DocId, field: Field, into: &mut TantivyDocument) {
        match self {
            Restored::Words(column, names) => {
                for ord in column.term_ords(doc) {
                    let name = names.entry(ord).or_insert_with(|| {
                        let mut text = String::new();
                        column.ord_to_str(ord, &mut text).map(|_| text).unwrap_or_default()
                    });
                    into.add_text(field, name.as_str());
                }
            }
            Restored::Numbers(column) => {
                for n in column.values_for_doc(doc) {
                    into.add_u64(field, n);
                }
            }
        }
    }
}

impl Parents {
    /// A reader for `handle`'s `parent` column and stored documents.
    pub fn new(handle: &IndexHandle) -> Parents {
        let name = handle.index.schema().get_field_name(handle.fields.parent).to_owned();
        Parents { open: OpenColumns::of(handle), parent: name, articles: HashMap::new(), restored: HashMap::new() }
    }

    /// The stored document at `at` with the fields of [`FROM_COLUMNS`] restored from their
    /// fast columns: what the document store held before schema 9.
    pub fn doc(&mut self, handle: &IndexHandle, searcher: &Searcher, at: DocAddress) -> Result<TantivyDocument> {
        let mut doc: TantivyDocument = searcher.doc(at).map_err(handle.err())?;
        let columns = match self.restored.entry(at.segment_ord) {
            Entry::Occupied(kept) => kept.into_mut(),
            Entry::Vacant(slot) => {
                let segment = searcher.segment_reader(at.segment_ord);
                let schema = handle.index.schema();
                let mut columns = Vec::new();
                for name in FROM_COLUMNS {
                    let Ok(field) = schema.get_field(name) else { continue };
                    if let Some(column) = Restored::open(&self.open, segment, name).map_err(handle.err())? {
                        columns.push((field, column));
                    }
                }
                slot.insert(columns)
            }
        };
        for (field, column) in columns.iter_mut() {
            column.add(at.doc_id, *field, &mut doc);
        }
        Ok(doc)
    }

    /// The parent of the document at `at`, when it has one.
    pub fn of(&mut self, searcher: &Searcher, at: DocAddress) -> Option<DocAddress> {
        let column = self.open.u64(searcher.segment_reader(at.segment_ord), &self.parent).ok()?;
        Some(DocAddress::new(at.segment_ord, parent_doc(&column, at.doc_id)?))
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
        let mut shown = if passage == at { doc.clone() } else { self.doc(handle, searcher, passage)? };
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
