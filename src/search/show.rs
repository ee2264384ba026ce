//! `show`: a cited paragraph in its context (the paragraphs around it, or the whole
//! article), with the cited quote located so that it can be marked; and the same context
//! for a search hit (`search --context N`).

use super::parents::Parents;
use super::query;
use crate::error::{Error, Result};
use crate::index::reader::{IndexHandle, number_of, text_of};
use crate::index::schema::kind;
use serde::{Deserialize, Serialize};
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::schema::TantivyDocument;
use tantivy::{DocAddress, Searcher, Term};

/// One paragraph of context.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ContextParagraph {
    /// 1-based paragraph number.
    pub paragraph: u64,
    /// Its text.
    pub text: String,
    /// True for the cited paragraph.
    pub cited: bool,
    /// Byte range of the cited quote within `text`, when a quote was cited.
    pub quote: Option<(usize, usize)>,
}

/// A citation resolved to its article and context.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Shown {
    /// The citation asked for.
    pub citation: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Link.
    pub url: Option<String>,
    /// Input file.
    pub source_path: String,
    /// The article id as read (the record's id in a feed of many).
    pub article_id: String,
    /// Speaker of the cited quote (or reported statement).
    pub speaker: Option<String>,
    /// True when the citation is a reported statement (`<key>-p<n>-r<m>`): a paraphrase,
    /// not a quote.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reported: bool,
    /// The cited paragraph and those around it (by default the one before and the one
    /// after; `--context N`: N on each side; `--article`: all of them).
    pub paragraphs: Vec<ContextParagraph>,
}

/// Paragraphs shown around a cited one by default: the one before and the one after.
pub const DEFAULT_REACH: u64 = 1;
/// Most paragraphs of context `--context` asks for on each side.
pub const MAX_REACH: u64 = 20;
/// Passages read for one view at most (a whole article of 10,000 passages).
const MAX_PASSAGES: usize = 10_000;

/// Looks up `citation` (`<key>-p<n>`, `<key>-p<n>-q<m>` or a reported statement's
/// `<key>-p<n>-r<m>`) with the paragraph before and
/// after, or an article key alone (`<key>`: the whole article); a failure inside the engine
/// is [`crate::Error::Damaged`].
pub fn show(handle: &IndexHandle, citation: &str) -> Result<Shown> {
    show_with(handle, citation, DEFAULT_REACH)
}

/// [`show`] with `reach` paragraphs on each side of the cited one (`u64::MAX`: the whole
/// article).
pub fn show_with(handle: &IndexHandle, citation: &str, reach: u64) -> Result<Shown> {
    handle.guard(|| look_up(handle, citation, reach))
}

/// The paragraphs `reach` on each side of the one that holds the stored document `doc`,
/// the cited one marked and its quote located (a hit's `--context`).
pub fn paragraphs_around(
    handle: &IndexHandle,
    searcher: &tantivy::Searcher,
    doc: &TantivyDocument,
    reach: u64,
) -> Result<Vec<ContextParagraph>> {
    let f = &handle.fields;
    let key = text_of(doc, f.article_key).unwrap_or_default();
    let paragraph = number_of(doc, f.paragraph).unwrap_or(0);
    let is_quote = text_of(doc, f.kind).is_some_and(|k| kind::is_statement(&k));
    let quote_start = number_of(doc, f.quote_start).unwrap_or(0) as usize;
    let quote_end = number_of(doc, f.quote_end).unwrap_or(0) as usize;
    let quote_passage_start = number_of(doc, f.passage_start).unwrap_or(0);

    let near = query::paragraphs(f, &key, paragraph.saturating_sub(reach), paragraph.saturating_add(reach));
    let passages = searcher.search(&near, &TopDocs::with_limit(MAX_PASSAGES).order_by_score()).map_err(handle.err())?;
    let mut pieces: Vec<(u64, u64, String)> = Vec::new();
    let mut reader = Parents::new(handle);
    for (_, a) in passages {
        let p: TantivyDocument = reader.doc(handle, searcher, a)?;
        pieces.push((
            number_of(&p, f.paragraph).unwrap_or(0),
            number_of(&p, f.passage_start).unwrap_or(0),
            text_of(&p, f.passage).unwrap_or_default(),
        ));
    }
    pieces.sort();
    let mut paragraphs: Vec<ContextParagraph> = Vec::new();
    for (n, start, text) in pieces {
        let cited = n == paragraph;
        let offset = match paragraphs.last_mut() {
            Some(last) if last.paragraph == n => {
                last.text.push(' ');
                let at = last.text.len();
                last.text.push_str(&text);
                at
            }
            _ => {
                paragraphs.push(ContextParagraph { paragraph: n, text, cited, quote: None });
                0
            }
        };
        if cited
            && is_quote
            && start == quote_passage_start
            && let Some(last) = paragraphs.last_mut()
        {
            last.quote =
                Some((offset + quote_start, offset + quote_end)).filter(|(s, e)| s < e && *e <= last.text.len());
        }
    }
    Ok(paragraphs)
}

/// The document cited as `citation`: `<key>-p<n>[-q<m>]`, read among the documents of its
/// article's paragraph (citations are stored, not indexed), or `<key>`, the article's own.
fn cited(handle: &IndexHandle, searcher: &Searcher, citation: &str) -> Result<Option<(DocAddress, TantivyDocument)>> {
    let f = &handle.fields;
    let mut parts = citation.split('-');
    let key = parts.next().unwrap_or_default();
    let candidates = match parts.next() {
        None => query::article(f, key),
        Some(p) => match p.strip_prefix('p').and_then(|n| n.parse::<u64>().ok()) {
            Some(paragraph) => query::paragraph(f, key, paragraph),
            None => return Ok(None),
        },
    };
    let mut found: Vec<DocAddress> =
        searcher.search(&candidates, &DocSetCollector).map_err(handle.err())?.into_iter().collect();
    found.sort();
    let mut reader = Parents::new(handle);
    for addr in found {
        let doc = reader.doc(handle, searcher, addr)?;
        if text_of(&doc, f.citation).as_deref() == Some(citation) {
            return Ok(Some((addr, doc)));
        }
    }
    Ok(None)
}

fn look_up(handle: &IndexHandle, citation: &str, reach: u64) -> Result<Shown> {
    let f = &handle.fields;
    let searcher = handle.searcher();
    let citation = citation.trim();
    let Some((addr, doc)) = cited(handle, &searcher, citation)? else {
        let key = citation.split('-').next().unwrap_or_default();
        let known = searcher.doc_freq(&Term::from_field_text(f.article_key, key)).map_err(handle.err())? > 0;
        return Err(Error::UnknownCitation {
            citation: citation.to_owned(),
            index: handle.dir.clone(),
            article_known: known,
        });
    };
    let doc_kind = text_of(&doc, f.kind).unwrap_or_default();
    // An article's own key (no paragraph named) shows the whole article.
    let reach = if text_of(&doc, f.kind).as_deref() == Some(kind::ARTICLE) { u64::MAX } else { reach };
    let paragraphs = paragraphs_around(handle, &searcher, &doc, reach)?;
    let shown = Parents::new(handle).shown(handle, &searcher, addr, &doc)?;
    let article = super::run::citation_from(handle, &doc, &shown);
    Ok(Shown {
        citation: citation.to_owned(),
        title: article.title,
        outlet: article.outlet,
        date: article.date,
        url: article.url,
        source_path: article.source_path,
        article_id: article.article_id,
        speaker: if kind::is_statement(&doc_kind) { text_of(&doc, f.speaker) } else { None },
        reported: doc_kind == kind::REPORTED,
        paragraphs,
    })
}
