//! URL parameters: the query string of `/` and `/api/search` read into the same
//! [`SearchOptions`] the CLI's flags become, plus the output format. A parameter that is
//! unknown, repeated or of the wrong kind is refused with a message naming it; empty values
//! (what an HTML form sends for a field left blank) count as absent.

use crate::search::render::Format;
use crate::search::request::{Interval, SearchOptions, Sort};

/// Every parameter `/api/search` takes, in the order the OpenAPI document lists them.
pub const PARAMETERS: [&str; 22] = [
    "q",
    "passages",
    "reported",
    "speaker",
    "person",
    "country",
    "outlet",
    "full",
    "attributed",
    "from",
    "to",
    "sort",
    "limit",
    "offset",
    "facets",
    "histogram",
    "per_article",
    "facet_limit",
    "context",
    "format",
    "raw_csv",
    "bom",
];

/// The parameters that may be given more than once: any of their values matches.
pub const REPEATABLE: [&str; 3] = ["speaker", "country", "outlet"];

/// A search as the URL asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchParams {
    /// The search options, not yet validated.
    pub options: SearchOptions,
    /// `format=`: json (the default), jsonl, csv or markdown.
    pub format: Format,
    /// `raw_csv=true`: CSV cells as they are.
    pub raw_csv: bool,
    /// `bom=true`: CSV after a UTF-8 byte-order mark.
    pub bom: bool,
}

/// The `name=value` pairs of a query string, decoded; a malformed one is an error.
pub fn pairs(query: &str) -> Result<Vec<(String, String)>, String> {
    serde_urlencoded::from_str(query).map_err(|e| format!("cannot read the query string: {e}"))
}

/// Reads a query string.
pub fn parse(query: &str) -> Result<SearchParams, String> {
    let mut seen: Vec<String> = Vec::new();
    let mut p = SearchParams { options: SearchOptions::default(), format: Format::Json, raw_csv: false, bom: false };
    let o = &mut p.options;
    for (name, value) in pairs(query)? {
        if !PARAMETERS.contains(&name.as_str()) {
            return Err(format!("unknown parameter `{name}`: the parameters are {}", PARAMETERS.join(", ")));
        }
        if seen.contains(&name) && !REPEATABLE.contains(&name.as_str()) {
            return Err(format!("`{name}` is given more than once"));
        }
        seen.push(name.clone());
        let text = Some(value.clone()).filter(|v| !v.trim().is_empty());
        match name.as_str() {
            "q" => o.query = text,
            "speaker" => o.speaker.extend(text),
            "person" => o.person = text,
            "country" => o.country.extend(text),
            "outlet" => o.outlet.extend(text),
            "full" => o.full = flag(&name, &value)?,
            "attributed" => o.attributed = flag(&name, &value)?,
            "from" => o.from = text,
            "to" => o.to = text,
            "passages" => o.passages = flag(&name, &value)?,
            "reported" => o.reported = flag(&name, &value)?,
            "facets" => o.facets = flag(&name, &value)?,
            "per_article" => o.per_article = flag(&name, &value)?,
            "raw_csv" => p.raw_csv = flag(&name, &value)?,
            "bom" => p.bom = flag(&name, &value)?,
            "facet_limit" => o.facet_limit = number(&name, &value)?.unwrap_or(o.facet_limit),
            "context" => o.context = number(&name, &value)?.unwrap_or(0) as u64,
            "limit" => o.limit = number(&name, &value)?.unwrap_or(o.limit),
            "offset" => o.offset = number(&name, &value)?.unwrap_or(0),
            "sort" => o.sort = choice(&name, &value, &[("relevance", Sort::Relevance), ("date", Sort::Date)])?,
            "histogram" => {
                let intervals = [
                    ("year", Interval::Year),
                    ("month", Interval::Month),
                    ("week", Interval::Week),
                    ("day", Interval::Day),
                ];
                o.histogram = choice(&name, &value, &intervals)?
            }
            _ => {
                let formats = [
                    ("json", Format::Json),
                    ("jsonl", Format::Jsonl),
                    ("csv", Format::Csv),
                    ("markdown", Format::Markdown),
                ];
                p.format = choice(&name, &value, &formats)?.unwrap_or(Format::Json)
            }
        }
    }
    Ok(p)
}

/// `true`, `1`, `on` (a ticked checkbox) or `yes`; `false`, `0`, `off`, `no` or empty.
fn flag(name: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "on" | "yes" => Ok(true),
        "false" | "0" | "off" | "no" | "" => Ok(false),
        _ => Err(format!("invalid value `{value}` for `{name}`: use true or false")),
    }
}

fn number(name: &str, value: &str) -> Result<Option<usize>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse().map(Some).map_err(|_| format!("invalid value `{value}` for `{name}`: give a whole number"))
}

fn choice<T: Copy>(name: &str, value: &str, choices: &[(&str, T)]) -> Result<Option<T>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    match choices.iter().find(|(n, _)| n.eq_ignore_ascii_case(v)) {
        Some((_, c)) => Ok(Some(*c)),
        None => {
            let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
            Err(format!("invalid value `{value}` for `{name}`: possible values are {}", names.join(", ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_read() {
        let p = parse(
            "q=human+rights&passages=true&speaker=petro&person=Rubio&country=CO&from=2025&to=2025-12\
             &sort=date&limit=5&offset=10&facets=on&histogram=week&format=csv&raw_csv=1\
             &outlet=reuters&full=1&attributed=true&speaker=rand+paul&country=&country=CL",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let o = &p.options;
        assert_eq!(o.query.as_deref(), Some("human rights"));
        assert!(o.passages && o.facets && p.raw_csv && o.full && o.attributed);
        assert_eq!((&o.speaker, o.person.as_deref()), (&vec!["petro".to_owned(), "rand paul".into()], Some("Rubio")));
        assert_eq!((o.country.join(","), o.outlet.join(",")), ("CO,CL".to_owned(), "reuters".to_owned()));
        assert_eq!((o.from.as_deref(), o.to.as_deref()), (Some("2025"), Some("2025-12")));
        assert_eq!((o.sort, o.limit, o.offset, o.histogram), (Some(Sort::Date), 5, 10, Some(Interval::Week)));
        assert_eq!(p.format, Format::Csv);
    }

    #[test]
    fn blank_form_fields_count_as_absent() {
        let p = parse("q=&speaker=+&sort=&limit=&histogram=&passages=").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.options, SearchOptions::default());
    }

    #[test]
    fn mistakes_name_the_parameter() {
        let err = |q: &str| parse(q).err().unwrap_or_default();
        assert!(err("qq=x").starts_with("unknown parameter `qq`"));
        assert_eq!(err("q=a&q=b"), "`q` is given more than once");
        assert_eq!(err("limit=ten"), "invalid value `ten` for `limit`: give a whole number");
        assert_eq!(err("offset=-1"), "invalid value `-1` for `offset`: give a whole number");
        assert_eq!(err("sort=best"), "invalid value `best` for `sort`: possible values are relevance, date");
        assert!(err("facets=maybe").contains("use true or false"));
        assert!(err("format=xml").contains("json, jsonl, csv, markdown"));
        assert!(err("histogram=hour").contains("year, month, week, day"));
    }
}
