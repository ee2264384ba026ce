//! Runs a request: one pass over the matching set groups copies and counts facets, the
//! groups are ordered (deterministically: ties are broken by the syndication key), and
//! only the requested page is read from the document store, with its citations.
//!
//! Order by relevance: quotes that hold the query's words themselves come before quotes
//! found through the words around them; then whole attributed quotes before fragments and
//! quotes of unknown speaker; then by score, newest first, and by key.

use super::collect::{Copies, FacetCollector, FacetCounts, Group, GroupCollector, Groups};
use super::highlight::Highlighter;
use super::hit::{Bucket, Citation, FacetCount, Facets, Highlights, Histogram, HitKind, QuoteHit, SearchResults};
use super::parents::Parents;
use super::query::{self, Undated, group_members};
use super::request::{Interval, SearchRequest, Sort};
use crate::error::Result;
use crate::index::reader::{IndexHandle, number_of, text_of};
use crate::index::schema::{UNDATED, kind, tiebreak};
use crate::lexicon::lexicon;
use crate::model::Date;
use crate::passage::quote_window;
use std::cmp::Ordering;
use std::collections::HashMap;
use tantivy::collector::{Collector, Count};
use tantivy::query::{EnableScoring, Query};
use tantivy::schema::TantivyDocument;
use tantivy::{DocAddress, Searcher, TantivyDocument as Doc};

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
    let (groups, counts) = collect(handle, req, &built, &searcher)?;
    let total = groups.by_key.len();
    let matches = groups.matches;
    let page = page_of(groups, req, sort);
    let hits = hits_of(handle, req, &built, &searcher, page)?;
    let facets = counts.as_ref().filter(|_| req.facets).map(|c| facets_from(c, req.facet_limit, req.reported));
    let mut histogram = counts.as_ref().zip(req.histogram).map(|(c, i)| histogram_from(c, i));
    if let Some(h) = histogram.as_mut().filter(|_| req.per_article) {
        super::shares::add_shares(handle, &searcher, built.query.as_ref(), h)?;
    }
    let undated_left_out = undated_left_out(handle, &searcher, req)?;
    let reported = req.reported && !req.passages;
    Ok(SearchResults { total, matches, offset: req.offset, reported, sort, hits, facets, histogram, undated_left_out })
}

/// The one pass over the matching set: its groups of copies and, when asked for, its facet
/// counts (speakers counted by person).
fn collect(
    handle: &IndexHandle,
    req: &SearchRequest,
    built: &query::BuiltQuery,
    searcher: &Searcher,
) -> Result<(Groups, Option<FacetCounts>)> {
    let counting = req.facets || req.histogram.is_some();
    let within = match &built.within {
        Some(q) => Some(q.weight(EnableScoring::disabled_from_searcher(searcher)).map_err(handle.err())?),
        None => None,
    };
    let collectors = (
        GroupCollector::new(handle, req.query_text().is_some(), within),
        counting.then(|| FacetCollector::new(handle, req.facets, req.reported)),
    );
    // Without --reported, ranked as if reported statements were not in the index. The
    // segments are collected on the handle's executor (spread over the cores).
    let without = super::stats::WithoutReported::new(handle, searcher);
    let scoring = match (collectors.requires_scoring(), req.reported) {
        (false, _) => EnableScoring::disabled_from_searcher(searcher),
        (true, true) => EnableScoring::enabled_from_searcher(searcher),
        (true, false) => EnableScoring::enabled_from_statistics_provider(&without, searcher),
    };
    let (groups, mut counts): (Groups, Option<FacetCounts>) =
        searcher.search_with_executor(&built.query, &collectors, handle.executor(), scoring).map_err(handle.err())?;
    // Speakers are counted by person, not by spelling (issue 14).
    if let Some(c) = counts.as_mut() {
        let (all, reported) = (std::mem::take(&mut c.speaker), std::mem::take(&mut c.speaker_reported));
        (c.speaker, c.speaker_reported) = super::speakers::counts_by_person(handle, all, reported, req.facet_limit)?;
    }
    Ok((groups, counts))
}

/// The groups of the requested page, in order.
fn page_of(groups: Groups, req: &SearchRequest, sort: Sort) -> Vec<Group> {
    let mut ranked: Vec<_> = groups.by_key.into_values().collect();
    let quotes = !req.passages;
    let order = |a: &Group, b: &Group| {
        let by_tier = b.holds_words.cmp(&a.holds_words).then((quotes && b.attributed).cmp(&(quotes && a.attributed)));
        let by_score = b.score.total_cmp(&a.score);
        let by_date = newest_first(a.first.date, b.first.date);
        let first = if sort == Sort::Relevance { by_tier.then(by_score).then(by_date) } else { by_date.then(by_score) };
        first.then(a.key.cmp(&b.key))
    };
    // Only the groups up to the page's end are put in order: the order is total (keys are
    // unique), so the page is the one a full sort gives.
    let end = req.offset.saturating_add(req.limit);
    if end < ranked.len() {
        ranked.select_nth_unstable_by(end, order);
        ranked.truncate(end);
    }
    ranked.sort_unstable_by(order);
    ranked.into_iter().skip(req.offset).take(req.limit).collect()
}

