//! `cue-after`: the cue right after the quotation (`"…," Petro wrote`; `"…," said Scott
//! Bessent`; a dash line; "according to"; passive "by X"), read by
//! [`crate::extract::speakers::cues::cue_after`].

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::{Cued, DASH_LINE, cue_after, cue_before};
use crate::extract::windows::CUE_AFTER_WORDS;
use crate::lexicon::word_classes::RELAYING_CUES;

/// The cue right after the quotation.
pub(in crate::extract::speakers) struct CueAfter;

impl Pass for CueAfter {
    fn name(&self) -> &'static str {
        "cue-after"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(found) = cue_after(at.tokens, at.after.clone(), CUE_AFTER_WORDS, at.lex) else { return false };
        // `Prosecutors said Jaynes was "…", using the internet to peddle useless wares, news
        // agency Associated Press reported`: a medium reporting past the reporter's own words
        // relays the sentence; the speaker cued before the quotation (`cue-before`) says it.
        // Right after the quotation (`"…," the Times reported`) the medium is the source.
        let first_word = at.tokens.within(at.after.clone()).iter().find(|t| t.word).map(|t| t.start);
        let past_words = found.mention.as_ref().is_some_and(|m| first_word.is_some_and(|w| w < m.span.start));
        let relayed = past_words
            && RELAYING_CUES.contains(&found.cue.as_str())
            && cue_before(at.tokens, at.before.clone(), at.lex).is_some_and(|c| c.mention.is_some());
        // `Rajoy said … his party was "still the No. 1 force in Spain."--Kim Hjelmgaard`: a
        // dash line after a quotation whose own sentence names a speaker before it is the
        // writer's byline, not the speaker (`"…" — Commissioner Ana Soto` stands alone).
        let named_before = |c: Cued| c.mention.is_some_and(|m| m.span.end <= at.q.outer.start);
        let byline = found.cue == DASH_LINE && at.facts.cue(&at.sentence, at.lex).is_some_and(named_before);
        if relayed || byline {
            return false;
        }
        take_cue(at, a, found);
        true
    }
}
