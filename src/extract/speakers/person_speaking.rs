//! Who may take the words of the person speaking in a paragraph. The `person-speaking`
//! article after-pass (`article.rs`) gives a quotation that the sentence before guessed for
//! its subject to the person whose full quotation came before it in the paragraph, when that
//! subject is a thing that cannot speak ("The relay station processes the data. "…"") and
//! speaks with no reporting verb. An organisation ("Ofsted, the watchdog, said …"), a text
//! ("The report also warns …") or anything a reporting verb makes speak keeps its words.
//! Also [`no_he_or_she`], which `pronoun-continues` asks.

use crate::extract::entities::PersonIndex;
use crate::extract::phrases::head_word;
use crate::extract::resolve::{self, Context};
use crate::extract::speakers::Attribution;
use crate::lexicon::Lexicon;
use crate::model::Quote;
use std::ops::Range;

/// The speaker of the last full quotation of `earlier` (those of the paragraph so far),
/// when it is a known person and the mention of `a` is a thing that speaks there with no
/// reporting verb ([`is_thing`], [`speaks_at`]).
pub(super) fn paragraph_person<'q>(
    earlier: &'q [Quote],
    a: &Attribution,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<&'q str> {
    // Only a guess of `previous-sentence` can be taken over (`PersonSpeaking`): asked first,
    // so that a paragraph of thousands of quotations is not read back once for each.
    let guessed = a.rule.first() == Some(&"previous-sentence") && a.cue.is_none() && !a.fragment;
    let m = a.mention.as_ref().filter(|_| guessed)?;
    let last = earlier.iter().rfind(|q| !q.fragment)?;
    if !is_thing(&m.text, cx.persons, lex) || speaks_at(&m.span, cx, lex) {
        return None;
    }
    last.speaker.as_deref().filter(|s| cx.persons.contains(s))
}

/// True for a speaker that is a thing, neither person nor organisation nor text: a
/// lower-case head that names no role, text or body ("the relay station" is a body's word
/// too, so is not one), or a name of several capitalised words that is no one's
/// ([`no_he_or_she`]) and holds no organisation's word ("Quick Grip Glove"; not "Amnesty
/// International", "Heathrow Airport").
fn is_thing(speaker: &str, persons: &PersonIndex, lex: &Lexicon) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let Some(head) = head_word(words.iter().copied()) else { return false };
    if persons.contains(speaker)
        || lex.find_organization(speaker).is_some()
        || lex.country_named(speaker).is_some()
        || lex.is_place_name(speaker)
    {
        return false;
    }
    if head.starts_with(char::is_lowercase) {
        return !(lex.is_speaking_noun(head) || lex.is_body_noun(head));
    }
    words.len() > 1 && no_he_or_she(speaker, persons, lex) && !words.iter().any(|w| lex.is_org_word(w))
}

/// True when a reporting verb makes the mention at `span` speak in its sentence: the first
/// verb after it ([`resolve::speaks_first`]: "Amnesty, a London group, accuses …", "Acme
/// now insists …"), or one right before it ("…, said Acme.", "…, according to Acme.").
fn speaks_at(span: &Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some(sentence) = resolve::sentence_holding(span.start, cx).and_then(|i| cx.sentences.get(i)) else {
        return false;
    };
    if resolve::speaks_first(sentence.clone(), span, cx, lex) {
        return true;
    }
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_owned();
    // Only words of the mention's own sentence: none past a sentence's end ("… audio
    // signals." The station …).
    let lead = cx.body.get(sentence.start.min(span.start)..span.start).unwrap_or_default().trim_end();
    let lead = if lead.ends_with(['.', '!', '?', '"', '”']) { "" } else { lead };
    let mut before = lead.split_whitespace().rev().map(word);
    let (last, second) = (before.next(), before.next());
    let according = second.as_deref() == Some("according") && last.as_deref() == Some("to");
    last.as_deref().is_some_and(|w| lex.is_speech_verb(w)) || according
}

/// True for a description of a person: its head (before any preposition) a role noun ("one
/// trader", "the Salford MP", "a spokesman for the firm").
pub(super) fn describes_a_person(speaker: &str, lex: &Lexicon) -> bool {
    head_word(speaker.split_whitespace()).is_some_and(|h| lex.is_role_noun(h))
}

/// True when `speaker` can be no "he" or "she" though `no_person` does not tell: not one
/// of the article's persons nor a description of one, and an acronym ("EA", "OPEC": a word
/// in capitals of at most four letters, or a known organisation's; not the wire's surname
/// "SUBROTO") or several capitalised words that open with no given name and hold no
/// initial or possessive ("Quick Grip Glove"; not "S. Venkitaramanan", "Data Resources'
/// Wyss"); several words in capitals are a name when any is a given name ("TUNKU ABDUL
/// RAHMAN").
pub(super) fn no_he_or_she(speaker: &str, persons: &PersonIndex, lex: &Lexicon) -> bool {
    if persons.contains(speaker) || describes_a_person(speaker, lex) || lex.one_name_person(speaker).is_some() {
        return false;
    }
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let capitals = |w: &str| w.chars().count() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let acronym = |w: &str| capitals(w) && (w.chars().count() <= 4 || lex.find_organization(w).is_some());
    let capitalised = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric);
    match words.as_slice() {
        [] => false,
        [one] => acronym(one),
        [..] if words.iter().all(|w| capitals(w)) => !words.iter().any(|w| lex.is_given_name(w)),
        [first, ..] => !lex.is_given_name(first) && words.iter().all(|w| capitalised(w)),
    }
}
