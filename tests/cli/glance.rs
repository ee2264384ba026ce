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
    super::outcome(newsquote(dir).args(args))
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
    // With words, through the passages around the quotes too: the quote filters apply to
    // the quotes, not to the passages that lead to them.
    let worded = quotes(dir, &["bridge OR river OR repairs"]);
    let worded_full = quotes(dir, &["bridge OR river OR repairs", "--full"]);
    assert!(!worded_full.is_empty() && worded_full.len() < worded.len(), "{worded:?} / {worded_full:?}");
    assert!(worded_full.iter().all(|q| full.contains(q) && worded.contains(q)), "{worded_full:?}");
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

/// A CSV output read back: the header and the records.
fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().map(|h| h.iter().map(str::to_owned).collect()).unwrap_or_default();
    let rows = reader.records().map(|r| r.map(|r| r.iter().map(str::to_owned).collect()).unwrap_or_default());
    (header, rows.collect())
}

#[test]
fn csv_rows_carry_country_cue_fragment_and_citation_and_keep_line_breaks() {
    let tmp = bridges_index();
    let dir = tmp.path();
    let (code, stdout, stderr) = search(dir, &["quote:penny", "--format", "csv"]);
    assert_eq!(code, 0, "{stderr}");
    let (header, rows) = read_csv(&stdout);
    let column =
        |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name} in {header:?}"));
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row[column("quote")], "worth every penny");
    assert_eq!((row[column("cue")].as_str(), row[column("fragment")].as_str()), ("called", "true"));
    assert_eq!(row[column("speaker_mention")], "He");
    assert!(row[column("citation")].ends_with("-p1-q2"), "{row:?}");
    // Countries, from the index's column: Petro's quotes are tagged Colombia.
    let corpus = corpus_index();
    let (_, petro, _) = search(corpus.path(), &["human rights", "--speaker", "petro", "--format", "csv"]);
    let (header, rows) = read_csv(&petro);
    let countries = header.iter().position(|h| h == "countries").unwrap_or(usize::MAX);
    assert!(rows[0].get(countries).is_some_and(|c| c.split(' ').any(|c| c == "CO")), "{petro}");
    // A line break (here in a title) stays inside its quoted cell (RFC 4180), where text
    // output writes it escaped so that it cannot forge a line.
    let feed = serde_json::json!({ "id": "pier", "title": "Pier\nreopens", "body": "\"We will rebuild the pier,\" said Ana Soto." });
    std::fs::write(dir.join("pier.jsonl"), feed.to_string() + "\n").unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(dir).args(["ingest", "--quiet", "pier.jsonl", "--index", "idx"]).assert().success();
    let (_, stdout, _) = search(dir, &["pier", "--format", "csv"]);
    let (header, rows) = read_csv(&stdout);
    let title = header.iter().position(|h| h == "title").unwrap_or(usize::MAX);
    assert_eq!(rows.len(), 1, "{stdout}");
    assert_eq!(rows[0][title], "Pier\nreopens", "{stdout}");
    assert!(stdout.contains(",\"Pier\nreopens\","), "quoted: {stdout}");
    let (_, text, _) = search(dir, &["pier"]);
    assert!(text.contains("Pier\\u{a}reopens"), "{text}");
}

