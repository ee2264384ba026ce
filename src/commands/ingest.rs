//! `newsquote ingest`: read inputs into the index and print a summary. Ctrl-C stops the run
//! after the batch in hand is committed; a second Ctrl-C exits at once, and so does the
//! first if the run has not stopped [`STOP_GRACE`] later (an input that takes long to read
//! or analyse): what was committed is kept either way, and a rebuild leaves the old index.

use super::Outcome;
use super::progress::Reporter;
use crate::cli::{IngestArgs, SummaryFormat};
use anyhow::Context;
use newsquote::ingest::given::Given;
use newsquote::pipeline::{IngestOptions, Summary, ingest};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How long the first Ctrl-C waits for the batch in hand to be committed.
const STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

pub fn run(args: IngestArgs) -> anyhow::Result<Outcome> {
    let given =
        Given::new(args.outlet.as_deref(), args.date.as_deref(), args.date_from_path.as_deref(), args.day_first)
            .map_err(anyhow::Error::msg)?;
    let options = IngestOptions {
        writer_memory: (args.memory as usize) << 20,
        commit_interval: std::time::Duration::from_secs(args.commit_every),
        rebuild: args.rebuild,
        day_first: args.day_first,
        given,
    };
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let handler = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        std::thread::spawn(|| {
            std::thread::sleep(STOP_GRACE);
            eprintln!("newsquote: stopped without finishing the batch in hand; what was committed is kept");
            std::process::exit(130);
        });
    });
    if let Err(e) = handler {
        eprintln!("newsquote: warning: Ctrl-C will not stop cleanly: {e}");
    }
    let summary = build(&args.paths, &args.index.index, &options, &stop, args.verbosity.quiet, args.verbosity.verbose)?;
    // Even with --quiet: the one line that says what the run did and skipped.
    print_summary(&summary, &args.index.index, args.rebuild, args.format)?;
    Ok(if summary.interrupted {
        Outcome::Interrupted
    } else if summary.skipped + summary.limited > 0 {
        Outcome::Skipped
    } else {
        Outcome::Found
    })
}

/// Runs an ingest with a reporter on stderr; `stop` ends it early.
pub fn build(
    paths: &[PathBuf],
    index: &Path,
    options: &IngestOptions,
    stop: &AtomicBool,
    quiet: bool,
    verbose: bool,
) -> anyhow::Result<Summary> {
    let mut reporter = Reporter::new(quiet, verbose);
    let summary =
        ingest(paths, index, options, stop, &mut reporter).with_context(|| format!("ingest into {}", index.display()));
    reporter.finish();
    summary
}

fn print_summary(s: &Summary, index: &Path, rebuild: bool, format: SummaryFormat) -> anyhow::Result<()> {
    use std::io::Write;
    // Written, not printed: a closed pipe is an error `main` ends quietly, not a panic.
    let mut out = std::io::stdout().lock();
    match format {
        SummaryFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(s)?)?,
        SummaryFormat::Text => {
            let mut extra = String::new();
            if s.unchanged > 0 {
                extra += &format!(", {} unchanged", s.unchanged);
            }
            if s.duplicates > 0 {
                extra += &format!(", {} duplicates not indexed (see --verbose)", s.duplicates);
            }
            if s.limited > 0 {
                extra += &format!(", {} indexed as passages only (past a limit of extraction)", s.limited);
            }
            if s.warnings > 0 {
                extra += &format!(", {} with warnings (see --verbose)", s.warnings);
            }
            if rebuild && s.articles == 0 && !s.interrupted {
                extra += "; nothing was read, so the rebuild was given up and the index left as it was";
            } else if s.interrupted && rebuild {
                extra += "; interrupted: the rebuild was given up and the index left as it was";
            } else if s.interrupted {
                extra += "; interrupted: rerun the same command to finish";
            }
            writeln!(
                out,
                "indexed {} articles ({} passages, {} quotes, {} reported statements) from {} files into {}; skipped {}{extra}",
                s.articles,
                s.passages,
                s.quotes,
                s.reported,
                s.files,
                index.display(),
                s.skipped
            )?;
        }
    }
    Ok(())
}
