//! The people of one article and the look-ups attribution makes over them: which person a
//! name mention refers to, who was mentioned last before a pronoun, who holds a role.
//!
//! [`super::entities::find_persons`] fills the index; `PersonIndex::finish` then builds
//! its look-up tables once (names by first word, by last word and as written, each
//! person's mentions, the mentions each pronoun may refer to, roles by head noun), so that
//! no look-up scans all the mentions or persons of the article: an article of dense
//! quotation asks one per quotation.

use crate::lexicon::Gender;
use crate::lexicon::word_classes::OTHER_ROLE_MODIFIERS;
use crate::normalize::fold;
use foldhash::{HashMap, HashSet};
use std::ops::Range;

/// How near (in bytes) a mention must stand before a bare surname that two people share
/// for the surname to be read as the one just named: about a short sentence.
const NEARBY: usize = 120;

/// How many mentions back [`PersonIndex::last_before_outside`] reads for one outside
/// quotations.
const LAST_NAMED_READ: usize = 32;

/// The most words of a name whose short forms are listed for look-up (its last words, and
/// in [`super::entities`] those without middle names): a person's name has fewer, and a
/// longer run is matched by its last words alone. Keeps the lists linear in the text.
pub(super) const LISTED_NAME_WORDS: usize = 8;

/// The people of one article: canonical names and where each is mentioned.
#[derive(Debug, Clone, Default)]
pub struct PersonIndex {
    /// Canonical names, in order of first mention.
    pub names: Vec<String>,
    /// (byte offset, index into `names`) for every mention, in text order.
    pub(super) mentions: Vec<(usize, usize)>,
    /// Each name's folded words, parallel to `names`.
    pub(super) folded: Vec<Vec<String>>,
    /// Gender suggested by a title or the given name, parallel to `names`.
    pub(super) genders: Vec<Option<Gender>>,
    /// Whether the gender came from a title ("Mrs.", "Sir"), which the text cannot overrule.
    pub(super) titled: Vec<bool>,
    /// Folded last word -> indices into `names`.
    pub(super) by_last: HashMap<String, Vec<usize>>,
    /// Folded first word -> indices into `names` of names of two words or more.
    by_first: HashMap<String, Vec<usize>>,
    /// Each name's last words (up to [`LISTED_NAME_WORDS`]), folded -> indices into
    /// `names`, in order: who a mention may name without a scan of every person.
    by_ending: HashMap<Vec<String>, Vec<usize>>,
    /// Canonical name -> index into `names`.
    pub(super) by_name: HashMap<String, usize>,
    /// Each person's mention offsets, in text order, parallel to `names`.
    mentions_of: Vec<Vec<usize>>,
    /// Indices into `mentions` of the mentions "she" (`[0]`) and "he" (`[1]`) may refer
    /// to: persons not known to be of the other gender.
    may_refer: [Vec<usize>; 2],
    /// The roles the article gives its people, by folded head noun: each role's folded
    /// words (head first) with the index of the person, without repeats: "Tory leader
    /// Michael Howard", "Sarah Mukasa, the play's organiser,".
    roles: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The (role, person) pairs in `roles`, to keep repeats out.
    roles_seen: HashSet<(Vec<String>, usize)>,
    /// Each surname (a name's last word, lower-cased) and every form of it with one letter
    /// left out -> indices into `names`, built when first asked for: whom a word may
    /// misspell by one letter ([`Self::one_letter_from`]) without a scan of every person.
    one_letter_out: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
    /// (role head, owner) -> the holders of that role the role's words or the holder's
    /// surname tie to that owner, built when first asked for ([`Self::kin_of`]).
    kin_owners: std::sync::OnceLock<HashMap<(String, usize), Vec<usize>>>,
    /// Country code -> the persons given a role with a word of that country ("French striker
    /// Thierry Henry"), built when first asked for ([`Self::nationals`]).
    nationals: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
}

/// `word` and every form of it with one letter left out ("lucky", "ucky", "lcky", …).
fn one_letter_out(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    out.extend(word.char_indices().map(|(i, c)| format!("{}{}", &word[..i], &word[i + c.len_utf8()..])));
    out
}

impl PersonIndex {
    /// Records that person `person` holds the role `words` (folded, head noun first).
    pub(super) fn add_role(&mut self, words: &[String], person: usize) {
        let Some(head) = words.first() else { return };
        if self.roles_seen.insert((words.to_vec(), person)) {
            self.roles.entry(head.clone()).or_default().push((words.to_vec(), person));
        }
    }

