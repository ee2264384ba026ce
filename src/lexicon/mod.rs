//! Gazetteers and word lists, compiled into the binary from the data files beside this
//! module (each file names its sources in its header). Nothing is loaded at run time.
//!
//! [`lexicon()`] parses them once; the maps are read-only afterwards. One Aho-Corasick
//! matcher ([`Lexicon::find_places`]) finds countries (names, aliases, demonyms), places and
//! metonyms that imply a country, and organisations, case-sensitively and across line
//! breaks; names that contain a country's without meaning it ("Latin America") are matched
//! so as to yield nothing. Datelines are looked up apart, without regard to case
//! ([`Lexicon::dateline_place`]). Deciding ambiguous names from context is left to
//! `extract::countries`.

pub mod word_classes;

use crate::normalize::fold;
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("countries.tsv");
const PLACES: &str = include_str!("places.tsv");
const ORGANIZATIONS: &str = include_str!("organizations.tsv");
const SPEECH_VERBS: &str = include_str!("speech_verbs.txt");
const TITLES: &str = include_str!("titles.txt");
const GIVEN_NAMES: &str = include_str!("given_names.txt");
const GIVEN_NAMES_WORLD: &str = include_str!("given_names_world.txt");
const ROLE_NOUNS: &str = include_str!("role_nouns.txt");
const BODY_NOUNS: &str = include_str!("body_nouns.txt");
const CLAUSE_OPENERS: &str = include_str!("clause_openers.txt");
const NOT_NAMES: &str = include_str!("not_names.txt");
const ORG_WORDS: &str = include_str!("org_words.txt");
const NAME_LIKE_PLACES: &str = include_str!("name_like_places.txt");
const FEMALE_NAMES: &str = include_str!("female_names.txt");
const ABBREVIATIONS: &str = include_str!("abbreviations.tsv");
const SENTENCE_OPENERS: &str = include_str!("sentence_openers.txt");
const NAMING_WORDS: &str = include_str!("naming_words.txt");
const WORK_NOUNS: &str = include_str!("work_nouns.txt");
const DOCUMENT_NOUNS: &str = include_str!("document_nouns.txt");
const HONORIFICS: &str = include_str!("honorifics.txt");
const FAMOUS_SURNAMES: &str = include_str!("famous_surnames.tsv");
const ONE_NAME_PEOPLE: &str = include_str!("one_name_people.tsv");

/// Whether an abbreviation's period may end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Never: a title ("Sen.", "Dr.") or an initial, always followed by more.
    Never,
    /// Only when a sentence opener follows ("Inc.", "Nov.", "Conn.").
    Maybe,
}
const MALE_NAMES: &str = include_str!("male_names.txt");

/// The grammatical gender a pronoun needs its antecedent to be compatible with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "she", "her"; Ms., Mrs.; female given names.
    Female,
    /// "he", "him"; Mr.; male given names.
    Male,
}

/// A country of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code (ISO 3166-3 for former states).
    pub code: String,
    /// English short name.
    pub name: String,
}

/// What a gazetteer match in a text refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A country by name, alias or demonym (index into [`Lexicon::countries`]).
    Country(usize),
    /// A city, region or metonym inside a country: the country is implied.
    Inside(usize),
    /// An organisation (index into [`Lexicon::organizations`]).
    Organization(usize),
}

