//! Attribution over a whole article: each paragraph's quotations through the passes of
//! `speakers::passes`, their mentions resolved to canonical speakers ([`crate::extract::resolve`]),
//! then the article after-passes, which need the speaker of the paragraph before, tried in
//! order until one applies (`ARTICLE_PASSES`):
//! - `continued-paragraph`: a paragraph opening with a quotation that nothing attributes
//!   (or only a guess does) continues the quotation that ended the paragraph before (a
//!   full quotation, or a fragment a reporting verb attributes);
//! - `not-a-speaker`: a guess made without a reporting verb is dropped unless it names
//!   someone who can speak (a known person, organisation or country, a role or a text, or
//!   a body after a determiner: "a senior official", "the statement", "The team", not "The
//!   silence");
//! - `new-subject`: a quotation that goes on from an earlier one of its paragraph (`split`,
//!   `goes-on`) past a sentence whose subject is another person of the article is that
//!   person's (`"…," he said. Double try scorer Martyn Williams was keen not to talk about
//!   it. "…"`), whoever the earlier one's mention turned out to be;
//! - `pronoun-continues`: `"…," one trader said.` / `"…," he added.`: a paragraph opening
//!   with a quotation whose speaker is a pronoun goes on from the quotation that ended the
//!   paragraph before, unless that speaker is of the other gender, or the pronoun's person
//!   is the subject of a sentence since that quotation (a new speaker brought in), or
//!   that speaker is no one "he" or "she" can be (`no_he_or_she`: "EA", "the company",
//!   "Quick Grip Glove"), when the pronoun's own person stands;
//! - `person-speaking`: a quotation that the sentence before gives to its subject, when
//!   that subject is a thing (not a person, organisation, place or text) and no reporting
//!   verb makes it speak ("The Quick Grip Glove hugs each finger. "…""), goes on from the
//!   person whose full quotation comes before it in its paragraph (`person_speaking.rs`);
//! - `lead-voice`: a full quotation that nothing attributes, in a piece whose
//!   lead brings in one voice ("Rob Partridge … remembers the man behind the legend"), is
//!   that voice's (`lead_voice.rs`).

use super::person_speaking::{describes_a_person, no_he_or_she, paragraph_person};
use super::plausible::IMPLAUSIBLE;
use super::{Attribution, attribute};
use crate::extract::doc::Document;
use crate::extract::entities::PersonIndex;
use crate::extract::phrases::{Mention, head_word};
use crate::extract::quotes::Quotation;
use crate::extract::resolve;
use crate::lexicon::{Gender, Lexicon, word_classes};
use crate::model::{Passage, Quote};
use crate::normalize::collapse_whitespace;
use std::ops::Range;

/// A quotation's speaker once resolved, as the article after-passes see and change it.
struct Resolved {
    speaker: Option<String>,
    mention: Option<String>,
    cue: Option<String>,
}

/// What an article after-pass reads about one quotation.
struct InArticle<'a> {
    a: &'a Attribution,
    /// The quotation opens its paragraph (so it is the paragraph's first).
    opens_paragraph: bool,
    /// The speaker of the last quotation of the paragraph before, when it was a full
    /// quotation (`None` when that paragraph had none).
    previous: Option<&'a Option<String>>,
    /// The speaker a bare quotation opening this paragraph goes on from: that of
    /// `previous`, or of a fragment that a reporting verb gives a speaker and that ends the
    /// paragraph before (`… now said Cole had "the chance to unite us."`).
    continues: Option<&'a Option<String>>,
    /// The speaker found is the subject of a sentence between that quotation and this one
    /// ("Stuart Cohen, chief executive of …, said the move …"): a new speaker, not a slip.
    named_since: bool,
    /// The person subject of the sentence right before the quotation, when that sentence
    /// follows the quotation before (read only for a quotation that goes on from an
    /// earlier one).
    subject_before: Option<&'a str>,
    persons: &'a PersonIndex,
    lex: &'a Lexicon,
    /// The voice of a recollection that the article's lead brings in, if any.
    voice: Option<&'a super::lead_voice::LeadVoice<'a>>,
    /// The quotation speaks in the first person singular ("I had no sense …"; read only
    /// when there is a voice).
    first_person: bool,
    /// The speaker of the last full quotation before this one in its paragraph, when a
    /// known person and no reporting verb stands by this one's mention.
    paragraph_person: Option<&'a str>,
}

