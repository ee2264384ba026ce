//! HTML from article text: every string that comes from an article, a file or the user
//! passes through [`esc`] (after [`crate::escape`] has made control characters and
//! bidirectional overrides visible), so that markup in an article is shown as text.
//! Links to articles are kept only for `http` and `https` addresses.

use crate::escape;
use crate::normalize::collapse_whitespace;
use std::fmt::Write as _;

/// `text` with the five characters HTML reads as markup escaped.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Article text for one line of a page: controls made visible, then HTML-escaped.
pub fn text(s: &str) -> String {
    esc(&collapse_whitespace(&escape::flat(s)))
}

/// Article text with the byte `ranges` (the words a query matched) in `<mark>`, white
/// space collapsed. Ranges are dropped if the text holds characters [`crate::escape`]
/// rewrites, since they point into the raw text; line feeds and tabs are kept, and only
/// become spaces around the marks (a hard-wrapped wire story keeps its marks).
pub fn marked(raw: &str, ranges: &[(usize, usize)]) -> String {
    if let std::borrow::Cow::Owned(_) = escape::text(raw) {
        return text(raw);
    }
    let mut sorted: Vec<(usize, usize)> = ranges
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && e <= raw.len() && raw.is_char_boundary(s) && raw.is_char_boundary(e))
        .collect();
    sorted.sort_unstable();
    let mut out = String::with_capacity(raw.len() + 16 * sorted.len());
    let mut at = 0;
    for (s, e) in sorted {
        if s < at {
            continue;
        }
        out.push_str(&text_keeping_edges(&raw[at..s]));
        let _ = write!(out, "<mark>{}</mark>", text(&raw[s..e]));
        at = e;
    }
    out.push_str(&text_keeping_edges(&raw[at..]));
    // Marks next to each other read as one phrase.
    out.trim().replace("</mark> <mark>", " ")
}

/// Like [`text`], but a leading or trailing run of white space stays one space (it
/// separates the piece from a mark beside it).
fn text_keeping_edges(s: &str) -> String {
    let lead = if s.starts_with(char::is_whitespace) { " " } else { "" };
    let trail = if s.ends_with(char::is_whitespace) && !s.trim().is_empty() { " " } else { "" };
    format!("{lead}{}{trail}", text(s.trim()))
}

/// An article's address, if it may be a link: `http` or `https` only (never
/// `javascript:` or `data:`), escaped for an attribute.
pub fn safe_href(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then(|| esc(url.trim()))
}

/// `pairs` as a query string, each value percent-encoded.
pub fn query_string(pairs: &[(String, String)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// Fills a template's `{{name}}` slots in one pass: a value is never read for slots.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("}}").map(|end| (&after[..end], end)) {
            Some((name, end)) if values.iter().any(|(n, _)| *n == name) => {
                let value = values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).unwrap_or_default();
                out.push_str(value);
                rest = &after[end + 2..];
            }
            _ => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_article_text_is_shown_as_text() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(text("a\u{1b}[31m <b>"), "a\\u{1b}[31m &lt;b&gt;");
    }

    #[test]
    fn matched_words_are_marked_and_neighbours_joined() {
        let raw = "the human  rights of <people>";
        assert_eq!(marked(raw, &[(4, 9), (11, 17)]), "the <mark>human rights</mark> of &lt;people&gt;");
        assert_eq!(marked(raw, &[(0, 3)]), "<mark>the</mark> human rights of &lt;people&gt;");
        assert_eq!(marked(raw, &[(3, 99), (1, 2)]), "t<mark>h</mark>e human rights of &lt;people&gt;");
        assert_eq!(marked("bell\u{7} rights", &[(6, 12)]), "bell\\u{7} rights");
        // A hard-wrapped line keeps its marks; its line feed is a space.
        assert_eq!(marked("the human\nrights of all", &[(4, 9), (10, 16)]), "the <mark>human rights</mark> of all");
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            safe_href("https://x.org/a?b=1&c=\"2\"").as_deref(),
            Some("https://x.org/a?b=1&amp;c=&quot;2&quot;")
        );
        assert_eq!(safe_href(" javascript:alert(1)"), None);
        assert_eq!(safe_href("data:text/html,<script>"), None);
    }

    #[test]
    fn slots_are_filled_once() {
        let t = "<title>{{title}}</title><main>{{main}}</main>{{other}}";
        assert_eq!(fill(t, &[("title", "{{main}}"), ("main", "m")]), "<title>{{main}}</title><main>m</main>{{other}}");
    }
}
