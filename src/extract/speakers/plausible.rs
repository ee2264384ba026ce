//! Speakers that hold up: after a mention is resolved, whatever rule read it (a strong cue
//! or a guess, a quotation or a reported statement), a speaker that is no person, no
//! organisation and no country of the article must still be something that can speak. A
//! word the subject readers took for a name that cannot be one is refused, and where the
//! words around it give the speaker it stands for, that is read instead:
//! - a party's and state's label or a state's abbreviation alone ("R-Texas", "Calif.");
//! - a count or an adverb alone ("Eleven", "Multiple", "Similarly"): the group it counts
//!   when one follows it ("Eleven progressive and Muslim organizations", "Nearly eight in
//!   10 voters"), else nobody;
//! - a nationality's adjective alone ("Spanish"): likewise the group it qualifies
//!   ("Ukrainian politicians and officials"), else nobody;
//! - a capitalised word alone before a group noun: that group ("Protest groups say");
//!   else, one the article also writes in lower case ("Tunnels", "Media"), unless it acts
//!   as a name (an acronym, "channel Five", "Knox said");
//! - a count or a name's last word that resolution cut out of the mention ("Hundreds" of
//!   "Hundreds of striking nurses", "Forward" of "Mexico Forward"): the mention as written;
//! - a possessive determiner before a thing ("its analysis", "her nuanced views"), not
//!   before a role, a group or a text ("his aides", "her campaign", "his statement").

use crate::extract::phrases::{Mention, head_word};
use crate::extract::resolve;
use crate::extract::tokens::Tokens;
use crate::extract::windows::COUNTED_GROUP_WORDS;
use crate::lexicon::{Ending, Lexicon, singular, word_classes};
use crate::normalize::collapse_whitespace;
use std::borrow::Cow;

/// What becomes of a resolved speaker.
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
    match by_shape(mention, speaker, cx, lex) {
        Held::Keeps => Held::Keeps,
        _ if known(speaker, cx, lex) => Held::Keeps,
        held => held,
    }
}

/// A person, an organisation or a country of the article's.
fn known(speaker: &str, cx: &resolve::Context<'_>, lex: &Lexicon) -> bool {
    cx.persons.contains(speaker)
        || lex.find_organization(speaker).is_some_and(|o| o == speaker)
        || lex.country_named(speaker).is_some()
}

/// What the words of `mention` say of `speaker`, whoever it is.
fn by_shape(mention: &Mention, speaker: &str, cx: &resolve::Context<'_>, lex: &Lexicon) -> Held {
    // Most speakers are judged by their first word alone, without gathering the words: a
    // lone word resolved to someone else ("He" is a person's) or a phrase that no
    // possessive determiner opens holds up.
    let mut each = mention.text.split_whitespace();
    let first = each.next().unwrap_or_default();
    let lone = each.next().is_none();
    let owned = || word_classes::POSSESSIVE_DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(first));
    if (lone && speaker != mention.text.trim()) || (!lone && !owned()) {
        return Held::Keeps;
    }
    let words: Vec<&str> = mention.text.split_whitespace().collect();
    match words.as_slice() {
        [word] if is_label(word, lex) => Held::Dropped,
        [word] if is_count(word, lex) || is_adjective(word, lex) => match counted_group(mention, cx.tokens, lex) {
            Some(group) => Held::Widened(group),
            None if acts_as_a_name(mention, cx, lex) => Held::Keeps,
            None => Held::Dropped,
        },
        [owner, ..] if owns_a_thing(owner, &words, lex) => Held::Dropped,
        [word] if word.starts_with(char::is_uppercase) => match cut_short(mention, cx.tokens, lex) {
            Some(wide) => Held::Widened(wide),
            None if is_common_word(word, cx, lex) && !acts_as_a_name(mention, cx, lex) => Held::Dropped,
            None => Held::Keeps,
        },
        _ => Held::Keeps,
    }
}

