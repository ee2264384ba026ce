//! `--per-article`: for each histogram period, how many articles of that period hold a match,
//! out of all the articles of that period in the index, so that a chart is not fooled by
//! how many articles each period has. The matching articles are told apart by reading each
//! matching document's article key from the store (no column holds it): linear in the
//! matches, and the slowest part of such a search; the articles of each period are counted
//! from the date column.

use super::collect::FacetCollector;
use super::hit::{Histogram, PeriodShare};
use super::run::bucket_key;
use crate::error::Result;
use crate::index::reader::{IndexHandle, number_of, text_of};
use crate::index::schema::kind;
use crate::model::Date;
use std::collections::{HashMap, HashSet};
use tantivy::collector::DocSetCollector;
use tantivy::query::{Query, TermQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::{Searcher, Term};

/// Adds to `histogram` each period's matching articles and all its articles; `matching` is
/// the search's whole query.
pub fn add_shares(
    handle: &IndexHandle,
    searcher: &Searcher,
    matching: &dyn Query,
    histogram: &mut Histogram,
) -> Result<()> {
    let f = &handle.fields;
    let interval = histogram.interval;
    let period = |n: u64| Date::from_number(n).map(|d| bucket_key(d, interval));
    // All articles, per period.
    let articles = TermQuery::new(Term::from_field_text(f.kind, kind::ARTICLE), IndexRecordOption::Basic);
    let counts = searcher.search(&articles, &FacetCollector::new(handle, false)).map_err(handle.err())?;
    let mut all: HashMap<String, u64> = HashMap::new();
    for (&day, &n) in &counts.dates {
        if let Some(key) = period(day) {
            *all.entry(key).or_default() += n;
        }
    }
    // The matching articles, per period: each counted once however many of its documents match.
    let mut addresses: Vec<_> =
        searcher.search(matching, &DocSetCollector).map_err(handle.err())?.into_iter().collect();
    addresses.sort_unstable();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for address in addresses {
        let doc: TantivyDocument = searcher.doc(address).map_err(handle.err())?;
        if let (Some(key), Some(article)) = (number_of(&doc, f.date).and_then(period), text_of(&doc, f.article_key)) {
            seen.insert((key, article));
        }
    }
    let mut with_match: HashMap<String, u64> = HashMap::new();
    for (key, _) in seen {
        *with_match.entry(key).or_default() += 1;
    }
    let shares = histogram.buckets.iter().map(|b| {
        let articles = all.get(&b.key).copied().unwrap_or(0);
        let matching_articles = with_match.get(&b.key).copied().unwrap_or(0);
        let share = (articles > 0).then(|| matching_articles as f64 / articles as f64);
        PeriodShare { key: b.key.clone(), matching_articles, articles, share }
    });
    histogram.per_article = Some(shares.collect());
    Ok(())
}
