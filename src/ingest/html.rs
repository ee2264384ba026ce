//! HTML article pages: the main text by Readability (dom_smoothie), with the title, date
//! and outlet from the page's metadata (`og:title`, `article:published_time`,
//! `og:site_name`, JSON-LD) and its link from `og:url` or `<link rel="canonical">`.

use super::fields::identity;
use crate::dates::parse_date;
use crate::model::Article;
use dom_smoothie::{Config, Readability, TextMode};

/// Pages with more elements than this are refused rather than scored (time is quadratic-ish).
const MAX_ELEMENTS: usize = 200_000;

/// Pages whose elements nest deeper than this are refused before they are parsed: real
/// pages nest a few dozen deep, and parsing and scoring a deeper tree takes time that grows
/// with the square of its depth (50,000 nested `<div>`s took minutes).
pub const MAX_HTML_DEPTH: usize = 512;

/// Void elements and elements whose end tag may be left out (the parser closes them
/// itself): they never make a page deeper.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp", "colgroup",
    "caption", "html", "head", "body",
];

/// Elements whose content is text, not markup: skipped to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// Fewer letters and digits than this in the main text, and a page is no article.
const MIN_LETTERS: usize = 40;

/// Parses an HTML page into an article; `url` is the page's address when known (WARC);
/// `day_first` reads a numeric publication date day first. The error is the reason to skip it.
pub fn parse(
    html: &str,
    fallback_id: String,
    path: &str,
    url: Option<&str>,
    day_first: bool,
) -> Result<Article, String> {
    if nesting_depth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH {
        return Err(format!("HTML elements nested over {MAX_HTML_DEPTH} deep; page not read"));
    }
    let doc = dom_query::Document::from(html);
    let meta_url = first_attr(&doc, &["meta[property='og:url']", "meta[name='og:url']"], "content")
        .or_else(|| first_attr(&doc, &["link[rel='canonical']"], "href"))
        .filter(|u| u.starts_with("http"));
    let url = url.map(str::to_owned).or(meta_url);
    let cfg = Config { text_mode: TextMode::Formatted, max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let page_url = url.as_deref().filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut readability =
        Readability::with_document(doc, page_url, Some(cfg)).map_err(|e| format!("cannot read HTML: {e}"))?;
    let article = readability.parse().map_err(|e| format!("no article text found in the HTML page ({e})"))?;
    let body = tidy(&article.text_content);
    // Readability falls back to whatever text a page has; a few words are no article.
    if body.chars().filter(|c| c.is_alphanumeric()).count() < MIN_LETTERS {
        return Err("no article text found in the HTML page".into());
    }
    let title = Some(article.title.trim().to_owned()).filter(|t| !t.is_empty());
    Ok(Article {
        id: identity(None, url.as_deref(), || fallback_id),
        title,
        outlet: article.site_name.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
        url,
        date: article.published_time.as_deref().and_then(|t| parse_date(t, day_first)),
        date_text: article.published_time.clone(),
        date_source: None,
        source_path: path.to_owned(),
        source_line: 1,
        body,
    })
}

/// How deep the page's elements nest, read from its tags in one pass (comments, raw text
/// and elements the parser closes itself left out), stopping once past `limit`.
fn nesting_depth(html: &str, limit: usize) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(lt) = bytes[at..].iter().position(|&b| b == b'<') {
        at += lt + 1;
        if bytes[at..].starts_with(b"!--") {
            at = find(bytes, at, b"-->").map_or(bytes.len(), |i| i + 3);
            continue;
        }
        let closing = bytes.get(at) == Some(&b'/');
        let name_start = at + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
        if name_len == 0 {
            continue; // `<!doctype`, `<?xml`, a stray `<`
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = bytes[name_start..].iter().position(|&b| b == b'>').map_or(bytes.len(), |i| name_start + i);
        let self_closing = end > 0 && bytes.get(end - 1) == Some(&b'/');
        at = end;
        if NOT_NESTING.contains(&name.as_str()) || self_closing {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if RAW_TEXT.contains(&name.as_str()) {
            let close = format!("</{name}");
            at = find_ignore_case(html, at, &close).unwrap_or(bytes.len());
        } else {
            depth += 1;
            deepest = deepest.max(depth);
            if deepest > limit {
                break;
            }
        }
    }
    deepest
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|i| from + i)
}

fn find_ignore_case(text: &str, from: usize, needle: &str) -> Option<usize> {
    let bytes = text.as_bytes().get(from..)?;
    bytes.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes())).map(|i| from + i)
}

fn first_attr(doc: &dom_query::Document, selectors: &[&str], attr: &str) -> Option<String> {
    selectors.iter().find_map(|s| doc.select(s).attr(attr).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()))
}

/// One paragraph per block: lines trimmed, runs of blank lines collapsed to one.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Bridge opens | Daily</title>
<meta property="og:title" content="Bridge opens after ten years">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://daily.example/bridge">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge opens after ten years</h1>
<p>The new bridge over the river opened on Tuesday after a decade of delays and disputes.</p>
<p>"It took ten years, but it was worth every one of them," said Mayor Ana Soto at the ceremony.</p>
<p>Traffic is expected to ease across the city centre within weeks, officials said.</p>
</article><footer>Copyright</footer></body></html>"#;

    #[test]
    fn metadata_and_main_text_are_read() {
        let a = parse(PAGE, "page".into(), "page.html", None, false).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.title.as_deref(), Some("Bridge opens after ten years"));
        assert_eq!(a.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(a.url.as_deref(), Some("https://daily.example/bridge"));
        assert_eq!(a.id, "https://daily.example/bridge");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-03-05"));
        assert!(a.body.contains("said Mayor Ana Soto"), "{}", a.body);
        assert!(!a.body.contains("Copyright") && !a.body.contains("Home"), "{}", a.body);
    }

    #[test]
    fn nesting_is_measured_from_the_tags() {
        assert_eq!(nesting_depth(PAGE, 100), 2, "nav > a, article > h1; html, head, body and p not counted");
        let unclosed_paragraphs = format!("<body><div>{}</div>", "<p>text ".repeat(5_000));
        assert_eq!(nesting_depth(&unclosed_paragraphs, 100), 1);
        let script = "<script>for (;;) { s += '<div><div><div>'; }</script><!-- <div><div> --><div></div>";
        assert_eq!(nesting_depth(script, 100), 1);
        let deep = "<div>".repeat(MAX_HTML_DEPTH + 1);
        assert_eq!(nesting_depth(&deep, MAX_HTML_DEPTH), MAX_HTML_DEPTH + 1);
        let closed = format!("{}<p>{}</p>{}", "<div>".repeat(600), "word ".repeat(20), "</div>".repeat(600));
        let err = parse(&closed, "x".into(), "x.html", None, false).err();
        assert_eq!(err.as_deref(), Some("HTML elements nested over 512 deep; page not read"));
    }

    #[test]
    fn a_page_without_text_is_refused() {
        assert!(parse("<html><body></body></html>", "x".into(), "x.html", None, false).is_err());
    }
}
