//! `one-of` (after every quotation and reported statement is resolved): a quotation that
//! nothing attributed, cued right after by "one said" or "said another", is spoken by one
//! member of the group of sources that spoke last before it, within [`ONE_OF_BYTES`]:
//! `Analysts said copper producers would gain. "…," one said.` is an analyst. The group is
//! the last resolved speaker of a quotation or reported statement whose head is a plural
//! role ("analysts", "World Bank sources", "dealers"); the speaker is written as one of
//! them, without the determiner ("analyst", "World Bank source"), as unnamed sources are.

use crate::extract::entities::PersonIndex;
use crate::extract::windows::{ONE_CUE_BYTES, ONE_OF_BYTES};
use crate::lexicon::{Lexicon, word_classes};
use crate::model::{Quote, Reported};

/// Gives each unattributed quotation of `quotes` cued by "one said" the member of the last
/// group of sources before it (see the module's note), and marks its rule `+one-of`.
pub fn one_of_group(quotes: &mut [Quote], reported: &[Reported], body: &str, persons: &PersonIndex, lex: &Lexicon) {
    let cued: Vec<(usize, String)> =
        (0..quotes.len()).filter_map(|k| cued_by_one(&quotes[k], body, lex).map(|cue| (k, cue))).collect();
    if cued.is_empty() {
        return;
    }
    // (start, one member) of every group of sources, in text order.
    let mut groups: Vec<(usize, String)> = quotes
        .iter()
        .map(|q| (q.span.start, q.speaker.as_deref()))
        .chain(reported.iter().map(|r| (r.span.start, r.speaker.as_deref())))
        .filter_map(|(at, s)| s.filter(|s| !persons.contains(s)).and_then(|s| member(s, lex)).map(|m| (at, m)))
        .collect();
    groups.sort_by_key(|(at, _)| *at);
    for (k, cue) in cued {
        let at = quotes[k].span.start;
        let before = groups.partition_point(|(g, _)| *g < at);
        let Some((_, one)) = before.checked_sub(1).map(|i| &groups[i]).filter(|(g, _)| at - g <= ONE_OF_BYTES) else {
            continue;
        };
        let q = &mut quotes[k];
        q.speaker = Some(one.clone());
        q.cue.get_or_insert(cue);
        q.rule = Some(q.rule.as_deref().map_or("one-of".to_owned(), |r| format!("{r}+one-of")));
    }
}

/// The speech verb of `, one said` or `, said another` right after a full quotation
/// without a speaker (a group member and the verb, in either order, ending the clause).
fn cued_by_one(q: &Quote, body: &str, lex: &Lexicon) -> Option<String> {
    if q.speaker.is_some() || q.fragment {
        return None;
    }
    let mut end = (q.span.end + ONE_CUE_BYTES).min(body.len());
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let after = body.get(q.span.end..end).unwrap_or_default();
    // The closing mark, a comma or a question mark, then the words up to the clause's end.
    let clause = after.trim_start_matches(|c: char| !c.is_alphanumeric());
    let clause = clause.split(['.', ',', ';', ':', '"', '\u{201c}']).next().unwrap_or_default();
    let words: Vec<String> = clause.split_whitespace().map(str::to_lowercase).collect();
    let one = |w: &String| word_classes::GROUP_MEMBERS.contains(&w.as_str());
    match words.as_slice() {
        [a, b] if one(a) && lex.is_speech_verb(b) => Some(b.clone()),
        [a, b] if lex.is_speech_verb(a) && one(b) => Some(a.clone()),
        _ => None,
    }
}

/// One member of the group `speaker` names, when its head is a plural role ("The World
/// Bank sources" -> "World Bank source", "analysts" -> "analyst").
fn member(speaker: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let (head, rest) = words.split_last()?;
    let single = head.strip_suffix('s').filter(|s| s.len() > 2 && lex.is_role_noun(s))?;
    if !head.chars().all(char::is_alphabetic) {
        return None;
    }
    // Without the determiner: "some industry officials", "Other arbitrageurs".
    let rest = match rest.split_first() {
        Some((first, tail)) if word_classes::DETERMINERS.contains(&first.to_lowercase().as_str()) => tail,
        _ => rest,
    };
    Some(rest.iter().copied().chain([single]).collect::<Vec<_>>().join(" "))
}
