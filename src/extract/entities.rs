//! Persons, countries and organisations named in an article.
//!
//! Persons come from capitalised runs with the cues news writing gives: a title
//! ("Treasury Secretary Scott Bessent"), a known given name ("Gustavo Petro") or a reporting
//! verb beside the name. Within the article every mention is tied to one canonical full
//! name: "President Petro" and "Petro" become Gustavo Petro. Countries and organisations
//! come from the gazetteers in [`crate::lexicon`].

pub use super::persons::PersonIndex;
use super::tokens::{Token, Tokens};
use crate::lexicon::{Gender, Lexicon, word_classes};
use crate::model::Entities;
use crate::normalize::fold;
use foldhash::{HashMap, HashSet};
use std::ops::Range;

/// Lower-case words that may stand inside a name ("Padrino de la Cruz", "bin Salman").
const CONNECTORS: &[&str] = word_classes::NAME_CONNECTORS;

/// Titles that stay part of a name given alone after them ("Prince Edward").
const ROYAL_TITLES: &[&str] = word_classes::ROYAL_TITLES;

/// Party labels that qualify a name ("Republican Donald Trump").
const PARTIES: &[&str] = word_classes::PARTY_LABELS;

/// Letters after a name that are not part of it ("Margaret Moran MP", "Guy Mansfield QC").
pub(super) const POSTNOMINALS: &[&str] = word_classes::POSTNOMINALS;

/// Endings that make a capitalised word an adjective, not a name: "Moscow-based",
/// "Janet Jackson-style controversies", "Kennedy-like".
const ADJECTIVE_SUFFIXES: &[&str] = &["-based", "-style", "-like", "-backed"];

