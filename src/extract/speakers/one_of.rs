//! `one-of` (after every quotation and reported statement is resolved): a quotation that
//! nothing attributed, cued right after by "one said" or "said another", is spoken by one
//! member of the group of sources that spoke last before it, within [`ONE_OF_BYTES`]:
//! `Analysts said copper producers would gain. "…," one said.` is an analyst.
//!
//! The group is the subject of the sentence right before the quotation when it is a plural
//! role ("Western diplomatic sources were more blunt."); else the last speaker resolved
//! before it, when that is a plural role ("analysts", "World Bank sources", "Dealers in the
//! bonds") or itself one member ("one government economist"). Any other last speaker (a
//! named person, one source, an organisation) stops the search: the "one" is not theirs.
//! The member is written as unnamed sources are, without determiner or number ("analyst",
//! "World Bank source"), and speaks the same paragraph's uncued quotations that follow too,
//! and those cued by "he" or "she" (`"…," he added.`).

use crate::extract::phrases::sentence_subject;
use crate::extract::quotes::inside;
use crate::extract::resolve::Context;
use crate::extract::tokens::char_floor;
use crate::extract::windows::{ONE_CUE_BYTES, ONE_OF_BYTES};
use crate::lexicon::{Lexicon, singular, word_classes};
use crate::model::{Quote, Reported};

/// Gives each unattributed quotation of `quotes` cued by "one said" the member of the last
/// group of sources before it (see the module's note), and marks its rule `+one-of`.
pub fn one_of_group(quotes: &mut [Quote], reported: &[Reported], cx: &Context<'_>, lex: &Lexicon) {
    let cued: Vec<(usize, String)> =
        (0..quotes.len()).filter_map(|k| cued_by_one(&quotes[k], cx, lex).map(|cue| (k, cue))).collect();
    if cued.is_empty() {
        return;
    }
    // (start, speaker) of every resolved quotation and reported statement, in text order,
    // but for bare pronouns ("they said"), which name no group.
    let resolved = |at: usize, speaker: Option<&str>| speaker.map(|s| (at, s.to_owned()));
    let mut speakers: Vec<(usize, String)> = quotes
        .iter()
        .filter_map(|q| resolved(q.span.start, q.speaker.as_deref()))
        .chain(reported.iter().filter_map(|r| resolved(r.span.start, r.speaker.as_deref())))
        .filter(|(_, s)| !word_classes::PRONOUNS.contains(&s.to_lowercase().as_str()) && s != "them")
        .collect();
    speakers.sort_by_key(|(at, _)| *at);
    for (k, cue) in &cued {
        let Some(one) = group_before(quotes[*k].span.start, &speakers, cx, lex) else { continue };
        attribute(&mut quotes[*k], &one, Some(cue.clone()));
        // `"Supply is tight," one said. "Stocks are low."`, `"…," he added.`: the same member
        // goes on, in the same paragraph, up to a quotation with a speaker other than a "he" or
        // "she" or with a cue of its own.
        let mut end = quotes[*k].span.end;
        for (j, q) in quotes.iter_mut().enumerate().skip(k + 1).filter(|(_, q)| q.within.is_none()) {
            let between = cx.body.get(end..q.span.start).unwrap_or("\n");
            let own_cue = cued.iter().any(|(c, _)| *c == j);
            let pronoun = q
                .speaker_mention
                .as_deref()
                .is_some_and(|m| word_classes::GENDERED_SUBJECTS.iter().any(|w| w.eq_ignore_ascii_case(m)));
            // A person named since may be whom the "he" or "she" stands for.
            let named_since = cx.persons.index_within(end..q.span.start).is_some();
            let spoken = q.speaker.is_some() && (!pronoun || named_since);
            if spoken || q.fragment || own_cue || between.contains('\n') || between.len() > ONE_OF_BYTES {
                break;
            }
            attribute(q, &one, None);
            end = q.span.end;
        }
    }
}

/// Gives `q` the group member `one`, and its cue when it had none.
fn attribute(q: &mut Quote, one: &str, cue: Option<String>) {
    q.speaker = Some(one.to_owned());
    if q.cue.is_none() {
        q.cue = cue;
    }
    q.rule = Some(q.rule.as_deref().map_or("one-of".to_owned(), |r| format!("{r}+one-of")));
}

