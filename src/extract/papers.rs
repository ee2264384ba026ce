//! The newspapers and magazines an article names, and where it writes a word of a paper,
//! found in one pass over its tokens: what "the paper says" refers back to
//! (`resolve::paper_named`) without a scan of the text per quotation.

use super::persons::PersonIndex;
use super::tokens::Token;
use crate::lexicon::{Lexicon, word_classes};

/// The most words of a paper's name read next to its noun ("Shenzhen Economic Zone Daily").
const NAME_WORDS: usize = 4;

/// Lower-case words inside a paper's name, between two capitalised words ("Welt am Sonntag").
const NAME_JOINS: &[&str] = &["am", "on", "of", "de", "del", "della", "di", "da", "la", "le", "du", "des"];

/// Lower-case words that may follow a paper's name after "daily" or "weekly", besides a
/// reporting verb ("Spanish daily ABC accuses", "the daily El Pais on Monday"): any other
/// makes the name a noun's modifier ("the daily Brent crude price", "the weekly Treasury
/// Bill rate").
const DAILY_FOLLOWERS: &[&str] = &["on", "in", "and", "that", "which", "has", "had", "is", "was", "also"];

/// First words that are no part of a paper's name before it ("The", "An Independent
/// candidate").
const NAME_DETERMINERS: &[&str] = &["The", "A", "An"];

/// One mention of a paper: where its name starts, its name, and whether the article calls it
/// a magazine.
#[derive(Debug, Clone)]
pub struct Paper {
    /// Byte offset of the name's first word.
    pub start: usize,
    /// The name as written, a leading "The" and a possessive dropped ("Rolling Stone").
    pub name: String,
    /// True when the article calls it a magazine ("US magazine Rolling Stone").
    pub magazine: bool,
}

/// An article's papers and paper words, in text order.
#[derive(Debug, Default)]
pub struct Papers {
    /// Each mention of a paper's name.
    pub names: Vec<Paper>,
    /// Each word of `[paper_words]` outside a paper's mention: its offset and whether it is a
    /// bare definite description in the singular ("the paper", "The newspaper"), which may
    /// itself refer back to the paper.
    pub words: Vec<(usize, bool)>,
}

