//! `according-to`: "According to the ministry, 80 people died", "80 people died,
//! according to the ministry", "The party, according to its leader, will win": the source
//! after "according to", the rest of the sentence around it.

use super::{ReportedPass, SentenceAt, Statement};
use crate::extract::phrases::{lower, np_forward};

pub(super) struct AccordingTo;

impl ReportedPass for AccordingTo {
    fn name(&self) -> &'static str {
        "according-to"
    }

    fn run(&self, s: &SentenceAt<'_, '_>) -> Option<Statement> {
        let (toks, clause) = (s.toks, s.clause.clone());
        let v = (clause.start + 1..clause.end)
            .find(|&i| lower(&toks[i - 1]).as_str() == "according" && lower(&toks[i]).as_str() == "to")?
            - 1;
        let mention = np_forward(s.text, toks, v + 2, s.lex)?;
        let after_source = s.index_at(mention.span.end).min(clause.end);
        // After the source, what was said resumes after the comma that closes it.
        let after = toks[after_source..clause.end]
            .iter()
            .position(|t| t.is(','))
            .map_or(clause.end..clause.end, |c| after_source + c + 1..clause.end);
        // Words before it are what was said unless they only open the sentence ("But").
        let before = if s.words(clause.start..v) >= 3 { clause.start..v } else { v..v };
        Some(Statement { mention: Some(mention), cue: "according to".into(), content: [before, after] })
    }
}
