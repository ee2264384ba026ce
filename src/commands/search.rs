//! `newsquote search`: validate the flags into a request, run it, render the hits.

use super::{Outcome, use_color};
use crate::cli::{OutputFormat, SearchArgs};
use anyhow::bail;
use newsquote::index;
use newsquote::index::reader::IndexHandle;
use newsquote::lexicon::lexicon;
use newsquote::pipeline::IngestOptions;
use newsquote::search::query::{SearchRequest, Side, parse_bound, search};
use newsquote::search::render::{Style, write_json, write_text};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The bundled corpus that a first search indexes when there is no index yet.
const DEFAULT_CORPUS: &str = "corpus";
const DEFAULT_INDEX: &str = "index";

pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let request = request(&args)?;
    let dir = &args.index.index;
    if dir == Path::new(DEFAULT_INDEX) && !index::exists(dir) && Path::new(DEFAULT_CORPUS).is_dir() {
        eprintln!("newsquote: no index yet; building {DEFAULT_INDEX}/ from {DEFAULT_CORPUS}/ first");
        let never = std::sync::atomic::AtomicBool::new(false);
        super::ingest::build(&[PathBuf::from(DEFAULT_CORPUS)], dir, &IngestOptions::default(), &never, false, false)?;
    }
    let handle = IndexHandle::open(dir)?;
    let results = search(&handle, &request)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => write_json(&mut out, &results)?,
        OutputFormat::Text if results.hits.is_empty() => eprintln!("no quotes match"),
        OutputFormat::Text => {
            write_text(&mut out, &results, request.offset, Style { color: use_color(args.color.color) })?
        }
    }
    out.flush()?;
    Ok(if results.total == 0 { Outcome::NothingFound } else { Outcome::Found })
}

/// Validates the flags: dates parsed, the country resolved to its ISO code.
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
    Ok(SearchRequest {
        text: args.query.clone(),
        speaker: args.speaker.clone(),
        person: args.person.clone(),
        country,
        from,
        to,
        limit: args.limit as usize,
        offset: args.offset as usize,
    })
}
