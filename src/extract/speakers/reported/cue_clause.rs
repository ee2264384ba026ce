//! `cue-clause`: the source and the cue first, the statement after them: "Petro said the
//! strikes violated international law", "The senator told reporters she would vote against
//! the bill", "…, saying the talks had failed".

use super::{ReportedPass, SentenceAt, Statement};
use crate::extract::phrases::{PRONOUNS, is_adverb, lower, np_forward_span, sentence_subject};
use crate::extract::speakers::cues::{ADDRESSED_VERBS, is_passive_auxiliary, subject_of_cue_before};
use crate::extract::windows::REPORTED_THAT_REACH;
use crate::lexicon::word_classes;

pub(super) struct CueClause;

impl ReportedPass for CueClause {
    fn name(&self) -> &'static str {
        "cue-clause"
    }

    fn run(&self, s: &SentenceAt<'_, '_>) -> Option<Statement> {
        s.cues().find_map(|v| statement_after(s, v))
    }
}

/// The statement after the cue at `toks[v]`, if what follows it can be one.
fn statement_after(s: &SentenceAt<'_, '_>, v: usize) -> Option<Statement> {
    let toks = s.toks;
    let cue = lower(&toks[v]);
    let mut from = (v + 1).min(s.clause.end);
    // "told reporters", "told CNN on Tuesday": the one spoken to said nothing, however
    // the words after it go on ("told a news conference following a cabinet meeting that");
    // not what is told ("told a different story").
    if ADDRESSED_VERBS.contains(&cue.as_str())
        && let Some((m, _)) = np_forward_span(s.text, toks, from, s.lex)
    {
        // "told the Senate he was resigning": the one spoken to ends before a subject
        // pronoun (`[pronouns]`) that opens what was told.
        let end = s.index_at(m.span.end);
        let end = (from + 1..end).find(|&i| PRONOUNS.contains(&lower(&toks[i]).as_str())).unwrap_or(end);
        // The phrase may stop short of its head ("a much different story").
        let told = toks[from..(end + 2).min(s.clause.end).max(from)]
            .iter()
            .any(|t| word_classes::TOLD_THINGS.contains(&lower(t).as_str()));
        if !told {
            from = end;
        }
    }
    // "said on Tuesday that …", "said in a statement that …": the statement opens at "that".
    let from = from.min(s.clause.end);
    let that =
        toks[from..s.clause.end].iter().take(REPORTED_THAT_REACH).take_while(|t| t.word).position(|t| t.text == "that");
    let from = from + that.unwrap_or(0);
    if !s.is_content(from..s.clause.end) {
        return None;
    }
    // "The Dutch had not considered U.S. helicopters, he said, adding …": a participle that
    // only goes on ([continuing_participles]) right after a cue set off, subject and all,
    // after the reported words is that cue's subject's (not "Liu declined to give a profit
    // forecast, saying …", nor "The man threatened staff, police said, warning them …").
    let goes_on = word_classes::CONTINUING_PARTICIPLES.contains(&cue.as_str());
    let set_off_cue =
        goes_on && v >= 2 && toks[v - 1].is(',') && toks[v - 2].word && s.lex.is_speech_verb(toks[v - 2].text);
    let set_off_subject = || {
        subject_of_cue_before(s.text, toks, v - 2, s.lex)
            .filter(|m| s.index_at(m.span.start).checked_sub(1).is_some_and(|j| toks[j].is(',')))
    };
    let participle = cue.as_str().ends_with("ing");
    let mention = if let Some(subject) = (participle && set_off_cue).then(set_off_subject).flatten() {
        Some(subject)
    } else if participle {
        // "…, saying the talks had failed": the sentence's subject.
        sentence_subject(s.text, &toks[..v], s.lex)
    } else {
        // The cue's subject, else the sentence's, but not a word that only opens it
        // ("Moreover", "Despite pledges that …").
        subject_of_cue_before(s.text, toks, v, s.lex).or_else(|| sentence_subject(s.text, &toks[..v], s.lex)).filter(
            |m| {
                let one_word = !m.text.contains(char::is_whitespace);
                !(one_word && s.lex.is_clause_opener(&m.text.to_lowercase()))
            },
        )
    };
    // "It was said that …", "It was announced that …": the "it" of a passive stands for the
    // words, not for anyone who spoke them (not "Sanders was declared the winner", whose
    // subject the reader keeps), past adverbs ("It was widely reported that …").
    let before = toks[..v].iter().rposition(|t| is_passive_auxiliary(t) || !is_adverb(t));
    let passive = before.is_some_and(|b| is_passive_auxiliary(&toks[b]));
    let mention = mention.filter(|m| !(passive && m.text.eq_ignore_ascii_case("it")));
    Some(Statement { mention, cue: toks[v].text.to_owned(), content: [v..v, from..s.clause.end] })
}
