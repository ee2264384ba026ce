//! Article body -> paragraphs -> passages, with byte offsets kept for citations.
//!
//! Paragraphs are separated by blank lines. A text whose lines are hard-wrapped (wire copy
//! such as Reuters keeps its 70-column lines) also starts a paragraph at every indented
//! line; any other text treats each line as a paragraph, as scrapers write them.
//! Paragraphs longer than [`MAX_PASSAGE`] bytes are cut at sentence boundaries, never
//! inside a quotation, so each passage stays a readable unit of context.

use crate::model::Passage;
use crate::sentence::sentences;
use std::ops::Range;

/// Paragraphs longer than this (in bytes) are cut into several passages.
pub const MAX_PASSAGE: usize = 1200;

/// Byte ranges of the paragraphs of `body`, white space trimmed, empty ones dropped.
pub fn paragraphs(body: &str) -> Vec<Range<usize>> {
    let wrapped = is_hard_wrapped(body);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let blank = content.trim().is_empty();
        let indented = content.starts_with([' ', '\t']);
        let new_paragraph = blank || !wrapped || indented;
        if new_paragraph && let Some(s) = start.take() {
            out.push(s..end);
        }
        if !blank {
            let lead = content.len() - content.trim_start().len();
            start.get_or_insert(offset + lead);
            end = offset + content.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

/// True for wire-style text: many lines, all short, most of them not ending a sentence.
fn is_hard_wrapped(body: &str) -> bool {
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.len() < 4 {
        return false;
    }
    let short = lines.iter().all(|l| l.chars().count() <= 100);
    let open_ended = lines.iter().filter(|l| !l.trim_end().ends_with(['.', '"', '?', '!', ':'])).count();
    // Wire copy indents the first line of each paragraph: a few indented lines among
    // many flush ones mark paragraphs, whatever the lines end with.
    // Only when the lines are also cut near one width, as a wrap column cuts them (not a
    // list of short items).
    let indented = lines.iter().filter(|l| l.starts_with([' ', '\t'])).count();
    let widest = lines.iter().map(|l| l.trim().chars().count()).max().unwrap_or(0);
    let near_width = lines.iter().filter(|l| l.trim().chars().count() * 4 >= widest * 3).count();
    let columned = widest >= 40 && near_width * 2 > lines.len();
    short && (open_ended * 2 > lines.len() || (indented >= 2 && indented * 2 < lines.len() && columned))
}

/// Cuts each paragraph into passages; `quotes` (sorted outer ranges of quotations) are never
/// cut.
pub fn passages(body: &str, paragraphs: &[Range<usize>], quotes: &[Range<usize>]) -> Vec<Passage> {
    let mut out = Vec::new();
    for (i, para) in paragraphs.iter().enumerate() {
        let paragraph = i + 1;
        if para.len() <= MAX_PASSAGE {
            out.push(Passage { paragraph, span: para.clone() });
            continue;
        }
        let mut current: Option<Range<usize>> = None;
        for sentence in sentences(body, para.clone(), quotes) {
            current = match current {
                Some(c) if sentence.end - c.start <= MAX_PASSAGE => Some(c.start..sentence.end),
                Some(c) => {
                    out.push(Passage { paragraph, span: c });
                    Some(sentence)
                }
                None => Some(sentence),
            };
        }
        if let Some(c) = current {
            out.push(Passage { paragraph, span: c });
        }
    }
    out
}

/// Passages of an article too large to analyse (see `pipeline::passages_only`): its
/// non-blank lines packed in order into passages of at most [`MAX_PASSAGE`] bytes, a longer
/// line cut at white space, each passage numbered by the line (paragraph) it starts in.
/// One pass over the text, no quotation or sentence finding: memory is that of the output,
/// at most one passage per [`MAX_PASSAGE`] / 2 bytes however many lines the text has.
pub fn packed_passages(body: &str) -> Vec<Passage> {
    let mut out = Vec::new();
    let mut current: Option<Passage> = None;
    let mut paragraph = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        paragraph += 1;
        let mut start = line_start + (line.len() - line.trim_start().len());
        let end = start + trimmed.len();
        while start < end {
            let piece_end =
                if end - start <= MAX_PASSAGE { end } else { cut_at_space(body, start, start + MAX_PASSAGE) };
            match &mut current {
                Some(c) if piece_end - c.span.start <= MAX_PASSAGE => c.span.end = piece_end,
                _ => {
                    out.extend(current.take());
                    current = Some(Passage { paragraph, span: start..piece_end });
                }
            }
            start = piece_end + (body[piece_end..end].len() - body[piece_end..end].trim_start().len());
        }
    }
    out.extend(current);
    out
}

/// Where to cut `body[start..]` at or before `limit` (> `start`): after the last white space
/// of the second half, else at the last character boundary.
fn cut_at_space(body: &str, start: usize, limit: usize) -> usize {
    let mut at = limit;
    while !body.is_char_boundary(at) {
        at -= 1;
    }
    let half = start + (at - start) / 2;
    match body[start..at].rfind(char::is_whitespace) {
        Some(i) if start + i > half => start + i,
        _ if at > start => at,
        // Unreachable for MAX_PASSAGE over 4 bytes: a character is at most 4.
        _ => limit.min(body.len()),
    }
}

/// Bytes of passage text shown around a quote, at most: the whole passage as a rule
/// (passages are cut near 1,200 bytes), a window in a passage that could not be cut (a long
/// run of quotations).
pub const QUOTE_CONTEXT: usize = 4_000;

/// The part of a passage `text` shown around the quote at `quote` (byte offsets within
/// `text`): the whole passage, or, when it is longer than [`QUOTE_CONTEXT`], the quote with
/// up to half of that either side, cut at white space.
pub fn quote_window(text: &str, quote: Range<usize>) -> &str {
    if text.len() <= QUOTE_CONTEXT {
        return text;
    }
    let local = quote.start.min(text.len())..quote.end.min(text.len());
    let mut start = local.start.saturating_sub(QUOTE_CONTEXT / 2);
    let mut end = (local.end + QUOTE_CONTEXT / 2).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // Whole words: past the first white space after the cut, up to the last before it.
    if start > 0
        && let Some(space) = text[start..local.start.max(start)].find(char::is_whitespace)
    {
        start += space;
    }
    if end < text.len()
        && let Some(space) = text[local.end.min(end)..end].rfind(char::is_whitespace)
    {
        end = local.end.min(end) + space;
    }
    text[start..end].trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs() {
        let body = "First para.\n\n  Second para.\n";
        let got: Vec<&str> = paragraphs(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(got, ["First para.", "Second para."]);
    }

    #[test]
    fn each_line_is_a_paragraph_in_unwrapped_text() {
        let body = "One sentence here.\nAnother one there.\n";
        assert_eq!(paragraphs(body).len(), 2);
    }

    #[test]
    fn wire_copy_joins_wrapped_lines_and_splits_at_indents() {
        let body = "WILTON, Conn., March 31 - Showers continued\nthroughout the week in the zone\nand improved prospects.\n    The dry period means\nthe crop will be late\nthis year.\n";
        let got: Vec<&str> = paragraphs(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(got.len(), 2);
        assert!(got[0].starts_with("WILTON") && got[0].ends_with("prospects."));
        assert!(got[1].starts_with("The dry period"));
    }

    #[test]
    fn indented_wire_paragraphs_whose_lines_end_in_stops() {
        // Most lines end a sentence or a quotation, yet the indents still mark paragraphs:
        // the lines are cut near one width, as a wrap column cuts them.
        let body = "TOKYO, March 13 - A Foreign Ministry official dismissed the\narguments made by senior U.S. Government officials today.\n    \"They appear to be linking completely unrelated issues,\"\nShuichi Takemoto of the Foreign Ministry told Reuters.\n    \"The real issue is xenophobia in Silicon Valley,\" he said.\n";
        let got: Vec<&str> = paragraphs(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[1].ends_with("told Reuters."), "{got:?}");
        // Short list items with indents are not wire copy: each line stays a paragraph.
        let body =
            "The team lost again.\n  - 3 goals conceded.\nThe coach spoke.\n  - 2 red cards.\nFans left early.\n";
        assert_eq!(paragraphs(body).len(), 5);
    }

    #[test]
    fn packed_passages_cover_every_line_within_the_size() {
        let body = format!("{}\n\n  {}\n{}", "a.\n\n".repeat(2_000), "word ".repeat(1_000), "\u{e9}".repeat(3_000));
        let packed = packed_passages(&body);
        assert!(packed.iter().all(|p| p.span.len() <= MAX_PASSAGE && !p.span.is_empty()), "{packed:?}");
        assert!(packed.windows(2).all(|w| w[0].span.end <= w[1].span.start && w[0].paragraph <= w[1].paragraph));
        let words: usize = packed.iter().map(|p| body[p.span.clone()].split_whitespace().count()).sum();
        assert!(words >= 2_000 + 1_000, "every word kept: {words}");
        let letters: usize = packed.iter().map(|p| body[p.span.clone()].matches('\u{e9}').count()).sum();
        assert_eq!(letters, 3_000);
        assert_eq!(packed.last().map(|p| p.paragraph), Some(2_002));
        assert_eq!(packed.len(), 7 + 5 + 5, "2,000 'a.' in 7 passages, 5 of words, 5 of accents");
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentences() {
        let sentence = "The committee met again on Tuesday to discuss the budget. ";
        let body = sentence.repeat(40);
        let paras = paragraphs(&body);
        let cut = passages(&body, &paras, &[]);
        assert!(cut.len() > 1);
        assert!(cut.iter().all(|p| p.span.len() <= MAX_PASSAGE && p.paragraph == 1));
        assert!(cut.iter().all(|p| body[p.span.clone()].ends_with('.')));
    }

    #[test]
    fn a_quote_in_an_uncut_passage_is_shown_in_a_window_of_it() {
        let text = format!("{} \"the words,\" said Al Green. {}", "a\u{e9} ".repeat(3_000), "b ".repeat(3_000));
        let quote = text.find("\"the").unwrap_or(0)..text.find("Al").unwrap_or(0);
        let window = quote_window(&text, quote.clone());
        assert!(
            window.len() <= QUOTE_CONTEXT + quote.len() && window.contains("\"the words,\" said"),
            "{}",
            window.len()
        );
        assert!(window.starts_with("a\u{e9}") && window.ends_with('b'), "whole words: {window:?}");
        let short = "He said \"no\".";
        assert_eq!(quote_window(short, 8..12), short);
    }
}
