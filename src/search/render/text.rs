//! Text for people: numbered, cited hits with the matched words marked, other copies of a
//! syndicated quote under "also in", then facet counts and the histogram when asked for.

use super::{Style, marked};
use crate::search::hit::{Citation, FacetCount, Histogram, HitKind, PeriodShare, QuoteHit, SearchResults};
use owo_colors::OwoColorize;
use std::io::{self, Write};

/// Other copies listed under a hit; the rest are counted.
const OTHER_COPIES_SHOWN: usize = 3;
/// What opens a reported statement's line, where a quote has its quotation marks.
pub const REPORTED_LABEL: &str = "reported:";
/// Width of the longest histogram bar.
const BAR_WIDTH: u64 = 40;

/// Writes hits as numbered, cited entries, then facets and histogram if present.
pub fn write_text(w: &mut dyn Write, results: &SearchResults, style: Style) -> io::Result<()> {
    for (i, hit) in results.hits.iter().enumerate() {
        write_hit(w, results.offset + i + 1, hit, style)?;
    }
    let shown = results.hits.len();
    let noun = match results.hits.first().map(|h| h.kind) {
        Some(HitKind::Passage) => "passages",
        _ if results.reported => "quotes and reported statements",
        _ => "quotes",
    };
    // Each hit ends with a blank line; a summary line needs one after it.
    let mut gap = "";
    if shown > 0 && (results.offset > 0 || shown < results.total) {
        let (first, last) = (results.offset + 1, results.offset + shown);
        writeln!(w, "{first}-{last} of {} {noun} shown (use --limit and --offset for more)", results.total)?;
        gap = "\n";
    }
    if let Some(f) = &results.facets {
        write!(w, "{gap}")?;
        gap = "\n";
        let lines = [
            ("speakers", &f.speaker),
            ("persons", &f.person),
            ("countries", &f.country),
            ("organizations", &f.organization),
            ("outlets", &f.outlet),
        ];
        for (name, counts) in lines {
            writeln!(w, "{}: {}", style.paint(name, |s| s.bold().to_string()), facet_line(counts))?;
        }
    }
    if let Some(h) = &results.histogram {
        write!(w, "{gap}")?;
        write_histogram(w, h, style)?;
    }
    Ok(())
}

fn facet_line(counts: &[FacetCount]) -> String {
    if counts.is_empty() {
        return "none".into();
    }
    let items: Vec<String> = counts
        .iter()
        .map(|c| {
            let reported = c.reported.map(|n| format!(" ({n} reported)")).unwrap_or_default();
            match &c.label {
                Some(label) => format!("{label} ({}) {}{reported}", c.value, c.count),
                None => format!("{} {}{reported}", c.value, c.count),
            }
        })
        .collect();
    items.join(" \u{b7} ")
}

fn write_histogram(w: &mut dyn Write, h: &Histogram, style: Style) -> io::Result<()> {
    let interval = serde_json::to_value(h.interval).ok().and_then(|v| v.as_str().map(str::to_owned));
    writeln!(w, "{}", style.paint(&format!("per {}:", interval.unwrap_or_default()), |s| s.bold().to_string()))?;
    let max = h.buckets.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let width = h.buckets.iter().map(|b| b.key.len()).max().unwrap_or(0).max("undated".len());
    let shares: std::collections::HashMap<&str, &PeriodShare> =
        h.per_article.iter().flatten().map(|s| (s.key.as_str(), s)).collect();
    for b in &h.buckets {
        let bar = "#".repeat(((b.count * BAR_WIDTH).div_ceil(max)) as usize);
        let share = match shares.get(b.key.as_str()) {
            Some(s) => format!(
                "  {} of {} articles{}",
                s.matching_articles,
                s.articles,
                s.share.map(|x| format!(" ({:.1}%)", x * 100.0)).unwrap_or_default()
            ),
            None => String::new(),
        };
        let bar = format!("{bar:<width$}", width = if share.is_empty() { 0 } else { BAR_WIDTH as usize });
        writeln!(w, "  {:<width$}  {:>5}  {bar}{share}", b.key, b.count)?;
    }
    if h.undated > 0 {
        writeln!(w, "  {:<width$}  {:>5}", "undated", h.undated)?;
    }
    Ok(())
}

