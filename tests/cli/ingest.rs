//! `newsquote ingest` end to end: the shared data sets, broken and awkward inputs,
//! identity (no duplicates), and crash safety (SIGKILL, Ctrl-C, a second writer).

use super::{Stats, Summary, newsquote, root, search_json};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

pub(super) fn tempdir() -> TempDir {
    TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"))
}

pub(super) fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

pub(super) fn stats(dir: &Path) -> Option<Stats> {
    let out = newsquote(dir).args(["stats", "--format", "json", "--index", "idx"]).output().ok()?;
    serde_json::from_slice(&out.stdout).ok()
}

pub(super) fn summary_of(stdout: &[u8]) -> Summary {
    serde_json::from_slice(stdout).unwrap_or_else(|e| panic!("summary JSON: {e}\n{}", String::from_utf8_lossy(stdout)))
}

#[test]
fn broken_inputs_are_reported_skipped_and_the_rest_indexed() {
    let tmp = tempdir();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(root().join("tests/fixtures/broken")).into_iter().flatten().flatten() {
        std::fs::copy(entry.path(), input.join(entry.file_name())).unwrap_or_else(|e| panic!("{e}"));
    }
    // Made here rather than kept in git: a 17 MiB line, a symlink loop, a dangling link.
    let mut huge = b"{\"id\":\"huge\",\"body\":\"".to_vec();
    huge.resize(17 << 20, b'a');
    huge.extend_from_slice(
        b"\"}\n{\"id\":\"tel-1\",\"body\":\"\\\"The telescope will stay open,\\\" Mayor Lina Park said.\"}\n",
    );
    write(&input.join("huge-line.jsonl"), huge);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&input, input.join("loop")).unwrap_or_else(|e| panic!("{e}"));
        std::os::unix::fs::symlink(input.join("missing.txt"), input.join("dangling.txt"))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx"]).arg(&input).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let summary = summary_of(&out.stdout);
    let mut expected = vec![
        "mixed.jsonl:2: invalid JSON",
        "mixed.jsonl:3: no article text",
        "empty.txt: empty file",
        "truncated.json:1: invalid JSON",
        "binary.txt: binary file",
        "nul-bytes.txt: binary file",
        "blank.md: empty file",
        "corrupt.jsonl.gz:1: ",
        "not-gzip.json.gz: not a gzip file",
        "truncated.jsonl.zst:1: ",
        "deep-nesting.json:1: invalid JSON: recursion limit exceeded",
        "empty-array.json: no articles",
        "garbage.warc: record 1: not a WARC file",
        "mixed-array.json: record 2: expected a JSON object",
        "mixed-array.json: record 3: expected a JSON object",
        "mixed-array.json: record 4: no article text",
        "no-text-column.csv:1: no text column",
        "no-text.html: no article text",
        "vineyard.csv:3: no article text",
        "wrong-types.jsonl:1: field `title` should be a string, not an array",
        "wrong-types.jsonl:2: field `body` should be a string, not an object",
        "wrong-types.jsonl:3: field `body` should be a string, not a boolean",
        "huge-line.jsonl:1: line of 17825795 bytes, over the 16 MiB limit",
    ];
    if cfg!(unix) {
        expected.extend(["loop: symlink loop", "dangling.txt: No such file"]);
    }
    for e in &expected {
        assert!(stderr.contains(e), "missing `{e}` in:\n{stderr}");
    }
    assert!(!stderr.contains("README"), "documentation files are not articles:\n{stderr}");
    assert_eq!(summary.skipped, expected.len(), "{stderr}");
    let good = [
        ("bridge", "Ben Adeyemi"),
        ("business", "the café owner"),
        ("lighthouse", "Lina Park"), // UTF-8 BOM and CRLF line ends
        ("glacier", "Lina Park"),    // UTF-16 with BOM
        ("orchard", "Lina Park"),    // zero-width and control characters inside the quote
        ("harbour", "Lina Park"),    // the good record of an array of mixed records
        ("vineyard", "Lina Park"),   // CSV
        ("meadow", "Lina Park"),     // Markdown with a `# ` title
        ("cathedral", "Lina Park"),  // HTML page
        ("museum", "Lina Park"),     // WARC, gzip-compressed
        ("volcano", "Lina Park"),    // JSON Lines, zstd-compressed
        ("telescope", "Lina Park"),  // the line after a huge one
    ];
    for (word, speaker) in good {
        let (res, code) = search_json(tmp.path(), &[word]);
        assert_eq!((code, res.total), (0, 1), "`{word}` not found; ingest said:\n{stderr}");
        assert_eq!(res.hits[0].speaker.as_deref(), Some(speaker), "{word}");
    }
    assert_eq!(summary.articles, good.len() + 1, "{stderr}"); // + Ana Soto's quote in mixed.jsonl
    let (meadow, _) = search_json(tmp.path(), &["meadow"]);
    assert_eq!(meadow.hits[0].title.as_deref(), Some("Meadow reopens"));
    let (museum, _) = search_json(tmp.path(), &["museum"]);
    assert_eq!(museum.hits[0].url.as_deref(), Some("https://example.org/museum"));
}

