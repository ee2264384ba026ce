//! Countries named or implied in an article.
//!
//! The gazetteer of [`crate::lexicon`] finds names, aliases, demonyms, places and government
//! metonyms (case-sensitive, so "china" and "turkey" are not countries). This module adds
//! what a bare match cannot know:
//!
//! - the wire dateline at the head of a story ("WILTON, Conn., March 31 -", "TOKYO, March 3 -"),
//!   read without regard to case, its qualifier ("Conn.") taking precedence over the city;
//! - names that are also people's names ("Michael Jordan", "Chad Wolf", "Rep. Jordan");
//! - Georgia, the US state or the country, decided once per article from the words around it.
//!
//! Context is the whole article: mentions are found once in the body, and [`tags_within`] keeps the
//! mentions inside one passage.

use super::organizations::is_part_of_longer_name;
use crate::lexicon::{Lexicon, Place};
use crate::model::CountryTag;
use foldhash::HashSet;
use std::ops::Range;

/// Words that, anywhere in an article, point to the US state of Georgia.
const GEORGIA_STATE_CUES: &[&str] = crate::lexicon::word_classes::GEORGIA_STATE_CUES;

/// Words that, anywhere in an article, point to the country Georgia.
const GEORGIA_COUNTRY_CUES: &[&str] = crate::lexicon::word_classes::GEORGIA_COUNTRY_CUES;

/// Lower-case words after which a name-like place is the place: "in Jordan", "to Chad".
const LOCATIVE: &[&str] = crate::lexicon::word_classes::LOCATIVE_WORDS;

/// One reference to a country in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryMention {
    /// Byte range of the words that refer to it.
    pub span: Range<usize>,
    /// Index into [`Lexicon::countries`].
    pub country: usize,
    /// True for a place, dateline, metonym or organisation inside the country.
    pub implied: bool,
}

/// Countries named or implied in `text`, first mention first.
pub fn find_countries(text: &str, lex: &Lexicon) -> Vec<CountryTag> {
    tags(&country_mentions(text, lex), lex)
}

/// Countries of the `mentions` (found once for the whole article, in text order) that start
/// inside `range`: found by binary search, so tagging every passage stays linear.
pub fn tags_within(mentions: &[CountryMention], range: Range<usize>, lex: &Lexicon) -> Vec<CountryTag> {
    let from = mentions.partition_point(|m| m.span.start < range.start);
    let to = from + mentions[from..].partition_point(|m| m.span.start < range.end);
    tags(&mentions[from..to], lex)
}

/// Every reference to a country in `body`, in text order.
pub fn country_mentions(body: &str, lex: &Lexicon) -> Vec<CountryMention> {
    country_mentions_in_matches(body, &lex.find_places(body), lex)
}