    /// Records that the person named `name` (canonical) holds the role `words` (folded,
    /// head first): a role the text gives apart from the name ([`super::lead_roles`]). The
    /// tables built from the roles ([`Self::kin_of`], [`Self::nationals`]) are built again
    /// when next asked for.
    pub(super) fn give_role(&mut self, name: &str, words: &[String]) {
        if let Some(&person) = self.by_name.get(name) {
            self.add_role(words, person);
            self.kin_owners = std::sync::OnceLock::new();
            self.nationals = std::sync::OnceLock::new();
        }
    }

    /// Builds the look-up tables once names and mentions are all in (`mentions` sorted by
    /// offset, one per offset).
    pub(super) fn finish(&mut self) {
        self.by_first.clear();
        self.by_name.clear();
        self.by_ending.clear();
        for (i, (name, words)) in self.names.iter().zip(&self.folded).enumerate() {
            self.by_name.entry(name.clone()).or_insert(i);
            for start in words.len().saturating_sub(LISTED_NAME_WORDS)..words.len() {
                self.by_ending.entry(words[start..].to_vec()).or_default().push(i);
            }
            if let (Some(first), true) = (words.first(), words.len() > 1) {
                self.by_first.entry(first.clone()).or_default().push(i);
            }
        }
        self.one_letter_out = std::sync::OnceLock::new();
        self.kin_owners = std::sync::OnceLock::new();
        self.nationals = std::sync::OnceLock::new();
        self.mentions_of = vec![Vec::new(); self.names.len()];
        for &(pos, i) in &self.mentions {
            self.mentions_of[i].push(pos);
        }
        self.index_genders();
    }

