//! What the user says about articles that do not say it themselves (`ingest --outlet`,
//! `--date`, `--date-from-path`): a folder of plain text files has no metadata, so its
//! citations would read "undated" with no outlet. An article's own outlet and date (a
//! metadata field, a text file's header line) always win; a given date also wins over a
//! date guessed from the body's opening words, which is never looked for when one is given.

use crate::dates::find_date;
use crate::model::{Article, Date, DateSource};
use regex::Regex;

/// The outlet and date to give articles that lack them.
#[derive(Debug, Clone, Default)]
pub struct Given {
    /// `--outlet`.
    pub outlet: Option<String>,
    /// `--date`.
    pub date: Option<Date>,
    /// `--date-from-path`.
    pub date_from_path: Option<PathPattern>,
}

impl Given {
    /// Reads `--outlet`, `--date` and `--date-from-path` as written; a date or a pattern that
    /// cannot be read is said why.
    pub fn new(
        outlet: Option<&str>,
        date: Option<&str>,
        date_from_path: Option<&str>,
        day_first: bool,
    ) -> Result<Given, String> {
        let outlet = outlet.map(str::trim).filter(|o| !o.is_empty()).map(str::to_owned);
        let date = match date {
            None => None,
            Some(text) => Some(
                find_date(text, day_first)
                    .filter(|_| text.trim().chars().any(|c| c.is_ascii_digit()))
                    .ok_or_else(|| format!("cannot read the date `{text}`: give a day, e.g. 2025-11-12"))?,
            ),
        };
        let date_from_path = date_from_path.map(PathPattern::new).transpose()?;
        Ok(Given { outlet, date, date_from_path })
    }

    /// Gives `article` what it lacks. Returns a warning when the pattern does not find a date
    /// in its path (the article stays undated).
    pub fn apply(&self, article: &mut Article) -> Option<String> {
        if article.outlet.is_none() {
            article.outlet.clone_from(&self.outlet);
        }
        if article.date.is_some() {
            return None;
        }
        let (date, warning) = match (&self.date, &self.date_from_path) {
            (Some(d), _) => (Some(*d), None),
            (None, Some(p)) => match p.date_in(&article.source_path) {
                Some(d) => (Some(d), None),
                None => (None, Some(format!("no date in its path matches --date-from-path `{}`", p.text))),
            },
            (None, None) => (None, None),
        };
        if date.is_some() {
            article.date = date;
            article.date_source = Some(DateSource::Given);
        }
        warning
    }
}

/// A `--date-from-path` pattern: `YYYY`, `MM` and `DD` stand for the year, month and day,
/// every other character for itself (`YYYY/MM/DD`, `YYYY-MM-DD`, `YYYYMMDD`); found anywhere
/// in an article's path, the last match winning (the file's name over its folders').
#[derive(Debug, Clone)]
pub struct PathPattern {
    text: String,
    regex: Regex,
}

impl PathPattern {
    /// Reads a pattern; it must hold `YYYY`, `MM` and `DD` once each.
    pub fn new(text: &str) -> Result<PathPattern, String> {
        let refuse =
            |why: &str| format!("cannot read --date-from-path `{text}`: {why} (e.g. YYYY/MM/DD or YYYY-MM-DD)");
        for part in ["YYYY", "MM", "DD"] {
            if text.matches(part).count() != 1 {
                return Err(refuse(&format!("it needs {part} once")));
            }
        }
        let mut pattern = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let (piece, len) = if rest.starts_with("YYYY") {
                ("(?P<y>[0-9]{4})".to_owned(), 4)
            } else if rest.starts_with("MM") {
                ("(?P<m>[0-9]{2})".to_owned(), 2)
            } else if rest.starts_with("DD") {
                ("(?P<d>[0-9]{2})".to_owned(), 2)
            } else {
                (regex::escape(&c.to_string()), c.len_utf8())
            };
            pattern.push_str(&piece);
            rest = &rest[len..];
        }
        let regex = Regex::new(&pattern).map_err(|e| refuse(&e.to_string()))?;
        Ok(PathPattern { text: text.to_owned(), regex })
    }

    /// The date the pattern finds in `path` (its last match that is a real day).
    pub fn date_in(&self, path: &str) -> Option<Date> {
        let path = path.replace('\\', "/");
        let mut found = None;
        let mut at = 0;
        while let Some(c) = self.regex.captures_at(&path, at) {
            let number = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
            let day =
                (|| Date::new(number("y")?, i8::try_from(number("m")?).ok()?, i8::try_from(number("d")?).ok()?))();
            found = day.or(found);
            at = c.get(0).map_or(path.len(), |m| m.start() + 1);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(path: &str) -> Article {
        Article { source_path: path.into(), ..Article::default() }
    }

    #[test]
    fn patterns_find_dates_in_paths() {
        let d = |p: &str, path: &str| PathPattern::new(p).ok().and_then(|p| p.date_in(path));
        assert_eq!(d("YYYY/MM/DD", "news/2024/03/05/strike.txt"), Date::new(2024, 3, 5));
        assert_eq!(d("YYYY-MM-DD", "bbc/2005-01-31-budget.txt"), Date::new(2005, 1, 31));
        assert_eq!(d("YYYYMMDD", "a/19870305.txt"), Date::new(1987, 3, 5));
        assert_eq!(d("YYYYMMDD", "20241301/19870305.txt"), Date::new(1987, 3, 5), "a real day, the last");
        assert_eq!(d("YYYY-MM-DD", "bbc/business/001.txt"), None);
        assert!(PathPattern::new("YYYY/MM").is_err_and(|e| e.contains("it needs DD once")));
        assert!(PathPattern::new("YYYY.MM.DD").is_ok_and(|p| p.date_in("x/2024a03b05").is_none()), "dots are dots");
    }

    #[test]
    fn an_articles_own_outlet_and_date_win() {
        let given = Given::new(Some("Valley Post"), None, Some("YYYY/MM/DD"), false).unwrap_or_default();
        let mut own =
            Article { outlet: Some("Reuters".into()), date: Date::new(2020, 1, 2), ..article("2024/03/05/a.txt") };
        assert_eq!(given.apply(&mut own), None);
        assert_eq!((own.outlet.as_deref(), own.date), (Some("Reuters"), Date::new(2020, 1, 2)));
        let mut bare = article("2024/03/05/a.txt");
        assert_eq!(given.apply(&mut bare), None);
        assert_eq!((bare.outlet.as_deref(), bare.date), (Some("Valley Post"), Date::new(2024, 3, 5)));
        assert_eq!(bare.date_source, Some(DateSource::Given));
        let mut lost = article("misc/a.txt");
        assert!(given.apply(&mut lost).is_some_and(|w| w.contains("--date-from-path `YYYY/MM/DD`")));
        assert_eq!(lost.date, None);
        assert!(Given::new(None, Some("someday"), None, false).is_err());
        assert_eq!(Given::new(None, Some("12/11/2025"), None, true).ok().and_then(|g| g.date), Date::new(2025, 11, 12));
    }
}
