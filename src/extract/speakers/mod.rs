//! Who said each quotation: the speaker mention and the reporting cue, found in the
//! text around the quotation by an ordered list of named passes (`passes::PASSES`):
//!
//! | pass | finds | file |
//! |---|---|---|
//! | `title` | a title or nickname: nobody said it | `passes/title.rs` |
//! | `owned-words` | a phrase after someone's words (`Hain's description of him as an "attack mongrel"`) | `passes/owned_words.rs` |
//! | `cue-after` | the cue right after (`"…," Petro wrote`) | `passes/cue_after.rs` |
//! | `cue-before` | the cue right before (`Petro declared: "…"`) | `passes/cue_before.rs` |
//! | `colon` | a clause ending in a colon (`More from Blumenthal: "…"`) | `passes/colon.rs` |
//! | `reopened` | a part of a quotation after an unclosed part (`"A. "B."`) | `passes/reopened.rs` |
//! | `next-sentence` | the next sentence's opening cue (`"…?" Renteria told reporters.`) | `passes/next_sentence.rs` |
//! | `split` | the first part of a split or continued quotation | `passes/split.rs` |
//! | `sentence-cue` | a cue elsewhere in the sentence | `passes/sentence_cue.rs` |
//! | `goes-on` | the quotation of the sentence before goes on | `passes/paragraph_before.rs` |
//! | `previous-sentence` | the sentence before (`X was blunt. "…"`) | `passes/paragraph_before.rs` |
//! | `paragraph-before` | the end of the paragraph before (`Cruz continued:`) | `passes/paragraph_before.rs` |
//! | `weak-subject` | a guess: the sentence's subject | `passes/weak_subject.rs` |
//!
//! and after-passes that refine the mention: `apposed-name`, `it`. The article-level
//! after-passes, which need resolved speakers, are in [`article`]; `one-of` ([`one_of`]),
//! which needs the reported statements too, runs once both are resolved.
//!
//! A mention is returned as written ("he", "President Petro", "a senior official");
//! [`super::resolve`] turns it into a canonical name.

use super::phrases::{Mention, PRONOUNS, apposed_subject, inverted_subject, sentence_subject, subject_end};
use super::quotes::Quotation;
use super::tokens::{Token, Tokens};
use crate::extract::windows::{FRAGMENT_SHARE, FRAGMENT_WORDS};
use crate::lexicon::{Lexicon, singular, word_classes};
use cues::{Cued, cued, is_cue, subject_before};
use passes::{ParagraphAt, QuoteAt};
use std::cell::OnceCell;
use std::ops::Range;

pub use super::doc::Paragraph;

pub mod article;
mod cues;
mod facts;
mod lead_voice;
pub mod nested;
pub mod one_of;
mod passes;
mod person_speaking;
mod plausible;
pub mod reported;
mod words_of;

use facts::SentenceFacts;

/// Why a quotation was given to its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attribution {
    /// The speaker as written, with its byte range in the text.
    pub mention: Option<Mention>,
    /// The reporting verb or phrase.
    pub cue: Option<String>,
    /// Index (within the paragraph) of an earlier quotation whose speaker this one shares.
    pub same_as: Option<usize>,
    /// A short phrase inside the reporter's own sentence.
    pub fragment: bool,
    /// The mention is only a guess from the paragraph before (its last sentence's subject):
    /// use it only if it names a person of the article.
    pub weak: bool,
    /// The pass that decided the attribution, then each after-pass that changed it.
    pub rule: Vec<&'static str>,
}

/// Attributes every quotation of one paragraph, with the paragraph before for a quotation
/// that opens this one with nothing around it: each quotation goes through
/// `passes::PASSES` in order.
pub fn attribute(
    tokens: &Tokens<'_>,
    paragraph: Paragraph<'_>,
    previous: Option<Paragraph<'_>>,
    lex: &Lexicon,
) -> Vec<Attribution> {
    let text = tokens.text();
    let (para, quotes, sents) = (paragraph.range.clone(), paragraph.quotes, paragraph.sentences);
    let opaque: Vec<Range<usize>> = quotes.iter().map(|q| q.outer.clone()).collect();
    let facts = SentenceFacts::new(tokens, sents, &opaque);
    let sentence_of = |k: usize| sentence_at(sents, quotes[k].outer.start).map_or(para.clone(), |i| sents[i].clone());
    let chain_last = joined_chains(text, quotes, sentence_of);
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    let mut latest = Latest::default();
    let words_end = OnceCell::new();
    let shared = ParagraphAt { tokens, lex, paragraph, previous, facts: &facts, words_end: &words_end };
    for (k, &last) in chain_last.iter().enumerate() {
        let at = QuoteAt::new(&shared, k, last, &out, &latest);
        let a = passes::attribute_one(&at);
        latest.push(&a);
        out.push(a);
    }
    out
}

