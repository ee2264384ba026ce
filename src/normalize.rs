//! Text normalisation shared by extraction and querying: accent and case folding, so that
//! "Nicolás Maduro" at index time and "nicolas maduro" at query time meet.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases `text`, strips accents and maps typographic apostrophes to `'`.
pub fn fold(text: &str) -> String {
    // Most words are ASCII: no decomposition needed.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == '\u{2019}' || c == '\u{2018}' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The folded words of `text` (letters and digits), as a name query compares them.
pub fn folded_words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// How two words differ when they differ by one letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OneLetter {
    /// A letter changed: the first word's, then the second's ("Viktor"/"Victor": `k`, `c`).
    Changed(char, char),
    /// A letter added to the longer word; `doubled` when it repeats its neighbour
    /// ("Hilary"/"Hillary").
    Added {
        /// The added letter repeats the letter beside it.
        doubled: bool,
    },
    /// Two neighbouring letters swapped ("Luckey"/"Lukcey").
    Swapped,
}

/// How `a` and `b` differ by one letter ([`OneLetter`]); `None` for the same word or words
/// further apart.
pub fn one_letter_edit(a: &str, b: &str) -> Option<OneLetter> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if a == b || long.len() - short.len() > 1 {
        return None;
    }
    let head = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    let (rs, rl) = (&short[head..], &long[head..]);
    if rs.len() < rl.len() {
        let doubled = head > 0 && long[head] == long[head - 1] || long.get(head + 1) == Some(&long[head]);
        return (rs == &rl[1..]).then_some(OneLetter::Added { doubled });
    }
    if rs[1..] == rl[1..] {
        return Some(OneLetter::Changed(a[head], b[head]));
    }
    let swapped = rs.len() >= 2 && rs[0] == rl[1] && rs[1] == rl[0] && rs[2..] == rl[2..];
    swapped.then_some(OneLetter::Swapped)
}

/// Collapses every run of white space (line breaks included) to one space and trims.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A stable 64-bit FNV-1a hash: citations are built from it and must not change between
/// versions or platforms, which `std`'s hasher does not promise.
pub fn stable_hash(text: &str) -> u64 {
    stable_hash_more(STABLE_HASH_START, text.as_bytes())
}

/// The [`stable_hash`] of nothing: feed it pieces with [`stable_hash_more`] to hash a text
/// without building it (`stable_hash_more(stable_hash_more(START, a), b)` is the hash of `a`
/// then `b`).
pub const STABLE_HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Continues a [`stable_hash`] `h` with `bytes`.
pub fn stable_hash_more(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_strips_accents_and_case() {
        assert_eq!(fold("Nicolás MADURO"), "nicolas maduro");
        assert_eq!(fold("Türk"), "turk");
        assert_eq!(fold("Colombia\u{2019}s"), "colombia's");
    }

    #[test]
    fn folded_words_split_on_punctuation() {
        assert_eq!(folded_words("Padrino López, Jr."), ["padrino", "lopez", "jr"]);
    }

    #[test]
    fn stable_hash_is_fnv1a() {
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
