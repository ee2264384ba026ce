//! What the cue passes share: a cue found with its speaker, or without one (a participle
//! or a coordinated verb: "…, clarifying that …", "and arguing that"), which then shares
//! the speaker of the quotation before it in the sentence, or else the sentence's subject.

use super::QuoteAt;
use crate::extract::phrases::Mention;
use crate::extract::speakers::cues::{Cued, participle_clause_subject};
use crate::extract::speakers::{Attribution, can_describe_a_speaker, subject_of_previous_sentence};

/// Records the cue found for the quotation `at`, and its speaker.
pub(super) fn take_cue(at: &QuoteAt<'_, '_>, a: &mut Attribution, Cued { mention, cue }: Cued) {
    a.cue = Some(cue.clone());
    if let Some(m) = mention {
        a.mention = Some(m);
        return;
    }
    // `"A," said Skelly, explaining …: "B"`: the speaker of an earlier quotation in the
    // sentence, else the sentence's subject.
    let quotes = at.paragraph.quotes;
    if let Some(j) = at.latest.sure_before(at.k).filter(|&j| quotes[j].outer.start >= at.sentence.start) {
        a.same_as = Some(j);
        return;
    }
    // The subject of a sentence may be a thing ("The first incident came …, shouting"): a
    // description must end in a role or a text; else a participle's subject is that of the
    // clause it closes ("…, when student protesters interrupted the senator, shouting").
    a.mention = at
        .facts
        .subject(&at.sentence, at.lex)
        .filter(|Mention { text: m, .. }| can_describe_a_speaker(m, at.lex))
        .or_else(|| clause_subject(at, &cue));
    // `Maher stated …. Adding, "…"`: a participle that is all its sentence has goes on from
    // the sentence before.
    let cue = a.cue.as_deref().unwrap_or_default();
    let opens = || at.text[at.sentence.clone()].trim_start().starts_with(cue);
    if a.mention.is_none() && opens() {
        match at.quoted_in_previous_sentence() {
            Some(j) => a.same_as = Some(j),
            None => a.mention = subject_of_previous_sentence(at.facts, &at.sentence, at.lex),
        }
    }
}

/// The subject of the clause a participle cue before the quotation closes, if any.
fn clause_subject(at: &QuoteAt<'_, '_>, cue: &str) -> Option<Mention> {
    let toks = at.tokens.within(at.before.clone());
    let v = toks.iter().rposition(|t| t.text == cue)?;
    participle_clause_subject(at.text, &toks, v, at.lex)
}
