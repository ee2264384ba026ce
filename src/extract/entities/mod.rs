//! Persons, countries and organisations named in an article.
//!
//! Persons come from capitalised runs with the cues news writing gives: a title
//! ("Treasury Secretary Scott Bessent"), a known given name ("Gustavo Petro") or a reporting
//! verb beside the name. Within the article every mention is tied to one canonical full
//! name: "President Petro" and "Petro" become Gustavo Petro. Countries and organisations
//! come from the gazetteers in [`crate::lexicon`].
//!
//! This file holds the way through: the capitalised runs of the text (`runs.rs`) are read
//! one by one as candidate persons, by what their words and the words around them say
//! (`context.rs`; a work's title or a character is none, `works.rs`); a name punctuation
//! splits is joined (`pieces.rs`), a stage name and its real name are one person
//! (`aliases.rs`); lists and team sheets add the names no cue marks (`sheets.rs`); the
//! candidates left are tied to one canonical name per person (`canonical.rs`).

mod aliases;
mod canonical;
mod context;
mod lone;
mod pieces;
mod runs;
mod sheets;
mod works;

pub use super::persons::PersonIndex;
use super::tokens::{Token, Tokens};
use super::word_scans::WordScans;
use crate::lexicon::{Gender, Lexicon, word_classes};
use crate::model::Entities;
use crate::normalize::fold;
use aliases::{aliases, stage_names_before_aliases};
use canonical::canonicalize;
use context::{
    company_stem, definite_name, employer, ends_a_longer_name, introduced_alone, keeps_its_title, lacks_surname,
    looks_like_organization, names_institution, organization, role_words, speaks_beside,
};
use foldhash::{HashMap, HashSet};
use lone::{government_leader, known_alone, lone_name, speaks_of_a_person};
use pieces::join_pieces;
use runs::capitalized_runs;
use sheets::{is_initial, take_listed_names, take_team_sheets};
use std::cell::OnceCell;
use std::ops::Range;
use works::{names_a_thing, titles_a_work};

/// Lower-case words that may stand inside a name ("Padrino de la Cruz", "bin Salman").
const CONNECTORS: &[&str] = word_classes::NAME_CONNECTORS;

/// Party labels that qualify a name ("Republican Donald Trump").
const PARTIES: &[&str] = word_classes::PARTY_LABELS;

/// Letters after a name that are not part of it ("Margaret Moran MP", "Guy Mansfield QC").
pub(super) const POSTNOMINALS: &[&str] = word_classes::POSTNOMINALS;

/// Splits a capitalised run into its titles and the name after them: the name starts after
/// the last title that leaves a word ("Colombian President Gustavo Petro" -> 2).
pub fn name_start(words: &[&str], lex: &Lexicon) -> (usize, bool) {
    let mut start = 0;
    let mut titled = false;
    let mut j = 0;
    while j < words.len() {
        // A title is capitalised: "del" in "Luigi del Neri" is no delegate.
        let t = if words[j].starts_with(char::is_uppercase) { lex.title_len(&words[j..]) } else { 0 };
        // A one-word title after a given name belongs to the name: "Sacha Baron Cohen".
        let in_name = t == 1 && j > start && given_before_title(words[j - 1], lex);
        if t > 0 && j + t < words.len() && !in_name {
            start = j + t;
            titled = true;
            j += t;
        } else {
            j += 1;
        }
    }
    // Leading demonyms, country names and party labels qualify the name: "Venezuelan
    // Nicolás Maduro", "Republican Donald Trump".

    // A country code qualifies only in capitals ("US"), and a given name starts the name:
    // "Li Deshui" is not Liechtenstein, nor "Jordan Henderson" Jordan.
    let qualifier = |w: &str| {
        let country = lex.find_country_as_written(w).is_some()
            && !lex.is_given_name(w)
            && (w.chars().count() > 3 || w.chars().all(|c| c.is_uppercase()));
        country || PARTIES.contains(&w)
    };
    while start + 1 < words.len() && qualifier(words[start]) {
        start += 1;
    }
    // A given name after a party label or a role starts the name: "Senate Intelligence
    // Ranking Democrat Dianne Feinstein".
    if !titled
        && let Some(j) = (start + 1..words.len().saturating_sub(1)).find(|&j| {
            let before = words[j - 1];
            lex.is_given_name(words[j])
                && (PARTIES.contains(&before) || lex.is_role_noun(before) || lex.find_country(before).is_some())
        })
    {
        return (j, true);
    }
    // A given name further on starts the name: "Miss Universe Alicia Machado".
    if titled
        && start < words.len()
        && !lex.is_given_name(words[start])
        && let Some(j) = (start + 1..words.len().saturating_sub(1)).find(|&j| lex.is_given_name(words[j]))
    {
        start = j;
    }
    (start, titled)
}

/// True when `word`, just before a title, is a given name that opens the name the title
/// ends in ("Sacha Baron Cohen"), no title or place itself ("Georgia President").
fn given_before_title(word: &str, lex: &Lexicon) -> bool {
    lex.is_given_name(word)
        && lex.title_len(&[word]) == 0
        && lex.find_country(word).is_none()
        && !lex.is_place_name(word)
}

/// Finds the people of the text `tokens` were read from.
pub fn find_persons(tokens: &Tokens<'_>, lex: &Lexicon) -> PersonIndex {
    let toks = tokens.all();
    let article = ArticleWords::new(tokens);
    let runs = capitalized_runs(tokens.text(), toks, lex);
    let mut found: Vec<Option<Candidate<'_>>> = runs.iter().map(|run| candidate(&article, run.clone(), lex)).collect();
    join_pieces(toks, &runs, &mut found, lex);
    stage_names_before_aliases(toks, &runs, &article.counts, &mut found, lex);
    take_listed_names(toks, &runs, &mut found, lex);
    take_team_sheets(tokens.text(), toks, &runs, &mut found, lex);
    spell_out_initials(toks, &runs, &mut found, lex);
    drop_affiliations(toks, &runs, &mut found);
    share_surnames(toks, &runs, &mut found, lex);
    for (slot, run) in found.iter_mut().zip(&runs).filter(|(c, _)| c.is_none()) {
        *slot = government_leader(&article, run, lex);
    }
    let mut candidates = drop_things(toks, &runs, found, &article.scans, lex);
    give_way_to_surer(&mut candidates, lex);
    canonicalize(toks, candidates, lex)
}