impl Papers {
    /// Reads the tokens `toks` of an article once. A paper is named when the article gives
    /// the name its noun, before ("Spanish daily ABC", "the newspaper Granma") or after it
    /// ("Vedomosti newspaper", "Newsweek magazine"), or writes a newspaper's name
    /// ("Financial Times", "Wall Street Journal", "the Guardian"; an acronym the gazetteer
    /// knows for one, "FT"); never a country ("a Spanish newspaper"), and never, after its
    /// noun, a name that `not_press` finds is someone's or something else's ("told the
    /// newspaper Mr Smith had lied", "told the magazine Microsoft had held talks").
    pub fn new(toks: &[Token<'_>], lex: &Lexicon, persons: &PersonIndex) -> Papers {
        let mut papers = Papers::default();
        let capitalised = |i: usize| toks.get(i).is_some_and(Token::is_capitalized);
        let joined = |from: usize, to: usize| {
            let from = if toks[from].text == "The" && from + 1 < to { from + 1 } else { from };
            let words: Vec<&str> = toks[from..to].iter().map(|t| t.base()).collect();
            (toks[from].start, words.join(" "))
        };
        let country = |name: &str| lex.find_country(name).is_some() || lex.is_demonym(name);
        for (i, t) in toks.iter().enumerate() {
            if !t.word {
                continue;
            }
            // A press noun is written in lower case ("daily", "newspaper"); only then is it
            // looked up, and as written.
            let lower = t.text;
            let as_noun = !lower.chars().any(char::is_uppercase);
            // "Spanish daily ABC", "US magazine Rolling Stone's list".
            if as_noun && word_classes::PRESS_NOUNS_BEFORE.contains(&lower) && capitalised(i + 1) {
                // "Welt am Sonntag", "Mail on Sunday": a word that joins two of a name's.
                let joins = |j: usize| NAME_JOINS.contains(&toks[j].text) && capitalised(j + 1);
                let end = (i + 1..toks.len().min(i + 1 + NAME_WORDS))
                    .take_while(|&j| capitalised(j) || joins(j))
                    .filter(|&j| capitalised(j))
                    .last();
                if let Some(end) = end {
                    let (start, name) = joined(i + 1, end + 1);
                    // Not "daily Monday to Friday": an adverb before a day.
                    let day = word_classes::TIME_WORDS.contains(&toks[i + 1].text.to_lowercase().as_str());
                    // Not "the daily Brent crude price": a name an adjective's noun follows.
                    let modifier = (lower == "daily" || lower == "weekly") && before_noun(toks, end, lex);
                    let other = day || modifier || told_of(toks, i, end) || country(&name);
                    if !other && !not_press(&toks[i + 1..=end], &name, lex, persons) {
                        papers.names.push(Paper { start, name, magazine: lower == "magazine" });
                        continue;
                    }
                }
            }
            // "Vedomosti newspaper reported", "the Guardian newspaper".
            if as_noun && word_classes::PRESS_NOUNS_AFTER.contains(&lower) && i > 0 && capitalised(i - 1) {
                // Not "The" alone: "The magazine has compiled …" names none.
                let first = (i.saturating_sub(NAME_WORDS)..i).rev().take_while(|&j| in_name(toks, j)).last();
                if let Some(first) = first {
                    let (start, name) = joined(first, i);
                    if !country(&name)
                        && !toks[i - 1].is_possessive()
                        && !not_press(&toks[first..i], &name, lex, persons)
                    {
                        papers.names.push(Paper { start, name, magazine: lower == "magazine" });
                        continue;
                    }
                }
            }
            if as_noun && word_classes::PAPER_WORDS.contains(&lower) {
                let the = i > 0 && toks[i - 1].text.eq_ignore_ascii_case("the");
                let singular = !lower.ends_with('s');
                papers.words.push((t.start, the && singular && !capitalised(i + 1)));
                continue;
            }
            if let Some(paper) = press_name(toks, i, lex) {
                papers.names.push(paper);
            }
        }
        papers.names.sort_by_key(|p| p.start);
        papers.names.dedup_by_key(|p| p.start);
        papers
    }
}

/// True when the press noun at `toks[i]` is the one told something and the capitalised
/// words after it, to `end`, open what it was told: "told the newspaper Tesco would cut
/// prices", "told the paper Moscow had agreed" (a verb in lower case after the name); not
/// "told the newspaper Le Monde that …" nor "told the newspaper Le Monde on Monday".
fn told_of(toks: &[Token<'_>], i: usize, end: usize) -> bool {
    let told = i >= 2
        && toks[i - 1].text.eq_ignore_ascii_case("the")
        && word_classes::ADDRESSED_VERBS.contains(&toks[i - 2].text);
    told && lower_case_after(toks, end)
        .is_some_and(|n| !matches!(n, "that" | "on" | "in" | "last" | "this" | "earlier"))
}

/// The word in lower case right after the name that ends at token `end`, if one follows it.
fn lower_case_after<'a>(toks: &[Token<'a>], end: usize) -> Option<&'a str> {
    toks.get(end + 1).filter(|n| n.word && !n.is_capitalized()).map(|n| n.text)
}

