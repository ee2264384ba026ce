//! HTML article pages: the main text by Readability (dom_smoothie), with the title, date
//! and outlet from the page's metadata (`og:title`, `article:published_time`,
//! `og:site_name`, JSON-LD) and its link from `og:url` or `<link rel="canonical">`.

use super::fields::identity;
use crate::extract::dates::parse_date;
use crate::model::Article;
use dom_smoothie::{Config, Readability, TextMode};

/// Pages with more elements than this are refused rather than scored (time is quadratic-ish).
const MAX_ELEMENTS: usize = 200_000;

/// Fewer letters and digits than this in the main text, and a page is no article.
const MIN_LETTERS: usize = 40;

/// Parses an HTML page into an article; `url` is the page's address when known (WARC). The
/// error is the reason to skip it.
pub fn parse(html: &str, fallback_id: String, path: &str, url: Option<&str>) -> Result<Article, String> {
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
        id: identity(None, url.as_deref(), &fallback_id),
        title,
        outlet: article.site_name.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
        url,
        date: article.published_time.as_deref().and_then(parse_date),
        date_text: article.published_time.clone(),
        date_source: None,
        source_path: path.to_owned(),
        source_line: 1,
        body,
    })
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
        let a = parse(PAGE, "page".into(), "page.html", None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.title.as_deref(), Some("Bridge opens after ten years"));
        assert_eq!(a.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(a.url.as_deref(), Some("https://daily.example/bridge"));
        assert_eq!(a.id, "https://daily.example/bridge");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-03-05"));
        assert!(a.body.contains("said Mayor Ana Soto"), "{}", a.body);
        assert!(!a.body.contains("Copyright") && !a.body.contains("Home"), "{}", a.body);
    }

    #[test]
    fn a_page_without_text_is_refused() {
        assert!(parse("<html><body></body></html>", "x".into(), "x.html", None).is_err());
    }
}
