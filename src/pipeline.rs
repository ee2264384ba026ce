//! The one place that knows the stage order: read -> split -> extract -> index.
//!
//! Inputs are read as a stream, one file at a time; each article is first offered to the
//! consumer ([`Sink::admit`]: the index writer skips duplicates and unchanged articles before
//! any analysis), then gathered in batches, analysed in parallel (rayon), and handed in
//! input order to the consumer: the index writer for `ingest`, a JSON printer for `extract`.
//! Memory is bounded by the batch ([`BATCH`] articles, [`BATCH_BYTES`] of text), whatever
//! the corpus size. Work per article is bounded too: an article past a limit on extraction
//! work ([`MAX_ANALYZED_BYTES`], [`MAX_ANALYZED_LINES`], [`MAX_QUOTATION_MARKS`]) is
//! indexed as passages without quotes or tags ([`passages_only`]), and reported. A stop
//! flag, checked after every article read, ends the run early after the current batch is
//! consumed.

use crate::error::{Error, Result};
use crate::extract::analyze;
use crate::index::writer::{Admission, IndexWriter};
use crate::ingest::given::Given;
use crate::ingest::{self, Item, Problem};
use crate::model::{AnalyzedArticle, Article, Entities};
use rayon::prelude::*;
use serde::Serialize;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Articles analysed per batch.
pub const BATCH: usize = 256;
/// Bytes of article text a batch holds at most (a larger article is a batch of its own):
/// the batch, not the largest article, bounds the memory of a run.
pub const BATCH_BYTES: usize = 32 << 20;

/// Limits on extraction work per article. Extraction is linear, but its scratch memory is
/// several times the text and each quotation becomes an indexed document: an article past
/// any limit (a book, a dump, a page of nothing but quotation marks) is indexed as passages
/// without quotes or tags, and the run says so. Bytes of text:
pub const MAX_ANALYZED_BYTES: usize = 8 << 20;
/// Lines of text (each line may be a paragraph, and each paragraph a passage):
pub const MAX_ANALYZED_LINES: usize = 50_000;
/// Quotation marks (`"`, curly, guillemets, low marks; a quotation takes two):
pub const MAX_QUOTATION_MARKS: usize = 100_000;

/// What a run did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Input files read.
    pub files: usize,
    /// Articles read, analysed and handed on (for `ingest`: added or replaced).
    pub articles: usize,
    /// Articles already in the index with the same id and text: left as they are.
    pub unchanged: usize,
    /// Articles not indexed because the same text, or the same id, was already read or stored.
    pub duplicates: usize,
    /// Passages produced.
    pub passages: usize,
    /// Quotes found.
    pub quotes: usize,
    /// Reported statements found (speech without quotation marks).
    pub reported: usize,
    /// Files or records skipped.
    pub skipped: usize,
    /// Articles past a limit on extraction work: indexed as passages without quotes or tags.
    pub limited: usize,
    /// Inputs read with a caveat.
    pub warnings: usize,
    /// True when the run was stopped before reading every input.
    pub interrupted: bool,
}

/// Hears about a run's progress and problems; the binary turns this into a progress bar
/// and messages.
pub trait Observer {
    /// Total input bytes, known once the inputs are listed.
    fn start(&mut self, _files: usize, _bytes: u64) {}
    /// Input bytes read so far (compressed size for compressed files).
    fn progress(&mut self, _bytes: u64) {}
    /// A file is done.
    fn file_done(&mut self, _path: &Path, _bytes: u64) {}
    /// An article was not indexed: it duplicates the article with id `of`.
    fn duplicate(&mut self, _article: &Article, _of: &str) {}
    /// A file or record was skipped (`skipped`) or read with a caveat.
    fn problem(&mut self, _problem: &Problem, _skipped: bool) {}
    /// An article past a limit on extraction work is indexed as passages only.
    fn limited(&mut self, _problem: &Problem) {}
    /// A batch of articles was analysed and consumed.
    fn articles_done(&mut self, _summary: &Summary) {}
}

/// An observer that ignores everything.
pub struct Quiet;
impl Observer for Quiet {}

/// The consumer of a run's articles.
pub trait Sink {
    /// Decides, before analysis, whether an article is to be analysed and consumed.
    fn admit(&mut self, _article: &Article) -> Result<Admission> {
        Ok(Admission::New)
    }
    /// Takes a batch of analysed articles, in input order.
    fn consume(&mut self, batch: &[AnalyzedArticle]) -> Result<()>;
}

/// Any batch-taking closure is a sink that admits everything.
impl<F: FnMut(&[AnalyzedArticle]) -> Result<()>> Sink for F {
    fn consume(&mut self, batch: &[AnalyzedArticle]) -> Result<()> {
        self(batch)
    }
}

