//! Roles a news lead gives before it names their holder ("delayed identification"): "Mike
//! Tindall's agent has warned Bath …. Dipo Alli says he has received an offer …" makes
//! Dipo Alli the agent, so that a later `"…," the agent added` is his
//! ([`super::persons::PersonIndex::described`]).
//!
//! Only the article's first sentence is read, with the one after it, once per article.
//! The evidence is positive: the lead's subject is an indefinite or owned description of
//! one person ("a Home Office minister", "Mike Tindall's agent", "The UK's top judge": a
//! "the" before a name's possessive is the owner's) whose first verb is a speech verb in the
//! singular; the next sentence's subject, found past any opening phrase, is a person as
//! named (every word capitalised, no role noun before the surname), met for the first time,
//! with no opening word that sets it against or in answer to the lead ("But …", "In
//! response, …"), and its first verb is a speech verb too; the article gives that person no
//! role of another head, and nobody the lead's. A definite lead with no name for owner ("The
//! trial judge said …. Tom Dale told the court …", "The club's manager has said …") stands
//! for someone already known, often not the one named next; a lead whose subject is acted
//! on or acts without speaking ("A Leeds fan has been jailed after he admitted …. Tom Dale
//! said …") is about someone else than the next speaker; one of two ("A minister and a
//! union leader have said …") is not the one person named next.

use super::doc::Document;
use super::named::NamedPhrases;
use super::persons::PersonIndex;
use super::phrases::{PREPOSITIONS, strip_possessive};
use super::quotes::inside;
use super::resolve::{Context, Subjects, speaks_first, subject_of, unquoted_tokens};
use super::word_scans::WordScans;
use crate::lexicon::{Lexicon, word_classes};
use crate::normalize::fold;
use std::ops::Range;

/// Gives the person the article's second sentence names the role its first gave
/// ([`lead_role`]), before any speaker is resolved.
pub(super) fn give_lead_role(doc: &Document<'_>, persons: &mut PersonIndex, subjects: &Subjects, lex: &Lexicon) {
    // Look-ups of their own, built lazily: the article's are lent for as long as its body,
    // and `persons` with them, which this must change after reading.
    let (named, scans) = (NamedPhrases::new(&doc.tokens), WordScans::new(doc.body));
    let cx = Context {
        body: doc.body,
        tokens: &doc.tokens,
        persons,
        sentences: &doc.sentences,
        quoted: &doc.quoted,
        subjects,
        named: &named,
        scans: &scans,
    };
    if let Some((role, name)) = lead_role(&cx, lex).map(|(role, name)| (role, name.to_owned())) {
        persons.give_role(&name, &role);
    }
}

/// The role the article's first sentence gives the person its second names, as
/// [`super::persons::PersonIndex::add_role`] takes it (folded words, head first) with the
/// person's canonical name: "Mike Tindall's agent has warned Bath …. Dipo Alli says …" ->
/// (["agent", "mike", "tindall"], "Dipo Alli").
pub(super) fn lead_role<'a>(cx: &Context<'a>, lex: &Lexicon) -> Option<(Vec<String>, &'a str)> {
    let lead = cx.sentences.first()?;
    let description = speaking_description(lead.clone(), cx, lex)?;
    let words: Vec<&str> = cx.body[description.clone()].split_whitespace().collect();
    let role = one_persons_role(&words, lex)?;
    // "Mike Tindall's agent": the owner may be named in it, nobody before it.
    if cx.persons.last_before(description.start, None).is_some() {
        return None;
    }
    let next = cx.sentences.get(1)?;
    let subject = subject_of(1, cx, lex)?;
    let person = cx.persons.first_within(subject.clone(), None, cx.quoted)?;
    // The subject is the person as named ("Dipo Alli", "Irene Khan"), speaking, met for the
    // first time: not "Tindall says" after "Tindall's agent", not someone the lead spoke of
    // ("A minister has criticised John Smith. John Smith said …").
    let words: Vec<&str> = cx.body[subject.clone()].split_whitespace().collect();
    let named = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let new = cx.persons.last_mention_of(person, next.start).is_none();
    // Nor a role the article gives someone by name ("Health minister Tom Ash said …. '…,'
    // the minister added" is Tom Ash's): a second holder would take "the minister" from him;
    // nor one the name's own run gives ("Prosecutor Jane Doe said …", its last word the
    // surname: "John Major").
    let titled = words.split_last().is_some_and(|(_, before)| before.iter().any(|w| lex.is_role_noun(w)));
    let other = titled || cx.persons.holds_other_role(person, &role[0]) || cx.persons.role_held(&role[0]);
    let answers = answers_the_lead(next.start..subject.start, cx);
    (named && new && !other && !answers && speaks_first(next.clone(), &subject, cx, lex)).then_some((role, person))
}

