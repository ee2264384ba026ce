//! Markdown: each hit as a citation ready to paste into an article or a note: the quote as
//! a block quote, then the speaker, the outlet (in italics), the date and the headline
//! linked to the article; other outlets carrying the quote follow. A reported statement is
//! marked as one, without quotation marks, so that nobody pastes a paraphrase as a quote.

use crate::normalize::collapse_whitespace;
use crate::search::hit::{Citation, HitKind, QuoteHit, SearchResults};
use std::io::{self, Write};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Writes each hit as a Markdown block quote with its citation.
pub fn write_markdown(w: &mut dyn Write, results: &SearchResults) -> io::Result<()> {
    for (i, hit) in results.hits.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        write_hit(w, hit)?;
    }
    Ok(())
}

/// One hit as a Markdown citation (a block quote and its source), as [`write_markdown`]
/// writes each; give it a hit escaped by [`super::results_for_people`].
pub fn markdown_citation(hit: &QuoteHit) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_hit(&mut out, hit);
    String::from_utf8_lossy(&out).trim_end().to_owned()
}

fn write_hit(w: &mut dyn Write, hit: &QuoteHit) -> io::Result<()> {
    let text = match &hit.quote {
        // A reported statement is a paraphrase: said so, never in quotation marks.
        Some(q) if hit.kind == HitKind::Reported => {
            format!("*Reported, not a quote:* {}", escape(&collapse_whitespace(q)))
        }
        Some(q) => format!("\u{201c}{}\u{201d}", escape(&collapse_whitespace(q))),
        None => escape(&collapse_whitespace(&hit.passage)),
    };
    writeln!(w, "> {text}\n>")?;
    let mut parts: Vec<String> = Vec::new();
    if hit.quote.is_some() {
        let speaker = escape(hit.speaker.as_deref().unwrap_or("unattributed"));
        parts.push(if hit.kind == HitKind::Reported { format!("{speaker} (reported)") } else { speaker });
    }
    parts.extend(source(&Citation {
        citation: hit.citation.clone(),
        title: hit.title.clone(),
        outlet: hit.outlet.clone(),
        date: hit.date.clone(),
        url: hit.url.clone(),
        source_path: hit.source_path.clone(),
        article_id: hit.article_id.clone(),
        paragraph: hit.paragraph,
    }));
    writeln!(w, "> \u{2014} {}", parts.join(", "))?;
    let others: Vec<String> =
        hit.citations.iter().filter(|c| c.citation != hit.citation).map(|c| source(c).join(", ")).collect();
    if !others.is_empty() {
        writeln!(w, ">\n> Also in: {}", others.join("; "))?;
    }
    Ok(())
}

/// Outlet, date and linked headline (or, when there is no link, the file and the record it
/// was read from, and the citation id).
fn source(c: &Citation) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(o) = &c.outlet {
        parts.push(format!("*{}*", escape(o)));
    }
    parts.push(c.date.as_deref().map(long_date).unwrap_or_else(|| "undated".into()));
    let title = c.title.as_deref().map(escape).unwrap_or_else(|| "article".into());
    parts.push(match &c.url {
        Some(url) => format!("[{title}]({})", url.replace(' ', "%20").replace('(', "%28").replace(')', "%29")),
        // Without a link, the file (and the record of a feed) the article was read from.
        None => format!(
            "\u{201c}{title}\u{201d} ({}, `{}`)",
            escape(&super::source_of(&c.source_path, &c.article_id, None)),
            c.citation
        ),
    });
    parts
}

/// `2025-11-12` as `12 November 2025`.
fn long_date(iso: &str) -> String {
    let mut it = iso.splitn(3, '-');
    match (it.next(), it.next().and_then(|m| m.parse::<usize>().ok()), it.next().and_then(|d| d.parse::<u8>().ok())) {
        (Some(y), Some(m @ 1..=12), Some(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
        _ => iso.to_owned(),
    }
}

/// Escapes the characters Markdown would read as formatting.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_long_and_formatting_is_escaped() {
        assert_eq!(long_date("2025-11-12"), "12 November 2025");
        assert_eq!(long_date("2025-13-12"), "2025-13-12");
        assert_eq!(escape("a *b* [c]_"), "a \\*b\\* \\[c\\]\\_");
    }
}
