//! `newsquote export` and `search --explain`: the documents match the index's counts and
//! the engines' mappings, the bulk body pairs actions with stable ids, and every explained
//! request parses and names only mapped fields. No engine is needed.

use super::{Stats, indexed_corpus, newsquote, root};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn run(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = newsquote(dir).args(args).output().unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn export(dir: &Path, extra: &[&str]) -> Vec<u8> {
    let mut args = vec!["export", "--index", "idx"];
    args.extend_from_slice(extra);
    run(dir, &args)
}

#[test]
fn the_export_has_every_document_of_the_index_once() {
    let tmp = indexed_corpus();
    let stats: Stats = serde_json::from_slice(&run(tmp.path(), &["stats", "--format", "json", "--index", "idx"]))
        .unwrap_or_else(|e| panic!("stats: {e}"));
    let docs = lines(&export(tmp.path(), &[]));
    assert_eq!(docs.len(), stats.articles + stats.passages + stats.quotes + stats.reported);
    let count = |kind: &str| docs.iter().filter(|d| d["kind"] == kind).count();
    assert_eq!((count("article"), count("passage"), count("quote")), (stats.articles, stats.passages, stats.quotes));
    assert_eq!(count("reported"), stats.reported);
    assert!(stats.reported > 0, "the corpus has reported statements");
    let ids: BTreeSet<String> = docs.iter().map(expected_id).collect();
    assert_eq!(ids.len(), docs.len(), "each document has its own id");
    // Fields read from fast columns (not stored) are there too.
    let petro = docs.iter().find(|d| d["citation"].as_str().is_some_and(|c| c.ends_with("-p3-q1")));
    let petro = petro.unwrap_or_else(|| panic!("the Petro quote"));
    assert_eq!(petro["speaker"], serde_json::json!(["Gustavo Petro"]));
    assert!(petro["person"].as_array().is_some_and(|p| p.contains(&Value::from("Gustavo Petro"))), "{petro}");
    assert!(petro["country"].as_array().is_some_and(|c| c.contains(&Value::from("CO"))), "{petro}");
    assert_eq!(petro["date"], "2025-11-12");
    assert!(petro["group_key"].as_str().is_some_and(|k| k.len() == 16), "{petro}");
    // The tiebreak is not in the index: the export derives it from the citation.
    let citation = petro["citation"].as_str().unwrap_or_default();
    let tiebreak = format!("{:016x}", newsquote::index::schema::tiebreak(citation));
    assert_eq!(petro["tiebreak"], Value::from(tiebreak));
    // The same order at every export: articles by key, each followed by its documents.
    let keys: Vec<&str> = docs.iter().filter_map(|d| d["article_key"].as_str()).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    for article in docs.chunk_by(|a, b| a["article_key"] == b["article_key"]) {
        assert_eq!(article[0]["kind"], "article");
        let starts: Vec<u64> = article[1..].iter().filter_map(|d| d["passage_start"].as_u64()).collect();
        assert_eq!(starts.len(), article.len() - 1);
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "passages in body order: {starts:?}");
        // The article's fields (stored on the article document only) on each document.
        for field in ["article_id", "source_path", "title"] {
            assert!(article.iter().all(|d| d[field] == article[0][field]), "{field} of {}", article[0]["citation"]);
        }
        assert!(article[0]["source_path"].is_string());
        // Each quote right after its passage (or another quote of it).
        for pair in article[1..].windows(2).filter(|w| w[1]["kind"] == "quote") {
            assert_eq!(pair[0]["passage_start"], pair[1]["passage_start"], "{}", pair[1]["citation"]);
        }
    }
}

/// The engine types the mappings use, as OpenSearch/Elasticsearch and Quickwit document them.
const SEARCH_ENGINE_TYPES: [&str; 4] = ["text", "keyword", "long", "date"];
const QUICKWIT_TYPES: [&str; 3] = ["text", "u64", "datetime"];

