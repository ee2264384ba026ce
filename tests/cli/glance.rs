//! Issue 17's remaining items, each a test that failed before the change it pins: counts
//! only with `--limit 0`, `-q` keeping the summary, filters, sentences in text output, CSV
//! for spreadsheets, and ingest's `--outlet`/`--date` for folders without metadata.

use super::{newsquote, root};
use std::path::Path;
use tempfile::TempDir;

/// A temp folder with an index `idx` of the bundled corpus, read as `data/` (relative paths,
/// so that output does not depend on the machine).
fn corpus_index() -> TempDir {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap_or_else(|e| panic!("mkdir: {e}"));
    for f in ["2025-11-12-colombia-halts-us-intelligence-sharing.txt", "sample-wire.jsonl"] {
        std::fs::copy(root().join("corpus").join(f), data.join(f)).unwrap_or_else(|e| panic!("copy {f}: {e}"));
    }
    newsquote(tmp.path()).args(["ingest", "--quiet", "data", "--index", "idx"]).assert().success();
    tmp
}

/// Runs `newsquote ARGS`; returns exit code, stdout, stderr.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = newsquote(dir).args(args).output().unwrap_or_else(|e| panic!("run: {e}"));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn search(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run(dir, &[&["search", "--index", "idx"], args].concat())
}

fn search_json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let (code, stdout, stderr) = search(dir, &[args, &["--format", "json"]].concat());
    assert!(code < 2, "{args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("search JSON: {e}\n{stdout}\n{stderr}"))
}

#[test]
fn limit_0_gives_the_counts_without_hits_and_a_negative_limit_is_named() {
    let tmp = corpus_index();
    let dir = tmp.path();
    let all = search_json(dir, &["--limit", "100", "--facets"]);
    let counts = search_json(dir, &["--limit", "0", "--facets", "--histogram", "year"]);
    assert_eq!(counts["total"], all["total"]);
    assert_eq!(counts["hits"].as_array().map(Vec::len), Some(0));
    assert_eq!(counts["facets"], all["facets"]);
    assert!(counts["histogram"]["buckets"].as_array().is_some_and(|b| !b.is_empty()));
    let (code, stdout, stderr) = search(dir, &["--speaker", "petro", "--limit", "0"]);
    assert_eq!((code, stdout.as_str()), (0, "3 quotes match\n"), "{stderr}");
    assert!(stderr.is_empty(), "no page past the end: {stderr}");
    let (code, _, stderr) = search(dir, &["--limit", "-1"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("give a number of hits from 0 (counts only) to 10000"), "{stderr}");
    assert!(!stderr.contains("tip:"), "no tip to pass -1 as a value: {stderr}");
}

#[test]
fn quiet_keeps_the_one_line_summary() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut feed = String::new();
    for i in 0..8 {
        feed += &format!("{{\"id\":\"{i}\",\"title\":\"no text\"}}\n");
    }
    feed += "{\"id\":\"ok\",\"body\":\"\\\"We will build,\\\" Ana Soto said.\"}\n";
    std::fs::write(tmp.path().join("feed.jsonl"), feed).unwrap_or_else(|e| panic!("write: {e}"));
    let (code, stdout, stderr) = run(tmp.path(), &["ingest", "-q", "--index", "idx", "feed.jsonl"]);
    assert_eq!(code, 2, "skipped input");
    assert!(stdout.starts_with("indexed 1 articles (") && stdout.contains("; skipped 8"), "{stdout}");
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stderr.is_empty(), "no skipped file named with -q: {stderr}");
}
