//! The voice of a recollection: a lead that brings in one person who remembers or recalls
//! something ("Rob Partridge, his former press officer, remembers the man behind the
//! legend."), after which the article is mostly that person's words, quoted without a cue.
//! The `lead-voice` article after-pass (`article.rs`) gives such a quotation, which nothing
//! else attributes, to that person. Nothing checks that the quotations are in the first
//! person ("He loved football more than music" is the voice's too).

use crate::extract::quotes::inside;
use crate::extract::resolve::{self, Context};
use crate::lexicon::{Lexicon, word_classes};
use std::ops::Range;

/// How many sentences of the article's opening are read for the voice it brings in.
const LEAD_SENTENCES: usize = 3;

/// True when `quotation` has a word of the first person singular (`[first_person_singular]`:
/// "I", "me", "my"), as a recollection's voice speaks.
pub fn first_person(quotation: &str) -> bool {
    quotation
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() <= 6 && word_classes::FIRST_PERSON_SINGULAR.contains(&w.to_lowercase().as_str()))
}

/// The voice a lead brings in ([`lead_voice`]).
pub struct LeadVoice<'a> {
    /// The person who recalls.
    pub person: &'a str,
    /// The people the sentences bringing the voice in name besides (whom the voice
    /// remembers: "Ann Carter … remembers the man behind the songs" after "singer Joe Brand").
    pub about: Vec<String>,
    /// The first sentence after the last one that has the voice recall.
    pub after: usize,
}

/// The one person whom the first [`LEAD_SENTENCES`] sentences have, as their subject,
/// recalling in the present tense (`[recollection_verbs]`: "remembers", "recalls"; not
/// "tells" nor "explains", which a news lead uses of anyone), outside quotations; none when
/// no lead sentence does, or when they bring in two such voices.
pub fn lead_voice<'a>(cx: &Context<'a>, lex: &Lexicon) -> Option<LeadVoice<'a>> {
    let mut voice = None;
    let mut lead: Option<Range<usize>> = None;
    let mut after = 0;
    for (k, sentence) in cx.sentences.iter().enumerate().take(LEAD_SENTENCES) {
        let recalls = cx
            .tokens
            .within(sentence.clone())
            .iter()
            .any(|t| t.word && word_classes::RECOLLECTION_VERBS.contains(&t.text) && !inside(cx.quoted, t.start));
        if !recalls {
            continue;
        }
        let Some(person) = resolve::subject_person_of(k, cx, lex) else { continue };
        match voice {
            Some(other) if other != person => return None,
            _ => voice = Some(person),
        }
        lead = Some(lead.map_or(sentence.clone(), |l| l.start..sentence.end));
        after = k + 1;
    }
    let person = voice?;
    let about = lead.map(|l| cx.persons.within(l)).unwrap_or_default().into_iter().filter(|p| p != person).collect();
    Some(LeadVoice { person, about, after })
}
