//! Names no cue marks, taken from where they stand: a list beside a person ("Albert van den
//! Bergh, Xavier Rush and Andrea Lo Cicero"), a line-up of initials ("G Thomas (Toulouse);
//! K Morgan (Newport-Gwent)") and a team sheet ("Everton: Martyn, Hibbert, Yobo").

use super::context::looks_like_organization;
use super::{
    CONNECTORS, Candidate, Token, after_a_descriptor, name_words, names_a_place_or_body, names_a_post, opens_a_clause,
    plain_surname, unknown_name,
};
use crate::lexicon::{Lexicon, singular, word_classes};
use std::ops::Range;

/// Names no cue marks that stand in a list beside a person ("Albert van den Bergh, Xavier
/// Rush and Andrea Lo Cicero") or in a line-up of initials ("G Thomas (Toulouse); K Morgan
/// (Newport-Gwent)") are persons when they look like names: two or three words, no
/// organisation, a plain surname. One pass each way along the runs, so a list is taken
/// from either end without rescanning.
pub(super) fn take_listed_names<'a>(
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
    // "an analyst with Morgan Olmstead, Kennedy and Gardner": a list after an employer's
    // preposition with an item beside a lone word no one is known by is a firm's partners,
    // where a famous surname names no one ("Obama and Panetta and Biden" still does).
    let beside_unknown = |i: usize| {
        let unknown = |j: usize| lone_unknown_word(toks, &runs[j], lex);
        let beside = (i > 0 && listed(&runs[i - 1], &runs[i]) && unknown(i - 1))
            || (i + 1 < n && listed(&runs[i], &runs[i + 1]) && unknown(i + 1));
        beside && after_employer_preposition(toks, runs, i, &listed)
    };
    // "Def Jam's artists include LL Cool J, DMX, Ludacris, Ja Rule and Ashanti": a list the
    // plural of an occupation whose people go by one name opens is of stage names.
    let roster = rosters(toks, runs, found, &listed, lex);
    let beside = |i: usize| Beside { unknown: beside_unknown(i), roster: roster[i] };
    for i in 1..n {
        if found[i].is_none() && found[i - 1].is_some() && listed(&runs[i - 1], &runs[i]) {
            found[i] = listed_name(toks, runs[i].clone(), beside(i), lex);
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        if found[i].is_none() && found[i + 1].is_some() && listed(&runs[i], &runs[i + 1]) {
            found[i] = listed_name(toks, runs[i].clone(), beside(i), lex);
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
                    found[i] = listed_name(toks, name.clone(), Beside::default(), lex);
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
pub(super) fn take_team_sheets<'a>(
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
pub(super) fn is_initial(word: &str, lex: &Lexicon) -> bool {
    let mut parts = word.split(['.', '-']).filter(|p| !p.is_empty()).peekable();
    parts.peek().is_some()
        && (word.len() <= 2 || lex.find_country_as_written(word).is_none())
        && parts.all(|p| {
            let mut letters = p.chars();
            letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
        })
}

/// How many items back a list's opening is looked for from one of its items.
const LIST_OPENING_REACH: usize = 4;

/// True when the list holding the run `i` of `runs` (the runs before it that `listed`
/// joins, at most [`LIST_OPENING_REACH`]) follows an employer's preposition ("with").
fn after_employer_preposition(
    toks: &[Token<'_>],
    runs: &[Range<usize>],
    i: usize,
    listed: &dyn Fn(&Range<usize>, &Range<usize>) -> bool,
) -> bool {
    let mut first = i;
    while first > 0 && i - first < LIST_OPENING_REACH && listed(&runs[first - 1], &runs[first]) {
        first -= 1;
    }
    runs[first]
        .start
        .checked_sub(1)
        .is_some_and(|p| toks[p].word && word_classes::EMPLOYER_PREPOSITIONS.contains(&toks[p].text))
}

/// True when the run `run` of `toks` is one word that no one is known by alone (no one-name
/// star's, no famous surname): "Gardner" in "Morgan Olmstead, Kennedy and Gardner".
fn lone_unknown_word(toks: &[Token<'_>], run: &Range<usize>, lex: &Lexicon) -> bool {
    let words = name_words(&toks[run.clone()]);
    matches!(words[..], [word] if lex.one_name_person(word).is_none() && !lex.is_famous_surname(word))
}

/// What the list around an item says of it ([`listed_name`]).
#[derive(Clone, Copy, Default)]
struct Beside {
    /// An item beside it is a lone word no one is known by, after an employer's preposition:
    /// a firm's partners ("an analyst with Morgan Olmstead, Kennedy and Gardner").
    unknown: bool,
    /// The list is of stage names ([`roster_opening`]: "artists include LL Cool J, DMX").
    roster: bool,
}

/// The words that may stand between a plural occupation and the list of its people
/// ("artists include", "rappers such as", "stars like").
const ROSTER_VERBS: &[&str] = &["include", "includes", "included", "including", "like", "as"];

/// For each of `runs`, whether it is an item of a roster of stage names: a list that the
/// plural of an occupation whose people go by one name opens ([`roster_opening`]), every
/// item of which is a person found, a name a list gives ([`listed_name`]) or a stage name
/// ([`stage_name_item`]): "Def Jam's artists include LL Cool J, DMX, Ludacris, Ja Rule and
/// Ashanti". A band among them (a name none of these, or one after "the") makes the list one
/// of acts, where a lone word may be a band too: "artists such as Keane, Katie Melua and
/// Scissor Sisters", "artists including … Kelly Osbourne, Green Day", "acts like The
/// Darkness and Lostprophets". Each list is read once.
fn rosters(
    toks: &[Token<'_>],
    runs: &[Range<usize>],
    found: &[Option<Candidate<'_>>],
    listed: &dyn Fn(&Range<usize>, &Range<usize>) -> bool,
    lex: &Lexicon,
) -> Vec<bool> {
    let mut roster = vec![false; runs.len()];
    let mut first = 0;
    while first < runs.len() {
        let mut last = first;
        while last + 1 < runs.len() && listed(&runs[last], &runs[last + 1]) {
            last += 1;
        }
        // "acts like The Darkness": a name an article opens is a band's.
        let after_article =
            |j: usize| runs[j].start.checked_sub(1).is_some_and(|p| toks[p].text.eq_ignore_ascii_case("the"));
        let item = |j: usize| {
            let words = name_words(&toks[runs[j].clone()]);
            !after_article(j)
                && (found[j].is_some()
                    || listed_name(toks, runs[j].clone(), Beside::default(), lex).is_some()
                    || (stage_name_item(&words, lex) && (words.len() == 1 || spelled_as_a_stage_name(&words))))
        };
        if last > first && roster_opening(toks, &runs[first], lex) && (first..=last).all(item) {
            roster[first..=last].fill(true);
        }
        first = last + 1;
    }
    roster
}

/// True when a word of the name `words` is in capitals or a number, as stage names are
/// spelled and persons' names are not: "LL Cool J", "Notorious BIG", "50 Cent" (not "Green
/// Day", "Scissor Sisters").
fn spelled_as_a_stage_name(words: &[&str]) -> bool {
    words.iter().any(|w| {
        (w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())) || w.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// True when the run `first`, a list's first item, follows the plural of an occupation whose
/// people go by one name (`[one_name_roles]`), perhaps with "include", "such as" or "like"
/// between: "Def Jam's artists include LL Cool J", "rappers Nas and Ja Rule".
fn roster_opening(toks: &[Token<'_>], first: &Range<usize>, lex: &Lexicon) -> bool {
    let mut at = first.start;
    let word = |at: usize| at.checked_sub(1).map(|p| &toks[p]).filter(|t| t.word).map(|t| t.text);
    if word(at).is_some_and(|w| ROSTER_VERBS.contains(&w)) {
        at -= 1;
        if toks[at].text == "as" {
            if word(at) != Some("such") {
                return false;
            }
            at -= 1;
        }
    }
    let is_role = |one: &str| word_classes::ONE_NAME_ROLES.contains(&one) && lex.is_role_noun(one);
    word(at).is_some_and(|w| singular(&w.to_lowercase(), is_role).is_some())
}

/// True when `words`, a list's item in a roster of stage names ([`roster_opening`]), can be
/// one: one to three capitalised words, in capitals or not ("DMX", "LL Cool J", "Ludacris"),
/// that no common word opens and that name no organisation, country or place. One word
/// is a stage name only when spelled as one (capitals, a digit: "DMX") or known as one
/// person's ("Ludacris"): "artists include Coldplay, Keane and Ashanti" names two bands.
fn stage_name_item(words: &[&str], lex: &Lexicon) -> bool {
    let one_word_stage_name = |w: &str| spelled_as_a_stage_name(&[w]) || lex.one_name_person(w).is_some();
    (words.len() > 1 || one_word_stage_name(words[0]))
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !lex.is_not_name(words[0])
        && !opens_a_clause(words[0], lex)
        && !names_a_place_or_body(&words.join(" "), lex)
}

/// The person a run in a list or line-up names ([`take_listed_names`]), if it looks like a
/// name; a famous surname alone only when no item beside it is a lone unknown word
/// (`beside.unknown`: a firm's partners, "Morgan Olmstead, Kennedy and Gardner"); in a
/// roster of stage names (`beside.roster`), any item that can be one ([`stage_name_item`]).
fn listed_name<'a>(toks: &[Token<'a>], run: Range<usize>, beside: Beside, lex: &Lexicon) -> Option<Candidate<'a>> {
    let (run_start, run_end) = (run.start, run.end);
    let run_toks = &toks[run];
    let words = name_words(run_toks);
    // "singers Madonna, Sir Elton John, Nelly and Usher": a list's one word that the news
    // names a person by alone (a one-name star's, also one that is a common word, or a
    // famous surname) is that person among persons, not its thing.
    if let [word] = words[..] {
        let known = lex.one_name_person(word).is_some()
            || (lex.is_famous_surname(word) && !beside.unknown)
            || (beside.roster && stage_name_item(&words, lex));
        return (known && !lone_word_qualifies(toks, run_start, run_end, lex))
            .then(|| Candidate::listed(run_toks[0].start, words));
    }
    if beside.roster && stage_name_item(&words, lex) && spelled_as_a_stage_name(&words) && lex.title_len(&words) == 0 {
        return Some(Candidate::listed(run_toks[0].start, words));
    }
    // "Texan Michael Chicoine and Californian Anna Moss": a word describing the person before
    // a known given name and a surname is no part of the name.
    let from = after_a_descriptor(&words, 0, lex);
    let (run_toks, words) = (&run_toks[from..], words[from..].to_vec());
    let [first, .., last] = words[..] else { return None };
    // "Glen Wood, Vice President of …": a title leading a listed run is a role, as is a post
    // ending it ("Kurt Viermetz, Worldwide Treasurer of …", [`names_a_post`]), and a titled
    // name is no list's to take; "E.F. Hutton", "J.P. Morgan": a known firm.
    if lex.title_len(&words) > 0 || names_a_post(&words, lex) || lex.find_organization(&words.join(" ")).is_some() {
        return None;
    }
    let initial = is_initial(first, lex);
    // "G Thomas", "J. David Lyons": an initial, perhaps a given name, and a surname.
    let initialled = initial && (words.len() == 2 || lex.is_given_name(words[1]));
    let named = if initial { initialled && plain_surname(last, lex) } else { unknown_name(first, last, lex) };
    let surname_words = &words[usize::from(initial)..];
    let person = words.len() <= 3 && named && !looks_like_organization(surname_words, lex);
    person.then(|| Candidate::listed(run_toks[0].start, words))
}

/// True when the lone word of the run `start..end` of `toks` is no one's name there, though
/// a list holds it: it qualifies the words after it ("and Oscar nominee Alan Alda", "and
/// Oscar winner Adrien Brody": a lower-case word, not a list's conjunction, before a
/// capitalised one, or a role or organisation noun), is a thing's ("The Hague", after an
/// article), or opens a longer name ("Prince of Persia"), or is an owner ("Usher's").
fn lone_word_qualifies(toks: &[Token<'_>], start: usize, end: usize, lex: &Lexicon) -> bool {
    let lower = |t: &Token<'_>| t.word && t.text.starts_with(char::is_lowercase);
    let qualifies = toks.get(end).filter(|t| lower(t)).is_some_and(|t| {
        let before_name =
            !word_classes::LIST_CONJUNCTIONS.contains(&t.text) && toks.get(end + 1).is_some_and(Token::is_capitalized);
        before_name || t.text == "of" || lex.is_role_noun(t.text) || lex.is_org_word(t.text)
    });
    let after_article =
        start.checked_sub(1).is_some_and(|i| word_classes::ARTICLES.contains(&toks[i].text.to_lowercase().as_str()));
    qualifies || after_article || toks[end - 1].is_possessive()
}
