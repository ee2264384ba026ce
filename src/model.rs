//! The types that flow between the pipeline's stages: an [`Article`] as read, its
//! [`Passage`]s, the [`Quote`]s found in them, and the tags attached to both.
//!
//! Offsets are byte offsets into [`Article::body`], so every quote and passage can be cited
//! and shown in context.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A calendar date, as news articles carry them (no time of day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: i16,
    /// Month, 1..=12.
    pub month: i8,
    /// Day of the month, 1..=31.
    pub day: i8,
}

impl Date {
    /// Builds a date if it exists in the calendar.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        jiff::civil::Date::new(year, month, day).ok()?;
        Some(Date { year, month, day })
    }

    /// `YYYYMMDD` as a number: orders like the date and makes range queries cheap.
    pub fn as_number(self) -> u64 {
        self.year as u64 * 10_000 + self.month as u64 * 100 + self.day as u64
    }

    /// Inverse of [`Date::as_number`].
    pub fn from_number(n: u64) -> Option<Date> {
        let year = i16::try_from(n / 10_000).ok()?;
        Date::new(year, ((n / 100) % 100) as i8, (n % 100) as i8)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where an article's publication date came from, most trusted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// A metadata field (JSON/CSV `date`, HTML `article:published_time`).
    Metadata,
    /// A header line of a text file ("12 November 2025" above the title).
    Header,
    /// Given at ingest for articles without one (`--date`, `--date-from-path`).
    Given,
    /// Only the body's opening words mention it: a guess, with lower confidence.
    Body,
}

impl DateSource {
    /// The name used in JSON output and the index.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Metadata => "metadata",
            DateSource::Header => "header",
            DateSource::Given => "given",
            DateSource::Body => "body",
        }
    }
}

/// One news article as a reader produced it, before analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// Stable identifier: the record's `id`, else its URL, else the file's path below the
    /// ingest root, named from the root's folder (`bbc/business/001`); a record of a
    /// file of many records without either is known by its file and its text
    /// (`feed#9c0f3e1a2b4d5e6f`), so that records moving within a file keep their ids.
    pub id: String,
    /// Headline, when the input has one.
    pub title: Option<String>,
    /// Publication outlet ("Reuters", "The Guardian").
    pub outlet: Option<String>,
    /// Link to the original.
    pub url: Option<String>,
    /// Publication date from metadata or the text's header.
    pub date: Option<Date>,
    /// Where `date` came from; readers that take it from metadata may leave this `None`.
    pub date_source: Option<DateSource>,
    /// The date as the input wrote it (a metadata field, a header block), so that it can be
    /// read again day first (`12/11/2025` as 12 November) when asked.
    pub date_text: Option<String>,
    /// The file the article was read from.
    pub source_path: String,
    /// Line of `source_path` where the record starts (1 for whole-file articles).
    pub source_line: usize,
    /// Article text without headline and header lines; passages point into it.
    pub body: String,
}

impl Article {
    /// The line reports give for this article: none for a whole-file article or a record
    /// on the first line (line 1), the record's line otherwise.
    pub fn shown_line(&self) -> Option<usize> {
        Some(self.source_line).filter(|&l| l > 1)
    }

    /// Where the article was read, as reports say it: `path` or `path:line`.
    pub fn place(&self) -> String {
        match self.shown_line() {
            Some(line) => format!("{}:{line}", self.source_path),
            None => self.source_path.clone(),
        }
    }

    /// The article's content key (see [`content_key`]).
    pub fn content_key(&self) -> String {
        content_key(self.title.as_deref(), &self.body)
    }
}

/// The content key of an article: 16 hex digits of a stable hash of its title and text,
/// white space collapsed (so re-wrapped or re-encoded line ends do not matter).
/// Hashed word by word, without a copy of the text: an article may be tens of megabytes.
pub fn content_key(title: Option<&str>, body: &str) -> String {
    use crate::normalize::{STABLE_HASH_START, stable_hash_more};
    let words = |h: u64, text: &str| {
        text.split_whitespace()
            .enumerate()
            .fold(h, |h, (i, w)| stable_hash_more(if i > 0 { stable_hash_more(h, b" ") } else { h }, w.as_bytes()))
    };
    let h = words(STABLE_HASH_START, title.unwrap_or_default());
    format!("{:016x}", words(stable_hash_more(h, b"\n"), body))
}

/// A span of an article's body that is indexed and shown as one unit: a paragraph, or part
/// of a long paragraph cut at a sentence boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// 1-based paragraph number within the article.
    pub paragraph: usize,
    /// Byte range in the article body.
    pub span: Range<usize>,
}

/// A direct quotation found in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Byte range of `text` in the article body.
    pub span: Range<usize>,
    /// Index into the article's passages of the passage that holds the quote's start.
    pub passage: usize,
    /// Canonical speaker ("Gustavo Petro"), or `None` when no speaker was found.
    pub speaker: Option<String>,
    /// The words the speaker was resolved from ("he", "President Petro", "a senior official").
    pub speaker_mention: Option<String>,
    /// The reporting verb or phrase that cues the quote ("wrote", "according to").
    pub cue: Option<String>,
    /// A short phrase quoted inside the reporter's own sentence, not a full quotation.
    pub fragment: bool,
    /// The attribution pass that decided the speaker ("cue-after", "split"), then each
    /// after-pass that changed it, joined by `+` ("cue-after+apposed-name"); `None` when
    /// no pass applied.
    pub rule: Option<String>,
    /// For a quotation nested in another (`"… he told me 'no' …"`), the index in the
    /// article's quotes of the one it is nested in, which comes just before it and its
    /// siblings; `None` for a quotation of the reporter's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<usize>,
}

/// A reported statement: what a source said, given without quotation marks ("Petro said
/// the strikes violated international law"). Never a direct quote: cite it as a paraphrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The content clause ("the strikes violated international law"), white space collapsed;
    /// the words on both sides of a source set in the middle ("A, X said, B") joined.
    pub text: String,
    /// Byte range in the article body from the content's first word to its last.
    pub span: Range<usize>,
    /// Index into the article's passages of the passage that holds the content's start.
    pub passage: usize,
    /// Canonical speaker, as for a quote; `None` when no source was found.
    pub speaker: Option<String>,
    /// The source as written ("he", "the ministry", "a senior official").
    pub speaker_mention: Option<String>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<String>,
    /// The reported-speech pass that found it ("cue-clause", "according-to").
    pub rule: String,
}

/// A country referred to in an article, by ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct CountryTag {
    /// ISO 3166-1 alpha-2 code (or a historical ISO 3166-3 code such as `SU`).
    pub code: String,
    /// English short name.
    pub name: String,
    /// True when only implied (a city, a state, a government metonym), never named.
    pub implied: bool,
}

/// Entities found in a text: the tags that filters use.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Entities {
    /// Canonical full names of people.
    pub persons: Vec<String>,
    /// Countries named or implied.
    pub countries: Vec<CountryTag>,
    /// Organisations by canonical name.
    pub organizations: Vec<String>,
}

/// An article with everything extraction found in it: what the index stores.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyzedArticle {
    /// The article as read.
    pub article: Article,
    /// Its passages, in order.
    pub passages: Vec<Passage>,
    /// Its quotes, in order.
    pub quotes: Vec<Quote>,
    /// Its reported statements (speech without quotation marks), in order.
    pub reported: Vec<Reported>,
    /// Entities of the whole article.
    pub entities: Entities,
    /// Entities of each passage, parallel to `passages`.
    pub passage_entities: Vec<Entities>,
}
