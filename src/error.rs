//! The library's errors: what went wrong, with the file or index it concerns. Bad input
//! records are not errors (they are [`crate::ingest::Problem`]s, reported and skipped);
//! these stop the command.

use std::path::PathBuf;

/// A failure that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// No index where one was expected.
    #[error("no index at {0}; build one with `newsquote ingest`")]
    NoIndex(PathBuf),
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
    /// Another process holds the index writer lock.
    #[error("the index at {0} is being written by another process; wait for it to finish")]
    Locked(PathBuf),
    /// A tantivy failure on an index.
    #[error("index at {path}: {source}")]
    Index {
        /// The index folder.
        path: PathBuf,
        /// The underlying error.
        source: tantivy::TantivyError,
    },
    /// The user's request cannot be run (a bad query, an unknown country, a bad date).
    #[error("{0}")]
    Request(String),
    /// A citation that the index does not hold.
    #[error("no passage or quote with citation {0} in the index")]
    UnknownCitation(String),
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
