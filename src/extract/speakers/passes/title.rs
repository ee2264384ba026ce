//! `title`: a title, nickname or name of an operation (`dubbed "the Hammer"`, `the film
//! "Gone Girl"`) is words nobody said: it gets no speaker.

use super::{Pass, QuoteAt};
use crate::extract::phrases::{is_plain_noun, lower};
use crate::extract::speakers::Attribution;
use crate::extract::tokens::Token;
use crate::lexicon::{Lexicon, word_classes};

/// Titles of works, nicknames and names of operations.
pub(in crate::extract::speakers) struct Title;

impl Pass for Title {
    fn name(&self) -> &'static str {
        "title"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, _: &mut Attribution) -> bool {
        let toks = at.tokens.within(at.before.clone());
        let quoted = &at.text[at.q.inner.clone()];
        let named_by_agent = agent_follows(at) && !is_title_case(quoted);
        names_a_thing(&toks, quoted, at.lex) || (named_after_a_new_thing(&toks, quoted, at.lex) && !named_by_agent)
    }
}

/// True when the quotation names something rather than reports words: `dubbed "the
/// Hammer"`, `dubbed him "Minister of Discord"`, `Operation "Southern Spear"`, `the film
/// "Gone Girl"`.
/// `toks` are the sentence's words before the quotation, `quoted` its words.
fn names_a_thing(toks: &[Token<'_>], quoted: &str, lex: &Lexicon) -> bool {
    let Some(last) = toks.last().filter(|t| t.word) else { return false };
    let l = lower(last);
    let known_as = l == "as" && toks.len() >= 2 && lower(&toks[toks.len() - 2]) == "known";
    if lex.is_naming_word(&l) && (l != "as" || known_as) {
        return true;
    }
    let title_case = is_title_case(quoted);
    // `dubbed him "Minister of Discord"`: a nickname in title case given to a person.
    let nicknamed = toks.len() >= 2
        && (word_classes::OBJECT_PRONOUNS.contains(&l.as_str()) || l == "them")
        && lex.is_naming_word(&lower(&toks[toks.len() - 2]));
    if nicknamed && title_case {
        return true;
    }
    // `the film "Gone Girl"`; `on CBS's "Face the Nation,"`: a work, or a title owned by a
    // named outlet (American style puts the comma inside the marks).
    let owned_by_name = last.is_possessive() && last.is_capitalized();
    let bare = !quoted.trim_end().ends_with([',', '.', '?', '!']);
    title_case && ((bare && lex.is_work_noun(&l)) || (owned_by_name && !quoted.trim_end().ends_with(['.', '?', '!'])))
}

/// True for words written as a title: eight at most, each longer than three letters
/// capitalised ("Women Who Work", "Gone Girl").
fn is_title_case(quoted: &str) -> bool {
    let words: Vec<&str> = quoted.split_whitespace().collect();
    words.len() <= 8 && words.iter().filter(|w| w.len() > 3).all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Words a naming participle may look back over to the indefinite article of its noun
/// ("a short film called", "A German news organization called").
const NAMED_NOUN_WORDS: usize = 4;

/// `a short film called "Tenemos Familias"`, `a group called the "People's Front"`: a
/// naming participle (and at most an article) right before the quotation, after a noun that
/// an indefinite article introduces, names that new thing; its noun said nothing. Not a
/// person (`a critic called "reckless"`), a text unless `quoted` is written as a title (`an
/// editorial called "a disgrace" the decision`, but `a book called "Women Who Work"`), a
/// pronoun or an auxiliary (`what he called`, `have called`), whose "called" reports words.
fn named_after_a_new_thing(toks: &[Token<'_>], quoted: &str, lex: &Lexicon) -> bool {
    let words: Vec<&Token<'_>> = toks.iter().rev().take(NAMED_NOUN_WORDS + 3).collect();
    let skip = usize::from(words.first().is_some_and(|t| word_classes::ARTICLES.contains(&lower(t).as_str())));
    let Some(participle) = words.get(skip) else { return false };
    if !participle.word || !word_classes::NAMING_PARTICIPLES.contains(&lower(participle).as_str()) {
        return false;
    }
    let Some(noun) = words.get(skip + 1) else { return false };
    let speaks = |w: &str| lex.is_role_noun(w) || (lex.is_document_noun(w) && !is_title_case(quoted));
    if !is_plain_noun(noun) || speaks(&lower(noun)) || speaks(noun.base()) {
        return false;
    }
    // Back over the noun's modifiers (words only) to its indefinite article.
    let lead = words[skip + 2..].iter().take(NAMED_NOUN_WORDS).take_while(|t| t.word);
    lead.into_iter().any(|t| word_classes::INDEFINITE_ARTICLES.contains(&lower(t).as_str()))
}

/// `A report called "a scandal" by MPs`: "by" right after the quotation brings in who named
/// it, the speaker (read by the passes after), unless the quotation is written as a title,
/// whose "by" brings in its author (`a book called "Women Who Work" by Ivanka Trump`).
fn agent_follows(at: &QuoteAt<'_, '_>) -> bool {
    at.tokens.within(at.after.clone()).iter().find(|t| t.word).is_some_and(|t| t.text == "by")
}
