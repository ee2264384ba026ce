//! `title`: a title, nickname or name of an operation (`dubbed "the Hammer"`, `the film
//! "Gone Girl"`) is words nobody said: it gets no speaker.

use super::{Pass, QuoteAt};
use crate::extract::phrases::lower;
use crate::extract::quotes::Quotation;
use crate::extract::speakers::Attribution;
use crate::extract::tokens::Tokens;
use crate::lexicon::Lexicon;
use std::ops::Range;

/// Titles of works, nicknames and names of operations.
pub(in crate::extract::speakers) struct Title;

impl Pass for Title {
    fn name(&self) -> &'static str {
        "title"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, _: &mut Attribution) -> bool {
        names_a_thing(at.tokens, &at.before, at.q, at.lex)
    }
}

/// True when the quotation names something rather than reports words: `dubbed "the
/// Hammer"`, `Operation "Southern Spear"`, `the film "Gone Girl"`.
fn names_a_thing(tokens: &Tokens<'_>, before: &Range<usize>, q: &Quotation, lex: &Lexicon) -> bool {
    let text = tokens.text();
    let toks = tokens.within(before.clone());
    let Some(last) = toks.last().filter(|t| t.word) else { return false };
    let l = lower(last);
    let known_as = l == "as" && toks.len() >= 2 && lower(&toks[toks.len() - 2]) == "known";
    if lex.is_naming_word(&l) && (l != "as" || known_as) {
        return true;
    }
    let quoted = &text[q.inner.clone()];
    let words: Vec<&str> = quoted.split_whitespace().collect();
    let title_case = words.len() <= 8
        && words.iter().filter(|w| w.len() > 3).all(|w| w.chars().next().is_some_and(char::is_uppercase));
    // `the film "Gone Girl"`; `on CBS's "Face the Nation,"`: a work, or a title owned by a
    // named outlet (American style puts the comma inside the marks).
    let owned_by_name = last.is_possessive() && last.is_capitalized();
    let bare = !quoted.trim_end().ends_with([',', '.', '?', '!']);
    title_case && ((bare && lex.is_work_noun(&l)) || (owned_by_name && !quoted.trim_end().ends_with(['.', '?', '!'])))
}
