//! Extraction: pure functions from an article's text to its quotes, speakers, entities
//! and dates. No I/O happens here.
//!
//! [`analyze`] runs the extractors in their fixed order: the date (read by [`crate::dates`]), the parsed document
//! (paragraphs, quotations, sentences: [`doc`]), passages, people, attribution with speaker
//! resolution ([`speakers`]), the quotations nested in quotations ([`speakers::nested`]), reported speech ([`speakers::reported`]), "one said" after a group of sources ([`speakers::one_of`]), entity tags.

// No function here over 60 lines (the threshold is in clippy.toml); nesting is checked by
// scripts/extract_shape.sh.
#![warn(clippy::too_many_lines)]

pub mod countries;
pub mod doc;
pub mod entities;
mod lead_roles;
pub mod named;
pub mod organizations;
pub mod papers;
pub mod persons;
pub mod phrases;
pub mod quotes;
pub mod resolve;
pub mod speakers;
pub mod tokens;
pub mod windows;
pub mod word_scans;

use crate::dates;
use crate::lexicon::lexicon;
use crate::model::{AnalyzedArticle, Article};
use crate::passage::passages;
use doc::Document;
use entities::{entities_in, find_persons};
use speakers::article::article_quotes;

/// Splits an article into passages and extracts its quotes and entities.
pub fn analyze(mut article: Article) -> AnalyzedArticle {
    let lex = lexicon();
    dates::settle_date(&mut article);
    let body = article.body.as_str();
    let doc = Document::parse(body);
    let passages = passages(body, &doc.paragraphs, &doc.quoted);
    let mut persons = find_persons(&doc.tokens, lex);
    let subjects = resolve::Subjects::new(doc.sentences.len());
    persons.learn_genders(&resolve::gender_evidence(
        &doc.tokens,
        &doc.sentences,
        &doc.quoted,
        &persons,
        &subjects,
        lex,
    ));
    let named = named::NamedPhrases::new(&doc.tokens);
    let scans = word_scans::WordScans::new(body);
    lead_roles::give_lead_role(&doc, &mut persons, &subjects, lex);
    let cx = resolve::Context {
        body,
        tokens: &doc.tokens,
        persons: &persons,
        sentences: &doc.sentences,
        quoted: &doc.quoted,
        subjects: &subjects,
        named: &named,
        scans: &scans,
    };
    let mut quotes =
        speakers::nested::with_nested(article_quotes(&doc, &passages, &cx, lex), &doc, &passages, &cx, lex);
    let mut reported = speakers::reported::article_reported(&doc, &passages, &quotes, &cx, lex);
    quotes.iter_mut().for_each(|q| speakers::description_case(&mut q.speaker));
    reported.iter_mut().for_each(|r| speakers::description_case(&mut r.speaker));
    speakers::one_of::one_of_group(&mut quotes, &reported, &cx, lex);
    let places = lex.find_places(body);
    let country_mentions = countries::country_mentions_in_matches(body, &places, lex);
    let org_mentions = organizations::organization_mentions(body, &places, lex);
    let tags = |range| entities_in(range, &persons, &country_mentions, &org_mentions, lex);
    let entities = tags(0..body.len());
    let passage_entities = passages.iter().map(|p| tags(p.span.clone())).collect();
    AnalyzedArticle { article, passages, quotes, reported, entities, passage_entities }
}

#[cfg(test)]
mod dense_tests;
#[cfg(test)]
mod person_tests;
#[cfg(test)]
mod tests;
