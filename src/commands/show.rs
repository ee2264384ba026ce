//! `newsquote show CITATION`: the cited paragraph in context.

use super::{Outcome, use_color};
use crate::cli::{OutputFormat, ShowArgs};
use newsquote::index::reader::IndexHandle;
use newsquote::search::render::{Style, shown_for_people, write_shown};
use newsquote::search::show::show;
use std::io::Write;

pub fn run(args: ShowArgs) -> anyhow::Result<Outcome> {
    let handle = IndexHandle::open(&args.index.index)?;
    let shown = show(&handle, &args.citation)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&shown)?)?,
        OutputFormat::Text => {
            write_shown(&mut out, &shown_for_people(&shown), Style { color: use_color(args.color.color) })?
        }
    }
    out.flush()?;
    Ok(Outcome::Found)
}