/// The article's tokens and what is read across them once for every capitalised run, in
/// [`find_persons`]: the cheap counts at once, the rest lazily, when a run first needs it.
struct ArticleWords<'t, 'a> {
    /// The article's tokens.
    toks: &'t [Token<'a>],
    /// How often each capitalised word is written, by its base ([`capitalized_counts`]).
    counts: HashMap<&'a str, usize>,
    /// How each surname is seen standing alone ([`surnames_acting_alone`]), for an unknown
    /// name.
    acts_alone: OnceCell<HashMap<&'a str, Sighting>>,
    /// The words written in lower case ([`lower_case_words`]), for [`ArticleWords::is_common`].
    lower_words: OnceCell<HashSet<&'a str>>,
    /// The capitalised words written after each ([`Followers`]), for a kinship noun's given
    /// name.
    written_after: OnceCell<Followers<'a>>,
    /// Where a word is written, read only for a run that a rule would take for a work or for
    /// a lone word that speaks.
    scans: WordScans<'t>,
}

impl<'t, 'a> ArticleWords<'t, 'a> {
    /// The words of the article `tokens` were read from, with only the counts made yet.
    fn new(tokens: &'t Tokens<'a>) -> ArticleWords<'t, 'a> {
        let toks = tokens.all();
        ArticleWords {
            toks,
            counts: capitalized_counts(toks),
            acts_alone: OnceCell::new(),
            lower_words: OnceCell::new(),
            written_after: OnceCell::new(),
            scans: WordScans::new(tokens.text()),
        }
    }

    /// How each surname is seen standing alone ([`surnames_acting_alone`]), found when first
    /// asked.
    fn acts_alone(&self, lex: &Lexicon) -> &HashMap<&'a str, Sighting> {
        self.acts_alone.get_or_init(|| surnames_acting_alone(self.toks, lex))
    }

    /// The capitalised words written after each ([`Followers`]), found when first asked.
    fn followers(&self, lex: &Lexicon) -> &Followers<'a> {
        self.written_after.get_or_init(|| followers(self.toks, lex))
    }

    /// True when `word` is one of the article's common words rather than a name: it ends
    /// like an adjective, the gazetteer knows it as an organisation, or the article writes
    /// it in lower case (`lower_words`, read once, when first asked).
    fn is_common(&self, word: &str, lex: &Lexicon) -> bool {
        adjectival(word)
            || lex.find_organization(word).is_some()
            || self.lower_words.get_or_init(|| lower_case_words(self.toks)).contains(word.to_lowercase().as_str())
    }
}

/// How often each capitalised word of `toks` is written, by its base.
fn capitalized_counts<'a>(toks: &[Token<'a>]) -> HashMap<&'a str, usize> {
    let capitalized = toks.iter().filter(|t| t.is_capitalized());
    let mut counts: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(capitalized.clone().count(), Default::default());
    for t in capitalized {
        *counts.entry(t.base()).or_default() += 1;
    }
    counts
}

/// The persons `found` in `runs`, less those whose words name a thing elsewhere in the
/// article: an institution, a work or a company.
fn drop_things<'a>(
    toks: &[Token<'a>],
    runs: &[Range<usize>],
    found: Vec<Option<Candidate<'a>>>,
    scans: &WordScans<'_>,
    lex: &Lexicon,
) -> Vec<Candidate<'a>> {
    // A word an institution's noun introduces once ("handset maker Ericsson") names no
    // person anywhere in the article ("Ericsson said …"), nor does a work's title ("film
    // Vera Drake … Vera Drake was made for little money").
    let run_words = |r: &Range<usize>| -> Vec<&str> { toks[r.clone()].iter().map(Token::base).collect() };
    let mut things: HashSet<Vec<&str>> = runs
        .iter()
        .filter(|r| (r.len() == 1 && names_institution(toks, r, lex)) || titles_a_work(toks, r, scans, lex))
        .map(run_words)
        .collect();
    // Longer names a business noun introduces ("research group JD Power … said Anthony Pratt
    // from JD Power") name no person elsewhere either, unless a title or a cue says so there
    // ("investment firm Mario Gabelli and Co … Mario Gabelli, head of the firm") to a name
    // led by a given name: "IT firm Dimension Data … what Dimension Data calls" is the firm.
    let firms: HashSet<Vec<&str>> =
        runs.iter().filter(|r| r.len() > 1 && names_institution(toks, r, lex)).map(run_words).collect();
    // "an offer by Mark IV Industries Inc … to thwart Mark IV", "General Acquisition Inc …
    // the General Acquisition offer": the words before a company's own words name the
    // company wherever they stand alone, title and all.
    things.extend(runs.iter().filter_map(|r| company_stem(&toks[r.clone()], lex)));
    things.extend(aliases(toks, runs, &found).map(run_words));
    // "The Royal Mail is investigating", "Berlin's top prize, the Golden Bear,": a name
    // the article writes whole after "the" is a thing's wherever it stands (not the
    // person a longer run holds: "The Reagan Administration's", "The US Secretary of
    // Energy Spencer Abraham confirmed").
    let definite: HashSet<Vec<&str>> = runs.iter().filter(|r| definite_name(toks, r, lex)).map(run_words).collect();
    found
        .into_iter()
        .zip(runs)
        .filter_map(|(c, r)| {
            c.filter(|c| {
                let thing = !things.is_empty() && (things.contains(&c.words) || things.contains(&run_words(r)))
                    || definite.contains(&c.words);
                let vouched = c.sure && c.words.first().is_some_and(|w| lex.is_given_name(w));
                !thing && (vouched || !firms.contains(&c.words))
            })
        })
        .collect()
}

