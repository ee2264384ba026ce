//! The evidence that a lone capitalised word, or a given name alone, is a person: a kinship
//! noun before it and the surname of the noun's owner ("Hale's wife Deborah"), a government's
//! noun after it ("the Reagan administration"), a famous surname or one-name person standing
//! where it names someone ("drew on Stravinsky"), and a reporting verb whose clause goes on
//! with "he" or "she" ("Safin said he was tired").

use super::context::kin_gender;
use super::{ArticleWords, CONNECTORS, Candidate, Token, opens_a_clause, plain_surname, unknown_name};
use crate::extract::resolve::{names_no_one_but_a_person, reporting_verb_after_subject};
use crate::extract::word_scans::WordScans;
use crate::lexicon::{Gender, Lexicon, word_classes};
use crate::normalize::fold;
use foldhash::HashSet;
use std::ops::Range;

/// What makes the lone word of the run `run` a person said once: a kinship noun before it,
/// whose gender it takes ("his son Nick", "daughter Larissa and stepson Sholto"), or in
/// mid-sentence a government's noun after it ([`leads_a_government`]) when it is no common
/// word.
pub(super) fn lone_name(
    toks: &[Token<'_>],
    run: &Range<usize>,
    lone: bool,
    mid_sentence: bool,
    common: impl Fn(&str) -> bool,
    lex: &Lexicon,
) -> (Option<Gender>, bool) {
    if !lone {
        return (None, false);
    }
    // The government's noun first: `common` reads the article's lower-case words.
    let leader = mid_sentence && leads_a_government(toks, run, lex) && !common(toks[run.start].base());
    (kin_before(toks, run.start), leader)
}

/// True when the lone word of the run `run` stands before a government's noun, where it is
/// the leader's surname ("the Reagan administration", "the Attlee government"), unless a
/// party, ideology, place or common word ("the Labour government", "the Socialist
/// government", "two African government leaders", "the Bonn government", "Proposed
/// government rules").
fn leads_a_government(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    toks.get(run.end).is_some_and(|t| t.word && word_classes::GOVERNMENT_NOUNS.contains(&t.base()))
        && leader_surname(toks[run.start].base(), lex)
}

/// The leader a run that is no person's name holds when it ends with a surname and a
/// capitalised government's noun, after nothing or role modifiers only: "Reagan
/// Administration officials", "Senior Reagan Administration officials" (a run of its own,
/// which [`leads_a_government`] cannot see). Not inside a longer name ("Food and Drug
/// Administration", "Commission on Good Government"), nor a word the article writes in lower
/// case, an organisation's, a title's or an adjective ("the State Administration of
/// Taxation"; "the Maritime Administration" still passes).
pub(super) fn government_leader<'a>(
    article: &ArticleWords<'_, 'a>,
    run: &Range<usize>,
    lex: &Lexicon,
) -> Option<Candidate<'a>> {
    let toks = article.toks;
    let [modifiers @ .., surname, noun] = &toks[run.clone()] else { return None };
    // Most runs end otherwise: the noun is compared first, without allocating.
    if !word_classes::GOVERNMENT_NOUNS.iter().any(|g| noun.base().eq_ignore_ascii_case(g)) {
        return None;
    }
    let inside_name = run.start >= 2
        && toks[run.start - 2].is_capitalized()
        && word_classes::NAME_JOINERS.contains(&toks[run.start - 1].text);
    let modifier = |t: &Token<'_>| word_classes::ROLE_MODIFIERS.contains(&t.text.to_lowercase().as_str());
    let word = surname.text;
    let common = article.is_common(word, lex) || lex.is_org_word(word) || lex.title_len(&[word]) > 0;
    (!inside_name && !common && modifiers.iter().all(modifier) && leader_surname(word, lex)).then(|| Candidate {
        pos: surname.start,
        words: vec![word],
        titled_gender: None,
        roles: Vec::new(),
        weak: false,
        sure: false,
    })
}

/// True when `word`, before a government's noun, can be its leader's surname: no party,
/// ideology, place or common word ("Labour", "Socialist", "African", "Bonn", "Proposed").
fn leader_surname(word: &str, lex: &Lexicon) -> bool {
    unknown_name(word, word, lex)
        && !["ist", "ista", "ican"].iter().any(|e| word.ends_with(e))
        && plain_surname(word, lex)
        && lex.find_country(word).is_none()
}

