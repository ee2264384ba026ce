//! Runs a request: one pass over the matching set groups copies and counts facets, the
//! groups are ordered (deterministically: ties are broken by the syndication key), and
//! only the requested page is read from the document store, with its citations.

use super::collect::{FACET_VALUES, FacetCollector, FacetCounts, GroupCollector, Groups};
use super::highlight::Highlighter;
use super::hit::{Bucket, Citation, FacetCount, Facets, Highlights, Histogram, HitKind, QuoteHit, SearchResults};
use super::query::{self, group_members};
use super::request::{Interval, SearchRequest, Sort};
use crate::error::Result;
use crate::index::reader::{IndexHandle, number_of, text_of};
use crate::index::schema::kind;
use crate::lexicon::lexicon;
use crate::model::Date;
use std::cmp::Ordering;
use std::collections::HashMap;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, ExistsQuery, Occur, Query};
use tantivy::schema::TantivyDocument;
use tantivy::{Searcher, TantivyDocument as Doc};

/// Citations listed per hit at most (`also_in` still counts every copy).
pub const MAX_CITATIONS: usize = 200;

/// Runs `req` against the index; a failure inside the engine is [`crate::Error::Damaged`].
pub fn search(handle: &IndexHandle, req: &SearchRequest) -> Result<SearchResults> {
    handle.guard(|| run(handle, req))
}

fn run(handle: &IndexHandle, req: &SearchRequest) -> Result<SearchResults> {
    let built = query::build(handle, req)?;
    let searcher = handle.searcher();
    let sort = req.effective_sort();
    let counting = req.facets || req.histogram.is_some();
    let collectors = (
        GroupCollector::new(handle, req.query_text().is_some()),
        counting.then(|| FacetCollector::new(handle, req.facets)),
    );
    let (groups, mut counts): (Groups, Option<FacetCounts>) =
        searcher.search(&built.query, &collectors).map_err(handle.err())?;
    // Speakers are counted by person, not by spelling (issue 14).
    if let Some(c) = counts.as_mut() {
        c.speaker = super::speakers::counts_by_person(handle, std::mem::take(&mut c.speaker))?;
    }
    let total = groups.by_key.len();
    let matches = groups.matches;
    let mut ranked: Vec<_> = groups.by_key.into_values().collect();
    ranked.sort_by(|a, b| {
        let by_score = b.score.total_cmp(&a.score);
        let by_date = newest_first(a.first.date, b.first.date);
        let first = if sort == Sort::Relevance { by_score.then(by_date) } else { by_date.then(by_score) };
        first.then(a.key.cmp(&b.key))
    });
    let doc_kind = if req.passages { kind::PASSAGE } else { kind::QUOTE };
    let mut marker = Highlighter::new(handle, built.text.as_deref())?;
    let mut hits = Vec::new();
    for group in ranked.into_iter().skip(req.offset).take(req.limit.max(1)) {
        let doc: Doc = searcher.doc(group.first.address).map_err(handle.err())?;
        let mut hit = hit_from(handle, &doc, group.score, req.passages);
        hit.key = format!("{:016x}", group.key);
        hit.highlights = Highlights {
            quote: hit.quote.as_deref().map(|q| marker.quote(q)).unwrap_or_default(),
            passage: marker.passage(&hit.passage),
        };
        (hit.citations, hit.also_in) = citations(handle, &searcher, doc_kind, group.key)?;
        hits.push(hit);
    }
    let facets = counts.as_ref().filter(|_| req.facets).map(facets_from);
    let histogram = counts.as_ref().zip(req.histogram).map(|(c, i)| histogram_from(c, i));
    let undated_left_out = undated_left_out(handle, &searcher, req)?;
    Ok(SearchResults { total, matches, offset: req.offset, sort, hits, facets, histogram, undated_left_out })
}

/// With a date filter: how many documents of undated articles would match without it.
fn undated_left_out(handle: &IndexHandle, searcher: &Searcher, req: &SearchRequest) -> Result<Option<usize>> {
    if req.from.is_none() && req.to.is_none() {
        return Ok(None);
    }
    let undated = SearchRequest { from: None, to: None, ..req.clone() };
    let all = query::build(handle, &undated)?.query;
    let date = handle.index.schema().get_field_name(handle.fields.date).to_owned();
    let dated: Box<dyn Query> = Box::new(ExistsQuery::new(date, false));
    let query = BooleanQuery::new(vec![(Occur::Must, all), (Occur::MustNot, dated)]);
    searcher.search(&query, &Count).map(Some).map_err(handle.err())
}

/// Newest first, undated (`u64::MAX`) last.
fn newest_first(a: u64, b: u64) -> Ordering {
    match (a == u64::MAX, b == u64::MAX) {
        (false, false) => b.cmp(&a),
        (x, y) => x.cmp(&y),
    }
}

