//! `newsquote speakers`: who is quoted in the quotes a search matches, most quoted first
//! (with `--reported`, reported statements counted apart).

use super::Outcome;
use crate::cli::{SpeakersArgs, SpeakersFormatArg};
use newsquote::index::reader::IndexHandle;
use newsquote::search::render::Format;
use newsquote::search::request::SearchOptions;
use newsquote::search::speakers::list_speakers;
use newsquote::search::speakers::render::{SpeakersFormat, write_speakers};
use std::io::Write;

pub fn run(args: SpeakersArgs) -> anyhow::Result<Outcome> {
    let options = SearchOptions {
        query: args.query.clone(),
        reported: args.reported,
        limit: args.limit as usize,
        offset: args.offset as usize,
        ..super::filtered(&args.filters)
    };
    // Validated as a search's options are (dates, country, limit); the format only decides
    // where counts may be shown, which this command does not ask for.
    let request = options.validate(Format::Json)?;
    let handle = IndexHandle::open(&args.index.index)?;
    let list = list_speakers(&handle, &request)?;
    let format = match args.format {
        SpeakersFormatArg::Text => SpeakersFormat::Text,
        SpeakersFormatArg::Json => SpeakersFormat::Json,
        SpeakersFormatArg::Csv => SpeakersFormat::Csv,
    };
    let mut out = std::io::stdout().lock();
    if format == SpeakersFormat::Text && list.total == 0 {
        eprintln!("no quoted speakers match");
    } else {
        write_speakers(&mut out, &list, format, !args.raw_csv)?;
    }
    out.flush()?;
    Ok(if list.total == 0 { Outcome::NothingFound } else { Outcome::Found })
}