/// Drops a name taken only for its surname acting alone when a surer one has that
/// surname: "Neither Cruz" is not a person beside "Ted Cruz". A name led by an initial
/// gives way only to a surer one of that initial: "J Thomas" is Jonathan Thomas, "G
/// Thomas" someone else.
fn give_way_to_surer(candidates: &mut Vec<Candidate<'_>>, lex: &Lexicon) {
    let surname = |c: &Candidate<'_>| c.words.last().map(|w| fold(w));
    let mut sure: HashMap<String, Vec<&str>> = HashMap::default();
    // A surer name of one word is the surname alone ("Mr Tsutsumi"): the longer name it
    // ends is its fuller form, not a stranger of that surname.
    for c in candidates.iter().filter(|c| !c.weak && c.words.len() > 1) {
        if let (Some(last), Some(first)) = (surname(c), c.words.first()) {
            sure.entry(last).or_default().push(first);
        }
    }
    candidates.retain(|c| {
        let Some(firsts) = surname(c).and_then(|w| sure.get(&w)) else { return true };
        let initial = c.words.first().filter(|w| c.words.len() > 1 && is_initial(w, lex));
        !c.weak || initial.and_then(|i| i.chars().next()).is_some_and(|i| !firsts.iter().any(|f| f.starts_with(i)))
    });
}

/// Gives a lone given name the surname of the name "and" joins it to: "impresarios David and
/// Ed Mirvish", "brothers Rio and Anton Ferdinand" name David Mirvish and Rio Ferdinand. The
/// lone word is a given name the lists know and no place, country or organisation ("Chelsea
/// and Frank Lampard"), no one-name star's, no item of a longer list ("Raul, Ronaldo and
/// Michael Owen"), and no person was found in it. Nor does it share one when the full names
/// found before it that open with it name one person ("Wayne Rooney scored … praised Wayne
/// and Ryan Giggs": Wayne Rooney again); of two persons so named before ("Bill Ackman …
/// Bill de Blasio … Bill and Melinda Gates") the lone word calls back neither.
fn share_surnames<'a>(toks: &[Token<'a>], runs: &[Range<usize>], found: &mut [Option<Candidate<'a>>], lex: &Lexicon) {
    // The given names of the full names found in the runs before `runs[k - 1]`, each with
    // the last word of that name while only one is.
    let mut given_before: HashMap<&str, Option<&str>> = HashMap::default();
    for k in 1..runs.len() {
        if let Some(c) = k.checked_sub(2).and_then(|j| found[j].as_ref()).filter(|c| c.words.len() > 1) {
            let last = c.words.last().copied();
            given_before.entry(c.words[0]).and_modify(|seen| *seen = seen.filter(|&l| Some(l) == last)).or_insert(last);
        }
        let (prev, run) = (&runs[k - 1], &runs[k]);
        if prev.len() != 1 || run.start != prev.end + 1 || toks[prev.end].text != "and" || found[k - 1].is_some() {
            continue;
        }
        let given = &toks[prev.start];
        let listed = prev.start > 0 && toks[prev.start - 1].is(',');
        let lone_given = lex.is_given_name(given.text)
            && !listed
            && !given.is_possessive()
            && lex.one_name_person(given.text).is_none()
            && !lex.is_place_name(given.text)
            && lex.find_country(given.text).is_none()
            && lex.find_organization(given.text).is_none()
            && given_before.get(given.text).is_none_or(Option::is_none);
        let Some(surname) = found[k]
            .as_ref()
            .filter(|c| c.pos == toks[run.start].start && c.words.len() == 2 && lex.is_given_name(c.words[0]))
            .map(|c| c.words[1])
        else {
            continue;
        };
        if lone_given {
            let words = vec![given.text, surname];
            found[k - 1] = Some(Candidate { weak: false, ..Candidate::listed(given.start, words) });
        }
    }
}

