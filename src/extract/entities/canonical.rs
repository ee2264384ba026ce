//! One canonical name per person: each candidate is tied to the longest name it may be
//! short for ("Petro" of "Gustavo Petro", "Lord Butler" of "Robin Butler", "Jim Ammeen" of
//! "James Ammeen"), and the [`PersonIndex`] of the article is built from the names tied.

use super::{Candidate, PersonIndex, Token};
use crate::extract::persons::LISTED_NAME_WORDS;
use crate::lexicon::{Lexicon, word_classes};
use crate::normalize::{OneLetter, fold, one_letter_edit};
use foldhash::HashMap;

/// Ties each candidate to the longest name that ends with its words, then records every
/// later surname-only mention of a known person.
pub(super) fn canonicalize(toks: &[Token<'_>], candidates: Vec<Candidate<'_>>, lex: &Lexicon) -> PersonIndex {
    let folded: Vec<Vec<String>> = candidates.iter().map(|c| c.words.iter().map(|x| fold(x)).collect()).collect();
    let ties = tie_names(&folded, lex);
    let mut index = PersonIndex::default();
    // The candidate a name is tied to is always the first of its name, so it keys the person.
    let mut person_of: HashMap<usize, usize> = HashMap::default();
    for (candidate, &longest) in candidates.iter().zip(&ties) {
        let idx = *person_of.entry(longest).or_insert_with(|| {
            let words = &candidates[longest].words;
            index.names.push(words.join(" "));
            index.folded.push(folded[longest].clone());
            // A given name suggests a gender only for a full name ("Nancy Pelosi").
            index.genders.push(words.first().filter(|_| words.len() > 1).and_then(|w| lex.gender_of(w)));
            index.titled.push(false);
            index.names.len() - 1
        });
        if let Some(g) = candidate.titled_gender {
            index.genders[idx] = Some(g);
            index.titled[idx] = true;
        }
        index.mentions.push((candidate.pos, idx));
        for role in &candidate.roles {
            index.add_role(role, idx);
        }
    }
    // Surname-only mentions ("Petro wrote") of people named in full somewhere.
    for (i, words) in index.folded.iter().enumerate() {
        if let Some(last) = words.last() {
            index.by_last.entry(last.clone()).or_default().push(i);
        }
    }
    let owners_of = &index.by_last;
    let mut shared = Vec::new();
    for t in toks.iter().filter(|t| t.is_capitalized()) {
        let w = fold(t.base());
        match owners_of.get(&w).map_or(&[][..], Vec::as_slice) {
            [] => {}
            [one] => index.mentions.push((t.start, *one)),
            _ => shared.push(t),
        }
    }
    index.mentions.sort_unstable();
    index.mentions.dedup_by_key(|(p, _)| *p);
    index.finish();
    // A surname two people share is the one [`PersonIndex::resolve`] reads it as, so that a
    // pronoun after "Clinton said" still finds her.
    if !shared.is_empty() {
        let mentioned = |at: usize| index.mentions.binary_search_by_key(&at, |(p, _)| *p).is_ok();
        let resolved: Vec<(usize, usize)> = shared
            .iter()
            .filter(|t| !mentioned(t.start))
            .filter_map(|t| {
                index.resolve(t.base(), t.start).and_then(|name| index.by_name.get(name)).map(|&i| (t.start, i))
            })
            .collect();
        index.mentions.extend(resolved);
        index.mentions.sort_unstable();
        index.finish();
    }
    index
}

/// For each candidate name (folded words), the candidate whose name it is tied to: the
/// longest name that ends with its words or leaves out middle names, the earliest when
/// several are as long; a lone given name ("Sir Digby" after "Sir Digby Jones") ties to the
/// one longer name that starts with it. The answer depends only on the words, so it is
/// worked out once per distinct name, over distinct names: an article that names "Al Green"
/// 150,000 times costs one look-up per mention, not a scan of all the others. Each distinct
/// name is compared only with the names that may be long forms of it ([`long_forms`]), not
/// with every name of its surname: thousands of distinct "A. X Jr." made that quadratic.
fn tie_names(folded: &[Vec<String>], lex: &Lexicon) -> Vec<usize> {
    // The first candidate of each distinct name, listed by last and first word: only names
    // sharing a last word can be short forms of each other, only those sharing a first
    // word can be a lone given name's full name.
    let mut first_of: HashMap<&[String], usize> = HashMap::default();
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for (o, words) in folded.iter().enumerate() {
        if let (Some(first), Some(last)) = (words.first(), words.last())
            && let std::collections::hash_map::Entry::Vacant(slot) = first_of.entry(words)
        {
            slot.insert(o);
            by_last.entry(last.as_str()).or_default().push(o);
            by_first.entry(first.as_str()).or_default().push(o);
        }
    }
    let long_forms = long_forms(folded, first_of.values().copied());
    let mut longest_of: HashMap<&[String], usize> = HashMap::default();
    let mut ties = Vec::with_capacity(folded.len());
    for (k, words) in folded.iter().enumerate() {
        let longest = *longest_of.entry(words).or_insert_with(|| {
            let key: Vec<&str> = words.iter().map(String::as_str).collect();
            let forms = long_forms.get(&key).map_or(&[][..], Vec::as_slice);
            // "Lord Butler" of "Robin Butler": any name of the surname (a few peerage titles
            // at most per surname ask this).
            let peer = words.len() == 2 && peerage_title(&words[0]);
            let same_last = words.last().and_then(|w| by_last.get(w.as_str())).filter(|_| peer);
            let longest = forms
                .iter()
                .chain(same_last.into_iter().flatten())
                .chain(first_of.get(words.as_slice()))
                .copied()
                .filter(|&o| folded[o].len() >= words.len() && same_person(&folded[o], words, lex))
                .chain(
                    spellings_of(words, &by_last).iter().copied().filter(|&o| spelling_variant(&folded[o], words, lex)),
                )
                .max_by_key(|&o| tie_rank(&folded[o], o))
                .unwrap_or(k);
            // "Sir Digby" after "Sir Digby Jones": a lone given name joins the one full name
            // that starts with it.
            if longest != k || words.len() != 1 {
                return longest;
            }
            let same_first = by_first.get(words[0].as_str()).map_or(&[][..], Vec::as_slice);
            let mut starts = same_first.iter().copied().filter(|&o| folded[o].len() > 1);
            match (starts.next(), starts.next()) {
                (Some(one), None) => one,
                _ => k,
            }
        });
        ties.push(longest);
    }
    to_fuller_names(folded, &by_last, lex, &mut ties);
    ties
}

/// Ties a person named by a familiar given name ("Dave Collins") to the formal form of the
/// name ("David Collins"), or by a given name spelt short ("Hilary Clinton") to the longer
/// spelling ("Hillary Clinton"), instead, when the text writes that too (`by_last`: the
/// distinct names by surname, when few) and it is tied to the same person: the fuller name
/// is the canonical one.
fn to_fuller_names(folded: &[Vec<String>], by_last: &HashMap<&str, Vec<usize>>, lex: &Lexicon, ties: &mut [usize]) {
    let tied = ties.to_vec();
    let mut fuller_of: HashMap<usize, usize> = HashMap::default();
    for tie in ties.iter_mut() {
        let c = *tie;
        *tie = *fuller_of.entry(c).or_insert_with(|| {
            let words = &folded[c];
            let fuller = |o: usize| {
                if o == c || tied[o] != c {
                    return false;
                }
                let (short, long) = (words[0].as_str(), folded[o][0].as_str());
                let formal = || {
                    folded[o].len() == words.len()
                        && folded[o][1..] == words[1..]
                        && word_classes::FAMILIAR_GIVEN_NAMES.iter().any(|p| p.split_once(' ') == Some((short, long)))
                };
                let longer =
                    || long.chars().count() > short.chars().count() && spelling_variant(&folded[o], words, lex);
                formal() || longer()
            };
            spellings_of(words, by_last).iter().copied().filter(|&o| fuller(o)).min().unwrap_or(c)
        });
    }
}

/// How many distinct names of one surname are compared for a given name spelt another way
/// ([`spelling_variant`]): beyond that, none are, and the work stays bounded.
const SPELLINGS_COMPARED: usize = 8;

/// The distinct names (`by_last`) of the surname of `words` that may spell its given name
/// another way, when the surname has few.
fn spellings_of<'b>(words: &[String], by_last: &'b HashMap<&str, Vec<usize>>) -> &'b [usize] {
    let same_last = words.last().filter(|_| words.len() >= 2).and_then(|w| by_last.get(w.as_str()));
    same_last.filter(|o| o.len() <= SPELLINGS_COMPARED).map_or(&[][..], Vec::as_slice)
}

