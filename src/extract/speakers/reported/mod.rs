//! Reported speech: what a source said that the article gives without quotation marks
//! ("Petro said the strikes violated international law", "According to the ministry, 80
//! people died"). Each sentence without a quotation goes to `REPORTED_PASSES` in order;
//! the first that finds a reporting cue of speech (`[reported_cues]` in the word classes:
//! said, told, announced, argued, according to…; never a belief such as "thinks") with its
//! source and its content clause decides, and its name is kept as the statement's `rule`.
//! The source is resolved to a canonical speaker as a quotation's is
//! ([`crate::extract::resolve`]).
//!
//! To add a rule: a unit struct implementing `ReportedPass` in a file of its own here, put
//! in `REPORTED_PASSES` where it belongs in the order, with rows in
//! `src/extract/attribution_cases.jsonl` (`"kind": "reported"`).

use super::article::passage_of;
use super::cues::is_cue;
use crate::extract::doc::Document;
use crate::extract::phrases::{Mention, lower, past_dateline};
use crate::extract::resolve;
use crate::extract::tokens::Token;
use crate::extract::windows::REPORTED_MIN_WORDS;
use crate::lexicon::{Lexicon, word_classes};
use crate::model::{Passage, Quote, Reported};
use crate::normalize::collapse_whitespace;
use std::ops::Range;

mod according_to;
mod clause_cue;
mod cue_clause;
mod goes_on;

/// One rule that finds a reported statement in a sentence.
trait ReportedPass: Sync {
    /// The rule's name, as `extract` reports it.
    fn name(&self) -> &'static str;
    /// The statement the sentence reports, if this rule finds one.
    fn run(&self, s: &SentenceAt<'_, '_>) -> Option<Statement>;
}

/// The reported-speech passes, in the order they are tried.
const REPORTED_PASSES: &[&dyn ReportedPass] =
    &[&according_to::AccordingTo, &clause_cue::ClauseCue, &cue_clause::CueClause];

/// One clause of a sentence without quotations, as the passes read it: the sentence's
/// tokens (a source may stand before the clause: "X, who said A, said B") and the clause in
/// which the cue and what was said lie (the sentence cut between its cues: "X said A, while
/// Y said B").
struct SentenceAt<'a, 't> {
    /// The article body.
    text: &'t str,
    /// The sentence's tokens.
    toks: &'a [Token<'t>],
    /// The clause: a range of `toks`.
    clause: Range<usize>,
    /// The indices of the sentence's reporting cues, in order, found once.
    cues: Vec<usize>,
    lex: &'a Lexicon,
}

/// What a pass found: the source as written, the cue, and the content as ranges of the
/// sentence's tokens: the words said before the source and those after it, either empty
/// ("A, X said, B" has both).
struct Statement {
    mention: Option<Mention>,
    cue: String,
    content: [Range<usize>; 2],
}

impl SentenceAt<'_, '_> {
    /// The indices of the clause's reporting cues, in order.
    fn cues(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let (from, to) = (self.clause.start, self.clause.end);
        let (first, last) = (self.cues.partition_point(|&v| v < from), self.cues.partition_point(|&v| v < to));
        self.cues[first..last].iter().copied()
    }

    /// True when `toks[range]` can be what was said: enough words, and not opening with a
    /// preposition (`wrote about the event`, `responded by blocking`, `stated as fact`).
    fn is_content(&self, range: Range<usize>) -> bool {
        let first = self.toks[range.clone()].iter().find(|t| t.word);
        self.words(range) >= REPORTED_MIN_WORDS
            && first.is_some_and(|t| !word_classes::NOT_A_STATEMENT.contains(&lower(t).as_str()))
    }

    /// The number of words among `toks[range]`.
    fn words(&self, range: Range<usize>) -> usize {
        self.toks[range].iter().filter(|t| t.word).count()
    }

    /// The index of the first token at or after byte `at`.
    fn index_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }
}

/// Every reported statement of the article, in text order; "it" or "they" that only goes on
/// ("It added …") speaks for the statement or one of `quotes` right before.
pub fn article_reported(
    doc: &Document<'_>,
    passages: &[Passage],
    quotes: &[Quote],
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> Vec<Reported> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let first = doc.quoted.partition_point(|q| q.end <= sentence.start);
        if doc.quoted.get(first).is_some_and(|q| q.start < sentence.end) {
            continue;
        }
        let toks = doc.tokens.within(sentence.clone());
        let toks = &toks[dateline_end(doc, sentence.start, &toks)..];
        let cues = (0..toks.len()).filter(|&v| is_reporting_cue(toks, v, lex)).collect();
        let mut at = SentenceAt { text: doc.body, toks, clause: 0..0, cues, lex };
        for clause in clauses(&at) {
            at.clause = clause;
            let Some((rule, found)) = REPORTED_PASSES.iter().find_map(|p| p.run(&at).map(|f| (p.name(), f))) else {
                continue;
            };
            out.extend(statement(doc.body, toks, found, rule, passages, cx, lex));
        }
    }
    goes_on::carry_on(&mut out, quotes, doc, cx, lex);
    out
}