/// A rule that needs resolved speakers and the paragraph before.
trait ArticlePass: Sync {
    /// The rule's name, added to the quotation's `rule` when it applies.
    fn name(&self) -> &'static str;
    /// Changes `r` and returns true when the rule applies.
    fn run(&self, at: &InArticle<'_>, r: &mut Resolved) -> bool;
}

/// The article after-passes, in order: the first that applies is the only one.
const ARTICLE_PASSES: &[&dyn ArticlePass] =
    &[&ContinuedParagraph, &NotASpeaker, &NewSubject, &PersonSpeaking, &PronounContinues, &LeadVoice];

struct ContinuedParagraph;
struct NewSubject;
struct NotASpeaker;
struct PersonSpeaking;
struct PronounContinues;
struct LeadVoice;

impl ArticlePass for ContinuedParagraph {
    fn name(&self) -> &'static str {
        "continued-paragraph"
    }

    fn run(&self, at: &InArticle<'_>, r: &mut Resolved) -> bool {
        // A quotation with a cue of its own is not a continuation, even when its speaker
        // could not be read.
        let unexplained = (at.a.mention.is_none() && at.a.cue.is_none()) || at.a.weak;
        // A guess that brings in an unnamed source ("One senior gilt market maker was
        // gloomier."), after the quotation before, is a new speaker, not that one's.
        let new_source = at.a.weak && at.a.mention.as_ref().is_some_and(|m| brings_in_a_source(&m.text, at.lex));
        let Some(Some(prev)) = at.continues.filter(|_| at.opens_paragraph && unexplained && !new_source) else {
            return false;
        };
        *r = Resolved { speaker: Some(prev.clone()), mention: Some("(continued)".to_owned()), cue: None };
        true
    }
}

impl ArticlePass for NotASpeaker {
    fn name(&self) -> &'static str {
        "not-a-speaker"
    }

    fn run(&self, at: &InArticle<'_>, r: &mut Resolved) -> bool {
        let Some(s) = r.speaker.as_deref() else { return false };
        if !at.a.weak || can_speak(s, r.mention.as_deref(), at.persons, at.lex) {
            return false;
        }
        *r = Resolved { speaker: None, mention: None, cue: None };
        true
    }
}

impl ArticlePass for NewSubject {
    fn name(&self) -> &'static str {
        "new-subject"
    }

    /// `split` already gives such a quotation to the sentence's subject when the earlier
    /// part's mention is a name sharing no word with it; this reads the speakers once
    /// resolved, so a pronoun or a description ("he", "the national team coach") counts too.
    fn run(&self, at: &InArticle<'_>, r: &mut Resolved) -> bool {
        let Some(person) = at.subject_before.filter(|_| at.a.same_as.is_some() && !at.a.fragment) else {
            return false;
        };
        if r.speaker.as_deref() == Some(person) {
            return false;
        }
        *r = Resolved { speaker: Some(person.to_owned()), mention: Some(person.to_owned()), cue: None };
        true
    }
}

