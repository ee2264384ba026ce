//! Dates as news, scrapers and readers write them, read in one place for every stage: the
//! readers of `ingest` (a metadata field, a header line), `extract` (a date in the body's
//! opening words) and `search` (the bounds of `--from` and `--to`).
//!
//! Publication dates: ISO 8601 (`2025-11-12`, `2025-11-12T08:00:00Z`), "12 November 2025",
//! "Nov 12, 2025", "Nov. 12, 2025", RFC 2822 ("Wed, 12 Nov 2025 08:00:00 +0000") and
//! numeric `11/12/2025` (month first unless the caller asks for day first). Bounds: a
//! year, a month or a day, widened to a whole year or month at either end ([`parse_bound`]).

use crate::model::{Article, Date, DateSource};
use regex::Regex;
use std::sync::OnceLock;

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The month (1-12) a word names in full or by its first three letters or more (`Mar`,
/// `Sept`, `March`), case-blind; `None` for anything else ("Marchember").
pub fn month_named(word: &str) -> Option<i8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = word.to_lowercase();
    let at = NAMES.iter().position(|name| lower.len() >= 3 && name.starts_with(&lower))?;
    Some(at as i8 + 1)
}

fn month_number(name: &str) -> Option<i8> {
    let lower = name.to_lowercase();
    let head = lower.get(..3)?;
    MONTHS.iter().position(|m| *m == head).map(|i| i as i8 + 1)
}

/// White space inside a written date: spaces, or one line break (a hard-wrapped line), never
/// a paragraph break ("Saturday, 26 February" above "1400 GMT" is no date of the year 1400).
const SPACE: &str = r"(?:[^\S\r\n]*\r?\n[^\S\r\n]*|[^\S\r\n]+)";

struct Patterns {
    iso: Regex,
    day_month_year: Regex,
    month_day_year: Regex,
    numeric: Regex,
}

/// Case is ignored only around the words (`(?i:...)`): over the whole pattern the compiler
/// folds the case of `\S` in [`SPACE`], every character there is, which cost more at start-up
/// than extracting a thousand articles' dates.
fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    // Invariant: the patterns below are fixed and valid.
    P.get_or_init(|| Patterns {
        iso: Regex::new(r"\b([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:T|\b)").expect("valid regex"),
        day_month_year: Regex::new(&format!(r"\b([0-9]{{1,2}})(?i:st|nd|rd|th)?{SPACE}(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?,?{SPACE}([0-9]{{4}})\b"))
            .expect("valid regex"),
        month_day_year: Regex::new(&format!(r"\b(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?{SPACE}([0-9]{{1,2}})(?i:st|nd|rd|th)?,?{SPACE}([0-9]{{4}})\b"))
            .expect("valid regex"),
        numeric: Regex::new(r"\b([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})\b").expect("valid regex"),
    })
}

/// Finds the first date written in `text`. `day_first` reads `12/11/2025` as 12 November.
pub fn find_date(text: &str, day_first: bool) -> Option<Date> {
    find_date_at(text, day_first).map(|(_, d)| d)
}

/// [`find_date`], with the byte offset where the date starts.
fn find_date_at(text: &str, day_first: bool) -> Option<(usize, Date)> {
    let p = patterns();
    let num = |s: &str| s.parse::<i64>().ok();
    let mut found: Vec<(usize, Date)> = Vec::new();
    if let Some(c) = p.iso.captures(text) {
        let d = Date::new(num(&c[1])? as i16, num(&c[2])? as i8, num(&c[3])? as i8);
        found.extend(d.map(|d| (c.get(0).map_or(0, |m| m.start()), d)));
    }
    if let Some(c) = p.day_month_year.captures(text) {
        let d = Date::new(num(&c[3])? as i16, month_number(&c[2])?, num(&c[1])? as i8);
        found.extend(d.map(|d| (c.get(0).map_or(0, |m| m.start()), d)));
    }
    if let Some(c) = p.month_day_year.captures(text) {
        let d = Date::new(num(&c[3])? as i16, month_number(&c[1])?, num(&c[2])? as i8);
        found.extend(d.map(|d| (c.get(0).map_or(0, |m| m.start()), d)));
    }
    if let Some(c) = p.numeric.captures(text) {
        let (a, b) = (num(&c[1])? as i8, num(&c[2])? as i8);
        // 25/12/2025 can only be day first and 12/25/2025 only month first, whatever the
        // caller prefers.
        let (month, day) = if (day_first && b <= 12) || a > 12 { (b, a) } else { (a, b) };
        let d = Date::new(num(&c[3])? as i16, month, day);
        found.extend(d.map(|d| (c.get(0).map_or(0, |m| m.start()), d)));
    }
    found.into_iter().min_by_key(|(at, _)| *at)
}

