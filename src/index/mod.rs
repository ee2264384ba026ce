//! The tantivy index: [`schema`] declares it, [`writer`] adds analysed articles,
//! [`reader`] opens it for search and lookups.
//!
//! An index folder holds tantivy's files and `newsquote.json`, which records the schema
//! version so that an index from an incompatible build is refused with a hint.

pub mod reader;
pub mod schema;
pub mod writer;

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

const META_FILE: &str = "newsquote.json";

#[derive(Serialize, Deserialize)]
struct Meta {
    schema_version: u32,
}

/// True when `dir` holds a newsquote index.
pub fn exists(dir: &Path) -> bool {
    dir.join(META_FILE).is_file() && dir.join("meta.json").is_file()
}

fn check_version(dir: &Path) -> Result<()> {
    let path = dir.join(META_FILE);
    let text = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
    let found = serde_json::from_str::<Meta>(&text).map(|m| m.schema_version).unwrap_or(0);
    if found != schema::SCHEMA_VERSION {
        return Err(Error::SchemaVersion { path: dir.to_path_buf(), found, expected: schema::SCHEMA_VERSION });
    }
    Ok(())
}

fn write_version(dir: &Path) -> Result<()> {
    let path = dir.join(META_FILE);
    let text = serde_json::to_string(&Meta { schema_version: schema::SCHEMA_VERSION }).unwrap_or_default();
    std::fs::write(&path, text).map_err(|source| Error::Io { path, source })
}

/// Wraps a tantivy error with the index folder it concerns.
pub(crate) fn index_error(dir: &Path) -> impl Fn(tantivy::TantivyError) -> Error + '_ {
    move |source| Error::Index { path: dir.to_path_buf(), source }
}
