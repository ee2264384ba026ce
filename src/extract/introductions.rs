//! Where an article first brings in an unnamed source of a role ("a Sale full-back", "one
//! prominent Republican National Committee member"), by the role's head.
//!
//! A definite description ("the Sale full-back said") is that source again, not a person
//! named before it, when such an introduction comes first. The text is read once per head,
//! when a description first asks for it, so a question costs a map look-up, not a scan of
//! the text before it (issue 16's review: one scan per quotation was quadratic).

use crate::lexicon::{Lexicon, word_classes};
use foldhash::HashMap;
use std::cell::RefCell;

/// The most words between "a" and the head of an unnamed source's description ("a
/// prominent Republican National Committee member").
const SOURCE_LEAD_WORDS: usize = 6;

/// The first introduction of each head asked for in one article, found when first needed.
pub struct Introductions<'a> {
    body: &'a str,
    /// Head as written -> the byte where its first introduction's head ends, if any.
    first_end: RefCell<HashMap<String, Option<usize>>>,
}

impl<'a> Introductions<'a> {
    /// The introductions of `body`; nothing is read until the first question.
    pub fn new(body: &'a str) -> Introductions<'a> {
        Introductions { body, first_end: RefCell::new(HashMap::default()) }
    }

    /// True when the text before byte `at` brings in an unnamed source whose description
    /// ends in `head`, led by "a", "an" or "one" within `SOURCE_LEAD_WORDS` words before it
    /// and no punctuation between ("said a prominent Republican National Committee member"
    /// before "the RNC member said"). The head ends its phrase: not "A chief constable" for
    /// "the police chief" (the word after it is read in the whole text).
    pub fn before(&self, at: usize, head: &str, lex: &Lexicon) -> bool {
        let mut first_end = self.first_end.borrow_mut();
        let end = *first_end.entry(head.to_owned()).or_insert_with(|| first_introduction(self.body, head, lex));
        end.is_some_and(|end| end < at)
    }
}

/// The byte where the head of the first introduction of `head` in `body` ends.
fn first_introduction(body: &str, head: &str, lex: &Lexicon) -> Option<usize> {
    if head.is_empty() {
        return None;
    }
    body.match_indices(head).find_map(|(i, _)| {
        let after = &body[i + head.len()..];
        let next = after.split_whitespace().next().unwrap_or_default();
        let ends = after.starts_with(|c: char| !c.is_alphanumeric()) && !lex.is_role_noun(&next.to_lowercase());
        let words = body[..i].split_whitespace().rev().take(SOURCE_LEAD_WORDS);
        let mut unbroken = words.take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '\''));
        let led = unbroken.any(|w| word_classes::INDEFINITE_LEADS.contains(&w.to_lowercase().as_str()));
        (ends && body[..i].ends_with(char::is_whitespace) && led).then_some(i + head.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    #[test]
    fn an_introduction_counts_only_before_the_description() {
        let body = "Jason Robinson spoke. A Sale full-back said no. The Sale full-back said yes.";
        let intro = Introductions::new(body);
        let lex = lexicon();
        let second = body.find("The Sale").unwrap_or(0);
        assert!(intro.before(second, "full-back", lex));
        assert!(!intro.before(body.find("A Sale").unwrap_or(0), "full-back", lex));
        assert!(!intro.before(second, "spokesman", lex));
    }

    #[test]
    fn a_head_that_does_not_end_its_phrase_or_follows_punctuation_is_none() {
        let lex = lexicon();
        let body = "A chief constable spoke. A man, chief of staff, left. the chief said";
        let intro = Introductions::new(body);
        assert!(!intro.before(body.len(), "chief", lex));
        let body = "a senior party official spoke. The official said";
        assert!(Introductions::new(body).before(body.len(), "official", lex));
    }
}
