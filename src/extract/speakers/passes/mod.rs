//! Attribution as an ordered list of named passes, in the manner of CoreNLP's quote
//! attribution sieves: each quotation is offered to [`PASSES`] in order until one decides
//! it (with a speaker, an earlier quotation to share one with, or a reason to give none),
//! and the pass that decided is recorded by name. [`AFTER_PASSES`] then refine the speaker
//! found (an apposed name, "it"), each recorded when it changes something.
//!
//! To add a rule: write a unit struct implementing [`Pass`] in a file of its own here,
//! give it a short kebab-case name (it appears as `rule` in `extract` output) and put it in
//! [`PASSES`] where it belongs in the order. A pass reads only what [`QuoteAt`] holds, so
//! it stays linear in the paragraph: per-sentence answers come from
//! [`super::facts::SentenceFacts`], found once.

use super::facts::SentenceFacts;
use super::{Attribution, Latest, Paragraph, is_fragment, sentence_at};
use crate::extract::quotes::Quotation;
use crate::extract::tokens::Tokens;
use crate::lexicon::Lexicon;
use std::cell::OnceCell;
use std::ops::Range;

mod apposed_name;
mod colon;
mod credit_line;
mod cue_after;
mod cue_before;
mod cued;
mod it;
mod next_sentence;
mod owned_words;
mod paragraph_before;
mod reopened;
mod sentence_cue;
mod split;
mod title;
mod weak_subject;

/// One attribution rule.
pub(super) trait Pass: Sync {
    /// The rule's name, as `extract` reports it.
    fn name(&self) -> &'static str;
    /// Decides `a` for the quotation `at` and returns true, or leaves `a` alone and returns
    /// false to let the next pass try. An after-pass returns true when it changed `a`.
    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool;
}

/// The attribution passes, in the order they are tried.
pub(super) const PASSES: &[&dyn Pass] = &[
    &title::Title,
    &owned_words::OwnedWords,
    &cue_after::CueAfter,
    &cue_before::CueBefore,
    &colon::Colon,
    &credit_line::CreditLine,
    &reopened::Reopened,
    &next_sentence::NextSentence,
    &split::Split,
    &sentence_cue::SentenceCue,
    &paragraph_before::GoesOn,
    &paragraph_before::PreviousSentence,
    &paragraph_before::ParagraphBefore,
    &weak_subject::WeakSubject,
];

/// The passes that refine the mention a pass found, in order.
pub(super) const AFTER_PASSES: &[&dyn Pass] = &[&apposed_name::ApposedName, &it::It];

/// What every quotation of one paragraph shares, gathered once in [`super::attribute`].
pub(super) struct ParagraphAt<'a, 't> {
    /// The article's tokens (and through them its body).
    pub tokens: &'a Tokens<'t>,
    pub lex: &'a Lexicon,
    /// The paragraph, and the one before it.
    pub paragraph: Paragraph<'a>,
    pub previous: Option<Paragraph<'a>>,
    /// Answers about the paragraph's sentences, each found once.
    pub facts: &'a SentenceFacts<'t>,
    /// Where the paragraph's last letter or digit ends (its start when it has none), found
    /// when first asked ([`QuoteAt::closes_paragraph`]).
    pub words_end: &'a OnceCell<usize>,
}

/// Everything a pass may read about one quotation of a paragraph.
pub(super) struct QuoteAt<'a, 't> {
    /// The article body, and its tokens.
    pub text: &'t str,
    pub tokens: &'a Tokens<'t>,
    pub lex: &'a Lexicon,
    /// The paragraph, and the one before it.
    pub paragraph: Paragraph<'a>,
    pub previous: Option<Paragraph<'a>>,
    /// Answers about the paragraph's sentences, each found once.
    pub facts: &'a SentenceFacts<'t>,
    /// Where the paragraph's last letter or digit ends ([`ParagraphAt::words_end`]).
    words_end: &'a OnceCell<usize>,
    /// Index of the quotation in its paragraph, and the quotation.
    pub k: usize,
    pub q: &'a Quotation,
    /// Its sentence (or the paragraph when it falls outside every sentence).
    pub sentence: Range<usize>,
    /// The sentence's words before it (from the quotation before in the sentence, if any).
    pub before: Range<usize>,
    /// The words after it (after the last quotation joined to it by "and") to the next
    /// quotation or the sentence's end.
    pub after: Range<usize>,
    /// A short phrase inside the reporter's sentence.
    pub fragment: bool,
    /// The attributions of the quotations before it in the paragraph.
    pub done: &'a [Attribution],
    pub latest: &'a Latest,
    lone: OnceCell<(bool, Option<usize>)>,
}

