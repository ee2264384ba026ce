//! `newsquote search`: validate the flags into a request, run it, render the hits.

use super::{Outcome, use_color};
use crate::cli::{IntervalArg, SearchArgs, SearchFormat, SortArg};
use anyhow::bail;
use newsquote::index;
use newsquote::index::reader::IndexHandle;
use newsquote::lexicon::lexicon;
use newsquote::pipeline::IngestOptions;
use newsquote::search::render::{
    Style, results_for_people, write_csv, write_json, write_jsonl, write_markdown, write_text,
};
use newsquote::search::request::{Interval, SearchRequest, Side, Sort, parse_bound};
use newsquote::search::run::search;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The bundled corpus that a first search indexes when there is no index yet.
const DEFAULT_CORPUS: &str = "corpus";
const DEFAULT_INDEX: &str = "index";

pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let request = request(&args)?;
    if let Some(engine) = args.explain {
        return super::export::explain(&request, engine.into());
    }
    let dir = &args.index.index;
    if dir == Path::new(DEFAULT_INDEX) && !index::exists(dir) && Path::new(DEFAULT_CORPUS).is_dir() {
        eprintln!("newsquote: no index yet; building {DEFAULT_INDEX}/ from {DEFAULT_CORPUS}/ first");
        let never = std::sync::atomic::AtomicBool::new(false);
        super::ingest::build(&[PathBuf::from(DEFAULT_CORPUS)], dir, &IngestOptions::default(), &never, false, false)?;
    }
    let handle = IndexHandle::open(dir)?;
    let results = search(&handle, &request)?;
    let mut out = std::io::stdout().lock();
    // JSON keeps the data exact (serde escapes control characters); the outputs for people
    // and spreadsheets get it escaped.
    let shown = || results_for_people(&results);
    match args.format {
        SearchFormat::Json => write_json(&mut out, &results)?,
        SearchFormat::Jsonl => write_jsonl(&mut out, &results)?,
        SearchFormat::Csv if args.raw_csv => write_csv(&mut out, &results, false)?,
        SearchFormat::Csv => write_csv(&mut out, &shown(), true)?,
        SearchFormat::Markdown => write_markdown(&mut out, &shown())?,
        SearchFormat::Text if results.total == 0 => {
            eprintln!("no {} match", if request.passages { "passages" } else { "quotes" })
        }
        SearchFormat::Text => write_text(&mut out, &shown(), Style { color: use_color(args.color.color) })?,
    }
    out.flush()?;
    Ok(if results.total == 0 { Outcome::NothingFound } else { Outcome::Found })
}

/// Validates the flags: dates parsed, the country resolved to its ISO code, counts only
/// where the format can show them.
fn request(args: &SearchArgs) -> anyhow::Result<SearchRequest> {
    let country = match &args.country {
        None => None,
        Some(name) => match lexicon().find_country(name) {
            Some(c) => Some(c.code.clone()),
            None => {
                bail!("unknown country `{name}`: give a name, an ISO code or a demonym (e.g. Colombia, CO, Colombian)")
            }
        },
    };
    let from = args.from.as_deref().map(|d| parse_bound(d, Side::Start)).transpose()?;
    let to = args.to.as_deref().map(|d| parse_bound(d, Side::End)).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        bail!("--from {f} is after --to {t}");
    }
    if (args.facets || args.histogram.is_some()) && !matches!(args.format, SearchFormat::Text | SearchFormat::Json) {
        bail!("--facets and --histogram are shown with --format text or json only");
    }
    Ok(SearchRequest {
        text: args.query.clone(),
        passages: args.passages,
        speaker: args.speaker.clone(),
        person: args.person.clone(),
        country,
        from,
        to,
        sort: args.sort.map(|s| match s {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
        }),
        limit: args.limit as usize,
        offset: args.offset as usize,
        facets: args.facets,
        histogram: args.histogram.map(|h| match h {
            IntervalArg::Year => Interval::Year,
            IntervalArg::Month => Interval::Month,
            IntervalArg::Week => Interval::Week,
            IntervalArg::Day => Interval::Day,
        }),
    })
}
