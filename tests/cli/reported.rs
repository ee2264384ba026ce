//! Reported statements (`search --reported`, `speakers --reported`) on a small archive
//! (tests/fixtures/reported/archive.jsonl): Gustavo Petro quoted once ("The bombing of
//! fishing boats must stop now") and reported once ("Petro said the strikes violated
//! international law..."), the navy reported once, and in another article Maria Lopez
//! reported once and Tom Reyes quoted once; a third outlet carries Maria Lopez's statement
//! again, a day later.

use super::common::newsquote;
use serde::Deserialize;
use std::path::Path;
use tempfile::TempDir;

/// The search JSON wire format, as documented in the README.
#[derive(Debug, Deserialize)]
struct Results {
    total: usize,
    matches: usize,
    #[serde(default)]
    reported: bool,
    hits: Vec<Hit>,
    facets: Option<Facets>,
}

#[derive(Debug, Deserialize)]
struct Hit {
    kind: String,
    quote: Option<String>,
    speaker: Option<String>,
    cue: Option<String>,
    citation: String,
    passage: String,
    quote_span: Option<(usize, usize)>,
    also_in: usize,
}

#[derive(Debug, Deserialize)]
struct Facets {
    speaker: Vec<FacetCount>,
}

#[derive(Debug, Deserialize)]
struct FacetCount {
    value: String,
    count: u64,
    reported: Option<u64>,
}

#[derive(Debug, Deserialize)]
struct SpeakerList {
    quotes: u64,
    reported: Option<u64>,
    total: usize,
    speakers: Vec<SpeakerRow>,
}

#[derive(Debug, Deserialize)]
struct SpeakerRow {
    name: String,
    quotes: u64,
    reported: Option<u64>,
}

const PETRO_QUOTE: &str = "The bombing of fishing boats must stop now";
const PETRO_REPORTED: &str = "the strikes violated international law and would be taken to the United Nations";

fn archive() -> TempDir {
    super::indexed_input("tests/fixtures/reported/archive.jsonl")
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    super::outcome(newsquote(dir).args(args).args(["--index", "idx"]))
}

fn search(dir: &Path, args: &[&str]) -> Results {
    let (_, stdout, stderr) = run(dir, &[&["search", "--format", "json", "--limit", "100"], args].concat());
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("search JSON: {e}\n{stdout}\n{stderr}"))
}

fn texts(r: &Results) -> Vec<(&str, &str)> {
    let mut v: Vec<(&str, &str)> =
        r.hits.iter().map(|h| (h.kind.as_str(), h.quote.as_deref().unwrap_or_default())).collect();
    v.sort();
    v
}

