//! Export: the index as documents for a distributed engine. [`write_documents`] streams
//! every document with every field the index can give back, as JSON Lines or as an
//! OpenSearch/Elasticsearch `_bulk` body; [`mapping`] writes the index definitions those
//! engines (and Quickwit) need, and [`explain`] the request a `newsquote search` becomes
//! there. All three read the one field table, [`crate::index::schema::FIELDS`].
//!
//! Order: by article key (a hash of the article id); within an article, the article
//! document, then each passage by its offset in the body followed by its quotes (these in
//! the article's order: an article's documents are one block, in one segment, which merges
//! keep in order). None of it depends on where a document sits in the index (segments,
//! merges, the writer's threads), so two exports of one index are identical,
//! and so is an export after the same files are ingested again. Memory: one term cursor
//! and a bit per document (quote or not) per segment, the addresses of one article's
//! documents, and the document being written.

pub mod explain;
pub mod mapping;

use crate::error::Result;
use crate::index::reader::IndexHandle;
use crate::index::schema::{FIELDS, FieldSpec, Kind, UNDATED, kind, tiebreak};
use crate::model::Date;
use crate::passage::quote_window;
use serde_json::{Map, Value};
use std::io::Write;
use std::sync::Arc;
use tantivy::columnar::{Column, StrColumn};
use tantivy::postings::TermInfo;
use tantivy::schema::{Field, IndexRecordOption, TantivyDocument, Value as _};
use tantivy::store::StoreReader;
use tantivy::{BitSet, DocId, DocSet, InvertedIndexReader, Searcher, SegmentReader, TERMINATED, Term};

/// The name the mappings, the bulk body and the explained requests give the index unless
/// told otherwise.
pub const DEFAULT_INDEX_NAME: &str = "newsquote";

/// Decompressed document-store blocks kept per segment while exporting.
const STORE_CACHE_BLOCKS: usize = 4;

/// How documents are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentFormat {
    /// One JSON object per line.
    Ndjson,
    /// A `_bulk` body: an `index` action line naming the document's `_id` (see
    /// [`document_id`]) and, when given, the target index, then the document.
    Bulk {
        /// `_index` of each action; `None` leaves it to the request's URL.
        index: Option<String>,
    },
}

/// Writes every document of the index to `out` in `format`, returning how many were
/// written. An index failure is the outer error; a failed write (a closed pipe) the
/// inner one, so that the caller can tell them apart.
pub fn write_documents(
    handle: &IndexHandle,
    format: &DocumentFormat,
    out: &mut dyn Write,
) -> Result<std::io::Result<u64>> {
    handle.guard(|| {
        let searcher = handle.searcher();
        let mut written = 0u64;
        let emit = |doc: Map<String, Value>| -> std::io::Result<()> {
            if let DocumentFormat::Bulk { index } = format {
                let id = Value::String(document_id(&doc));
                let mut action = Map::new();
                if let Some(name) = index {
                    action.insert("_index".into(), Value::String(name.clone()));
                }
                action.insert("_id".into(), id);
                serde_json::to_writer(&mut *out, &serde_json::json!({ "index": action }))?;
                out.write_all(b"\n")?;
            }
            serde_json::to_writer(&mut *out, &doc)?;
            out.write_all(b"\n")?;
            written += 1;
            Ok(())
        };
        match walk(handle, &searcher, emit)? {
            Ok(()) => Ok(Ok(written)),
            Err(e) => Ok(Err(e)),
        }
    })
}

/// The `_id` of an exported document: its citation, which is unique for articles and
/// quotes; a passage adds `@` and its byte offset in the body, since a paragraph cut into
/// several passages gives them one citation. Both depend only on the article's id and text,
/// so an article ingested again keeps its ids.
pub fn document_id(doc: &Map<String, Value>) -> String {
    let citation = doc.get("citation").and_then(Value::as_str).unwrap_or_default();
    match (doc.get("kind").and_then(Value::as_str), doc.get("passage_start").and_then(Value::as_u64)) {
        (Some(kind::PASSAGE), Some(start)) => format!("{citation}@{start}"),
        _ => citation.to_owned(),
    }
}

/// A field as the export reads it: its declaration and its handle.
struct Source {
    spec: &'static FieldSpec,
    field: Field,
}

/// The fast columns of one segment, for the exported fields that are not stored.
enum FastColumn {
    Words(Option<StrColumn>),
    Numbers(Option<Column<u64>>),
}

/// Where an article's place in the export comes from: a document's order key, its segment
/// and its id there.
type Placed = ((u64, u8), usize, DocId);

/// What the export reads from one segment.
struct SegmentParts<'a> {
    reader: &'a SegmentReader,
    /// The `article_key` terms and their postings.
    keys: Arc<InvertedIndexReader>,
    /// One per [`Source`]: the fast column of a field that is not stored.
    columns: Vec<Option<FastColumn>>,
    /// The stored documents, with a few decompressed blocks cached: an article's documents
    /// lie together, and the articles of a segment are met in key order, not in the
    /// store's, so a larger cache (the searcher's keeps 100 blocks, 6.4 MB, per segment)
    /// would hold blocks seldom met again.
    store: StoreReader,
    order: OrderColumns,
}

