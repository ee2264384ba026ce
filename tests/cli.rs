//! Integration tests: the real `newsquote` binary run on the bundled corpus and on
//! fixtures, in temporary folders, with JSON output read back into typed structs.

#[path = "cli/search.rs"]
mod search;

use serde::Deserialize;
use std::path::Path;
use tempfile::TempDir;

#[path = "cli/ingest.rs"]
mod ingest;

#[path = "cli/index_safety.rs"]
mod index_safety;

#[path = "cli/output_safety.rs"]
mod output_safety;

#[path = "cli/export.rs"]
mod export;
#[path = "cli/glance.rs"]
mod glance;
#[path = "cli/hostile.rs"]
mod hostile;
#[path = "cli/reported.rs"]
mod reported;
#[path = "cli/speakers.rs"]
mod speakers;
#[path = "cli/wire.rs"]
mod wire;

/// The search JSON wire format, as documented in the README.
#[derive(Debug, Deserialize)]
struct Results {
    total: usize,
    hits: Vec<Hit>,
}

#[derive(Debug, Deserialize)]
struct Hit {
    quote: String,
    speaker: Option<String>,
    score: f32,
    title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source_path: String,
    paragraph: u64,
    citation: String,
}

#[derive(Debug, Deserialize)]
struct Summary {
    files: usize,
    articles: usize,
    passages: usize,
    quotes: usize,
    skipped: usize,
    limited: usize,
    unchanged: usize,
    duplicates: usize,
    interrupted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
struct Stats {
    articles: usize,
    passages: usize,
    quotes: usize,
    reported: usize,
}

mod common;
use common::{newsquote, root};

/// A temp folder with an index built from the bundled corpus.
fn indexed_corpus() -> TempDir {
    indexed_input("corpus")
}

/// A temp folder with an index (`idx`) built from `input`, a path from the repository's root.
fn indexed_input(input: &str) -> TempDir {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let input = root().join(input);
    newsquote(tmp.path()).args(["ingest", "--quiet"]).arg(&input).args(["--index", "idx"]).assert().success();
    tmp
}

/// Runs `cmd`; returns exit code, stdout, stderr.
fn outcome(cmd: &mut assert_cmd::Command) -> (i32, String, String) {
    let out = cmd.output().unwrap_or_else(|e| panic!("run: {e}"));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn search_json(dir: &Path, args: &[&str]) -> (Results, i32) {
    let out = newsquote(dir).arg("search").args(args).args(["--index", "idx", "--format", "json"]).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    let results: Results = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("search JSON: {e}\n{}", String::from_utf8_lossy(&out.stdout)));
    (results, out.status.code().unwrap_or(-1))
}

#[test]
fn petro_human_rights_quote_comes_first_with_its_citation() {
    let tmp = indexed_corpus();
    let (res, code) = search_json(tmp.path(), &["human rights", "--speaker", "petro"]);
    assert_eq!(code, 0);
    let first = &res.hits[0];
    assert_eq!(first.quote, "The fight against drugs must be subordinated to the human rights of the Caribbean people");
    assert_eq!(first.speaker.as_deref(), Some("Gustavo Petro"));
    assert_eq!(first.title.as_deref(), Some("Colombia Halts US Intelligence Sharing Amid Deadly Strikes"));
    assert_eq!(first.date.as_deref(), Some("2025-11-12"));
    assert_eq!(first.paragraph, 3);
    assert!(first.score > 0.0);
    assert!(first.source_path.ends_with("2025-11-12-colombia-halts-us-intelligence-sharing.txt"));
    assert!(first.citation.ends_with("-p3-q1"), "{}", first.citation);
    assert!(first.outlet.is_none() && first.url.is_none());
}

#[test]
fn speaker_filter_matches_full_names_and_folds_case() {
    let tmp = indexed_corpus();
    let (res, code) = search_json(tmp.path(), &["--speaker", "RAND paul"]);
    assert_eq!(code, 0);
    assert_eq!(res.total, 1);
    assert!(res.hits[0].quote.starts_with("Did he ever wonder"));
    assert_eq!(res.hits[0].speaker.as_deref(), Some("Rand Paul"));
}

#[test]
fn accent_insensitive_speaker_filter() {
    let tmp = indexed_corpus();
    let (res, _) = search_json(tmp.path(), &["--speaker", "tomas herrera"]);
    assert_eq!(res.total, 1);
    assert_eq!(res.hits[0].speaker.as_deref(), Some("Tomás Herrera"));
}

#[test]
fn country_filter_takes_names_codes_and_demonyms() {
    let tmp = indexed_corpus();
    let (by_demonym, code) = search_json(tmp.path(), &["--country", "Colombian"]);
    let (by_code, _) = search_json(tmp.path(), &["--country", "co"]);
    let (by_name, _) = search_json(tmp.path(), &["--country", "Colombia"]);
    assert_eq!(code, 0);
    assert!(by_demonym.total > 0);
    assert_eq!(by_demonym.total, by_code.total);
    assert_eq!(by_demonym.total, by_name.total);
    let (chile, _) = search_json(tmp.path(), &["--country", "Chilean"]);
    assert!(chile.hits.iter().all(|h| h.title.as_deref().is_some_and(|t| t.contains("Valparaíso"))));
}

#[test]
fn date_filters_and_the_no_hit_exit_code() {
    let tmp = indexed_corpus();
    let (none, code) = search_json(tmp.path(), &["--from", "2026-01-01"]);
    assert_eq!((none.total, code), (0, 1));
    let (in_2024, code) = search_json(tmp.path(), &["--from", "2024", "--to", "2024-12"]);
    assert_eq!(code, 0);
    assert!(in_2024.total > 0);
    assert!(in_2024.hits.iter().all(|h| h.date.as_deref().is_some_and(|d| d.starts_with("2024"))));
    // A range of up to 400 days reads its days' terms, a longer or open one (and the query
    // syntax's range) the date column: the same documents either way.
    let keys = |args: &[&str]| {
        let (r, _) = search_json(tmp.path(), &[args, &["--limit", "100"]].concat());
        assert!(r.total < 100, "all on one page");
        let mut keys: Vec<String> = r.hits.iter().map(|h| h.citation.clone()).collect();
        keys.sort();
        keys
    };
    let november = keys(&["--from", "2025-11", "--to", "2025-11"]);
    assert!(!november.is_empty());
    assert_eq!(november, keys(&["date:[20251101 TO 20251130]"]));
    assert_eq!(keys(&["--from", "2025-11-12", "--to", "2025-11-12"]), keys(&["date:[20251112 TO 20251112]"]));
    assert_eq!(keys(&["--from", "2023-11-12", "--to", "2025-11-12"]), keys(&["--to", "2025-11-12"]));
}

#[test]
fn listing_without_a_query_is_newest_first() {
    let tmp = indexed_corpus();
    let (all, _) = search_json(tmp.path(), &["--limit", "100"]);
    let dates: Vec<&str> = all.hits.iter().filter_map(|h| h.date.as_deref()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    assert_eq!(all.total, all.hits.len());
}

#[test]
fn person_filter_uses_passage_tags() {
    let tmp = indexed_corpus();
    let (res, code) = search_json(tmp.path(), &["--person", "petro"]);
    assert_eq!(code, 0);
    assert!(res.hits.iter().all(|h| h.title.as_deref().is_some_and(|t| t.starts_with("Colombia"))));
}

#[test]
fn bad_requests_exit_2_with_a_plain_message() {
    let tmp = indexed_corpus();
    for args in [&["--country", "Atlantis"][..], &["--from", "someday"], &["\"unclosed phrase AND"]] {
        let out = newsquote(tmp.path()).arg("search").args(args).args(["--index", "idx"]).output();
        let out = out.unwrap_or_else(|e| panic!("run: {e}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("newsquote: error: "), "{stderr}");
        assert!(!stderr.contains("Error {") && !stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn show_prints_the_cited_paragraph_with_the_quote_marked() {
    let tmp = indexed_corpus();
    let (res, _) = search_json(tmp.path(), &["human rights", "--speaker", "petro"]);
    let out = newsquote(tmp.path()).args(["show", &res.hits[0].citation, "--index", "idx"]).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(text.contains(">>>The fight against drugs must be subordinated"), "{text}");
    assert!(text.contains("\u{b6}2") && text.contains("\u{b6}3") && text.contains("\u{b6}4"), "{text}");
    newsquote(tmp.path()).args(["show", "000000000000-p1", "--index", "idx"]).assert().code(2);
}

#[test]
fn stats_count_what_ingest_reported() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let out = newsquote(tmp.path())
        .args(["ingest", "--format", "json", "--index", "idx"])
        .arg(root().join("corpus"))
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(0));
    let summary: Summary = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("summary: {e}"));
    assert_eq!((summary.files, summary.articles, summary.skipped), (2, 3, 0));
    let out = newsquote(tmp.path()).args(["stats", "--format", "json", "--index", "idx"]).output();
    let stats: Stats = serde_json::from_slice(&out.unwrap_or_else(|e| panic!("run: {e}")).stdout)
        .unwrap_or_else(|e| panic!("stats: {e}"));
    assert_eq!((stats.articles, stats.passages, stats.quotes), (summary.articles, summary.passages, summary.quotes));
    // Ingesting the same corpus again replaces, never duplicates.
    newsquote(tmp.path()).args(["ingest", "--quiet", "--index", "idx"]).arg(root().join("corpus")).assert().success();
    let out = newsquote(tmp.path()).args(["stats", "--format", "json", "--index", "idx"]).output();
    let again: Stats = serde_json::from_slice(&out.unwrap_or_else(|e| panic!("run: {e}")).stdout)
        .unwrap_or_else(|e| panic!("stats: {e}"));
    assert_eq!(again.quotes, stats.quotes);
    assert_eq!(again.articles, stats.articles);
}

#[test]
fn first_search_builds_the_default_index_from_corpus() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap_or_else(|e| panic!("mkdir: {e}"));
    let sample = "2025-11-12-colombia-halts-us-intelligence-sharing.txt";
    std::fs::copy(root().join("corpus").join(sample), corpus.join(sample)).unwrap_or_else(|e| panic!("copy: {e}"));
    let out = newsquote(tmp.path()).args(["search", "human rights", "--speaker", "petro"]).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("building index/ from corpus/"));
    assert!(stdout.starts_with("1. \u{201c}The fight against drugs"), "{stdout}");
    assert!(stdout.contains("Gustavo Petro") && stdout.contains("2025-11-12"), "{stdout}");
    assert!(tmp.path().join("index").join("newsquote.json").is_file());
}

#[test]
fn an_index_from_another_schema_version_is_refused_with_a_hint() {
    let tmp = indexed_corpus();
    std::fs::write(tmp.path().join("idx/newsquote.json"), r#"{"schema_version":0}"#).unwrap_or_else(|e| panic!("{e}"));
    let out = newsquote(tmp.path()).args(["search", "rights", "--index", "idx"]).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--rebuild"));
    // ... and the hint works: --rebuild starts over from an index of another version.
    newsquote(tmp.path())
        .args(["ingest", "--quiet", "--rebuild", "--index", "idx"])
        .arg(root().join("corpus"))
        .assert()
        .success();
    newsquote(tmp.path()).args(["search", "rights", "--index", "idx"]).assert().success();
}

#[test]
fn extract_writes_the_fields_the_scorer_reads() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let out = newsquote(tmp.path()).args(["extract", "--format", "jsonl"]).arg(root().join("corpus")).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(0));
    let records: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line: {e}")))
        .collect();
    assert_eq!(records.len(), 3);
    let sample = &records[0];
    assert_eq!(sample["id"], "corpus/2025-11-12-colombia-halts-us-intelligence-sharing");
    assert_eq!(sample["date"], "2025-11-12");
    let quotes = sample["quotes"].as_array().map_or(0, Vec::len);
    assert_eq!(quotes, 9);
    let paul = &sample["quotes"][8];
    assert_eq!((paul["speaker"].as_str(), paul["cue"].as_str()), (Some("Rand Paul"), Some("wrote")));
    assert_eq!(paul["speaker_mention"], "Senator Rand Paul");
    // `…, who wrote on social media, "…"`: the cue before the quotation.
    assert_eq!(paul["rule"], "cue-before");
    let codes: Vec<&str> =
        sample["countries"].as_array().into_iter().flatten().filter_map(|c| c["code"].as_str()).collect();
    for code in ["CO", "US", "GB", "CA", "VE", "MX"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn a_quotation_inside_a_quotation_is_listed_under_it_and_searched_as_its_speakers() {
    let article =
        "Council budget agreed\n\n\"The mayor told me 'the money is gone' last week,\" said treasurer Ana Ruiz.\n";
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    std::fs::create_dir(tmp.path().join("in")).unwrap_or_else(|e| panic!("mkdir: {e}"));
    std::fs::write(tmp.path().join("in/budget.txt"), article).unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "in", "--index", "idx"]).assert().success();
    let out = newsquote(tmp.path()).args(["extract", "--format", "jsonl", "in"]).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    // The reporter's own quotation is the only one in `quotes`; the mayor's words are under it.
    let quotes = record["quotes"].as_array().cloned().unwrap_or_default();
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0]["speaker"], "Ana Ruiz");
    assert_eq!(quotes[0]["inner"][0]["text"], "the money is gone");
    assert_eq!(quotes[0]["inner"][0]["speaker"], "the mayor");
    assert_eq!(quotes[0]["inner"][0]["rule"], "nested-cue");
    // Indexed as a quote of its own: the mayor's words are found by the mayor's name.
    let (mayor, code) = search_json(tmp.path(), &["money", "--speaker", "mayor"]);
    assert_eq!((mayor.total, code), (1, 0));
    assert_eq!(mayor.hits[0].quote, "the money is gone");
}

