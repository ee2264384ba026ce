//! People's names as they are written: what a reader types into `--speaker` ("Mr. Obama",
//! "German Chancellor Angela Merkel", "Sen. Claire McCaskill (D-Mo.)", "PENCE", "Obama's"),
//! how an article names a speaker ("Tory leader Michael Howard", "the Tory leader"), and the
//! canonical names extraction gives. [`read_name`] splits any of them into the person's name
//! (given names, initials, surname), the roles given with it, the gender an honorific gives,
//! and whether the words name someone acting for a person ("Mr Blair's spokesman").
//! [`identity`] groups the spellings of one surname into people.
//!
//! Titles, honorifics and role nouns come from the lexicon's data files; nothing here lists
//! words of its own but the few function words that end or join a name.

pub mod identity;

use crate::lexicon::{Gender, Lexicon, lexicon, word_classes};
use crate::normalize::fold;

/// A name as written, read into its parts. All words are folded (lower case, no accents).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WrittenName {
    /// The person's name, surname last; initials are single letters. Empty when the words
    /// name nobody ("the governor", "Mr Blair's spokesman").
    pub name: Vec<String>,
    /// Role phrases given with the name: titles that are not honorifics, the words before
    /// it ("white house press secretary"), an apposition after it ("a former party
    /// chairman"). A description without a name is its own role ("vermont senator").
    pub roles: Vec<String>,
    /// The gender an honorific gives ("Mr", "Ms.").
    pub gender: Option<Gender>,
    /// True when the words name someone acting for a person: a spokesman, an aide, an office
    /// ("Mr Blair's official spokesman", "a spokesman for Mr Blair", "Ryan's office").
    pub agent: bool,
    /// The name as written with the titles right before it ("Prime Minister Tony Blair",
    /// "Mr Blair"), without what came before those ("a Brussels summit"); empty without a name.
    pub written: String,
}

impl WrittenName {
    /// The surname (last word of the name), if the words name someone.
    pub fn surname(&self) -> Option<&str> {
        self.name.last().map(String::as_str)
    }

    /// The words of the name before the surname: given names, middle names, initials.
    pub fn given(&self) -> &[String] {
        &self.name[..self.name.len().saturating_sub(1)]
    }
}

/// Words that end the name part of a written name: what follows describes the person.
const CUTS: &[&str] = word_classes::NAME_CUTS;
/// Words that open a noun phrase and belong to no name ("the", "a", "his").
const DETERMINERS: &[&str] = word_classes::DETERMINERS;
/// Words that, before a name, make the phrase name someone else ("a spokesman for Mr Blair").
const FOR_SOMEONE: &[&str] = word_classes::ACTING_FOR;
/// Lower-case particles inside names ("Charles de Gaulle", "Ludwig van Beethoven").
const PARTICLES: &[&str] = word_classes::NAME_CONNECTORS;
/// Generation suffixes after a surname ("Robert F. Kennedy Jr.").
const SUFFIXES: &[&str] = word_classes::NAME_SUFFIXES;

/// The terms that file a canonical speaker under its surname (`"blair\tTony Blair"`), and
/// under each part of a hyphenated one ("Douglas Holtz-Eakin" also under "eakin" and
/// "holtz", as a reader may type either); none when the speaker is not a person's name
/// ("Mr Blair's spokesman", "the council").
pub fn speaker_keys(speaker: &str) -> Vec<String> {
    let read = read_name(speaker);
    let Some(surname) = read.surname().filter(|_| !read.agent) else { return Vec::new() };
    let parts = surname.split('-').filter(|p| surname.contains('-') && !p.is_empty());
    std::iter::once(surname).chain(parts).map(|s| format!("{}{speaker}", surname_prefix(s))).collect()
}

/// What a passage's [`speaker_keys`] start with: a passage holds the keys of its quotes'
/// speakers so that `--passages --speaker` finds it, but apart from the quotes' own, so that
/// a surname's spellings are counted in quotes only (who holds nine in ten of its quotes).
pub const PASSAGE_KEY_MARK: char = '\u{1}';

/// What a reported statement's [`speaker_keys`] start with: apart from the quotes' own, so
/// that who a surname designates is decided by quotes alone and a search without
/// `--reported` finds exactly what it found before reported statements were indexed.
pub const REPORTED_KEY_MARK: char = '\u{2}';

/// The prefix of every [`speaker_keys`] term of a surname (folded).
pub fn surname_prefix(surname: &str) -> String {
    format!("{surname}\t")
}

