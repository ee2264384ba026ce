//! What a search asks for: the [`SearchOptions`] a user gives (the CLI's flags, the HTTP
//! API's parameters), validated into the [`SearchRequest`] before any work is done, and the
//! small value types it holds. Both front ends validate here, so that they accept the same
//! things and refuse the rest with the same messages.

use super::collect::FACET_VALUES;
use super::render::Format;
use super::show::MAX_REACH;
use crate::dates::BoundError;
use crate::error::{Error, Result};
use crate::lexicon::lexicon;
use crate::model::Date;
use serde::{Deserialize, Serialize};

/// Most hits one search returns (`--limit`, `limit=`).
pub const MAX_LIMIT: usize = 10_000;
/// Hits returned when no limit is given.
pub const DEFAULT_LIMIT: usize = 10;
/// Most values one facet lists (`--facet-limit`).
pub const MAX_FACET_VALUES: usize = 10_000;

/// The options of a search as the user wrote them, before validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOptions {
    /// Free-text query.
    pub query: Option<String>,
    /// Search passages instead of quotes.
    pub passages: bool,
    /// Reported statements (speech without quotation marks) with the quotes.
    pub reported: bool,
    /// Speaker names, or parts of them: a quote by any of them.
    pub speaker: Vec<String>,
    /// A person named in the passage.
    pub person: Option<String>,
    /// Country names, ISO codes or demonyms: a passage referring to any of them.
    pub country: Vec<String>,
    /// Outlet names, or parts of them: an article of any of them.
    pub outlet: Vec<String>,
    /// Full quotes only (no fragments quoted inside the reporter's sentence).
    pub full: bool,
    /// Quotes whose speaker is known only.
    pub attributed: bool,
    /// Earliest date, `YYYY`, `YYYY-MM` or a full date.
    pub from: Option<String>,
    /// Latest date, likewise.
    pub to: Option<String>,
    /// Order asked for.
    pub sort: Option<Sort>,
    /// Hits to return, 0 (counts only) to [`MAX_LIMIT`].
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Count the matching set by speaker, person, country, organisation and outlet.
    pub facets: bool,
    /// Count the matching set over time.
    pub histogram: Option<Interval>,
    /// Values listed per facet.
    pub facet_limit: usize,
    /// Paragraphs of context shown on each side of a hit's paragraph.
    pub context: u64,
    /// With a histogram: each period's share of all its articles.
    pub per_article: bool,
}

impl Default for SearchOptions {
    fn default() -> SearchOptions {
        SearchOptions {
            query: None,
            passages: false,
            reported: false,
            speaker: Vec::new(),
            person: None,
            country: Vec::new(),
            outlet: Vec::new(),
            full: false,
            attributed: false,
            from: None,
            to: None,
            sort: None,
            limit: DEFAULT_LIMIT,
            offset: 0,
            facets: false,
            histogram: None,
            facet_limit: FACET_VALUES,
            context: 0,
            per_article: false,
        }
    }
}

impl SearchOptions {
    /// Validates the options for output in `format`: dates parsed, the country resolved
    /// to its ISO code, counts asked for only where the format can show them.
    pub fn validate(&self, format: Format) -> Result<SearchRequest> {
        let refuse = |message: String| Err(Error::Request(message));
        if self.limit > MAX_LIMIT {
            return refuse(format!("the limit must be from 0 (counts only) to {MAX_LIMIT}, not {}", self.limit));
        }
        let mut country = Vec::new();
        for name in self.country.iter().filter(|n| !n.trim().is_empty()) {
            match lexicon().country_for_query(name) {
                Some(c) if !country.contains(&c.code) => country.push(c.code.clone()),
                Some(_) => {}
                None => {
                    let meant: Vec<String> = lexicon()
                        .similar_countries(name, 4)
                        .iter()
                        .map(|c| format!("{} ({})", c.name, c.code))
                        .collect();
                    let did_you_mean = did_you_mean(&meant).map_or(String::new(), |d| format!(" {d}"));
                    return refuse(format!(
                        "unknown country `{name}`:{did_you_mean} give a name, an ISO code or a demonym (e.g. Colombia, CO, Colombian)"
                    ));
                }
            }
        }
        let from = self.from.as_deref().map(|d| parse_bound(d, Side::Start)).transpose()?;
        let to = self.to.as_deref().map(|d| parse_bound(d, Side::End)).transpose()?;
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            return refuse(format!("--from {f} is after --to {t}"));
        }
        if (self.full || self.attributed) && self.passages {
            return refuse("--full and --attributed choose among quotes: not with --passages".into());
        }
        if self.reported && self.passages {
            return refuse("--reported adds reported statements to quotes: not with --passages".into());
        }
        if (self.facets || self.histogram.is_some()) && !format.shows_counts() {
            return refuse("--facets and --histogram are shown with --format text, json, jsonl or csv".into());
        }
        if self.per_article && self.histogram.is_none() {
            return refuse("--per-article goes with --histogram (the shares are per period)".into());
        }
        if self.context > MAX_REACH {
            return refuse(format!("the context must be from 0 to {MAX_REACH} paragraphs, not {}", self.context));
        }
        if !(1..=MAX_FACET_VALUES).contains(&self.facet_limit) {
            return refuse(format!("the facet limit must be from 1 to {MAX_FACET_VALUES}, not {}", self.facet_limit));
        }
        Ok(SearchRequest {
            text: self.query.clone(),
            passages: self.passages,
            reported: self.reported,
            speaker: nonblank(&self.speaker),
            person: self.person.clone(),
            country,
            outlet: nonblank(&self.outlet),
            full: self.full,
            attributed: self.attributed,
            from,
            to,
            sort: self.sort,
            limit: self.limit,
            offset: self.offset,
            facets: self.facets,
            histogram: self.histogram,
            facet_limit: self.facet_limit,
            context: self.context,
            per_article: self.per_article,
        })
    }
}

