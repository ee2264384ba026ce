//! The capitalised runs of a text, where persons are looked for: capitalised words with the
//! particles a name holds ("Luigi del Neri", "Ali al-Khalifa al-Sabah", "Valery Giscard
//! d'Estaing") and the lower-case words of a title ("Secretary of State Marco Rubio"),
//! without the sentence openers and modifiers before them.

use super::{CONNECTORS, Token};
use crate::lexicon::{Lexicon, word_classes};
use std::ops::Range;

/// True when the surname that is also a pronoun at `at` of `toks` opens a name of two
/// words ending at `end`: "But He Weiling, Washington representative of", "Agriculture
/// Minister He Kang said" (`[surname_pronouns]`), where no title-case headline goes on around
/// it: before it, no capitalised word but a title or a sentence's first ("Trump Says He
/// Never Pledged", "Must Decide If He Wants a"), after it, none ("Claims He Exaggerated His
/// Life Story"), and the word after it is no reflexive, nationality or country ("He Himself
/// said", "He English players").
fn pronoun_opens_name(toks: &[Token<'_>], at: usize, end: usize, lex: &Lexicon) -> bool {
    if !word_classes::SURNAME_PRONOUNS.contains(&toks[at].text) || end != at + 2 {
        return false;
    }
    let next = toks[at + 1].text;
    let lower = next.to_lowercase();
    if lower.ends_with("self") || lower.ends_with("selves") || lex.is_demonym(next) || lex.country_named(next).is_some()
    {
        return false;
    }
    let sentence_first = |p: usize| p == 0 || toks[p - 1].is('.') || toks[p - 1].is('!') || toks[p - 1].is('?');
    let before_ok = at
        .checked_sub(1)
        .is_none_or(|p| !toks[p].is_capitalized() || lex.title_len(&[toks[p].text]) > 0 || sentence_first(p));
    before_ok && toks.get(end).is_none_or(|t| !t.is_capitalized())
}

/// The end of a title that starts inside the run `run` and goes past its end through
/// lower-case words ("Secretary of State", "Speaker of the House"), when a capitalised word
/// follows it.
fn title_through(toks: &[Token<'_>], run: Range<usize>, lex: &Lexicon) -> Option<usize> {
    let lower_next = toks.get(run.end).is_some_and(|t| t.word && word_classes::TITLE_CONNECTORS.contains(&t.text));
    if !lower_next {
        return None;
    }
    // A title holds at most `longest_title` words: one that opens earlier ends inside the run,
    // and the words read stay as few as a title's however long the run (a run of repeated
    // "Secretary of State John" read all its words again at each "of").
    let reach = lex.longest_title().min(8);
    (run.start.max(run.end.saturating_sub(reach))..run.end).find_map(|j| {
        let words: Vec<&str> = toks[j..toks.len().min(j + 8)].iter().map(|t| t.text).collect();
        let end = j + lex.title_len(&words);
        (end > run.end && toks.get(end).is_some_and(Token::is_capitalized)).then_some(end)
    })
}

/// Token ranges of capitalised runs of `text`, connectors allowed inside, sentence openers
/// dropped. A run ends at a blank line: "Cardiff v Colchester", a paragraph, and "Chelsea v
/// Birmingham", the next, make no "Colchester Chelsea".
pub(super) fn capitalized_runs(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    let paragraph_break = |at: usize| text[toks[at - 1].span().end..toks[at].start].matches('\n').nth(1).is_some();
    while i < toks.len() {
        if !toks[i].is_capitalized() && !numbered_stage_name(toks, i, lex) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // Whether the run holds a given name so far, read up to `given.0`: each token once.
        let mut given = (i, false);
        while end < toks.len()
            && !toks[end - 1].is_possessive()
            && !paragraph_break(end)
            && !name_on_next_line(text, toks, i..end, lex)
        {
            let t = &toks[end];
            // "Hillary Clinton Was Headed", "Trump Says": title-case words end the name.
            // ... unless a given name comes first: "Theresa May".
            // Not a headline's verb ("Chris Christie Is Over …", `[name_ending_verbs]`).
            let after_given = lex.is_given_name(toks[end - 1].text)
                && !word_classes::NAME_ENDING_VERBS.contains(&t.text.to_lowercase().as_str());
            // "Grammy Award-winning", "European Union-funded": a compound whose later part
            // is lower case is a modifier after the run, no word of a name.
            if t.is_capitalized()
                && (!compound_modifier(t.text) || initial(&toks[end - 1]))
                && ((!lex.is_not_name(t.text) && !lex.is_speech_verb(t.text)) || after_given)
            {
                end += 1;
            } else if stage_name_number(toks, i..end, lex) {
                // "Andre 3000": a stage name's number after its capitalised words.
                end += 1;
            } else if let Some(n) = connectors_then_name(toks, end) {
                // "Luigi del Neri", "Albert van den Bergh".
                end += n;
            } else if t.word
                && t.text.split_once('-').is_some_and(|(particle, rest)| {
                    CONNECTORS.contains(&particle) && rest.starts_with(char::is_uppercase)
                })
            {
                // "Ali al-Khalifa al-Sabah", "Abdel Fattah el-Sisi".
                end += 1;
            } else if t.word && (elided_particle(t.text) || glued_particle(t.text)) && {
                given = (end, given.1 || toks[given.0..end].iter().any(|t| lex.is_given_name(t.text)));
                given.1
            } {
                // "Valery Giscard d'Estaing", "Leonardo diCaprio": an elided or a lower-case
                // particle glued to the surname of a run that holds a given name (not
                // "Caisse d'Epargne", "Charge d'Affaires", "Moore, Grossman and deRose Inc").
                end += 1;
            } else if let Some(title_end) = title_through(toks, i..end, lex) {
                // "Secretary of State Marco Rubio": a title with lower-case words in it.
                end = title_end;
            } else {
                break;
            }
        }
        let start = name_start(toks, i..end, lex);
        if start < end {
            runs.push(start..end);
        }
        i = end;
    }
    runs
}

/// Where the name in the capitalised run `run` starts, its sentence openers and modifiers
/// dropped ("But", "Former").
fn name_start(toks: &[Token<'_>], run: Range<usize>, lex: &Lexicon) -> usize {
    let (mut start, end) = (run.start, run.end);
    // "Bill Owens", "Will Smith": a given name that is also a common word opens a name
    // when a name word follows it, and so does a surname that is also a pronoun before
    // one word ("But He Weiling, Washington representative"; not "He Thinks Voters Care").
    let opens_name = |s: usize| {
        (lex.is_given_name(toks[s].text) || pronoun_opens_name(toks, s, end, lex))
            && s + 1 < end
            && !lex.is_not_name(toks[s + 1].text)
    };
    // "Despite George Will's call", "Following Tony Blair's speech": a preposition that
    // opens a sentence's phrase ([opening_prepositions]) opens no name; inside a run it
    // may belong to one ("League Against Cruel Sports").
    let opening_preposition =
        |s: usize| word_classes::OPENING_PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(toks[s].text));
    while start < end
        && ((lex.is_not_name(toks[start].text) && !opens_name(start))
            || modifier(&toks[start])
            || opening_preposition(start))
    {
        start += 1;
    }
    start
}

/// True when the number at `toks[at]` opens a stage name with the capitalised word after it
/// (`one_name_people.tsv`: "Rapper 50 Cent said", "from 50 Cent"), which a run holds as it
/// holds a name's capitalised words.
fn numbered_stage_name(toks: &[Token<'_>], at: usize, lex: &Lexicon) -> bool {
    let (t, next) = (&toks[at], toks.get(at + 1));
    t.word
        && t.text.starts_with(|c: char| c.is_ascii_digit())
        && next
            .is_some_and(|n| n.is_capitalized() && lex.one_name_person(&format!("{} {}", t.text, n.base())).is_some())
}

/// True when the number right after the run `run` ends a stage name with the run's words
/// (`one_name_people.tsv`: "Andre 3000 thanked fans"). Only a run of one or two words is
/// looked up.
fn stage_name_number(toks: &[Token<'_>], run: Range<usize>, lex: &Lexicon) -> bool {
    let number = toks.get(run.end).is_some_and(|t| t.word && t.text.bytes().all(|b| b.is_ascii_digit()));
    number && run.len() <= 2 && {
        let words: Vec<&str> = toks[run.start..=run.end].iter().map(|t| t.text).collect();
        lex.one_name_person(&words.join(" ")).is_some()
    }
}

/// True when the line ends before `toks[at]` and a name opens the next one, after a
/// headline: a given name and a capitalised word after it, after a word that is no given
/// name, initial, title or role, on a line in title case ("… A Quarantine Over Zika Virus"
/// then "Chris Christie said …": a headline above a sentence, not one name). A line wrapped
/// inside a sentence goes on ("said Treasury Secretary" then "James Baker").
fn name_on_next_line(text: &str, toks: &[Token<'_>], run: Range<usize>, lex: &Lexicon) -> bool {
    let at = run.end;
    let (before, t) = (&toks[at - 1], &toks[at]);
    // "Former U.S. Secretary of State" then "Henry Kissinger": a title ending the line.
    // Only its last `longest_title` words may hold it: the words read are as few as a
    // title's however long the run.
    let title_ends = || {
        let from = run.start.max(run.end.saturating_sub(lex.longest_title()));
        let words: Vec<&str> = toks[from..run.end].iter().map(|t| t.text).collect();
        (0..words.len()).any(|j| j + lex.title_len(&words[j..]) == words.len())
    };
    text[before.span().end..t.start].contains('\n')
        && lex.is_given_name(t.text)
        && toks.get(at + 1).is_some_and(Token::is_capitalized)
        && !lex.is_given_name(before.text)
        && !initial(before)
        && lex.title_len(&[before.text]) == 0
        && !lex.is_role_noun(before.text)
        && title_case_line(text, toks, at)
        && !title_ends()
}

/// True when the line that ends before `toks[at]` is in title case: at least
/// [`HEADLINE_WORDS`] words, none in lower case but short ones ("of", "a", "to").
fn title_case_line(text: &str, toks: &[Token<'_>], at: usize) -> bool {
    let line_start = text[..toks[at - 1].start].rfind('\n').map_or(0, |p| p + 1);
    let line = toks[..at].iter().rev().take_while(|t| t.start >= line_start).filter(|t| t.word);
    let mut words = 0;
    for t in line {
        if t.text.starts_with(char::is_lowercase) && t.text.len() > 3 {
            return false;
        }
        words += 1;
    }
    words >= HEADLINE_WORDS
}

/// The fewest words of a headline line.
const HEADLINE_WORDS: usize = 4;

/// True for a capitalised compound whose later parts are lower case, a modifier and no word
/// of a name where it opens a run: "Fifteen-year-old Donald Young", "Newly-crowned".
fn modifier(t: &Token<'_>) -> bool {
    t.text.split_once('-').is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
}

/// True for a compound word ending in a participle or a modifier's word
/// (`[compound_modifier_ends]`): "Award-winning", "Union-funded", "Blair-led", "London-born";
/// it ends a run before it (after a word that is no initial: "Carl C. Icahn-led"). Not a
/// given name's syllable ("Li Ka-shing", "Chung Mong-koo"), nor a firm's place ("Hong
/// Kong-based Hutchison Whampoa" is no person, [`super::context::ADJECTIVE_SUFFIXES`]).
fn compound_modifier(word: &str) -> bool {
    let firm_place = super::context::ADJECTIVE_SUFFIXES.iter().any(|x| word.ends_with(x));
    !firm_place
        && word.rsplit_once('-').is_some_and(|(_, end)| {
            end.starts_with(char::is_lowercase)
                && ((end.len() >= 3 && end.ends_with("ed"))
                    || (end.len() >= 6 && end.ends_with("ing"))
                    || word_classes::COMPOUND_MODIFIER_ENDS.contains(&end))
        })
}

/// True for a letter's initial ("C."), which a surname follows.
fn initial(t: &Token<'_>) -> bool {
    t.text.strip_suffix('.').is_some_and(|l| l.chars().count() == 1)
}

/// True for a surname written with an elided particle before it, "d'Estaing", "d’Alema".
fn elided_particle(word: &str) -> bool {
    ["d'", "d\u{2019}"].iter().any(|p| word.strip_prefix(p).is_some_and(|rest| rest.starts_with(char::is_uppercase)))
}

/// True for a surname written with a lower-case particle glued to it, the particle a name
/// connector of two letters or more (`[name_connectors]`): "diCaprio", "deGunzberg"; not a
/// product's lower-case letter, "iPod", "eBay".
fn glued_particle(word: &str) -> bool {
    CONNECTORS.iter().filter(|p| p.len() >= 2).any(|p| {
        word.strip_prefix(p).is_some_and(|rest| {
            let mut letters = rest.chars();
            letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_lowercase)
        })
    })
}

/// How many tokens a run takes at `at` when one to three name particles and a capitalised
/// word stand there ("del Neri", "van den Bergh"), if they do.
fn connectors_then_name(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let particles = toks[at..].iter().take(3).take_while(|t| t.word && CONNECTORS.contains(&t.text)).count();
    (particles > 0 && toks.get(at + particles).is_some_and(Token::is_capitalized)).then_some(particles + 1)
}