/// Takes a two-word name nothing vouched for when the article names a person by its initial
/// and surname elsewhere: "Up front, Mefin Davies plays at hooker … M Davies (Gloucester)"
/// spells out a team sheet's "M Davies", whom the surname alone then also names. The name
/// is one the lists could hold ([`unknown_name`]), and its first word a known given name or
/// after no preposition opening the sentence: "At Llanelli Lewis kicked well" names a place,
/// the sheet's "L Lewis" the person.
fn spell_out_initials<'a>(
    toks: &[Token<'a>],
    runs: &[Range<usize>],
    found: &mut [Option<Candidate<'a>>],
    lex: &Lexicon,
) {
    let initialled: HashSet<(char, &str)> = found
        .iter()
        .flatten()
        .filter_map(|c| match c.words[..] {
            [initial, surname] if is_initial(initial, lex) => initial.chars().next().map(|i| (i, surname)),
            _ => None,
        })
        .collect();
    if initialled.is_empty() {
        return;
    }
    for (slot, run) in found.iter_mut().zip(runs).filter(|(c, _)| c.is_none()) {
        let words = name_words(&toks[run.clone()]);
        if let [given, surname] = words[..]
            && given.chars().count() > 1
            && given.chars().next().is_some_and(|i| initialled.contains(&(i, surname)))
            && unknown_name(given, surname, lex)
            && (lex.is_given_name(given) || !after_an_opening_preposition(toks, run.start))
        {
            *slot = Some(Candidate { weak: false, ..Candidate::listed(toks[run.start].start, words) });
        }
    }
}

/// True when a capitalised preposition, opening the sentence, stands right before the token
/// at `at` of `toks`: "At Llanelli Lewis kicked well" puts a place before the surname, where
/// a lower-case one leaves a name ("with Jacque Fourie among the centres").
fn after_an_opening_preposition(toks: &[Token<'_>], at: usize) -> bool {
    at.checked_sub(1).is_some_and(|i| {
        toks[i].is_capitalized() && word_classes::PREPOSITIONS.contains(&toks[i].text.to_lowercase().as_str())
    })
}

/// Drops the person found in a run that follows a person's name and "of": "Harry Laubscher
/// of Tucker Anthony", "Thom Brown of Butcher and Singer" name where the person works or
/// comes from, not a second person, unless a title or a cue vouches for it.
fn drop_affiliations(toks: &[Token<'_>], runs: &[Range<usize>], found: &mut [Option<Candidate<'_>>]) {
    for k in 1..runs.len() {
        let (prev, run) = (&runs[k - 1], &runs[k]);
        let affiliated = run.start == prev.end + 1 && toks[prev.end].text == "of" && found[k - 1].is_some();
        // "of Nikko Securities Co International Inc. Paul Boltz of": a name later in the run
        // is a person of its own.
        let opens_run = |c: &Candidate<'_>| c.pos == toks[run.start].start;
        if affiliated && found[k].as_ref().is_some_and(|c| !c.sure && opens_run(c)) {
            found[k] = None;
        }
    }
}

/// The person a capitalised run of the article names, if it names one: its titles and role
/// words before the name, and the evidence that it is a person (a title, a known given
/// name, a reporting verb beside it, or a surname that acts alone elsewhere).
fn candidate<'a>(article: &ArticleWords<'_, 'a>, run: Range<usize>, lex: &Lexicon) -> Option<Candidate<'a>> {
    let toks = article.toks;
    if employer(toks, &run, lex) {
        return None;
    }
    let run_toks = &toks[run.clone()];
    let words = name_words(run_toks);
    let (mut start, titled) = titled_start(toks, &run, &words, lex);
    if keeps_its_title(&words, start, lex) {
        start -= 1;
    }
    // "Texan Michael Chicoine said …": a word that describes the person is no part of the
    // name, cue or none.
    start = after_a_descriptor(&words, start, lex);
    let name = without_affiliation(&words[start..]);
    let cued = speaks_beside(toks, &run, lex);
    if spans_an_organization(&words, start, lex) || names_a_thing(toks, &run, name, start, cued, &article.scans, lex) {
        return None;
    }
    // "Jan-Michael Gambill": a compound of given names is one.
    let given_name = |w: &str| lex.is_given_name(w) || (w.contains('-') && w.split('-').all(|p| lex.is_given_name(p)));
    // "J. David Lyons": an initial before the given name. "Pharrell Williams": the one name
    // a star goes by (no common word's, "Sting") before a surname is a given name; not
    // before a place or a club, whose name may be a given name too ("With Ronaldinho
    // Barcelona are favourites", "Without Deco Chelsea lost").
    let star_surname = |w: &str| plain_surname(w, lex) && !lex.is_given_name(w);
    let given = name.first().is_some_and(|w| given_name(w))
        || (name.len() >= 3 && is_initial(name[0], lex) && given_name(name[1]))
        || (name.len() == 2 && lex.one_name_person(name[0]) == Some(false) && star_surname(name[1]));
    // "Jannik Sinner … Sinner was gracious": a surname that acts alone marks a name
    // whose given name the lists do not know. Mid-sentence, or after no ordinary opening
    // word: a sentence's first word is capitalised whatever it is ("Despite Weaver").
    let mid_sentence = run.start > 0 && {
        let prev = &toks[run.start - 1];
        (prev.word && !prev.text.ends_with('.')) || prev.is(',')
    };
    // A surname that only stands alone, never before a verb, marks a name in mid-sentence
    // only ("to Lleyton Hewitt in Sunday's final … against Hewitt."), after a word no
    // adjective ("Eastern Bloc", "Provisional Baa-1"; nor the surname, "Southeast Asian"),
    // no organisation the gazetteer knows and not written in lower case in the article
    // ("Firm Cable … the firm").
    let common = |w: &str| article.is_common(w, lex);
    // "He Weiling": a surname that is also a pronoun ([`runs::pronoun_opens_name`]) before a word
    // the article never writes in lower case (not a headline's "He Thinks").
    let given = given || (name.len() == 2 && word_classes::SURNAME_PRONOUNS.contains(&name[0]) && !common(name[1]));
    let surname_recurs =
        name.len() == 2 && !(given || cued || titled) && recurs_alone(article, run.start, name, mid_sentence, lex);
    // A lone word after a title ("Miss Piggy", "General Election") is a name only if
    // it recurs or speaks, or if only persons hold the title ("President Reagan", "Mr Blair").
    let recurs = name.first().is_some_and(|w| article.counts.get(w).is_some_and(|n| *n > 1));
    let single_ok = name.len() > 1 || cued || recurs || introduced_alone(toks, &run, &words, start, lex);
    let (kin, leader) = lone_name(toks, &run, name.len() == 1 && start == 0, mid_sentence, common, lex);
    let famous = name.len() == 1 && start == 0 && known_alone(name[0], toks, &run, (mid_sentence, cued), common, lex);
    let speaks_of = name.len() == 1 && start == 0 && speaks_of_a_person(toks, &run, common, &article.scans, lex);
    let ends_a_name = !(given || titled) && ends_a_longer_name(toks, &run, lex);
    let person = !name.is_empty()
        && !ends_a_name
        && !lacks_surname(toks, &run, name, lex)
        && !organization(toks, &run, name, start, titled, lex)
        && !names_a_post(name, lex)
        && !names_a_descriptor(name, given || titled)
        && ((titled && single_ok)
            || kin.is_some()
            || leader
            || famous
            || speaks_of
            || (name.len() >= 2 && (given || cued || surname_recurs)));
    if !person {
        // "Dizzee Rascal": a stage name the lists of names do not vouch for.
        return stage_named(toks, &run, &words, start, lex)
            .or_else(|| name_at_its_given_name(toks, run, &words, start, ends_a_name, lex));
    }
    Some(Candidate {
        pos: run_toks[start].start,
        words: with_kin_surname(article, &run, name, kin.is_some(), lex),
        titled_gender: words[..start].iter().find_map(|w| lex.gender_of(w).filter(|_| lex.title_len(&[w]) > 0)).or(kin),
        roles: role_words(toks, run.clone(), &words[..start], lex),
        weak: !(titled || given || cued),
        sure: titled || cued,
    })
}

/// True when `name`, with no given name or title (`vouched`), ends in a word of where a
/// person is from ([`word_classes::PERSON_DESCRIPTORS`]): "a New Yorker" describes
/// someone, it names nobody.
fn names_a_descriptor(name: &[&str], vouched: bool) -> bool {
    !vouched
        && name.len() >= 2
        && name.last().is_some_and(|w| word_classes::PERSON_DESCRIPTORS.contains(&w.to_lowercase().as_str()))
}

/// True when `name`, two words or more, is a post rather than a person's name: its last word
/// is a title and its first is no word a name opens with but one of a post's, a title, role,
/// rank or organisation word ([`word_classes::ROLE_MODIFIERS`], [`word_classes::POST_OPENERS`])
/// or a demonym ("Assistant Secretary", "Industry Minister", "Worldwide Treasurer of …",
/// "Executive Vice President"). Any other first word keeps the name, whatever the title
/// ("Ledley King", "Tris Speaker", "Dorin Major", "B Deacon", "Sterling King"), and so does a
/// given name of any list ("Christian", "Aurelian"). The one test for a run read
/// alone ([`candidate`]) and for a list's item ([`sheets`]).
pub(super) fn names_a_post(name: &[&str], lex: &Lexicon) -> bool {
    let [first, .., last] = name else { return false };
    let l = first.to_lowercase();
    lex.title_len(&[last]) > 0
        && !lex.is_given_name(first)
        && lex.gender_of(first).is_none()
        && (lex.title_len(&[first]) > 0
            || lex.is_role_noun(&l)
            || lex.is_org_word(&fold(first))
            || lex.is_demonym(first)
            || word_classes::ROLE_MODIFIERS.contains(&l.as_str())
            || word_classes::POST_OPENERS.contains(&l.as_str()))
}

/// True when the two-word `name` of the run opening at `toks[at]` ends in a surname that
/// acts alone elsewhere in the article and opens with a word that may be a given name the
/// lists do not know ("Jannik Sinner … Sinner was gracious"): before a verb, unless a clause
/// opener opens the name ("Despite Weaver"); only standing alone, in mid-sentence, or
/// opening a sentence before the surname's first sighting after a title, as a name is
/// introduced ("Sanjaya Kovida works … Mr Kovida said"; not "Mr Orlenko said … Instead
/// Orlenko gave no details": [`surnames_acting_alone`]).
fn recurs_alone(article: &ArticleWords<'_, '_>, at: usize, name: &[&str], mid_sentence: bool, lex: &Lexicon) -> bool {
    article.acts_alone(lex).get(name[1]).is_some_and(|seen| {
        let introduced = || seen.first_titled.is_some_and(|titled| at < titled) && !opens_a_clause(name[0], lex);
        if seen.acts {
            mid_sentence || !opens_a_clause(name[0], lex)
        } else {
            // After a title the word is a surname, whatever it ends like ("Mr Keating").
            (mid_sentence || introduced())
                && !article.is_common(name[0], lex)
                && (seen.first_titled.is_some() || !adjectival(name[1]))
        }
    }) && unknown_name(name[0], name[1], lex)
}

/// How a capitalised word is seen standing alone in an article ([`surnames_acting_alone`]).
#[derive(Clone, Copy, Default)]
struct Sighting {
    /// Before a reporting verb or an auxiliary ("Sinner was gracious").
    acts: bool,
    /// The token of its first sighting after a title only persons hold ("Mr Tsutsumi").
    first_titled: Option<usize>,
}

/// The capitalised words written right after another capitalised word.
struct Followers<'a> {
    /// For each capitalised word, the first capitalised word written right after it, and
    /// whether another one is too.
    first: HashMap<&'a str, (&'a str, bool)>,
    /// The capitalised words written right after a known given name that opens no clause:
    /// the ends of longer names ("Ian Curtis"; not "When Sarah arrived").
    followed: HashSet<&'a str>,
}

