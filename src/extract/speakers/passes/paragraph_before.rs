//! A quotation alone in its sentence (no word of the reporter's around it) takes its
//! speaker from what comes before, in three passes:
//! - `goes-on`: the attributed quotation of the sentence before goes on (`"…," he said.
//!   "…"`);
//! - `previous-sentence`: the speaker of the sentence before, or its named subject (`X was
//!   blunt. "…"`);
//! - `paragraph-before`: a quotation opening its paragraph takes the introduction that
//!   ends the paragraph before ("Cruz continued:"), that paragraph's last cue (`…, Susan
//!   said as she turned.`), or weakly its last subject. A lone quotation that none of these
//!   explains gets no speaker: this pass decides it all the same.

use super::{Pass, QuoteAt};
use crate::extract::phrases::sentence_subject;
use crate::extract::speakers::cues::Cued;
use crate::extract::speakers::cues::{cue_after, cue_before};
use crate::extract::speakers::{Attribution, Paragraph, cue_in_sentence, subject_of_previous_sentence, unquoted};
use crate::extract::tokens::Tokens;
use crate::extract::windows::CUE_AFTER_WORDS;
use crate::lexicon::Lexicon;
use std::ops::Range;

/// The attributed quotation of the sentence before goes on.
pub(in crate::extract::speakers) struct GoesOn;

/// The speaker or named subject of the sentence before.
pub(in crate::extract::speakers) struct PreviousSentence;

/// The end of the paragraph before.
pub(in crate::extract::speakers) struct ParagraphBefore;

impl Pass for GoesOn {
    fn name(&self) -> &'static str {
        "goes-on"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let (true, Some(j)) = at.lone() else { return false };
        a.same_as = Some(j);
        true
    }
}

impl Pass for PreviousSentence {
    fn name(&self) -> &'static str {
        "previous-sentence"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        if !at.lone().0 {
            return false;
        }
        a.mention = subject_of_previous_sentence(at.facts, &at.sentence, at.lex);
        a.mention.is_some()
    }
}

impl Pass for ParagraphBefore {
    fn name(&self) -> &'static str {
        "paragraph-before"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        if !at.lone().0 {
            return false;
        }
        if at.k == 0
            && at.sentence.start == at.paragraph.range.start
            && let Some(prev) = at.previous
        {
            introduced_by(at.tokens, prev, a, at.lex);
        }
        true
    }
}

/// A quotation that opens its paragraph with nothing around it takes its speaker from the
/// paragraph before: the cue of an introduction ending in a colon ("Cruz continued:",
/// "Partial transcript as follows:"), or else, weakly, that paragraph's last subject.
fn introduced_by(tokens: &Tokens<'_>, prev: Paragraph<'_>, a: &mut Attribution, lex: &Lexicon) {
    let text = tokens.text();
    let quotes: Vec<Range<usize>> = prev.quotes.iter().map(|q| q.outer.clone()).collect();
    let Some(last) = prev.sentences.last().cloned() else { return };
    let toks = unquoted(tokens, &last, &quotes);
    if text[last.clone()].trim_end().ends_with(':') {
        let before_colon = last.start..text[..last.end].rfind(':').unwrap_or(last.end);
        if let Some(Cued { mention, cue }) = cue_before(tokens, before_colon, lex) {
            a.mention = mention.or_else(|| sentence_subject(text, &toks, lex));
            a.cue = Some(cue);
        } else {
            a.mention = sentence_subject(text, &toks, lex);
        }
    } else if !quotes.iter().any(|q| text[q.end..last.end].trim().is_empty()) {
        // Not after a paragraph ending in a quotation: that one's speaker goes on, or not.
        // `…, Susan said as she turned around.` / `"…"`: the speaker of the sentence
        // before; else, weakly, its subject.
        // `…, calling Trump "an orange buffoon," Susan said as she turned.`: the cue right
        // after the sentence's last quotation closes the sentence, before its first cue.
        let after_quote = quotes.iter().rfind(|q| last.contains(&q.start)).map(|q| q.end..last.end);
        let closing = after_quote.and_then(|after| cue_after(tokens, after, CUE_AFTER_WORDS, lex));
        if let Some(Cued { mention: Some(mention), cue }) =
            closing.filter(|c| c.mention.is_some()).or_else(|| cue_in_sentence(tokens, &last, &quotes, lex))
        {
            a.mention = Some(mention);
            a.cue = Some(cue);
        } else {
            a.mention = sentence_subject(text, &toks, lex);
            a.weak = true;
        }
    }
}
