//! What the words of a capitalised run, and the words around it, say about the person it
//! may name: an employer before a role, an organisation's words, a title kept with a lone
//! name, a reporting verb or an apposition beside it, an institution's or an occupation's
//! noun before it; and the roles the text gives the person. The evidence for a lone word
//! alone (a kinship noun, a government's noun, a famous surname, "X said he") is in
//! `lone.rs`.

use super::canonical::peerage_title;
use super::{CONNECTORS, PARTIES, POSTNOMINALS, Token, opens_a_clause, plain_surname};
use crate::lexicon::{Gender, Lexicon, singular, word_classes};
use crate::normalize::fold;
use std::ops::Range;

/// Titles that stay part of a name given alone after them ("Prince Edward").
const ROYAL_TITLES: &[&str] = word_classes::ROYAL_TITLES;

/// Endings that make a capitalised word an adjective, not a name: "Moscow-based",
/// "Janet Jackson-style controversies", "Kennedy-like".
pub(super) const ADJECTIVE_SUFFIXES: &[&str] = &["-based", "-style", "-like", "-backed"];

/// True when the name `name` of the run `run` of `toks` has no surname: it is all titles
/// ("General Election"), or of two words or more it ends with the pronoun "I" ("I have told
/// John I will be") or a letter cut by an apostrophe ("Pay N' Pak Stores"); "Malcolm X" has.
pub(super) fn lacks_surname(toks: &[Token<'_>], run: &Range<usize>, name: &[&str], lex: &Lexicon) -> bool {
    let apostrophe = toks.get(run.end).is_some_and(|t| t.is('\'') || t.is('\u{2019}'));
    // "Elizabeth I in a contemporary adaptation", "the death warrant for Charles I,": a
    // monarch's numeral before a preposition or a stop; "I" before another word is a pronoun.
    let pronoun = toks.get(run.end).is_some_and(|t| {
        t.word && t.text.starts_with(char::is_lowercase) && !word_classes::PREPOSITIONS.contains(&t.text)
    });
    lex.title_len(name) >= name.len()
        || (name.len() > 1
            && name.last().is_some_and(|w| (*w == "I" && pronoun) || (w.chars().count() == 1 && apostrophe)))
}

/// True when the run `run` of `toks` stands before a role and another name: "Societe
/// Generale economist Alain Marais", "Fox News anchor Megyn Kelly" name an employer, not a
/// person; a person's possessive before the role names the person whose role it is ("Denise
/// Lewis' coach Charles van Commenee", "President Bush's spokesman Scott McClellan"): a
/// title opens it, or a given name does before a role only a person has (a spokesman, a
/// coach, a wife: not "John Lewis's chairman", "Charles Schwab's strategist", firms named
/// after people), and it names no organisation nor place the gazetteer knows ("Milton
/// Keynes' chief executive").
pub(super) fn employer(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let person_owns = || {
        let words: Vec<&str> = toks[run.clone()].iter().map(Token::base).collect();
        let whole = words.join(" ");
        let personal = || word_classes::PERSONAL_ROLES.contains(&toks[run.end].text);
        toks[run.end - 1].is_possessive()
            && (lex.title_len(&words) > 0 || (lex.is_given_name(words[0]) && personal()))
            && lex.find_organization(&whole).is_none()
            && !lex.is_place_name(&whole)
            && lex.find_country(&whole).is_none()
    };
    toks.get(run.end).is_some_and(|t| t.word && !t.is_capitalized() && lex.is_role_noun(t.text))
        && toks[run.end + 1..].iter().take(3).take_while(|t| t.word).any(Token::is_capitalized)
        && !person_owns()
}

/// True when the name `name` (from `words[start]` of the run `run`) looks like an
/// organisation's and is none: no stage name after an occupation ("UK rapper Kano"), no
/// surname that is also an organisation's word after a lower-case role ([`role_surname`]).
pub(super) fn organization(
    toks: &[Token<'_>],
    run: &Range<usize>,
    name: &[&str],
    start: usize,
    titled: bool,
    lex: &Lexicon,
) -> bool {
    looks_like_organization(name, lex)
        && !stage_name(toks, run, name, start, lex)
        && !(titled && start == 0 && role_surname(name, lex))
}

/// True when the name `name`, after a lower-case role, is a given name and a surname that
/// is also an organisation's word: "bank spokesman James Day", "actress Mia Press" (not a
/// plural word, "Holdings", nor an organisation the gazetteer knows). The caller checks the
/// role and that no title stands in the run: "Prince Edward Island", "St Anselm College" are
/// places.
fn role_surname(name: &[&str], lex: &Lexicon) -> bool {
    name.len() == 2
        && lex.is_given_name(name[0])
        && lex.is_org_word(name[1])
        && (!name[1].ends_with('s') || name[1].ends_with("ss"))
        && plain_surname(name[1], lex)
        && lex.find_organization(&name.join(" ")).is_none()
}

/// True when the run at `at` of `toks` ends a longer name: "The Health and Safety Executive
/// said" (after "and", a name that "the" opens; not a list of persons, "Injured Rio Ferdinand
/// and Sol Campbell"), "The Alliance for Digital Inclusion", "Under Secretary of State for
/// Economic Affairs Allen Wallis" (after "for" and a capitalised word that opens no sentence:
/// not "As for Kenenisa Bekele"), "the FDA's Office of Drug Safety" (after "of" and a word of
/// a body's name, `org_words.txt`, when no given name is in the run `run`).
pub(super) fn ends_a_longer_name(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let at = run.start;
    if at < 2 || !toks[at - 2].is_capitalized() || !toks[at - 1].word {
        return false;
    }
    match toks[at - 1].text {
        "and" | "&" => {
            let the = |i: usize| toks[i].text.eq_ignore_ascii_case("the");
            let first =
                (at.saturating_sub(6)..at - 1).rev().take_while(|&i| toks[i].is_capitalized() && !the(i)).last();
            first.and_then(|i| i.checked_sub(1)).is_some_and(the)
        }
        "for" => at >= 3 && !toks[at - 3].is('.') && (toks[at - 3].word || toks[at - 3].is(',')),
        // "Chairman of the Stock Exchange of Hong Kong Ronald Li said": a given name in the
        // run may still name a person after the body's name.
        "of" => lex.is_org_word(toks[at - 2].base()) && !toks[run.clone()].iter().any(|t| lex.is_given_name(t.text)),
        _ => false,
    }
}

/// True when the name `words[start..]` is one word whose title before it is part of it:
/// "Prince Edward", "Queen Rania", a royal's, and a peer's ("Lord Goldsmith", "current Lord
/// Chancellor Lord Falconer"), which only persons hold: not the office ("Lord Chancellor")
/// nor a name's middle word ("Sacha Baron Cohen").
pub(super) fn keeps_its_title(words: &[&str], start: usize, lex: &Lexicon) -> bool {
    if start + 1 != words.len() || start == 0 {
        return false;
    }
    let title = words[start - 1];
    let peer = peerage_title(title)
        && lex.title_len(&words[start..]) == 0
        && (start < 2 || !lex.is_given_name(words[start - 2]));
    peer || ROYAL_TITLES.contains(&title.to_lowercase().as_str())
}

/// A reporting verb beside the run of `toks` (before it, perhaps with an employer's
/// possessive between: "added Ernst and Young's Sanjay Mehta"), an apposition naming a
/// role or a kinship after it ("Kerr Putney, the Charlotte police chief,", "Bumpei Otsuki,
/// President of the Japan Federation", "Ann Lee, the daughter of"), or an age before or
/// after it ("48-year-old Australian Mamdouh Habib", "Letisha Shakespeare, 17,").
pub(super) fn speaks_beside(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    // "Letisha Shakespeare, 17,": an age in apposition (not a number's thousands, "the
    // Draftsmaster II, 11,900 dlrs").
    let digits = |t: &Token<'_>| t.word && t.text.bytes().all(|b| b.is_ascii_digit());
    let aged = toks.get(run.end).is_some_and(|t| t.is(','))
        && toks.get(run.end + 1).is_some_and(|t| digits(t) && (1..=2).contains(&t.text.len()))
        && toks.get(run.end + 2).is_some_and(|t| t.is(',') || t.is('.'))
        && toks.get(run.end + 3).is_none_or(|t| !t.text.starts_with(|c: char| c.is_ascii_digit()));
    // "Manaspas Xuto of Thailand, chairman of the INRA": the person's country stands
    // between the name and its apposition.
    let end = from_a_place(toks, run.end, lex).unwrap_or(run.end);
    let after_comma = toks.get(end).is_some_and(|t| t.is(','));
    // A kinship noun is a role here: "Attallah Shabazz, the daughter of activist Malcolm X,".
    let apposed_role = after_comma
        && toks[end + 1..]
            .iter()
            .take(7)
            .take_while(|t| !t.is(','))
            .any(|t| t.word && !t.is_capitalized() && (lex.is_role_noun(t.text) || kin_gender(t.text).is_some()));
    // "48-year-old Australian Mamdouh Habib": an age before the name (not before a
    // nationality, "a 33-year-old African American").
    let aged_before = run.start.checked_sub(1).is_some_and(|i| toks[i].word && toks[i].text.ends_with("-year-old"))
        && !lex.is_demonym(toks[run.end - 1].base());
    let apposed_title = after_comma && {
        let words: Vec<&str> = toks[end + 1..].iter().take(6).map(|t| t.text).collect();
        let n =
            if words.first().is_some_and(|w| w.starts_with(char::is_uppercase)) { lex.title_len(&words) } else { 0 };
        n > 0 && words.get(n) == Some(&"of")
    };
    // The employer's possessive: capitalised words, "and" or "&" between them.
    let mut before = run.start;
    if before > 0 && toks[before - 1].is_possessive() && toks[before - 1].is_capitalized() {
        before -= 1;
        while before > 0 && run.start - before < 5 && {
            let t = &toks[before - 1];
            t.is_capitalized() || t.text == "and" || t.is('&')
        } {
            before -= 1;
        }
    }
    // The name after an employer's possessive ends the clause: "said Graham Norton's
    // Strictly Dance Fever would be" names a show.
    let owned_ends = before == run.start || toks.get(run.end).is_none_or(|t| !t.word);
    // "Officials at Commonwealth Edison said": what follows "at" is where the speaker works.
    let workplace = run.start.checked_sub(1).is_some_and(|i| toks[i].text == "at");
    // "recorded by One World Project": a capitalised verb that is also an organisation's
    // word ends the name of a body, no speech ("Trump Says" of a headline still speaks).
    let verb_after = toks
        .get(run.end)
        .is_some_and(|t| lex.is_speech_verb(t.text) && !(t.is_capitalized() && lex.is_org_word(&fold(t.text))));
    verb_after && !workplace
        || before > 0 && owned_ends && lex.is_speech_verb(toks[before - 1].text)
        || apposed_role
        || apposed_title
        || aged
        || aged_before
}

/// Where "of" and a country's name of one to three capitalised words at `at` of `toks` end
/// ("of Thailand", "of South Korea"), if they stand there; not a place's, which ends a
/// firm's name as often ("Czarnikow Rionda of New York, the state sugar council").
fn from_a_place(toks: &[Token<'_>], at: usize, lex: &Lexicon) -> Option<usize> {
    if toks.get(at)?.text != "of" {
        return None;
    }
    let n = toks[at + 1..].iter().take(3).take_while(|t| t.is_capitalized()).count();
    let words: Vec<&str> = toks[at + 1..at + 1 + n].iter().map(|t| t.text).collect();
    let joined = words.join(" ");
    (n > 0 && lex.find_country_as_written(&joined).is_some()).then_some(at + 1 + n)
}

/// True when the word before the run `run` makes it an institution or a team: for a lone
/// word an institution's noun ("player firm Creative"), a business epithet ("rival Nissan")
/// or a plural role noun ("analysts Gartner", "leaders Chelsea"; not "singers Madonna", of
/// `[one_name_roles]`); for longer names a
/// business's noun only ("games firm Lateral Visions", "housebuilder George Wimpey"; not "rival
/// John McEnroe", "chief of staff Donald Regan", "world leaders Tony Blair").
pub(super) fn names_institution(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let Some(t) = run.start.checked_sub(1).map(|i| &toks[i]).filter(|t| t.word && !t.is_capitalized()) else {
        return false;
    };
    if run.len() > 1 {
        return word_classes::BUSINESS_NOUNS.contains(&t.text);
    }
    // Not the plural of an occupation whose people go by one name: "singers Madonna, Sir
    // Elton John and Usher" names the singers.
    let plural_role =
        singular(t.text, |one| lex.is_role_noun(one) && !word_classes::ONE_NAME_ROLES.contains(&one)).is_some();
    lex.is_body_noun(t.text) || word_classes::INSTITUTION_EPITHETS.contains(&t.text) || plural_role
}

/// The words before a company's own words in a run that names a company with its suffix:
/// "Mark IV" of "Mark IV Industries Inc", "General Acquisition" of "General Acquisition Inc".
pub(super) fn company_stem<'a>(run: &[Token<'a>], lex: &Lexicon) -> Option<Vec<&'a str>> {
    // Most runs hold no company suffix: that is looked at first, without folding a word.
    // "Zico Investment Holding Inc's tender offer": the possessive is no part of the suffix.
    let word = |t: &Token<'a>| t.base().trim_end_matches([',', '.']);
    let suffix = |t: &Token<'a>| word_classes::COMPANY_SUFFIXES.contains(&word(t));
    if !run.iter().skip(1).any(suffix) {
        return None;
    }
    let own = |t: &Token<'a>| suffix(t) || lex.is_org_word(&fold(word(t)));
    let stem = 1 + run.iter().skip(1).position(own)?;
    Some(run[..stem].iter().map(Token::base).collect())
}

