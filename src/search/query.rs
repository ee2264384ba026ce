//! The only place that builds tantivy queries: a validated [`SearchRequest`] becomes one
//! `BooleanQuery`, and [`show`](super::show) and the syndication lookup get theirs here.
//!
//! Ranking is BM25 over the free text only. For quotes, the text is parsed over the quote,
//! its passage and its speaker, every word required by default, and then each word or
//! phrase is asked where it can be answered (see `Reach`): of the quote document for the
//! quote's words and speaker, of the passage document for the words around the quote, which
//! reach the quote through [`ChildrenOf`], and of the article document for the title, which
//! reaches its passages and quotes the same way. The boolean structure is kept, so AND,
//! OR and NOT combine the quote and its context as one. A word found in the quote itself
//! weighs [`QUOTE_BOOST`] times one found only in the passage around it, and a word that
//! names the speaker [`SPEAKER_BOOST`] times: the quote's own words are what a journalist
//! remembers. [`BuiltQuery::within`] is the same text asked of the quote's own fields only:
//! the collector ranks the quotes that hold the words themselves above the others. Filters
//! (kind, speaker, person, country, outlet, dates, full quotes, known speakers) are exact,
//! apply to the quote documents, and score nothing, so they never reorder hits. Names match
//! case- and accent-insensitively, word by word, so "petro" finds Gustavo Petro.

use super::columns::OpenColumns;
use super::join::{self, ChildrenOf};
use super::request::SearchRequest;
use super::syntax::{check, explain_parser_error, name_clauses, straighten_quotes};
use crate::error::{Error, Result};
use crate::index::reader::IndexHandle;
use crate::index::schema::{Fields, NAME_TOKENIZER, QUOTED_QUOTES, QUOTED_REPORTED, UNDATED, group_bucket, kind};
use crate::model::Date;
use std::ops::Bound;
use std::sync::Arc;
use tantivy::Term;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, ExistsQuery, Occur, PhraseQuery, Query, QueryParser,
    RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;

/// Weight of a word found in the quote, against 1 for the passage around it.
pub const QUOTE_BOOST: f32 = 3.0;
/// Weight of a word found in the speaker's name.
pub const SPEAKER_BOOST: f32 = 2.0;
/// With `--reported`, a reported statement's score is multiplied by this (applied here
/// only, in [`build_for`]): a paraphrase is the reporter's words, so a verbatim quote of
/// similar relevance comes first; modest, so that a statement much closer to the query
/// still ranks above a weak quote. (A paraphrase's content clause is shorter than its
/// sentence and scores high on its words: without it, reported statements filled the top.)
pub const REPORTED_WEIGHT: f32 = 0.7;

/// A request as tantivy queries.
pub struct BuiltQuery {
    /// Everything: kind, free text and filters.
    pub query: Box<dyn Query>,
    /// The free text alone (what highlighting looks for), when there is some.
    pub text: Option<Box<dyn Query>>,
    /// The free text over a quote's own fields (quote searches with text): the quotes that
    /// hold the words themselves.
    pub within: Option<Box<dyn Query>>,
}

/// Which documents a search asks for, beside its filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undated {
    /// The request as made.
    AsAsked,
    /// Only undated documents, and no date filter: what a date filter left out.
    Only,
}

/// Builds the query for `req`; a query the parser cannot read is a [`Error::Request`]
/// that shows where the mistake is.
pub fn build(handle: &IndexHandle, req: &SearchRequest) -> Result<BuiltQuery> {
    build_for(handle, req, Undated::AsAsked)
}