fn write_hit(w: &mut dyn Write, n: usize, hit: &QuoteHit, style: Style) -> io::Result<()> {
    match &hit.quote {
        Some(quote) => {
            let text = marked(quote, &hit.highlights.quote, style);
            // A reported statement is a paraphrase: labelled, never in quotation marks.
            let (shown, note) = match hit.kind {
                HitKind::Reported => (format!("{REPORTED_LABEL} {text}"), " [reported speech, not a quote]"),
                _ => (format!("\u{201c}{text}\u{201d}"), if hit.fragment { " [fragment]" } else { "" }),
            };
            writeln!(w, "{n}. {}", style.paint(&shown, |s| s.bold().to_string()))?;
            let speaker = hit.speaker.as_deref().unwrap_or("(speaker unknown)");
            let how = how_found(hit).map(|h| format!(" ({h})")).unwrap_or_default();
            writeln!(w, "   \u{2014} {}{how}{note}", style.paint(speaker, |s| s.cyan().bold().to_string()))?;
            if let Some(line) = in_its_sentence(hit, style) {
                writeln!(w, "   in: {line}")?;
            }
        }
        None => writeln!(w, "{n}. {}", marked(&hit.passage, &hit.highlights.passage, style))?,
    }
    let mut source: Vec<String> = Vec::new();
    source.extend(hit.title.clone());
    source.extend(hit.outlet.clone());
    source.push(hit.date.clone().unwrap_or_else(|| "undated".into()));
    source.push(format!("\u{b6}{}", hit.paragraph));
    writeln!(w, "   {}", source.join(" \u{b7} "))?;
    let link = hit.url.clone().unwrap_or_else(|| super::source_of(&hit.source_path, &hit.article_id, None));
    writeln!(w, "   {}  {}", link, style.paint(&format!("[{}]", hit.citation), |s| s.dimmed().to_string()))?;
    for p in hit.context.iter().flatten() {
        writeln!(w, "     {}", super::paragraph_line(p, style))?;
    }
    if hit.also_in > 0 {
        let articles = if hit.also_in == 1 { "article" } else { "articles" };
        writeln!(w, "   {}", style.paint(&format!("also in {} {articles}:", hit.also_in), |s| s.green().to_string()))?;
        let others = hit.citations.iter().filter(|c| c.citation != hit.citation);
        for c in others.clone().take(OTHER_COPIES_SHOWN) {
            writeln!(w, "     {}", copy_line(c, style))?;
        }
        let rest = others.count().saturating_sub(OTHER_COPIES_SHOWN);
        if rest > 0 {
            writeln!(w, "     and {rest} more (see --format json)")?;
        }
    }
    writeln!(w)
}

/// How the speaker was found: the cue, and the words resolved to the speaker when they do
/// not already hold the name ("called; He \u{2192} Tom Reyes", "wrote; Petro \u{2192} Gustavo Petro").
fn how_found(hit: &QuoteHit) -> Option<String> {
    let mut parts: Vec<String> = hit.cue.iter().cloned().collect();
    if let (Some(mention), Some(speaker)) = (&hit.speaker_mention, &hit.speaker)
        && !mention.to_lowercase().contains(&speaker.to_lowercase())
    {
        parts.push(format!("{mention} \u{2192} {speaker}"));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The sentence of the passage that holds the quote, the words around the quote dimmed; `None`
/// when the sentence holds nothing but the quote (or the quote cannot be placed).
fn in_its_sentence(hit: &QuoteHit, style: Style) -> Option<String> {
    let passage = &hit.passage;
    let (s, e) = hit.quote_span.filter(|&(s, e)| super::text_has(passage, s, e))?;
    let sentence = sentence_around(passage, s, e)?;
    let (before, after) = (&passage[sentence.start..s], &passage[e..sentence.end]);
    if !before.chars().chain(after.chars()).any(char::is_alphanumeric) {
        return None;
    }
    let dim = |t: &str| style.paint(&crate::normalize::collapse_whitespace(t), |t| t.dimmed().to_string());
    let quote = crate::normalize::collapse_whitespace(&passage[s..e]);
    // collapse_whitespace trims: the spaces at the seams are put back.
    let gap = |t: &str, at_end: bool| {
        let spaced = if at_end { t.ends_with(char::is_whitespace) } else { t.starts_with(char::is_whitespace) };
        if spaced && !t.trim().is_empty() { " " } else { "" }
    };
    Some(format!("{}{}{quote}{}{}", dim(before), gap(before, true), gap(after, false), dim(after)))
}

/// The sentence of `passage` that holds the quote at `s..e` (quotations are never split).
fn sentence_around(passage: &str, s: usize, e: usize) -> Option<std::ops::Range<usize>> {
    // The quote's own marks belong to it: widen the opaque range over them.
    let is_mark =
        |c: char| matches!(c, '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\u{ab}' | '\u{bb}');
    let open = passage[..s].chars().next_back().filter(|c| is_mark(*c)).map_or(0, char::len_utf8);
    let close = passage[e..].chars().next().filter(|c| is_mark(*c)).map_or(0, char::len_utf8);
    let quote = (s - open)..(e + close);
    crate::sentence::sentences(passage, 0..passage.len(), std::slice::from_ref(&quote))
        .into_iter()
        .find(|r| r.start <= s && e <= r.end)
}

fn copy_line(c: &Citation, style: Style) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(c.outlet.clone().or_else(|| c.title.clone()));
    parts.push(c.date.clone().unwrap_or_else(|| "undated".into()));
    parts.push(c.url.clone().unwrap_or_else(|| super::source_of(&c.source_path, &c.article_id, None)));
    format!("{}  {}", parts.join(" \u{b7} "), style.paint(&format!("[{}]", c.citation), |s| s.dimmed().to_string()))
}