/// The [`Followers`] of the capitalised words of `toks`.
fn followers<'a>(toks: &[Token<'a>], lex: &Lexicon) -> Followers<'a> {
    let mut first: HashMap<&str, (&str, bool)> = HashMap::default();
    let mut followed = HashSet::default();
    for pair in toks.windows(2).filter(|p| p[0].is_capitalized() && p[1].is_capitalized()) {
        let next = pair[1].base();
        let seen = first.entry(pair[0].text).or_insert((next, false));
        seen.1 |= seen.0 != next;
        // The end of a name only after a given name: not "When Sarah arrived", "Dear Anna".
        if lex.is_given_name(pair[0].text) && !opens_a_clause(pair[0].text, lex) {
            followed.insert(next);
        }
    }
    Followers { first, followed }
}

/// The words of the name `name` of the run `run`, with the surname a lone given name after
/// a kinship noun (`kin`) takes from the noun's owner: "a memoir by Hale's wife Deborah" is
/// Deborah Hale ([`lone::kin_surname`]), unless the noun is a spouse's, who may keep a
/// surname of her own, and the article writes that given name before another capitalised
/// word ("President Sarkozy's wife Carla … Carla Bruni said" is Carla Bruni, once; "Jagger's
/// daughter Elizabeth … Elizabeth Taylor" is still Elizabeth Jagger). The article's
/// [`Followers`] hold, for each capitalised word, the words written right after it, and the
/// words written after another ("Ian Curtis … Curtis's widow Deborah" is Deborah Curtis).
fn with_kin_surname<'a>(
    article: &ArticleWords<'_, 'a>,
    run: &Range<usize>,
    name: &[&'a str],
    kin: bool,
    lex: &Lexicon,
) -> Vec<&'a str> {
    let toks = article.toks;
    let mut words = name.to_vec();
    if let (true, [given]) = (kin, name) {
        let after = article.followers(lex);
        let Some(surname) = lone::kin_surname(toks, run.start, &after.followed, lex).filter(|s| s != given) else {
            return words;
        };
        let spouse = run.start.checked_sub(1).is_some_and(|i| word_classes::SPOUSE_KIN.contains(&toks[i].text));
        let other = after.first.get(given).is_some_and(|&(first, more)| more || first != surname);
        if !(spouse && other) {
            words.push(surname);
        }
    }
    words
}

