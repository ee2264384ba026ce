//! `/api/*`: the CLI's output and messages, every parameter and every error code.

use super::*;

/// The CLI's error message, without the `newsquote: error: ` it is printed after.
fn cli_error(stderr: &str) -> String {
    stderr.trim_end().strip_prefix("newsquote: error: ").unwrap_or(stderr).to_owned()
}

#[test]
fn search_json_equals_the_cli_for_every_option() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let cases: [(&str, &[&str]); 12] = [
        ("q=human+rights&speaker=petro", &["human rights", "--speaker", "petro"]),
        (
            "q=drugs&country=Colombian&from=2025&to=2025-12&facets=true&histogram=month",
            &[
                "drugs",
                "--country",
                "Colombian",
                "--from",
                "2025",
                "--to",
                "2025-12",
                "--facets",
                "--histogram",
                "month",
            ],
        ),
        (
            "q=strike&passages=true&limit=2&offset=1&sort=date",
            &["strike", "--passages", "--limit", "2", "--offset", "1", "--sort", "date"],
        ),
        ("person=Petro&histogram=week", &["--person", "Petro", "--histogram", "week"]),
        ("sort=relevance&limit=3&facets=1", &["--sort", "relevance", "--limit", "3", "--facets"]),
        ("histogram=year", &["--histogram", "year"]),
        ("histogram=month&per_article=true", &["--histogram", "month", "--per-article"]),
        ("q=rights&histogram=day&format=json", &["rights", "--histogram", "day"]),
        ("q=nothingmatchesthis", &["nothingmatchesthis"]),
        (
            "speaker=petro&speaker=herrera&country=CO&country=CL&full=true&attributed=on&limit=0&facets=1",
            &[
                "--speaker",
                "petro",
                "--speaker",
                "herrera",
                "--country",
                "CO",
                "--country",
                "CL",
                "--full",
                "--attributed",
                "--limit",
                "0",
                "--facets",
            ],
        ),
        ("outlet=sample+wire&outlet=reuters", &["--outlet", "sample wire", "--outlet", "reuters"]),
        ("q=human+rights&context=2&limit=2", &["human rights", "--context", "2", "--limit", "2"]),
    ];
    for (query, args) in cases {
        let api = server.get(&format!("/api/search?{query}"));
        let (stdout, stderr, _) = cli(tmp.path(), &[&["search", "--format", "json"], args].concat());
        assert_eq!(api.status, 200, "{query}: {}", api.body);
        assert_eq!(api.header("content-type"), Some("application/json"));
        assert_eq!(api.body, stdout, "{query} (cli stderr: {stderr})");
    }
    // Not a vacuous comparison: the first case holds Petro's quote.
    let first: serde_json::Value = serde_json::from_str(&server.get("/api/search?q=human+rights&speaker=petro").body)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first["hits"][0]["speaker"], "Gustavo Petro");
}

#[test]
fn downloads_equal_the_cli_formats() {
    let tmp = indexed(&[root().join("corpus"), root().join("tests/fixtures/markup")]);
    let server = Server::start(tmp.path(), &[]);
    let cases: [(&str, &[&str], &str, Option<&str>); 7] = [
        ("format=csv", &["--format", "csv"], "text/csv; charset=utf-8", Some("newsquote.csv")),
        ("format=csv&bom=true", &["--format", "csv", "--bom"], "text/csv; charset=utf-8", Some("newsquote.csv")),
        (
            "format=csv&facets=true&facet_limit=2&histogram=month",
            &["--format", "csv", "--facets", "--facet-limit", "2", "--histogram", "month"],
            "text/csv; charset=utf-8",
            Some("newsquote.csv"),
        ),
        (
            "format=jsonl&facets=true",
            &["--format", "jsonl", "--facets"],
            "application/x-ndjson",
            Some("newsquote.jsonl"),
        ),
        (
            "format=csv&raw_csv=true",
            &["--format", "csv", "--raw-csv"],
            "text/csv; charset=utf-8",
            Some("newsquote.csv"),
        ),
        ("format=jsonl", &["--format", "jsonl"], "application/x-ndjson", Some("newsquote.jsonl")),
        ("format=markdown", &["--format", "markdown"], "text/markdown; charset=utf-8", Some("newsquote.md")),
    ];
    for (format, flags, content_type, file) in cases {
        let api = server.get(&format!("/api/search?q=rights&limit=50&{format}"));
        let (stdout, _, code) = cli(tmp.path(), &[&["search", "rights", "--limit", "50"], flags].concat());
        assert_eq!((api.status, code), (200, 0), "{format}");
        assert!(!stdout.is_empty());
        assert_eq!(api.body, stdout, "{format}");
        assert_eq!(api.header("content-type"), Some(content_type));
        let disposition = file.map(|f| format!("attachment; filename=\"{f}\""));
        assert_eq!(api.header("content-disposition"), disposition.as_deref());
    }
}

