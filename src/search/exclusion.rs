//! Excluded clauses (`-word`, `NOT "a phrase"`) wrapped so that tantivy asks them only what
//! every scorer can answer.
//!
//! Found by fuzzing the query (`fuzz/`, target `query`): in tantivy 0.27 the exclusion of a
//! phrase whose words never meet in a segment (`rights -"x law"`) calls the phrase scorer's
//! `seek_danger` after it has run out, which trips a debug assertion. Release builds give
//! the right answer, but a debug build (the tests) called the index damaged. The wrapper's
//! scorer keeps `DocSet`'s own `seek_danger`, which never seeks a scorer backwards.

use tantivy::query::{BooleanQuery, EnableScoring, Explanation, Occur, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

/// `query` with each `MustNot` clause, at any depth of boolean queries, wrapped.
pub fn guard(query: Box<dyn Query>) -> Box<dyn Query> {
    let Some(boolean) = query.downcast_ref::<BooleanQuery>() else { return query };
    let clauses = boolean
        .clauses()
        .iter()
        .map(|(occur, clause)| {
            let clause = guard(clause.box_clone());
            let clause: Box<dyn Query> = if *occur == Occur::MustNot { Box::new(Excluded(clause)) } else { clause };
            (*occur, clause)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// An excluded clause.
#[derive(Debug)]
struct Excluded(Box<dyn Query>);

impl Clone for Excluded {
    fn clone(&self) -> Self {
        Excluded(self.0.box_clone())
    }
}

impl Query for Excluded {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ExcludedWeight(self.0.weight(enable_scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor);
    }
}

struct ExcludedWeight(Box<dyn Weight>);

impl Weight for ExcludedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ExcludedScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

/// Delegates all but `seek_danger` (left to `DocSet`'s default: seek only forwards).
struct ExcludedScorer(Box<dyn Scorer>);

impl DocSet for ExcludedScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.0.doc();
        if doc >= target { doc } else { self.0.seek(target) }
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }

    fn cost(&self) -> u64 {
        self.0.cost()
    }
}

impl Scorer for ExcludedScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}
