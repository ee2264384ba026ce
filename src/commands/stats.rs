//! `newsquote stats`: document counts of the index.

use super::Outcome;
use crate::cli::{StatsArgs, SummaryFormat};
use newsquote::index::reader::IndexHandle;
use std::io::Write;

pub fn run(args: StatsArgs) -> anyhow::Result<Outcome> {
    let handle = IndexHandle::open(&args.index.index)?;
    let stats = handle.stats()?;
    // Written, not printed: a closed pipe is an error `main` ends quietly, not a panic.
    let mut out = std::io::stdout().lock();
    match args.format {
        SummaryFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?,
        SummaryFormat::Text => writeln!(
            out,
            "{}: {} articles, {} passages, {} quotes, {} reported statements (schema v{})",
            args.index.index.display(),
            stats.articles,
            stats.passages,
            stats.quotes,
            stats.reported,
            stats.schema_version
        )?,
    }
    Ok(Outcome::Found)
}