#[test]
fn the_same_article_under_another_name_or_again_is_not_duplicated() {
    let tmp = tempdir();
    let body = "\"We will open the bridge in May,\" Mayor Ana Soto said.";
    write(&tmp.path().join("a.txt"), format!("Bridge\n\n{body}\n"));
    write(&tmp.path().join("copy.txt"), format!("Bridge\r\n\r\n{body}\r\n")); // same text, other line ends
    let record = |id: &str, url: &str, text: &str| {
        format!("{{\"id\":{id},\"url\":\"{url}\",\"title\":\"T\",\"body\":\"\\\"{text},\\\" Ben Adeyemi said.\"}}\n")
    };
    let jsonl = record("null", "https://x.example/1", "First version")
        + &record("null", "https://X.example/1/", "Same URL again")
        + &record("\"r-2\"", "", "Second article");
    write(&tmp.path().join("wire.jsonl"), &jsonl);
    let ingest = |extra: &[&str]| {
        let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx"]).args(extra).output();
        summary_of(&out.unwrap_or_else(|e| panic!("run: {e}")).stdout)
    };
    let first = ingest(&["a.txt", "copy.txt", "wire.jsonl"]);
    // copy.txt is a duplicate; "Same URL again" claims the id of "First version" with
    // another text, and is reported as skipped.
    assert_eq!((first.articles, first.duplicates, first.skipped), (3, 1, 1), "{first:?}");
    let again = ingest(&["."]);
    assert_eq!((again.articles, again.unchanged, again.duplicates, again.skipped), (0, 3, 1, 1), "{again:?}");
    assert_eq!(stats(tmp.path()).map(|s| s.articles), Some(3));
    // A changed article (same id) replaces its old version.
    write(&tmp.path().join("wire.jsonl"), record("\"r-2\"", "", "Second article, corrected"));
    let changed = ingest(&["wire.jsonl"]);
    assert_eq!((changed.articles, changed.unchanged), (1, 0), "{changed:?}");
    assert_eq!(stats(tmp.path()).map(|s| s.articles), Some(3));
    let (res, _) = search_json(tmp.path(), &["corrected"]);
    assert_eq!(res.total, 1);
    let (old, code) = search_json(tmp.path(), &["\"Second article\" -corrected"]);
    assert_eq!((old.total, code), (0, 1));
    let rebuilt = ingest(&["--rebuild", "a.txt"]);
    assert_eq!(rebuilt.articles, 1);
    assert_eq!(stats(tmp.path()).map(|s| s.articles), Some(1));
}