/// All word lists and gazetteers.
pub struct Lexicon {
    /// Countries, in file order.
    pub countries: Vec<Country>,
    /// Canonical organisation names, in file order.
    pub organizations: Vec<String>,
    speech_verbs: HashSet<String>,
    titles: HashSet<String>,
    /// The first word of every title, keyed as titles are: most words open none.
    title_openers: HashSet<String>,
    longest_title: usize,
    given_names: HashSet<String>,
    /// Surnames the news names people by alone ("Shakespeare", "Reagan"), as written.
    famous_surnames: HashSet<String>,
    /// Names of one word, or stage names, the news names people by that are no surnames
    /// ("Bono", "Dizzee Rascal"), as written; true when the name is also a common word or a
    /// place and needs a reporting verb after it ("Sting said").
    one_name_people: HashMap<String, bool>,
    role_nouns: HashSet<String>,
    body_nouns: HashSet<String>,
    clause_openers: HashSet<String>,
    not_names: HashSet<String>,
    genders: HashMap<String, Gender>,
    abbreviations: HashMap<String, Ending>,
    /// A title's abbreviation -> the word it stands for ("sen" -> "senator").
    stands_for: HashMap<String, String>,
    sentence_openers: HashSet<String>,
    naming_words: HashSet<String>,
    work_nouns: HashSet<String>,
    document_nouns: HashSet<String>,
    honorifics: HashSet<String>,
    org_words: HashSet<String>,
    /// Folded surface form (name, alias, demonym, code) -> country index, for queries.
    country_lookup: HashMap<String, usize>,
    /// Folded name or alias (no demonyms) -> country index: what a speaker can be.
    country_names: HashMap<String, usize>,
    /// Folded surface form -> organisation index, for resolving speakers.
    org_lookup: HashMap<String, usize>,
    /// Per organisation, in file order: true for a newspaper, magazine or broadcaster
    /// (kind `outlet`).
    org_outlet: Vec<bool>,
    /// The most words an organisation's name or alias holds.
    org_words_max: usize,
    /// The most words a country's name, alias or demonym holds.
    country_words_max: usize,
    /// Country and place names that are also people's names ("Jordan", "Paris"), as
    /// written, with true for those used mostly as given names ("Chad").
    name_like_places: HashMap<String, bool>,
    /// Folded, undotted country and place names, the dateline-only ones included -> what
    /// they refer to (`None` for names such as "Latin America" that refer to no country).
    dateline_places: HashMap<String, Option<Place>>,
    /// The gazetteer's surface forms, one pattern each of [`Self::matcher`].
    patterns: Vec<String>,
    /// Built on first use: a search reading a typed name needs the word lists, not this
    /// automaton (a third of the lexicon's building time).
    matcher: OnceLock<AhoCorasick>,
    /// The matcher's surface forms that refer to something, for whole-name lookups.
    place_forms: HashSet<String>,
    /// What each matcher pattern refers to: one surface form may name a place and an
    /// organisation at once ("Pentagon").
    targets: Vec<Vec<Place>>,
}

/// The compiled-in lexicon.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

/// Data lines of a compiled-in file: comments, blanks and a header line dropped.
fn data_lines<'a>(file: &'a str, header: Option<&'a str>) -> impl Iterator<Item = &'a str> + 'a {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(move |l| header.is_none_or(|h| !l.starts_with(h)))
}

/// The singular of the plural noun `plural` that `is` accepts ("analysts" -> "analyst",
/// "witnesses" -> "witness", "deputies" -> "deputy"), trying the endings in that order; no
/// allocation but for "-ies". None for a word `is` refuses in every form, or no plural.
pub fn singular<'a>(plural: &'a str, is: impl Fn(&str) -> bool) -> Option<std::borrow::Cow<'a, str>> {
    let stem = plural.strip_suffix('s').filter(|s| !s.ends_with('s'))?;
    if is(stem) {
        return Some(stem.into());
    }
    if let Some(stem) = stem.strip_suffix('e').filter(|s| s.ends_with(['s', 'x', 'z', 'h']) && is(s)) {
        return Some(stem.into());
    }
    let y = stem.strip_suffix("ie").map(|s| format!("{s}y"));
    y.filter(|y| is(y)).map(Into::into)
}

fn list(field: Option<&str>) -> impl Iterator<Item = &str> {
    field.unwrap_or("").split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// True for a word in ASCII with no capital (most words), its own lower case: told by one
/// look at each byte, no character decoded.
pub(crate) fn is_ascii_lower(word: &str) -> bool {
    !word.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii())
}

/// A title or name token as the lists key it: folded, trailing period dropped.
/// `set` holds `word` in lower case; no allocation when the word is lower case already.
fn contains_lower(set: &HashSet<String>, word: &str) -> bool {
    if is_ascii_lower(word) || !word.chars().any(char::is_uppercase) {
        return set.contains(word);
    }
    contains_lowered(set, word, str::to_lowercase)
}

fn key(word: &str) -> String {
    fold(word.trim_end_matches('.'))
}

/// True when `set` holds `word`'s key (folded, final period dropped).
fn contains_key(set: &HashSet<String>, word: &str) -> bool {
    contains_lowered(set, word.trim_end_matches('.'), fold)
}

/// True when `set` holds `word` lower-cased: on the stack for a short ASCII word, where
/// lower case is all `fold` does too; else by `slow`, which allocates.
fn contains_lowered(set: &HashSet<String>, word: &str, slow: impl Fn(&str) -> String) -> bool {
    with_lowered(word, false, |w| set.contains(w), |w| set.contains(&slow(w)))
}