impl ArticlePass for PronounContinues {
    fn name(&self) -> &'static str {
        "pronoun-continues"
    }

    fn run(&self, at: &InArticle<'_>, r: &mut Resolved) -> bool {
        let Some(Some(prev)) = at.previous else { return false };
        let gender = r.mention.as_deref().and_then(resolve::pronoun_gender);
        if !at.opens_paragraph || at.named_since || !gender.is_some_and(|g| at.persons.may_be(prev, g)) {
            return false;
        }
        // `Ed Ode's report said "…" / "…," he said`: a speaker that is no "he" or "she"
        // leaves the person the pronoun found.
        // "Acme said …. "…" / "…," he said": "he" is no company's, product's or thing's,
        // whoever else it finds (`no_person` alone also reads "a striking seaman" as a
        // thing, so it needs the person found).
        let found_person = r.speaker.as_deref().is_some_and(|s| at.persons.contains(s));
        if (found_person && no_person(prev, at.persons, at.lex)) || no_he_or_she(prev, at.persons, at.lex) {
            return false;
        }
        r.speaker = Some(prev.clone());
        true
    }
}

impl ArticlePass for PersonSpeaking {
    fn name(&self) -> &'static str {
        "person-speaking"
    }

    /// `"…," said Ann Lee. The device stores the data. "…"`: a thing the sentence before is
    /// about does not take the words of the person speaking in the paragraph; an
    /// organisation that speaks there ("Acme said the market grew. "…"") keeps them.
    fn run(&self, at: &InArticle<'_>, r: &mut Resolved) -> bool {
        let (Some(person), Some(m)) = (at.paragraph_person, at.a.mention.as_ref()) else { return false };
        let Some(s) = r.speaker.as_deref() else { return false };
        // `paragraph_person` is only there for a guess of `previous-sentence`.
        let pronoun = resolve::pronoun_gender(&m.text).is_some();
        if pronoun || s == person || at.persons.contains(s) || describes_a_person(s, at.lex) {
            return false;
        }
        *r = Resolved { speaker: Some(person.to_owned()), mention: Some(person.to_owned()), cue: None };
        true
    }
}

impl ArticlePass for LeadVoice {
    fn name(&self) -> &'static str {
        "lead-voice"
    }

    /// A full quotation without a cue, in a piece whose lead brings in one voice
    /// ([`super::lead_voice`]): that voice's, when nothing attributes it (no mention at all)
    /// or only a guess from the sentence before does, one that found a person the lead has
    /// the voice remember (`Bob was a driven man. "He must have had …"` is the voice
    /// remembering Bob), or found anyone for a quotation in the first person singular
    /// ("… with Stevie Wonder. "I had no sense …"") while no one else has been a sentence's
    /// subject since the voice's lead sentence or its last quotation ("Tory leader Michael
    /// Howard attacked the plan. "I think it is a shambles"" is Howard's); not "a quote
    /// attributed to Thomas Jefferson. "…"", a source the article does not know).
    fn run(&self, at: &InArticle<'_>, r: &mut Resolved) -> bool {
        let Some(voice) = at.voice else { return false };
        let recalled = r.speaker.as_ref().is_some_and(|s| at.first_person || voice.about.contains(s));
        let guessed = (at.a.weak || at.a.rule.first() == Some(&"previous-sentence")) && recalled;
        let unattributed = at.a.mention.is_none() && r.speaker.is_none();
        let uncued = at.a.cue.is_none() && at.a.same_as.is_none() && (unattributed || guessed);
        if !uncued || at.a.fragment {
            return false;
        }
        *r = Resolved { speaker: Some(voice.person.to_owned()), mention: Some("(lead voice)".to_owned()), cue: None };
        true
    }
}