/// The newspaper whose name ends at token `i` ("Financial Times", "the Guardian", "Wall
/// Street Journal (WSJ)", "FT"), if any: a word of `[press_name_ends]` that ends a run of
/// capitalised words (or is followed by a country's, "Financial Times Deutschland"), of two
/// words or more, or one of `[single_press_names]` after "the"; or an acronym the gazetteer
/// knows for such a name.
fn press_name(toks: &[Token<'_>], i: usize, lex: &Lexicon) -> Option<Paper> {
    let t = &toks[i];
    let capitalised = |j: usize| toks.get(j).is_some_and(Token::is_capitalized);
    let ends_in_press =
        |name: &str| name.rsplit(' ').next().is_some_and(|w| word_classes::PRESS_NAME_ENDS.contains(&w));
    // "FT", "WSJ": an acronym of a newspaper the gazetteer knows.
    if t.text.len() > 1 && t.text.chars().all(|c| c.is_ascii_uppercase()) {
        let known = lex.find_organization(t.text).filter(|org| ends_in_press(org))?;
        return Some(Paper { start: t.start, name: known.to_owned(), magazine: false });
    }
    if !word_classes::PRESS_NAME_ENDS.contains(&t.base()) {
        return None;
    }
    // A country's name after it belongs to the paper ("Financial Times Deutschland", "The
    // Times of India"); any other capitalised word makes it another name ("Times Square",
    // "Post Office", "the Herald of Free Enterprise").
    let mut end = i + 1;
    if toks.get(end).is_some_and(|n| n.text == "of") && capitalised(end + 1) {
        end += 1;
    }
    if capitalised(end) {
        lex.find_country(toks[end].base())?;
        end += 1;
    }
    let first = (i.saturating_sub(NAME_WORDS - 1)..i).rev().take_while(|&j| in_name(toks, j)).last();
    let first = first.unwrap_or(i);
    // "the Guardian", or a day's paper: "Monday's Guardian".
    let after_the = first > 0
        && (toks[first - 1].text.eq_ignore_ascii_case("the")
            || (toks[first - 1].is_possessive()
                && word_classes::TIME_WORDS.contains(&toks[first - 1].base().to_lowercase().as_str())));
    if first == i && !(after_the && word_classes::SINGLE_PRESS_NAMES.contains(&t.base())) {
        return None;
    }
    let words: Vec<&str> = toks[first..end].iter().map(|t| t.base()).collect();
    let name = words.join(" ");
    let known = lex.find_organization(&name).filter(|org| ends_in_press(org));
    // "Royal Mail", "American Express": an end other names share makes a paper only when
    // the gazetteer knows the name as one or a paper's lead opens it ("Daily Mail").
    let shared = word_classes::SHARED_PRESS_ENDS.contains(&t.base());
    if shared && known.is_none() && !word_classes::PRESS_NAME_LEADS.contains(&words[0]) {
        return None;
    }
    let name = known.map_or(name, str::to_owned);
    Some(Paper { start: toks[first].start, name, magazine: false })
}

/// True when token `j` may be a word of a paper's name before its last: a capitalised word
/// that is no determiner ("The Guardian", "An Independent candidate") and no possessive,
/// which names the paper's owner or day ("Monday's Guardian").
fn in_name(toks: &[Token<'_>], j: usize) -> bool {
    let t = &toks[j];
    t.is_capitalized() && !NAME_DETERMINERS.contains(&t.text) && !t.is_possessive()
}

/// True when the capitalised run `words` (read as `name`) that a press noun stands next to is
/// not a paper's name: it opens with a title or a role ("told the newspaper Mr Smith had
/// lied", "The newspaper Editor John Smith resigned"), it or its end names a person the
/// article (`persons`) mentions elsewhere too ("John Smith … told the newspaper Smith had
/// lied"), or the gazetteer knows it as something other than an outlet ("told the magazine
/// Microsoft had held talks", "the weekly Federal Reserve figures"). A person read from this
/// run alone is no evidence: "Italian daily La Stampa accuses …" makes one of the paper.
fn not_press(run: &[Token<'_>], name: &str, lex: &Lexicon, persons: &PersonIndex) -> bool {
    let words: Vec<&str> = run.iter().map(Token::base).filter(|w| *w != "The").collect();
    let (Some(first), Some(last)) = (words.first(), run.last()) else { return true };
    let span = run[0].start..last.start + last.text.len();
    let elsewhere = |from: usize| {
        persons
            .resolve(&words[from..].join(" "), usize::MAX)
            .is_some_and(|person| persons.mentions_of_name(person).iter().any(|at| !span.contains(at)))
    };
    lex.title_len(&words) > 0
        || lex.is_role_noun(first)
        || lex.is_outlet(name) == Some(false)
        || (0..words.len()).any(elsewhere)
}

/// True when a lower-case word follows the name that ends at token `end` and is no reporting
/// verb nor one of [`DAILY_FOLLOWERS`]: after "daily" or "weekly" the name is a noun's
/// modifier then ("the daily Brent crude price"), not a paper's ("Spanish daily ABC accuses").
fn before_noun(toks: &[Token<'_>], end: usize, lex: &Lexicon) -> bool {
    lower_case_after(toks, end).is_some_and(|n| !DAILY_FOLLOWERS.contains(&n) && !lex.is_speech_verb(n))
}
