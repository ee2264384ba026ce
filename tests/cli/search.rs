//! Search output: syndicated copies grouped, every format parsed back (typed JSON and
//! JSON Lines, CSV through the csv crate), text and Markdown through snapshots, paging,
//! sorting, facets and exit codes.

use super::{indexed_corpus, newsquote, root, search_json};
use serde::Deserialize;
use std::path::Path;
use tempfile::TempDir;

/// The search JSON wire format, with the fields added for syndication and highlights.
#[derive(Debug, Deserialize)]
struct Results {
    total: usize,
    matches: usize,
    offset: usize,
    sort: String,
    hits: Vec<Hit>,
    facets: Option<Facets>,
    histogram: Option<Histogram>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Hit {
    kind: String,
    quote: Option<String>,
    speaker: Option<String>,
    fragment: bool,
    score: f32,
    title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source_path: String,
    paragraph: u64,
    citation: String,
    passage: String,
    key: String,
    highlights: Highlights,
    citations: Vec<Citation>,
    also_in: usize,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Highlights {
    quote: Vec<(usize, usize)>,
    passage: Vec<(usize, usize)>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Citation {
    citation: String,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Facets {
    speaker: Vec<FacetCount>,
    country: Vec<FacetCount>,
    outlet: Vec<FacetCount>,
}

#[derive(Debug, Deserialize)]
struct FacetCount {
    value: String,
    label: Option<String>,
    count: u64,
}

#[derive(Debug, Deserialize)]
struct Histogram {
    interval: String,
    buckets: Vec<Bucket>,
    undated: u64,
}

#[derive(Debug, Deserialize)]
struct Bucket {
    key: String,
    count: u64,
}

/// A CSV row, by header name.
#[derive(Debug, Deserialize)]
struct Row {
    quote: String,
    speaker: String,
    date: String,
    outlet: String,
    title: String,
    url: String,
    citation: String,
    also_in: usize,
    citations: String,
}

/// A temp folder holding copies of `fixtures` (under their own names) and an index `idx`
/// built from them with relative paths, so that output does not depend on the machine.
fn indexed(fixtures: &[&str]) -> TempDir {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap_or_else(|e| panic!("mkdir: {e}"));
    for f in fixtures {
        let from = root().join(f);
        let name = from.file_name().unwrap_or_else(|| panic!("{f}: no file name"));
        std::fs::copy(&from, data.join(name)).unwrap_or_else(|e| panic!("copy {f}: {e}"));
    }
    newsquote(tmp.path()).args(["ingest", "--quiet", "data", "--index", "idx"]).assert().success();
    tmp
}

const SAMPLE: &str = "corpus/2025-11-12-colombia-halts-us-intelligence-sharing.txt";
const WIRE: &str = "corpus/sample-wire.jsonl";
const HARBOUR: &str = "tests/fixtures/syndication/harbour-wire.json";
const COAST: &str = "tests/fixtures/syndication/daily-coast.json";

/// Runs a search; returns exit code, stdout, stderr.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    super::outcome(newsquote(dir).args(["search", "--index", "idx"]).args(args))
}

fn json(dir: &Path, args: &[&str]) -> Results {
    let (_, stdout, stderr) = run(dir, &[args, &["--format", "json"]].concat());
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("search JSON: {e}\n{stdout}\n{stderr}"))
}

/// Exit code, stdout and stderr in one text for a snapshot.
fn transcript(dir: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run(dir, args);
    format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

#[test]
fn two_outlets_copies_of_a_story_give_one_hit_per_quote_with_both_citations() {
    let tmp = indexed(&[HARBOUR, COAST]);
    let res = json(tmp.path(), &["--speaker", "okafor"]);
    assert_eq!((res.total, res.matches), (2, 4));
    for hit in &res.hits {
        let outlets: Vec<_> = hit.citations.iter().map(|c| c.outlet.as_deref()).collect();
        assert_eq!(outlets, [Some("Harbour Wire"), Some("Daily Coast")], "earliest first");
        assert_eq!(hit.also_in, 1);
        assert_eq!(hit.outlet.as_deref(), Some("Harbour Wire"), "the hit cites the earliest copy");
        assert_eq!(hit.citation, hit.citations[0].citation);
    }
    let (code, stdout, _) = run(tmp.path(), &["hospital"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("also in 1 article:\n     Daily Coast \u{b7} 2024-05-02"), "{stdout}");
}

#[test]
fn text_output_snapshots() {
    let tmp = indexed(&[SAMPLE, HARBOUR, COAST]);
    let dir = tmp.path();
    insta::assert_snapshot!("human_rights_petro", transcript(dir, &["human rights", "--speaker", "petro"]));
    insta::assert_snapshot!("syndicated", transcript(dir, &["\"far shore\"", "--facets", "--histogram", "day"]));
    insta::assert_snapshot!("paged", transcript(dir, &["drugs", "--limit", "2", "--offset", "1"]));
    insta::assert_snapshot!("passages", transcript(dir, &["cartels", "--passages"]));
    insta::assert_snapshot!("nothing_found", transcript(dir, &["zeppelin"]));
    insta::assert_snapshot!("markdown", transcript(dir, &["winter OR hospital", "--format", "markdown"]));
}

#[test]
fn query_mistakes_are_pointed_at_with_an_example() {
    let tmp = indexed(&[SAMPLE]);
    let dir = tmp.path();
    insta::assert_snapshot!("unclosed_phrase", transcript(dir, &["\"human rights"]));
    insta::assert_snapshot!("unknown_field", transcript(dir, &["rights auhtor:petro"]));
    insta::assert_snapshot!("any_value", transcript(dir, &["title:*"]));
    insta::assert_snapshot!("dangling_or", transcript(dir, &["rights OR"]));
    insta::assert_snapshot!("only_exclusions", transcript(dir, &["--", "-rights"]));
}

#[test]
fn highlights_are_byte_ranges_of_the_matched_words() {
    let tmp = indexed(&[SAMPLE]);
    let res = json(tmp.path(), &["human rights", "--speaker", "petro"]);
    let hit = &res.hits[0];
    let quote = hit.quote.as_deref().unwrap_or_default();
    let words: Vec<&str> = hit.highlights.quote.iter().map(|&(s, e)| &quote[s..e]).collect();
    assert_eq!(words, ["human", "rights"]);
    assert!(hit.highlights.passage.iter().all(|&(s, e)| hit.passage[s..e].to_lowercase().starts_with("human")
        || hit.passage[s..e].to_lowercase().starts_with("right")));
    assert_eq!((hit.kind.as_str(), hit.key.len()), ("quote", 16));
}

#[test]
fn jsonl_is_one_typed_hit_a_line_and_matches_json() {
    let tmp = indexed(&[SAMPLE, WIRE]);
    let whole = json(tmp.path(), &["said OR says OR wrote", "--limit", "50"]);
    let (code, stdout, _) = run(tmp.path(), &["said OR says OR wrote", "--limit", "50", "--format", "jsonl"]);
    assert_eq!(code, 0);
    let lines: Vec<Hit> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line: {e}\n{l}"))).collect();
    assert_eq!(lines, whole.hits);
}

#[test]
fn csv_has_a_header_and_one_row_per_hit() {
    let tmp = indexed(&[SAMPLE, HARBOUR, COAST]);
    let (code, stdout, _) = run(tmp.path(), &["bridge OR drugs", "--format", "csv", "--limit", "50"]);
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let header: Vec<String> =
        reader.headers().unwrap_or_else(|e| panic!("header: {e}")).iter().map(str::to_owned).collect();
    assert_eq!(header[..7], ["quote", "speaker", "date", "outlet", "title", "url", "citation"]);
    let rows: Vec<Row> = reader.deserialize().map(|r| r.unwrap_or_else(|e| panic!("row: {e}"))).collect();
    let res = json(tmp.path(), &["bridge OR drugs", "--limit", "50"]);
    assert_eq!(rows.len(), res.hits.len());
    for (row, hit) in rows.iter().zip(&res.hits) {
        assert_eq!(Some(row.quote.as_str()), hit.quote.as_deref());
        assert_eq!(row.citation, hit.citation);
        assert_eq!(row.also_in, hit.also_in);
        assert_eq!(row.date, hit.date.clone().unwrap_or_default());
        assert_eq!((row.speaker.is_empty(), row.outlet.is_empty()), (hit.speaker.is_none(), hit.outlet.is_none()));
        assert_eq!((row.title.is_empty(), row.url.is_empty()), (hit.title.is_none(), hit.url.is_none()));
        assert_eq!(row.citations.split(' ').count(), hit.citations.len());
    }
}

#[test]
fn paging_is_stable_and_pages_tile_the_full_list() {
    let tmp = indexed(&[SAMPLE, WIRE, HARBOUR, COAST]);
    for query in [&["said OR the"][..], &[]] {
        let all = json(tmp.path(), &[query, &["--limit", "100"]].concat());
        assert_eq!(all.total, all.hits.len());
        let mut paged = Vec::new();
        for offset in (0..all.total).step_by(3) {
            let page = json(tmp.path(), &[query, &["--limit", "3", "--offset", &offset.to_string()]].concat());
            assert_eq!((page.total, page.offset), (all.total, offset));
            paged.extend(page.hits);
        }
        assert_eq!(paged, all.hits, "{query:?}");
        let again = json(tmp.path(), &[query, &["--limit", "100"]].concat());
        assert_eq!(again.hits, all.hits);
    }
}

#[test]
fn sort_by_date_is_newest_first_and_relevance_by_score() {
    let tmp = indexed(&[SAMPLE, WIRE, HARBOUR]);
    let by_date = json(tmp.path(), &["said OR the", "--sort", "date", "--limit", "100"]);
    assert_eq!(by_date.sort, "date");
    let dates: Vec<&str> = by_date.hits.iter().filter_map(|h| h.date.as_deref()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let by_score = json(tmp.path(), &["said OR the", "--limit", "100"]);
    assert_eq!(by_score.sort, "relevance");
    // Tiers first: the quote holds the words itself (its own words are marked, or its
    // speaker's name has one), then whole attributed quotes; by score within a tier.
    let named = |h: &Hit| {
        let speaker = h.speaker.as_deref().unwrap_or_default().to_lowercase();
        speaker.split_whitespace().any(|w| w == "the" || w == "said")
    };
    let tier = |h: &Hit| (!h.highlights.quote.is_empty() || named(h), !h.fragment && h.speaker.is_some());
    let tiers: Vec<(bool, bool)> = by_score.hits.iter().map(tier).collect();
    assert!(tiers.windows(2).all(|w| w[0] >= w[1]), "{tiers:?}");
    for t in [(true, true), (true, false), (false, true)] {
        assert!(tiers.contains(&t), "the corpus has a hit of tier {t:?}: {tiers:?}");
    }
    let in_tier = |w: &[Hit]| tier(&w[0]) != tier(&w[1]) || w[0].score >= w[1].score;
    assert!(by_score.hits.windows(2).all(in_tier));
}

#[test]
fn facets_and_histogram_count_the_matching_set() {
    let tmp = indexed(&[SAMPLE, WIRE, HARBOUR, COAST]);
    let res = json(tmp.path(), &["--facets", "--histogram", "month", "--limit", "1"]);
    let facets = res.facets.unwrap_or_else(|| panic!("no facets"));
    let speakers: u64 = facets.speaker.iter().map(|c| c.count).sum();
    assert!(speakers <= res.matches as u64 && speakers > 0);
    let okafor = facets.speaker.iter().find(|c| c.value == "Lena Okafor").map(|c| c.count);
    assert_eq!(okafor, Some(4), "every copy counts");
    let outlets: Vec<(&str, u64)> = facets.outlet.iter().map(|c| (c.value.as_str(), c.count)).collect();
    assert!(outlets.contains(&("Harbour Wire", 2)) && outlets.contains(&("Daily Coast", 2)), "{outlets:?}");
    let colombia = facets.country.iter().find(|c| c.value == "CO");
    assert_eq!(colombia.and_then(|c| c.label.as_deref()), Some("Colombia"));
    let hist = res.histogram.unwrap_or_else(|| panic!("no histogram"));
    assert_eq!(hist.interval, "month");
    let counted: u64 = hist.buckets.iter().map(|b| b.count).sum::<u64>() + hist.undated;
    assert_eq!(counted, res.matches as u64);
    assert!(hist.buckets.iter().any(|b| b.key == "2024-05" && b.count == 4), "{:?}", hist.buckets);
    assert!(hist.buckets.windows(2).all(|w| w[0].key < w[1].key));
    // A histogram alone (no facet columns read) counts the same.
    let alone = json(tmp.path(), &["--histogram", "month", "--limit", "1"]);
    assert!(alone.facets.is_none());
    let alone = alone.histogram.unwrap_or_else(|| panic!("no histogram"));
    let pairs = |h: &Histogram| h.buckets.iter().map(|b| (b.key.clone(), b.count)).collect::<Vec<_>>();
    assert_eq!((pairs(&alone), alone.undated), (pairs(&hist), hist.undated));
}

#[test]
fn passages_search_all_text_and_filter_by_speaker() {
    let tmp = indexed(&[SAMPLE, HARBOUR, COAST]);
    let res = json(tmp.path(), &["ferry", "--passages"]);
    assert!(res.total > 0);
    assert!(res.hits.iter().all(|h| h.kind == "passage" && h.quote.is_none()));
    assert!(res.hits.iter().any(|h| h.passage.contains("A ferry service")), "a passage without quotes");
    let by_speaker = json(tmp.path(), &["hospital", "--passages", "--speaker", "okafor"]);
    // The two outlets worded this paragraph differently: two passages, not one.
    let outlets: Vec<_> = by_speaker.hits.iter().map(|h| h.outlet.as_deref()).collect();
    assert_eq!(outlets, [Some("Harbour Wire"), Some("Daily Coast")]);
    assert_eq!(json(tmp.path(), &["hospital", "--passages", "--speaker", "petro"]).total, 0);
}

#[test]
fn exit_codes_are_as_documented() {
    let tmp = indexed(&[SAMPLE]);
    let code = |args: &[&str]| run(tmp.path(), args).0;
    assert_eq!(code(&["rights"]), 0);
    assert_eq!(code(&["zeppelin", "--format", "json"]), 1);
    assert_eq!(code(&["zeppelin", "--format", "csv"]), 1);
    assert_eq!(code(&["rights AND"]), 2);
    assert_eq!(code(&["rights", "--facets", "--format", "markdown"]), 2);
    assert_eq!(code(&["rights", "--sort", "oldest"]), 2);
    let out = newsquote(tmp.path()).args(["search", "rights", "--index", "missing"]).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(2));
    // The error names the folder absolutely and how to choose another.
    let err = String::from_utf8_lossy(&out.stderr);
    let missing = tmp.path().join("missing");
    assert!(err.contains(&format!("no index at {}", missing.display())), "{err}");
    assert!(err.contains("--index or NEWSQUOTE_INDEX") && err.contains("newsquote ingest --index missing"), "{err}");
}

#[test]
fn a_citation_the_index_does_not_hold_says_why() {
    let tmp = indexed_corpus();
    let (found, _) = search_json(tmp.path(), &["rights"]);
    let citation = &found.hits[0].citation;
    let key = citation.split('-').next().unwrap_or_default();
    let show = |c: &str| {
        let out = newsquote(tmp.path()).args(["show", c, "--index", "idx"]).output();
        let out = out.unwrap_or_else(|e| panic!("run: {e}"));
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, err) = show("0123456789ab-p1");
    assert_eq!(code, Some(2));
    assert!(err.contains("no article of that key there (a citation from another index"), "{err}");
    let (code, err) = show(&format!("{key}-p999"));
    assert_eq!(code, Some(2));
    assert!(err.contains("its article is there, but not this paragraph or quote"), "{err}");
}

#[test]
fn what_filters_and_paging_leave_out_is_said() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path();
    std::fs::create_dir(dir.join("in")).unwrap_or_else(|e| panic!("{e}"));
    let article = |date: &str, words: &str| format!("{date}Harbour news\n\n\"The harbour {words},\" Ana Soto said.\n");
    std::fs::write(dir.join("in/dated.md"), article("Date: 2024-05-02\n\n", "opens in May"))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("in/undated.txt"), article("", "closes in June")).unwrap_or_else(|e| panic!("{e}"));
    newsquote(dir).args(["ingest", "--quiet", "--index", "idx", "in"]).assert().success();
    let run = |args: &[&str]| {
        let out = newsquote(dir).arg("search").args(args).args(["--index", "idx"]).output();
        let out = out.unwrap_or_else(|e| panic!("run: {e}"));
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, _, err) = run(&["harbour", "--from", "2024"]);
    assert_eq!(code, Some(0));
    assert!(err.contains("1 matching quotes of undated articles left out by --from/--to"), "{err}");
    let (_, json, _) = run(&["harbour", "--from", "2024", "--format", "json"]);
    assert!(json.contains("\"undated_left_out\": 1"), "{json}");
    let (_, json, _) = run(&["harbour", "--format", "json"]);
    assert!(!json.contains("undated_left_out"), "only with a date filter: {json}");
    let (code, out, err) = run(&["harbour", "--offset", "5"]);
    assert_eq!((code, out.as_str()), (Some(0), ""));
    assert!(err.contains("no quotes on this page: 2 match, and --offset 5 is past the end"), "{err}");
}

/// One JSON record whose quote sits in a paragraph holding `around` outside the quote.
fn record(id: &str, around: &str, quote: &str) -> String {
    let body = format!(
        "The mayor spoke about {around} on the pier. \"{quote},\" said Mayor Ann Lee.\n\nA second paragraph has no quotation at all."
    );
    let title = format!("Story {id}");
    serde_json::json!({ "id": id, "title": title, "date": "2024-05-02", "body": body }).to_string() + "\n"
}

#[test]
fn a_quote_is_found_through_the_words_around_it_after_replacements_and_merges() {
    // Ten ingests of one article each (ten commits, so segments are merged), then one
    // article replaced: each quote still reaches its own passage, and the replaced one only
    // its new one.
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let ingest = |n: usize, text: &str| {
        let file = tmp.path().join(format!("a{n}.jsonl"));
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("write: {e}"));
        newsquote(tmp.path()).args(["ingest", "--quiet", "--index", "idx"]).arg(&file).assert().success();
    };
    for n in 0..10 {
        ingest(n, &record(&format!("a{n}"), &format!("zq{n}x"), &format!("We will rebuild bridge number {n}")));
    }
    ingest(3, &record("a3", "zq3new", "We replaced the plan for bridge three"));
    for n in (0..10).filter(|&n| n != 3) {
        let found = json(tmp.path(), &[&format!("zq{n}x")]);
        assert_eq!(found.total, 1, "zq{n}x");
        let hit = &found.hits[0];
        assert_eq!(hit.quote.as_deref(), Some(format!("We will rebuild bridge number {n}").as_str()));
        assert!(hit.passage.contains(&format!("zq{n}x")) && hit.passage.contains("Mayor Ann Lee"), "{}", hit.passage);
        assert_eq!(hit.title.as_deref(), Some(format!("Story a{n}").as_str()));
        assert!(hit.highlights.quote.is_empty() && !hit.highlights.passage.is_empty());
    }
    assert_eq!(json(tmp.path(), &["zq3x"]).total, 0, "the replaced text is gone");
    let replaced = json(tmp.path(), &["zq3new"]);
    assert_eq!(
        replaced.hits.iter().map(|h| h.quote.as_deref()).collect::<Vec<_>>(),
        [Some("We replaced the plan for bridge three")]
    );
    // A quote holding a word of the query ranks above one found only through the words
    // around it, whatever their scores.
    let found = json(tmp.path(), &["rebuild OR pier", "--limit", "20"]);
    assert_eq!(found.total, 10);
    assert!(found.hits[..9].iter().all(|h| !h.highlights.quote.is_empty()));
    assert_eq!(found.hits[9].quote.as_deref(), Some("We replaced the plan for bridge three"));
}

#[test]
fn accents_are_folded_in_every_text_field() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let body = "The owner of the Café Noël spoke. \"Our café will stay open,\" said Ana Pérez.";
    let record = serde_json::json!({ "id": "c1", "title": "Le café du coin", "body": body }).to_string();
    std::fs::write(tmp.path().join("a.jsonl"), record + "\n").unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "a.jsonl", "--index", "idx"]).assert().success();
    for query in ["cafe", "café", "CAFE", "noel", "title:cafe", "\"cafe will stay\""] {
        let found = json(tmp.path(), &[query]);
        assert_eq!(found.total, 1, "{query}");
        assert_eq!(found.hits[0].quote.as_deref(), Some("Our café will stay open"), "{query}");
    }
    // The marked words are the accented ones as written.
    let marked = json(tmp.path(), &["cafe"]);
    let hit = &marked.hits[0];
    let quote = hit.quote.as_deref().unwrap_or_default();
    let words: Vec<&str> = hit.highlights.quote.iter().map(|&(s, e)| &quote[s..e]).collect();
    assert_eq!(words, ["café"]);
}

