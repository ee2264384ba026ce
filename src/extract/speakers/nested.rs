//! Quotations inside quotations (`"I told him 'you're fired'," Smith said.`): each one that
//! [`quotes::nested_quotations`] finds becomes a quote of its own, right after the outer
//! one, which stays as it is. Its speaker, by the rule its `rule` names:
//! - `nested-cue`: the one a reporting cue inside the outer quotation names for it, before
//!   it (`"… and he said 'we will win' …"`) or after it (`"… 'we will win,' he said …"`),
//!   resolved as any speaker is, at the cue's place. "I", "we" (`[first_person]`) are the
//!   outer speaker; a "he" or "she" is first a person the outer quotation names just
//!   before it (`"I said to Harry …, and he told me 'no'"`), and one that resolves to the
//!   outer speaker stays unresolved, as a speaker does not call himself "he"; a cue without
//!   a subject of its own ("saying") is the outer speaker's, and one whose subject the cue
//!   reader left out takes its clause's subject (`"My father always said 'never give up'"`);
//! - `nested`: else the outer speaker, who uses the words himself (scare quotes, titles),
//!   also when the cue's subject names no one who can speak ("These things called
//!   'rules'": `article::can_speak`, as for a guessed speaker).
//!
//! Each outer quotation is read once, its nested ones with the clause around each (from the
//! nested quotation before, or the outer's start, to the one after): linear in the article.

use super::article::{can_speak, passage_of};
use super::cues::{Cued, cue_after, cue_before};
use crate::extract::doc::Document;
use crate::extract::phrases::{Mention, sentence_subject};
use crate::extract::quotes::{self, Quotation};
use crate::extract::resolve;
use crate::extract::windows::{CUE_AFTER_WORDS, FRAGMENT_WORDS, NESTED_PRONOUN_WORDS};
use crate::lexicon::{Gender, Lexicon, word_classes};
use crate::model::{Passage, Quote};
use crate::normalize::collapse_whitespace;
use std::ops::Range;

