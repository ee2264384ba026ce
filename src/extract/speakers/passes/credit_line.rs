//! `credit-line`: a quotation alone at the end of its paragraph, credited by the paragraph
//! after it when that paragraph is only a dash and a name (`"…"` then `- Bernie Sanders.`,
//! `-President Obama, tweeting after Clinton's speech.`), the layout of fact-checks and
//! notebooks that list what was said; read by
//! [`crate::extract::speakers::cues::credit_line`].

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::credit_line;

/// A dash line as the next paragraph.
pub(in crate::extract::speakers) struct CreditLine;

impl Pass for CreditLine {
    fn name(&self) -> &'static str {
        "credit-line"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        // The quotation ends its paragraph, with nothing of the reporter's around it.
        if !at.closes_paragraph() || !at.lone().0 {
            return false;
        }
        let Some(found) = credit_line(at.tokens, at.paragraph.range.end, at.lex) else { return false };
        take_cue(at, a, found);
        true
    }
}
