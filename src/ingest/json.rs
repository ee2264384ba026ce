//! JSON and JSON Lines as scrapers export them: one object per article, with the usual
//! field names (`title`/`headline`, `body`/`text`/`content`, `date`/`published`/...).

use super::fields::{self, Fallback, RecordFields, build_article};
use super::source::{Line, MAX_EMPTY_LINES, MAX_LINE, read_line};
use super::{Item, Problem, decode};
use crate::model::Article;
use serde_json::{Map, Value};
use std::io::BufRead;

/// Streams a JSON Lines file, one article per non-empty line. A line longer than
/// [`MAX_LINE`] is skipped without being held in memory; after [`MAX_EMPTY_LINES`] empty
/// lines in a row, the rest of the file is.
pub fn read_lines(
    mut reader: Box<dyn BufRead>,
    path: String,
    file_id: String,
    day_first: bool,
) -> impl Iterator<Item = Item> {
    let mut line_no = 0;
    let mut buf = Vec::new();
    let mut empty_run = 0;
    // A warning about a line waits here while the line's article is handed out first.
    let mut pending: Option<Item> = None;
    std::iter::from_fn(move || {
        if let Some(item) = pending.take() {
            return Some(item);
        }
        loop {
            line_no += 1;
            let problem = |reason: String| Problem { path: path.clone(), line: Some(line_no), reason };
            match read_line(&mut reader, &mut buf, MAX_LINE) {
                Ok(Line::Eof) => return None,
                Ok(Line::TooLong(n)) => {
                    return Some(Item::Skipped(problem(format!(
                        "line of {n} bytes, over the {} MiB limit",
                        MAX_LINE >> 20
                    ))));
                }
                Err(e) => {
                    // A read error (corrupt archive, I/O) ends the file: retrying would loop.
                    buf.clear();
                    let item = Item::Skipped(problem(e.to_string()));
                    reader = Box::new(std::io::empty());
                    return Some(item);
                }
                Ok(Line::Line) => {}
            }
            let (text, warning) = decode(&buf);
            let text = text.trim();
            if text.is_empty() {
                empty_run += 1;
                if empty_run > MAX_EMPTY_LINES {
                    reader = Box::new(std::io::empty());
                    let reason =
                        format!("over {MAX_EMPTY_LINES} empty lines in a row; the rest of the file is skipped");
                    return Some(Item::Skipped(problem(reason)));
                }
                continue;
            }
            empty_run = 0;
            // A line in a legacy encoding is read, and said so (shown with --verbose).
            pending = warning.map(|reason| Item::Warning(problem(reason)));
            return Some(match serde_json::from_str::<Value>(text) {
                Ok(Value::Object(obj)) => match article(&obj, Fallback::Record(&file_id), &path, line_no, day_first) {
                    Ok(a) => Item::Article(Box::new(a)),
                    Err(reason) => Item::Skipped(problem(reason)),
                },
                Ok(other) => Item::Skipped(problem(format!("expected a JSON object, found {}", kind(&other)))),
                Err(e) => Item::Skipped(problem(format!("invalid JSON: {e}"))),
            });
        }
    })
}

/// Reads a whole JSON document: one article, an array of them, or `{"articles": [...]}`.
pub fn read_document(text: &str, path: &str, file_id: &str, day_first: bool) -> Vec<Item> {
    let problem = |line: Option<usize>, reason: String| Problem { path: path.to_owned(), line, reason };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return vec![Item::Skipped(problem(Some(e.line()), format!("invalid JSON: {e}")))];
        }
    };
    let records = match value {
        Value::Array(items) => items,
        Value::Object(mut obj) => match obj.remove("articles") {
            Some(Value::Array(items)) => items,
            Some(other) => {
                obj.insert("articles".into(), other);
                vec![Value::Object(obj)]
            }
            None => vec![Value::Object(obj)],
        },
        _ => {
            return vec![Item::Skipped(problem(None, "expected a JSON object or array".into()))];
        }
    };
    if records.is_empty() {
        return vec![Item::Skipped(problem(None, "no articles (an empty array)".into()))];
    }
    let single = records.len() == 1;
    records
        .into_iter()
        .enumerate()
        .map(|(i, record)| {
            let id = if single { Fallback::File(file_id) } else { Fallback::Record(file_id) };
            let Value::Object(obj) = record else {
                return Item::Skipped(problem(None, format!("record {}: expected a JSON object", i + 1)));
            };
            match article(&obj, id, path, 1, day_first) {
                Ok(a) => Item::Article(Box::new(a)),
                Err(reason) => Item::Skipped(problem(None, format!("record {}: {reason}", i + 1))),
            }
        })
        .collect()
}

