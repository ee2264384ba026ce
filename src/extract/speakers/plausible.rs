//! Speakers that hold up: after a mention is resolved, whatever rule read it (a strong cue
//! or a guess, a quotation or a reported statement), a speaker that is no person, no
//! organisation and no country of the article is checked by its shape. Only a lone word
//! that cannot be a name is changed, and never past the verb that follows its subject:
//! - a party's initial and a state ("R-Texas", "D-N.Y."): nobody;
//! - a count or a nationality's adjective alone ("Eleven", "Multiple", "Spanish") with the
//!   group it counts between it and its verb ("Eleven progressive and Muslim groups are
//!   asking", "Nearly eight in 10 voters said"): that group; with none, it stays;
//! - a capitalised word alone right before a group noun ("Protest groups say"): that group;
//! - a count that resolution cut out of the phrase it opens ("Hundreds" of "Hundreds of
//!   striking nurses") or a name a country opens cut to its last word ("Forward" of
//!   "Mexico Forward"): the mention as written.

use super::article::can_speak;
use crate::extract::phrases::{Mention, lower};
use crate::extract::resolve;
use crate::extract::tokens::Tokens;
use crate::extract::windows::COUNTED_GROUP_WORDS;
use crate::lexicon::{Lexicon, singular, word_classes};
use crate::normalize::collapse_whitespace;

/// The word of a share between its count and its base ("three in 10").
const SHARE_WORD: &str = "in";

/// The largest base of a share ("in 10", "in 100"); a larger number is a year ("in 2019").
const SHARE_BASE_MAX: u32 = 100;

/// The name added to a rule whose speaker this check changed ("cue-before+implausible").
pub(super) const IMPLAUSIBLE: &str = "implausible";

/// A speaker once checked: as resolved, or changed by the check (`changed`: widened, read
/// whole or dropped, when `speaker` is none).
pub(super) struct Checked {
    /// The speaker that holds up.
    pub speaker: Option<String>,
    /// The mention it is read from, white space collapsed.
    pub mention: String,
    /// True when the check changed the speaker.
    pub changed: bool,
}

/// What becomes of a resolved speaker.
#[derive(Debug, PartialEq)]
enum Held {
    /// It can speak.
    Keeps,
    /// It cannot, and nothing around it says who spoke.
    Dropped,
    /// It stands for the wider phrase given, which speaks instead.
    Widened(Mention),
}

/// Whether the speaker `speaker` read from `mention` holds up (see the module's notes).
/// The shape is read first, and whom the article knows only for a speaker it would change.
fn holds_up(mention: &Mention, speaker: Option<&str>, cx: &resolve::Context<'_>, lex: &Lexicon) -> Held {
    let Some(speaker) = speaker else { return Held::Keeps };
    match by_shape(mention, speaker, cx.tokens, lex) {
        Held::Keeps => Held::Keeps,
        _ if known(speaker, cx, lex) => Held::Keeps,
        held => held,
    }
}

/// A person, an organisation or a country of the article's.
fn known(speaker: &str, cx: &resolve::Context<'_>, lex: &Lexicon) -> bool {
    can_speak(speaker, None, cx.persons, lex)
}

/// What the words of `mention` say of `speaker`, whoever it is: only a lone word read as
/// itself is judged.
fn by_shape(mention: &Mention, speaker: &str, tokens: &Tokens<'_>, lex: &Lexicon) -> Held {
    let mut each = mention.text.split_whitespace();
    let Some(word) = each.next() else { return Held::Keeps };
    if each.next().is_some() || speaker != word {
        return Held::Keeps;
    }
    let lower = word.to_lowercase();
    if is_party_label(word) {
        Held::Dropped
    } else if word_classes::COUNT_LEADS.contains(&lower.as_str()) || is_adjective(word, lex) {
        counted_group(mention, tokens, lex).map_or(Held::Keeps, Held::Widened)
    } else if word.starts_with(char::is_uppercase) {
        cut_short(mention, tokens, lex).map_or(Held::Keeps, Held::Widened)
    } else {
        Held::Keeps
    }
}

/// "R-Texas", "D-N.Y.": a party's initial and a state, a member's label, never a name.
fn is_party_label(word: &str) -> bool {
    word.len() > 3
        && word.as_bytes()[1] == b'-'
        && word_classes::PARTY_INITIALS.contains(&&word[..1])
        && word[2..].starts_with(char::is_uppercase)
}

/// A lone capitalised word read out of a longer phrase: the group noun right after it
/// ("Protest groups say").
fn cut_short(mention: &Mention, tokens: &Tokens<'_>, lex: &Lexicon) -> Option<Mention> {
    let all = tokens.all();
    let at = all.partition_point(|t| t.start < mention.span.start);
    let next = all.get(at + 1).filter(|n| n.word && !n.is_capitalized())?;
    let gap = tokens.text().get(mention.span.end..next.start)?;
    if !gap.chars().all(|c| c.is_whitespace() && c != '\n') || !is_group_noun(lower(next).as_str(), lex) {
        return None;
    }
    Some(Mention::at(tokens.text(), mention.span.start..next.span().end))
}

/// "Spanish", "Ukrainian": a nationality's word in the singular, alone an adjective
/// whose noun the reader left behind ("Ukrainian politicians").
fn is_adjective(word: &str, lex: &Lexicon) -> bool {
    !word.ends_with('s') && lex.is_demonym(word)
}

