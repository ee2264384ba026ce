//! `cue-after`: the cue right after the quotation (`"…," Petro wrote`; `"…," said Scott
//! Bessent`; a dash line; "according to"; passive "by X"), read by
//! [`crate::extract::speakers::cues::cue_after`].

use super::cued::take_cue;
use super::{Pass, QuoteAt};
use crate::extract::speakers::Attribution;
use crate::extract::speakers::cues::{Cued, DASH_LINE, cue_after, cue_before};
use crate::extract::tokens::Token;
use crate::extract::windows::CUE_AFTER_WORDS;
use crate::lexicon::word_classes::{self, RELAYING_CUES};

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
        // A fragment yields so to any speaker past words after it whose clause is tied to
        // those words, not the sentence's closing attribution ([`closes_the_sentence`]).
        let first_word = at.tokens.within(at.after.clone()).iter().find(|t| t.word).map(|t| t.start);
        let past_words = found.mention.as_ref().is_some_and(|m| first_word.is_some_and(|w| w < m.span.start));
        let inner = past_words
            && (RELAYING_CUES.contains(&found.cue.as_str()) || (at.fragment && !closes_the_sentence(at, &found)));
        let relayed = inner && cue_before(at.tokens, at.before.clone(), at.lex).is_some_and(|c| c.mention.is_some());
        // `Rajoy said … his party was "still the No. 1 force in Spain."--Kim Hjelmgaard`: a
        // dash line after a quotation whose own sentence names a speaker before it is the
        // writer's byline, not the speaker (`"…" — Commissioner Ana Soto` stands alone).
        let named_before = |c: Cued| c.mention.is_some_and(|m| m.span.end <= at.q.outer.start);
        let byline = found.cue == DASH_LINE && at.facts.cue(&at.sentence, at.lex).is_some_and(named_before);
        if relayed || byline {
            return false;
        }
        take_cue(at, a, found);
        true
    }
}

/// True when the cue clause `found` after a quotation is the sentence's own attribution,
/// closing it: right after the quotation or a comma (`…, said Geert Wilders`, `…, according
/// to a source`, `"…," spokesman Ian Dale said`). Not one that a word ending a noun phrase
/// (`[phrase_stops]`, `[prepositions]`: a conjunction, a relative word, a preposition) ties
/// to the words before (`Cruz accuses Obama of "leading from behind" and Trump says he is
/// …`, `"rigged", a charge that party leaders denied`, `"a PR exercise" ahead of an election
/// predicted for May`): a clause of its own, whose speaker says none of a fragment inside
/// the reporter's clause before it.
fn closes_the_sentence(at: &QuoteAt<'_, '_>, found: &Cued) -> bool {
    let after = at.tokens.within(at.after.clone());
    // "according to": its first word opens the clause.
    let first = found.cue.split_whitespace().next().unwrap_or_default();
    let cue_at = after.iter().find(|t| t.word && t.text.eq_ignore_ascii_case(first)).map(|t| t.start);
    let starts = [cue_at, found.mention.as_ref().map(|m| m.span.start)];
    let Some(clause) = starts.into_iter().flatten().min() else { return true };
    // The words from the quotation or the last comma before the clause: a role before a
    // name (`"…," spokesman Ian Dale said`) ties nothing.
    let lead = &after[..after.partition_point(|t| t.start < clause)];
    let from = lead.iter().rposition(|t| t.is(',')).map_or(0, |c| c + 1);
    let ties = |t: &Token<'_>| {
        let l = t.text.to_lowercase();
        t.word && (word_classes::PHRASE_STOPS.contains(&l.as_str()) || word_classes::PREPOSITIONS.contains(&l.as_str()))
    };
    !lead[from..].iter().any(ties)
}