/// Two articles whose quotes sit among words only their passages hold.
fn harbour_index() -> TempDir {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let harbour = "The minister spoke at the harbour on Monday about the dredging plan. \"We will finish the canal by spring,\" said Tom Reyes, the port minister. \"Nobody should doubt it,\" added Ana Lopez, the mayor.\n\nCritics were unmoved by the promises. \"This is a fantasy,\" said Paul Grant.";
    let lighthouse = "Residents debated the lighthouse repairs at a packed meeting. \"The money is there,\" Mayor Ana Lopez said. \"We start in June,\" said Senator Ben Ortiz.";
    let records = [
        serde_json::json!({ "id": "h1", "title": "Harbour talks stall", "date": "2025-03-04", "body": harbour }),
        serde_json::json!({ "id": "l1", "title": "Lighthouse plan", "date": "2025-03-05", "body": lighthouse }),
    ];
    let text: String = records.iter().map(|r| r.to_string() + "\n").collect();
    std::fs::write(tmp.path().join("a.jsonl"), text).unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "a.jsonl", "--index", "idx"]).assert().success();
    tmp
}

#[test]
fn and_or_and_not_combine_the_quote_and_the_words_around_it() {
    let tmp = harbour_index();
    let quotes = |args: &[&str]| -> Vec<String> {
        json(tmp.path(), &[args, &["--limit", "20"]].concat()).hits.into_iter().filter_map(|h| h.quote).collect()
    };
    // An excluded word is looked for around the quote too, titles included.
    assert!(quotes(&["canal -dredging"]).is_empty());
    assert!(quotes(&["fantasy -title:harbour"]).is_empty());
    assert_eq!(quotes(&["canal -lighthouse"]), ["We will finish the canal by spring", "Nobody should doubt it"]);
    // A speaker clause is the quote's own speaker, not every speaker of its passage.
    assert_eq!(quotes(&["harbour -speaker:reyes"]), ["Nobody should doubt it"]);
    assert_eq!(quotes(&["harbour AND speaker:reyes"]), ["We will finish the canal by spring"]);
    assert_eq!(quotes(&["speaker:lopez AND harbour"]), ["Nobody should doubt it"]);
    let mut either = quotes(&["speaker:reyes OR speaker:grant"]);
    either.sort();
    assert_eq!(either, ["This is a fantasy", "We will finish the canal by spring"]);
    // A role names the quote's speaker, whose quote is found through the words around it.
    assert_eq!(quotes(&["lighthouse", "--speaker", "the senator"]), ["We start in June"]);
    // Each word counts where it is found: the quote holding one ranks above its neighbour.
    let both = json(tmp.path(), &["canal harbour"]);
    assert_eq!(both.hits.len(), 2);
    assert_eq!(both.hits[0].quote.as_deref(), Some("We will finish the canal by spring"));
    assert!(both.hits[0].score > both.hits[1].score, "{} vs {}", both.hits[0].score, both.hits[1].score);
}