/// "Tunnels are so numerous …", "Media shares blame": a capitalised word the article also
/// writes in lower case (`WordScans::is_proper`), no party, no organisation's word, and
/// nothing that speaks (a role, a body, a person's noun, a text, a nationality's people, a
/// given name or a surname the news uses alone).
fn is_common_word(word: &str, cx: &resolve::Context<'_>, lex: &Lexicon) -> bool {
    let lower = word.to_lowercase();
    !cx.scans.is_proper(word, lex)
        && !word_classes::PARTY_LABELS.contains(&word)
        && !lex.is_org_word(&lower)
        && !is_group_noun(&lower, lex)
        && !is_agent_noun(&lower)
        && !lex.is_speaking_noun(&lower)
        && !lex.is_demonym(word.strip_suffix('s').unwrap_or(word))
        && !lex.is_given_name(word)
        && !lex.is_famous_surname(word)
        && lex.one_name_person(word).is_none()
}

/// True when a capitalised word is used as a name though the article writes it in lower
/// case too: an acronym ("SELA"), a word written capitalised in mid-sentence elsewhere
/// ("against Orange", "TV channel Five"), or one a reporting verb follows right after
/// ("Knox said", in wire copy typed in lower case: "David knox").
fn acts_as_a_name(mention: &Mention, cx: &resolve::Context<'_>, lex: &Lexicon) -> bool {
    let word = mention.text.trim();
    let all = cx.tokens.all();
    let next = all.get(all.partition_point(|t| t.start < mention.span.end));
    !word.chars().any(char::is_lowercase)
        || cx.scans.after_lower_case(word, mention.span.start)
        || next.is_some_and(|n| n.word && lex.is_speech_verb(n.text))
}

/// A lone capitalised word read out of a longer phrase: the group noun right after it
/// ("Protest groups say").
fn cut_short(mention: &Mention, tokens: &Tokens<'_>, lex: &Lexicon) -> Option<Mention> {
    let all = tokens.all();
    let at = all.partition_point(|t| t.start < mention.span.start);
    let next = all.get(at + 1).filter(|n| n.word && !n.is_capitalized() && n.start == mention.span.end + 1);
    let group = next.filter(|n| is_group_noun(&n.text.to_lowercase(), lex))?;
    Some(Mention::at(tokens.text(), mention.span.start..group.span().end))
}

/// "America Rising" resolved to "Rising": a name that a country's name opens, cut to its
/// last word by resolution, speaks whole (a person's too: "America Ferrera", whom the
/// person tagger knows as "Ferrera").
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

/// "R-Texas", "D-Calif.": a party's initial and a state; "Calif.", "Va.": a state's (or
/// any word's) abbreviation whose period may end a sentence, never a title's ("Sen.").
fn is_label(word: &str, lex: &Lexicon) -> bool {
    let party = word.len() > 3
        && word.as_bytes()[1] == b'-'
        && word_classes::PARTY_INITIALS.contains(&&word[..1])
        && word[2..].starts_with(char::is_uppercase);
    let abbreviation = word
        .strip_suffix('.')
        .filter(|w| !w.contains('.'))
        .is_some_and(|w| matches!(lex.abbreviation(&w.to_lowercase()), Some(Ending::Maybe)));
    party || abbreviation
}

/// "Spanish", "Ukrainian": a nationality's word in the singular, alone an adjective
/// whose noun the reader left behind ("Ukrainian politicians").
fn is_adjective(word: &str, lex: &Lexicon) -> bool {
    !word.ends_with('s') && lex.is_demonym(word)
}

/// "Eleven", "Hundreds", "Multiple", "Nearly", "Similarly": a count (`[count_leads]`) or a
/// capitalised adverb in "-ly" that is no given name ("Kelly") nor a surname the news uses.
fn is_count(word: &str, lex: &Lexicon) -> bool {
    let lower = word.to_lowercase();
    word_classes::COUNT_LEADS.contains(&lower.as_str())
        || (lower.len() > 4 && lower.ends_with("ly") && !lex.is_given_name(word) && !lex.is_famous_surname(word))
}

