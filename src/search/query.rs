//! The only place that builds tantivy queries: a validated [`SearchRequest`] becomes one
//! `BooleanQuery`, and [`show`](super::show) and the syndication lookup get theirs here.
//!
//! Ranking is BM25 over the free text only. The text is parsed by tantivy's query parser
//! over the quote, its passage and the speaker, every word required by default. A word
//! found in the quote itself weighs [`QUOTE_BOOST`] times one found only in the passage
//! around it, and a word that names the speaker [`SPEAKER_BOOST`] times: the quote's own
//! words are what a journalist remembers. Filters (kind, speaker, person, country, dates)
//! are exact and score nothing, so they never reorder hits. Names match case- and
//! accent-insensitively, word by word, so "petro" finds Gustavo Petro.

use super::request::SearchRequest;
use super::syntax::{check, explain_parser_error, name_clauses, straighten_quotes};
use crate::error::{Error, Result};
use crate::index::reader::IndexHandle;
use crate::index::schema::{Fields, NAME_TOKENIZER, kind};
use crate::model::Date;
use std::ops::Bound;
use tantivy::Term;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;

/// Weight of a word found in the quote, against 1 for the passage around it.
pub const QUOTE_BOOST: f32 = 3.0;
/// Weight of a word found in the speaker's name.
pub const SPEAKER_BOOST: f32 = 2.0;

/// A request as tantivy queries.
pub struct BuiltQuery {
    /// Everything: kind, free text and filters.
    pub query: Box<dyn Query>,
    /// The free text alone (what highlighting looks for), when there is some.
    pub text: Option<Box<dyn Query>>,
}

/// Builds the query for `req`; a query the parser cannot read is a [`Error::Request`]
/// that shows where the mistake is.
pub fn build(handle: &IndexHandle, req: &SearchRequest) -> Result<BuiltQuery> {
    let f = &handle.fields;
    let doc_kind = if req.passages { kind::PASSAGE } else { kind::QUOTE };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, filter(term(f.kind, doc_kind)))];
    // `speaker:` and `person:` clauses are read as names, like --speaker and --person.
    let (rest, names) = match req.query_text() {
        Some(raw) => {
            let straight = straighten_quotes(raw);
            check(&straight).map_err(|m| Error::Request(m.explain(&straight)))?;
            name_clauses(&straight)
        }
        None => (String::new(), Vec::new()),
    };
    let text = match rest.trim() {
        "" => None,
        raw => Some(parse_text(handle, raw, req.passages)?),
    };
    for clause in &names {
        let q = match clause.field {
            "speaker" => super::speakers::filter::speaker_query(handle, &clause.name)?,
            _ => person_query(handle, &clause.name)?,
        };
        clauses.push((if clause.excluded { Occur::MustNot } else { Occur::Must }, filter(q)));
    }
    if let Some(q) = &text {
        clauses.push((Occur::Must, q.box_clone()));
    }
    if let Some(name) = &req.speaker {
        clauses.push((Occur::Must, filter(super::speakers::filter::speaker_query(handle, name)?)));
    }
    if let Some(name) = &req.person {
        clauses.push((Occur::Must, filter(person_query(handle, name)?)));
    }
    if let Some(code) = &req.country {
        clauses.push((Occur::Must, filter(term(f.countries, &code.to_lowercase()))));
    }
    if req.from.is_some() || req.to.is_some() {
        clauses.push((Occur::Must, filter(date_filter(f, req.from, req.to))));
    }
    Ok(BuiltQuery { query: Box::new(BooleanQuery::new(clauses)), text })
}

/// Parses the free text, after checks that locate mistakes for the user.
fn parse_text(handle: &IndexHandle, raw: &str, passages: bool) -> Result<Box<dyn Query>> {
    let f = &handle.fields;
    let text = straighten_quotes(raw);
    check(&text).map_err(|m| Error::Request(m.explain(&text)))?;
    let defaults = if passages { vec![f.passage, f.speaker] } else { vec![f.quote, f.passage, f.speaker] };
    let mut parser = QueryParser::for_index(&handle.index, defaults);
    parser.set_conjunction_by_default();
    if !passages {
        parser.set_field_boost(f.quote, QUOTE_BOOST);
    }
    parser.set_field_boost(f.speaker, SPEAKER_BOOST);
    let parsed = parser.parse_query(&text).map_err(|e| Error::Request(explain_parser_error(&text, &e)))?;
    Ok(super::exclusion::guard(parsed))
}

