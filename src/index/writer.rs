//! Adds analysed articles to the index through one tantivy writer.
//!
//! Identity: an article is known by its id (explicit id, else URL, else its file; see
//! `ingest::fields`) and by a hash of its title and text. [`IndexWriter::admit`] decides,
//! before analysis, whether an article is new (or a changed version of a stored id, which
//! [`IndexWriter::add`] replaces), unchanged since the last ingest (nothing to do), a
//! duplicate (the same text already stored or read under another id), or a second text
//! under an id already read in this run (reported; the first one read wins). A text stored
//! under an id that this run gives a new text is not a duplicate of it: it is added under
//! its own id, or, when it was read before its id's new text, reported so that a rerun adds
//! it. Nothing is visible to searches before [`IndexWriter::commit`].

use super::folder::{State, VERSION_FILE, WriteLock, generation_dir};
use super::reader::text_of;
use super::schema::{
    Fields, QUOTED_QUOTES, QUOTED_REPORTED, SCHEMA_VERSION, UNDATED, build_schema, group_bucket, index_settings, kind,
    register_tokenizers,
};
use super::verify::{self, Counts, Depth};
use super::{exists, index_error, read_error};
use crate::error::{Error, Result};
use crate::model::{AnalyzedArticle, Article, Entities, Passage, Quote, Reported};
use crate::normalize::{fold, folded_words, stable_hash};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use tantivy::collector::Count;
use tantivy::directory::error::LockError;
use tantivy::indexer::UserOperation;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::{DocAddress, DocSet, Index, IndexReader, ReloadPolicy, Searcher, TERMINATED, TantivyError, Term};

/// The citation key of an article: 12 hex digits of a stable hash of its id.
pub fn article_key(id: &str) -> String {
    format!("{:012x}", stable_hash(id) >> 16)
}

