//! Who said each quotation: the speaker mention and the reporting cue, found in the
//! text around the quotation.
//!
//! The rules follow how news attributes speech. In order:
//! 1. the cue right after the quotation (`"…," Petro wrote`; `"…," said Scott Bessent`);
//! 2. the cue right before it (`Petro declared: "…"`; `Paul, who wrote on X, "…"`;
//!    `according to X, "…"`);
//! 3. a split or continued quotation takes its first part's speaker;
//! 4. a cue elsewhere in the sentence (`X has claimed it is targeting "narcoterrorists"`);
//! 5. a quotation standing alone after a sentence about a named person (`X was blunt. "…"`).
//!
//! A mention is returned as written ("he", "President Petro", "a senior official");
//! [`super::resolve`] turns it into a canonical name.

use super::phrases::{DETERMINERS, Mention, PRONOUNS, lower, sentence_subject, subject_end};
use super::quotes::Quotation;
use super::tokens::{Token, tokenize};
use crate::lexicon::Lexicon;
use cues::{Cued, colon_before, cue_after, cue_before, is_cue, subject_before, subject_is_addressed};
use std::ops::Range;

mod cues;
mod facts;

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
}

/// One paragraph as attribution reads it: its range, its quotations in order and its
/// sentences (found with the quotations opaque).
#[derive(Clone, Copy)]
pub struct Paragraph<'a> {
    /// Byte range of the paragraph.
    pub range: &'a Range<usize>,
    /// Its quotations, in order.
    pub quotes: &'a [Quotation],
    /// Its sentences, in order.
    pub sentences: &'a [Range<usize>],
}