/// Every document of `doc_kind` whose text has the syndication key `key`.
pub fn group_members(fields: &Fields, doc_kind: &str, key: u64) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, term(fields.kind, doc_kind)),
        (Occur::Must, Box::new(TermQuery::new(Term::from_field_u64(fields.group_key, key), IndexRecordOption::Basic))),
    ]))
}

/// The document cited as `citation`.
pub fn citation(fields: &Fields, citation: &str) -> Box<dyn Query> {
    term(fields.citation, citation)
}

/// The passages of the article `article_key` from paragraph `first` to `last`.
pub fn paragraphs(fields: &Fields, article_key: &str, first: u64, last: u64) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, term(fields.kind, kind::PASSAGE)),
        (Occur::Must, term(fields.article_key, article_key)),
        (
            Occur::Must,
            Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_u64(fields.paragraph, first)),
                Bound::Included(Term::from_field_u64(fields.paragraph, last)),
            )),
        ),
    ]))
}

fn term(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
}

/// Days a closed date range spans at most to be read from the index of days, one term per
/// day (a month's filter reads the postings of its days); a longer or open range scans the
/// date column of every document instead.
const DAY_TERMS: usize = 400;

/// The documents dated `from` to `to` (both included; either open).
fn date_filter(f: &Fields, from: Option<Date>, to: Option<Date>) -> Box<dyn Query> {
    let day = |d: Date| jiff::civil::Date::new(d.year, d.month, d.day).ok();
    if let (Some(start), Some(end)) = (from.and_then(day), to.and_then(day)) {
        let days: Vec<jiff::civil::Date> =
            start.series(jiff::Span::new().days(1)).take_while(|d| *d <= end).take(DAY_TERMS + 1).collect();
        if days.len() <= DAY_TERMS {
            let number = |d: &jiff::civil::Date| d.year() as u64 * 10_000 + d.month() as u64 * 100 + d.day() as u64;
            let terms = days.iter().map(|d| {
                let q: Box<dyn Query> =
                    Box::new(TermQuery::new(Term::from_field_u64(f.date, number(d)), IndexRecordOption::Basic));
                (Occur::Should, q)
            });
            return Box::new(BooleanQuery::new(terms.collect()));
        }
    }
    let bound =
        |d: Option<Date>| d.map_or(Bound::Unbounded, |d| Bound::Included(Term::from_field_u64(f.date, d.as_number())));
    Box::new(RangeQuery::new(bound(from), bound(to)))
}

/// A clause that selects without scoring.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// A person as a reader types them ("Mr. Obama", "German Chancellor Angela Merkel"): the
/// words of the name, titles, honorifics and descriptions left out, required in `person`.
fn person_query(handle: &IndexHandle, typed: &str) -> Result<Box<dyn Query>> {
    let read = crate::names::read_typed(typed.trim().trim_matches('"'));
    let lex = crate::lexicon::lexicon();
    let Some(surname) = read.surname() else { return name_query(handle, handle.fields.persons, typed) };
    let given = read.given().iter().filter(|w| w.chars().count() == 1 || lex.is_given_name(w));
    let words: Vec<&str> = given.map(String::as_str).chain([surname]).collect();
    name_query(handle, handle.fields.persons, &words.join(" "))
}

/// Every word of `name`, folded as the index folds names, required in `field`.
pub(crate) fn name_query(handle: &IndexHandle, field: Field, name: &str) -> Result<Box<dyn Query>> {
    let mut analyzer =
        handle.index.tokenizers().get(NAME_TOKENIZER).ok_or_else(|| Error::Request("name tokenizer missing".into()))?;
    let mut words = Vec::new();
    let mut stream = analyzer.token_stream(name);
    while stream.advance() {
        words.push(stream.token().text.clone());
    }
    if words.is_empty() {
        return Err(super::speakers::filter::no_letters(name));
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
