//! Quotation marks: where quoted text starts and ends in a paragraph.
//!
//! Handles straight and curly double quotes, « », „ “, the ``...'' of older wire text and
//! the '' that the New York Times archive uses both to open and to close. A quotation left
//! open at the end of its paragraph ends there: news style continues a long quotation in
//! the next paragraph with a fresh opening mark and no closing one. Single quotes are
//! nested quotations inside double ones, or apostrophes, so they never open a quotation of
//! their own: [`nested_quotations`] reads them, and double marks nested in “…”, « » or
//! ''…'', inside a quotation found.

use std::ops::Range;

/// One quoted stretch of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to the closing mark inclusive (or the paragraph's end).
    pub outer: Range<usize>,
    /// The quoted text, marks excluded, white space trimmed.
    pub inner: Range<usize>,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight,
    Curly,
    TwoApostrophes,
    Backticks,
    Guillemet,
    Low,
}

impl Mark {
    fn opening(s: &str) -> Option<(Mark, usize)> {
        let c = s.chars().next()?;
        Some(match c {
            '"' => (Mark::Straight, 1),
            '\u{201c}' => (Mark::Curly, 3),
            '\u{ab}' => (Mark::Guillemet, 2),
            '\u{201e}' => (Mark::Low, 3),
            '\'' if s.starts_with("''") => (Mark::TwoApostrophes, 2),
            '`' if s.starts_with("``") => (Mark::Backticks, 2),
            _ => return None,
        })
    }

    /// Width of the closing mark for `self` at the start of `s`, if one is there.
    fn closing(self, s: &str) -> Option<usize> {
        let c = s.chars().next()?;
        match (self, c) {
            // Copy often mixes the two: `"…”` and `“…"` are one quotation each.
            (Mark::Straight, '"') | (Mark::Curly, '"') => Some(1),
            (Mark::Curly | Mark::Straight, '\u{201d}') => Some(3),
            (Mark::Guillemet, '\u{bb}') => Some(2),
            (Mark::Low, '\u{201c}' | '\u{201d}') => Some(3),
            (Mark::TwoApostrophes | Mark::Backticks, '\'') if s.starts_with("''") => Some(2),
            _ => None,
        }
    }
}

/// True when the mark at `at` stands where an apostrophe would, between a letter and the
/// ending of a contraction or possessive ("isn"t", "country"s", "we"ll").
fn in_word(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back().is_some_and(char::is_alphabetic);
    let rest = &text[at + 1..];
    let ending = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    before && crate::lexicon::word_classes::CONTRACTION_ENDINGS.contains(&ending)
}

/// Finds the quotations in `text[para]`. Offsets are into `text`.
pub fn find_quotations(text: &str, para: Range<usize>) -> Vec<Quotation> {
    let mut scan = Scan { text, end: para.end, out: Vec::new(), open: None, nested: 0 };
    let mut i = para.start;
    while i < para.end {
        // Only a mark opens or closes anything: move straight to the next byte that can
        // start one, a character boundary (an ASCII mark or a lead byte).
        let Some(skip) = text[i..para.end].bytes().position(may_start_a_mark) else { break };
        i += skip;
        let rest = &text[i..para.end];
        let Some(c) = rest.chars().next() else { break };
        // A straight double mark inside a word is an apostrophe typed as one, as old wire
        // copy does ("isn"t", "country"s"): no quotation opens or closes there.
        if c == '"' && in_word(text, i) {
            i += 1;
            continue;
        }
        let step = match scan.open {
            Some(open) => scan.inside(i, open),
            None => Mark::opening(rest).map(|(mark, w)| {
                scan.open = Some((mark, i, i + w));
                w
            }),
        };
        i += step.unwrap_or(c.len_utf8());
    }
    if let Some((_, start, inner)) = scan.open {
        push(text, &mut scan.out, start..para.end, inner..para.end, false);
    }
    scan.out
}

/// True for a byte that can start a quotation mark that [`Mark`] opens or closes: `"`,
/// `'`, `` ` ``, and the lead bytes of `«`, `»` (0xC2) and of `“`, `”`, `„` (0xE2). Every
/// other character leaves [`find_quotations`]'s scan as it was.
fn may_start_a_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2)
}