    /// The persons whose surname (a name's last word, lower-cased) may be `word` (lower-cased)
    /// with one letter added, left out, changed or swapped with the next: those that share
    /// a form with one letter left out, or none, with it (a symmetric-deletion look-up; the
    /// caller checks each). Each person once, in order.
    pub fn one_letter_from(&self, word: &str) -> Vec<usize> {
        let index = self.one_letter_out.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>> = HashMap::default();
            for (i, name) in self.names.iter().enumerate() {
                let surname = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
                for key in one_letter_out(&surname) {
                    index.entry(key).or_default().push(i);
                }
            }
            index
        });
        let mut found: Vec<usize> =
            one_letter_out(word).iter().filter_map(|k| index.get(k)).flatten().copied().collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Rebuilds [`Self::may_refer`] after the genders change.
    fn index_genders(&mut self) {
        for (slot, gender) in [Gender::Female, Gender::Male].into_iter().enumerate() {
            self.may_refer[slot] =
                (0..self.mentions.len()).filter(|&m| self.compatible(self.mentions[m].1, Some(gender))).collect();
        }
    }

    /// The canonical person a name mention refers to ("Petro", "Padrino López"): a
    /// canonical name ending with the mention's words, the one mentioned last before `at`
    /// when several fit.
    pub fn resolve(&self, mention: &str, at: usize) -> Option<&str> {
        let words: Vec<String> = mention.split_whitespace().map(fold).collect();
        if words.is_empty() {
            return None;
        }
        let ending = self.by_ending.get(&words[words.len().saturating_sub(LISTED_NAME_WORDS)..]);
        let longer: Vec<usize>;
        let mut fits = ending.map_or(&[][..], Vec::as_slice);
        if words.len() > LISTED_NAME_WORDS {
            longer = fits.iter().copied().filter(|&i| self.folded[i].ends_with(&words)).collect();
            fits = &longer;
        }
        // "Sir Digby" after "Sir Digby Jones": a given name alone.
        let given_alone = fits.is_empty() && words.len() == 1;
        if given_alone {
            fits = self.by_first.get(&words[0]).map_or(&[][..], Vec::as_slice);
        }
        let fit = |i: usize| match given_alone {
            true => self.folded[i].len() > 1 && self.folded[i][0] == words[0],
            false => self.folded[i].ends_with(&words),
        };
        let best = match fits {
            [] => return None,
            [one] => *one,
            // People who share a surname: the one named just before (within a sentence's
            // length), else the first the article names, its main figure. After "Hillary
            // Clinton" leads the story, a bare "Clinton" is still her beside one "Bill Clinton".
            // Only the mentions within that length are read, however many share the name.
            _ => {
                let before = self.mentions.partition_point(|(pos, _)| *pos < at);
                self.mentions[..before]
                    .iter()
                    .rev()
                    .take_while(|(pos, _)| at - pos <= NEARBY)
                    .find(|(_, i)| fit(*i))
                    .map_or(fits[0], |m| m.1)
            }
        };
        self.names.get(best).map(String::as_str)
    }

    /// The person mentioned last before byte offset `at`: what "he" or "she" refers to.
    /// Persons of the other gender, when known, are passed over.
    pub fn last_before(&self, at: usize, gender: Option<Gender>) -> Option<&str> {
        let before = self.mentions.partition_point(|(pos, _)| *pos < at);
        let m = match gender {
            None => before.checked_sub(1)?,
            Some(g) => {
                let may = &self.may_refer[usize::from(g == Gender::Male)];
                may[may.partition_point(|&m| m < before).checked_sub(1)?]
            }
        };
        self.names.get(self.mentions[m].1).map(String::as_str)
    }

    /// As [`Self::last_before`], passing over mentions inside `quoted` (quotation ranges, in
    /// order): whom a quotation names ("Robert Kilroy Silk is not a team player") is spoken
    /// of, not brought into the story. Only the last `LAST_NAMED_READ` mentions are
    /// read, however many lie in quotations.
    pub fn last_before_outside(&self, at: usize, gender: Option<Gender>, quoted: &[Range<usize>]) -> Option<&str> {
        let before = self.mentions.partition_point(|(pos, _)| *pos < at);
        let outside = |&m: &usize| !super::quotes::inside(quoted, self.mentions[m].0);
        let m = match gender {
            None => (0..before).rev().take(LAST_NAMED_READ).find(outside)?,
            Some(g) => {
                let may = &self.may_refer[usize::from(g == Gender::Male)];
                let end = may.partition_point(|&m| m < before);
                may[..end].iter().rev().take(LAST_NAMED_READ).copied().find(outside)?
            }
        };
        self.names.get(self.mentions[m].1).map(String::as_str)
    }

    /// The one person the article gives the role a definite description names: "the Tory
    /// leader" after "Tory leader Michael Howard". `head` is the role noun; `qualifiers` the
    /// capitalised words before it, each of which the role must hold too. A role held no
    /// longer or a second's ("former president", "deputy mayor") counts only when the
    /// qualifiers say so.
    pub fn described(&self, head: &str, qualifiers: &[&str]) -> Option<&str> {
        let head = fold(head);
        let qualifiers: Vec<String> =
            qualifiers.iter().map(|q| fold(super::phrases::strip_possessive(q).unwrap_or(q))).collect();
        let mut found = self
            .roles
            .get(&head)?
            .iter()
            .filter(|(words, _)| qualifiers.iter().all(|q| words.contains(q)))
            // "former president Eduard Shevardnadze", "Deputy Mayor Nicky Gavron" hold no
            // "the president", "the mayor".
            .filter(|(words, _)| {
                !words.iter().any(|w| OTHER_ROLE_MODIFIERS.contains(&w.as_str()) && !qualifiers.contains(w))
            })
            .map(|(_, i)| *i);
        let first = found.next()?;
        found.all(|i| i == first).then(|| self.names[first].as_str())
    }

    /// True when the article gives anyone a role headed by `head` ("minister" of "Health
    /// minister Tom Ash").
    pub fn role_held(&self, head: &str) -> bool {
        self.roles.contains_key(&fold(head))
    }

    /// The persons (canonical names) the article gives a role with a word of the country
    /// `code` ("French striker Thierry Henry", "Henry, the French striker,"), by
    /// `country_of` (a role's folded word -> its country's code), read over every role once
    /// per article.
    pub fn nationals(&self, code: &str, country_of: &dyn Fn(&str) -> Option<String>) -> Vec<&str> {
        let table = self.nationals.get_or_init(|| {
            let mut table: HashMap<String, Vec<usize>> = HashMap::default();
            for (words, person) in self.roles.values().flatten() {
                for code in words.iter().filter_map(|w| country_of(w)) {
                    table.entry(code).or_default().push(*person);
                }
            }
            for holders in table.values_mut() {
                holders.sort_unstable();
                holders.dedup();
            }
            table
        });
        table.get(code).map_or_else(Vec::new, |held| held.iter().map(|&i| self.names[i].as_str()).collect())
    }

    /// True when the article gives the person named `name` (canonical) a role other than one
    /// headed by `head` as it is ("Home Secretary Charles Clarke" is no "prime minister";
    /// "Deputy Prime Minister John Prescott" neither: a second's role, `[other_role_modifiers]`).
    pub fn holds_other_role(&self, name: &str, head: &str) -> bool {
        let Some(&person) = self.by_name.get(name) else { return false };
        let head = fold(head);
        self.roles.iter().any(|(h, held)| {
            held.iter().any(|(words, i)| {
                *i == person && (*h != head || words.iter().any(|w| OTHER_ROLE_MODIFIERS.contains(&w.as_str())))
            })
        })
    }

    /// The one person the article gives a role, of any head, that holds every word of
    /// `organisation` (capitalised words, as written): "the State Bank official" after
    /// "Yurij Ponomarev, international managing director of the State Bank,".
    pub fn affiliated(&self, organisation: &[&str]) -> Option<&str> {
        let words: Vec<String> = organisation.iter().map(|w| fold(w)).collect();
        let mut found =
            self.roles.values().flatten().filter(|(role, _)| words.iter().all(|w| role.contains(w))).map(|(_, i)| *i);
        let first = found.next()?;
        found.all(|i| i == first).then(|| self.names[first].as_str())
    }

    /// The one person the article names in the kinship `kin` ("son", "wife") to the person
    /// named `owner` (canonical): a holder of that role whose role names the owner in full
    /// ("Peter Smith's son Tom"), or names a surname (or whose own name ends in a surname,
    /// "his son, Stephen Nogar,") that no one else of the article but the holder bears
    /// ("Mr Nogar's son Stephen"); not Tom for a John Smith also named. Read from a table of
    /// every role's owners, built once per article.
    pub fn kin_of(&self, kin: &str, owner: &str) -> Option<&str> {
        let owner = *self.by_name.get(owner)?;
        let table = self.kin_owners.get_or_init(|| self.owners_of_roles());
        let found = table.get(&(fold(kin), owner))?;
        let first = *found.first()?;
        found.iter().all(|&i| i == first).then(|| self.names[first].as_str())
    }

    /// (role head, owner) -> holders, for [`Self::kin_of`]: each role's owners are the
    /// persons its words name in full, and the one person besides the holder who bears a
    /// surname among its words or the holder's own surname.
    fn owners_of_roles(&self) -> HashMap<(String, usize), Vec<usize>> {
        let mut table: HashMap<(String, usize), Vec<usize>> = HashMap::default();
        for (head, held) in &self.roles {
            for (words, holder) in held {
                let owned = &words[1..];
                let mut owners: Vec<usize> = Vec::new();
                for word in owned.iter().chain(self.folded[*holder].last()) {
                    let bearers: Vec<usize> =
                        self.by_last.get(word).into_iter().flatten().copied().filter(|i| i != holder).collect();
                    let full = bearers.iter().copied().filter(|&i| self.folded[i].iter().all(|w| owned.contains(w)));
                    owners.extend(full);
                    if let [only] = bearers[..] {
                        owners.push(only);
                    }
                }
                owners.sort_unstable();
                owners.dedup();
                for owner in owners {
                    table.entry((head.clone(), owner)).or_default().push(*holder);
                }
            }
        }
        table
    }

    /// Where the person named `name` (canonical) was last mentioned before byte `at`.
    pub fn last_mention_of(&self, name: &str, at: usize) -> Option<usize> {
        let seen = &self.mentions_of[*self.by_name.get(name)?];
        seen.get(seen.partition_point(|&pos| pos < at).checked_sub(1)?).copied()
    }

    /// Where the person named `name` (canonical) is mentioned, in text order.
    pub fn mentions_of_name(&self, name: &str) -> &[usize] {
        self.by_name.get(name).map_or(&[], |&i| &self.mentions_of[i])
    }

    /// True when `name` is the canonical name of a person of the article.
    pub fn contains(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// True when a title gave `name` (canonical) its gender ("Mrs.", "Sir"): no given name's
    /// guess.
    pub fn is_titled(&self, name: &str) -> bool {
        self.by_name.get(name).is_some_and(|&i| self.titled.get(i).copied().unwrap_or(false))
    }

    /// False only for a person of the article known to be of the other gender.
    pub fn may_be(&self, name: &str, gender: Gender) -> bool {
        self.by_name.get(name).is_none_or(|&i| self.compatible(i, Some(gender)))
    }

    /// The person mentioned first inside `range`, as an index.
    pub fn index_within(&self, range: Range<usize>) -> Option<usize> {
        let from = self.mentions.partition_point(|(pos, _)| *pos < range.start);
        self.mentions.get(from).filter(|(pos, _)| *pos < range.end).map(|(_, i)| *i)
    }

    /// Learns genders from the text: `evidence` pairs a person with the pronoun that
    /// followed them as a sentence's subject ("Joni Lovenduski said she …"). A person with
    /// evidence of one gender only takes it, unless a title gave one.
    pub fn learn_genders(&mut self, evidence: &[(usize, Gender)]) {
        // (female seen, male seen) per person: one pass over the evidence.
        let mut seen = vec![(false, false); self.names.len()];
        for &(p, g) in evidence {
            if let Some(s) = seen.get_mut(p) {
                match g {
                    Gender::Female => s.0 = true,
                    Gender::Male => s.1 = true,
                }
            }
        }
        for (i, s) in seen.into_iter().enumerate() {
            if self.titled[i] {
                continue;
            }
            match s {
                (true, false) => self.genders[i] = Some(Gender::Female),
                (false, true) => self.genders[i] = Some(Gender::Male),
                _ => {}
            }
        }
        self.index_genders();
    }

    /// The first person of a compatible gender mentioned inside `range`, outside the
    /// `quoted` ranges: the subject of a sentence, as a pronoun sees it.
    pub fn first_within(&self, range: Range<usize>, gender: Option<Gender>, quoted: &[Range<usize>]) -> Option<&str> {
        self.first_where(range, gender, quoted, |_, _| true)
    }

    /// As [`Self::first_within`], passing over a passive's agent ("was beaten by Robby
    /// Ginepri"): the one acted on, not the actor, is what a later "he" is about; and over
    /// persons `keep` refuses (canonical name).
    pub fn first_within_not_agent(
        &self,
        body: &str,
        range: Range<usize>,
        gender: Option<Gender>,
        quoted: &[Range<usize>],
        keep: impl Fn(&str) -> bool,
    ) -> Option<&str> {
        self.first_where(range, gender, quoted, |pos, i| !passive_agent(body, pos) && keep(&self.names[i]))
    }

    /// The first person mentioned inside `range`, of a compatible gender, outside `quoted`,
    /// whose mention (its byte offset, the person's index) passes `keep`.
    fn first_where(
        &self,
        range: Range<usize>,
        gender: Option<Gender>,
        quoted: &[Range<usize>],
        keep: impl Fn(usize, usize) -> bool,
    ) -> Option<&str> {
        let from = self.mentions.partition_point(|(pos, _)| *pos < range.start);
        let (_, i) = self.mentions[from..]
            .iter()
            .take_while(|(pos, _)| *pos < range.end)
            .find(|(pos, i)| self.compatible(*i, gender) && !super::quotes::inside(quoted, *pos) && keep(*pos, *i))?;
        self.names.get(*i).map(String::as_str)
    }

    fn compatible(&self, i: usize, gender: Option<Gender>) -> bool {
        match (gender, self.genders.get(i).copied().flatten()) {
            (Some(want), Some(known)) => want == known,
            _ => true,
        }
    }

    /// Canonical names mentioned inside `range`, in order, without repeats.
    pub fn within(&self, range: Range<usize>) -> Vec<String> {
        // Mentions are sorted by offset: jump to the range instead of scanning them all.
        let from = self.mentions.partition_point(|(pos, _)| *pos < range.start);
        let mut seen = HashSet::default();
        let mut out: Vec<String> = Vec::new();
        for (_, i) in self.mentions[from..].iter().take_while(|(pos, _)| *pos < range.end) {
            if seen.insert(*i) {
                out.push(self.names[*i].clone());
            }
        }
        out
    }
}

