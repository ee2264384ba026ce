//! `newsquote stats`: document counts of the index.

use super::Outcome;
use crate::cli::{StatsArgs, SummaryFormat};
use newsquote::index::reader::IndexHandle;

pub fn run(args: StatsArgs) -> anyhow::Result<Outcome> {
    let handle = IndexHandle::open(&args.index.index)?;
    let stats = handle.stats()?;
    match args.format {
        SummaryFormat::Json => println!("{}", serde_json::to_string_pretty(&stats)?),
        SummaryFormat::Text => println!(
            "{}: {} articles, {} passages, {} quotes (schema v{})",
            args.index.index.display(),
            stats.articles,
            stats.passages,
            stats.quotes,
            stats.schema_version
        ),
    }
    Ok(Outcome::Found)
}
