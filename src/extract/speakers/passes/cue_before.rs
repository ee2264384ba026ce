//! `cue-before`: the cue right before the quotation (`Petro declared: "…"`; `Paul, who
//! wrote on X, "…"`; `according to X, "…"`; "issued a statement, …"), read by
//! [`crate::extract::speakers::cues::cue_before`].

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::cue_before;

/// The cue right before the quotation.
pub(in crate::extract::speakers) struct CueBefore;

impl Pass for CueBefore {
    fn name(&self) -> &'static str {
        "cue-before"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(found) = cue_before(at.tokens, at.before.clone(), at.lex) else { return false };
        take_cue(at, a, found);
        true
    }
}
