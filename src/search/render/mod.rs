//! Output formats. For people: text (colour optional, matched words marked) and Markdown
//! citations ready to paste. For programs: JSON (one object), JSON Lines (one hit a line)
//! and CSV (one hit a row, with a header). The JSON shapes are the serialised
//! [`SearchResults`] and [`Shown`]: a documented wire format.

pub(crate) mod delimited;
mod markdown;
mod people;
mod text;

pub use delimited::{CountRow, count_rows, write_counts_csv, write_counts_jsonl, write_csv};
pub use markdown::{markdown_citation, write_markdown};
pub use people::{results_for_cells, results_for_people, shown_for_people};
pub use text::write_text;

use super::hit::SearchResults;
use super::show::{ContextParagraph, Shown};
use crate::normalize::collapse_whitespace;
use owo_colors::OwoColorize;
use std::io::{self, Write};

/// Styling for text output: colour on a terminal, plain text elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use ANSI colours.
    pub color: bool,
}

/// The UTF-8 byte-order mark that `--bom` writes before CSV, for Excel.
pub const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Set around matched words when there is no colour.
pub const PLAIN_MARK: &str = "**";

impl Style {
    fn paint(&self, text: &str, how: fn(&str) -> String) -> String {
        if self.color { how(text) } else { text.to_owned() }
    }

    /// A matched word: yellow and bold on a terminal, between `**` elsewhere.
    fn mark(&self, text: &str) -> String {
        if self.color { text.yellow().bold().to_string() } else { format!("{PLAIN_MARK}{text}{PLAIN_MARK}") }
    }
}

/// `text` with the byte `ranges` marked (neighbouring marks separated only by spaces are
/// joined: "**human rights**"), white space collapsed. Ranges that do not fall on
/// character boundaries are ignored.
pub fn marked(text: &str, ranges: &[(usize, usize)], style: Style) -> String {
    let mut joined: Vec<(usize, usize)> = Vec::new();
    let mut sorted: Vec<(usize, usize)> = ranges.iter().copied().filter(|&(s, e)| text_has(text, s, e)).collect();
    sorted.sort_unstable();
    for (s, e) in sorted {
        match joined.last_mut() {
            Some(last) if s >= last.1 && text[last.1..s].chars().all(char::is_whitespace) => last.1 = e.max(last.1),
            Some(last) if s < last.1 => last.1 = e.max(last.1),
            _ => joined.push((s, e)),
        }
    }
    let mut out = String::with_capacity(text.len() + 8 * joined.len());
    let mut at = 0;
    for (s, e) in joined {
        out.push_str(&text[at..s]);
        out.push_str(&style.mark(&collapse_whitespace(&text[s..e])));
        at = e;
    }
    out.push_str(&text[at..]);
    collapse_whitespace(&out)
}

/// An output format of search results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people: numbered hits, matched words marked.
    Text,
    /// One JSON object: total, matches, hits, facets, histogram.
    Json,
    /// One JSON object per hit, one a line.
    Jsonl,
    /// One row per hit, with a header row.
    Csv,
    /// Citations ready to paste.
    Markdown,
}

impl Format {
    /// True for the formats that show facet and histogram counts.
    pub fn shows_counts(self) -> bool {
        !matches!(self, Format::Markdown)
    }
}

/// Writes `results` in `format`, the one way every front end renders them. With facets or a
/// histogram, CSV and JSON Lines write the counts (one row per value) instead of the hits. JSON keeps the
/// data exact (serde escapes control characters); the outputs for people and spreadsheets
/// get it escaped. `raw_csv` writes CSV cells as they are (no escaping, no formula guard).
pub fn write_results(
    w: &mut dyn Write,
    results: &SearchResults,
    format: Format,
    style: Style,
    raw_csv: bool,
) -> io::Result<()> {
    let shown = || results_for_people(results);
    // CSV and JSON Lines are one table: with counts asked for, they hold the counts.
    let counts = results.facets.is_some() || results.histogram.is_some();
    match format {
        Format::Json => write_json(w, results),
        Format::Jsonl if counts => write_counts_jsonl(w, results),
        Format::Csv if counts => write_counts_csv(w, &results_for_cells(results), !raw_csv),
        Format::Jsonl => write_jsonl(w, results),
        Format::Csv if raw_csv => write_csv(w, results, false),
        Format::Csv => write_csv(w, &results_for_cells(results), true),
        Format::Markdown => write_markdown(w, &shown()),
        Format::Text => write_text(w, &shown(), style),
    }
}