/// The first of `names` present as a string; an error when present with another type.
fn string_field(obj: &Map<String, Value>, names: &[&str]) -> Result<Option<String>, String> {
    for name in names {
        match obj.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) if s.trim().is_empty() => continue,
            Some(Value::String(s)) => return Ok(Some(s.trim().to_owned())),
            Some(Value::Number(n)) => return Ok(Some(n.to_string())),
            // An outlet given as {"name": "..."}, as some exporters do.
            Some(Value::Object(o)) if o.get("name").is_some_and(Value::is_string) => {
                return Ok(o.get("name").and_then(Value::as_str).map(str::to_owned));
            }
            Some(other) => {
                return Err(format!("field `{name}` should be a string, not {}", kind(other)));
            }
        }
    }
    Ok(None)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn article(
    obj: &Map<String, Value>,
    fallback: Fallback,
    path: &str,
    line: usize,
    day_first: bool,
) -> Result<Article, String> {
    let record = RecordFields {
        id: string_field(obj, fields::ID)?,
        title: string_field(obj, fields::TITLE)?,
        body: string_field(obj, fields::BODY)?,
        date: string_field(obj, fields::DATE)?,
        url: string_field(obj, fields::URL)?,
        outlet: string_field(obj, fields::OUTLET)?,
    };
    // A body field that is there but holds nothing is said so, by name.
    if record.body.is_none()
        && let Some(name) =
            fields::BODY.iter().find(|n| obj.get(**n).and_then(Value::as_str).is_some_and(|b| b.trim().is_empty()))
    {
        return Err(format!("empty body (field `{name}`)"));
    }
    build_article(record, fallback, path, line, day_first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content_key;

    fn read(text: &str) -> Vec<Item> {
        read_lines(Box::new(std::io::Cursor::new(text.as_bytes().to_vec())), "x.jsonl".into(), "x".into(), false)
            .collect()
    }

    #[test]
    fn usual_field_names_are_read() {
        let items = read(
            r#"{"headline":"H","text":"Body.","published":"Nov 12, 2025","link":"http://a","source":{"name":"AP"}}"#,
        );
        let Some(Item::Article(a)) = items.first() else { panic!("no article: {items:?}") };
        assert_eq!(a.title.as_deref(), Some("H"));
        assert_eq!(a.body, "Body.");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-11-12"));
        assert_eq!(a.outlet.as_deref(), Some("AP"));
        assert_eq!(a.id, "http://a", "without an id, the URL is the identity");
    }

    #[test]
    fn bad_lines_are_skipped_with_their_line_number() {
        let items = read(
            "{\"body\":\"ok\"}\n\n{broken\n{\"title\":\"no body\"}\n{\"body\": 5.5, \"title\": []}\n{\"body\": \" \\n \"}\n",
        );
        let problems: Vec<String> = items
            .iter()
            .filter_map(|i| match i {
                Item::Skipped(p) => Some(p.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("x.jsonl:3: invalid JSON"));
        assert!(problems[1].starts_with("x.jsonl:4: no article text"));
        assert!(problems[2].contains("`title` should be a string, not an array"));
        assert_eq!(problems[3], "x.jsonl:6: empty body (field `body`)");
    }

    #[test]
    fn documents_may_hold_arrays_of_articles() {
        let items = read_document(r#"[{"body":"a"},{"body":"b"}]"#, "d.json", "d", false);
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[1], Item::Article(a) if a.id == format!("d#{}", content_key(None, "b"))));
        // A record without id or URL is known by its text, not its place: records that move
        // within the file keep their ids.
        let moved = read_document(r#"[{"body":"new"},{"body":"a"},{"body":"b"}]"#, "d.json", "d", false);
        let ids = |items: &[Item]| -> Vec<String> {
            items.iter().filter_map(|i| if let Item::Article(a) = i { Some(a.id.clone()) } else { None }).collect()
        };
        assert_eq!(ids(&items), ids(&moved)[1..]);
        let single = read_document(r#"{"body":"a"}"#, "d.json", "d", false);
        assert!(matches!(&single[0], Item::Article(a) if a.id == "d"), "a file of one article is known by the file");
    }
}