/// A run in progress: the batch being gathered and the counts.
struct Run<'a> {
    observer: &'a mut dyn Observer,
    sink: &'a mut dyn Sink,
    /// Articles admitted, each with whether it is to be analysed in full.
    batch: Vec<(Article, bool)>,
    /// Bytes of text in `batch`.
    batch_bytes: usize,
    summary: Summary,
}

impl Run<'_> {
    fn flush(&mut self) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        self.batch_bytes = 0;
        let analyzed: Vec<(AnalyzedArticle, Option<String>)> = std::mem::take(&mut self.batch)
            .into_par_iter()
            .map(
                |(article, full)| {
                    if full { analyzed_or_passages(article, analyze) } else { (passages_only(article), None) }
                },
            )
            .collect();
        let mut batch = Vec::with_capacity(analyzed.len());
        for (a, failure) in analyzed {
            if let Some(reason) = failure {
                self.summary.limited += 1;
                self.observer.limited(&problem_at(&a.article, reason));
            }
            batch.push(a);
        }
        let analyzed = batch;
        self.summary.articles += analyzed.len();
        self.summary.passages += analyzed.iter().map(|a| a.passages.len()).sum::<usize>();
        self.summary.quotes += analyzed.iter().map(|a| a.quotes.len()).sum::<usize>();
        self.summary.reported += analyzed.iter().map(|a| a.reported.len()).sum::<usize>();
        self.sink.consume(&analyzed)?;
        self.observer.articles_done(&self.summary);
        Ok(())
    }

    /// Adds an admitted article to the batch: analysed in full, or, past a limit on
    /// extraction work, as passages only (and said so).
    fn push(&mut self, a: Article) {
        let over = over_limit(&a);
        if let Some(reason) = &over {
            self.summary.limited += 1;
            let problem = problem_at(&a, reason.clone());
            self.observer.limited(&problem);
        }
        self.batch_bytes += a.body.len();
        self.batch.push((a, over.is_none()));
    }

    fn take(&mut self, item: Item) -> Result<()> {
        match item {
            Item::Article(a) => match self.sink.admit(&a)? {
                Admission::New => self.push(*a),
                Admission::Unchanged => self.summary.unchanged += 1,
                Admission::Duplicate { of } => {
                    self.summary.duplicates += 1;
                    self.observer.duplicate(&a, &of);
                }
                Admission::Replacing { passed_over: (path, line) } => {
                    // The duplicate passed over before is not indexed after all.
                    let reason = format!(
                        "a duplicate of the text stored under `{}`, which `{}` replaces: run the same ingest again to index it",
                        a.id,
                        a.place()
                    );
                    self.summary.duplicates -= 1;
                    self.summary.skipped += 1;
                    self.observer.problem(&Problem { path, line, reason }, true);
                    self.push(*a);
                }
                Admission::SameId { first } => {
                    let reason = format!(
                        "its id `{}` was read already in this run with another text, at `{first}`; the first is kept (give each record an id of its own)",
                        a.id
                    );
                    self.summary.skipped += 1;
                    self.observer.problem(&problem_at(&a, reason), true);
                }
            },
            Item::Skipped(p) => {
                self.summary.skipped += 1;
                self.observer.problem(&p, true);
            }
            Item::Warning(p) => {
                self.summary.warnings += 1;
                self.observer.problem(&p, false);
            }
        }
        if self.batch.len() >= BATCH || self.batch_bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }
}

/// Reads `paths`, analyses every article the sink admits and gives each batch, in input
/// order, to the sink. When `stop` becomes true, the run consumes what it has read and
/// returns with [`Summary::interrupted`] set.
/// `day_first` reads numeric dates such as `12/11/2025` day first.
pub fn run(
    paths: &[PathBuf],
    day_first: bool,
    stop: &AtomicBool,
    observer: &mut dyn Observer,
    sink: &mut dyn Sink,
) -> Result<Summary> {
    run_inputs(ingest::walk(paths), day_first, &Given::default(), stop, observer, sink)
}