/// [`country_mentions`] from gazetteer `matches` of the whole body found already.
pub fn country_mentions_in_matches(
    body: &str,
    matches: &[(Range<usize>, Place)],
    lex: &Lexicon,
) -> Vec<CountryMention> {
    let mut out = dateline(body, lex);
    let persons = name_like_persons(body, matches, lex);
    let mut georgia: Option<bool> = None; // the article's reading: true for the US state
    let us = lex.find_country("US").and_then(|c| lex.countries.iter().position(|x| x == c));
    // Spans that are (also) an organisation's, looked up per match instead of scanning all.
    let org_spans: HashSet<Range<usize>> =
        matches.iter().filter(|(_, p)| matches!(p, Place::Organization(_))).map(|(r, _)| r.clone()).collect();
    for (span, place) in matches {
        // An organisation that implies a country counts only where it is the organisation.
        if org_spans.contains(span) && is_part_of_longer_name(body, span.clone(), lex) {
            continue;
        }
        let (country, implied) = match *place {
            Place::Country(i) => (i, false),
            Place::Inside(i) => (i, true),
            Place::Organization(_) => continue,
        };
        let surface = &body[span.clone()];
        if lex.is_name_like_place(surface) && is_person(body, span.clone(), &persons, lex) {
            continue;
        }
        let (country, implied) = match us {
            Some(us) if lex.countries[country].code == "GE" && surface.starts_with("Georgia") => {
                if *georgia.get_or_insert_with(|| georgia_is_state(body)) { (us, true) } else { (country, implied) }
            }
            _ => (country, implied),
        };
        out.push(CountryMention { span: span.clone(), country, implied });
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// One tag per country, first mention first; implied only when never named.
fn tags(mentions: &[CountryMention], lex: &Lexicon) -> Vec<CountryTag> {
    let mut out: Vec<CountryTag> = Vec::new();
    for m in mentions {
        let country = &lex.countries[m.country];
        match out.iter_mut().find(|c| c.code == country.code) {
            Some(existing) => existing.implied &= m.implied,
            None => out.push(CountryTag { code: country.code.clone(), name: country.name.clone(), implied: m.implied }),
        }
    }
    out
}

/// The places of a wire dateline at the head of `body`: "WILTON, Conn., March 31 - ",
/// "TOKYO, March 3 - ", "WASHINGTON (AP) — ". The city must be in capitals; it and its
/// qualifiers are compared without regard to case. A qualifier that is known ("Conn.",
/// "Ontario") wins over the city, which may be ambiguous ("CAMBRIDGE, Mass.").
fn dateline(body: &str, lex: &Lexicon) -> Vec<CountryMention> {
    let start = body.len() - body.trim_start().len();
    let head = &body[start..];
    let line = &head[..head.find('\n').unwrap_or(head.len()).min(head.len())];
    let Some(dash) = ["- ", "— ", "– ", "--"].iter().filter_map(|d| line.find(d)).min() else {
        return Vec::new();
    };
    if dash > 100 {
        return Vec::new();
    }
    let mut parts: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    for piece in line[..dash].split(',') {
        let (lead, trimmed) = (piece.len() - piece.trim_start().len(), piece.trim());
        let trimmed = trimmed.split(" (").next().unwrap_or(trimmed).trim();
        parts.push(start + at + lead..start + at + lead + trimmed.len());
        at += piece.len() + 1;
    }
    let city = &body[parts[0].clone()];
    let letters: Vec<char> = city.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return Vec::new();
    }
    let qualifier = parts[1..].iter().find_map(|p| known_prefix(body, p.clone(), lex));
    let found = qualifier.or_else(|| lex.dateline_place(city).map(|place| (parts[0].clone(), place)));
    found
        .and_then(|(span, place)| match place {
            Place::Country(i) => Some(CountryMention { span, country: i, implied: false }),
            Place::Inside(i) => Some(CountryMention { span, country: i, implied: true }),
            Place::Organization(_) => None,
        })
        .into_iter()
        .collect()
}

/// The longest leading run of words of `body[part]` that names a place ("Va." in
/// "Va. Feb 26").
fn known_prefix(body: &str, part: Range<usize>, lex: &Lexicon) -> Option<(Range<usize>, Place)> {
    let text = &body[part.clone()];
    let ends: Vec<usize> =
        text.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(i, _)| i).chain([text.len()]).collect();
    ends.iter().rev().find_map(|&end| lex.dateline_place(&text[..end]).map(|p| (part.start..part.start + end, p)))
}

/// The name-like places ("Jordan") that the article uses as a person's name somewhere,
/// with a given name or title before them.
fn name_like_persons<'a>(body: &'a str, matches: &[(Range<usize>, Place)], lex: &Lexicon) -> HashSet<&'a str> {
    matches
        .iter()
        .map(|(span, _)| (span, &body[span.clone()]))
        .filter(|(span, surface)| lex.is_name_like_place(surface) && has_name_before(body, span.start, lex))
        .map(|(_, surface)| surface)
        .collect()
}

/// True when the name-like place at `span` is a person: a given name or title before it,
/// a surname after a given-name-like one ("Chad Wolf"), or the article's use of the word as a name and no "in"/"to" before.
fn is_person(body: &str, span: Range<usize>, persons: &HashSet<&str>, lex: &Lexicon) -> bool {
    let surface = &body[span.clone()];
    let surname_after = lex.is_given_name_like_place(surface) && has_surname_after(body, span.end, lex);
    if surname_after || has_name_before(body, span.start, lex) {
        return true;
    }
    persons.contains(surface)
        && !word_before(body, span.start).is_some_and(|w| LOCATIVE.contains(&w.to_lowercase().as_str()))
}