/// Splits a capitalised run into its titles and the name after them: the name starts after
/// the last title that leaves a word ("Colombian President Gustavo Petro" -> 2).
pub fn name_start(words: &[&str], lex: &Lexicon) -> (usize, bool) {
    let mut start = 0;
    let mut titled = false;
    let mut j = 0;
    while j < words.len() {
        // A title is capitalised: "del" in "Luigi del Neri" is no delegate.
        let t = if words[j].starts_with(char::is_uppercase) { lex.title_len(&words[j..]) } else { 0 };
        if t > 0 && j + t < words.len() {
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

/// Finds the people of the text `tokens` were read from.
pub fn find_persons(tokens: &Tokens<'_>, lex: &Lexicon) -> PersonIndex {
    let toks = tokens.all();
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for t in toks.iter().filter(|t| t.is_capitalized()) {
        *counts.entry(t.base()).or_default() += 1;
    }
    // Surnames that act alone, found once and only when an unknown name needs them.
    let acts_alone = std::cell::OnceCell::new();
    let lower_words = std::cell::OnceCell::new();
    let runs = capitalized_runs(tokens.text(), toks, lex);
    let mut found: Vec<Option<Candidate<'_>>> =
        runs.iter().map(|run| candidate(toks, run.clone(), &counts, &acts_alone, &lower_words, lex)).collect();
    take_listed_names(toks, &runs, &mut found, lex);
    take_team_sheets(tokens.text(), toks, &runs, &mut found, lex);
    drop_affiliations(toks, &runs, &mut found);
    for (slot, run) in found.iter_mut().zip(&runs).filter(|(c, _)| c.is_none()) {
        *slot = government_leader(toks, run, &lower_words, lex);
    }
    // A word an institution's noun introduces once ("handset maker Ericsson") names no
    // person anywhere in the article ("Ericsson said …"), nor does a work's title ("film
    // Vera Drake … Vera Drake was made for little money").
    let run_words = |r: &Range<usize>| -> Vec<&str> { toks[r.clone()].iter().map(Token::base).collect() };
    let mut things: HashSet<Vec<&str>> = runs
        .iter()
        .filter(|r| (r.len() == 1 && names_institution(toks, r, lex)) || titles_a_work(toks, r, lex))
        .map(run_words)
        .collect();
    // Longer names a business noun introduces ("research group JD Power … said Anthony Pratt
    // from JD Power") name no person elsewhere either, unless a title or a cue says so there
    // ("investment firm Mario Gabelli and Co … Mario Gabelli, head of the firm").
    let firms: HashSet<Vec<&str>> =
        runs.iter().filter(|r| r.len() > 1 && names_institution(toks, r, lex)).map(run_words).collect();
    // "an offer by Mark IV Industries Inc … to thwart Mark IV", "General Acquisition Inc …
    // the General Acquisition offer": the words before a company's own words name the
    // company wherever they stand alone, title and all.
    things.extend(runs.iter().filter_map(|r| company_stem(&toks[r.clone()], lex)));
    let mut candidates: Vec<Candidate<'_>> = found
        .into_iter()
        .zip(&runs)
        .filter_map(|(c, r)| {
            c.filter(|c| {
                let thing = !things.is_empty() && (things.contains(&c.words) || things.contains(&run_words(r)));
                !thing && (c.sure || !firms.contains(&c.words))
            })
        })
        .collect();
    // A name taken only for its surname acting alone gives way to a surer one with that
    // surname: "Neither Cruz" is not a person beside "Ted Cruz". A name led by an initial
    // gives way only to a surer one of that initial: "J Thomas" is Jonathan Thomas, "G
    // Thomas" someone else.
    let surname = |c: &Candidate<'_>| c.words.last().map(|w| fold(w));
    let mut sure: HashMap<String, Vec<&str>> = HashMap::default();
    for c in candidates.iter().filter(|c| !c.weak) {
        if let (Some(last), Some(first)) = (surname(c), c.words.first()) {
            sure.entry(last).or_default().push(first);
        }
    }
    candidates.retain(|c| {
        let Some(firsts) = surname(c).and_then(|w| sure.get(&w)) else { return true };
        let initial = c.words.first().filter(|w| c.words.len() > 1 && is_initial(w, lex));
        !c.weak || initial.and_then(|i| i.chars().next()).is_some_and(|i| !firsts.iter().any(|f| f.starts_with(i)))
    });
    canonicalize(toks, candidates, lex)
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

/// Names no cue marks that stand in a list beside a person ("Albert van den Bergh, Xavier
/// Rush and Andrea Lo Cicero") or in a line-up of initials ("G Thomas (Toulouse); K Morgan
/// (Newport-Gwent)") are persons when they look like names: two or three words, no
/// organisation, a plain surname. One pass each way along the runs, so a list is taken
/// from either end without rescanning.
fn take_listed_names<'a>(
    toks: &[Token<'a>],
    runs: &[Range<usize>],
    found: &mut [Option<Candidate<'a>>],
    lex: &Lexicon,
) {
    let listed = |a: &Range<usize>, b: &Range<usize>| {
        let gap = &toks[a.end..b.start];
        matches!(gap.len(), 1 | 2)
            && gap.iter().all(|t| t.is(',') || t.is(';') || word_classes::LIST_CONJUNCTIONS.contains(&t.text))
    };
    let n = runs.len();
    for i in 1..n {
        if found[i].is_none() && found[i - 1].is_some() && listed(&runs[i - 1], &runs[i]) {
            found[i] = listed_name(toks, runs[i].clone(), lex);
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        if found[i].is_none() && found[i + 1].is_some() && listed(&runs[i], &runs[i + 1]) {
            found[i] = listed_name(toks, runs[i].clone(), lex);
        }
    }
    // A line-up: each name led by an initial within ten tokens of the next such name, or
    // with only a parenthesis and a comma between ("M Farah (Windsor, Slough and Eton AC),").
    let initials: Vec<(usize, Range<usize>)> =
        (0..n).filter_map(|i| initialled(toks, &runs[i], lex).map(|name| (i, name))).collect();
    for pair in initials.windows(2) {
        let ((a, name_a), (b, name_b)) = (&pair[0], &pair[1]);
        if lined_up(&toks[name_a.end..name_b.start]) {
            for (i, name) in [(*a, name_a), (*b, name_b)] {
                if found[i].is_none() {
                    found[i] = listed_name(toks, name.clone(), lex);
                }
            }
        }
    }
}

/// The words that make a line a team sheet: "Subs Not Used: Weaver, Onuoha", "Replacements:
/// Peel, Wilson", "Booked: Fowler", "Palmer (capt)".
const TEAM_SHEET_MARKS: &[&str] = word_classes::TEAM_SHEET_MARKS;

/// Surnames in a team sheet ("Everton: Martyn, Hibbert, Yobo … Subs: Wright, Pistone";
/// "Leeds: Balshaw; Rees, Christophers … Palmer (capt)"; "Replacements: Everitt for
/// Mapletoft (53)"; "Mills (Bradley Wright-Phillips 83)") are persons: in a line that a
/// [`TEAM_SHEET_MARKS`] word marks (followed by a colon, or "capt" in brackets), a run of
/// one to three words that a list's punctuation bounds on both sides, and that looks like a
/// name; and in a line that is nothing but such a list ([`names_only`]: "Cech, Ferreira,
/// Carvalho, Terry, … Drogba (Kezman 74), Gudjohnsen."). A run after an opening bracket is a
/// substitute only before the minute he came on:
/// "(Kent)", "(Toulouse, capt)" are the referee's county and the player's club. The label
/// before a colon is no item. Taken weak, so "Neville" gives way to "Gary Neville".
fn take_team_sheets<'a>(
    text: &str,
    toks: &[Token<'a>],
    runs: &[Range<usize>],
    found: &mut [Option<Candidate<'a>>],
    lex: &Lexicon,
) {
    let sheets = SheetLines { text, toks, lex };
    let mut line: Option<(Range<usize>, bool)> = None;
    for (i, run) in runs.iter().enumerate() {
        if found[i].is_some() || run.len() > 3 {
            continue;
        }
        let marked = match &line {
            Some((range, marked)) if range.contains(&run.start) => *marked,
            _ => {
                let (range, marked) = sheets.line_of(run.start);
                line = Some((range, marked));
                marked
            }
        };
        if !marked {
            continue;
        }
        let (before, after) = (run.start.checked_sub(1).map(|b| &toks[b]), toks.get(run.end));
        // Between two items: a comma or semicolon, "for" (a substitution) or "and".
        let between = |t: &Token<'_>| t.is(',') || t.is(';') || t.text == "for" || t.text == "and";
        let minute = after.is_some_and(|t| t.word && t.text.starts_with(|c: char| c.is_ascii_digit()));
        let first = line.as_ref().is_some_and(|(range, _)| range.start == run.start);
        let opens = first || before.is_some_and(|t| between(t) || t.is(':') || (t.is('(') && minute));
        let closes = after.is_none_or(|t| between(t) || t.is('.') || t.is('(') || minute);
        if opens && closes {
            found[i] = sheet_name(&toks[run.clone()], lex);
        }
    }
}

/// The lines of a text read as team sheets ([`take_team_sheets`]).
struct SheetLines<'t, 'a> {
    text: &'t str,
    toks: &'t [Token<'a>],
    lex: &'t Lexicon,
}

impl SheetLines<'_, '_> {
    /// The tokens of the line `line` and whether it is a team sheet: by its marks or shape
    /// ([`Self::sheet`]), or a shorter list, or one with a word that is also a place ("…
    /// Murphy (Euell 78), Holland, Kishishev …"), in a paragraph beside such a one, before or
    /// after it.
    fn line_of(&self, at: usize) -> (Range<usize>, bool) {
        let (text, toks) = (self.text, self.toks);
        let from = text[..toks[at].start].rfind('\n').map_or(0, |n| n + 1);
        let to = text[toks[at].start..].find('\n').map_or(text.len(), |n| toks[at].start + n);
        let range = self.tokens_of((from, to));
        if self.marked(&toks[range.clone()]) {
            return (range, true);
        }
        let Some(list) = self.paragraph(from, to).then(|| names_only(&toks[range.clone()], self.lex)).flatten() else {
            return (range, false);
        };
        let marked = (list.places == 0 && list.separators >= SHEET_SEPARATORS)
            || (list.separators >= SHEET_SEPARATORS_BESIDE
                && list.places * 2 <= list.separators
                && neighbour_lines(text, from, to).into_iter().flatten().any(|line| self.sheet(line)));
        (range, marked)
    }

    fn tokens_of(&self, (from, to): (usize, usize)) -> Range<usize> {
        self.toks.partition_point(|t| t.start < from)..self.toks.partition_point(|t| t.start < to)
    }

    /// True when the line `line` (byte range) is a team sheet by its marks, or by its shape
    /// alone in a paragraph of its own ([`names_only`]).
    fn sheet(&self, line: (usize, usize)) -> bool {
        let range = self.tokens_of(line);
        self.marked(&self.toks[range.clone()])
            || (self.paragraph(line.0, line.1)
                && names_only(&self.toks[range], self.lex)
                    .is_some_and(|l| l.places == 0 && l.separators >= SHEET_SEPARATORS))
    }

    /// True when a [`TEAM_SHEET_MARKS`] word followed by a colon, or "capt" in brackets, marks
    /// the line.
    fn marked(&self, line: &[Token<'_>]) -> bool {
        line.iter().enumerate().any(|(k, t)| {
            let next = line.get(k + 1);
            match t.text {
                "capt" => k > 0 && line[k - 1].is('(') && next.is_some_and(|n| n.is(')')),
                word => {
                    TEAM_SHEET_MARKS.contains(&word)
                        && line[k + 1..].iter().take(3).find(|n| !n.is_capitalized()).is_some_and(|n| n.is(':'))
                }
            }
        })
    }

    /// True when the line `from..to` is a paragraph of its own: blank lines (or the text's
    /// ends) stand around it; wire copy's hard-wrapped lines ("Wellsville,\nAmity, Andover,
    /// Scio") are none.
    fn paragraph(&self, from: usize, to: usize) -> bool {
        let text = self.text;
        let before = text[..from.saturating_sub(1)].trim_end_matches([' ', '\t', '\r']);
        let after = text.get(to + 1..).unwrap_or_default().trim_start_matches([' ', '\t', '\r']);
        let blank_before = from == 0 || before.is_empty() || before.ends_with('\n');
        let blank_after = to == text.len() || after.is_empty() || after.starts_with('\n');
        blank_before && blank_after
    }
}

/// The fewest separators of a line that is a team sheet by its shape alone (eleven players
/// make ten).
const SHEET_SEPARATORS: usize = 5;

/// The fewest separators of a list of names beside a team sheet that is one too (the five
/// players a squad adds make four, "Dowson, Haughton, Monye, Roques, P Sanderson.").
const SHEET_SEPARATORS_BESIDE: usize = 2;

/// The shape of a line that is nothing but a list of capitalised words ([`names_only`]).
struct NameList {
    /// Its commas and semicolons outside brackets.
    separators: usize,
    /// Its words outside brackets that are countries or places.
    places: usize,
}

/// The shape of a line that is nothing but a list of names, as a team sheet without its marks
/// ([`take_team_sheets`]): after a label and its colon, if any, every word outside brackets
/// capitalised (or a name's particle, "and", "for"), no other punctuation there but commas,
/// semicolons and the full stop that ends the line. A team sheet by its shape alone has at
/// least [`SHEET_SEPARATORS`] separators and no country or place ("Tonga, Ireland, Korea,
/// USA" is a draw). Only a paragraph of its own is read so ([`take_team_sheets`]).
fn names_only(line: &[Token<'_>], lex: &Lexicon) -> Option<NameList> {
    let body = match line.iter().take(6).position(|t| t.is(':')) {
        Some(colon) => &line[colon + 1..],
        None => line,
    };
    let (mut depth, mut separators, mut places) = (0usize, 0, 0);
    for (k, t) in body.iter().enumerate() {
        if t.is('(') {
            depth += 1;
            continue;
        }
        if t.is(')') {
            depth = depth.checked_sub(1)?;
            continue;
        }
        let fits = if depth > 0 {
            true
        } else if t.is(',') || t.is(';') {
            separators += 1;
            true
        } else if t.is('.') {
            k + 1 == body.len()
        } else if t.is_capitalized() {
            if lex.find_country(t.text).is_some() || lex.is_place_name(t.text) {
                places += 1;
            }
            true
        } else {
            CONNECTORS.contains(&t.text) || t.text == "and" || t.text == "for"
        };
        if !fits {
            return None;
        }
    }
    let named = depth == 0 && !lex.is_not_name(body.first().map_or("", |t| t.text));
    named.then_some(NameList { separators, places })
}

/// The byte ranges of the lines just before and after the line `from..to` of `text`, past
/// blank lines: the paragraphs beside it.
fn neighbour_lines(text: &str, from: usize, to: usize) -> [Option<(usize, usize)>; 2] {
    let before = text[..from].trim_end();
    let previous = (!before.is_empty()).then(|| (before.rfind('\n').map_or(0, |n| n + 1), before.len()));
    let after = text.get(to..).unwrap_or_default();
    let skipped = after.len() - after.trim_start().len();
    let next = (skipped < after.len()).then(|| {
        let start = to + skipped;
        (start, text[start..].find('\n').map_or(text.len(), |n| start + n))
    });
    [previous, next]
}

/// The person a team sheet's item names ([`take_team_sheets`]): a surname alone, also one
/// that is a title elsewhere ("Hodgson, King, Wilkinson"), or a name of two or three words,
/// no title, organisation, country or place among them.
fn sheet_name<'a>(run: &[Token<'a>], lex: &Lexicon) -> Option<Candidate<'a>> {
    let words: Vec<&str> = run.iter().map(Token::base).collect();
    let joined = words.join(" ");
    let last = words.last()?;
    let plain = words.iter().all(|w| !lex.is_not_name(w))
        && (words.len() == 1 || lex.title_len(&words) == 0)
        && lex.find_organization(&joined).is_none()
        && lex.find_country(&joined).is_none()
        && !lex.is_place_name(&joined)
        && plain_surname(last, lex)
        && !looks_like_organization(&words, lex);
    plain.then(|| Candidate::listed(run[0].start, words))
}

/// The tokens of a name led by an initial that `run` is or ends: "G Thomas", and "A Jones"
/// or "I Harinordoquy", whose initial is also a word and so left out of the run, when
/// punctuation stands on both sides ("…), A Jones; (…").
fn initialled(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> Option<Range<usize>> {
    if run.len() >= 2 && is_initial(toks[run.start].text, lex) {
        return Some(run.clone());
    }
    let before = run.start.checked_sub(1).map(|i| &toks[i])?;
    let bounded = |t: Option<&Token<'_>>| t.is_none_or(|t| !t.word);
    let alone = run.len() == 1
        && toks[run.start].start == before.span().end + 1
        && is_initial(before.text, lex)
        && bounded(run.start.checked_sub(2).map(|i| &toks[i]))
        && bounded(toks.get(run.end));
    alone.then(|| run.start - 1..run.end)
}

/// The most tokens a line-up's parenthesis may hold ("(Windsor, Slough, Eton and Hounslow AC)").
const LINE_UP_BRACKET: usize = 24;

/// True when the tokens between two names of a line-up are few: at most ten, or one closed
/// parenthesis of at most [`LINE_UP_BRACKET`] tokens and a separator.
fn lined_up(gap: &[Token<'_>]) -> bool {
    if gap.len() <= 10 {
        return true;
    }
    if gap.len() > LINE_UP_BRACKET + 4 {
        return false;
    }
    let mut depth = 0usize;
    let mut outside = 0;
    for t in gap {
        if t.is('(') {
            depth += 1;
        } else if t.is(')') {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            outside += 1;
        }
    }
    depth == 0 && outside <= 2
}

/// A capital letter, with or without its period, or initials joined ("G", "J.", "J-P",
/// "E.H."; not "U.S.", a country).
fn is_initial(word: &str, lex: &Lexicon) -> bool {
    let mut parts = word.split(['.', '-']).filter(|p| !p.is_empty()).peekable();
    parts.peek().is_some()
        && (word.len() <= 2 || lex.find_country_as_written(word).is_none())
        && parts.all(|p| {
            let mut letters = p.chars();
            letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
        })
}

/// The person a run in a list or line-up names ([`take_listed_names`]), if it looks like a name.
fn listed_name<'a>(toks: &[Token<'a>], run: Range<usize>, lex: &Lexicon) -> Option<Candidate<'a>> {
    let run_toks = &toks[run];
    let mut words: Vec<&str> = run_toks.iter().map(|t| t.text).collect();
    if let Some(last) = words.last_mut() {
        *last = run_toks[run_toks.len() - 1].base();
    }
    let [first, .., last] = words[..] else { return None };
    // "Glen Wood, Vice President of …": a title leading a listed run is a role, and a
    // titled name is no list's to take; "E.F. Hutton", "J.P. Morgan": a known firm.
    if lex.title_len(&words) > 0 || lex.find_organization(&words.join(" ")).is_some() {
        return None;
    }
    // "G Thomas", "J. David Lyons": an initial, perhaps a given name, and a surname.
    let initial = is_initial(first, lex);
    let initialled = initial && (words.len() == 2 || lex.is_given_name(words[1]));
    let named = if initial { initialled && plain_surname(last, lex) } else { unknown_name(first, last, lex) };
    let surname_words = &words[usize::from(initial)..];
    let person = words.len() <= 3 && named && !looks_like_organization(surname_words, lex);
    person.then(|| Candidate::listed(run_toks[0].start, words))
}

/// The person a capitalised run of `toks` names, if it names one: its titles and role
/// words before the name, and the evidence that it is a person (a title, a known given
/// name, a reporting verb beside it, or a surname that acts alone elsewhere).
fn candidate<'a>(
    toks: &[Token<'a>],
    run: Range<usize>,
    counts: &HashMap<&str, usize>,
    acts_alone: &std::cell::OnceCell<HashMap<&'a str, bool>>,
    lower_words: &std::cell::OnceCell<HashSet<&'a str>>,
    lex: &Lexicon,
) -> Option<Candidate<'a>> {
    if employer(toks, &run, lex) {
        return None;
    }
    let run_toks = &toks[run.clone()];
    let mut words: Vec<&str> = run_toks.iter().map(|t| t.text).collect();
    if let Some(last) = words.last_mut() {
        *last = run_toks[run_toks.len() - 1].base();
    }
    let (mut start, titled) = titled_start(toks, &run, &words, lex);
    if keeps_its_title(&words, start, lex) {
        start -= 1;
    }
    let name = without_affiliation(&words[start..]);
    let cued = speaks_beside(toks, &run, lex);
    if names_a_thing(toks, &run, name, start, cued, lex) {
        return None;
    }
    // "Jan-Michael Gambill": a compound of given names is one.
    let given_name = |w: &str| lex.is_given_name(w) || (w.contains('-') && w.split('-').all(|p| lex.is_given_name(p)));
    // "J. David Lyons": an initial before the given name.
    let given = name.first().is_some_and(|w| given_name(w))
        || (name.len() >= 3 && is_initial(name[0], lex) && given_name(name[1]));
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
    let common = |w: &str| {
        adjectival(w)
            || lex.find_organization(w).is_some()
            || lower_words.get_or_init(|| lower_case_words(toks)).contains(w.to_lowercase().as_str())
    };
    // "He Weiling": a surname that is also a pronoun ([`pronoun_opens_name`]) before a word
    // the article never writes in lower case (not a headline's "He Thinks").
    let given = given || (name.len() == 2 && word_classes::SURNAME_PRONOUNS.contains(&name[0]) && !common(name[1]));
    let surname_recurs = name.len() == 2
        && !(given || cued || titled)
        && acts_alone.get_or_init(|| surnames_acting_alone(toks, lex)).get(name[1]).is_some_and(|&acts| {
            if acts {
                mid_sentence || !opens_a_clause(name[0], lex)
            } else {
                mid_sentence && !common(name[0]) && !adjectival(name[1])
            }
        })
        && unknown_name(name[0], name[1], lex);
    // A lone word after a title ("Miss Piggy", "General Election") is a name only if
    // it recurs or speaks, or if only persons hold the title ("President Reagan", "Mr Blair").
    let recurs = name.first().is_some_and(|w| counts.get(w).is_some_and(|n| *n > 1));
    let single_ok = name.len() > 1 || cued || recurs || introduced_alone(toks, &run, &words, start, lex);
    let (kin, leader) = lone_name(toks, &run, name.len() == 1 && start == 0, mid_sentence, common, lex);
    let ends_a_name = !(given || titled) && ends_a_longer_name(toks, run.start);
    let person = !name.is_empty()
        && !ends_a_name
        && !lacks_surname(toks, &run, name, lex)
        && !organization(toks, &run, name, start, titled, lex)
        && ((titled && single_ok) || kin.is_some() || leader || (name.len() >= 2 && (given || cued || surname_recurs)));
    if !person {
        return name_at_its_given_name(toks, run, &words, start, ends_a_name, lex);
    }
    Some(Candidate {
        pos: run_toks[start].start,
        words: name.to_vec(),
        titled_gender: words[..start].iter().find_map(|w| lex.gender_of(w).filter(|_| lex.title_len(&[w]) > 0)).or(kin),
        roles: role_words(toks, run.clone(), &words[..start], lex),
        weak: !(titled || given || cued),
        sure: titled || cued,
    })
}

/// True when the name `name` of the run `run` of `toks` has no surname: it is all titles
/// ("General Election"), or of two words or more it ends with the pronoun "I" ("I have told
/// John I will be") or a letter cut by an apostrophe ("Pay N' Pak Stores"); "Malcolm X" has.
fn lacks_surname(toks: &[Token<'_>], run: &Range<usize>, name: &[&str], lex: &Lexicon) -> bool {
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
/// person.
fn employer(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    toks.get(run.end).is_some_and(|t| t.word && !t.is_capitalized() && lex.is_role_noun(t.text))
        && toks[run.end + 1..].iter().take(3).take_while(|t| t.word).any(Token::is_capitalized)
}

/// True when the surname that is also a pronoun at `at` of `toks` opens a name of two
/// words ending at `end`: "But He Weiling, Washington representative of", "Agriculture
/// Minister He Kang said" (`[surname_pronouns]`), where no title-case headline goes on around
/// it: before it, no capitalised word but a title or a sentence's first ("Trump Says He
/// Never Pledged", "Must Decide If He Wants a"), after it, none ("Claims He Exaggerated His
/// Life Story"), and the word after it is no reflexive, nationality or country ("He Himself
/// said", "He English players").
fn pronoun_opens_name(toks: &[Token<'_>], at: usize, end: usize, lex: &Lexicon) -> bool {
    if !word_classes::SURNAME_PRONOUNS.contains(&toks[at].text) || end != at + 2 {
        return false;
    }
    let next = toks[at + 1].text;
    let lower = next.to_lowercase();
    if lower.ends_with("self") || lower.ends_with("selves") || lex.is_demonym(next) || lex.country_named(next).is_some()
    {
        return false;
    }
    let sentence_first = |p: usize| p == 0 || toks[p - 1].is('.') || toks[p - 1].is('!') || toks[p - 1].is('?');
    let before_ok = at
        .checked_sub(1)
        .is_none_or(|p| !toks[p].is_capitalized() || lex.title_len(&[toks[p].text]) > 0 || sentence_first(p));
    before_ok && toks.get(end).is_none_or(|t| !t.is_capitalized())
}

/// True when the name `name` (from `words[start]` of the run `run`) looks like an
/// organisation's and is none: no stage name after an occupation ("UK rapper Kano"), no
/// surname that is also an organisation's word after a lower-case role ([`role_surname`]).
fn organization(
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
/// is also an organisation's word: "bank spokesman James Day", "publicist Wendy Day" (not a
/// plural word, "Holdings", nor an organisation the gazetteer knows). The caller checks the
/// role and that no title stands in the run: "Prince Edward Island", "St Anselm College" are
/// places.
fn role_surname(name: &[&str], lex: &Lexicon) -> bool {
    name.len() == 2
        && lex.is_given_name(name[0])
        && lex.is_org_word(name[1])
        && !name[1].ends_with('s')
        && plain_surname(name[1], lex)
        && lex.find_organization(&name.join(" ")).is_none()
}

/// True when the run at `at` of `toks` ends a longer name: "The Health and Safety Executive
/// said" (after "and", a name that "the" opens; not a list of persons, "Injured Rio Ferdinand
/// and Sol Campbell"), "The Alliance for Digital Inclusion", "Under Secretary of State for
/// Economic Affairs Allen Wallis" (after "for" and a capitalised word that opens no sentence:
/// not "As for Kenenisa Bekele").
fn ends_a_longer_name(toks: &[Token<'_>], at: usize) -> bool {
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
        _ => false,
    }
}

/// True when the name `words[start..]` is one word whose title before it is part of it:
/// "Prince Edward", "Queen Rania", a royal's, and a peer's ("Lord Goldsmith", "current Lord
/// Chancellor Lord Falconer"), which only persons hold: not the office ("Lord Chancellor")
/// nor a name's middle word ("Sacha Baron Cohen").
fn keeps_its_title(words: &[&str], start: usize, lex: &Lexicon) -> bool {
    if start + 1 != words.len() || start == 0 {
        return false;
    }
    let title = words[start - 1];
    let peer = peerage_title(title)
        && lex.title_len(&words[start..]) == 0
        && (start < 2 || !lex.is_given_name(words[start - 2]));
    peer || ROYAL_TITLES.contains(&title.to_lowercase().as_str())
}

/// The person named at the end of a run that is no name as a whole, from a known given
/// name on (`tail`: the run ends a longer name, "for Economic Affairs Allen Wallis"): "All
/// Black Aaron Mauger", "Cinematographer John Mathieson", "Finance Tom
/// Hockin", "Credit Suisse Paul Hofer", "New Zealander Peter Jackson". The given name follows
/// a word that is none (not "Lou Anne Smith") and names no one: a common, role, organisation,
/// party or place word, a title, the end of an organisation's name ("Credit Suisse") or of a
/// nationality ("New Zealander"), not "San" in "San
/// Francisco Bay" nor "J." in "J. Graham Harwood". Two or three words from it look like a
/// name.
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
        lex.is_not_name(w)
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
            && (tail || no_one(words[j - 1]) || {
                let before = words[start..j].join(" ");
                lex.find_organization(&before).is_some() || lex.find_country(&before).is_some()
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
    named.then(|| Candidate {
        pos: toks[run.start + j].start,
        words: name.to_vec(),
        titled_gender: None,
        roles: role_words(toks, run.clone(), &words[..j], lex),
        weak: false,
        sure: false,
    })
}

/// Where the name starts among the `words` of a run of `toks`, past its titles, and
/// whether a title or role word introduces it.
fn titled_start(toks: &[Token<'_>], run: &Range<usize>, words: &[&str], lex: &Lexicon) -> (usize, bool) {
    let (mut start, titled) = name_start(words, lex);
    // A role noun opening a sentence ("Analyst Rosemarie Morbelli") works as a title,
    // and so does a lower-case one just before the name ("economy minister Heizo …").
    let role_opens = words.len() > 2 && lex.is_role_noun(&words[0].to_lowercase());
    if start == 0 && role_opens {
        start = 1;
    }
    let role_word =
        |t: &Token<'_>| t.word && !t.is_capitalized() && (lex.is_role_noun(t.text) || lex.title_len(&[t.text]) > 0);
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

/// A reporting verb beside the run of `toks` (before it, perhaps with an employer's
/// possessive between: "added Ernst and Young's Sanjay Mehta"), or an apposition naming a
/// role after it ("Kerr Putney, the Charlotte police chief,", "Bumpei Otsuki, President of
/// the Japan Federation").
fn speaks_beside(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
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
    let apposed_role = after_comma
        && toks[end + 1..]
            .iter()
            .take(7)
            .take_while(|t| !t.is(','))
            .any(|t| t.word && !t.is_capitalized() && lex.is_role_noun(t.text));
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
    toks.get(run.end).is_some_and(|t| lex.is_speech_verb(t.text))
        || before > 0 && owned_ends && lex.is_speech_verb(toks[before - 1].text)
        || apposed_role
        || apposed_title
        || aged
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

/// True when the word before the run `run` makes it an institution or a team: for a lone
/// word an institution's noun ("player firm Creative"), a business epithet ("rival Nissan")
/// or a plural role noun ("analysts Gartner", "leaders Chelsea"); for longer names a
/// business's noun only ("games firm Lateral Visions", "housebuilder George Wimpey"; not "rival
/// John McEnroe", "chief of staff Donald Regan", "world leaders Tony Blair").
fn names_institution(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let Some(t) = run.start.checked_sub(1).map(|i| &toks[i]).filter(|t| t.word && !t.is_capitalized()) else {
        return false;
    };
    if run.len() > 1 {
        return word_classes::BUSINESS_NOUNS.contains(&t.text);
    }
    let plural_role = t.text.strip_suffix('s').is_some_and(|one| lex.is_role_noun(one));
    lex.is_body_noun(t.text) || word_classes::INSTITUTION_EPITHETS.contains(&t.text) || plural_role
}

/// The words before a company's own words in a run that names a company with its suffix:
/// "Mark IV" of "Mark IV Industries Inc", "General Acquisition" of "General Acquisition Inc".
fn company_stem<'a>(run: &[Token<'a>], lex: &Lexicon) -> Option<Vec<&'a str>> {
    // Most runs hold no company suffix: that is looked at first, without folding a word.
    let word = |t: &Token<'a>| t.text.trim_end_matches([',', '.']);
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
/// occupation whose people go by one name ([`occupation_before`]).
fn introduced_alone(toks: &[Token<'_>], run: &Range<usize>, words: &[&str], start: usize, lex: &Lexicon) -> bool {
    personal_title(toks, run, words, start)
        || (start == 0 && occupation_before(toks, run) && words.first().is_some_and(|w| !opens_a_clause(w, lex)))
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

/// What makes the lone word of the run `run` a person said once: a kinship noun before it,
/// whose gender it takes ("his son Nick", "daughter Larissa and stepson Sholto"), or in
/// mid-sentence a government's noun after it ([`leads_a_government`]) when it is no common
/// word.
fn lone_name(
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

/// True when a title only persons hold stands just before the lone word `words[start]` of
/// the run `run` ("President Reagan", "Mr Blair"): no epithet ("the Mr Nasty of books"), no
/// initial or abbreviation after it ("Mr P.", "Dr. Ing."), and the title written as one
/// ("MS. Final approval" is no Ms).
fn personal_title(toks: &[Token<'_>], run: &Range<usize>, words: &[&str], start: usize) -> bool {
    let (Some(title), Some(name)) = (start.checked_sub(1).and_then(|i| words.get(i)), words.get(start)) else {
        return false;
    };
    let title = title.trim_end_matches('.');
    title.chars().skip(1).all(char::is_lowercase)
        && word_classes::PERSONAL_TITLES.contains(&title.to_lowercase().as_str())
        && name.chars().count() > 1
        && !name.contains('.')
        && run
            .start
            .checked_sub(1)
            .is_none_or(|i| !word_classes::ARTICLES.contains(&toks[i].text.to_lowercase().as_str()))
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
fn government_leader<'a>(
    toks: &[Token<'a>],
    run: &Range<usize>,
    lower_words: &std::cell::OnceCell<HashSet<&'a str>>,
    lex: &Lexicon,
) -> Option<Candidate<'a>> {
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
    let common = adjectival(word)
        || lex.find_organization(word).is_some()
        || lex.is_org_word(word)
        || lex.title_len(&[word]) > 0
        || lower_words.get_or_init(|| lower_case_words(toks)).contains(word.to_lowercase().as_str());
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

/// True when the noun before the run `run`, whose name is `name`, makes it no person: "player
/// firm Creative", "US TV network Fox": a lone word after an institution's noun names the
/// institution, and so does a longer one after a business's noun ("games firm Lateral
/// Visions", "research group JD Power estimates") unless a person's name speaks ("Chairman
/// of the firm Gordon Wu said"); "Mike Leigh's film Vera Drake" is a work.
fn names_a_thing(
    toks: &[Token<'_>],
    run: &Range<usize>,
    name: &[&str],
    start: usize,
    cued: bool,
    lex: &Lexicon,
) -> bool {
    let speaking_person = cued && name.len() > 1 && lex.is_given_name(name[0]);
    (start == 0 && !speaking_person && names_institution(toks, run, lex))
        || titles_a_work(toks, run, lex)
        || opens_a_series_title(toks, run, lex)
}

/// The gender of a kinship noun just before `at` ("his wife Sandra", "stepson Sholto").
fn kin_before(toks: &[Token<'_>], at: usize) -> Option<Gender> {
    let t = at.checked_sub(1).map(|i| &toks[i]).filter(|t| t.word)?;
    if word_classes::FEMALE_KIN.contains(&t.text) {
        Some(Gender::Female)
    } else {
        word_classes::MALE_KIN.contains(&t.text).then_some(Gender::Male)
    }
}

/// True when the capitalised run `run` of `toks` is the title of a work or the name of a
/// character in one, which news introduces by the words around it: a work's noun before it
/// ("Mike Leigh's film Vera Drake"), perhaps with a naming participle ("a track called
/// Masochistic Baby"); a possessive determiner opening it ([`possessive_title`]); a part
/// acted ("will play the role of Arthur Dent", "his character Ali G"; not "playing soul star
/// Ray Charles", a biopic's real person).
fn titles_a_work(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
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
        || awarded
        || works_listed_before(toks, run.start)
        || apposed_work(toks, run.end)
        || (is(1, word_classes::NAMING_PARTICIPLES) && is(2, word_classes::WORK_TITLE_NOUNS))
        || acted
        || possessive_title(toks, run.start)
}

/// True when the run `run` of `toks` opens a title of the series pattern "NAME and the NOUN
/// of NOUN" ("Harry Potter and the Prisoner of Azkaban"), where the noun after "the" is no
/// title a person holds ("Mr Blair and the Duke of Edinburgh"). The name is the work's here
/// only: a book's subtitle may hold a real person ("Perfect Enough: Carly Fiorina and the
/// Reinvention of Hewlett-Packard").
fn opens_a_series_title(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    matches!(toks.get(run.end..run.end + 5), Some([and, the, noun, of, next])
        if and.text == "and" && the.text == "the" && noun.is_capitalized() && of.text == "of"
            && next.is_capitalized() && lex.title_len(&[noun.text]) == 0)
}

/// How many tokens back a list of works may reach from one of its titles to the words that
/// open it ("whose films include Schindler's List, Michael Collins and Star Wars").
const WORKS_LIST_REACH: usize = 24;

/// True when the capitalised words at `at` of `toks` stand in a list of titles that a plural
/// work's noun and "include" or "such as" open: "whose films include Schindler's List,
/// Michael Collins and Star Wars", "films such as My Beautiful Laundrette, Billy Elliot".
/// The list opens with a capitalised word and holds only capitalised words, commas, "and",
/// colons and the short words of titles ("Shaun of the Dead"); any other word ends it.
fn works_listed_before(toks: &[Token<'_>], at: usize) -> bool {
    // Most runs follow some other word: that is looked at first, without walking back.
    let Some(before) = at.checked_sub(1).map(|i| &toks[i]) else { return false };
    let item_gap = before.is(',') || before.is(':') || before.text == "and";
    if !(item_gap || before.text.starts_with("includ") || before.text == "as") {
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
    if !toks[open + 1].is_capitalized() {
        return false;
    }
    let word = |i: usize| toks.get(i).filter(|t| t.word).map_or("", |t| t.text);
    let plural_work = |i: usize| word(i).strip_suffix('s').is_some_and(|w| word_classes::WORK_TITLE_NOUNS.contains(&w));
    match word(open) {
        "include" | "includes" | "included" | "including" => open >= 1 && plural_work(open - 1),
        "as" => open >= 2 && word(open - 1) == "such" && plural_work(open - 2),
        _ => false,
    }
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

/// True when a capitalised possessive determiner opens the capitalised words at `at` of
/// `toks`: a title ("My Beautiful Laundrette", "a track called My Masochistic Baby Went And
/// Left Me", "Our Friends in the North"), for a name takes no "my" ("His"/"Her" are left
/// out: "Her Majesty Queen Elizabeth").
fn possessive_title(toks: &[Token<'_>], at: usize) -> bool {
    at.checked_sub(1).map(|i| &toks[i]).is_some_and(|t| {
        t.word && t.is_capitalized() && word_classes::TITLE_POSSESSIVES.contains(&t.text.to_lowercase().as_str())
    })
}

/// Capitalised words standing alone before a reporting verb or an auxiliary ("Sinner was
/// gracious", "Safin said"; true), or alone after a lower-case word that is no article
/// ("playing against Hewitt.", "where Hendrix grew up"; false unless also the first):
/// surnames, when a longer name ends with them.
fn surnames_acting_alone<'a>(toks: &[Token<'a>], lex: &Lexicon) -> HashMap<&'a str, bool> {
    let mut found: HashMap<&'a str, bool> = HashMap::default();
    for i in 1..toks.len().saturating_sub(1) {
        let (before, t, next) = (&toks[i - 1], &toks[i], &toks[i + 1]);
        // A capitalised word between two that are not: most words are not, so this first.
        if !t.is_capitalized() || before.is_capitalized() || next.is_capitalized() {
            continue;
        }
        let acts = next.word && (lex.is_speech_verb(next.text) || word_classes::SUBJECT_VERBS.contains(&next.text));
        let alone = before.word && !before.text.ends_with('.') && !word_classes::DETERMINERS.contains(&before.text);
        if acts || alone {
            *found.entry(t.base()).or_default() |= acts;
        }
    }
    found
}

/// True when `word` ends like an adjective ("Provisional", "European", "Eastern"; not a
/// short name, "Hal").
fn adjectival(word: &str) -> bool {
    let l = word.to_lowercase();
    l.chars().count() > 4
        && word_classes::ADJECTIVE_ENDINGS.iter().chain(&["ian", "ean", "ern"]).any(|e| l.ends_with(e))
}

/// The words of `toks` written in lower case.
fn lower_case_words<'a>(toks: &[Token<'a>]) -> HashSet<&'a str> {
    toks.iter().filter(|t| t.word && t.text.starts_with(char::is_lowercase)).map(|t| t.text).collect()
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
        || l.ends_with("ing")
        || l.ends_with("ed")
        || l.ends_with('s')
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

/// The roles given with a name, each as its folded head noun followed by all its folded
/// words: its titles ("Prime Minister"), the words before it ("Nortel president and chief
/// executive", two heads), an apposition after it (", the play's organiser in Uganda,").
fn role_words(toks: &[Token<'_>], run: Range<usize>, titles: &[&str], lex: &Lexicon) -> Vec<Vec<String>> {
    const MODIFIERS: &[&str] = word_classes::ROLE_MODIFIERS;
    let role = |w: &str| lex.is_role_noun(&w.to_lowercase());
    let folded = |w: &&str| fold(super::phrases::strip_possessive(w).unwrap_or(w));
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
    for w in &before {
        if *w == "and" {
            want = true;
        } else if want && role(w) {
            heads.push(*w);
            want = false;
        }
    }
    add(heads, &before);
    // An apposition: its first role noun before a preposition.
    if toks.get(run.end).is_some_and(|t| t.is(',')) {
        let after: Vec<&str> = toks[run.end + 1..]
            .iter()
            .take(10)
            .take_while(|t| t.word && !word_classes::APPOSITION_STOPS.contains(&t.text))
            .map(|t| t.text)
            .collect();
        let closed = toks.get(run.end + 1 + after.len()).is_some_and(|t| t.is(',') || t.is('.'));
        let head = after.iter().take_while(|w| !super::phrases::PREPOSITIONS.contains(w)).find(|w| role(w));
        if let (true, Some(head)) = (closed, head) {
            add(vec![head], &after);
        }
    }
    out
}

/// The end of a title that starts inside the run `run` and goes past its end through
/// lower-case words ("Secretary of State", "Speaker of the House"), when a capitalised word
/// follows it.
fn title_through(toks: &[Token<'_>], run: Range<usize>, lex: &Lexicon) -> Option<usize> {
    let lower_next = toks.get(run.end).is_some_and(|t| t.word && word_classes::TITLE_CONNECTORS.contains(&t.text));
    if !lower_next {
        return None;
    }
    (run.clone()).find_map(|j| {
        let words: Vec<&str> = toks[j..toks.len().min(j + 8)].iter().map(|t| t.text).collect();
        let end = j + lex.title_len(&words);
        (end > run.end && toks.get(end).is_some_and(Token::is_capitalized)).then_some(end)
    })
}

/// Token ranges of capitalised runs of `text`, connectors allowed inside, sentence openers
/// dropped. A run ends at a blank line: "Cardiff v Colchester", a paragraph, and "Chelsea v
/// Birmingham", the next, make no "Colchester Chelsea".
fn capitalized_runs(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    let paragraph_break = |at: usize| text[toks[at - 1].span().end..toks[at].start].matches('\n').nth(1).is_some();
    while i < toks.len() {
        if !toks[i].is_capitalized() {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < toks.len() && !toks[end - 1].is_possessive() && !paragraph_break(end) {
            let t = &toks[end];
            // "Hillary Clinton Was Headed", "Trump Says": title-case words end the name.
            // ... unless a given name comes first: "Theresa May".
            let after_given = lex.is_given_name(toks[end - 1].text);
            if t.is_capitalized() && ((!lex.is_not_name(t.text) && !lex.is_speech_verb(t.text)) || after_given) {
                end += 1;
            } else if let Some(n) = connectors_then_name(toks, end) {
                // "Luigi del Neri", "Albert van den Bergh".
                end += n;
            } else if t.word
                && t.text.split_once('-').is_some_and(|(particle, rest)| {
                    CONNECTORS.contains(&particle) && rest.starts_with(char::is_uppercase)
                })
            {
                // "Ali al-Khalifa al-Sabah", "Abdel Fattah el-Sisi".
                end += 1;
            } else if t.word && elided_particle(t.text) && toks[i..end].iter().any(|t| lex.is_given_name(t.text)) {
                // "Valery Giscard d'Estaing": an elided particle glued to the surname of a
                // run that holds a given name (not "Caisse d'Epargne", "Charge d'Affaires").
                end += 1;
            } else if let Some(title_end) = title_through(toks, i..end, lex) {
                // "Secretary of State Marco Rubio": a title with lower-case words in it.
                end = title_end;
            } else {
                break;
            }
        }
        let mut start = i;
        // "Fifteen-year-old Donald Young", "Newly-crowned": a capitalised compound whose
        // later parts are lower case is a modifier, not part of the name.
        let modifier = |t: &Token<'_>| {
            t.text
                .split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
        };
        // "Bill Owens", "Will Smith": a given name that is also a common word opens a name
        // when a name word follows it, and so does a surname that is also a pronoun before
        // one word ("But He Weiling, Washington representative"; not "He Thinks Voters Care").
        let opens_name = |s: usize| {
            (lex.is_given_name(toks[s].text) || pronoun_opens_name(toks, s, end, lex))
                && s + 1 < end
                && !lex.is_not_name(toks[s + 1].text)
        };
        while start < end && ((lex.is_not_name(toks[start].text) && !opens_name(start)) || modifier(&toks[start])) {
            start += 1;
        }
        if start < end {
            runs.push(start..end);
        }
        i = end;
    }
    runs
}

/// True for a surname written with an elided particle before it, "d'Estaing", "d’Alema".
fn elided_particle(word: &str) -> bool {
    ["d'", "d\u{2019}"].iter().any(|p| word.strip_prefix(p).is_some_and(|rest| rest.starts_with(char::is_uppercase)))
}

/// How many tokens a run takes at `at` when one to three name particles and a capitalised
/// word stand there ("del Neri", "van den Bergh"), if they do.
fn connectors_then_name(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let particles = toks[at..].iter().take(3).take_while(|t| t.word && CONNECTORS.contains(&t.text)).count();
    (particles > 0 && toks.get(at + particles).is_some_and(Token::is_capitalized)).then_some(particles + 1)
}

fn looks_like_organization(name: &[&str], lex: &Lexicon) -> bool {
    // "Moscow-based", "BNP Paribas": a place adjective or an acronym leading the run.
    let acronym_first =
        name.len() > 1 && name.first().is_some_and(|w| w.len() > 2 && w.chars().all(|c| c.is_ascii_uppercase()));
    // "Texas Democrat", "Data General": a party or a rank is no surname.
    let ranked_last = name.len() > 1 && name.last().is_some_and(|w| PARTIES.contains(w));
    // "Veteran Labour MP": a party's member is a role.
    let party_member = name.len() == 2 && PARTIES.contains(&name[0]) && POSTNOMINALS.contains(&name[1]);
    // "I've", "Kevin I'd": a contraction, not "Youssou N'Dour"; "MPs": an acronym's plural.
    // "Boys Don't (Cry)": a negated verb is no name either.
    let contraction = |w: &str| {
        w.split_once(['\'', '\u{2019}']).is_some_and(|(head, tail)| {
            (head.chars().count() == 1 || tail == "t") && tail.starts_with(char::is_lowercase)
        })
    };
    let plural_acronym =
        |w: &str| w.strip_suffix('s').is_some_and(|a| a.len() > 1 && a.chars().all(|c| c.is_ascii_uppercase()));
    if name.iter().any(|w| contraction(w) || plural_acronym(w)) {
        return true;
    }
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
    if acronym_first
        || country_last
        || acronym_last
        || ranked_last
        || party_member
        || name.iter().any(|w| ADJECTIVE_SUFFIXES.iter().any(|x| w.ends_with(x)))
    {
        return true;
    }
    let joined = name.join(" ");
    // After a given name, a common word is a surname ("Ian Read", "Theresa May"); so is
    // the given name after a surname that is also a pronoun ("He Kang").
    let given_first =
        name.len() > 1 && (lex.is_given_name(name[0]) || word_classes::SURNAME_PRONOUNS.contains(&name[0]));
    // ... and a given name is no common word ("Bill Owens", not a bill). After a given
    // name, a compass word ending a name of two ("Oliver North", "Kanye West") and the word
    // after a capitalised particle ("Rob Da Bank", "Chris De Burgh") are surnames, no
    // organisation's words.
    let surname = |i: usize| {
        given_first
            && i + 1 == name.len()
            && ((i == 1 && word_classes::COMPASS_WORDS.contains(&fold(name[i]).as_str()))
                || (i >= 2
                    && CONNECTORS.contains(&fold(name[i - 1]).as_str())
                    && name[i - 1].starts_with(char::is_uppercase)))
    };
    name.iter()
        .enumerate()
        .skip(usize::from(given_first))
        .any(|(i, w)| !surname(i) && (lex.is_org_word(w) || (lex.is_not_name(w) && !given_first))) || lex.find_organization(&joined).is_some()
        // "Morgan Stanley International", "Merrill Lynch Capital Markets": a known
        // organisation's name leading the run.
        || (2..name.len()).any(|k| lex.find_organization(&name[..k].join(" ")).is_some())
        || lex.find_country(&joined).is_some()
        || name.iter().all(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && w.len() > 2)
        || lex.is_place_name(&joined)
}

/// Ties each candidate to the longest name that ends with its words, then records every
/// later surname-only mention of a known person.
fn canonicalize(toks: &[Token<'_>], candidates: Vec<Candidate<'_>>, lex: &Lexicon) -> PersonIndex {
    let folded: Vec<Vec<String>> = candidates.iter().map(|c| c.words.iter().map(|x| fold(x)).collect()).collect();
    let ties = tie_names(&folded, lex);
    let mut index = PersonIndex::default();
    // The candidate a name is tied to is always the first of its name, so it keys the person.
    let mut person_of: HashMap<usize, usize> = HashMap::default();
    for (candidate, &longest) in candidates.iter().zip(&ties) {
        let idx = *person_of.entry(longest).or_insert_with(|| {
            let words = &candidates[longest].words;
            index.names.push(words.join(" "));
            index.folded.push(folded[longest].clone());
            // A given name suggests a gender only for a full name ("Nancy Pelosi").
            index.genders.push(words.first().filter(|_| words.len() > 1).and_then(|w| lex.gender_of(w)));
            index.titled.push(false);
            index.names.len() - 1
        });
        if let Some(g) = candidate.titled_gender {
            index.genders[idx] = Some(g);
            index.titled[idx] = true;
        }
        index.mentions.push((candidate.pos, idx));
        for role in &candidate.roles {
            index.add_role(role, idx);
        }
    }
    // Surname-only mentions ("Petro wrote") of people named in full somewhere.
    for (i, words) in index.folded.iter().enumerate() {
        if let Some(last) = words.last() {
            index.by_last.entry(last.clone()).or_default().push(i);
        }
    }
    let owners_of = &index.by_last;
    let mut shared = Vec::new();
    for t in toks.iter().filter(|t| t.is_capitalized()) {
        let w = fold(t.base());
        match owners_of.get(&w).map_or(&[][..], Vec::as_slice) {
            [] => {}
            [one] => index.mentions.push((t.start, *one)),
            _ => shared.push(t),
        }
    }
    index.mentions.sort_unstable();
    index.mentions.dedup_by_key(|(p, _)| *p);
    index.finish();
    // A surname two people share is the one [`PersonIndex::resolve`] reads it as, so that a
    // pronoun after "Clinton said" still finds her.
    if !shared.is_empty() {
        let mentioned = |at: usize| index.mentions.binary_search_by_key(&at, |(p, _)| *p).is_ok();
        let resolved: Vec<(usize, usize)> = shared
            .iter()
            .filter(|t| !mentioned(t.start))
            .filter_map(|t| {
                index.resolve(t.base(), t.start).and_then(|name| index.by_name.get(name)).map(|&i| (t.start, i))
            })
            .collect();
        index.mentions.extend(resolved);
        index.mentions.sort_unstable();
        index.finish();
    }
    index
}

/// For each candidate name (folded words), the candidate whose name it is tied to: the
/// longest name that ends with its words or leaves out middle names, the earliest when
/// several are as long; a lone given name ("Sir Digby" after "Sir Digby Jones") ties to the
/// one longer name that starts with it. The answer depends only on the words, so it is
/// worked out once per distinct name, over distinct names: an article that names "Al Green"
/// 150,000 times costs one look-up per mention, not a scan of all the others.
fn tie_names(folded: &[Vec<String>], lex: &Lexicon) -> Vec<usize> {
    // The first candidate of each distinct name, listed by last and first word: only names
    // sharing a last word can be short forms of each other, only those sharing a first
    // word can be a lone given name's full name.
    let mut first_of: HashMap<&[String], usize> = HashMap::default();
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for (o, words) in folded.iter().enumerate() {
        if let (Some(first), Some(last)) = (words.first(), words.last())
            && let std::collections::hash_map::Entry::Vacant(slot) = first_of.entry(words)
        {
            slot.insert(o);
            by_last.entry(last.as_str()).or_default().push(o);
            by_first.entry(first.as_str()).or_default().push(o);
        }
    }
    let mut longest_of: HashMap<&[String], usize> = HashMap::default();
    let mut ties = Vec::with_capacity(folded.len());
    for (k, words) in folded.iter().enumerate() {
        let longest = *longest_of.entry(words).or_insert_with(|| {
            let same_last = words.last().and_then(|w| by_last.get(w.as_str())).map_or(&[][..], Vec::as_slice);
            let longest = same_last
                .iter()
                .copied()
                .filter(|&o| folded[o].len() >= words.len() && same_person(&folded[o], words, lex))
                .max_by_key(|&o| tie_rank(&folded[o], o))
                .unwrap_or(k);
            // "Sir Digby" after "Sir Digby Jones": a lone given name joins the one full name
            // that starts with it.
            if longest != k || words.len() != 1 {
                return longest;
            }
            let same_first = by_first.get(words[0].as_str()).map_or(&[][..], Vec::as_slice);
            let mut starts = same_first.iter().copied().filter(|&o| folded[o].len() > 1);
            match (starts.next(), starts.next()) {
                (Some(one), None) => one,
                _ => k,
            }
        });
        ties.push(longest);
    }
    ties
}

/// How a name tied to is chosen among those a name may be short for: the longest, then
/// one with its given name written out ("Aurelien Rougerie" over "A Rougerie", "Robin
/// Butler" over "Lord Butler"), then the earliest.
fn tie_rank(words: &[String], at: usize) -> (usize, bool, std::cmp::Reverse<usize>) {
    let given = words.first().is_some_and(|w| w.chars().count() > 1 && !peerage_title(w));
    (words.len(), given, std::cmp::Reverse(at))
}

/// True for a peer's title, in any case ("Lord", "lord").
fn peerage_title(word: &str) -> bool {
    word_classes::PEERAGE_TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// True when the name `short` refers to the same person as `long`: its last words
/// ("Petro" of "Gustavo Petro"), or its words with middle names or initials left out
/// ("Loretta Lynch" of "Loretta E. Lynch", "Donald Trump" of "Donald J. Trump").
fn same_person(long: &[String], short: &[String], lex: &Lexicon) -> bool {
    if long.ends_with(short) {
        return true;
    }
    let (Some(first), Some(last)) = (short.first(), short.last()) else { return false };
    // "A Rougerie" of "Aurelien Rougerie": an initial for the given name.
    let initial_of = |w: &str, given: &str| w.chars().count() == 1 && given.chars().count() > 1 && given.starts_with(w);
    if short.len() == 2 && long.len() == 2 && long.last() == Some(last) && initial_of(first, &long[0]) {
        return true;
    }
    // "Jim Ammeen" of "James Ammeen", and the other way: a given name's familiar form
    // (`[familiar_given_names]`), the names otherwise alike.
    if short.len() == long.len() && short.len() >= 2 && short[1..] == long[1..] && familiar_forms(first, &long[0]) {
        return true;
    }
    // "Lord Butler" of "Robin Butler", "Lady Boothroyd" of "Baroness Boothroyd": a peer's
    // title and surname, of a name with that surname, not one with a title of the other sex
    // ("Lady Archer, wife of Lord Archer").
    let other_sex = || lex.gender_of(first).zip(lex.gender_of(&long[0])).is_some_and(|(a, b)| a != b);
    if short.len() == 2 && long.len() >= 2 && long.last() == Some(last) && peerage_title(first) && !other_sex() {
        return true;
    }
    let mut rest = long.iter();
    short.len() >= 2
        && long.first() == Some(first)
        && long.last() == Some(last)
        && short.iter().all(|w| rest.any(|l| l == w))
}

/// True when the folded given names `a` and `b` are one name, familiar and formal, either
/// way round ("jim" and "james", "bill" and "william").
fn familiar_forms(a: &str, b: &str) -> bool {
    a != b
        && word_classes::FAMILIAR_GIVEN_NAMES.iter().any(|pair| {
            pair.split_once(' ')
                .is_some_and(|(familiar, formal)| (a, b) == (familiar, formal) || (b, a) == (familiar, formal))
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tie_names`] as first written: every candidate compared with every other.
    fn ties_by_scan(folded: &[Vec<String>]) -> Vec<usize> {
        (0..folded.len())
            .map(|k| {
                let longest = (0..folded.len())
                    .filter(|&o| folded[o].last() == folded[k].last())
                    .filter(|&o| {
                        folded[o].len() >= folded[k].len()
                            && same_person(&folded[o], &folded[k], crate::lexicon::lexicon())
                    })
                    .max_by_key(|&o| tie_rank(&folded[o], o))
                    .unwrap_or(k);
                // Every mention of a lone given name, not only its first.
                if folded[longest] != folded[k] || folded[k].len() != 1 {
                    return longest;
                }
                let starts: Vec<usize> =
                    (0..folded.len()).filter(|&o| folded[o].len() > 1 && folded[o][0] == folded[k][0]).collect();
                let distinct: HashSet<&Vec<String>> = starts.iter().map(|&o| &folded[o]).collect();
                match (starts.first(), distinct.len()) {
                    (Some(&one), 1) => one,
                    _ => k,
                }
            })
            .collect()
    }

    #[test]
    fn names_are_tied_as_by_comparing_every_pair() {
        let names = [
            "digby",
            "digby jones",
            "green",
            "al green",
            "digby",
            "mary green",
            "al green",
            "loretta lynch",
            "lord butler",
            "loretta e lynch",
            "robin butler",
            "lady butler",
            "lynch",
            "al",
            "digby jones",
            "mary",
            "mary ann green",
            "green",
            "al",
        ];
        let folded: Vec<Vec<String>> = names.iter().map(|n| n.split(' ').map(str::to_owned).collect()).collect();
        assert_eq!(tie_names(&folded, crate::lexicon::lexicon()), ties_by_scan(&folded));
    }
}
