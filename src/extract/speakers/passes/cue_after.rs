//! `cue-after`: the cue right after the quotation (`"…," Petro wrote`; `"…," said Scott
//! Bessent`; a dash line; "according to"; passive "by X"), read by
//! [`crate::extract::speakers::cues::cue_after`].

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::cue_after;
use crate::extract::windows::CUE_AFTER_WORDS;

/// The cue right after the quotation.
pub(in crate::extract::speakers) struct CueAfter;

impl Pass for CueAfter {
    fn name(&self) -> &'static str {
        "cue-after"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(found) = cue_after(at.tokens, at.after.clone(), CUE_AFTER_WORDS, at.lex) else { return false };
        take_cue(at, a, found);
        true
    }
}
