//! The collector behind `newsquote speakers`: for each speaker spelling in the matching set,
//! its quote count (and reported statement count, apart), first and last date, and the roles, aliases and countries its quotes
//! carry, all read from fast columns. Counts are kept per term ordinal within a segment
//! and resolved to strings once per segment, so memory follows the distinct values met.

use crate::index::reader::IndexHandle;
use crate::search::columns::{OpenColumns, ReportedColumn};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// What the matching quotes of one speaker spelling carry.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SpellingStats {
    /// Matching quotes.
    pub quotes: u64,
    /// Matching reported statements (with `--reported`).
    pub reported: u64,
    /// Earliest and latest `YYYYMMDD` of its dated quotes.
    pub first: Option<u64>,
    /// See `first`.
    pub last: Option<u64>,
    /// Roles given at its quotes, with counts.
    pub roles: HashMap<String, u64>,
    /// Names given at its quotes, with counts.
    pub aliases: HashMap<String, u64>,
    /// Country codes tagged in its quotes' passages, with counts.
    pub countries: HashMap<String, u64>,
}

impl SpellingStats {
    fn absorb(&mut self, other: SpellingStats) {
        self.quotes += other.quotes;
        self.reported += other.reported;
        self.first = min_some(self.first, other.first);
        self.last = self.last.max(other.last);
        for (into, from) in
            [(&mut self.roles, other.roles), (&mut self.aliases, other.aliases), (&mut self.countries, other.countries)]
        {
            for (k, n) in from {
                *into.entry(k).or_default() += n;
            }
        }
    }
}

fn min_some(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Collects [`SpellingStats`] by speaker spelling.
pub struct SpeakerCollector {
    /// speaker, speaker_role, speaker_alias, country.
    columns: [String; 4],
    date: String,
    kind: String,
    open: Arc<OpenColumns>,
}

impl SpeakerCollector {
    /// A collector for `handle`'s schema.
    pub fn new(handle: &IndexHandle) -> SpeakerCollector {
        let f = &handle.fields;
        let name = |field| handle.index.schema().get_field_name(field).to_owned();
        SpeakerCollector {
            columns: [name(f.speaker), name(f.speaker_role), name(f.speaker_alias), name(f.countries)],
            date: name(f.date),
            kind: name(f.kind),
            open: OpenColumns::of(handle),
        }
    }
}

/// Per-ordinal counts of one speaker spelling in one segment.
#[derive(Default)]
struct Tally {
    quotes: u64,
    reported: u64,
    first: Option<u64>,
    last: Option<u64>,
    /// Role, alias and country ordinals with counts.
    others: [FxHashMap<u64, u64>; 3],
}

/// [`SpeakerCollector`] on one segment.
pub struct SpeakerSegment {
    columns: [Option<StrColumn>; 4],
    date: Column<u64>,
    reported: ReportedColumn,
    tallies: FxHashMap<u64, Tally>,
}

impl Collector for SpeakerCollector {
    type Fruit = HashMap<String, SpellingStats>;
    type Child = SpeakerSegment;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SpeakerSegment> {
        let [a, b, c, d] = &self.columns;
        let open = &self.open;
        Ok(SpeakerSegment {
            columns: [open.str(reader, a)?, open.str(reader, b)?, open.str(reader, c)?, open.str(reader, d)?],
            date: open.u64(reader, &self.date)?,
            reported: ReportedColumn::open(open, reader, &self.kind)?,
            tallies: FxHashMap::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut all: HashMap<String, SpellingStats> = HashMap::new();
        for fruit in fruits {
            for (speaker, stats) in fruit {
                all.entry(speaker).or_default().absorb(stats);
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SpeakerSegment {
    type Fruit = HashMap<String, SpellingStats>;

    fn collect(&mut self, doc: DocId, _: Score) {
        let [Some(speakers), roles, aliases, countries] = &self.columns else { return };
        let date = self.date.first(doc);
        let reported = self.reported.is_reported(doc);
        for ord in speakers.term_ords(doc) {
            let t = self.tallies.entry(ord).or_default();
            match reported {
                true => t.reported += 1,
                false => t.quotes += 1,
            }
            t.first = min_some(t.first, date);
            t.last = t.last.max(date);
            for (column, counts) in [roles, aliases, countries].into_iter().zip(t.others.iter_mut()) {
                if let Some(column) = column {
                    for o in column.term_ords(doc) {
                        *counts.entry(o).or_default() += 1;
                    }
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let [speakers, roles, aliases, countries] = &self.columns;
        let speaker_names = resolve(speakers.as_ref(), self.tallies.keys().copied());
        let mut wanted: [Vec<u64>; 3] = Default::default();
        for t in self.tallies.values() {
            for (w, counts) in wanted.iter_mut().zip(&t.others) {
                w.extend(counts.keys().copied());
            }
        }
        let [w0, w1, w2] = wanted;
        let names = [resolve(roles.as_ref(), w0), resolve(aliases.as_ref(), w1), resolve(countries.as_ref(), w2)];
        let mut out = HashMap::new();
        for (ord, t) in self.tallies {
            let Some(speaker) = speaker_names.get(&ord) else { continue };
            let named = |i: usize| -> HashMap<String, u64> {
                t.others[i].iter().filter_map(|(o, n)| Some((names[i].get(o)?.clone(), *n))).collect()
            };
            let stats = SpellingStats {
                quotes: t.quotes,
                reported: t.reported,
                first: t.first,
                last: t.last,
                roles: named(0),
                aliases: named(1),
                countries: named(2),
            };
            out.insert(speaker.clone(), stats);
        }
        out
    }
}

/// The strings of `ords` in `column`, resolved in one walk of its dictionary.
fn resolve(column: Option<&StrColumn>, ords: impl IntoIterator<Item = u64>) -> FxHashMap<u64, String> {
    let mut keys: Vec<u64> = ords.into_iter().collect();
    keys.sort_unstable();
    keys.dedup();
    let mut out = FxHashMap::default();
    let Some(column) = column else { return out };
    let mut it = keys.iter();
    let _ = column.dictionary().sorted_ords_to_term_cb(&keys, |bytes| {
        if let (Some(ord), Ok(value)) = (it.next(), std::str::from_utf8(bytes)) {
            out.insert(*ord, value.to_owned());
        }
    });
    out
}