#[test]
fn a_default_search_finds_quotes_only() {
    let tmp = archive();
    let all = search(tmp.path(), &[]);
    assert_eq!((all.total, all.matches, all.reported), (2, 2, false));
    assert!(all.hits.iter().all(|h| h.kind == "quote"), "{:?}", texts(&all));
    // Words of a reported statement find nothing without --reported, not even through its
    // passage (the passage holds no quote).
    let (code, stdout, stderr) = run(tmp.path(), &["search", "international law"]);
    assert_eq!((code, stdout.as_str()), (1, ""), "{stderr}");
    assert!(stderr.contains("no quotes match"), "{stderr}");
    let petro = search(tmp.path(), &["--speaker", "petro"]);
    assert_eq!(texts(&petro), [("quote", PETRO_QUOTE)]);
    // Passages are what they were: every passage, found by its own words.
    let passages = search(tmp.path(), &["--passages", "international law"]);
    assert_eq!(passages.hits.iter().map(|h| h.kind.as_str()).collect::<Vec<_>>(), ["passage"]);
    let (_, stdout, _) = run(tmp.path(), &["stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_default();
    assert_eq!((stats["quotes"].as_u64(), stats["reported"].as_u64()), (Some(2), Some(4)), "{stdout}");
}

#[test]
fn reported_finds_reported_statements_beside_quotes() {
    let tmp = archive();
    let all = search(tmp.path(), &["--reported"]);
    // Maria Lopez's statement in two articles is one hit citing both.
    assert_eq!((all.total, all.matches, all.reported), (5, 6, true));
    let law = search(tmp.path(), &["--reported", "international law"]);
    assert_eq!(texts(&law), [("reported", PETRO_REPORTED)]);
    let hit = &law.hits[0];
    assert_eq!((hit.speaker.as_deref(), hit.cue.as_deref()), (Some("Gustavo Petro"), Some("said")));
    assert!(hit.citation.ends_with("-p3-r1"), "{}", hit.citation);
    let (s, e) = hit.quote_span.unwrap_or_default();
    assert_eq!(hit.passage.get(s..e), Some(PETRO_REPORTED), "the span marks the statement in its passage");
    // Words around a statement reach it through its passage, as for quotes: "Petro" is in
    // its passage only as the source's name, "harbour" in the navy's.
    let harbour = search(tmp.path(), &["--reported", "harbour"]);
    let kinds: Vec<&str> = harbour.hits.iter().map(|h| h.kind.as_str()).collect();
    assert_eq!(kinds, ["reported", "reported"], "{:?}", texts(&harbour));
    // The speaker filter, dates and outlets choose among reported statements too.
    let petro = search(tmp.path(), &["--reported", "--speaker", "Gustavo Petro"]);
    assert_eq!(texts(&petro), [("quote", PETRO_QUOTE), ("reported", PETRO_REPORTED)]);
    let lopez = search(tmp.path(), &["--reported", "--speaker", "Senator Lopez"]);
    let lopez: Vec<(Option<&str>, usize)> = lopez.hits.iter().map(|h| (h.speaker.as_deref(), h.also_in)).collect();
    assert_eq!(lopez, [(Some("Maria Lopez"), 1)], "one hit, also in the copy");
    let dated = search(tmp.path(), &["--reported", "--from", "2024", "--to", "2024"]);
    assert_eq!(dated.hits.iter().map(|h| h.kind.as_str()).collect::<Vec<_>>().len(), 2);
    // Sorting and paging run over quotes and reported statements together.
    let newest = search(tmp.path(), &["--reported", "--sort", "date"]);
    let citations: Vec<&str> = newest.hits.iter().map(|h| h.citation.as_str()).collect();
    let (_, page, _) = run(
        tmp.path(),
        &["search", "--reported", "--sort", "date", "--limit", "2", "--offset", "1", "--format", "json"],
    );
    let page: Results = serde_json::from_str(&page).unwrap_or_else(|e| panic!("{e}: {page}"));
    assert_eq!(page.hits.iter().map(|h| h.citation.as_str()).collect::<Vec<_>>(), citations[1..3]);
    let outlet = search(tmp.path(), &["--reported", "--outlet", "reuters", "--full", "--attributed"]);
    assert_eq!(outlet.total, 3, "--full and --attributed keep reported statements with a source");
}

#[test]
fn reported_statements_are_marked_in_text_csv_and_markdown() {
    let tmp = archive();
    let (code, text, _) = run(tmp.path(), &["search", "--reported", "--speaker", "petro"]);
    assert_eq!(code, 0);
    assert!(text.contains(&format!("reported: {PETRO_REPORTED}")), "{text}");
    assert!(text.contains("[reported speech, not a quote]"), "{text}");
    assert!(!text.contains(&format!("\u{201c}{PETRO_REPORTED}")), "never in quotation marks: {text}");
    assert!(text.contains(&format!("\u{201c}{PETRO_QUOTE}\u{201d}")), "the quote keeps its marks: {text}");
    let (_, csv, _) = run(tmp.path(), &["search", "--reported", "--speaker", "petro", "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let kind_at = rows.headers().map(|h| h.iter().position(|c| c == "kind")).ok().flatten();
    let kinds: Vec<String> =
        rows.records().flatten().filter_map(|r| kind_at.and_then(|k| r.get(k)).map(str::to_owned)).collect();
    let mut kinds = kinds;
    kinds.sort();
    assert_eq!(kinds, ["quote", "reported"], "{csv}");
    let (_, md, _) = run(tmp.path(), &["search", "--reported", "law", "--format", "markdown"]);
    assert!(md.starts_with(&format!("> *Reported, not a quote:* {PETRO_REPORTED}")), "{md}");
    assert!(md.contains("Gustavo Petro (reported)"), "{md}");
}

#[test]
fn facets_and_speakers_count_reported_statements_apart() {
    let tmp = archive();
    let facets = search(tmp.path(), &["--reported", "--facets"]).facets;
    let speakers: Vec<(String, u64, Option<u64>)> =
        facets.map(|f| f.speaker).unwrap_or_default().into_iter().map(|c| (c.value, c.count, c.reported)).collect();
    let petro = speakers.iter().find(|s| s.0 == "Gustavo Petro").cloned();
    assert_eq!(petro, Some(("Gustavo Petro".into(), 2, Some(1))), "{speakers:?}");
    let reyes = speakers.iter().find(|s| s.0 == "Tom Reyes").cloned();
    assert_eq!(reyes, Some(("Tom Reyes".into(), 1, Some(0))), "{speakers:?}");
    // Without --reported the facet is as before: quotes only, no reported count.
    let plain = search(tmp.path(), &["--facets"]).facets.map(|f| f.speaker).unwrap_or_default();
    let plain: Vec<(&str, u64, Option<u64>)> = plain.iter().map(|c| (c.value.as_str(), c.count, c.reported)).collect();
    assert_eq!(plain, [("Gustavo Petro", 1, None), ("Tom Reyes", 1, None)]);

    let list = |args: &[&str]| -> SpeakerList {
        let (_, stdout, stderr) = run(tmp.path(), &[&["speakers", "--format", "json"], args].concat());
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("speakers JSON: {e}\n{stdout}\n{stderr}"))
    };
    let quotes_only = list(&[]);
    assert_eq!((quotes_only.quotes, quotes_only.reported, quotes_only.total), (2, None, 2));
    assert!(quotes_only.speakers.iter().all(|s| s.reported.is_none()));
    let both = list(&["--reported"]);
    assert_eq!((both.quotes, both.reported, both.total), (2, Some(4), 4));
    let rows: Vec<(&str, u64, Option<u64>)> =
        both.speakers.iter().map(|s| (s.name.as_str(), s.quotes, s.reported)).collect();
    assert_eq!(rows[0], ("Gustavo Petro", 1, Some(1)), "most said first: {rows:?}");
    assert!(rows.contains(&("Maria Lopez", 0, Some(2))), "{rows:?}");
    let (_, text, _) = run(tmp.path(), &["speakers", "--reported"]);
    assert!(text.contains("Gustavo Petro — 1 quote, 1 reported"), "{text}");
}

#[test]
fn show_says_a_reported_citation_is_not_a_quote() {
    let tmp = archive();
    let law = search(tmp.path(), &["--reported", "international law"]);
    let citation = law.hits.first().map(|h| h.citation.clone()).unwrap_or_default();
    let (code, text, stderr) = run(tmp.path(), &["show", &citation]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text.contains("speaker: Gustavo Petro (reported statement, not a quote)"), "{text}");
    assert!(text.contains(&format!(">>>{PETRO_REPORTED}<<<")), "{text}");
}

#[test]
fn a_quote_ranks_above_a_reported_statement_of_similar_relevance() {
    // The paraphrase's short clause scores higher on its word than the long quote does:
    // REPORTED_WEIGHT puts the speaker's own words first.
    let tmp = super::ingest::tempdir();
    let body = "Harbour officials met the shipping lines on Monday to discuss the new fees.\n\n\
        \"The new tariff on cargo will be paid by every ship that docks here from June, and nobody will be spared,\" said Ines Moura, the harbour director.\n\n\
        Moura said the tariff was fair.\n\nThe shipping lines did not comment.";
    let record = serde_json::json!({"id": "h/1", "title": "Harbour fees", "date": "2020-05-01", "body": body});
    super::ingest::write(&tmp.path().join("a.jsonl"), format!("{record}\n"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "a.jsonl", "--index", "idx"]).assert().success();
    let r = search(tmp.path(), &["tariff", "--reported"]);
    let kinds: Vec<&str> = r.hits.iter().map(|h| h.kind.as_str()).collect();
    assert_eq!(kinds, ["quote", "reported"], "{:?}", r.hits);
}