/// Every article carrying the text `key`, earliest first (one citation per article), and
/// how many others there are besides the first.
fn citations(handle: &IndexHandle, searcher: &Searcher, doc_kind: &str, key: u64) -> Result<(Vec<Citation>, usize)> {
    let f = &handle.fields;
    let query = group_members(f, doc_kind, key);
    // The earliest copies by date (dated ones first), and the count of all of them.
    let earliest = TopDocs::with_limit(MAX_CITATIONS).order_by_fast_field::<u64>("date", tantivy::Order::Asc);
    let (top, count) = searcher.search(&query, &(earliest, Count)).map_err(handle.err())?;
    let mut by_article: HashMap<String, Citation> = HashMap::new();
    for (_, addr) in top {
        let doc: TantivyDocument = searcher.doc(addr).map_err(handle.err())?;
        let c = citation_from(handle, &doc);
        let article = text_of(&doc, f.article_key).unwrap_or_default();
        let keep =
            by_article.get(&article).is_none_or(|old| (c.paragraph, &c.citation) < (old.paragraph, &old.citation));
        if keep {
            by_article.insert(article, c);
        }
    }
    let mut list: Vec<Citation> = by_article.into_values().collect();
    list.sort_by(|a, b| {
        let undated = |c: &Citation| c.date.is_none();
        (undated(a), &a.date, &a.outlet, &a.citation).cmp(&(undated(b), &b.date, &b.outlet, &b.citation))
    });
    // Past MAX_CITATIONS copies, the ones not listed count too (one per article, as a rule).
    let unlisted = count.saturating_sub(MAX_CITATIONS);
    let others = list.len().saturating_sub(1) + unlisted;
    Ok((list, others))
}

fn date_of(handle: &IndexHandle, doc: &TantivyDocument) -> Option<String> {
    number_of(doc, handle.fields.date).and_then(Date::from_number).map(|d| d.to_string())
}

/// The article fields of a stored document, as a citation (also what `show` prints).
pub(super) fn citation_from(handle: &IndexHandle, doc: &TantivyDocument) -> Citation {
    let f = &handle.fields;
    Citation {
        citation: text_of(doc, f.citation).unwrap_or_default(),
        title: text_of(doc, f.title),
        outlet: text_of(doc, f.outlet),
        date: date_of(handle, doc),
        url: text_of(doc, f.url),
        source_path: text_of(doc, f.source_path).unwrap_or_default(),
        article_id: text_of(doc, f.article_id).unwrap_or_default(),
        paragraph: number_of(doc, f.paragraph).unwrap_or(0),
    }
}

fn hit_from(handle: &IndexHandle, doc: &TantivyDocument, score: f32, passage: bool) -> QuoteHit {
    let f = &handle.fields;
    let c = citation_from(handle, doc);
    QuoteHit {
        kind: if passage { HitKind::Passage } else { HitKind::Quote },
        quote: if passage { None } else { Some(text_of(doc, f.quote).unwrap_or_default()) },
        speaker: if passage { None } else { text_of(doc, f.speaker) },
        speaker_mention: text_of(doc, f.speaker_mention),
        cue: text_of(doc, f.cue),
        fragment: number_of(doc, f.fragment) == Some(1),
        score,
        title: c.title,
        outlet: c.outlet,
        date: c.date,
        date_source: text_of(doc, f.date_source),
        url: c.url,
        source_path: c.source_path,
        article_id: c.article_id,
        paragraph: c.paragraph,
        citation: c.citation,
        passage: text_of(doc, f.passage).unwrap_or_default(),
        key: String::new(),
        highlights: Highlights::default(),
        citations: Vec::new(),
        also_in: 0,
    }
}

/// The most frequent values of each facet, ties by value.
fn facets_from(c: &FacetCounts) -> Facets {
    let top = |map: &HashMap<String, u64>, label: &dyn Fn(&str) -> Option<String>| {
        let mut list: Vec<FacetCount> =
            map.iter().map(|(v, n)| FacetCount { value: v.clone(), label: label(v), count: *n }).collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        list.truncate(FACET_VALUES);
        list
    };
    let country_name = |code: &str| lexicon().find_country(code).map(|c| c.name.clone());
    Facets {
        speaker: top(&c.speaker, &|_| None),
        country: top(&c.country, &country_name),
        outlet: top(&c.outlet, &|_| None),
        person: top(&c.person, &|_| None),
        organization: top(&c.organization, &|_| None),
    }
}

/// Date counts folded into buckets of `interval`.
fn histogram_from(c: &FacetCounts, interval: Interval) -> Histogram {
    let mut buckets: HashMap<String, u64> = HashMap::new();
    for (&n, &count) in &c.dates {
        let Some(d) = Date::from_number(n) else { continue };
        *buckets.entry(bucket_key(d, interval)).or_default() += count;
    }
    let mut buckets: Vec<Bucket> = buckets.into_iter().map(|(key, count)| Bucket { key, count }).collect();
    buckets.sort_by(|a, b| a.key.cmp(&b.key));
    Histogram { interval, buckets, undated: c.undated }
}

/// The bucket a date falls in; keys sort in date order.
pub fn bucket_key(d: Date, interval: Interval) -> String {
    match interval {
        Interval::Year => format!("{:04}", d.year),
        Interval::Month => format!("{:04}-{:02}", d.year, d.month),
        Interval::Day => d.to_string(),
        Interval::Week => match jiff::civil::Date::new(d.year, d.month, d.day) {
            Ok(date) => {
                let week = date.iso_week_date();
                format!("{:04}-W{:02}", week.year(), week.week())
            }
            Err(_) => d.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn week_buckets_follow_iso_weeks() {
        let d = |y, m, day| Date::new(y, m, day).unwrap_or_else(|| panic!("date"));
        assert_eq!(bucket_key(d(2025, 11, 12), Interval::Week), "2025-W46");
        assert_eq!(bucket_key(d(2024, 12, 30), Interval::Week), "2025-W01");
        assert_eq!(bucket_key(d(2025, 11, 12), Interval::Month), "2025-11");
        assert_eq!(bucket_key(d(2025, 11, 12), Interval::Year), "2025");
    }

    #[test]
    fn undated_sorts_after_every_date() {
        assert_eq!(newest_first(20250101, 20240101), Ordering::Less);
        assert_eq!(newest_first(u64::MAX, 20240101), Ordering::Greater);
        assert_eq!(newest_first(20240101, u64::MAX), Ordering::Less);
    }
}
