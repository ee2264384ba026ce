//! Sentence boundaries in news prose, outside quotations.
//!
//! A boundary is a `.`, `!` or `?` (after closing quote marks or brackets) followed by white
//! space and a capital, a digit or an opening mark. Abbreviations are the hard part: titles
//! ("Sen.", "Dr.") and initials ("Gerald R. Ford") never end a sentence, while dotted
//! acronyms and words like "Inc." or "Nov." end one only when a typical sentence opener
//! follows ("...with the U.S. A memo said" splits, "the U.S. Coast Guard" does not).
//! Quotations are opaque: a quote holding several sentences is one piece of its sentence.

use crate::lexicon::{Ending, lexicon};
use std::ops::Range;

/// Splits `text[span]` into sentences, never inside the `opaque` ranges (quotations,
/// sorted by start and not overlapping). Returned ranges cover the span without gaps,
/// leading white space trimmed.
pub fn sentences(text: &str, span: Range<usize>, opaque: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = span.start;
    let mut cursor = span.start;
    // The ranges that meet the span, found by binary search: a caller may pass all the
    // quotations of an article for each of its paragraphs.
    let from = opaque.partition_point(|r| r.end <= span.start);
    let to = from + opaque[from..].partition_point(|r| r.start < span.end);
    let mut opaque = opaque[from..to].iter().filter(|r| r.end > span.start && r.start < span.end).peekable();
    while cursor < span.end {
        if let Some(r) = opaque.peek()
            && cursor >= r.start
        {
            let end = r.end.min(span.end);
            let ends_sentence = text[r.start..end].trim_end_matches(is_closing).ends_with(['.', '!', '?']);
            cursor = end;
            opaque.next();
            if ends_sentence && starts_new_sentence(&text[cursor..span.end]) {
                push_trimmed(text, &mut out, start..cursor);
                start = cursor;
            }
            continue;
        }
        // Only a stop or the next quotation can end a sentence: move straight to the first
        // of them.
        let limit = opaque.peek().map_or(span.end, |r| r.start.min(span.end));
        let Some(skip) = text[cursor..limit].bytes().position(may_start_a_stop) else {
            cursor = limit;
            continue;
        };
        cursor += skip;
        let Some(c) = text[cursor..].chars().next() else {
            break;
        };
        let next = cursor + c.len_utf8();
        if is_stop(c) {
            let after = next + text[next..span.end].len() - text[next..span.end].trim_start_matches(is_closing).len();
            let stop_here = match opaque.peek() {
                Some(r) => after <= r.start,
                None => true,
            };
            if stop_here
                && starts_new_sentence(&text[after..span.end])
                && (c != '.' || period_ends_sentence(&text[span.start..cursor], &text[after..span.end]))
            {
                push_trimmed(text, &mut out, start..after);
                start = after;
            }
        }
        cursor = next;
    }
    push_trimmed(text, &mut out, start..span.end);
    out
}

fn push_trimmed(text: &str, out: &mut Vec<Range<usize>>, r: Range<usize>) {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\u{201d}' | '\u{2019}' | '\'' | ')' | ']' | '\u{bb}')
}

/// After a candidate boundary: white space, then a capital, digit or opening mark.
fn starts_new_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return rest.is_empty();
    }
    match trimmed.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '(' | '\u{ab}' | '\u{201e}' | '\'' | '`')
        }
    }
}

/// Decides whether the period closing `before` ends a sentence, given the text `after` it.
fn period_ends_sentence(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}' | '-' | '\u{2014}'))
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    let lex = lexicon();
    if lex.abbreviation(&lower) == Some(Ending::Never) {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if single_initial {
        return false;
    }
    let dotted = word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
    if dotted || lex.abbreviation(&lower) == Some(Ending::Maybe) {
        let next_word = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        return lex.is_sentence_opener(next_word);
    }
    true
}

/// True for a character that can end a sentence: `.`, `!`, `?` or `…`.
fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// True for a byte that can start a character [`is_stop`] accepts: `.`, `!`, `?`, and `…`'s
/// lead byte, 0xE2. The splitter skips every other byte.
fn may_start_a_stop(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character that ends a sentence starts with a byte the splitter stops at: a stop
    /// added to `is_stop` alone would be skipped.
    #[test]
    fn every_stop_starts_with_a_byte_the_splitter_stops_at() {
        for c in (0..=0x2FFFF).filter_map(char::from_u32).filter(|&c| is_stop(c)) {
            let mut buf = [0; 4];
            assert!(may_start_a_stop(c.encode_utf8(&mut buf).as_bytes()[0]), "{c:?}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text, 0..text.len(), &[]).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Sen. Rand Paul met Dr. Smith and the USS Gerald R. Ford. It sailed."),
            ["Sen. Rand Paul met Dr. Smith and the USS Gerald R. Ford.", "It sailed."]
        );
    }

    #[test]
    fn dotted_acronym_ends_a_sentence_only_before_an_opener() {
        assert_eq!(
            split("Ties with the U.S. Coast Guard held. War with the U.S. A memo said so."),
            ["Ties with the U.S. Coast Guard held.", "War with the U.S.", "A memo said so."]
        );
    }

    #[test]
    fn quotations_are_opaque() {
        let text = "\"It ended. We left,\" he said. Then silence.";
        let q = 0..text.find(" he").unwrap_or(0);
        let got: Vec<&str> = sentences(text, 0..text.len(), &[q]).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["\"It ended. We left,\" he said.", "Then silence."]);
    }

    #[test]
    fn a_quote_ending_in_a_period_closes_its_sentence() {
        let text = "Paul wrote, \"No trial.\" Vance did not answer.";
        let q = text.find('"').unwrap_or(0)..text.rfind('"').map_or(0, |i| i + 1);
        let got: Vec<&str> = sentences(text, 0..text.len(), &[q]).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["Paul wrote, \"No trial.\"", "Vance did not answer."]);
    }
}