/// True when what stands before the lone word `words[start]` of the run `run` makes it a
/// person even said once: a title only persons hold ([`personal_title`]) or the noun of an
/// occupation whose people go by one name, before the run ([`occupation_before`]) or
/// opening it ([`one_name_opens`]).
pub(super) fn introduced_alone(
    toks: &[Token<'_>],
    run: &Range<usize>,
    words: &[&str],
    start: usize,
    lex: &Lexicon,
) -> bool {
    personal_title(toks, run, words, start)
        || (start == 0 && title_written_before(toks, run, words, lex))
        || (start == 0 && occupation_before(toks, run) && words.first().is_some_and(|w| !opens_a_clause(w, lex)))
        || (start == 1 && one_name_opens(toks, run, lex))
}

/// True when the run `run` is the two words that open a sentence, the noun of an occupation
/// whose people go by one name (`[one_name_roles]`) and one word that can be a name, which
/// a verb follows: "Midfielder Edu reduced the deficit", "Rapper Kano said". Not a plural
/// ("Star Wars was a hit"), a place, an organisation's word or a clause's opener.
pub(super) fn one_name_opens(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let [role, name] = &toks[run.clone()] else { return false };
    let first = run.start.checked_sub(1).is_none_or(|i| toks[i].is('.') || toks[i].is('!') || toks[i].is('?'));
    let word = name.base();
    let plural = word.ends_with('s') && !word.ends_with("os") && !word.ends_with("as");
    let verb = toks.get(run.end).is_some_and(|t| {
        t.word
            && (t.text.ends_with("ed") || lex.is_speech_verb(t.text) || word_classes::SUBJECT_VERBS.contains(&t.text))
    });
    first
        && verb
        && !plural
        && word_classes::ONE_NAME_ROLES.contains(&role.text.to_lowercase().as_str())
        && !lex.is_not_name(word)
        && !lex.is_org_word(word)
        && !opens_a_clause(word, lex)
        && plain_surname(word, lex)
}

/// True when the lone word `name` of the run `run`, a town's name (no country's), follows an
/// occupation whose people go by one name ([`occupation_before`]): it is the person's stage
/// name, "UK rapper Kano".
fn stage_name(toks: &[Token<'_>], run: &Range<usize>, name: &[&str], start: usize, lex: &Lexicon) -> bool {
    name.len() == 1
        && start == 0
        && occupation_before(toks, run)
        && lex.is_place_name(name[0])
        && lex.find_country(name[0]).is_none()
}

/// True when the noun of an occupation whose people often go by one name stands just before
/// the run `run` (`[one_name_roles]`): a lone word after it is a name, said once or not
/// ("Happy Mondays dancer Bez", "rapper Verbalicious", "midfielder Deco"); not an award of
/// the occupation's category ("won the best actor Oscar", "best new artist Grammy"). Other
/// roles are left out: "lead manager Goldman, Sachs", "market leader Diageo", "the official
/// Tanjug news agency".
fn occupation_before(toks: &[Token<'_>], run: &Range<usize>) -> bool {
    let role = run.start.checked_sub(1).is_some_and(|i| word_classes::ONE_NAME_ROLES.contains(&toks[i].text));
    let award = toks[..run.start.saturating_sub(1)].iter().rev().take(2).any(|t| t.text == "best");
    role && !award
}

/// True when `word` is a title only persons hold, written as one ("Mr", "Mrs.", "Dr"; not
/// "MS." of "MS. Final approval").
pub(super) fn is_personal_title(word: &str) -> bool {
    let title = word.trim_end_matches('.');
    title.chars().skip(1).all(char::is_lowercase)
        && word_classes::PERSONAL_TITLES.iter().any(|p| p.eq_ignore_ascii_case(title))
}

/// True when a title only persons hold stands just before the lone word `words[start]` of
/// the run `run` ("President Reagan", "Mr Blair"): no epithet ("the Mr Nasty of books"), no
/// initial or abbreviation after it ("Mr P.", "Dr. Ing."), and the title written as one
/// ("MS. Final approval" is no Ms).
fn personal_title(toks: &[Token<'_>], run: &Range<usize>, words: &[&str], start: usize) -> bool {
    let (Some(title), Some(name)) = (start.checked_sub(1).and_then(|i| words.get(i)), words.get(start)) else {
        return false;
    };
    is_personal_title(title)
        && name.chars().count() > 1
        && !name.contains('.')
        && run
            .start
            .checked_sub(1)
            .is_none_or(|i| !word_classes::ARTICLES.contains(&toks[i].text.to_lowercase().as_str()))
}

/// True when a title only persons hold, written in lower case, stands just before the lone
/// word `words[0]` of the run `run`, as a reporter writes a post before a name: "after
/// president Reagan's State of the Union message" (not after an article, "the president
/// Monday", nor before a family, "both former president Bushes").
fn title_written_before(toks: &[Token<'_>], run: &Range<usize>, words: &[&str], lex: &Lexicon) -> bool {
    let title = run.start.checked_sub(1).map(|i| &toks[i]).filter(|t| t.word && !t.is_capitalized());
    let article = run.start.checked_sub(2).is_some_and(|i| word_classes::ARTICLES.contains(&toks[i].text));
    // "both former president Bushes": a famous surname's plural is a family.
    let family = |w: &str| {
        [w.strip_suffix("es"), w.strip_suffix('s')].into_iter().flatten().any(|stem| lex.is_famous_surname(stem))
    };
    title.is_some_and(|t| is_personal_title(t.text))
        && !article
        && words.first().is_some_and(|w| w.chars().count() > 1 && !w.contains('.') && !family(w))
}

/// The gender of a kinship noun ("wife", "stepson"), if `word` is one.
pub(crate) fn kin_gender(word: &str) -> Option<Gender> {
    if word_classes::FEMALE_KIN.contains(&word) {
        Some(Gender::Female)
    } else {
        word_classes::MALE_KIN.contains(&word).then_some(Gender::Male)
    }
}

/// The roles given with a name, each as its folded head noun followed by all its folded
/// words: its titles ("Prime Minister"), the words before it ("Nortel president and chief
/// executive", two heads), an apposition after it (", the play's organiser in Uganda,").
pub(super) fn role_words(toks: &[Token<'_>], run: Range<usize>, titles: &[&str], lex: &Lexicon) -> Vec<Vec<String>> {
    const MODIFIERS: &[&str] = word_classes::ROLE_MODIFIERS;
    let role = |w: &str| lex.is_role_noun(&w.to_lowercase());
    let folded = |w: &&str| fold(crate::extract::phrases::strip_possessive(w).unwrap_or(w));
    let mut out = Vec::new();
    let mut add = |heads: Vec<&str>, words: &[&str]| {
        for head in heads {
            out.push(std::iter::once(&head).chain(words).map(folded).collect());
        }
    };
    // Titles: the last role word is the head ("Senate Finance Committee Chairman").
    if let Some(head) = titles.iter().rev().find(|w| role(w)) {
        add(vec![head], titles);
    }
    // Words before the name, nearest first: the nearest role noun, and the one before each
    // "and".
    let before: Vec<&str> = toks[..run.start]
        .iter()
        .rev()
        .take(6)
        .take_while(|t| {
            let l = t.text.to_lowercase();
            t.word
                && !lex.is_speech_verb(t.text)
                && (t.is_capitalized() || lex.is_role_noun(&l) || MODIFIERS.contains(&l.as_str()) || t.is_possessive())
                && !word_classes::ARTICLES.contains(&l.as_str())
        })
        .map(|t| t.text)
        .collect();
    let mut heads = Vec::new();
    let mut want = true;
    // "between the chancellor and Tony Blair": a role an article leads, with "and" right
    // before the name, is another person's ("Nortel president and chief executive Bill Owens"
    // is one person's roles).
    let led = toks[..run.start.saturating_sub(before.len())]
        .last()
        .is_some_and(|t| word_classes::ARTICLES.contains(&t.text.to_lowercase().as_str()));
    let other = led && before.first() == Some(&"and");
    for w in before.iter().filter(|_| !other) {
        if *w == "and" {
            want = true;
        } else if want && role(w) {
            heads.push(*w);
            want = false;
        }
    }
    add(heads, &before);
    if let Some(kin) = kin_apposed_before(toks, run.start) {
        add(vec![kin[0]], &kin);
    }
    if let Some((head, words)) = role_apposed_before(toks, &run, lex) {
        add(vec![head], &words);
    }
    // An apposition: its first role noun before a preposition.
    if toks.get(run.end).is_some_and(|t| t.is(',')) {
        let after: Vec<&str> = toks[run.end + 1..]
            .iter()
            .take(10)
            .take_while(|t| t.word && !word_classes::APPOSITION_STOPS.contains(&t.text))
            .map(|t| t.text)
            .collect();
        let closed = toks.get(run.end + 1 + after.len()).is_some_and(|t| t.is(',') || t.is('.'));
        let head = after.iter().take_while(|w| !crate::extract::phrases::PREPOSITIONS.contains(w)).find(|w| role(w));
        if let (true, Some(head)) = (closed, head) {
            add(vec![head], &after);
        }
    }
    out
}

/// A role set off before the name it is given, the name set off in turn: "The Bishop of
/// Durham, the Rt Rev Dr Tom Wright, said" -> ("Bishop", its words), "the chairman, Will
/// Estrada." -> ("chairman", …): an article and at most [`APPOSED_ROLE_WORDS`] words, the
/// last role noun before any preposition the head; the name after its own "the" or none.
/// Not a role whose name runs on ("the chairman, Will Estrada and his deputy"), nor one in
/// an opening phrase or before a name with its own age or role after it ("After the sacking
/// of the manager, Tom Hale, the captain, took charge").
fn role_apposed_before<'a>(toks: &[Token<'a>], run: &Range<usize>, lex: &Lexicon) -> Option<(&'a str, Vec<&'a str>)> {
    let set_off = toks.get(run.end).is_some_and(|t| t.is(',') || t.is('.'));
    let the = run.start.checked_sub(1).is_some_and(|i| toks[i].text.eq_ignore_ascii_case("the"));
    let comma = run.start.checked_sub(1 + usize::from(the))?;
    if !set_off || !toks[comma].is(',') {
        return None;
    }
    let article = (comma.saturating_sub(APPOSED_ROLE_WORDS + 1)..comma)
        .rev()
        .take_while(|&j| toks[j].word)
        .find(|&j| word_classes::ARTICLES.contains(&toks[j].text.to_lowercase().as_str()))?;
    // "After the sacking of the manager, Tom Hale, the captain, took charge", "Despite
    // criticism from the coach, Tom Hale, 24, kept his place": a role in an opening phrase,
    // or a name going on with its own age or role, is the clause's subject's, no apposition.
    let lower = |t: &Token<'_>| t.text.to_lowercase();
    let prepositional = |t: &Token<'_>| {
        let word = lower(t);
        crate::extract::phrases::PREPOSITIONS.contains(&word.as_str()) || lex.is_clause_opener(&word)
    };
    let after_preposition = article.checked_sub(1).is_some_and(|j| toks[j].word && prepositional(&toks[j]));
    let opening = (article.saturating_sub(OPENING_PHRASE_TOKENS)..=article)
        .rev()
        .find(|&j| j == 0 || toks[j - 1].is('.') || toks[j - 1].is('?') || toks[j - 1].is('!'))
        .is_some_and(|j| j < article && prepositional(&toks[j]));
    let own = toks.get(run.end + 1).is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit()) || word_classes::ARTICLES.contains(&lower(t).as_str())
    });
    if after_preposition || opening || (toks[run.end].is(',') && own) {
        return None;
    }
    let words: Vec<&str> = toks[article + 1..comma].iter().map(|t| t.text).collect();
    let head = words
        .iter()
        .take_while(|w| !crate::extract::phrases::PREPOSITIONS.contains(w))
        .filter(|w| lex.is_role_noun(&w.to_lowercase()))
        .last()
        .copied()?;
    Some((head, words))
}