/// What [`IndexWriter::admit`] decided about an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Admission {
    /// Not stored yet, or a changed version of a stored id: analyse and add it.
    New,
    /// Stored already with the same id and text: nothing to do.
    Unchanged,
    /// The same text is stored or was read under another id (given): skip it.
    Duplicate {
        /// The id of the article kept.
        of: String,
    },
    /// New, replacing a stored text that this run also read under another id and passed
    /// over as its duplicate: that one is not indexed, and a rerun adds it.
    Replacing {
        /// Where the passed-over article was read: path, and line as reports give it.
        passed_over: (String, Option<usize>),
    },
    /// Another text was read under the same id earlier in this run: the first is kept,
    /// and this one is reported as skipped (two files or records that claim one id).
    SameId {
        /// Where the first was read (`path` or `path:line`).
        first: String,
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

/// The one writer of an index.
pub struct IndexWriter {
    /// The generation written to.
    generation: u64,
    /// True when the generation replaces the one in use only once complete (a rebuild).
    replacing: bool,
    writer: tantivy::IndexWriter<TantivyDocument>,
    reader: IndexReader,
    fields: Fields,
    /// Documents of each kind after the last change: recorded with every commit.
    counts: Counts,
    /// Article keys read in this run, with where each was read.
    seen_keys: HashMap<String, String>,
    /// Content keys read in this run, with the id they were read under.
    seen_content: HashMap<String, String>,
    /// Article keys admitted as new in this run: a stored version of them is replaced.
    renewed: HashSet<String>,
    /// Stored article keys whose text was read in this run under another id and passed
    /// over as a duplicate, with where it was read (path, and line as reports give it).
    claimed: HashMap<String, (String, Option<usize>)>,
    /// The folder's lock, held while the writer lives; declared last, so that it is
    /// released only after tantivy's writer has stopped.
    lock: WriteLock,
}

impl IndexWriter {
    /// Opens the index in `dir` for writing, creating it if needed; `memory` is the
    /// writer's indexing budget in bytes. The folder's lock is taken before anything in it
    /// is touched, and leftovers of killed runs are removed (see [`super::folder`]).
    /// `rebuild` writes a new index beside the one in use; [`IndexWriter::finish`] swaps
    /// it in. An index that fails the checks of [`Depth::Open`] is refused.
    pub fn open(dir: &Path, memory: usize, rebuild: bool) -> Result<IndexWriter> {
        let lock = WriteLock::take(dir)?;
        let version = match lock.state()? {
            State::Ours { version } => version,
            _ => None,
        };
        let in_use = version.filter(|v| v.schema_version == SCHEMA_VERSION).and_then(|v| v.generation);
        let (generation, fresh) = match (rebuild, in_use, version) {
            (false, Some(n), _) => (n, false),
            (false, None, Some(v)) if v.schema_version != SCHEMA_VERSION => {
                return Err(Error::SchemaVersion {
                    path: dir.into(),
                    found: v.schema_version,
                    expected: SCHEMA_VERSION,
                });
            }
            (false, None, None) if exists(dir) => {
                return Err(Error::Damaged { path: dir.into(), detail: format!("{VERSION_FILE} cannot be read") });
            }
            _ => (lock.new_generation(version)?, true),
        };
        let path = generation_dir(dir, generation);
        let index = if fresh {
            let (schema, _) = build_schema();
            Index::builder().schema(schema).settings(index_settings()).create_in_dir(&path).map_err(index_error(dir))?
        } else {
            lock.remove_leftovers(generation)?;
            Index::open_in_dir(&path).map_err(read_error(dir))?
        };
        register_tokenizers(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(read_error(dir))?;
        let (_, fields) = build_schema();
        let counts = if fresh { Counts::default() } else { sound_counts(dir, &path, &index, &reader, &fields)? };
        let writer = index.writer(memory).map_err(|e| match e {
            TantivyError::LockFailure(LockError::LockBusy, _) => Error::Locked(dir.to_path_buf()),
            other => index_error(dir)(other),
        })?;
        if fresh && !rebuild {
            // A first ingest: make the empty index the one in use at once, so that each
            // commit is searchable and a killed run keeps what it committed.
            lock.switch_to(generation)?;
        }
        // Segment files a killed run wrote but never committed.
        let _ = writer.garbage_collect_files().wait();
        Ok(IndexWriter {
            lock,
            generation,
            replacing: rebuild,
            writer,
            reader,
            fields,
            counts,
            seen_keys: HashMap::new(),
            seen_content: HashMap::new(),
            renewed: HashSet::new(),
            claimed: HashMap::new(),
        })
    }

    fn dir(&self) -> &Path {
        self.lock.dir()
    }

    /// Decides whether `article` is to be analysed and added (see the module notes).
    pub fn admit(&mut self, article: &Article) -> Result<Admission> {
        let key = article_key(&article.id);
        let content = article.content_key();
        if let Some(first) = self.seen_keys.get(&key) {
            // The same id again: the same text is a duplicate, another text a conflict.
            return Ok(match self.seen_content.get(&content) {
                Some(of) if *of == article.id => Admission::Duplicate { of: of.clone() },
                _ => Admission::SameId { first: first.clone() },
            });
        }
        // Stored under this very id first: an unchanged article stays unchanged even when a
        // copy of it under another id was read before it in this run.
        let stored = self.stored_with_content(&content)?;
        let unchanged = stored.as_ref().is_some_and(|(stored_key, _)| *stored_key == key);
        if !unchanged && let Some(of) = self.seen_content.get(&content) {
            return Ok(Admission::Duplicate { of: of.clone() });
        }
        self.seen_keys.insert(key.clone(), article.place());
        self.seen_content.insert(content, article.id.clone());
        Ok(match stored {
            _ if unchanged => Admission::Unchanged,
            // Its stored copy is being replaced by its id's new text: it would be lost.
            Some((stored_key, _)) if self.renewed.contains(&stored_key) => self.renew(key),
            Some((stored_key, of)) => {
                self.claimed.insert(stored_key, (article.source_path.clone(), article.shown_line()));
                Admission::Duplicate { of }
            }
            None => self.renew(key),
        })
    }

    /// Admits the article of `key` as new.
    fn renew(&mut self, key: String) -> Admission {
        let lost = self.claimed.remove(&key);
        self.renewed.insert(key);
        match lost {
            Some(at) => Admission::Replacing { passed_over: at },
            None => Admission::New,
        }
    }

    /// The key and id of a stored article with this content key.
    fn stored_with_content(&self, content: &str) -> Result<Option<(String, String)>> {
        let searcher = self.reader.searcher();
        let term = Term::from_field_text(self.fields.content_hash, content);
        let Some(address) = first_doc(&searcher, &term).map_err(index_error(self.dir()))? else { return Ok(None) };
        let doc: TantivyDocument = searcher.doc(address).map_err(index_error(self.dir()))?;
        let key = text_of(&doc, self.fields.article_key).unwrap_or_default();
        Ok(Some((key, text_of(&doc, self.fields.article_id).unwrap_or_default())))
    }

    /// Adds (or replaces) one article with its passages, quotes and reported statements.
    pub fn add(&mut self, a: &AnalyzedArticle) -> Result<()> {
        let key = article_key(&a.article.id);
        let replaced = self.stored_counts(&key)?;
        self.counts.articles -= replaced.articles.min(self.counts.articles);
        self.counts.passages -= replaced.passages.min(self.counts.passages);
        self.counts.quotes -= replaced.quotes.min(self.counts.quotes);
        self.counts.reported -= replaced.reported.min(self.counts.reported);
        // Only a stored article needs deleting (an id is read once per run): a delete per
        // new article would cost every segment a pass at each commit.
        if replaced != Counts::default() {
            self.writer.delete_term(Term::from_field_text(self.fields.article_key, &key));
        }
        self.counts.articles += 1;
        self.counts.passages += a.passages.len() as u64;
        self.counts.quotes += a.quotes.len() as u64;
        self.counts.reported += a.reported.len() as u64;
        let block = article_block(&self.fields, &key, a);
        let added = self.writer.run(block.into_iter().map(UserOperation::Add));
        added.map(drop).map_err(|e| self.write_failure(e))
    }

    /// Documents of each kind stored under an article key (by the last commit).
    fn stored_counts(&self, key: &str) -> Result<Counts> {
        let searcher = self.reader.searcher();
        let term = Term::from_field_text(self.fields.article_key, key);
        if searcher.doc_freq(&term).map_err(index_error(self.dir()))? == 0 {
            return Ok(Counts::default());
        }
        let count = |k: &str| -> Result<u64> {
            let both: Vec<(Occur, Box<dyn Query>)> = [term.clone(), Term::from_field_text(self.fields.kind, k)]
                .into_iter()
                .map(|t| (Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>))
                .collect();
            let n = searcher.search(&BooleanQuery::new(both), &Count).map_err(index_error(self.dir()))?;
            Ok(n as u64)
        };
        Counts::by_kind(count)
    }

    /// Makes everything added so far durable and visible to searches (in a rebuild, once
    /// [`IndexWriter::finish`] swaps it in), with the counts of each kind.
    pub fn commit(&mut self) -> Result<()> {
        let payload = serde_json::to_string(&self.counts).unwrap_or_default();
        let committed = self.writer.prepare_commit().and_then(|mut prepared| {
            prepared.set_payload(&payload);
            prepared.commit()
        });
        committed.map_err(|e| self.write_failure(e))?;
        self.reader.reload().map_err(index_error(self.dir()))
    }

    /// Commits, waits for merges, and in a rebuild swaps the new index in for the old.
    pub fn finish(mut self) -> Result<()> {
        self.commit()?;
        let (lock, generation, replacing) = (self.lock, self.generation, self.replacing);
        let dir = lock.dir().to_path_buf();
        self.writer.wait_merging_threads().map_err(index_error(&dir))?;
        if replacing {
            lock.switch_to(generation)?;
        }
        Ok(())
    }

    /// Gives up: a rebuild's new index is removed and the one in use kept; otherwise what
    /// was committed stays.
    pub fn abandon(self) -> Result<()> {
        let (lock, generation, replacing) = (self.lock, self.generation, self.replacing);
        drop(self.writer);
        if replacing {
            lock.discard(generation);
        }
        Ok(())
    }

    /// Explains a failed write: tantivy reports a full disk as a writer thread that died,
    /// so a small probe file tells whether the disk is full.
    fn write_failure(&self, e: TantivyError) -> Error {
        let probe = generation_dir(self.dir(), self.generation).join(".tmp-space-probe");
        let written = std::fs::write(&probe, [0u8; 1 << 16]);
        let _ = std::fs::remove_file(&probe);
        match written {
            Err(cause) if cause.kind() == std::io::ErrorKind::StorageFull => {
                Error::DiskFull { path: self.dir().to_path_buf(), cause }
            }
            _ => index_error(self.dir())(e),
        }
    }
}

/// An article's documents, in block order: the article, then each passage followed by its
/// quotes and then its reported statements. Written together ([`tantivy::IndexWriter::run`] keeps a group in one segment, in
/// order, and merges keep that order), so that `parent` (the distance back to a document's
/// parent) holds. What is shown of the article (id, title, link, file) is stored, and the
/// title indexed, on the article document only: its passages and quotes read them through
/// `parent` (`search::parents`), and a `title:` search reaches them through the block join
/// (`search::join`). Every document keeps what its filters need.
fn article_block(f: &Fields, key: &str, a: &AnalyzedArticle) -> Vec<TantivyDocument> {
    let art = &a.article;
    let mut docs = Vec::with_capacity(1 + a.passages.len() + a.quotes.len() + a.reported.len());
    // What every document of the article carries: identity, and what filters read.
    let common = |doc_kind: &str, citation: &str| {
        let mut doc = TantivyDocument::default();
        doc.add_text(f.kind, doc_kind);
        doc.add_text(f.citation, citation);
        doc.add_text(f.article_key, key);
        if let Some(o) = &art.outlet {
            doc.add_text(f.outlet, o);
        }
        match (art.date, art.date_source) {
            (Some(d), source) => {
                doc.add_u64(f.date, d.as_number());
                if let Some(s) = source {
                    doc.add_text(f.date_source, s.as_str());
                }
            }
            (None, _) => doc.add_text(f.date_source, UNDATED),
        }
        doc
    };
    // What is shown of the article: on the article document only.
    let mut article_doc = common(kind::ARTICLE, key);
    article_doc.add_text(f.article_id, &art.id);
    if let Some(t) = &art.title {
        article_doc.add_text(f.title, t);
    }
    if let Some(u) = &art.url {
        article_doc.add_text(f.url, u);
    }
    article_doc.add_text(f.source_path, &art.source_path);
    article_doc.add_text(f.content_hash, art.content_key());
    add_entities(&mut article_doc, f, &a.entities);
    docs.push(article_doc);
    let by_passage = statements_by_passage(a);
    for (i, (p, ents)) in a.passages.iter().zip(&a.passage_entities).enumerate() {
        let citation = format!("{key}-p{}", p.paragraph);
        let mut doc = common(kind::PASSAGE, &citation);
        passage_fields(&mut doc, f, &citation, &art.body[p.span.clone()], docs.len() as u64, p, &by_passage[i]);
        add_entities(&mut doc, f, ents);
        let passage_at = docs.len();
        docs.push(doc);
        for s in &by_passage[i] {
            let mut doc = statement_doc(f, s, &format!("{citation}-{}", s.citation), p, &common);
            doc.add_u64(f.parent, (docs.len() - passage_at) as u64);
            add_entities(&mut doc, f, ents);
            docs.push(doc);
        }
    }
    docs
}

/// Each passage's quotes, then its reported statements, found once (not by scanning every
/// statement for each passage).
fn statements_by_passage(a: &AnalyzedArticle) -> Vec<Vec<Statement<'_>>> {
    let mut by_passage: Vec<Vec<Statement>> = vec![Vec::new(); a.passages.len()];
    let quotes = a.quotes.iter().enumerate().map(|(n, q)| (q.passage, Statement::quote(n, q)));
    let reported = a.reported.iter().enumerate().map(|(n, r)| (r.passage, Statement::reported(n, r)));
    for (passage, statement) in quotes.chain(reported) {
        if let Some(list) = by_passage.get_mut(passage) {
            list.push(statement);
        }
    }
    by_passage
}

/// Adds to `doc` what a passage's document holds besides what every document of its
/// article does and its entities: its `text` and group, its `parent` distance, the speakers
/// of its `statements`' quotes, where it stands and what kinds of statements it holds.
fn passage_fields(
    doc: &mut TantivyDocument,
    f: &Fields,
    citation: &str,
    text: &str,
    parent: u64,
    p: &Passage,
    statements: &[Statement<'_>],
) {
    doc.add_text(f.passage, text);
    add_group_key(doc, f, group_key(text, citation));
    doc.add_u64(f.parent, parent);
    // The speakers of the passage's quotes (not of its reported statements), so that
    // `--speaker` also filters passages.
    let quotes = || statements.iter().filter(|s| s.kind == kind::QUOTE);
    let mut speakers: Vec<&str> = quotes().filter_map(|s| s.speaker).collect();
    speakers.sort_unstable();
    speakers.dedup();
    for s in speakers {
        doc.add_text(f.speaker, s);
        for k in crate::names::speaker_keys(s) {
            doc.add_text(f.speaker_key, format!("{}{k}", crate::names::PASSAGE_KEY_MARK));
        }
    }
    doc.add_u64(f.paragraph, p.paragraph as u64);
    doc.add_u64(f.passage_start, p.span.start as u64);
    if quotes().next().is_some() {
        doc.add_u64(f.quoted, QUOTED_QUOTES);
    }
    if statements.iter().any(|s| s.kind == kind::REPORTED) {
        doc.add_u64(f.quoted, QUOTED_REPORTED);
    }
}

/// What the index writes of a quote or a reported statement: both are a passage's children
/// and carry the same fields, told apart by `kind`.
#[derive(Debug, Clone, Copy)]
struct Statement<'a> {
    kind: &'static str,
    /// The citation's last part: `q3` for the article's third quote, `r2` for its second
    /// reported statement.
    citation: Citation,
    text: &'a str,
    span: &'a std::ops::Range<usize>,
    speaker: Option<&'a str>,
    mention: Option<&'a str>,
    cue: Option<&'a str>,
    fragment: bool,
}

/// The last part of a statement's citation: its kind's letter and its 1-based number.
#[derive(Debug, Clone, Copy)]
struct Citation(char, usize);

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.0, self.1)
    }
}

