//! Regression tests for issue 11 (extraction slower than linear on dense quotation): the
//! shapes of `scripts/dense_quotes.py` at 2,000 quotations, checked for their output, not
//! their time. Transcripts, live blogs and scraped pages look like this; and a quotation
//! holding thousands of nested ones (speakers/nested.rs).
use super::*;

const SPEAKERS: [&str; 4] = ["Al Green", "Mary Jones", "Peter Okafor", "Ana Lopez"];
const WORDS: [&str; 12] =
    ["rain", "fell", "early", "the", "market", "will", "rise", "again", "we", "are", "ready", "now"];
const QUOTES: usize = 2_000;

/// The words of quotation `i`: two to four of [`WORDS`], the first capitalised.
fn words(i: usize) -> String {
    let count = 2 + i % 3;
    let mut out: Vec<String> = (0..count).map(|k| WORDS[(i * 7 + k * 5) % WORDS.len()].to_owned()).collect();
    out[0] = out[0][..1].to_uppercase() + &out[0][1..];
    out.join(" ")
}

fn quotation(i: usize) -> String {
    format!("\"{}\" said {}.", words(i) + ",", SPEAKERS[i % SPEAKERS.len()])
}

fn analyzed(body: String) -> AnalyzedArticle {
    analyze(Article { id: "dense".into(), body, ..Article::default() })
}

/// Every quotation found once, in order, whole, with its own speaker and cue, inside its
/// passage; the article's persons are the four speakers.
fn assert_all_attributed(article: &AnalyzedArticle) {
    assert_eq!(article.quotes.len(), QUOTES);
    for (i, q) in article.quotes.iter().enumerate() {
        assert_eq!(q.text, words(i), "quote {i}");
        assert_eq!(q.speaker.as_deref(), Some(SPEAKERS[i % SPEAKERS.len()]), "quote {i}: {q:?}");
        assert_eq!(q.cue.as_deref(), Some("said"), "quote {i}");
        assert!(!q.fragment, "quote {i}");
        assert!(article.passages[q.passage].span.contains(&q.span.start), "quote {i}: passage {}", q.passage);
    }
    assert_eq!(article.entities.persons, SPEAKERS);
}

#[test]
fn dense_quotation_in_one_paragraph_is_all_attributed() {
    let body = (0..QUOTES).map(quotation).collect::<Vec<_>>().join(" ");
    let article = analyzed(body);
    assert_all_attributed(&article);
    // One paragraph, cut into passages of at most MAX_PASSAGE bytes.
    assert!(article.passages.len() > 1 && article.passages.iter().all(|p| p.paragraph == 1));
}

#[test]
fn dense_quotation_one_paragraph_each_is_all_attributed() {
    let body = (0..QUOTES).map(quotation).collect::<Vec<_>>().join("\n\n");
    let article = analyzed(body);
    assert_all_attributed(&article);
    assert_eq!(article.passages.len(), QUOTES);
    assert!(article.quotes.iter().enumerate().all(|(i, q)| q.passage == i));
}