/// Every quotation of the article with its speaker, in text order.
pub fn article_quotes(
    doc: &Document<'_>,
    passages: &[Passage],
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> Vec<Quote> {
    let body = doc.body;
    let mut quotes: Vec<Quote> = Vec::new();
    // The last quotation of the paragraph before, when it was a full quotation: its speaker.
    let mut previous: Option<Option<String>> = None;
    // The same, or a cued fragment ending that paragraph: what a bare quotation goes on from.
    let mut continues: Option<Option<String>> = None;
    // Where the last quotation ended.
    let mut previous_end = 0;
    let voice = super::lead_voice::lead_voice(cx, lex);
    let mut watch = VoiceWatch { next: voice.as_ref().map_or(0, |v| v.after), others: false };
    for (i, found) in doc.quotations.iter().enumerate() {
        let attributions = attribute(&doc.tokens, doc.paragraph(i), i.checked_sub(1).map(|j| doc.paragraph(j)), lex);
        let first_in_paragraph = quotes.len();
        for (k, (q, a)) in found.iter().zip(&attributions).enumerate() {
            let (speaker, mention, implausible) = speaker_of(q, a, &quotes[first_in_paragraph..], cx, lex);
            // A mention dropped as no speaker ("That said, …") takes its cue with it.
            let dropped = a.mention.is_some() && a.same_as.is_none() && mention.is_none();
            let mut r = Resolved { speaker, mention, cue: if dropped { None } else { a.cue.clone() } };
            let opens_paragraph = q.outer.start == doc.paragraphs[i].start;
            let named_since = opens_paragraph && named_since(&r, previous_end..q.outer.start, cx, lex);
            let goes_on = a.same_as.is_some() && !a.fragment;
            let subject_before = goes_on
                .then(|| resolve::subject_right_before(previous_end, q.outer.start, cx, lex))
                .flatten()
                .filter(|p| !names_in_chain(p, body, &found[k..], &attributions[k..]));
            let before = previous.as_ref();
            let at = InArticle {
                a,
                opens_paragraph,
                previous: before,
                continues: continues.as_ref(),
                named_since,
                subject_before,
                persons: cx.persons,
                lex,
                voice: voice.as_ref(),
                first_person: voice.as_ref().is_some_and(|v| watch.alone(v.person, q.outer.start, cx, lex))
                    && super::lead_voice::first_person(&body[q.inner.clone()]),
                paragraph_person: paragraph_person(&quotes[first_in_paragraph..], a, cx, lex),
            };
            let mut rule = a.rule.clone();
            let pass = ARTICLE_PASSES.iter().find(|p| p.run(&at, &mut r));
            rule.extend(pass.map(|p| p.name()).into_iter().chain(implausible.then_some(IMPLAUSIBLE)));
            watch.others &= voice.as_ref().is_none_or(|v| r.speaker.as_deref() != Some(v.person));
            previous = (!a.fragment).then(|| r.speaker.clone());
            continues = goes_on_from(a, &r.speaker, &body[q.outer.end..doc.paragraphs[i].end]);
            previous_end = q.outer.end;
            quotes.push(Quote {
                text: collapse_whitespace(body[q.inner.clone()].trim_end_matches([',', ' '])),
                span: q.inner.clone(),
                passage: passage_of(passages, q.inner.start),
                speaker: r.speaker,
                speaker_mention: r.mention,
                cue: r.cue,
                fragment: a.fragment,
                rule: (!rule.is_empty()).then(|| rule.join("+")),
                within: None,
            });
        }
        if found.is_empty() {
            (previous, continues) = (None, None);
        }
    }
    quotes
}

/// True when the speaker `r` found through a pronoun, a person known to be of its gender
/// ("Stuart Cohen … he"; not one merely not known otherwise), is the subject of the last
/// sentence `since` the quotation before ([`resolve::subject_within`]); or an unnamed source
/// it found that a reporting verb has speaking in that sentence ("…, the spokesman said.",
/// [`resolve::source_speaks_within`]).
fn named_since(r: &Resolved, since: Range<usize>, cx: &resolve::Context<'_>, lex: &Lexicon) -> bool {
    let gender = r.mention.as_deref().and_then(resolve::pronoun_gender);
    let other = gender.map(|g| if g == Gender::Male { Gender::Female } else { Gender::Male });
    r.speaker.as_deref().is_some_and(|s| {
        let named = other.is_some_and(|o| !cx.persons.may_be(s, o))
            && resolve::subject_within(s, gender, since.clone(), cx, lex);
        named || (gender.is_some() && resolve::source_speaks_within(s, since, cx, lex))
    })
}

/// What a bare quotation opening the next paragraph goes on from, after quotation `a` with
/// `speaker` and `rest` of its paragraph after it: a full quotation's speaker, or that of a
/// fragment a reporting verb gives a speaker (not a guess) when only punctuation follows it.
/// Only a few marks may follow it (`.”`, `).`): the test reads no more than [`ENDING_BYTES`]
/// of the paragraph, however many quotations follow in it.
fn goes_on_from(a: &Attribution, speaker: &Option<String>, rest: &str) -> Option<Option<String>> {
    let ends = || {
        let rest = rest.trim();
        rest.len() <= ENDING_BYTES
            && rest.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation() || "”’".contains(c))
    };
    let cued = a.cue.is_some() && !a.weak && a.same_as.is_none();
    (!a.fragment || (cued && ends())).then(|| speaker.clone())
}

