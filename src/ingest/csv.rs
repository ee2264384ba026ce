//! CSV with a header row: one article per record, columns named like JSON fields
//! (`title`/`headline`, `body`/`text`/`content`, `date`/`published`, `url`/`link`,
//! `outlet`/`source`, `id`), matched case-insensitively. Records are streamed. A file that
//! ends inside a quoted field (an unterminated quote read the rest of it as one field) has
//! that last record reported and skipped, with the lines it swallowed.

use super::fields::{self, Fallback, RecordFields, build_article};
use super::{Item, Problem, decode};
use std::cell::Cell;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

/// Bytes one record may take, its quoted line breaks included (as a JSON Lines line).
const MAX_RECORD: usize = super::source::MAX_LINE;

/// A reader that fails once a record has taken more than [`MAX_RECORD`] bytes, so that an
/// unclosed quote cannot pull the rest of a file into memory. `used` is reset per record.
struct RecordBudget {
    inner: Box<dyn BufRead>,
    used: Rc<Cell<usize>>,
    /// Double quotes read so far in the file: an odd count at its end means it ended inside
    /// a quoted field.
    quotes: Rc<Cell<usize>>,
}

impl Read for RecordBudget {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.used.get() > MAX_RECORD {
            return Err(io::Error::other(format!(
                "record over the {} MiB limit (an unclosed quote?)",
                MAX_RECORD >> 20
            )));
        }
        let n = self.inner.read(buf)?;
        self.used.set(self.used.get() + n);
        self.quotes.set(self.quotes.get() + buf[..n].iter().filter(|&&b| b == b'"').count());
        Ok(n)
    }
}

/// Column positions of the fields an article needs.
#[derive(Debug, Default)]
struct Columns {
    id: Option<usize>,
    title: Option<usize>,
    body: Option<usize>,
    date: Option<usize>,
    url: Option<usize>,
    outlet: Option<usize>,
}

impl Columns {
    fn from_header(header: &[String]) -> Columns {
        // The first matching name in preference order wins, whatever its column.
        let find = |names: &[&str]| {
            names.iter().find_map(|n| header.iter().position(|h| fields::is_one_of(h, std::slice::from_ref(n))))
        };
        Columns {
            id: find(fields::ID),
            title: find(fields::TITLE),
            body: find(fields::BODY),
            date: find(fields::DATE),
            url: find(fields::URL),
            outlet: find(fields::OUTLET),
        }
    }
}