#[test]
fn a_surnames_dominant_person_is_counted_in_quotes_not_passages() {
    // Ten quotes of Tom Reyes in one paragraph, one of Luis Reyes: Tom holds ten in eleven
    // of the surname's quotes, so "Mr Reyes" is Tom. Counted in documents, each passage would
    // add one to both (11 against 2: under nine in ten) and "Mr Reyes" would be both.
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
    let tom: String = words.iter().map(|w| format!("\"{w} more boats,\" said Tom Reyes. ")).collect();
    let records = [
        serde_json::json!({ "id": "t1", "title": "Boats", "body": tom }),
        serde_json::json!({ "id": "l1", "title": "Nets", "body": "\"Eleven more nets,\" said Luis Reyes." }),
    ];
    let text: String = records.iter().map(|r| r.to_string() + "\n").collect();
    std::fs::write(tmp.path().join("a.jsonl"), text).unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "a.jsonl", "--index", "idx"]).assert().success();
    let all = json(tmp.path(), &["--speaker", "reyes", "--limit", "0"]);
    assert_eq!(all.total, 11, "a bare surname finds both");
    let mr = json(tmp.path(), &["--speaker", "Mr Reyes", "--limit", "20"]);
    assert_eq!(mr.total, 10);
    assert!(mr.hits.iter().all(|h| h.speaker.as_deref() == Some("Tom Reyes")));
    // A passage still answers --passages --speaker by the same typed name.
    let passages = json(tmp.path(), &["--passages", "--speaker", "Tom Reyes", "--limit", "0"]);
    assert_eq!(passages.total, 1);
}

