//! Reporting cues: whether a word reports speech (`is_cue`), and the cue with its speaker
//! mention right after a quotation (`cue_after`), right before it (`cue_before`,
//! `colon_before`) or in an introducing phrase ("issued a statement,").

use super::super::phrases::{
    COMPANY_SUFFIXES, DETERMINERS, Mention, PREPOSITIONS, PRONOUNS, STOPS, apposed_subject, coordinated_subject,
    head_word, inverted_subject, is_adverb, is_plain_noun, lower, np_backward, np_forward, past_dateline,
    sentence_subject, subject_end, superlative, without_parentheticals,
};
use super::super::tokens::{Token, Tokens};
use super::words_of::{WORDS_OF_CUE, words_of};
use crate::extract::windows::{
    APPOSED_CUE_WORDS, CLAUSE_SUBJECT_WORDS, CUE_BEFORE_WORDS, GERUND_SUBJECT_WORDS, INTERJECTED_CLAUSE_WORDS,
    QUOTED_AS_WORDS, ROLE_APPOSITION_WORDS, SUBJECT_PHRASE_WORDS,
};
use crate::lexicon::word_classes;
use crate::lexicon::{Lexicon, singular};
use std::ops::Range;

/// A reporting cue found, with the mention of its speaker (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cued {
    /// The speaker as written; `None` for a cue without a subject of its own ("…,
    /// saying"), whose speaker the caller finds.
    pub mention: Option<Mention>,
    /// The reporting verb or phrase as written ("said", "according to", "—").
    pub cue: String,
}

/// A cue with the mention it points to.
pub(super) fn cued(mention: Option<Mention>, cue: impl Into<String>) -> Cued {
    Cued { mention, cue: cue.into() }
}

/// Past forms of reporting verbs that do not end in -ed.
const IRREGULAR_PAST: &[&str] = word_classes::IRREGULAR_PAST;

/// Forms of "be" that make a passive.
const PASSIVE_AUXILIARIES: &[&str] = word_classes::PASSIVE_AUXILIARIES;
/// Verbs whose object is the one spoken to ("told reporters").
pub(super) const ADDRESSED_VERBS: &[&str] = word_classes::ADDRESSED_VERBS;
/// Verbs whose object is addressed and given a clause ("urged the board to sign").
const URGING_VERBS: &[&str] = word_classes::URGING_VERBS;
/// Conjunctions that open a clause with a speaker of its own ("while", "but").
pub(super) const CONTRAST_CONJUNCTIONS: &[&str] = word_classes::CONTRAST_CONJUNCTIONS;
/// Other conjunctions that end a cue's clause ("because", "when").
const CLAUSE_CONJUNCTIONS: &[&str] = word_classes::CLAUSE_CONJUNCTIONS;
/// Reporting verbs with their particle, "verb particle" ("weighed in").
const PHRASAL_CUES: &[&str] = word_classes::PHRASAL_CUES;

/// True for a form of "be" that makes a passive ("was", "were", "been").
pub(super) fn is_passive_auxiliary(t: &Token<'_>) -> bool {
    PASSIVE_AUXILIARIES.contains(&lower(t).as_str())
}

/// A passive whose agent ("by X") can be a quotation's speaker: a finite or perfect one
/// (`"…," it was announced by the ministry`), not a participle modifying a noun (`the
/// same being proposed by X`) nor an infinitive.
pub(super) fn is_agent_passive(t: &Token<'_>) -> bool {
    let l = lower(t);
    is_passive_auxiliary(t) && l != "be" && !l.ends_with("ing")
}

/// A past form of a verb of addressing ("told", "asked", "urged"): after "was", its
/// subject heard the words.
fn is_addressed_past(word: &str) -> bool {
    (ADDRESSED_VERBS.contains(&word) || URGING_VERBS.contains(&word)) && is_past_form(word)
}

/// A verb's past form or participle: "-ed", or one of `[irregular_past]` ("told", "said").
pub(super) fn is_past_form(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_PAST.contains(&word)
}

