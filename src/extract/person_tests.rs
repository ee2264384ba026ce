//! Regression cases for the persons an article names, as rows of `person_cases.jsonl`:
//! each text names the persons of `persons` and none of `not` (a name in `not` is junk a rule
//! once took for a person, or a name cut wrong). `name` says what the row pins, as a test's
//! name would; each rule of `entities.rs` has its rows.
use super::*;

/// One row of `person_cases.jsonl`.
#[derive(serde::Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    persons: Vec<String>,
    #[serde(default)]
    not: Vec<String>,
}

#[test]
fn person_cases() {
    let table = include_str!("person_cases.jsonl");
    let mut failures = Vec::new();
    for (i, line) in table.lines().enumerate() {
        let at = format!("person_cases.jsonl:{}", i + 1);
        let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
        let article = analyze(Article { id: "t".into(), body: case.text.clone(), ..Article::default() });
        let found = &article.entities.persons;
        let missed: Vec<&String> = case.persons.iter().filter(|p| !found.contains(p)).collect();
        let junk: Vec<&String> = case.not.iter().filter(|p| found.contains(p)).collect();
        if !missed.is_empty() || !junk.is_empty() {
            failures.push(format!("{at}: {}: missed {missed:?}, junk {junk:?}, found {found:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{} of the person cases fail:\n{}", failures.len(), failures.join("\n"));
}
