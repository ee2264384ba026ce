//! One identity per person: the spellings of one surname in an archive ("Tony Blair",
//! "Blair", "Ian Blair") grouped into the people they name, and a reader's name matched to
//! those people.
//!
//! The rules, applied to the canonical speaker names of one surname:
//!
//! - spellings with the same given names are one person;
//! - a spelling with fewer given names or initials ("George Bush", "G. Bush") joins the one
//!   person it is compatible with, and stays apart when it fits two ("George W. Bush" and
//!   "George H. W. Bush": initials that differ never join);
//! - a bare surname ("Blair") joins the person who holds at least [`DOMINANT_SHARE`] of the
//!   quotes of that surname's full names (so Tony Blair with 205 of 210, not Ian Blair with
//!   5); when no one does ("Bush" between two Bushes of 50 and 40) it stays apart.
//!
//! Every rule reads counts of spellings only, which an index gives from its term
//! dictionaries: identities are worked out when a search asks, from what is committed then,
//! so a later article that changes what "Blair" means changes the answer at once.

use super::WrittenName;
use crate::lexicon::lexicon;

/// Share of a surname's full-name quotes one person must hold for a bare surname to be his.
pub const DOMINANT_SHARE: f64 = 0.9;

/// One canonical speaker name and how many documents carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    /// The canonical name as indexed.
    pub value: String,
    /// Documents that carry it.
    pub count: u64,
}

/// A person: the spellings that name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The name shown: the most quoted of its fullest spellings.
    pub name: String,
    /// Every spelling, most counted first.
    pub spellings: Vec<Spelling>,
    /// Documents of all spellings.
    pub count: u64,
    /// Its given names and initials (folded), from the fullest spelling.
    given: Vec<String>,
}

/// Groups the spellings of one surname into identities, most counted first.
pub fn identities(spellings: &[Spelling]) -> Vec<Identity> {
    let mut read: Vec<(WrittenName, &Spelling)> =
        spellings.iter().map(|s| (super::read_name(&s.value), s)).filter(|(n, _)| !n.name.is_empty()).collect();
    // Fullest first, then most counted: shorter spellings join what is already there.
    read.sort_by(|(a, x), (b, y)| b.name.len().cmp(&a.name.len()).then(y.count.cmp(&x.count)));
    let mut people: Vec<Identity> = Vec::new();
    let mut bare: Vec<&Spelling> = Vec::new();
    for (name, spelling) in read {
        let given = name.given();
        if given.is_empty() {
            bare.push(spelling);
            continue;
        }
        let fits: Vec<usize> = (0..people.len()).filter(|&i| same_person(given, &people[i].given)).collect();
        match fits.as_slice() {
            [one] => people[*one].spellings.push(spelling.clone()),
            _ => people.push(Identity {
                name: spelling.value.clone(),
                spellings: vec![spelling.clone()],
                count: 0,
                given: given.to_vec(),
            }),
        }
    }
    for p in &mut people {
        p.count = p.spellings.iter().map(|s| s.count).sum();
    }
    let full: u64 = people.iter().map(|p| p.count).sum();
    for spelling in bare {
        let dominant = people.iter_mut().find(|p| full > 0 && p.count as f64 >= DOMINANT_SHARE * full as f64);
        match dominant {
            Some(p) => p.spellings.push(spelling.clone()),
            None => people.push(Identity {
                name: spelling.value.clone(),
                spellings: vec![spelling.clone()],
                count: 0,
                given: Vec::new(),
            }),
        }
    }
    for p in &mut people {
        p.count = p.spellings.iter().map(|s| s.count).sum();
        p.spellings.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
    }
    people.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    people
}