/// The most quotations of a chain that [`names_in_chain`] reads.
const CHAIN_READ: usize = 8;

/// True when `person`'s surname is a word of the quotation that opens `chain` or of those
/// after it that go on from the one before: a quotation that speaks of someone by name
/// ("Simon Taylor is an outstanding player") is not that person's.
/// Only the first [`CHAIN_READ`] quotations are read, so a paragraph of thousands that go on
/// from each other is not read again for each.
fn names_in_chain(person: &str, body: &str, chain: &[Quotation], attributions: &[Attribution]) -> bool {
    let surname = person.rsplit(' ').next().unwrap_or(person);
    let goes_on = attributions.iter().skip(1).take(CHAIN_READ).take_while(|a| a.same_as.is_some()).count();
    chain
        .iter()
        .take(goes_on + 1)
        .any(|q| body[q.inner.clone()].split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w == surname))
}

/// The most bytes of marks that may end a paragraph after a fragment it goes on from.
const ENDING_BYTES: usize = 16;

/// Whether anyone but the lead's voice has been a sentence's subject since the voice's
/// sentence of the lead, or since
/// the last quotation given to the voice: read sentence by sentence as the quotations come,
/// each sentence once.
struct VoiceWatch {
    /// The first sentence not yet read.
    next: usize,
    /// Another person has been a subject since.
    others: bool,
}

impl VoiceWatch {
    /// True when no one but `voice` has been the subject of a sentence ending before byte
    /// `at` since the lead or the voice's last quotation ("Tory leader Michael Howard
    /// attacked the plan. "I think …"" is no longer the voice's).
    fn alone(&mut self, voice: &str, at: usize, cx: &resolve::Context<'_>, lex: &Lexicon) -> bool {
        while cx.sentences.get(self.next).is_some_and(|s| s.end <= at) {
            self.others |= resolve::subject_person_of(self.next, cx, lex).is_some_and(|p| p != voice);
            self.next += 1;
        }
        !self.others
    }
}

/// Index of the passage (of `passages`, in text order and not overlapping) that holds byte
/// `at`, by binary search; 0 when none does.
pub(super) fn passage_of(passages: &[Passage], at: usize) -> usize {
    let after = passages.partition_point(|p| p.span.start <= at);
    after.checked_sub(1).filter(|&i| passages[i].span.contains(&at)).unwrap_or(0)
}

/// True for an indefinite description of one person ("one senior gilt market maker", "a
/// dealer in London"): its first word "a", "an" or "one", its head (before any preposition)
/// a role noun in the singular.
fn brings_in_a_source(mention: &str, lex: &Lexicon) -> bool {
    let words: Vec<String> = mention.split_whitespace().map(str::to_lowercase).collect();
    let led = words.first().is_some_and(|w| word_classes::INDEFINITE_LEADS.contains(&w.as_str()));
    let head = head_word(words.iter().map(String::as_str));
    led && head.is_some_and(|h| lex.is_role_noun(h) && !h.ends_with('s') && !lex.is_body_noun(h))
}

