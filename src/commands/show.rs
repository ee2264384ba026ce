//! `newsquote show CITATION`: the cited paragraph in context (`--context N` paragraphs on
//! each side, `--article` the whole article).

use super::{Outcome, use_color};
use crate::cli::{OutputFormat, ShowArgs};
use newsquote::index::reader::IndexHandle;
use newsquote::search::render::{Style, shown_for_people, write_shown};
use newsquote::search::show::{MAX_REACH, show_with};
use std::io::Write;

pub fn run(args: ShowArgs) -> anyhow::Result<Outcome> {
    let handle = IndexHandle::open(&args.index.index)?;
    if args.context > MAX_REACH {
        anyhow::bail!(
            "the context must be from 0 to {MAX_REACH} paragraphs, not {} (--article shows all)",
            args.context
        );
    }
    let reach = if args.article { u64::MAX } else { args.context };
    let shown = show_with(&handle, &args.citation, reach)?;
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
