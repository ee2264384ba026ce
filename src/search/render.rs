//! Output formats for people (text, with optional colour) and programs (JSON). The JSON
//! shapes are the serialised [`SearchResults`] and [`Shown`]: a documented wire format.

use super::query::{QuoteHit, SearchResults};
use super::show::Shown;
use crate::normalize::collapse_whitespace;
use owo_colors::OwoColorize;
use std::io::{self, Write};

/// Styling for text output: colour on a terminal, plain text elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use ANSI colours.
    pub color: bool,
}

impl Style {
    fn paint(&self, text: &str, how: fn(&str) -> String) -> String {
        if self.color { how(text) } else { text.to_owned() }
    }
}

/// Writes hits as numbered, cited entries.
pub fn write_text(w: &mut dyn Write, results: &SearchResults, offset: usize, style: Style) -> io::Result<()> {
    for (i, hit) in results.hits.iter().enumerate() {
        write_hit(w, offset + i + 1, hit, style)?;
    }
    let shown = results.hits.len();
    if shown < results.total {
        writeln!(w, "{} of {} quotes shown (use --limit and --offset for more)", shown, results.total)?;
    }
    Ok(())
}

fn write_hit(w: &mut dyn Write, n: usize, hit: &QuoteHit, style: Style) -> io::Result<()> {
    let quote = format!("\u{201c}{}\u{201d}", collapse_whitespace(&hit.quote));
    writeln!(w, "{n}. {}", style.paint(&quote, |s| s.bold().to_string()))?;
    let speaker = hit.speaker.as_deref().unwrap_or("(speaker unknown)");
    let cue = hit.cue.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
    let fragment = if hit.fragment { " [fragment]" } else { "" };
    writeln!(w, "   \u{2014} {}{cue}{fragment}", style.paint(speaker, |s| s.cyan().bold().to_string()))?;
    let mut source: Vec<String> = Vec::new();
    source.extend(hit.title.clone());
    source.extend(hit.outlet.clone());
    source.push(hit.date.clone().unwrap_or_else(|| "undated".into()));
    source.push(format!("\u{b6}{}", hit.paragraph));
    writeln!(w, "   {}", source.join(" \u{b7} "))?;
    let link = hit.url.clone().unwrap_or_else(|| hit.source_path.clone());
    writeln!(w, "   {}  {}", link, style.paint(&format!("[{}]", hit.citation), |s| s.dimmed().to_string()))?;
    writeln!(w)
}

/// Writes results as one JSON object `{"total": N, "hits": [...]}`.
pub fn write_json(w: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, results).map_err(io::Error::other)?;
    writeln!(w)
}

/// Writes a cited paragraph in context; the quote is highlighted on a terminal and set
/// between `>>>` and `<<<` elsewhere.
pub fn write_shown(w: &mut dyn Write, shown: &Shown, style: Style) -> io::Result<()> {
    let head: Vec<String> =
        [shown.title.clone(), shown.outlet.clone(), shown.date.clone()].into_iter().flatten().collect();
    writeln!(w, "{}", style.paint(&head.join(" \u{b7} "), |s| s.bold().to_string()))?;
    writeln!(w, "{}", shown.url.as_deref().unwrap_or(&shown.source_path))?;
    if let Some(s) = &shown.speaker {
        writeln!(w, "speaker: {s}")?;
    }
    writeln!(w)?;
    for p in &shown.paragraphs {
        let text = match p.quote {
            Some((s, e)) if text_has(&p.text, s, e) => {
                let marked = style.paint(&p.text[s..e], |q| q.yellow().bold().to_string());
                let marked = if style.color { marked } else { format!(">>>{marked}<<<") };
                format!("{}{}{}", &p.text[..s], marked, &p.text[e..])
            }
            _ => p.text.clone(),
        };
        let label = format!("\u{b6}{}", p.paragraph);
        let label = if p.cited { style.paint(&label, |l| l.green().bold().to_string()) } else { label };
        writeln!(w, "{label}  {}\n", collapse_whitespace(&text))?;
    }
    Ok(())
}

fn text_has(text: &str, s: usize, e: usize) -> bool {
    s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
}