/// `Trump was asked, "…?"`: the sentence's subject heard the words, it did not say them.
pub(super) fn subject_is_addressed(toks: &[Token<'_>]) -> bool {
    toks.windows(3).any(|w| is_passive_auxiliary(&w[0]) && is_addressed_past(w[1].text) && w[2].text != "by")
}

/// True when `toks[v]` is a reporting verb used as a verb: lower case, and not a noun
/// after a determiner or possessive ("her emails", "the States") nor an infinitive after
/// "to" ("as if to say").
pub(super) fn is_cue(toks: &[Token<'_>], v: usize, lex: &Lexicon) -> bool {
    if let Some(answer) = fixed_reading(toks, v) {
        return answer;
    }
    let t = &toks[v];
    // A capitalised cue opens its sentence ("Said Dorothy Poynter, …") or follows a comma
    // ("Murphy, the head of the PAC, Tweeted").
    let capital_ok = v == 0 || toks[v - 1].is(',');
    if !t.word || (t.is_capitalized() && !capital_ok) || !lex.is_speech_verb(t.text) {
        return false;
    }
    let cue = lower(t);
    let finite = cue.ends_with('s') || cue.ends_with("ed") || IRREGULAR_PAST.contains(&cue.as_str());
    let inflected = finite || cue.ends_with("ing");
    // First in its words, a bare base form is a noun ("…" email chains), not "said".
    if v == 0 {
        return inflected || t.is_capitalized();
    }
    !in_noun_position(toks, v, &cue, finite, lex)
        && !heads_a_subject(toks, v)
        && has_a_subject(toks, v, &cue, inflected, lex)
}

/// True when the -s form at `toks[v]` is a plural noun heading the subject of a verb after
/// it: a preposition, one to [`SUBJECT_PHRASE_WORDS`] plain words and "is", "are", "was" or
/// "were" ("real-time TV broadcasts to mobiles is "unlikely"", "reports from Iraq were");
/// not "says of the plan that it is", whose words hold a clause of their own.
fn heads_a_subject(toks: &[Token<'_>], v: usize) -> bool {
    let cue = lower(&toks[v]);
    // "He says in some areas prices were …", "Mr Brown says of the plan the cost is …": a
    // verb that is never a noun, or an -s form after a pronoun or a name, its subject (not
    // an acronym: "TV broadcasts to mobiles is").
    let subject_before = v.checked_sub(1).is_some_and(|b| {
        let before = lower(&toks[b]);
        let name = toks[b].is_capitalized() && toks[b].text.chars().any(char::is_lowercase);
        name || PRONOUNS.contains(&before.as_str())
    });
    if word_classes::VERB_ONLY_CUES.contains(&cue.as_str()) || subject_before {
        return false;
    }
    let preposition = toks.get(v + 1).is_some_and(|p| {
        let l = lower(p);
        PREPOSITIONS.contains(&l.as_str()) || word_classes::OBJECT_PREPOSITIONS.contains(&l.as_str())
    });
    if !cue.ends_with('s') || cue.ends_with("ss") || !preposition {
        return false;
    }
    let phrase = toks.get(v + 2..).unwrap_or_default();
    let Some(verb) = phrase.iter().take(SUBJECT_PHRASE_WORDS + 1).position(|t| {
        let l = lower(t);
        !t.word || PRONOUNS.contains(&l.as_str()) || STOPS.contains(&l.as_str())
    }) else {
        return false;
    };
    verb > 0 && matches!(lower(&phrase[verb]).as_str(), "is" | "are" | "was" | "were")
}

/// The readings of `toks[v]` its form and neighbours decide alone: "and I quote" (no
/// cue), "researchers were told" (no cue: the subject heard the words), "Ryan weighed in"
/// (a phrasal cue).
fn fixed_reading(toks: &[Token<'_>], v: usize) -> Option<bool> {
    let t = &toks[v];
    let next = toks.get(v + 1).map(|n| n.text);
    // "Trump said, and I quote, …": the writer quoting is not a speaker.
    if word_classes::QUOTING_WORDS.contains(&t.text) && v > 0 && toks[v - 1].text == "I" {
        return Some(false);
    }
    // "researchers were told", "Trump was asked": the subject heard the words.
    let passive = v > 0 && is_passive_auxiliary(&toks[v - 1]);
    if is_addressed_past(t.text) && passive && next != Some("by") {
        return Some(false);
    }
    // Phrasal cues: "Trump went on, …", "Ryan weighed in".
    let phrasal = |n: &str| {
        let len = t.text.len() + 1 + n.len();
        PHRASAL_CUES.iter().any(|p| {
            p.len() == len
                && p.starts_with(t.text)
                && p.ends_with(n)
                && p.split_once(' ').is_some_and(|(v, _)| v == t.text)
        })
    };
    next.is_some_and(phrasal).then_some(true)
}

/// True when a negation stands right before `toks[v]`, or before an adverb in -ly right
/// before it: "had not mentioned", "didn't say", "never publicly said" (not "not only").
fn is_denied(toks: &[Token<'_>], v: usize) -> bool {
    let negation = |t: &Token<'_>| {
        let l = lower(t);
        t.word && (word_classes::NEGATIONS.contains(&l.as_str()) || l.ends_with("n't") || l.ends_with("n\u{2019}t"))
    };
    let Some(prev) = v.checked_sub(1).map(|p| &toks[p]) else { return false };
    let adverb = prev.word && prev.text.len() > 4 && lower(prev).ends_with("ly");
    negation(prev) || (adverb && v >= 2 && negation(&toks[v - 2]))
}

/// True when the reporting verb `cue` at `toks[v]` (not first) stands where a noun does:
/// after a possessive or determiner ("her emails"), after "to" ("as if to say"), or after
/// a determiner and an adjective ("a verbal lashing", "his recent remarks").
fn in_noun_position(toks: &[Token<'_>], v: usize, cue: &str, finite: bool, lex: &Lexicon) -> bool {
    const ENDINGS: &[&str] = word_classes::ADJECTIVE_ENDINGS;
    const QUANTIFIERS: &[&str] = word_classes::QUANTIFIERS;
    let prev = &toks[v - 1];
    let l = lower(prev);
    // "a verbal lashing", "one common saying", "a public-records request", "The clearest
    // signals": after a
    // determiner and an adjective, a form that is not a past or a third person is a noun.
    let adjective = |w: &Token<'_>| {
        let l = lower(w);
        w.word
            && !w.is_capitalized()
            && !lex.is_role_noun(&l)
            && (l.contains('-') || ENDINGS.iter().any(|e| l.ends_with(e)) || superlative(&l))
    };
    let after_determiner_and_adjective =
        v >= 2 && DETERMINERS.contains(&lower(&toks[v - 2]).as_str()) && adjective(prev);
    // "his recent remarks": even a third person or a past is a noun there.
    if after_determiner_and_adjective && cue.ends_with('s') {
        return true;
    }
    // "the nine-year recommended term": a past participle between a determiner's compound
    // adjective and a noun describes the noun; it reports nothing. (Not "The cable
    // indicated 13 …": an "-able" ending is too weak a sign of an adjective here.)
    let modifier = l.contains('-');
    let noun_next = toks.get(v + 1).is_some_and(|n| {
        let l = lower(n);
        n.text.chars().all(char::is_alphabetic)
            && !n.is_capitalized()
            && !STOPS.contains(&l.as_str())
            && !DETERMINERS.contains(&l.as_str())
    });
    if after_determiner_and_adjective && modifier && cue.ends_with("ed") && noun_next {
        return true;
    }
    let after_adjective = !finite && after_determiner_and_adjective;
    // "the two write", "some say": a number or quantifier is itself the subject.
    let noun_position = prev.is_possessive()
        || (DETERMINERS.contains(&l.as_str()) && l != "that" && !QUANTIFIERS.contains(&l.as_str()))
        || l == "to"
        || after_adjective;
    prev.word && noun_position
}

/// True when the words before the reporting verb `cue` at `toks[v]` give it a subject.
/// A bare base form ("chant", "state", "post") is a verb only after a pronoun, a modal or
/// a plural subject ("critics say", "they chant", "will say").
fn has_a_subject(toks: &[Token<'_>], v: usize, cue: &str, inflected: bool, lex: &Lexicon) -> bool {
    const QUANTIFIERS: &[&str] = word_classes::QUANTIFIERS;
    const MODALS: &[&str] = word_classes::MODALS;
    // Look past adverbs for the subject: "Mexicans often say".
    let Some(at) = toks[..v].iter().rposition(|p| !is_adverb(p) && lower(p) != "often") else { return inflected };
    let subject = &toks[at];
    let l = lower(subject);
    // "six new pledges", "her remarks": an -s form after a plain word is a plural noun.
    let third_person = cue.ends_with('s') && !cue.ends_with("ss");
    // "a few questions", "a number of reports": a quantity, not a subject.
    if third_person && word_classes::QUANTITY_NOUNS.contains(&l.as_str()) {
        return false;
    }
    if third_person {
        return third_person_subject(toks, at, cue, lex);
    }
    inflected
        || PRONOUNS.contains(&l.as_str())
        || MODALS.contains(&l.as_str())
        || (QUANTIFIERS.contains(&l.as_str()) && toks.get(v + 1).is_none_or(|n| !n.word || n.text == "that"))
        || (subject.word && l.ends_with('s'))
}

/// "the report says" is a clause; "six new pledges" is not: true when `toks[at]` can be
/// the subject of the third-person form `cue`.
fn third_person_subject(toks: &[Token<'_>], at: usize, cue: &str, lex: &Lexicon) -> bool {
    const VERB_ONLY: &[&str] = word_classes::VERB_ONLY_CUES;
    let subject = &toks[at];
    let l = lower(subject);
    let led = at == 0 || {
        let before = &toks[at - 1];
        let l = lower(before);
        let modifier =
            before.word && !before.is_capitalized() && !before.is_possessive() && !DETERMINERS.contains(&l.as_str());
        !modifier
    };
    // "the editorial board writes": a description led by a determiner, before a form that
    // is rarely a plural noun.
    let described = VERB_ONLY.contains(&cue)
        && toks[at.saturating_sub(3)..at].iter().any(|p| DETERMINERS.contains(&lower(p).as_str()));
    if !VERB_ONLY.contains(&cue) && modifies_plural(toks, at, lex) {
        return false;
    }
    subject.is_capitalized()
        || PRONOUNS.contains(&l.as_str())
        || lex.is_role_noun(&l)
        || lex.is_role_noun(subject.base())
        || led
        || described
        || !subject.word
}

/// True when the word `toks[at]` before an -s form qualifies it as a plural noun rather than
/// being its subject: a party's or a nation's adjective after "of" ("11% of Democratic
/// claims"), a name after a number or a quantifier ("22 Clinton emails", "several Trump
/// tweets"); not after a year ("In 2016 Trump claims").
fn modifies_plural(toks: &[Token<'_>], at: usize, lex: &Lexicon) -> bool {
    let Some(before) = at.checked_sub(1).map(|p| &toks[p]) else { return false };
    let l = lower(before);
    let number = before.text.starts_with(|c: char| c.is_ascii_digit())
        && before.text.chars().all(|c| c.is_ascii_digit() || c == ',')
        && !is_year(toks, at - 1);
    let counted = number || word_classes::QUANTIFIERS.contains(&l.as_str());
    let subject = &toks[at];
    (l == "of" && is_proper_adjective(subject, lex)) || (counted && subject.word && subject.is_capitalized())
}

/// True when the figure `toks[at]` is a year, no count: four digits from 1800 to 2099 ("In
/// 2016 Trump claims"). Not a figure after a preposition ("from 50 African states" counts)
/// nor a day after a month's name ("the March 1 Southeastern states" count).
fn is_year(toks: &[Token<'_>], at: usize) -> bool {
    toks[at].text.len() == 4 && toks[at].text.parse::<u16>().is_ok_and(|y| (1800..=2099).contains(&y))
}

/// True for a capitalised adjective of a party or a nation: a party label ("Democratic",
/// "Tory") or a word in -ic, -ian, -ese or -ish ("Republican", "Japanese"), no given name
/// ("Brian").
fn is_proper_adjective(t: &Token<'_>, lex: &Lexicon) -> bool {
    t.word
        && t.is_capitalized()
        && !lex.is_given_name(t.text)
        && (word_classes::PARTY_LABELS.contains(&t.text)
            || word_classes::PROPER_ADJECTIVE_ENDINGS.iter().any(|e| t.text.ends_with(e)))
}

/// `"…," Petro wrote` / `"…," said Treasury Secretary Scott Bessent` / `"…," according to X`.
pub(super) fn cue_after(tokens: &Tokens<'_>, after: Range<usize>, window: usize, lex: &Lexicon) -> Option<Cued> {
    let text = tokens.text();
    // Whether the quotation before ends its own sentence ("….\"").
    let ended = text[..after.start.min(text.len())]
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'\u{201d}\u{2019}\u{bb}".contains(c))
        .ends_with(['.', '!', '?']);
    let toks = without_parentheticals(&tokens.within(after));
    if let Some(found) = dash_line(text, &toks, lex) {
        return Some(found);
    }
    let toks: Vec<Token<'_>> = toks.into_iter().skip_while(|t| !t.word && !t.is('(')).collect();
    let window = clause_window(&toks, window);
    for v in 0..window {
        if let Some(found) = cue_after_at(text, &toks, v, ended, lex) {
            return found;
        }
    }
    cue_past_apposition(text, &toks, window, ended, lex).or_else(|| interjected_cue(text, &toks, window, lex))
}

/// `"…," Steve Rosenthal, a former political director of the A.F.L.-C.I.O. and progressive
/// political organizer, wrote in an email`: when the words after a quotation open with a
/// name and an apposition that runs past the cue's window (`window` words read), the cue
/// right after a later comma of the clause, up to [`APPOSED_CUE_WORDS`] words, is that
/// name's. Only a cue with a subject found counts, and one that ends the clause or goes on
/// with a setting or an addressee ("in an email", "told Reuters"), never one that reports a
/// clause of its own (`"…". Martin Bell, who won the seat …, said politicians often fail`).
fn cue_past_apposition(text: &str, toks: &[Token<'_>], window: usize, ended: bool, lex: &Lexicon) -> Option<Cued> {
    let named = toks.first().is_some_and(Token::is_capitalized) && opening_subject(text, toks, lex).is_some();
    if !named || window == 0 || window >= toks.len() {
        return None;
    }
    let wide = clause_window(toks, APPOSED_CUE_WORDS);
    let ends_or_sets = |v: usize| {
        ADDRESSED_VERBS.contains(&toks[v].text)
            || toks.get(v + 1).is_none_or(|n| {
                !n.word || n.is_capitalized() || PREPOSITIONS.contains(&lower(n).as_str()) || is_adverb(n)
            })
    };
    (window.max(2)..wide).find_map(|v| {
        let after_comma = toks[v - 1].is(',') && toks[v].word && !toks[v].is_capitalized() && ends_or_sets(v);
        let found = if after_comma { cue_after_at(text, toks, v, ended, lex)?? } else { return None };
        found.mention.is_some().then_some(found)
    })
}

/// The cue recorded for a dash line.
pub(super) const DASH_LINE: &str = "\u{2014}";

/// The dashes that open a dash line or a credit line.
const DASHES: [char; 4] = ['\u{2014}', '\u{2015}', '\u{2013}', '-'];

/// A dash line: `"…" — Commissioner Ana Soto`.
fn dash_line(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Cued> {
    let dashes = toks.iter().take_while(|t| DASHES.iter().any(|d| t.is(*d))).count();
    if dashes == 0 || !toks.get(dashes).is_some_and(Token::is_capitalized) {
        return None;
    }
    Some(cued(Some(np_forward(text, toks, dashes, lex)?), DASH_LINE))
}

/// The credit line opening the text after byte `from` (the next paragraph) when that line
/// is only a dash and a name, with at most a comma's context after it: `- Bernie Sanders.`,
/// `-Michelle Marks, Philadelphia.`; not a list item (`- Raise taxes on the rich.`).
pub(super) fn credit_line(tokens: &Tokens<'_>, from: usize, lex: &Lexicon) -> Option<Cued> {
    let text = tokens.text();
    let rest = text.get(from..)?;
    let start = from + (rest.len() - rest.trim_start().len());
    if !text[start..].starts_with(DASHES) {
        return None;
    }
    let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
    let toks = tokens.within(start..end);
    let found = dash_line(text, &toks, lex)?;
    let mention = found.mention.as_ref()?;
    let after = toks.iter().find(|t| t.start >= mention.span.end);
    let ends = after.is_none_or(|t| t.is(',') || t.is('.'));
    (ends && credits_a_person(tokens, &mention.text, lex)).then_some(found)
}

/// Whether the name on a credit line is a person's, not an agency's or an outlet's (`-
/// Associated Press.`, `-- Reuters`): no known organisation nor organisation word, and a
/// lone word only when the article writes it after a given name or an honorific (`Sanders`
/// of `Bernie Sanders`).
fn credits_a_person(tokens: &Tokens<'_>, name: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let organisation = lex.find_organization(name).is_some()
        || words.iter().any(|w| w.starts_with(char::is_uppercase) && lex.is_org_word(w));
    if organisation {
        return false;
    }
    let [word] = words[..] else { return true };
    lex.is_given_name(word)
        || tokens.all().windows(2).any(|w| {
            w[1].text == word && w[0].is_capitalized() && (lex.is_given_name(w[0].text) || lex.is_honorific(w[0].text))
        })
}

/// How many of `toks` (at most `window`) belong to the clause after a quotation: it ends at
/// its punctuation or at a conjunction that starts another ("…" in the waterway, while the
/// ministry weighed in).
fn clause_window(toks: &[Token<'_>], window: usize) -> usize {
    (0..toks.len())
        .take_while(|&i| {
            let t = &toks[i];
            let clause_end = t.is('.') || t.is(':') || t.is(';') || t.is('?') || t.is('!');
            // ", and Trump vowed": a coordinated clause with its own subject (not ",
            // refugees, and migration,").
            let subject_next =
                toks.get(i + 1).is_some_and(|n| n.is_capitalized() || PRONOUNS.contains(&lower(n).as_str()));
            let new_clause =
                word_classes::LIST_CONJUNCTIONS.contains(&t.text) && i > 0 && toks[i - 1].is(',') && subject_next;
            !clause_end
                && !new_clause
                && !CONTRAST_CONJUNCTIONS.contains(&t.text)
                && !CLAUSE_CONJUNCTIONS.contains(&t.text)
        })
        .take(window)
        .count()
}

/// Whether `toks[c]` is a speech cue that is not denied: one that claims a quotation of its
/// sentence over an "in the words of" phrase (`Boris Johnson told the rally that, in the
/// words of Winston Churchill, "…"` is Johnson's).
fn speech_cue_at(toks: &[Token<'_>], c: usize, lex: &Lexicon) -> bool {
    toks[c].word && is_cue(toks, c, lex) && !is_denied(toks, c)
}

/// A phrase naming a source at `toks[v]` after a quotation, no verb in it: "according to
/// X", "per the report", and right after the quotation "in the words of X".
fn source_phrase_after(text: &str, toks: &[Token<'_>], v: usize, lex: &Lexicon) -> Option<Cued> {
    let t = &toks[v];
    if lower(t) == "according" && toks.get(v + 1).is_some_and(|n| lower(n) == "to") {
        return Some(cued(np_forward(text, toks, v + 2, lex), "according to"));
    }
    // `"…," in the words of one aide`: the phrase right after the quotation, unless a cue
    // later in the sentence claims it (`"…," in the words of the song, the crowd sang`).
    if v == 0
        && let Some((owner, next)) = words_of(text, toks, v, lex)
        && !(next..toks.len()).take_while(|&c| !toks[c].is('.')).any(|c| speech_cue_at(toks, c, lex))
    {
        return Some(cued(Some(owner), WORDS_OF_CUE));
    }
    // "per the report"; not a capitalised "Per" opening a name ("spokesman Per Paust told").
    let per_name =
        t.is_capitalized() && toks.get(v + 1).is_some_and(Token::is_capitalized) && v > 0 && toks[v - 1].word;
    (lower(t) == "per" && !per_name && toks.get(v + 1).is_some_and(|n| n.word))
        .then(|| cued(np_forward(text, toks, v + 1, lex), "per"))
}

/// The cue after a quotation when `toks[v]` is one: `Some` with what [`cue_after`] returns
/// (`Some(None)` when it settles that there is none), `None` to read on.
fn cue_after_at(text: &str, toks: &[Token<'_>], v: usize, ended: bool, lex: &Lexicon) -> Option<Option<Cued>> {
    let t = &toks[v];
    if !t.word {
        return None;
    }
    if let Some(found) = source_phrase_after(text, toks, v, lex) {
        return Some(Some(found));
    }
    // Right after a quotation a capitalised word starts a name ("Post White House bureau
    // chief …"), not a cue.
    if !is_cue(toks, v, lex) || (v == 0 && t.is_capitalized()) {
        return None;
    }
    if is_gerund(toks, v) {
        return None;
    }
    // `"… a great year." Hayes said: "…"`: after a finished quotation, a cue ending in a
    // colon introduces the next one.
    if toks.get(v + 1).is_some_and(|n| n.is(':')) && ended {
        return Some(None);
    }
    let cue = t.text.to_string();
    // Passive: `"…," it was announced by the ministry`.
    let passive = v > 0 && is_agent_passive(&toks[v - 1]);
    if passive && toks.get(v + 1).is_some_and(|b| b.text == "by") {
        return Some(Some(cued(np_forward(text, toks, v + 2, lex), cue)));
    }
    // `"…," AP quoted prosecutor Russell McGuire as saying`: the one quoted speaks.
    if lower(t) == "quoted"
        && let Some(as_at) = toks[v + 1..].iter().take(QUOTED_AS_WORDS).position(|x| x.text == "as").map(|p| v + 1 + p)
        && toks.get(as_at + 1).is_some_and(|x| lex.is_speech_verb(x.text))
        && let Some(np) = np_backward(text, &toks[v + 1..as_at], lex)
    {
        return Some(Some(cued(Some(np), toks[as_at + 1].text.to_string())));
    }
    // `"…," shop owner Hayriye Evren, told Associated Press`: a stray comma before "told"
    // and its addressee leaves the subject before it; nobody is "told" in inverted order.
    // Not after an apposition closed by that comma (`"…," Tevfik Aksoy, chief economist
    // for Deutsche Bank, told AP`): the subject opening the words is read below.
    if v > 1
        && toks[v - 1].is(',')
        && !toks[..v - 1].iter().any(|t| t.is(','))
        && ADDRESSED_VERBS.contains(&t.text)
        && toks.get(v + 1).is_some_and(Token::is_capitalized)
        && let Some(np) = subject_before(text, &toks[..v - 1], lex)
    {
        return Some(Some(cued(Some(np), cue)));
    }
    // `"…" in demand, vice president of group marketing, J. David Lyons, told Reuters`: with
    // no subject opening the words, a name set off by commas before "told" is its subject,
    // never the addressee after it.
    if v > 1
        && toks[v - 1].is(',')
        && ADDRESSED_VERBS.contains(&t.text)
        && opening_subject(text, &toks[..v], lex).is_none()
        && let Some(np) = apposed_subject(text, &toks[..v], lex)
        && np.text.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count() >= 2
    {
        return Some(Some(cued(Some(np), cue)));
    }
    // `"…," said X` and `"…," like …, said X`: the subject follows the cue, unless a subject
    // and its apposition stand before it (`"…," Ramos, 58, told AFP`).
    if v == 0 || (toks[v - 1].is(',') && opening_subject(text, &toks[..v], lex).is_none()) {
        if let Some(np) = inverted_subject(text, toks, v, false, lex) {
            return Some(Some(cued(Some(np), cue)));
        }
        if v == 0 {
            return Some(Some(cued(None, cue)));
        }
    }
    Some(subject_before_cue(text, toks, v, lex).map(|np| cued(np, cue)))
}

/// `"…" that allow it to operate the aircraft without adding to its debt`, `"…" without
/// reporters asking him`: an -ing form at `toks[v]` after a preposition (and up to
/// [`GERUND_SUBJECT_WORDS`] of its own subject) is a gerund, which reports nothing.
fn is_gerund(toks: &[Token<'_>], v: usize) -> bool {
    lower(&toks[v]).ends_with("ing")
        && toks[v.saturating_sub(GERUND_SUBJECT_WORDS + 1)..v]
            .iter()
            .rev()
            .take_while(|p| p.word)
            .any(|p| word_classes::GERUND_PREPOSITIONS.contains(&lower(p).as_str()))
}

/// The subject of the cue at `toks[v]` in the words before it, minus adverbs ("Petro
/// later wrote"); `None` when those words are a clause without one (no cue, then).
fn subject_before_cue(text: &str, toks: &[Token<'_>], v: usize, lex: &Lexicon) -> Option<Option<Mention>> {
    let end = subject_end(toks, v);
    // An apposition ends the subject at its first comma: "Hugh Hill, a doctor, said". But a
    // name right before the cue is the subject: `"…" of the plan, Mr. Holtz-Eakin said`.
    let last_comma = toks[..end].iter().rposition(|t| t.is(','));
    let named_last = last_comma.is_some_and(|c| {
        c + 1 < v && toks.get(c + 1).is_some_and(|t| t.is_capitalized() && !DETERMINERS.contains(&lower(t).as_str()))
    });
    // Nor does a comma in the reporter's own words (`"…" with Rubio, in a finish that he
    // said`): only a subject opening the words can have an apposition.
    let subject_end = match last_comma {
        Some(_) if named_last || opening_subject(text, &toks[..end], lex).is_none() => end,
        _ => toks[..end].iter().position(|t| t.is(',')).unwrap_or(end),
    };
    // A lone capitalised word before the cue is a name even when it is also a common word
    // ("…," Read said).
    let lone_name = (subject_end == 1 && toks[0].is_capitalized())
        .then(|| Mention { text: toks[0].text.to_string(), span: toks[0].span() });
    // "the order released Friday said": a description with a participle after it.
    let described = || {
        let past = subject_end.checked_sub(1).filter(|&p| p > 0 && lower(&toks[p]).ends_with("ed"))?;
        np_backward(text, &toks[..past], lex).filter(|Mention { text: m, .. }| {
            DETERMINERS.contains(&m.split_whitespace().next().unwrap_or_default().to_lowercase().as_str())
        })
    };
    // `"…," May wrote`, `"…," Mr May said`: a capitalised modal before the cue is a name.
    let np = modal_named(text, toks, v)
        .or_else(|| subject_before(text, &toks[..subject_end], lex))
        .or(lone_name)
        .or_else(described);
    if np.is_none() && v > 0 && toks[..end].iter().all(|t| t.word) && end > 0 {
        return None;
    }
    Some(np)
}

/// `"…," since so many cases were close, said Lee Epstein`: past an interjected clause
/// (from `toks[window]`), an inverted cue after a comma still attributes the quotation.
fn interjected_cue(text: &str, toks: &[Token<'_>], window: usize, lex: &Lexicon) -> Option<Cued> {
    let interjected = toks.get(window).is_some_and(|t| t.word);
    if !interjected {
        return None;
    }
    let sentence_end = toks.iter().position(|t| t.is('.') || t.is('?') || t.is('!')).unwrap_or(toks.len());
    (window + 1..sentence_end.min(window + INTERJECTED_CLAUSE_WORDS)).find_map(|v| -> Option<Cued> {
        let addressed = ADDRESSED_VERBS.contains(&toks[v].text);
        let inverted =
            toks[v - 1].is(',') && toks[v].word && !toks[v].is_capitalized() && !addressed && is_cue(toks, v, lex);
        let np = if inverted { inverted_subject(text, toks, v, false, lex) } else { None };
        np.map(|np| cued(Some(np), toks[v].text))
    })
}

/// The noun phrase `toks` open with, closed by a comma: the subject of an apposition
/// (`Sarandon, 69,`, `Morton Blackwell, the committeeman from Virginia,`).
fn opening_subject(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    let comma = toks.iter().position(|t| t.is(','))?;
    let head = &toks[..comma];
    let first = head.first()?;
    np_backward(text, head, lex).filter(|Mention { text: m, span }| {
        span.start == first.start && (m.chars().next().is_some_and(char::is_uppercase) || head.len() > 1)
    })
}

/// The subject ending `toks`, with one correction: `Colin Asplin, Blackpool Hotel
/// Association said` names the person before the affiliation, not the organisation.
pub(super) fn subject_before(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    subject_before_within(text, toks, SUBJECT_STEPS, lex)
}

/// The most times [`subject_past_firm_or_place`] steps back past a firm's "and" or a place's
/// "in" for one subject: a chain with no end ("Analysts of Tom Brown and Ann Lee of Tom Brown
/// and Ann Lee …", 5,000 times) would otherwise nest a call per link and overflow the stack.
const SUBJECT_STEPS: usize = 4;

/// [`subject_before`], stepping back past a firm or a place at most `steps` more times.
fn subject_before_within(text: &str, toks: &[Token<'_>], steps: usize, lex: &Lexicon) -> Option<Mention> {
    let np = np_backward(text, toks, lex)?;
    // `H.P. Smith, analyst at Smith Barney, Harris Upham and Co said`: a company's suffix
    // ends the apposition; the subject opens the clause.
    if COMPANY_SUFFIXES.contains(&np.text.trim_end_matches('.'))
        && let Some(opening) = opening_subject(text, toks, lex)
    {
        return Some(opening);
    }
    let first = toks.iter().position(|t| t.start == np.span.start)?;
    if let Some(subject) =
        steps.checked_sub(1).and_then(|steps| subject_past_firm_or_place(text, toks, first, &np, steps, lex))
    {
        return Some(subject);
    }
    // "an aide to Chirac told reporters": the one acting for the name speaks, not the name.
    let acting_for = first >= 2
        && word_classes::ACTING_FOR.contains(&lower(&toks[first - 1]).as_str())
        && toks[first - 2].word
        && lex.is_role_noun(&lower(&toks[first - 2]));
    if acting_for && let Some(agent) = np_backward(text, &toks[..first - 1], lex) {
        return Some(Mention::at(text, agent.span.start..np.span.end));
    }
    // "Another intelligence source speaking to Fox News said", "One aide talking to
    // reporters said": the phrase after a participle's preposition is its object; the one
    // speaking comes before the participle.
    let preposition = |t: &Token<'_>| {
        let l = lower(t);
        PREPOSITIONS.contains(&l.as_str()) || word_classes::ACTING_FOR.contains(&l.as_str())
    };
    let spoken_to = first >= 3
        && preposition(&toks[first - 1])
        && word_classes::ACCOMPANYING_PARTICIPLES.contains(&toks[first - 2].text);
    if spoken_to && let Some(speaker) = np_backward(text, &toks[..first - 2], lex) {
        return Some(speaker);
    }
    // "Sanders' fundraising email to his supporters notes": a text's addressee described
    // is no speaker; the text is (not `In a speech to the Centre Mr Straw said`, a name last).
    let described = np.text.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_lowercase));
    let addressed_text =
        first >= 2 && described && lower(&toks[first - 1]) == "to" && lex.is_document_noun(&lower(&toks[first - 2]));
    if addressed_text && let Some(text_np) = np_backward(text, &toks[..first - 1], lex) {
        return Some(text_np);
    }
    if let Some(named) = name_before_role(text, toks, first, &np, lex) {
        return Some(named);
    }
    let organisation = lex.find_organization(&np.text).is_some()
        || np
            .text
            .split_whitespace()
            .last()
            .is_some_and(|w| lex.is_org_word(w) && w.chars().next().is_some_and(char::is_uppercase));
    if organisation && first >= 3 && toks[first - 1].is(',') {
        let person = np_backward(text, &toks[..first - 1], lex);
        let named = person.as_ref().is_some_and(|Mention { text: m, .. }| {
            let words: Vec<&str> = m.split_whitespace().collect();
            words.len() >= 2 && words.iter().any(|w| lex.is_given_name(w))
        });
        if named {
            return person;
        }
    }
    Some(np)
}

/// The subject before the phrase `np` read back from a cue (opening at `toks[first]`) when
/// that phrase is no subject: the last word of a firm's name joined by "and" ("Thom Brown of
/// Butcher and Singer said"), or a place after "in" ("Hans Peter Ast of Sogenal in Zurich
/// said", "a securities firm operating in Singapore told"); the subject found there may step
/// back `steps` more times.
fn subject_past_firm_or_place(
    text: &str,
    toks: &[Token<'_>],
    first: usize,
    np: &Mention,
    steps: usize,
    lex: &Lexicon,
) -> Option<Mention> {
    // "Thom Brown of Butcher and Singer said": the last word of a firm's name joined by
    // "and" is not the subject; the person before the firm's "of" or "at" is.
    if first >= 2 && lower(&toks[first - 1]) == "and" && toks[first - 2].is_capitalized() {
        let of = |t: &Token<'_>| matches!(lower(t).as_str(), "of" | "at");
        // A person's name: a given name and another capitalised word before "of" or "at".
        let person = subject_before_within(text, &toks[..first - 1], steps, lex).filter(|m| {
            let from = toks.iter().position(|t| t.start >= m.span.start).unwrap_or(first);
            let words = toks.get(from..first - 2).unwrap_or_default();
            let name = words.iter().take_while(|t| !of(t)).count();
            name >= 2
                && name < words.len()
                && words[..name].iter().all(Token::is_capitalized)
                && lex.is_given_name(words[0].text)
        });
        if person.is_some() {
            return person;
        }
    }
    // "Hans Peter Ast of Sogenal in Zurich said", "Analyst Tom Brown in Frankfurt said": a
    // place after "in" says where the subject is; the subject stands before it, and before
    // a participle placing it ("a securities firm operating in Singapore told").
    let placed = first >= 2
        && lower(&toks[first - 1]) == "in"
        && (lex.is_place_name(&np.text) || lex.country_named(&np.text).is_some());
    if placed {
        let p = &toks[first - 2];
        let participle = p.word && !p.is_capitalized() && (p.text.ends_with("ing") || p.text.ends_with("ed"));
        let end = if participle { first - 2 } else { first - 1 };
        return subject_before_within(text, &toks[..end], steps, lex);
    }
    None
}

/// `Mr Prettejohn, Lloyd's chief executive said`, `Gene Cartledge, chairman and chief
/// executive officer of Union Camp said`, `Zoran Popov, senior research fellow at The
/// Belgrade Institute for Industrial Economy said`: an apposition left unclosed before the
/// cue is a role (ending in a role noun, or a role and its organisation after a
/// preposition), and the name before its comma speaks. `np` is the phrase read back from
/// the cue, opening at `toks[first]`.
fn name_before_role(text: &str, toks: &[Token<'_>], first: usize, np: &Mention, lex: &Lexicon) -> Option<Mention> {
    let head = np.text.split_whitespace().last().unwrap_or_default();
    let role = head.starts_with(char::is_lowercase) && lex.is_role_noun(head);
    let preposition = |t: &Token<'_>| PREPOSITIONS.contains(&lower(t).as_str());
    // A role noun before a preposition ("President of"), or a description in lower case up
    // to the first one ("senior research fellow at").
    let role_of = |words: &[Token<'_>]| {
        words.windows(2).any(|w| w[0].word && lex.is_role_noun(&lower(&w[0])) && preposition(&w[1]))
            || words
                .iter()
                .position(preposition)
                .is_some_and(|p| p > 0 && words[..p].iter().all(|t| t.text.chars().all(char::is_lowercase)))
    };
    // "of Union Camp", "at The Belgrade Institute for": back over the role's words to the
    // comma; a role noun and its preposition are among them.
    let of_role = first >= 2 && preposition(&toks[first - 1]);
    let end = toks.iter().rposition(|t| t.start < np.span.end).map_or(first, |e| e + 1);
    let opens = if of_role {
        let from = first.saturating_sub(ROLE_APPOSITION_WORDS);
        let comma = toks[from..first].iter().rposition(|t| t.is(','))? + from;
        let words = &toks[comma + 1..first];
        (role_of(words) && words.iter().all(|t| t.word)).then_some(comma + 1)?
    } else if role {
        first
    } else if toks[first].text.starts_with(char::is_lowercase) && role_of(&toks[first..end]) {
        // "Howard Archer, economist at Global Insight said": the phrase read back is the
        // whole role and its organisation.
        first
    } else {
        return None;
    };
    if opens < 2 || !toks[opens - 1].is(',') {
        return None;
    }
    let name = np_backward(text, &toks[..opens - 1], lex)?;
    let words: Vec<&str> = name.text.split_whitespace().collect();
    let named = words.len() >= 2
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && toks.iter().take_while(|t| t.start < name.span.start).all(|t| !t.word)
        && lex.find_organization(&name.text).is_none();
    named.then_some(name)
}

/// `Trump leaned in and boomed: "…"` / `More from Blumenthal and Cohen: "…"`: a clause
/// ending in a colon introduces its subject's words even without a reporting verb.
pub(super) fn colon_before(tokens: &Tokens<'_>, before: &Range<usize>, lex: &Lexicon) -> Option<Cued> {
    let text = tokens.text();
    let toks = tokens.within(before.clone());
    let (last, rest) = toks.split_last()?;
    if !last.is(':') || rest.is_empty() {
        return None;
    }
    // A name ending the clause is its speaker (`More from Blumenthal:`), unless it is an
    // object (`delivered a blunt message to Trump:`).
    let named = np_backward(text, rest, lex).filter(|Mention { text: m, span }| {
        let object = rest
            .iter()
            .rposition(|t| t.start < span.start)
            .is_some_and(|p| word_classes::OBJECT_PREPOSITIONS.contains(&lower(&rest[p]).as_str()));
        m.chars().next().is_some_and(char::is_uppercase) && !object
    });
    // Without a name, the clause's subject, unless it is cut short ("The challenge of") or
    // is an activity ("The scheduling was so odd that …:").
    let whole = |m: &str| {
        let head = m.split_whitespace().last().unwrap_or_default();
        let l = head.to_lowercase();
        !(STOPS.contains(&l.as_str()) || l == "of" || (head.starts_with(char::is_lowercase) && l.ends_with("ing")))
    };
    let mention = named
        .or_else(|| quoted_from_a_text(text, rest, lex))
        .or_else(|| sentence_subject(text, rest, lex).filter(|Mention { text: m, .. }| whole(m)))?;
    Some(cued(Some(mention), ":"))
}

/// `From the report: "…"`, `More from the study:`: a text after "from" ending the clause
/// before a colon is what the quotation is taken from, its speaker.
fn quoted_from_a_text(text: &str, rest: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    let np = np_backward(text, rest, lex)?;
    let at = rest.iter().position(|t| t.start == np.span.start)?;
    let from = at > 0 && lower(&rest[at - 1]) == "from";
    let head = np.text.split_whitespace().last().unwrap_or_default();
    (from && head.starts_with(char::is_lowercase) && lex.is_document_noun(head)).then_some(np)
}

/// `Petro declared: "…"` / `Paul, who wrote on social media, "…"` / `According to X, "…"`.
pub(super) fn cue_before(tokens: &Tokens<'_>, before: Range<usize>, lex: &Lexicon) -> Option<Cued> {
    let text = tokens.text();
    let toks = tokens.within(before);
    let toks = without_parentheticals(&toks[past_dateline(&toks)..]);
    if let Some(found) = introducing_phrase(text, &toks, lex) {
        return Some(found);
    }
    let n = toks.len();
    let from = n.saturating_sub(CUE_BEFORE_WORDS);
    for v in (from..n).rev() {
        let t = &toks[v];
        if !t.word {
            continue;
        }
        if lower(t) == "according" && toks.get(v + 1).is_some_and(|x| lower(x) == "to") {
            return Some(cued(np_forward(text, &toks, v + 2, lex), "according to"));
        }
        // `in Fortune's words, "…"`: the phrase right before the quotation, marks only
        // between.
        if let Some((owner, next)) = words_of(text, &toks, v, lex)
            && toks[next..].iter().all(|x| !x.word)
            && !(from..v).any(|c| speech_cue_at(&toks, c, lex))
        {
            return Some(cued(Some(owner), WORDS_OF_CUE));
        }
        // "had not mentioned", "never said": a denied cue reports no words of its subject;
        // a cue before it may (`Cooper said Sullivan had not mentioned "…"`).
        if !(is_cue(&toks, v, lex) || names_its_object(&toks, v, lex)) || is_denied(&toks, v) {
            continue;
        }
        // Between the cue and the quotation: light words only ("told CNN:", "on X,"); a
        // semicolon right after the cue stands for a colon (`he said; "…"`).
        let colon_typo = n == v + 2 && toks[v + 1].is(';');
        if !colon_typo && toks[v + 1..].iter().any(|x| x.is('.') || x.is(';')) {
            return None;
        }
        let cue = t.text.to_string();
        if lower(t).ends_with("ing") {
            return Some(cued(participle_subject(text, &toks, v, lex), cue));
        }
        // Passive: `Sanders was asked by host Bill Maher, "…"`; also a participle right
        // after its noun (`a view shared by Rooney, who believes "…"`).
        let passive = v > 0 && (is_agent_passive(&toks[v - 1]) || follows_its_noun(&toks, v));
        if passive && toks.get(v + 1).is_some_and(|b| b.text == "by") {
            return Some(cued(np_forward(text, &toks, v + 2, lex), cue));
        }
        // A parenthetical inversion: `The paradox of Nancy, says Carl Anthony, historian at
        // …, is that she was "…"`.
        if v > 0 && toks[v - 1].is(',') && !ADDRESSED_VERBS.contains(&lower(t).as_str()) {
            let np = np_forward(text, &toks, v + 1, lex);
            let closed = np.as_ref().is_some_and(|Mention { span, .. }| {
                toks.iter().find(|x| x.start >= span.end).is_some_and(|x| x.is(','))
            });
            if closed {
                return Some(cued(np, cue));
            }
        }
        return Some(subject_cued(text, &toks, v, cue, lex));
    }
    None
}

/// True when the cue at `toks[v]` is a participle of sharing words (`[sharing_participles]`)
/// right after the noun it describes, a passive without its auxiliary: `a view shared by
/// Rooney`, `fears voiced by farmers`; the noun is what was said, the agent after "by" said
/// it. Not a finite verb after its subject (`a spokesman said by telephone`), nor after
/// "being" (`The concerns being expressed by many leaders go beyond …` runs on). The agent
/// must report the quotation itself, by a relative's "who" right after its comma (`shared by
/// Rooney, who believes "…"`): not `His remarks repeated by aides were clear: "…"` nor
/// `repeated by aides who were in the room were clear: "…"`, whose speaker is the owner of
/// the remarks.
fn follows_its_noun(toks: &[Token<'_>], v: usize) -> bool {
    // The agent's words after "by" (which the caller checks) run to the first mark: a comma
    // there, then "who".
    let relative = || {
        let mark = toks.iter().skip(v + 2).position(|t| !t.word).map(|p| v + 2 + p);
        mark.is_some_and(|m| m > v + 2 && toks[m].is(',') && toks.get(m + 1).is_some_and(|t| lower(t) == "who"))
    };
    v > 0
        && is_plain_noun(&toks[v - 1])
        && !lower(&toks[v - 1]).ends_with("ing")
        && word_classes::SHARING_PARTICIPLES.contains(&lower(&toks[v]).as_str())
        && relative()
}

/// True when `toks[v]` is a naming verb in the past with its object between it and the
/// quotation that ends `toks` (`since the Law Society dubbed them "simple carriers"`,
/// "dubbed herself a"): the subject gave the object those words, as "called" does. Right
/// before the quotation or before an article alone (`dubbed the "McLibel Two"`) it names a
/// thing, the `title` pass's. The object is a person: a pronoun or a name ("them", "Mr
/// Clarke's new proposals"), not a thing given a name ("named the new park "Jubilee
/// Gardens"", "nicknamed by fans"); and "so-called" is no verb.
fn names_its_object(toks: &[Token<'_>], v: usize, lex: &Lexicon) -> bool {
    let t = &toks[v];
    let object = &toks[v + 1..];
    let past = lower(t);
    let someone = object.first().is_some_and(|o| {
        let l = lower(o);
        o.is_capitalized() || word_classes::OBJECT_PRONOUNS.contains(&l.as_str()) || l == "them"
    });
    t.word
        && !t.is_capitalized()
        && !past.contains('-')
        && past.ends_with("ed")
        && lex.is_naming_word(&past)
        && someone
        && object.iter().all(|o| o.word)
}

/// The cue `cue` at `toks[v]` before a quotation with its subject: the cue whose content
/// holds it when the subject speaks only through that cue (`outer_cue`); none when the
/// subject names no one who can speak ("the decision", "the 630 mln dlrs"), for the
/// caller to take the sentence's subject instead.
fn subject_cued(text: &str, toks: &[Token<'_>], v: usize, cue: String, lex: &Lexicon) -> Cued {
    let mention = subject_of_cue_before(text, toks, v, lex);
    let wordless = reports_no_words(toks, v, lex);
    let outer = mention.as_ref().filter(|m| wordless || is_thing(m, lex)).and_then(|m| outer_cue(text, toks, m, lex));
    outer.unwrap_or_else(|| cued(mention.filter(|m| could_speak(&m.text, lex)), cue))
}

/// True unless `mention` read back from a cue is a description whose head (its last word
/// before any preposition) names an act, an event or an amount (`[mute_heads]`: "the
/// decision", "the 630 mln dlrs"), the object of a clause before the cue, never who speaks.
/// A head that may be a person ("figure") is one after a word of standing or a party's or a
/// nation's name ("A senior Labour figure", "a leading figure in the party").
fn could_speak(mention: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let head = head_word(words.iter().copied()).unwrap_or_default();
    if !head.starts_with(char::is_lowercase) || !word_classes::MUTE_HEADS.contains(&head) {
        return true;
    }
    let Some(at) = words.iter().position(|w| *w == head) else { return false };
    word_classes::PERSON_MUTE_HEADS.contains(&head) && words[..at].iter().any(|w| stands_for_a_person(w, lex))
}

/// True for a modifier that makes a "figure" a person: a word of standing ("senior"), a
/// party's label ("Labour") or a nation's ("German").
fn stands_for_a_person(word: &str, lex: &Lexicon) -> bool {
    word_classes::STANDING_ADJECTIVES.contains(&word.to_lowercase().as_str())
        || word_classes::PARTY_LABELS.contains(&word)
        || lex.is_demonym(word)
}

/// `But James Mandelbaum, a Los Angeles-based entertainment attorney said`: an
/// indefinite description of a role right after the comma that closes a full name opening
/// the clause (after a conjunction at most) is that name's apposition, its closing comma
/// left out: the name is the subject. Not a lone name ("Clinton, a top aide said, "is
/// very confident"": the aide speaks of her).
fn unclosed_apposition(text: &str, toks: &[Token<'_>], np: Mention, lex: &Lexicon) -> Mention {
    let mut words = np.text.split_whitespace();
    let indefinite = words.next().is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an"));
    let role = np.text.split_whitespace().last().is_some_and(|h| lex.is_role_noun(&h.to_lowercase()));
    let Some(at) = toks.iter().position(|t| t.start == np.span.start) else { return np };
    if !indefinite || !role || at < 3 || !toks[at - 1].is(',') {
        return np;
    }
    let conjunction = word_classes::OPENING_CONJUNCTIONS.contains(&lower(&toks[0]).as_str());
    let name = &toks[usize::from(conjunction)..at - 1];
    let full_name = name.len() >= 2 && name.iter().all(|t| t.word && t.is_capitalized() && !lex.is_not_name(t.text));
    if !full_name || !lex.is_given_name(name[0].text) {
        return np;
    }
    Mention::at(text, name[0].start..name[name.len() - 1].span().end)
}

/// A description whose head names no person or body ("the proposals", "the 630 mln
/// dlrs"): it speaks only through someone.
fn is_thing(m: &Mention, lex: &Lexicon) -> bool {
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let (Some(first), Some(head)) = (words.first(), words.last()) else { return false };
    let (first, head) = (first.to_lowercase(), head.to_lowercase());
    let person_or_body_noun = |w: &str| lex.is_role_noun(w) || lex.is_body_noun(w);
    let person_or_body = person_or_body_noun(&head) || singular(&head, person_or_body_noun).is_some();
    let lower_case = words.iter().skip(1).all(|w| !w.starts_with(char::is_uppercase));
    DETERMINERS.contains(&first.as_str()) && words.len() > 1 && !person_or_body && lower_case
}

/// `Holt said the council agreed to release "…"`, `Gardini said the sum agreed for the deal
/// would be paid "…"`: a reporting verb that reports no words here, one of consent or intent
/// before "to" and a verb, or a past participle describing the noun before it (a
/// preposition after it, no auxiliary before).
fn reports_no_words(toks: &[Token<'_>], v: usize, lex: &Lexicon) -> bool {
    let (Some(next), Some(after)) = (toks.get(v + 1), toks.get(v + 2)) else { return false };
    let cue = lower(&toks[v]);
    let l = lower(after);
    let verb_after = after.word
        && !after.is_capitalized()
        && (!l.ends_with('s') || l.ends_with("ss"))
        && !DETERMINERS.contains(&l.as_str())
        && !PRONOUNS.contains(&l.as_str())
        && !lex.is_role_noun(&l);
    if lower(next) == "to" && verb_after {
        return true;
    }
    let noun_before = v > 0 && is_plain_noun(&toks[v - 1]) && !lex.is_role_noun(&lower(&toks[v - 1]));
    let preposition = word_classes::PARTICIPLE_PREPOSITIONS.contains(&lower(next).as_str());
    cue.ends_with("ed") && noun_before && preposition
}

/// `It said the proposals indicated "real economic reforms" were coming`: the subject `m`
/// of a clause an earlier cue reports, when it speaks only through that cue's subject (a
/// thing, or the subject of a cue that reports no words), leaves the speaker to that cue.
fn outer_cue(text: &str, toks: &[Token<'_>], m: &Mention, lex: &Lexicon) -> Option<Cued> {
    let at = toks.iter().position(|t| t.start == m.span.start)?;
    let mut p = at.checked_sub(1)?;
    if lower(&toks[p]) == "that" {
        p = p.checked_sub(1)?;
    }
    if !is_cue(toks, p, lex) || lower(&toks[p]).ends_with("ing") {
        return None;
    }
    Some(cued(Some(subject_of_cue_before(text, toks, p, lex)?), toks[p].text))
}

/// The subject of the cue at `toks[v]` before a quotation: before ", who" ("Senator Rand
/// Paul, who wrote …"), the verb before a coordinated cue ("… and said"), a subject with an
/// apposition, or an inverted one after punctuation (`…, said X: "…"`).
pub(super) fn subject_of_cue_before(text: &str, toks: &[Token<'_>], v: usize, lex: &Lexicon) -> Option<Mention> {
    let mut end = subject_end(toks, v);
    // "Senator Rand Paul, who wrote …": the subject stands before ", who".
    if end >= 2 && lower(&toks[end - 1]) == "who" && toks[end - 2].is(',') {
        end -= 2;
    }
    end = before_set_off_region(text, toks, end, lex);
    // "under a headline that said, …": the thing that bears the words says them.
    let relative = end >= 2 && matches!(lower(&toks[end - 1]).as_str(), "that" | "which");
    if relative && let Some(bearer) = bears_the_words(text, toks, end - 1, lex) {
        return Some(bearer);
    }
    // "… and said", "… but added": the subject of the verb before.
    let coordinated = end > 0 && word_classes::VERB_COORDINATORS.contains(&lower(&toks[end - 1]).as_str());
    if coordinated {
        return coordinated_subject(text, &toks[..end - 1], lex);
    }
    // `One attendee, who like others spoke on the condition of anonymity …, said`.
    subject_before(text, &toks[..end], lex)
        .map(|np| unclosed_apposition(text, &toks[..end], np, lex))
        .or_else(|| apposed_subject(text, &toks[..end], lex))
        .or_else(|| opening_subject(text, &toks[..end], lex))
        .or_else(|| {
            // `…, said X: "…"`: inversion only right after punctuation or at the start,
            // not "and called the political system".
            let inverted = v == 0 || !toks[v - 1].word;
            if inverted { inverted_subject(text, toks, v, true, lex) } else { None }
        })
        .or_else(|| modal_named(text, toks, v))
}

/// `a woman in Worcester, Massachusetts, told him`: a state or country set off by commas after
/// a place that a preposition brings in ([`word_classes::LOCATIVE_WORDS`]) says where the place is; the
/// subject ends with the place (`a woman in Worcester`), not at the region. `end` is where the
/// words before the cue end; the end without the region, or `end` itself.
fn before_set_off_region(text: &str, toks: &[Token<'_>], end: usize, lex: &Lexicon) -> usize {
    if end < 5 || !toks[end - 1].is(',') {
        return end;
    }
    let words = toks[..end - 1].iter().rev().take_while(|t| t.word && t.is_capitalized()).count();
    let opening = end - 1 - words;
    if words == 0 || opening < 3 || !toks[opening - 1].is(',') {
        return end;
    }
    let region = text.get(toks[opening].start..toks[end - 2].span().end).unwrap_or_default();
    if !lex.is_place_name(region) && lex.country_named(region).is_none() {
        return end;
    }
    let place = toks[..opening - 1].iter().rev().take_while(|t| t.word && t.is_capitalized()).count();
    let lead = (opening - 1).checked_sub(place + 1).map(|i| lower(&toks[i]));
    if place == 0 || !lead.is_some_and(|l| word_classes::LOCATIVE_WORDS.contains(&l.as_str())) {
        return end;
    }
    // Only a described person placed there (`a dealer in Davenport`): a name (`Jo Ames of
    // Monterey`) or an event (`a town hall meeting in Columbus`) keeps the old reading.
    let cut = opening - 1;
    let described = subject_before(text, &toks[..cut], lex)
        .is_some_and(|m| placed_person(&m.text, lex) && opens_its_clause(text, toks, m.span.start));
    if described { cut } else { end }
}

/// True when the mention starting at byte `start` opens its clause, so that it is the subject
/// of the cue after it: at the sentence's start, after a conjunction, a subordinator, "that",
/// "which" or an adverb of time or linking (`Later a nurse in Leeds, England, told her`), or
/// after a comma that no name ends (`On Monday, a nurse in …`). One after a name and a comma
/// is that name's apposition (`Donald Lee, an investor from Birmingham, Alabama, said`: Lee
/// speaks), and one after a preposition or a verb is its object (`Tom Reid, who spoke to a
/// voter in Leeds, England, said`: Reid speaks).
fn opens_its_clause(text: &str, toks: &[Token<'_>], start: usize) -> bool {
    let Some(at) = toks.iter().position(|t| t.start == start) else { return false };
    let Some(prev) = at.checked_sub(1).map(|p| &toks[p]) else { return true };
    let between = text.get(prev.span().end..start).unwrap_or_default();
    if between.contains('\n') || ['.', '?', '!'].iter().any(|&c| prev.is(c)) {
        return true;
    }
    let l = lower(prev);
    let time = |l: &str| word_classes::TIME_WORDS.contains(&l);
    if prev.word {
        return [
            word_classes::SUBORDINATORS,
            word_classes::CLAUSE_CONJUNCTIONS,
            word_classes::OPENING_CONJUNCTIONS,
            word_classes::COORDINATING_CONJUNCTIONS,
            word_classes::LINKING_ADVERBS,
        ]
        .iter()
        .any(|class| class.contains(&l.as_str()))
            || matches!(l.as_str(), "that" | "which")
            || time(&l);
    }
    // A comma after a lowercase word or a day (`On Monday,`), not after a name or a number.
    let before = at.checked_sub(2).map(|p| &toks[p]);
    prev.is(',')
        && before.is_some_and(|b| {
            b.word && b.text.chars().all(char::is_alphabetic) && (!b.is_capitalized() || time(&lower(b)))
        })
}

/// True for a description of a person placed by a preposition: a determiner first, and a
/// role noun ("woman", "dealer") as the head before the preposition (`a woman in Worcester`).
fn placed_person(mention: &str, lex: &Lexicon) -> bool {
    let words: Vec<String> = mention.split_whitespace().map(str::to_lowercase).collect();
    let Some(first) = words.first() else { return false };
    let before = words.iter().take_while(|w| !word_classes::LOCATIVE_WORDS.contains(&w.as_str()));
    let head = before.last().map(String::as_str).unwrap_or_default();
    DETERMINERS.contains(&first.as_str())
        && (lex.is_role_noun(head) || singular(head, |w| lex.is_role_noun(w)).is_some())
}

/// `Will described Trump as a "…"`, `May wrote, "…"`, `"…," May wrote`: a capitalised modal that can be a
/// name (will, can, may, might; not "do" or "to") right before a finite cue at `toks[v]` is
/// the cue's subject, not an auxiliary before it, for a modal takes only the bare form ("Will
/// he say"); with the capitalised words before it, the whole name (`Continental Can said`).
/// Only when the name opens its clause: "a report published in May said" is the report's. A
/// cue in -s must be one that is rarely a noun (`[verb_only_cues]`): "Will claims of fraud
/// survive?" is a question.
fn modal_named(text: &str, toks: &[Token<'_>], v: usize) -> Option<Mention> {
    const NAMES: &[&str] = &["will", "can", "may", "might"];
    let last = v.checked_sub(1)?;
    let name = &toks[last];
    let cue = lower(&toks[v]);
    let finite = word_classes::VERB_ONLY_CUES.contains(&cue.as_str()) || is_past_form(&cue);
    if !(name.is_capitalized() && NAMES.contains(&lower(name).as_str()) && finite) {
        return None;
    }
    let words = toks[..last].iter().rev().take_while(|t| t.is_capitalized() && !STOPS.contains(&lower(t).as_str()));
    let first = last - words.count();
    let opens_clause = first == 0 || !toks[first - 1].word;
    opens_clause.then(|| Mention::at(text, toks[first].start..name.span().end))
}

/// The subject of a participle cue right before a quotation: "footage of Hillary Clinton
/// asking, …" (a name right before it, or before "quoted as": "with Mr Dixon quoted as
/// saying"), "…, Spicer said, adding, …" (the subject of the cue
/// it continues); otherwise ("…, saying", "released a statement saying") none here: the
/// sentence's, found by the caller.
fn participle_subject(text: &str, toks: &[Token<'_>], v: usize, lex: &Lexicon) -> Option<Mention> {
    // "footage of Hillary Clinton asking, …": a name right before the participle
    // is its subject. Otherwise ("…, saying", "released a statement saying") the
    // subject is the sentence's, found by the caller.
    // "with Mr Dixon quoted as saying": the one quoted stands before "quoted as".
    let quoted_as = v >= 3 && lower(&toks[v - 1]) == "as" && lower(&toks[v - 2]) == "quoted";
    let end = subject_end(toks, if quoted_as { v - 2 } else { v });
    if let Some(bearer) = bears_the_words(text, toks, end, lex) {
        return Some(bearer);
    }
    let named = end > 0 && toks[end - 1].is_capitalized() && !lex.is_not_name(toks[end - 1].text);
    let np = if named { np_backward(text, &toks[..end], lex) } else { None };
    // "answered on Facebook writing, …": a name where something happened is no subject.
    let np = np.filter(|m| !in_setting(toks, m));
    // "with young marchers and spectators chanting "…"": people named by a role between
    // "with" and the participle are its subject too (not the object of a verb: "emailed
    // supporters saying").
    let people = end > 0 && is_people_word(&toks[end - 1], lex);
    let np = np.or_else(|| {
        let np = np_backward(text, &toks[..end], lex).filter(|_| people)?;
        // "with young marchers and spectators": back over lower-case words to "with".
        let at = toks.iter().position(|t| t.start == np.span.start)?;
        let lead = toks[..at].iter().rev().take(WITH_REACH).take_while(|t| t.word && !t.is_capitalized());
        lead.into_iter().any(|t| t.text == "with").then_some(np)
    });
    // "…, Spicer said, adding, …": the participle continues the cue before it.
    let chained = v >= 2 && toks[v - 1].is(',') && is_cue(toks, v - 2, lex);
    np.or_else(|| if chained { subject_before(text, &toks[..v - 2], lex) } else { None })
}

/// `held up a sign saying "…"`, `wore a campaign hat reading, "…"`, `with one of her ads
/// asking, "…"`: a thing that bears words for anyone to read (`[bearing_nouns]`) ending
/// `toks[..end]`, right before a cue, is the cue's subject, not the one who carries it.
fn bears_the_words(text: &str, toks: &[Token<'_>], end: usize, lex: &Lexicon) -> Option<Mention> {
    let head = toks.get(end.checked_sub(1)?)?;
    let bearer = head.word && !head.is_capitalized() && word_classes::BEARING_NOUNS.contains(&head.text);
    if bearer { np_backward(text, &toks[..end], lex) } else { None }
}

/// True when the mention `m` of `toks` is the object of a preposition of setting
/// (`[setting_prepositions]`: "on Facebook", "at Fox News"), where, not who.
fn in_setting(toks: &[Token<'_>], m: &Mention) -> bool {
    let at = toks.iter().position(|t| t.start == m.span.start);
    at.and_then(|i| i.checked_sub(1))
        .is_some_and(|p| toks[p].word && word_classes::SETTING_PREPOSITIONS.contains(&toks[p].text))
}

/// Lower-case words between "with" and the people a participle after them has for subject.
const WITH_REACH: usize = 4;

/// A lower-case word naming people by their role ("protesters", "marchers").
fn is_people_word(t: &Token<'_>, lex: &Lexicon) -> bool {
    let l = lower(t);
    t.word && !t.is_capitalized() && !lex.is_document_noun(&l) && (lex.is_role_noun(&l) || lex.is_role_noun(t.base()))
}

/// `The second disruption came during a town hall, when student protesters interrupted the
/// senator, shouting "…"`: the subject of the last clause before a participle cue at `toks[v]` (a
/// name, a pronoun or people named by their role, right before a verb in the past), for
/// when the sentence's own subject is a thing. `None` when there is none
/// within [`CLAUSE_SUBJECT_WORDS`] words.
pub(super) fn participle_clause_subject(text: &str, toks: &[Token<'_>], v: usize, lex: &Lexicon) -> Option<Mention> {
    if !lower(toks.get(v)?).ends_with("ing") {
        return None;
    }
    (v.saturating_sub(CLAUSE_SUBJECT_WORDS)..v.saturating_sub(1)).rev().find_map(|i| {
        let (t, n) = (&toks[i], &toks[i + 1]);
        // In the past, as the story's actions are ("Clinton will have to" is reported).
        let verb = n.word
            && !n.is_capitalized()
            && (lower(n).ends_with("ed")
                || IRREGULAR_PAST.contains(&lower(n).as_str())
                || word_classes::PAST_AUXILIARIES.contains(&lower(n).as_str()));
        let subject = t.is_capitalized() && !lex.is_not_name(t.text) || is_people_word(t, lex);
        let pronoun = PRONOUNS.contains(&lower(t).as_str()) && lower(t) != "it";
        (t.word && verb && (subject || pronoun)).then(|| np_backward(text, &toks[..=i], lex)).flatten()
    })
}

/// `Trump issued a statement, "…"` / `Mr. Trump was prompted to say, "…"`: a text noun or
/// an infinitive cue right before the quotation (only a comma or colon between), spoken by
/// the clause's subject or the name just before the verb.
fn introducing_phrase(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Cued> {
    let last = toks.iter().rposition(|t| t.word)?;
    let gap = &toks[last + 1..];
    if gap.is_empty() || !gap.iter().all(|t| t.is(',') || t.is(':')) {
        return None;
    }
    let word = &toks[last];
    let l = lower(word);
    let infinitive = last > 0 && lower(&toks[last - 1]) == "to" && lex.is_speech_verb(&l) && !l.ends_with('s');
    // A new text ("issued a statement,"), not one already named ("cited the report,").
    let text_noun = last > 0
        && lex.is_document_noun(&l)
        && word_classes::INDEFINITE_ARTICLES.contains(&lower(&toks[last - 1]).as_str());
    if !(infinitive || text_noun) {
        return None;
    }
    // Back over the verb group ("was prompted to", "issued a") to the name or pronoun.
    let mut i = last - 1;
    while i > 0 && last - i <= 5 {
        let p = &toks[i - 1];
        if !p.word || p.is_capitalized() || PRONOUNS.contains(&lower(p).as_str()) || lower(p) == "that" {
            break;
        }
        i -= 1;
    }
    let np = np_backward(text, &toks[..i], lex).filter(|Mention { text: m, .. }| {
        m.starts_with(char::is_uppercase) || PRONOUNS.contains(&m.to_lowercase().as_str())
    })?;
    Some(cued(Some(np), word.text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    /// The cue and mention right after the first closing mark of `text`.
    fn after(text: &str) -> Option<(Option<String>, String)> {
        let close = text[1..].find('"').map(|i| i + 2).unwrap_or(text.len());
        cue_after(&Tokens::new(text), close..text.len(), 16, lexicon()).map(|c| (c.mention.map(|m| m.text), c.cue))
    }

    /// The cue and mention right before the first opening mark of `text`.
    fn before(text: &str) -> Option<(Option<String>, String)> {
        let open = text.find('"').unwrap_or(text.len());
        cue_before(&Tokens::new(text), 0..open, lexicon()).map(|c| (c.mention.map(|m| m.text), c.cue))
    }

    fn pair(mention: &str, cue: &str) -> Option<(Option<String>, String)> {
        Some((Some(mention.to_owned()), cue.to_owned()))
    }

    #[test]
    fn cues_after_a_quotation() {
        assert_eq!(after("\"We will not yield,\" Petro wrote on Tuesday."), pair("Petro", "wrote"));
        assert_eq!(
            after("\"Nor will we,\" said Treasury Secretary Scott Bessent."),
            pair("Treasury Secretary Scott Bessent", "said")
        );
        assert_eq!(
            after("\"Water is a right.\" \u{2014} Commissioner Ines Duarte"),
            pair("Commissioner Ines Duarte", "\u{2014}")
        );
        assert_eq!(after("\"Pipes are old,\" according to the ministry."), pair("the ministry", "according to"));
        assert_eq!(after("\"We are ready,\" Ramos, 58, told AFP."), pair("Ramos", "told"));
        // The addressee of "told" is not the speaker, and no cue is no attribution.
        assert_eq!(after("\"We are ready,\" Berg told CNN."), pair("Berg", "told"));
        assert_eq!(
            after("\"We are ready,\" Kay Moss from the Consumer Association, told the BBC."),
            pair("Kay Moss from the Consumer Association", "told")
        );
        assert_eq!(after("\"We are ready\" in the morning."), None);
        // A clause with its own subject after "while" is another speaker's.
        assert_eq!(after("\"Desperate,\" in the waterway, while the ministry said"), None);
    }

    #[test]
    fn cues_before_a_quotation() {
        assert_eq!(before("Petro declared: \"The talks are over.\""), pair("Petro", "declared"));
        assert_eq!(
            before("Senator Rand Paul, who wrote on social media, \"This is not how allies behave.\""),
            pair("Senator Rand Paul", "wrote")
        );
        assert_eq!(before("Trump issued a statement, \"We won.\""), pair("Trump", "statement"));
        assert_eq!(before("Sanders was asked by host Bill Maher, \"Why?\""), pair("host Bill Maher", "asked"));
        // A full stop between the cue and the quotation ends its reach.
        assert_eq!(before("Petro spoke. Then the lights went out. \"Go.\""), None);
    }

    #[test]
    fn reporting_verbs_are_told_from_nouns_and_addressees() {
        let cue_at = |text: &str, word: &str| {
            let toks = crate::extract::tokens::tokenize(text, 0..text.len());
            let v = toks.iter().position(|t| t.text == word).unwrap_or_else(|| panic!("no {word}"));
            is_cue(&toks, v, lexicon())
        };
        assert!(cue_at("critics say the plan fails", "say"));
        assert!(cue_at("Ryan weighed in on the bill", "weighed"));
        assert!(cue_at("the report says it grew", "says"));
        assert!(!cue_at("her emails were found", "emails"));
        assert!(!cue_at("researchers were told of it", "told"));
        assert!(!cue_at("a verbal lashing followed", "lashing"));
        assert!(!cue_at("six new pledges came", "pledges"));
    }

    #[test]
    fn a_colon_introduces_its_clauses_subject_but_not_an_object() {
        let colon = |text: &str| {
            let open = text.find('"').unwrap_or(text.len());
            colon_before(&Tokens::new(text), &(0..open), lexicon()).and_then(|c| c.mention).map(|m| m.text)
        };
        assert_eq!(colon("More from Blumenthal: \"It is over.\"").as_deref(), Some("Blumenthal"));
        assert_ne!(colon("She delivered a blunt message to Trump: \"Go.\"").as_deref(), Some("Trump"));
        assert_eq!(colon("The plan was simple \"Go.\""), None);
    }
}
