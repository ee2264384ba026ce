//! The tantivy index: [`schema`] declares it, [`folder`] lays it out on disk and keeps one
//! writer at a time, [`writer`] adds analysed articles, [`reader`] opens it for search and
//! lookups, [`verify`] tells a damaged index from a sound one, [`directory`] lets a
//! read-only index be searched.

pub mod directory;
pub mod folder;
pub mod reader;
pub mod schema;
pub mod verify;
pub mod writer;

use crate::error::{Error, Result};
use std::path::Path;
use tantivy::TantivyError;

/// True when `dir` holds a newsquote index (of any schema version).
pub fn exists(dir: &Path) -> bool {
    matches!(folder::inspect(dir), Ok(folder::State::Ours { .. }))
}

/// Wraps a tantivy error with the index folder it concerns.
pub(crate) fn index_error(dir: &Path) -> impl Fn(TantivyError) -> Error + '_ {
    move |cause| Error::Index { path: dir.to_path_buf(), cause }
}

/// Wraps a tantivy error met while reading an index: one that says the files are not what
/// tantivy wrote (corrupt, missing, unreadable) means the index is damaged.
pub(crate) fn read_error(dir: &Path) -> impl Fn(TantivyError) -> Error + '_ {
    move |cause| match cause {
        TantivyError::DataCorruption(_)
        | TantivyError::OpenReadError(_)
        | TantivyError::IoError(_)
        | TantivyError::IncompatibleIndex(_)
        | TantivyError::InternalError(_)
        | TantivyError::SchemaError(_) => Error::Damaged { path: dir.to_path_buf(), detail: cause.to_string() },
        cause => Error::Index { path: dir.to_path_buf(), cause },
    }
}

/// Runs engine code on an index, turning a panic inside it into [`Error::Damaged`]: tantivy
/// trusts its files, and a damaged file can make it panic rather than return an error.
pub fn guard<T>(dir: &Path, work: impl FnOnce() -> Result<T>) -> Result<T> {
    catch(work).unwrap_or_else(|message| Err(engine_failure(dir, &message, None)))
}

/// Runs `work`, returning the message of a panic inside it as the error.
pub(crate) fn catch<T>(work: impl FnOnce() -> T) -> std::result::Result<T, String> {
    let catching = crate::error::Catching::start();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    drop(catching);
    outcome.map_err(|panic| {
        Some(crate::error::panic_message(panic.as_ref()))
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the search engine failed".into())
    })
}

/// The error for a panic met on the index in `dir`, with the first problem a check found.
pub(crate) fn engine_failure(dir: &Path, message: &str, problem: Option<&str>) -> Error {
    let found = problem.map(|p| format!("; {p}")).unwrap_or_default();
    Error::Damaged { path: dir.to_path_buf(), detail: format!("engine failure: {message}{found}") }
}
