//! Quotes reached through their passage: a block join.
//!
//! A quote document indexes its own words, not its passage's (see `index::schema`): the
//! passage is indexed once, on the passage document written just before the quote in the
//! article's block. [`QuotesOf`] finds the quotes whose passage matches the words around
//! them (`around`, run on passage documents), or whose own words match (`within`, run on
//! quote documents), among the quotes a filter keeps. Each quote scores its passage's score
//! plus its own, so the passage's words rank every quote in it and the quote's own words
//! rank it above its neighbours. A quote finds its passage through the `parent` column (the
//! distance back to it), and a passage its quotes as the documents after it that point back.
//!
//! Per segment the matches are gathered in one pass over each inner query, in document
//! order, and kept as a sorted list: at most one entry per quote of the segment.

use tantivy::columnar::Column;
use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// The quote documents kept by `filter` whose passage matches `around` or whose own fields
/// match `within`.
#[derive(Debug)]
pub struct QuotesOf {
    /// Runs on passage documents: the words around a quote.
    pub around: Box<dyn Query>,
    /// Runs on quote documents: the quote's own words.
    pub within: Box<dyn Query>,
    /// Which quotes may match at all (kind and filters).
    pub filter: Box<dyn Query>,
    /// The fast column holding each document's distance back to its parent.
    pub parent: String,
}

impl Clone for QuotesOf {
    fn clone(&self) -> Self {
        QuotesOf {
            around: self.around.box_clone(),
            within: self.within.box_clone(),
            filter: self.filter.box_clone(),
            parent: self.parent.clone(),
        }
    }
}

impl Query for QuotesOf {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(QuotesOfWeight {
            around: self.around.weight(scoring)?,
            within: self.within.weight(scoring)?,
            filter: self.filter.weight(scoring)?,
            parent: self.parent.clone(),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.around.query_terms(visitor);
        self.within.query_terms(visitor);
    }
}

struct QuotesOfWeight {
    around: Box<dyn Weight>,
    within: Box<dyn Weight>,
    filter: Box<dyn Weight>,
    parent: String,
}

impl QuotesOfWeight {
    /// The matching quotes of one segment with their scores, in document order.
    fn matches(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Vec<(DocId, Score)>> {
        let parent = reader.fast_fields().u64(&self.parent)?;
        let through_passage = children_of(&mut *self.around.scorer(reader, boost)?, &parent, reader.max_doc());
        let mut own = Vec::new();
        let mut within = self.within.scorer(reader, boost)?;
        while within.doc() != TERMINATED {
            own.push((within.doc(), within.score()));
            within.advance();
        }
        let mut filter = self.filter.scorer(reader, 1.0)?;
        let mut kept = Vec::with_capacity(through_passage.len().max(own.len()));
        for (doc, score) in merge_sum(&through_passage, &own) {
            if filter.doc() < doc {
                filter.seek(doc);
            }
            if filter.doc() == doc {
                kept.push((doc, score));
            }
        }
        Ok(kept)
    }
}

impl Weight for QuotesOfWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(Listed { hits: self.matches(reader, boost)?, at: 0 }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let hits = self.matches(reader, 1.0)?;
        match hits.binary_search_by_key(&doc, |&(d, _)| d) {
            Ok(i) => Ok(Explanation::new("quote matched in its passage or its own words", hits[i].1)),
            Err(_) => Err(tantivy::TantivyError::InvalidArgument(format!("document {doc} does not match"))),
        }
    }
}

/// The documents that point back to each document `parents` yields (a passage's quotes,
/// which follow it in its block), each with its parent's score.
fn children_of(parents: &mut dyn Scorer, parent: &Column<u64>, max_doc: DocId) -> Vec<(DocId, Score)> {
    let mut out = Vec::new();
    while parents.doc() != TERMINATED {
        let (at, score) = (parents.doc(), parents.score());
        let mut child = at + 1;
        while child < max_doc && parent.first(child) == Some(u64::from(child - at)) {
            out.push((child, score));
            child += 1;
        }
        parents.advance();
    }
    out
}

/// Two sorted lists as one, the scores of a document in both added.
fn merge_sum(a: &[(DocId, Score)], b: &[(DocId, Score)]) -> Vec<(DocId, Score)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(&(x, s)), Some(&(y, t))) if x == y => {
                out.push((x, s + t));
                i += 1;
                j += 1;
            }
            (Some(&(x, s)), Some(&(y, _))) if x < y => {
                out.push((x, s));
                i += 1;
            }
            (Some(&(x, s)), None) => {
                out.push((x, s));
                i += 1;
            }
            (_, Some(&(y, t))) => {
                out.push((y, t));
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// A scorer over a sorted list of documents and their scores.
struct Listed {
    hits: Vec<(DocId, Score)>,
    at: usize,
}

impl DocSet for Listed {
    fn advance(&mut self) -> DocId {
        self.at += 1;
        self.doc()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let rest = &self.hits[self.at.min(self.hits.len())..];
        self.at += rest.partition_point(|&(d, _)| d < target);
        self.doc()
    }

    fn doc(&self) -> DocId {
        self.hits.get(self.at).map_or(TERMINATED, |&(d, _)| d)
    }

    fn size_hint(&self) -> u32 {
        u32::try_from(self.hits.len().saturating_sub(self.at)).unwrap_or(u32::MAX)
    }
}

impl Scorer for Listed {
    fn score(&mut self) -> Score {
        self.hits.get(self.at).map_or(0.0, |&(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_lists_add_the_scores_of_shared_documents() {
        let a = [(1, 1.0), (4, 2.0), (9, 0.5)];
        let b = [(2, 3.0), (4, 1.0), (10, 1.0)];
        assert_eq!(merge_sum(&a, &b), vec![(1, 1.0), (2, 3.0), (4, 3.0), (9, 0.5), (10, 1.0)]);
        assert_eq!(merge_sum(&[], &b), b.to_vec());
    }

    #[test]
    fn a_listed_scorer_seeks_forward_only() {
        let mut s = Listed { hits: vec![(3, 1.0), (7, 2.0), (8, 3.0)], at: 0 };
        assert_eq!(s.doc(), 3);
        assert_eq!(s.seek(5), 7);
        assert_eq!(s.score(), 2.0);
        assert_eq!(s.seek(2), 7, "never backwards");
        assert_eq!(s.advance(), 8);
        assert_eq!(s.advance(), TERMINATED);
        assert_eq!(s.seek(100), TERMINATED);
    }
}
