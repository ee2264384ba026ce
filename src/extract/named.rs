//! What a definite description refers back to: "the administration" -> the last "Trump
//! administration" before it.
//!
//! The answer is the last token before the description whose word is the description's
//! head noun, not followed by a capitalised word, with a capitalised qualifier before it.
//! The article's tokens are found once (`doc::Document::tokens`); the tokens that can answer
//! are listed by head when the first description asks, so a question costs a binary search,
//! not a scan of the text before it.

use super::tokens::{Token, Tokens, tokenize};
use foldhash::HashMap;
use std::cell::OnceCell;

/// Bytes before a position within which the tokens of a text cut at that position may
/// differ from those of the whole text: the tokenizer looks at most two characters ahead.
const LOOKAHEAD_BYTES: usize = 8;

/// The capitalised phrases of one article that a definite description may refer back to,
/// indexed when first needed.
pub struct NamedPhrases<'a> {
    tokens: &'a Tokens<'a>,
    index: OnceCell<Index>,
}

struct Index {
    /// Lower-cased word (possessive dropped) -> indices of its tokens that have a qualifier
    /// before them and no capitalised word after them, in text order.
    by_head: HashMap<String, Vec<usize>>,
}

impl<'a> NamedPhrases<'a> {
    /// The phrases of `body`; nothing is read until the first question.
    pub fn new(tokens: &'a Tokens<'a>) -> NamedPhrases<'a> {
        NamedPhrases { tokens, index: OnceCell::new() }
    }

    /// The last capitalised phrase before byte `at` that ends in `head` (any case): the
    /// qualifier words and the head as written ("Trump administration"). The same answer
    /// as reading the tokens of the text before `at` backwards.
    pub fn last_before(&self, at: usize, head: &str) -> Option<String> {
        let head = head.to_lowercase();
        let index = self.index.get_or_init(|| Index::new(self.tokens.all()));
        let (body, toks) = (self.tokens.text(), self.tokens.all());
        // The tokens of `body[..at]` are the whole text's up to a few bytes before `at`
        // (`safe` of them), then those of the tail read again from there.
        let safe = toks.partition_point(|t| t.span().end + LOOKAHEAD_BYTES <= at);
        let tail_from = toks.get(safe).map_or(at, |t| t.start.min(at));
        let tail = tokenize(body, tail_from..at.min(body.len()).max(tail_from));
        let cut: Vec<Token<'a>> = toks[safe.saturating_sub(1)..safe].iter().chain(&tail).copied().collect();
        let token_at = |i: usize| if i < safe { Some(&toks[i]) } else { tail.get(i - safe) };
        // The tail and the last safe token, whose next token is the tail's first (or none).
        let offset = safe.saturating_sub(1);
        for j in (0..cut.len()).rev() {
            let (i, t) = (offset + j, &cut[j]);
            if t.base().to_lowercase() != head || cut.get(j + 1).is_some_and(Token::is_capitalized) {
                continue;
            }
            if let Some(found) = phrase(i, t, token_at) {
                return Some(found);
            }
        }
        // Before them, the whole text's tokens, listed by head.
        let listed = index.by_head.get(&head)?;
        let before = listed.partition_point(|&i| i + 1 < safe);
        let i = listed[..before].last().copied()?;
        phrase(i, &toks[i], token_at)
    }
}

impl Index {
    fn new(toks: &[Token<'_>]) -> Index {
        let mut by_head: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, t) in toks.iter().enumerate() {
            let qualified = i > 0 && qualifies(&toks[i - 1]);
            if qualified && !toks.get(i + 1).is_some_and(Token::is_capitalized) {
                by_head.entry(t.base().to_lowercase()).or_default().push(i);
            }
        }
        Index { by_head }
    }
}

/// True for a word that can stand in a qualifier before a head noun: capitalised, no
/// article, no abbreviation.
fn qualifies(t: &Token<'_>) -> bool {
    t.is_capitalized() && !is_capitalized_article(t.base()) && !t.text.ends_with('.')
}

/// True for an article with a capital ("The", "A"; not "THE").
fn is_capitalized_article(word: &str) -> bool {
    crate::lexicon::word_classes::ARTICLES.iter().any(|a| {
        word.len() == a.len()
            && word.as_bytes()[0] == a.as_bytes()[0].to_ascii_uppercase()
            && word.get(1..) == a.get(1..)
    })
}

/// The qualifier before token `i` (the head `t`) and the head, when it has one.
fn phrase<'t, 'a: 't>(i: usize, t: &Token<'a>, token_at: impl Fn(usize) -> Option<&'t Token<'a>>) -> Option<String> {
    let mut qualifier: Vec<&str> =
        (0..i).rev().map_while(|k| token_at(k).filter(|q| qualifies(q))).map(|q| q.base()).collect();
    if qualifier.is_empty() {
        return None;
    }
    qualifier.reverse();
    Some(format!("{} {}", qualifier.join(" "), t.base()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer as first written: the tokens of the text before `at`, read backwards.
    fn by_scan(body: &str, at: usize, head: &str) -> Option<String> {
        let head = head.to_lowercase();
        let toks = tokenize(body, 0..at.min(body.len()));
        for (i, t) in toks.iter().enumerate().rev() {
            if t.base().to_lowercase() != head || toks.get(i + 1).is_some_and(|n| n.is_capitalized()) {
                continue;
            }
            let qualifier: Vec<&str> = toks[..i].iter().rev().take_while(|q| qualifies(q)).map(|q| q.base()).collect();
            if !qualifier.is_empty() {
                let qualifier: Vec<&str> = qualifier.into_iter().rev().collect();
                return Some(format!("{} {}", qualifier.join(" "), t.base()));
            }
        }
        None
    }

    #[test]
    fn finds_the_last_named_phrase_before() {
        let body = "The Trump administration spoke. Later the Obama administration said no. The administration";
        let tokens = Tokens::new(body);
        let named = NamedPhrases::new(&tokens);
        let at = body.rfind("The administration").unwrap_or(0);
        assert_eq!(named.last_before(at, "administration").as_deref(), Some("Obama administration"));
        assert_eq!(named.last_before(10, "administration"), None);
    }

    #[test]
    fn agrees_with_a_scan_of_the_text_before_at_every_offset() {
        let body = "The Trump administration's plan. U.S. Senate Committee hearing, Trump administration-\"the \
                    administration\" said the White House administration Ministry. Labour Party's party and the \
                    Tory Party. the party x.Party";
        let tokens = Tokens::new(body);
        let named = NamedPhrases::new(&tokens);
        for at in (0..=body.len()).filter(|&at| body.is_char_boundary(at)) {
            for head in ["administration", "party", "hearing", "house"] {
                assert_eq!(named.last_before(at, head), by_scan(body, at, head), "at {at}, {head}");
            }
        }
    }
}
