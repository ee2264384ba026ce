//! Collectors over the whole matching set, read from fast columns (no stored documents).
//!
//! [`GroupCollector`] folds copies of one text (same `group_key`) into one [`Group`]: its
//! best score, its earliest copy, and the two ranking tiers (the quote holds the query's
//! words itself; the quote is whole and attributed). It keeps one small entry per distinct
//! matching text (about 50 bytes), which is what exact totals and stable paging over groups
//! require.
//! [`FacetCollector`] counts speakers, countries, outlets and dates; its memory is bounded
//! by the number of distinct values in the index, whatever the number of matches.

use super::columns::{OpenColumns, ReportedColumn};
use crate::index::reader::IndexHandle;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::index::SegmentId;
use tantivy::query::{Scorer, Weight};
use tantivy::{DocAddress, DocId, DocSet, Score, SegmentOrdinal, SegmentReader};

/// Values kept per facet.
pub const FACET_VALUES: usize = 20;

/// The earliest copy of a group: the one that stands for it, unless others share its date
/// (see [`Group::tied`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Member {
    /// `YYYYMMDD`, or `u64::MAX` when undated (sorts last).
    pub date: u64,
    /// Where it is.
    pub address: DocAddress,
}

/// The matching copies of one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The syndication key.
    pub key: u64,
    /// Best score among the copies.
    pub score: Score,
    /// A copy holds the query's words in its own text (not only in the passage around it).
    pub holds_words: bool,
    /// A copy is a whole quote (not a fragment) with a known speaker.
    pub attributed: bool,
    /// The earliest copy.
    pub first: Member,
    /// Other matching copies of the same date as `first`: the one of them all with the
    /// lowest hash of its citation stands for the group (`search::run` reads their
    /// citations for the page only), so that which copy is shown never depends on where
    /// a document sits in the index. Mostly empty: syndicated copies of one day fill it.
    pub tied: Vec<DocAddress>,
}

impl Group {
    fn absorb(&mut self, other: Group) {
        self.score = self.score.max(other.score);
        self.holds_words |= other.holds_words;
        self.attributed |= other.attributed;
        match other.first.date.cmp(&self.first.date) {
            std::cmp::Ordering::Less => {
                self.first = other.first;
                self.tied = other.tied;
            }
            std::cmp::Ordering::Equal => {
                self.tied.push(other.first.address);
                self.tied.extend(other.tied);
            }
            std::cmp::Ordering::Greater => {}
        }
    }

    /// Every matching copy of the earliest date: `first` and the tied ones.
    pub fn earliest(&self) -> impl Iterator<Item = DocAddress> + '_ {
        std::iter::once(self.first.address).chain(self.tied.iter().copied())
    }
}

/// Matching groups and the number of matching documents.
#[derive(Debug, Default)]
pub struct Groups {
    /// Matching documents.
    pub matches: usize,
    /// Groups by key.
    pub by_key: FxHashMap<u64, Group>,
}

/// Groups every matching document by its `group_key`.
pub struct GroupCollector {
    scoring: bool,
    /// Which matches hold the query's words themselves ([`super::query::BuiltQuery::within`]).
    within: Option<Box<dyn Weight>>,
    columns: Arc<OpenColumns>,
    group_key: String,
    date: String,
    fragment: String,
    speaker: String,
}

impl GroupCollector {
    /// A collector for `handle`'s schema; `scoring` is false when no query text ranks hits;
    /// `within` tells which matches hold the words themselves (none: all of them do).
    pub fn new(handle: &IndexHandle, scoring: bool, within: Option<Box<dyn Weight>>) -> GroupCollector {
        let f = &handle.fields;
        let name = |field| handle.index.schema().get_field_name(field).to_owned();
        GroupCollector {
            scoring,
            within,
            columns: OpenColumns::of(handle),
            group_key: name(f.group_key),
            date: name(f.date),
            fragment: name(f.fragment),
            speaker: name(f.speaker),
        }
    }
}

