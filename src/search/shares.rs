//! `--per-article`: for each histogram period, how many articles of that period hold a match,
//! out of all the articles of that period in the index, so that a chart is not fooled by
//! how many articles each period has. The matching articles are told apart by the article
//! document each match leads back to through `parent` (an article's documents are one block;
//! see `index::schema`), read from fast columns only; the articles of each period are counted
//! from the date column.

use super::collect::FacetCollector;
use super::hit::{Histogram, PeriodShare};
use super::join::parent_doc;
use super::run::bucket_key;
use crate::error::Result;
use crate::index::reader::IndexHandle;
use crate::index::schema::kind;
use crate::model::Date;
use std::collections::{HashMap, HashSet};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader, Term};

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
    let counts = searcher.search(&articles, &FacetCollector::new(handle, false, false)).map_err(handle.err())?;
    let mut all: HashMap<String, u64> = HashMap::new();
    for (&day, &n) in &counts.dates {
        if let Some(key) = period(day) {
            *all.entry(key).or_default() += n;
        }
    }
    // The matching articles, per period: each counted once however many of its documents match.
    let parent = handle.index.schema().get_field_name(f.parent).to_owned();
    let date = handle.index.schema().get_field_name(f.date).to_owned();
    let matched = searcher.search(matching, &ArticlesOf { parent, date }).map_err(handle.err())?;
    let seen: HashSet<(String, u32, DocId)> =
        matched.into_iter().filter_map(|(day, segment, article)| Some((period(day)?, segment, article))).collect();
    let mut with_match: HashMap<String, u64> = HashMap::new();
    for (key, _, _) in seen {
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

/// The article documents (segment, address) the matching documents belong to, with their
/// day: a quote's parent is its passage, a passage's is its article.
struct ArticlesOf {
    parent: String,
    date: String,
}

/// [`ArticlesOf`] on one segment.
struct ArticlesOfSegment {
    segment: SegmentOrdinal,
    parent: Column<u64>,
    date: Column<u64>,
    found: HashSet<(u64, u32, DocId)>,
}

impl Collector for ArticlesOf {
    type Fruit = HashSet<(u64, u32, DocId)>;
    type Child = ArticlesOfSegment;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<ArticlesOfSegment> {
        let fast = reader.fast_fields();
        Ok(ArticlesOfSegment {
            segment,
            parent: fast.u64(&self.parent)?,
            date: fast.u64(&self.date)?,
            found: HashSet::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for ArticlesOfSegment {
    type Fruit = HashSet<(u64, u32, DocId)>;

    fn collect(&mut self, doc: DocId, _: Score) {
        let Some(day) = self.date.first(doc) else { return };
        // Up the block to its article: quote, passage, article.
        let mut at = doc;
        while let Some(up) = parent_doc(&self.parent, at) {
            at = up;
        }
        self.found.insert((day, self.segment, at));
    }

    fn harvest(self) -> Self::Fruit {
        self.found
    }
}