/// The gender of a kinship noun just before `at` ("his wife Sandra", "stepson Sholto"), or
/// before it in apposition after a possessive ("her father, Murray, is", "Kay's son, Tom.").
fn kin_before(toks: &[Token<'_>], at: usize) -> Option<Gender> {
    let apposed = at >= 3
        && toks[at - 1].is(',')
        && (toks[at - 3].is_possessive()
            || word_classes::POSSESSIVE_DETERMINERS.contains(&toks[at - 3].text.to_lowercase().as_str()))
        && toks.get(at + 1).is_some_and(|t| t.is(',') || t.is('.'));
    let kin = if apposed { at - 2 } else { at.checked_sub(1)? };
    Some(&toks[kin]).filter(|t| t.word).and_then(|t| kin_gender(t.text))
}

/// The surname of the owner of the kinship noun just before `at` of `toks`, perhaps one of two
/// that "and" joins: "Hale's wife Deborah", "Hale's wife and daughter Ruth" (Hale); not a
/// title's or a place's owner ("the Queen's daughter Anne", "Britain's son"), nor a given
/// name standing alone ("Anna's husband Tom"; "Mr Curtis' wife", "Ian Curtis's wife" are
/// surnames, and so is a given name the article writes after another name, `ends_names`:
/// "Ian Curtis … Curtis's widow Deborah"), nor a surname a particle opens ("Le Pen's niece
/// Marion").
pub(super) fn kin_surname<'a>(
    toks: &[Token<'a>],
    at: usize,
    ends_names: &HashSet<&str>,
    lex: &Lexicon,
) -> Option<&'a str> {
    let mut kin = at.checked_sub(1).filter(|&i| kin_gender(toks[i].text).is_some())?;
    if kin >= 2 && toks[kin - 1].text == "and" && kin_gender(toks[kin - 2].text).is_some() {
        kin -= 2;
    }
    let at_owner = kin.checked_sub(1)?;
    let (owner, surname) = (&toks[at_owner], toks[at_owner].base());
    // "Le Pen's niece Marion": a particle's surname is more than one word.
    let before = at_owner.checked_sub(1).map(|i| &toks[i]);
    if before.is_some_and(|t| CONNECTORS.contains(&fold(t.text).as_str())) {
        return None;
    }
    let named_before = before.is_some_and(Token::is_capitalized);
    (owner.is_possessive()
        && (named_before || !lex.is_given_name(surname) || ends_names.contains(surname))
        && owner.is_capitalized()
        && lex.title_len(&[surname]) == 0
        && lex.find_country(surname).is_none()
        && plain_surname(surname, lex))
    .then_some(surname)
}

