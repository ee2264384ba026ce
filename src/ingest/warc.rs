//! WARC archives (web crawls): every `response` record whose HTTP payload is HTML is read
//! as an article page, with the record's `WARC-Target-URI` as its link and identity.
//!
//! A small reader of our own rather than the `warc` crate: that one reads bodies line by
//! line without bound and cannot skip a record it does not want. Here a record's block is
//! read only when it is a response of at most [`MAX_LINE`] bytes; anything else is skipped
//! by its `Content-Length` without being held in memory. Chunked transfer coding and gzip
//! content coding of the payload are undone.

use super::source::{Line, MAX_EMPTY_LINES, MAX_LINE, read_line};
use super::{Item, Problem, decode, html};
use std::io::{BufRead, Read};

/// Longest WARC or HTTP header line accepted.
const MAX_HEADER_LINE: usize = 64 << 10;

/// A WARC record's header fields that matter here.
#[derive(Debug, Default)]
struct Header {
    kind: String,
    uri: Option<String>,
    length: Option<u64>,
}

struct Records {
    reader: Box<dyn BufRead>,
    path: String,
    file_id: String,
    day_first: bool,
    record: usize,
    done: bool,
}

/// Streams the articles of a WARC file.
/// `day_first` reads numeric publication dates day first.
pub fn read(reader: Box<dyn BufRead>, path: String, file_id: String, day_first: bool) -> impl Iterator<Item = Item> {
    let mut records = Records { reader, path, file_id, day_first, record: 0, done: false };
    std::iter::from_fn(move || records.next_item())
}

impl Records {
    fn problem(&self, reason: String) -> Item {
        Item::Skipped(Problem {
            path: self.path.clone(),
            line: None,
            reason: format!("record {}: {reason}", self.record),
        })
    }

    /// The next article or problem; `None` at the end. Non-HTML records are passed over.
    fn next_item(&mut self) -> Option<Item> {
        while !self.done {
            self.record += 1;
            let header = match self.header() {
                Ok(Some(h)) => h,
                Ok(None) => return None,
                Err(reason) => {
                    self.done = true;
                    return Some(self.problem(reason));
                }
            };
            let Some(length) = header.length else {
                self.done = true;
                return Some(self.problem("no Content-Length; the rest of the file is skipped".into()));
            };
            let wanted = header.kind.eq_ignore_ascii_case("response");
            if !wanted || length > MAX_LINE as u64 {
                if let Err(e) = std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink()) {
                    self.done = true;
                    return Some(self.problem(e.to_string()));
                }
                if wanted {
                    return Some(self.problem(format!("{length} bytes, over the {} MiB limit", MAX_LINE >> 20)));
                }
                continue;
            }
            let mut block = Vec::new();
            match (&mut self.reader).take(length).read_to_end(&mut block) {
                Ok(n) if n as u64 == length => {}
                Ok(_) => {
                    self.done = true;
                    return Some(self.problem("truncated record".into()));
                }
                Err(e) => {
                    self.done = true;
                    return Some(self.problem(e.to_string()));
                }
            }
            if let Some(item) = self.article(&block, header.uri.as_deref()) {
                return Some(item);
            }
        }
        None
    }

    /// Reads the next record's header; `Ok(None)` at the end of the file.
    fn header(&mut self) -> Result<Option<Header>, String> {
        let mut buf = Vec::new();
        // Skip the blank lines that end the previous record (a few, not a file of them).
        for blank in 0.. {
            if blank > MAX_EMPTY_LINES {
                return Err(format!("over {MAX_EMPTY_LINES} empty lines in a row; the rest of the file is skipped"));
            }
            match read_line(&mut self.reader, &mut buf, MAX_HEADER_LINE).map_err(|e| e.to_string())? {
                Line::Eof => return Ok(None),
                Line::TooLong(_) => return Err("not a WARC file (no WARC/1.x header)".into()),
                Line::Line if buf.trim_ascii().is_empty() => continue,
                Line::Line if buf.starts_with(b"WARC/") => break,
                Line::Line => return Err("not a WARC file (no WARC/1.x header)".into()),
            }
        }
        let mut header = Header::default();
        for _ in 0..1_000 {
            match read_line(&mut self.reader, &mut buf, MAX_HEADER_LINE).map_err(|e| e.to_string())? {
                Line::Eof => return Err("truncated record header".into()),
                Line::TooLong(_) => return Err("header line too long".into()),
                Line::Line => {}
            }
            let line = String::from_utf8_lossy(buf.trim_ascii());
            if line.is_empty() {
                return Ok(Some(header));
            }
            let Some((name, value)) = line.split_once(':') else { continue };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => header.kind = value.to_owned(),
                "warc-target-uri" => header.uri = Some(value.trim_matches(['<', '>']).to_owned()),
                "content-length" => header.length = value.parse().ok(),
                _ => {}
            }
        }
        Err("record header with more than 1,000 lines".into())
    }

    /// The article of an HTTP response block, or `None` when it is not an HTML page.
    fn article(&self, block: &[u8], uri: Option<&str>) -> Option<Item> {
        let split = block
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map(|i| (i, i + 4))
            .or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2)))?;
        let head = String::from_utf8_lossy(&block[..split.0]).to_ascii_lowercase();
        let header = |name: &str| {
            head.lines().find_map(|l| l.split_once(':').filter(|(n, _)| n.trim() == name).map(|(_, v)| v.trim()))
        };
        if !header("content-type").is_some_and(|t| t.contains("html")) {
            return None;
        }
        let mut payload = block[split.1..].to_vec();
        if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
            payload = dechunk(&payload);
        }
        if header("content-encoding").is_some_and(|t| t.contains("gzip")) {
            let mut out = Vec::new();
            let gz = flate2::read::MultiGzDecoder::new(&payload[..]);
            if let Err(e) = gz.take(MAX_LINE as u64).read_to_end(&mut out) {
                return Some(self.problem(format!("bad gzip payload: {e}")));
            }
            payload = out;
        }
        let (text, _) = decode(&payload);
        let fallback = format!("{}:{}", self.file_id, self.record);
        Some(match html::parse(&text, fallback, &self.path, uri, self.day_first) {
            Ok(a) => Item::Article(Box::new(a)),
            Err(reason) => self.problem(format!("{}: {reason}", uri.unwrap_or("no URI"))),
        })
    }
}

