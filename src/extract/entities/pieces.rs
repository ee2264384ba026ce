//! Names written in pieces, which punctuation splits into runs of their own: a nickname in
//! quotation marks between the given name and the surname (`Antonio "LA" Reid`, "Brian
//! 'Head' Welch"), a familiar given name in brackets there ("James E. (Jim) Nugent") and a
//! given name a quotation's editor adds in brackets ("(Dietmar) Hamann"). The pieces are
//! one person, named by the given name and the surname.

use super::{Candidate, Token, is_initial, name_words, opens_a_clause, plain_surname};
use crate::lexicon::{Lexicon, word_classes};
use crate::normalize::fold;
use std::ops::Range;

/// The most words a nickname in quotation marks holds ("LA", "Fathead", "Big Daddy").
const NICKNAME_WORDS: usize = 2;

/// Ties the pieces of a name that punctuation splits into the person they name, in place of
/// what each piece was read as alone: the run after the pieces (the surname, "Reid" of
/// `Antonio "LA" Reid`, "Hamann" of "(Dietmar) Hamann") becomes the person of the given
/// names and the surname, and the pieces before it name no one of their own.
pub(super) fn join_pieces<'a>(
    toks: &[Token<'a>],
    runs: &[Range<usize>],
    found: &mut [Option<Candidate<'a>>],
    lex: &Lexicon,
) {
    for k in 1..runs.len() {
        if found[k].as_ref().is_some_and(|c| c.words.len() > 1) {
            continue;
        }
        // "James E. (Jim) Nugent" holds a familiar name; "Judge (Harold) Greene" completes
        // the name after a title.
        let nicknamed = (k >= 2 && nickname_between(toks, &runs[k - 2], &runs[k - 1], &runs[k], lex))
            .then(|| pieced_name(toks, &runs[k - 2], &runs[k], lex).map(|p| (k - 2, p)))
            .flatten();
        let pieced = nicknamed.or_else(|| {
            given_in_brackets(toks, &runs[k - 1], &runs[k], lex)
                .then(|| pieced_name(toks, &runs[k - 1], &runs[k], lex).map(|p| (k - 1, p)))
                .flatten()
        });
        let Some((given_run, person)) = pieced else { continue };
        found[given_run..k].iter_mut().for_each(|slot| *slot = None);
        found[k] = Some(person);
    }
}

/// True for a mark that may enclose a nickname: a quotation mark, straight or curly.
fn quotation_mark(t: &Token<'_>) -> bool {
    !t.word && t.text.chars().all(crate::extract::quotes::is_quotation_mark)
}

/// True when the run `nick` stands alone right between the runs `given` and `surname`,
/// enclosed in quotation marks (one or two words: `Antonio "LA" Reid`, "Brian 'Head'
/// Welch") or in brackets (a given name, the familiar form: "Commissioner James E. (Jim)
/// Nugent"; not a team sheet's club, "K Morgan (Newport-Gwent) T Shanklin").
fn nickname_between(
    toks: &[Token<'_>],
    given: &Range<usize>,
    nick: &Range<usize>,
    surname: &Range<usize>,
    lex: &Lexicon,
) -> bool {
    let (open, close) = (&toks[given.end], &toks[nick.end]);
    let adjacent = nick.start == given.end + 1 && surname.start == nick.end + 1;
    let quoted = quotation_mark(open) && quotation_mark(close) && nick.len() <= NICKNAME_WORDS;
    let familiar = || {
        open.is('(') && close.is(')') && nick.len() == 1 && surname.len() == 1 && given_name(toks[nick.start].text, lex)
    };
    adjacent && (quoted || familiar())
}

/// True for a given name of any list ("Antonio", or "Dietmar", whose gender only the lists
/// know), no place's: "(Paris) Louvre", "(America) Inc".
fn given_name(word: &str, lex: &Lexicon) -> bool {
    let place = lex.is_place_name(word) || lex.find_country(word).is_some();
    !place && (lex.is_given_name(word) || lex.gender_of(word).is_some())
}

/// The most given names a quotation's editor adds in brackets before a surname ("(Jon Dahl)
/// Tomasson").
const BRACKETED_GIVEN_WORDS: usize = 2;

/// True when the run `given`, one or two words, stands alone in brackets right before the
/// run `surname`: "(Dietmar) Hamann", "(Jon Dahl) Tomasson", as a quotation's editor
/// completes a name the speaker said by surname alone. Two words are a given name and a
/// middle name when the second is a given name too, or when the surname ends the clause
/// ("play (Jon Dahl) Tomasson,"): before another word they are a full name and the word
/// after it some other name ("for her (Victoria Beckham) Penguin said", "(Alan Shearer)
/// Newcastle fans adored").
/// Not a result's scorer between two teams ("Liverpool 1 (Owen) Everton 0", "Newcastle
/// (Owen) Charlton"): the word before the bracket is no number, nor a name other than a
/// title's ("Judge (Harold) Greene").
fn given_in_brackets(toks: &[Token<'_>], given: &Range<usize>, surname: &Range<usize>, lex: &Lexicon) -> bool {
    let before = given.start.checked_sub(2).map(|b| &toks[b]);
    let scoreline = before.is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || (t.is_capitalized() && !lex.is_role_noun(&t.text.to_lowercase()) && !lex.is_honorific(t.text))
    });
    let middle_name =
        given.len() < 2 || given_name(toks[given.end - 1].text, lex) || toks.get(surname.end).is_none_or(|t| !t.word);
    given.len() <= BRACKETED_GIVEN_WORDS
        && middle_name
        && alone_in_brackets(toks, given)
        && surname.start == given.end + 1
        && !scoreline
}

/// True when the run `run` of `toks` stands alone in brackets: "(Dietmar)" of "(Dietmar) Hamann".
fn alone_in_brackets(toks: &[Token<'_>], run: &Range<usize>) -> bool {
    run.start > 0 && toks[run.start - 1].is('(') && toks.get(run.end).is_some_and(|t| t.is(')'))
}

/// The person of the pieces: the given name and initials that end the run `given` (no
/// possessive: "James E." of "Commissioner James E.", "John" of "Marine John") and the surname
/// that opens the run `surname`, one or two words that can end a name ("Reid", not "Could"
/// of a headline's `Trump 'The Dealmaker' Could`, nor a company's word, "(America) Inc").
fn pieced_name<'a>(
    toks: &[Token<'a>],
    given: &Range<usize>,
    surname: &Range<usize>,
    lex: &Lexicon,
) -> Option<Candidate<'a>> {
    let run = &toks[given.clone()];
    // "James E." of "Commissioner James E.": one given name and the initials after it, no
    // word before it ("John" of "Marine John", where "Marine" is a role, though a name too).
    // Alone in brackets, a given name and the middle name after it ("(Jon Dahl) Tomasson").
    let initials = run.iter().rev().take_while(|t| is_initial(t.text, lex)).count();
    let from = if alone_in_brackets(toks, given) { 0 } else { run.len().checked_sub(initials + 1)? };
    let named = !run[from].is_possessive() && given_name(run[from].text, lex);
    let firsts = &run[from..];
    let last = name_words(&toks[surname.clone()]);
    let plain = last.len() <= 2
        && last.iter().all(|w| !lex.is_not_name(w) && !opens_a_clause(w, lex) && !lex.is_org_word(&fold(w)))
        && last.last().is_some_and(|w| plain_surname(w, lex) && !word_classes::COMPANY_SUFFIXES.contains(w));
    (plain && named).then(|| {
        let words = firsts.iter().map(|t| t.text).chain(last).collect();
        Candidate { pos: firsts[0].start, words, titled_gender: None, roles: Vec::new(), weak: false, sure: false }
    })
}