/// For each quotation of a paragraph, the last quotation of the chain it opens: quotations
/// joined by "and" or "or" in one sentence (`X is "A" and "B," Dean proclaimed`). Found
/// from the last quotation back, so a long chain is walked once, not once per quotation.
fn joined_chains(text: &str, quotes: &[Quotation], sentence_of: impl Fn(usize) -> Range<usize>) -> Vec<usize> {
    let joined = |j: usize| {
        let gap =
            text[quotes[j].outer.end..quotes[j + 1].outer.start].trim_matches(|c: char| c.is_whitespace() || c == ',');
        crate::lexicon::word_classes::JOINING_GAPS.contains(&gap)
    };
    let walk = |from: usize, end: usize| {
        let mut last = from;
        while quotes.get(last + 1).is_some_and(|n| n.outer.start < end) && joined(last) {
            last += 1;
        }
        last
    };
    let mut chain_last = vec![0; quotes.len()];
    let mut next_sentence_end = None;
    for k in (0..quotes.len()).rev() {
        let end = sentence_of(k).end;
        let goes_on = quotes.get(k + 1).is_some_and(|n| n.outer.start < end) && joined(k);
        chain_last[k] = match (goes_on, next_sentence_end) {
            (false, _) => k,
            // The next quotation's chain ends where its sentence does: the same as this one's.
            (true, Some(next_end)) if next_end == end => chain_last[k + 1],
            (true, _) => walk(k, end),
        };
        next_sentence_end = Some(end);
    }
    chain_last
}

/// For each quotation attributed so far, the latest at or before it that has a speaker (a
/// mention or an earlier quotation's), and the latest that has a sure one (not weak): what
/// a quotation looks back for, without scanning the quotations before it; and the first
/// quotation of each one's `same_as` chain, found once.
#[derive(Default)]
struct Latest {
    speaking: Vec<Option<usize>>,
    sure: Vec<Option<usize>>,
    root: Vec<usize>,
}

impl Latest {
    /// Records the attribution of the next quotation.
    fn push(&mut self, a: &Attribution) {
        let k = self.speaking.len();
        let speaks = a.mention.is_some() || a.same_as.is_some();
        self.speaking.push(if speaks { Some(k) } else { self.speaking.last().copied().flatten() });
        self.sure.push(if speaks && !a.weak { Some(k) } else { self.sure.last().copied().flatten() });
        self.root.push(a.same_as.map_or(k, |j| self.root.get(j).copied().unwrap_or(j)));
    }

    /// The first quotation of the `same_as` chain of the `k`th (itself when it has none).
    fn root(&self, k: usize) -> usize {
        self.root.get(k).copied().unwrap_or(k)
    }

    /// The latest quotation before the `k`th with a speaker.
    fn speaking_before(&self, k: usize) -> Option<usize> {
        self.speaking.get(k.checked_sub(1)?).copied().flatten()
    }

    /// The latest quotation before the `k`th with a sure speaker.
    fn sure_before(&self, k: usize) -> Option<usize> {
        self.sure.get(k.checked_sub(1)?).copied().flatten()
    }
}

/// A quoted phrase inside the reporter's sentence: under four words (unless it is a short
/// sentence of its own: `"That ends now."`), or under 40% of the sentence's words when the
/// quotation neither opens its sentence nor follows a colon or comma (`"This is
/// incompetence," Hess told Reuters in a long sentence` is a full quote).
fn is_fragment(
    text: &str,
    q: &Quotation,
    sentence: &Range<usize>,
    before: &Range<usize>,
    facts: &SentenceFacts<'_>,
) -> bool {
    let count = |r: Range<usize>| text[r].split_whitespace().count();
    let quoted = count(q.inner.clone());
    let lead = text[before.clone()].trim_end();
    let opens_sentence = lead.chars().all(|c| !c.is_alphanumeric());
    let introduced = opens_sentence || lead.ends_with([':', ',']);
    if quoted >= FRAGMENT_WORDS && introduced {
        return false;
    }
    // `"That ends now."`, `added on X: "Canada stands united."`: a short sentence of its
    // own, introduced or standing alone, is speech, not a phrase inside the reporter's.
    let inner = text[q.inner.clone()].trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}']);
    // `"They abandoned us," wrote Carlos Mendez`: opening its sentence, a comma ends it too.
    let ended = inner.ends_with(['.', '?', '!']) || (opens_sentence && inner.ends_with(','));
    let a_sentence = inner.starts_with(char::is_uppercase) && ended && quoted >= 2;
    if a_sentence && introduced {
        return false;
    }
    let (sentence_words, quoted_in_sentence) = facts.words(sentence);
    let total = sentence_words.max(quoted);
    quoted < FRAGMENT_WORDS || (quoted_in_sentence as f64) < FRAGMENT_SHARE * total as f64
}

