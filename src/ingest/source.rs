//! Opening an input file: decompression (gzip, zstd), size limits and byte counting.
//!
//! Compression is told by the magic bytes, so a `.gz` file that is not gzip is refused
//! with a clear reason and a gzip file without the extension is still read. Every read is
//! bounded: whole-document formats stop at [`MAX_DOCUMENT`] bytes and line-oriented ones
//! at [`MAX_LINE`] bytes a line, whatever the input claims, so a hostile or broken file
//! cannot exhaust memory. A compressed file stops at [`MAX_DECOMPRESSED`] bytes out, and
//! line-oriented readers stop after [`MAX_EMPTY_LINES`] empty lines in a row, so that a
//! small archive of nothing (a "bomb") cannot keep a run busy for minutes. A special file
//! (FIFO, device, socket) is refused before it is opened.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;

/// Largest whole-document input (text, JSON, HTML) read, after decompression.
pub const MAX_DOCUMENT: u64 = 64 << 20;
/// Largest line of a line-oriented input (JSON Lines), or record of a WARC file.
pub const MAX_LINE: usize = 16 << 20;

/// Largest decompressed size of one compressed file: past it, the rest is skipped.
pub const MAX_DECOMPRESSED: u64 = 4 << 30;
/// Most empty (or white-space) lines in a row a line-oriented input (JSON Lines, WARC) may
/// hold: past them, the rest of the file is skipped.
pub const MAX_EMPTY_LINES: usize = 100_000;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// Compression of an input, from its extension (`.gz`, `.zst`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Not compressed.
    None,
    /// gzip, possibly several members.
    Gzip,
    /// Zstandard.
    Zstd,
}

impl Compression {
    /// The compression an extension names.
    pub fn from_extension(ext: &str) -> Option<Compression> {
        match ext {
            "gz" | "gzip" => Some(Compression::Gzip),
            "zst" | "zstd" => Some(Compression::Zstd),
            _ => None,
        }
    }
}

/// Counts the raw (compressed) bytes read from a file, for progress.
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// Fails once more than [`MAX_DECOMPRESSED`] bytes have come out of a decompressor.
struct Capped<R> {
    inner: R,
    out: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out > MAX_DECOMPRESSED {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("decompresses past {} GiB; the rest of the file is skipped", MAX_DECOMPRESSED >> 30),
            ));
        }
        let n = self.inner.read(buf)?;
        self.out += n as u64;
        Ok(n)
    }
}

/// Opens `path` for reading, decompressed, counting raw bytes into `count`. `declared` is
/// the compression the extension names; a mismatch with the magic bytes is an error. A
/// special file is refused unopened (it may never end, or block the open itself).
pub fn open(path: &Path, declared: Compression, count: Rc<Cell<u64>>) -> io::Result<Box<dyn BufRead>> {
    if let Some(kind) = super::walk::special_kind(&std::fs::metadata(path)?) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{kind}, not a regular file; not opened")));
    }
    let file = File::open(path)?;
    decompress(BufReader::with_capacity(256 << 10, Counting { inner: file, count }), declared)
}

/// Undoes the compression of `raw`, told by its magic bytes; `declared` is the compression
/// the file's extension names (a mismatch is an error). What [`open`] does to a file, and the
/// fuzz targets to bytes in memory.
pub fn decompress<R: BufRead + 'static>(mut raw: R, declared: Compression) -> io::Result<Box<dyn BufRead>> {
    let head = raw.fill_buf()?;
    let actual = if head.starts_with(GZIP_MAGIC) {
        Compression::Gzip
    } else if head.starts_with(ZSTD_MAGIC) {
        Compression::Zstd
    } else {
        Compression::None
    };
    if declared != Compression::None && actual != declared {
        let name = if declared == Compression::Gzip { "gzip" } else { "zstd" };
        return Err(io::Error::new(io::ErrorKind::InvalidData, format!("not a {name} file (bad magic bytes)")));
    }
    Ok(match actual {
        Compression::None => Box::new(raw),
        Compression::Gzip => {
            Box::new(BufReader::new(Capped { inner: flate2::bufread::MultiGzDecoder::new(raw), out: 0 }))
        }
        Compression::Zstd => {
            Box::new(BufReader::new(Capped { inner: zstd::stream::read::Decoder::with_buffer(raw)?, out: 0 }))
        }
    })
}

/// Reads a whole document, refusing one larger than [`MAX_DOCUMENT`] bytes.
pub fn read_document(reader: &mut dyn BufRead) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_DOCUMENT + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_DOCUMENT {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {} MiB; split it or use JSON Lines", MAX_DOCUMENT >> 20),
        ));
    }
    Ok(bytes)
}

/// One line as read by [`read_line`].
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// End of input.
    Eof,
    /// A line (with its `\n`, if any) now in the buffer.
    Line,
    /// A line longer than the limit, consumed without being kept; its length in bytes.
    TooLong(u64),
}

/// Reads one line into `buf` (cleared first), keeping at most `max` bytes: a longer line is
/// skipped to its end without being held in memory.
pub fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut too_long = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        let (used, done) = match memchr_newline(chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long && buf.len() + used > max {
            too_long = true;
            buf.clear();
            buf.shrink_to(64 << 10);
        }
        if !too_long {
            buf.extend_from_slice(&chunk[..used]);
        }
        total += used as u64;
        reader.consume(used);
        if done {
            break;
        }
    }
    Ok(match (total, too_long) {
        (0, _) => Line::Eof,
        (n, true) => Line::TooLong(n),
        _ => Line::Line,
    })
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn long_lines_are_skipped_without_being_kept() {
        let mut input = Cursor::new(b"short\nxxxxxxxxxxxxxxxxxxxx\nlast".to_vec());
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Line::Line));
        assert_eq!(buf, b"short\n");
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Line::TooLong(21)));
        assert!(buf.is_empty());
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Line::Line));
        assert_eq!(buf, b"last");
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Line::Eof));
    }

    #[test]
    fn compression_is_told_by_magic_bytes() {
        let dir = tempfile::TempDir::new().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.jsonl");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"hello").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, gz.finish().unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
        let count = Rc::new(Cell::new(0));
        let mut reader = open(&path, Compression::None, count.clone()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read_document(&mut reader).unwrap_or_default(), b"hello");
        assert!(count.get() > 5);
        let err = open(&path, Compression::Zstd, count).err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("not a zstd file (bad magic bytes)"));
    }
}