#[test]
fn no_article_is_lost_to_an_id_another_text_takes() {
    let tmp = tempdir();
    let ingest = |args: &[&str]| {
        let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx"]).args(args).output();
        let out = out.unwrap_or_else(|e| panic!("run: {e}"));
        (summary_of(&out.stdout), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code())
    };
    let found = |word: &str| search_json(tmp.path(), &[word]).0.total;
    let record = |id: Option<&str>, word: &str| {
        let id = id.map(|i| format!("\"id\":\"{i}\",")).unwrap_or_default();
        format!("{{{id}\"title\":\"{word}\",\"body\":\"\\\"The {word} is ready,\\\" Ana Soto said.\"}}\n")
    };
    // A feed without ids gains a record at its top: every record keeps its article.
    write(&tmp.path().join("feed.jsonl"), record(None, "alpha") + &record(None, "bravo"));
    assert_eq!(ingest(&["feed.jsonl"]).0.articles, 2);
    write(&tmp.path().join("feed.jsonl"), record(None, "zulu") + &record(None, "alpha") + &record(None, "bravo"));
    let (shifted, ..) = ingest(&["feed.jsonl"]);
    assert_eq!((shifted.articles, shifted.unchanged), (1, 2), "{shifted:?}");
    assert_eq!([found("zulu"), found("alpha"), found("bravo")], [1, 1, 1]);

    // An id given a new text while its old text moves to a new id: the old text is kept,
    // in either order (read after: added; read before: reported, and added by a rerun).
    write(&tmp.path().join("ids.jsonl"), record(Some("u1"), "charlie"));
    ingest(&["ids.jsonl"]);
    write(&tmp.path().join("ids.jsonl"), record(Some("u1"), "delta") + &record(Some("u2"), "charlie"));
    let (after, ..) = ingest(&["ids.jsonl"]);
    assert_eq!((after.articles, after.duplicates), (2, 0), "{after:?}");
    assert_eq!([found("charlie"), found("delta")], [1, 1]);
    write(&tmp.path().join("ids.jsonl"), record(Some("u4"), "delta") + &record(Some("u1"), "hotel"));
    let (before, stderr, _) = ingest(&["ids.jsonl"]);
    assert_eq!((before.articles, before.skipped, before.duplicates), (1, 1, 0), "{before:?}");
    assert!(
        stderr.contains("ids.jsonl: a duplicate of the text stored under `u1`, which `ids.jsonl:2` replaces"),
        "{stderr}"
    );
    assert_eq!(found("delta"), 0, "not yet: it was passed over as a duplicate");
    ingest(&["ids.jsonl"]);
    assert_eq!([found("delta"), found("hotel"), found("charlie")], [1, 1, 1]);

    // Two records of one run claiming one id with other texts: the second is reported.
    write(&tmp.path().join("clash.jsonl"), record(Some("c1"), "foxtrot") + &record(Some("c1"), "golf"));
    let (clash, stderr, code) = ingest(&["clash.jsonl"]);
    assert_eq!((clash.articles, clash.skipped, code), (1, 1, Some(2)), "{stderr}");
    assert!(stderr.contains("clash.jsonl:2: its id `c1` was read already in this run"), "{stderr}");
    // Many such clashes are summarised like any other reason, whatever their ids.
    let many: String = (0..8)
        .map(|i| {
            let id = format!("k-{i}x");
            record(Some(&id), &format!("india{i}")) + &record(Some(&id), &format!("kilo{i}"))
        })
        .collect();
    write(&tmp.path().join("many.jsonl"), many);
    let (_, stderr, _) = ingest(&["many.jsonl"]);
    assert_eq!(stderr.lines().filter(|l| l.contains("was read already in this run")).count(), 5 + 1, "{stderr}");
    assert!(stderr.contains("skipped 3 more: its id `k-0x` was read already"), "{stderr}");

    // A stored article read after a copy of it under another id is still unchanged.
    write(&tmp.path().join("copy.jsonl"), record(Some("u9"), "hotel") + &record(Some("u1"), "hotel"));
    let (copy, ..) = ingest(&["copy.jsonl"]);
    assert_eq!((copy.articles, copy.unchanged, copy.duplicates), (0, 1, 1), "{copy:?}");
}

#[test]
fn folders_with_the_same_file_names_keep_their_articles_apart() {
    let tmp = tempdir();
    for (folder, word) in [("2024", "harbour"), ("2025", "orchard")] {
        std::fs::create_dir_all(tmp.path().join(folder).join("local")).unwrap_or_else(|e| panic!("{e}"));
        write(
            &tmp.path().join(folder).join("local/a.txt"),
            format!("Local news\n\n\"The {word} opened on Monday,\" Ana Soto said.\n"),
        );
    }
    let ingest = |args: &[&str]| {
        let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx"]).args(args).output();
        summary_of(&out.unwrap_or_else(|e| panic!("run: {e}")).stdout)
    };
    assert_eq!(ingest(&["2024", "2025"]).articles, 2);
    assert_eq!(stats(tmp.path()).map(|s| s.articles), Some(2));
    write(&tmp.path().join("2025/local/a.txt"), "Local news\n\n\"The orchard closed on Friday,\" Ana Soto said.\n");
    assert_eq!(ingest(&["2025"]).articles, 1, "the 2025 article replaced, the 2024 one kept");
    let total = |w: &str| search_json(tmp.path(), &[w]).0.total;
    assert_eq!([total("harbour"), total("closed"), total("opened")], [1, 1, 1]);
}