/// Two quotes of different texts whose syndication keys fall in one `group_bucket`: the
/// bucket finds both, and only the key column tells the copies apart.
fn two_texts_in_one_bucket() -> (String, String) {
    use newsquote::index::schema::group_bucket;
    use newsquote::index::writer::group_key;
    let mut seen = std::collections::HashMap::new();
    for n in 0..100_000u32 {
        let text = format!("The harbour board will meet {n} times before the new ferry runs again");
        let bucket = group_bucket(group_key(&text, ""));
        if let Some(other) = seen.insert(bucket, text.clone()) {
            return (other, text);
        }
    }
    panic!("no two texts share a bucket");
}

#[test]
fn copies_are_told_apart_from_other_texts_of_their_bucket() {
    let (a, b) = two_texts_in_one_bucket();
    let article = |id: &str, date: &str, outlet: &str, text: &str| {
        let body = format!("PORT ELLIS - The board met on Monday.\n\n\"{text},\" said Mayor Lena Okafor.");
        serde_json::json!({ "id": id, "title": id, "date": date, "outlet": outlet, "body": body }).to_string()
    };
    let lines = [
        article("first", "2024-05-01", "Harbour Wire", &a),
        article("copy", "2024-05-02", "Daily Coast", &a),
        article("other", "2024-05-03", "Bay Times", &b),
    ];
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    std::fs::write(tmp.path().join("wire.jsonl"), lines.join("\n")).unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "wire.jsonl", "--index", "idx"]).assert().success();
    let res = json(tmp.path(), &["harbour board", "--sort", "date"]);
    assert_eq!((res.total, res.matches), (2, 3));
    let by_quote = |text: &str| res.hits.iter().find(|h| h.quote.as_deref() == Some(text));
    let copied = by_quote(&a).unwrap_or_else(|| panic!("{a} not found"));
    let outlets: Vec<_> = copied.citations.iter().map(|c| c.outlet.as_deref()).collect();
    assert_eq!(outlets, [Some("Harbour Wire"), Some("Daily Coast")]);
    assert_eq!(copied.also_in, 1);
    let alone = by_quote(&b).unwrap_or_else(|| panic!("{b} not found"));
    assert_eq!((alone.citations.len(), alone.also_in), (1, 0));
}