/// True when two lists of given names (folded; initials as single letters) may name one
/// person: the first names agree (or one is the other's initial), and the middle initials
/// agree when both have some.
fn same_person(a: &[String], b: &[String]) -> bool {
    let (Some(fa), Some(fb)) = (a.first(), b.first()) else { return false };
    let initial = |w: &String| w.chars().next();
    let first_ok = fa == fb || ((fa.chars().count() == 1 || fb.chars().count() == 1) && initial(fa) == initial(fb));
    let middles = |g: &[String]| g[1..].iter().filter_map(initial).collect::<Vec<char>>();
    let (ma, mb) = (middles(a), middles(b));
    first_ok && (ma.is_empty() || mb.is_empty() || ma == mb)
}

/// The identities a reader's name designates among `people` (one surname's): those whose
/// given names fit the typed ones, of the honorific's gender. Typed words that are neither
/// given names nor initials nor found in any spelling ("Rival Hillary Clinton", "Tulsa")
/// describe the person and are passed over. A surname with an honorific or title alone
/// designates its dominant person when there is one (see [`DOMINANT_SHARE`]). `one` keeps only the most counted (a quoted
/// name).
pub fn designated<'a>(typed: &WrittenName, people: &'a [Identity], one: bool) -> Vec<&'a Identity> {
    let lex = lexicon();
    let known = |w: &String| {
        w.chars().count() == 1
            || lex.is_given_name(w)
            || people.iter().any(|p| p.spellings.iter().any(|s| super::read_name(&s.value).name.contains(w)))
    };
    let given: Vec<String> = typed.given().iter().filter(|w| known(w)).cloned().collect();
    let fits = |p: &&Identity| {
        let gender_ok = match (typed.gender, p.given.first().and_then(|g| lex.gender_of(g))) {
            (Some(t), Some(g)) => t == g,
            _ => true,
        };
        gender_ok && (given.is_empty() || typed_fits(&given, &p.given))
    };
    let mut found: Vec<&Identity> = people.iter().filter(fits).collect();
    // A spelling vaguer than the typed name ("George Bush" for "George W. Bush") gives way
    // to a person who fits it fully.
    let vaguer = |p: &Identity, found: &[&Identity]| {
        p.given.len() < given.len()
            && found.iter().any(|q| q.given.len() > p.given.len() && same_person(&p.given, &q.given))
    };
    let snapshot = found.clone();
    found.retain(|p| !vaguer(p, &snapshot));
    // A surname with an honorific or title alone means its dominant person when there is
    // one ("Mr Blair": Tony Blair, not Sir Ian), as a bare spelling joins that person; a
    // bare typed surname ("blair") keeps every person of that name.
    let total: u64 = found.iter().map(|p| p.count).sum();
    let addressed = typed.gender.is_some() || !typed.roles.is_empty();
    if given.is_empty()
        && addressed
        && let Some(top) = found.first().filter(|p| p.count as f64 >= DOMINANT_SHARE * total as f64)
    {
        return vec![*top];
    }
    if one { found.into_iter().take(1).collect() } else { found }
}