impl<'a> SegmentParts<'a> {
    fn open(reader: &'a SegmentReader, handle: &IndexHandle, sources: &[Source]) -> tantivy::Result<Self> {
        Ok(SegmentParts {
            reader,
            keys: reader.inverted_index(handle.fields.article_key)?,
            columns: fast_columns(reader, sources)?,
            store: reader.get_store_reader(STORE_CACHE_BLOCKS)?,
            order: OrderColumns::open(reader, handle)?,
        })
    }

    /// Adds the live documents of the article whose key has the postings `info` here.
    fn gather(&self, segment: usize, info: &TermInfo, into: &mut Vec<Placed>) -> std::io::Result<()> {
        let mut postings = self.keys.read_postings_from_terminfo(info, IndexRecordOption::Basic)?;
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if !self.reader.is_deleted(doc) {
                into.push((self.order.key(doc), segment, doc));
            }
            doc = postings.advance();
        }
        Ok(())
    }
}

/// Calls `emit` with every live document, in article-key order (see the module notes):
/// a k-way merge of the segments' sorted article keys. An article's documents are written
/// as one block in one segment, but nothing here relies on it: they are gathered from every
/// segment, as addresses, and put in the article's order before any is read.
fn walk(
    handle: &IndexHandle,
    searcher: &Searcher,
    mut emit: impl FnMut(Map<String, Value>) -> std::io::Result<()>,
) -> Result<std::io::Result<()>> {
    let err = handle.err();
    let io_err = |e: std::io::Error| err(e.into());
    let schema = handle.index.schema();
    let sources: Vec<Source> = FIELDS
        .iter()
        .filter(|spec| spec.exportable())
        .filter_map(|spec| schema.get_field(spec.name).ok().map(|field| Source { spec, field }))
        .collect();
    let parts: Vec<SegmentParts> = searcher
        .segment_readers()
        .iter()
        .map(|reader| SegmentParts::open(reader, handle, &sources))
        .collect::<tantivy::Result<_>>()
        .map_err(&err)?;
    let mut streams = Vec::with_capacity(parts.len());
    for part in &parts {
        streams.push(part.keys.terms().stream().map_err(io_err)?);
    }
    let mut live: Vec<bool> = streams.iter_mut().map(|s| s.advance()).collect();
    let mut article: Vec<Placed> = Vec::new();
    loop {
        let smallest = streams.iter().zip(&live).filter(|(_, l)| **l).map(|(s, _)| s.key()).min().map(<[u8]>::to_vec);
        let Some(key) = smallest else { return Ok(Ok(())) };
        article.clear();
        for (n, stream) in streams.iter_mut().enumerate() {
            if live[n] && stream.key() == key.as_slice() {
                parts[n].gather(n, stream.value(), &mut article).map_err(io_err)?;
                live[n] = stream.advance();
            }
        }
        article.sort_unstable();
        let (mut article_doc, mut passage) = (Map::new(), Map::new());
        for &(_, n, doc) in &article {
            let stored: TantivyDocument = parts[n].store.get(doc).map_err(&err)?;
            let mut out = document(&sources, &stored, &parts[n].columns, doc);
            denormalise(&mut out, &mut article_doc, &mut passage);
            if let Err(e) = emit(out) {
                return Ok(Err(e));
            }
        }
    }
}

/// What orders the documents of one article, read from one segment's fast columns and
/// postings: the article document first, then each passage by its offset in the body,
/// followed by its quotes and then its reported statements (in the order the writer gave
/// them: an article's documents are one block, which merges keep in order, so the address
/// breaks the tie).
struct OrderColumns {
    passage_start: Option<Column<u64>>,
    quotes: BitSet,
    reported: BitSet,
}

impl OrderColumns {
    fn open(segment: &SegmentReader, handle: &IndexHandle) -> tantivy::Result<OrderColumns> {
        let f = &handle.fields;
        let fast = segment.fast_fields();
        let of_kind = |doc_kind: &str| -> tantivy::Result<BitSet> {
            let mut docs = BitSet::with_max_value(segment.max_doc());
            let term = Term::from_field_text(f.kind, doc_kind);
            if let Some(mut postings) =
                segment.inverted_index(f.kind)?.read_postings(&term, IndexRecordOption::Basic)?
            {
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    docs.insert(doc);
                    doc = postings.advance();
                }
            }
            Ok(docs)
        };
        let name = |field| handle.index.schema().get_field_name(field).to_owned();
        Ok(OrderColumns {
            passage_start: fast.u64(&name(f.passage_start)).ok(),
            quotes: of_kind(kind::QUOTE)?,
            reported: of_kind(kind::REPORTED)?,
        })
    }

    fn key(&self, doc: DocId) -> (u64, u8) {
        let start = self.passage_start.as_ref().and_then(|c| c.first(doc));
        let rank = match start {
            None => 0,
            Some(_) if self.quotes.contains(doc) => 2,
            Some(_) if self.reported.contains(doc) => 3,
            Some(_) => 1,
        };
        (start.unwrap_or(0), rank)
    }
}