/// True unless `mention` is a description with no word for a role, a body or a text in it
/// ("The first incident", "This prompted"): names and pronouns pass.
fn can_describe_a_speaker(mention: &str, lex: &Lexicon) -> bool {
    let head = mention.split_whitespace().last().unwrap_or_default();
    let speaking_noun = |w: &str| lex.is_speaking_noun(w) || lex.is_body_noun(w);
    let speaking_word = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        speaking_noun(w) || singular(w, speaking_noun).is_some()
    };
    !head.starts_with(char::is_lowercase)
        || PRONOUNS.contains(&head.to_lowercase().as_str())
        || mention.split_whitespace().any(speaking_word)
}

/// The last quotation with a speaker in the sentence before `sentence`.
fn quoted_in_previous_sentence(
    k: usize,
    quotes: &[Quotation],
    latest: &Latest,
    sents: &[Range<usize>],
    sentence: &Range<usize>,
) -> Option<usize> {
    let prev = previous_sentence(sents, sentence)?;
    // The quotations before the `k`th that start before the previous sentence ends.
    let upto = k.min(quotes.partition_point(|q| q.outer.start < prev.end));
    latest.speaking_before(upto).filter(|&j| quotes[j].outer.start >= prev.start)
}

/// A cue anywhere in the sentence outside quotations: the speaker is the subject before
/// the cue (or after it, inverted: "Instead, said Mr Doctorow, …"), or the sentence's
/// subject for a participle ("…, clarifying that …").
fn cue_in_sentence(
    tokens: &Tokens<'_>,
    sentence: &Range<usize>,
    opaque: &[Range<usize>],
    lex: &Lexicon,
) -> Option<Cued> {
    let text = tokens.text();
    let toks = unquoted(tokens, sentence, opaque);
    let mut cues = (0..toks.len()).filter(|&v| is_cue(&toks, v, lex));
    let first = cues.next()?;
    let participle = toks[first].text.ends_with("ing");
    let direct = if participle { None } else { own_subject(text, &toks, first, lex) };
    // "By declaring their assets, people would …, Mr Saakashvili stressed.": a participle
    // yields to a later cue whose subject stands after a comma, the sentence's attribution,
    // or follows it after one (`…, said the Constitutional Affairs Select Committee.`).
    let closing = |v: usize| {
        let np = own_subject(text, &toks, v, lex)?;
        let at = toks.iter().position(|t| t.start == np.span.start)?;
        let before = at > 0 && toks[at - 1].is(',') && at < v;
        (before || (at > v && toks[v - 1].is(','))).then_some((v, np))
    };
    let (v, direct) = match direct {
        None if participle => cues.find_map(closing).map_or((first, None), |(v, np)| (v, Some(np))),
        direct => (first, direct),
    };
    // Without a subject of its own, the cue's speaker is guessed to be the sentence's
    // subject, which must then be someone or a text: not "The clearest signals come when
    // all indicators are pointing …".
    let guess = || sentence_subject(text, &toks, lex).filter(|m| can_describe_a_speaker(&m.text, lex));
    let mention = direct.or_else(guess);
    mention.is_some().then_some(cued(mention, toks[v].text))
}