/// True when the names `a` and `b`, alike but for their given names, spell one given name
/// two ways, a letter apart ("Viktor Makarov" and "Victor Makarov"; "Allan"/"Allen"): given
/// names of five letters or more with the same first letter ("Donald"/"Ronald" are two), of
/// no two genders ("Maria"/"Mario"); when both are known given names, only a doubled letter
/// ("Hilary"/"Hillary") or a c for a k ("Viktor"/"Victor") spells one ("Karen"/"Karin",
/// "Marie"/"Maria" are two people).
fn spelling_variant(a: &[String], b: &[String], lex: &Lexicon) -> bool {
    let (Some(x), Some(y)) = (a.first(), b.first()) else { return false };
    let alike = a.len() == b.len()
        && a.len() >= 2
        && a[1..] == b[1..]
        && x != y
        && x.chars().next() == y.chars().next()
        && x.chars().count().min(y.chars().count()) >= 5;
    let edit = one_letter_edit(x, y).filter(|e| *e != OneLetter::Swapped);
    let Some(edit) = edit.filter(|_| alike) else { return false };
    let other_sex = lex.gender_of(x).zip(lex.gender_of(y)).is_some_and(|(g, h)| g != h);
    let both_known = || lex.is_given_name(x) && lex.is_given_name(y);
    let doubled_or_c_for_k = || {
        matches!(edit, OneLetter::Added { doubled: true } | OneLetter::Changed('c', 'k') | OneLetter::Changed('k', 'c'))
    };
    !other_sex && (!both_known() || doubled_or_c_for_k())
}

