//! Query text checks that run before tantivy's parser, so that a mistake is reported with
//! the place it sits in the query and an example of what works, and tantivy's own parse
//! errors turned into the same kind of message.

use tantivy::query::QueryParserError;

/// The fields a query may name before a colon (`speaker:petro`).
pub const QUERY_FIELDS: &[&str] =
    &["quote", "reported", "passage", "speaker", "person", "country", "organization", "title", "outlet", "date"];

/// Parentheses nested deeper than this are refused: the parser recurses once per level.
pub const MAX_NESTING: usize = 32;
/// Operators (`AND`, `OR`, `NOT`, a leading `-` or `+`) past this count are refused: the
/// parser's work grows faster than their number, and no person writes that many.
pub const MAX_OPERATORS: usize = 256;
/// Queries longer than this (in bytes) are refused; a pasted paragraph fits.
pub const MAX_QUERY_BYTES: usize = 16 << 10;

/// Characters of a long query shown either side of a mistake.
const SHOWN_AROUND: usize = 60;

/// An example of a query that works, shown under every query error.
const EXAMPLE: &str = "example: \"human rights\" AND speaker:petro -drugs";

/// Replaces typographic double quotes (pasted from an article) with straight ones.
pub fn straighten_quotes(text: &str) -> String {
    text.chars()
        .map(|c| if matches!(c, '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}') { '"' } else { c })
        .collect()
}

/// A query mistake: what is wrong and where (byte offset into the query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryMistake {
    /// What is wrong, in a few words.
    pub message: String,
    /// Byte offset of the problem in the query, when known.
    pub at: Option<usize>,
}

impl QueryMistake {
    fn at(message: impl Into<String>, at: usize) -> QueryMistake {
        QueryMistake { message: message.into(), at: Some(at) }
    }

    /// The message a user sees: the problem, the query with a caret under it, an example.
    /// A long query is shown as the `SHOWN_AROUND` characters either side of the problem.
    pub fn explain(&self, query: &str) -> String {
        let at = self.at.map(|at| query.char_indices().take_while(|&(i, _)| i < at).count());
        let chars: Vec<char> = query.chars().collect();
        let from = at.unwrap_or(0).saturating_sub(SHOWN_AROUND);
        let to = (at.unwrap_or(0) + SHOWN_AROUND).min(chars.len());
        let shown: String = chars[from..to].iter().collect();
        let (before, after) = (if from > 0 { "…" } else { "" }, if to < chars.len() { "…" } else { "" });
        let mut out = format!("cannot read query: {}\n  {before}{shown}{after}", self.message);
        if let Some(at) = at {
            let column = at - from + before.chars().count();
            out.push_str(&format!("\n  {}^", " ".repeat(column)));
        }
        out.push_str(&format!("\n  {EXAMPLE}"));
        out
    }
}

/// Finds the mistakes tantivy would reject with an unhelpful message, or parse into
/// something other than what the user meant: unclosed quotes and parentheses, unknown
/// fields, fields without a value, and AND/OR/NOT with nothing to join.
pub fn check(query: &str) -> Result<(), QueryMistake> {
    if query.len() > MAX_QUERY_BYTES {
        return Err(QueryMistake::at(format!("the query is longer than {MAX_QUERY_BYTES} bytes"), MAX_QUERY_BYTES));
    }
    let mut open_quote: Option<usize> = None;
    let mut parens: Vec<usize> = Vec::new();
    for (i, c) in query.char_indices() {
        match c {
            '"' => open_quote = if open_quote.is_some() { None } else { Some(i) },
            '(' if open_quote.is_none() && parens.len() >= MAX_NESTING => {
                return Err(QueryMistake::at(format!("parentheses nested more than {MAX_NESTING} deep"), i));
            }
            '(' if open_quote.is_none() => parens.push(i),
            ')' if open_quote.is_none() && parens.pop().is_none() => {
                return Err(QueryMistake::at("`)` closes nothing", i));
            }
            _ => {}
        }
    }
    if let Some(at) = open_quote {
        return Err(QueryMistake::at("unclosed quotation mark: close the phrase with another `\"`", at));
    }
    if let Some(&at) = parens.last() {
        return Err(QueryMistake::at("unclosed `(`: add a `)`", at));
    }
    check_words(query)
}

