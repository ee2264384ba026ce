//! Extraction: pure functions from an article's text to its quotes, speakers, entities
//! and dates. No I/O happens here.
//!
//! [`analyze`] runs the extractors in their fixed order: paragraphs, quotations,
//! passages, people, attribution, speaker resolution, entity tags.

pub mod countries;
pub mod dates;
pub mod entities;
pub mod organizations;
pub mod quotes;
pub mod resolve;
pub mod speakers;
pub mod tokens;

use crate::lexicon::{Lexicon, lexicon};
use crate::model::{AnalyzedArticle, Article, Quote};
use crate::normalize::collapse_whitespace;
use crate::passage::{paragraphs, passages};
use entities::{PersonIndex, entities_in, find_persons};
use quotes::{Quotation, find_quotations};
use speakers::{Attribution, attribute};

/// Splits an article into passages and extracts its quotes and entities.
pub fn analyze(article: Article) -> AnalyzedArticle {
    let lex = lexicon();
    let body = article.body.as_str();
    let paras = paragraphs(body);
    let quotations: Vec<Vec<Quotation>> = paras.iter().map(|p| find_quotations(body, p.clone())).collect();
    let outer: Vec<_> = quotations.iter().flatten().map(|q| q.outer.clone()).collect();
    let passages = passages(body, &paras, &outer);
    let persons = find_persons(body, lex);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<(bool, Option<String>)> = None; // last quotation: closed?, speaker
    for (para, found) in paras.iter().zip(&quotations) {
        let attributions = attribute(body, para.clone(), found, lex);
        let first_in_paragraph = quotes.len();
        for (k, (q, a)) in found.iter().zip(&attributions).enumerate() {
            let continues = k == 0 && q.outer.start == para.start && previous.is_some();
            let (speaker, mention) = speaker_of(body, q, a, &quotes[first_in_paragraph..], &persons, lex);
            let (speaker, mention, cue) = match (&speaker, &previous) {
                (None, Some((_, Some(prev)))) if continues && a.mention.is_none() => {
                    (Some(prev.clone()), Some("(continued)".to_owned()), None)
                }
                _ => (speaker, mention, a.cue.clone()),
            };
            previous = Some((q.closed, speaker.clone()));
            quotes.push(Quote {
                text: collapse_whitespace(body[q.inner.clone()].trim_end_matches([',', ' '])),
                span: q.inner.clone(),
                passage: passages.iter().position(|p| p.span.contains(&q.inner.start)).unwrap_or(0),
                speaker,
                speaker_mention: mention,
                cue,
                fragment: a.fragment,
            });
        }
        if found.is_empty() {
            previous = None;
        }
    }
    let entities = entities_in(body, 0..body.len(), &persons, lex);
    let passage_entities = passages.iter().map(|p| entities_in(body, p.span.clone(), &persons, lex)).collect();
    AnalyzedArticle { article, passages, quotes, entities, passage_entities }
}

/// The canonical speaker and the mention it came from, for one quotation.
fn speaker_of(
    body: &str,
    q: &Quotation,
    a: &Attribution,
    earlier_in_paragraph: &[Quote],
    persons: &PersonIndex,
    lex: &Lexicon,
) -> (Option<String>, Option<String>) {
    if let Some(j) = a.same_as
        && let Some(prev) = earlier_in_paragraph.get(j)
    {
        return (prev.speaker.clone(), prev.speaker_mention.clone());
    }
    match &a.mention {
        Some((mention, span)) => {
            let at = span.start.min(q.outer.start);
            (resolve::resolve_speaker(mention, at, body, persons, lex), Some(mention.clone()))
        }
        None => (None, None),
    }
}
