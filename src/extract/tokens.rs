//! Word and punctuation tokens with byte offsets: the unit that the attribution and
//! entity rules look at. A word keeps inner apostrophes, hyphens and periods ("U.S.",
//! "al-Assad", "Petro’s"), and a trailing period when it abbreviates ("Sen.", "R.").

use std::borrow::Cow;
use std::ops::Range;

/// One token of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Byte offset of its first byte in the tokenized text.
    pub start: usize,
    /// True for a word (letters or digits), false for punctuation.
    pub word: bool,
}

impl<'a> Token<'a> {
    /// Byte range of the token.
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// True when the word starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True for punctuation `c`.
    pub fn is(&self, c: char) -> bool {
        !self.word && self.text.starts_with(c)
    }

    /// The word without a possessive ending ("Petro’s" -> "Petro").
    pub fn base(&self) -> &'a str {
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
            if let Some(stem) = self.text.strip_suffix(suffix)
                && !stem.is_empty()
            {
                return stem;
            }
        }
        self.text
    }

    /// True when the word ends in a possessive ("Petro’s", "officials’").
    pub fn is_possessive(&self) -> bool {
        self.base().len() != self.text.len()
    }
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&')
}

/// Tokenizes `text[range]`; offsets are into `text`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { text: &slice[i..i + c.len_utf8()], start: range.start + i, word: false });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
                continue;
            }
            let next = slice[j + d.len_utf8()..].chars().next();
            let next_is_word = next.is_some_and(char::is_alphanumeric);
            // "9/11", "24/7": a slash between digits stays in the word.
            let between_digits = d == '/'
                && slice[..j].ends_with(|p: char| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            if (joins(d) && next_is_word) || between_digits {
                end = j + d.len_utf8();
                chars.next();
            } else if (d == '\'' || d == '\u{2019}') && slice[..j].ends_with('s') {
                // plural possessive: "officials’"
                end = j + d.len_utf8();
                chars.next();
                break;
            } else {
                break;
            }
        }
        // "Rory O' Neill": an Irish "O'" written apart from the rest of the surname.
        if end == i + 1 && c == 'O' {
            let rest = &slice[end..];
            let gap = ["' ", "\u{2019} "].iter().find(|a| rest.starts_with(*a)).map(|a| a.len());
            if let Some(gap) = gap.filter(|&g| rest[g..].starts_with(char::is_uppercase)) {
                let surname = rest[gap..].find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len() - gap);
                end += gap + surname;
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
        }
        let word = &slice[i..end];
        let abbreviation = slice[end..].starts_with('.')
            && (word.contains('.') || word.chars().count() == 1 && c.is_uppercase() || is_short_abbreviation(word));
        if abbreviation {
            end += 1;
            chars.next();
        }
        out.push(Token { text: &slice[i..end], start: range.start + i, word: true });
    }
    out
}

/// The tokens of a whole text, found once; every rule reads slices of them.
pub struct Tokens<'t> {
    text: &'t str,
    all: Vec<Token<'t>>,
}

impl<'t> Tokens<'t> {
    /// Tokenizes all of `text`.
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens { text, all: tokenize(text, 0..text.len()) }
    }

    /// The tokenized text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Every token of the text, in order.
    pub fn all(&self) -> &[Token<'t>] {
        &self.all
    }

    /// The tokens of `text[range]`, the same as [`tokenize`] gives for it, read from the
    /// whole text's. A token wholly inside the range is cut the same way in both (the
    /// tokenizer looks ahead only to end a token, and a token that ends inside the range
    /// saw the same characters); a token the range cuts ("Sen" of "Sen.", the end of a
    /// word) is tokenized again, and a range that starts inside a token is tokenized whole.
    /// Either end of the range inside a character, or past the text, is moved back to the
    /// character's start (a window of bytes counted from a mention may end inside a "“").
    pub fn within(&self, range: Range<usize>) -> Cow<'_, [Token<'t>]> {
        let end = char_floor(self.text, range.end);
        let range = char_floor(self.text, range.start).min(end)..end;
        let first = self.all.partition_point(|t| t.span().end <= range.start);
        if self.all.get(first).is_some_and(|t| t.start < range.start) {
            return Cow::Owned(tokenize(self.text, range));
        }
        let inside = first.max(self.all.partition_point(|t| t.span().end <= range.end));
        match self.all.get(inside).filter(|t| t.start < range.end) {
            None => Cow::Borrowed(&self.all[first..inside]),
            Some(cut) => {
                let mut out = self.all[first..inside].to_vec();
                out.extend(tokenize(self.text, cut.start..range.end));
                Cow::Owned(out)
            }
        }
    }
}

/// The start of the character holding byte `at` of `text` (the text's length past its end).
pub fn char_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Abbreviations that keep their period as part of the word: capitalised ones of the
/// lexicon's abbreviation list ("Sen.", "Inc.", "Calif.").
fn is_short_abbreviation(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && crate::lexicon::lexicon().abbreviation(&word.to_lowercase()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len()).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(words("Sen. Rand Paul, U.S. envoy."), ["Sen.", "Rand", "Paul", ",", "U.S.", "envoy", "."]);
        assert_eq!(words("Gerald R. Ford"), ["Gerald", "R.", "Ford"]);
        assert_eq!(words("a 9/11 widow, and/or"), ["a", "9/11", "widow", ",", "and", "/", "or"]);
    }

    #[test]
    fn any_byte_range_is_cut_at_character_starts() {
        // 2-, 3- and 4-byte characters: "é", "“", "😀" (a window of bytes may end inside any).
        let text = "Zoë said “absurd” 😀 charges, é.";
        let whole = Tokens::new(text);
        for start in 0..=text.len() + 2 {
            for end in start..=text.len() + 2 {
                let (a, b) = (char_floor(text, start), char_floor(text, end));
                assert_eq!(*whole.within(start..end), tokenize(text, a.min(b)..b)[..], "{start}..{end}");
            }
        }
    }

    #[test]
    fn a_slice_of_the_whole_texts_tokens_is_the_ranges_own() {
        // Cuts inside "Sen.", "U.S.", "9/11", "officials’", "al-Assad", "Inc.X" and
        // between a word and its period are where a range's tokens differ from the
        // whole text's: every range must still get its own tokens.
        let texts = [
            "Sen. Rand Paul, U.S. envoy, said the 9/11 officials’ view of al-Assad was \"wrong.\" Then Inc.X left.",
            "\u{201c}Ça va,\u{201d} dit-il à Zoë’s café. R. Ford & Co. — 24/7; Gen.Smith",
        ];
        for text in texts {
            let whole = Tokens::new(text);
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (a, &start) in bounds.iter().enumerate() {
                for &end in &bounds[a..] {
                    assert_eq!(*whole.within(start..end), tokenize(text, start..end)[..], "{start}..{end} of {text}");
                }
            }
        }
    }

    #[test]
    fn possessives_and_hyphens_stay_in_the_word() {
        let toks = tokenize("Colombia’s counter-narcotics officials’ view", 0..46);
        assert_eq!(toks[0].text, "Colombia’s");
        assert_eq!(toks[0].base(), "Colombia");
        assert_eq!(toks[1].text, "counter-narcotics");
        assert_eq!(toks[2].text, "officials’");
        assert!(toks[2].is_possessive());
    }
}
