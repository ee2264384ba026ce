//! The small classes of function words the attribution rules test (pronouns, determiners,
//! passive auxiliaries, addressed verbs, clause conjunctions, introductory words...), read
//! once from `word_classes.txt`, one copy of each.
//!
//! A rule names a class through a [`Words`] handle (`static PRONOUNS: Words =
//! Words(Class::Pronouns)`), which reads as the slice of its words: `PRONOUNS.contains(&w)`.
//! The classes are short, so a scan is as fast as a hash lookup.

use std::sync::LazyLock;

const WORD_CLASSES: &str = include_str!("word_classes.txt");

/// A class of words of `word_classes.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Pronouns,
    Determiners,
    Auxiliaries,
    PhraseStops,
    ClauseVerbs,
    TimeWords,
    TimeNouns,
    Prepositions,
    CompanySuffixes,
    ObjectVerbs,
    IntroWords,
    TimeQuantities,
    IrregularPast,
    AdjectiveEndings,
    Quantifiers,
    Modals,
    VerbOnlyCues,
    PhrasalCues,
    PassiveAuxiliaries,
    AddressedVerbs,
    UrgingVerbs,
    ContrastConjunctions,
    ClauseConjunctions,
}

impl Class {
    /// Every class, in the order of the enum.
    pub const ALL: [Class; 23] = [
        Class::Pronouns,
        Class::Determiners,
        Class::Auxiliaries,
        Class::PhraseStops,
        Class::ClauseVerbs,
        Class::TimeWords,
        Class::TimeNouns,
        Class::Prepositions,
        Class::CompanySuffixes,
        Class::ObjectVerbs,
        Class::IntroWords,
        Class::TimeQuantities,
        Class::IrregularPast,
        Class::AdjectiveEndings,
        Class::Quantifiers,
        Class::Modals,
        Class::VerbOnlyCues,
        Class::PhrasalCues,
        Class::PassiveAuxiliaries,
        Class::AddressedVerbs,
        Class::UrgingVerbs,
        Class::ContrastConjunctions,
        Class::ClauseConjunctions,
    ];

    /// The class's section name in `word_classes.txt`.
    pub fn section(self) -> &'static str {
        match self {
            Class::Pronouns => "pronouns",
            Class::Determiners => "determiners",
            Class::Auxiliaries => "auxiliaries",
            Class::PhraseStops => "phrase_stops",
            Class::ClauseVerbs => "clause_verbs",
            Class::TimeWords => "time_words",
            Class::TimeNouns => "time_nouns",
            Class::Prepositions => "prepositions",
            Class::CompanySuffixes => "company_suffixes",
            Class::ObjectVerbs => "object_verbs",
            Class::IntroWords => "intro_words",
            Class::TimeQuantities => "time_quantities",
            Class::IrregularPast => "irregular_past",
            Class::AdjectiveEndings => "adjective_endings",
            Class::Quantifiers => "quantifiers",
            Class::Modals => "modals",
            Class::VerbOnlyCues => "verb_only_cues",
            Class::PhrasalCues => "phrasal_cues",
            Class::PassiveAuxiliaries => "passive_auxiliaries",
            Class::AddressedVerbs => "addressed_verbs",
            Class::UrgingVerbs => "urging_verbs",
            Class::ContrastConjunctions => "contrast_conjunctions",
            Class::ClauseConjunctions => "clause_conjunctions",
        }
    }
}

/// The words of each class, indexed by `Class as usize`.
static CLASSES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let sections = sections(WORD_CLASSES);
    Class::ALL
        .iter()
        .map(|c| sections.iter().find(|(name, _)| *name == c.section()).map(|(_, w)| w.clone()).unwrap_or_default())
        .collect()
});

/// The `[name]` sections of the file with their words, in file order.
fn sections(file: &'static str) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for line in file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => out.push((name, Vec::new())),
            None => {
                if let Some((_, words)) = out.last_mut() {
                    words.push(line);
                }
            }
        }
    }
    out
}

/// The words of `class`.
pub fn words(class: Class) -> &'static [&'static str] {
    &CLASSES[class as usize]
}

/// A handle on one class that reads as the slice of its words.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub Class);

impl std::ops::Deref for Words {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        words(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_its_section_and_every_section_a_class() {
        let sections = sections(WORD_CLASSES);
        for class in Class::ALL {
            assert!(!words(class).is_empty(), "no words for {class:?} ([{}])", class.section());
            assert_eq!(Class::ALL[class as usize], class, "Class::ALL out of order at {class:?}");
        }
        for (name, _) in &sections {
            assert!(Class::ALL.iter().any(|c| c.section() == *name), "[{name}] is no class");
        }
        assert_eq!(sections.len(), Class::ALL.len(), "a section appears twice");
    }

    #[test]
    fn classes_read_as_their_words() {
        static PASSIVE: Words = Words(Class::PassiveAuxiliaries);
        assert!(PASSIVE.contains(&"were") && !PASSIVE.contains(&"said"));
        assert!(words(Class::PhrasalCues).contains(&"weighed in"));
    }
}
