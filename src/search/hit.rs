//! The typed results of a search: what [`super::run::search`] returns and what the JSON
//! output serialises (a documented wire format: fields are only ever added).

use super::request::{Interval, Sort};
use super::show::ContextParagraph;
use serde::{Deserialize, Serialize};

/// What a hit is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    /// A quotation.
    #[default]
    Quote,
    /// A passage (with `--passages`).
    Passage,
    /// A reported statement (with `--reported`): what a source said, without quotation
    /// marks. A paraphrase, never to be cited as the speaker's words.
    Reported,
}

impl HitKind {
    /// The name JSON and CSV give it.
    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Quote => "quote",
            HitKind::Passage => "passage",
            HitKind::Reported => "reported",
        }
    }
}

/// Byte ranges of the words the query matched, `[start, end)` in UTF-8 bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Highlights {
    /// Ranges in [`QuoteHit::quote`].
    pub quote: Vec<(usize, usize)>,
    /// Ranges in [`QuoteHit::passage`].
    pub passage: Vec<(usize, usize)>,
}

/// One article that carries a hit's quote (or passage).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Id that `show` accepts.
    pub citation: String,
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
    /// 1-based paragraph.
    pub paragraph: u64,
}

/// One quote (or passage) found, with everything needed to cite it. The top-level
/// article fields are those of the earliest matching copy; `citations` lists every copy.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct QuoteHit {
    /// `quote`, `reported` (a reported statement, with `--reported`) or `passage`.
    pub kind: HitKind,
    /// The quoted words, or the reported statement (`null` for passage hits).
    pub quote: Option<String>,
    /// Canonical speaker, if known.
    pub speaker: Option<String>,
    /// The words the speaker was resolved from.
    pub speaker_mention: Option<String>,
    /// Reporting cue.
    pub cue: Option<String>,
    /// True for a short phrase quoted inside the reporter's sentence.
    pub fragment: bool,
    /// Relevance score: the best BM25 score among the copies (0 without a query).
    pub score: f32,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Where the date came from: `metadata`, `header`, `given` (at ingest: `--date`,
    /// `--date-from-path`) or `body` (a lower-confidence guess from the article's opening words).
    #[serde(default)]
    pub date_source: Option<String>,
    /// Link.
    pub url: Option<String>,
    /// Input file.
    pub source_path: String,
    /// Article id.
    pub article_id: String,
    /// 1-based paragraph.
    pub paragraph: u64,
    /// Id that `show` accepts.
    pub citation: String,
    /// The passage around the quote (for passage hits, the passage itself).
    pub passage: String,
    /// Where the quote is in `passage`: `[start, end)` in UTF-8 bytes (`null` for passage
    /// hits).
    #[serde(default)]
    pub quote_span: Option<(usize, usize)>,
    /// The syndication key (16 hex digits) shared by every copy of this text.
    pub key: String,
    /// What the query matched.
    pub highlights: Highlights,
    /// Every article carrying this text, earliest first (undated last).
    pub citations: Vec<Citation>,
    /// How many other articles carry it.
    pub also_in: usize,
    /// ISO codes of the countries the passage refers to.
    #[serde(default)]
    pub countries: Vec<String>,
    /// With `--context N`: the hit's paragraph and N on each side, from its article.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub context: Option<Vec<ContextParagraph>>,
}

/// Counts of one value in the matching set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    /// The value: a speaker, an ISO country code, an outlet.
    pub value: String,
    /// A readable name where the value is a code (countries).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub label: Option<String>,
    /// Matching documents with this value.
    pub count: u64,
    /// With `--reported`, on the speaker facet: how many of `count` are reported
    /// statements (the rest are quotes).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reported: Option<u64>,
}

/// Counts by speaker, person, country, organisation and outlet, most frequent first (at most
/// the request's `facet_limit` each, [`super::collect::FACET_VALUES`] by default). They count matching documents: every
/// article's copy of a quote counts, like `matches`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    /// By canonical speaker.
    pub speaker: Vec<FacetCount>,
    /// By country code.
    pub country: Vec<FacetCount>,
    /// By outlet.
    pub outlet: Vec<FacetCount>,
    /// By person tagged in the matching passages.
    #[serde(default)]
    pub person: Vec<FacetCount>,
    /// By organisation tagged in the matching passages.
    #[serde(default)]
    pub organization: Vec<FacetCount>,
}

/// One time bucket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    /// `2025`, `2025-11`, `2025-W46` or `2025-11-12`.
    pub key: String,
    /// Matching documents published then.
    pub count: u64,
}

/// Counts of the matching documents over time, in date order; the periods between the first
/// and the last match that have none are listed at zero.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Histogram {
    /// Bucket width.
    pub interval: Interval,
    /// The buckets.
    pub buckets: Vec<Bucket>,
    /// Matching documents without a date.
    pub undated: u64,
    /// With `--per-article`: each bucket's share of all the articles of its period.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub per_article: Option<Vec<PeriodShare>>,
}

/// How many of a period's articles hold a match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodShare {
    /// The bucket's key.
    pub key: String,
    /// Articles of the period with at least one matching quote (or passage).
    pub matching_articles: u64,
    /// All the articles of the period in the index.
    pub articles: u64,
    /// `matching_articles / articles`; `null` when the period has no article.
    pub share: Option<f64>,
}

/// The answer to a search.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SearchResults {
    /// Distinct quotes (or passages) that match: copies of one text in several articles
    /// count once. Paging runs over these.
    pub total: usize,
    /// Matching documents: every article's copy counts.
    pub matches: usize,
    /// Hits skipped.
    pub offset: usize,
    /// True when reported statements were searched with the quotes (`--reported`): `total`
    /// and `matches` count both, and each hit's `kind` says which it is.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub reported: bool,
    /// The order in effect.
    pub sort: Sort,
    /// The requested page.
    pub hits: Vec<QuoteHit>,
    /// With `--facets`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub facets: Option<Facets>,
    /// With `--histogram`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub histogram: Option<Histogram>,
    /// With `--from` or `--to`: the matching documents of undated articles the date filter
    /// left out.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub undated_left_out: Option<usize>,
}