/// The most words of a role set off before a name ([`role_apposed_before`]).
const APPOSED_ROLE_WORDS: usize = 6;

/// The most tokens before a set-off role read back for its sentence's opening preposition
/// ([`role_apposed_before`]: "After the sacking of the manager, Tom Hale, …").
const OPENING_PHRASE_TOKENS: usize = 12;

/// A kinship noun and its owner set off before a name: "his son, Stephen Nogar," -> ["son",
/// "his"], "Kay's daughter, Ann," -> ["daughter", "Kay's"].
fn kin_apposed_before<'a>(toks: &[Token<'a>], at: usize) -> Option<[&'a str; 2]> {
    let [owner, kin, comma] = toks.get(at.checked_sub(3)?..at)? else { return None };
    let owned =
        owner.is_possessive() || word_classes::POSSESSIVE_DETERMINERS.contains(&owner.text.to_lowercase().as_str());
    (comma.is(',') && owned && kin_gender(kin.text).is_some()).then_some([kin.text, owner.text])
}

/// True when the words `name` read as no person's: an organisation's (a known one, an acronym,
/// an organisation's word, a party label last), a country's or a place's, a contraction or
/// an adjective's ending.
pub(super) fn looks_like_organization(name: &[&str], lex: &Lexicon) -> bool {
    has_non_name_word(name) || has_non_name_edge(name, lex) || names_a_body_or_place(name, lex)
}