/// A kind of mark a quotation nested in another can use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum InnerMark {
    /// `'…'` or `‘…’` (straight and curly mixed as copy mixes them).
    Single,
    /// `“…”` inside `“…”`, `« »`, `„ “` or `''…''`.
    CurlyDouble,
    /// `"…"` inside `« »` or `''…''`, which a straight double mark does not close.
    StraightDouble,
}

impl InnerMark {
    fn opens(self, c: char) -> bool {
        match self {
            InnerMark::Single => c == '\'' || c == '\u{2018}',
            InnerMark::CurlyDouble => c == '\u{201c}',
            InnerMark::StraightDouble => c == '"',
        }
    }

    fn closes(self, c: char) -> bool {
        match self {
            InnerMark::Single => c == '\'' || c == '\u{2019}',
            InnerMark::CurlyDouble => c == '\u{201d}',
            InnerMark::StraightDouble => c == '"',
        }
    }

    /// The nested marks a quotation opened by `outer` can hold: a mark that would close the
    /// outer quotation cannot stand inside it.
    fn inside(outer: Mark) -> &'static [InnerMark] {
        match outer {
            Mark::Straight => &[InnerMark::Single],
            Mark::Curly | Mark::Low | Mark::Backticks => &[InnerMark::Single, InnerMark::CurlyDouble],
            Mark::Guillemet | Mark::TwoApostrophes => {
                &[InnerMark::Single, InnerMark::CurlyDouble, InnerMark::StraightDouble]
            }
        }
    }
}

/// The quotations nested one level inside `q`, a quotation of `text` ("I told him 'you're
/// fired'", “… what he calls “hell” …”, « … "non" … »), in text order. An opening mark
/// starts a word (after white space, an opening bracket or a dash, before a letter or a
/// digit) and a closing mark ends one, so an apostrophe opens nothing (`don't`, `Smiths'`,
/// `'90s`, `'em`); a mark left unclosed inside `q` gives nothing. One scan of `q` per kind
/// of mark: linear in its length.
pub fn nested_quotations(text: &str, q: &Quotation) -> Vec<Quotation> {
    let Some((outer, _)) = Mark::opening(&text[q.outer.start..]) else { return Vec::new() };
    let mut out = Vec::new();
    for &kind in InnerMark::inside(outer) {
        nested_of_kind(text, q.inner.clone(), kind, &mut out);
    }
    out.sort_by_key(|n| n.outer.start);
    // Marks of two kinds that interleave (`'a “b' c”`) nest in neither order: the first to
    // open stays, so nested quotations never overlap.
    let mut end = 0;
    out.retain(|n| {
        let apart = n.outer.start >= end;
        if apart {
            end = n.outer.end;
        }
        apart
    });
    out
}

/// Adds to `out` the quotations of `text[range]` between marks of `kind`.
fn nested_of_kind(text: &str, range: Range<usize>, kind: InnerMark, out: &mut Vec<Quotation>) {
    let mut open: Option<usize> = None;
    // A plural possessive ("the Smiths' house") closes a quotation only when no other
    // closing mark follows before the end.
    let mut possessive: Option<usize> = None;
    for (offset, c) in text[range.clone()].char_indices() {
        let i = range.start + offset;
        match open {
            None if kind.opens(c) && opens_word(text, &range, i, c) => open = Some(i),
            // A word's opening mark after a possible possessive: that was the closing mark
            // (`'rubberstamps' the judgment it called 'riddled'`).
            Some(start) if possessive.is_some() && kind.opens(c) && opens_word(text, &range, i, c) => {
                let end = possessive.take().unwrap_or(i);
                closed_between(text, out, start, end);
                open = Some(i);
            }
            Some(start) if kind.closes(c) && closes_word(text, &range, i, c) => {
                if kind == InnerMark::Single && is_plural_possessive(text, &range, i) {
                    possessive.get_or_insert(i);
                    continue;
                }
                push(text, out, start..i + c.len_utf8(), start + char_width(text, start)..i, true);
                (open, possessive) = (None, None);
            }
            _ => {}
        }
    }
    if let (Some(start), Some(end)) = (open, possessive) {
        closed_between(text, out, start, end);
    }
}