#[test]
fn every_exported_field_has_a_mapping_of_the_right_type_for_each_engine() {
    let tmp = indexed_corpus();
    let docs = lines(&export(tmp.path(), &[]));
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for d in &docs {
        seen.extend(d.as_object().into_iter().flat_map(|o| o.keys().cloned()));
    }
    for engine in ["opensearch", "elasticsearch"] {
        let mapping: Value = serde_json::from_slice(&run(tmp.path(), &["export", "--mapping", engine]))
            .unwrap_or_else(|e| panic!("{engine}: {e}"));
        assert_eq!(mapping["mappings"]["dynamic"], "strict");
        let properties = &mapping["mappings"]["properties"];
        for field in &seen {
            let kind = properties[field]["type"].as_str().unwrap_or_else(|| panic!("{engine}: {field} unmapped"));
            assert!(SEARCH_ENGINE_TYPES.contains(&kind), "{engine}: {field} is {kind}");
            for d in docs.iter().filter(|d| !d[field].is_null()) {
                let values = d[field].as_array().cloned().unwrap_or_else(|| vec![d[field].clone()]);
                for v in values {
                    let fits = match kind {
                        "long" => v.is_u64(),
                        "date" => v.as_str().is_some_and(|s| s.len() == 10 && s.as_bytes()[4] == b'-'),
                        _ => v.is_string(),
                    };
                    assert!(fits, "{engine}: {field} = {v} is not a {kind}");
                }
            }
            let analyzer = properties[field]["analyzer"].as_str();
            if let Some(name) = analyzer {
                assert!(mapping["settings"]["analysis"]["analyzer"][name].is_object(), "{name} undefined");
            }
        }
        assert_eq!(properties["quote"]["index_options"], "positions");
    }
    let config: Value =
        serde_norway::from_slice(&run(tmp.path(), &["export", "--mapping", "quickwit", "--target-index", "news"]))
            .unwrap_or_else(|e| panic!("quickwit YAML: {e}"));
    assert_eq!(config["index_id"], "news");
    assert_eq!(config["doc_mapping"]["timestamp_field"], "date");
    let mappings = config["doc_mapping"]["field_mappings"].as_array().cloned().unwrap_or_default();
    for field in &seen {
        let m = mappings.iter().find(|m| m["name"] == field.as_str());
        let m = m.unwrap_or_else(|| panic!("quickwit: {field} unmapped"));
        let kind = m["type"].as_str().unwrap_or("");
        let (base, array) = match kind.strip_prefix("array<").and_then(|k| k.strip_suffix('>')) {
            Some(inner) => (inner, true),
            None => (kind, false),
        };
        assert!(QUICKWIT_TYPES.contains(&base), "quickwit: {field} is {kind}");
        // A field exported as a list is an array in Quickwit, and only such a field.
        let listed = docs.iter().any(|d| d[field].is_array());
        assert_eq!(listed, array, "quickwit: {field}");
    }
}