/// True when the name at byte `pos` is a passive's agent: "by" a few words before it,
/// after a past participle ("dispatched by fellow American Robby Ginepri").
fn passive_agent(body: &str, pos: usize) -> bool {
    let words: Vec<&str> = body[..pos]
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .skip_while(|w| w.starts_with(char::is_uppercase))
        .take(6)
        .collect();
    let by = words.iter().take(2).position(|w| *w == "by");
    by.is_some_and(|b| {
        words[..b].iter().all(|w| w.chars().all(char::is_alphabetic))
            && words[b + 1..].iter().take(3).any(|w| w.ends_with("ed") || *w == "beaten" || *w == "taken")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::find_persons;
    use crate::lexicon::lexicon;

    const TEXT: &str = "Sir Digby Jones met Mary Green and Al Green. Green said no. Mrs. Jane Green said she \
                        agreed. Digby said he would wait, and Green said she would too. Al Green said he would \
                        not. Tory leader Michael Howard spoke; Tory leader Michael Howard left. Green smiled.";

    /// [`PersonIndex::resolve`] as first written, scanning the mentions back from the end.
    fn resolve_by_scan<'p>(persons: &'p PersonIndex, mention: &str, at: usize) -> Option<&'p str> {
        let words: Vec<String> = mention.split_whitespace().map(fold).collect();
        let mut fits: Vec<usize> = (0..persons.names.len()).filter(|&i| persons.folded[i].ends_with(&words)).collect();
        if fits.is_empty() && words.len() == 1 {
            fits = (0..persons.names.len())
                .filter(|&i| persons.folded[i].len() > 1 && persons.folded[i][0] == words[0])
                .collect();
        }
        let best = match fits.as_slice() {
            [] => return None,
            [one] => *one,
            _ => persons
                .mentions
                .iter()
                .rev()
                .find(|(pos, i)| *pos < at && fits.contains(i))
                .filter(|(pos, _)| at - pos <= NEARBY)
                .map_or(fits[0], |m| m.1),
        };
        Some(persons.names[best].as_str())
    }

    #[test]
    fn look_ups_agree_with_scans_of_all_mentions() {
        let mut persons = find_persons(&crate::extract::tokens::Tokens::new(TEXT), lexicon());
        persons.learn_genders(&[(0, Gender::Male)]);
        assert!(persons.names.len() >= 4, "{:?}", persons.names);
        for at in 0..=TEXT.len() {
            for gender in [None, Some(Gender::Female), Some(Gender::Male)] {
                let before = persons.mentions.partition_point(|(pos, _)| *pos < at);
                let scanned = persons.mentions[..before].iter().rev().find(|(_, i)| persons.compatible(*i, gender));
                assert_eq!(persons.last_before(at, gender), scanned.map(|m| persons.names[m.1].as_str()), "at {at}");
            }
            for mention in ["Green", "Al Green", "Digby", "Jones", "Howard", "Nobody"] {
                assert_eq!(persons.resolve(mention, at), resolve_by_scan(&persons, mention, at), "{mention} at {at}");
            }
        }
        assert_eq!(persons.described("leader", &["Tory"]), Some("Michael Howard"));
        assert!(persons.contains("Michael Howard") && !persons.contains("Howard"));
    }

    /// Every word one letter added, left out, changed or swapped with the next from a
    /// person's surname (or the surname itself).
    fn one_letter_edits(word: &str) -> Vec<String> {
        let w: Vec<char> = word.chars().collect();
        let mut out = vec![word.to_owned()];
        for i in 0..=w.len() {
            for c in ['a', 'x', 'é'] {
                let mut v = w.clone();
                v.insert(i, c);
                out.push(v.iter().collect());
                if i < w.len() {
                    v.remove(i + 1);
                    out.push(v.iter().collect());
                }
            }
            if i < w.len() {
                out.push(w[..i].iter().chain(&w[i + 1..]).collect());
            }
            if i + 1 < w.len() {
                let mut v = w.clone();
                v.swap(i, i + 1);
                out.push(v.iter().collect());
            }
        }
        out
    }

    #[test]
    fn the_one_letter_look_up_finds_every_surname_one_letter_apart() {
        let text = "Michael Luckey met Ann Schlesinger, Tom Lee, Jo Brandt, Kim Brant and Zoë Müller.";
        let persons = find_persons(&crate::extract::tokens::Tokens::new(text), lexicon());
        assert!(persons.names.len() >= 5, "{:?}", persons.names);
        for (i, name) in persons.names.iter().enumerate() {
            let surname = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
            for word in one_letter_edits(&surname) {
                assert!(persons.one_letter_from(&word).contains(&i), "{word} for {name}");
            }
        }
        assert!(persons.one_letter_from("smith").is_empty());
    }
}