#[test]
fn copies_of_one_day_are_stood_for_by_the_same_one_whatever_the_ingest_order() {
    let text = "The ferry will run again once the harbour board has counted every last bolt";
    let article = |id: &str| {
        let body = format!("PORT ELLIS - The board met on Monday.\n\n\"{text},\" said Mayor Lena Okafor.");
        let outlet = format!("Outlet {id}");
        serde_json::json!({ "id": id, "title": id, "date": "2024-05-01", "outlet": outlet, "body": body }).to_string()
    };
    let ids = ["alpha", "bravo", "charlie", "delta"];
    // The copy whose citation hashes lowest stands for the group.
    let citation = |id: &str| format!("{}-p2-q1", newsquote::index::writer::article_key(id));
    let expected = ids.iter().map(|id| citation(id)).min_by_key(|c| newsquote::index::schema::tiebreak(c));
    let mut shown = Vec::new();
    for order in [ids.to_vec(), ids.iter().rev().copied().collect()] {
        let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let lines: Vec<String> = order.iter().map(|id| article(id)).collect();
        std::fs::write(tmp.path().join("wire.jsonl"), lines.join("\n")).unwrap_or_else(|e| panic!("write: {e}"));
        newsquote(tmp.path()).args(["ingest", "--quiet", "wire.jsonl", "--index", "idx"]).assert().success();
        let res = json(tmp.path(), &["ferry"]);
        assert_eq!((res.total, res.matches), (1, 4));
        assert_eq!(res.hits[0].also_in, 3);
        shown.push(res.hits[0].citation.clone());
    }
    assert_eq!(Some(&shown[0]), expected.as_ref());
    assert_eq!(shown[0], shown[1]);
}

