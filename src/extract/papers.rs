//! The newspapers and magazines an article names, and where it writes a word of a paper,
//! found in one pass over its tokens: what "the paper says" refers back to
//! (`resolve::paper_named`) without a scan of the text per quotation.

use super::tokens::Token;
use crate::lexicon::{Lexicon, word_classes};

/// The most words of a paper's name read next to its noun ("Shenzhen Economic Zone Daily").
const NAME_WORDS: usize = 4;

/// Lower-case words inside a paper's name, between two capitalised words ("Welt am Sonntag").
const NAME_JOINS: &[&str] = &["am", "on", "of", "de", "del", "la", "le", "du"];

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
    /// knows for one, "FT"); never a country ("a Spanish newspaper").
    pub fn new(toks: &[Token<'_>], lex: &Lexicon) -> Papers {
        let mut papers = Papers::default();
        let capitalised = |i: usize| toks.get(i).is_some_and(Token::is_capitalized);
        let joined = |from: usize, to: usize| {
            let from = if toks[from].text == "The" && from + 1 < to { from + 1 } else { from };
            let words: Vec<&str> = toks[from..to].iter().map(|t| t.base()).collect();
            (toks[from].start, words.join(" "))
        };
        let country = |name: &str| lex.find_country(name).is_some() || lex.is_demonym(name);
        let mut apposed = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if !t.word {
                continue;
            }
            let lower = t.text.to_lowercase();
            let as_noun = t.text == lower;
            // "Spanish daily ABC", "US magazine Rolling Stone's list".
            if as_noun && word_classes::PRESS_NOUNS_BEFORE.contains(&lower.as_str()) && capitalised(i + 1) {
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
                    if !country(&name) && !day {
                        papers.names.push(Paper { start, name, magazine: lower == "magazine" });
                        apposed.push(t.start);
                        continue;
                    }
                }
            }
            // "Vedomosti newspaper reported", "the Guardian newspaper".
            if as_noun && word_classes::PRESS_NOUNS_AFTER.contains(&lower.as_str()) && i > 0 && capitalised(i - 1) {
                // Not "The" alone: "The magazine has compiled …" names none.
                let first = (i.saturating_sub(NAME_WORDS)..i)
                    .rev()
                    .take_while(|&j| capitalised(j) && toks[j].text != "The")
                    .last();
                if let Some(first) = first {
                    let (start, name) = joined(first, i);
                    if !country(&name) && !toks[i - 1].is_possessive() {
                        papers.names.push(Paper { start, name, magazine: lower == "magazine" });
                        apposed.push(t.start);
                        continue;
                    }
                }
            }
            if as_noun && word_classes::PAPER_WORDS.contains(&lower.as_str()) {
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
        papers.words.retain(|(at, _)| !apposed.contains(at));
        papers
    }
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
    // A country's name after it belongs to the paper ("Financial Times Deutschland"); any
    // other capitalised word makes it another name ("Times Square", "Post Office").
    let mut end = i + 1;
    if capitalised(end) {
        lex.find_country(toks[end].base())?;
        end += 1;
    }
    let first =
        (i.saturating_sub(NAME_WORDS - 1)..i).rev().take_while(|&j| capitalised(j) && toks[j].text != "The").last();
    let first = first.unwrap_or(i);
    let after_the = first > 0 && toks[first - 1].text.eq_ignore_ascii_case("the");
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