#[test]
fn dense_quotation_by_surname_pronoun_and_description_resolves_each() {
    // "…," said Mary Jones. "…," Jones said. "…," she said. "…," the official said:
    // surnames, pronouns and descriptions resolved against thousands of earlier mentions.
    let body = (0..QUOTES / 4)
        .map(|i| {
            format!(
                "\"{},\" said Mary Jones. \"{},\" Jones said. \"{},\" she said. \"{},\" the official said.",
                words(4 * i),
                words(4 * i + 1),
                words(4 * i + 2),
                words(4 * i + 3)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let article = analyzed(body);
    assert_eq!(article.quotes.len(), QUOTES);
    for (i, q) in article.quotes.iter().enumerate() {
        let want = if i % 4 == 3 { "the official" } else { "Mary Jones" };
        assert_eq!(q.speaker.as_deref(), Some(want), "quote {i}: {q:?}");
    }
}

#[test]
fn dense_quotation_in_one_sentence_is_all_attributed() {
    // `Al Green said "…", "…", … .` and `"…" and "…" and …, said Al Green.`: thousands of
    // quoted phrases in one sentence, each sharing its cue.
    let quoted: Vec<String> = (0..QUOTES).map(|i| format!("\"{}\"", words(i))).collect();
    let listed = format!("Al Green said {}.", quoted.join(", "));
    let chained = format!("{}, said Al Green.", quoted.join(" and "));
    for body in [listed, chained] {
        let article = analyzed(body);
        assert_eq!(article.quotes.len(), QUOTES);
        for (i, q) in article.quotes.iter().enumerate() {
            assert_eq!(q.text, words(i), "quote {i}");
            assert_eq!(q.speaker.as_deref(), Some("Al Green"), "quote {i}: {q:?}");
        }
    }
}

#[test]
fn dense_nested_quotation_is_all_attributed() {
    // `"Al Green said 'Rain fell', Mary Jones said '…', …," said Ana Lopez.`: thousands of
    // quotations nested in one, each cued by a name before it inside the outer one.
    let inner: Vec<String> = (0..QUOTES).map(|i| format!("{} said '{}'", SPEAKERS[i % 3], words(i))).collect();
    let body = format!("\"{},\" said Ana Lopez.", inner.join(", "));
    let article = analyzed(body);
    assert_eq!(article.quotes.len(), QUOTES + 1);
    assert_eq!(article.quotes[0].speaker.as_deref(), Some("Ana Lopez"));
    for (i, q) in article.quotes[1..].iter().enumerate() {
        assert_eq!(q.text, words(i), "quote {i}");
        assert_eq!(q.speaker.as_deref(), Some(SPEAKERS[i % 3]), "quote {i}: {q:?}");
        assert_eq!(q.rule.as_deref(), Some("nested-cue"), "quote {i}");
    }
}

#[test]
fn dense_role_referring_back_resolves_each() {
    // `Skipper Jason Robinson believes it. "…," said the Sale full-back.` thousands of times:
    // each role refers back to the person named just before (issue 16's review: looking for
    // an unnamed "a Sale full-back" before each scanned the text before it, so time grew with
    // the square of the article). One brought in at the end stays an unnamed source.
    let mut body: Vec<String> = (0..QUOTES)
        .map(|i| format!("Skipper Jason Robinson believes it. \"{},\" said the Sale full-back.", words(i)))
        .collect();
    body.push("\"We lost,\" said a Sale full-back. \"We tried,\" said the Sale full-back.".into());
    let article = analyzed(body.join(" "));
    assert_eq!(article.quotes.len(), QUOTES + 2);
    for (i, q) in article.quotes[..QUOTES].iter().enumerate() {
        assert_eq!(q.text, words(i), "quote {i}");
        assert_eq!(q.speaker.as_deref(), Some("Jason Robinson"), "quote {i}: {q:?}");
    }
    assert_eq!(article.quotes[QUOTES].speaker.as_deref(), Some("a Sale full-back"));
    assert_eq!(article.quotes[QUOTES + 1].speaker.as_deref(), Some("the Sale full-back"));
}

#[test]
fn dense_titles_in_one_capitalised_run_are_read_once_each() {
    // "Secretary of State" and a given name thousands of times, across lines and on one:
    // a single capitalised run, where each line's end and each "of" read the whole run again
    // for a title ending or going on there (time grew with the square of the run). Only the
    // last words a title can hold are read now; the output is what it was.
    for separator in ["\n", " "] {
        let body = format!("Secretary of State{separator}John ").repeat(QUOTES);
        let article = analyzed(body);
        assert!(article.quotes.is_empty());
        assert_eq!(article.entities.persons, ["John"], "separator {separator:?}");
    }
}

#[test]
fn dense_tiny_quotations_closing_a_paragraph_are_all_attributed() {
    // `Al Green said it was "-" "-" "-" …`, straight or curly, opened and closed or only
    // opened, or each after a colon: thousands of quotations with no letter after them to
    // the paragraph's end. Each read the rest of its paragraph to learn whether it closed the
    // paragraph (a credit line may follow), so time grew with the square of the quotations;
    // where the paragraph's last letter ends is now found once. Output is what it was.
    let shapes = [
        ("Al Green said it was ", "\"-\" ", 1),
        ("Al Green said: ", "\"-\": ", 1),
        ("Al Green said it was ", "\u{201c}-\" \"-\u{201d} ", 2),
        ("Al Green said it was ", "\u{201c}- ", 1),
    ];
    for (lead, unit, per_unit) in shapes {
        let body = format!("{lead}{}", unit.repeat(QUOTES));
        let article = analyzed(body);
        assert_eq!(article.quotes.len(), QUOTES * per_unit, "{unit:?}");
        for (i, q) in article.quotes.iter().enumerate() {
            assert_eq!(q.text, "-", "{unit:?} quote {i}");
            assert_eq!(q.speaker.as_deref(), Some("Al Green"), "{unit:?} quote {i}: {q:?}");
            assert!(q.fragment, "{unit:?} quote {i}");
        }
    }
}

#[test]
fn quotation_closing_its_paragraph_takes_the_credit_line_after_it() {
    // The other side of the same change: a quotation followed only by marks to its
    // paragraph's end still closes it, and one with a word after it does not.
    let credited = analyzed("\"We will win the vote.\" \u{2026}\n\n- Al Green".into());
    assert_eq!(credited.quotes[0].speaker.as_deref(), Some("Al Green"));
    assert_eq!(credited.quotes[0].rule.as_deref(), Some("credit-line"));
    let not_closing = analyzed("\"We will win the vote.\" Perhaps.\n\n- Al Green".into());
    assert_ne!(not_closing.quotes[0].rule.as_deref(), Some("credit-line"));
}

#[test]
fn dense_capitalised_run_of_given_names_is_read_in_bounded_steps() {
    // "Zorq Michael " thousands of times: one capitalised run, where at each known given name
    // the words before it were joined and looked up as an organisation or a country (time grew
    // with the square of the run). No longer join than a known name holds is looked up now;
    // the output is what it was.
    let article = analyzed("Zorq Michael ".repeat(QUOTES * 5));
    assert!(article.quotes.is_empty());
    assert!(article.entities.persons.is_empty(), "{:?}", article.entities.persons);
}

#[test]
fn text_from_a_text_thousands_deep_is_not_read_on() {
    // '"Hi," read a letter from a letter from … the firm.': each "a letter from" was resolved
    // by resolving the next, one call deeper each time, until the stack overflowed (an abort,
    // not a panic). A text from a text names no one now, and nothing is read past it.
    let body = format!("\"Hi,\" read a letter from {}the firm.", "a letter from ".repeat(QUOTES * 10));
    let article = analyzed(body);
    assert_eq!(article.quotes.len(), 1);
    assert_eq!(article.quotes[0].speaker.as_deref(), Some("a letter"));
}

#[test]
fn a_paragraph_of_quotations_going_on_past_named_subjects_is_read_in_bounded_steps() {
    // 'Wayne Rooney scored. "…"' thousands of times in one paragraph: each quotation that goes
    // on past a named subject read the whole rest of the chain for the subject's surname
    // (time grew with the square of the paragraph). Only a few quotations ahead are read now.
    let body: String = (0..QUOTES).map(|i| format!("Wayne Rooney scored. \"It was good number {i}.\" ")).collect();
    let article = analyzed(body);
    assert_eq!(article.quotes.len(), QUOTES);
}