fn has_name_before(body: &str, at: usize, lex: &Lexicon) -> bool {
    word_before(body, at).is_some_and(|w| {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        capital && (lex.is_given_name(w) || (w.ends_with('.') && lex.title_len(&[w]) == 1))
    })
}

/// "Chad Wolf": a capitalised word after the name that is not a title, an organisation
/// word, a place or a word that never stands in a name ("Chad President", "Jordan River").
fn has_surname_after(body: &str, at: usize, lex: &Lexicon) -> bool {
    let Some(next) = word_after(body, at) else { return false };
    let mut chars = next.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let acronym = next.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    capital
        && !acronym
        && !next.contains('.')
        && lex.title_len(&[next]) == 0
        && !lex.is_org_word(next)
        && !lex.is_not_name(next)
        && !lex.is_speech_verb(next)
        && lex.find_places(next).is_empty()
        && lex.find_country(next).is_none()
}

/// The word right before `at`, with only spaces (no line break, no punctuation) between.
fn word_before(body: &str, at: usize) -> Option<&str> {
    let before = body[..at].strip_suffix(' ')?.trim_end_matches(' ');
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '-' | '\u{2019}')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some(&before[start..]).filter(|w| !w.is_empty())
}

/// The word right after `at`, with only spaces between.
fn word_after(body: &str, at: usize) -> Option<&str> {
    let after = body[at..].strip_prefix(' ')?.trim_start_matches(' ');
    let end = after
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '\u{2019}')))
        .map_or(after.len(), |(i, _)| i);
    Some(&after[..end]).filter(|w| !w.is_empty())
}

/// True when the article's Georgia is the US state: its cues outweigh the country's.
fn georgia_is_state(body: &str) -> bool {
    let count = |cues: &[&str]| cues.iter().filter(|c| contains_word(body, c)).count();
    count(GEORGIA_STATE_CUES) > count(GEORGIA_COUNTRY_CUES)
}