#[test]
fn the_bulk_body_pairs_each_document_with_its_stable_id() {
    let tmp = indexed_corpus();
    let body = export(tmp.path(), &["--format", "bulk", "--target-index", "news"]);
    let all = lines(&body);
    assert!(!all.is_empty() && all.len().is_multiple_of(2));
    for pair in all.chunks(2) {
        let action = &pair[0]["index"];
        assert_eq!(action["_index"], "news");
        assert_eq!(action["_id"], expected_id(&pair[1]), "{}", pair[1]);
    }
    let ids: BTreeSet<&str> = all.iter().filter_map(|v| v["index"]["_id"].as_str()).collect();
    assert_eq!(ids.len() * 2, all.len(), "ids are unique");
    // A second export is the same body: a reload updates, never duplicates.
    assert_eq!(export(tmp.path(), &["--format", "bulk", "--target-index", "news"]), body);
    // So is an export after the index is rebuilt from the same files.
    newsquote(tmp.path())
        .args(["ingest", "--quiet", "--rebuild", "--index", "idx"])
        .arg(root().join("corpus"))
        .assert()
        .success();
    let ids = |b: &[u8]| lines(b).iter().map(|v| v["index"]["_id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&export(tmp.path(), &["--format", "bulk", "--target-index", "news"])), ids(&body));
}

/// The `_id` a document must get: its citation, and for a passage its offset too.
fn expected_id(doc: &Value) -> String {
    let citation = doc["citation"].as_str().unwrap_or_else(|| panic!("no citation: {doc}"));
    match (doc["kind"].as_str(), doc["passage_start"].as_u64()) {
        (Some("passage"), Some(start)) => format!("{citation}@{start}"),
        (Some("article" | "quote" | "reported"), _) => citation.to_owned(),
        _ => panic!("a document of no known kind: {doc}"),
    }
}

/// Found on the benchmark corpus: a paragraph over 1,200 bytes is cut into passages that
/// share the paragraph's citation; as `_id`s they would overwrite each other.
#[test]
fn a_paragraph_cut_into_passages_gives_each_its_own_id() {
    let tmp = tempfile::TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let sentence = "The committee met again on Tuesday to discuss the harbour budget and the new ferry timetable. ";
    let body = format!("\"We will publish the figures,\" said Ana Ruiz.\n\n{}", sentence.repeat(30));
    let record = serde_json::json!({ "id": "long", "title": "Harbour", "date": "2024-05-01", "body": body });
    std::fs::write(tmp.path().join("a.jsonl"), format!("{record}\n")).unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "a.jsonl", "--index", "idx"]).assert().success();
    let all = lines(&export(tmp.path(), &["--format", "bulk"]));
    let passages: Vec<&Value> = all.iter().skip(1).step_by(2).filter(|d| d["kind"] == "passage").collect();
    let citations: BTreeSet<&str> = passages.iter().filter_map(|d| d["citation"].as_str()).collect();
    assert!(citations.len() < passages.len(), "the paragraph was not cut: {passages:?}");
    let ids: BTreeSet<&str> = all.iter().filter_map(|v| v["index"]["_id"].as_str()).collect();
    assert_eq!(ids.len() * 2, all.len(), "{ids:?}");
}

/// Every search option, alone and together.
const OPTION_SETS: &[&[&str]] = &[
    &["human rights"],
    &["\"human rights\" OR drugs", "--passages"],
    &["--speaker", "Gustavo Petro"],
    &["--person", "petro", "--sort", "relevance"],
    &["rights", "--country", "Colombia", "--sort", "date"],
    &["--from", "2025-11", "--to", "2025-12-31"],
    &["--to", "2024"],
    &["rights", "--limit", "5", "--offset", "10", "--facets"],
    &["--histogram", "year"],
    &["--histogram", "month"],
    &["--histogram", "week"],
    &[
        "human",
        "--passages",
        "--speaker",
        "petro",
        "--person",
        "trump",
        "--country",
        "US",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12",
        "--facets",
        "--histogram",
        "day",
    ],
];

/// The fields an explained request names: under term/match/range queries, in `field`,
/// `fields`, `sort`, `_source`, `highlight`, Quickwit's `search_field`, `sort_by` and
/// `field:` clauses of its query.
fn named_fields(value: &Value, parent: &str, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if matches!(parent, "term" | "match" | "range" | "fields" | "sort_item" | "highlight_fields") {
                    into.insert(key.clone());
                }
                match (key.as_str(), v) {
                    ("field", Value::String(f)) => {
                        into.insert(f.clone());
                    }
                    ("fields" | "_source", Value::Array(list)) => {
                        into.extend(
                            list.iter().filter_map(Value::as_str).map(|f| f.split('^').next().unwrap_or(f).to_owned()),
                        );
                    }
                    ("sort", Value::Array(list)) => list.iter().for_each(|item| named_fields(item, "sort_item", into)),
                    ("fields", Value::Object(_)) if parent == "highlight" => named_fields(v, "highlight_fields", into),
                    ("search_field" | "sort_by", Value::String(list)) => {
                        into.extend(list.split(',').map(str::to_owned));
                    }
                    ("query", Value::String(q)) if parent.is_empty() => {
                        // Quickwit: `field:value` clauses.
                        for word in q.split([' ', '(', ')']) {
                            if let Some((field, _)) = word.split_once(':') {
                                into.insert(field.to_owned());
                            }
                        }
                    }
                    _ => named_fields(v, key, into),
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|v| named_fields(v, parent, into)),
        _ => {}
    }
}