/// Word-level checks, outside phrases.
fn check_words(query: &str) -> Result<(), QueryMistake> {
    let words = words_outside_phrases(query);
    let is_op = |w: &str| matches!(w, "AND" | "OR");
    let mut operators = 0;
    // The field a `field:(...)` group gives its words, and the group's depth of parentheses.
    let mut group: Option<(&str, usize)> = None;
    for (n, &(at, word)) in words.iter().enumerate() {
        if let Some((field, depth)) = group {
            if word.trim_matches(['(', ')']) == "*" {
                return Err(any_value(field, at));
            }
            let depth = (depth + word.matches('(').count()).saturating_sub(word.matches(')').count());
            group = (depth > 0).then_some((field, depth));
        }
        operators += usize::from(matches!(word, "AND" | "OR" | "NOT") || word.starts_with(['-', '+']));
        if operators > MAX_OPERATORS {
            return Err(QueryMistake::at(format!("more than {MAX_OPERATORS} operators (AND, OR, NOT, -, +)"), at));
        }
        let next = words.get(n + 1).map(|&(_, w)| w);
        if is_op(word) && (n == 0 || next.is_none_or(|w| is_op(w) || w == "NOT" || w == ")")) {
            let what = if n == 0 { "has nothing before it" } else { "has nothing after it" };
            return Err(QueryMistake::at(format!("`{word}` {what}: it joins two words or phrases"), at));
        }
        if word == "NOT" && next.is_none() {
            return Err(QueryMistake::at("`NOT` has nothing after it: write NOT word or -word", at));
        }
        let bare = word.trim_start_matches(['+', '-', '(']);
        if let Some((field, value)) = bare.split_once(':') {
            let at = at + (word.len() - bare.len());
            if !QUERY_FIELDS.contains(&field) {
                return Err(QueryMistake::at(
                    format!(
                        "unknown field `{field}`: fields are {}; to search for `{bare}` as words, put it in quotes",
                        QUERY_FIELDS.join(", ")
                    ),
                    at,
                ));
            }
            if value.trim_matches(['(', ')']) == "*" {
                return Err(any_value(field, at));
            }
            if value.starts_with('(') {
                let depth = value.matches('(').count().saturating_sub(value.matches(')').count());
                group = (depth > 0).then_some((field, depth));
            }
            if value.is_empty() && next.is_none_or(|w| !w.starts_with('"') && !w.starts_with('[')) {
                return Err(QueryMistake::at(format!("`{field}:` needs a value, e.g. {field}:word"), at));
            }
        }
    }
    Ok(())
}

/// `field:*`, or `*` inside `field:(...)`: a match on any value, which tantivy reads as an
/// existence query on a fast column.
fn any_value(field: &str, at: usize) -> QueryMistake {
    QueryMistake::at(
        format!("`{field}:*` (any value) is not a search newsquote makes: give a word, e.g. {field}:word"),
        at,
    )
}

