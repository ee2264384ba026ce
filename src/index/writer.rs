//! Adds analysed articles to the index through one tantivy writer.
//!
//! Re-adding an article (same id) first deletes its old documents, so re-ingesting a
//! corpus replaces rather than duplicates. Nothing is visible to searches before
//! [`IndexWriter::commit`].

use super::schema::{Fields, build_schema, kind, register_tokenizers};
use super::{check_version, exists, index_error, write_version};
use crate::error::{Error, Result};
use crate::model::{AnalyzedArticle, Entities};
use crate::normalize::{fold, folded_words, stable_hash};
use std::path::{Path, PathBuf};
use tantivy::directory::error::LockError;
use tantivy::schema::TantivyDocument;
use tantivy::{Index, TantivyError, Term};

/// The citation key of an article: 12 hex digits of a stable hash of its id.
pub fn article_key(id: &str) -> String {
    format!("{:012x}", stable_hash(id) >> 16)
}

/// Quotes and passages of at least this many words are grouped by their words alone;
/// shorter ones ("no choice") also need the same speaker (quotes) or are never grouped
/// (passages), since unrelated articles share short phrases.
pub const GROUP_MIN_WORDS: usize = 8;

/// The syndication key of a text: a stable hash of its folded words, so that wire copies
/// differing only in case, accents, punctuation or line breaks share it. Texts shorter
/// than [`GROUP_MIN_WORDS`] words are qualified by `short_qualifier` (a speaker, or a
/// citation to keep the text on its own).
pub fn group_key(text: &str, short_qualifier: &str) -> u64 {
    let words = folded_words(text);
    let mut key = words.join(" ");
    if words.len() < GROUP_MIN_WORDS {
        key.push('\u{1f}');
        key.push_str(&fold(short_qualifier));
    }
    stable_hash(&key)
}

/// The one writer of an index.
pub struct IndexWriter {
    dir: PathBuf,
    writer: tantivy::IndexWriter<TantivyDocument>,
    fields: Fields,
}

impl IndexWriter {
    /// Opens the index in `dir` for writing, creating it if needed. `memory` is the
    /// writer's indexing budget in bytes; `rebuild` empties the index first.
    pub fn open(dir: &Path, memory: usize, rebuild: bool) -> Result<IndexWriter> {
        let (schema, fields) = build_schema();
        let index = if exists(dir) {
            check_version(dir)?;
            Index::open_in_dir(dir).map_err(index_error(dir))?
        } else {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
            let index = Index::create_in_dir(dir, schema).map_err(index_error(dir))?;
            write_version(dir)?;
            index
        };
        register_tokenizers(&index);
        let writer = index.writer(memory).map_err(|e| match e {
            TantivyError::LockFailure(LockError::LockBusy, _) => Error::Locked(dir.to_path_buf()),
            other => index_error(dir)(other),
        })?;
        let mut this = IndexWriter { dir: dir.to_path_buf(), writer, fields };
        if rebuild {
            this.writer.delete_all_documents().map_err(index_error(dir))?;
            this.commit()?;
        }
        Ok(this)
    }

