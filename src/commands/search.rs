//! `newsquote search`: validate the flags into a request, run it, render the hits.

use super::{Outcome, use_color};
use crate::cli::{IntervalArg, SearchArgs, SearchFormat, SortArg};
use newsquote::index;
use newsquote::index::reader::IndexHandle;
use newsquote::pipeline::IngestOptions;
use newsquote::search::render::{Format, Style, UTF8_BOM, write_results};
use newsquote::search::request::{Interval, SearchOptions, Sort};
use newsquote::search::run::search;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The bundled corpus that a first search indexes when there is no index yet.
const DEFAULT_CORPUS: &str = "corpus";
const DEFAULT_INDEX: &str = "index";

pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let format = format(args.format);
    let request = options(&args).validate(format)?;
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
    let kind = match (request.passages, request.reported) {
        (true, _) => "passages",
        (false, true) => "quotes or reported statements",
        (false, false) => "quotes",
    };
    if format == Format::Text && results.total == 0 {
        eprintln!("no {kind} match");
    } else {
        if format == Format::Text && request.limit == 0 {
            // Counts only: what the hits would have said, in one line.
            let copies = if results.matches == results.total {
                String::new()
            } else {
                format!(" ({} copies in all)", results.matches)
            };
            writeln!(out, "{} {kind} match{copies}", results.total)?;
        }
        if args.bom && format == Format::Csv {
            out.write_all(UTF8_BOM)?;
        }
        write_results(&mut out, &results, format, Style { color: use_color(args.color.color) }, args.raw_csv)?;
    }
    out.flush()?;
    // What a page of nothing would hide: said on stderr, whatever the format.
    if results.hits.is_empty() && results.total > 0 && request.limit > 0 {
        eprintln!("no {kind} on this page: {} match, and --offset {} is past the end", results.total, results.offset);
    }
    if results.total == 0 {
        // A misspelled name matches no one: the nearest names, as for countries.
        for line in newsquote::search::speakers::suggest::unknown_names(&handle, &request)? {
            eprintln!("{}", newsquote::escape::line(&line));
        }
    }
    if let Some(n) = results.undated_left_out.filter(|&n| n > 0) {
        eprintln!("{n} matching {kind} of undated articles left out by --from/--to (search without them to see those)");
    }
    Ok(if results.total == 0 { Outcome::NothingFound } else { Outcome::Found })
}

fn format(f: SearchFormat) -> Format {
    match f {
        SearchFormat::Text => Format::Text,
        SearchFormat::Json => Format::Json,
        SearchFormat::Jsonl => Format::Jsonl,
        SearchFormat::Csv => Format::Csv,
        SearchFormat::Markdown => Format::Markdown,
    }
}

/// The flags as the library's options (validated there, as the HTTP API's are).
fn options(args: &SearchArgs) -> SearchOptions {
    SearchOptions {
        query: args.query.clone(),
        passages: args.passages,
        reported: args.reported,
        attributed: args.attributed,
        sort: args.sort.map(|s| match s {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
        }),
        limit: args.limit as usize,
        offset: args.offset as usize,
        facets: args.facets,
        facet_limit: args.facet_limit as usize,
        context: args.context,
        per_article: args.per_article,
        histogram: args.histogram.map(|h| match h {
            IntervalArg::Year => Interval::Year,
            IntervalArg::Month => Interval::Month,
            IntervalArg::Week => Interval::Week,
            IntervalArg::Day => Interval::Day,
        }),
        ..super::filtered(&args.filters)
    }
}