/// `fast` of `word` in lower case (its periods dropped when `drop_periods`), built on the
/// stack for a short ASCII word, where lower case is all `fold` does too; else `slow` of
/// `word` as it is, for a key that allocates.
fn with_lowered<R>(word: &str, drop_periods: bool, fast: impl FnOnce(&str) -> R, slow: impl FnOnce(&str) -> R) -> R {
    if word.len() > 32 || !word.is_ascii() {
        return slow(word);
    }
    let mut buf = [0u8; 32];
    let mut n = 0;
    for c in word.bytes().filter(|&c| !(drop_periods && c == b'.')) {
        buf[n] = c.to_ascii_lowercase();
        n += 1;
    }
    match std::str::from_utf8(&buf[..n]) {
        Ok(w) => fast(w),
        Err(_) => slow(word),
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut countries = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Option<Place>> = Vec::new();
        let mut country_lookup = HashMap::default();
        let mut country_names = HashMap::default();
        for line in data_lines(COUNTRIES, Some("code\t")) {
            let mut cols = line.split('\t');
            let (Some(code), Some(name)) = (cols.next(), cols.next()) else {
                continue;
            };
            let idx = countries.len();
            countries.push(Country { code: code.to_owned(), name: name.to_owned() });
            let aliases: Vec<&str> = list(cols.next()).collect();
            let demonyms: Vec<&str> = list(cols.next()).collect();
            country_lookup.insert(fold(code), idx);
            for form in std::iter::once(name).chain(aliases.iter().copied()) {
                country_names.entry(fold(form)).or_insert(idx);
            }
            for form in std::iter::once(name).chain(aliases).chain(demonyms) {
                country_lookup.entry(fold(form)).or_insert(idx);
                patterns.push(form.to_owned());
                targets.push(Some(Place::Country(idx)));
            }
        }
        let by_code: HashMap<String, usize> = countries.iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect();
        let mut dateline_places = HashMap::default();
        for (form, target) in patterns.iter().zip(&targets) {
            dateline_places.entry(dateline_key(form)).or_insert(*target);
        }
        for line in data_lines(PLACES, Some("name\t")) {
            let mut cols = line.split('\t');
            let (Some(name), Some(code)) = (cols.next(), cols.next()) else {
                continue;
            };
            let kind = cols.next().unwrap_or("");
            // A code of "-" marks a name that contains a country's name or demonym without
            // referring to it ("Latin America", "American Express"): it is matched so that
            // the shorter name inside it is not, and yields nothing.
            if code == "-" {
                patterns.push(name.to_owned());
                targets.push(None);
                continue;
            }
            let Some(&idx) = by_code.get(code) else { continue };
            // Names that are also countries or common names need context to decide
            // (Georgia: see `extract::countries`); names that are also people's names or
            // other places (Dallas, Birmingham) are trusted only at the head of a dateline.
            if !kind.contains("ambiguous") {
                dateline_places.entry(dateline_key(name)).or_insert(Some(Place::Inside(idx)));
            }
            if kind.contains("ambiguous") || kind == "dateline" {
                continue;
            }
            patterns.push(name.to_owned());
            targets.push(Some(Place::Inside(idx)));
        }
        let mut organizations = Vec::new();
        let mut org_lookup = HashMap::default();
        let mut org_outlet = Vec::new();
        for line in data_lines(ORGANIZATIONS, Some("name\t")) {
            let mut cols = line.split('\t');
            let Some(name) = cols.next() else { continue };
            let idx = organizations.len();
            organizations.push(name.to_owned());
            let aliases: Vec<&str> = list(cols.next()).collect();
            org_outlet.push(cols.next().is_some_and(|kind| kind.trim() == "outlet"));
            // An organisation of one country (the Bundesbank, the SEC) implies it.
            let country = cols.next().and_then(|code| by_code.get(code.trim()).copied());
            for form in std::iter::once(name).chain(aliases) {
                org_lookup.entry(fold(form)).or_insert(idx);
                patterns.push(form.to_owned());
                targets.push(Some(Place::Organization(idx)));
                if let Some(c) = country {
                    patterns.push(form.to_owned());
                    targets.push(Some(Place::Inside(c)));
                }
            }
        }
        // One pattern per surface form, with everything it refers to.
        let mut unique: Vec<String> = Vec::new();
        let mut grouped: Vec<Vec<Place>> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::default();
        for (form, target) in patterns.into_iter().zip(targets) {
            let slot = *seen.entry(form.clone()).or_insert_with(|| {
                unique.push(form);
                grouped.push(Vec::new());
                grouped.len() - 1
            });
            if let Some(target) = target
                && !grouped[slot].contains(&target)
            {
                grouped[slot].push(target);
            }
        }
        let (patterns, targets) = (unique, grouped);
        let place_forms: HashSet<String> =
            patterns.iter().zip(&targets).filter(|(_, t)| !t.is_empty()).map(|(p, _)| p.clone()).collect();
        let titles: HashSet<String> = data_lines(TITLES, None).map(title_key).collect();
        let longest_title = titles.iter().map(|t| t.split(' ').count()).max().unwrap_or(1);
        let title_openers: HashSet<String> =
            titles.iter().filter_map(|t| t.split(' ').next()).map(str::to_owned).collect();
        Lexicon {
            countries,
            organizations,
            speech_verbs: data_lines(SPEECH_VERBS, None).map(|w| w.trim().to_lowercase()).collect(),
            titles,
            title_openers,
            longest_title,
            given_names: data_lines(GIVEN_NAMES, None).chain(data_lines(GIVEN_NAMES_WORLD, None)).map(key).collect(),
            one_name_people: data_lines(ONE_NAME_PEOPLE, Some("name\t"))
                .filter_map(|l| {
                    let mut cols = l.split('\t');
                    let name = cols.next()?.to_owned();
                    Some((name, cols.nth(1).is_some_and(|g| g.trim() == "word")))
                })
                .collect(),
            famous_surnames: data_lines(FAMOUS_SURNAMES, Some("surname\t"))
                .filter_map(|l| l.split('\t').next())
                .map(str::to_owned)
                .collect(),
            role_nouns: data_lines(ROLE_NOUNS, None).map(|w| w.trim().to_lowercase()).collect(),
            body_nouns: data_lines(BODY_NOUNS, None).map(|w| w.trim().to_lowercase()).collect(),
            clause_openers: data_lines(CLAUSE_OPENERS, None).map(|w| w.trim().to_lowercase()).collect(),
            not_names: data_lines(NOT_NAMES, None).map(key).collect(),
            org_words: data_lines(ORG_WORDS, None).map(key).collect(),
            abbreviations: data_lines(ABBREVIATIONS, Some("abbreviation\t"))
                .filter_map(|l| {
                    let mut cols = l.split('\t');
                    let (word, ending) = (cols.next()?, cols.next()?);
                    Some((word.trim().to_owned(), if ending.trim() == "never" { Ending::Never } else { Ending::Maybe }))
                })
                .collect(),
            stands_for: data_lines(ABBREVIATIONS, Some("abbreviation\t"))
                .filter_map(|l| {
                    let mut cols = l.split('\t').skip(2);
                    let full = cols.next()?.trim();
                    Some((l.split('\t').next()?.trim().to_owned(), full.to_owned()))
                })
                .collect(),
            sentence_openers: data_lines(SENTENCE_OPENERS, None).map(|w| w.trim().to_owned()).collect(),
            naming_words: data_lines(NAMING_WORDS, None).map(|w| w.trim().to_lowercase()).collect(),
            work_nouns: data_lines(WORK_NOUNS, None).map(|w| w.trim().to_lowercase()).collect(),
            document_nouns: data_lines(DOCUMENT_NOUNS, None).map(|w| w.trim().to_lowercase()).collect(),
            honorifics: data_lines(HONORIFICS, None).map(key).collect(),
            genders: data_lines(FEMALE_NAMES, None)
                .map(|n| (key(n), Gender::Female))
                .chain(data_lines(MALE_NAMES, None).map(|n| (key(n), Gender::Male)))
                .collect(),
            name_like_places: data_lines(NAME_LIKE_PLACES, None)
                .filter_map(|l| {
                    let mut cols = l.split('\t');
                    Some((cols.next()?.trim().to_owned(), cols.next().is_some_and(|k| k.trim() == "given")))
                })
                .collect(),
            country_words_max: country_lookup.keys().map(|k| k.split_whitespace().count()).max().unwrap_or(0),
            country_lookup,
            country_names,
            org_words_max: org_lookup.keys().map(|k| k.split_whitespace().count()).max().unwrap_or(0),
            org_lookup,
            org_outlet,
            dateline_places,
            patterns,
            matcher: OnceLock::new(),
            place_forms,
            targets,
        }
    }

    /// True for a reporting verb form ("said", "wrote", "tweeted"), any case.
    pub fn is_speech_verb(&self, word: &str) -> bool {
        contains_lower(&self.speech_verbs, word)
    }

    /// Number of leading `words` that form a title ("Treasury Secretary", "Sen."), longest
    /// first; 0 when they do not start with one.
    pub fn title_len(&self, words: &[&str]) -> usize {
        // Most words open no title: skip the joins for them.
        let opens = |w: &str| {
            with_lowered(w, true, |k| self.title_openers.contains(k), |w| self.title_openers.contains(&title_key(w)))
        };
        if words.first().is_none_or(|w| !opens(w)) {
            return 0;
        }
        // The words joined once: the title of `n` words is a prefix of that.
        let longest = self.longest_title.min(words.len());
        let joined = words[..longest].join(" ");
        let is_title = |title: &str| {
            with_lowered(title, true, |k| self.titles.contains(k), |t| self.titles.contains(&title_key(t)))
        };
        (1..=longest)
            .rev()
            .find(|&n| is_title(&joined[..words[..n].iter().map(|w| w.len() + 1).sum::<usize>() - 1]))
            .unwrap_or(0)
    }

    /// True when `word`, as written, is the surname of someone the news names by it alone
    /// ("Matisse", "Khomeini": `famous_surnames.tsv`).
    pub fn is_famous_surname(&self, word: &str) -> bool {
        self.famous_surnames.contains(word)
    }

    /// Whether `name`, as written, is the name of someone the news names by it alone though it
    /// is no surname ("Bono", "Pele", "Dizzee Rascal": `one_name_people.tsv`): `Some(true)`
    /// when it is also a common word or a place ("Sting"), which a reporting verb must follow.
    pub fn one_name_person(&self, name: &str) -> Option<bool> {
        self.one_name_people.get(name).copied()
    }

    /// True for a known given name ("Gustavo", "Nicolás"), accents and case ignored.
    pub fn is_given_name(&self, word: &str) -> bool {
        contains_key(&self.given_names, word)
    }

    /// True for a noun that names a role or an unnamed source ("official", "spokesman").
    pub fn is_role_noun(&self, word: &str) -> bool {
        contains_lower(&self.role_nouns, word)
    }

    /// Whether `word` (lower case, no period) is an abbreviation, and if its period may end
    /// a sentence.
    pub fn abbreviation(&self, word: &str) -> Option<Ending> {
        self.abbreviations.get(word).copied()
    }

    /// The word a title's abbreviation stands for ("sen" -> "senator"; lower case, no period).
    pub fn stands_for(&self, word: &str) -> Option<&str> {
        self.stands_for.get(word).map(String::as_str)
    }

    /// True for a lower-case word that, right before a quotation, makes it a name ("dubbed").
    pub fn is_naming_word(&self, word: &str) -> bool {
        self.naming_words.contains(word)
    }

    /// True for a lower-case noun that introduces the title of a work or law ("film", "act").
    pub fn is_work_noun(&self, word: &str) -> bool {
        self.work_nouns.contains(word)
    }

    /// True for a lower-case noun naming a text that can carry words ("statement", "ad").
    pub fn is_document_noun(&self, word: &str) -> bool {
        contains_lower(&self.document_nouns, word)
    }

    /// True for a noun that names an institution or a group, not a person ("station",
    /// "panel", "ministry").
    pub fn is_body_noun(&self, word: &str) -> bool {
        contains_lower(&self.body_nouns, word)
    }

    /// True for a word that opens a sentence or clause as an ordinary word ("despite",
    /// "maybe"), not as a given name; lower case.
    pub fn is_clause_opener(&self, word: &str) -> bool {
        contains_lower(&self.clause_openers, word)
    }

    /// True for a noun that can be a speaker: a role ("official") or a text ("statement").
    pub fn is_speaking_noun(&self, word: &str) -> bool {
        self.is_role_noun(word) || self.is_document_noun(word)
    }

    /// True for a word that typically opens a sentence ("The", "But", "It").
    pub fn is_sentence_opener(&self, word: &str) -> bool {
        self.sentence_openers.contains(word)
    }

    /// The gender a given name or title suggests ("Nancy", "Mrs." -> female), if any.
    pub fn gender_of(&self, word: &str) -> Option<Gender> {
        match key(word).as_str() {
            "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" | "monsignor" => Some(Gender::Male),
            "mrs" | "ms" | "miss" | "madam" | "lady" | "queen" | "dame" | "princess" | "sister" => Some(Gender::Female),
            k => self.genders.get(k).copied(),
        }
    }

    /// True for a word of address that is not a role ("Mr", "Dr.", "Sir"), any case.
    pub fn is_honorific(&self, word: &str) -> bool {
        contains_key(&self.honorifics, word)
    }

    /// True for a demonym that is not also a country's name or code ("German", "Colombian"):
    /// a nationality word a reader may put before a name.
    pub fn is_demonym(&self, word: &str) -> bool {
        word.chars().count() > 3
            && word.chars().all(char::is_alphabetic)
            && self.find_country(word).is_some()
            && self.country_named(word).is_none()
    }

    /// Words a title may hold at most.
    pub fn longest_title(&self) -> usize {
        self.longest_title
    }

    /// True for a capitalised word that is never part of a person's name ("The", "Monday").
    pub fn is_not_name(&self, word: &str) -> bool {
        contains_key(&self.not_names, word)
    }

    /// True for a word that marks an organisation, place or event ("Department", "Summit").
    pub fn is_org_word(&self, word: &str) -> bool {
        contains_key(&self.org_words, word)
    }

    /// The country a user means by a name, code, alias or demonym ("Colombian", "co").
    pub fn find_country(&self, query: &str) -> Option<&Country> {
        // Folded as it is, then without its periods ("U.S" -> "us"); a short ASCII query
        // (most are, and most name no country) is keyed on the stack.
        let query = query.trim();
        let get = |key: &str| self.country_lookup.get(key).copied();
        let idx = with_lowered(query, false, get, |q| get(&fold(q)))
            .or_else(|| with_lowered(query, true, get, |q| get(&fold(q).replace('.', ""))))?;
        self.countries.get(idx)
    }

    /// The country `query` names as written, its periods kept: "U.S." (an alias), not "E.H."
    /// (an initialled given name, which [`Lexicon::find_country`] reads as the code EH).
    pub fn find_country_as_written(&self, query: &str) -> Option<&Country> {
        let query = query.trim();
        let idx = with_lowered(
            query,
            false,
            |k| self.country_lookup.get(k).copied(),
            |q| self.country_lookup.get(&fold(q)).copied(),
        );
        self.countries.get(idx?)
    }

    /// The country a reader means by `query` in a filter: a name, alias, ISO code or demonym,
    /// with or without "the" ("the Netherlands").
    pub fn country_for_query(&self, query: &str) -> Option<&Country> {
        let folded = fold(query.trim());
        self.find_country(folded.strip_prefix("the ").unwrap_or(&folded))
    }

    /// Countries a reader may have meant by an unknown `query`, best first, at most `n`:
    /// those holding its words in a name ("Korea": South Korea, North Korea), then those
    /// a letter or two away ("Brasil": Brazil).
    pub fn similar_countries(&self, query: &str, n: usize) -> Vec<&Country> {
        let folded = fold(query.trim());
        let folded = folded.strip_prefix("the ").unwrap_or(&folded);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let mut scored: Vec<(usize, &str, usize)> = Vec::new();
        for (form, &idx) in &self.country_lookup {
            let holds = !words.is_empty() && words.iter().all(|w| form.split_whitespace().any(|f| f == *w));
            let distance = if holds { 0 } else { edit_distance(folded, form) };
            let typo = is_misspelling(folded, distance);
            if holds || typo {
                scored.push((distance, form, idx));
            }
        }
        scored.sort();
        let mut found: Vec<&Country> = Vec::new();
        for (_, _, idx) in scored {
            if let Some(c) = self.countries.get(idx)
                && !found.contains(&c)
                && found.len() < n
            {
                found.push(c);
            }
        }
        found
    }

    /// The country a name or alias designates ("Canada", "the U.S."), demonyms excluded:
    /// "Cuban" in a speaker is a person or a people, not the state.
    pub fn country_named(&self, name: &str) -> Option<&Country> {
        let folded = fold(name.trim());
        let folded = folded.strip_prefix("the ").unwrap_or(&folded);
        self.countries.get(*self.country_names.get(folded)?)
    }

    /// The canonical organisation for a name or alias ("AP" -> "Associated Press").
    pub fn find_organization(&self, name: &str) -> Option<&str> {
        let get = |key: &str| self.org_lookup.get(key).copied();
        let idx = with_lowered(name.trim(), false, get, |n| get(&fold(n)))?;
        self.organizations.get(idx).map(String::as_str)
    }

    /// Whether the organisation the gazetteer knows by `name` is an outlet ("Bild", "The
    /// Guardian", "ABC"): `Some(false)` for one known as something else ("Microsoft",
    /// "Federal Reserve"), which no press noun before it makes a paper ("told the magazine
    /// Microsoft had held talks"); `None` for a name it does not know.
    pub fn is_outlet(&self, name: &str) -> Option<bool> {
        let get = |key: &str| self.org_lookup.get(key).copied();
        let idx = with_lowered(name.trim(), false, get, |n| get(&fold(n)))?;
        self.org_outlet.get(idx).copied()
    }

    /// The most words an organisation's name holds: no longer run of words names one.
    pub fn organization_words_max(&self) -> usize {
        self.org_words_max
    }

    /// The most words a country's name, alias or demonym holds: no longer run names one.
    pub fn country_words_max(&self) -> usize {
        self.country_words_max
    }

    /// The gazetteer's automaton, built the first time it is needed.
    fn matcher(&self) -> &AhoCorasick {
        self.matcher.get_or_init(|| {
            // Invariant: the patterns are plain strings, which aho-corasick always accepts.
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&self.patterns)
                .expect("gazetteer patterns are plain strings")
        })
    }

    /// Country, place and organisation names in `text`, whole words only, longest first.
    /// A line break or a run of spaces inside a name counts as one space ("New\nZealand").
    /// One name may yield several entries with the same range: "Pentagon" is a place and
    /// an organisation, "Bank of Japan" an organisation that implies Japan.
    pub fn find_places(&self, text: &str) -> Vec<(Range<usize>, Place)> {
        let squeezed = Squeezed::new(text);
        self.matcher()
            .find_iter(&squeezed.text)
            .filter_map(|m| {
                let range = squeezed.original(m.start())..squeezed.original(m.end());
                is_word_boundary(text, range.start, range.end).then_some((range, m.pattern().as_usize()))
            })
            .flat_map(|(range, pattern)| {
                let targets = self.targets.get(pattern).map_or(&[][..], Vec::as_slice);
                targets.iter().map(move |t| (range.clone(), *t))
            })
            .collect()
    }

    /// True when all of `name` (white space squeezed) is a gazetteer form: what
    /// [`Self::find_places`] would match end to end, without running the matcher.
    pub fn is_place_name(&self, name: &str) -> bool {
        if name.contains(|c: char| c.is_whitespace() && c != ' ') || name.contains("  ") {
            return self.place_forms.contains(&name.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        self.place_forms.contains(name)
    }

    /// What a place name at the head of a dateline refers to, matched without regard to
    /// case, accents or a final period ("WILTON", "Conn", "SAO PAULO"). Cities that are
    /// too ambiguous to trust in running text ("DALLAS") count here. `None` when unknown
    /// or when the name refers to no country ("UNITED NATIONS").
    pub fn dateline_place(&self, name: &str) -> Option<Place> {
        self.dateline_places.get(&dateline_key(name)).copied().flatten()
    }

    /// True for a country or place name that is also a person's name ("Jordan", "Paris"),
    /// as written (case matters: "chad" is not one).
    pub fn is_name_like_place(&self, name: &str) -> bool {
        self.name_like_places.contains_key(name)
    }

    /// True for a name-like place used mostly as a given name ("Chad", "Jordan"): one
    /// followed by a surname is a person.
    pub fn is_given_name_like_place(&self, name: &str) -> bool {
        self.name_like_places.get(name).copied().unwrap_or(false)
    }
}

/// A text with every run of white space turned into one space, and the way back to the
/// original byte offsets.
struct Squeezed {
    text: String,
    /// Where each squeezed run ends in `text` (the byte after its space) and how many bytes
    /// `text` is short of the original from there on, in order: a text whose white space is
    /// all lone spaces has none, and the offsets of its bytes are the original ones.
    shifts: Vec<(usize, usize)>,
}

impl Squeezed {
    fn new(original: &str) -> Squeezed {
        let mut text = String::with_capacity(original.len());
        let mut shifts = Vec::new();
        // The original text from `copied` on is not yet in `text`; `run` is the start of the
        // white space being read, if any.
        let mut copied = 0;
        let mut run = None;
        for (i, c) in original.char_indices() {
            match (c.is_whitespace(), run) {
                (true, None) => run = Some(i),
                // A lone space stays as it is, copied with the text around it.
                (false, Some(start)) if i == start + 1 && original.as_bytes()[start] == b' ' => run = None,
                (false, Some(start)) => {
                    squeeze(original, &mut text, &mut shifts, (copied, start, i));
                    copied = i;
                    run = None;
                }
                _ => {}
            }
        }
        match run {
            Some(start) => squeeze(original, &mut text, &mut shifts, (copied, start, original.len())),
            None => text.push_str(&original[copied..]),
        }
        Squeezed { text, shifts }
    }

    /// The original offset of byte `at` of the squeezed text.
    fn original(&self, at: usize) -> usize {
        let shifted = self.shifts.partition_point(|&(from, _)| from <= at);
        at + shifted.checked_sub(1).map_or(0, |k| self.shifts[k].1)
    }
}

/// Appends to `text` the original bytes `copied..start` and one space for the white space
/// `start..end`, and records the shift when that space stands for more than one byte.
fn squeeze(
    original: &str,
    text: &mut String,
    shifts: &mut Vec<(usize, usize)>,
    (copied, start, end): (usize, usize, usize),
) {
    text.push_str(&original[copied..start]);
    text.push(' ');
    if end - start > 1 {
        shifts.push((text.len(), end - text.len()));
    }
}

/// How dateline names are compared: folded, periods dropped, spaces single.
fn dateline_key(name: &str) -> String {
    fold(name).replace('.', "").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Titles are compared folded, without periods: "Sen." and "sen" are one key.
fn title_key(title: &str) -> String {
    fold(title).replace('.', "")
}

/// True when `text[start..end]` is not glued to letters or digits on either side.
fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // A match ending in a period ("U.S.") may be followed by anything but a letter.
    !glued(before) && !glued(after)
}

/// True when a name `distance` edits from the typed `typed` is what the reader misspelt:
/// only for a typed name of three letters or more (a shorter one is a guess), at most a
/// letter in four of it, one at least ("Brasil": Brazil; "volker": Volcker).
pub(crate) fn is_misspelling(typed: &str, distance: usize) -> bool {
    let len = typed.chars().count();
    len >= 3 && distance <= (len / 4).max(1)
}

/// Levenshtein distance between two strings, by characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_name_code_and_demonym() {
        let lex = lexicon();
        for q in ["Colombia", "CO", "co", "Colombian", "colombians"] {
            assert_eq!(lex.find_country(q).map(|c| c.code.as_str()), Some("CO"), "{q}");
        }
        assert_eq!(lex.find_country("U.S.").map(|c| c.code.as_str()), Some("US"));
        assert_eq!(lex.find_country("Britain").map(|c| c.code.as_str()), Some("GB"));
        assert!(lex.find_country("Atlantis").is_none());
    }

    #[test]
    fn places_match_whole_words() {
        let lex = lexicon();
        let found = lex.find_places("Colombian troops left Bogotá for the U.S. capital");
        let codes: Vec<&str> = found
            .iter()
            .filter_map(|(_, p)| match p {
                Place::Country(i) | Place::Inside(i) => Some(lex.countries[*i].code.as_str()),
                Place::Organization(_) => None,
            })
            .collect();
        assert_eq!(codes, ["CO", "CO", "US"]);
        assert!(lex.find_places("Colombianness").is_empty());
    }

    #[test]
    fn line_breaks_inside_names_keep_original_offsets() {
        let lex = lexicon();
        let text = "exports to New\n   Zealand and Papua New\nGuinea";
        let found = lex.find_places(text);
        let spans: Vec<&str> = found.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(spans, ["New\n   Zealand", "Papua New\nGuinea"]);
    }

    #[test]
    fn datelines_ignore_case_and_periods() {
        let lex = lexicon();
        let us = lex.countries.iter().position(|c| c.code == "US");
        for name in ["Conn", "CONN.", "DALLAS", "N.Y.", "los angeles"] {
            assert!(matches!(lex.dateline_place(name), Some(Place::Inside(i)) if Some(i) == us), "{name}");
        }
        assert!(lex.dateline_place("UNITED NATIONS").is_none());
    }

    #[test]
    fn titles_are_matched_longest_first() {
        let lex = lexicon();
        assert_eq!(lex.title_len(&["Treasury", "Secretary", "Scott", "Bessent"]), 2);
        assert_eq!(lex.title_len(&["Sen.", "Rand", "Paul"]), 1);
        assert_eq!(lex.title_len(&["Gustavo", "Petro"]), 0);
    }

    #[test]
    fn a_filter_finds_countries_as_readers_write_them() {
        let lex = lexicon();
        let code = |q: &str| lex.country_for_query(q).map(|c| c.code.as_str());
        assert_eq!([code("the Netherlands"), code("Holland"), code("Dutch")], [Some("NL"); 3]);
        let similar = |q: &str| lex.similar_countries(q, 3).iter().map(|c| c.code.as_str()).collect::<Vec<_>>();
        let mut korea = similar("Korea");
        korea.sort();
        assert_eq!(korea, ["KP", "KR"]);
        assert_eq!(similar("Brasil").first(), Some(&"BR"));
        assert_eq!(similar("Colombai").first(), Some(&"CO"));
        assert!(similar("Atlantis").is_empty(), "{:?}", similar("Atlantis"));
        assert!(similar("k").is_empty() && similar("").is_empty(), "{:?}", similar("k"));
        assert_eq!(edit_distance("brasil", "brazil"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
