//! `split`: `"A," he said. "B."` or `"A," he said, "B."`: B continues A when nothing but
//! the cue clause stands between them, however long its apposition (`"A," said David
//! Magel, 53, who lives in … Ill. "B"`), and never past another speaker's cue; a guessed
//! (weak) speaker not past its own sentence.

use super::{Pass, QuoteAt};
use crate::extract::phrases::Mention;
use crate::extract::phrases::PRONOUNS;
use crate::extract::speakers::cues::is_cue;
use crate::extract::speakers::{Attribution, previous_sentence, sentence_at};
use crate::extract::windows::{SPLIT_GAP_WORDS, SPLIT_SENTENCE_GAP_WORDS};
use std::ops::Range;

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
    if sentence_start && another_named_subject(at, j, &after_own) {
        return None;
    }
    let own_cue_after = done[j].mention.as_ref().is_some_and(|Mention { span, .. }| span.start >= after_own.start);
    let toks = at.tokens.within(after_own);
    let cues = (0..toks.len()).filter(|&v| is_cue(&toks, v, at.lex)).count();
    let no_other_cue = cues == 0 || (cues == 1 && own_cue_after);
    no_other_cue.then_some(j)
}

/// True when the sentence right before the quotation, past the earlier part's own sentence,
/// has for subject a person's name that shares no word with the name the earlier part's
/// chain is cued to: `"A," Forster said. "B." Ruddock, though, is wary. "C"` gives C to Ruddock
/// (the previous sentence's subject, a later pass), not to Forster.
fn another_named_subject(at: &QuoteAt<'_, '_>, j: usize, after_own: &Range<usize>) -> bool {
    let Some(prev) = previous_sentence(at.facts.sentences(), &at.sentence).filter(|p| p.start >= after_own.start)
    else {
        return false;
    };
    let root = at.latest.root(j);
    let (Some(earlier), Some(subject)) = (&at.done[root].mention, at.facts.subject(prev, at.lex)) else {
        return false;
    };
    fn name(m: &str) -> Option<Vec<&str>> {
        let words: Vec<&str> = m.split_whitespace().collect();
        let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
        let pronoun = words.iter().any(|w| PRONOUNS.contains(&w.to_lowercase().as_str()));
        (capitalised && !pronoun).then_some(words)
    }
    // A person's name, not a firm's ("BT was one of the companies …"): no word in capitals
    // only, no organisation the gazetteer knows, no word of organisations' names.
    let lex = at.lex;
    let firm = subject.text.split_whitespace().any(|w| !w.chars().any(char::is_lowercase) || lex.is_org_word(w))
        || lex.find_organization(&subject.text).is_some();
    let (Some(earlier), Some(subject), false) = (name(&earlier.text), name(&subject.text), firm) else {
        return false;
    };
    let base = |w: &str| w.trim_end_matches("'s").trim_end_matches(['\'', '\u{2019}']).to_owned();
    !subject.iter().any(|w| earlier.iter().any(|e| base(e) == base(w)))
}
