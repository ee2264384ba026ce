//! A validated search request -> a tantivy query -> ranked, cited quote hits.
//!
//! Free text is parsed by tantivy's query parser over the quote (boosted), its passage and
//! the speaker, every word required by default; phrases, `OR`, `-word` and `field:value`
//! work as tantivy documents them. Filters (speaker, person, country, dates) are exact
//! clauses: names match case- and accent-insensitively, word by word, so "petro" finds
//! Gustavo Petro and "rand paul" finds Rand Paul.

use crate::error::{Error, Result};
use crate::extract::dates::parse_date;
use crate::index::reader::{IndexHandle, number_of, text_of};
use crate::index::schema::{NAME_TOKENIZER, kind};
use crate::model::Date;
use serde::{Deserialize, Serialize};
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, TantivyDocument};
use tantivy::tokenizer::TokenStream;
use tantivy::{DocAddress, Order, Term};

/// What the user asked for, validated.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Free-text query; `None` lists every quote that passes the filters, newest first.
    pub text: Option<String>,
    /// Speaker name, or part of it.
    pub speaker: Option<String>,
    /// A person tagged in the quote's passage.
    pub person: Option<String>,
    /// ISO code of a country tagged in the passage.
    pub country: Option<String>,
    /// Earliest publication date, inclusive.
    pub from: Option<Date>,
    /// Latest publication date, inclusive.
    pub to: Option<Date>,
    /// Hits to return.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
}

/// One quote found, with everything needed to cite it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QuoteHit {
    /// The quoted words.
    pub quote: String,
    /// Canonical speaker, if known.
    pub speaker: Option<String>,
    /// The words the speaker was resolved from.
    pub speaker_mention: Option<String>,
    /// Reporting cue.
    pub cue: Option<String>,
    /// True for a short phrase quoted inside the reporter's sentence.
    pub fragment: bool,
    /// Relevance score (0 when listing by date).
    pub score: f32,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Link.
    pub url: Option<String>,
    /// Input file.
    pub source_path: String,
    /// Article id.
    pub article_id: String,
    /// 1-based paragraph number.
    pub paragraph: u64,
    /// Id accepted by `newsquote show`.
    pub citation: String,
    /// The passage the quote stands in.
    pub passage: String,
}

/// A page of hits with the exact number of matches.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SearchResults {
    /// Quotes matching the request.
    pub total: usize,
    /// The requested page.
    pub hits: Vec<QuoteHit>,
}

/// Which end of a date range a bound is for: `2025` means Jan 1 as `--from`, Dec 31 as `--to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// `--from`.
    Start,
    /// `--to`.
    End,
}

/// Parses a date bound: `YYYY`, `YYYY-MM` or a full date in any form [`parse_date`] reads.
pub fn parse_bound(text: &str, side: Side) -> Result<Date> {
    let t = text.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let num = |s: &str| s.parse::<i64>().ok();
    let date = match parts.as_slice() {
        [y] if y.len() == 4 => num(y).and_then(|y| match side {
            Side::Start => Date::new(y as i16, 1, 1),
            Side::End => Date::new(y as i16, 12, 31),
        }),
        [y, m] if y.len() == 4 => num(y).zip(num(m)).and_then(|(y, m)| match side {
            Side::Start => Date::new(y as i16, m as i8, 1),
            Side::End => (28..=31).rev().find_map(|d| Date::new(y as i16, m as i8, d)),
        }),
        _ => parse_date(t),
    };
    date.ok_or_else(|| {
        Error::Request(format!("cannot read date `{text}`: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-11-12)"))
    })
}