/// What the words a speaker was named by at a quote tell: the roles they give, and the
/// words themselves as an alias when they name or describe someone (not a pronoun, not
/// "(continued)").
pub fn mention_terms(mention: &str) -> (Vec<String>, Option<String>) {
    let lex = lexicon();
    let trimmed = mention.trim();
    if trimmed.starts_with('(') || word_classes::PRONOUNS.contains(&fold(trimmed).as_str()) {
        return (Vec::new(), None);
    }
    let read = read_name(trimmed);
    // Only phrases that hold a role noun or a title are roles ("tory leader", not "a
    // Brussels summit" before "Mr Blair").
    let is_role = |r: &String| {
        let words: Vec<&str> = r.split(' ').collect();
        words.iter().any(|w| lex.is_role_noun(w)) || (0..words.len()).any(|i| lex.title_len(&words[i..]) > 0)
    };
    let roles: Vec<String> = read.roles.into_iter().filter(is_role).collect();
    let alias = if read.name.is_empty() {
        (!roles.is_empty() && !read.agent).then(|| trimmed.to_owned())
    } else {
        Some(read.written)
    };
    (roles, alias)
}

/// One word of a written name: as written (trailing punctuation off) and whether it was
/// possessive ("Obama's").
#[derive(Debug, Clone)]
struct Word<'a> {
    text: &'a str,
    possessive: bool,
}

/// Reads a name as a reader types it: like [`read_name`], but a name typed all in lower
/// case ("blair", "rand paul", "the governor") is read as if capitalised.
pub fn read_typed(text: &str) -> WrittenName {
    if text.chars().any(char::is_uppercase) {
        return read_name(text);
    }
    let keep =
        |w: &str| DETERMINERS.contains(&w) || CUTS.contains(&w) || PARTICLES.contains(&w) || FOR_SOMEONE.contains(&w);
    let capitalised: Vec<String> = text
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(c) if !keep(w) => c.to_uppercase().chain(chars).collect(),
                _ => w.to_owned(),
            }
        })
        .collect();
    read_name(&capitalised.join(" "))
}

/// Reads a name as a reader types it or an article writes it (see [`WrittenName`]).
pub fn read_name(text: &str) -> WrittenName {
    read_name_with(text, lexicon())
}

fn read_name_with(text: &str, lex: &Lexicon) -> WrittenName {
    let (head, apposition) = split_apposition(text, lex);
    let mut words = words_of(head);
    while words.len() > 1
        && words.last().is_some_and(|w| SUFFIXES.contains(&fold(w.text.trim_end_matches('.')).as_str()))
    {
        words.pop();
    }
    let mut out = WrittenName::default();
    let start = name_start(&words, lex);
    let before = &words[..start];
    let mut name: Vec<String> = words[start..].iter().flat_map(|w| initials_or_word(w.text)).collect();
    let titled = titles_before(&words, start, lex);
    out.gender = before.iter().filter(|w| lex.is_honorific(w.text)).find_map(|w| lex.gender_of(w.text));
    let someone_else = before.iter().any(|w| FOR_SOMEONE.contains(&fold(w.text).as_str()));
    if name.is_empty() || someone_else {
        out.agent = words.iter().any(|w| w.possessive && starts_upper(w.text)) || someone_else;
        name.clear();
    }
    if !name.is_empty() {
        out.written = words[titled..].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    }
    out.name = name;
    out.roles = roles_of(before, apposition, lex);
    out
}