/// True when a word of `name` is no name's: "I've", "Kevin I'd" (a contraction, not
/// "Youssou N'Dour"), "MPs" (an acronym's plural), "Boys Don't (Cry)" (a negated verb).
fn has_non_name_word(name: &[&str]) -> bool {
    let contraction = |w: &str| {
        w.split_once(['\'', '\u{2019}']).is_some_and(|(head, tail)| {
            (head.chars().count() == 1 || tail == "t") && tail.starts_with(char::is_lowercase)
        })
    };
    let plural_acronym =
        |w: &str| w.strip_suffix('s').is_some_and(|a| a.len() > 1 && a.chars().all(|c| c.is_ascii_uppercase()));
    name.iter().any(|w| contraction(w) || plural_acronym(w))
}

/// True when `name` opens or ends as no person's name does: an acronym or a place adjective
/// first, a country, an acronym or a party label last, a party's member, an adjective's
/// ending anywhere.
fn has_non_name_edge(name: &[&str], lex: &Lexicon) -> bool {
    // "Moscow-based", "BNP Paribas": a place adjective or an acronym leading the run.
    let acronym_first =
        name.len() > 1 && name.first().is_some_and(|w| w.len() > 2 && w.chars().all(|c| c.is_ascii_uppercase()));
    // "Texas Democrat", "Data General": a party or a rank is no surname.
    let ranked_last = name.len() > 1 && name.last().is_some_and(|w| PARTIES.contains(w));
    // "Veteran Labour MP": a party's member is a role.
    let party_member = name.len() == 2 && PARTIES.contains(&name[0]) && POSTNOMINALS.contains(&name[1]);
    // "Hutch India", "Reuters SMC", "Wedding Cantata BWV": a country (no given name:
    // "Michael Jordan", "David M. Holland", "Volker Türk"; by its name, not "Li Mo") or an acronym (no postnominal,
    // generation or role: "Ian Smith OBE", "Wells Fargo CEO") last.
    let last = name.last().copied().unwrap_or_default();
    let country_last = name.len() > 1
        && lex.find_country_as_written(last).is_some_and(|c| c.name == last)
        && !lex.is_given_name(last)
        && !lex.is_given_name(name[0]);
    let acronym_last = name.len() > 1
        && last.len() > 2
        && last.chars().all(|c| c.is_ascii_uppercase())
        && !POSTNOMINALS.contains(&last)
        && !word_classes::NAME_SUFFIXES.contains(&last.to_lowercase().as_str())
        && !lex.is_role_noun(&last.to_lowercase());
    acronym_first
        || country_last
        || acronym_last
        || ranked_last
        || party_member
        || name.iter().any(|w| ADJECTIVE_SUFFIXES.iter().any(|x| w.ends_with(x)))
}