#[test]
fn bom_for_excel_and_counts_as_csv_and_jsonl() {
    let tmp = corpus_index();
    let dir = tmp.path();
    let out = newsquote(dir).args(["search", "--index", "idx", "--format", "csv", "--bom"]).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.stdout.starts_with(b"\xef\xbb\xbfquote,speaker,"), "{:?}", &out.stdout[..20]);
    let plain = newsquote(dir).args(["search", "--index", "idx", "--format", "csv"]).output();
    assert!(plain.unwrap_or_else(|e| panic!("run: {e}")).stdout.starts_with(b"quote,"), "no BOM unless asked");
    // Counts as CSV: one row per facet value and period, what the JSON says.
    let json = search_json(dir, &["--speaker", "petro", "--facets", "--histogram", "month"]);
    let (code, stdout, stderr) =
        search(dir, &["--speaker", "petro", "--facets", "--histogram", "month", "--format", "csv"]);
    assert_eq!(code, 0, "{stderr}");
    let (header, rows) = read_csv(&stdout);
    assert_eq!(header, ["count_of", "value", "label", "count", "matching_articles", "articles", "share", "reported"]);
    let row = |of: &str, value: &str| rows.iter().find(|r| r[0] == of && r[1] == value).map(|r| r[3].clone());
    let speaker = &json["facets"]["speaker"][0];
    assert_eq!(row("speaker", speaker["value"].as_str().unwrap_or("?")), Some(speaker["count"].to_string()));
    let colombia = rows.iter().find(|r| r[0] == "country" && r[1] == "CO");
    assert_eq!(colombia.map(|r| r[2].as_str()), Some("Colombia"));
    assert_eq!(row("month", "2025-11"), Some(json["histogram"]["buckets"][0]["count"].to_string()));
    let (_, jsonl, _) = search(dir, &["--speaker", "petro", "--facets", "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> =
        jsonl.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["count_of"].is_string() && l["count"].is_u64()), "{jsonl}");
    assert!(lines.iter().any(|l| l["count_of"] == "speaker" && l["value"] == "Gustavo Petro"), "{jsonl}");
    let (code, _, stderr) = search(dir, &["--facets", "--format", "markdown"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn histogram_lists_empty_periods_at_zero_and_facet_limit_trims_the_lists() {
    let tmp = corpus_index();
    let dir = tmp.path();
    let res = search_json(dir, &["--histogram", "month", "--facets", "--facet-limit", "1"]);
    let buckets = res["histogram"]["buckets"].as_array().cloned().unwrap_or_default();
    let keys: Vec<&str> = buckets.iter().filter_map(|b| b["key"].as_str()).collect();
    let month = |k: &str| k[..4].parse::<i32>().unwrap_or(0) * 12 + k[5..].parse::<i32>().unwrap_or(0);
    assert!(keys.len() > 2, "{keys:?}");
    assert!(keys.windows(2).all(|w| month(w[1]) == month(w[0]) + 1), "every month from first to last: {keys:?}");
    assert!(buckets.iter().any(|b| b["count"] == 0), "{buckets:?}");
    assert!(buckets.first().is_some_and(|b| b["count"] != 0) && buckets.last().is_some_and(|b| b["count"] != 0));
    for facet in ["speaker", "person", "country", "organization", "outlet"] {
        assert!(res["facets"][facet].as_array().is_some_and(|l| l.len() <= 1), "{facet}: {}", res["facets"][facet]);
    }
    let wide = search_json(dir, &["--facets"]);
    assert!(wide["facets"]["speaker"].as_array().is_some_and(|l| l.len() > 1));
}

#[test]
fn ingest_gives_folders_without_metadata_an_outlet_and_dates() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let dir = tmp.path();
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap_or(dir)).unwrap_or_else(|e| panic!("mkdir: {e}"));
        std::fs::write(path, text).unwrap_or_else(|e| panic!("write: {e}"));
    };
    write("news/2024/03/05/strike.txt", "Dock strike ends\n\n\"We won respect,\" said union leader Marta Ilabaca.\n");
    write("news/misc/notes.txt", "Harbour notes\n\n\"The cranes are old,\" said engineer Lena Okafor.\n");
    let own = r#"{"id":"own","title":"Own","outlet":"Reuters","date":"2020-01-02","body":"\"Ours,\" said Ana Soto."}"#;
    write("news/feed.jsonl", &format!("{own}\n"));
    let (code, _, stderr) = run(
        dir,
        &["ingest", "news", "--index", "idx", "--outlet", "Valley Post", "--date-from-path", "YYYY/MM/DD", "--verbose"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("notes.txt: no date in its path matches --date-from-path `YYYY/MM/DD`"), "{stderr}");
    let hit = |speaker: &str| {
        let res = search_json(dir, &["--speaker", speaker]);
        let h = &res["hits"][0];
        (h["outlet"].as_str().map(str::to_owned), h["date"].as_str().map(str::to_owned), h["date_source"].clone())
    };
    let given = (Some("Valley Post".to_owned()), Some("2024-03-05".to_owned()), serde_json::json!("given"));
    assert_eq!(hit("ilabaca"), given);
    assert_eq!(hit("okafor"), (Some("Valley Post".to_owned()), None, serde_json::Value::Null));
    let own = (Some("Reuters".to_owned()), Some("2020-01-02".to_owned()), serde_json::json!("metadata"));
    assert_eq!(hit("soto"), own, "an article's own metadata wins");
    // The Markdown citation now names the outlet and the day.
    let (_, markdown, _) = search(dir, &["--speaker", "ilabaca", "--format", "markdown"]);
    assert!(markdown.contains("Marta Ilabaca, *Valley Post*, 5 March 2024"), "{markdown}");
    // --date gives one day to every undated article.
    let (code, _, stderr) = run(dir, &["ingest", "news", "--index", "one", "--date", "2023-07-01", "--rebuild"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, stdout, _) = run(dir, &["search", "--speaker", "okafor", "--index", "one", "--format", "json"]);
    let res: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    assert_eq!(res["hits"][0]["date"], "2023-07-01");
    for (flag, value, says) in
        [("--date-from-path", "YYYY/MM", "it needs DD once"), ("--date", "someday", "cannot read the date `someday`")]
    {
        let (code, _, stderr) = run(dir, &["ingest", "news", "--index", "bad", flag, value]);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains(says), "{stderr}");
        assert!(!dir.join("bad").exists(), "refused before any index is made");
    }
}