/// The group a count or a nationality at `mention` leads, read rightwards over at most
/// [`COUNTED_GROUP_WORDS`] words to its head: a role or a body, in the singular or the
/// plural ("progressive and Muslim organizations", "politicians and officials"), or a
/// share (`[share_heads]`: "9 percent", "half"), else the number of a share ("About three
/// in 10"); none past punctuation.
fn counted_group(mention: &Mention, tokens: &Tokens<'_>, lex: &Lexicon) -> Option<Mention> {
    let all = tokens.all();
    let from = all.partition_point(|t| t.start < mention.span.end);
    let words = || all[from..].iter().take(COUNTED_GROUP_WORDS).take_while(|t| t.word || t.is('%'));
    let group = words().find(|t| {
        let l = t.text.to_lowercase();
        !t.is_capitalized() && (is_group_noun(&l, lex) || word_classes::SHARE_HEADS.contains(&l.as_str()))
    });
    let share = || {
        let toks: Vec<_> = words().collect();
        toks.windows(2).find(|w| w[0].text == "in" && w[1].text.bytes().all(|b| b.is_ascii_digit())).map(|w| w[1])
    };
    let head = group.or_else(share)?;
    Some(Mention::at(tokens.text(), mention.span.start..head.span().end))
}

/// A role or a body, or the plural of one ("organizations", "politicians"), also after a
/// prefix ("co-chairman").
fn is_group_noun(word: &str, lex: &Lexicon) -> bool {
    let speaks = |w: &str| lex.is_role_noun(w) || lex.is_body_noun(w);
    let word = word.rsplit('-').next().unwrap_or(word);
    speaks(word) || singular(word, speaks).is_some()
}

/// A noun of someone who does something, by its ending ("listeners", "interns",
/// "trustee"; `[agent_endings]`), or in the plural also an ending that adjectives share
/// ("accountants", "residents"; `[plural_agent_endings]`: not "his recent"), which the
/// role list may lack.
fn is_agent_noun(word: &str) -> bool {
    let (stem, plural) = word.strip_suffix('s').map_or((word, false), |w| (w, true));
    let ends = |endings: &[&str]| endings.iter().any(|e| stem.ends_with(e));
    stem.len() > 4 && (ends(word_classes::AGENT_ENDINGS) || (plural && ends(word_classes::PLURAL_AGENT_ENDINGS)))
}

/// "its analysis", "her nuanced views": a possessive determiner before a head (its last
/// word before any preposition) in lower case that is no role, body, text or account
/// ("his aides", "her campaign", "his written statement", "his Facebook profile").
fn owns_a_thing(owner: &str, words: &[&str], lex: &Lexicon) -> bool {
    if words.len() < 2 || !word_classes::POSSESSIVE_DETERMINERS.contains(&owner.to_lowercase().as_str()) {
        return false;
    }
    let Some(head) = head_word(words[1..].iter().copied()) else { return false };
    let lower = head.to_lowercase();
    let speaks = |w: &str| {
        is_group_noun(w, lex)
            || is_agent_noun(w)
            || lex.is_speaking_noun(w)
            || word_classes::PLATFORM_TEXT_NOUNS.contains(&w)
    };
    head.starts_with(char::is_lowercase)
        && !speaks(&lower)
        && singular(&lower, |w| lex.is_speaking_noun(w) || word_classes::PLATFORM_TEXT_NOUNS.contains(&w)).is_none()
}

/// The speaker and mention of `mention` once it holds up: as resolved, none, or its wider
/// phrase resolved again by `resolve`. Without `drops` (a reported statement, whose
/// attribution counts it whoever its source is) a speaker that does not hold up stays.
pub(super) fn checked<'m>(
    mention: &'m Mention,
    speaker: Option<String>,
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
    resolve: impl Fn(&Mention) -> Option<String>,
    drops: bool,
) -> Option<(Option<String>, Cow<'m, Mention>)> {
    match holds_up(mention, speaker.as_deref(), cx, lex) {
        // "Hundreds of pro-Sanders demonstrators" resolved to its count alone, "America
        // Rising" to its last word: the group or the name as written speaks.
        Held::Keeps
            if speaker.as_deref().is_some_and(|s| {
                let count = || word_classes::COUNT_LEADS.iter().any(|c| c.eq_ignore_ascii_case(s));
                (!s.contains(' ') && mention.text.contains(' ') && count()) || half_a_name(mention, s, lex)
            }) =>
        {
            Some((Some(collapse_whitespace(&mention.text)), Cow::Borrowed(mention)))
        }
        Held::Keeps => Some((speaker, Cow::Borrowed(mention))),
        Held::Dropped if drops => None,
        Held::Dropped => Some((speaker, Cow::Borrowed(mention))),
        Held::Widened(wide) => Some((resolve(&wide), Cow::Owned(wide))),
    }
}