/// True when the words before the second sentence's subject (`opening`) set it against or
/// in answer to the lead: a first word of `[opening_conjunctions]`,
/// `[contrast_conjunctions]` or `[linking_adverbs]` ("But David Blunkett said …",
/// "However, …", "Meanwhile, …") or any of `[rejoinders]` ("In response, …", "Responding to
/// the claims, …"). Its speaker answers the lead's, and is someone else; "In a lecture at the
/// London School of Economics, Irene Khan said …" sets nothing against it.
fn answers_the_lead(opening: Range<usize>, cx: &Context<'_>) -> bool {
    let within = cx.tokens.within(opening);
    let words: Vec<String> =
        within.iter().filter(|t| t.word && !inside(cx.quoted, t.start)).map(|t| t.text.to_lowercase()).collect();
    let opens = words.first().is_some_and(|w| {
        [word_classes::OPENING_CONJUNCTIONS, word_classes::CONTRAST_CONJUNCTIONS, word_classes::LINKING_ADVERBS]
            .iter()
            .any(|class| class.contains(&w.as_str()))
    });
    opens || words.iter().any(|w| word_classes::REJOINDERS.contains(&w.as_str()))
}

/// Where the description lies that speaks in the first sentence `lead`: its subject when it
/// reports speech ("Mike Tindall's agent has warned Bath …"), else a closing cue of its own
/// after a comma ("…, a Home Office minister has said.").
fn speaking_description(lead: Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> Option<Range<usize>> {
    if let Some(subject) = subject_of(0, cx, lex)
        && speaks_first(lead.clone(), &subject, cx, lex)
        && cx.body[subject.clone()].split_whitespace().last().is_some_and(|w| lex.is_role_noun(w))
    {
        return Some(subject);
    }
    let toks = unquoted_tokens(0, cx);
    let comma = toks.iter().rposition(|t| t.is(','))?;
    let tail: Vec<_> = toks[comma + 1..].iter().take_while(|t| t.word).collect();
    let closed = toks.get(comma + 1 + tail.len()).is_none_or(|t| t.is('.'));
    // "…, a clergyman has said.": the description, "has", the verb ("have" is several's).
    let (verb, rest) = tail.split_last()?;
    let rest = match rest.split_last() {
        Some((aux, before)) if aux.text == "has" => before,
        Some((aux, _)) if aux.text == "have" => return None,
        _ => rest,
    };
    let (first, last) = (rest.first()?, rest.last()?);
    (closed && lex.is_speech_verb(verb.text) && !verb.is_capitalized()).then(|| first.start..last.span().end)
}

/// The folded words (head first) of `words`, an indefinite or owned description of one
/// person's role ("a Home Office minister", "Mike Tindall's agent", "Scotland's justice
/// minister", "The UK's top judge": owned by a name, the "the" the owner's), without its
/// article; not an unnamed source's ("a spokesman"), a body's, a plural, one owned by no
/// name ("The club's manager", "The victim's mother"), one of two ("A minister and a
/// union leader"), nor one with a preposition ("an aide to the minister").
fn one_persons_role(words: &[&str], lex: &Lexicon) -> Option<Vec<String>> {
    let (head, before) = words.split_last()?;
    let lower = head.to_lowercase();
    let indefinite =
        before.first().is_some_and(|w| word_classes::INDEFINITE_LEADS.contains(&w.to_lowercase().as_str()));
    // The owner's name, then words in lower case: "Mike Tindall's agent".
    let owned = before.iter().rposition(|w| strip_possessive(w).is_some()).is_some_and(|p| {
        before[..=p].iter().all(|w| w.starts_with(char::is_uppercase))
            && before[p + 1..].iter().all(|w| w.starts_with(char::is_lowercase))
    });
    let two = before.iter().any(|w| word_classes::LIST_CONJUNCTIONS.contains(&w.to_lowercase().as_str()));
    let person = head.starts_with(char::is_lowercase)
        && lex.is_role_noun(&lower)
        && !lower.ends_with('s')
        && !lex.is_body_noun(&lower)
        && !word_classes::SOURCE_HEADS.contains(&lower.as_str());
    if !(indefinite || owned) || !person || two || before.iter().any(|w| PREPOSITIONS.contains(w)) {
        return None;
    }
    // Without its article: "The province's finance minister" holds no "the".
    let article = |w: &&&str| word_classes::ARTICLES.contains(&w.to_lowercase().as_str());
    let modifiers = before.iter().filter(|w| !article(w));
    Some(std::iter::once(head).chain(modifiers).map(|w| fold(strip_possessive(w).unwrap_or(w))).collect())
}
