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
        let kind = serde_json::to_value(h.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
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
        ];
        out.write_record(cells.map(|c| if safe { neutralised(c) } else { c })).map_err(io_error)?;
    }
    out.flush()
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
