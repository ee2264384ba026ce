//! Answers about one word of an article that need a scan of its whole text ("does it write
//! "club" in lower case?", "which organisation does "Merrill" open?", "where is an unnamed
//! "full-back" first brought in?"), each scan done once per word and article: asked again at
//! every mention or quotation, they made resolution quadratic in a long article that repeats a
//! speaker's name (issue 16's reviews). The scans themselves read only where the word is
//! written, from an index of the article's words built once: scanning the whole text once
//! per distinct word was still quadratic in an article of many distinct names.

use super::papers::Papers;
use super::persons::PersonIndex;
use super::phrases::COMPANY_SUFFIXES;
use super::tokens::Token;
use crate::lexicon::{Lexicon, word_classes};
use foldhash::HashMap;
use std::cell::{Cell, OnceCell, RefCell};

/// The most words after a short form that an organisation's name holds ("Manufacturers
/// Hanover Trust Co" is four).
const ORGANIZATION_WORDS: usize = 4;

/// The most words between "a" and the head of an unnamed source's description ("a
/// prominent Republican National Committee member").
const SOURCE_LEAD_WORDS: usize = 6;

/// Where a word opens a known organisation: the word's start, and the organisations its
/// first words name with the end of their last word, longest first.
struct Opening {
    start: usize,
    names: Vec<(usize, String)>,
}

/// How many questions search an article's text itself before its words are indexed: a
/// search costs less than the index for the few words most articles ask about, the index
/// keeps an article of many distinct names linear.
const DIRECT_SCANS: usize = 24;

/// An article's answers per word, found when first asked for.
pub struct WordScans<'a> {
    body: &'a str,
    /// Each word of the body (a longest run of letters and digits) -> where it starts, in
    /// order: built once `DIRECT_SCANS` questions have searched the text itself.
    words: OnceCell<HashMap<&'a str, Vec<usize>>>,
    /// How many questions have searched the text itself.
    scans: Cell<usize>,
    proper: RefCell<HashMap<String, bool>>,
    openings: RefCell<HashMap<String, Vec<Opening>>>,
    /// Where an owner is followed by a company suffix ("Chrysler Corp"): the suffix's end.
    companies: RefCell<HashMap<String, Vec<usize>>>,
    /// A role's head as written -> the byte where its first introduction as an unnamed
    /// source ("a Sale full-back") ends, if any.
    introductions: RefCell<HashMap<String, Option<usize>>>,
    /// A word -> where it stands after a lower-case word ("… that Wimpey's profit …").
    after_lower_case: RefCell<HashMap<String, Vec<usize>>>,
    /// A word -> whether it is written right before a capitalised word somewhere.
    opens_longer: RefCell<HashMap<String, bool>>,
    /// A word and the words of its lead, joined by spaces -> whether the word is written
    /// apart from its lead somewhere.
    apart: RefCell<HashMap<String, bool>>,
    /// A phrase -> whether the article writes it as whole words.
    written: RefCell<HashMap<String, bool>>,
    /// The papers the article names and its paper words, read once when first asked for.
    papers: OnceCell<Papers>,
}