/// The most words of a name whose shorter forms [`long_forms`] lists all of (a name longer
/// still is a long form of its last words only): its forms without middle names number
/// `2^(TIE_WORDS - 2)`.
const TIE_WORDS: usize = LISTED_NAME_WORDS;

/// The short forms each distinct name (`firsts`, indexes into `folded`) may be the long
/// form of, keyed by their words -> those names: its last words ("petro" of "gustavo
/// petro"), itself without middle names or initials ("loretta lynch" of "loretta e lynch"),
/// an initial for its given name ("a rougerie"), its given name's familiar or formal form
/// ("jim ammeen" of "james ammeen"). [`same_person`] still decides; this only finds the names
/// worth asking it about, in work bounded by each name's length.
fn long_forms(folded: &[Vec<String>], firsts: impl Iterator<Item = usize>) -> HashMap<Vec<&str>, Vec<usize>> {
    let mut forms: HashMap<Vec<&str>, Vec<usize>> = HashMap::default();
    for o in firsts {
        let words: Vec<&str> = folded[o].iter().map(String::as_str).collect();
        let k = words.len();
        for start in k.saturating_sub(TIE_WORDS)..k {
            forms.entry(words[start..].to_vec()).or_default().push(o);
        }
        if (3..=TIE_WORDS).contains(&k) {
            // Every choice of middle words kept, as a bit set over them.
            for kept in 0..(1usize << (k - 2)) - 1 {
                let middle = (1..k - 1).filter(|i| kept & (1 << (i - 1)) != 0).map(|i| words[i]);
                let short: Vec<&str> = std::iter::once(words[0]).chain(middle).chain(words.last().copied()).collect();
                forms.entry(short).or_default().push(o);
            }
        }
        if k >= 2 {
            if k == 2 && words[0].chars().count() > 1 {
                let initial = words[0].chars().next().map_or("", |c| &words[0][..c.len_utf8()]);
                forms.entry(vec![initial, words[1]]).or_default().push(o);
            }
            for pair in word_classes::FAMILIAR_GIVEN_NAMES {
                let Some((familiar, formal)) = pair.split_once(' ') else { continue };
                let other = if words[0] == familiar {
                    formal
                } else if words[0] == formal {
                    familiar
                } else {
                    continue;
                };
                let short: Vec<&str> = std::iter::once(other).chain(words[1..].iter().copied()).collect();
                forms.entry(short).or_default().push(o);
            }
        }
    }
    forms
}

