//! `newsquote extract`: each article's analysis as JSON Lines, without indexing. The
//! fields are those `../shared/eval/score.py` reads, plus the evidence for each quote
//! (cue, mention, paragraph, offsets).

use super::Outcome;
use super::progress::Reporter;
use crate::cli::ExtractArgs;
use newsquote::model::{AnalyzedArticle, CountryTag};
use newsquote::pipeline::run as run_pipeline;
use serde::Serialize;
use std::io::Write;

/// One article's analysis: the JSON Lines wire format of `extract`.
#[derive(Serialize)]
struct ExtractRecord<'a> {
    id: &'a str,
    source_path: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    /// `metadata`, `header`, `given` or `body` (a lower-confidence guess from the opening words).
    date_source: Option<&'static str>,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    quotes: Vec<QuoteRecord<'a>>,
    /// Reported speech: statements given without quotation marks.
    reported: Vec<ReportedRecord<'a>>,
    persons: &'a [String],
    countries: &'a [CountryTag],
    organizations: &'a [String],
}

#[derive(Serialize)]
struct QuoteRecord<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    fragment: bool,
    cue: Option<&'a str>,
    speaker_mention: Option<&'a str>,
    /// The attribution passes that decided the speaker, joined by `+` ("cue-after",
    /// "cue-before+apposed-name"); null when none applied.
    rule: Option<&'a str>,
    paragraph: usize,
    start: usize,
    end: usize,
    /// The quotations nested in this one (`"… he told me 'no' …"`), each with the speaker
    /// the outer one quotes; absent when there are none. The article's `quotes` list only
    /// the reporter's own quotations, so that a nested one is never counted as a second
    /// quotation of the same words.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inner: Vec<QuoteRecord<'a>>,
}

#[derive(Serialize)]
struct ReportedRecord<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
    speaker_mention: Option<&'a str>,
    /// The reported-speech pass that found it ("cue-clause", "according-to").
    rule: &'a str,
    paragraph: usize,
    start: usize,
    end: usize,
}

fn record(a: &AnalyzedArticle) -> ExtractRecord<'_> {
    let art = &a.article;
    ExtractRecord {
        id: &art.id,
        source_path: &art.source_path,
        title: art.title.as_deref(),
        date: art.date.map(|d| d.to_string()),
        date_source: art.date_source.map(|s| s.as_str()),
        outlet: art.outlet.as_deref(),
        url: art.url.as_deref(),
        quotes: quote_records(a),
        reported: a
            .reported
            .iter()
            .map(|r| ReportedRecord {
                text: &r.text,
                speaker: r.speaker.as_deref(),
                cue: r.cue.as_deref(),
                speaker_mention: r.speaker_mention.as_deref(),
                rule: &r.rule,
                paragraph: a.passages.get(r.passage).map_or(0, |p| p.paragraph),
                start: r.span.start,
                end: r.span.end,
            })
            .collect(),
        persons: &a.entities.persons,
        countries: &a.entities.countries,
        organizations: &a.entities.organizations,
    }
}

/// The article's quotes, each quotation nested in another listed under it (`inner`).
fn quote_records(a: &AnalyzedArticle) -> Vec<QuoteRecord<'_>> {
    let mut out: Vec<QuoteRecord<'_>> = Vec::with_capacity(a.quotes.len());
    for q in &a.quotes {
        let record = QuoteRecord {
            text: &q.text,
            speaker: q.speaker.as_deref(),
            fragment: q.fragment,
            cue: q.cue.as_deref(),
            speaker_mention: q.speaker_mention.as_deref(),
            rule: q.rule.as_deref(),
            paragraph: a.passages.get(q.passage).map_or(0, |p| p.paragraph),
            start: q.span.start,
            end: q.span.end,
            inner: Vec::new(),
        };
        // A nested quotation follows its outer one (`Quote::within`).
        match (q.within, out.last_mut()) {
            (Some(_), Some(outer)) => outer.inner.push(record),
            _ => out.push(record),
        }
    }
    out
}

pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let mut reporter = Reporter::new(args.verbosity.quiet, args.verbosity.verbose);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let never = std::sync::atomic::AtomicBool::new(false);
    let mut print = |batch: &[AnalyzedArticle]| {
        for a in batch {
            let line = serde_json::to_string(&record(a)).map_err(std::io::Error::other);
            line.and_then(|l| writeln!(out, "{l}"))
                .map_err(|cause| newsquote::Error::Io { path: "<stdout>".into(), cause })?;
        }
        Ok(())
    };
    let summary = run_pipeline(&args.paths, args.day_first, &never, &mut reporter, &mut print);
    reporter.finish();
    let summary = summary?;
    out.flush()?;
    Ok(if summary.skipped + summary.limited > 0 { Outcome::Skipped } else { Outcome::Found })
}