/// Attributes every quotation of one paragraph, with the paragraph before for a quotation
/// that opens this one with nothing around it.
pub fn attribute(
    text: &str,
    paragraph: Paragraph<'_>,
    previous: Option<Paragraph<'_>>,
    lex: &Lexicon,
) -> Vec<Attribution> {
    let (para, quotes, sents) = (paragraph.range.clone(), paragraph.quotes, paragraph.sentences);
    let opaque: Vec<Range<usize>> = quotes.iter().map(|q| q.outer.clone()).collect();
    let facts = SentenceFacts::new(text, sents, &opaque);
    let sentence_of = |k: usize| sentence_at(sents, quotes[k].outer.start).map_or(para.clone(), |i| sents[i].clone());
    let chain_last = joined_chains(text, quotes, sentence_of);
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    let mut latest = Latest::default();
    for (k, q) in quotes.iter().enumerate() {
        let sentence = sentence_of(k);
        let prev_end = k.checked_sub(1).map(|j| quotes[j].outer.end).filter(|e| *e > sentence.start);
        let before = prev_end.unwrap_or(sentence.start)..q.outer.start;
        // `X is "A" and "B," Dean proclaimed`: quotations joined by a conjunction share the
        // cue after the last of them.
        let last = chain_last[k];
        let next_start = quotes.get(last + 1).map(|n| n.outer.start).filter(|s| *s < sentence.end);
        let after = quotes[last].outer.end..next_start.unwrap_or(sentence.end).max(quotes[last].outer.end);
        let fragment = is_fragment(text, q, &sentence, &before, &facts);
        let mut a = Attribution { fragment, ..Attribution::default() };
        if names_a_thing(text, &before, q, lex) {
            // A title, nickname or name of an operation: words nobody said.
            latest.push(&a);
            out.push(a);
            continue;
        }
        // Whether the quotation is alone in its sentence, and the attributed quotation of
        // the sentence before that it then goes on from: found once, when first asked.
        let lone_cell = std::cell::OnceCell::new();
        let lone = || {
            *lone_cell.get_or_init(|| {
                let alone = facts.frame_is_empty(&sentence);
                (alone, alone.then(|| quoted_in_previous_sentence(k, quotes, &latest, sents, &sentence)).flatten())
            })
        };
        let found = cue_after(text, after.clone(), 16, lex)
            .or_else(|| cue_before(text, before.clone(), lex))
            .or_else(|| colon_before(text, &before, lex))
            .or_else(|| {
                // `"…," he said. "…" The world champion says …`: a quotation alone after an
                // attributed one goes on from it rather than take the next sentence's cue.
                if lone().1.is_some() {
                    None
                } else {
                    cue_in_next_sentence(text, sents, &sentence, &before, &after, &opaque, lex)
                }
            });
        if let Some((mention, cue)) = found {
            // A participle or coordinated cue ("…, clarifying that …", "and arguing that")
            // has no subject of its own: it shares the speaker of the quotation before it
            // in the sentence, or else the sentence's subject.
            a.cue = Some(cue);
            match mention {
                Some(m) => a.mention = Some(m),
                None => {
                    // `"A," said Skelly, explaining …: "B"`: the speaker of an earlier
                    // quotation in the sentence, else the sentence's subject.
                    let earlier = latest.sure_before(k).filter(|&j| quotes[j].outer.start >= sentence.start);
                    match earlier {
                        Some(j) => a.same_as = Some(j),
                        None => {
                            // The subject of a sentence may be a thing ("The first incident
                            // came …, shouting"): a description must end in a role or a text.
                            a.mention = facts.subject(&sentence, lex).filter(|(m, _)| can_describe_a_speaker(m, lex));
                            // `Maher stated …. Adding, "…"`: a participle that is all its
                            // sentence has goes on from the sentence before.
                            let cue = a.cue.as_deref().unwrap_or_default();
                            let opens = || text[sentence.clone()].trim_start().starts_with(cue);
                            if a.mention.is_none() && opens() {
                                match quoted_in_previous_sentence(k, quotes, &latest, sents, &sentence) {
                                    Some(j) => a.same_as = Some(j),
                                    None => a.mention = subject_of_previous_sentence(&facts, &sentence, lex),
                                }
                            }
                        }
                    }
                }
            }
        } else if let Some(j) = earlier_part(text, k, paragraph, &out, &sentence, &before, lex) {
            a.same_as = Some(j);
        } else if let Some((mention, cue)) = facts
            .cue(&sentence, lex)
            .filter(|(m, _)| !across_a_clause(text, &q.outer, m.as_ref().map(|(_, span)| span.start)))
        {
            a.mention = mention;
            a.cue = Some(cue);
        } else if let (true, goes_on) = lone() {
            // `"A," said X, who noted …. "B."`: a quotation alone in its sentence goes on
            // from the attributed quotation of the sentence before.
            if let Some(j) = goes_on {
                a.same_as = Some(j);
                latest.push(&a);
                out.push(a);
                continue;
            }
            a.mention = subject_of_previous_sentence(&facts, &sentence, lex);
            if a.mention.is_none()
                && k == 0
                && sentence.start == para.start
                && let Some(prev) = previous
            {
                introduced_by(text, prev, &mut a, lex);
            }
        } else if !fragment && !subject_is_addressed(&facts.unquoted(&sentence)) {
            // A full quotation inside a sentence with no reporting verb ("Moore thanked him
            // for "…"", "Kaine has adopted the stance: …"): weakly, the sentence's subject,
            // kept only if it names a person of the article.
            a.mention = facts.subject(&sentence, lex);
            a.weak = true;
        }
        // `the play's organiser in Uganda, Sarah Mukasa, told …`: a description with a name
        // in apposition is that person.
        if let Some(named) = a.mention.as_ref().and_then(|(m, span)| apposed_name(text, m, span, lex)) {
            a.mention = Some(named);
        }
        if a.mention.as_ref().is_some_and(|(m, _)| m.eq_ignore_ascii_case("it")) {
            // "President Obama … said it would tell …": the first cue's named subject before
            // "it" in the sentence, else an institution described just before.
            let named = facts.cue(&sentence, lex).and_then(|(m, cue)| {
                let (m, span) = m?;
                let before_it = a.mention.as_ref().is_some_and(|(_, it)| span.end <= it.start);
                (before_it && m.starts_with(char::is_uppercase) && !m.eq_ignore_ascii_case("it"))
                    .then_some(((m, span), cue))
            });
            // `"…," said the radio station. It added …: "…"`: else the institution that spoke
            // the quotation before.
            let spoke_before = k.checked_sub(1).filter(|&j| {
                out[j].mention.as_ref().is_some_and(|(m, _)| {
                    let first = m.split_whitespace().next().unwrap_or_default().to_lowercase();
                    let head = m.split_whitespace().last().unwrap_or_default();
                    first == "the"
                        && lex.is_body_noun(head)
                        && !m.split_whitespace().any(|w| w.starts_with(char::is_uppercase) && w != "The")
                })
            });
            if let Some((m, cue)) = named {
                a.mention = Some(m);
                a.cue = Some(cue);
            } else if let Some(described) = earlier_institution(&facts, &sentence, lex) {
                a.mention = Some(described);
            } else if let Some(j) = spoke_before {
                a.mention = None;
                a.same_as = Some(j);
            }
        }
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
        matches!(gap, "and" | "or" | "and then")
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
/// a quotation looks back for, without scanning the quotations before it.
#[derive(Default)]
struct Latest {
    speaking: Vec<Option<usize>>,
    sure: Vec<Option<usize>>,
}

impl Latest {
    /// Records the attribution of the next quotation.
    fn push(&mut self, a: &Attribution) {
        let k = self.speaking.len();
        let speaks = a.mention.is_some() || a.same_as.is_some();
        self.speaking.push(if speaks { Some(k) } else { self.speaking.last().copied().flatten() });
        self.sure.push(if speaks && !a.weak { Some(k) } else { self.sure.last().copied().flatten() });
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

/// The name set off by commas right after a description ending in a role: `the play's
/// organiser in Uganda, Sarah Mukasa,`.
fn apposed_name(text: &str, mention: &str, span: &Range<usize>, lex: &Lexicon) -> Option<Mention> {
    let lowered = mention.to_lowercase();
    let words: Vec<&str> = lowered.split_whitespace().collect();
    let led = words.first().is_some_and(|w| DETERMINERS.contains(w))
        || words.iter().any(|w| super::phrases::strip_possessive(w).is_some());
    let described = led && words.iter().any(|w| lex.is_role_noun(w));
    if !described || span.end >= text.len() {
        return None;
    }
    // A name in apposition lies within the next few words.
    let window = text[span.end..].char_indices().nth(80).map_or(text.len(), |(i, _)| span.end + i);
    let line_end = text[span.end..window].find('\n').map_or(window, |i| span.end + i);
    let toks = tokenize(text, span.end..line_end);
    if !toks.first()?.is(',') {
        return None;
    }
    let name = toks[1..].iter().take_while(|t| t.is_capitalized()).count();
    let closed = toks.get(1 + name).is_none_or(|t| t.is(',') || t.is('.') || (t.word && lex.is_speech_verb(t.text)));
    if !(2..=4).contains(&name) || !closed || lex.is_not_name(toks[1].text) {
        return None;
    }
    let range = toks[1].start..toks[name].span().end;
    // `the mayor of Springfield, Illinois`: a place set off by commas is no name.
    if lex.is_place_name(&text[range.clone()]) || lex.find_country(&text[range.clone()]).is_some() {
        return None;
    }
    Some((text[range.clone()].to_string(), range))
}

/// True when the quotation names something rather than reports words: `dubbed "the
/// Hammer"`, `Operation "Southern Spear"`, `the film "Gone Girl"`.
fn names_a_thing(text: &str, before: &Range<usize>, q: &Quotation, lex: &Lexicon) -> bool {
    let toks = tokenize(text, before.clone());
    let Some(last) = toks.last().filter(|t| t.word) else { return false };
    let l = lower(last);
    let known_as = l == "as" && toks.len() >= 2 && lower(&toks[toks.len() - 2]) == "known";
    if lex.is_naming_word(&l) && (l != "as" || known_as) {
        return true;
    }
    let quoted = &text[q.inner.clone()];
    let words: Vec<&str> = quoted.split_whitespace().collect();
    let title_case = words.len() <= 8
        && words.iter().filter(|w| w.len() > 3).all(|w| w.chars().next().is_some_and(char::is_uppercase));
    // `the film "Gone Girl"`; `on CBS's "Face the Nation,"`: a work, or a title owned by a
    // named outlet (American style puts the comma inside the marks).
    let owned_by_name = last.is_possessive() && last.is_capitalized();
    let bare = !quoted.trim_end().ends_with([',', '.', '?', '!']);
    title_case && ((bare && lex.is_work_noun(&l)) || (owned_by_name && !quoted.trim_end().ends_with(['.', '?', '!'])))
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
    if quoted >= 4 && introduced {
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
    quoted < 4 || (quoted_in_sentence as f64) < 0.4 * total as f64
}

/// `"…?" Renteria told reporters.`: a quotation that ends its sentence with its own
/// punctuation, attributed at the start of the next sentence (name and cue within a few
/// words).
fn cue_in_next_sentence(
    text: &str,
    sents: &[Range<usize>],
    sentence: &Range<usize>,
    before: &Range<usize>,
    after: &Range<usize>,
    opaque: &[Range<usize>],
    lex: &Lexicon,
) -> Option<Cued> {
    // Only a quotation that is its whole sentence: `Japan branded it an "outlaw nation."
    // Russia insisted …` gives the next sentence its own speaker.
    let words = |r: &Range<usize>| tokenize(text, r.clone()).iter().any(|t| t.word);
    if words(before) || words(after) {
        return None;
    }
    let idx = sentence_at(sents, sentence.start)?;
    let next = sents.get(idx + 1)?;
    // A next sentence that introduces a quotation of its own with a colon speaks for that
    // one: `"…" Harriet Harman told researchers of the hostility: "…"`.
    let introduces = opaque
        .get(opaque.partition_point(|o| o.start < next.start))
        .filter(|o| o.start < next.end)
        .is_some_and(|o| text[next.start..o.start].trim_end().ends_with(':'));
    if introduces {
        return None;
    }
    let (mention, cue) = cue_after(text, next.clone(), 16, lex)?;
    // `"…" Stuart Cohen said the move could mean …`: a cue that goes on to report a clause
    // of its own starts a new statement; `"…?" Renteria told reporters.` ends on its cue.
    let toks = tokenize(text, next.clone());
    let at = mention.as_ref().map_or(next.start, |(_, span)| span.end);
    let after_cue = toks.iter().skip_while(|t| t.start < at || t.text != cue).nth(1);
    let addressed = matches!(cue.as_str(), "told" | "tells" | "asked" | "asks");
    let reports = !addressed
        && after_cue.is_some_and(|n| {
            let l = lower(n);
            n.word
                && !n.is_capitalized()
                && (DETERMINERS.contains(&l.as_str()) || l == "that" || PRONOUNS.contains(&l.as_str()))
        });
    (!reports).then_some((mention, cue))
}

/// `"A," he said. "B."` or `"A," he said, "B."`: B continues A when nothing but the
/// cue clause stands between them, however long its apposition (`"A," said David
/// Magel, 53, who lives in … Ill. "B"`).
fn earlier_part(
    text: &str,
    k: usize,
    paragraph: Paragraph<'_>,
    done: &[Attribution],
    sentence: &Range<usize>,
    before: &Range<usize>,
    lex: &Lexicon,
) -> Option<usize> {
    let (quotes, sents) = (paragraph.quotes, paragraph.sentences);
    let j = k.checked_sub(1)?;
    let gap_range = quotes[j].outer.end..quotes[k].outer.start;
    let gap = &text[gap_range.clone()];
    let plain = !gap.contains(['?', '!', ';', ':']);
    let short_gap = gap.split_whitespace().count() <= 12 && plain;
    let sentence_start = before.start == sentence.start;
    let has_speaker = done[j].mention.is_some() || done[j].same_as.is_some();
    // Past the earlier quotation's sentence (whose cue and clauses are its own: `"A," said
    // X, who recently published …`), the words between may hold its cue (`"A." X said.
    // "B"`) but no other: `… a "patent commons". Adam Jollans said …. "B"` gives B to
    // Jollans.
    let only_its_cue = plain && gap.split_whitespace().count() <= 40 && done[j].cue.is_some();
    if !(has_speaker && (short_gap || sentence_start || only_its_cue)) {
        return None;
    }
    let own_end = sentence_at(sents, quotes[j].outer.start).map_or(gap_range.start, |i| sents[i].end);
    let after_own = own_end.clamp(gap_range.start, gap_range.end)..gap_range.end;
    let own_cue_after = done[j].mention.as_ref().is_some_and(|(_, span)| span.start >= after_own.start);
    let toks = tokenize(text, after_own);
    let cues = (0..toks.len()).filter(|&v| is_cue(&toks, v, lex)).count();
    let no_other_cue = cues == 0 || (cues == 1 && own_cue_after);
    no_other_cue.then_some(j)
}

/// True unless `mention` is a description with no word for a role or a text in it ("The
/// first incident", "This prompted"): names and pronouns pass.
fn can_describe_a_speaker(mention: &str, lex: &Lexicon) -> bool {
    let head = mention.split_whitespace().last().unwrap_or_default();
    let speaking_word = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        lex.is_speaking_noun(w) || lex.is_speaking_noun(w.strip_suffix('s').unwrap_or(w))
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
/// the cue, or the sentence's subject for a participle ("…, clarifying that …").
fn cue_in_sentence(text: &str, sentence: &Range<usize>, opaque: &[Range<usize>], lex: &Lexicon) -> Option<Cued> {
    let toks = unquoted(text, sentence, opaque);
    let v = (0..toks.len()).find(|&v| is_cue(&toks, v, lex))?;
    let cue = toks[v].text.to_string();
    let end = subject_end(&toks, v);
    let direct = if cue.ends_with("ing") { None } else { subject_before(text, &toks[..end], lex) };
    let mention = direct.or_else(|| sentence_subject(text, &toks, lex));
    mention.is_some().then_some((mention, cue))
}

/// True when `at` (a speaker found elsewhere in the sentence) stands after the quotation
/// beyond a clause boundary: `dismissed the plan as "desperate", while the Liberal Democrats
/// said …` gives the second clause's speaker nothing to do with the quotation.
fn across_a_clause(text: &str, quote: &Range<usize>, at: Option<usize>) -> bool {
    let Some(at) = at.filter(|&at| at > quote.end) else { return false };
    let toks = tokenize(text, quote.end..at);
    toks.iter().enumerate().any(|(i, t)| {
        t.is(';')
            || matches!(t.text, "while" | "whereas" | "but" | "although" | "though")
            || (matches!(t.text, "and" | "or") && i > 0 && toks[i - 1].is(','))
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
    subject.0.chars().next().is_some_and(char::is_uppercase).then_some(subject)
}

/// What "it said" refers to when the sentence before names a speaking institution in a
/// description: `The port operator said in a statement … "…," it said.`
fn earlier_institution(facts: &SentenceFacts<'_>, sentence: &Range<usize>, lex: &Lexicon) -> Option<Mention> {
    let (m, span) = previous_speaker(facts, sentence, lex)?;
    let described =
        m.split_whitespace().next().is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
    described.then_some((m, span))
}

/// The speaker a cue gives in the sentence before `sentence`, if any.
fn previous_speaker(facts: &SentenceFacts<'_>, sentence: &Range<usize>, lex: &Lexicon) -> Option<Mention> {
    facts.cue(previous_sentence(facts.sentences(), sentence)?, lex)?.0
}

/// The sentence before `sentence` in `sents`.
fn previous_sentence<'a>(sents: &'a [Range<usize>], sentence: &Range<usize>) -> Option<&'a Range<usize>> {
    sents.get(sentence_at(sents, sentence.start)?.checked_sub(1)?)
}

/// Index of the sentence (of `sents`, in text order) that holds byte `at`.
fn sentence_at(sents: &[Range<usize>], at: usize) -> Option<usize> {
    let i = sents.partition_point(|s| s.start <= at).checked_sub(1)?;
    (at < sents[i].end).then_some(i)
}

/// The tokens of `range` outside quotations.
fn unquoted<'a>(text: &'a str, range: &Range<usize>, opaque: &[Range<usize>]) -> Vec<Token<'a>> {
    // A quotation left out still separates its neighbours: `On "Face the Nation," Sen.
    // Bernie Sanders said` keeps a comma after "On".
    let mut out: Vec<Token<'a>> = Vec::new();
    let mut in_quote = false;
    for t in tokenize(text, range.clone()) {
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

/// A quotation that opens its paragraph with nothing around it takes its speaker from the
/// paragraph before: the cue of an introduction ending in a colon ("Cruz continued:",
/// "Partial transcript as follows:"), or else, weakly, that paragraph's last subject.
fn introduced_by(text: &str, prev: Paragraph<'_>, a: &mut Attribution, lex: &Lexicon) {
    let quotes: Vec<Range<usize>> = prev.quotes.iter().map(|q| q.outer.clone()).collect();
    let Some(last) = prev.sentences.last().cloned() else { return };
    let toks = unquoted(text, &last, &quotes);
    if text[last.clone()].trim_end().ends_with(':') {
        let before_colon = last.start..text[..last.end].rfind(':').unwrap_or(last.end);
        if let Some((mention, cue)) = cue_before(text, before_colon, lex) {
            a.mention = mention.or_else(|| sentence_subject(text, &toks, lex));
            a.cue = Some(cue);
        } else {
            a.mention = sentence_subject(text, &toks, lex);
        }
    } else if !quotes.iter().any(|q| text[q.end..last.end].trim().is_empty()) {
        // Not after a paragraph ending in a quotation: that one's speaker goes on, or not.
        // `…, Susan said as she turned around.` / `"…"`: the speaker of the sentence
        // before; else, weakly, its subject.
        if let Some((Some(mention), cue)) = cue_in_sentence(text, &last, &quotes, lex) {
            a.mention = Some(mention);
            a.cue = Some(cue);
        } else {
            a.mention = sentence_subject(text, &toks, lex);
            a.weak = true;
        }
    }
}
