//! Works, characters and craft named like people: the capitalised words after a work's noun
//! ("film Vera Drake"), in apposition to one, in a list of works, after a capitalised "My", an
//! acted part, a character's or a ship's noun ("the liner Crystal Harmony"), ending a title
//! "The NOUN of" or right after a person's possessive ("Mike Leigh's Vera Drake") name a work,
//! a character or a craft, not a person.

use super::Token;
use super::context::names_institution;
use crate::extract::word_scans::WordScans;
use crate::lexicon::{Lexicon, word_classes};
use crate::normalize::fold;
use std::ops::Range;

/// True when the noun before the run `run`, whose name is `name`, makes it no person: "player
/// firm Creative", "US TV network Fox": a lone word after an institution's noun names the
/// institution, and so does a longer one after a business's noun ("games firm Lateral
/// Visions", "research group JD Power estimates") unless a person's name speaks ("Chairman
/// of the firm Gordon Wu said"); "Mike Leigh's film Vera Drake" and "The Joshua Tree" are
/// works; an ordinal before it or a place's noun after it is a thing's ("21st Century
/// Fagin", "King Cross station"; [`numbered_or_placed`]).
pub(super) fn names_a_thing(
    toks: &[Token<'_>],
    run: &Range<usize>,
    name: &[&str],
    start: usize,
    cued: bool,
    scans: &WordScans<'_>,
    lex: &Lexicon,
) -> bool {
    let speaking_person = cued && name.len() > 1 && lex.is_given_name(name[0]);
    // "The Joshua Tree broke sales records", "roles included The Joe Louis Story": a
    // capitalised "the" opens a title or a firm's name, never a person's without a title
    // ("The Rev Jesse Jackson"). Here only: "The Obama administration" leaves Obama a
    // person elsewhere.
    let the_title = start == 0 && run.start > 0 && toks[run.start - 1].text == "The";
    (start == 0 && !speaking_person && names_institution(toks, run, lex))
        || the_title
        || (start == 0 && !speaking_person && owned_thing(toks, run))
        || titles_a_work(toks, run, scans, lex)
        || opens_a_series_title(toks, run, lex)
        || numbered_or_placed(toks, run, lex)
}

/// True when an ordinal in figures stands before the run `run` of `toks` or a place's noun
/// (`[facility_nouns]`) after it, and the run holds no known given name: "a "21st Century
/// Fagin"", "London's King Cross station" name no person, "2nd Lt John Smith" and "Tony Blair
/// road map" do; after an ordinal a title makes a person's name too ("the 43rd President
/// George Bush"), before a place's noun it need not ("King Cross").
fn numbered_or_placed(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let placed = toks.get(run.end).is_some_and(|t| t.word && word_classes::FACILITY_NOUNS.contains(&t.text));
    if !(placed || after_an_ordinal(toks, run.start)) || toks[run.clone()].iter().any(|t| lex.is_given_name(t.text)) {
        return false;
    }
    let words: Vec<&str> = toks[run.clone()].iter().map(|t| t.text).collect();
    placed || lex.title_len(&words) == 0
}

/// True when an ordinal written in figures (`[ordinal_suffixes]`: "21st", "2nd", "19th")
/// stands right before the capitalised words at `at` of `toks`: "a "21st Century Fagin"",
/// "the 2nd Battalion" name an era's figure or a unit.
fn after_an_ordinal(toks: &[Token<'_>], at: usize) -> bool {
    at.checked_sub(1).is_some_and(|i| {
        let w = toks[i].text;
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && word_classes::ORDINAL_SUFFIXES.contains(&&w[digits..])
    })
}

/// True when a person's full name in the possessive owns the untitled run `run` of `toks`
/// with no noun between: what a person makes or leads ("Mike Leigh's Vera Drake", "Sir Alex
/// Ferguson's Manchester United"), for a person's people take a noun of their kin or role
/// ("Tony Blair's wife Cherie", "Tony Blair's Chancellor Gordon Brown", "Moazzam Begg's
/// Labour MP Roger Godsiff": no title nor party in the run). Not a club's or a body's name
/// ("Aston Villa's Thomas Hitzlsperger", "The Fabian Society's Sundar Katwala"), nor a person
/// a work's noun after the run is about ("Martin Scorsese's Howard Hughes biopic"). Nor a
/// name a given name opens that a speech verb follows ("George Bush's Condoleezza Rice
/// said") or whose last word the article writes without the words before it ("Tony Blair's
/// Peter Mandelson … Mandelson said"): a work's title is repeated whole.
fn made_by_a_person(toks: &[Token<'_>], run: &Range<usize>, scans: &WordScans<'_>, lex: &Lexicon) -> bool {
    let (Some(owner), Some(given)) = (run.start.checked_sub(1), run.start.checked_sub(2)) else { return false };
    let (owner, given) = (&toks[owner], &toks[given]);
    let about = toks.get(run.end).is_some_and(|t| t.word && word_classes::WORK_TITLE_NOUNS.contains(&t.text));
    owner.is_capitalized()
        && owner.is_possessive()
        && given.word
        && lex.is_given_name(given.text)
        && !lex.is_org_word(&fold(owner.base()))
        && toks[run.clone()]
            .iter()
            .all(|t| lex.title_len(&[t.text]) == 0 && !word_classes::PARTY_LABELS.contains(&t.text))
        && !about
        && lex.find_organization(&format!("{} {}", given.text, owner.base())).is_none()
        && !(given_name_first(toks, run, lex)
            && (toks.get(run.end).is_some_and(|t| t.word && lex.is_speech_verb(t.text))
                || last_word_apart(toks, run, run.start, scans)))
}

/// True when the run `run` of `toks` has two words or more and a known given name opens
/// it: a person's name, if nothing around it says otherwise.
fn given_name_first(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    run.len() > 1 && lex.is_given_name(toks[run.start].text)
}

/// True when the article writes the last word of the run `run` of `toks` somewhere without
/// the words from `lead` to it ("Peter Mandelson … Mandelson said").
fn last_word_apart(toks: &[Token<'_>], run: &Range<usize>, lead: usize, scans: &WordScans<'_>) -> bool {
    let words: Vec<&str> = toks[lead..run.end - 1].iter().map(|t| t.text).collect();
    scans.written_apart(toks[run.end - 1].base(), &words)
}

/// True when a possessive determiner owns the untitled run `run` of `toks` as a thing: a
/// business's ("its Burger King unit", "its Rocky Mountain states", "its Smith Tool and"),
/// or anyone's before a lower-case word ("their Morris Minor so", "his Mac Mini in").
fn owned_thing(toks: &[Token<'_>], run: &Range<usize>) -> bool {
    let Some(owner) = run.start.checked_sub(1).map(|i| &toks[i]).filter(|t| t.word) else { return false };
    let lower_next = toks.get(run.end).is_some_and(|t| t.word && !t.is_capitalized());
    word_classes::THING_POSSESSIVES.contains(&owner.text)
        // "her" is also an object: "told her Tony Blair would go".
        || (lower_next && owner.text != "her" && word_classes::POSSESSIVE_DETERMINERS.contains(&owner.text))
}

/// True when the capitalised run `run` of `toks` is the title of a work or the name of a
/// character in one, which news introduces by the words around it: a work's noun before it
/// ("Mike Leigh's film Vera Drake"), perhaps with a naming participle ("a track called
/// Masochistic Baby"); a possessive determiner opening it ([`possessive_title`]); a part
/// acted ("will play the role of Arthur Dent", "his character Ali G"; not "playing soul star
/// Ray Charles", a biopic's real person).
pub(super) fn titles_a_work(toks: &[Token<'_>], run: &Range<usize>, scans: &WordScans<'_>, lex: &Lexicon) -> bool {
    let before = |back: usize| run.start.checked_sub(back).map(|i| &toks[i]).filter(|t| t.word);
    let is = |back: usize, class: &[&str]| before(back).is_some_and(|t| class.contains(&t.text));
    // "play the role of", "played the part of": an acting verb before the part's noun ("on
    // the part of Hillary Clinton", "the role of Obama's popularity" name persons).
    // A titled name is a real person played: "the role of Sen. Ted Cruz".
    let acted = is(1, &["of"])
        && is(2, word_classes::PART_NOUNS)
        && (3..=4).any(|b| is(b, word_classes::ACTING_VERBS))
        && lex.title_len(&[toks[run.start].text]) == 0;
    // "winning best rap song for Jesus Walks": an award's category, then the work.
    let awarded = is(1, &["for"]) && is(2, word_classes::WORK_TITLE_NOUNS) && (3..=4).any(|b| is(b, &["best"]));
    is(1, word_classes::WORK_TITLE_NOUNS)
        || is(1, word_classes::CHARACTER_NOUNS)
        || is(1, word_classes::CRAFT_NOUNS)
        || ends_a_title_of(toks, run, scans, lex)
        || made_by_a_person(toks, run, scans, lex)
        || awarded
        || works_listed_before(toks, run.start)
        || apposed_work(toks, run.end)
        || named_craft(toks, run)
        || shown_on_a_channel(toks, run.end, lex)
        || (is(1, word_classes::NAMING_PARTICIPLES) && is(2, word_classes::WORK_TITLE_NOUNS))
        || acted
        || possessive_title(toks, run.start)
}

/// True when the run `run` of `toks` opens a title of the series pattern "NAME and the NOUN
/// of NOUN" ("Harry Potter and the Prisoner of Azkaban") or "NAME: The NOUN of NOUN", a
/// subtitle after a colon ("Bridget Jones: The Edge of Reason"), where the noun after "the"
/// is no title a person holds ("Mr Blair and the Duke of Edinburgh"). The name is the
/// work's here only: a book's subtitle may hold a real person ("Perfect Enough: Carly
/// Fiorina and the Reinvention of Hewlett-Packard").
fn opens_a_series_title(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    // A subtitle opens with a capital, and its title stands in mid-sentence after a lower-case
    // word ("when Bridget Jones: The Edge of Reason was filmed"): a name opening a line or a
    // sentence before a colon is a speaker's ("Ruth Lea: The Institute of Directors backs
    // it"), and so is one before a body's name.
    let subtitle = |the: &Token<'_>, noun: &Token<'_>| {
        the.text == "The"
            && run.start > 0
            && toks[run.start - 1].text.starts_with(char::is_lowercase)
            && !lex.is_org_word(noun.text)
            && !lex.is_body_noun(noun.text)
    };
    // Titles capitalise their short words or not: "Harry Potter and The Prisoner Of Azkaban".
    matches!(toks.get(run.end..run.end + 5), Some([and, the, noun, of, next])
        if ((and.text == "and" && the.text.eq_ignore_ascii_case("the")) || (and.is(':') && subtitle(the, noun)))
            && noun.is_capitalized()
            && of.text.eq_ignore_ascii_case("of")
            && next.is_capitalized() && lex.title_len(&[noun.text]) == 0)
}

/// How many tokens back from "of" the capitalised "The" of a title may stand ("The Life and
/// Death of").
const TITLE_HEAD_REACH: usize = 5;

/// True when the capitalised run `run` of `toks` ends a title of the shape "The NOUN of
/// NAME" ("in The Life and Death of Peter Sellers", "Halloween: The Curse of Michael Myers"):
/// a capitalised "The" in mid-sentence, then capitalised words (or "and") that hold no title
/// a person bears ("the Duke of Edinburgh"), no institution's noun ("a speech to The
/// Government of Tony Blair"), then "of" and an untitled name; not a name a given name opens
/// that the article writes outside the title, a real person's ("said Brian Clough … The
/// Life of Brian Clough").
fn ends_a_title_of(toks: &[Token<'_>], run: &Range<usize>, scans: &WordScans<'_>, lex: &Lexicon) -> bool {
    let at = run.start;
    let Some(of) = at.checked_sub(1).filter(|&i| toks[i].text == "of") else { return false };
    if lex.title_len(&[toks[at].text]) > 0 {
        return false;
    }
    let head = toks[of.saturating_sub(TITLE_HEAD_REACH)..of]
        .iter()
        .rev()
        .take_while(|t| t.text != "The" && (t.text == "and" || (t.word && t.is_capitalized())))
        .count();
    let Some(the) = of.checked_sub(head + 1).filter(|&i| head > 0 && i > 0 && toks[i].text == "The") else {
        return false;
    };
    let mid_sentence = toks[the - 1].word || toks[the - 1].is(',') || toks[the - 1].is(':');
    mid_sentence
        && toks[the + 1..of].iter().all(|t| {
            t.text == "and"
                || (lex.title_len(&[t.text]) == 0 && !lex.is_org_word(&fold(t.text)) && !lex.is_body_noun(t.text))
        })
        && !(given_name_first(toks, run, lex) && last_word_apart(toks, run, of, scans))
}

/// How many tokens back a list of works may reach from one of its titles to the words that
/// open it ("whose films include Schindler's List, Michael Collins and Star Wars").
const WORKS_LIST_REACH: usize = 24;

/// True when the capitalised words at `at` of `toks` stand in a list of titles that a plural
/// noun of works or characters and a word of `[works_list_openers]` or "such as" open: "whose
/// films include Schindler's List, Michael Collins and Star Wars", "films such as My
/// Beautiful Laundrette, Billy Elliot", "characters like Stanley Kowalski and Terry Malloy".
/// Not the noun right before the names: "the films Ismail Merchant and James Ivory made",
/// "the scandal hits John Prescott and David Blunkett" name persons. A "the" may stand
/// before a later title ("movies such as Harry Potter and the James Bond films").
/// The list opens with a capitalised word and holds only capitalised words, commas, "and",
/// colons and the short words of titles ("Shaun of the Dead"); any other word ends it.
fn works_listed_before(toks: &[Token<'_>], at: usize) -> bool {
    let word = |i: usize| toks.get(i).filter(|t| t.word).map_or("", |t| t.text);
    let plural_work = |i: usize| {
        word(i).strip_suffix('s').is_some_and(|w| {
            word_classes::WORK_TITLE_NOUNS.contains(&w)
                || word_classes::CHARACTER_NOUNS.contains(&w)
                || word_classes::WORK_LIST_NOUNS.contains(&w)
        })
    };
    // Where the plural noun stands before the opener at `i`: "films include", "characters
    // like", "films such as".
    let noun_before_opener = |i: usize| match word(i) {
        "as" if i >= 2 && word(i - 1) == "such" => Some(i - 2),
        w if word_classes::WORKS_LIST_OPENERS.contains(&w) => i.checked_sub(1),
        _ => None,
    };
    // "and the James Bond films": the article is the title's, the list's gap before it (not
    // a list's first title: "Other films included the Stephen King adaptation").
    let gap = |t: &Token<'_>| t.is(',') || t.text == "and";
    let at = if at > 1 && word(at - 1) == "the" && gap(&toks[at - 2]) { at - 1 } else { at };
    // Most runs follow some other word: that is looked at first, without walking back.
    let Some(before) = at.checked_sub(1).map(|i| &toks[i]) else { return false };
    let item_gap = gap(before) || before.is(':');
    if !(item_gap || noun_before_opener(at - 1).is_some()) {
        return false;
    }
    // A word with a period may end a sentence: "… and Malcolm X. Attallah Shabazz, the
    // daughter".
    let in_list = |t: &Token<'_>| {
        (t.is_capitalized() && !t.text.ends_with('.'))
            || t.is(',')
            || t.is(':')
            || (t.word && word_classes::TITLE_SHORT_WORDS.contains(&t.text))
    };
    let Some(open) = toks[..at].iter().rev().take(WORKS_LIST_REACH).position(|t| !in_list(t)).map(|n| at - 1 - n)
    else {
        return false;
    };
    // The list opens with a title: "Other films included the Stephen King adaptation" does not.
    toks[open + 1].is_capitalized() && noun_before_opener(open).is_some_and(plural_work)
}

/// True when a work's noun stands in apposition after the capitalised words ending at `end`
/// of `toks`, after a possessive name perhaps and lower-case words: "Vera Drake, Mike Leigh's
/// tale about a 1950s backstreet abortionist". Not a role after the noun ("Tom Smith, the
/// film's producer", "Ann Lee, Mike Leigh's film producer").
fn apposed_work(toks: &[Token<'_>], end: usize) -> bool {
    if !toks.get(end).is_some_and(|t| t.is(',')) {
        return false;
    }
    let mut i = end + 1;
    while toks.get(i).is_some_and(|t| t.is_capitalized() && !t.is_possessive()) && i < end + 4 {
        i += 1;
    }
    if !toks.get(i).is_some_and(|t| t.is_capitalized() && t.is_possessive()) {
        return false;
    }
    let noun = toks[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.word && !t.is_capitalized())
        .position(|t| word_classes::WORK_TITLE_NOUNS.contains(&t.text));
    noun.is_some_and(|n| {
        toks.get(i + 2 + n).is_none_or(|t| !(t.word && word_classes::APPOSITION_ROLE_STOPS.contains(&t.text)))
    })
}

/// True when the run `run` of `toks`, after an article, qualifies a craft's noun
/// (`[craft_nouns]`): "a deckchair from the Queen Mary liner", "the Sea Empress tanker"
/// name a ship, as "the cruise liner Crystal Harmony" does.
fn named_craft(toks: &[Token<'_>], run: &Range<usize>) -> bool {
    let article = run.start.checked_sub(1).is_some_and(|i| word_classes::ARTICLES.contains(&toks[i].text));
    article && toks.get(run.end).is_some_and(|t| t.word && word_classes::CRAFT_NOUNS.contains(&t.text))
}

/// True when a television channel alone stands in brackets after the capitalised words
/// ending at `end` of `toks`, as listings and awards give a show's: "over Jonathan Creek
/// (BBC One) and Shameless", "Doc Martin (ITV1)". A channel is an outlet of the gazetteer
/// with its number, written apart or joined ("BBC One", "ITV1", "Channel 4"); an outlet
/// alone is an employer ("Nick Robinson (BBC)") and names no show.
fn shown_on_a_channel(toks: &[Token<'_>], end: usize, lex: &Lexicon) -> bool {
    let numbered = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit()) || word_classes::CHANNEL_NUMBERS.contains(&w.to_lowercase().as_str())
    };
    let outlet = |w: &str| w == "Channel" || lex.find_organization(w).is_some();
    let inside = toks.get(end + 1..).unwrap_or_default();
    let channel = match inside {
        [name, number, close, ..] if close.is(')') => outlet(name.text) && numbered(number.text),
        [joined, close, ..] if close.is(')') => {
            let stem = joined.text.trim_end_matches(|c: char| c.is_ascii_digit());
            stem.len() < joined.text.len() && !stem.is_empty() && outlet(stem)
        }
        _ => false,
    };
    toks.get(end).is_some_and(|t| t.is('(')) && channel
}

/// True when a capitalised possessive determiner opens the capitalised words at `at` of
/// `toks`: a title ("My Beautiful Laundrette", "a track called My Masochistic Baby Went And
/// Left Me", "Our Friends in the North"), for a name takes no "my" ("His"/"Her" are left
/// out: "Her Majesty Queen Elizabeth").
fn possessive_title(toks: &[Token<'_>], at: usize) -> bool {
    at.checked_sub(1).map(|i| &toks[i]).is_some_and(|t| {
        t.word && t.is_capitalized() && word_classes::TITLE_POSSESSIVES.contains(&t.text.to_lowercase().as_str())
    })
}