/// True when `word` occurs in `text` as a whole word (or words).
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    fn codes(text: &str) -> Vec<String> {
        find_countries(text, lexicon()).into_iter().map(|c| c.code).collect()
    }

    fn tagged(text: &str) -> Vec<(String, bool)> {
        find_countries(text, lexicon()).into_iter().map(|c| (c.code, c.implied)).collect()
    }

    #[test]
    fn names_aliases_demonyms_and_abbreviations() {
        assert_eq!(codes("Britain and Holland backed the Ivory Coast and Burma"), ["GB", "NL", "CI", "MM"]);
        assert_eq!(codes("Colombian, British and Venezuelan officials"), ["CO", "GB", "VE"]);
        assert_eq!(codes("the U.S., the U.K. and the UAE"), ["US", "GB", "AE"]);
    }

    #[test]
    fn initials_before_a_surname_are_no_country() {
        // "H.K." is a wire abbreviation, and a person's initials before a surname.
        assert!(codes("\"Prices will rise,\" said H.K. Chan, an analyst at the bank.").is_empty());
        assert!(codes("H.K. Porter said it would sell the unit").is_empty());
        assert_eq!(codes("the H.K. government said"), ["HK"]);
    }

    #[test]
    fn places_and_metonyms_are_implied() {
        assert_eq!(tagged("talks in Caracas and Bogotá"), [("VE".into(), true), ("CO".into(), true)]);
        assert_eq!(codes("Washington and the Kremlin traded barbs; Beijing was silent"), ["US", "RU", "CN"]);
        assert_eq!(tagged("a plant in Connecticut"), [("US".into(), true)]);
        assert_eq!(tagged("Bogotá, the capital of Colombia"), [("CO".into(), false)]);
    }

    #[test]
    fn wire_datelines_are_read_in_capitals() {
        assert_eq!(tagged("WILTON, Conn., March 31 - Perkin-Elmer said"), [("US".into(), true)]);
        assert_eq!(tagged("TOKYO, March 3 - The Bank said"), [("JP".into(), true)]);
        assert_eq!(tagged("DALLAS, Feb 26 - Oil prices"), [("US".into(), true)]);
        assert_eq!(tagged("CAMBRIDGE, Mass., March 2 - A firm"), [("US".into(), true)]);
        assert_eq!(tagged("COLUMBUS, IND., Feb 26 - Arvin"), [("US".into(), true)]);
        assert_eq!(codes("WASHINGTON (AP) — Lawmakers said"), ["US"]);
        assert_eq!(codes("KUWAIT, March 3 - Oil"), ["KW"]);
        // Only a dateline is read without regard to case.
        assert!(codes("The dallas office, and a tokyo one").is_empty());
        assert!(codes("UNITED NATIONS, March 3 - The council").is_empty());
    }

    #[test]
    fn names_split_across_lines_match() {
        assert_eq!(codes("exports to New\nZealand rose"), ["NZ"]);
        assert_eq!(codes("in Saudi  \n   Arabia"), ["SA"]);
    }

    #[test]
    fn regions_and_companies_are_not_the_country() {
        assert!(codes("Latin American debt and South America").is_empty());
        assert!(codes("American Express and the West Indies").is_empty());
        assert_eq!(codes("Latin America and the United States"), ["US"]);
    }

    #[test]
    fn georgia_the_state_or_the_country() {
        assert_eq!(tagged("Georgia Gov. Brian Kemp spoke in Atlanta"), [("US".into(), true)]);
        assert_eq!(tagged("voters in Georgia and South Carolina"), [("US".into(), true)]);
        assert_eq!(codes("Georgia accused Russia of moving the border near Tbilisi"), ["GE", "RU"]);
        assert_eq!(codes("Georgia and Armenia signed"), ["GE", "AM"]);
    }

    #[test]
    fn jordan_the_person_or_the_country() {
        assert!(codes("Michael Jordan said he would retire").is_empty());
        assert!(codes("Rep. Jordan questioned the witness").is_empty());
        assert!(codes("Jim Jordan chairs the panel. Jordan said the hearing would go on").is_empty());
        assert_eq!(codes("Jordan closed its border with Syria"), ["JO", "SY"]);
        assert_eq!(codes("King Abdullah of Jordan"), ["JO"]);
        assert_eq!(codes("Jim Jordan, back from a trip to Jordan, said"), ["JO"]);
    }

    #[test]
    fn organisations_of_one_country_imply_it() {
        assert_eq!(tagged("the Bank of Japan cut rates"), [("JP".into(), true)]);
        assert_eq!(tagged("the Fed said"), [("US".into(), true)]);
        assert!(codes("the Fed Ministry of Narnia").is_empty());
    }

    #[test]
    fn turkey_and_china_are_case_sensitive() {
        assert!(codes("roast turkey on fine china").is_empty());
        assert_eq!(codes("Turkey and China"), ["TR", "CN"]);
    }

    #[test]
    fn chad_the_person_or_the_country() {
        assert!(codes("Chad Wolf said the department").is_empty());
        assert!(codes("Mr. Chad agreed").is_empty());
        assert_eq!(codes("refugees in Chad"), ["TD"]);
        assert_eq!(codes("Chad President Idriss Deby"), ["TD"]);
    }

    #[test]
    fn other_name_like_places_need_a_name_before() {
        assert!(codes("George Washington crossed").is_empty());
        assert!(codes("Whitney Houston sang").is_empty());
        assert_eq!(codes("the Paris Agreement"), ["FR"]);
        assert_eq!(codes("boats in Sydney Harbour"), ["AU"]);
        assert_eq!(codes("Washington said on Monday"), ["US"]);
    }

    #[test]
    fn former_states_keep_their_codes() {
        assert_eq!(
            codes("the USSR, West Germany, East Germany, Yugoslavia and Czechoslovakia"),
            ["SU", "DE", "DD", "YU", "CS"]
        );
    }

    #[test]
    fn passages_see_only_their_mentions() {
        let body = "Georgia Gov. Brian Kemp spoke.\n\nHe thanked Georgia voters in Atlanta.";
        let second = body.find("He").unwrap_or(0)..body.len();
        let got = tags_within(&country_mentions(body, lexicon()), second, lexicon());
        assert_eq!(got.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(), ["US"]);
    }
}