/// Builds the query for `req`, or for what its date filter left out (see [`Undated`]).
pub fn build_for(handle: &IndexHandle, req: &SearchRequest, undated: Undated) -> Result<BuiltQuery> {
    let f = &handle.fields;
    // `speaker:` and `person:` clauses are read as names, like --speaker and --person: they
    // become filters, and the rest of the text is ranked.
    let (rest, names) = match req.query_text() {
        Some(raw) => {
            let straight = straighten_quotes(raw);
            check(&straight).map_err(|m| Error::Request(m.explain(&straight)))?;
            name_clauses(&straight)
        }
        None => (String::new(), Vec::new()),
    };
    let mut shared = filters(handle, req, undated)?;
    for clause in &names {
        let q = match clause.field {
            "speaker" => super::speakers::filter::speaker_query(handle, &clause.name)?,
            _ => person_query(handle, &clause.name)?,
        };
        shared.push((if clause.excluded { Occur::MustNot } else { Occur::Must }, filter(q)));
    }
    // `--full` and `--attributed` are about quotes (and reported statements): passages do
    // not have them.
    let quote_only = if req.passages { Vec::new() } else { quote_filters(handle, req) };
    let with_kind = |doc_kind: Box<dyn Query>, statements: bool| {
        let mut clauses = vec![(Occur::Must, filter(doc_kind))];
        clauses.extend(shared.iter().map(|(o, q)| (*o, q.box_clone())));
        if statements {
            clauses.extend(quote_only.iter().map(|(o, q)| (*o, q.box_clone())));
        }
        Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>
    };
    let raw = rest.trim();
    if raw.is_empty() {
        let doc_kind = if req.passages { term(f.kind, kind::PASSAGE) } else { statement_kinds(f, req) };
        return Ok(BuiltQuery { query: with_kind(doc_kind, !req.passages), text: None, within: None });
    }
    let required = |text: &dyn Query, doc_kind: Box<dyn Query>, statements: bool| {
        let both = vec![(Occur::Must, text.box_clone()), (Occur::Must, with_kind(doc_kind, statements))];
        Box::new(BooleanQuery::new(both)) as Box<dyn Query>
    };
    let marks = if req.reported { &[QUOTED_QUOTES, QUOTED_REPORTED][..] } else { &[QUOTED_QUOTES][..] };
    let reach = Reach {
        fields: f,
        parent: handle.index.schema().get_field_name(f.parent).to_owned(),
        quoted: any_of(marks.iter().map(|&m| number(f.quoted, m)).collect()),
        columns: OpenColumns::of(handle),
    };
    if req.passages {
        let parsed = parse_text(handle, raw, &[f.passage, f.speaker], &[(f.speaker, SPEAKER_BOOST)])?;
        let text = guard(reach.passages(parsed));
        let query = required(text.as_ref(), term(f.kind, kind::PASSAGE), false);
        return Ok(BuiltQuery { query, text: Some(text), within: None });
    }
    // Quotes: each word or phrase is asked of the quote itself (its words, its speaker), of
    // its passage (the words around it) or of its article (the title), clause by clause, so
    // that AND, OR and NOT mean what they say over the quote and its context together.
    // Reported statements, with `--reported`, are asked the same way.
    let fields: &[Field] =
        if req.reported { &[f.quote, f.reported, f.passage, f.speaker] } else { &[f.quote, f.passage, f.speaker] };
    let parsed = parse_text(handle, raw, fields, &[])?;
    let text = guard(reach.quotes(parsed.box_clone(), Reached::AlsoThroughPassage));
    let within = guard(reach.quotes(parsed, Reached::OwnFieldsOnly));
    let query = match req.reported {
        // A document is of one kind: the score of the one branch it matches.
        true => any_of(vec![
            required(text.as_ref(), term(f.kind, kind::QUOTE), true),
            Box::new(BoostQuery::new(required(text.as_ref(), term(f.kind, kind::REPORTED), true), REPORTED_WEIGHT)),
        ]),
        false => required(text.as_ref(), statement_kinds(f, req), true),
    };
    Ok(BuiltQuery { query, text: Some(text), within: Some(within) })
}

/// The kinds a search for quotes returns: quotes, and reported statements with
/// `--reported`.
fn statement_kinds(f: &Fields, req: &SearchRequest) -> Box<dyn Query> {
    match req.reported {
        true => any_of(vec![term(f.kind, kind::QUOTE), term(f.kind, kind::REPORTED)]),
        false => term(f.kind, kind::QUOTE),
    }
}

/// Whether a clause on a passage's fields may reach a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reached {
    /// Through its passage too: what a search matches.
    AlsoThroughPassage,
    /// By the quote's own fields only: the quotes that hold the words themselves.
    OwnFieldsOnly,
}

/// Rewrites a parsed query, clause by clause, into a query on quote documents.
struct Reach<'a> {
    fields: &'a Fields,
    parent: String,
    quoted: Box<dyn Query>,
    columns: Arc<OpenColumns>,
}