#[test]
fn context_paragraphs_around_hits_and_show_of_the_whole_article() {
    let tmp = corpus_index();
    let dir = tmp.path();
    let (code, stdout, stderr) = search(dir, &["human rights", "--speaker", "petro", "--limit", "1", "--context", "1"]);
    assert_eq!(code, 0, "{stderr}");
    let context: Vec<&str> = stdout.lines().filter(|l| l.starts_with("     \u{b6}")).collect();
    assert_eq!(context.len(), 3, "{stdout}");
    assert!(context[0].starts_with("     \u{b6}2  ") && context[2].starts_with("     \u{b6}4  "), "{stdout}");
    assert!(context[1].starts_with("     \u{b6}3  \">>>The fight against drugs"), "{stdout}");
    let json = search_json(dir, &["human rights", "--speaker", "petro", "--limit", "1", "--context", "2"]);
    let paragraphs = json["hits"][0]["context"].as_array().cloned().unwrap_or_default();
    let numbers: Vec<u64> = paragraphs.iter().filter_map(|p| p["paragraph"].as_u64()).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
    assert!(paragraphs.iter().all(|p| p["cited"] == (p["paragraph"] == 3)));
    assert!(search_json(dir, &["rights"])["hits"][0].get("context").is_none(), "only when asked for");
    // `show --article`: every paragraph of the article, the quote marked.
    let citation = json["hits"][0]["citation"].as_str().unwrap_or_default().to_owned();
    let (code, whole, _) = run(dir, &["show", &citation, "--article", "--index", "idx"]);
    assert_eq!(code, 0);
    let shown: Vec<&str> = whole.lines().filter(|l| l.starts_with('\u{b6}')).collect();
    assert!(shown.len() > 10 && shown[0].starts_with("\u{b6}1  "), "{whole}");
    assert!(whole.contains("\">>>The fight against drugs"), "{whole}");
    let article = citation.split('-').next().unwrap_or_default();
    let (code, by_key, _) = run(dir, &["show", article, "--index", "idx"]);
    assert_eq!(code, 0);
    assert_eq!(by_key.lines().filter(|l| l.starts_with('\u{b6}')).count(), shown.len(), "{by_key}");
    let (_, narrow, _) = run(dir, &["show", &citation, "--context", "0", "--index", "idx"]);
    assert_eq!(narrow.lines().filter(|l| l.starts_with('\u{b6}')).count(), 1, "{narrow}");
    let (code, _, stderr) = search(dir, &["rights", "--context", "21"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("the context must be from 0 to 20 paragraphs"), "{stderr}");
}

#[test]
fn per_article_shares_count_each_matching_article_once_against_all_articles_of_the_period() {
    let tmp = corpus_index();
    let dir = tmp.path();
    // Marta Ilabaca's four quotes are in one of the two articles of 2024.
    let res = search_json(dir, &["--speaker", "ilabaca", "--histogram", "year", "--per-article"]);
    assert_eq!(res["histogram"]["buckets"][0]["count"], 4);
    let share = &res["histogram"]["per_article"][0];
    assert_eq!((share["key"].as_str(), share["matching_articles"].as_u64()), (Some("2024"), Some(1)));
    assert_eq!((share["articles"].as_u64(), share["share"].as_f64()), (Some(2), Some(0.5)));
    let (_, text, _) = search(dir, &["--speaker", "ilabaca", "--histogram", "year", "--per-article", "--limit", "0"]);
    assert!(text.contains("1 of 2 articles (50.0%)"), "{text}");
    let (_, csv, _) = search(dir, &["--speaker", "ilabaca", "--histogram", "year", "--per-article", "--format", "csv"]);
    assert!(csv.lines().any(|l| l == "year,2024,,4,1,2,0.5000,"), "{csv}");
    assert!(search_json(dir, &["--histogram", "year"])["histogram"].get("per_article").is_none());
    let (code, _, stderr) = search(dir, &["--per-article"]);
    assert_eq!(code, 2, "{stderr}");
}