/// True when typed given names fit a person's: each full typed word is one of theirs, and
/// typed initials, when the person's spelling has middle names, are theirs in order.
fn typed_fits(typed: &[String], theirs: &[String]) -> bool {
    if theirs.is_empty() {
        return true;
    }
    let full_words_ok = typed.iter().filter(|w| w.chars().count() > 1).all(|w| theirs.contains(w));
    let has_initials = typed.iter().any(|w| w.chars().count() == 1);
    let initials = |g: &[String]| g.iter().filter_map(|w| w.chars().next()).collect::<Vec<char>>();
    let initials_ok = !has_initials || theirs.len() < 2 || initials(typed) == initials(theirs);
    let first_initial_ok =
        typed.first().zip(theirs.first()).is_none_or(|(t, p)| t.chars().count() > 1 || p.starts_with(t.as_str()));
    full_words_ok && initials_ok && first_initial_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::read_name;

    fn spell(list: &[(&str, u64)]) -> Vec<Spelling> {
        list.iter().map(|(v, c)| Spelling { value: (*v).to_owned(), count: *c }).collect()
    }

    fn names(people: &[Identity]) -> Vec<Vec<&str>> {
        people.iter().map(|p| p.spellings.iter().map(|s| s.value.as_str()).collect()).collect()
    }

    #[test]
    fn a_dominant_person_takes_the_bare_surname_and_a_namesake_stays_apart() {
        let people = identities(&spell(&[("Tony Blair", 205), ("Ian Blair", 5), ("Blair", 4)]));
        assert_eq!(names(&people), [vec!["Tony Blair", "Blair"], vec!["Ian Blair"]]);
        assert_eq!(people[0].count, 209);
    }

    #[test]
    fn two_bushes_stay_apart_and_so_does_the_ambiguous_spelling() {
        let people =
            identities(&spell(&[("George W. Bush", 50), ("George H. W. Bush", 40), ("George Bush", 7), ("Bush", 9)]));
        assert_eq!(
            names(&people),
            [vec!["George W. Bush"], vec!["George H. W. Bush"], vec!["Bush"], vec!["George Bush"]]
        );
    }

    #[test]
    fn a_name_without_its_middle_initial_joins_the_one_person_it_fits() {
        let people = identities(&spell(&[("Charles B. Rangel", 3), ("Charles Rangel", 6), ("Rangel", 2)]));
        assert_eq!(names(&people), [vec!["Charles Rangel", "Charles B. Rangel", "Rangel"]]);
        assert_eq!(people[0].name, "Charles B. Rangel", "the fullest spelling names the person");
    }

    #[test]
    fn typed_names_designate_the_people_they_fit() {
        let people = identities(&spell(&[("George W. Bush", 50), ("George H. W. Bush", 40), ("Jeb Bush", 10)]));
        let pick = |typed: &str, one: bool| -> Vec<String> {
            designated(&read_name(typed), &people, one).iter().map(|p| p.name.clone()).collect()
        };
        assert_eq!(pick("George W. Bush", false), ["George W. Bush"]);
        assert_eq!(pick("G.W. Bush", false), ["George W. Bush"]);
        assert_eq!(pick("George H.W. Bush", false), ["George H. W. Bush"]);
        assert_eq!(pick("President Bush", false), ["George W. Bush", "George H. W. Bush", "Jeb Bush"]);
        assert_eq!(pick("\"Bush\"", true).len(), 1);
        assert_eq!(pick("Gov. Jeb Bush", false), ["Jeb Bush"]);
        assert!(pick("Laura Bush", false).is_empty(), "a given name that fits no one finds no one");
        assert_eq!(pick("Rival Jeb Bush", false), ["Jeb Bush"], "a describing word is passed over");
    }

    #[test]
    fn an_honorific_keeps_to_its_gender() {
        let people = identities(&spell(&[("Barack Obama", 90), ("Michelle Obama", 20)]));
        let pick = |typed: &str| -> Vec<String> {
            designated(&read_name(typed), &people, false).iter().map(|p| p.name.clone()).collect()
        };
        assert_eq!(pick("Mr. Obama"), ["Barack Obama"]);
        assert_eq!(pick("Mrs Obama"), ["Michelle Obama"]);
        assert_eq!(pick("OBAMA"), ["Barack Obama", "Michelle Obama"]);
    }

    #[test]
    fn a_surname_alone_means_its_dominant_person() {
        let people = identities(&spell(&[("Tony Blair", 205), ("Ian Blair", 5), ("Blair", 4)]));
        let pick = |typed: &str| -> Vec<String> {
            designated(&read_name(typed), &people, false).iter().map(|p| p.name.clone()).collect()
        };
        assert_eq!(pick("Blair"), ["Tony Blair", "Ian Blair"], "a bare surname keeps every Blair");
        assert_eq!(pick("Mr Blair"), ["Tony Blair"]);
        assert_eq!(pick("Sir Ian Blair"), ["Ian Blair"]);
    }
}
