//! `split`: `"A," he said. "B."` or `"A," he said, "B."`: B continues A when nothing but
//! the cue clause stands between them, however long its apposition (`"A," said David
//! Magel, 53, who lives in … Ill. "B"`), and never past another speaker's cue; a guessed
//! (weak) speaker not past its own sentence.

use super::{Pass, QuoteAt};
use crate::extract::phrases::Mention;
use crate::extract::speakers::cues::is_cue;
use crate::extract::speakers::{Attribution, sentence_at};
use crate::extract::windows::{SPLIT_GAP_WORDS, SPLIT_SENTENCE_GAP_WORDS};

/// The second part of a split or continued quotation.
pub(in crate::extract::speakers) struct Split;

impl Pass for Split {
    fn name(&self) -> &'static str {
        "split"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(j) = earlier_part(at) else { return false };
        a.same_as = Some(j);
        true
    }
}

fn earlier_part(at: &QuoteAt<'_, '_>) -> Option<usize> {
    let (text, done) = (at.text, at.done);
    let (quotes, sents) = (at.paragraph.quotes, at.paragraph.sentences);
    let j = at.k.checked_sub(1)?;
    let gap_range = quotes[j].outer.end..quotes[at.k].outer.start;
    let gap = &text[gap_range.clone()];
    let plain = !gap.contains(['?', '!', ';', ':']);
    let short_gap = gap.split_whitespace().count() <= SPLIT_GAP_WORDS && plain;
    let sentence_start = at.before.start == at.sentence.start;
    let has_speaker = done[j].mention.is_some() || done[j].same_as.is_some();
    // Past the earlier quotation's sentence (whose cue and clauses are its own: `"A," said
    // X, who recently published …`), the words between may hold its cue (`"A." X said.
    // "B"`) but no other: `… a "patent commons". Adam Jollans said …. "B"` gives B to
    // Jollans.
    let only_its_cue = plain && gap.split_whitespace().count() <= SPLIT_SENTENCE_GAP_WORDS && done[j].cue.is_some();
    if !(has_speaker && (short_gap || sentence_start || only_its_cue)) {
        return None;
    }
    let own_end = sentence_at(sents, quotes[j].outer.start).map_or(gap_range.start, |i| sents[i].end);
    // A guessed speaker (`Politifact seized on Trump's claim that "…". They checked the
    // Tribune and found "B"`) is not carried past its own sentence.
    if done[j].weak && own_end <= quotes[at.k].outer.start {
        return None;
    }
    let after_own = own_end.clamp(gap_range.start, gap_range.end)..gap_range.end;
    let own_cue_after = done[j].mention.as_ref().is_some_and(|Mention { span, .. }| span.start >= after_own.start);
    let toks = at.tokens.within(after_own);
    let cues = (0..toks.len()).filter(|&v| is_cue(&toks, v, at.lex)).count();
    let no_other_cue = cues == 0 || (cues == 1 && own_cue_after);
    no_other_cue.then_some(j)
}