/// True when `word`, capitalised before a known given name, says what the person named after
/// it is rather than opening the name: a word of where he is from or whom he follows, a
/// country's demonym or one of [`word_classes::PERSON_DESCRIPTORS`] ("New Yorker William
/// Trowbridge", "Texan Michael Chicoine", "Blairite Tessa Jowell"), or a word for people, or
/// its plural, the group he is one of ("Seeds Dominik Hrbaty", "Youngsters Ben Hudell"). A
/// given name does not ("Lou
/// Anne Smith", nor one the lists only know the gender of, "Hanns Christian Schroeder"), nor
/// any other word, whatever it ends like ("Arsalan Ahmed Khan"), nor a word of three letters
/// or fewer ("San Jose"), nor a business's noun ("Bookmakers").
fn describes_a_person(word: &str, lex: &Lexicon) -> bool {
    let l = word.to_lowercase();
    // A plural only of a word for people ("Seeds", "Youngsters"): a given name may end in
    // "s" too ("Dimitris Andreas Papadopoulos", "Miles Peter Davis").
    let people = |w: &str| lex.is_role_noun(w) || word_classes::PERSON_DESCRIPTORS.contains(&w);
    l.chars().count() > 3
        && word.chars().any(char::is_lowercase)
        && !lex.is_given_name(word)
        && lex.gender_of(word).is_none()
        && !word_classes::BUSINESS_NOUNS.contains(&l.as_str())
        && (lex.is_demonym(word) || people(&l) || crate::lexicon::singular(&l, people).is_some())
}

/// Where the name in `words` opens after a word that describes the person
/// ([`describes_a_person`]) at `start` or one word after it ("Texan Michael Chicoine", "New
/// Yorker William Trowbridge"): at the known given name after it, followed by one or two
/// words. `start` when there is none.
pub(super) fn after_a_descriptor(words: &[&str], start: usize, lex: &Lexicon) -> usize {
    (start..words.len().min(start + 2))
        .find(|&k| {
            (3..=4).contains(&(words.len() - k)) && lex.is_given_name(words[k + 1]) && describes_a_person(words[k], lex)
        })
        .map_or(start, |k| k + 1)
}

