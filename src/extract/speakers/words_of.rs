//! A phrase that names whose words a quotation gives, as "according to" does: `in the
//! words of a senior aide, "…"`, `in Fortune's words, "…"`. Not "in other words" (no
//! owner), nor "in his own words" (a pronoun's words are left to the cues around them).

use crate::extract::phrases::{Mention, PRONOUNS, lower, np_forward};
use crate::extract::tokens::Token;
use crate::lexicon::Lexicon;

/// The most words of an owner before its possessive ("in Dave Leip's words": two).
const OWNER_WORDS_MAX: usize = 4;

/// The cue recorded for either phrase.
pub(super) const WORDS_OF_CUE: &str = "in the words of";

/// The owner of the words named by the phrase that opens at `toks[v]` ("in"), and the
/// index of the first token past the phrase.
pub(super) fn words_of(text: &str, toks: &[Token<'_>], v: usize, lex: &Lexicon) -> Option<(Mention, usize)> {
    let is = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.word && lower(t) == w);
    if !is(v, "in") {
        return None;
    }
    let (owner, end) = if is(v + 1, "the") && is(v + 2, "words") && is(v + 3, "of") {
        let np = np_forward(text, toks, v + 4, lex)?;
        let end = np.span.end;
        (np, end)
    } else {
        let owned = owner_before_words(text, toks, v + 1)?;
        let end = toks.get(owned.1 + 1)?.span().end;
        (owned.0, end)
    };
    if PRONOUNS.contains(&owner.text.to_lowercase().as_str()) {
        return None;
    }
    let next = toks.iter().position(|t| t.start >= end).unwrap_or(toks.len());
    Some((owner, next))
}

/// `Fortune's words` from `toks[from]`: a name (or "the" and a noun) whose last word is
/// possessive, then "words"; the owner without its "'s", and the index of its last word.
fn owner_before_words(text: &str, toks: &[Token<'_>], from: usize) -> Option<(Mention, usize)> {
    let first = toks.get(from)?;
    let opens = first.is_capitalized() || lower(first) == "the";
    let last = (from..toks.len().min(from + OWNER_WORDS_MAX)).find(|&i| !toks[i].word || toks[i].is_possessive())?;
    let owner = &toks[last];
    let follows = toks.get(last + 1).is_some_and(|t| t.word && lower(t) == "words");
    if !opens || !owner.word || !owner.is_possessive() || !follows || (last == from && !first.is_capitalized()) {
        return None;
    }
    let span = first.start..owner.start + owner.base().len();
    Some((Mention::at(text, span), last))
}
