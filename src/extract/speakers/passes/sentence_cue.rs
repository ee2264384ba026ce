//! `sentence-cue`: a cue elsewhere in the sentence, outside quotations (`X has claimed it
//! is targeting "narcoterrorists"`): the subject before the cue, or the sentence's subject
//! for a participle; not a speaker beyond a clause boundary after the quotation.

use super::cue_before::received_without_agent;
use super::{Pass, QuoteAt};
use crate::extract::phrases::Mention;
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::CONTRAST_CONJUNCTIONS;
use crate::extract::speakers::cues::Cued;
use crate::extract::tokens::Tokens;
use std::ops::Range;

/// A cue anywhere in the quotation's sentence.
pub(in crate::extract::speakers) struct SentenceCue;

impl Pass for SentenceCue {
    fn name(&self) -> &'static str {
        "sentence-cue"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let found = at.facts.cue(&at.sentence, at.lex).filter(|Cued { mention: m, .. }| {
            !across_a_clause(at.tokens, &at.q.outer, m.as_ref().map(|Mention { span, .. }| span.start))
        });
        let Some(Cued { mention, cue }) = found else { return false };
        if at.fragment && received_without_agent(at, &cue) {
            return false;
        }
        a.mention = mention;
        a.cue = Some(cue);
        true
    }
}

/// True when `at` (a speaker found elsewhere in the sentence) stands after the quotation
/// beyond a clause boundary: `dismissed the plan as "desperate", while the Liberal Democrats
/// said …` gives the second clause's speaker nothing to do with the quotation.
fn across_a_clause(tokens: &Tokens<'_>, quote: &Range<usize>, at: Option<usize>) -> bool {
    let Some(at) = at.filter(|&at| at > quote.end) else { return false };
    let toks = tokens.within(quote.end..at);
    toks.iter().enumerate().any(|(i, t)| {
        t.is(';')
            || CONTRAST_CONJUNCTIONS.contains(&t.text)
            || (crate::lexicon::word_classes::LIST_CONJUNCTIONS.contains(&t.text) && i > 0 && toks[i - 1].is(','))
    })
}
