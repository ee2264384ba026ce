//! `cue-after`: the cue right after the quotation (`"…," Petro wrote`; `"…," said Scott
//! Bessent`; a dash line; "according to"; passive "by X"), read by
//! [`crate::extract::speakers::cues::cue_after`].

use super::cue_before::received_without_agent;
use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::phrases::lower;
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::{Cued, DASH_LINE, cue_after, cue_before};
use crate::extract::tokens::Token;
use crate::extract::windows::{CUE_AFTER_WORDS, MAIN_SUBJECT_LEAD_WORDS};
use crate::lexicon::word_classes::{
    COORDINATING_CONJUNCTIONS, OPENING_CONJUNCTIONS, PRONOUNS, QUESTION_CUES, RELAYING_CUES, SUBORDINATORS,
};

/// The cue right after the quotation.
pub(in crate::extract::speakers) struct CueAfter;

impl Pass for CueAfter {
    fn name(&self) -> &'static str {
        "cue-after"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(found) = cue_after(at.tokens, at.after.clone(), CUE_AFTER_WORDS, at.lex) else { return false };
        // `Prosecutors said Jaynes was "…", using the internet to peddle useless wares, news
        // agency Associated Press reported`: a medium reporting past the reporter's own words
        // relays the sentence; the speaker cued before the quotation (`cue-before`) says it.
        // Right after the quotation (`"…," the Times reported`) the medium is the source.
        let first_word = at.tokens.within(at.after.clone()).iter().find(|t| t.word).map(|t| t.start);
        let past_words = found.mention.as_ref().is_some_and(|m| first_word.is_some_and(|w| w < m.span.start));
        let relayed = past_words
            && RELAYING_CUES.contains(&found.cue.as_str())
            && cue_before(at.tokens, at.before.clone(), at.lex).is_some_and(|c| c.mention.is_some());
        // `Rajoy said … his party was "still the No. 1 force in Spain."--Kim Hjelmgaard`: a
        // dash line after a quotation whose own sentence names a speaker before it is the
        // writer's byline, not the speaker (`"…" — Commissioner Ana Soto` stands alone).
        let named_before = |c: Cued| c.mention.is_some_and(|m| m.span.end <= at.q.outer.start);
        let byline = found.cue == DASH_LINE && at.facts.cue(&at.sentence, at.lex).is_some_and(named_before);
        if relayed || byline {
            return false;
        }
        // A fragment is a phrase of the clause it sits in: a cue past a semicolon, or past
        // the opening clause whose own cue comes before it, is another clause's.
        if at.fragment && (past_a_clause_break(at, &found) || cued_in_its_opening_clause(at, &found)) {
            return false;
        }
        take_cue(at, a, found);
        true
    }
}

/// The tokens between the quotation and the clause of the cue `found` after it, which begins
/// at its speaker's mention or at the cue (for "according to", its first word), whichever
/// comes first.
fn before_clause<'t, 'a>(at: &QuoteAt<'_, '_>, after: &'t [Token<'a>], found: &Cued) -> Option<&'t [Token<'a>]> {
    let first = found.cue.split_whitespace().next().unwrap_or_default();
    let cue_at = after.iter().find(|t| t.word && t.text.eq_ignore_ascii_case(first)).map(|t| t.start);
    let mention_at = found.mention.as_ref().map(|m| m.span.start).filter(|s| *s >= at.after.start);
    let clause = [cue_at, mention_at].into_iter().flatten().min()?;
    Some(&after[..after.partition_point(|t| t.start < clause)])
}