#[test]
fn bad_parameters_get_400_with_the_cli_message() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let long = "a".repeat(17 << 10);
    let cases: Vec<(String, Vec<&str>)> = vec![
        ("country=Atlantis".into(), vec!["--country", "Atlantis"]),
        ("from=soon".into(), vec!["--from", "soon"]),
        ("from=2026&to=2025".into(), vec!["--from", "2026", "--to", "2025"]),
        ("q=%22unclosed".into(), vec!["\"unclosed"]),
        ("q=speaker%3A".into(), vec!["speaker:"]),
        ("facets=true&format=markdown".into(), vec!["--facets", "--format", "markdown"]),
        ("facets=true&facet_limit=0".into(), vec!["--facets", "--facet-limit", "0"]),
        ("histogram=month&format=markdown".into(), vec!["--histogram", "month", "--format", "markdown"]),
        (format!("q={long}"), vec![long.as_str()]),
    ];
    for (query, args) in cases {
        let api = server.get(&format!("/api/search?{query}"));
        let (_, stderr, code) = cli(tmp.path(), &[&["search"], args.as_slice()].concat());
        assert_eq!((api.status, code), (400, 2), "{query}: {}", api.body);
        assert_eq!(api.error(), cli_error(&stderr), "{query}");
    }
}

#[test]
fn malformed_parameters_get_400_naming_the_parameter() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let cases = [
        ("limit=10001", "the limit must be from 0 (counts only) to 10000, not 10001"),
        ("limit=ten", "invalid value `ten` for `limit`: give a whole number"),
        ("offset=-3", "invalid value `-3` for `offset`: give a whole number"),
        ("sort=best", "invalid value `best` for `sort`: possible values are relevance, date"),
        ("histogram=hour", "invalid value `hour` for `histogram`: possible values are year, month, week, day"),
        ("format=xml", "invalid value `xml` for `format`: possible values are json, jsonl, csv, markdown"),
        ("passages=maybe", "invalid value `maybe` for `passages`: use true or false"),
        ("facets=2", "invalid value `2` for `facets`: use true or false"),
        ("raw_csv=x", "invalid value `x` for `raw_csv`: use true or false"),
        ("q=a&q=b", "`q` is given more than once"),
        ("full=1&passages=1", "--full and --attributed choose among quotes: not with --passages"),
        (
            "query=rights",
            "unknown parameter `query`: the parameters are q, passages, reported, speaker, person, country, outlet, full, attributed, from, to, sort, limit, offset, facets, histogram, per_article, facet_limit, context, format, raw_csv, bom",
        ),
    ];
    for (query, message) in cases {
        let api = server.get(&format!("/api/search?{query}"));
        assert_eq!(api.status, 400, "{query}");
        assert!(api.error().starts_with(message), "{query}: {}", api.error());
    }
    // The CLI refuses a limit past its range too (clap's wording).
    let (_, stderr, code) = cli(tmp.path(), &["search", "--limit", "10001"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("give a number of hits from 0 (counts only) to 10000"), "{stderr}");
}

#[test]
fn an_overlong_query_string_gets_414() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let api = server.get(&format!("/api/search?q={}", "a".repeat(50 << 10)));
    assert_eq!(api.status, 414);
    assert_eq!(api.error(), "the query string has 51202 bytes; at most 49152 are read");
    let page = server.get(&format!("/?q={}", "a".repeat(50 << 10)));
    assert_eq!(page.status, 414);
    assert!(page.body.contains("at most 49152 are read"));
}

#[test]
fn show_and_stats_equal_the_cli() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let (stdout, _, _) = cli(tmp.path(), &["search", "human rights", "--speaker", "petro", "--format", "json"]);
    let results: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    let citation = results["hits"][0]["citation"].as_str().unwrap_or_else(|| panic!("no citation")).to_owned();
    let api = server.get(&format!("/api/show/{citation}"));
    let (stdout, _, _) = cli(tmp.path(), &["show", &citation, "--format", "json"]);
    assert_eq!((api.status, api.header("content-type")), (200, Some("application/json")));
    assert_eq!(api.body, stdout);
    assert!(api.body.contains("subordinated to the human rights"));

    let api = server.get("/api/show/0000000000ff-p9-q9");
    let (_, stderr, code) = cli(tmp.path(), &["show", "0000000000ff-p9-q9"]);
    assert_eq!((api.status, code), (404, 2));
    // The same finding; the CLI names the index folder, the server does not show its path.
    assert_eq!(
        api.error(),
        "no passage, quote or reported statement 0000000000ff-p9-q9 in this index: no article of that key"
    );
    assert!(
        cli_error(&stderr).starts_with("no passage, quote or reported statement 0000000000ff-p9-q9 in the index at "),
        "{stderr}"
    );

    let api = server.get("/api/stats");
    let (stdout, _, _) = cli(tmp.path(), &["stats", "--format", "json"]);
    assert_eq!(api.status, 200);
    assert_eq!(api.body, stdout);
}