/// True when `name` holds an organisation's word (not as a surname) or names a known
/// organisation, a country or a place, or is all capitals.
fn names_a_body_or_place(name: &[&str], lex: &Lexicon) -> bool {
    let joined = name.join(" ");
    // After a given name, a common word is a surname ("Ian Read", "Theresa May"); so is
    // the given name after a surname that is also a pronoun ("He Kang").
    let given_first =
        name.len() > 1 && (lex.is_given_name(name[0]) || word_classes::SURNAME_PRONOUNS.contains(&name[0]));
    // ... and a given name is no common word ("Bill Owens", not a bill). After a given
    // name, a compass word ending a name of two ("Oliver North", "Kanye West") and the word
    // after a capitalised particle ("Rob Da Bank", "Chris De Burgh") are surnames, no
    // organisation's words; so is a second given name between a given name and a surname
    // ("Sonny Bill Williams", not a bill).
    let surname = |i: usize| {
        let middle_given = i == 1 && name.len() == 3 && lex.is_given_name(name[1]);
        given_first
            && (middle_given
                || i + 1 == name.len()
                    && ((i == 1 && word_classes::COMPASS_WORDS.contains(&fold(name[i]).as_str()))
                        || (i >= 2
                            && CONNECTORS.contains(&fold(name[i - 1]).as_str())
                            && name[i - 1].starts_with(char::is_uppercase))))
    };
    name.iter()
        .enumerate()
        .skip(usize::from(given_first))
        .any(|(i, w)| !surname(i) && (lex.is_org_word(w) || (lex.is_not_name(w) && !given_first))) || lex.find_organization(&joined).is_some()
        // "Morgan Stanley International", "Merrill Lynch Capital Markets": a known
        // organisation's name leading the run.
        || (2..name.len().min(lex.organization_words_max() + 1)).any(|k| lex.find_organization(&name[..k].join(" ")).is_some())
        || lex.find_country(&joined).is_some()
        || name.iter().all(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && w.len() > 2)
        || lex.is_place_name(&joined)
}

/// True when the run `run` of two words or more, led by no title, with no given name nor
/// initial, stands right after "the" and ends its clause there: before punctuation, a
/// possessive, an auxiliary or a reporting verb ("The Royal Mail is investigating", "the Golden Bear,").
/// A person's name takes no article; one used as a modifier ("the Michael Jackson trial")
/// runs on into a lower-case noun and is left alone.
pub(super) fn definite_name(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    // Most runs stand after no "the": that is looked at first.
    if run.len() < 2 || run.start == 0 || !matches!(toks[run.start - 1].text, "the" | "The") {
        return false;
    }
    let first = toks[run.start].text;
    let ends = toks[run.end - 1].is_possessive()
        || toks.get(run.end).is_none_or(|t| {
            !t.word
                || word_classes::AUXILIARIES.contains(&t.text)
                || (lex.is_speech_verb(t.text) && !t.is_capitalized())
        });
    // Not a person's name after a title ("Secretary of the Interior Donald Hodel said"), nor
    // one with initials ("according to the H.W. Lichtenberger,").
    let personal =
        toks[run.clone()].iter().any(|t| lex.is_given_name(t.text) || t.text.contains('.') || t.text.len() == 1);
    ends && lex.title_len(&[first]) == 0 && !personal
}