/// True when the words `lead` before a clause's subject are a few of its phrase at most
/// ([`MAIN_SUBJECT_LEAD_WORDS`]: `two of the trustees`), with no comma: the clause opens there.
fn opens_right_there(lead: &[Token<'_>]) -> bool {
    !lead.iter().any(|t| t.is(',')) && lead.iter().filter(|t| t.word).count() <= MAIN_SUBJECT_LEAD_WORDS
}

/// `Mara Oakes calls it her "steady hand"; critics dismiss it as caution`: a fragment whose
/// own clause has a cue with its subject before it (`Mara Oakes calls`), with the cue after
/// it opening the next clause (a few words of its subject's phrase at most, no comma: `;
/// critics dismiss`) right after a semicolon or a clause's conjunction ([`clause_break`]:
/// `Ames called the vote "rigged," and a few senators have called for …`), is its own
/// cue's; the next clause's speaker said none of it. A clause between (`The talks were
/// "constructive"; no deal was reached, the spokesman said`) or no cue before (`The answer
/// was "No comment"; the company said`) keeps the cue after.
fn past_a_clause_break(at: &QuoteAt<'_, '_>, found: &Cued) -> bool {
    let after = at.tokens.within(at.after.clone());
    let Some(gap) = before_clause(at, &after, found) else { return false };
    let Some(open) = clause_break(gap) else { return false };
    if !opens_right_there(&gap[open..]) {
        return false;
    }
    let Some(own) = cue_before(at.tokens, at.before.clone(), at.lex) else { return false };
    // A cue of asking (`Reporters asked whether the plan was "dead," and Jo Smith said`)
    // leaves the words to the one who answers.
    let asked = own.cue.split_whitespace().any(|w| QUESTION_CUES.contains(&w.to_lowercase().as_str()));
    own.mention.as_ref().is_some_and(|m| m.span.start >= at.sentence.start)
        && !asked
        && !received_without_agent(at, &own.cue)
}

/// Where the next clause opens in `gap`, the words between a fragment and the clause of a cue
/// after it: past its last semicolon, or past a conjunction ([`COORDINATING_CONJUNCTIONS`])
/// that is its first word or follows a comma (`…," and two aides said`); one inside a
/// subject's phrase (`Smith and Jones said`) opens nothing.
fn clause_break(gap: &[Token<'_>]) -> Option<usize> {
    let conjunction = |i: usize| {
        let t = &gap[i];
        let first = !gap[..i].iter().any(|t| t.word);
        t.word
            && COORDINATING_CONJUNCTIONS.contains(&lower(t).as_str())
            && (first || gap[..i].last().is_some_and(|p| p.is(',')))
    };
    (0..gap.len()).rev().find(|&i| gap[i].is(';') || conjunction(i)).map(|i| i + 1)
}

/// `Because Colm Ferris said the dam was "safe as houses," the engineers said …`: a
/// fragment inside a sentence's opening subordinate clause ("after", "while", "even as", a
/// conjunction at most before it, no comma, colon, dash or bracket within it before the
/// quotation) whose own cue with its subject stands before the fragment is that cue's; the
/// cue after it (in the same clause, or opening the main clause right after the comma that
/// ends it: `…," two of the trustees said`) reports something else. A cue after more words
/// of the main clause (`Although critics called it "a mess," it will go ahead, the minister
/// said`) closes the sentence and keeps it.
fn cued_in_its_opening_clause(at: &QuoteAt<'_, '_>, found: &Cued) -> bool {
    if at.before.start != at.sentence.start {
        return false;
    }
    let toks = at.tokens.within(at.before.clone());
    let mut i = usize::from(toks.first().is_some_and(|t| t.word && OPENING_CONJUNCTIONS.contains(&lower(t).as_str())));
    i += usize::from(toks.get(i).is_some_and(|t| t.word && lower(t) == "even"));
    let Some(opener) = toks.get(i).filter(|t| t.word && SUBORDINATORS.contains(&lower(t).as_str())) else {
        return false;
    };
    let breaks = |t: &Token<'_>| [',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'].iter().any(|&c| t.is(c));
    if toks[i + 1..].iter().any(breaks) {
        return false;
    }
    let Some(own) = cue_before(at.tokens, at.before.clone(), at.lex) else { return false };
    // Its subject named (`Although she has called the plan "flawed," Hillary Clinton said`
    // may be Clinton's own clause), and a cue of saying, not of asking (`When reporters
    // asked whether the plan was "dead," Smith said` is Smith's word).
    let named = own
        .mention
        .as_ref()
        .is_some_and(|m| m.span.start > opener.start && !PRONOUNS.contains(&m.text.to_lowercase().as_str()));
    let asked = own.cue.split_whitespace().any(|w| QUESTION_CUES.contains(&w.to_lowercase().as_str()));
    if !named || asked || received_without_agent(at, &own.cue) {
        return false;
    }
    // The cue after: within the opening clause, or right after the comma that ends it.
    let after = at.tokens.within(at.after.clone());
    let Some(gap) = before_clause(at, &after, found) else { return false };
    // American style puts the comma ending the clause inside the marks (`"a mess," Vance said`).
    let comma_inside = at.text[at.q.inner.clone()].trim_end().ends_with(',');
    let comma = if comma_inside { Some(0) } else { gap.iter().position(|t| t.is(',')).map(|c| c + 1) };
    // Its subject's phrase may open with a few words (`two of the trustees`, `the head of
    // the union`), never past another comma.
    comma.is_none_or(|c| opens_right_there(&gap[c..]))
}