#[test]
fn openapi_describes_every_endpoint_parameter_and_error_code() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let api = server.get("/api/openapi.json");
    assert_eq!((api.status, api.header("content-type")), (200, Some("application/json")));
    let doc: serde_json::Value = serde_json::from_str(&api.body).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc["openapi"], "3.1.0");
    let paths: Vec<&String> = doc["paths"].as_object().map(|m| m.keys().collect()).unwrap_or_default();
    for path in ["/api/search", "/api/show/{citation}", "/api/stats", "/api/openapi.json"] {
        assert!(paths.iter().any(|p| *p == path), "{path} undocumented");
    }
    let search = &doc["paths"]["/api/search"]["get"];
    let names: Vec<&str> = search["parameters"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, newsquote::serve::params::PARAMETERS);
    let codes: Vec<&String> = search["responses"].as_object().map(|m| m.keys().collect()).unwrap_or_default();
    assert_eq!(codes, ["200", "400", "414", "500", "503"]);
    // Every answer the API gives has a documented shape: the 414 above, 404 on show.
    assert!(doc["paths"]["/api/show/{citation}"]["get"]["responses"]["404"].is_object());
}

#[test]
fn unknown_paths_get_404_and_other_methods_405() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let api = server.get("/api/nothing");
    assert_eq!(api.status, 404);
    assert_eq!(api.error(), "no such page: /api/nothing");
    let page = server.get("/etc/passwd");
    assert_eq!(page.status, 404);
    assert!(page.body.contains("no such page: /etc/passwd"));
    let traversal = server.get("/assets/..%2f..%2fCargo.toml");
    assert_eq!(traversal.status, 404);
    for path in ["/api/search", "/api/stats", "/"] {
        let posted = server.request("POST", path);
        assert_eq!(posted.status, 405, "POST {path}");
    }
}

#[test]
fn reported_true_adds_reported_statements_as_the_cli_does() {
    let tmp = indexed(&[root().join("tests/fixtures/reported/archive.jsonl")]);
    let server = Server::start(tmp.path(), &[]);
    for (query, args) in [
        ("q=international+law&reported=true", &["international law", "--reported"][..]),
        ("speaker=petro&reported=1&facets=true", &["--speaker", "petro", "--reported", "--facets"][..]),
        ("q=international+law", &["international law"][..]),
    ] {
        let api = server.get(&format!("/api/search?{query}"));
        let (stdout, stderr, _) = cli(tmp.path(), &[&["search", "--format", "json"], args].concat());
        assert_eq!(api.status, 200, "{query}: {}", api.body);
        assert_eq!(api.body, stdout, "{query} (cli stderr: {stderr})");
    }
    let found: serde_json::Value =
        serde_json::from_str(&server.get("/api/search?q=international+law&reported=true").body).unwrap_or_default();
    assert_eq!((found["total"].as_u64(), found["hits"][0]["kind"].as_str()), (Some(1), Some("reported")));
    let plain: serde_json::Value =
        serde_json::from_str(&server.get("/api/search?q=international+law").body).unwrap_or_default();
    assert_eq!(plain["total"], 0, "no reported statement without reported=true");
    let refused = server.get("/api/search?reported=true&passages=true");
    assert_eq!(refused.status, 400);
    assert!(refused.error().contains("--reported adds reported statements to quotes"), "{}", refused.body);
    // The page marks a reported hit and keeps its checkbox ticked.
    let page = server.get("/?q=international+law&reported=true");
    assert!(page.body.contains("<span class=\"reported\">Reported:</span>"), "{}", page.body);
    assert!(page.body.contains("1 statement (quotes and reported speech)</h2>"), "{}", page.body);
    let petro = server.get("/?speaker=petro&reported=true");
    assert!(petro.body.contains("<span class=\"count\">2 (1 reported)</span>"), "{}", petro.body);
    assert!(page.body.contains("name=\"reported\" type=\"checkbox\" value=\"true\" checked"), "{}", page.body);
}
