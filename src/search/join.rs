//! Quotes reached through their passage: a block join.
//!
//! A quote document indexes its own words, not its passage's (see `index::schema`): the
//! passage is indexed once, on the passage document written just before its quotes in the
//! article's block. [`ChildrenOf`] turns a clause asked of passages (a word around the
//! quote, a title) into the quotes of the passages it matches, each with its passage's
//! score; `search::query` puts such clauses beside the ones asked of the quote itself, so
//! that AND, OR and NOT combine them on quote documents. A passage finds its quotes as the
//! documents after it whose `parent` column (the distance back to their parent) points to
//! it.
//!
//! Titles are indexed on article documents only: [`ChildrenOf`] with [`Depth::Descendants`]
//! turns a clause asked of articles into every document of the matching articles' blocks
//! (their passages and quotes), which the search's kind filter then narrows.
//!
//! Per segment the matches are gathered in one pass over the inner query, in document
//! order, and kept as a sorted list: at most one entry per quote of the segment.

use super::columns::OpenColumns;
use std::sync::Arc;
use tantivy::columnar::Column;
use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// Which documents under a matching parent [`ChildrenOf`] yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Those whose parent it is (a passage's quotes).
    Children,
    /// Every document after it whose chain of parents leads to it (an article's passages
    /// and their quotes).
    Descendants,
}

/// The documents whose parent matches `parents` (the quotes of the matching passages),
/// each scored with its parent's score.
#[derive(Debug)]
pub struct ChildrenOf {
    /// Runs on the parents (passage documents).
    pub parents: Box<dyn Query>,
    /// The fast column holding each document's distance back to its parent.
    pub parent: String,
    /// Children only, or every descendant.
    pub reach: Depth,
    /// Where the `parent` column of each segment is kept open.
    pub columns: Arc<OpenColumns>,
}

impl Clone for ChildrenOf {
    fn clone(&self) -> Self {
        ChildrenOf {
            parents: self.parents.box_clone(),
            parent: self.parent.clone(),
            reach: self.reach,
            columns: self.columns.clone(),
        }
    }
}

impl Query for ChildrenOf {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let parents = self.parents.weight(scoring)?;
        Ok(Box::new(ChildrenOfWeight {
            parents,
            parent: self.parent.clone(),
            reach: self.reach,
            columns: self.columns.clone(),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.parents.query_terms(visitor);
    }
}

struct ChildrenOfWeight {
    parents: Box<dyn Weight>,
    parent: String,
    reach: Depth,
    columns: Arc<OpenColumns>,
}

impl ChildrenOfWeight {
    /// The children of one segment's matching parents with their scores, in document order.
    fn matches(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Vec<(DocId, Score)>> {
        let parent = self.columns.u64(reader, &self.parent)?;
        Ok(children_of(&mut *self.parents.scorer(reader, boost)?, &parent, reader.max_doc(), self.reach))
    }
}

impl Weight for ChildrenOfWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(Listed { hits: self.matches(reader, boost)?, at: 0 }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let hits = self.matches(reader, 1.0)?;
        match hits.binary_search_by_key(&doc, |&(d, _)| d) {
            Ok(i) => Ok(Explanation::new("quote matched through its passage", hits[i].1)),
            Err(_) => Err(tantivy::TantivyError::InvalidArgument(format!("document {doc} does not match"))),
        }
    }
}

/// The parent of `doc` in its block (a quote's passage, a passage's article), read from
/// the `parent` column; none for an article.
pub fn parent_doc(parent: &Column<u64>, doc: DocId) -> Option<DocId> {
    let back = u32::try_from(parent.first(doc)?).ok().filter(|&b| b > 0)?;
    doc.checked_sub(back)
}

/// The documents that point back to each document `parents` yields (a passage's quotes,
/// which follow it in its block), each with its parent's score; with
/// [`Depth::Descendants`], also those that point back to one of these, and so on (a
/// document's parent always comes before it in its block). A parent met inside the
/// descendants of an earlier one adds nothing: its own are among them.
fn children_of(parents: &mut dyn Scorer, parent: &Column<u64>, max_doc: DocId, reach: Depth) -> Vec<(DocId, Score)> {
    let mut out = Vec::new();
    let mut covered = 0;
    while parents.doc() != TERMINATED {
        let (at, score) = (parents.doc(), parents.score());
        let mut child = at + 1;
        if at >= covered {
            while child < max_doc {
                let belongs = match (reach, parent_doc(parent, child)) {
                    (Depth::Children, up) => up == Some(at),
                    (Depth::Descendants, up) => up.is_some_and(|up| up >= at),
                };
                if !belongs {
                    break;
                }
                out.push((child, score));
                child += 1;
            }
            covered = if reach == Depth::Descendants { child } else { 0 };
        }
        parents.advance();
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
