//! `owned-words`: a quoted phrase right after someone's words (`Peter Hain's description of
//! him as an "attack mongrel"`, `Mr Blair's pledge of "…"`) is the owner's, whatever cue the
//! sentence goes on to.

use super::{Pass, QuoteAt};
use crate::extract::phrases::{Mention, lower};
use crate::extract::speakers::Attribution;
use crate::extract::windows::OWNED_WORDS_REACH;
use crate::lexicon::word_classes::{OWNED_WORDS, OWNED_WORDS_LINKS};

/// A phrase quoted from an owner's words.
pub(in crate::extract::speakers) struct OwnedWords;

impl Pass for OwnedWords {
    fn name(&self) -> &'static str {
        "owned-words"
    }

    fn run(&self, at: &QuoteAt<'_, '_>, a: &mut Attribution) -> bool {
        if !at.fragment {
            return false;
        }
        let toks = at.tokens.within(at.before.clone());
        let from = toks.len().saturating_sub(OWNED_WORDS_REACH + 2);
        // The owner's "'s", its noun of words, then what the words were ("of", "that": not
        // `called Trump's comments "racist"` nor `denounced Trump's remarks as "hurtful"`,
        // where the phrase is the caller's), and only words up to the quotation.
        let Some(p) = (from..toks.len().saturating_sub(2)).rev().find(|&p| {
            let owner = &toks[p];
            owner.is_possessive()
                && owner.is_capitalized()
                && OWNED_WORDS.contains(&lower(&toks[p + 1]).as_str())
                && OWNED_WORDS_LINKS.contains(&lower(&toks[p + 2]).as_str())
                && toks[p + 1..].iter().all(|t| t.word)
        }) else {
            return false;
        };
        // The owner's name: the capitalised words ending in its "'s" ("Peter Hain's").
        let owner = &toks[p];
        let first = toks[..p].iter().rposition(|t| !t.is_capitalized() || t.is_possessive()).map_or(0, |i| i + 1);
        let end = owner.start + owner.base().len();
        a.mention = Some(Mention::at(at.text, toks[first].start..end));
        a.cue = Some(toks[p + 1].text.to_string());
        // The sentence's own cue is another's (`…, claiming abuse meant Labour was
        // "rattled"`): a participle there does not share this speaker.
        a.weak = true;
        true
    }
}