#[test]
fn undated_articles_are_found_without_date_filters_only() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let corpus = tmp.path().join("in");
    std::fs::create_dir(&corpus).unwrap_or_else(|e| panic!("mkdir: {e}"));
    // BBC-style: a title line and paragraphs, no date anywhere.
    let bbc = "Mayor backs tram plan\n\nThe mayor said: \"The trams will run through every ward by spring.\"\n";
    std::fs::write(corpus.join("undated.txt"), bbc).unwrap_or_else(|e| panic!("write: {e}"));
    let dated = "Council budget agreed\n\nOn March 3, 2024, the council met. \"The budget is balanced,\" said treasurer Ana Ruiz.\n";
    std::fs::write(corpus.join("body-dated.txt"), dated).unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "in", "--index", "idx"]).assert().success();
    let (all, code) = search_json(tmp.path(), &["trams"]);
    assert_eq!((all.total, code), (1, 0));
    assert_eq!(all.hits[0].date, None);
    let (filtered, code) = search_json(tmp.path(), &["trams", "--to", "2030"]);
    assert_eq!((filtered.total, code), (0, 1));
    // A date found only in the body is used, and marked as less sure.
    let out = newsquote(tmp.path()).args(["search", "budget", "--index", "idx", "--format", "json"]).output();
    let value: serde_json::Value =
        serde_json::from_slice(&out.unwrap_or_else(|e| panic!("run: {e}")).stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value["hits"][0]["date"], "2024-03-03");
    assert_eq!(value["hits"][0]["date_source"], "body");
}

