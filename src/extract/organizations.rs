//! Organisations named in a text: outlets, agencies, parties, companies, international
//! bodies, by their canonical names from [`crate::lexicon`] ("AP" -> "Associated Press").
//!
//! A one-word name that is also an ordinary word ("Labour", "House", "Treasury", "Amazon")
//! is often part of a longer name the gazetteer does not hold: "Labour Ministry", "Opera
//! House", "State Senate", "Amazon River". Such a match is dropped when a capitalised word
//! that belongs to the longer name stands right before or after it.

use crate::lexicon::{Lexicon, Place};
use std::ops::Range;

/// Words after a one-word organisation name that show it is part of another name, besides
/// the lexicon's organisation words: "Labour Day", "Labor Secretary".
const EXTENDERS: &[&str] = crate::lexicon::word_classes::ORGANIZATION_EXTENDERS;

/// Organisation words that may follow a name without making a new one: "Senate Republicans",
/// "House Democrats", "Congress Party" is in the gazetteer already.
const FOLLOWERS: &[&str] = crate::lexicon::word_classes::ORGANIZATION_FOLLOWERS;

/// Organisations named in `text`, canonical names, first mention first.
pub fn find_organizations(text: &str, lex: &Lexicon) -> Vec<String> {
    let mentions = organization_mentions(text, &lex.find_places(text), lex);
    organizations_within(&mentions, 0..text.len(), lex)
}

/// (byte offset, organisation index) of every organisation named in `text`, from the
/// gazetteer `matches` of the whole text.
pub fn organization_mentions(text: &str, matches: &[(Range<usize>, Place)], lex: &Lexicon) -> Vec<(usize, usize)> {
    matches
        .iter()
        .filter_map(|(span, place)| match place {
            Place::Organization(i) if !is_part_of_longer_name(text, span.clone(), lex) => Some((span.start, *i)),
            _ => None,
        })
        .collect()
}

/// Canonical names of the `mentions` (in text order) that start inside `range`, first
/// mention first; the range is found by binary search, so tagging every passage stays linear.
pub fn organizations_within(mentions: &[(usize, usize)], range: Range<usize>, lex: &Lexicon) -> Vec<String> {
    let from = mentions.partition_point(|(at, _)| *at < range.start);
    let to = from + mentions[from..].partition_point(|(at, _)| *at < range.end);
    let mut out: Vec<String> = Vec::new();
    for (_, i) in &mentions[from..to] {
        let name = &lex.organizations[*i];
        if !out.contains(name) {
            out.push(name.clone());
        }
    }
    out
}

/// True for a one-word, not all-capitals match glued to a capitalised neighbour that makes
/// it part of another name.
pub(crate) fn is_part_of_longer_name(text: &str, span: Range<usize>, lex: &Lexicon) -> bool {
    let surface = &text[span.clone()];
    let one_word = !surface.contains(char::is_whitespace);
    let acronym = surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if !one_word || acronym {
        return false;
    }
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let after = next_word(text, span.end).filter(|w| capital(w));
    if after.is_some_and(|w| EXTENDERS.contains(&w) || (lex.is_org_word(w) && !FOLLOWERS.contains(&w))) {
        return true;
    }
    // "Opera House", "State Senate"; not "The Senate" or "But Congress" (sentence openers),
    // nor "U.S. Senate" style qualifiers the gazetteer lists.
    previous_word(text, span.start).is_some_and(|w| {
        capital(w) && !lex.is_not_name(w) && !w.ends_with('.') && !is_sentence_start(text, span.start - w.len() - 1)
    })
}

/// True when the word ending at byte `end` (exclusive) opens a sentence.
fn is_sentence_start(text: &str, end_of_gap: usize) -> bool {
    let before_word = text[..end_of_gap].trim_end_matches(|c: char| c.is_alphanumeric() || c == '-' || c == '\'');
    let prev = before_word.trim_end().chars().next_back();
    prev.is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201c}' | '\u{201d}' | ':' | '\n'))
        || before_word.ends_with('\n')
}

/// The word right before byte `at`, separated by one or more spaces only.
fn previous_word(text: &str, at: usize) -> Option<&str> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '\'')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some(&before[start..]).filter(|w| !w.is_empty())
}

/// The word right after byte `at`, separated by spaces only.
fn next_word(text: &str, at: usize) -> Option<&str> {
    let after = text[at..].strip_prefix(' ')?.trim_start_matches(' ');
    let end = after.char_indices().find(|(_, c)| !(c.is_alphanumeric() || *c == '-')).map_or(after.len(), |(i, _)| i);
    Some(&after[..end]).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    fn orgs(text: &str) -> Vec<String> {
        find_organizations(text, lexicon())
    }

    #[test]
    fn aliases_give_canonical_names() {
        assert_eq!(orgs("the UN and AP reported"), ["United Nations", "Associated Press"]);
        assert_eq!(orgs("the United Nations said"), ["United Nations"]);
    }

    #[test]
    fn labour_ministry_is_not_the_labour_party() {
        assert!(orgs("the Labour Ministry said").is_empty());
        assert!(orgs("on Labor Day").is_empty());
        assert_eq!(orgs("Labour won the vote"), ["Labour Party"]);
    }

    #[test]
    fn words_inside_longer_names_are_not_organisations() {
        assert!(orgs("at the Sydney Opera House").is_empty());
        assert!(orgs("the State Senate voted").is_empty());
        assert!(orgs("along the Amazon River").is_empty());
    }

    #[test]
    fn sentence_openers_and_party_caucuses_keep_the_name() {
        assert_eq!(
            orgs("The Senate voted. House Democrats objected."),
            ["Senate", "House of Representatives", "Democratic Party"]
        );
        assert_eq!(orgs("But Congress agreed"), ["Congress"]);
        assert_eq!(orgs("Senate Republicans said"), ["Senate", "Republican Party"]);
    }
}