/// What the user asked for, validated.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Free-text query; `None` lists everything that passes the filters.
    pub text: Option<String>,
    /// Search passages (all of an article's text) instead of quotes.
    pub passages: bool,
    /// Reported statements (speech without quotation marks) with the quotes: each hit says
    /// which it is.
    pub reported: bool,
    /// Speaker names, or parts of them: any of them (none: every speaker).
    pub speaker: Vec<String>,
    /// A person tagged in the quote's passage.
    pub person: Option<String>,
    /// ISO codes of countries tagged in the passage: any of them.
    pub country: Vec<String>,
    /// Outlet names, or parts of them: any of them.
    pub outlet: Vec<String>,
    /// Full quotes only: no fragments.
    pub full: bool,
    /// Quotes with a known speaker only.
    pub attributed: bool,
    /// Earliest publication date, inclusive.
    pub from: Option<Date>,
    /// Latest publication date, inclusive.
    pub to: Option<Date>,
    /// Order of the hits; `None` means relevance with a query, date without.
    pub sort: Option<Sort>,
    /// Hits to return; 0 returns only the counts.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Count the matching set by speaker, person, country, organisation and outlet.
    pub facets: bool,
    /// Count the matching set over time.
    pub histogram: Option<Interval>,
    /// Values listed per facet.
    pub facet_limit: usize,
    /// Paragraphs of context read on each side of a hit's paragraph (0: none).
    pub context: u64,
    /// With a histogram: each period's share of all its articles.
    pub per_article: bool,
}

impl Default for SearchRequest {
    /// Everything that passes no filter, newest first, the default page and facet sizes.
    fn default() -> SearchRequest {
        SearchRequest {
            text: None,
            passages: false,
            reported: false,
            speaker: Vec::new(),
            person: None,
            country: Vec::new(),
            outlet: Vec::new(),
            full: false,
            attributed: false,
            from: None,
            to: None,
            sort: None,
            limit: DEFAULT_LIMIT,
            offset: 0,
            facets: false,
            histogram: None,
            facet_limit: FACET_VALUES,
            context: 0,
            per_article: false,
        }
    }
}

impl SearchRequest {
    /// The free-text query, if it holds anything but white space.
    pub fn query_text(&self) -> Option<&str> {
        self.text.as_deref().filter(|t| !t.trim().is_empty())
    }

    /// The order in effect: the one asked for, else relevance with a query, date without.
    pub fn effective_sort(&self) -> Sort {
        self.sort.unwrap_or(if self.query_text().is_some() { Sort::Relevance } else { Sort::Date })
    }
}

/// The values that hold more than white space.
fn nonblank(values: &[String]) -> Vec<String> {
    values.iter().filter(|v| !v.trim().is_empty()).cloned().collect()
}

/// Hit order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best BM25 score first; ties newest first, then by quote key.
    #[default]
    Relevance,
    /// Newest first (a syndicated quote dates from its earliest matching copy); ties by
    /// score, then by quote key. Undated hits come last.
    Date,
}

/// Histogram bucket width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    /// `2025`.
    Year,
    /// `2025-11`.
    Month,
    /// ISO week, `2025-W46`.
    Week,
    /// `2025-11-12`.
    Day,
}

pub use crate::dates::Side;

/// Reads a date bound (`--from`, `--to`) with [`crate::dates::parse_bound`]; a bound it
/// cannot read is refused with the forms a user can type.
pub fn parse_bound(text: &str, side: Side) -> Result<Date> {
    crate::dates::parse_bound(text, side).map_err(|e| {
        let why = match e {
            BoundError::Ambiguous(first, second) => format!(" ({first} or {second}? write it as YYYY-MM-DD)"),
            BoundError::Unreadable => String::new(),
        };
        Error::Request(format!(
            "cannot read date `{text}`{why}: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-11-12), or a month name (March 1987)"
        ))
    })
}

