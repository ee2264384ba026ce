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

/// A temp folder with an index `idx` of `tests/fixtures/glance/bridges.jsonl`: three
/// outlets, five quotes, one a fragment ("worth every penny", by "He" → Tom Reyes) and one
/// without a speaker.
fn bridges_index() -> TempDir {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let from = root().join("tests/fixtures/glance/bridges.jsonl");
    std::fs::copy(from, tmp.path().join("bridges.jsonl")).unwrap_or_else(|e| panic!("copy: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "bridges.jsonl", "--index", "idx"]).assert().success();
    tmp
}

/// The quotes a search finds, sorted.
fn quotes(dir: &Path, args: &[&str]) -> Vec<String> {
    let res = search_json(dir, &[args, &["--limit", "100"]].concat());
    let hits = res["hits"].as_array().cloned().unwrap_or_default();
    let mut quotes: Vec<String> = hits.iter().filter_map(|h| h["quote"].as_str().map(str::to_owned)).collect();
    quotes.sort();
    quotes
}

#[test]
fn full_attributed_and_outlet_filters_and_repeated_filters_take_any_value() {
    let tmp = bridges_index();
    let dir = tmp.path();
    assert_eq!(quotes(dir, &[]).len(), 5);
    let full = quotes(dir, &["--full"]);
    assert_eq!(full.len(), 4);
    assert!(!full.contains(&"worth every penny".to_owned()), "{full:?}");
    let attributed = quotes(dir, &["--attributed"]);
    assert_eq!(attributed.len(), 4);
    assert!(attributed.iter().all(|q| !q.starts_with("Nobody")), "{attributed:?}");
    assert_eq!(quotes(dir, &["--full", "--attributed"]).len(), 3);
    let coast = quotes(dir, &["--outlet", "daily coast"]);
    assert_eq!(coast, ["We waited two long years for this bridge", "worth every penny"]);
    assert_eq!(quotes(dir, &["--outlet", "coast", "--outlet", "VALLEY"]).len(), 3, "any of the outlets");
    let two = quotes(dir, &["--speaker", "okafor", "--speaker", "ana soto"]);
    assert_eq!(two, ["The river will test it every winter", "The water is rising faster than we planned"]);
    assert_eq!(quotes(dir, &["--speaker", "okafor", "--outlet", "valley"]).len(), 0, "different filters all apply");
    let (code, _, stderr) = search(dir, &["--full", "--passages"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not with --passages"), "{stderr}");
}

#[test]
fn repeated_countries_take_any_of_them() {
    let tmp = corpus_index();
    let dir = tmp.path();
    let (dutch, colombia) = (quotes(dir, &["--country", "NL"]), quotes(dir, &["--country", "CO"]));
    assert!(!dutch.is_empty() && !colombia.is_empty());
    let mut either = [dutch, colombia].concat();
    either.sort();
    either.dedup();
    assert_eq!(quotes(dir, &["--country", "the Netherlands", "--country", "Colombia"]), either);
}

/// Exit code, stdout and stderr of a search in one text for a snapshot.
fn transcript(dir: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = search(dir, args);
    format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

#[test]
fn text_shows_each_quote_in_its_sentence_and_how_its_speaker_was_found() {
    let tmp = bridges_index();
    let dir = tmp.path();
    insta::assert_snapshot!("bridges", transcript(dir, &[]));
    // The fragment's sentence and the pronoun it was resolved from, checked without the snapshot too.
    let (_, stdout, _) = search(dir, &["penny"]);
    assert!(stdout.contains("   \u{2014} Tom Reyes (called; He \u{2192} Tom Reyes) [fragment]\n"), "{stdout}");
    assert!(stdout.contains("   in: He called the repairs \"worth every penny\".\n"), "{stdout}");
    // Colour only when asked for: the words around the quote dimmed (SGR 2), none in pipes.
    let (_, coloured, _) = search(dir, &["penny", "--color", "always"]);
    assert!(
        coloured.contains("in: \u{1b}[2mHe called the repairs \"\u{1b}[0mworth every penny\u{1b}[2m\".\u{1b}[0m"),
        "{coloured}"
    );
    assert!(!stdout.contains('\u{1b}'), "{stdout}");
}