/// `files` JSON Lines files of 300 articles each, every one with two paragraphs and a quote.
pub(super) fn generated_corpus(dir: &Path, files: usize) -> usize {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    for f in 0..files {
        let mut text = String::new();
        for j in 0..300 {
            let i = f * 300 + j;
            text += &format!(
                "{{\"id\":\"gen-{i}\",\"title\":\"Town {i} plans homes\",\"body\":\"The council of town {i} met on \
                 Monday to discuss housing.\\n\\n\\\"We will build {i} new homes this year,\\\" Mayor Lina Park \
                 said on Tuesday.\"}}\n"
            );
        }
        write(&dir.join(format!("part-{f:02}.jsonl")), text);
    }
    files * 300
}

/// Starts an ingest of `corpus` into `idx`, committing every batch, and waits for its first
/// commit.
pub(super) fn start_ingest(dir: &Path, corpus: &Path) -> Child {
    let bin = assert_cmd::cargo::cargo_bin("newsquote");
    let child = std::process::Command::new(bin)
        .current_dir(dir)
        .env_clear()
        // A commit after every batch, so that a kill finds some work committed.
        .args(["ingest", "--format", "json", "--commit-every", "0", "--index", "idx"])
        .arg(corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    let started = Instant::now();
    while stats(dir).is_none_or(|s| s.articles == 0) {
        assert!(started.elapsed() < Duration::from_secs(120), "no commit after two minutes");
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

/// Sends `signal` (`-STOP`, `-INT`...) to a child process.
#[cfg(unix)]
pub(super) fn signal(child: &Child, signal: &str) {
    let sent = std::process::Command::new("kill").args([signal, &child.id().to_string()]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill {signal}");
}

#[cfg(unix)]
#[test]
fn a_killed_ingest_resumes_without_doubling_and_others_wait_or_read() {
    let tmp = tempdir();
    let corpus = tmp.path().join("gen");
    let n = generated_corpus(&corpus, 30);
    let mut child = start_ingest(tmp.path(), &corpus);
    // Paused after its first commit, so that it is killed part way on however fast a
    // machine. Meanwhile (it holds the lock): searches work, a second writer is refused.
    signal(&child, "-STOP");
    let (_, code) = search_json(tmp.path(), &["homes"]);
    assert!(code == 0 || code == 1, "search during ingest exited {code}");
    let out = newsquote(tmp.path()).args(["ingest", "--index", "idx"]).arg(&corpus).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is being written by another process"));
    child.kill().unwrap_or_else(|e| panic!("kill: {e}"));
    let _ = child.wait();
    let partial = stats(tmp.path()).map_or(0, |s| s.articles);
    assert!(partial > 0 && partial < n, "killed after {partial} of {n}: make the corpus larger");
    let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx"]).arg(&corpus).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let rerun = summary_of(&out.stdout);
    assert_eq!(rerun.articles + rerun.unchanged, n, "{rerun:?}");
    assert!(rerun.unchanged >= partial.saturating_sub(256), "{rerun:?} after {partial}");
    let after = stats(tmp.path()).unwrap_or_else(|| panic!("no stats"));
    assert_eq!((after.articles, after.passages, after.quotes), (n, 2 * n, n));
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_after_committing_what_is_done() {
    let tmp = tempdir();
    let corpus = tmp.path().join("gen");
    let n = generated_corpus(&corpus, 30);
    let child = start_ingest(tmp.path(), &corpus);
    let pid = child.id().to_string();
    let sent = std::process::Command::new("kill").args(["-INT", &pid]).status();
    assert!(sent.is_ok_and(|s| s.success()));
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("wait: {e}"));
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = summary_of(&out.stdout);
    assert!(summary.interrupted && summary.articles < n, "{summary:?}");
    assert_eq!(stats(tmp.path()).map(|s| s.articles), Some(summary.articles));
}

/// All of `../shared/data` (PolNeAR, BBC, Reuters-21578), when it is there. Slow (minutes
/// in a debug build): `.ci/run` runs it in a step of its own.
#[test]
#[ignore = "slow: ingests all of ../shared/data; run by .ci/run's own step (cargo test -- --ignored)"]
fn the_shared_data_sets_are_ingested_once_each() {
    let data = root().join("../shared/data");
    if !data.is_dir() {
        println!("note: {} not found; test skipped", data.display());
        return;
    }
    let tmp = tempdir();
    let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx"]).arg(&data).output();
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let summary = summary_of(&out.stdout);
    // 1,008 PolNeAR texts + 2,225 BBC texts + 1 Reuters file; README files, .ann and .tsv
    // are not articles.
    assert_eq!(summary.files, 1_008 + 2_225 + 1);
    // Reuters-21578 has 2,535 records with neither title nor text: each reported and skipped.
    assert_eq!(summary.skipped, 2_535);
    // The first few named, then one line for the rest.
    assert_eq!(stderr.lines().count(), 5 + 1, "{stderr}");
    // Their `body` is there but empty: the reason names the field.
    let reason = "empty body (field `body`)";
    assert!(stderr.lines().take(5).all(|l| l.contains("articles.jsonl:") && l.contains(reason)), "{stderr}");
    assert!(stderr.contains(&format!("skipped 2530 more: {reason}")), "{stderr}");
    assert_eq!(out.status.code(), Some(2));
    // Every record with text is indexed once: 24,811 inputs - 2,535 empty = 22,276, of which
    // 310 repeat the title and text of an earlier one (100 BBC files, 1 PolNeAR text, 209
    // Reuters wires).
    assert_eq!(summary.articles + summary.duplicates, 22_276, "{summary:?}");
    assert_eq!(summary.duplicates, 310, "{summary:?}");
    assert_eq!(stats(tmp.path()).map(|s| s.articles), Some(summary.articles));
}

#[test]
fn skips_are_summarised_by_reason_and_listed_with_verbose() {
    let tmp = tempdir();
    let mut feed = String::new();
    for i in 0..40 {
        feed += &format!("{{\"id\":\"{i}\",\"title\":\"no text\"}}\n");
    }
    feed += "{\"id\":\"ok\",\"body\":\"\\\"We will build,\\\" Ana Soto said.\"}\n";
    write(&tmp.path().join("feed.jsonl"), feed);
    let ingest = |extra: &[&str]| {
        let mut command = newsquote(tmp.path());
        let out = command.args(["ingest", "--format", "json", "--index", "idx", "feed.jsonl"]).args(extra).output();
        let out = out.unwrap_or_else(|e| panic!("run: {e}"));
        (summary_of(&out.stdout), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (summary, stderr) = ingest(&["--rebuild"]);
    assert_eq!((summary.articles, summary.skipped), (1, 40));
    let named = stderr.lines().filter(|l| l.starts_with("skipped feed.jsonl:")).count();
    assert_eq!(named, 5, "{stderr}");
    assert!(stderr.contains("skipped 35 more: no article text"), "{stderr}");
    let (_, verbose) = ingest(&["--rebuild", "--verbose"]);
    assert_eq!(verbose.lines().filter(|l| l.starts_with("skipped feed.jsonl:")).count(), 40, "{verbose}");
    assert!(!verbose.contains("more:"), "{verbose}");
}

#[test]
fn nothing_to_read_makes_no_index() {
    let tmp = tempdir();
    std::fs::create_dir(tmp.path().join("empty")).unwrap_or_else(|e| panic!("{e}"));
    write(&tmp.path().join("empty/notes.tsv"), "not an article type");
    for (input, says) in
        [("no/such/path", "no/such/path: No such file"), ("empty", "empty holds no files newsquote reads")]
    {
        let out = newsquote(tmp.path()).args(["ingest", "--index", "idx", input]).output();
        let out = out.unwrap_or_else(|e| panic!("run: {e}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("nothing to ingest: ") && stderr.contains(says), "{stderr}");
        assert!(!tmp.path().join("idx").exists(), "no index is made for {input}");
    }
}
