//! The server's failures over HTTP, end to end, with no test-only hook in the server: 503
//! from a time limit far below what the search asked for takes, 500 from an index damaged in
//! place while the server runs.

use super::*;

/// A temp folder with `idx/` of `articles` generated articles, each with a quote by the same
/// speaker: a search listing all of them reads every article's stored document and its
/// copies, work that takes far longer than a millisecond in any build.
fn large_index(articles: usize) -> TempDir {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut feed = String::new();
    for i in 0..articles {
        feed += &format!(
            "{{\"id\":\"gen-{i}\",\"title\":\"Town {i} plans homes\",\"body\":\"\\\"We will build {i} new homes \
             this year,\\\" Mayor Lina Park said on Tuesday.\"}}\n"
        );
    }
    std::fs::write(tmp.path().join("towns.jsonl"), feed).unwrap_or_else(|e| panic!("write: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet", "towns.jsonl", "--index", "idx"]).assert().success();
    tmp
}

#[test]
fn a_search_past_the_time_limit_is_answered_503() {
    let tmp = large_index(3_000);
    // A millisecond (tokio's timer rounds up to its next tick): listing 3,000 quotes with
    // their citations and counts takes tens of milliseconds at the least.
    let server = Server::start(tmp.path(), &["--timeout", "0.001"]);
    let all = "q=homes&speaker=park&limit=10000&facets=true&histogram=day";
    let api = server.get(&format!("/api/search?{all}"));
    assert_eq!(api.status, 503, "{}", &api.body[..api.body.len().min(300)]);
    assert_eq!(api.header("content-type"), Some("application/json"));
    assert_eq!(api.error(), "the search took longer than 0.001 s; narrow it down");
    let page = server.get(&format!("/?{all}"));
    assert_eq!(page.status, 503);
    assert!(page.body.contains("role=\"alert\">the search took longer than 0.001 s"), "{}", page.body);
    // The same search with time enough is answered: it was the limit, not the search.
    let patient = Server::start(tmp.path(), &["--timeout", "600"]);
    let found = patient.get(&format!("/api/search?{all}"));
    assert_eq!(found.status, 200);
    assert!(found.body.contains("\"total\": 3000"), "{}", &found.body[..found.body.len().min(300)]);
}

/// Overwrites the start of every stored-documents file of the index in `dir` with zeros
/// (same size, same inode: a server that maps them reads the damage). Zeros, not 0xff: a
/// block whose damaged header claims 4 GiB makes tantivy allocate that much first.
fn damage_the_document_store(dir: &Path) {
    let mut damaged = 0;
    for generation in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).flatten() {
        let Ok(files) = std::fs::read_dir(generation.path()) else { continue };
        for file in files.flatten() {
            if file.path().extension().is_some_and(|e| e == "store") {
                let mut f = std::fs::OpenOptions::new().write(true).open(file.path()).unwrap_or_else(|e| panic!("{e}"));
                f.write_all(&[0; 32]).unwrap_or_else(|e| panic!("{e}"));
                damaged += 1;
            }
        }
    }
    assert!(damaged > 0, "no .store file under {}", dir.display());
}

#[test]
fn an_index_damaged_while_the_server_runs_is_answered_500() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    // Counts come from the segments' metadata: no stored document is read for them.
    assert_eq!(server.get("/api/stats").status, 200);
    damage_the_document_store(&tmp.path().join("idx"));
    let api = server.get("/api/search?q=rights");
    assert_eq!(api.status, 500, "{}", api.body);
    let message = api.error();
    assert!(message.contains("is damaged") && message.contains("newsquote check"), "{message}");
    let page = server.get("/?q=rights");
    assert_eq!(page.status, 500, "{}", page.body);
    assert!(page.body.contains("is damaged"), "{}", page.body);
    // The server stays up and says the same to the CLI's check.
    let (_, _, code) = cli(tmp.path(), &["check"]);
    assert_eq!(code, 2, "the CLI's check finds the damage too");
}
