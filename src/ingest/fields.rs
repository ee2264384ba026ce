//! Record fields shared by the structured formats (JSON, JSON Lines, CSV): the usual
//! field names of scrapers' exports, and the rule that gives an article its identity.
//!
//! Identity: an explicit `id` if the record has one, else its URL (lightly normalised:
//! scheme and host lower-cased, `#fragment` and trailing `/` dropped), else the file's id
//! for a file of one article, or the file's id and a hash of the record's text for a file
//! of many: never the record's position, which moves when a feed gains or loses records.
//! Re-ingesting a record with the same identity replaces the earlier version.

use crate::dates::parse_date;
use crate::model::{Article, content_key};

/// Field names of the headline, in order of preference.
pub const TITLE: &[&str] = &["title", "headline"];
/// Field names of the article text.
pub const BODY: &[&str] = &["body", "text", "content", "article", "maintext"];
/// Field names of the publication date.
pub const DATE: &[&str] =
    &["date", "published", "publish_date", "pubDate", "published_at", "datePublished", "date_publish"];
/// Field names of the link.
pub const URL: &[&str] = &["url", "link"];
/// Field names of the outlet.
pub const OUTLET: &[&str] = &["outlet", "source", "publisher", "site_name", "source_domain"];
/// Field names of the identifier.
pub const ID: &[&str] = &["id"];

/// A record's fields, already read as strings.
#[derive(Debug, Default)]
pub struct RecordFields {
    /// Explicit identifier.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Article text.
    pub body: Option<String>,
    /// Date as written.
    pub date: Option<String>,
    /// Link.
    pub url: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
}

/// What identifies a record that has neither id nor URL.
#[derive(Debug, Clone, Copy)]
pub enum Fallback<'a> {
    /// The one article of a file: the file's id.
    File(&'a str),
    /// One of many records in the file of this id: the file's id and the record's text.
    Record(&'a str),
}

/// Builds the article of a record, its date read day first when `day_first`; the error is
/// the reason to skip it.
pub fn build_article(
    f: RecordFields,
    fallback: Fallback,
    path: &str,
    line: usize,
    day_first: bool,
) -> Result<Article, String> {
    let body = f
        .body
        .filter(|b| !b.trim().is_empty())
        .ok_or_else(|| format!("no article text (expected one of: {})", BODY.join(", ")))?;
    // A record's fallback hashes all of its text: worked out only when it has no id or URL.
    let fallback = || match fallback {
        Fallback::File(file_id) => file_id.to_owned(),
        Fallback::Record(file_id) => format!("{file_id}#{}", content_key(f.title.as_deref(), &body)),
    };
    Ok(Article {
        id: identity(f.id.as_deref(), f.url.as_deref(), fallback),
        title: f.title,
        outlet: f.outlet,
        url: f.url,
        date: f.date.as_deref().and_then(|t| parse_date(t, day_first)),
        date_text: f.date.clone(),
        date_source: None,
        source_path: path.to_owned(),
        source_line: line,
        body,
    })
}

/// The identity of an article: explicit id, else normalised URL, else the fallback (only
/// then worked out).
pub fn identity(id: Option<&str>, url: Option<&str>, fallback: impl FnOnce() -> String) -> String {
    match (id.map(str::trim).filter(|s| !s.is_empty()), url.map(str::trim).filter(|s| !s.is_empty())) {
        (Some(id), _) => id.to_owned(),
        (None, Some(url)) => normalize_url(url),
        (None, None) => fallback(),
    }
}

/// `HTTPS://Example.com/a/#top` -> `https://example.com/a`.
pub fn normalize_url(url: &str) -> String {
    let url = url.split('#').next().unwrap_or(url);
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = path.trim_end_matches('/');
    if scheme.is_empty() {
        format!("{}{path}", host.to_ascii_lowercase())
    } else {
        format!("{}://{}{path}", scheme.to_ascii_lowercase(), host.to_ascii_lowercase())
    }
}

/// True when `name` (a JSON key or CSV header) is one of `names`, ignoring case.
pub fn is_one_of(name: &str, names: &[&str]) -> bool {
    names.iter().any(|n| n.eq_ignore_ascii_case(name.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_prefers_id_then_url() {
        assert_eq!(identity(Some("r/1"), Some("http://a"), || "f:1".into()), "r/1");
        assert_eq!(
            identity(None, Some("HTTP://News.EXAMPLE.com/a/b/#x"), || "f:1".into()),
            "http://news.example.com/a/b"
        );
        assert_eq!(identity(Some(" "), None, || "f:1".into()), "f:1");
    }

    #[test]
    fn a_record_without_text_is_refused() {
        let f = RecordFields { title: Some("t".into()), body: Some("  ".into()), ..RecordFields::default() };
        assert!(
            build_article(f, Fallback::Record("x"), "x.csv", 2, false).is_err_and(|e| e.starts_with("no article text"))
        );
    }
}