impl Reach<'_> {
    /// `query` (a clause on the title, which article documents alone index) as the
    /// documents of the articles it matches: their passages and quotes.
    fn in_titled_articles(&self, query: Box<dyn Query>) -> Box<dyn Query> {
        Box::new(ChildrenOf {
            parents: query,
            parent: self.parent.clone(),
            reach: join::Depth::Descendants,
            columns: self.columns.clone(),
        })
    }

    /// `query` as a query on passages: boolean structure kept, a clause on the title
    /// reaching the passages of the articles it matches.
    fn passages(&self, query: Box<dyn Query>) -> Box<dyn Query> {
        if let Some(boolean) = query.downcast_ref::<BooleanQuery>() {
            let clauses = boolean.clauses().iter().map(|(o, c)| (*o, self.passages(c.box_clone()))).collect();
            return Box::new(BooleanQuery::new(clauses));
        }
        let fields = leaf_fields(query.as_ref());
        if !fields.is_empty() && fields.iter().all(|&x| x == self.fields.title) {
            return self.in_titled_articles(query);
        }
        query
    }

    /// `query` as a query on quotes: boolean structure kept; a clause on the fields only
    /// passages hold (passage, title) becomes the quotes of the passages it matches
    /// ([`ChildrenOf`]), or nothing with [`Reached::OwnFieldsOnly`]; a clause on the quote's
    /// (or reported statement's) words weighs [`QUOTE_BOOST`], on its speaker
    /// [`SPEAKER_BOOST`].
    fn quotes(&self, query: Box<dyn Query>, reached: Reached) -> Box<dyn Query> {
        if let Some(boolean) = query.downcast_ref::<BooleanQuery>() {
            let clauses = boolean.clauses().iter().map(|(o, c)| (*o, self.quotes(c.box_clone(), reached))).collect();
            return Box::new(BooleanQuery::new(clauses));
        }
        let f = self.fields;
        let fields = leaf_fields(query.as_ref());
        let on = |field: Field| !fields.is_empty() && fields.iter().all(|&x| x == field);
        if on(f.title) {
            return match reached {
                Reached::OwnFieldsOnly => Box::new(EmptyQuery),
                Reached::AlsoThroughPassage => self.in_titled_articles(query),
            };
        }
        if !fields.is_empty() && fields.iter().all(|&x| x == f.passage) {
            return match reached {
                Reached::OwnFieldsOnly => Box::new(EmptyQuery),
                Reached::AlsoThroughPassage => {
                    let passages = vec![(Occur::Must, query), (Occur::Must, filter(self.quoted.box_clone()))];
                    let parents = Box::new(BooleanQuery::new(passages));
                    Box::new(ChildrenOf {
                        parents,
                        parent: self.parent.clone(),
                        reach: join::Depth::Children,
                        columns: self.columns.clone(),
                    })
                }
            };
        }
        if on(f.quote) || on(f.reported) {
            return Box::new(BoostQuery::new(query, QUOTE_BOOST));
        }
        if on(f.speaker) {
            return Box::new(BoostQuery::new(query, SPEAKER_BOOST));
        }
        query
    }
}

/// The fields a leaf of a parsed query asks (its terms', or its phrase's).
fn leaf_fields(query: &dyn Query) -> Vec<Field> {
    let mut fields = Vec::new();
    query.query_terms(&mut |term, _| fields.push(term.field()));
    if let Some(phrase) = query.downcast_ref::<PhraseQuery>() {
        fields.push(phrase.field());
    }
    fields
}

/// The filter clauses of `req` that passages and quotes share (everything but kind, free
/// text and the quote-only filters).
fn filters(handle: &IndexHandle, req: &SearchRequest, undated: Undated) -> Result<Vec<(Occur, Box<dyn Query>)>> {
    let f = &handle.fields;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    // A repeated filter takes any of its values (OR); different filters all apply (AND).
    // Speakers and persons are read as a reader types them (see `names`).
    if !req.speaker.is_empty() {
        let speaker = |n: &String| super::speakers::filter::speaker_query(handle, n);
        let each = req.speaker.iter().map(speaker).collect::<Result<Vec<_>>>()?;
        clauses.push((Occur::Must, filter(any_of(each))));
    }
    if !req.outlet.is_empty() {
        let each = req.outlet.iter().map(|n| name_query(handle, f.outlet, n)).collect::<Result<Vec<_>>>()?;
        clauses.push((Occur::Must, filter(any_of(each))));
    }
    if let Some(name) = &req.person {
        clauses.push((Occur::Must, filter(person_query(handle, name)?)));
    }
    if !req.country.is_empty() {
        let each = req.country.iter().map(|code| term(f.countries, &code.to_lowercase())).collect();
        clauses.push((Occur::Must, filter(any_of(each))));
    }
    match undated {
        Undated::AsAsked if req.from.is_some() || req.to.is_some() => {
            clauses.push((Occur::Must, filter(date_filter(f, req.from, req.to))));
        }
        Undated::AsAsked => {}
        Undated::Only => clauses.push((Occur::Must, filter(term(f.date_source, UNDATED)))),
    }
    Ok(clauses)
}

