//! Publication dates written the ways news and scrapers write them: ISO 8601
//! (`2025-11-12`, `2025-11-12T08:00:00Z`), "12 November 2025", "Nov 12, 2025",
//! "Nov. 12, 2025", RFC 2822 ("Wed, 12 Nov 2025 08:00:00 +0000") and numeric
//! `11/12/2025` (month first unless the caller asks for day first).

use crate::model::Date;
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

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    // Invariant: the patterns below are fixed and valid.
    P.get_or_init(|| Patterns {
        iso: Regex::new(r"\b([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:T|\b)").expect("valid regex"),
        day_month_year: Regex::new(&format!(r"(?i)\b([0-9]{{1,2}})(?:st|nd|rd|th)?{SPACE}(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?{SPACE}([0-9]{{4}})\b"))
            .expect("valid regex"),
        month_day_year: Regex::new(&format!(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?{SPACE}([0-9]{{1,2}})(?:st|nd|rd|th)?,?{SPACE}([0-9]{{4}})\b"))
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
        // 25/12/2025 can only be day first, whatever the caller prefers.
        let (month, day) = if day_first || a > 12 { (b, a) } else { (a, b) };
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

/// Parses a date given on its own (a metadata field or a command-line bound).
pub fn parse_date(text: &str) -> Option<Date> {
    find_date(text.trim(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Option<Date> {
        Date::new(y, m, day)
    }

    #[test]
    fn common_news_forms() {
        assert_eq!(parse_date("2025-11-12"), d(2025, 11, 12));
        assert_eq!(parse_date("2025-11-12T08:30:00Z"), d(2025, 11, 12));
        assert_eq!(parse_date("12 November 2025"), d(2025, 11, 12));
        assert_eq!(parse_date("Today : Nov 12, 2025"), d(2025, 11, 12));
        assert_eq!(parse_date("Nov. 12, 2025"), d(2025, 11, 12));
        assert_eq!(parse_date("Wed, 12 Nov 2025 08:00:00 +0000"), d(2025, 11, 12));
        assert_eq!(parse_date("11/12/2025"), d(2025, 11, 12));
        assert_eq!(find_date("12/11/2025", true), d(2025, 11, 12));
        assert_eq!(parse_date("25/12/2025"), d(2025, 12, 25));
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
        assert_eq!(parse_date("12 November\n2025"), d(2025, 11, 12));
        assert_eq!(parse_date("12\u{a0}November 2025"), d(2025, 11, 12), "a no-break space is a space");
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(parse_date("2025-02-30"), None);
        assert_eq!(parse_date("no date here"), None);
    }
}
