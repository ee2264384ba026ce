//! A person's other names: a stage name and the real name an alias marker joins to it
//! ("Snoop Dogg - real name Calvin Broadus", "The Game, whose real name is Jayceon Taylor"),
//! one person named once.

use super::{Candidate, Token, name_words, names_a_place_or_body, unknown_name};
use crate::lexicon::{Lexicon, word_classes};
use foldhash::HashMap;
use std::ops::Range;

/// The runs that give another name of the person found in the run just before them: "Norman
/// Cook - aka Fatboy Slim -", "Snoop Dogg - real name Calvin Broadus" (`[alias_markers]`
/// between them, perhaps with a dash, a comma or a bracket); the person is named once.
pub(super) fn aliases<'r>(
    toks: &[Token<'_>],
    runs: &'r [Range<usize>],
    found: &[Option<Candidate<'_>>],
) -> impl Iterator<Item = &'r Range<usize>> {
    runs.windows(2)
        .zip(found)
        .filter(move |(pair, person)| person.is_some() && alias_marked(toks, &pair[0], &pair[1]))
        .map(|(pair, _)| &pair[1])
}

/// The most tokens between a name and its alias ("Snoop Dogg - real name Calvin Broadus",
/// "The Game, whose real name is Jayceon Taylor").
const ALIAS_GAP: usize = 6;

/// True when `[alias_markers]`, perhaps with a dash, a comma or a bracket, stand between the
/// runs `name` and `alias`: "Norman Cook - aka Fatboy Slim", "The Game, whose real name is
/// Jayceon Taylor".
fn alias_marked(toks: &[Token<'_>], name: &Range<usize>, alias: &Range<usize>) -> bool {
    let gap = toks.get(name.end..alias.start).unwrap_or_default();
    if gap.len() > ALIAS_GAP {
        return false;
    }
    let words: Vec<String> = gap.iter().filter(|t| t.word).map(|t| t.text.to_lowercase()).collect();
    !words.is_empty() && word_classes::ALIAS_MARKERS.contains(&words.join(" ").as_str())
}

/// Takes the run before a real name that an alias marker introduces for the stage name of
/// that person, though no cue or list vouches for it: "his protege The Game … The Game,
/// whose real name is Jayceon Taylor, told" names the rapper The Game, and "Chart-topper
/// 50 Cent, real name Curtis Jackson," 50 Cent. The real name is a person's (a person
/// found with a known given name, or two or three words that look like a name the lists
/// do not know, "Jayceon Taylor") and the stage name no organisation's or place's; the role
/// nouns that open its run are no part of it ("Rapper Verbalicious, real name …"). The real
/// name is then an alias ([`aliases`]), so the person is named once. Neither is a place
/// ("San Fierro, aka San Francisco"), and the real name's surname is written only there
/// (`counts`, the article's capitalised words): "says JK, also known as Jason King … King
/// says" knows him by his real name.
pub(super) fn stage_names_before_aliases<'a>(
    toks: &[Token<'a>],
    runs: &[Range<usize>],
    counts: &HashMap<&str, usize>,
    found: &mut [Option<Candidate<'a>>],
    lex: &Lexicon,
) {
    for k in 1..runs.len() {
        // The marker between the two runs first: it is rare, and the rest costs look-ups.
        if found[k - 1].is_some() || !alias_marked(toks, &runs[k - 1], &runs[k]) {
            continue;
        }
        let real_words = name_words(&toks[runs[k].clone()]);
        let real = match found[k].as_ref() {
            Some(c) => c.words.len() > 1 && lex.is_given_name(c.words[0]),
            None => match real_words[..] {
                [first, .., last] if real_words.len() <= 3 => unknown_name(first, last, lex),
                _ => false,
            },
        } && !names_a_place_or_body(&real_words.join(" "), lex);
        // "says JK, also known as Jason King … King says": a real name the article goes on
        // using is the name it knows the person by.
        let used = real_words.last().is_some_and(|w| counts.get(w).is_some_and(|&n| n > 1));
        if !real || used {
            continue;
        }
        // "The Game": a capitalised article right before the run is the stage name's.
        let from = runs[k - 1].start;
        let from = if from > 0 && toks[from - 1].text == "The" { from - 1 } else { from };
        let run = &toks[from..runs[k - 1].end];
        let words = name_words(run);
        let role = |w: &str| {
            let l = w.to_lowercase();
            lex.is_role_noun(&l) || word_classes::ONE_NAME_ROLES.contains(&l.as_str())
        };
        let start = words.iter().take_while(|w| role(w) || modifier_word(w)).count();
        let name = &words[start..];
        if !name.is_empty() && name.len() <= STAGE_NAME_WORDS && !names_a_place_or_body(&name.join(" "), lex) {
            found[k - 1] =
                Some(Candidate { weak: false, sure: true, ..Candidate::listed(run[start].start, name.to_vec()) });
        }
    }
}

/// The most words of a stage name ("Notorious B.I.G.", "Andre 3000", "Snoop Doggy Dogg").
const STAGE_NAME_WORDS: usize = 3;

/// True for a capitalised compound whose later part is lower case ("Chart-topper",
/// "Award-winning"): it describes the person named after it.
fn modifier_word(word: &str) -> bool {
    word.split_once('-').is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase))
}
