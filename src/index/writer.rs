//! Adds analysed articles to the index through one tantivy writer.
//!
//! Identity: an article is known by its id (explicit id, else URL, else path; see
//! `ingest::fields`) and by a hash of its title and text. [`IndexWriter::admit`] decides,
//! before analysis, whether an article is new (or a changed version of a stored id, which
//! [`IndexWriter::add`] replaces), unchanged since the last ingest (nothing to do), or a
//! duplicate: the same text already stored or read under another id, or an id already
//! read in this run (the first one read wins). Nothing is visible to searches before
//! [`IndexWriter::commit`].

use super::reader::text_of;
use super::schema::{Fields, build_schema, kind, register_tokenizers};
use super::{check_version, exists, index_error, write_version};
use crate::error::{Error, Result};
use crate::model::{AnalyzedArticle, Article, Entities};
use crate::normalize::{collapse_whitespace, fold, folded_words, stable_hash};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use tantivy::collector::TopDocs;
use tantivy::directory::error::LockError;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyError, Term};

/// The citation key of an article: 12 hex digits of a stable hash of its id.
pub fn article_key(id: &str) -> String {
    format!("{:012x}", stable_hash(id) >> 16)
}

/// The content key of an article: 16 hex digits of a stable hash of its title and text,
/// white space collapsed (so re-wrapped or re-encoded line ends do not matter).
pub fn content_key(a: &Article) -> String {
    let title = a.title.as_deref().map(collapse_whitespace).unwrap_or_default();
    format!("{:016x}", stable_hash(&format!("{title}\n{}", collapse_whitespace(&a.body))))
}

/// What [`IndexWriter::admit`] decided about an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Admission {
    /// Not stored yet, or a changed version of a stored id: analyse and add it.
    New,
    /// Stored already with the same id and text: nothing to do.
    Unchanged,
    /// The same text is stored or was read under another id (given), or this id was
    /// already read in this run: skip it.
    Duplicate {
        /// The id of the article kept.
        of: String,
    },
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

/// Removes an index's files (tantivy's segments and metadata, `newsquote.json`) from `dir`;
/// anything else there (such as `.gitkeep`) is left alone.
fn clear_index_folder(dir: &Path) -> Result<()> {
    let io = |source| Error::Io { path: dir.to_path_buf(), source };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let segment_file = matches!(ext, "idx" | "pos" | "term" | "fast" | "fieldnorm" | "store" | "del");
        let ours = segment_file
            || matches!(name, "meta.json" | "newsquote.json" | ".managed.json")
            || name.starts_with(".tantivy");
        if ours && path.is_file() {
            std::fs::remove_file(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        }
    }
    Ok(())
}

/// The one writer of an index.
pub struct IndexWriter {
    dir: PathBuf,
    writer: tantivy::IndexWriter<TantivyDocument>,
    reader: IndexReader,
    fields: Fields,
    /// Article keys read in this run.
    seen_keys: HashSet<String>,
    /// Content keys read in this run, with the id they were read under.
    seen_content: HashMap<String, String>,
}

impl IndexWriter {
    /// Opens the index in `dir` for writing, creating it if needed. `memory` is the
    /// writer's indexing budget in bytes; `rebuild` empties the index first.
    pub fn open(dir: &Path, memory: usize, rebuild: bool) -> Result<IndexWriter> {
        let (schema, fields) = build_schema();
        if rebuild && exists(dir) {
            // Start over even from an index of another schema version: remove the index's
            // files (the folder holds nothing else; a `.gitkeep` is kept).
            clear_index_folder(dir)?;
        }
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
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(index_error(dir))?;
        let this = IndexWriter {
            dir: dir.to_path_buf(),
            writer,
            reader,
            fields,
            seen_keys: HashSet::new(),
            seen_content: HashMap::new(),
        };
        Ok(this)
    }

    /// Decides whether `article` is to be analysed and added (see the module notes).
    pub fn admit(&mut self, article: &Article) -> Result<Admission> {
        let key = article_key(&article.id);
        let content = content_key(article);
        if self.seen_keys.contains(&key) {
            return Ok(Admission::Duplicate { of: article.id.clone() });
        }
        if let Some(of) = self.seen_content.get(&content) {
            return Ok(Admission::Duplicate { of: of.clone() });
        }
        let stored = self.stored_with_content(&content)?;
        self.seen_keys.insert(key.clone());
        self.seen_content.insert(content, article.id.clone());
        Ok(match stored {
            Some((stored_key, _)) if stored_key == key => Admission::Unchanged,
            Some((_, of)) => Admission::Duplicate { of },
            None => Admission::New,
        })
    }

    /// The key and id of a stored article with this content key.
    fn stored_with_content(&self, content: &str) -> Result<Option<(String, String)>> {
        let searcher = self.reader.searcher();
        let query = TermQuery::new(Term::from_field_text(self.fields.content_hash, content), IndexRecordOption::Basic);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score()).map_err(index_error(&self.dir))?;
        let Some((_, address)) = top.first() else { return Ok(None) };
        let doc: TantivyDocument = searcher.doc(*address).map_err(index_error(&self.dir))?;
        let key = text_of(&doc, self.fields.article_key).unwrap_or_default();
        Ok(Some((key, text_of(&doc, self.fields.article_id).unwrap_or_default())))
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
            if let Some(s) = art.date_source {
                doc.add_text(f.date_source, s.as_str());
            }
            doc.add_text(f.source_path, &art.source_path);
            doc
        };
        let mut article_doc = base(kind::ARTICLE, &key);
        article_doc.add_text(f.content_hash, content_key(art));
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
        self.writer.commit().map_err(index_error(&self.dir))?;
        self.reader.reload().map_err(index_error(&self.dir))
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