/// Streams the articles of a CSV file.
pub fn read(
    reader: Box<dyn BufRead>,
    path: String,
    file_id: String,
    day_first: bool,
) -> Box<dyn Iterator<Item = Item>> {
    let used = Rc::new(Cell::new(0));
    let quotes = Rc::new(Cell::new(0));
    let budget = RecordBudget { inner: reader, used: Rc::clone(&used), quotes: Rc::clone(&quotes) };
    let mut csv = csv::ReaderBuilder::new().flexible(true).has_headers(true).from_reader(budget);
    let problem = |line: Option<usize>, reason: String| Problem { path: path.clone(), line, reason };
    let header: Vec<String> = match csv.byte_headers() {
        Ok(h) => h.iter().map(|f| decode(f).0.trim_start_matches('\u{feff}').to_owned()).collect(),
        Err(e) => return Box::new(std::iter::once(Item::Skipped(problem(Some(1), format!("bad CSV header: {e}"))))),
    };
    let columns = Columns::from_header(&header);
    if columns.body.is_none() {
        let reason = format!("no text column in the header (expected one of: {})", fields::BODY.join(", "));
        return Box::new(std::iter::once(Item::Skipped(problem(Some(1), reason))));
    }
    let mut record = csv::ByteRecord::new();
    let mut done = false;
    // Each record is held back until the next is read: the last one may turn out to be an
    // unterminated quote that swallowed the rest of the file.
    let mut pending: Option<(Item, usize)> = None;
    Box::new(std::iter::from_fn(move || {
        loop {
            if done {
                return pending.take().map(|(item, _)| item);
            }
            let result = csv.read_byte_record(&mut record);
            used.set(0);
            let next = match result {
                Ok(false) => {
                    done = true;
                    let end = csv.position().line() as usize;
                    return pending.take().map(|(item, start)| {
                        if quotes.get() % 2 == 1 && end > start + 1 {
                            let reason = format!(
                                "unterminated quote: lines {start}-{end} were read as one field; record skipped"
                            );
                            Item::Skipped(Problem { path: path.clone(), line: Some(start), reason })
                        } else {
                            item
                        }
                    });
                }
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line() as usize);
                    let get = |col: Option<usize>| {
                        col.and_then(|c| record.get(c)).map(|b| decode(b).0.trim().to_owned()).filter(|s| !s.is_empty())
                    };
                    let f = RecordFields {
                        id: get(columns.id),
                        title: get(columns.title),
                        body: get(columns.body),
                        date: get(columns.date),
                        url: get(columns.url),
                        outlet: get(columns.outlet),
                    };
                    let item = match build_article(f, Fallback::Record(&file_id), &path, line, day_first) {
                        Ok(a) => Item::Article(Box::new(a)),
                        Err(reason) => Item::Skipped(Problem { path: path.clone(), line: Some(line), reason }),
                    };
                    (item, line)
                }
                Err(e) => {
                    // Malformed input or a read error: the parser's position is no longer
                    // trustworthy, so the rest of the file is given up, said once.
                    done = true;
                    let line = e.position().map(|p| p.line() as usize);
                    (Item::Skipped(Problem { path: path.clone(), line, reason: format!("bad CSV: {e}") }), 0)
                }
            };
            if let Some((item, _)) = pending.replace(next) {
                return Some(item);
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str) -> Vec<Item> {
        read(Box::new(std::io::Cursor::new(text.as_bytes().to_vec())), "a.csv".into(), "a".into(), false).collect()
    }

    #[test]
    fn columns_are_found_by_name_and_records_by_line() {
        let items = read_str(
            "Headline,Link,Text,published\nA,http://x/a,\"He said: \"\"yes\"\".\nSecond line.\",2024-01-02\nB,,,\n",
        );
        let Some(Item::Article(a)) = items.first() else { panic!("{items:?}") };
        assert_eq!((a.title.as_deref(), a.id.as_str()), (Some("A"), "http://x/a"));
        assert!(a.body.contains("\"yes\""));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-01-02"));
        assert!(matches!(&items[1], Item::Skipped(p) if p.to_string().starts_with("a.csv:4: no article text")));
    }

    #[test]
    fn an_unclosed_quote_is_cut_off_at_the_record_limit() {
        let text = format!("title,body\nok,\"fine\"\nbad,\"{}", "x".repeat(MAX_RECORD + (64 << 10)));
        let items = read_str(&text);
        assert!(matches!(&items[0], Item::Article(_)), "{:?}", &items[0]);
        assert!(
            items.iter().any(|i| matches!(i, Item::Skipped(p) if p.reason.contains("MiB limit"))),
            "no limit reported: {:?}",
            items.iter().map(|i| format!("{i:?}").chars().take(120).collect::<String>()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_unterminated_quote_that_swallows_the_rest_is_reported() {
        let items = read_str("title,body\nA,\"first text\"\nB,\"open quote\nC,third text\nD,fourth\n");
        let skipped: Vec<String> =
            items.iter().filter_map(|i| if let Item::Skipped(p) = i { Some(p.to_string()) } else { None }).collect();
        assert_eq!(items.iter().filter(|i| matches!(i, Item::Article(_))).count(), 1);
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert!(skipped[0].starts_with("a.csv:3: unterminated quote: lines 3-"), "{skipped:?}");
        // A closed quote spanning lines, and a stray quote on one line, are no such thing.
        let fine = read_str("title,body\nA,\"two\nlines\"\nB,5\" screen\n");
        assert_eq!(fine.iter().filter(|i| matches!(i, Item::Article(_))).count(), 2);
    }

    #[test]
    fn a_header_without_text_is_refused() {
        let items = read_str("name,age\nx,1\n");
        assert!(matches!(&items[..], [Item::Skipped(p)] if p.reason.starts_with("no text column")));
    }
}
