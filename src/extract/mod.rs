//! Extraction: pure functions from an article's text to its quotes, speakers, entities
//! and dates. No I/O happens here.
//!
//! [`analyze`] runs the extractors in their fixed order: paragraphs, quotations,
//! passages, people, attribution, speaker resolution, entity tags.

pub mod countries;
pub mod dates;
pub mod entities;
pub mod named;
pub mod organizations;
pub mod persons;
pub mod phrases;
pub mod quotes;
pub mod resolve;
pub mod speakers;
pub mod tokens;

use crate::lexicon::{Lexicon, lexicon};
use crate::model::{AnalyzedArticle, Article, DateSource, Quote};
use crate::normalize::collapse_whitespace;
use crate::passage::{paragraphs, passages};
use entities::{entities_in, find_persons};
use quotes::{Quotation, find_quotations};
use speakers::{Attribution, Paragraph, attribute};

/// Splits an article into passages and extracts its quotes and entities.
pub fn analyze(mut article: Article) -> AnalyzedArticle {
    let lex = lexicon();
    // The date: from metadata or the header when a reader found one, else (less sure)
    // from the body's opening words.
    match article.date {
        Some(_) => {
            article.date_source.get_or_insert(DateSource::Metadata);
        }
        None => {
            article.date = dates::date_from_body(&article.body);
            article.date_source = article.date.map(|_| DateSource::Body);
        }
    }
    let body = article.body.as_str();
    let paras = paragraphs(body);
    let quotations: Vec<Vec<Quotation>> = paras.iter().map(|p| find_quotations(body, p.clone())).collect();
    let outer: Vec<_> = quotations.iter().flatten().map(|q| q.outer.clone()).collect();
    let passages = passages(body, &paras, &outer);
    let mut persons = find_persons(body, lex);
    let para_sentences: Vec<Vec<_>> = paras
        .iter()
        .zip(&quotations)
        .map(|(p, qs)| {
            let opaque: Vec<_> = qs.iter().map(|q| q.outer.clone()).collect();
            crate::sentence::sentences(body, p.clone(), &opaque)
        })
        .collect();
    let sentences: Vec<_> = para_sentences.iter().flatten().cloned().collect();
    let paragraph = |i: usize| Paragraph { range: &paras[i], quotes: &quotations[i], sentences: &para_sentences[i] };
    let subjects = resolve::Subjects::new(sentences.len());
    persons.learn_genders(&resolve::gender_evidence(body, &sentences, &outer, &persons, &subjects, lex));
    let named = named::NamedPhrases::new(body);
    let cx = resolve::Context {
        body,
        persons: &persons,
        sentences: &sentences,
        quoted: &outer,
        subjects: &subjects,
        named: &named,
    };
    let mut quotes: Vec<Quote> = Vec::new();
    // The last quotation of the paragraph before, when it was a full quotation: its speaker.
    let mut previous: Option<Option<String>> = None;
    for (i, (para, found)) in paras.iter().zip(&quotations).enumerate() {
        let attributions = attribute(body, paragraph(i), i.checked_sub(1).map(paragraph), lex);
        let first_in_paragraph = quotes.len();
        for (k, (q, a)) in found.iter().zip(&attributions).enumerate() {
            let continues = k == 0 && q.outer.start == para.start && previous.is_some();
            let (speaker, mention) = speaker_of(q, a, &quotes[first_in_paragraph..], &cx, lex);
            let (speaker, mention, cue) = match (&speaker, &previous) {
                // A quotation with a cue of its own is not a continuation, even when its
                // speaker could not be read.
                (_, Some(Some(prev))) if continues && ((a.mention.is_none() && a.cue.is_none()) || a.weak) => {
                    (Some(prev.clone()), Some("(continued)".to_owned()), None)
                }
                // A guess without a reporting verb counts only if it names someone who can
                // speak: a known person, organisation or country, or a role or a document
                // ("a senior official", "the statement"), not "The silence".
                (Some(s), _) if a.weak && !can_speak(s, mention.as_deref(), &persons, lex) => (None, None, None),
                // `"…," one CBT crush trader said.` / `"…," he added.`: a paragraph opening
                // with a quotation whose speaker is a pronoun goes on from the quotation that
                // ended the paragraph before, unless that speaker is of the other gender.
                (_, Some(Some(prev)))
                    if q.outer.start == para.start
                        && mention
                            .as_deref()
                            .and_then(resolve::pronoun_gender)
                            .is_some_and(|g| persons.may_be(prev, g)) =>
                {
                    (Some(prev.clone()), mention, a.cue.clone())
                }
                _ => (speaker, mention, a.cue.clone()),
            };
            previous = (!a.fragment).then(|| speaker.clone());
            quotes.push(Quote {
                text: collapse_whitespace(body[q.inner.clone()].trim_end_matches([',', ' '])),
                span: q.inner.clone(),
                passage: passage_of(&passages, q.inner.start),
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
    let places = lex.find_places(body);
    let country_mentions = countries::country_mentions_in_matches(body, &places, lex);
    let org_mentions = organizations::organization_mentions(body, &places, lex);
    let tags = |range| entities_in(range, &persons, &country_mentions, &org_mentions, lex);
    let entities = tags(0..body.len());
    let passage_entities = passages.iter().map(|p| tags(p.span.clone())).collect();
    AnalyzedArticle { article, passages, quotes, entities, passage_entities }
}

/// Index of the passage (of `passages`, in text order and not overlapping) that holds byte
/// `at`, by binary search; 0 when none does.
fn passage_of(passages: &[crate::model::Passage], at: usize) -> usize {
    let after = passages.partition_point(|p| p.span.start <= at);
    after.checked_sub(1).filter(|&i| passages[i].span.contains(&at)).unwrap_or(0)
}

/// True when a speaker guessed without a reporting verb is someone who can speak.
fn can_speak(speaker: &str, mention: Option<&str>, persons: &entities::PersonIndex, lex: &Lexicon) -> bool {
    let head = mention.and_then(|m| m.split_whitespace().last()).unwrap_or_default();
    persons.contains(speaker)
        || lex.find_organization(speaker).is_some_and(|o| o == speaker)
        || lex.country_named(speaker).is_some()
        || (head.starts_with(char::is_lowercase) && lex.is_speaking_noun(head))
}

/// The canonical speaker and the mention it came from, for one quotation.
fn speaker_of(
    q: &Quotation,
    a: &Attribution,
    earlier_in_paragraph: &[Quote],
    cx: &resolve::Context<'_>,
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
            (resolve::resolve_speaker(mention, at, cx, lex), Some(collapse_whitespace(mention)))
        }
        None => (None, None),
    }
}

#[cfg(test)]
mod dense_tests;
#[cfg(test)]
mod tests;