/// How a name tied to is chosen among those a name may be short for: the longest, then
/// one with its given name written out ("Aurelien Rougerie" over "A Rougerie", "Robin
/// Butler" over "Lord Butler"), then the earliest ([`to_fuller_names`] then prefers "David
/// Collins" to "Dave Collins").
fn tie_rank(words: &[String], at: usize) -> (usize, bool, std::cmp::Reverse<usize>) {
    let given = words.first().is_some_and(|w| w.chars().count() > 1 && !peerage_title(w));
    (words.len(), given, std::cmp::Reverse(at))
}

/// True for a peer's title, in any case ("Lord", "lord").
pub(super) fn peerage_title(word: &str) -> bool {
    word_classes::PEERAGE_TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// True when the name `short` refers to the same person as `long`: its last words
/// ("Petro" of "Gustavo Petro"), or its words with middle names or initials left out
/// ("Loretta Lynch" of "Loretta E. Lynch", "Donald Trump" of "Donald J. Trump").
fn same_person(long: &[String], short: &[String], lex: &Lexicon) -> bool {
    if long.ends_with(short) {
        return true;
    }
    let (Some(first), Some(last)) = (short.first(), short.last()) else { return false };
    // "A Rougerie" of "Aurelien Rougerie": an initial for the given name.
    let initial_of = |w: &str, given: &str| w.chars().count() == 1 && given.chars().count() > 1 && given.starts_with(w);
    if short.len() == 2 && long.len() == 2 && long.last() == Some(last) && initial_of(first, &long[0]) {
        return true;
    }
    // "Jim Ammeen" of "James Ammeen", and the other way: a given name's familiar form
    // (`[familiar_given_names]`), the names otherwise alike.
    if short.len() == long.len() && short.len() >= 2 && short[1..] == long[1..] && familiar_forms(first, &long[0]) {
        return true;
    }
    // "Lord Butler" of "Robin Butler", "Lady Boothroyd" of "Baroness Boothroyd": a peer's
    // title and surname, of a name with that surname, not one with a title of the other sex
    // ("Lady Archer, wife of Lord Archer").
    let other_sex = || lex.gender_of(first).zip(lex.gender_of(&long[0])).is_some_and(|(a, b)| a != b);
    if short.len() == 2 && long.len() >= 2 && long.last() == Some(last) && peerage_title(first) && !other_sex() {
        return true;
    }
    let mut rest = long.iter();
    short.len() >= 2
        && long.first() == Some(first)
        && long.last() == Some(last)
        && short.iter().all(|w| rest.any(|l| l == w))
}

/// True when the folded given names `a` and `b` are one name, familiar and formal, either
/// way round ("jim" and "james", "bill" and "william").
fn familiar_forms(a: &str, b: &str) -> bool {
    a != b
        && word_classes::FAMILIAR_GIVEN_NAMES.iter().any(|pair| {
            pair.split_once(' ')
                .is_some_and(|(familiar, formal)| (a, b) == (familiar, formal) || (b, a) == (familiar, formal))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use foldhash::HashSet;

    /// True when `short` names the person `long` names: a short form of it ([`same_person`]) or
    /// its given name spelt another way ([`spelling_variant`]).
    fn tied(long: &[String], short: &[String], lex: &Lexicon) -> bool {
        same_person(long, short, lex) || spelling_variant(long, short, lex)
    }

    /// [`tie_names`] as first written: every candidate compared with every other.
    fn ties_by_scan(folded: &[Vec<String>]) -> Vec<usize> {
        let mut first_of: HashMap<&[String], usize> = HashMap::default();
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
        for (o, words) in folded.iter().enumerate() {
            if !first_of.contains_key(words.as_slice()) {
                first_of.insert(words, o);
                by_last.entry(words[words.len() - 1].as_str()).or_default().push(o);
            }
        }
        let mut ties = scanned_ties(folded);
        to_fuller_names(folded, &by_last, crate::lexicon::lexicon(), &mut ties);
        ties
    }

    /// Each candidate's tie, comparing it with every other, before formal names.
    fn scanned_ties(folded: &[Vec<String>]) -> Vec<usize> {
        (0..folded.len())
            .map(|k| {
                let longest = (0..folded.len())
                    .filter(|&o| folded[o].last() == folded[k].last())
                    .filter(|&o| {
                        folded[o].len() >= folded[k].len() && tied(&folded[o], &folded[k], crate::lexicon::lexicon())
                    })
                    .max_by_key(|&o| tie_rank(&folded[o], o))
                    .unwrap_or(k);
                // Every mention of a lone given name, not only its first.
                if folded[longest] != folded[k] || folded[k].len() != 1 {
                    return longest;
                }
                let starts: Vec<usize> =
                    (0..folded.len()).filter(|&o| folded[o].len() > 1 && folded[o][0] == folded[k][0]).collect();
                let distinct: HashSet<&Vec<String>> = starts.iter().map(|&o| &folded[o]).collect();
                match (starts.first(), distinct.len()) {
                    (Some(&one), 1) => one,
                    _ => k,
                }
            })
            .collect()
    }

    #[test]
    fn names_are_tied_as_by_comparing_every_pair() {
        let names = [
            "digby",
            "digby jones",
            "green",
            "al green",
            "digby",
            "mary green",
            "al green",
            "loretta lynch",
            "lord butler",
            "loretta e lynch",
            "robin butler",
            "lady butler",
            "lynch",
            "al",
            "digby jones",
            "mary",
            "mary ann green",
            "green",
            "al",
            "a rougerie",
            "aurelien rougerie",
            "jim ammeen",
            "james ammeen",
            "james r ammeen",
            "baroness boothroyd",
            "betty boothroyd",
            "mary a b ann green",
            "a lokaka jr",
            "a rikaka jr",
            "jr",
            "j r lokaka",
            "jan a b c d e f lokaka",
            "jan c f lokaka",
            "jan h lokaka",
            "jan lokaka",
            "dave collins",
            "collins",
            "david collins",
            "viktor makarov",
            "victor makarov",
            "maria lopez",
            "mario lopez",
            "hilary clinton",
            "hillary clinton",
            "steve gerrard",
            "steven gerrard",
        ];
        let folded: Vec<Vec<String>> = names.iter().map(|n| n.split(' ').map(str::to_owned).collect()).collect();
        assert_eq!(tie_names(&folded, crate::lexicon::lexicon()), ties_by_scan(&folded));
    }

    #[test]
    fn a_name_over_the_listed_words_is_a_long_form_of_its_last_words_only() {
        let names = ["jan a b c d e f g h lokaka", "jan lokaka", "c d e f g h lokaka", "lokaka"];
        let folded: Vec<Vec<String>> = names.iter().map(|n| n.split(' ').map(str::to_owned).collect()).collect();
        assert!(folded[0].len() > TIE_WORDS);
        assert_eq!(tie_names(&folded, crate::lexicon::lexicon()), [0, 1, 0, 0]);
    }
}
