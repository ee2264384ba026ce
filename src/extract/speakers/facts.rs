//! What attribution asks about the sentences of one paragraph, each answer found once.
//!
//! Every quotation of a sentence asks the same questions of it (its words outside the
//! quotations, its reporting cue, its subject, how many of its words are quoted), and so
//! does the next sentence's quotation of the sentence before. A sentence that holds
//! thousands of quotations (a list of quoted phrases, a transcript without full stops)
//! would otherwise be read again for each of them.

use super::cues::Cued;
use super::{cue_in_sentence, sentence_at, unquoted};
use crate::extract::phrases::{Mention, sentence_subject};
use crate::extract::tokens::{Token, Tokens};
use crate::lexicon::Lexicon;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

/// The sentences of one paragraph, with their quotations opaque, and what has been found
/// out about each.
pub(super) struct SentenceFacts<'t> {
    tokens: &'t Tokens<'t>,
    sents: &'t [Range<usize>],
    opaque: &'t [Range<usize>],
    facts: Vec<Facts<'t>>,
}

/// The answers found so far about one sentence.
#[derive(Default)]
struct Facts<'t> {
    unquoted: OnceCell<Vec<Token<'t>>>,
    frame_is_empty: OnceCell<bool>,
    words: OnceCell<(usize, usize)>,
    cue: OnceCell<Option<Cued>>,
    subject: OnceCell<Option<Mention>>,
}

impl<'t> SentenceFacts<'t> {
    /// Nothing is read until asked.
    pub(super) fn new(
        tokens: &'t Tokens<'t>,
        sents: &'t [Range<usize>],
        opaque: &'t [Range<usize>],
    ) -> SentenceFacts<'t> {
        SentenceFacts { tokens, sents, opaque, facts: sents.iter().map(|_| Facts::default()).collect() }
    }

    /// The paragraph's sentences.
    pub(super) fn sentences(&self) -> &'t [Range<usize>] {
        self.sents
    }

    /// The ranges of the paragraph's quotations, marks included.
    pub(super) fn opaque(&self) -> &'t [Range<usize>] {
        self.opaque
    }

    /// The answers about `range` when it is one of the sentences (not the paragraph a
    /// quotation outside every sentence falls back on).
    fn of(&self, range: &Range<usize>) -> Option<&Facts<'t>> {
        let i = sentence_at(self.sents, range.start)?;
        (self.sents[i] == *range).then(|| &self.facts[i])
    }

    /// The tokens of `range` outside quotations.
    pub(super) fn unquoted(&self, range: &Range<usize>) -> Cow<'_, [Token<'t>]> {
        match self.of(range) {
            Some(f) => Cow::Borrowed(f.unquoted.get_or_init(|| unquoted(self.tokens, range, self.opaque))),
            None => Cow::Owned(unquoted(self.tokens, range, self.opaque)),
        }
    }

    /// True when `range` has no word outside its quotations.
    pub(super) fn frame_is_empty(&self, range: &Range<usize>) -> bool {
        let find = || {
            self.tokens
                .within(range.clone())
                .iter()
                .all(|t| !t.word || crate::extract::quotes::inside(self.opaque, t.start))
        };
        match self.of(range) {
            Some(f) => *f.frame_is_empty.get_or_init(find),
            None => find(),
        }
    }

    /// The words of `range`, and the words of the quotations that start inside it.
    pub(super) fn words(&self, range: &Range<usize>) -> (usize, usize) {
        let find = || {
            let count = |r: Range<usize>| self.tokens.text()[r].split_whitespace().count();
            let first = self.opaque.partition_point(|o| o.start < range.start);
            let quoted =
                self.opaque[first..].iter().take_while(|o| o.start < range.end).map(|o| count(o.clone())).sum();
            (count(range.clone()), quoted)
        };
        match self.of(range) {
            Some(f) => *f.words.get_or_init(find),
            None => find(),
        }
    }

    /// The first reporting cue of `range` outside quotations and its speaker
    /// ([`super::cue_in_sentence`]).
    pub(super) fn cue(&self, range: &Range<usize>, lex: &Lexicon) -> Option<Cued> {
        match self.of(range) {
            Some(f) => f.cue.get_or_init(|| cue_in_sentence(self.tokens, range, self.opaque, lex)).clone(),
            None => cue_in_sentence(self.tokens, range, self.opaque, lex),
        }
    }

    /// The subject of `range`, read outside quotations.
    pub(super) fn subject(&self, range: &Range<usize>, lex: &Lexicon) -> Option<Mention> {
        let find = || sentence_subject(self.tokens.text(), &self.unquoted(range), lex);
        match self.of(range) {
            Some(f) => f.subject.get_or_init(find).clone(),
            None => find(),
        }
    }
}