#[test]
fn title_searches_reach_every_passage_and_quote_of_the_titled_articles() {
    // Titles are indexed on article documents only, and reached through the block join.
    let tmp = harbour_index();
    let quotes = |args: &[&str]| -> Vec<String> {
        let mut found: Vec<String> =
            json(tmp.path(), &[args, &["--limit", "20"]].concat()).hits.into_iter().filter_map(|h| h.quote).collect();
        found.sort();
        found
    };
    let harbour = ["Nobody should doubt it", "This is a fantasy", "We will finish the canal by spring"];
    assert_eq!(quotes(&["title:harbour"]), harbour);
    assert_eq!(quotes(&["title:\"talks stall\""]), harbour);
    assert_eq!(quotes(&["title:harbour", "--speaker", "grant"]), ["This is a fantasy"]);
    assert_eq!(quotes(&["title:harbour AND fantasy"]), ["This is a fantasy"]);
    assert_eq!(quotes(&["june -title:harbour"]), ["The money is there", "We start in June"]);
    assert!(quotes(&["title:harbour AND june"]).is_empty());
    assert_eq!(quotes(&["title:harbour OR title:lighthouse"]).len(), 5);
    // Passages too, each shown with its article's title.
    let passages = json(tmp.path(), &["title:lighthouse", "--passages"]);
    assert_eq!(passages.total, 1);
    assert_eq!(passages.hits[0].title.as_deref(), Some("Lighthouse plan"));
    assert!(passages.hits[0].passage.starts_with("Residents debated"));
    let passages = json(tmp.path(), &["title:harbour AND critics", "--passages"]);
    assert_eq!(passages.total, 1);
    assert!(passages.hits[0].passage.starts_with("Critics were unmoved"));
    // A quote's hit still shows its article's title and file.
    let hit = &json(tmp.path(), &["fantasy"]).hits[0];
    assert_eq!((hit.title.as_deref(), hit.source_path.as_str()), (Some("Harbour talks stall"), "a.jsonl"));
}