/// Where the name among `words` (the head, before any apposition) starts: the run of name
/// words at its end, past a possessive, a title and nationality words that run into it.
fn name_start(words: &[Word<'_>], lex: &Lexicon) -> usize {
    // The name is the run of name words at the end of the head, before any apposition.
    let mut start = words.len();
    while start > 0 && is_name_word(&words[start - 1], start == words.len(), lex) {
        start -= 1;
    }
    // A surname that is also a title or role, after an honorific or a given name ("Mr.
    // King", "Martin Luther King").
    let n = words.len();
    if start == n
        && n > 1
        && starts_upper(words[n - 1].text)
        && !words[n - 2].possessive
        && (lex.is_honorific(words[n - 2].text) || lex.is_given_name(words[n - 2].text))
    {
        start = n - 1;
        while start > 0 && is_name_word(&words[start - 1], false, lex) {
            start -= 1;
        }
    }
    // A possessive inside the run ends it: what follows belongs to the possessor ("Hillary
    // Clinton's campaign manager Robby Mook" names Robby Mook).
    if start < words.len()
        && let Some(p) = words[start..words.len() - 1].iter().rposition(|w| w.possessive)
    {
        start += p + 1;
    }
    // A title that runs into the name ("Secretary of State John Kerry") ends before it.
    let longest = lex.longest_title();
    for from in start.saturating_sub(longest)..start {
        let texts: Vec<&str> = words[from..].iter().map(|w| w.text).collect();
        let len = lex.title_len(&texts);
        if len > 0 && from + len > start && from + len < words.len() {
            start = from + len;
            break;
        }
    }
    // Leading titles and nationality words inside the run ("German Chancellor Angela Merkel").
    loop {
        let texts: Vec<&str> = words[start..].iter().map(|w| w.text).collect();
        let title = lex.title_len(&texts);
        if title > 0 && title < texts.len() {
            start += title;
        } else if texts.len() > 1 && lex.is_demonym(texts[0]) {
            start += 1;
        } else {
            break;
        }
    }
    start
}

/// Where the titles right before the name starting at `words[start]` start ("Sen." of
/// "Sen. Ted Cruz"): the name as written runs from there.
fn titles_before(words: &[Word<'_>], start: usize, lex: &Lexicon) -> usize {
    let longest = lex.longest_title();
    let mut titled = start;
    'titles: while titled > 0 {
        for len in (1..=longest.min(titled)).rev() {
            let texts: Vec<&str> = words[titled - len..titled].iter().map(|w| w.text).collect();
            if lex.title_len(&texts) == len {
                titled -= len;
                continue 'titles;
            }
        }
        break;
    }
    titled
}

/// The roles a written name gives: the words `before` it that are no honorific or
/// determiner, and an `apposition` that holds a role noun.
fn roles_of(before: &[Word<'_>], apposition: &str, lex: &Lexicon) -> Vec<String> {
    let mut roles = Vec::new();
    let role: Vec<String> = before
        .iter()
        .filter(|w| !lex.is_honorific(w.text) && !DETERMINERS.contains(&fold(w.text).as_str()))
        .map(|w| role_word(w.text, lex))
        .collect();
    if !role.is_empty() {
        roles.push(role.join(" "));
    }
    let described: Vec<String> = words_of(apposition)
        .iter()
        .map(|w| role_word(w.text, lex))
        .filter(|w| !DETERMINERS.contains(&w.as_str()) && w.chars().any(char::is_alphabetic))
        .collect();
    if !described.is_empty() && described.iter().any(|w| lex.is_role_noun(w)) {
        roles.push(described.join(" "));
    }
    roles
}

/// A word of a role, folded, a title's abbreviation written out ("Sen." -> "senator").
fn role_word(word: &str, lex: &Lexicon) -> String {
    let folded = fold(word.trim_end_matches('.'));
    lex.stands_for(&folded).map_or(folded, str::to_owned)
}

/// The name part of `text` and what describes it after: an apposition (a comma, a
/// parenthesis, a dash) or a phrase opened by one of [`CUTS`] after a name ("Rangel of New
/// York", not "Secretary of State").
fn split_apposition<'a>(text: &'a str, lex: &Lexicon) -> (&'a str, &'a str) {
    let mut cut = text.len();
    if let Some(i) = text.find([',', '(', ';', '\u{2013}', '\u{2014}']) {
        cut = i;
    }
    if let Some(i) = text.find(" -") {
        cut = cut.min(i);
    }
    let mut offset = 0;
    let mut previous = "";
    for word in text.split(' ') {
        let after_name = starts_upper(previous)
            && lex.title_len(&[previous]) == 0
            && !lex.is_role_noun(&fold(previous))
            && !lex.is_honorific(previous);
        if offset > 0 && offset < cut && CUTS.contains(&word) && after_name {
            cut = offset;
            break;
        }
        offset += word.len() + 1;
        previous = word;
    }
    let cut = cut.min(text.len());
    (text[..cut].trim(), text[cut..].trim_start_matches([',', '(', ';', ' ', '-', '\u{2013}', '\u{2014}']))
}

/// The words of `text`, trailing punctuation (but a period) off, possessives marked.
fn words_of(text: &str) -> Vec<Word<'_>> {
    text.split_whitespace()
        .filter_map(|raw| {
            let t = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'' && c != '\u{2019}');
            let t = t.trim_start_matches(['.', '\'', '\u{2019}']);
            // "Obama's", "Obama’s", and "Sanders'" (an apostrophe alone after an s).
            let stripped = t
                .strip_suffix("'s")
                .or_else(|| t.strip_suffix("\u{2019}s"))
                .or_else(|| t.strip_suffix(['\'', '\u{2019}']).filter(|s| !s.is_empty()));
            let (text, possessive) = match stripped {
                Some(s) => (s, true),
                None => (t, false),
            };
            text.chars().any(char::is_alphabetic).then_some(Word { text, possessive })
        })
        .collect()
}

/// A word that may be part of a person's name: capitalised (or all capitals), not a title,
/// a role noun or a determiner; a lower-case particle inside a name ("de", "van"). The last
/// word may be a title that is no role noun ("Mr. King", "Prince").
fn is_name_word(w: &Word<'_>, last: bool, lex: &Lexicon) -> bool {
    let folded = fold(w.text.trim_end_matches('.'));
    if PARTICLES.contains(&w.text) {
        return !last;
    }
    starts_upper(w.text)
        && !DETERMINERS.contains(&folded.as_str())
        && !lex.is_role_noun(&folded)
        && (last || lex.title_len(&[w.text]) == 0)
        && !lex.is_honorific(w.text)
        && (!w.possessive || last)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word folded, or its initials when it is a run of them ("G.W." -> "g", "w").
fn initials_or_word(word: &str) -> Vec<String> {
    let letters: Vec<&str> = word.split('.').filter(|s| !s.is_empty()).collect();
    if letters.len() > 1 && letters.iter().all(|l| l.chars().count() == 1) {
        return letters.iter().map(|l| fold(l)).collect();
    }
    let folded = fold(word.trim_end_matches('.'));
    folded
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests;
