//! The server process: where it listens and says so, the warning off loopback, one reader
//! that sees an ingest's commits and a rebuild, a clean end on Ctrl-C.

use super::*;
use predicates::prelude::*;

fn articles(server: &Server) -> u64 {
    let stats: serde_json::Value =
        serde_json::from_str(&server.get("/api/stats").body).unwrap_or_else(|e| panic!("{e}"));
    stats["articles"].as_u64().unwrap_or(0)
}

/// Polls until `articles` reaches `want` (the server reloads every second).
fn wait_for_articles(server: &Server, want: u64) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while articles(server) != want {
        assert!(Instant::now() < deadline, "the server never saw {want} articles (has {})", articles(server));
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_server_sees_each_commit_of_an_ingest_beside_it_and_a_rebuild() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    assert_eq!(articles(&server), 3);
    // The server holds no lock: an ingest writes while it runs.
    newsquote(tmp.path())
        .args(["ingest", "--quiet"])
        .arg(root().join("tests/fixtures/markup"))
        .args(["--index", "idx"])
        .assert()
        .success();
    wait_for_articles(&server, 4);
    let found = server.get("/api/search?q=harbour+budget&speaker=Doe");
    assert!(found.body.contains("Jane Doe"), "{}", found.body);
    // A rebuild swaps in a new generation of the index; the server opens it.
    newsquote(tmp.path())
        .args(["ingest", "--quiet", "--rebuild"])
        .arg(root().join("tests/fixtures/markup"))
        .args(["--index", "idx"])
        .assert()
        .success();
    wait_for_articles(&server, 1);
}

#[test]
fn loopback_by_default_says_where_to_browse_and_ends_cleanly_on_ctrl_c() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    assert!(server.addr.starts_with("127.0.0.1:"), "{}", server.addr);
    assert_eq!(server.get("/api/stats").status, 200);
    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "newsquote: stopped\n");
}

#[test]
fn another_address_warns_that_there_is_no_authentication() {
    let tmp = corpus_index();
    let server = Server::start_at(tmp.path(), "0.0.0.0:0", &[]);
    assert!(server.addr.starts_with("127.0.0.1:"), "the address to browse to: {}", server.addr);
    assert_eq!(server.get("/api/stats").status, 200);
    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0));
    assert!(stderr.starts_with("newsquote: warning: listening on 0.0.0.0:"), "{stderr}");
    assert!(stderr.contains("there is no authentication"), "{stderr}");
}

#[test]
fn without_an_index_or_with_a_bad_flag_the_server_does_not_start() {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    newsquote(tmp.path()).args(["serve", "--index", "missing"]).assert().code(2).stderr(
        predicates::str::contains("no index at ").and(predicates::str::contains("missing (the folder --index")),
    );
    assert!(!tmp.path().join("missing").exists(), "serving writes nothing");
    newsquote(tmp.path())
        .args(["serve", "--timeout", "0"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("give a number of seconds above 0"));
}
