//! Ranking without `--reported` as if reported statements were not in the index.
//!
//! BM25 weighs a word by how many documents hold it among all the documents, and a match by
//! its field's length against the field's average: every document added moves every score.
//! Reported statements keep their words in a field of their own (`reported`), so the
//! `quote` field's counts are untouched; what they do add is documents (to the total) and
//! speakers (to the `speaker` field's terms and tokens). [`WithoutReported`] gives the
//! scorer the counts of the index less the reported statements, so that a search without
//! `--reported` ranks exactly as the same index without them would: same scores, same
//! order. The reported statements' share of the totals is worked out once per commit, and
//! only when a search ranks (a search without words, `--speaker blair`, never asks for it:
//! a one-shot process saved 14 M instructions, walking every reported statement).

use crate::error::Error;
use crate::index::reader::IndexHandle;
use crate::index::schema::{Fields, kind};
use std::sync::OnceLock;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet, Searcher, SegmentReader, TERMINATED, Term};

/// What the reported statements add to the totals BM25 reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ReportedShare {
    /// Live reported documents.
    docs: u64,
    /// Tokens of their `speaker` field (deleted ones too, as tantivy counts tokens).
    speaker_tokens: u64,
}

/// The index's BM25 counts without its reported statements.
pub struct WithoutReported<'a> {
    handle: &'a IndexHandle,
    searcher: &'a Searcher,
    fields: Fields,
    /// The reported statements' share, read when first asked for.
    share: OnceLock<ReportedShare>,
}

impl<'a> WithoutReported<'a> {
    /// The counts of `searcher`'s commit, less its reported statements (their share read
    /// once per commit, when a search first ranks by it).
    pub fn new(handle: &'a IndexHandle, searcher: &'a Searcher) -> WithoutReported<'a> {
        WithoutReported { handle, searcher, fields: handle.fields.clone(), share: OnceLock::new() }
    }

    /// The reported statements' share of the totals: this search's, the commit's, or read
    /// now (and kept for the commit). A failure to read it is tantivy's error, as the
    /// totals' own are.
    fn share(&self) -> tantivy::Result<ReportedShare> {
        if let Some(share) = self.share.get() {
            return Ok(*share);
        }
        let mut failure = None;
        let made = self.handle.memoized(self.searcher, "reported share", || {
            reported_share(self.searcher, &self.fields).map_err(|cause| {
                let error = Error::Internal(cause.to_string());
                failure = Some(cause);
                error
            })
        });
        match (made, failure) {
            (Ok(share), _) => Ok(*self.share.get_or_init(|| *share)),
            (Err(_), Some(cause)) => Err(cause),
            (Err(error), None) => Err(tantivy::TantivyError::InternalError(error.to_string())),
        }
    }

    /// The reported documents of a segment holding `term` (deleted ones too, as tantivy's
    /// document frequencies count them).
    fn reported_with(&self, segment: &SegmentReader, term: &Term) -> tantivy::Result<u64> {
        let Some(mut reported) = reported_postings(segment, &self.fields)? else { return Ok(0) };
        let Some(mut holding) = segment.inverted_index(term.field())?.read_postings(term, IndexRecordOption::Basic)?
        else {
            return Ok(0);
        };
        let mut n = 0;
        let mut doc = holding.doc();
        while doc != TERMINATED {
            let next_reported = if reported.doc() < doc { reported.seek(doc) } else { reported.doc() };
            if next_reported == TERMINATED {
                break;
            }
            if next_reported == doc {
                n += 1;
                doc = holding.advance();
            } else {
                doc = holding.seek(next_reported);
            }
        }
        Ok(n)
    }
}

impl Bm25StatisticsProvider for WithoutReported<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let all = self.searcher.total_num_tokens(field)?;
        Ok(if field == self.fields.speaker { all.saturating_sub(self.share()?.speaker_tokens) } else { all })
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.searcher.total_num_docs()?.saturating_sub(self.share()?.docs))
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let all = self.searcher.doc_freq(term)?;
        // Reported documents hold only these of the fields a query ranks by: `reported`
        // (never asked without --reported) and `speaker`.
        if term.field() != self.fields.speaker {
            return Ok(all);
        }
        let mut reported = 0;
        for segment in self.searcher.segment_readers() {
            reported += self.reported_with(segment, term)?;
        }
        Ok(all.saturating_sub(reported))
    }
}