/// The hits of the groups of `page`, read from the document store with their citations.
fn hits_of(
    handle: &IndexHandle,
    req: &SearchRequest,
    built: &query::BuiltQuery,
    searcher: &Searcher,
    page: Vec<Group>,
) -> Result<Vec<QuoteHit>> {
    // Quotes and reported statements never share a key (see `index::writer::reported_key`).
    // Copies are looked for among the kinds searched (told by the `kind` column).
    let doc_kinds: &[&str] = match (req.passages, req.reported) {
        (true, _) => &[kind::PASSAGE],
        (false, false) => &[kind::QUOTE],
        (false, true) => &[kind::QUOTE, kind::REPORTED],
    };
    let mut marker = Highlighter::new(handle, built.text.as_deref())?;
    let mut hits = Vec::new();
    let mut countries = super::tags::CountryColumn::new(handle);
    let mut parents = Parents::new(handle);
    let keys: Vec<u64> = page.iter().map(|g| g.key).collect();
    let mut copies = copies_of(handle, searcher, doc_kinds, &keys)?;
    for group in page {
        let mut read = HashMap::new();
        let at = representative(handle, searcher, &mut parents, &group, &mut read)?;
        let doc: Doc = match read.get(&at).cloned() {
            Some(doc) => doc,
            None => parents.doc(handle, searcher, at)?,
        };
        let shown = parents.shown(handle, searcher, at, &doc)?;
        let mut hit = hit_from(handle, &doc, &shown, group.score, req.passages);
        hit.key = format!("{:016x}", group.key);
        hit.highlights = Highlights {
            quote: hit.quote.as_deref().map(|q| marker.quote(q)).unwrap_or_default(),
            passage: marker.passage(&hit.passage),
        };
        let members = copies.remove(&group.key).unwrap_or_default();
        (hit.citations, hit.also_in) = citations(handle, searcher, &mut parents, members, read)?;
        hit.countries = countries.codes(searcher, at);
        if req.context > 0 {
            hit.context = Some(super::show::paragraphs_around(handle, searcher, &doc, req.context)?);
        }
        hits.push(hit);
    }
    Ok(hits)
}

/// The copy that stands for `group`: the earliest matching one, and among copies of that
/// date the one with the lowest hash of its citation (read from the store for the page's
/// groups only, rather than kept in a column for every document). The documents read are
/// left in `read`: they are copies, which the hit's citations read again.
fn representative(
    handle: &IndexHandle,
    searcher: &Searcher,
    parents: &mut Parents,
    group: &Group,
    read: &mut HashMap<DocAddress, Doc>,
) -> Result<DocAddress> {
    if group.tied.is_empty() {
        return Ok(group.first.address);
    }
    let mut best: Option<(u64, DocAddress)> = None;
    for at in group.earliest() {
        let doc: Doc = parents.doc(handle, searcher, at)?;
        let hash = tiebreak(&text_of(&doc, handle.fields.citation).unwrap_or_default());
        if best.is_none_or(|old| (hash, at) < old) {
            best = Some((hash, at));
        }
        read.insert(at, doc);
    }
    Ok(best.map_or(group.first.address, |(_, at)| at))
}