/// "did you mean A, B or C?" for the names a reader may have meant, none when there are none.
pub(crate) fn did_you_mean(meant: &[String]) -> Option<String> {
    match meant.split_last()? {
        (last, []) => Some(format!("did you mean {last}?")),
        (last, rest) => Some(format!("did you mean {} or {last}?", rest.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_validate_into_a_request_or_say_what_is_wrong() {
        let ok = |o: &SearchOptions| o.validate(Format::Json).map_err(|e| e.to_string());
        let base = SearchOptions { country: vec!["Colombian".into()], from: Some("2025".into()), ..Default::default() };
        let req = ok(&base).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((req.country, req.from), (vec!["CO".to_owned()], Date::new(2025, 1, 1)));
        let several =
            SearchOptions { country: vec!["CO".into(), "Chile".into(), "Colombia".into()], ..Default::default() };
        assert_eq!(ok(&several).map(|r| r.country), Ok(vec!["CO".to_owned(), "CL".to_owned()]), "once each");
        let bad = |o: SearchOptions, want: &str| {
            let got = ok(&o).err().unwrap_or_default();
            assert!(got.contains(want), "{got}");
        };
        bad(
            SearchOptions { country: vec!["CO".into(), "Atlantis".into()], ..Default::default() },
            "unknown country `Atlantis`: give",
        );
        bad(SearchOptions { country: vec!["Brasil".into()], ..Default::default() }, "did you mean Brazil (BR)?");
        let korea = SearchOptions { country: vec!["Korea".into()], ..Default::default() };
        bad(korea, "did you mean North Korea (KP) or South Korea (KR)?");
        let dutch = SearchOptions { country: vec!["the Netherlands".into()], ..Default::default() };
        assert_eq!(ok(&dutch).map(|r| r.country), Ok(vec!["NL".to_owned()]));
        bad(SearchOptions { full: true, passages: true, ..Default::default() }, "not with --passages");
        bad(SearchOptions { reported: true, passages: true, ..Default::default() }, "--reported adds reported");
        bad(SearchOptions { from: Some("2026".into()), to: Some("2025".into()), ..Default::default() }, "is after");
        assert!(ok(&SearchOptions { limit: 0, ..Default::default() }).is_ok(), "counts only");
        bad(SearchOptions { limit: MAX_LIMIT + 1, ..Default::default() }, "from 0 (counts only) to 10000");
        let counted = SearchOptions { facets: true, ..Default::default() };
        assert!(counted.validate(Format::Markdown).is_err() && counted.validate(Format::Csv).is_ok());
        bad(SearchOptions { facet_limit: 0, ..Default::default() }, "the facet limit must be from 1 to 10000");
    }

    #[test]
    fn bounds_widen_to_whole_years_and_months() {
        assert_eq!(parse_bound("2026", Side::Start).ok(), Date::new(2026, 1, 1));
        assert_eq!(parse_bound("2026", Side::End).ok(), Date::new(2026, 12, 31));
        assert_eq!(parse_bound("2024-02", Side::End).ok(), Date::new(2024, 2, 29));
        assert_eq!(parse_bound("2025-11-12", Side::End).ok(), Date::new(2025, 11, 12));
        assert!(parse_bound("soon", Side::Start).is_err());
    }

    #[test]
    fn bounds_read_the_forms_readers_type() {
        let start = |t: &str| parse_bound(t, Side::Start).map_err(|e| e.to_string());
        let end = |t: &str| parse_bound(t, Side::End).map_err(|e| e.to_string());
        let march_5 = Date::new(1987, 3, 5);
        for form in ["1987-03-05", "1987/03/05", "1987.3.5", "19870305", "5 March 1987", "March 5, 1987", "13.3.1987"] {
            let want = if form.starts_with("13") { Date::new(1987, 3, 13) } else { march_5 };
            assert_eq!(start(form).ok(), want, "{form}");
        }
        assert_eq!((start("March 1987").ok(), end("Mar 1987").ok()), (Date::new(1987, 3, 1), Date::new(1987, 3, 31)));
        assert_eq!(end("1987/02").ok(), Date::new(1987, 2, 28));
        assert_eq!(start("03/25/1987").ok(), Date::new(1987, 3, 25), "only one order is a date");
        // Both orders are dates: refused, with both readings, never guessed.
        let ambiguous = start("5.3.1987").err().unwrap_or_default();
        assert!(ambiguous.contains("1987-03-05 or 1987-05-03? write it as YYYY-MM-DD"), "{ambiguous}");
        assert_eq!(start("3.3.1987").ok(), Date::new(1987, 3, 3), "the same either way");
        assert_eq!(start("2025-11-12T08:30:00Z").ok(), Date::new(2025, 11, 12), "a time after the day");
        for bad in ["19871305", "Marchember 1987", "1987-13", "31.31.1987", "13.3.abcd", "5.3.198x"] {
            assert!(start(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sort_defaults_to_relevance_only_with_a_query() {
        let mut req = SearchRequest::default();
        assert_eq!(req.effective_sort(), Sort::Date);
        req.text = Some("  ".into());
        assert_eq!(req.effective_sort(), Sort::Date);
        req.text = Some("rights".into());
        assert_eq!(req.effective_sort(), Sort::Relevance);
        req.sort = Some(Sort::Date);
        assert_eq!(req.effective_sort(), Sort::Date);
    }
}