impl<'a, 't> QuoteAt<'a, 't> {
    /// The `k`th quotation of the paragraph `at`, whose chain of joined quotations ends at
    /// `chain_last`.
    pub(super) fn new(
        at: &ParagraphAt<'a, 't>,
        k: usize,
        chain_last: usize,
        done: &'a [Attribution],
        latest: &'a Latest,
    ) -> QuoteAt<'a, 't> {
        let ParagraphAt { tokens, lex, paragraph, previous, facts, words_end } = *at;
        let text = tokens.text();
        let (quotes, sents) = (paragraph.quotes, paragraph.sentences);
        let q = &quotes[k];
        let sentence = sentence_at(sents, q.outer.start).map_or(paragraph.range.clone(), |i| sents[i].clone());
        let prev_end = k.checked_sub(1).map(|j| quotes[j].outer.end).filter(|e| *e > sentence.start);
        let before = prev_end.unwrap_or(sentence.start)..q.outer.start;
        // `X is "A" and "B," Dean proclaimed`: quotations joined by a conjunction share the
        // cue after the last of them.
        let next_start = quotes.get(chain_last + 1).map(|n| n.outer.start).filter(|s| *s < sentence.end);
        let last_end = quotes[chain_last].outer.end;
        let after = last_end..next_start.unwrap_or(sentence.end).max(last_end);
        let fragment = is_fragment(text, q, &sentence, &before, facts);
        QuoteAt {
            text,
            tokens,
            lex,
            paragraph,
            previous,
            facts,
            words_end,
            k,
            q,
            sentence,
            before,
            after,
            fragment,
            done,
            latest,
            lone: OnceCell::new(),
        }
    }

    /// Whether the quotation is alone in its sentence, and the attributed quotation of the
    /// sentence before that it then goes on from: found once, when first asked.
    pub(super) fn lone(&self) -> (bool, Option<usize>) {
        *self.lone.get_or_init(|| {
            let alone = self.facts.frame_is_empty(&self.sentence);
            (alone, alone.then(|| self.quoted_in_previous_sentence()).flatten())
        })
    }

    /// Whether the quotation ends its paragraph, with no letter or digit after it: where the
    /// paragraph's last one ends is found once per paragraph, not by reading the rest of the
    /// paragraph at each quotation (quadratic in a paragraph of thousands of `"-"`).
    pub(super) fn closes_paragraph(&self) -> bool {
        let (para, end) = (self.paragraph.range, self.q.outer.end);
        if end >= para.end {
            // The usual closing quotation ends where its paragraph does: nothing to read.
            return end == para.end;
        }
        let words_end = *self.words_end.get_or_init(|| {
            self.text[para.clone()]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_alphanumeric())
                .map_or(para.start, |(i, c)| para.start + i + c.len_utf8())
        });
        words_end <= end
    }

    /// The last quotation with a speaker in the sentence before this one's.
    pub(super) fn quoted_in_previous_sentence(&self) -> Option<usize> {
        super::quoted_in_previous_sentence(
            self.k,
            self.paragraph.quotes,
            self.latest,
            self.paragraph.sentences,
            &self.sentence,
        )
    }
}

/// Runs the passes over one quotation: the first that decides it, then the after-passes.
pub(super) fn attribute_one(at: &QuoteAt<'_, '_>) -> Attribution {
    let mut a = Attribution { fragment: at.fragment, ..Attribution::default() };
    if let Some(pass) = PASSES.iter().find(|p| p.run(at, &mut a)) {
        a.rule.push(pass.name());
    }
    for pass in AFTER_PASSES {
        if pass.run(at, &mut a) {
            a.rule.push(pass.name());
        }
    }
    a
}