/// [`run`] over inputs already listed by [`ingest::walk`].
fn run_inputs(
    (mut files, problems): (Vec<ingest::SourceFile>, Vec<Problem>),
    day_first: bool,
    given: &Given,
    stop: &AtomicBool,
    observer: &mut dyn Observer,
    sink: &mut dyn Sink,
) -> Result<Summary> {
    for file in &mut files {
        file.day_first = day_first;
    }
    let mut run = Run { observer, sink, batch: Vec::with_capacity(BATCH), batch_bytes: 0, summary: Summary::default() };
    run.summary.files = files.len();
    for p in &problems {
        run.summary.skipped += 1;
        run.observer.problem(p, true);
    }
    run.observer.start(files.len(), files.iter().map(|f| f.bytes).sum());
    let mut done_bytes = 0;
    'files: for file in &files {
        let count = Rc::new(Cell::new(0));
        for (n, item) in ingest::read(file, count.clone()).enumerate() {
            let item = match item {
                Item::Article(mut a) => {
                    if let Some(reason) = given.apply(&mut a) {
                        run.take(Item::Warning(problem_at(&a, reason)))?;
                    }
                    Item::Article(a)
                }
                other => other,
            };
            run.take(item)?;
            if n % 64 == 0 {
                run.observer.progress(done_bytes + count.get().min(file.bytes));
            }
            if stop.load(Ordering::Relaxed) {
                run.summary.interrupted = true;
                break 'files;
            }
        }
        done_bytes += file.bytes;
        run.observer.progress(done_bytes);
        run.observer.file_done(&file.path, file.bytes);
        if stop.load(Ordering::Relaxed) {
            run.summary.interrupted = true;
            break;
        }
    }
    run.flush()?;
    Ok(run.summary)
}

/// Why `article` is past a limit on extraction work, or `None` when it is within them all.
/// Read before any analysis, by fast searches of the text.
pub fn over_limit(article: &Article) -> Option<String> {
    let body = &article.body;
    if body.len() > MAX_ANALYZED_BYTES {
        let limit = MAX_ANALYZED_BYTES >> 20;
        return Some(format!("{} bytes, over the {limit} MiB limit of extraction: {PASSAGES_ONLY}", body.len()));
    }
    let lines = body.bytes().filter(|&b| b == b'\n').count();
    if lines > MAX_ANALYZED_LINES {
        return Some(format!("{lines} lines, over the {MAX_ANALYZED_LINES} limit of extraction: {PASSAGES_ONLY}"));
    }
    // One fast search per mark rather than a test of every character.
    let marks: usize = QUOTATION_MARKS.iter().map(|&mark| body.matches(mark).count()).sum();
    if marks > MAX_QUOTATION_MARKS {
        return Some(format!(
            "{marks} quotation marks, over the {MAX_QUOTATION_MARKS} limit of extraction: {PASSAGES_ONLY}"
        ));
    }
    None
}

/// The double quotation marks [`over_limit`] counts: straight, curly, guillemets and the
/// low opening mark.
const QUOTATION_MARKS: [char; 6] = ['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{201e}'];

const PASSAGES_ONLY: &str = "indexed as passages without quotes or tags";

/// Characters of a panic's message an internal error reports.
const MESSAGE_CHARS: usize = 200;

/// `article` analysed by `analyze`, or, should that fail on a bug of ours (a panic), as
/// passages only ([`passages_only`]) with the reason to report: one article's failure
/// loses neither the article nor the run.
fn analyzed_or_passages(
    article: Article,
    analyze: impl FnOnce(Article) -> AnalyzedArticle,
) -> (AnalyzedArticle, Option<String>) {
    let kept = article.clone();
    match crate::index::catch(|| analyze(article)) {
        Ok(analyzed) => (analyzed, None),
        Err(message) => {
            // A panic's message may quote the whole text: its start is enough to report.
            let start: String = message.chars().take(MESSAGE_CHARS).collect();
            let message = if start.len() < message.len() { start + "…" } else { start };
            let reason = format!("internal error in extraction, please report it ({message}): {PASSAGES_ONLY}");
            (passages_only(kept), Some(reason))
        }
    }
}

/// An article past a limit on extraction work: its text packed into passages
/// ([`crate::passage::packed_passages`]), without quotes or tags; the date from metadata,
/// else from the body's opening words. Linear in the text, memory that of the passages.
pub fn passages_only(mut article: Article) -> AnalyzedArticle {
    crate::dates::settle_date(&mut article);
    let passages = crate::passage::packed_passages(&article.body);
    let passage_entities = vec![Entities::default(); passages.len()];
    AnalyzedArticle {
        article,
        passages,
        quotes: Vec::new(),
        reported: Vec::new(),
        entities: Entities::default(),
        passage_entities,
    }
}

/// Options of an ingest run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Index writer memory budget, bytes.
    pub writer_memory: usize,
    /// Commit at most this often: a killed run loses at most this much work, and fewer
    /// commits make fewer, larger segments (each commit writes one per indexing thread, and
    /// tantivy merges them later). A rebuild commits once, at its end: a rebuild cut short
    /// is given up whole.
    pub commit_interval: Duration,
    /// Empty the index before adding.
    pub rebuild: bool,
    /// Read numeric dates day first.
    pub day_first: bool,
    /// The outlet and date for articles that lack them.
    pub given: Given,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            writer_memory: 64 << 20,
            commit_interval: COMMIT_INTERVAL,
            rebuild: false,
            day_first: false,
            given: Given::default(),
        }
    }
}