/// The white-space separated words of `query` that lie outside `"..."`, with offsets.
/// A phrase counts as one word (`"` itself), so that operators before it are not dangling.
fn words_outside_phrases(query: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let mut in_phrase = false;
    for (i, c) in query.char_indices() {
        if c == '"' {
            in_phrase = !in_phrase;
            if in_phrase {
                if let Some(s) = start.take() {
                    words.push((s, &query[s..i]));
                }
                words.push((i, "\""));
            }
            continue;
        }
        if in_phrase {
            continue;
        }
        if c.is_whitespace() || c == ')' {
            if let Some(s) = start.take() {
                words.push((s, &query[s..i]));
            }
            if c == ')' {
                words.push((i, ")"));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        words.push((s, &query[s..]));
    }
    words
}

/// A `speaker:` or `person:` clause taken out of a query, to be read as a reader's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameClause {
    /// `speaker` or `person`.
    pub field: &'static str,
    /// The name as typed, without the quotes of a phrase (`speaker:"Mr. Obama"`: `Mr. Obama`).
    pub name: String,
    /// Written `-speaker:…` or `NOT speaker:…`.
    pub excluded: bool,
}

/// Takes the `speaker:` and `person:` clauses out of a checked query that joins its clauses
/// with AND alone (no `OR`, no parentheses), so that they are read as names a reader types
/// ("speaker:\"Mr. Obama\"", "person:merkel"); returns the rest of the query (without its
/// `AND`s, which say what the default does) and the clauses.
/// A query with `OR` or parentheses is returned whole, for the parser to read word by word.
pub fn name_clauses(query: &str) -> (String, Vec<NameClause>) {
    let words = words_outside_phrases(query);
    if words.iter().any(|&(_, w)| w == "OR" || w == ")" || w.starts_with('(')) {
        return (query.to_owned(), Vec::new());
    }
    let mut rest = String::new();
    let mut clauses = Vec::new();
    let mut copied = 0;
    let mut n = 0;
    while n < words.len() {
        let (at, word) = words[n];
        // Without OR, AND says nothing the default does not: dropped, so that taking a
        // clause out never leaves an AND with nothing on one side.
        if word == "AND" {
            rest.push_str(&query[copied.min(at)..at]);
            copied = copied.max(at + word.len());
            n += 1;
            continue;
        }
        let negated_by_not = n > 0 && words[n - 1].1 == "NOT";
        let bare = word.trim_start_matches(['+', '-']);
        let field =
            ["speaker", "person"].into_iter().find(|f| bare.strip_prefix(f).is_some_and(|v| v.starts_with(':')));
        let Some(field) = field else {
            n += 1;
            continue;
        };
        let value = &bare[field.len() + 1..];
        // The value: the rest of the word, or the phrase that follows the colon.
        let (name, end) = if value.is_empty() && words.get(n + 1).is_some_and(|&(_, w)| w == "\"") {
            let open = words[n + 1].0;
            match query[open + 1..].find('"') {
                Some(close) => (query[open + 1..open + 1 + close].to_owned(), open + close + 2),
                None => return (query.to_owned(), Vec::new()),
            }
        } else {
            (value.to_owned(), at + word.len())
        };
        if name.trim().is_empty() {
            return (query.to_owned(), Vec::new());
        }
        let start = if negated_by_not { words[n - 1].0 } else { at }.max(copied);
        rest.push_str(&query[copied..start]);
        copied = end;
        clauses.push(NameClause { field, name, excluded: word.starts_with('-') || negated_by_not });
        n = words.iter().position(|&(w_at, _)| w_at >= end).unwrap_or(words.len());
    }
    rest.push_str(&query[copied..]);
    (rest, clauses)
}

/// Turns a tantivy parse error into the user's message.
pub fn explain_parser_error(query: &str, err: &QueryParserError) -> String {
    let message = match err {
        QueryParserError::AllButQueryForbidden => {
            "the query only excludes words: add a word to find, e.g. rights -drugs".to_owned()
        }
        QueryParserError::FieldDoesNotExist(f) => {
            format!("unknown field `{f}`: fields are {}", QUERY_FIELDS.join(", "))
        }
        QueryParserError::FieldDoesNotHavePositionsIndexed(f) => {
            format!("`{f}` holds codes or numbers: phrases and proximity work on text fields only")
        }
        QueryParserError::ExpectedInt(_) | QueryParserError::RangeMustNotHavePhrase => {
            "`date:` takes YYYYMMDD numbers, e.g. date:[20250101 TO 20251231]".to_owned()
        }
        QueryParserError::PhrasePrefixRequiresAtLeastTwoTerms { .. } => {
            "a phrase ending in `*` needs at least two words, e.g. \"human rig*\"".to_owned()
        }
        other => format!("{other}"),
    };
    QueryMistake { message, at: None }.explain(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Any query is split without a panic, and the clauses' text is taken out of it.
        #[test]
        fn name_clauses_never_panic(q in "(speaker:|person:|NOT |-|\"|[a-z]{1,4}| ){0,12}") {
            let (rest, clauses) = name_clauses(&q);
            proptest::prop_assert!(rest.len() <= q.len());
            proptest::prop_assert!(clauses.iter().all(|c| !c.name.trim().is_empty()));
        }
    }

    #[test]
    fn name_clauses_are_taken_out_of_queries_joined_by_and() {
        let (rest, clauses) = name_clauses("rights speaker:\"Mr. Obama\" -person:merkel NOT speaker:trump taxes");
        assert_eq!(rest.split_whitespace().collect::<Vec<_>>(), ["rights", "taxes"]);
        let got: Vec<(&str, &str, bool)> = clauses.iter().map(|c| (c.field, c.name.as_str(), c.excluded)).collect();
        assert_eq!(got, [("speaker", "Mr. Obama", false), ("person", "merkel", true), ("speaker", "trump", true)]);
        let with_or = "speaker:obama OR speaker:trump";
        assert_eq!(name_clauses(with_or), (with_or.to_owned(), vec![]));
        let (rest, clauses) = name_clauses("speaker:PENCE");
        assert_eq!((rest.trim(), clauses.len()), ("", 1));
        assert_eq!(name_clauses("quote:speaker").1, vec![]);
        // AND beside a clause taken out is dropped with it (it says what the default does).
        for q in [
            "\"human rights\" AND speaker:petro",
            "speaker:petro AND \"human rights\"",
            "AND speaker:petro \"human rights\"",
        ] {
            let (rest, clauses) = name_clauses(q);
            assert_eq!((rest.trim(), clauses.len()), ("\"human rights\"", 1), "{q}");
        }
        let (rest, clauses) = name_clauses("canal AND -speaker:lopez AND NOT person:reyes");
        assert_eq!((rest.trim(), clauses.len()), ("canal", 2));
    }

    fn at(query: &str) -> Option<usize> {
        check(query).err().and_then(|m| m.at)
    }

    #[test]
    fn good_queries_pass() {
        for q in [
            "human rights",
            "\"human rights\" AND petro",
            "(drugs OR cocaine) -fish",
            "speaker:petro quote:\"human rights\"~3",
            "date:[20250101 TO 20251231]",
            "NOT fish rights",
            "\"a: b\"",
        ] {
            assert_eq!(check(q), Ok(()), "{q}");
        }
    }

    #[test]
    fn deep_nesting_and_operator_chains_are_refused_before_parsing() {
        let nested = format!("{}rights{}", "(".repeat(5_000), ")".repeat(5_000));
        assert_eq!(at(&nested), Some(MAX_NESTING));
        let fine = format!("{}rights{}", "(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
        assert_eq!(check(&fine), Ok(()));
        let nots = format!("{}rights", "NOT ".repeat(300));
        assert!(check(&nots).is_err_and(|m| m.message.contains("operators")));
        let minus = format!("rights {}", "-fish ".repeat(300));
        assert!(check(&minus).is_err_and(|m| m.message.contains("operators")));
        let long = "word ".repeat(4_000);
        assert!(check(&long).is_err_and(|m| m.message.contains("longer than")));
        let shown = check(&long).map_err(|m| m.explain(&long)).unwrap_err();
        assert!(shown.len() < 400, "{shown}");
        let euros = "€".repeat(5_462);
        assert!(check(&euros).is_err_and(|m| m.explain(&euros).contains("longer than")));
    }

    #[test]
    fn mistakes_point_at_their_place() {
        assert_eq!(at("\"unclosed phrase AND"), Some(0));
        assert_eq!(at("rights)"), Some(6));
        assert_eq!(at("(rights"), Some(0));
        assert_eq!(at("rights AND"), Some(7));
        assert_eq!(at("OR rights"), Some(0));
        assert_eq!(at("rights AND OR fish"), Some(7));
        assert_eq!(at("rights -auhtor:smith"), Some(8));
        assert_eq!(at("speaker: petro"), Some(0));
        assert_eq!(at("rights NOT"), Some(7));
        assert_eq!(at("rights title:*"), Some(7));
        assert_eq!(at("title:(*)"), Some(0));
        assert_eq!(at("title:(* OR x)"), Some(0));
        assert_eq!(at("title:(x OR *)"), Some(12));
        assert_eq!(check("title:(x OR y) *"), Ok(()));
        assert!(check("quote:*").is_err_and(|m| m.message.contains("any value")));
        assert_eq!(check("*"), Ok(()));
    }

    #[test]
    fn explanation_has_a_caret_and_an_example() {
        let query = "rights -auhtor:smith";
        let text = check(query).err().map(|m| m.explain(query)).unwrap_or_default();
        assert!(text.contains("unknown field `auhtor`"), "{text}");
        assert!(text.contains("\n  rights -auhtor:smith\n          ^\n  example: "), "{text}");
    }

    #[test]
    fn typographic_quotes_are_straightened() {
        assert_eq!(straighten_quotes("\u{201c}human rights\u{201d}"), "\"human rights\"");
    }
}
