//! Plain-text articles: optional header lines (a date line, a section name), then the
//! title, then paragraphs separated by blank lines. A file may also start straight with
//! its title on the first line. Markdown is read the same way; a `# ` before the title is
//! dropped. HTML character references in the text ("Jos&#233;", "&amp;") are decoded
//! ([`super::references`]).

use crate::dates::find_date;
use crate::model::Article;
use std::ops::Range;

/// Parses a text file into an article. The error is the reason to skip it.
/// `day_first` reads a numeric date in the header day first.
pub fn parse(text: String, id: String, path: &str, day_first: bool) -> Result<Article, String> {
    if text.trim().is_empty() {
        return Err("empty file".into());
    }
    if text.contains('\0') {
        return Err("binary file (contains NUL bytes)".into());
    }
    // "Jos&#233; Manuel Barroso": text saved from a page is read as the page would be.
    let text = super::references::decode_references(text);
    // The header and the title are in the first blocks: a text of millions of blocks is
    // not listed whole.
    let blocks: Vec<Range<usize>> = blocks(&text).take(MAX_HEADER_BLOCKS + 2).collect();
    let mut date = None;
    let mut date_text = None;
    let mut first = 0;
    while first + 1 < blocks.len()
        && first < MAX_HEADER_BLOCKS
        && is_header(&text, &blocks[first], blocks.get(first + 1))
    {
        if date.is_none() {
            let header = &text[blocks[first].clone()];
            date = find_date(header, day_first);
            date_text = date.map(|_| header.trim().to_owned());
        }
        first += 1;
    }
    let title_block = &text[blocks[first].clone()];
    // A Markdown heading marker is not part of the title.
    let title_line = title_block.lines().next().unwrap_or("").trim().trim_start_matches('#').trim();
    let body_start = blocks[first].start + title_block.find('\n').map_or(title_block.len(), |i| i + 1);
    let title = Some(title_line.to_owned()).filter(|t| !t.is_empty());
    // The body is the text without its head: cut in place, not copied.
    let mut body = text;
    body.drain(..body_start);
    Ok(Article {
        id,
        title,
        date_source: date.map(|_| crate::model::DateSource::Header),
        date_text,
        date,
        source_path: path.to_owned(),
        source_line: 1,
        body,
        ..Article::default()
    })
}

/// Header blocks read at most before the title.
const MAX_HEADER_BLOCKS: usize = 8;

/// Byte ranges of blank-line separated blocks, in order.
fn blocks(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut lines = text.split_inclusive('\n');
    let mut offset = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        let mut start = None;
        while !done {
            let Some(line) = lines.next() else {
                done = true;
                return start.map(|s| s..text.len());
            };
            let at = offset;
            offset += line.len();
            if line.trim().is_empty() {
                if let Some(s) = start {
                    return Some(s..at);
                }
            } else if start.is_none() {
                start = Some(at);
            }
        }
        None
    })
}

/// A block of header lines: each line a date or a short label ("World News"), and the
/// block recognisably not the title (it holds a date, has several lines, or the next block
/// is short and unpunctuated like a title).
fn is_header(text: &str, block: &Range<usize>, next: Option<&Range<usize>>) -> bool {
    let lines: Vec<&str> = text[block.clone()].lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let dated = |l: &str| find_date(l, false).is_some() && l.split_whitespace().count() <= 8;
    let label = |l: &str| l.split_whitespace().count() <= 3 && !l.ends_with(['.', '?', '!', '"']);
    if !lines.iter().all(|l| dated(l) || label(l)) {
        return false;
    }
    let next_is_title = next.is_some_and(|n| {
        let first = text[n.clone()].lines().next().unwrap_or("").trim();
        let ends_sentence = first.trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}']).ends_with(['.', '?', '!', ':']);
        first.split_whitespace().count() < 25 && !ends_sentence && n.end < text.trim_end().len()
    });
    lines.iter().any(|l| dated(l)) || lines.len() > 1 || next_is_title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_date_and_title() {
        let text = "Today : Nov 12, 2025\nWorld News\n12 November 2025\n\nColombia Halts Sharing\n\nA standfirst.\n\nFirst paragraph.\n";
        let a = parse(text.into(), "x".into(), "x.txt", false).unwrap_or_default();
        assert_eq!(a.title.as_deref(), Some("Colombia Halts Sharing"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-11-12"));
        assert!(a.body.trim_start().starts_with("A standfirst."));
    }

    #[test]
    fn character_references_are_read_as_their_characters() {
        let text = "Barroso&#39;s plan\n\nEC President Jos&#233; Manuel Barroso said M&amp;S would gain.\n";
        let a = parse(text.into(), "x".into(), "x.txt", false).unwrap_or_default();
        assert_eq!(a.title.as_deref(), Some("Barroso's plan"));
        assert_eq!(a.body.trim_start(), "EC President José Manuel Barroso said M&S would gain.\n");
    }

    #[test]
    fn title_on_the_first_line() {
        let a = parse("Obama wins\n\nBarack Obama won the vote on Tuesday.\n".into(), "x".into(), "x.txt", false)
            .unwrap_or_default();
        assert_eq!(a.title.as_deref(), Some("Obama wins"));
        assert_eq!(a.date, None);
        assert_eq!(a.body.trim(), "Barack Obama won the vote on Tuesday.");
    }

    #[test]
    fn markdown_heading_marks_are_dropped_from_the_title() {
        let a = parse("# Obama wins\n\nHe won.\n".into(), "x".into(), "x.md", false).unwrap_or_default();
        assert_eq!(a.title.as_deref(), Some("Obama wins"));
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert_eq!(parse(" \n".into(), "x".into(), "x.txt", false), Err("empty file".into()));
        let short =
            parse("Short title\n\nShe said: \"It is done.\"\n".into(), "x".into(), "x.txt", false).unwrap_or_default();
        assert_eq!(short.title.as_deref(), Some("Short title"));
        assert!(parse("a\0b".into(), "x".into(), "x.txt", false).is_err());
    }
}