/// Undoes HTTP chunked transfer coding; stops at the first malformed chunk.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&data[..eol])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok());
        let Some(size) = size.filter(|&s| s > 0) else { break };
        let start = eol + 2;
        let Some(end) = start.checked_add(size) else { break };
        let Some(chunk) = data.get(start..end) else { break };
        out.extend_from_slice(chunk);
        data = data.get(end.saturating_add(2)..).unwrap_or(&[]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    #[test]
    fn html_responses_become_articles() {
        let page = "<html><head><title>T</title></head><body><article><p>The mayor said the bridge \
                    would open next week after years of delay and dispute in the council.</p></article></body></html>";
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}");
        let warc = record("warcinfo", "", "software: test\r\n")
            + &record("request", "http://a.example/x", "GET /x HTTP/1.1\r\n\r\n")
            + &record("response", "http://a.example/x", &http)
            + &record("response", "http://a.example/img", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG");
        let items: Vec<Item> =
            read(Box::new(std::io::Cursor::new(warc.into_bytes())), "c.warc".into(), "c".into(), false).collect();
        assert_eq!(items.len(), 1, "{items:?}");
        let Item::Article(a) = &items[0] else { panic!("{items:?}") };
        assert_eq!((a.id.as_str(), a.url.as_deref()), ("http://a.example/x", Some("http://a.example/x")));
        assert!(a.body.contains("bridge would open"));
    }

    #[test]
    fn garbage_is_one_problem() {
        let items: Vec<Item> =
            read(Box::new(std::io::Cursor::new(b"hello\nworld\n".to_vec())), "c.warc".into(), "c".into(), false)
                .collect();
        assert!(matches!(&items[..], [Item::Skipped(p)] if p.reason.contains("not a WARC file")));
    }

    #[test]
    fn chunks_are_joined() {
        assert_eq!(dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"), b"Wikipedia");
    }
}
