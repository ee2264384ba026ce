//! `--speaker` and `speaker:` as readers type them: a name read by [`crate::names`], its
//! surname's spellings listed from the `speaker_key` term dictionary (one range per
//! segment, a few terms), grouped into people by [`crate::names::identity`], and the
//! spellings of the people it designates matched exactly. A name with given names, an
//! honorific or a title ("Tony Blair", "Mr Blair", "President Obama"), or in double quotes,
//! finds those people only, never a spokesman or an office, who is never one of a person's
//! spellings. A bare word ("blair") also finds, as before names were read, every speaker
//! holding it ("Mr Blair's spokesman", "a narrator in the Clinton ad"). Words that name no
//! one ("the governor", "the Vermont senator") match the speaker's name or the roles and
//! names the articles give at the quote; a spokesman ("Blair's spokesman") matches the
//! speaker's words.

use crate::error::{Error, Result};
use crate::index::reader::IndexHandle;
use crate::names::identity::{Identity, Spelling, designated, identities};
use crate::names::{PASSAGE_KEY_MARK, REPORTED_KEY_MARK, WrittenName, read_typed, surname_prefix};
use std::collections::BTreeMap;
use std::sync::Arc;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

/// The query a typed speaker name stands for. A name in double quotes (`"Tony Blair"`)
/// designates one identity only: the most quoted that fits.
pub fn speaker_query(handle: &IndexHandle, typed: &str) -> Result<Box<dyn Query>> {
    let trimmed = typed.trim();
    let quoted = trimmed.len() > 1 && trimmed.starts_with('"') && trimmed.ends_with('"');
    let inner = if quoted { &trimmed[1..trimmed.len() - 1] } else { trimmed };
    let read = read_typed(inner);
    let f = &handle.fields;
    let Some(surname) = read.surname() else {
        // No name: the words describe someone, or name someone's spokesman.
        let mut any = vec![(Occur::Should, crate::search::query::name_query(handle, f.speaker, inner)?)];
        if !read.agent {
            // The description without its determiner ("the president": "president").
            let described = read.roles.first().map_or(inner, String::as_str);
            any.push((Occur::Should, crate::search::query::name_query(handle, f.speaker_role, described)?));
            any.push((Occur::Should, crate::search::query::name_query(handle, f.speaker_alias, described)?));
        }
        return Ok(Box::new(BooleanQuery::new(any)));
    };
    let people = identities_of(handle, &handle.searcher(), surname)?;
    // The name's words anywhere in the speaker, as before names were read: what a bare
    // word finds besides people ("clinton": "a narrator in the Clinton ad"; "york": The
    // New York Times).
    let words = || crate::search::query::name_query(handle, f.speaker, &read.name.join(" "));
    let bare = !quoted && read.given().is_empty() && read.gender.is_none() && read.roles.is_empty();
    match spellings_query(f.speaker_key, surname, &read, &people, quoted) {
        Some(people) if bare => {
            Ok(Box::new(BooleanQuery::new(vec![(Occur::Should, people), (Occur::Should, words()?)])))
        }
        Some(people) => Ok(people),
        None => words(),
    }
}

/// Term queries on the exact spellings (filed under `surname`) of the people `read`
/// designates among `people`; `None` when it designates no one.
fn spellings_query(
    key: Field,
    surname: &str,
    read: &WrittenName,
    people: &[Identity],
    one: bool,
) -> Option<Box<dyn Query>> {
    let prefix = surname_prefix(surname);
    let clauses: Vec<(Occur, Box<dyn Query>)> = designated(read, people, one)
        .into_iter()
        .flat_map(|p| &p.spellings)
        .flat_map(|s| {
            // A quote's own key, a passage's (see PASSAGE_KEY_MARK) and a reported
            // statement's (REPORTED_KEY_MARK: a search without `--reported` leaves those
            // documents out by kind).
            let quote = format!("{prefix}{}", s.value);
            [format!("{PASSAGE_KEY_MARK}{quote}"), format!("{REPORTED_KEY_MARK}{quote}"), quote].map(|k| {
                let term = Term::from_field_text(key, &k);
                (Occur::Should, Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>)
            })
        })
        .collect();
    (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
}

/// The people of one surname in the index: its spellings with their quote counts, read from
/// a range of the `speaker_key` term dictionary of each segment (passages' and reported
/// statements' keys, marked, fall outside it).
pub fn surname_identities(searcher: &Searcher, key: Field, surname: &str) -> tantivy::Result<Vec<Identity>> {
    let prefix = surname_prefix(surname);
    let mut end = prefix.clone().into_bytes();
    // The prefix ends in a tab; the next byte bounds its range.
    if let Some(last) = end.last_mut() {
        *last += 1;
    }
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(key)?;
        let mut stream = inverted.terms().range().ge(prefix.as_bytes()).lt(&end).into_stream()?;
        while stream.advance() {
            let value = String::from_utf8_lossy(&stream.key()[prefix.len()..]).into_owned();
            *counts.entry(value).or_default() += u64::from(stream.value().doc_freq);
        }
    }
    let spellings: Vec<Spelling> = counts.into_iter().map(|(value, count)| Spelling { value, count }).collect();
    Ok(identities(&spellings))
}

/// [`surname_identities`] of the index's last commit, worked out once per commit: the
/// archive decides who is who, not the query.
pub fn identities_of(handle: &IndexHandle, searcher: &Searcher, surname: &str) -> Result<Arc<Vec<Identity>>> {
    handle.memoized(searcher, &format!("surname identities\t{surname}"), || {
        surname_identities(searcher, handle.fields.speaker_key, surname).map_err(handle.err())
    })
}

/// An error for a typed name with nothing to match.
pub fn no_letters(name: &str) -> Error {
    Error::Request(format!("`{name}` holds no letters to match a name with"))
}
