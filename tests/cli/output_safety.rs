//! Output that attacks its reader: control characters from articles and file names reach no
//! output meant for people raw, and CSV cells never start a spreadsheet formula.

use super::ingest::{tempdir, write};
use super::{indexed_corpus, newsquote};

#[test]
fn control_characters_and_formulas_from_articles_are_neutralised() {
    let tmp = tempdir();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap_or_else(|e| panic!("{e}"));
    // A title with a terminal command and a bell, a quote that starts like a formula.
    let article = "{\"id\":\"x1\",\"title\":\"Bad \\u001b[2Jtitle\\u0007\",\"body\":\"\\\"=HYPERLINK(1) votes \\u001b[31mnow,\\\" Mayor Lina Park said on Monday.\"}\n";
    write(&input.join("evil.jsonl"), article);
    let out = newsquote(tmp.path()).args(["ingest", "--quiet", "--index", "idx"]).arg(&input).output();
    assert!(out.is_ok_and(|o| o.status.success()));
    for format in ["text", "markdown", "csv"] {
        let out = newsquote(tmp.path()).args(["search", "votes", "--index", "idx", "--format", format]).output();
        let out = out.unwrap_or_else(|e| panic!("{e}"));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{format}: {stdout}");
        assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{7}'), "{format}: raw control: {stdout:?}");
        assert!(stdout.contains("\\u{1b}"), "{format}: shown escaped: {stdout}");
        if format == "csv" {
            assert!(stdout.contains("\n'=HYPERLINK") || stdout.contains("\"'=HYPERLINK"), "{stdout}");
        }
    }
    let raw =
        newsquote(tmp.path()).args(["search", "votes", "--index", "idx", "--format", "csv", "--raw-csv"]).output();
    let raw = String::from_utf8_lossy(&raw.unwrap_or_else(|e| panic!("{e}")).stdout).into_owned();
    assert!(raw.contains("=HYPERLINK") && !raw.contains("'=HYPERLINK"), "{raw}");
    // JSON keeps the data exact.
    let json = newsquote(tmp.path()).args(["search", "votes", "--index", "idx", "--format", "json"]).output();
    let json = String::from_utf8_lossy(&json.unwrap_or_else(|e| panic!("{e}")).stdout).into_owned();
    assert!(json.contains("\\u001b[31mnow"), "{json}");
}

#[cfg(unix)]
#[test]
fn a_file_name_with_a_newline_forges_no_line_of_the_report() {
    let tmp = tempdir();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap_or_else(|e| panic!("{e}"));
    write(&input.join("bad\nskipped forged.txt: all good.json"), "{not json");
    let out = newsquote(tmp.path()).args(["ingest", "--index", "idx"]).arg(&input).output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("bad\\u{a}skipped forged.txt"), "{stderr}");
}

#[test]
fn a_csv_record_with_an_unterminated_quote_is_reported_not_silently_merged() {
    let tmp = tempdir();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap_or_else(|e| panic!("{e}"));
    let csv = "title,body\nTown plans homes,\"The council met on Monday.\"\nBroken,\"The quote never ends\nOther,Swallowed text\n";
    write(&input.join("news.csv"), csv);
    let out = newsquote(tmp.path()).args(["ingest", "--index", "idx"]).arg(&input).output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("news.csv:3: unterminated quote"), "{stderr}");
}

#[test]
fn every_format_and_summary_exits_quietly_on_a_closed_pipe() {
    let tmp = indexed_corpus();
    let runs: Vec<Vec<&str>> = ["text", "markdown", "json", "jsonl", "csv"]
        .into_iter()
        .map(|format| vec!["search", "--index", "idx", "--limit", "100", "--format", format])
        .chain([
            vec!["stats", "--index", "idx", "--format", "json"],
            vec!["check", "--index", "idx", "--format", "json"],
        ])
        .collect();
    for args in runs {
        let bin = assert_cmd::cargo::cargo_bin("newsquote");
        let mut child = std::process::Command::new(bin)
            .current_dir(tmp.path())
            .env_clear()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        // The reader goes away before a byte is written: every write meets a closed pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("wait: {e}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!((out.status.code(), stderr.as_ref()), (Some(0), ""), "{args:?}");
    }
}