fn fast_columns(segment: &SegmentReader, sources: &[Source]) -> tantivy::Result<Vec<Option<FastColumn>>> {
    let fast = segment.fast_fields();
    let mut columns = Vec::with_capacity(sources.len());
    for s in sources {
        columns.push(match (s.spec.stored, s.spec.kind) {
            (true, _) => None,
            (false, Kind::Number | Kind::Day | Kind::Hash) => Some(FastColumn::Numbers(fast.u64(s.spec.name).ok())),
            (false, _) => Some(FastColumn::Words(fast.str(s.spec.name)?)),
        });
    }
    Ok(columns)
}

/// Fields only the article document stores in the index, written on each of its passages
/// and quotes in the export.
const FROM_ARTICLE: [&str; 4] = ["article_id", "title", "url", "source_path"];

/// Makes an exported document stand alone, as other engines need: a passage, quote or
/// reported statement gets
/// its `tiebreak` (derived from its citation, not kept in the index) and its article's
/// fields (`article`, the last article document written, comes before them in the export's
/// order), a quote or reported statement the passage text around it (`passage`, the last passage document
/// written, comes before its quotes); the undated mark (`date_source` = none) is left out,
/// as the missing `date` says it.
fn denormalise(doc: &mut Map<String, Value>, article: &mut Map<String, Value>, passage: &mut Map<String, Value>) {
    if doc.get("date_source").and_then(Value::as_str) == Some(UNDATED) {
        doc.remove("date_source");
    }
    let doc_kind = doc.get("kind").and_then(Value::as_str).unwrap_or_default().to_owned();
    if doc_kind == kind::ARTICLE {
        article.clone_from(doc);
        return;
    }
    let citation = doc.get("citation").and_then(Value::as_str).unwrap_or_default();
    if let Some(value) = number_value(Kind::Hash, tiebreak(citation)) {
        doc.insert("tiebreak".into(), value);
    }
    for name in FROM_ARTICLE {
        if let (None, Some(v)) = (doc.get(name), article.get(name)) {
            doc.insert(name.to_owned(), v.clone());
        }
    }
    match doc_kind.as_str() {
        kind::PASSAGE => passage.clone_from(doc),
        kind::QUOTE | kind::REPORTED => {
            let at = |name: &str| doc.get(name).and_then(Value::as_u64).unwrap_or(0) as usize;
            let quote = at("quote_start")..at("quote_end");
            if let Some(text) = passage.get("passage").and_then(Value::as_str) {
                doc.insert("passage".into(), Value::String(quote_window(text, quote).to_owned()));
            }
        }
        _ => {}
    }
}

/// One exported document: every readable field that has a value, named as in the index;
/// a field that may hold several values is always a list.
fn document(
    sources: &[Source],
    stored: &TantivyDocument,
    columns: &[Option<FastColumn>],
    doc: DocId,
) -> Map<String, Value> {
    let mut out = Map::new();
    for (source, column) in sources.iter().zip(columns) {
        let values: Vec<Value> = match column {
            None => stored
                .get_all(source.field)
                .filter_map(|v| match (v.as_str(), v.as_u64()) {
                    (Some(text), _) => Some(Value::String(text.to_owned())),
                    (None, Some(n)) => number_value(source.spec.kind, n),
                    _ => None,
                })
                .collect(),
            Some(FastColumn::Words(Some(column))) => {
                let mut values = Vec::new();
                for ord in column.term_ords(doc) {
                    let mut text = String::new();
                    if column.ord_to_str(ord, &mut text).unwrap_or(false) {
                        values.push(Value::String(text));
                    }
                }
                values
            }
            Some(FastColumn::Numbers(Some(column))) => {
                column.values_for_doc(doc).filter_map(|n| number_value(source.spec.kind, n)).collect()
            }
            Some(_) => Vec::new(),
        };
        let value = match (source.spec.multi, values.len()) {
            (_, 0) => continue,
            (true, _) => Value::Array(values),
            (false, _) => values.into_iter().next().unwrap_or(Value::Null),
        };
        out.insert(source.spec.name.to_owned(), value);
    }
    out
}

/// A number as exported: a day as `YYYY-MM-DD`, a hash as 16 hex digits (the `key` of
/// search results), a count as a number.
pub fn number_value(kind: Kind, n: u64) -> Option<Value> {
    match kind {
        Kind::Day => Date::from_number(n).map(|d| Value::String(d.to_string())),
        Kind::Hash => Some(Value::String(format!("{n:016x}"))),
        _ => Some(Value::from(n)),
    }
}
