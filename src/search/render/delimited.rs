//! CSV: one hit a row, with a header row. Multi-valued fields are joined with spaces.

use crate::search::hit::SearchResults;
use std::io::{self, Write};

/// The header row, in column order.
pub const CSV_COLUMNS: [&str; 15] = [
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
];

/// Writes the hits as CSV (RFC 4180 quoting), header first.
pub fn write_csv(w: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(CSV_COLUMNS)?;
    for h in &results.hits {
        let kind = serde_json::to_value(h.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let citations: Vec<&str> = h.citations.iter().map(|c| c.citation.as_str()).collect();
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        out.write_record([
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
        ])?;
    }
    out.flush()
}