/// Adds the closed quotation from the mark at `start` to the mark at `end`.
fn closed_between(text: &str, out: &mut Vec<Quotation>, start: usize, end: usize) {
    push(text, out, start..end + char_width(text, end), start + char_width(text, start)..end, true);
}

/// The width in bytes of the character at `i`.
fn char_width(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(1, char::len_utf8)
}

/// True when the mark `c` at `i` starts a word of `text[range]`: after the range's start,
/// white space, an opening bracket or a dash, and before a letter or a digit, but not
/// before an elided word (`'em`) or a decade (`'90s`).
fn opens_word(text: &str, range: &Range<usize>, i: usize, c: char) -> bool {
    let before = text[range.start..i].chars().next_back();
    let after_space = before.is_none_or(|b| b.is_whitespace() || "([{\u{2014}\u{2013}-/".contains(b));
    let rest = &text[i + c.len_utf8()..range.end];
    let word = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
    let elided = (c == '\'' || c == '\u{2018}') && {
        let lower = word.to_lowercase();
        crate::lexicon::word_classes::ELISIONS.contains(&lower.as_str()) || is_decade(word)
    };
    after_space && !word.is_empty() && !elided
}

/// "90s", "60s": a decade written after an apostrophe.
fn is_decade(word: &str) -> bool {
    let digits = word.strip_suffix('s').unwrap_or(word);
    digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// True when the mark `c` at `i` ends a word of `text[range]`: after a letter, a digit or
/// punctuation, and before the range's end, white space or punctuation (not a letter:
/// `don't`).
fn closes_word(text: &str, range: &Range<usize>, i: usize, c: char) -> bool {
    let before = text[range.start..i].chars().next_back();
    let after = text[i + c.len_utf8()..range.end].chars().next();
    before.is_some_and(|b| !b.is_whitespace()) && after.is_none_or(|a| !a.is_alphanumeric())
}

/// True when the mark at `i` follows an "s" and comes before a space and a word (`the
/// Smiths' house`), as a plural possessive's apostrophe does.
fn is_plural_possessive(text: &str, range: &Range<usize>, i: usize) -> bool {
    let rest = &text[i + char_width(text, i)..range.end];
    let next_word = rest.strip_prefix(' ').and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric);
    text[..i].ends_with('s') && next_word
}

/// The state of a scan through one paragraph for quotation marks.
struct Scan<'t> {
    text: &'t str,
    /// The paragraph's end.
    end: usize,
    out: Vec<Quotation>,
    /// The open quotation: its mark, the mark's start, the quoted text's start.
    open: Option<(Mark, usize, usize)>,
    /// Curly marks nested inside an open curly quotation (`“… what he calls “hell” than …”`).
    nested: usize,
}

impl Scan<'_> {
    /// With the quotation `open` open, reads a mark at `i`, if there is one: the bytes the
    /// scan moves past it.
    fn inside(&mut self, i: usize, (mark, start, inner): (Mark, usize, usize)) -> Option<usize> {
        let rest = &self.text[i..self.end];
        // A straight mark that can only open ("… 26 weeks. "We are …") while one is open:
        // the quotation continued from a paragraph break that was lost (the news convention
        // leaves the first part unclosed). Start a new one here.
        let reopens = matches!(mark, Mark::Straight | Mark::TwoApostrophes)
            && Mark::opening(rest).is_some_and(|(m, _)| m == mark)
            && only_opens(self.text, i, mark_width(mark), self.end);
        if reopens {
            return Some(self.reopen(mark, mark_width(mark), i, (start, inner)));
        }
        if let Some(w) = mark.closing(rest) {
            if self.nested > 0 && rest.starts_with('\u{201d}') {
                self.nested -= 1;
                return Some(w);
            }
            push(self.text, &mut self.out, start..i + w, inner..i, true);
            self.open = None;
            self.nested = 0;
            return Some(w);
        }
        // The same opening mark again before any close: the earlier one was never closed (a
        // typo or a lost mark). End it here rather than swallow the paragraph.
        let (again, w) = Mark::opening(rest).filter(|(again, _)| *again == mark && mark == Mark::Curly)?;
        // Unless two closing marks follow before any other opening one: then it is a
        // quotation inside the quotation.
        let ahead = &self.text[i + w..self.end];
        let closings = ahead.split('\u{201c}').next().unwrap_or("").matches('\u{201d}').count();
        if closings >= 2 {
            self.nested += 1;
            return Some(w);
        }
        Some(self.reopen(again, w, i, (start, inner)))
    }

    /// Ends the open quotation, unclosed, at `i` and opens another there with `mark`.
    fn reopen(&mut self, mark: Mark, w: usize, i: usize, (start, inner): (usize, usize)) -> usize {
        push(self.text, &mut self.out, start..i, inner..i, false);
        self.nested = 0;
        self.open = Some((mark, i, i + w));
        w
    }
}