/// Where the subject after a count ends: its verb (a reporting verb or an auxiliary), or
/// an article or possessive that opens an object ("said the presenters", "told party
/// members", "have been laid against the sprinters").
fn ends_subject(lower: &str, lex: &Lexicon) -> bool {
    lex.is_speech_verb(lower)
        || word_classes::AUXILIARIES.contains(&lower)
        || word_classes::ARTICLES.contains(&lower)
        || word_classes::POSSESSIVE_DETERMINERS.contains(&lower)
}

/// The group a count or a nationality at `mention` leads, read rightwards over at most
/// [`COUNTED_GROUP_WORDS`] words of its own subject, never past its verb nor punctuation
/// (`ends_subject`): the last role or body there, in the singular or the plural
/// ("progressive and Muslim organizations", "politicians and officials"), or a share
/// (`[share_heads]`: "9 percent", "half"), else the base of a share ("About three in 10").
fn counted_group(mention: &Mention, tokens: &Tokens<'_>, lex: &Lexicon) -> Option<Mention> {
    let all = tokens.all();
    let from = all.partition_point(|t| t.start < mention.span.end);
    let subject: Vec<_> = all[from..]
        .iter()
        .take(COUNTED_GROUP_WORDS)
        .take_while(|t| (t.word || t.is('%')) && !ends_subject(lower(t).as_str(), lex))
        .collect();
    let group = subject.iter().rev().find(|t| {
        let l = lower(t);
        !t.is_capitalized() && (is_group_noun(l.as_str(), lex) || word_classes::SHARE_HEADS.contains(&l.as_str()))
    });
    let base = || {
        subject
            .windows(2)
            .find(|w| w[0].text == SHARE_WORD && w[1].text.parse::<u32>().is_ok_and(|n| n <= SHARE_BASE_MAX))
            .map(|w| w[1])
    };
    let head = group.copied().or_else(base)?;
    Some(Mention::at(tokens.text(), mention.span.start..head.span().end))
}

/// A role or a body, or the plural of one ("organizations", "politicians"), also after a
/// prefix ("co-chairman").
fn is_group_noun(word: &str, lex: &Lexicon) -> bool {
    let speaks = |w: &str| lex.is_role_noun(w) || lex.is_body_noun(w);
    let word = word.rsplit('-').next().unwrap_or(word);
    speaks(word) || singular(word, speaks).is_some()
}

/// "America Rising" resolved to "Rising": a name that a country's name opens, cut to its
/// last word by resolution, speaks whole.
fn half_a_name(mention: &Mention, speaker: &str, lex: &Lexicon) -> bool {
    let text = mention.text.as_str();
    if speaker.contains(' ') || text.len() <= speaker.len() || !text.ends_with(speaker) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() > 1
        && words.last() == Some(&speaker)
        && lex.country_named(words[0]).is_some()
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && !w.contains(['\'', '\u{2019}']))
}

/// "Hundreds" read out of "Hundreds of striking nurses": a count that opens its mention.
fn count_opens(mention: &Mention, speaker: &str) -> bool {
    let mut words = mention.text.split_whitespace();
    let first = words.next().unwrap_or_default();
    words.next().is_some()
        && !speaker.contains(' ')
        && first.eq_ignore_ascii_case(speaker)
        && word_classes::COUNT_LEADS.contains(&speaker.to_lowercase().as_str())
}

/// The speaker and mention of `mention` once it holds up: as resolved, none, or its wider
/// phrase resolved again by `resolve`. Without `drops` (a reported statement, whose
/// attribution counts it whoever its source is) a speaker that does not hold up stays.
/// None when the speaker is dropped.
pub(super) fn checked(
    mention: &Mention,
    speaker: Option<String>,
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
    resolve: impl Fn(&Mention) -> Option<String>,
    drops: bool,
) -> Option<Checked> {
    let kept = |speaker, changed| Checked { speaker, mention: collapse_whitespace(&mention.text), changed };
    match holds_up(mention, speaker.as_deref(), cx, lex) {
        // "Hundreds of pro-Sanders demonstrators" resolved to its count alone, "America
        // Rising" to its last word: the group or the name as written speaks, unless the
        // article knows the word ("Ukraine President Zelensky" is Zelensky).
        Held::Keeps
            if speaker
                .as_deref()
                .is_some_and(|s| (count_opens(mention, s) || half_a_name(mention, s, lex)) && !known(s, cx, lex)) =>
        {
            Some(kept(Some(collapse_whitespace(&mention.text)), true))
        }
        Held::Keeps => Some(kept(speaker, false)),
        Held::Dropped if drops => None,
        Held::Dropped => Some(kept(speaker, false)),
        Held::Widened(wide) => {
            Some(Checked { speaker: resolve(&wide), mention: collapse_whitespace(&wide.text), changed: true })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_party_label_is_a_party_initial_and_a_state() {
        assert!(is_party_label("R-Texas") && is_party_label("D-N.Y."));
        assert!(!is_party_label("Mo.") && !is_party_label("Dec.") && !is_party_label("Jean-Paul"));
    }

    #[test]
    fn a_subject_ends_at_its_verb_or_at_an_object() {
        let lex = crate::lexicon::lexicon();
        for word in ["said", "told", "have", "the", "her"] {
            assert!(ends_subject(word, lex), "{word}");
        }
        for word in ["progressive", "and", "groups", "in"] {
            assert!(!ends_subject(word, lex), "{word}");
        }
    }

    #[test]
    fn only_a_count_that_opens_its_mention_speaks_as_the_whole_mention() {
        let at = |text: &str| Mention::at(text, 0..text.len());
        assert!(count_opens(&at("Hundreds of striking nurses"), "Hundreds"));
        assert!(!count_opens(&at("TV channel Five"), "Five"));
        assert!(!count_opens(&at("Hundreds"), "Hundreds"));
    }
}