/// The postings of `kind:reported` in a segment.
fn reported_postings(
    segment: &SegmentReader,
    fields: &Fields,
) -> tantivy::Result<Option<tantivy::postings::SegmentPostings>> {
    let term = Term::from_field_text(fields.kind, kind::REPORTED);
    Ok(segment.inverted_index(fields.kind)?.read_postings(&term, IndexRecordOption::Basic)?)
}

/// The reported statements' documents and `speaker` tokens, over every segment.
fn reported_share(searcher: &Searcher, fields: &Fields) -> tantivy::Result<ReportedShare> {
    let mut share = ReportedShare::default();
    for segment in searcher.segment_readers() {
        let Some(mut postings) = reported_postings(segment, fields)? else { continue };
        let norms = segment.get_fieldnorms_reader(fields.speaker)?;
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if !segment.is_deleted(doc) {
                share.docs += 1;
            }
            share.speaker_tokens += u64::from(norms.fieldnorm(doc));
            doc = postings.advance();
        }
    }
    Ok(share)
}

#[cfg(test)]
mod tests {
    use crate::error::{Error, Result};
    use crate::index::reader::IndexHandle;
    use crate::index::writer::IndexWriter;
    use crate::model::Article;
    use crate::search::request::SearchRequest;
    use crate::search::run::search;

    const ARTICLES: [&str; 3] = [
        "\"The harbour will reopen in May,\" Ana Soto said. Soto said the harbour budget was spent.",
        "Ana Soto said the port strike would end. \"The strike is over,\" said Luis Reyes of the union.",
        "\"We rebuilt the harbour wall,\" said Ana Soto. The mayor said the harbour wall would hold.",
    ];

    /// An index of [`ARTICLES`], with their reported statements or without them.
    fn index(dir: &std::path::Path, reported: bool) -> Result<IndexHandle> {
        let mut writer = IndexWriter::open(dir, 15_000_000, false)?;
        for (n, body) in ARTICLES.iter().enumerate() {
            let article = Article { id: format!("a{n}"), body: (*body).into(), ..Article::default() };
            writer.admit(&article)?;
            let mut analyzed = crate::extract::analyze(article);
            assert!(!analyzed.reported.is_empty(), "{body}");
            if !reported {
                analyzed.reported.clear();
            }
            writer.add(&analyzed)?;
        }
        writer.finish()?;
        IndexHandle::open(dir)
    }

    #[test]
    fn without_reported_a_search_ranks_as_an_index_without_them() -> Result<()> {
        let tmp = tempfile::tempdir().map_err(|cause| Error::Io { path: "tmp".into(), cause })?;
        let (with, without) = (index(&tmp.path().join("with"), true)?, index(&tmp.path().join("without"), false)?);
        for text in ["harbour", "soto harbour", "strike", "\"harbour wall\""] {
            for passages in [false, true] {
                let req = SearchRequest { text: Some(text.into()), passages, ..SearchRequest::default() };
                let (a, b) = (search(&with, &req)?, search(&without, &req)?);
                assert!(a.total > 0, "{text}");
                let scored = |r: &crate::search::hit::SearchResults| {
                    r.hits.iter().map(|h| (h.citation.clone(), h.score)).collect::<Vec<_>>()
                };
                assert_eq!(scored(&a), scored(&b), "{text} (passages: {passages})");
            }
        }
        // With --reported the statements are there.
        let req = SearchRequest { text: Some("harbour".into()), reported: true, ..SearchRequest::default() };
        let found = search(&with, &req)?;
        assert!(found.hits.iter().any(|h| h.kind == crate::search::hit::HitKind::Reported));
        Ok(())
    }
}
