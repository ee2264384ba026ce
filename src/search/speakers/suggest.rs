//! Names near a typed `--speaker` or `--person` that matches no one in the index ("volker":
//! Paul Volcker; "Tony Blaire": Tony Blair), as unknown countries get theirs. The work is
//! bounded by the index's vocabulary of names, never by its documents: speakers are read
//! from the `speaker_key` term dictionary (one entry per surname and spelling), persons from
//! the dictionary of the `person` column.

use super::filter::identities_of;
use crate::error::Result;
use crate::index::reader::IndexHandle;
use crate::lexicon::{edit_distance, is_misspelling};
use crate::names::{PASSAGE_KEY_MARK, REPORTED_KEY_MARK, read_typed};
use crate::normalize::fold;
use std::collections::BTreeMap;
use tantivy::Searcher;
use tantivy::query::Query;

/// Names suggested at most.
pub const SUGGESTIONS: usize = 4;

/// True when `query` matches no document of the index.
pub fn matches_nothing(handle: &IndexHandle, query: &dyn Query) -> Result<bool> {
    let n = handle.searcher().search(query, &tantivy::collector::Count).map_err(handle.err())?;
    Ok(n == 0)
}

/// How far `known` is from `typed`, when it is what the reader misspelt (as for countries).
fn near(typed: &str, known: &str) -> Option<usize> {
    let d = edit_distance(typed, known);
    is_misspelling(typed, d).then_some(d)
}

/// The quoted people whose surname is nearest the typed name's, most quoted first among
/// equally near ones; nothing for a description ("the company").
pub fn similar_speakers(handle: &IndexHandle, typed: &str) -> Result<Vec<String>> {
    let read = read_typed(typed.trim().trim_matches('"'));
    let Some(surname) = read.surname() else { return Ok(Vec::new()) };
    let searcher = handle.searcher();
    let mut surnames: BTreeMap<String, usize> = BTreeMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(handle.fields.speaker_key).map_err(handle.err())?;
        let mut stream = inverted.terms().stream().map_err(|e| handle.err()(e.into()))?;
        while stream.advance() {
            let key = String::from_utf8_lossy(stream.key());
            let Some((known, _)) = key.split_once('\t') else { continue };
            if known.starts_with([PASSAGE_KEY_MARK, REPORTED_KEY_MARK]) || surnames.contains_key(known) {
                continue;
            }
            if let Some(d) = near(surname, known) {
                surnames.insert(known.to_owned(), d);
            }
        }
    }
    let mut people: Vec<(usize, u64, String)> = Vec::new();
    for (known, d) in &surnames {
        for p in identities_of(handle, &searcher, known)?.iter() {
            people.push((*d, p.count, p.name.clone()));
        }
    }
    people.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    Ok(people.into_iter().map(|(.., name)| name).take(SUGGESTIONS).collect())
}

/// The tagged persons whose name (or surname, for a surname typed alone) is nearest the
/// typed one.
pub fn similar_persons(handle: &IndexHandle, typed: &str) -> Result<Vec<String>> {
    let typed = fold(typed.trim().trim_matches('"'));
    let searcher: Searcher = handle.searcher();
    let one_word = !typed.contains(' ');
    let mut found: BTreeMap<String, usize> = BTreeMap::new();
    for segment in searcher.segment_readers() {
        let column = segment.fast_fields().str("person").map_err(handle.err())?;
        let Some(column) = column else { continue };
        let mut stream = column.dictionary().stream().map_err(|e| handle.err()(e.into()))?;
        while stream.advance() {
            let name = String::from_utf8_lossy(stream.key()).into_owned();
            let folded = fold(&name);
            let compared = if one_word { folded.rsplit(' ').next().unwrap_or(&folded) } else { &folded };
            if let Some(d) = near(&typed, compared) {
                found.entry(name).or_insert(d);
            }
        }
    }
    let mut names: Vec<(usize, String)> = found.into_iter().map(|(n, d)| (d, n)).collect();
    names.sort();
    Ok(names.into_iter().map(|(_, n)| n).take(SUGGESTIONS).collect())
}

/// For each `--speaker` and the `--person` of `req` that matches no one in the index, a
/// line saying so with the nearest names (`no speaker \`volker\` in the index; did you mean
/// Paul Volcker?`). Asked only of a search that found nothing.
pub fn unknown_names(handle: &IndexHandle, req: &crate::search::request::SearchRequest) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    for name in &req.speaker {
        if matches_nothing(handle, super::filter::speaker_query(handle, name)?.as_ref())? {
            lines.push(unknown("speaker", name, &similar_speakers(handle, name)?));
        }
    }
    if let Some(name) = &req.person
        && matches_nothing(handle, crate::search::query::person_query(handle, name)?.as_ref())?
    {
        lines.push(unknown("person", name, &similar_persons(handle, name)?));
    }
    Ok(lines)
}

fn unknown(what: &str, name: &str, meant: &[String]) -> String {
    let did_you_mean = crate::search::request::did_you_mean(meant).map_or(String::new(), |d| format!("; {d}"));
    format!("no {what} `{name}` in the index{did_you_mean}")
}