impl<'a> WordScans<'a> {
    /// No answers yet about the words of `body`.
    pub fn new(body: &'a str) -> WordScans<'a> {
        WordScans {
            body,
            words: OnceCell::new(),
            scans: Cell::new(0),
            proper: RefCell::default(),
            openings: RefCell::default(),
            companies: RefCell::default(),
            introductions: RefCell::default(),
            after_lower_case: RefCell::default(),
            opens_longer: RefCell::default(),
            apart: RefCell::default(),
            written: RefCell::default(),
            papers: OnceCell::new(),
        }
    }

    /// The newspapers and magazines the article names and where it writes a paper's word
    /// ("Spanish daily ABC", "the FT", "a position paper"), read from its tokens `toks` once;
    /// `persons`, its people, are no paper ("told the newspaper Mr Smith had lied").
    pub fn papers(&self, toks: &[Token<'_>], lex: &Lexicon, persons: &PersonIndex) -> &Papers {
        self.papers.get_or_init(|| Papers::new(toks, lex, persons))
    }

    /// True when `word` is a name only: no party label, no word of organisations' names, no
    /// word that is never a name, and not written in lower case in the article.
    pub fn is_proper(&self, word: &str, lex: &Lexicon) -> bool {
        if let Some(&known) = self.proper.borrow().get(word) {
            return known;
        }
        let body = self.body;
        let lower = word.to_lowercase();
        let proper = !word_classes::PARTY_LABELS.contains(&word)
            && !lex.is_org_word(&lower)
            && !lex.is_not_name(&lower)
            && !self.starts_of(&lower).into_iter().any(|i| {
                let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                bounded(body[..i].chars().next_back()) && bounded(body[i + lower.len()..].chars().next())
            });
        self.proper.borrow_mut().insert(word.to_owned(), proper);
        proper
    }

    /// The known organisation whose name `word` opens at its last mention ending before
    /// byte `at`, if any: "Merrill" in a text naming "Merrill Lynch" before.
    pub fn organization_opened_by(&self, word: &str, at: usize, lex: &Lexicon) -> Option<String> {
        let mut openings = self.openings.borrow_mut();
        let found =
            openings.entry(word.to_owned()).or_insert_with(|| openings_of(self.body, &self.starts_of(word), word, lex));
        found
            .iter()
            .rev()
            .filter(|o| o.start + word.len() <= at)
            .find_map(|o| o.names.iter().find(|(end, _)| *end <= at).map(|(_, name)| name.clone()))
    }

    /// True when the article names `owner` as a company ("Chrysler Corp") before byte `at`.
    pub fn company_named(&self, owner: &str, at: usize) -> bool {
        let mut companies = self.companies.borrow_mut();
        let ends =
            companies.entry(owner.to_owned()).or_insert_with(|| company_ends(self.body, &self.starts_of(owner), owner));
        ends.first().is_some_and(|&end| end <= at)
    }

    /// True when the text before byte `at` brings in an unnamed source whose description
    /// ends in `head`, led by "a", "an" or "one" within `SOURCE_LEAD_WORDS` words before it
    /// and no punctuation between ("said a prominent Republican National Committee member"
    /// before "the RNC member said"): a definite description ("the Sale full-back said") is
    /// then that source again, not a person named before it. The head ends its phrase: not
    /// "A chief constable" for "the police chief" (the word after it is read in the whole text).
    pub fn introduced_before(&self, head: &str, at: usize, lex: &Lexicon) -> bool {
        let mut introductions = self.introductions.borrow_mut();
        let end = *introductions
            .entry(head.to_owned())
            .or_insert_with(|| first_introduction(self.body, &self.starts_of(head), head, lex));
        end.is_some_and(|end| end < at)
    }

    /// True when the article writes `phrase` somewhere, as whole words.
    pub fn writes(&self, phrase: &str) -> bool {
        if let Some(&known) = self.written.borrow().get(phrase) {
            return known;
        }
        let found = !self.starts_of(phrase).is_empty();
        self.written.borrow_mut().insert(phrase.to_owned(), found);
        found
    }

    /// True when `word` is written somewhere right before a capitalised word, white space
    /// between ("Honda American Manufacturing Co"): the first word of a longer name.
    pub fn opens_longer_name(&self, word: &str) -> bool {
        let mut found = self.opens_longer.borrow_mut();
        *found.entry(word.to_owned()).or_insert_with(|| {
            let body = self.body;
            self.starts_of(word).into_iter().any(|i| {
                let after = &body[i + word.len()..];
                let next = after.trim_start();
                let gap = &after[..after.len() - next.len()];
                !gap.is_empty() && !gap.contains("\n\n") && next.starts_with(char::is_uppercase)
            })
        })
    }

    /// True when `word` is written right after a lower-case word somewhere but at byte
    /// `except`: written as a name in mid-sentence ("… that Wimpey's profit …").
    pub fn after_lower_case(&self, word: &str, except: usize) -> bool {
        let mut found = self.after_lower_case.borrow_mut();
        let starts = found.entry(word.to_owned()).or_insert_with(|| {
            let body = self.body;
            self.starts_of(word).into_iter().filter(|&i| body[..i].trim_end().ends_with(char::is_lowercase)).collect()
        });
        starts.iter().any(|&i| i != except)
    }

    /// True when `word` is written somewhere not right after the words `lead` (white space
    /// between them or none): "Mandelson said" after "Tony Blair's Peter Mandelson", where
    /// `lead` is ["Peter"], names the man alone, as a work's title repeated whole does not.
    /// Each word and lead is answered once, reading the word's mentions: a run repeated
    /// costs its mentions once, not once a mention. A lead word counts only as a whole word
    /// ("SaltPeter Mandelson" is no "Peter Mandelson").
    pub fn written_apart(&self, word: &str, lead: &[&str]) -> bool {
        let key = format!("{word} {}", lead.join(" "));
        if let Some(&known) = self.apart.borrow().get(&key) {
            return known;
        }
        let body = self.body;
        let apart = self.starts_of(word).into_iter().any(|i| {
            let mut before = &body[..i];
            !lead.iter().rev().all(|w| match before.trim_end().strip_suffix(w) {
                Some(rest) if !rest.ends_with(char::is_alphanumeric) => {
                    before = rest;
                    true
                }
                _ => false,
            })
        });
        self.apart.borrow_mut().insert(key, apart);
        apart
    }

    /// Where `pattern` is written as whole words (not inside a longer word at either end),
    /// in order: read from the index of the body's words, so finding a word costs its
    /// mentions, not the length of the text. The pattern's rarest word stands for it
    /// ("Kakaka" for "Jean-Kakaka", not "Jean", which thousands of names may share). A
    /// pattern without a letter or digit is searched for.
    fn starts_of(&self, pattern: &str) -> Vec<usize> {
        let body = self.body;
        if !pattern.contains(char::is_alphanumeric) {
            return body.match_indices(pattern).map(|(i, _)| i).collect();
        }
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let (opens, closes) = (alnum(pattern.chars().next()), alnum(pattern.chars().next_back()));
        let inside = |i: usize| {
            (opens && alnum(body[..i].chars().next_back()))
                || (closes && alnum(body[i + pattern.len()..].chars().next()))
        };
        // The first questions search the text itself, which costs less than indexing its
        // words; past `DIRECT_SCANS` of them the index answers, so that many distinct words
        // cost their mentions only.
        if self.words.get().is_none() && self.scans.get() < DIRECT_SCANS {
            self.scans.set(self.scans.get() + 1);
            let step = pattern.chars().next().map_or(1, char::len_utf8);
            let mut found = Vec::new();
            let mut from = 0;
            while let Some(p) = body[from..].find(pattern) {
                let i = from + p;
                if !inside(i) {
                    found.push(i);
                }
                from = i + step;
            }
            return found;
        }
        let words = self.words.get_or_init(|| index_words(body));
        let mut rarest: Option<(usize, &Vec<usize>)> = None;
        for (off, run) in runs(pattern) {
            let Some(starts) = words.get(run) else { return Vec::new() };
            if rarest.is_none_or(|(_, r)| starts.len() < r.len()) {
                rarest = Some((off, starts));
            }
        }
        let Some((off, starts)) = rarest else { return Vec::new() };
        starts
            .iter()
            .filter_map(|&s| s.checked_sub(off))
            .filter(|&i| body.as_bytes()[i..].starts_with(pattern.as_bytes()) && !inside(i))
            .collect()
    }
}

/// The runs of letters and digits of `text`, each with where it starts.
fn runs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .scan(0, |at, run| {
            let start = *at;
            *at += run.len() + text[start + run.len()..].chars().next().map_or(0, char::len_utf8);
            Some((start, run))
        })
        .filter(|(_, run)| !run.is_empty())
}

/// Each longest run of letters and digits of `body` -> where it starts, in order.
fn index_words(body: &str) -> HashMap<&str, Vec<usize>> {
    let mut words: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut start = None;
    for (i, c) in body.char_indices().chain(std::iter::once((body.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.entry(&body[s..i]).or_default().push(s);
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Every place of `body` where `word`, written at `starts`, opens a known organisation.
fn openings_of(body: &str, starts: &[usize], word: &str, lex: &Lexicon) -> Vec<Opening> {
    starts
        .iter()
        .copied()
        .filter(|&i| body[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        .filter_map(|i| {
            let rest = &body[i..];
            let words: Vec<(usize, &str)> = rest
                .split(char::is_whitespace)
                .scan(i, |at, w| {
                    let start = *at;
                    *at += w.len() + rest[*at - i + w.len()..].chars().next().map_or(0, char::len_utf8);
                    Some((start + w.len(), w))
                })
                .filter(|(_, w)| !w.is_empty())
                .take(ORGANIZATION_WORDS)
                .map(|(end, w)| (end, w.trim_end_matches(|c: char| !c.is_alphanumeric())))
                .collect();
            if words.first().map(|(_, w)| *w) != Some(word) {
                return None;
            }
            let names: Vec<(usize, String)> = (2..=words.len())
                .rev()
                .filter_map(|k| {
                    let joined = words[..k].iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
                    lex.find_organization(&joined).map(|org| (words[k - 1].0, org.to_owned()))
                })
                .collect();
            (!names.is_empty()).then_some(Opening { start: i, names })
        })
        .collect()
}

/// The ends of the company suffixes that follow `owner`, written at `starts` of `body`
/// ("Chrysler Corp."), in order.
fn company_ends(body: &str, starts: &[usize], owner: &str) -> Vec<usize> {
    starts
        .iter()
        .filter_map(|&i| {
            let starts_word = body[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = i + owner.len();
            let rest = body[after..].strip_prefix(' ')?;
            let next = rest.split_whitespace().next()?;
            let end = after + 1 + (rest.len() - rest.trim_start().len()) + next.len();
            (starts_word && COMPANY_SUFFIXES.contains(&next.trim_end_matches(['.', ',']))).then_some(end)
        })
        .collect()
}

/// The byte where the head of the first introduction of `head` (written at `starts` of
/// `body`) ends.
fn first_introduction(body: &str, starts: &[usize], head: &str, lex: &Lexicon) -> Option<usize> {
    if head.is_empty() {
        return None;
    }
    starts.iter().find_map(|&i| {
        let after = &body[i + head.len()..];
        let next = after.split_whitespace().next().unwrap_or_default();
        let ends = after.starts_with(|c: char| !c.is_alphanumeric()) && !lex.is_role_noun(&next.to_lowercase());
        let words = body[..i].split_whitespace().rev().take(SOURCE_LEAD_WORDS);
        let mut unbroken = words.take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '\''));
        let led = unbroken.any(|w| word_classes::INDEFINITE_LEADS.contains(&w.to_lowercase().as_str()));
        (ends && body[..i].ends_with(char::is_whitespace) && led).then_some(i + head.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    #[test]
    fn searching_the_text_and_reading_the_index_find_the_same_places() {
        let body = "Jean-Paul Kakaka met Kakakas. A A A. jean-paul said Jean-Paul Kakaka agreed, Kakaka.";
        for pattern in ["Kakaka", "Jean-Paul Kakaka", "A A", "jean", "Paul", "-", "Kaka"] {
            let scans = WordScans::new(body);
            let direct = scans.starts_of(pattern);
            scans.scans.set(DIRECT_SCANS);
            assert_eq!(direct, scans.starts_of(pattern), "{pattern}");
            assert!(scans.words.get().is_some() || !pattern.contains(char::is_alphanumeric));
        }
    }

    #[test]
    fn a_short_form_opens_the_last_organisation_named_before_it() {
        let body = "Merrill said no. Merrill Lynch & Co sold shares. Then Merrill said more.";
        let scans = WordScans::new(body);
        let later = body.rfind("Merrill said").unwrap();
        assert_eq!(scans.organization_opened_by("Merrill", 0, lexicon()), None);
        assert_eq!(scans.organization_opened_by("Merrill", later, lexicon()).as_deref(), Some("Merrill Lynch"));
        // Asked twice, the answer is the same.
        assert_eq!(scans.organization_opened_by("Merrill", later, lexicon()).as_deref(), Some("Merrill Lynch"));
    }

    #[test]
    fn a_word_before_another_capitalised_word_opens_a_longer_name() {
        let scans = WordScans::new("Honda\n  American Manufacturing said. Honda's output rose, Slifer said.\n\nToday");
        assert!(scans.opens_longer_name("Honda"));
        // A possessive, a verb after it, or a blank line before the next word: no longer name.
        assert!(!scans.opens_longer_name("Slifer"));
        assert!(!scans.opens_longer_name("output"));
    }

    #[test]
    fn a_pattern_is_found_where_it_is_written_as_whole_words() {
        let scans = WordScans::new("Wimpeys and Wimpey's profit; O'Neill met McWimpey. Wimpey");
        assert_eq!(scans.starts_of("Wimpey"), vec![12, 51]);
        assert_eq!(scans.starts_of("Wimpey's"), vec![12]);
        assert_eq!(scans.starts_of("'Neill"), vec![30]);
        assert_eq!(scans.starts_of("Lynch"), Vec::<usize>::new());
        let scans = WordScans::new("Jean-Kakaka, Jean-Lokaka and XJean-Kakaka left; Jean-Kakakas");
        assert_eq!(scans.starts_of("Jean-Kakaka"), vec![0]);
        assert_eq!(scans.starts_of("-Kakaka"), vec![4, 34]);
        assert_eq!(scans.starts_of("Kakaka,"), vec![5]);
    }

    #[test]
    fn a_word_is_written_apart_where_other_words_than_its_lead_come_before_it() {
        let scans = WordScans::new("Tony Blair's Peter Mandelson left. Mandelson said no.");
        assert!(scans.written_apart("Mandelson", &["Peter"]));
        let scans = WordScans::new("Mike Leigh's Vera Drake won. Vera\nDrake, of The Life of Vera Drake, was cheap.");
        assert!(!scans.written_apart("Drake", &["Vera"]));
        assert!(scans.written_apart("Drake", &["of", "Vera"]));
        assert!(!scans.written_apart("Lynch", &["Merrill"]));
        let scans = WordScans::new("Tony Blair's Peter Mandelson left. SaltPeter Mandelson came.");
        assert!(scans.written_apart("Mandelson", &["Peter"]));
        assert!(scans.written_apart("Mandelson", &["Peter"]));
    }

    #[test]
    fn a_company_counts_only_once_named() {
        let body = "Chrysler executives met. Chrysler Corp. sold cars.";
        let scans = WordScans::new(body);
        assert!(!scans.company_named("Chrysler", body.find("Corp").unwrap()));
        assert!(scans.company_named("Chrysler", body.len()));
    }

    #[test]
    fn a_word_the_article_writes_in_lower_case_is_no_name_only() {
        let scans = WordScans::new("The State said so. It is a state secret. Merrill agreed.");
        assert!(!scans.is_proper("State", lexicon()));
        assert!(scans.is_proper("Merrill", lexicon()));
        assert!(scans.is_proper("Merrill", lexicon()));
    }

    #[test]
    fn a_word_after_a_lower_case_word_is_written_mid_sentence_only_elsewhere() {
        let body = "Wimpey reported a profit. Analysts said that Wimpey gained.";
        let scans = WordScans::new(body);
        let mid = body.rfind("Wimpey").unwrap_or(0);
        assert!(scans.after_lower_case("Wimpey", 0));
        assert!(!scans.after_lower_case("Wimpey", mid));
        assert!(!scans.after_lower_case("Analysts", 0));
    }

    #[test]
    fn an_introduction_counts_only_before_the_description() {
        let body = "Jason Robinson spoke. A Sale full-back said no. The Sale full-back said yes.";
        let scans = WordScans::new(body);
        let lex = lexicon();
        let second = body.find("The Sale").unwrap_or(0);
        assert!(scans.introduced_before("full-back", second, lex));
        assert!(!scans.introduced_before("full-back", body.find("A Sale").unwrap_or(0), lex));
        assert!(!scans.introduced_before("spokesman", second, lex));
    }

    #[test]
    fn a_head_that_does_not_end_its_phrase_or_follows_punctuation_is_none() {
        let lex = lexicon();
        let body = "A chief constable spoke. A man, chief of staff, left. the chief said";
        let scans = WordScans::new(body);
        assert!(!scans.introduced_before("chief", body.len(), lex));
        let body = "a senior party official spoke. The official said";
        assert!(WordScans::new(body).introduced_before("official", body.len(), lex));
    }
}
