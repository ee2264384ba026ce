//! A statement that only goes on with the one before it: "…, traders said. Prices would
//! fall further, they added." and "The company said … . It added that …": "it" or "they"
//! with a continuing cue (`[continuing_cues]`: "added", "continued") is the speaker of the
//! statement or quotation right before it, in its own sentence or the one before, when the
//! pronoun can stand for that speaker: "they" for people or bodies in the plural
//! ("traders", "the companies"), "it" for a known body (an organisation's name, a body's
//! head noun, a word of `[org_words]`, a company suffix) that is no person, no one a role noun describes ("an Acme
//! official") and no plural. Only a statement whose pronoun found no
//! one otherwise is given a speaker so: one it found keeps it. Of two statements that end
//! together, the one that holds the other is the one that went before ("X confirmed that A,
//! Y said": Y's).

use crate::extract::doc::Document;
use crate::extract::phrases::{COMPANY_SUFFIXES, head_word};
use crate::extract::resolve;
use crate::lexicon::{Lexicon, singular, word_classes};
use crate::model::{Quote, Reported};
use std::ops::Range;

/// Paragraphs back from a statement's own in which the statement it goes on with may lie.
const GOES_ON_PARAGRAPHS: usize = 1;

/// One statement that came before: where it lies, its speaker and its source as written.
struct Said<'a> {
    span: &'a Range<usize>,
    speaker: Option<&'a String>,
    mention: Option<&'a String>,
}

/// Gives each statement of `reported` whose source is "it" or "they" with a continuing cue
/// the speaker of the statement or quotation right before it (see the module's notes).
pub(super) fn carry_on(
    reported: &mut [Reported],
    quotes: &[Quote],
    doc: &Document<'_>,
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) {
    let paragraph_of = |at: usize| doc.paragraphs.partition_point(|p| p.end <= at);
    // Every statement and top-level quotation once, by where it ends (then the later start
    // first, then the order statements before quotations): the one right before a statement
    // is found by a binary search, not by reading all that came before it for each.
    let tops: Vec<&Quote> = quotes.iter().filter(|q| q.within.is_none()).collect();
    let mut order: Vec<usize> = (0..reported.len() + tops.len()).collect();
    let span_of = |k: usize, reported: &[Reported]| match k.checked_sub(reported.len()) {
        Some(q) => tops[q].span.clone(),
        None => reported[k].span.clone(),
    };
    order.sort_by_key(|&k| {
        let span = span_of(k, reported);
        (span.end, std::cmp::Reverse(span.start), k)
    });
    for i in 0..reported.len() {
        let Some(pronoun) = continuing_pronoun(&reported[i]).filter(|_| reported[i].speaker.is_none()) else {
            continue;
        };
        let at = reported[i].span.start;
        let ended = order.partition_point(|&k| span_of(k, reported).end <= at);
        // Statements count only from before this one in `reported`; quotations all.
        let Some(&k) = order[..ended].iter().rev().find(|&&k| k >= reported.len() || k < i) else {
            continue;
        };
        let last = match k.checked_sub(reported.len()) {
            Some(q) => Said {
                span: &tops[q].span,
                speaker: tops[q].speaker.as_ref(),
                mention: tops[q].speaker_mention.as_ref(),
            },
            None => Said {
                span: &reported[k].span,
                speaker: reported[k].speaker.as_ref(),
                mention: reported[k].speaker_mention.as_ref(),
            },
        };
        if paragraph_of(at).saturating_sub(paragraph_of(last.span.start)) > GOES_ON_PARAGRAPHS {
            continue;
        }
        // Only from the sentence right before (or its own): a sentence between may name
        // another the pronoun stands for ("The union … called a strike. …, it added").
        let sentence_of = |byte: usize| resolve::sentence_holding(byte, cx).unwrap_or(0);
        if sentence_of(at).saturating_sub(sentence_of(last.span.end.saturating_sub(1))) > 1 {
            continue;
        }
        if let Some(speaker) = last.speaker.filter(|&s| stands_for(pronoun, s, last.mention, cx, lex)) {
            reported[i].speaker = Some(speaker.clone());
        }
    }
}

/// "it" or "they" when `r`'s source is that pronoun and its cue only goes on.
fn continuing_pronoun(r: &Reported) -> Option<&'static str> {
    let cue = r.cue.as_deref()?.to_lowercase();
    if !word_classes::CONTINUING_CUES.contains(&cue.as_str()) {
        return None;
    }
    let mention = r.speaker_mention.as_deref()?;
    ["it", "they"].into_iter().find(|p| mention.eq_ignore_ascii_case(p))
}

/// True when `pronoun` can stand for `speaker`, written `mention`: "they" for a plural
/// ("traders", "diplomatic sources", "Analysts") or "they" again; "it" for a known body
/// that is no person, no role ("an Acme official"), no plural and no other pronoun ("the
/// company", "Acme Corp", "it" again; not "Holt").
fn stands_for(
    pronoun: &str,
    speaker: &str,
    mention: Option<&String>,
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> bool {
    let mention = mention.map_or(speaker, String::as_str);
    let head = head_word(mention.split_whitespace()).unwrap_or_default();
    let plural = is_plural_description(head, lex);
    if pronoun == "they" {
        return plural || mention.eq_ignore_ascii_case("they");
    }
    if mention.eq_ignore_ascii_case("it") {
        return true;
    }
    let lower = head.to_lowercase();
    let role = lex.is_role_noun(&lower) && !lex.is_body_noun(&lower);
    // Only a known body: an organisation's name, a body's head noun ("the company", "the weather bureau") or a
    // company suffix ("Acme Corp"); not a surname alone ("Holt said …").
    let suffixed = COMPANY_SUFFIXES.contains(&head.trim_end_matches('.'));
    let body = lex.find_organization(speaker).is_some()
        || lex.find_organization(mention).is_some()
        || lex.is_body_noun(&lower)
        || lex.is_org_word(&lower)
        || suffixed;
    body && !(plural || role || cx.persons.contains(speaker) || resolve::is_referring_pronoun(mention))
}

/// True when the head `head` is a noun in the plural: in lower case ("money market dealers",
/// "the companies"), or a role's or a body's plural whatever its case ("Analysts said"); not
/// a name that ends in "s" ("Lehman Brothers"), nor "the press".
fn is_plural_description(head: &str, lex: &Lexicon) -> bool {
    let lower_plural = head.starts_with(char::is_lowercase) && resolve::is_plural(head);
    let known = || singular(&head.to_lowercase(), |s| lex.is_role_noun(s) || lex.is_body_noun(s)).is_some();
    head.len() > 2 && (lower_plural || known())
}