/// [`GroupCollector`] on one segment.
pub struct GroupSegment {
    segment: SegmentOrdinal,
    scoring: bool,
    within: Option<Box<dyn Scorer>>,
    group_key: Column<u64>,
    date: Column<u64>,
    fragment: Column<u64>,
    speaker: Option<StrColumn>,
    groups: Groups,
}

impl GroupSegment {
    /// True when `doc` holds the query's words itself (documents come in increasing order,
    /// and one skipped leaves the scorer behind, never ahead).
    fn holds_words(within: &mut Option<Box<dyn Scorer>>, doc: DocId) -> bool {
        let Some(within) = within.as_mut() else { return true };
        if within.doc() < doc {
            within.seek(doc);
        }
        within.doc() == doc
    }

    /// True for a whole quote with a known speaker (and for a passage).
    fn attributed(fragment: &Column<u64>, speaker: Option<&StrColumn>, doc: DocId) -> bool {
        let whole = fragment.first(doc) != Some(1);
        whole && speaker.is_none_or(|s| s.term_ords(doc).next().is_some())
    }
}

impl Collector for GroupCollector {
    type Fruit = Groups;
    type Child = GroupSegment;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<GroupSegment> {
        let within = match &self.within {
            Some(weight) => Some(weight.scorer(reader, 1.0)?),
            None => None,
        };
        let open = &self.columns;
        Ok(GroupSegment {
            segment,
            scoring: self.scoring,
            within,
            group_key: open.u64(reader, &self.group_key)?,
            date: open.u64(reader, &self.date)?,
            fragment: open.u64(reader, &self.fragment)?,
            speaker: open.str(reader, &self.speaker)?,
            groups: Groups::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scoring
    }

    fn merge_fruits(&self, mut fruits: Vec<Groups>) -> tantivy::Result<Groups> {
        // The largest segment's groups are taken as they are and the others folded in.
        let largest = (0..fruits.len()).max_by_key(|&n| fruits[n].by_key.len());
        let mut all = largest.map(|n| fruits.swap_remove(n)).unwrap_or_default();
        for fruit in fruits {
            all.matches += fruit.matches;
            for (key, group) in fruit.by_key {
                absorb_into(&mut all.by_key, key, group);
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for GroupSegment {
    type Fruit = Groups;

    fn collect(&mut self, doc: DocId, score: Score) {
        // A document without a key (none are written so) stands alone.
        let key = self.group_key.first(doc).unwrap_or(u64::from(doc));
        let first =
            Member { date: self.date.first(doc).unwrap_or(u64::MAX), address: DocAddress::new(self.segment, doc) };
        let score = if self.scoring { score } else { 0.0 };
        self.groups.matches += 1;
        let (within, fragment, speaker) = (&mut self.within, &self.fragment, self.speaker.as_ref());
        match self.groups.by_key.entry(key) {
            // A copy of a text met already: the tiers are read only while the group lacks
            // them (copies of one text mostly agree, so most copies read neither).
            Entry::Occupied(mut old) => {
                let group = old.get_mut();
                let holds_words = group.holds_words || GroupSegment::holds_words(within, doc);
                let attributed = group.attributed || GroupSegment::attributed(fragment, speaker, doc);
                group.absorb(Group { key, score, holds_words, attributed, first, tied: Vec::new() });
            }
            Entry::Vacant(slot) => {
                let holds_words = GroupSegment::holds_words(within, doc);
                let attributed = GroupSegment::attributed(fragment, speaker, doc);
                slot.insert(Group { key, score, holds_words, attributed, first, tied: Vec::new() });
            }
        }
    }

    fn harvest(self) -> Groups {
        self.groups
    }
}

/// Adds `group` to the group of `key` in `groups`.
fn absorb_into(groups: &mut FxHashMap<u64, Group>, key: u64, group: Group) {
    match groups.entry(key) {
        Entry::Occupied(mut old) => old.get_mut().absorb(group),
        Entry::Vacant(slot) => {
            slot.insert(group);
        }
    }
}

/// Value counts of the matching set.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    /// By speaker.
    pub speaker: HashMap<String, u64>,
    /// By speaker, the reported statements among `speaker`'s counts (`--reported`).
    pub speaker_reported: HashMap<String, u64>,
    /// By country code.
    pub country: HashMap<String, u64>,
    /// By outlet.
    pub outlet: HashMap<String, u64>,
    /// By person tagged in the passage.
    pub person: HashMap<String, u64>,
    /// By organisation tagged in the passage.
    pub organization: HashMap<String, u64>,
    /// By `YYYYMMDD` date.
    pub dates: HashMap<u64, u64>,
    /// Documents without a date.
    pub undated: u64,
}

/// Counts speakers, countries, outlets, persons, organisations and dates over the matching
/// set (dates only, when the facets are not wanted: reading their five columns for every
/// match is most of the work).
pub struct FacetCollector {
    names: Vec<String>,
    date: String,
    /// The values of the ordinals met so far, kept per commit (see [`ValueNames`]).
    known: Option<Arc<ValueNames>>,
    /// The `kind` column's name, when the speaker facet counts reported statements apart.
    kind: Option<String>,
    columns: Arc<OpenColumns>,
}

/// The facet values of the term ordinals met by earlier searches, by segment and column:
/// a segment's dictionaries never change, so an ordinal is read from its dictionary once
/// per commit searched (`IndexHandle::memoized`) instead of once per search. Bounded by the
/// distinct values of the index's facet columns.
#[derive(Default)]
pub struct ValueNames {
    by_column: Mutex<FxHashMap<(SegmentId, usize), OrdValues>>,
}

/// The values of one segment's column, by term ordinal.
type OrdValues = FxHashMap<u64, Arc<str>>;

impl FacetCollector {
    /// A collector for `handle`'s schema; `facets` false counts dates only; `reported`
    /// counts the speakers' reported statements apart too.
    pub fn new(handle: &IndexHandle, facets: bool, reported: bool) -> FacetCollector {
        let f = &handle.fields;
        let name = |field| handle.index.schema().get_field_name(field).to_owned();
        let names = if facets {
            vec![name(f.speaker), name(f.countries), name(f.outlet), name(f.persons), name(f.organizations)]
        } else {
            Vec::new()
        };
        let known =
            facets.then(|| handle.memoized(&handle.searcher(), "facet value names", || Ok(ValueNames::default())).ok());
        let kind = (facets && reported).then(|| name(f.kind));
        FacetCollector { names, date: name(f.date), known: known.flatten(), kind, columns: OpenColumns::of(handle) }
    }
}

/// [`FacetCollector`] on one segment: counts by term ordinal (as many entries as distinct
/// values met, not as values in the segment), resolved to values once, in order.
pub struct FacetSegment {
    segment: SegmentId,
    columns: Vec<Option<(StrColumn, FxHashMap<u64, u64>)>>,
    /// Reported statements told apart, and their speaker ordinals' counts.
    reported: Option<(ReportedColumn, FxHashMap<u64, u64>)>,
    date: Column<u64>,
    dates: FxHashMap<u64, u64>,
    undated: u64,
    known: Option<Arc<ValueNames>>,
}

/// One segment's counts: each facet's values, the speakers' reported statements, then the
/// dates.
pub struct SegmentFacets {
    values: Vec<Vec<(Arc<str>, u64)>>,
    speaker_reported: Vec<(Arc<str>, u64)>,
    dates: FxHashMap<u64, u64>,
    undated: u64,
}

impl Collector for FacetCollector {
    type Fruit = FacetCounts;
    type Child = FacetSegment;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<FacetSegment> {
        let open = &self.columns;
        let mut columns = Vec::with_capacity(self.names.len());
        for name in &self.names {
            columns.push(open.str(reader, name)?.map(|c| (c, FxHashMap::default())));
        }
        let reported = match &self.kind {
            Some(kind) => Some((ReportedColumn::open(open, reader, kind)?, FxHashMap::default())),
            None => None,
        };
        Ok(FacetSegment {
            segment: reader.segment_id(),
            columns,
            reported,
            date: open.u64(reader, &self.date)?,
            dates: FxHashMap::default(),
            undated: 0,
            known: self.known.clone(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFacets>) -> tantivy::Result<FacetCounts> {
        let mut values: Vec<FxHashMap<Arc<str>, u64>> = vec![FxHashMap::default(); self.names.len()];
        let mut reported: FxHashMap<Arc<str>, u64> = FxHashMap::default();
        let mut all = FacetCounts::default();
        for fruit in fruits {
            for (value, n) in fruit.speaker_reported {
                *reported.entry(value).or_default() += n;
            }
            for (into, from) in values.iter_mut().zip(fruit.values) {
                for (value, n) in from {
                    *into.entry(value).or_default() += n;
                }
            }
            for (date, n) in fruit.dates {
                *all.dates.entry(date).or_default() += n;
            }
            all.undated += fruit.undated;
        }
        let mut values = values.into_iter().map(|map| map.into_iter().map(|(v, n)| (v.to_string(), n)).collect());
        all.speaker = values.next().unwrap_or_default();
        all.speaker_reported = reported.into_iter().map(|(v, n)| (v.to_string(), n)).collect();
        all.country = values.next().unwrap_or_default();
        all.outlet = values.next().unwrap_or_default();
        all.person = values.next().unwrap_or_default();
        all.organization = values.next().unwrap_or_default();
        Ok(all)
    }
}

impl SegmentCollector for FacetSegment {
    type Fruit = SegmentFacets;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let (Some((kinds, counts)), Some(Some((speakers, _)))) = (self.reported.as_mut(), self.columns.first())
            && kinds.is_reported(doc)
        {
            for ord in speakers.term_ords(doc) {
                *counts.entry(ord).or_default() += 1;
            }
        }
        for (column, counts) in self.columns.iter_mut().flatten() {
            for ord in column.term_ords(doc) {
                *counts.entry(ord).or_default() += 1;
            }
        }
        match self.date.first(doc) {
            Some(d) => *self.dates.entry(d).or_default() += 1,
            None => self.undated += 1,
        }
    }

    fn harvest(self) -> SegmentFacets {
        let mut values = Vec::with_capacity(self.columns.len());
        let mut known = self.known.as_ref().map(|k| k.by_column.lock().unwrap_or_else(PoisonError::into_inner));
        let mut speaker_reported = Vec::new();
        if let (Some((_, counts)), Some(Some((speakers, _)))) = (self.reported, self.columns.first()) {
            let mut fresh = FxHashMap::default();
            speaker_reported =
                resolve(speakers, counts, kept_names(known.as_deref_mut(), (self.segment, 0), &mut fresh));
        }
        for (n, column) in self.columns.into_iter().enumerate() {
            let Some((column, counts)) = column else {
                values.push(Vec::new());
                continue;
            };
            let mut fresh = FxHashMap::default();
            values.push(resolve(&column, counts, kept_names(known.as_deref_mut(), (self.segment, n), &mut fresh)));
        }
        SegmentFacets { values, speaker_reported, dates: self.dates, undated: self.undated }
    }
}

/// The value names kept for column `key` (segment, column) when the search keeps them
/// (`known`), else `fresh`, this search's own.
fn kept_names<'a>(
    known: Option<&'a mut FxHashMap<(SegmentId, usize), OrdValues>>,
    key: (SegmentId, usize),
    fresh: &'a mut OrdValues,
) -> &'a mut OrdValues {
    match known {
        Some(k) => k.entry(key).or_default(),
        None => fresh,
    }
}

/// The values of the ordinals counted in `counts`: from `names` where an earlier search
/// read them, the rest read in one sorted walk of the column's dictionary and kept there.
fn resolve(
    column: &StrColumn,
    counts: FxHashMap<u64, u64>,
    names: &mut FxHashMap<u64, Arc<str>>,
) -> Vec<(Arc<str>, u64)> {
    let mut missing: Vec<u64> = counts.keys().filter(|ord| !names.contains_key(ord)).copied().collect();
    if !missing.is_empty() {
        missing.sort_unstable();
        let mut ords = missing.iter();
        let _ = column.dictionary().sorted_ords_to_term_cb(&missing, |bytes| {
            if let (Some(&ord), Ok(value)) = (ords.next(), std::str::from_utf8(bytes)) {
                names.insert(ord, Arc::from(value));
            }
        });
    }
    counts.into_iter().filter_map(|(ord, n)| Some((names.get(&ord)?.clone(), n))).collect()
}

/// The copies of a few texts (the page's), by syndication key: each copy's date (`u64::MAX`
/// when undated) and address, read from fast columns. The query gives the documents of the
/// keys' buckets; the copies are those with one of the keys and of one of the kinds asked
/// (read from the `kind` column for the few documents of the right key: intersecting the
/// buckets with the postings of a kind, a third of the index, cost more than the rest of
/// the look-up).
pub struct Copies {
    keys: FxHashSet<u64>,
    kinds: Vec<String>,
    columns: Arc<OpenColumns>,
    group_key: String,
    date: String,
    kind: String,
}

impl Copies {
    /// A collector of the copies of the texts `keys` among the documents of `doc_kinds`.
    pub fn new(handle: &IndexHandle, keys: &[u64], doc_kinds: &[&str]) -> Copies {
        let f = &handle.fields;
        let name = |field| handle.index.schema().get_field_name(field).to_owned();
        Copies {
            keys: keys.iter().copied().collect(),
            kinds: doc_kinds.iter().map(|k| (*k).to_owned()).collect(),
            columns: OpenColumns::of(handle),
            group_key: name(f.group_key),
            date: name(f.date),
            kind: name(f.kind),
        }
    }
}

/// [`Copies`] on one segment.
pub struct CopiesSegment {
    segment: SegmentOrdinal,
    keys: FxHashSet<u64>,
    group_key: Column<u64>,
    date: Column<u64>,
    /// The `kind` column and the ordinals of the kinds asked in it (none when the segment
    /// has none of them).
    kind: Option<(StrColumn, Vec<u64>)>,
    found: FxHashMap<u64, Vec<(u64, DocAddress)>>,
}

impl CopiesSegment {
    /// True when `doc` is of one of the kinds asked.
    fn of_kind(&self, doc: DocId) -> bool {
        let Some((column, ords)) = &self.kind else { return false };
        column.term_ords(doc).next().is_some_and(|ord| ords.contains(&ord))
    }
}

impl Collector for Copies {
    type Fruit = FxHashMap<u64, Vec<(u64, DocAddress)>>;
    type Child = CopiesSegment;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<CopiesSegment> {
        let kind = match self.columns.str(reader, &self.kind)? {
            Some(column) => {
                let mut ords = Vec::new();
                for name in &self.kinds {
                    ords.extend(column.dictionary().term_ord(name.as_bytes())?);
                }
                Some((column, ords)).filter(|(_, ords)| !ords.is_empty())
            }
            None => None,
        };
        Ok(CopiesSegment {
            segment,
            keys: self.keys.clone(),
            group_key: self.columns.u64(reader, &self.group_key)?,
            date: self.columns.u64(reader, &self.date)?,
            kind,
            found: FxHashMap::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut all: Self::Fruit = FxHashMap::default();
        for fruit in fruits {
            for (key, members) in fruit {
                all.entry(key).or_default().extend(members);
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for CopiesSegment {
    type Fruit = FxHashMap<u64, Vec<(u64, DocAddress)>>;

    fn collect(&mut self, doc: DocId, _: Score) {
        let Some(key) = self.group_key.first(doc).filter(|k| self.keys.contains(k)) else { return };
        if !self.of_kind(doc) {
            return;
        }
        let date = self.date.first(doc).unwrap_or(u64::MAX);
        self.found.entry(key).or_default().push((date, DocAddress::new(self.segment, doc)));
    }

    fn harvest(self) -> Self::Fruit {
        self.found
    }
}