/// `--full` (no fragments) and `--attributed` (a known speaker): filters of quotes and
/// reported statements (never a fragment: `--full` keeps them all).
fn quote_filters(handle: &IndexHandle, req: &SearchRequest) -> Vec<(Occur, Box<dyn Query>)> {
    let f = &handle.fields;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if req.full {
        let whole = TermQuery::new(Term::from_field_u64(f.fragment, 0), IndexRecordOption::Basic);
        clauses.push((Occur::Must, filter(Box::new(whole))));
    }
    if req.attributed {
        let speaker = handle.index.schema().get_field_name(f.speaker).to_owned();
        clauses.push((Occur::Must, filter(Box::new(ExistsQuery::new(speaker, false)))));
    }
    clauses
}

/// Parses the free text (straightened and checked by [`build_for`]) over the fields
/// `defaults`; `boosts` weigh fields. Excluded clauses are not yet guarded (see [`guard`]).
fn parse_text(handle: &IndexHandle, text: &str, defaults: &[Field], boosts: &[(Field, f32)]) -> Result<Box<dyn Query>> {
    let mut parser = QueryParser::for_index(&handle.index, defaults.to_vec());
    parser.set_conjunction_by_default();
    for &(field, boost) in boosts {
        parser.set_field_boost(field, boost);
    }
    parser.parse_query(text).map_err(|e| Error::Request(explain_parser_error(text, &e)))
}

/// Excluded clauses wrapped (see `exclusion`).
fn guard(query: Box<dyn Query>) -> Box<dyn Query> {
    super::exclusion::guard(query)
}

/// Every document in the buckets of the syndication keys `keys`: their copies and a few
/// others, which the caller tells apart by the `group_key` and `kind` columns.
pub fn group_members(fields: &Fields, keys: &[u64]) -> Box<dyn Query> {
    let mut buckets: Vec<u64> = keys.iter().map(|&key| group_bucket(key)).collect();
    buckets.sort_unstable();
    buckets.dedup();
    any_of(buckets.into_iter().map(|bucket| number(fields.group_bucket, bucket)).collect())
}

/// The article document of `article_key`.
pub fn article(fields: &Fields, article_key: &str) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, term(fields.article_key, article_key)),
        (Occur::Must, term(fields.kind, kind::ARTICLE)),
    ]))
}

/// The documents of paragraph `paragraph` of the article `article_key`: among them, the one
/// a citation names (citations are stored, not indexed: each would be a term of its own).
pub fn paragraph(fields: &Fields, article_key: &str, paragraph: u64) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, term(fields.article_key, article_key)),
        (
            Occur::Must,
            Box::new(TermQuery::new(Term::from_field_u64(fields.paragraph, paragraph), IndexRecordOption::Basic)),
        ),
    ]))
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

fn number(field: Field, value: u64) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_u64(field, value), IndexRecordOption::Basic))
}

/// Days a closed date range spans at most to be read from the index of days, one term per
/// day (a month's filter reads the postings of its days into a set of documents); a longer
/// or open range scans the date column of every document instead.
const DAY_TERMS: usize = 400;

/// The documents dated `from` to `to` (both included; either open).
fn date_filter(f: &Fields, from: Option<Date>, to: Option<Date>) -> Box<dyn Query> {
    let day = |d: Date| jiff::civil::Date::new(d.year, d.month, d.day).ok();
    if let (Some(start), Some(end)) = (from.and_then(day), to.and_then(day)) {
        let days: Vec<jiff::civil::Date> =
            start.series(jiff::Span::new().days(1)).take_while(|d| *d <= end).take(DAY_TERMS + 1).collect();
        if days.len() <= DAY_TERMS {
            let number = |d: &jiff::civil::Date| d.year() as u64 * 10_000 + d.month() as u64 * 100 + d.day() as u64;
            // One set of the days' documents per segment (a bit set), not a union of the
            // days' postings: the filter is asked about each candidate of the other clauses,
            // and a union of thirty postings lists is slow to seek (a fifth of a month's
            // search at a million passages, perf).
            return Box::new(TermSetQuery::new(days.iter().map(|d| Term::from_field_u64(f.date, number(d)))));
        }
    }
    let bound =
        |d: Option<Date>| d.map_or(Bound::Unbounded, |d| Bound::Included(Term::from_field_u64(f.date, d.as_number())));
    Box::new(RangeQuery::new(bound(from), bound(to)))
}

/// The documents any of `queries` matches (the one query itself when alone).
fn any_of(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        return queries.remove(0);
    }
    Box::new(BooleanQuery::new(queries.into_iter().map(|q| (Occur::Should, q)).collect()))
}

/// A clause that selects without scoring.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// A person as a reader types them ("Mr. Obama", "German Chancellor Angela Merkel"): the
/// words of the name, titles, honorifics and descriptions left out, required in `person`.
pub(crate) fn person_query(handle: &IndexHandle, typed: &str) -> Result<Box<dyn Query>> {
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