    /// Adds (or replaces) one article with its passages and quotes.
    pub fn add(&mut self, a: &AnalyzedArticle) -> Result<()> {
        let fields = self.fields.clone();
        let f = &fields;
        let art = &a.article;
        let key = article_key(&art.id);
        self.writer.delete_term(Term::from_field_text(f.article_key, &key));
        let base = |doc_kind: &str, citation: &str| {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.kind, doc_kind);
            doc.add_text(f.citation, citation);
            doc.add_text(f.article_key, &key);
            doc.add_text(f.article_id, &art.id);
            if let Some(t) = &art.title {
                doc.add_text(f.title, t);
            }
            if let Some(o) = &art.outlet {
                doc.add_text(f.outlet, o);
            }
            if let Some(u) = &art.url {
                doc.add_text(f.url, u);
            }
            if let Some(d) = art.date {
                doc.add_u64(f.date, d.as_number());
            }
            doc.add_text(f.source_path, &art.source_path);
            doc
        };
        let mut article_doc = base(kind::ARTICLE, &key);
        add_entities(&mut article_doc, f, &a.entities);
        self.add_doc(article_doc)?;
        for (i, (p, ents)) in a.passages.iter().zip(&a.passage_entities).enumerate() {
            let citation = format!("{key}-p{}", p.paragraph);
            let mut doc = base(kind::PASSAGE, &citation);
            let text = &art.body[p.span.clone()];
            doc.add_text(f.passage, text);
            doc.add_u64(f.group_key, group_key(text, &citation));
            doc.add_u64(f.tiebreak, stable_hash(&citation));
            // The speakers of the passage's quotes, so that `--speaker` also filters passages.
            let mut speakers: Vec<&str> =
                a.quotes.iter().filter(|q| q.passage == i).filter_map(|q| q.speaker.as_deref()).collect();
            speakers.sort_unstable();
            speakers.dedup();
            for s in speakers {
                doc.add_text(f.speaker, s);
            }
            doc.add_u64(f.paragraph, p.paragraph as u64);
            doc.add_u64(f.passage_start, p.span.start as u64);
            add_entities(&mut doc, f, ents);
            self.add_doc(doc)?;
            for (n, q) in a.quotes.iter().enumerate().filter(|(_, q)| q.passage == i) {
                let citation = format!("{key}-p{}-q{}", p.paragraph, n + 1);
                let mut doc = base(kind::QUOTE, &citation);
                doc.add_text(f.quote, &q.text);
                doc.add_u64(f.group_key, group_key(&q.text, q.speaker.as_deref().unwrap_or(&citation)));
                doc.add_u64(f.tiebreak, stable_hash(&citation));
                doc.add_text(f.passage, &art.body[p.span.clone()]);
                if let Some(s) = &q.speaker {
                    doc.add_text(f.speaker, s);
                }
                if let Some(m) = &q.speaker_mention {
                    doc.add_text(f.speaker_mention, m);
                }
                if let Some(c) = &q.cue {
                    doc.add_text(f.cue, c);
                }
                doc.add_u64(f.fragment, u64::from(q.fragment));
                doc.add_u64(f.paragraph, p.paragraph as u64);
                doc.add_u64(f.passage_start, p.span.start as u64);
                doc.add_u64(f.quote_start, q.span.start.saturating_sub(p.span.start) as u64);
                doc.add_u64(f.quote_end, q.span.end.min(p.span.end).saturating_sub(p.span.start) as u64);
                add_entities(&mut doc, f, ents);
                self.add_doc(doc)?;
            }
        }
        Ok(())
    }

    fn add_doc(&mut self, doc: TantivyDocument) -> Result<()> {
        self.writer.add_document(doc).map(drop).map_err(index_error(&self.dir))
    }

    /// Makes everything added so far durable and visible to searches.
    pub fn commit(&mut self) -> Result<()> {
        self.writer.commit().map(drop).map_err(index_error(&self.dir))
    }
}

fn add_entities(doc: &mut TantivyDocument, f: &Fields, e: &Entities) {
    for p in &e.persons {
        doc.add_text(f.persons, p);
    }
    for c in &e.countries {
        doc.add_text(f.countries, &c.code);
    }
    for o in &e.organizations {
        doc.add_text(f.organizations, o);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_copies_share_a_group_key() {
        let a = "The families who waited nine days deserve that, and more.";
        let b = "the families who waited nine days\ndeserve THAT and more";
        assert_eq!(group_key(a, "x"), group_key(b, "y"));
        assert_ne!(group_key(a, "x"), group_key("The families who waited ten days deserve that, and more.", "x"));
    }

    #[test]
    fn short_quotes_group_only_with_the_same_speaker() {
        assert_eq!(group_key("no choice", "Marta Ilabaca"), group_key("No choice!", "marta ilabaca"));
        assert_ne!(group_key("no choice", "Marta Ilabaca"), group_key("no choice", "Tomás Herrera"));
    }
}
