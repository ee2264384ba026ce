//! Speakers: a typed name as a filter ([`filter`]), and `newsquote speakers`, the people
//! quoted in a matching set, most quoted first ([`list_speakers`]).
//!
//! The listing collects, over the matching quotes' fast columns ([`collect`]), each speaker
//! spelling's quote count, dates, roles, aliases and countries, then groups spellings into
//! people with [`crate::names::identity`]: each surname met is looked up in the archive's
//! `speaker_key` dictionary, so a bare "Blair" joins Tony Blair when the whole archive (not
//! only the matching set) makes that unambiguous. Speakers that are not a person's name
//! ("Mr Blair's spokesman", "the council") are listed as they are.

pub mod collect;
pub mod filter;
pub mod render;
pub mod suggest;

use crate::error::Result;
use crate::index::reader::IndexHandle;
use crate::lexicon::lexicon;
use crate::names::{read_name, speaker_keys};
use crate::search::request::SearchRequest;
use collect::{SpeakerCollector, SpellingStats};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Values listed per speaker for roles, aliases and countries.
pub const LISTED_VALUES: usize = 5;

/// One person (or speaker that is not a person) quoted in the matching set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRow {
    /// The name shown: the fullest spelling of the identity.
    pub name: String,
    /// Matching quotes (every copy counts).
    pub quotes: u64,
    /// With `--reported`: matching reported statements (speech without quotation marks),
    /// counted apart from `quotes`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reported: Option<u64>,
    /// The canonical spellings that are this person in the index, most quoted first.
    pub spellings: Vec<String>,
    /// How the articles name them at their quotes, most frequent first (at most
    /// [`LISTED_VALUES`]).
    pub aliases: Vec<String>,
    /// Roles the articles give them at their quotes, most frequent first.
    pub roles: Vec<String>,
    /// Countries their quotes' passages mention, most frequent first.
    pub countries: Vec<CountryCount>,
    /// First date quoted (`YYYY-MM-DD`), if any quote is dated.
    pub first_date: Option<String>,
    /// Last date quoted.
    pub last_date: Option<String>,
}

/// A country and the speaker's quotes that mention it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryCount {
    /// ISO code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Quotes.
    pub quotes: u64,
}

/// The speakers of a matching set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerList {
    /// Matching quotes with a speaker.
    pub quotes: u64,
    /// With `--reported`: matching reported statements with a speaker.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reported: Option<u64>,
    /// Distinct speakers (people) among them.
    pub total: usize,
    /// The most quoted first, at most the request's limit.
    pub speakers: Vec<SpeakerRow>,
}

/// The speakers of the quotes `req` matches (its `passages` flag is ignored), most quoted
/// first, `req.limit` of them from `req.offset`. With `req.reported`, reported statements
/// are counted too, apart, and the order is by quotes and reported statements together.
pub fn list_speakers(handle: &IndexHandle, req: &SearchRequest) -> Result<SpeakerList> {
    handle.guard(|| {
        let quotes_only = SearchRequest { passages: false, ..req.clone() };
        let built = crate::search::query::build(handle, &quotes_only)?;
        let searcher = handle.searcher();
        let by_spelling = searcher.search(&built.query, &SpeakerCollector::new(handle)).map_err(handle.err())?;
        let quotes = by_spelling.values().map(|s| s.quotes).sum();
        let reported = req.reported.then(|| by_spelling.values().map(|s| s.reported).sum());
        let mut rows = group(handle, by_spelling, req.reported)?;
        let said = |r: &SpeakerRow| r.quotes + r.reported.unwrap_or(0);
        rows.sort_by(|a, b| said(b).cmp(&said(a)).then_with(|| a.name.cmp(&b.name)));
        let total = rows.len();
        let speakers = rows.into_iter().skip(req.offset).take(req.limit).collect();
        Ok(SpeakerList { quotes, reported, total, speakers })
    })
}

/// The person each spelling is, as `(identity name, the identity's spellings)`, for the
/// spellings that read as a person's name: one surname look-up in the archive each.
fn people_of<'a>(
    handle: &IndexHandle,
    spellings: impl Iterator<Item = &'a String>,
) -> Result<HashMap<String, (String, Vec<String>)>> {
    let searcher = handle.searcher();
    let mut surnames: Vec<String> = spellings
        .filter(|s| !speaker_keys(s).is_empty())
        .filter_map(|s| read_name(s).surname().map(str::to_owned))
        .collect();
    surnames.sort_unstable();
    surnames.dedup();
    let mut person_of = HashMap::new();
    for surname in surnames {
        let people = filter::identities_of(handle, &searcher, &surname)?;
        for p in people.iter() {
            let spellings: Vec<String> = p.spellings.iter().map(|s| s.value.clone()).collect();
            for s in &spellings {
                person_of.insert(s.clone(), (p.name.clone(), spellings.clone()));
            }
        }
    }
    Ok(person_of)
}

