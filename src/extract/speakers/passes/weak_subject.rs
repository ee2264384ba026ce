//! `weak-subject`: a full quotation inside a sentence with no reporting verb ("Moore left
//! them with a promise of "…"", "Kaine has adopted the stance: …") is, weakly, the
//! sentence's subject's: kept only if it names someone who can speak (see `can_speak` in
//! [`crate::extract::speakers::article`]). Not when the subject was addressed ("Trump was
//! asked, "…?"").

use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::subject_is_addressed;

/// The sentence's subject, as a guess.
pub(in crate::extract::speakers) struct WeakSubject;

impl Pass for WeakSubject {
    fn name(&self) -> &'static str {
        "weak-subject"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        if at.fragment || subject_is_addressed(&at.facts.unquoted(&at.sentence)) {
            return false;
        }
        a.mention = at.facts.subject(&at.sentence, at.lex);
        a.weak = true;
        true
    }
}
