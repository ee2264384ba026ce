//! The histogram's periods made whole: every period from the first to the last match is
//! listed, those without a match at zero, so that a chart or a spreadsheet shows the gaps.

use super::hit::{Bucket, Histogram};
use super::request::Interval;
use super::run::bucket_key;
use crate::model::Date;

/// Most periods one histogram lists: a century of days. Past it, the empty periods are left
/// out (the counted ones are always listed).
pub const MAX_PERIODS: usize = 40_000;

/// Adds the periods without a match between the first and the last bucket, at zero.
pub fn fill_empty_periods(histogram: &mut Histogram) {
    let (Some(first), Some(last)) = (histogram.buckets.first(), histogram.buckets.last()) else {
        return;
    };
    let (Some(start), Some(end)) = (first_day(&first.key), first_day(&last.key)) else {
        return;
    };
    let step = match histogram.interval {
        Interval::Year => jiff::Span::new().years(1),
        Interval::Month => jiff::Span::new().months(1),
        Interval::Week => jiff::Span::new().weeks(1),
        Interval::Day => jiff::Span::new().days(1),
    };
    // Weeks step from the Monday of the first one.
    let start = match histogram.interval {
        Interval::Week => start.checked_sub(jiff::Span::new().days(i64::from(start.weekday().to_monday_zero_offset()))),
        _ => Ok(start),
    };
    let Ok(start) = start else { return };
    let mut keys = Vec::new();
    for day in start.series(step).take_while(|d| *d <= end) {
        let Some(date) = Date::new(day.year(), day.month(), day.day()) else { return };
        keys.push(bucket_key(date, histogram.interval));
        if keys.len() > MAX_PERIODS {
            return;
        }
    }
    let mut counted = std::mem::take(&mut histogram.buckets).into_iter().peekable();
    for key in keys {
        let count = match counted.peek() {
            Some(b) if b.key == key => counted.next().map_or(0, |b| b.count),
            _ => 0,
        };
        if histogram.buckets.last().is_none_or(|b| b.key != key) {
            histogram.buckets.push(Bucket { key, count });
        }
    }
    // Anything the walk did not meet (it cannot, but a count is never dropped).
    histogram.buckets.extend(counted);
    histogram.buckets.sort_by(|a, b| a.key.cmp(&b.key));
}

/// The first day of the period keyed `key` (`2025`, `2025-11`, `2025-W46`, `2025-11-12`).
fn first_day(key: &str) -> Option<jiff::civil::Date> {
    let number = |s: &str| s.parse::<i16>().ok();
    match key.split('-').collect::<Vec<_>>().as_slice() {
        [y] => jiff::civil::Date::new(number(y)?, 1, 1).ok(),
        [y, w] if w.starts_with('W') => {
            let week = jiff::civil::ISOWeekDate::new(number(y)?, w[1..].parse().ok()?, jiff::civil::Weekday::Monday);
            week.ok().map(|w| w.date())
        }
        [y, m] => jiff::civil::Date::new(number(y)?, m.parse().ok()?, 1).ok(),
        [y, m, d] => jiff::civil::Date::new(number(y)?, m.parse().ok()?, d.parse().ok()?).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(interval: Interval, keys: &[(&str, u64)]) -> Vec<(String, u64)> {
        let buckets = keys.iter().map(|(k, n)| Bucket { key: (*k).into(), count: *n }).collect();
        let mut h = Histogram { interval, buckets, undated: 0, per_article: None };
        fill_empty_periods(&mut h);
        h.buckets.into_iter().map(|b| (b.key, b.count)).collect()
    }

    #[test]
    fn empty_periods_between_matches_are_listed_at_zero() {
        let months = filled(Interval::Month, &[("2024-11", 2), ("2025-02", 1)]);
        let want = [("2024-11", 2), ("2024-12", 0), ("2025-01", 0), ("2025-02", 1)];
        assert_eq!(months, want.map(|(k, n)| (k.to_owned(), n)));
        let weeks = filled(Interval::Week, &[("2024-W52", 1), ("2025-W02", 3)]);
        assert_eq!(weeks.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["2024-W52", "2025-W01", "2025-W02"]);
        assert_eq!(filled(Interval::Year, &[("2020", 1), ("2022", 1)]).len(), 3);
        assert_eq!(filled(Interval::Day, &[("2024-02-28", 1), ("2024-03-01", 1)])[1], ("2024-02-29".to_owned(), 0));
        assert!(filled(Interval::Day, &[]).is_empty());
    }
}