/// Spellings of the speaker facet grouped into people, per value the facet shows, most
/// counted first: enough for the values shown, while a broad search's thousands of rare
/// spellings cost no look-up (each grouped surname reads every segment's dictionary).
pub const GROUPED_PER_SHOWN: usize = 2;

/// Speaker counts by spelling (the search facet's) added up by person, under the person's
/// name: facets count people, not spellings. Only the most counted spellings, twice as many
/// as the `shown` values ([`GROUPED_PER_SHOWN`]), are looked up; the rest stay as they are.
/// `part` (counts of a part of the same set: its reported statements) is added up by the
/// same people.
pub fn counts_by_person(
    handle: &IndexHandle,
    counts: HashMap<String, u64>,
    part: HashMap<String, u64>,
    shown: usize,
) -> Result<(HashMap<String, u64>, HashMap<String, u64>)> {
    let mut by_count: Vec<(&String, &u64)> = counts.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let grouped = shown.saturating_mul(GROUPED_PER_SHOWN);
    let person_of = people_of(handle, by_count.into_iter().take(grouped).map(|(s, _)| s))?;
    let by_person = |counts: HashMap<String, u64>| {
        let mut out: HashMap<String, u64> = HashMap::new();
        for (spelling, n) in counts {
            let name = person_of.get(&spelling).map_or(spelling, |(name, _)| name.clone());
            *out.entry(name).or_default() += n;
        }
        out
    };
    Ok((by_person(counts), by_person(part)))
}

/// Groups spellings into people, and each person's stats into a row.
fn group(handle: &IndexHandle, by_spelling: HashMap<String, SpellingStats>, reported: bool) -> Result<Vec<SpeakerRow>> {
    let person_of = people_of(handle, by_spelling.keys())?;
    let mut people: HashMap<String, (Vec<String>, SpellingStats)> = HashMap::new();
    for (spelling, stats) in by_spelling {
        let (name, spellings) = person_of.get(&spelling).cloned().unwrap_or_else(|| (spelling.clone(), vec![spelling]));
        let entry = people.entry(name).or_insert_with(|| (spellings, SpellingStats::default()));
        merge(&mut entry.1, stats);
    }
    Ok(people.into_iter().map(|(name, (spellings, stats))| row(name, spellings, stats, reported)).collect())
}

fn merge(into: &mut SpellingStats, from: SpellingStats) {
    into.quotes += from.quotes;
    into.reported += from.reported;
    into.first = match (into.first, from.first) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    into.last = into.last.max(from.last);
    for (a, b) in
        [(&mut into.roles, from.roles), (&mut into.aliases, from.aliases), (&mut into.countries, from.countries)]
    {
        for (k, n) in b {
            *a.entry(k).or_default() += n;
        }
    }
}

/// Counts of names that differ only in case or accents ("The Tory leader", "the Tory leader")
/// added up under the most frequent form.
fn alike_once(counts: HashMap<String, u64>) -> HashMap<String, u64> {
    let mut by_fold: HashMap<String, (String, u64, u64)> = HashMap::new();
    for (form, n) in counts {
        let e = by_fold.entry(crate::normalize::fold(&form)).or_insert_with(|| (form.clone(), 0, 0));
        e.1 += n;
        if n > e.2 || (n == e.2 && form < e.0) {
            (e.0, e.2) = (form, n);
        }
    }
    by_fold.into_values().map(|(form, total, _)| (form, total)).collect()
}

fn row(name: String, spellings: Vec<String>, stats: SpellingStats, reported: bool) -> SpeakerRow {
    let top = |m: HashMap<String, u64>| -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(LISTED_VALUES);
        v
    };
    let day = |d: u64| format!("{:04}-{:02}-{:02}", d / 10_000, d / 100 % 100, d % 100);
    let countries = top(stats.countries)
        .into_iter()
        .map(|(code, quotes)| {
            let upper = code.to_uppercase();
            let name =
                lexicon().countries.iter().find(|c| c.code == upper).map_or_else(|| upper.clone(), |c| c.name.clone());
            CountryCount { code: upper, name, quotes }
        })
        .collect();
    SpeakerRow {
        name,
        quotes: stats.quotes,
        reported: reported.then_some(stats.reported),
        spellings,
        aliases: top(alike_once(stats.aliases)).into_iter().map(|(a, _)| a).collect(),
        roles: top(stats.roles).into_iter().map(|(r, _)| r).collect(),
        countries,
        first_date: stats.first.map(day),
        last_date: stats.last.map(day),
    }
}