/// With a date filter: how many documents of undated articles would match without it
/// (read from the postings of the undated mark, not from every document's date).
fn undated_left_out(handle: &IndexHandle, searcher: &Searcher, req: &SearchRequest) -> Result<Option<usize>> {
    if req.from.is_none() && req.to.is_none() {
        return Ok(None);
    }
    let query = query::build_for(handle, req, Undated::Only)?.query;
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
/// The copies of each text of `keys` among the documents of `doc_kinds`: the earliest
/// [`MAX_CITATIONS`] by date (dated ones first), and how many there are in all. One search
/// for the whole page, so that each segment's columns are opened once.
fn copies_of(
    handle: &IndexHandle,
    searcher: &Searcher,
    doc_kinds: &[&str],
    keys: &[u64],
) -> Result<HashMap<u64, (Vec<DocAddress>, usize)>> {
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    let query = group_members(&handle.fields, keys);
    let found = searcher.search(&query, &Copies::new(handle, keys, doc_kinds)).map_err(handle.err())?;
    Ok(found
        .into_iter()
        .map(|(key, mut members)| {
            let count = members.len();
            members.sort_unstable();
            members.truncate(MAX_CITATIONS);
            (key, (members.into_iter().map(|(_, address)| address).collect(), count))
        })
        .collect())
}

/// Every article carrying a text, from its copies (see [`copies_of`]): one citation per
/// article, earliest first, and how many others there are besides the first. Copies
/// already in `read` are not read again.
fn citations(
    handle: &IndexHandle,
    searcher: &Searcher,
    parents: &mut Parents,
    (members, count): (Vec<DocAddress>, usize),
    mut read: HashMap<DocAddress, Doc>,
) -> Result<(Vec<Citation>, usize)> {
    let f = &handle.fields;
    let mut by_article: HashMap<String, Citation> = HashMap::new();
    for addr in members {
        let doc: TantivyDocument = match read.remove(&addr) {
            Some(doc) => doc,
            None => parents.doc(handle, searcher, addr)?,
        };
        let shown = parents.shown(handle, searcher, addr, &doc)?;
        let c = citation_from(handle, &doc, &shown);
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

/// A stored document as a citation (also what `show` prints): its own citation and
/// paragraph, its article's fields from `shown` (see [`Parents::shown`]).
pub(super) fn citation_from(handle: &IndexHandle, doc: &TantivyDocument, shown: &TantivyDocument) -> Citation {
    let f = &handle.fields;
    Citation {
        citation: text_of(doc, f.citation).unwrap_or_default(),
        title: text_of(shown, f.title),
        outlet: text_of(shown, f.outlet),
        date: date_of(handle, shown),
        url: text_of(shown, f.url),
        source_path: text_of(shown, f.source_path).unwrap_or_default(),
        article_id: text_of(shown, f.article_id).unwrap_or_default(),
        paragraph: number_of(doc, f.paragraph).unwrap_or(0),
    }
}

/// Where an article's date came from; nothing for an undated one.
pub(super) fn date_source_of(handle: &IndexHandle, doc: &TantivyDocument) -> Option<String> {
    text_of(doc, handle.fields.date_source).filter(|s| s != UNDATED)
}

fn hit_from(handle: &IndexHandle, doc: &Doc, shown: &Doc, score: f32, passage: bool) -> QuoteHit {
    let f = &handle.fields;
    let c = citation_from(handle, doc, shown);
    let whole = text_of(shown, f.passage).unwrap_or_default();
    // A quote is shown in (a window of) its passage, with where it sits in what is shown.
    let (passage_text, quote_span) = match quote_span(handle, doc).filter(|_| !passage) {
        Some((start, end)) => {
            let window = quote_window(&whole, start..end);
            let offset = window.as_ptr() as usize - whole.as_ptr() as usize;
            let span = Some((start.saturating_sub(offset), end.saturating_sub(offset)))
                .filter(|&(s, e)| s < e && e <= window.len());
            (window.to_owned(), span)
        }
        None => (whole, None),
    };
    QuoteHit {
        kind: match text_of(doc, f.kind).as_deref() {
            _ if passage => HitKind::Passage,
            Some(kind::REPORTED) => HitKind::Reported,
            _ => HitKind::Quote,
        },
        quote: if passage {
            None
        } else {
            Some(text_of(doc, f.quote).or(text_of(doc, f.reported)).unwrap_or_default())
        },
        speaker: if passage { None } else { text_of(doc, f.speaker) },
        speaker_mention: text_of(doc, f.speaker_mention),
        cue: text_of(doc, f.cue),
        fragment: number_of(doc, f.fragment) == Some(1),
        score,
        title: c.title,
        outlet: c.outlet,
        date: c.date,
        date_source: date_source_of(handle, shown),
        url: c.url,
        source_path: c.source_path,
        article_id: c.article_id,
        paragraph: c.paragraph,
        citation: c.citation,
        passage: passage_text,
        quote_span,
        key: String::new(),
        highlights: Highlights::default(),
        citations: Vec::new(),
        also_in: 0,
        countries: Vec::new(),
        context: None,
    }
}

/// Where a quote document's quote is in its stored passage.
fn quote_span(handle: &IndexHandle, doc: &TantivyDocument) -> Option<(usize, usize)> {
    let f = &handle.fields;
    let (start, end) = (number_of(doc, f.quote_start)?, number_of(doc, f.quote_end)?);
    Some((usize::try_from(start).ok()?, usize::try_from(end).ok()?)).filter(|(s, e)| s < e)
}

/// The `limit` most frequent values of each facet, ties by value; with `reported`, each
/// speaker's reported statements among its count.
fn facets_from(c: &FacetCounts, limit: usize, reported: bool) -> Facets {
    let top = |map: &HashMap<String, u64>, label: &dyn Fn(&str) -> Option<String>| {
        let mut list: Vec<FacetCount> = map
            .iter()
            .map(|(v, n)| FacetCount { value: v.clone(), label: label(v), count: *n, reported: None })
            .collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        list.truncate(limit);
        list
    };
    let country_name = |code: &str| lexicon().find_country(code).map(|c| c.name.clone());
    let mut speaker = top(&c.speaker, &|_| None);
    if reported {
        for s in &mut speaker {
            s.reported = Some(c.speaker_reported.get(&s.value).copied().unwrap_or(0));
        }
    }
    Facets {
        speaker,
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
    let mut histogram = Histogram { interval, buckets, undated: c.undated, per_article: None };
    super::periods::fill_empty_periods(&mut histogram);
    histogram
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
