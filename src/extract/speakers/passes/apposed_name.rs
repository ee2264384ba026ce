//! `apposed-name` (after-pass): `the play's organiser in Uganda, Sarah Mukasa, told …`,
//! `said EEF chief economist, Steve Radley`: a description with a name in apposition is that
//! person.

use super::{Pass, QuoteAt};
use crate::extract::phrases::{DETERMINERS, Mention, PREPOSITIONS, head_word, lower, strip_possessive};
use crate::extract::speakers::Attribution;
use crate::extract::tokens::{Token, Tokens};
use crate::extract::windows::APPOSED_NAME_CHARS;
use crate::lexicon::Lexicon;
use std::ops::Range;

/// The name set off by commas after a described speaker.
pub(in crate::extract::speakers) struct ApposedName;

impl Pass for ApposedName {
    fn name(&self) -> &'static str {
        "apposed-name"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        let Some(named) = a
            .mention
            .as_ref()
            .and_then(|Mention { text: m, span }| apposed_name(at.tokens, m, span, at.paragraph.range.end, at.lex))
        else {
            return false;
        };
        a.mention = Some(named);
        true
    }
}

/// The name set off by commas right after a description ending in a role: `the play's
/// organiser in Uganda, Sarah Mukasa,`, within the paragraph that ends at `end`.
fn apposed_name(tokens: &Tokens<'_>, mention: &str, span: &Range<usize>, end: usize, lex: &Lexicon) -> Option<Mention> {
    let text = tokens.text();
    let lowered = mention.to_lowercase();
    let words: Vec<&str> = lowered.split_whitespace().collect();
    let led =
        words.first().is_some_and(|w| DETERMINERS.contains(w)) || words.iter().any(|w| strip_possessive(w).is_some());
    // `said EEF chief economist, Steve Radley.`: a bare title ending in a role is described
    // too; without a determiner the role must be its last word (`Reuters, Steve Smith` is not).
    // `one leader of the land reform movement, Joao Pedro`: the head before a preposition.
    let head = head_word(words.iter().copied());
    let described = (led && words.iter().any(|w| lex.is_role_noun(w))) || head.is_some_and(|w| lex.is_role_noun(w));
    if !described || span.end >= text.len() {
        return None;
    }
    // A name in apposition lies within the next few words.
    let window = text[span.end..].char_indices().nth(APPOSED_NAME_CHARS).map_or(text.len(), |(i, _)| span.end + i);
    // Within the paragraph (`end`): a wire story's lines wrap inside the role's phrase.
    let toks = tokens.within(span.end..window.min(end).max(span.end));
    // `one leader of the land reform movement, Joao Pedro`: the role's own phrase after a
    // preposition, words only, comes before the comma (`phrase_leaves_the_name`).
    let of_phrase = toks.first().is_some_and(|t| t.word && PREPOSITIONS.contains(&t.text.to_lowercase().as_str()));
    let between = if of_phrase { toks.iter().position(|t| !t.word)? } else { 0 };
    if toks[..between].iter().any(|t| lex.is_speech_verb(t.text)) || !phrase_leaves_the_name(&toks[..between], lex) {
        return None;
    }
    let toks = &toks[between..];
    if !toks.first()?.is(',') {
        return None;
    }
    // The name on the comma's line (a wrapped line ends the capitalised run, as before).
    let comma_at = toks[0].start;
    let line_end = text[comma_at..window.min(end).max(comma_at)].find('\n').map_or(usize::MAX, |i| comma_at + i);
    let name = toks[1..].iter().take_while(|t| t.is_capitalized() && t.start < line_end).count();
    let closed = toks
        .get(1 + name)
        .is_none_or(|t| t.start >= line_end || t.is(',') || t.is('.') || (t.word && lex.is_speech_verb(t.text)));
    if !(2..=4).contains(&name) || !closed || lex.is_not_name(toks[1].text) {
        return None;
    }
    let range = toks[1].start..toks[name].span().end;
    // `the mayor of Springfield, Illinois`: a place set off by commas is no name; nor is an
    // organisation (`a spokeswoman for the airline, British Airways`), known or with a word
    // of organisations' names.
    let organisation =
        lex.find_organization(&text[range.clone()]).is_some() || toks[1..=name].iter().any(|t| lex.is_org_word(t.text));
    if organisation || lex.is_place_name(&text[range.clone()]) || lex.find_country(&text[range.clone()]).is_some() {
        return None;
    }
    Some(Mention::at(text, range))
}

/// True when the role's phrase `phrase` (empty, or a preposition and words) leaves a name
/// after it to the role: the phrase ends in no person, but an institution or a group (`one
/// leader of the land reform movement, Joao Pedro`), a field (`director of commercial
/// planning, Rob Hale`) or a name (`his partner at Lenox, Lou Cole`; `a spokesman for Tony
/// Blair, Tom Kelly`: a name set off after a name is the role's). After a person's role noun
/// that is no body (`a lawyer for the victim, Jane Smith`) the name may be that person's.
fn phrase_leaves_the_name(phrase: &[Token<'_>], lex: &Lexicon) -> bool {
    let Some(last) = phrase.last() else { return true };
    if last.is_capitalized() {
        return true;
    }
    let l = lower(last);
    !lex.is_role_noun(&l) || lex.is_body_noun(&l)
}
