//! `it` (after-pass): a speaker written "it" is the first cue's named subject before it in
//! the sentence ("President Obama … said it would tell …"), else an institution described
//! in the sentence before (`The port operator said …. "…," it said.`; `The state news
//! agency Tanjug was more optimistic. It said …`), else the
//! institution that spoke the quotation before (`"…," said the radio station. It added …:
//! "…"`).

use super::{Pass, QuoteAt};
use crate::extract::phrases::Mention;
use crate::extract::speakers::cues::Cued;
use crate::extract::speakers::facts::SentenceFacts;
use crate::extract::speakers::{Attribution, previous_sentence, previous_speaker};
use crate::lexicon::Lexicon;
use std::ops::Range;

/// What "it" stands for.
pub(in crate::extract::speakers) struct It;

impl Pass for It {
    fn name(&self) -> &'static str {
        "it"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(Mention { span: it, .. }) =
            a.mention.as_ref().filter(|Mention { text: m, .. }| m.eq_ignore_ascii_case("it"))
        else {
            return false;
        };
        let named = at.facts.cue(&at.sentence, at.lex).and_then(|Cued { mention: m, cue }| {
            let m = m?;
            (m.span.end <= it.start && m.text.starts_with(char::is_uppercase) && !m.text.eq_ignore_ascii_case("it"))
                .then_some((m, cue))
        });
        if let Some((m, cue)) = named {
            a.mention = Some(m);
            a.cue = Some(cue);
        } else if let Some(described) = earlier_institution(at.facts, &at.sentence, at.lex) {
            a.mention = Some(described);
        } else if let Some(j) = institution_before(at) {
            a.mention = None;
            a.same_as = Some(j);
        } else {
            return false;
        }
        true
    }
}

/// The quotation before, when a described institution spoke it ("the radio station"), or
/// when its own "it" was found here (`The BPI was quick to condemn them. "…," it said in a
/// statement. "…," it said.`): one "it" goes on from the other.
fn institution_before(at: &QuoteAt<'_, '_>) -> Option<usize> {
    at.k.checked_sub(1).filter(|&j| {
        let before = &at.done[j];
        before.rule.contains(&"it") && before.mention.is_some()
            || before.mention.as_ref().is_some_and(|Mention { text: m, .. }| {
                let first = m.split_whitespace().next().unwrap_or_default().to_lowercase();
                let head = m.split_whitespace().last().unwrap_or_default();
                first == "the"
                    && at.lex.is_body_noun(head)
                    && !m.split_whitespace().any(|w| w.starts_with(char::is_uppercase) && w != "The")
            })
    })
}

/// What "it said" refers to when the sentence before names a speaking institution in a
/// description: `The port operator said in a statement … "…," it said.`
fn earlier_institution(facts: &SentenceFacts<'_>, sentence: &Range<usize>, lex: &Lexicon) -> Option<Mention> {
    // Or the subject of a sentence before without a cue: `The state news agency Tanjug was
    // more optimistic. It said …`; an institution, not a thing ("The economy", "The
    // report").
    let institution = |m: &Mention| {
        let head = m.text.split_whitespace().last().unwrap_or_default();
        head.starts_with(char::is_uppercase) || lex.is_body_noun(&head.to_lowercase())
    };
    let m = previous_speaker(facts, sentence, lex).or_else(|| {
        let prev = previous_sentence(facts.sentences(), sentence)?;
        facts.cue(prev, lex).is_none().then(|| facts.subject(prev, lex)).flatten().filter(institution)
    })?;
    let described = m
        .text
        .split_whitespace()
        .next()
        .is_some_and(|w| crate::lexicon::word_classes::ARTICLES.contains(&w.to_lowercase().as_str()));
    // `"…," said the spokesman. It added …`: a person's role is no "it".
    let head = m.text.split_whitespace().last().unwrap_or_default().to_lowercase();
    let person = lex.is_role_noun(&head) && !lex.is_body_noun(&head);
    (described && !person).then_some(m)
}