/// Runs `req` against the index.
pub fn search(handle: &IndexHandle, req: &SearchRequest) -> Result<SearchResults> {
    let f = &handle.fields;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, term(f.kind, kind::QUOTE))];
    if let Some(text) = req.text.as_deref().filter(|t| !t.trim().is_empty()) {
        let mut parser = QueryParser::for_index(&handle.index, vec![f.quote, f.passage, f.speaker]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.quote, 3.0);
        parser.set_field_boost(f.speaker, 2.0);
        let query = parser.parse_query(text).map_err(|e| {
            Error::Request(format!("cannot read query `{text}`: {e}. Example: \"human rights\" AND petro"))
        })?;
        clauses.push((Occur::Must, query));
    }
    for (value, field) in [(&req.speaker, f.speaker), (&req.person, f.persons)] {
        if let Some(name) = value {
            clauses.push((Occur::Must, name_query(handle, field, name)?));
        }
    }
    if let Some(code) = &req.country {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(Term::from_field_text(f.countries, code), IndexRecordOption::Basic)),
        ));
    }
    if req.from.is_some() || req.to.is_some() {
        let bound = |d: Option<Date>| {
            d.map_or(Bound::Unbounded, |d| Bound::Included(Term::from_field_u64(f.date, d.as_number())))
        };
        clauses.push((Occur::Must, Box::new(RangeQuery::new(bound(req.from), bound(req.to)))));
    }
    let query = BooleanQuery::new(clauses);
    let searcher = handle.searcher();
    let limit = req.limit.max(1);
    let ranked: Vec<(f32, DocAddress)> = if req.text.as_deref().is_some_and(|t| !t.trim().is_empty()) {
        let (top, _) = searcher
            .search(&query, &(TopDocs::with_limit(limit).and_offset(req.offset).order_by_score(), Count))
            .map_err(handle.err())?;
        top
    } else {
        let top: Vec<(Option<u64>, DocAddress)> = searcher
            .search(&query, &TopDocs::with_limit(limit).and_offset(req.offset).order_by_fast_field("date", Order::Desc))
            .map_err(handle.err())?;
        top.into_iter().map(|(_, a)| (0.0, a)).collect()
    };
    let total = searcher.search(&query, &Count).map_err(handle.err())?;
    let mut hits = Vec::with_capacity(ranked.len());
    for (score, addr) in ranked {
        let doc: TantivyDocument = searcher.doc(addr).map_err(handle.err())?;
        hits.push(hit_from(handle, &doc, score));
    }
    Ok(SearchResults { total, hits })
}

fn term(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
}

/// Every word of `name`, folded as the index folds names, required in `field`.
fn name_query(handle: &IndexHandle, field: Field, name: &str) -> Result<Box<dyn Query>> {
    let mut analyzer =
        handle.index.tokenizers().get(NAME_TOKENIZER).ok_or_else(|| Error::Request("name tokenizer missing".into()))?;
    let mut words = Vec::new();
    let mut stream = analyzer.token_stream(name);
    while stream.advance() {
        words.push(stream.token().text.clone());
    }
    if words.is_empty() {
        return Err(Error::Request(format!("`{name}` holds no letters to match a name with")));
    }
    let clauses = words
        .into_iter()
        .map(|w| {
            (
                Occur::Must,
                Box::new(TermQuery::new(Term::from_field_text(field, &w), IndexRecordOption::Basic)) as Box<dyn Query>,
            )
        })
        .collect();
    Ok(Box::new(BooleanQuery::new(clauses)))
}

fn hit_from(handle: &IndexHandle, doc: &TantivyDocument, score: f32) -> QuoteHit {
    let f = &handle.fields;
    QuoteHit {
        quote: text_of(doc, f.quote).unwrap_or_default(),
        speaker: text_of(doc, f.speaker),
        speaker_mention: text_of(doc, f.speaker_mention),
        cue: text_of(doc, f.cue),
        fragment: number_of(doc, f.fragment) == Some(1),
        score,
        title: text_of(doc, f.title),
        outlet: text_of(doc, f.outlet),
        date: number_of(doc, f.date).and_then(Date::from_number).map(|d| d.to_string()),
        url: text_of(doc, f.url),
        source_path: text_of(doc, f.source_path).unwrap_or_default(),
        article_id: text_of(doc, f.article_id).unwrap_or_default(),
        paragraph: number_of(doc, f.paragraph).unwrap_or(0),
        citation: text_of(doc, f.citation).unwrap_or_default(),
        passage: text_of(doc, f.passage).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_widen_to_whole_years_and_months() {
        assert_eq!(parse_bound("2026", Side::Start).ok(), Date::new(2026, 1, 1));
        assert_eq!(parse_bound("2026", Side::End).ok(), Date::new(2026, 12, 31));
        assert_eq!(parse_bound("2024-02", Side::End).ok(), Date::new(2024, 2, 29));
        assert_eq!(parse_bound("2025-11-12", Side::End).ok(), Date::new(2025, 11, 12));
        assert!(parse_bound("soon", Side::Start).is_err());
    }
}