#[test]
fn facet_values_kept_from_one_search_give_the_next_ones_their_own_counts() {
    use newsquote::index::reader::IndexHandle;
    use newsquote::search::request::SearchRequest;
    use newsquote::search::run::search;
    let tmp = harbour_index();
    let idx = tmp.path().join("idx");
    let facets = |handle: &IndexHandle, text: &str| {
        let req = SearchRequest { text: Some(text.into()), facets: true, ..SearchRequest::default() };
        let results = search(handle, &req).unwrap_or_else(|e| panic!("{text}: {e}"));
        serde_json::to_value(results.facets).unwrap_or_else(|e| panic!("{e}"))
    };
    // One handle: each search reads the values the earlier ones did not meet; a fresh
    // handle reads them all from the dictionaries.
    let kept = IndexHandle::open(&idx).unwrap_or_else(|e| panic!("open: {e}"));
    for text in ["fantasy", "canal", "june OR fantasy", "minister OR money OR critics", "fantasy"] {
        let fresh = IndexHandle::open(&idx).unwrap_or_else(|e| panic!("open: {e}"));
        let expected = facets(&fresh, text);
        assert!(expected["speaker"].as_array().is_some_and(|s| !s.is_empty()), "{text}: {expected}");
        assert_eq!(facets(&kept, text), expected, "{text}");
    }
}
