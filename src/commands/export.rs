//! `newsquote export`: the index's documents (JSON Lines or a `_bulk` body) or an engine's
//! mapping on stdout; and `search --explain`, the request an engine needs for a search.

use super::Outcome;
use crate::cli::{ExportArgs, ExportFormat};
use newsquote::export::explain::explain as explain_request;
use newsquote::export::mapping::{Engine, mapping_text, quickwit_yaml};
use newsquote::export::{DocumentFormat, write_documents};
use newsquote::index::reader::IndexHandle;
use newsquote::search::request::SearchRequest;
use std::io::{BufWriter, Write};

pub fn run(args: ExportArgs) -> anyhow::Result<Outcome> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    if let Some(engine) = args.mapping {
        let text = match Engine::from(engine) {
            Engine::Quickwit => quickwit_yaml(&args.target_index),
            other => mapping_text(other),
        };
        out.write_all(text.as_bytes())?;
        out.flush()?;
        return Ok(Outcome::Found);
    }
    let handle = IndexHandle::open(&args.index.index)?;
    let format = match args.format {
        ExportFormat::Ndjson => DocumentFormat::Ndjson,
        ExportFormat::Bulk => DocumentFormat::Bulk { index: Some(args.target_index.clone()) },
    };
    // The outer error is the index's, the inner one a write's (a closed pipe ends quietly).
    let written = write_documents(&handle, &format, &mut out)??;
    out.flush()?;
    Ok(if written == 0 { Outcome::NothingFound } else { Outcome::Found })
}

/// `search --explain`: the endpoint and notes on stderr, the body (pasteable into curl) on
/// stdout.
pub fn explain(request: &SearchRequest, engine: Engine) -> anyhow::Result<Outcome> {
    let explained = explain_request(request, engine, newsquote::export::DEFAULT_INDEX_NAME);
    eprintln!("# {}", explained.endpoint);
    for note in &explained.notes {
        eprintln!("# note: {note}");
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", serde_json::to_string_pretty(&explained.body)?)?;
    out.flush()?;
    Ok(Outcome::Found)
}
