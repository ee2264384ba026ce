//! `next-sentence`: `"…?" Renteria told reporters.`: a quotation that is its whole
//! sentence, attributed at the start of the next sentence (name and cue within a few
//! words), unless that sentence reports a clause of its own or introduces a quotation of
//! its own, or the quotation goes on from an attributed one before it.

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::phrases::Mention;
use crate::extract::phrases::{DETERMINERS, PRONOUNS, lower};
use crate::extract::speakers::cues::{ADDRESSED_VERBS, Cued, cue_after};
use crate::extract::speakers::{Attribution, sentence_at};
use crate::extract::windows::CUE_AFTER_WORDS;
use crate::lexicon::word_classes::NOT_SPEAKERS;

/// Words opening a reported question: `explained what went wrong`, `asked whether …`.
const QUESTION_WORDS: &[&str] = &["what", "how", "why", "whether", "where", "when", "who"];

/// The cue at the start of the next sentence.
pub(in crate::extract::speakers) struct NextSentence;

impl Pass for NextSentence {
    fn name(&self) -> &'static str {
        "next-sentence"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        // `"…," he said. "…" The world champion says …`: a quotation alone after an
        // attributed one goes on from it rather than take the next sentence's cue.
        if at.lone().1.is_some() {
            return false;
        }
        let Some(found) = cue_in_next_sentence(at) else { return false };
        take_cue(at, a, found);
        true
    }
}

fn cue_in_next_sentence(at: &QuoteAt<'_, '_>) -> Option<Cued> {
    let (text, lex) = (at.text, at.lex);
    // Only a quotation that is its whole sentence: `Japan branded it an "outlaw nation."
    // Russia insisted …` gives the next sentence its own speaker.
    let words = |r: &std::ops::Range<usize>| at.tokens.within(r.clone()).iter().any(|t| t.word);
    if words(&at.before) || words(&at.after) {
        return None;
    }
    let sents = at.paragraph.sentences;
    let next = sents.get(sentence_at(sents, at.sentence.start)? + 1)?;
    // A next sentence that introduces a quotation of its own with a colon speaks for that
    // one: `"…" Harriet Harman told researchers of the hostility: "…"`; also after a
    // phrase quoted on the way (`Reminded that Ferguson called him "a disgrace", Wenger
    // added: "…"`).
    let opaque = at.facts.opaque();
    let introduces = opaque[opaque.partition_point(|o| o.start < next.start)..]
        .iter()
        .take_while(|o| o.start < next.end)
        .any(|o| text[next.start..o.start].trim_end().ends_with(':'));
    if introduces {
        return None;
    }
    let Cued { mention, cue } = cue_after(at.tokens, next.clone(), CUE_AFTER_WORDS, lex)?;
    // `"…" That said, she is working on a feature.`: a function word read as the name is
    // an idiom, no speaker, and leaves the quotation to the sentence before.
    if mention.as_ref().is_some_and(|m| NOT_SPEAKERS.contains(&m.text.to_lowercase().as_str())) {
        return None;
    }
    // `"…" It helps, said Mr Burke, that people …`, `"…" O'Connor was touted by coach Warren
    // Gatland as …`: a cue after words of the next sentence's own (outside quotations) and
    // before its speaker is that sentence's.
    let toks = at.tokens.within(next.clone());
    let cue_at = toks.iter().position(|t| t.text == cue && mention.as_ref().is_none_or(|m| t.start < m.span.start));
    let own_words = |v: usize| toks[..v].iter().any(|t| t.word && !crate::extract::quotes::inside(opaque, t.start));
    if cue_at.is_some_and(own_words) {
        return None;
    }
    // `"…" Stuart Cohen said the move could mean …`, `"…" Simon Hall said 2,000 people had
    // turned out`, `"…" Duff explained what went wrong`: a cue that goes on to report a
    // clause of its own (after a determiner, "that", a pronoun, a number or a question word)
    // starts a new statement; `"…?" Renteria told reporters.` ends on its cue.
    let from = mention.as_ref().map_or(next.start, |Mention { span, .. }| span.end);
    let after_cue = toks.iter().skip_while(|t| t.start < from || t.text != cue).nth(1);
    let addressed = ADDRESSED_VERBS.contains(&cue.as_str());
    let reports = !addressed
        && after_cue.is_some_and(|n| {
            let l = lower(n);
            let number = n.text.starts_with(|c: char| c.is_ascii_digit());
            n.word
                && !n.is_capitalized()
                && (DETERMINERS.contains(&l.as_str())
                    || l == "that"
                    || PRONOUNS.contains(&l.as_str())
                    || QUESTION_WORDS.contains(&l.as_str())
                    || number)
        });
    (!reports).then_some(Cued { mention, cue })
}
