//! newsquote: full-text search over news articles, built around direct quotes.
//!
//! An article's journey, one module per stage (see [`pipeline`]):
//! 1. [`ingest`] reads files and records into [`model::Article`]s;
//! 2. [`passage`] cuts each body into paragraphs and passages, offsets kept;
//! 3. [`extract`] finds quotes, speakers, persons, countries, organisations and dates;
//! 4. [`index`] stores passages and quotes in a tantivy index;
//! 5. [`search`] turns a validated request into ranked, cited quotes.
//!
//! [`export`] writes the index out for a distributed engine (documents, mappings, requests).
//!
//! The library never prints: it returns data or writes to the `impl Write` it is given.

pub mod dates;
pub mod error;
pub mod escape;
pub mod export;
pub mod extract;
pub mod fuzzing;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod names;
pub mod normalize;
pub mod passage;
pub mod pipeline;
pub mod search;
pub mod sentence;
pub mod serve;

pub use error::{Error, Result};