/// True for a character that may open or close a quotation or a nickname: straight or
/// curly, single or double (U+2018 to U+201F).
pub fn is_quotation_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{2018}'..='\u{201f}')
}

/// True when byte `pos` lies inside one of `ranges` (sorted by start, not overlapping), by
/// binary search.
pub fn inside(ranges: &[Range<usize>], pos: usize) -> bool {
    let i = ranges.partition_point(|r| r.start <= pos);
    i > 0 && ranges[i - 1].contains(&pos)
}

fn mark_width(mark: Mark) -> usize {
    match mark {
        Mark::Straight => 1,
        Mark::TwoApostrophes | Mark::Backticks | Mark::Guillemet => 2,
        Mark::Curly | Mark::Low => 3,
    }
}

/// True when the mark at `i` (of `width` bytes) stands where only an opening mark can:
/// after white space or the paragraph start, before a letter or digit, and the text
/// before it ends a sentence.
fn only_opens(text: &str, i: usize, width: usize, end: usize) -> bool {
    let before = text[..i].trim_end_matches(' ');
    let spaced = before.len() < i;
    let after = text.get(i + width..end).and_then(|r| r.chars().next());
    let sentence_ended = before.ends_with(['.', '?', '!']);
    spaced && sentence_ended && after.is_some_and(char::is_alphanumeric)
}

