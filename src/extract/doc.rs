//! One article body parsed once for every rule: its paragraphs, the quotations of each, its
//! sentences (found with the quotations opaque, so a sentence never ends inside one), the
//! quotation ranges of the whole article in order, and its tokens.
//!
//! The attribution passes, speaker resolution and passage cutting all read this; nothing
//! after it looks for paragraphs, quotations or sentences again, nor tokenizes the text.

use super::quotes::{Quotation, find_quotations};
use super::tokens::Tokens;
use crate::passage::paragraphs;
use std::ops::Range;

/// An article body with its structure found.
pub struct Document<'t> {
    /// The article body.
    pub body: &'t str,
    /// Byte ranges of the paragraphs, in order.
    pub paragraphs: Vec<Range<usize>>,
    /// The quotations of each paragraph, in order.
    pub quotations: Vec<Vec<Quotation>>,
    /// Every quotation's range (marks included), in text order.
    pub quoted: Vec<Range<usize>>,
    /// The sentences of each paragraph, in order.
    pub paragraph_sentences: Vec<Vec<Range<usize>>>,
    /// Every sentence, in text order.
    pub sentences: Vec<Range<usize>>,
    /// The tokens of the whole body, found once: a rule reads the tokens of a range as a
    /// slice of them ([`Tokens::within`]).
    pub tokens: Tokens<'t>,
}

/// One paragraph as attribution reads it: its range, its quotations in order and its
/// sentences.
#[derive(Clone, Copy)]
pub struct Paragraph<'a> {
    /// Byte range of the paragraph.
    pub range: &'a Range<usize>,
    /// Its quotations, in order.
    pub quotes: &'a [Quotation],
    /// Its sentences, in order.
    pub sentences: &'a [Range<usize>],
}

impl<'t> Document<'t> {
    /// Finds the paragraphs, quotations and sentences of `body`.
    pub fn parse(body: &'t str) -> Document<'t> {
        let paragraphs = paragraphs(body);
        let quotations: Vec<Vec<Quotation>> = paragraphs.iter().map(|p| find_quotations(body, p.clone())).collect();
        let quoted: Vec<_> = quotations.iter().flatten().map(|q| q.outer.clone()).collect();
        let paragraph_sentences: Vec<Vec<_>> = paragraphs
            .iter()
            .zip(&quotations)
            .map(|(p, qs)| {
                let opaque: Vec<_> = qs.iter().map(|q| q.outer.clone()).collect();
                crate::sentence::sentences(body, p.clone(), &opaque)
            })
            .collect();
        let sentences = paragraph_sentences.iter().flatten().cloned().collect();
        let tokens = Tokens::new(body);
        Document { body, paragraphs, quotations, quoted, paragraph_sentences, sentences, tokens }
    }

    /// The `i`th paragraph.
    pub fn paragraph(&self, i: usize) -> Paragraph<'_> {
        Paragraph { range: &self.paragraphs[i], quotes: &self.quotations[i], sentences: &self.paragraph_sentences[i] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_hold_their_quotations_and_sentences() {
        let body = "Petro spoke. \"We will not yield,\" he said.\n\nNo quotation here. None at all.";
        let doc = Document::parse(body);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.quotations[0].len(), 1);
        assert!(doc.quotations[1].is_empty());
        assert_eq!(doc.quoted, vec![doc.quotations[0][0].outer.clone()]);
        // The quotation's comma and full stop inside it end no sentence.
        assert_eq!(doc.paragraph_sentences[0].len(), 2, "{:?}", doc.paragraph_sentences[0]);
        assert_eq!(doc.paragraph_sentences[1].len(), 2);
        assert_eq!(doc.sentences.len(), 4);
        let p = doc.paragraph(0);
        assert_eq!(&body[p.sentences[1].clone()], "\"We will not yield,\" he said.");
    }
}