#[test]
fn day_first_reads_numeric_dates_the_european_way() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let record = r#"{"id":"d1","title":"Budget","date":"03/04/2024","body":"\"It adds up,\" said Ana Ruiz."}"#;
    std::fs::write(tmp.path().join("a.jsonl"), format!("{record}\n")).unwrap_or_else(|e| panic!("write: {e}"));
    let date = |extra: &[&str]| {
        let out = newsquote(tmp.path()).arg("extract").args(extra).arg("a.jsonl").output();
        let out = out.unwrap_or_else(|e| panic!("run: {e}"));
        let value: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("extract JSON: {e}"));
        value["date"].as_str().map(str::to_owned)
    };
    assert_eq!(date(&[]).as_deref(), Some("2024-03-04"));
    assert_eq!(date(&["--day-first"]).as_deref(), Some("2024-04-03"));
}

#[test]
fn completions_and_man_pages_come_from_the_flags() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = newsquote(tmp.path()).args(["generate", shell]).output().unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        for word in ["ingest", "search", "speaker", "rebuild"] {
            assert!(text.contains(word), "{shell} completions lack {word}");
        }
    }
    let out = newsquote(tmp.path()).args(["generate", "man"]).output().unwrap_or_else(|e| panic!("{e}"));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.starts_with(".ie") && page.contains(".TH newsquote 1") && page.contains("search"), "{page}");
    let out =
        newsquote(tmp.path()).args(["generate", "man", "--dir", "man"]).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(0));
    let search = std::fs::read_to_string(tmp.path().join("man/newsquote-search.1")).unwrap_or_default();
    assert!(search.contains("\\-\\-speaker") && search.contains("\\-\\-facets"), "{search}");
    assert!(tmp.path().join("man/newsquote-ingest.1").is_file());
    let out = newsquote(tmp.path()).args(["generate", "bash", "--dir", "x"]).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
}
