//! Regression cases for the persons an article names, as rows of `person_cases.jsonl`:
//! each text names the persons of `persons` and none of `not` (a name in `not` is junk a rule
//! once took for a person, or a name cut wrong), and no person holds a word of
//! `not_containing` (a thing's word, "Bridge", in whatever name a rule makes of it). `name` says what the row pins, as a test's
//! name would; each rule of `entities/` has its rows.
use super::tests::{analyzed, case_rows};

/// One row of `person_cases.jsonl`.
#[derive(serde::Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    persons: Vec<String>,
    #[serde(default)]
    not: Vec<String>,
    #[serde(default)]
    not_containing: Vec<String>,
}

#[test]
fn person_cases() {
    let mut failures = Vec::new();
    for (at, case) in case_rows::<Case>("person_cases.jsonl", include_str!("person_cases.jsonl")) {
        let article = analyzed(&case.text);
        let found = &article.entities.persons;
        let missed: Vec<&String> = case.persons.iter().filter(|p| !found.contains(p)).collect();
        let mut junk: Vec<&String> = case.not.iter().filter(|p| found.contains(p)).collect();
        let holds = |p: &String| case.not_containing.iter().any(|w| p.split_whitespace().any(|x| x == w));
        junk.extend(found.iter().filter(|p| holds(p)));
        if !missed.is_empty() || !junk.is_empty() {
            failures.push(format!("{at}: {}: missed {missed:?}, junk {junk:?}, found {found:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{} of the person cases fail:\n{}", failures.len(), failures.join("\n"));
}