#[test]
fn explained_requests_parse_and_name_only_mapped_fields_for_every_option() {
    // No index is needed: the request is built from the options alone.
    let tmp = tempfile::TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mapping: Value = serde_json::from_slice(&run(tmp.path(), &["export", "--mapping", "elasticsearch"]))
        .unwrap_or_else(|e| panic!("mapping: {e}"));
    let properties = &mapping["mappings"]["properties"];
    let config: Value = serde_norway::from_slice(&run(tmp.path(), &["export", "--mapping", "quickwit"]))
        .unwrap_or_else(|e| panic!("quickwit YAML: {e}"));
    let quickwit_fields: BTreeSet<String> = config["doc_mapping"]["field_mappings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["name"].as_str().map(str::to_owned))
        .collect();
    for engine in ["opensearch", "elasticsearch", "quickwit"] {
        for options in OPTION_SETS {
            let mut args = vec!["search"];
            args.extend_from_slice(options);
            args.extend(["--explain", engine]);
            let out = newsquote(tmp.path()).args(&args).output().unwrap_or_else(|e| panic!("run: {e}"));
            assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
            let body: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            let mut fields = BTreeSet::new();
            named_fields(&body, "", &mut fields);
            fields.remove("_score");
            assert!(!fields.is_empty(), "{args:?}");
            for field in &fields {
                let mapped = if engine == "quickwit" {
                    quickwit_fields.contains(field)
                } else {
                    match field.split_once('.') {
                        Some((name, sub)) => properties[name]["fields"][sub].is_object(),
                        None => properties[field].is_object(),
                    }
                };
                assert!(mapped, "{engine} {options:?}: `{field}` is not mapped\n{body:#}");
            }
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.starts_with("# POST /"), "{stderr}");
            if engine == "quickwit" {
                assert!(stderr.contains("no collapse"), "{stderr}");
                assert!(body.get("collapse").is_none());
            } else {
                assert_eq!(body["collapse"]["field"], "group_key");
            }
        }
    }
    // The options show in the request.
    let out = run(tmp.path(), &["search", "rights", "--limit", "5", "--offset", "10", "--explain", "opensearch"]);
    let body: Value = serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((body["size"].as_u64(), body["from"].as_u64()), (Some(5), Some(10)));
}

/// A changed article is replaced by deleting its old documents: the export skips them.
#[test]
fn a_replaced_article_is_exported_once() {
    let tmp = tempfile::TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let write = |said: &str| {
        let records = [
            serde_json::json!({ "id": "a", "title": "Port", "body": format!("\"{said},\" said Ana Ruiz.") }),
            serde_json::json!({ "id": "b", "title": "Rail", "body": "\"The line opens in May,\" said Tom Lee." }),
        ];
        let text: String = records.iter().map(|r| format!("{r}\n")).collect();
        std::fs::write(tmp.path().join("a.jsonl"), text).unwrap_or_else(|e| panic!("write: {e}"));
        newsquote(tmp.path()).args(["ingest", "--quiet", "a.jsonl", "--index", "idx"]).assert().success();
    };
    write("The port reopens on Monday");
    write("The port stays closed until June");
    let stats: Stats = serde_json::from_slice(&run(tmp.path(), &["stats", "--format", "json", "--index", "idx"]))
        .unwrap_or_else(|e| panic!("stats: {e}"));
    let docs = lines(&export(tmp.path(), &[]));
    assert_eq!(docs.len(), stats.articles + stats.passages + stats.quotes + stats.reported);
    let quotes: Vec<&str> = docs.iter().filter_map(|d| d["quote"].as_str()).collect();
    assert!(quotes.contains(&"The port stays closed until June"), "{quotes:?}");
    assert!(!quotes.contains(&"The port reopens on Monday"), "{quotes:?}");
}