/// True when "and" or "&" and a company's suffix or a firm's partners follow `toks[at]`: the
/// run before is a firm's name ("Packer John Morrell and Co", "Mario Gabelli & Co", "William
/// Tate and Sons", [`word_classes::FIRM_PARTNERS`]).
fn firm_follows(toks: &[Token<'_>], at: usize) -> bool {
    toks.get(at).is_some_and(|t| t.text == "and" || t.text == "&")
        && toks.get(at + 1).is_some_and(|t| {
            let w = t.text.trim_end_matches('.');
            word_classes::COMPANY_SUFFIXES.contains(&w)
                || word_classes::FIRM_PARTNERS.contains(&w.to_lowercase().as_str())
        })
}

/// The person named at the end of a run that is no name as a whole, from a known given
/// name on (`tail`: the run ends a longer name, "for Economic Affairs Allen Wallis"): "All
/// Black Aaron Mauger", "Cinematographer John Mathieson", "Finance Tom
/// Hockin", "Credit Suisse Paul Hofer", "New Zealander Peter Jackson", "Despite Kelly Holmes".
/// The given name follows a word that is none (not "Lou Anne Smith") and names no one: a
/// clause's opening word, a common, role, organisation,
/// party or place word, a title, the end of an organisation's name ("Credit Suisse") or of a
/// nationality ("New Zealander"), or a word that describes a person ([`describes_a_person`]:
/// "Texan Michael Chicoine"), not "San" in "San Francisco Bay" nor "J." in "J. Graham
/// Harwood". Two or three words from it look like a name, and no firm's suffix follows
/// ("John Morrell and Co").
fn name_at_its_given_name<'a>(
    toks: &[Token<'a>],
    run: Range<usize>,
    words: &[&'a str],
    start: usize,
    tail: bool,
    lex: &Lexicon,
) -> Option<Candidate<'a>> {
    let no_one = |w: &str| {
        let l = w.to_lowercase();
        // "Despite Kelly Holmes' double": a word opening a clause.
        opens_a_clause(w, lex)
            || lex.is_not_name(w)
            || lex.is_org_word(&fold(w))
            || lex.is_role_noun(&l)
            || lex.title_len(&[w]) > 0
            || lex.find_country(w).is_some()
            || lex.is_place_name(w)
            || PARTIES.contains(&w)
    };
    let j = (start.max(1)..words.len().saturating_sub(1)).find(|&j| {
        lex.is_given_name(words[j])
            && !lex.is_given_name(words[j - 1])
            && (tail || no_one(words[j - 1]) || describes_a_person(words[j - 1], lex) || {
                // No longer run of words names an organisation or a country: the join and
                // the look-ups stay bounded in a run of thousands of capitalised words.
                j - start <= lex.organization_words_max().max(lex.country_words_max()) && {
                    let before = words[start..j].join(" ");
                    lex.find_organization(&before).is_some() || lex.find_country(&before).is_some()
                }
            })
    })?;
    let name = without_affiliation(&words[j..]);
    let last = name.last()?;
    // "Dayton Hudson Thursday night": a day is no surname.
    let dated = word_classes::TIME_WORDS.contains(&last.to_lowercase().as_str());
    // Right after the given name, a town's name is a surname ("Peter Jackson"), as in a run
    // that the given name opens.
    let surname = plain_surname(last, lex)
        || (name.len() == 2 && lex.is_place_name(last) && lex.find_country(last).is_none() && !PARTIES.contains(last));
    let named = (2..=3).contains(&name.len()) && surname && !dated && !looks_like_organization(name, lex);
    (named && !firm_follows(toks, run.end)).then(|| Candidate {
        pos: toks[run.start + j].start,
        words: name.to_vec(),
        titled_gender: None,
        roles: role_words(toks, run.clone(), &words[..j], lex),
        weak: false,
        sure: false,
    })
}

/// True when a known organisation's name opens the run `words` and reaches past the
/// qualifiers and titles before its name at `start`, no given name after it: "JP Morgan
/// Chase" is no "Morgan Chase" after the country code "JP" ("U.S. Treasury James Baker" is
/// James Baker).
fn spans_an_organization(words: &[&str], start: usize, lex: &Lexicon) -> bool {
    start > 0
        && (start + 1..=words.len().min(lex.organization_words_max())).any(|k| {
            k >= 2
                && words.get(k).is_none_or(|w| !lex.is_given_name(w))
                && lex.find_organization(&words[..k].join(" ")).is_some()
        })
}

/// The person a stage name of two to four words names (`one_name_people.tsv`: "Dizzee
/// Rascal", "Snoop Dogg", "Lady Gaga"), the words after the run's titles or the whole run:
/// no given name or surname of the lists vouches for it.
fn stage_named<'a>(
    toks: &[Token<'a>],
    run: &Range<usize>,
    words: &[&'a str],
    start: usize,
    lex: &Lexicon,
) -> Option<Candidate<'a>> {
    let s = (0..=start.min(words.len()))
        .find(|&s| (2..=4).contains(&(words.len() - s)) && lex.one_name_person(&words[s..].join(" ")).is_some())?;
    Some(Candidate {
        pos: toks[run.start + s].start,
        words: words[s..].to_vec(),
        titled_gender: None,
        roles: role_words(toks, run.clone(), &words[..s], lex),
        weak: false,
        sure: true,
    })
}

/// Where the name starts among the `words` of a run of `toks`, past its titles, and
/// whether a title or role word introduces it.
fn titled_start(toks: &[Token<'_>], run: &Range<usize>, words: &[&str], lex: &Lexicon) -> (usize, bool) {
    let (mut start, titled) = name_start(words, lex);
    // A role noun opening a sentence ("Analyst Rosemarie Morbelli") works as a title,
    // and so does a lower-case one just before the name ("economy minister Heizo …").
    // So does an occupation whose people go by one name before one word ("Midfielder Edu
    // reduced the deficit", [`context::one_name_opens`]).
    // Not after an article: "the Producer Subsidy Equivalent" names a measure.
    let after_article = run
        .start
        .checked_sub(1)
        .is_some_and(|i| word_classes::ARTICLES.contains(&toks[i].text.to_lowercase().as_str()));
    let role_opens = (words.len() > 2 && !after_article && lex.is_role_noun(&words[0].to_lowercase()))
        || (words.len() == 2 && context::one_name_opens(toks, run, lex));
    if start == 0 && role_opens {
        start = 1;
    }
    // "Acme ex-chairman J.F. Dole": a role's prefix leaves it a role.
    let role_word = |t: &Token<'_>| {
        let bare = word_classes::ROLE_PREFIXES.iter().find_map(|p| t.text.strip_prefix(p)).unwrap_or(t.text);
        t.word && !t.is_capitalized() && (lex.is_role_noun(bare) || lex.title_len(&[bare]) > 0)
    };
    let role_before = run.start > 0 && role_word(&toks[run.start - 1]);
    // "A second Iranian blogger, Motjaba Saminejad, who …": a name of two words or more in
    // apposition to a role noun, no institution's ("financial firm, China Life,", "its Dutch
    // parent, Arcalex B.V.,", "one strong opponent, U.S. Sprint,").
    let apposed = words.len() > start + 1
        && run.start > 1
        && toks[run.start - 1].is(',')
        && role_word(&toks[run.start - 2])
        && !lex.is_body_noun(toks[run.start - 2].text)
        && !toks[run.start.saturating_sub(6)..run.start - 2].iter().any(|t| t.text == "its")
        && toks.get(run.end).is_some_and(|t| t.is(','));
    (start, titled || role_before || apposed || (role_opens && start == 1))
}

/// "Bill Sullivan of Dean Witter Reynolds Inc.": the affiliation is not the name;
/// postnominals are dropped ("Margaret Moran MP").
fn without_affiliation<'w, 'a>(name: &'w [&'a str]) -> &'w [&'a str] {
    let mut name = name;
    if let Some(of) = name.iter().position(|w| *w == "of").filter(|&i| i >= 2) {
        name = &name[..of];
    }
    while name.len() > 2 && name.last().is_some_and(|w| POSTNOMINALS.contains(w)) {
        name = &name[..name.len() - 1];
    }
    name
}

/// A person found in a capitalised run, before names are tied together.
struct Candidate<'a> {
    /// Byte offset of the name (after its titles).
    pos: usize,
    /// The name's words.
    words: Vec<&'a str>,
    /// The gender a title before it gives ("Mrs.").
    titled_gender: Option<Gender>,
    /// The roles the text gives it ([`role_words`]).
    roles: Vec<Vec<String>>,
    /// Taken only because its surname acts alone: gives way to a surer name.
    weak: bool,
    /// Named with a title or a cue: a business's name elsewhere does not overrule it.
    sure: bool,
}