/// True when `speaker` is evidently no person: not one of the article, and a known
/// organisation, country or place ("Ming Pao", "U.S."), or a thing named by a lower-case
/// head that is no role ("the agreement", "NYSE rule"; not "one CBT crush trader").
fn no_person(speaker: &str, persons: &PersonIndex, lex: &Lexicon) -> bool {
    let head = head_word(speaker.split_whitespace()).unwrap_or_default();
    let thing = head.starts_with(char::is_lowercase) && !lex.is_role_noun(head);
    !persons.contains(speaker)
        && (thing
            || lex.find_organization(speaker).is_some()
            || lex.country_named(speaker).is_some()
            || lex.is_place_name(speaker))
}

/// True when a speaker guessed without a reporting verb is someone who can speak: a
/// person, organisation or country, a description headed by a role or a text ("the
/// report"), or one led by a determiner and headed by a body, in lower case or named by more
/// than one word ("The team cited "…"", "A 2014 Senate Budget Committee report found "…""
/// read as "A 2014 Senate Budget Committee"; not "The Police were "…"", a band, nor "Police
/// forces were "…"" cut to "Police", nor "Foreign exchange").
pub(super) fn can_speak(speaker: &str, mention: Option<&str>, persons: &PersonIndex, lex: &Lexicon) -> bool {
    let words = || mention.unwrap_or_default().split_whitespace();
    let lead = words().next().unwrap_or_default().to_lowercase();
    let head = words().last().unwrap_or_default();
    let body = word_classes::DETERMINERS.contains(&lead.as_str())
        && (head.starts_with(char::is_lowercase) || words().count() > 2)
        && lex.is_body_noun(head);
    persons.contains(speaker)
        || lex.find_organization(speaker).is_some()
        || lex.country_named(speaker).is_some()
        || (head.starts_with(char::is_lowercase) && lex.is_speaking_noun(head))
        || body
}

/// The canonical speaker and the mention it came from, for one quotation, and whether the
/// plausibility check changed the speaker (`speakers::plausible`).
fn speaker_of(
    q: &Quotation,
    a: &Attribution,
    earlier_in_paragraph: &[Quote],
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> (Option<String>, Option<String>, bool) {
    if let Some(j) = a.same_as
        && let Some(prev) = earlier_in_paragraph.get(j)
    {
        return (prev.speaker.clone(), prev.speaker_mention.clone(), false);
    }
    match &a.mention {
        Some(m @ Mention { text: mention, span }) => {
            let at = span.start.min(q.outer.start);
            // A full quotation is someone's utterance; a fragment may be a sign's or a title's
            // words ("Hispanics 4 Trump"), which name whom they like.
            let speaker = match a.fragment {
                false => resolve::resolve_quote_speaker(mention, at, q.inner.clone(), cx, lex),
                true => resolve::resolve_speaker(mention, at, cx, lex),
            };
            // "To", "That", "Instead": a function word or a linking adverb read as a name is
            // no speaker, unless it is a person's ("Al From"); nor is a time ("the days", "two
            // weeks ago").
            let lowered = mention.to_lowercase();
            let function_word = word_classes::NOT_SPEAKERS.contains(&lowered.as_str())
                || word_classes::LINKING_ADVERBS.contains(&lowered.as_str());
            if (function_word || is_time_phrase(mention)) && !speaker.as_deref().is_some_and(|s| cx.persons.contains(s))
            {
                return (None, None, false);
            }
            let again = |wide: &Mention| resolve::resolve_speaker(&wide.text, at, cx, lex);
            match super::plausible::checked(m, speaker, cx, lex, again, true) {
                Some(held) => (held.speaker, Some(held.mention), held.changed),
                None => (None, None, true),
            }
        }
        None => (None, None, false),
    }
}

/// True for a phrase that names a time ("the days", "this year", "two weeks ago"): its last
/// word a time noun written in lower case ("The Week" is a magazine).
fn is_time_phrase(mention: &str) -> bool {
    mention.split_whitespace().last().is_some_and(|head| {
        head.starts_with(char::is_lowercase) && word_classes::TIME_HEADS.contains(&head.to_lowercase().as_str())
    })
}
