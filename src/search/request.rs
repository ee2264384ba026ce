//! What a search asks for, validated: the [`SearchRequest`] the binary builds from its
//! flags before any work is done, and the small value types it holds.

use crate::error::{Error, Result};
use crate::extract::dates::parse_date;
use crate::model::Date;
use serde::{Deserialize, Serialize};

/// What the user asked for, validated.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Free-text query; `None` lists everything that passes the filters.
    pub text: Option<String>,
    /// Search passages (all of an article's text) instead of quotes.
    pub passages: bool,
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
    /// Order of the hits; `None` means relevance with a query, date without.
    pub sort: Option<Sort>,
    /// Hits to return.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Count the matching set by speaker, person, country, organisation and outlet.
    pub facets: bool,
    /// Count the matching set over time.
    pub histogram: Option<Interval>,
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
        [y, m] if y.len() == 4 => num(y).zip(num(m).and_then(|m| i8::try_from(m).ok())).and_then(|(y, m)| match side {
            Side::Start => Date::new(y as i16, m, 1),
            Side::End => (28..=31).rev().find_map(|d| Date::new(y as i16, m, d)),
        }),
        _ => parse_date(t),
    };
    date.ok_or_else(|| {
        Error::Request(format!("cannot read date `{text}`: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-11-12)"))
    })
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
