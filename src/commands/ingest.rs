//! `newsquote ingest`: read inputs into the index and print a summary.

use super::Outcome;
use super::progress::Reporter;
use crate::cli::{IngestArgs, SummaryFormat};
use anyhow::Context;
use newsquote::pipeline::{IngestOptions, Summary, ingest};
use std::path::{Path, PathBuf};

pub fn run(args: IngestArgs) -> anyhow::Result<Outcome> {
    let options = IngestOptions { writer_memory: (args.memory as usize) << 20, rebuild: args.rebuild };
    let summary = build(&args.paths, &args.index.index, &options, args.verbosity.quiet, args.verbosity.verbose)?;
    if !args.verbosity.quiet || args.format == SummaryFormat::Json {
        print_summary(&summary, &args.index.index, args.format)?;
    }
    Ok(if summary.skipped > 0 { Outcome::Skipped } else { Outcome::Found })
}

/// Runs an ingest with a reporter on stderr.
pub fn build(
    paths: &[PathBuf],
    index: &Path,
    options: &IngestOptions,
    quiet: bool,
    verbose: bool,
) -> anyhow::Result<Summary> {
    let mut reporter = Reporter::new(quiet, verbose);
    let summary =
        ingest(paths, index, options, &mut reporter).with_context(|| format!("ingest into {}", index.display()));
    reporter.finish();
    summary
}

fn print_summary(s: &Summary, index: &Path, format: SummaryFormat) -> anyhow::Result<()> {
    match format {
        SummaryFormat::Json => println!("{}", serde_json::to_string_pretty(s)?),
        SummaryFormat::Text => {
            let warnings =
                if s.warnings > 0 { format!(", {} with warnings (see --verbose)", s.warnings) } else { String::new() };
            println!(
                "indexed {} articles ({} passages, {} quotes) from {} files into {}; skipped {}{warnings}",
                s.articles,
                s.passages,
                s.quotes,
                s.files,
                index.display(),
                s.skipped
            );
        }
    }
    Ok(())
}
