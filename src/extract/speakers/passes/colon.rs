//! `colon`: a clause ending in a colon introduces its subject's words even without a
//! reporting verb (`Trump leaned in and boomed: "…"`; `More from Blumenthal: "…"`; a text
//! after "from", `From the report: "…"`), unless the name before the colon is an object ("a
//! blunt message to Trump:").

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::colon_before;

/// A clause ending in a colon right before the quotation.
pub(in crate::extract::speakers) struct Colon;

impl Pass for Colon {
    fn name(&self) -> &'static str {
        "colon"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(found) = colon_before(at.tokens, &at.before, at.lex) else { return false };
        take_cue(at, a, found);
        true
    }
}
