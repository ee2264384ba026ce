//! The library's errors: what went wrong, with the file or index it concerns. Bad input
//! records are not errors (they are [`crate::ingest::Problem`]s, reported and skipped);
//! these stop the command.
//!
//! Each message is whole in itself: the underlying error is part of the text, not a
//! `source` in the chain, so that printing the chain (`{:#}`) says it once.

use std::path::PathBuf;

/// A failure that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {cause}")]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        cause: std::io::Error,
    },
    /// No index where one was expected.
    #[error(
        "no index at {} (the folder --index or NEWSQUOTE_INDEX names, `index` by default); build one with `newsquote ingest --index {} PATH...`",
        absolute(.0), .0.display()
    )]
    NoIndex(PathBuf),
    /// An ingest found no input to read; nothing was written.
    #[error("nothing to ingest: {0}; no index was made or changed")]
    NothingToRead(String),
    /// The index path names a file.
    #[error("{} is a file, not a folder: give the index folder with --index DIR (or NEWSQUOTE_INDEX)", absolute(.0))]
    NotAFolder(PathBuf),
    /// The index was written by an incompatible version.
    #[error(
        "the index at {path} has schema version {found}, this newsquote needs {expected}; rebuild it with `newsquote ingest --rebuild`"
    )]
    SchemaVersion {
        /// The index folder.
        path: PathBuf,
        /// Version found on disk.
        found: u32,
        /// Version this build writes.
        expected: u32,
    },
    /// The folder holds files that newsquote did not make: it is never written into.
    #[error(
        "{path} is not empty and holds no newsquote index (it has {found}); newsquote writes only into an empty folder or its own index: give another --index{hint}",
        hint = if found.contains("meta.json") {
            " (if an older newsquote made this index and was stopped as it began, remove the folder and ingest again)"
        } else {
            ""
        }
    )]
    NotAnIndex {
        /// The folder.
        path: PathBuf,
        /// The first few names found there.
        found: String,
    },
    /// The index is damaged: a check failed, or the engine failed reading it.
    #[error(
        "the index at {path} is damaged ({detail}): run `newsquote check --index {path}`, then rebuild it from its inputs with `newsquote ingest --rebuild --index {path} PATH...`"
    )]
    Damaged {
        /// The index folder.
        path: PathBuf,
        /// What was found.
        detail: String,
    },
    /// The disk holding the index is full.
    #[error(
        "{path}: the disk is full ({cause}); free some space and run the same command again: what was committed is kept"
    )]
    DiskFull {
        /// The index folder.
        path: PathBuf,
        /// The error the probe write met.
        cause: std::io::Error,
    },
    /// Another process holds the index writer lock.
    #[error("the index at {0} is being written by another process; wait for it to finish")]
    Locked(PathBuf),
    /// A tantivy failure on an index.
    #[error("index at {path}: {cause}")]
    Index {
        /// The index folder.
        path: PathBuf,
        /// The underlying error.
        cause: tantivy::TantivyError,
    },
    /// The user's request cannot be run (a bad query, an unknown country, a bad date).
    #[error("{0}")]
    Request(String),
    /// A failure of newsquote's own on a sound index: a bug.
    #[error(
        "newsquote failed ({0}) on an index that checks sound; this is a bug, please report it with the command that showed it"
    )]
    Internal(String),
    /// A citation that the index does not hold.
    #[error(
        "no passage, quote or reported statement {citation} in the index at {}: {}",
        absolute(index),
        if *article_known {
            "its article is there, but not this paragraph or quote (cited before the article changed?)"
        } else {
            "no article of that key there (a citation from another index, or of an article since re-read under another id)"
        }
    )]
    UnknownCitation {
        /// The citation asked for.
        citation: String,
        /// The index searched.
        index: PathBuf,
        /// True when the index holds the citation's article.
        article_known: bool,
    },
}

/// A path as the user can find it from anywhere: absolute, as given otherwise.
fn absolute(path: &std::path::Path) -> String {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string()
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The message a panic carried (`panic!` gives a `&str` or a `String`), empty otherwise.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

thread_local! {
    /// How many [`crate::index::guard`]-style catches are open on this thread.
    static CATCHING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// True when a panic on this thread will be caught and returned as an error (a panic hook
/// need not report it: the error will say it).
pub fn panic_is_caught() -> bool {
    CATCHING.with(|c| c.get() > 0)
}

/// Marks this thread as catching panics while it lives.
pub(crate) struct Catching;

impl Catching {
    pub(crate) fn start() -> Catching {
        CATCHING.with(|c| c.set(c.get() + 1));
        Catching
    }
}

impl Drop for Catching {
    fn drop(&mut self) {
        CATCHING.with(|c| c.set(c.get().saturating_sub(1)));
    }
}
