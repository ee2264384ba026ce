//! The web page: `/` is one search form (over GET, so it works without JavaScript and the
//! URL always reproduces the search), the hits with matched words marked, facet counts
//! that filter when clicked, a chart of matches over time, paging and a CSV download;
//! `/show/{citation}` is a cited paragraph in its context. The script only adds the
//! copy-citation buttons. Every piece of article text goes through [`super::html`].

use super::html::{esc, fill, marked, query_string, safe_href, text};
use super::{App, Failure, bounded, params, with_index};
use crate::index::reader::Stats;
use crate::search::hit::{FacetCount, Histogram, HitKind, QuoteHit, SearchResults};
use crate::search::render::{Format, markdown_citation, results_for_people};
use crate::search::request::{Interval, MAX_LIMIT};
use crate::search::show::Shown;
use crate::search::syntax::MAX_QUERY_BYTES;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use std::fmt::Write as _;
use std::sync::Arc;

/// The page's script: copy-citation buttons.
pub const APP_JS: &str = include_str!("assets/app.js");
/// The page's style sheet.
pub const STYLE_CSS: &str = include_str!("assets/style.css");
const PAGE: &str = include_str!("assets/page.html");

/// Facet values listed per facet on the page.
const FACETS_SHOWN: usize = 8;

type Pairs = Vec<(String, String)>;

