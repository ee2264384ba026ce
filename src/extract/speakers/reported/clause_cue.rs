//! `clause-cue`: the statement first, its source after it: "The strikes violated
//! international law, Petro said.", "…, said the minister on Tuesday.", "The plan, he
//! said, will fail."

use super::{ReportedPass, SentenceAt, Statement};
use crate::extract::phrases::{DETERMINERS, PRONOUNS, lower, np_forward, subject_end};
use crate::extract::speakers::cues::subject_before;
use crate::extract::windows::{REPORTED_MIN_WORDS, REPORTED_TAIL_WORDS};
use crate::lexicon::word_classes;

pub(super) struct ClauseCue;

impl ReportedPass for ClauseCue {
    fn name(&self) -> &'static str {
        "clause-cue"
    }

    fn run(&self, s: &SentenceAt<'_, '_>) -> Option<Statement> {
        let (toks, clause) = (s.toks, s.clause.clone());
        let v = s.cues().next_back()?;
        // The comma that ends the statement and opens its source.
        let comma = clause.start + toks[clause.start..v].iter().rposition(|t| t.is(','))?;
        let end = subject_end(toks, v).max(comma + 1);
        let (mention, tail_from) = if end == comma + 1 {
            // ", said the minister": the source after the cue (not "said she sees …"); a
            // participle there ("…, saying judges will …") goes on from the clause's own
            // subject and reports the words after it.
            if toks[v].text.ends_with("ing") {
                return None;
            }
            let m = np_forward(s.text, toks, v + 1, s.lex)
                .filter(|m| !PRONOUNS.contains(&m.text.to_lowercase().as_str()))?;
            let after = s.index_at(m.span.end);
            // "A dealer in Davenport, Iowa, said the market was weak": a finite auxiliary or
            // modal right after the phrase (`[clause_verbs]`; not an adverb: ", said union
            // leader Bob Crow again", unless a word follows it that is no
            // preposition: ", said parents still want …"; nor "to": ", said the minister to reporters") makes
            // the phrase the subject of what was said, the comma before the cue only
            // closing an aside of the source's.
            // So does a subject pronoun there (", told reporters he was resigning").
            if verb_follows(toks, after) {
                return None;
            }
            (m, after)
        } else {
            let m = subject_before(s.text, &toks[comma + 1..end], s.lex)?;
            if m.span.start != toks[comma + 1].start {
                return None;
            }
            (m, v + 1)
        };
        // After the cue, only light words ("on Tuesday", "in a statement") to the sentence's
        // end or to a comma after which the statement goes on.
        let tail_from = tail_from.min(clause.end);
        let next_comma = toks[tail_from..clause.end].iter().position(|t| t.is(','));
        let light_end = next_comma.map_or(clause.end, |c| tail_from + c);
        if s.words(tail_from..light_end) > REPORTED_TAIL_WORDS {
            return None;
        }
        // "The plan, he said, will fail": the statement goes on after the source, unless what
        // follows describes the source (", said Sherman, a George Washington University grad").
        let goes_on = next_comma.is_some()
            && toks.get(light_end + 1).is_some_and(|t| {
                t.word && !t.is_capitalized() && !DETERMINERS.contains(&t.text) && !PRONOUNS.contains(&t.text)
            });
        let rest = if goes_on { light_end + 1..clause.end } else { clause.end..clause.end };
        if s.words(clause.start..comma) + s.words(rest.clone()) < REPORTED_MIN_WORDS {
            return None;
        }
        Some(Statement { mention: Some(mention), cue: toks[v].text.to_owned(), content: [clause.start..comma, rest] })
    }
}

/// True when a finite auxiliary or modal (`[clause_verbs]`) or a pronoun is at `at`, or a
/// lower-case word other than a preposition after adverbs of `[auxiliaries]` ("still want").
fn verb_follows(toks: &[crate::extract::tokens::Token<'_>], at: usize) -> bool {
    let finite = |l: &str| word_classes::CLAUSE_VERBS.contains(&l) || PRONOUNS.contains(&l);
    let mut k = at;
    while toks.get(k).is_some_and(|t| {
        let l = lower(t);
        t.word && !finite(&l) && word_classes::AUXILIARIES.contains(&l.as_str())
    }) {
        k += 1;
    }
    toks.get(k).is_some_and(|t| {
        let l = lower(t);
        t.word
            && (finite(&l)
                || (k > at
                    && !t.is_capitalized()
                    && !word_classes::PREPOSITIONS.contains(&l.as_str())
                    && !word_classes::OBJECT_PREPOSITIONS.contains(&l.as_str())
                    && !DETERMINERS.contains(&l.as_str())))
    })
}
