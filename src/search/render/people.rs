//! Results made safe for the outputs meant for people (text, Markdown, CSV, `show`): every
//! string from an article or a file name passes through [`crate::escape`], so that no
//! control character or bidirectional override reaches a terminal or a spreadsheet raw.
//! JSON and JSON Lines are written from the results as they are (serde_json escapes).

use crate::escape;
use crate::search::hit::{Citation, FacetCount, QuoteHit, SearchResults};
use crate::search::show::{ContextParagraph, Shown};

/// How the one-line fields (titles, names, paths) are escaped: as lines for text, Markdown
/// and `show` (a line feed would forge a line), as text for CSV, whose quoted cells keep
/// line breaks (RFC 4180).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fields {
    Lines,
    Cells,
}

fn line(s: &mut String) {
    field(s, Fields::Lines);
}

fn field(s: &mut String, mode: Fields) {
    let escaped = match mode {
        Fields::Lines => escape::line(s),
        Fields::Cells => escape::text(s),
    };
    if let std::borrow::Cow::Owned(escaped) = escaped {
        *s = escaped;
    }
}

fn line_opt(s: &mut Option<String>) {
    field_opt(s, Fields::Lines);
}

fn field_opt(s: &mut Option<String>, mode: Fields) {
    if let Some(s) = s {
        field(s, mode);
    }
}

/// Escapes a text that highlights point into; when escaping changes it, the highlights
/// (byte offsets into the raw text) are dropped rather than misplaced, and true is returned.
fn text(s: &mut String, highlights: &mut Vec<(usize, usize)>) -> bool {
    if let std::borrow::Cow::Owned(escaped) = escape::text(s) {
        *s = escaped;
        highlights.clear();
        return true;
    }
    false
}

fn citation(c: &mut Citation, mode: Fields) {
    for s in [&mut c.citation, &mut c.source_path, &mut c.article_id] {
        field(s, mode);
    }
    for s in [&mut c.title, &mut c.outlet, &mut c.date, &mut c.url] {
        field_opt(s, mode);
    }
}

fn hit(h: &mut QuoteHit, mode: Fields) {
    if let Some(q) = &mut h.quote {
        text(q, &mut h.highlights.quote);
    }
    if text(&mut h.passage, &mut h.highlights.passage) {
        h.quote_span = None;
    }
    for s in [&mut h.source_path, &mut h.article_id, &mut h.citation] {
        field(s, mode);
    }
    for s in [&mut h.speaker, &mut h.speaker_mention, &mut h.cue, &mut h.title, &mut h.outlet, &mut h.url] {
        field_opt(s, mode);
    }
    h.citations.iter_mut().for_each(|c| citation(c, mode));
    h.context.iter_mut().flatten().for_each(paragraph);
}

/// A paragraph of context escaped; its quote mark dropped when escaping moved the text.
fn paragraph(p: &mut ContextParagraph) {
    if let std::borrow::Cow::Owned(escaped) = escape::text(&p.text) {
        p.text = escaped;
        p.quote = None;
    }
}

/// The results with every string escaped for people (see the module notes).
pub fn results_for_people(results: &SearchResults) -> SearchResults {
    escaped(results, Fields::Lines)
}

/// The results escaped for a spreadsheet: as [`results_for_people`], but line breaks and tabs
/// are kept in every field (a CSV cell holding one is quoted, RFC 4180).
pub fn results_for_cells(results: &SearchResults) -> SearchResults {
    escaped(results, Fields::Cells)
}

fn escaped(results: &SearchResults, mode: Fields) -> SearchResults {
    let mut r = results.clone();
    r.hits.iter_mut().for_each(|h| hit(h, mode));
    if let Some(f) = &mut r.facets {
        for list in [&mut f.speaker, &mut f.country, &mut f.outlet, &mut f.person, &mut f.organization] {
            list.iter_mut().for_each(|c: &mut FacetCount| {
                field(&mut c.value, mode);
                field_opt(&mut c.label, mode);
            });
        }
    }
    r
}

/// A shown paragraph with every string escaped for people; a paragraph whose text changes
/// loses its quote marks (offsets into the raw text).
pub fn shown_for_people(shown: &Shown) -> Shown {
    let mut s = shown.clone();
    for f in [&mut s.citation, &mut s.source_path, &mut s.article_id] {
        line(f);
    }
    for f in [&mut s.title, &mut s.outlet, &mut s.date, &mut s.url, &mut s.speaker] {
        line_opt(f);
    }
    s.paragraphs.iter_mut().for_each(paragraph);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_from_articles_are_escaped_and_highlights_dropped() {
        let mut h = QuoteHit {
            quote: Some("red \x1b[31malert\x07".into()),
            title: Some("T\u{202e}itle".into()),
            source_path: "a\nb.txt".into(),
            passage: "plain".into(),
            ..QuoteHit::default()
        };
        h.highlights.quote = vec![(0, 3)];
        h.highlights.passage = vec![(0, 5)];
        let r = results_for_people(&SearchResults { hits: vec![h], ..SearchResults::default() });
        let h = &r.hits[0];
        assert_eq!(h.quote.as_deref(), Some("red \\u{1b}[31malert\\u{7}"));
        assert_eq!(h.title.as_deref(), Some("T\\u{202e}itle"));
        assert_eq!(h.source_path, "a\\u{a}b.txt");
        assert!(h.highlights.quote.is_empty() && h.highlights.passage == [(0, 5)]);
    }
}