/// Writes results as one JSON object `{"total": N, "hits": [...], ...}`.
pub fn write_json(w: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    // `io::Error::from` keeps the kind of a failed write (a closed pipe is not an error).
    serde_json::to_writer_pretty(&mut *w, results).map_err(io::Error::from)?;
    writeln!(w)
}

/// Writes one JSON object per hit, one a line.
pub fn write_jsonl(w: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    for hit in &results.hits {
        serde_json::to_writer(&mut *w, hit).map_err(io::Error::from)?;
        writeln!(w)?;
    }
    Ok(())
}

/// Writes a cited paragraph in context; the quote is highlighted on a terminal and set
/// between `>>>` and `<<<` elsewhere.
pub fn write_shown(w: &mut dyn Write, shown: &Shown, style: Style) -> io::Result<()> {
    let head: Vec<String> =
        [shown.title.clone(), shown.outlet.clone(), shown.date.clone()].into_iter().flatten().collect();
    writeln!(w, "{}", style.paint(&head.join(" \u{b7} "), |s| s.bold().to_string()))?;
    let source = || source_of(&shown.source_path, &shown.article_id, None);
    writeln!(w, "{}", shown.url.clone().unwrap_or_else(source))?;
    if let Some(s) = &shown.speaker {
        let reported = if shown.reported { " (reported statement, not a quote)" } else { "" };
        writeln!(w, "speaker: {s}{reported}")?;
    }
    writeln!(w)?;
    for p in &shown.paragraphs {
        writeln!(w, "{}\n", paragraph_line(p, style))?;
    }
    Ok(())
}

/// A paragraph of context as one line: `¶3  text`, the cited paragraph's number in green on
/// a terminal, its quote highlighted (between `>>>` and `<<<` without colour).
pub(crate) fn paragraph_line(p: &ContextParagraph, style: Style) -> String {
    let text = match p.quote {
        Some((s, e)) if text_has(&p.text, s, e) => {
            let marked = style.paint(&p.text[s..e], |q| q.yellow().bold().to_string());
            let marked = if style.color { marked } else { format!(">>>{marked}<<<") };
            format!("{}{}{}", &p.text[..s], marked, &p.text[e..])
        }
        _ => p.text.clone(),
    };
    let label = format!("\u{b6}{}", p.paragraph);
    let label = if p.cited { style.paint(&label, |l| l.green().bold().to_string()) } else { label };
    format!("{label}  {}", collapse_whitespace(&text))
}

/// Where an article was read, for a citation without a link: its file, and the record's id
/// when the file alone does not name the article (a record of a feed of many,
/// `articles.jsonl (id reuters21578/9690)`); the id is left out when it is the file's own
/// name (`bbc/business/138` for `…/business/138.txt`: the id's last part, as written, is the
/// file's name without its extensions; not `idpath.2` nor `news/idpath.jsonl` in
/// `idpath.jsonl`) or the URL.
pub(crate) fn source_of(source_path: &str, article_id: &str, url: Option<&str>) -> String {
    let last = |p: &str| p.rsplit('/').next().unwrap_or(p).to_owned();
    let file = last(source_path);
    let stem = file.split('.').next().unwrap_or(&file);
    let own = article_id.is_empty() || url == Some(article_id) || last(article_id) == stem;
    if own { source_path.to_owned() } else { format!("{source_path} (id {article_id})") }
}

fn text_has(text: &str, s: usize, e: usize) -> bool {
    s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_of_a_feed_is_cited_with_its_id_a_file_without() {
        let feed = "data/reuters/articles.jsonl";
        assert_eq!(source_of(feed, "reuters21578/9690", None), "data/reuters/articles.jsonl (id reuters21578/9690)");
        assert_eq!(source_of("data/bbc/business/138.txt", "bbc/business/138", None), "data/bbc/business/138.txt");
        assert_eq!(source_of("138.txt.gz", "one/138", None), "138.txt.gz");
        assert_eq!(source_of(feed, "https://x.example/a", Some("https://x.example/a")), feed);
        for id in ["idpath.2", "news/idpath.jsonl"] {
            assert_eq!(source_of("src/idpath.jsonl", id, None), format!("src/idpath.jsonl (id {id})"));
        }
    }

    #[test]
    fn neighbouring_marks_join_and_space_collapses() {
        let plain = Style { color: false };
        let text = "the human  rights of\nthe people";
        assert_eq!(marked(text, &[(4, 9), (11, 17)], plain), "the **human rights** of the people");
        assert_eq!(marked(text, &[(21, 24)], plain), "the human rights of **the** people");
        assert_eq!(marked(text, &[(3, 99)], plain), "the human rights of the people");
    }
}