impl<'a> Candidate<'a> {
    /// A name taken from a list or a team sheet, with nothing around it to vouch for it:
    /// no title, no role, weak.
    fn listed(pos: usize, words: Vec<&'a str>) -> Candidate<'a> {
        Candidate { pos, words, titled_gender: None, roles: Vec::new(), weak: true, sure: false }
    }
}

/// Capitalised words standing alone before a reporting verb or an auxiliary ("Sinner was
/// gracious", "Safin said"; `acts`), or alone after a lower-case word that is no article
/// ("playing against Hewitt.", "where Hendrix grew up") or after a title only persons hold
/// ("Mr Tsutsumi said": `first_titled`, and no `acts` unless also seen so): surnames, when a
/// longer name ends with them.
fn surnames_acting_alone<'a>(toks: &[Token<'a>], lex: &Lexicon) -> HashMap<&'a str, Sighting> {
    let mut found: HashMap<&'a str, Sighting> = HashMap::default();
    for i in 1..toks.len().saturating_sub(1) {
        let (before, t, next) = (&toks[i - 1], &toks[i], &toks[i + 1]);
        // A capitalised word between two that are not: most words are not, so this first.
        if !t.is_capitalized() || next.is_capitalized() {
            continue;
        }
        // "Mr Tsutsumi said": a title only persons hold makes a surname of the word after it,
        // as standing alone does, whatever verb follows: a name in mid-sentence only, not a
        // sentence's opening word ("Mr Orlenko said … Instead Orlenko gave no details").
        let titled = before.is_capitalized() && context::is_personal_title(before.text);
        if before.is_capitalized() && !titled {
            continue;
        }
        let acts = next.word && (lex.is_speech_verb(next.text) || word_classes::SUBJECT_VERBS.contains(&next.text));
        let alone =
            titled || (before.word && !before.text.ends_with('.') && !word_classes::DETERMINERS.contains(&before.text));
        if acts || alone {
            let seen = found.entry(t.base()).or_default();
            seen.acts |= acts && !titled;
            if titled && seen.first_titled.is_none() {
                seen.first_titled = Some(i);
            }
        }
    }
    found
}

/// True when `word` ends like an adjective ("Provisional", "European", "Eastern"; not a
/// short name, "Hal").
fn adjectival(word: &str) -> bool {
    let l = word.to_lowercase();
    l.chars().count() > 4
        && word_classes::ADJECTIVE_ENDINGS.iter().chain(word_classes::NAME_ADJECTIVE_ENDINGS).any(|e| l.ends_with(e))
}

/// The words of the tokens of a run as written, the last without its possessive ("Ernst and
/// Young's" -> "Young") or, after another word, the period of a letter that ends a sentence
/// ("inspired by Malcolm X." -> "X").
fn name_words<'a>(run: &[Token<'a>]) -> Vec<&'a str> {
    let mut words: Vec<&str> = run.iter().map(|t| t.text).collect();
    if let (Some(last), Some(t)) = (words.last_mut(), run.last()) {
        *last = t.base();
        let letter = last.strip_suffix('.').filter(|l| l.chars().count() == 1 && l.starts_with(char::is_uppercase));
        if let Some(letter) = letter.filter(|_| run.len() > 1) {
            *last = letter;
        }
    }
    words
}

/// The most distinct lower-case words [`lower_case_words`] makes room for at once.
const LOWER_CASE_WORDS_RESERVED: usize = 1 << 16;

/// The words of `toks` written in lower case.
fn lower_case_words<'a>(toks: &[Token<'a>]) -> HashSet<&'a str> {
    // Room for every token at once, up to what an article's distinct words come to: growing
    // the set a step at a time rehashed it each time, and an 8 MiB text's 1.6 million tokens
    // would reserve 36 MB for a few thousand words.
    let mut words = HashSet::with_capacity_and_hasher(toks.len().min(LOWER_CASE_WORDS_RESERVED), Default::default());
    words.extend(toks.iter().filter(|t| t.word && t.text.starts_with(char::is_lowercase)).map(|t| t.text));
    words
}

/// True when `given surname` can be a person's name the lists do not know: the first word
/// no common word, place, abbreviation or inflected form; the second no country, place,
/// party or organisation.
fn unknown_name(given: &str, surname: &str, lex: &Lexicon) -> bool {
    let l = given.to_lowercase();
    let plain_given = !(lex.is_not_name(given)
        || given.contains('.')
        || lex.is_place_name(given)
        || lex.is_sentence_opener(given)
        || lex.find_country(given).is_some()
        // An inflected form ("Injured", "Sources"), unless a known given name ("Oded",
        // "James", "Ahmed").
        || ((l.ends_with("ing") || l.ends_with("ed") || l.ends_with('s')) && !lex.is_given_name(given))
        || given.chars().all(|c| c.is_uppercase()));
    plain_given && plain_surname(surname, lex)
}

/// True when `surname` can end a person's name: no country, place, party or organisation.
fn plain_surname(surname: &str, lex: &Lexicon) -> bool {
    surname.chars().any(char::is_lowercase)
        && lex.find_country(surname).is_none()
        && !lex.is_place_name(surname)
        && !PARTIES.contains(&surname)
        && lex.find_organization(surname).is_none()
}

/// True for a capitalised word that often opens a sentence or clause as an ordinary word
/// ("Despite", "Maybe", "Neither", "Interestingly"): before a surname it is no given name.
fn opens_a_clause(word: &str, lex: &Lexicon) -> bool {
    let l = word.to_lowercase();
    lex.is_sentence_opener(word)
        || super::phrases::STOPS.contains(&l.as_str())
        || l.ends_with("ly")
        || lex.is_clause_opener(&l)
}

/// All entities of `text`, with persons taken from an article-wide [`PersonIndex`].
/// `countries` and `organizations` are the article's mentions, found once for the whole
/// body ([`super::countries::country_mentions`], [`super::organizations::organization_mentions`]).
pub fn entities_in(
    range: Range<usize>,
    persons: &PersonIndex,
    countries: &[super::countries::CountryMention],
    organizations: &[(usize, usize)],
    lex: &Lexicon,
) -> Entities {
    Entities {
        persons: persons.within(range.clone()),
        countries: super::countries::tags_within(countries, range.clone(), lex),
        organizations: super::organizations::organizations_within(organizations, range, lex),
    }
}

/// True when the gazetteers know `name` as an organisation, a country or a place: "San
/// Fierro, aka San Francisco" names no person, nor does a roster's item so known.
fn names_a_place_or_body(name: &str, lex: &Lexicon) -> bool {
    lex.find_organization(name).is_some() || lex.find_country(name).is_some() || lex.is_place_name(name)
}