/// One member of the group that spoke last before `at` (see the module's note).
fn group_before(at: usize, speakers: &[(usize, String)], cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    // The subject of the sentence right before, when it is a plural role.
    let k = cx.sentences.partition_point(|s| s.end <= at).checked_sub(1)?;
    let sentence = &cx.sentences[k];
    if at - sentence.start <= ONE_OF_BYTES {
        let toks: Vec<_> =
            cx.tokens.within(sentence.clone()).iter().filter(|t| !inside(cx.quoted, t.start)).copied().collect();
        let group = sentence_subject(cx.body, &toks, lex).and_then(|s| member(&s.text, cx, lex, false));
        if group.is_some() {
            return group;
        }
    }
    let (spoke, speaker) = speakers.get(speakers.partition_point(|(s, _)| *s < at).checked_sub(1)?)?;
    (at - spoke <= ONE_OF_BYTES).then(|| member(speaker, cx, lex, true)).flatten()
}

/// The speech verb of `, one said` or `, said another` right after a full quotation
/// without a speaker (a group member and the verb, in either order, ending the clause).
fn cued_by_one(q: &Quote, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    if q.speaker.is_some() || q.fragment {
        return None;
    }
    let end = char_floor(cx.body, (q.span.end + ONE_CUE_BYTES).min(cx.body.len()));
    let after = cx.tokens.within(q.span.end..end);
    // The closing mark, a comma or a question mark, then the words up to the clause's end.
    let words: Vec<String> =
        after.iter().skip_while(|t| !t.word).take_while(|t| t.word).map(|t| t.text.to_lowercase()).collect();
    let one = |w: &String| word_classes::GROUP_MEMBERS.contains(&w.as_str());
    match words.as_slice() {
        [a, b] if one(a) && lex.is_speech_verb(b) => Some(b.clone()),
        [a, b] if lex.is_speech_verb(a) && one(b) => Some(a.clone()),
        _ => None,
    }
}

/// One member of the group `speaker` names, when its head is a plural role ("The World
/// Bank sources" -> "World Bank source", "Dealers in the bonds" -> "Dealers" -> "Dealer",
/// "Five analysts", "few analysts" -> "analyst"); with `singular_too`, also a speaker that is itself one
/// member ("one government economist" -> "government economist"). Not a person, nor a
/// capitalised head of several words ("Salomon Brothers").
fn member(speaker: &str, cx: &Context<'_>, lex: &Lexicon, singular_too: bool) -> Option<String> {
    if cx.persons.contains(speaker) {
        return None;
    }
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let plural = |w: &str| -> Option<String> {
        let role = |s: &str| lex.is_role_noun(s) && !lex.is_body_noun(s);
        w.chars().all(char::is_alphabetic).then(|| singular(w, role).map(|s| s.into_owned())).flatten()
    };
    // The head: the last word, or the word before the first preposition ("Officials at the
    // ministry"; not "Bank of Japan officials").
    let preposition = |w: &&str| word_classes::PREPOSITIONS.contains(&w.to_lowercase().as_str());
    let last_is_plural = words.last().is_some_and(|w| plural(w).is_some());
    let cut = match words.iter().skip(1).position(preposition) {
        Some(i) if !last_is_plural => i + 1,
        _ => words.len(),
    };
    let (head, rest) = words[..cut].split_last()?;
    if cut > 1 && head.starts_with(char::is_uppercase) {
        return None;
    }
    // Without the determiner or number: "some industry officials", "Other arbitrageurs".
    let leading = |w: &&str| {
        let w = w.to_lowercase();
        word_classes::DETERMINERS.contains(&w.as_str())
            || word_classes::QUANTIFIERS.contains(&w.as_str())
            || word_classes::TIME_QUANTITIES.contains(&w.as_str())
            || word_classes::INDEFINITE_PRONOUNS.contains(&w.as_str())
            || w.chars().all(|c| c.is_ascii_digit())
    };
    let skip = rest.iter().take_while(|w| leading(w)).count();
    let one = match plural(head) {
        Some(one) => one,
        // "one government economist", "another trader": one of a group already.
        None if singular_too
            && skip > 0
            && word_classes::GROUP_MEMBERS.contains(&rest[0].to_lowercase().as_str())
            && lex.is_role_noun(head) =>
        {
            (*head).to_owned()
        }
        None => return None,
    };
    Some(rest[skip..].iter().copied().chain([one.as_str()]).collect::<Vec<_>>().join(" "))
}
