//! The one place that knows the stage order: read -> split -> extract -> index.
//!
//! Inputs are read as a stream, one file at a time; articles are gathered in batches,
//! analysed in parallel (rayon), and handed in input order to one consumer: the index
//! writer for `ingest`, a JSON printer for `extract`. Memory is bounded by the batch size,
//! whatever the corpus size.

use crate::error::Result;
use crate::extract::analyze;
use crate::index::writer::IndexWriter;
use crate::ingest::{self, Item, Problem};
use crate::model::{AnalyzedArticle, Article};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Articles analysed per batch.
pub const BATCH: usize = 256;

/// What a run did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Input files read.
    pub files: usize,
    /// Articles read and analysed.
    pub articles: usize,
    /// Passages produced.
    pub passages: usize,
    /// Quotes found.
    pub quotes: usize,
    /// Files or records skipped.
    pub skipped: usize,
    /// Inputs read with a caveat.
    pub warnings: usize,
}

/// Hears about a run's progress and problems; the binary turns this into a progress bar
/// and messages.
pub trait Observer {
    /// Total input bytes, known once the inputs are listed.
    fn start(&mut self, _files: usize, _bytes: u64) {}
    /// A file is done.
    fn file_done(&mut self, _path: &Path, _bytes: u64) {}
    /// A file or record was skipped (`skipped`) or read with a caveat.
    fn problem(&mut self, _problem: &Problem, _skipped: bool) {}
    /// A batch of articles was analysed and consumed.
    fn articles_done(&mut self, _summary: &Summary) {}
}

/// An observer that ignores everything.
pub struct Quiet;
impl Observer for Quiet {}

/// Reads `paths`, analyses every article and gives each batch, in input order, to `consume`.
pub fn run(
    paths: &[PathBuf],
    observer: &mut dyn Observer,
    mut consume: impl FnMut(&[AnalyzedArticle]) -> Result<()>,
) -> Result<Summary> {
    let (files, problems) = ingest::walk(paths);
    let mut summary = Summary { files: files.len(), ..Summary::default() };
    for p in &problems {
        summary.skipped += 1;
        observer.problem(p, true);
    }
    observer.start(files.len(), files.iter().map(|f| f.bytes).sum());
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut flush = |batch: &mut Vec<Article>, summary: &mut Summary, observer: &mut dyn Observer| -> Result<()> {
        let analyzed: Vec<AnalyzedArticle> = std::mem::take(batch).into_par_iter().map(analyze).collect();
        summary.articles += analyzed.len();
        summary.passages += analyzed.iter().map(|a| a.passages.len()).sum::<usize>();
        summary.quotes += analyzed.iter().map(|a| a.quotes.len()).sum::<usize>();
        consume(&analyzed)?;
        observer.articles_done(summary);
        Ok(())
    };
    for file in &files {
        for item in ingest::read(file) {
            match item {
                Item::Article(a) => batch.push(*a),
                Item::Skipped(p) => {
                    summary.skipped += 1;
                    observer.problem(&p, true);
                }
                Item::Warning(p) => {
                    summary.warnings += 1;
                    observer.problem(&p, false);
                }
            }
            if batch.len() >= BATCH {
                flush(&mut batch, &mut summary, observer)?;
            }
        }
        observer.file_done(&file.path, file.bytes);
    }
    if !batch.is_empty() {
        flush(&mut batch, &mut summary, observer)?;
    }
    Ok(summary)
}

/// Options of an ingest run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Index writer memory budget, bytes.
    pub writer_memory: usize,
    /// Empty the index before adding.
    pub rebuild: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { writer_memory: 128 << 20, rebuild: false }
    }
}

/// Reads `paths` into the index at `index_dir`: read -> split -> extract -> index.
/// Commits after every batch, so an interrupted run keeps what it finished.
pub fn ingest(
    paths: &[PathBuf],
    index_dir: &Path,
    options: &IngestOptions,
    observer: &mut dyn Observer,
) -> Result<Summary> {
    let mut writer = IndexWriter::open(index_dir, options.writer_memory, options.rebuild)?;
    let summary = run(paths, observer, |batch| {
        for article in batch {
            writer.add(article)?;
        }
        writer.commit()
    })?;
    writer.commit()?;
    Ok(summary)
}