/// How far into the body a date may stand and still be taken as the publication date.
const BODY_DATE_REACH: usize = 200;

/// Lower-case words a dateline or a publication line may hold before its date ("On
/// November 12, 2025, …", "Published: 12 Nov 2025", "LONDON, 12 November 2025 (Reuters) -").
pub const DATELINE_WORDS: [&str; 6] = ["on", "published", "updated", "posted", "last", "dated"];

/// Settles `article`'s date: from metadata or the header when a reader found one, else (less
/// sure) from the body's opening words ([`date_from_body`]), its source said either way.
pub fn settle_date(article: &mut Article) {
    match article.date {
        Some(_) => {
            article.date_source.get_or_insert(DateSource::Metadata);
        }
        None => {
            article.date = date_from_body(&article.body);
            article.date_source = article.date.map(|_| DateSource::Body);
        }
    }
}

/// A publication date found only in the opening words of the body, for articles whose
/// metadata and header give none: the date must open the body or follow only a dateline
/// (capitalised words, punctuation and [`DATELINE_WORDS`]), so that "profits in the three
/// months to 31 December 2004" gives no publication date.
pub fn date_from_body(body: &str) -> Option<Date> {
    let mut end = BODY_DATE_REACH.min(body.len());
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let (at, date) = find_date_at(&body[..end], false)?;
    let dateline = body[..at].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).all(|w| {
        w.chars().next().is_some_and(char::is_uppercase) || DATELINE_WORDS.contains(&w.to_lowercase().as_str())
    });
    dateline.then_some(date)
}

/// Parses a date given on its own (a metadata field, a command-line bound); `day_first`
/// reads `12/11/2025` as 12 November.
pub fn parse_date(text: &str, day_first: bool) -> Option<Date> {
    find_date(text.trim(), day_first)
}

/// Which end of a date range a bound is for: `2025` means Jan 1 as a start (`--from`),
/// Dec 31 as an end (`--to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The first day of a range (`--from`).
    Start,
    /// The last day of a range (`--to`).
    End,
}

/// Why a date bound was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundError {
    /// It is no date in any form read here.
    Unreadable,
    /// Day and month read either way round give two dates (`5.3.1987`): both, never a
    /// guess.
    Ambiguous(Date, Date),
}

/// Parses a date bound: a year (`1987`), a month (`1987-03`, `1987/03`, `March 1987`,
/// `Mar 1987`) or a day (`1987-03-05`, `1987/03/05`, `19870305`, `5 March 1987`, `March 5,
/// 1987`, and `5.3.1987` or `03/05/1987` when only one reading is a date). A year or a month
/// stands for its first day as a start and its last as an end.
pub fn parse_bound(text: &str, side: Side) -> Result<Date, BoundError> {
    let t = text.trim();
    let whole = |y: i64, m: Option<i64>| -> Option<Date> {
        let y = i16::try_from(y).ok()?;
        let (first, last) = match m {
            None => (1, 12),
            Some(m) => (i8::try_from(m).ok()?, i8::try_from(m).ok()?),
        };
        match side {
            Side::Start => Date::new(y, first, 1),
            Side::End => (28..=31).rev().find_map(|d| Date::new(y, last, d)),
        }
    };
    let num = |s: &str| s.parse::<i64>().ok().filter(|_| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    let day = |y: i64, m: i64, d: i64| Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?);
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let date = match parts.as_slice() {
        [ymd] if ymd.len() == 8 && num(ymd).is_some() => num(ymd).and_then(|n| day(n / 10_000, n / 100 % 100, n % 100)),
        [y] if y.len() == 4 && num(y).is_some() => num(y).and_then(|y| whole(y, None)),
        [y, m] if y.len() == 4 && num(y).is_some() => num(y).zip(num(m)).and_then(|(y, m)| whole(y, Some(m))),
        [y, m, d] if y.len() == 4 && num(y).is_some() => match (num(y), num(m), num(d)) {
            (Some(y), Some(m), Some(d)) => day(y, m, d),
            // A time after the day (`2025-11-12T08:30:00Z`, `2025-11-12 10:00`).
            _ => parse_date(t, false),
        },
        // Day and month in either order: read only when one order alone is a date.
        [a, b, y] if y.len() == 4 && num(a).is_some() && num(b).is_some() && num(y).is_some() => {
            let (a, b, y) = (num(a).unwrap_or(0), num(b).unwrap_or(0), num(y).unwrap_or(0));
            match (day(y, b, a), day(y, a, b)) {
                (Some(first), Some(second)) if first != second => return Err(BoundError::Ambiguous(first, second)),
                (first, second) => first.or(second),
            }
        }
        _ => month_year(t).and_then(|(m, y)| whole(y, Some(m))).or_else(|| parse_date(t, false)),
    };
    date.ok_or(BoundError::Unreadable)
}