/// The subject of the finite cue at `toks[v]`: before it, or after it when the cue opens
/// the words or follows punctuation, the subject then ending the sentence (`…, said the
/// committee.`) or with no subject before the cue (`Instead, said Mr Doctorow, …`); not `X,
/// a speechwriter, calls Cruz …` nor `…, told The Huffington Post`.
fn own_subject(text: &str, toks: &[Token<'_>], v: usize, lex: &Lexicon) -> Option<Mention> {
    let end = subject_end(toks, v);
    subject_before(text, &toks[..end], lex).or_else(|| {
        if cues::ADDRESSED_VERBS.contains(&toks[v].text) || (v > 0 && toks[v - 1].word) {
            return None;
        }
        if v == 0 || sentence_subject(text, &toks[..v], lex).is_none() {
            return inverted_subject(text, toks, v, false, lex);
        }
        // After a clause with a subject of its own, only a speaker ends the sentence: a name
        // or a role (`…, said the committee.`), not an object (`Sen. Ted Cruz, …, tweeted a
        // warning.`), and not after the subject's apposition (`Michael Gerson, a
        // speechwriter …, calls Cruz`).
        if apposed_subject(text, &toks[..end], lex).is_some() {
            return None;
        }
        inverted_subject(text, toks, v, true, lex).filter(|Mention { text: m, .. }| {
            let head = m.split_whitespace().last().unwrap_or_default();
            let l = head.to_lowercase();
            head.starts_with(char::is_uppercase) || lex.is_role_noun(&l) || lex.is_body_noun(&l)
        })
    })
}

/// `X was blunt. "…"`: a quotation alone in its sentence after a sentence whose subject is
/// a capitalised name.
fn subject_of_previous_sentence(facts: &SentenceFacts<'_>, sentence: &Range<usize>, lex: &Lexicon) -> Option<Mention> {
    // "The administration may be reluctant, Schiff said. "…"": the previous sentence's
    // own speaker comes first.
    if let Some(mention) = previous_speaker(facts, sentence, lex) {
        return Some(mention);
    }
    let prev = previous_sentence(facts.sentences(), sentence)?;
    let subject = facts.subject(prev, lex)?;
    // A subject that speaks ends in a name, a pronoun or a word for someone or a text: a
    // capital opening it ("The clearest signals come …", "The technology works through
    // …", "The film rights to Flanimals have …") does not make a thing a speaker.
    // "And she won't commit to an opinion yet. "…"": "he" or "she" in mid-sentence too.
    let named = subject.text.chars().next().is_some_and(char::is_uppercase)
        || word_classes::GENDERED_SUBJECTS.contains(&subject.text.as_str());
    (named && can_describe_a_speaker(&subject.text, lex)).then_some(subject)
}

/// The speaker a cue gives in the sentence before `sentence`, if any.
fn previous_speaker(facts: &SentenceFacts<'_>, sentence: &Range<usize>, lex: &Lexicon) -> Option<Mention> {
    facts.cue(previous_sentence(facts.sentences(), sentence)?, lex)?.mention
}

/// The sentence before `sentence` in `sents`.
pub(super) fn previous_sentence<'a>(sents: &'a [Range<usize>], sentence: &Range<usize>) -> Option<&'a Range<usize>> {
    sents.get(sentence_at(sents, sentence.start)?.checked_sub(1)?)
}

/// Index of the sentence (of `sents`, in text order) that holds byte `at`.
fn sentence_at(sents: &[Range<usize>], at: usize) -> Option<usize> {
    let i = sents.partition_point(|s| s.start <= at).checked_sub(1)?;
    (at < sents[i].end).then_some(i)
}

/// The tokens of `range` outside quotations.
fn unquoted<'a>(tokens: &Tokens<'a>, range: &Range<usize>, opaque: &[Range<usize>]) -> Vec<Token<'a>> {
    // A quotation left out still separates its neighbours: `On "Face the Nation," Sen.
    // Bernie Sanders said` keeps a comma after "On".
    let mut out: Vec<Token<'a>> = Vec::new();
    let mut in_quote = false;
    let toks = tokens.within(range.clone());
    for &t in &toks[super::phrases::past_dateline(&toks)..] {
        if super::quotes::inside(opaque, t.start) {
            if !in_quote && out.last().is_some_and(|l| l.word) {
                out.push(Token { text: ",", start: t.start, word: false });
            }
            in_quote = true;
        } else {
            in_quote = false;
            out.push(t);
        }
    }
    out
}

/// A speaker that is a description, not a name ("The company", "A spokesman for the bank"),
/// in one form whatever the sentence it was read from: its article lower-cased ("the
/// company"), as the capital of a sentence's first word is not part of it, so that facets
/// and `--speaker` count one speaker. A name holding an article ("The New York Times",
/// "The Bank of England") keeps its capital: a description is told by a lower-case word
/// after the article or at its end ("A Federal Reserve spokesman").
pub fn description_case(speaker: &mut Option<String>) {
    let Some(s) = speaker.as_mut() else { return };
    let mut words = s.split(' ');
    let (Some(article), Some(next)) = (words.next(), words.next()) else { return };
    // A lower-case word, not a particle inside a name ("The van Gogh Museum").
    let lower = |w: &str| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !word_classes::NAME_CONNECTORS.contains(&w.to_lowercase().as_str())
    };
    // The word after the article or the last ("A Federal Reserve spokesman") in lower case.
    let described = lower(next) || words.next_back().is_some_and(lower);
    let capital = article.chars().next().is_some_and(char::is_uppercase);
    if described && capital && word_classes::ARTICLES.contains(&article.to_lowercase().as_str()) {
        let lower = article.to_lowercase();
        s.replace_range(..article.len(), &lower);
    }
}

#[cfg(test)]
mod tests {
    use super::description_case;

    fn cased(s: &str) -> String {
        let mut speaker = Some(s.to_owned());
        description_case(&mut speaker);
        speaker.unwrap_or_default()
    }

    #[test]
    fn a_description_has_one_form_and_a_name_keeps_its_capital() {
        assert_eq!(cased("The company"), "the company");
        assert_eq!(cased("A Federal Reserve spokesman"), "a Federal Reserve spokesman");
        assert_eq!(cased("An official"), "an official");
        for name in ["The New York Times", "The Hague", "An Post", "The van Gogh Museum", "The de Gaulle Foundation"] {
            assert_eq!(cased(name), name);
        }
    }
}