/// The default [`IngestOptions::commit_interval`].
pub const COMMIT_INTERVAL: Duration = Duration::from_secs(10);

/// The index writer as a sink: admits by identity, commits when the interval has passed.
struct IndexSink {
    writer: IndexWriter,
    /// `None` in a rebuild: commit at the end only.
    interval: Option<Duration>,
    last_commit: Instant,
}

impl Sink for IndexSink {
    fn admit(&mut self, article: &Article) -> Result<Admission> {
        self.writer.admit(article)
    }

    fn consume(&mut self, batch: &[AnalyzedArticle]) -> Result<()> {
        for article in batch {
            self.writer.add(article)?;
        }
        if self.interval.is_some_and(|every| self.last_commit.elapsed() >= every) {
            self.writer.commit()?;
            self.last_commit = Instant::now();
        }
        Ok(())
    }
}

/// Reads `paths` into the index at `index_dir`: read -> split -> extract -> index.
/// Commits every [`IngestOptions::commit_interval`], so an interrupted or killed run keeps
/// what it committed, and a rerun skips what is already stored ([`Admission::Unchanged`]).
pub fn ingest(
    paths: &[PathBuf],
    index_dir: &Path,
    options: &IngestOptions,
    stop: &AtomicBool,
    observer: &mut dyn Observer,
) -> Result<Summary> {
    let inputs = ingest::walk(paths);
    if inputs.0.is_empty() {
        // Nothing to read (a mistyped path, an empty folder): no index is made or touched.
        return Err(Error::NothingToRead(match inputs.1.first() {
            Some(problem) => problem.to_string(),
            None => format!("{} holds no files newsquote reads ({})", list(paths), ingest::READ_EXTENSIONS),
        }));
    }
    let writer = IndexWriter::open(index_dir, options.writer_memory, options.rebuild)?;
    let interval = (!options.rebuild).then_some(options.commit_interval);
    let mut sink = IndexSink { writer, interval, last_commit: Instant::now() };
    let summary = run_inputs(inputs, options.day_first, &options.given, stop, observer, &mut sink)?;
    let writer = sink.writer;
    if options.rebuild && (summary.interrupted || summary.articles == 0) {
        // A rebuild cut short, or one that read nothing (a mistyped path), would replace
        // the index with part of it or nothing: keep the old one.
        writer.abandon()?;
    } else {
        writer.finish()?;
    }
    Ok(summary)
}

/// Paths for a message: `a, b and 3 more`.
fn list(paths: &[PathBuf]) -> String {
    let named: Vec<String> = paths.iter().take(3).map(|p| crate::escape::path(p)).collect();
    match paths.len() {
        0..=3 => named.join(", "),
        n => format!("{} and {} more", named.join(", "), n - 3),
    }
}

/// A problem with an article already read, at the line its record starts.
fn problem_at(a: &Article, reason: String) -> Problem {
    Problem { path: a.source_path.clone(), line: a.shown_line(), reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_whose_analysis_panics_is_kept_as_passages_and_reported() {
        let article =
            Article { id: "a".into(), body: "First paragraph.\n\nSecond paragraph.".into(), ..Article::default() };
        let (analyzed, failure) = analyzed_or_passages(article, |_| panic!("a bug of ours"));
        assert_eq!(analyzed.article.id, "a");
        assert!(!analyzed.passages.is_empty(), "the text is kept as passages");
        let failure = failure.expect("the failure is reported");
        assert!(failure.contains("a bug of ours") && failure.contains(PASSAGES_ONLY), "{failure}");
    }

    #[test]
    fn a_long_panic_message_is_reported_by_its_start() {
        let text = "é".repeat(10 * MESSAGE_CHARS);
        let (_, failure) = analyzed_or_passages(Article::default(), |_| panic!("{text}"));
        let failure = failure.expect("the failure is reported");
        assert!(failure.contains(&format!("{}…)", "é".repeat(MESSAGE_CHARS))), "{failure}");
        assert!(failure.chars().count() < 2 * MESSAGE_CHARS, "{failure}");
    }

    #[test]
    fn an_article_analysed_without_failure_is_not_reported() {
        let article = Article { body: "\"It works,\" she said.".into(), ..Article::default() };
        let (analyzed, failure) = analyzed_or_passages(article, analyze);
        assert!(failure.is_none());
        assert_eq!(analyzed.quotes.len(), 1);
    }
}
