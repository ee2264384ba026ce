//! `reopened`: the news convention of a quotation that runs over several paragraphs or
//! sentences leaves each part but the last unclosed and opens the next part with a fresh
//! mark (`"A. "B. "C," he said.` / a paragraph ending `"… at his feet.` and the next
//! opening `"The situation …"`). A part with nothing of the reporter's around it goes on
//! from the part before, whatever the sentence after it says (`"… see how it is." But
//! later, according to The Independent, Wenger spoke …` is still the first speaker's):
//! - inside a paragraph, it shares the speaker of the unclosed part it follows (none if
//!   that part has none);
//! - opening a paragraph after one that ended unclosed, it is decided without a speaker
//!   here, for the article's `continued-paragraph` to give it the one that ended there.

use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;

/// A part of a quotation continued after an unclosed one.
pub(in crate::extract::speakers) struct Reopened;

impl Pass for Reopened {
    fn name(&self) -> &'static str {
        "reopened"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let words = |r: &std::ops::Range<usize>| at.tokens.within(r.clone()).iter().any(|t| t.word);
        if words(&at.before) || words(&at.after) || at.fragment {
            return false;
        }
        let quotes = at.paragraph.quotes;
        if let Some(j) = at.k.checked_sub(1) {
            // The part before ended where this one opens: the scan reopened it here.
            // Its speaker may come later, from the article (a part that opened the paragraph
            // after an unclosed one): it is this part's all the same.
            let continued = !quotes[j].closed && quotes[j].outer.end == at.q.outer.start;
            if continued {
                a.same_as = Some(j);
                return true;
            }
            return false;
        }
        let opens = at.text[at.paragraph.range.start..at.q.outer.start].trim().is_empty();
        let after_unclosed = at
            .previous
            .and_then(|p| p.quotes.last())
            .is_some_and(|p| !p.closed && at.text[p.outer.end..at.paragraph.range.start].trim().is_empty());
        opens && after_unclosed
    }
}
