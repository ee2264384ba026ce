//! CSV: one hit a row, with a header row (RFC 4180: a cell holding a quote mark, a comma or
//! a line break is quoted, its line breaks kept). Multi-valued fields are joined with spaces.
//! With facets or a histogram asked for, the counts instead: one row per value ([`CountRow`]),
//! in CSV or JSON Lines.

use crate::search::hit::{FacetCount, SearchResults};
use serde::Serialize;
use std::io::{self, Write};

/// The header row, in column order (new columns are only ever added at the end).
pub const CSV_COLUMNS: [&str; 19] = [
    "quote",
    "speaker",
    "date",
    "outlet",
    "title",
    "url",
    "citation",
    "paragraph",
    "score",
    "kind",
    "source_path",
    "article_id",
    "also_in",
    "citations",
    "passage",
    "countries",
    "cue",
    "fragment",
    "speaker_mention",
];

/// First characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell a spreadsheet will show as text: one that starts like a formula gets a leading
/// `'` (the OWASP rule against CSV injection).
pub(crate) fn neutralised(cell: String) -> String {
    if cell.starts_with(FORMULA_STARTS) { format!("'{cell}") } else { cell }
}

/// Writes the hits as CSV (RFC 4180 quoting), header first; `safe` neutralises cells that
/// would start a formula (`--raw-csv` turns it off).
pub fn write_csv(w: &mut dyn Write, results: &SearchResults, safe: bool) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(CSV_COLUMNS).map_err(io_error)?;
    for h in &results.hits {
        let kind = h.kind.as_str().to_owned();
        let citations: Vec<&str> = h.citations.iter().map(|c| c.citation.as_str()).collect();
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let cells = [
            opt(&h.quote),
            opt(&h.speaker),
            opt(&h.date),
            opt(&h.outlet),
            opt(&h.title),
            opt(&h.url),
            h.citation.clone(),
            h.paragraph.to_string(),
            format!("{:.4}", h.score),
            kind,
            h.source_path.clone(),
            h.article_id.clone(),
            h.also_in.to_string(),
            citations.join(" "),
            h.passage.clone(),
            h.countries.join(" "),
            opt(&h.cue),
            h.fragment.to_string(),
            opt(&h.speaker_mention),
        ];
        out.write_record(cells.map(|c| if safe { neutralised(c) } else { c })).map_err(io_error)?;
    }
    out.flush()
}

/// One count of the matching set: a facet value or a histogram period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountRow {
    /// What is counted: `speaker`, `person`, `country`, `organization`, `outlet`, or the
    /// histogram's interval (`year`, `month`, `week`, `day`).
    pub count_of: String,
    /// The speaker, code, outlet...; for a histogram the period (`2025-11`) or `undated`.
    pub value: String,
    /// A readable name where the value is a code (countries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Matching documents.
    pub count: u64,
    /// With `--per-article`, for a period: its articles that hold a match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matching_articles: Option<u64>,
    /// With `--per-article`, for a period: all its articles in the index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub articles: Option<u64>,
    /// With `--per-article`: `matching_articles / articles`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    /// With `--reported`, for a speaker: the reported statements among `count`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported: Option<u64>,
}

/// The header row of the counts.
pub const COUNT_COLUMNS: [&str; 8] =
    ["count_of", "value", "label", "count", "matching_articles", "articles", "share", "reported"];

/// The facets, then the histogram, as rows.
pub fn count_rows(results: &SearchResults) -> Vec<CountRow> {
    let mut rows = Vec::new();
    let row = |count_of: &str, c: &FacetCount| CountRow {
        count_of: count_of.into(),
        value: c.value.clone(),
        label: c.label.clone(),
        count: c.count,
        matching_articles: None,
        articles: None,
        share: None,
        reported: c.reported,
    };
    if let Some(f) = &results.facets {
        let lists = [
            ("speaker", &f.speaker),
            ("person", &f.person),
            ("country", &f.country),
            ("organization", &f.organization),
            ("outlet", &f.outlet),
        ];
        for (name, list) in lists {
            rows.extend(list.iter().map(|c| row(name, c)));
        }
    }
    if let Some(h) = &results.histogram {
        let interval = serde_json::to_value(h.interval).ok().and_then(|v| v.as_str().map(str::to_owned));
        let interval = interval.unwrap_or_default();
        let shares: std::collections::HashMap<&str, &crate::search::hit::PeriodShare> =
            h.per_article.iter().flatten().map(|s| (s.key.as_str(), s)).collect();
        let period = |value: String, count: u64| {
            let share = shares.get(value.as_str());
            CountRow {
                count_of: interval.clone(),
                label: None,
                count,
                matching_articles: share.map(|s| s.matching_articles),
                articles: share.map(|s| s.articles),
                share: share.and_then(|s| s.share),
                reported: None,
                value,
            }
        };
        rows.extend(h.buckets.iter().map(|b| period(b.key.clone(), b.count)));
        if h.undated > 0 {
            rows.push(period("undated".into(), h.undated));
        }
    }
    rows
}

/// Writes the counts as CSV, header first; `safe` as in [`write_csv`].
pub fn write_counts_csv(w: &mut dyn Write, results: &SearchResults, safe: bool) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(COUNT_COLUMNS).map_err(io_error)?;
    for r in count_rows(results) {
        let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let cells = [
            r.count_of,
            r.value,
            r.label.unwrap_or_default(),
            r.count.to_string(),
            number(r.matching_articles),
            number(r.articles),
            r.share.map(|s| format!("{s:.4}")).unwrap_or_default(),
            number(r.reported),
        ];
        out.write_record(cells.map(|c| if safe { neutralised(c) } else { c })).map_err(io_error)?;
    }
    out.flush()
}

/// Writes the counts as JSON Lines, one [`CountRow`] a line.
pub fn write_counts_jsonl(w: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    for r in count_rows(results) {
        serde_json::to_writer(&mut *w, &r).map_err(io::Error::from)?;
        writeln!(w)?;
    }
    Ok(())
}

/// The write error inside a CSV error, with its kind (a closed pipe is not an error).
pub(crate) fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        kind => io::Error::other(format!("CSV: {kind:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_start_a_formula_are_neutralised() {
        assert_eq!(neutralised("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        for start in ["+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralised(start.into()).starts_with('\''), "{start:?}");
        }
        assert_eq!(neutralised("Gustavo Petro".into()), "Gustavo Petro");
    }
}