/// `March 1987`, `Mar 1987`, `March, 1987`: the month (1-12) and the year.
fn month_year(text: &str) -> Option<(i64, i64)> {
    let lower = text.to_lowercase();
    let mut words = lower.split([' ', ',']).filter(|w| !w.is_empty());
    let (month, year, rest) = (words.next()?, words.next()?, words.next());
    let month = month.trim_end_matches('.');
    let m = i64::from(month_named(month)?);
    let y = year.parse::<i64>().ok().filter(|_| year.len() == 4 && rest.is_none())?;
    Some((m, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Option<Date> {
        Date::new(y, m, day)
    }

    #[test]
    fn common_news_forms() {
        assert_eq!(parse_date("2025-11-12", false), d(2025, 11, 12));
        assert_eq!(parse_date("2025-11-12T08:30:00Z", false), d(2025, 11, 12));
        assert_eq!(parse_date("12 November 2025", false), d(2025, 11, 12));
        assert_eq!(parse_date("Today : Nov 12, 2025", false), d(2025, 11, 12));
        assert_eq!(parse_date("Nov. 12, 2025", false), d(2025, 11, 12));
        assert_eq!(parse_date("Wed, 12 Nov 2025 08:00:00 +0000", false), d(2025, 11, 12));
        assert_eq!(parse_date("11/12/2025", false), d(2025, 11, 12));
        assert_eq!(find_date("12/11/2025", true), d(2025, 11, 12));
        assert_eq!(parse_date("25/12/2025", false), d(2025, 12, 25));
    }

    #[test]
    fn body_dates_only_from_the_opening_words() {
        assert_eq!(date_from_body("On November 12, 2025, the rift emerged."), d(2025, 11, 12));
        let late = format!("{} It happened on 12 November 2025.", "Words and more words. ".repeat(12));
        assert_eq!(date_from_body(&late), None);
        // Only after a dateline, never inside the reporter's sentence.
        assert_eq!(date_from_body("LONDON, 12 November 2025 (Reuters) - Talks began."), d(2025, 11, 12));
        assert_eq!(date_from_body("Published: Nov. 12, 2025\nThe rift emerged."), d(2025, 11, 12));
        assert_eq!(date_from_body("12 November 2025 - The rift emerged."), d(2025, 11, 12));
        assert_eq!(date_from_body("Profits rose 10% in the three months to 31 December 2004."), None);
        assert_eq!(date_from_body("The talks, held on 12 November 2025, failed."), None);
        // A date never spans a paragraph break; a hard-wrapped line is fine.
        assert_eq!(date_from_body("Saturday, 26 February\n\n1400 GMT\n\nThe match."), None);
        assert_eq!(parse_date("12 November\n2025", false), d(2025, 11, 12));
        assert_eq!(parse_date("12\u{a0}November 2025", false), d(2025, 11, 12), "a no-break space is a space");
    }

    #[test]
    fn day_first_reads_the_other_way_only_an_impossible_day() {
        assert_eq!(find_date("12/11/2025", true), d(2025, 11, 12));
        assert_eq!(find_date("12/25/2025", true), d(2025, 12, 25), "only month first is a date");
        assert_eq!(find_date("25/12/2025", false), d(2025, 12, 25), "only day first is a date");
        assert_eq!(find_date("31/31/2025", true), None);
    }

    #[test]
    fn bounds_are_read_here_and_refused_with_a_reason() {
        assert_eq!(parse_bound("1987-03", Side::End).ok(), d(1987, 3, 31));
        assert_eq!(parse_bound("March 5, 1987", Side::Start).ok(), d(1987, 3, 5));
        let (first, second) = (Date::new(1987, 3, 5), Date::new(1987, 5, 3));
        match (parse_bound("5.3.1987", Side::Start), first.zip(second)) {
            (Err(BoundError::Ambiguous(a, b)), Some(want)) => assert_eq!((a, b), want),
            (got, _) => panic!("5.3.1987 read as {got:?}"),
        }
        assert_eq!(parse_bound("soon", Side::Start), Err(BoundError::Unreadable));
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(parse_date("2025-02-30", false), None);
        assert_eq!(parse_date("no date here", false), None);
    }
}