/// Where the words of the sentence `toks`, starting at byte `start`, begin past a wire
/// dateline ("NEW YORK, March 3 - ", "LONDON (Reuters) - "), which is neither source nor
/// statement: the passes read the sentence past it, as quotations' cues do. Only a
/// paragraph's first sentence has one, and only one with no word in lower case before its
/// dash: not "IBM, Apple and Intel said on Monday - in a joint statement - that …".
fn dateline_end(doc: &Document<'_>, start: usize, toks: &[Token<'_>]) -> usize {
    // The paragraph holding `start`, found by a binary search: this runs for every sentence.
    let paragraph = doc.paragraphs.get(doc.paragraphs.partition_point(|p| p.end <= start));
    let opens_paragraph = paragraph.is_some_and(|p| doc.body[p.start..start.max(p.start)].trim().is_empty());
    if !opens_paragraph {
        return 0;
    }
    let end = past_dateline(toks);
    let shaped = toks[..end].iter().all(|t| !t.word || !t.text.starts_with(char::is_lowercase));
    if shaped { end } else { 0 }
}

/// True when `toks[v]` reports speech: a verb of `[reported_cues]` used as a verb, not a
/// noun that opens the sentence with `[cue_noun_prepositions]` after it ("Remarks by two bankers …").
fn is_reporting_cue(toks: &[Token<'_>], v: usize, lex: &Lexicon) -> bool {
    let t = &toks[v];
    let noun_of =
        v == 0 && toks.get(1).is_some_and(|n| word_classes::CUE_NOUN_PREPOSITIONS.contains(&lower(n).as_str()));
    // The speech verbs' hashed set first: most words are none.
    t.word
        && !noun_of
        && lex.is_speech_verb(t.text)
        && word_classes::REPORTED_CUES.contains(&lower(t).as_str())
        && is_cue(toks, v, lex)
}

/// The sentence of `s` cut between its cues, each cut at the last comma, semicolon or
/// contrasting conjunction before the next cue ("X said A, | while Y said B"); cues with
/// none between them share one clause.
fn clauses(s: &SentenceAt<'_, '_>) -> Vec<Range<usize>> {
    let toks = s.toks;
    let according =
        |v: usize| lower(&toks[v]).as_str() == "according" && toks.get(v + 1).is_some_and(|t| t.text == "to");
    let mut cues: Vec<usize> = (0..toks.len()).filter(|&v| according(v)).collect();
    cues.extend(&s.cues);
    cues.sort_unstable();
    let mut out = Vec::new();
    let mut start = 0;
    for pair in cues.windows(2) {
        let cut = (pair[0] + 1..pair[1]).rev().find(|&i| {
            toks[i].is(',')
                || toks[i].is(';')
                || word_classes::CONTRAST_CONJUNCTIONS.contains(&lower(&toks[i]).as_str())
        });
        if let Some(cut) = cut {
            out.push(start..cut);
            start = cut + 1;
        }
    }
    if !cues.is_empty() {
        out.push(start..toks.len());
    }
    out
}

/// The speaker of a statement whose source is written `mention` at byte `at`: the person
/// it resolves to as a quotation's speaker would; a source that is no person of the article
/// stays as written ("Republicans" are not the Republican Party, "FEC records" not the
/// commission). A pronoun ("he", "it", "they") is what it refers back to, as a quotation's
/// would be, or no one: never "It" as written; so is a lone word that only describes a body
/// ("Company said …": [`resolve::bare_body_word`]).
fn source_of(mention: &str, at: usize, cx: &resolve::Context<'_>, lex: &Lexicon) -> Option<String> {
    if let Some(body) = resolve::bare_body_word(mention, at, cx, lex) {
        return body;
    }
    let resolved = if mention.eq_ignore_ascii_case("it") {
        resolve::reported_it(at, cx, lex)
    } else {
        resolve::resolve_speaker(mention, at, cx, lex)
    };
    match resolved {
        Some(name) if cx.persons.contains(&name) => Some(name),
        _ if resolve::is_referring_pronoun(mention) => resolved,
        _ => Some(collapse_whitespace(mention)),
    }
}

/// The statement `found` in a sentence of `toks`, its speaker resolved; `None` when its
/// content is too short to be a statement.
fn statement(
    body: &str,
    toks: &[Token<'_>],
    found: Statement,
    rule: &'static str,
    passages: &[Passage],
    cx: &resolve::Context<'_>,
    lex: &Lexicon,
) -> Option<Reported> {
    let pieces: Vec<Range<usize>> = found
        .content
        .iter()
        .filter_map(|r| {
            let words = &toks[r.clone()];
            let first = words.iter().position(|t| t.word)?;
            let last = words.iter().rposition(|t| t.word || t.is(')') || t.is('%'))?;
            Some(words[first].start..words[last].span().end)
        })
        .collect();
    let text = pieces.iter().map(|r| collapse_whitespace(&body[r.clone()])).collect::<Vec<_>>().join(" ");
    if text.split_whitespace().count() < REPORTED_MIN_WORDS {
        return None;
    }
    let span = pieces.first()?.start..pieces.last()?.end;
    // A source read as a count alone is widened to the group it counts ("Eleven" of
    // "Eleven progressive and Muslim groups said"); a reported statement is never dropped.
    let source = |m: &Mention| source_of(&m.text, m.span.start, cx, lex);
    let held = found.mention.as_ref().and_then(|m| super::plausible::checked(m, source(m), cx, lex, source, false));
    let (speaker, speaker_mention, changed) = match held {
        Some(held) => (held.speaker, Some(held.mention), held.changed),
        None => (None, None, false),
    };
    Some(Reported {
        text,
        passage: passage_of(passages, span.start),
        span,
        speaker,
        speaker_mention,
        cue: Some(found.cue),
        rule: match changed {
            true => format!("{rule}+{}", super::plausible::IMPLAUSIBLE),
            false => rule.to_owned(),
        },
    })
}
