//! `newsquote speakers` output: text (one block per person), JSON (the [`SpeakerList`]
//! itself, a documented wire format) and CSV (one row per person, lists joined by "; ").

use super::{SpeakerList, SpeakerRow};
use crate::escape;
use crate::search::render::delimited::{io_error, neutralised};
use std::io::{self, Write};

/// Output formats of `newsquote speakers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakersFormat {
    /// For people.
    Text,
    /// The [`SpeakerList`] as JSON.
    Json,
    /// One row per speaker, with a header row.
    Csv,
}

/// The CSV header row, in column order.
/// `reported` is empty unless reported statements were counted (`--reported`).
pub const SPEAKER_COLUMNS: [&str; 9] =
    ["name", "quotes", "aliases", "roles", "countries", "first_date", "last_date", "spellings", "reported"];

/// Writes `list` in `format`; `safe` neutralises CSV cells that would start a formula.
pub fn write_speakers(w: &mut dyn Write, list: &SpeakerList, format: SpeakersFormat, safe: bool) -> io::Result<()> {
    match format {
        SpeakersFormat::Json => {
            serde_json::to_writer_pretty(&mut *w, list).map_err(io::Error::other)?;
            writeln!(w)
        }
        SpeakersFormat::Csv => write_csv(w, list, safe),
        SpeakersFormat::Text => write_text(w, list),
    }
}

fn write_text(w: &mut dyn Write, list: &SpeakerList) -> io::Result<()> {
    for (i, s) in list.speakers.iter().enumerate() {
        let mut quotes = if s.quotes == 1 { "1 quote".to_owned() } else { format!("{} quotes", s.quotes) };
        if let Some(n) = s.reported {
            quotes.push_str(&format!(", {n} reported"));
        }
        let dates = match (&s.first_date, &s.last_date) {
            (Some(a), Some(b)) if a == b => format!(", {a}"),
            (Some(a), Some(b)) => format!(", {a} to {b}"),
            _ => String::new(),
        };
        writeln!(w, "{}. {} — {quotes}{dates}", i + 1, escape::line(&s.name))?;
        let lists = [("aliases", s.aliases.clone()), ("roles", s.roles.clone()), ("countries", countries(s))];
        for (label, values) in lists {
            if !values.is_empty() {
                writeln!(w, "   {label}: {}", escape::line(&values.join(", ")))?;
            }
        }
    }
    let shown = list.speakers.len();
    let reported = list.reported.map(|n| format!(", {n} reported statements")).unwrap_or_default();
    writeln!(w, "\n{shown} of {} speakers shown ({} quotes{reported})", list.total, list.quotes)
}

fn countries(s: &SpeakerRow) -> Vec<String> {
    s.countries.iter().map(|c| format!("{} ({})", c.name, c.quotes)).collect()
}

fn write_csv(w: &mut dyn Write, list: &SpeakerList, safe: bool) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(SPEAKER_COLUMNS).map_err(io_error)?;
    for s in &list.speakers {
        let codes: Vec<&str> = s.countries.iter().map(|c| c.code.as_str()).collect();
        let cells = [
            s.name.clone(),
            s.quotes.to_string(),
            s.aliases.join("; "),
            s.roles.join("; "),
            codes.join("; "),
            s.first_date.clone().unwrap_or_default(),
            s.last_date.clone().unwrap_or_default(),
            s.spellings.join("; "),
            s.reported.map(|n| n.to_string()).unwrap_or_default(),
        ];
        out.write_record(cells.map(|c| if safe { neutralised(c) } else { c })).map_err(io_error)?;
    }
    out.flush()
}