impl<'a> Statement<'a> {
    /// The article's `n`th quote (from 0).
    fn quote(n: usize, q: &'a Quote) -> Statement<'a> {
        Statement {
            kind: kind::QUOTE,
            citation: Citation('q', n + 1),
            text: &q.text,
            span: &q.span,
            speaker: q.speaker.as_deref(),
            mention: q.speaker_mention.as_deref(),
            cue: q.cue.as_deref(),
            fragment: q.fragment,
        }
    }

    /// The article's `n`th reported statement (from 0): never a fragment.
    fn reported(n: usize, r: &'a Reported) -> Statement<'a> {
        Statement {
            kind: kind::REPORTED,
            citation: Citation('r', n + 1),
            text: &r.text,
            span: &r.span,
            speaker: r.speaker.as_deref(),
            mention: r.speaker_mention.as_deref(),
            cue: r.cue.as_deref(),
            fragment: false,
        }
    }
}

/// The document of statement `s` of passage `p` (all but its parent and tags), from the
/// `common` fields of the article's documents.
fn statement_doc(
    f: &Fields,
    s: &Statement,
    citation: &str,
    p: &Passage,
    common: &dyn Fn(&str, &str) -> TantivyDocument,
) -> TantivyDocument {
    let mut doc = common(s.kind, citation);
    // A reported statement's words apart from the quotes' (see `search::stats`).
    doc.add_text(if s.kind == kind::REPORTED { f.reported } else { f.quote }, s.text);
    let key = group_key(s.text, s.speaker.unwrap_or(citation));
    // A reported statement never groups with a quote of the same words: a paraphrase is
    // not a copy of a quotation.
    add_group_key(&mut doc, f, if s.kind == kind::REPORTED { reported_key(key) } else { key });
    if let Some(speaker) = s.speaker {
        doc.add_text(f.speaker, speaker);
        // A reported statement's keys apart (see REPORTED_KEY_MARK): who a surname
        // designates is counted in quotes only.
        let mark = if s.kind == kind::REPORTED { Some(crate::names::REPORTED_KEY_MARK) } else { None };
        for k in crate::names::speaker_keys(speaker) {
            doc.add_text(f.speaker_key, mark.map_or(k.clone(), |m| format!("{m}{k}")));
        }
    }
    if let Some(m) = s.mention {
        doc.add_text(f.speaker_mention, m);
        let (roles, alias) = crate::names::mention_terms(m);
        for r in &roles {
            doc.add_text(f.speaker_role, r);
        }
        if let Some(a) = alias {
            doc.add_text(f.speaker_alias, &a);
        }
    }
    if let Some(c) = s.cue {
        doc.add_text(f.cue, c);
    }
    doc.add_u64(f.fragment, u64::from(s.fragment));
    doc.add_u64(f.paragraph, p.paragraph as u64);
    doc.add_u64(f.passage_start, p.span.start as u64);
    doc.add_u64(f.quote_start, s.span.start.saturating_sub(p.span.start) as u64);
    doc.add_u64(f.quote_end, s.span.end.min(p.span.end).saturating_sub(p.span.start) as u64);
    doc
}

/// The group key of a reported statement: its words' key, changed so that it never equals
/// a quote's.
pub fn reported_key(key: u64) -> u64 {
    stable_hash(&format!("reported\u{1f}{key:016x}"))
}

/// The first live document holding `term`, read straight from the postings: asked once per
/// article read, so it skips the scoring and collecting of a search.
fn first_doc(searcher: &Searcher, term: &Term) -> tantivy::Result<Option<DocAddress>> {
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let index = segment.inverted_index(term.field())?;
        let Some(mut postings) = index.read_postings(term, IndexRecordOption::Basic)? else { continue };
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if !segment.is_deleted(doc) {
                return Ok(Some(DocAddress::new(ord as u32, doc)));
            }
            doc = postings.advance();
        }
    }
    Ok(None)
}

