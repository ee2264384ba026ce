//! `newsquote check`: verifies every file of the index and its counts; exit 0 when it is
//! sound, 2 when it is damaged (with the command that repairs it).

use super::Outcome;
use crate::cli::{CheckArgs, SummaryFormat};
use newsquote::Error;
use newsquote::index::reader::{IndexHandle, Stats};
use newsquote::index::verify::{Depth, Findings};
use serde::Serialize;
use std::io::Write;

/// What `check --format json` prints.
#[derive(Serialize)]
struct Report {
    index: String,
    sound: bool,
    files_verified: usize,
    bytes_verified: u64,
    problems: Vec<String>,
    counts: Option<Stats>,
}

pub fn run(args: CheckArgs) -> anyhow::Result<Outcome> {
    let dir = &args.index.index;
    let (findings, counts) = match IndexHandle::open_checked(dir, Depth::Full) {
        Ok((handle, mut findings)) if findings.problems.is_empty() => match handle.stats() {
            Ok(counts) => (findings, Some(counts)),
            Err(e) => {
                findings.problems.push(format!("counting documents: {e}"));
                (findings, None)
            }
        },
        Ok((_, findings)) => (findings, None),
        Err(Error::Damaged { detail, .. }) => (Findings { problems: vec![detail], ..Findings::default() }, None),
        Err(other) => return Err(other.into()),
    };
    let report = Report {
        index: dir.display().to_string(),
        sound: findings.problems.is_empty(),
        files_verified: findings.files_verified,
        bytes_verified: findings.bytes_verified,
        problems: findings.problems,
        counts,
    };
    let mut out = std::io::stdout().lock();
    match args.format {
        SummaryFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        SummaryFormat::Text => write_text(&mut out, &report)?,
    }
    out.flush()?;
    Ok(if report.sound { Outcome::Found } else { Outcome::Skipped })
}

fn write_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    if let (true, Some(c)) = (r.sound, &r.counts) {
        return writeln!(
            out,
            "{}: sound: {} articles, {} passages, {} quotes, {} reported statements; {} files ({:.1} MB) verified",
            r.index,
            c.articles,
            c.passages,
            c.quotes,
            c.reported,
            r.files_verified,
            r.bytes_verified as f64 / 1e6
        );
    }
    writeln!(out, "{}: damaged:", r.index)?;
    for problem in &r.problems {
        writeln!(out, "  {problem}")?;
    }
    writeln!(out, "Rebuild it from its inputs: newsquote ingest --rebuild --index {} PATH...", r.index)
}