/// True when `word`, the lone word of `run` in mid-sentence, a famous person's surname or one
/// name, stands where it names the person ("drew on Stravinsky"): never as a common word of the article, as a name lent to a thing ([`lends_a_name`]), as
/// a place or firm after a preposition of place ("near Darwin", "at Oppenheimer", not "near
/// Hitler's bunker": `[place_prepositions]`) nor before a capitalised word other than a day or
/// a month ("Marshall Plan", where the run stops at a word no name holds; not "met Gorbachev
/// Tuesday").
fn famous_alone(
    word: &str,
    toks: &[Token<'_>],
    run: &Range<usize>,
    common: impl Fn(&str) -> bool,
    lex: &Lexicon,
) -> bool {
    let owner = toks[run.end - 1].is_possessive();
    let placed = run.start.checked_sub(1).is_some_and(|i| word_classes::PLACE_PREPOSITIONS.contains(&toks[i].text));
    // Not a day or a month ("met Gorbachev Tuesday").
    let capital_next = toks.get(run.end).is_some_and(|t| {
        t.word && t.is_capitalized() && !word_classes::CALENDAR_WORDS.contains(&t.text.to_lowercase().as_str())
    });
    (owner || !(placed || capital_next)) && plain_surname(word, lex) && !common(word) && !lends_a_name(toks, run, lex)
}

/// True when `word`, the lone word of the run `run` (`at`: in mid-sentence, and with a
/// reporting verb beside it), names someone the news names by one word: a famous surname
/// (`famous_surnames.tsv`, "drew on Stravinsky") or a one-name person (`one_name_people.tsv`,
/// "knocking Eminem off the top") in mid-sentence ([`famous_alone`]); a one-name person
/// opening a sentence before a lower-case word or a comma ("Bono recently said", "Caprice,
/// who left"); and one whose name is also a common word or a place only with a reporting
/// verb beside it ("Sting said"), whatever the article's other words.
pub(super) fn known_alone(
    word: &str,
    toks: &[Token<'_>],
    run: &Range<usize>,
    (mid_sentence, cued): (bool, bool),
    common: impl Fn(&str) -> bool,
    lex: &Lexicon,
) -> bool {
    match lex.one_name_person(word) {
        Some(true) => cued,
        Some(false) if !mid_sentence => {
            let next = toks.get(run.end);
            next.is_some_and(|t| t.is(',') || (t.word && t.text.starts_with(char::is_lowercase)))
                && !toks[run.end - 1].is_possessive()
                && plain_surname(word, lex)
                && !common(word)
        }
        Some(false) => famous_alone(word, toks, run, common, lex),
        None => mid_sentence && lex.is_famous_surname(word) && famous_alone(word, toks, run, common, lex),
    }
}

/// True when the lone name `run` is lent to something else: a determiner or an owner within
/// the two words before it ("the Bush administration", "an annual Shakespeare festival",
/// "Apple's Newton"), or a firm after it ("Oppenheimer and Co.", "McCarthy, Crisanti and
/// Maffei Inc.", "a Lichtenstein corporation"), unless the word joined is another famous
/// surname, no firm's word after it: "such as Matisse and Stravinsky" names two persons.
pub(super) fn lends_a_name(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let determiner = |i: usize| {
        toks.get(i).is_some_and(|t| {
            let owner = ["'s", "\u{2019}s"].iter().any(|s| t.text.ends_with(s));
            owner || word_classes::DETERMINERS.contains(&t.text.to_lowercase().as_str())
        })
    };
    let before = (run.start.saturating_sub(2)..run.start).any(determiner);
    let next = toks.get(run.end);
    let peer = |i: usize| {
        toks.get(i).is_some_and(|t| t.word && t.text != toks[run.start].text && lex.is_famous_surname(t.base()))
            && toks.get(i + 1).is_none_or(|t| !(t.is_capitalized() || (t.word && lex.is_org_word(&fold(t.text)))))
    };
    let joined = next.is_some_and(|t| t.text == "and" || t.text == "&" || t.is(','))
        && toks.get(run.end + 1).is_some_and(|t| t.is_capitalized())
        && !peer(run.end + 1);
    before || joined || next.is_some_and(|t| t.word && lex.is_org_word(&fold(t.text)))
}

/// True when the lone word of the run `run` is a person's surname by what the sentence
/// says of it: it opens its clause before a reporting verb, and "he" or "she" is the subject
/// of the clause the verb reports ([`gendered_subject_after`]: "Safin said he was trying
/// …", "Federer admitted that he was under pressure"; not a firm, "Sophos said it was …"). The word is a name only ([`names_no_one_but_a_person`], as for a speaker the
/// tagger missed: not "Police said he had fled", "Friends said he"), no common word of the
/// article (`common`) nor clause opener.
pub(super) fn speaks_of_a_person(
    toks: &[Token<'_>],
    run: &Range<usize>,
    common: impl Fn(&str) -> bool,
    scans: &WordScans<'_>,
    lex: &Lexicon,
) -> bool {
    let word = &toks[run.start];
    // After a comma the word may end a list or a name: "at the Democratic National
    // Convention, Woods shared her belief".
    let opens = run.start.checked_sub(1).is_none_or(|i| !toks[i].word && !toks[i].is(','));
    let cue = toks.get(run.end).is_some_and(|v| reporting_verb_after_subject(v, lex));
    if run.len() != 1 || !opens || !cue || word.is_possessive() {
        return false;
    }
    let text = word.text;
    gendered_subject_after(toks, run.end, lex)
        && !common(text)
        && !opens_a_clause(text, lex)
        && names_no_one_but_a_person(text, word.start, scans, lex)
}

/// How many words after a reporting verb are read for the "that" that opens the clause it
/// reports ("said in a television interview that he", [`gendered_subject_after`]).
const THAT_WINDOW: usize = 6;

/// True when "he" or "she" is the subject of the clause that the reporting verb at
/// `toks[verb]` reports: right after the verb, after an addressee ("told Reuters he"), or
/// after the verb's "that", perhaps with a word opening a clause before it ("said in an
/// interview that he", "said that while he"); not after a comma ("Whenever asked, he
/// smiled", "confirmed the offer, which he called fair") nor inside the clause ("Minardi
/// said the car he drove was safe").
fn gendered_subject_after(toks: &[Token<'_>], verb: usize, lex: &Lexicon) -> bool {
    let gendered =
        |at: usize| toks.get(at).is_some_and(|t| t.word && word_classes::GENDERED_SUBJECTS.contains(&t.text));
    let next = verb + 1;
    let addressee = toks.get(next).is_some_and(|t| t.word && t.is_capitalized());
    let that = toks.get(next..).unwrap_or_default().iter().take(THAT_WINDOW).take_while(|t| t.word);
    let clause = that.clone().position(|t| t.text == "that").map(|p| next + p + 1);
    let opened = |at: usize| toks.get(at).is_some_and(|t| t.word && lex.is_clause_opener(t.text));
    gendered(next)
        || (addressee && gendered(next + 1))
        || clause.is_some_and(|at| gendered(at) || (opened(at) && gendered(at + 1)))
}
