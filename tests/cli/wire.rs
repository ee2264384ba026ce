//! Records of a wire feed (a JSON Lines file of many articles, bodies opening with a
//! dateline and keeping hard line wraps) read as well as whole-file articles.

use super::ingest::{tempdir, write};
use super::{newsquote, outcome, search_json};
use tempfile::TempDir;

/// Two hard-wrapped records of one feed file, indexed into `idx`.
fn wire_feed() -> TempDir {
    let tmp = tempdir();
    let first = "LISBON, May 4 - Treasury officials met the heads of the\nbiggest banks here today to discuss the currency and rates.\n    \"We see no reason for alarm about the escudo at all,\" said\nMarta Viegas, a senior treasury official, after the talks with\nthe bankers had ended in the afternoon.\n    Markets were calm in early trading and the escudo held firm\nagainst the mark and the dollar, dealers said.";
    let second = "OSLO, May 4 - Fishing quotas for the northern fleet were cut\ntoday by a fifth, the ministry said in a statement.\n    \"The cuts will hurt the northern ports badly this year,\" said\nOdd Lien, a harbour master in the north of the country.";
    let record = |id: &str, title: &str, body: &str| {
        let record = serde_json::json!({"id": format!("wire/{id}"), "title": title, "date": "1990-05-04", "source": "Wire", "body": body});
        format!("{record}\n")
    };
    write(&tmp.path().join("feed.jsonl"), record("11", "ESCUDO TALKS", first) + &record("12", "QUOTAS CUT", second));
    newsquote(tmp.path()).args(["ingest", "--quiet", "feed.jsonl", "--index", "idx"]).assert().success();
    tmp
}

#[test]
fn a_hard_wrapped_quote_is_shown_in_its_sentence_and_marked_in_show() {
    let tmp = wire_feed();
    let (_, text, _) = outcome(newsquote(tmp.path()).args(["search", "escudo", "--index", "idx", "--context", "1"]));
    assert!(text.contains("   in: ") && text.contains("said Marta Viegas"), "{text}");
    let (res, _) = search_json(tmp.path(), &["escudo"]);
    let (code, shown, _) = outcome(newsquote(tmp.path()).args(["show", &res.hits[0].citation, "--index", "idx"]));
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains(">>>We see no reason for alarm about the escudo at all,<<<"), "{shown}");
}

#[test]
fn a_record_of_a_feed_is_cited_with_its_id_in_every_output_for_people() {
    let tmp = wire_feed();
    let cited = "feed.jsonl (id wire/12)";
    let (_, text, _) = outcome(newsquote(tmp.path()).args(["search", "ports", "--index", "idx"]));
    assert!(text.contains(cited), "{text}");
    let (_, markdown, _) =
        outcome(newsquote(tmp.path()).args(["search", "ports", "--index", "idx", "--format", "markdown"]));
    assert!(markdown.contains(&format!("\u{201c}QUOTAS CUT\u{201d} ({cited}, `")), "{markdown}");
    let (res, _) = search_json(tmp.path(), &["ports"]);
    let (_, shown, _) = outcome(newsquote(tmp.path()).args(["show", &res.hits[0].citation, "--index", "idx"]));
    assert!(shown.lines().nth(1) == Some(cited), "{shown}");
}