/// `GET /`.
pub async fn search(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> Response {
    let raw = raw.unwrap_or_default();
    let pairs = params::pairs(&raw).unwrap_or_default();
    let form = search_form(&pairs);
    match search_body(&app, &raw, &pairs).await {
        Ok((title, body)) => page(StatusCode::OK, &title, &format!("{form}{body}")),
        Err(f) => {
            let (status, message) = f.status();
            page(status, "newsquote: error", &format!("{form}{}", alert(&message)))
        }
    }
}

async fn search_body(app: &App, raw: &str, pairs: &Pairs) -> Result<(String, String), Failure> {
    let p = params::parse(bounded(Some(raw))?).map_err(Failure::BadRequest)?;
    if pairs.iter().all(|(_, v)| v.trim().is_empty()) {
        let stats = with_index(app, |h| h.stats()).await?;
        return Ok(("newsquote".into(), welcome(&stats)));
    }
    let mut options = p.options;
    options.facets = true;
    options.histogram = options.histogram.or(Some(Interval::Month));
    let request = options.validate(Format::Json)?;
    let results = with_index(app, move |h| crate::search::run::search(h, &request)).await?;
    let title = format!("{} \u{2013} newsquote", options.query.as_deref().unwrap_or("latest quotes"));
    Ok((title, results_body(&results, pairs, options.limit)))
}

/// `GET /show/{citation}`; the query string is the search to go back to.
pub async fn show(State(app): State<Arc<App>>, Path(citation): Path<String>, RawQuery(raw): RawQuery) -> Response {
    let back = params::pairs(raw.as_deref().unwrap_or("")).unwrap_or_default();
    let back_link = format!("<p><a href=\"{}\">\u{2190} Back to the results</a></p>", esc(&link(&back, &[])));
    match with_index(&app, move |h| crate::search::show::show(h, &citation)).await {
        Ok(shown) => page(
            StatusCode::OK,
            "In context \u{2013} newsquote",
            &format!("<main id=\"results\">{back_link}{}</main>", context(&shown)),
        ),
        Err(f) => {
            let (status, message) = f.status();
            page(status, "newsquote: error", &format!("<main id=\"results\">{back_link}{}</main>", alert(&message)))
        }
    }
}

/// A page with only an error message.
pub fn error_page(status: StatusCode, message: &str) -> Response {
    page(status, "newsquote: error", &format!("<main id=\"results\">{}</main>", alert(message)))
}

fn page(status: StatusCode, title: &str, main: &str) -> Response {
    (status, Html(fill(PAGE, &[("title", &esc(title)), ("main", main)]))).into_response()
}

fn alert(message: &str) -> String {
    format!("<p class=\"error\" role=\"alert\">{}</p>", text(message))
}

/// The search URL for `pairs` with `changes` applied (`None` removes), the offset reset
/// unless it is one of the changes, blank values left out.
fn link(pairs: &Pairs, changes: &[(&str, Option<String>)]) -> String {
    let mut out: Pairs = pairs
        .iter()
        .filter(|(k, v)| !v.trim().is_empty() && k != "offset" && !changes.iter().any(|(c, _)| c == k))
        .cloned()
        .collect();
    out.extend(changes.iter().filter_map(|(k, v)| v.clone().map(|v| (k.to_string(), v))));
    let q = query_string(&out);
    if q.is_empty() { "/".into() } else { format!("/?{q}") }
}

fn value<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

fn search_form(pairs: &Pairs) -> String {
    let field = |name: &str, label: &str, hint: &str| {
        format!(
            "<div class=\"field\"><label for=\"{name}\">{label}</label>\
             <input id=\"{name}\" name=\"{name}\" type=\"text\" value=\"{}\" placeholder=\"{hint}\"></div>",
            esc(value(pairs, name))
        )
    };
    let selected = |name: &str, v: &str| if value(pairs, name) == v { " selected" } else { "" };
    let checkbox = |name: &str, label: &str| {
        let checked = if matches!(value(pairs, name), "true" | "on" | "1" | "yes") { " checked" } else { "" };
        format!(
            "<div class=\"field check\"><input id=\"{name}\" name=\"{name}\" type=\"checkbox\" value=\"true\"{checked}>\
             <label for=\"{name}\">{label}</label></div>"
        )
    };
    format!(
        "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\" aria-label=\"Search quotes\">\
         <div class=\"main-field\"><label for=\"q\">Words or phrase</label>\
         <input id=\"q\" name=\"q\" type=\"search\" value=\"{q}\" maxlength=\"{MAX_QUERY_BYTES}\" \
         placeholder=\"human rights, &quot;drug trafficking&quot;, fish OR cocaine\">\
         <button type=\"submit\">Search</button></div>\
         <fieldset class=\"filters\"><legend>Filters</legend>{speaker}{person}{country}{outlet}{from}{to}\
         <div class=\"field\"><label for=\"sort\">Order</label><select id=\"sort\" name=\"sort\">\
         <option value=\"\">best match</option><option value=\"relevance\"{rel}>relevance</option>\
         <option value=\"date\"{date}>newest first</option></select></div>\
         {full}{attributed}{reported}{passages}</fieldset></form>",
        q = esc(value(pairs, "q")),
        speaker = field("speaker", "Speaker", "e.g. Petro"),
        person = field("person", "Person named", "e.g. Rubio"),
        country = field("country", "Country", "Colombia, CO, Colombian"),
        outlet = field("outlet", "Outlet", "e.g. Reuters"),
        full = checkbox("full", "full quotes only (no fragments)"),
        attributed = checkbox("attributed", "known speaker only"),
        reported = checkbox("reported", "also reported statements (not quotes)"),
        passages = checkbox("passages", "all passages, not only quotes"),
        from = field("from", "From", "YYYY-MM-DD"),
        to = field("to", "To", "YYYY-MM-DD"),
        rel = selected("sort", "relevance"),
        date = selected("sort", "date"),
    )
}

fn welcome(stats: &Stats) -> String {
    format!(
        "<main id=\"results\"><p class=\"summary\">The index holds {} articles, {} passages and {} quotes. \
         Search for words, or leave the box empty and set a filter to list the newest quotes.</p>\
         <p><a href=\"/api/openapi.json\">The JSON API</a> answers the same searches.</p></main>",
        stats.articles, stats.passages, stats.quotes
    )
}

fn results_body(results: &SearchResults, pairs: &Pairs, limit: usize) -> String {
    let mut out = String::from("<div class=\"layout\"><main id=\"results\" aria-labelledby=\"results-heading\">");
    let noun = match (value(pairs, "passages").is_empty(), results.reported) {
        (false, _) => "passage",
        (true, true) => "statement",
        (true, false) => "quote",
    };
    let plural = |n: usize| if n == 1 { String::new() } else { "s".into() };
    // Reported statements are counted with the quotes: the heading says so.
    let both = if results.reported { " (quotes and reported speech)" } else { "" };
    let _ = write!(
        out,
        "<h2 id=\"results-heading\">{} {noun}{}{both}</h2><p class=\"summary\">",
        results.total,
        plural(results.total)
    );
    if results.total > 0 {
        let first = results.offset + 1;
        let last = results.offset + results.hits.len();
        let all = results.total.min(MAX_LIMIT);
        let csv = format!("/api/search?{}", query_string(&download_pairs(pairs, all)));
        let _ = write!(
            out,
            "{first}\u{2013}{last} of {} ({} copies in all articles) \u{b7} <a href=\"{}\" download>Download {} as CSV</a>",
            results.total,
            results.matches,
            esc(&csv),
            if all < results.total { format!("the first {all}") } else { "all".into() }
        );
    } else {
        out.push_str("Nothing matches. Try fewer words, or remove a filter.");
    }
    out.push_str("</p>");
    let people = results_for_people(results);
    let _ = write!(out, "<ol class=\"hits\" start=\"{}\">", results.offset + 1);
    for (i, (hit, escaped)) in results.hits.iter().zip(&people.hits).enumerate() {
        out.push_str(&hit_html(hit, escaped, results.offset + i + 1, pairs));
    }
    out.push_str("</ol>");
    out.push_str(&paging(results, pairs, limit));
    out.push_str("</main><aside class=\"side\" aria-label=\"Refine the search\">");
    if let Some(f) = &results.facets {
        out.push_str(&facet_list("Speakers", &f.speaker, |c| link(pairs, &[("speaker", Some(c.value.clone()))])));
        out.push_str(&facet_list("Countries", &f.country, |c| link(pairs, &[("country", Some(c.value.clone()))])));
        out.push_str(&facet_list("Outlets", &f.outlet, |c| link(pairs, &[("outlet", Some(c.value.clone()))])));
    }
    if let Some(h) = &results.histogram {
        out.push_str(&chart(h));
    }
    out.push_str("</aside></div>");
    out
}

/// The parameters of the CSV download of the whole result (up to [`MAX_LIMIT`] hits).
fn download_pairs(pairs: &Pairs, all: usize) -> Pairs {
    let mut out: Pairs = pairs
        .iter()
        .filter(|(k, v)| {
            !v.trim().is_empty() && !matches!(k.as_str(), "offset" | "limit" | "facets" | "histogram" | "format")
        })
        .cloned()
        .collect();
    out.push(("limit".into(), all.max(1).to_string()));
    out.push(("format".into(), "csv".into()));
    out
}

fn hit_html(hit: &QuoteHit, escaped: &QuoteHit, n: usize, pairs: &Pairs) -> String {
    let mut out = format!("<li class=\"hit\"><article aria-labelledby=\"hit-{n}\">");
    let words = match &hit.quote {
        // A reported statement is a paraphrase: labelled, never in quotation marks.
        Some(q) if hit.kind == HitKind::Reported => {
            format!("<span class=\"reported\">Reported:</span> {}", marked(q, &hit.highlights.quote))
        }
        Some(q) => format!("\u{201c}{}\u{201d}", marked(q, &hit.highlights.quote)),
        None => marked(&hit.passage, &hit.highlights.passage),
    };
    let _ = write!(out, "<blockquote id=\"hit-{n}\"><p>{words}</p></blockquote><p class=\"source\">");
    if hit.quote.is_some() {
        let who = hit.speaker.as_deref().map(text).unwrap_or_else(|| "unattributed".into());
        let _ = write!(out, "<span class=\"speaker\">{who}</span> \u{b7} ");
    }
    out.push_str(&source_html(hit.outlet.as_deref(), hit.date.as_deref(), hit.title.as_deref(), hit.url.as_deref()));
    out.push_str("</p>");
    if hit.quote.is_some() && hit.passage.len() > hit.quote.as_deref().map_or(0, str::len) + 2 {
        let _ = write!(out, "<p class=\"passage\">{}</p>", marked(&hit.passage, &hit.highlights.passage));
    }
    let others: Vec<_> = hit.citations.iter().filter(|c| c.citation != hit.citation).collect();
    if hit.also_in > 0 {
        let _ = write!(
            out,
            "<details class=\"also\"><summary>Also in {} article{}</summary><ul>",
            hit.also_in,
            if hit.also_in == 1 { "" } else { "s" }
        );
        for c in others {
            let _ = write!(
                out,
                "<li>{} \u{b7} <a href=\"{}\">in context</a></li>",
                source_html(c.outlet.as_deref(), c.date.as_deref(), c.title.as_deref(), c.url.as_deref()),
                esc(&show_link(&c.citation, pairs))
            );
        }
        out.push_str("</ul></details>");
    }
    let _ = write!(
        out,
        "<p class=\"actions\"><a class=\"context\" href=\"{}\">Show in context</a> \
         <button type=\"button\" class=\"copy\" data-citation=\"{}\" hidden>Copy citation</button> \
         <span class=\"cite-id\">citation <code>{}</code></span></p></article></li>",
        esc(&show_link(&hit.citation, pairs)),
        esc(&markdown_citation(escaped)),
        text(&hit.citation),
    );
    out
}

fn show_link(citation: &str, pairs: &Pairs) -> String {
    let back: Pairs = pairs.iter().filter(|(_, v)| !v.trim().is_empty()).cloned().collect();
    let path = format!(
        "/show/{}",
        citation
            .bytes()
            .map(|b| match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    );
    let q = query_string(&back);
    if q.is_empty() { path } else { format!("{path}?{q}") }
}

fn source_html(outlet: Option<&str>, date: Option<&str>, title: Option<&str>, url: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(o) = outlet {
        parts.push(format!("<span class=\"outlet\">{}</span>", text(o)));
    }
    parts.push(match date {
        Some(d) => format!("<time datetime=\"{0}\">{0}</time>", text(d)),
        None => "undated".into(),
    });
    let title = title.map(text).unwrap_or_else(|| "article".into());
    parts.push(match url.and_then(safe_href) {
        Some(href) => format!("<a class=\"article\" href=\"{href}\" rel=\"noopener noreferrer nofollow\">{title}</a>"),
        None => format!("<cite>{title}</cite>"),
    });
    parts.join(" \u{b7} ")
}

fn paging(results: &SearchResults, pairs: &Pairs, limit: usize) -> String {
    let mut links = Vec::new();
    if results.offset > 0 {
        let prev = results.offset.saturating_sub(limit);
        links.push(format!(
            "<a rel=\"prev\" href=\"{}\">\u{2190} Previous</a>",
            esc(&link(pairs, &[("offset", Some(prev.to_string()))]))
        ));
    }
    let next = results.offset + results.hits.len();
    if next < results.total && !results.hits.is_empty() {
        links.push(format!(
            "<a rel=\"next\" href=\"{}\">Next \u{2192}</a>",
            esc(&link(pairs, &[("offset", Some(next.to_string()))]))
        ));
    }
    if links.is_empty() {
        String::new()
    } else {
        format!("<nav class=\"paging\" aria-label=\"Pages\">{}</nav>", links.join(" "))
    }
}

fn facet_list(heading: &str, counts: &[FacetCount], href: impl Fn(&FacetCount) -> String) -> String {
    if counts.is_empty() {
        return String::new();
    }
    let mut out = format!("<section class=\"facet\"><h3>{heading}</h3><ul>");
    for c in counts.iter().take(FACETS_SHOWN) {
        let name = c.label.as_deref().unwrap_or(&c.value);
        // With reported statements, a speaker's count says how many of them it holds.
        let reported = c.reported.map(|n| format!(" ({n} reported)")).unwrap_or_default();
        let _ = write!(
            out,
            "<li><a href=\"{}\">{}</a> <span class=\"count\">{}{reported}</span></li>",
            esc(&href(c)),
            text(name),
            c.count
        );
    }
    out.push_str("</ul></section>");
    out
}

/// Matches over time as bars (SVG attributes, no inline style), with the numbers in a
/// table for screen readers.
fn chart(h: &Histogram) -> String {
    if h.buckets.is_empty() {
        return String::new();
    }
    const WIDTH: usize = 240;
    const HEIGHT: u64 = 80;
    let max = h.buckets.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let bar = (WIDTH / h.buckets.len()).clamp(2, 40);
    let mut out = format!(
        "<section class=\"facet\"><h3 id=\"chart-h\">Over time</h3><svg class=\"chart\" viewBox=\"0 0 {} {HEIGHT}\" \
         role=\"img\" aria-labelledby=\"chart-h\" width=\"{}\" height=\"{HEIGHT}\">",
        bar * h.buckets.len(),
        bar * h.buckets.len()
    );
    for (i, b) in h.buckets.iter().enumerate() {
        let height = (b.count * HEIGHT).div_ceil(max);
        let _ = write!(
            out,
            "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{height}\"><title>{}: {}</title></rect>",
            i * bar,
            HEIGHT - height,
            bar.saturating_sub(1).max(1),
            esc(&b.key),
            b.count
        );
    }
    let first = h.buckets.first().map(|b| b.key.as_str()).unwrap_or("");
    let last = h.buckets.last().map(|b| b.key.as_str()).unwrap_or("");
    let _ = write!(
        out,
        "</svg><p class=\"axis\"><span>{}</span><span>{}</span></p><details><summary>As a table</summary><table><thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Matches</th></tr></thead><tbody>",
        esc(first),
        esc(last)
    );
    for b in &h.buckets {
        let _ = write!(out, "<tr><td>{}</td><td>{}</td></tr>", esc(&b.key), b.count);
    }
    if h.undated > 0 {
        let _ = write!(out, "<tr><td>undated</td><td>{}</td></tr>", h.undated);
    }
    out.push_str("</tbody></table></details></section>");
    out
}

/// A cited paragraph with the ones around it.
fn context(shown: &Shown) -> String {
    let mut out = String::from("<article class=\"context\">");
    let _ = write!(
        out,
        "<h2>{}</h2><p class=\"source\">{}</p>",
        shown.title.as_deref().map(text).unwrap_or_else(|| "Untitled article".into()),
        source_html(shown.outlet.as_deref(), shown.date.as_deref(), None, shown.url.as_deref())
    );
    if let Some(s) = &shown.speaker {
        let _ = write!(out, "<p class=\"speaker\">Speaker: {}</p>", text(s));
    }
    let mut quote = None;
    for p in &shown.paragraphs {
        let body = match p.quote {
            Some((s, e)) if e <= p.text.len() && p.text.is_char_boundary(s) && p.text.is_char_boundary(e) => {
                quote = Some(&p.text[s..e]);
                marked(&p.text, &[(s, e)])
            }
            _ => text(&p.text),
        };
        let class = if p.cited { " class=\"cited\"" } else { "" };
        let current = if p.cited { " aria-current=\"true\"" } else { "" };
        let _ = write!(out, "<p{class}{current}><span class=\"para\">\u{b6}{}</span> {body}</p>", p.paragraph);
    }
    let _ = write!(
        out,
        "<p class=\"actions\"><button type=\"button\" class=\"copy\" data-citation=\"{}\" hidden>Copy citation</button> \
         <span class=\"cite-id\">citation <code>{}</code></span></p></article>",
        esc(&plain_citation(shown, quote)),
        text(&shown.citation)
    );
    out
}

/// A citation ready to paste: the quote (or the cited paragraph), who said it, where
/// and when, and the link.
fn plain_citation(shown: &Shown, quote: Option<&str>) -> String {
    let words = quote.or_else(|| shown.paragraphs.iter().find(|p| p.cited).map(|p| p.text.as_str())).unwrap_or("");
    let mut parts: Vec<String> = Vec::new();
    if let Some(s) = &shown.speaker {
        parts.push(s.clone());
    }
    parts.extend([shown.outlet.clone(), shown.date.clone(), shown.title.clone()].into_iter().flatten());
    parts.push(shown.url.clone().unwrap_or_else(|| format!("newsquote {}", shown.citation)));
    let line = format!("\u{201c}{}\u{201d} \u{2014} {}", words.trim(), parts.join(", "));
    crate::escape::flat(&crate::normalize::collapse_whitespace(&line)).into_owned()
}
