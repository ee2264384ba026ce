//! The voice of a first-person piece: a lead that brings in one person who remembers,
//! recalls or explains something ("Rob Partridge, his former press officer, remembers the man
//! behind the legend."), after which the article is that person's words, quoted without a
//! cue. The `lead-voice` article after-pass (`article.rs`) gives such a quotation, which
//! nothing else attributes, to that person.

use crate::extract::quotes::inside;
use crate::extract::resolve::{self, Context};
use crate::lexicon::{Lexicon, word_classes};

/// How many sentences of the article's opening are read for the voice it brings in.
const LEAD_SENTENCES: usize = 3;

/// The one person whom the first [`LEAD_SENTENCES`] sentences have, as their subject,
/// recalling or explaining in the present tense (`[recollection_verbs]`: "remembers",
/// "recalls", "explains"), outside quotations; none when no lead sentence does, or when
/// they bring in two such voices.
pub fn lead_voice<'a>(cx: &Context<'a>, lex: &Lexicon) -> Option<&'a str> {
    let mut voice = None;
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
    }
    voice
}