/// `quotes` (the outer quotations, in text order) with the quotations nested in each right
/// after it, marked `within` it.
pub fn with_nested(
    quotes: Vec<Quote>,
    doc: &Document<'_>,
    passages: &[Passage],
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> Vec<Quote> {
    let mut found = doc.quotations.iter().flatten();
    let mut out = Vec::with_capacity(quotes.len());
    for quote in quotes {
        let nested = match found.next() {
            // Every quotation of the document gave one quote, in the same order.
            Some(q) if q.inner == quote.span => nested_in(q, &quote, passages, cx, lex),
            _ => Vec::new(),
        };
        let within = Some(out.len());
        out.push(quote);
        out.extend(nested.into_iter().map(|n| Quote { within, ..n }));
    }
    out
}

/// The quotes nested in the quotation `q`, whose quote is `outer`.
fn nested_in(
    q: &Quotation,
    outer: &Quote,
    passages: &[Passage],
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> Vec<Quote> {
    let body = cx.body;
    let nested = quotes::nested_quotations(body, q);
    let mut from = q.inner.start;
    let mut out = Vec::with_capacity(nested.len());
    for (k, n) in nested.iter().enumerate() {
        let until = nested.get(k + 1).map_or(q.inner.end, |m| m.outer.start);
        let before = clause_before(body, from..n.outer.start);
        let after = clause_after(body, n.outer.end..until);
        let cued = cue_before(cx.tokens, before.clone(), lex)
            .map(|c| with_clause_subject(c, before, cx, lex))
            .or_else(|| cue_after(cx.tokens, after, CUE_AFTER_WORDS, lex));
        from = n.outer.end;
        out.push(nested_quote(n, cued, (q.inner.start, outer), passages, cx, lex));
    }
    out
}

/// A cue before a nested quotation whose subject the cue reader left out, with the clause's
/// own subject (`My father always said 'never give up'`), unless the cue is a participle
/// (`…, saying 'no'`), whose speaker is the outer one.
fn with_clause_subject(c: Cued, clause: Range<usize>, cx: &resolve::Context<'_>, lex: &Lexicon) -> Cued {
    if c.mention.is_some() || c.cue.ends_with("ing") {
        return c;
    }
    let toks = cx.tokens.within(clause);
    let cue_at = toks.iter().rposition(|t| t.text == c.cue).unwrap_or(toks.len());
    Cued { mention: sentence_subject(cx.body, &toks[..cue_at], lex), ..c }
}

/// The quote of the nested quotation `n`, cued by `cued` (if a cue was found), inside the
/// quotation whose quoted text starts at `outer_start` and whose quote is `outer`.
fn nested_quote(
    n: &Quotation,
    cued: Option<Cued>,
    (outer_start, outer): (usize, &Quote),
    passages: &[Passage],
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> Quote {
    let text = collapse_whitespace(cx.body[n.inner.clone()].trim_end_matches([',', ' ']));
    let outer_words = (outer.speaker.clone(), outer.speaker_mention.clone(), None, "nested");
    let (speaker, speaker_mention, cue, rule) = match cued {
        None => outer_words,
        Some(Cued { mention: Some(m), cue }) => match cued_speaker(&m, (outer_start, outer), cx, lex) {
            Some(speaker) => (speaker, Some(collapse_whitespace(&m.text)), Some(cue), "nested-cue"),
            None if is_first_person(&m.text) => (outer_words.0, outer_words.1, Some(cue), "nested-cue"),
            None => outer_words,
        },
        Some(Cued { mention: None, cue }) => (outer_words.0, outer_words.1, Some(cue), "nested-cue"),
    };
    let short = text.split_whitespace().count() < FRAGMENT_WORDS;
    Quote {
        fragment: short && cue.is_none(),
        span: n.inner.clone(),
        passage: passage_of(passages, n.inner.start),
        speaker,
        speaker_mention,
        cue,
        rule: Some(rule.to_owned()),
        within: None,
        text,
    }
}

/// The speaker the mention `m` of a cue inside `outer` (whose quoted text starts at
/// `outer_start`) names: `Some(speaker)` (which may be no one: `Some(None)`, a "he" that can
/// only be the outer speaker, a "they"), or `None` when the words are the outer speaker's
/// ("I", "we", or a phrase that names no one who can speak: a person, organisation or
/// country of the article, or a role). A "he" or "she" is first the last person of that gender
/// the outer speaker names before it (`"I said to Harry …, and he told me 'no'"`).
fn cued_speaker(
    m: &Mention,
    (outer_start, outer): (usize, &Quote),
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> Option<Option<String>> {
    if is_first_person(&m.text) {
        return None;
    }
    let lower = m.text.to_lowercase();
    if let Some(person) = resolve::pronoun_gender(&lower).and_then(|g| named_inside(m, g, (outer_start, outer), cx)) {
        return Some(Some(person.to_owned()));
    }
    let speaker = resolve::resolve_speaker(&m.text, m.span.start, cx, lex);
    // A phrase the cue reader took for a subject that names no one who can speak ("These
    // things", "That's why I've"): no cue of another speaker after all.
    if let Some(s) = speaker.as_deref()
        && !can_speak(s, Some(&m.text), cx.persons, lex)
    {
        return None;
    }
    let himself = resolve::pronoun_gender(&lower).is_some() && speaker.is_some() && speaker == outer.speaker;
    Some(speaker.filter(|_| !himself))
}

/// The last person of gender `g` other than the outer speaker that the outer quotation
/// (its quoted text starting at `outer_start`) names in the `NESTED_PRONOUN_WORDS` words
/// before the pronoun `m`, by full name, surname or given name ("Harry").
fn named_inside<'c>(
    m: &Mention,
    g: Gender,
    (outer_start, outer): (usize, &Quote),
    cx: &resolve::Context<'c>,
) -> Option<&'c str> {
    let toks = cx.tokens.within(outer_start..m.span.start);
    let from = toks.len().saturating_sub(NESTED_PRONOUN_WORDS);
    toks[from..]
        .iter()
        .rev()
        .filter(|t| t.word && t.is_capitalized())
        .filter_map(|t| cx.persons.resolve(t.text, t.start))
        .find(|p| outer.speaker.as_deref() != Some(*p) && cx.persons.may_be(p, g))
}

/// "I", "we": the outer speaker naming himself or his side.
fn is_first_person(mention: &str) -> bool {
    word_classes::FIRST_PERSON.contains(&mention.to_lowercase().as_str())
}

/// The part of `range` after its last sentence end or semicolon: the clause that leads to a
/// nested quotation.
fn clause_before(body: &str, range: Range<usize>) -> Range<usize> {
    let piece = &body[range.clone()];
    let cut = piece
        .match_indices(['.', '!', '?', ';'])
        .map(|(i, _)| i)
        .rfind(|&i| ends_clause(piece, i))
        .map_or(0, |i| i + 1);
    range.start + cut..range.end
}

/// True when the mark at byte `i` of `piece` ends a sentence: not the dots of initials
/// ("the U.S. ambassador told me 'we will not move'"), nor a dot inside a word or before a
/// lower-case word.
fn ends_clause(piece: &str, i: usize) -> bool {
    if piece.as_bytes()[i] != b'.' {
        return true;
    }
    let initials = piece[..i].rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().is_some_and(|w| {
        let w = format!("{w}.");
        w.len() >= 4 && w.split_terminator('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    });
    let inside_word = piece[i + 1..].chars().next().is_some_and(char::is_alphanumeric);
    let next = piece[i + 1..].trim_start().chars().next();
    !initials && !inside_word && !next.is_some_and(char::is_lowercase)
}

/// The part of `range` up to its first sentence end or semicolon: the clause that follows a
/// nested quotation.
fn clause_after(body: &str, range: Range<usize>) -> Range<usize> {
    let piece = &body[range.clone()];
    // A nested quotation's own end ("'No.' he said") is not the clause's end.
    let skip = piece.len() - piece.trim_start_matches(['.', '!', '?', ',', ' ']).len();
    let end = piece[skip..]
        .match_indices(['.', '!', '?', ';'])
        .map(|(i, _)| skip + i)
        .find(|&i| ends_clause(piece, i))
        .unwrap_or(piece.len());
    range.start..range.start + end
}

#[cfg(test)]
mod tests {
    use crate::extract::analyze;
    use crate::model::{Article, Quote};

    fn quotes(body: &str) -> Vec<Quote> {
        analyze(Article { id: "t".into(), body: body.into(), ..Article::default() }).quotes
    }

    fn nested(body: &str) -> Vec<(String, Option<String>, String)> {
        let rules = quotes(body).into_iter().filter(|q| q.rule.as_deref().is_some_and(|r| r.starts_with("nested")));
        rules.map(|q| (q.text, q.speaker, q.rule.unwrap_or_default())).collect()
    }

    #[test]
    fn the_outer_quotation_stays_and_the_nested_one_follows_it() {
        let body = "\"I told him 'you're fired,'\" Donald Smith said.";
        let found = quotes(body);
        let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["I told him 'you're fired,'", "you're fired"]);
        assert_eq!(found[0].rule.as_deref(), Some("cue-after"));
        assert_eq!(found[1].speaker.as_deref(), Some("Donald Smith"));
        assert_eq!(found[1].rule.as_deref(), Some("nested-cue"), "\"I told\" is the outer speaker's cue");
    }

    #[test]
    fn a_cue_inside_the_outer_quotation_names_another_speaker() {
        let body = "Coach Mike Ruddock was pleased. \"Graham Henry said a couple of years ago that we should \
                    'be bold' in France, and he was right,\" Ruddock said.";
        assert_eq!(nested(body), [("be bold".into(), Some("Graham Henry".into()), "nested-cue".into())]);
    }

    #[test]
    fn a_pronoun_that_can_only_be_the_outer_speaker_stays_unresolved() {
        // Smith is the only man named: his own "he" is someone the article does not name.
        let body = "\"Then he said 'we will win' and left,\" Tom Smith said.";
        assert_eq!(nested(body), [("we will win".into(), None, "nested-cue".into())]);
    }

    #[test]
    fn nested_marks_of_two_kinds_one_inside_the_other_do_not_panic() {
        // Found by the property test: an unclosed « holding "… '…'", whose two nested
        // quotations overlapped and cut the clause between them backwards.
        let found = quotes("\"\u{201d}\u{ab}\"according to 'according to'\"");
        assert_eq!(found.iter().filter(|q| q.rule.as_deref().is_some_and(|r| r.starts_with("nested"))).count(), 1);
    }

    #[test]
    fn no_cue_leaves_the_words_to_the_outer_speaker() {
        let body = "\"This is no 'progress' at all,\" said Mary Jones.";
        assert_eq!(nested(body), [("progress".into(), Some("Mary Jones".into()), "nested".into())]);
    }
}