/// The recorded counts of an index about to be written, after checking it: a damaged index
/// is refused before anything is added to it.
fn sound_counts(dir: &Path, path: &Path, index: &Index, reader: &IndexReader, fields: &Fields) -> Result<Counts> {
    let searcher = reader.searcher();
    let findings = super::guard(dir, || Ok(verify::check(path, index, &searcher, fields, Depth::Open)))?;
    if let Some(first) = findings.problems.first() {
        return Err(Error::Damaged { path: dir.to_path_buf(), detail: first.clone() });
    }
    match Counts::recorded(index).map_err(read_error(dir))? {
        Some(counts) => Ok(counts),
        None => Counts::by_search(&searcher, fields).map_err(read_error(dir)),
    }
}

/// A text's syndication key: whole in the fast column, its bucket in the inverted index.
fn add_group_key(doc: &mut TantivyDocument, f: &Fields, key: u64) {
    doc.add_u64(f.group_key, key);
    doc.add_u64(f.group_bucket, group_bucket(key));
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
    fn the_content_key_hashes_the_collapsed_title_and_text() {
        use crate::normalize::collapse_whitespace;
        let a =
            Article { title: Some(" Big \n news ".into()), body: "\tOne  two\n\nthree ".into(), ..Article::default() };
        let joined = format!("{}\n{}", collapse_whitespace(" Big \n news "), collapse_whitespace(&a.body));
        assert_eq!(a.content_key(), format!("{:016x}", stable_hash(&joined)));
        let untitled = Article { body: "x  y".into(), ..Article::default() };
        assert_eq!(untitled.content_key(), format!("{:016x}", stable_hash("\nx y")));
    }

    /// An article of two passages: the first holds a quote and a reported statement of the
    /// same words by the same speaker, the second a reported statement only.
    fn quoted_and_reported() -> AnalyzedArticle {
        let body = "\"The plan will fail,\" Petro said. Petro said the plan will fail.\n\nThe navy said the port would reopen.";
        let at = |needle: &str| {
            let start = body.find(needle).unwrap_or_else(|| panic!("{needle}"));
            start..start + needle.len()
        };
        let second = body.find("The navy").unwrap_or_default();
        let reported = |text: &str, passage: usize, speaker: &str, mention: &str| Reported {
            text: text.into(),
            span: at(if passage == 0 { "the plan will fail" } else { text }),
            passage,
            speaker: Some(speaker.into()),
            speaker_mention: Some(mention.into()),
            cue: Some("said".into()),
            rule: "cue-clause".into(),
        };
        AnalyzedArticle {
            article: Article { id: "a".into(), body: body.into(), ..Article::default() },
            passages: vec![
                Passage { paragraph: 1, span: 0..second - 2 },
                Passage { paragraph: 2, span: second..body.len() },
            ],
            quotes: vec![Quote {
                text: "The plan will fail".into(),
                span: at("The plan will fail"),
                passage: 0,
                speaker: Some("Gustavo Petro".into()),
                speaker_mention: Some("Petro".into()),
                cue: Some("said".into()),
                fragment: false,
                rule: Some("cue-after".into()),
                within: None,
            }],
            reported: vec![
                reported("the plan will fail", 0, "Gustavo Petro", "Petro"),
                reported("the port would reopen", 1, "The navy", "The navy"),
            ],
            entities: Entities::default(),
            passage_entities: vec![Entities::default(), Entities::default()],
        }
    }

    #[test]
    fn reported_statements_follow_their_passage_s_quotes_in_the_block() {
        use crate::index::reader::{number_of, text_of, texts_of};
        let (_, f) = build_schema();
        let docs = article_block(&f, "k", &quoted_and_reported());
        let row = |d: &TantivyDocument| {
            (text_of(d, f.kind).unwrap_or_default(), text_of(d, f.citation).unwrap_or_default(), number_of(d, f.parent))
        };
        let rows: Vec<(String, String, Option<u64>)> = docs.iter().map(row).collect();
        let want = [
            ("article", "k", None),
            ("passage", "k-p1", Some(1)),
            ("quote", "k-p1-q1", Some(1)),
            ("reported", "k-p1-r1", Some(2)),
            ("passage", "k-p2", Some(4)),
            ("reported", "k-p2-r2", Some(1)),
        ];
        let want: Vec<(String, String, Option<u64>)> =
            want.iter().map(|(k, c, p)| (k.to_string(), c.to_string(), *p)).collect();
        assert_eq!(rows, want);
        // The passages mark what they hold: quotes (1), reported statements (2).
        use tantivy::schema::Value;
        let marks = |d: &TantivyDocument| d.get_all(f.quoted).filter_map(|v| v.as_u64()).collect::<Vec<u64>>();
        assert_eq!((marks(&docs[1]), marks(&docs[4])), (vec![QUOTED_QUOTES, QUOTED_REPORTED], vec![QUOTED_REPORTED]));
        // A reported statement carries what a quote carries, its words in `reported`,
        // placed in its passage.
        let navy = &docs[5];
        assert_eq!(
            (text_of(navy, f.reported).as_deref(), text_of(navy, f.quote)),
            (Some("the port would reopen"), None)
        );
        assert_eq!(
            (text_of(navy, f.speaker).as_deref(), text_of(navy, f.cue).as_deref()),
            (Some("The navy"), Some("said"))
        );
        assert_eq!(
            (number_of(navy, f.fragment), number_of(navy, f.quote_start), number_of(navy, f.quote_end)),
            (Some(0), Some("The navy said ".len() as u64), Some("The navy said the port would reopen".len() as u64))
        );
        // Never grouped with the quote of the same words, and its speaker's keys kept
        // apart from the quotes' (who a surname designates is counted in quotes only).
        let key = |d: &TantivyDocument| number_of(d, f.group_key);
        assert_ne!(key(&docs[2]), key(&docs[3]));
        assert_eq!(texts_of(&docs[2], f.speaker_key), ["petro\tGustavo Petro"]);
        assert_eq!(texts_of(&docs[3], f.speaker_key), ["\u{2}petro\tGustavo Petro"]);
        // The passage holds its quotes' speakers only.
        assert_eq!(
            (texts_of(&docs[1], f.speaker), texts_of(&docs[4], f.speaker)),
            (vec!["Gustavo Petro".to_owned()], vec![])
        );
    }

    #[test]
    fn short_quotes_group_only_with_the_same_speaker() {
        assert_eq!(group_key("no choice", "Marta Ilabaca"), group_key("No choice!", "marta ilabaca"));
        assert_ne!(group_key("no choice", "Marta Ilabaca"), group_key("no choice", "Tomás Herrera"));
    }
}
