//! The code the fuzz targets run (`fuzz/fuzz_targets/`, one line each), kept in the library
//! so that `cargo test` replays the inputs the fuzzer found troublesome
//! (`fuzz/regressions/TARGET/`) through exactly the same calls. Each entry point takes any
//! bytes and must neither panic nor run away; what it returns is checked for the
//! invariants later stages rely on (spans inside the text, on character boundaries).

use crate::ingest::{self, Format, Item};
use crate::model::{AnalyzedArticle, Article};
use crate::search::request::SearchRequest;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Reads `data` as a file of `format` (decompressed if its magic bytes say so), and sends
/// each article on as `ingest` does ([`analyze_article`]).
pub fn read_and_analyze(format: Format, data: &[u8]) {
    for item in ingest::read_bytes(format, data.to_vec()) {
        if let Item::Article(article) = item {
            analyze_article(*article);
        }
    }
}

/// Compressed input: bits of the first byte pick the format and whether the rest is taken
/// as it is (to explore the decoders) or compressed first with gzip or zstd (to explore the
/// readers behind them).
pub fn read_compressed(data: &[u8]) {
    const FORMATS: [Format; 6] =
        [Format::Text, Format::Json, Format::JsonLines, Format::Csv, Format::Html, Format::Warc];
    let Some((&first, rest)) = data.split_first() else { return };
    let format = FORMATS[usize::from(first >> 2) % FORMATS.len()];
    let bytes = match first & 3 {
        0 => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            // Writing to a Vec cannot fail.
            let _ = std::io::Write::write_all(&mut gz, rest);
            gz.finish().unwrap_or_default()
        }
        1 => zstd::stream::encode_all(rest, 1).unwrap_or_default(),
        _ => rest.to_vec(),
    };
    read_and_analyze(format, &bytes)
}

/// `data` (as UTF-8, lossily) as the body of an article, analysed.
pub fn analyze(data: &[u8]) {
    let body = String::from_utf8_lossy(data).into_owned();
    analyze_article(Article { id: "fuzz".into(), source_path: "fuzz".into(), body, ..Article::default() });
}

/// What the pipeline does with an admitted article: analysed, or past a limit packed into
/// passages; then the spans checked.
pub fn analyze_article(article: Article) -> AnalyzedArticle {
    let analyzed = if crate::pipeline::over_limit(&article).is_some() {
        crate::pipeline::passages_only(article)
    } else {
        crate::extract::analyze(article)
    };
    let body = analyzed.article.body.as_str();
    let inside = |span: &Range<usize>| {
        span.start <= span.end
            && span.end <= body.len()
            && body.is_char_boundary(span.start)
            && body.is_char_boundary(span.end)
    };
    for p in &analyzed.passages {
        assert!(inside(&p.span), "passage {:?} outside a body of {} bytes", p.span, body.len());
    }
    for q in &analyzed.quotes {
        assert!(inside(&q.span), "quote {:?} outside a body of {} bytes", q.span, body.len());
        assert!(
            q.passage < analyzed.passages.len().max(1),
            "quote in passage {} of {}",
            q.passage,
            analyzed.passages.len()
        );
    }
    assert_eq!(analyzed.passages.len(), analyzed.passage_entities.len());
    analyzed
}

/// A search with `data` (as UTF-8, lossily) as its query text, over quotes and passages, on
/// an index of the bundled `corpus/` built once per process.
pub fn query(data: &[u8]) {
    let Some(handle) = corpus_index() else { return };
    let text = String::from_utf8_lossy(data).into_owned();
    for passages in [false, true] {
        let req = SearchRequest { text: Some(text.clone()), passages, limit: 10, ..SearchRequest::default() };
        // A query refused is fine; a panic, a hang, or a sound index called damaged (a panic
        // in the engine, caught) is what the fuzzer looks for.
        if let Err(e @ crate::Error::Damaged { .. }) = crate::search::run::search(handle, &req) {
            panic!("{e}");
        }
    }
}

/// The index of `corpus/`, built in a temporary folder at first use; `None` if it cannot be.
fn corpus_index() -> Option<&'static crate::index::reader::IndexHandle> {
    static INDEX: OnceLock<Option<crate::index::reader::IndexHandle>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = std::env::temp_dir().join(format!("newsquote-fuzz-index-{}", std::process::id()));
            let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
            let stop = std::sync::atomic::AtomicBool::new(false);
            let options = crate::pipeline::IngestOptions::default();
            crate::pipeline::ingest(&[corpus], &dir, &options, &stop, &mut crate::pipeline::Quiet).ok()?;
            crate::index::reader::IndexHandle::open(&dir).ok()
        })
        .as_ref()
}

/// Runs the input `data` through the entry point of the fuzz target named `target`;
/// `false` for an unknown target.
pub fn run_target(target: &str, data: &[u8]) -> bool {
    match target {
        "read_text" => read_and_analyze(Format::Text, data),
        "read_json" => read_and_analyze(Format::Json, data),
        "read_jsonl" => read_and_analyze(Format::JsonLines, data),
        "read_csv" => read_and_analyze(Format::Csv, data),
        "read_html" => read_and_analyze(Format::Html, data),
        "read_warc" => read_and_analyze(Format::Warc, data),
        "read_compressed" => read_compressed(data),
        "query" => query(data),
        "analyze" => analyze(data),
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every input the fuzzer kept (`fuzz/regressions/TARGET/NAME`: crashes, timeouts, memory
    /// blow-ups, each fixed) goes through its target again.
    #[test]
    fn kept_fuzz_inputs_run_clean() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
        let mut ran = 0;
        for dir in std::fs::read_dir(&root).into_iter().flatten().flatten() {
            let target = dir.file_name().to_string_lossy().into_owned();
            for file in std::fs::read_dir(dir.path()).into_iter().flatten().flatten() {
                let data = std::fs::read(file.path()).unwrap_or_else(|e| panic!("{}: {e}", file.path().display()));
                assert!(run_target(&target, &data), "unknown fuzz target {target}");
                ran += 1;
            }
        }
        assert!(ran > 0, "no kept inputs under {}", root.display());
    }

    #[test]
    fn every_target_takes_empty_and_fixture_input() {
        let fixture =
            std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/mixed.jsonl"))
                .unwrap_or_default();
        for target in
            ["read_text", "read_json", "read_jsonl", "read_csv", "read_html", "read_warc", "read_compressed", "analyze"]
        {
            assert!(run_target(target, b""));
            assert!(run_target(target, &fixture));
        }
        assert!(!run_target("nothing", b""));
    }
}
