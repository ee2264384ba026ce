//! `cue-before`: the cue right before the quotation (`Petro declared: "…"`; `Paul, who
//! wrote on X, "…"`; `according to X, "…"`; "issued a statement, …"), read by
//! [`crate::extract::speakers::cues::cue_before`].

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::phrases::{Mention, is_plain_noun, lower, np_forward};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::{cue_before, is_agent_passive, is_past_form};
use crate::lexicon::word_classes::{ARTICLES, BRANDING_PARTICIPLES};

/// The cue right before the quotation.
pub(in crate::extract::speakers) struct CueBefore;

impl Pass for CueBefore {
    fn name(&self) -> &'static str {
        "cue-before"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(mut found) = cue_before(at.tokens, at.before.clone(), at.lex) else { return false };
        if let Some(agent) = agent_after(at, &found.cue) {
            found.mention = Some(agent);
        } else if at.fragment && received_without_agent(at, &found.cue) {
            return false;
        }
        take_cue(at, a, found);
        true
    }
}

/// `The director was hailed for his "bold vision"`: a passive cue with no agent right after
/// it (`was described by Jobs as "…"` names one) gives the fragment no speaker; its
/// subject received the words, it did not say them, and who did is left to later passes
/// (not `sentence-cue`, which finds the same cue).
pub(super) fn received_without_agent(at: &QuoteAt<'_, '_>, cue: &str) -> bool {
    let before = at.tokens.within(at.before.clone());
    let Some(v) = before.iter().rposition(|t| t.text == cue) else { return false };
    let auxiliary = before[..v].iter().rev().find(|t| t.word).is_some_and(|aux| is_agent_passive(aux));
    is_past_form(cue) && auxiliary && before.get(v + 1).is_none_or(|b| b.text != "by")
}

/// `Plans … have been branded "deeply irresponsible" by the Liberal Democrats`: a passive
/// cue right before the quotation (an article or "as" at most between: `hailed as "a
/// triumph" by ministers`) has its agent after it; its subject is what was branded. Without
/// an auxiliary, a branding participle right after its noun is passive too (`in a move
/// branded a "humiliating retreat" by the Tories`).
fn agent_after(at: &QuoteAt<'_, '_>, cue: &str) -> Option<Mention> {
    let before = at.tokens.within(at.before.clone());
    let words: Vec<_> = before.iter().filter(|t| t.word).collect();
    let article = words.last().is_some_and(|t| ARTICLES.contains(&lower(t).as_str()));
    let mut words = &words[..words.len() - usize::from(article)];
    if words.len() > 1 && words.last().is_some_and(|t| lower(t) == "as") {
        words = &words[..words.len() - 1];
    }
    let (last, rest) = words.split_last()?;
    let auxiliary = rest.last().is_some_and(|aux| is_agent_passive(aux));
    let after_noun =
        BRANDING_PARTICIPLES.contains(&lower(last).as_str()) && rest.last().is_some_and(|noun| is_plain_noun(noun));
    if last.text != cue || !(auxiliary || after_noun) {
        return None;
    }
    let after = at.tokens.within(at.after.clone());
    let by = after.iter().position(|t| t.word)?;
    (after[by].text == "by").then(|| np_forward(at.text, &after, by + 1, at.lex)).flatten()
}