fn push(text: &str, out: &mut Vec<Quotation>, outer: Range<usize>, inner: Range<usize>, closed: bool) {
    let piece = &text[inner.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = inner.start + lead;
    out.push(Quotation { outer, inner: start..start + trimmed.len(), closed });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan skips every byte [`may_start_a_mark`] refuses, so each character that opens
    /// or closes a [`Mark`] must start with a byte it accepts: a mark added to `Mark` alone
    /// would be passed over without a word.
    #[test]
    fn every_mark_starts_with_a_byte_the_scan_stops_at() {
        let marks = [Mark::Straight, Mark::Curly, Mark::TwoApostrophes, Mark::Backticks, Mark::Guillemet, Mark::Low];
        for c in (0..=0x2FFFF).filter_map(char::from_u32) {
            let doubled = format!("{c}{c}");
            let reacts = Mark::opening(&doubled).is_some() || marks.iter().any(|m| m.closing(&doubled).is_some());
            assert!(!reacts || may_start_a_mark(doubled.as_bytes()[0]), "{c:?} (U+{:04X})", u32::from(c));
        }
    }

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        find_quotations(text, 0..text.len()).into_iter().map(|q| (&text[q.inner], q.closed)).collect()
    }

    #[test]
    fn straight_and_curly_marks() {
        assert_eq!(quoted("\"One,\" he said, \u{201c}two.\u{201d}"), [("One,", true), ("two.", true)]);
    }

    #[test]
    fn mixed_straight_and_curly_marks_pair_up() {
        assert_eq!(quoted("\"One,\u{201d} he said. \u{201c}Two,\" she said."), [("One,", true), ("Two,", true)]);
    }

    #[test]
    fn nyt_two_apostrophes_open_and_close() {
        assert_eq!(quoted("''It is done,'' he said. ''We won.''"), [("It is done,", true), ("We won.", true)]);
    }

    #[test]
    fn backticks_guillemets_and_low_marks() {
        assert_eq!(quoted("``Up,'' he said."), [("Up,", true)]);
        assert_eq!(quoted("\u{ab}Non\u{bb} et \u{201e}Nein\u{201c}"), [("Non", true), ("Nein", true)]);
    }

    #[test]
    fn single_quotes_inside_double_are_not_quotations() {
        assert_eq!(quoted("\"He said 'no' to me,\" she said."), [("He said 'no' to me,", true)]);
    }

    /// The texts of the quotations nested in the first quotation of `text`.
    fn nested(text: &str) -> Vec<&str> {
        let found = find_quotations(text, 0..text.len());
        found
            .first()
            .map_or_else(Vec::new, |q| nested_quotations(text, q).into_iter().map(|n| &text[n.inner]).collect())
    }

    #[test]
    fn single_marks_inside_double_ones_are_nested_quotations() {
        assert_eq!(nested("\"I told him 'you're fired',\" Smith said."), ["you're fired"]);
        assert_eq!(nested("\"My father always said 'never give up',\" she added"), ["never give up"]);
        assert_eq!(nested("\u{201c}He said \u{2018}no\u{2019} and \u{2018}never\u{2019}.\u{201d}"), ["no", "never"]);
        assert_eq!(nested("''He called it 'a farce.' '' she said"), ["a farce."]);
    }

    #[test]
    fn double_marks_inside_curly_guillemets_and_nyt_marks() {
        assert_eq!(nested("\u{201c}What he calls \u{201c}hell\u{201d} is home.\u{201d}"), ["hell"]);
        assert_eq!(nested("\u{ab}Il a dit \"non\" hier\u{bb}"), ["non"]);
        assert_eq!(nested("''The so-called \"reform\" failed,'' he said."), ["reform"]);
    }

    #[test]
    fn apostrophes_never_open_a_nested_quotation() {
        assert!(nested("\"Back in the '90s we didn't care,\" he said.").is_empty());
        assert!(nested("\"The Smiths' house is the Joneses' now,\" he said.").is_empty());
        assert!(nested("\"Rock 'n' roll, let 'em try,\" he said.").is_empty());
        assert!(nested("\"Don't, won't, can't,\" he said.").is_empty());
    }

    #[test]
    fn a_plural_possessive_closes_only_when_nothing_else_does() {
        assert_eq!(nested("\"He said 'the Smiths' dog bit me' today.\""), ["the Smiths' dog bit me"]);
        assert_eq!(nested("\"These so-called 'experts' know nothing.\""), ["experts"]);
        assert_eq!(
            nested("\"It 'rubberstamps' a ruling it called 'riddled with errors'.\""),
            ["rubberstamps", "riddled with errors"]
        );
    }

    #[test]
    fn interleaved_marks_of_two_kinds_give_the_first_only() {
        assert_eq!(nested("\u{201c}He said 'a \u{201c}b' c\u{201d} d.\u{201d}"), ["a \u{201c}b"]);
    }

    #[test]
    fn an_unclosed_nested_mark_gives_nothing() {
        assert!(nested("\"He said 'wait for me and left.\"").is_empty());
        assert!(nested("\u{201c}He said \u{2018}wait for me and left.\u{201d}").is_empty());
    }

    #[test]
    fn merged_paragraphs_keep_continued_quotations_apart() {
        assert_eq!(
            quoted("Ms Hewitt said: \"We doubled it. \"We will extend it.\" She said more."),
            [("We doubled it.", false), ("We will extend it.", true)]
        );
    }

    #[test]
    fn open_quote_runs_to_the_end_of_its_paragraph() {
        assert_eq!(quoted("He said: \"We will fight on"), [("We will fight on", false)]);
    }

    #[test]
    fn a_curly_quotation_inside_a_curly_quotation() {
        assert_eq!(
            quoted(
                "\u{201c}I'd rather live in what he calls \u{201c}hell\u{201d} than here.\u{201d} \u{2015} Adriana Rodarte"
            ),
            [("I'd rather live in what he calls \u{201c}hell\u{201d} than here.", true)]
        );
    }

    #[test]
    fn a_nested_count_does_not_outlive_its_quotation() {
        let text = "\u{201c}A \u{201c}B\" C\u{201d} D\u{201d}. \u{201c}We will win the vote,\u{201d} he said. Then Smith left.";
        assert!(quoted(text).iter().any(|(q, _)| *q == "We will win the vote,"), "{:?}", quoted(text));
    }

    #[test]
    fn reopened_curly_mark_ends_the_unclosed_one() {
        assert_eq!(quoted("\u{201c}Lost mark. \u{201c}Second.\u{201d}"), [("Lost mark.", false), ("Second.", true)]);
    }
}
