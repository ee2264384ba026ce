//! Noun phrases around reporting cues: the subject before a verb ("Treasury Secretary Scott
//! Bessent said"), after it ("said a senior official"), behind an apposition ("Guy Cecil,
//! the group's strategist, said") and at the start of a sentence, past datelines and
//! introductory phrases. Each returns the phrase as written with its byte range.

use super::tokens::Token;
use crate::lexicon::Lexicon;
use crate::lexicon::word_classes;

/// Verbs whose object is the one spoken to ("told reporters", "asked Sen. Mikulski"), and
/// those that give it a clause ("urged Trump to …").
const ADDRESSED_VERBS: &[&str] = word_classes::ADDRESSED_VERBS;
const URGING_VERBS: &[&str] = word_classes::URGING_VERBS;
use std::ops::Range;

/// A speaker as written, with its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The words as written ("President Petro", "he", "a senior official").
    pub text: String,
    /// Their byte range in the article body.
    pub span: Range<usize>,
}

impl Mention {
    /// The words of `body` at `span`.
    pub fn at(body: &str, span: Range<usize>) -> Mention {
        Mention { text: body[span.clone()].to_string(), span }
    }
}

/// Prepositions after which a phrase belongs to the noun before ("a spokesman for the Home
/// Office", "Bill Sullivan of Dean Witter").
pub(super) const PREPOSITIONS: &[&str] = word_classes::PREPOSITIONS;

/// Words that end a company's name ("Harris Corp", "Smith Barney, Harris Upham and Co").
pub(super) const COMPANY_SUFFIXES: &[&str] = word_classes::COMPANY_SUFFIXES;

/// A word without its possessive ending ("council's", "Ministry’s"), if it has one.
pub(super) fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s"))
}

pub(super) const PRONOUNS: &[&str] = word_classes::PRONOUNS;
pub(super) const DETERMINERS: &[&str] = word_classes::DETERMINERS;
/// Words between a subject and its verb that do not belong to the subject.
pub(super) const AUXILIARIES: &[&str] = word_classes::AUXILIARIES;
/// Words that end a noun phrase.
pub(super) const STOPS: &[&str] = word_classes::PHRASE_STOPS;
/// Auxiliaries and modals that, right after a noun phrase, make it a clause's subject.
const CLAUSE_VERBS: &[&str] = word_classes::CLAUSE_VERBS;
/// Time words that may stand between a cue and its inverted subject ("said Tuesday X").
pub(super) const TIME_WORDS: &[&str] = word_classes::TIME_WORDS;

/// The token in lower case, borrowed when it is lower case already (most words are).
/// An ASCII word (most are) is read byte by byte: its lower case is the ASCII one.
pub(super) fn lower<'a>(t: &Token<'a>) -> Lower<'a> {
    let text = t.text;
    Lower(if crate::lexicon::is_ascii_lower(text) {
        text.into()
    } else if text.is_ascii() {
        text.to_ascii_lowercase().into()
    } else if text.chars().any(char::is_uppercase) {
        text.to_lowercase().into()
    } else {
        text.into()
    })
}

/// A word in lower case; see [`lower`].
pub(super) struct Lower<'a>(std::borrow::Cow<'a, str>);

impl Lower<'_> {
    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// True for a word that stands between a subject and its verb outside the subject: an
/// auxiliary, an "-ly" adverb, a time word or a linking adverb in lower case ("Petro later
/// wrote", "the foreign secretary meanwhile said"). A noun in "-ly" (`[ly_nouns]`) heads
/// its subject: "the former monopoly said", "the official daily said".
pub(super) fn is_adverb(t: &Token<'_>) -> bool {
    let l = lower(t);
    const TIMES: &[&str] = word_classes::TIME_NOUNS;
    AUXILIARIES.contains(&l.as_str())
        || (l.ends_with("ly") && l.len() > 4 && !t.is_capitalized() && !word_classes::LY_NOUNS.contains(&l.as_str()))
        || TIMES.contains(&l.as_str())
        || TIME_WORDS.contains(&l.as_str())
        || (word_classes::LINKING_ADVERBS.contains(&l.as_str()) && !t.is_capitalized())
}

/// True for a lower-case word that may be a common noun: a word, not capitalised, no adverb
/// (`is_adverb`) and no pronoun ("film" in "a film called", "sum" in "the sum agreed for").
/// Whether it names someone is the caller's test: a role, or a text that speaks.
pub(super) fn is_plain_noun(t: &Token<'_>) -> bool {
    t.word && !t.is_capitalized() && !is_adverb(t) && !PRONOUNS.contains(&lower(t).as_str())
}

/// The head of a description: its last word before any preposition ("a spokesman for the
/// Home Office" -> "spokesman", "one leader of the land reform movement" -> "leader"); a
/// preposition is matched in any case.
pub(super) fn head_word<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    words.into_iter().take_while(|w| !PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(w))).last()
}

/// Where the subject of the cue at `toks[v]` ends: before the adverbs and time phrases
/// between them ("Petro later wrote", "Beck on Wednesday called", "Blair had in 1997
/// complained").
pub(super) fn subject_end(toks: &[Token<'_>], v: usize) -> usize {
    let mut end = v;
    loop {
        if end > 1 && time_words(&toks[end - 2], &toks[end - 1]) {
            end -= 2;
        } else if (end > 0 && is_adverb(&toks[end - 1])) || place_adverb(toks, end) {
            end -= 1;
        } else if let Some(lead) = gerund_aside(toks, end) {
            end = lead;
        } else {
            return end;
        }
    }
}

/// True for a time phrase of two words, `lead` then `time`: "on Wednesday", "last week",
/// "in 1997", "in March".
fn time_words(lead: &Token<'_>, time: &Token<'_>) -> bool {
    let (lead, word) = (lower(lead), lower(time));
    (TIME_WORDS.contains(&word.as_str()) && word_classes::TIME_WORD_LEADS.contains(&lead.as_str()))
        || (lead == "in" && names_a_date(time))
}

/// True for a year or a capitalised month or season, a date after "in" between a subject
/// and its verb ("Tony Blair had in 1997 complained", "Ms Carr in March said").
fn names_a_date(t: &Token<'_>) -> bool {
    let year = t.text.len() == 4 && t.text.parse::<u16>().is_ok_and(|y| (1800..=2099).contains(&y));
    let month = t.is_capitalized() && word_classes::CALENDAR_WORDS.contains(&lower(t).as_str());
    year || month
}

/// Whether `toks[end - 1]` is a place adverb after a word, outside the subject
/// ("one broker here said", "dealers there said"); not after a preposition ("from there").
fn place_adverb(toks: &[Token<'_>], end: usize) -> bool {
    end > 1
        && !toks[end - 1].is_capitalized()
        && word_classes::PLACE_ADVERBS.contains(&lower(&toks[end - 1]).as_str())
        && toks[end - 2].word
        && !PREPOSITIONS.contains(&lower(&toks[end - 2]).as_str())
}

/// The most words a gerund aside between a subject and its cue holds.
const GERUND_ASIDE_WORDS: usize = 8;

/// Where a gerund aside ending at `end` starts ("Du Plessis in disclosing the agreement
/// last night said", "the minister while visiting lagoons told"): its lead ("in", "while",
/// ...), then a lower-case -ing verb (not "being": "after being accused" holds the cue's
/// own passive), then lower-case words, none a verb's auxiliary or a pronoun (not "before
/// bidding was to begin on what Zimmerman described"), with a word before it.
fn gerund_aside(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let from = end.saturating_sub(GERUND_ASIDE_WORDS);
    let plain = |t: &Token<'_>| {
        let l = lower(t);
        t.word
            && !t.is_capitalized()
            && !AUXILIARIES.contains(&l.as_str())
            && !word_classes::PASSIVE_AUXILIARIES.contains(&l.as_str())
            && l != "having"
            && !PRONOUNS.contains(&l.as_str())
    };
    (from.max(1)..end.saturating_sub(1)).rev().take_while(|&p| plain(&toks[p])).find(|&p| {
        let ing = &toks[p + 1];
        word_classes::GERUND_ASIDE_LEADS.contains(&lower(&toks[p]).as_str())
            && ing.text.len() > 4
            && ing.text.ends_with("ing")
            && toks[p - 1].word
            && toks[p + 1..end].iter().all(plain)
    })
}

/// `When Trump later referred to it and said …`: the subject of the verb a coordinated
/// cue shares, found right to left as a name or pronoun followed by a lower-case verb
/// (`toks` end before the "and").
pub(super) fn coordinated_subject(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    // The clause's own subject first ("Hillary Clinton, campaigning in Wisconsin, said …
    // and accused"), then the nearest name before a past or reporting verb.
    if let Some(subject) = sentence_subject(text, toks, lex).filter(|Mention { text: m, .. }| {
        m.starts_with(char::is_uppercase) || PRONOUNS.contains(&m.to_lowercase().as_str())
    }) {
        return Some(subject);
    }
    let before_verb = |names: bool| {
        (0..toks.len().saturating_sub(1)).rev().take(30).find_map(|i| {
            let t = &toks[i];
            let subject_like = if names {
                t.is_capitalized() && !lex.is_not_name(t.text)
            } else {
                PRONOUNS.contains(&lower(t).as_str())
            };
            // Past "later", "quickly" to the verb; "is" and "was" do not report.
            let verb = toks[i + 1..].iter().find(|n| {
                !(TIME_WORDS.contains(&lower(n).as_str()) || (lower(n).ends_with("ly") && !n.is_capitalized()))
            });
            let verb_like = verb.is_some_and(|n| {
                n.word && !n.is_capitalized() && (lex.is_speech_verb(n.text) || lower(n).ends_with("ed"))
            });
            (t.word && subject_like && t.text != "it" && verb_like)
                .then(|| np_backward(text, &toks[..=i], lex))
                .flatten()
        })
    };
    // A name before a pronoun: "Lazar said he welcomed it and added".
    before_verb(true).or_else(|| before_verb(false))
}

/// Drops short parenthetical groups ("(R-OH)", "(UPI)", "(D-Wis.)") that stand between a
/// name and its cue. A group opening the words is the subject itself, a wire story's
/// company (`(Ivaco Inc) said …`): only its brackets go.
pub(super) fn without_parentheticals<'a>(toks: &[Token<'a>]) -> Vec<Token<'a>> {
    let mut out: Vec<Token<'a>> = Vec::with_capacity(toks.len());
    let mut open: Option<usize> = None;
    for &t in toks {
        if t.is('(') {
            open = Some(out.len());
        } else if t.is(')')
            && let Some(at) = open.take().filter(|at| out.len() - at <= 6)
        {
            if at > 0 {
                out.truncate(at);
            }
            continue;
        }
        out.push(t);
    }
    // An unclosed "(" keeps everything after it.
    out.retain(|t| !t.is('('));
    out
}

/// `Guy Cecil, the group's chief strategist, said`: the name before an apposition.
pub(super) fn apposed_subject(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    let (last, rest) = toks.split_last()?;
    if !last.is(',') {
        return None;
    }
    let open = rest.iter().rposition(|t| t.is(','))?;
    if rest.len() - open > 14 {
        return None;
    }
    // "The Shadow Secretary for the Family, Theresa May, said": the apposition is the name.
    let inner = &rest[open + 1..];
    let is_name = (2..=5).contains(&inner.len())
        && inner.iter().all(Token::is_capitalized)
        && inner.first().is_some_and(|t| {
            // "J. David Lyons": an initial opens a name too.
            let initial = t.text.len() == 2 && t.text.ends_with('.');
            initial || lex.is_given_name(t.text) || lex.title_len(&[t.text]) > 0
        });
    if is_name {
        return phrase(text, inner, lex);
    }
    // An apposition may hold commas itself ("Clinton, during a meeting in Columbus, Ohio,
    // said"): the subject is a name that opens its clause before the first of them.
    let window = rest.len().saturating_sub(24);
    for c in (window..open).filter(|&c| rest[c].is(',')) {
        if let Some(np) = np_backward(text, &rest[..c], lex) {
            let first = rest.iter().position(|t| t.start == np.span.start).unwrap_or(0);
            // "But Robert Crandall, a trade specialist at Brookings Institution, a think
            // tank, said": a conjunction opening the sentence leaves the name first.
            let conjunction = first == 1 && word_classes::OPENING_CONJUNCTIONS.contains(&lower(&rest[0]).as_str());
            let opens_clause = first == 0 || !rest[first - 1].word || conjunction;
            if opens_clause && np.text.chars().next().is_some_and(char::is_uppercase) {
                return Some(np);
            }
        }
    }
    np_backward(text, &rest[..open], lex)
        .filter(|Mention { text: m, .. }| m.chars().next().is_some_and(char::is_uppercase))
}

/// `…, said Treasury Secretary Scott Bessent: "…"`: a subject after the cue, only for
/// verbs whose object is not an addressee ("told reporters") and only when nothing but
/// punctuation follows it (not "said the group might run").
pub(super) fn inverted_subject(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    must_end: bool,
    lex: &Lexicon,
) -> Option<Mention> {
    let cue = lower(&toks[v]);
    // Before a quotation, the phrase after "told"/"asked" is the addressee ("told
    // reporters: …"); right after one, "asked Sen. Mikulski" is the speaker.
    let addressed = ADDRESSED_VERBS.contains(&cue.as_str()) || URGING_VERBS.contains(&cue.as_str());
    if (must_end && addressed) || cue.ends_with("ing") {
        return None;
    }
    // "as Amar put it": the subject stands before the cue; and a verb that takes an object
    // ("dismissed the plan as …", "called the deal …") is never inverted.
    const TAKES_AN_OBJECT: &[&str] = word_classes::OBJECT_VERBS;
    if TAKES_AN_OBJECT.contains(&cue.as_str()) {
        return None;
    }
    let Mention { text: np, span } = coordinated_roles(text, toks, np_forward(text, toks, v + 1, lex)?, lex);
    let rest: Vec<&Token<'_>> = toks.iter().filter(|t| t.start >= span.end).collect();
    // "said the candidate could win": the phrase is the subject of a reported clause.
    if rest.first().is_some_and(|t| t.word && CLAUSE_VERBS.contains(&lower(t).as_str())) {
        return None;
    }
    // `Said Dorothy Poynter, who grew up with Ali, "…"`: an apposition set off by commas
    // may follow the subject.
    let apposition = rest.len() > 2 && rest[0].is(',') && rest.last().is_some_and(|t| t.is(',') || t.is(':'));
    (!must_end || rest.iter().all(|t| !t.word) || apposition).then_some(Mention { text: np, span })
}

/// `said former Nevada Sen. and Reagan confidant Paul Laxalt`: a role joined by "and" to a
/// description ending in a name is one phrase, the name's; else `np` as it was.
fn coordinated_roles(text: &str, toks: &[Token<'_>], np: Mention, lex: &Lexicon) -> Mention {
    let role = np.text.split_whitespace().last().is_some_and(|w| {
        let w = w.trim_end_matches('.');
        lex.title_len(&[w]) == 1 || lex.stands_for(&w.to_lowercase()).is_some() || lex.is_role_noun(&w.to_lowercase())
    });
    let and = toks.iter().position(|t| t.start >= np.span.end).filter(|&a| role && toks[a].text == "and");
    let joined = and.and_then(|a| np_forward(text, toks, a + 1, lex)).filter(|Mention { text: m, .. }| {
        let words: Vec<&str> = m.split_whitespace().collect();
        words.len() >= 3 && words[words.len() - 2..].iter().all(|w| w.starts_with(char::is_uppercase))
    });
    match joined {
        Some(joined) => Mention::at(text, np.span.start..joined.span.end),
        None => np,
    }
}

/// The noun phrase that ends at the end of `toks`, read leftwards: a pronoun, a name with
/// its titles ("Treasury Secretary Scott Bessent"), or a description ending in a role noun
/// or led by a determiner ("a senior official", "the newspaper").
pub(super) fn np_backward(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    np_backward_owned(text, toks, OWNER_DEPTH, lex)
}

/// The most phrases read leftwards for an owner, one behind another ("a spokesman for the
/// office of the mayor of Leeds" reads three): a chain of prepositions with no end
/// ("Analysts at Barclays Bank at Barclays Bank at …", 10,000 times) would otherwise nest a
/// call per link and overflow the stack.
const OWNER_DEPTH: usize = 8;

/// [`np_backward`], reading at most `owners` more phrases leftwards for an owner
/// ([`role_or_affiliation`], [`coordinated_object`]): "a lawyer for Mr. Trump" with one.
fn np_backward_owned(text: &str, toks: &[Token<'_>], owners: usize, lex: &Lexicon) -> Option<Mention> {
    let last = toks.last()?;
    if !last.word {
        return None;
    }
    if PRONOUNS.contains(&lower(last).as_str()) {
        return Some(Mention { text: last.text.to_string(), span: last.span() });
    }
    // "the two", "the three": a number standing for the people named before.
    if let [.., the, number] = toks
        && lower(the) == "the"
        && word_classes::GROUP_NUMBERS.contains(&lower(number).as_str())
    {
        return Some(Mention::at(text, the.start..number.span().end));
    }
    // "Radio 1", "Channel 4": a number ending a name.
    let numbered = last.text.len() <= 3
        && last.text.chars().all(|c| c.is_ascii_digit())
        && toks.len() >= 2
        && toks[toks.len() - 2].is_capitalized();
    let head_ok = last.is_capitalized() || numbered || lex.is_role_noun(&lower(last)) || lex.is_role_noun(last.base());
    let mut start = phrase_start(toks, lex);
    // An owner leads a description as a determiner does: "Ryan's office".
    let led_by_determiner = start < toks.len()
        && (DETERMINERS.contains(&lower(&toks[start]).as_str())
            || (toks[start].is_possessive() && start + 1 < toks.len()));
    if !head_ok && !led_by_determiner {
        return None;
    }
    if let Some(owned) = role_or_affiliation(text, toks, start, owners, lex) {
        return owned;
    }
    // Lower-case words left of a capitalised name are not part of it ("rebuke from Paul").
    if last.is_capitalized() && !led_by_determiner {
        let read = start;
        while start < toks.len() - 1 && !toks[start].is_capitalized() {
            start += 1;
        }
        // "A spokesman at the port authority of nearby Vlissingen": the preposition among the
        // words dropped links the name to a role's phrase as one right before it does, when a
        // determiner leads that phrase; a bare role is an apposition's, whose name is before
        // its comma ("Ed Niedermeyer, president of Niedermeyer-Martin Co said").
        // Not "in": a place after it says where the subject is (`subject_past_firm_or_place`).
        let link = toks[read..start].iter().rposition(|t| links_to_owner(t) && lower(t) != "in").map(|l| read + l + 1);
        let owned = link.filter(|&l| l > read).and_then(|l| role_or_affiliation(text, toks, l, owners, lex)).flatten();
        let determined = |m: &Mention| {
            m.text.split_whitespace().next().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        };
        if let Some(owned) = owned.filter(determined) {
            return Some(owned);
        }
        if let Some(role) = coordinated_object(text, toks, start, owners, lex) {
            return Some(role);
        }
    }
    phrase(text, &toks[start..], lex)
}

/// True for a token after which a phrase may belong to the noun before it ([`is_link`]).
fn links_to_owner(t: &Token<'_>) -> bool {
    is_link(lower(t).as_str())
}

/// True for a lower-case word after which a phrase may belong to the noun before it: a
/// preposition ("a spokesman for the Home Office") or a word of acting for someone ("an
/// aide to Chirac").
pub(super) fn is_link(word: &str) -> bool {
    PREPOSITIONS.contains(&word) || word_classes::ACTING_FOR.contains(&word)
}

/// `The star of Sea Wolf and Night Train said`: a name joined by "and" (opening at
/// `toks[start]`) to the object of a role's preposition is that object's second part; the
/// role's whole phrase is the subject, not the last title or name.
/// `owners` is how many more phrases may be read leftwards ([`OWNER_DEPTH`]).
fn coordinated_object(text: &str, toks: &[Token<'_>], start: usize, owners: usize, lex: &Lexicon) -> Option<Mention> {
    let and = start.checked_sub(1).filter(|&a| a > 0 && matches!(lower(&toks[a]).as_str(), "and" | "&"))?;
    if owners == 0 || !toks[and - 1].is_capitalized() {
        return None;
    }
    let first = np_backward_owned(text, &toks[..and], owners - 1, lex)?;
    let words: Vec<&str> = first.text.split_whitespace().collect();
    let head = words.iter().position(|w| is_link(w));
    let role = head.filter(|&h| h > 0).is_some_and(|h| {
        let head = words[h - 1];
        head.starts_with(char::is_lowercase) && lex.is_role_noun(head)
    });
    let end = toks.last()?.span().end;
    role.then(|| Mention::at(text, first.span.start..end))
}

/// Where the noun phrase ending `toks` starts, read leftwards over names, role nouns and up
/// to two modifiers, to a determiner ("the real estate developer") or a word that ends it.
fn phrase_start(toks: &[Token<'_>], lex: &Lexicon) -> usize {
    let mut start = toks.len();
    let mut modifiers = 0;
    while start > 0 {
        let t = &toks[start - 1];
        let l = lower(t);
        if !t.word {
            break;
        }
        if DETERMINERS.contains(&l.as_str()) {
            if l != "that" {
                start -= 1;
            }
            break;
        }
        // "S and P", "A and P": initials joined by "and" are one name.
        let initials = l == "and"
            && start < toks.len()
            && start >= 2
            && [&toks[start], &toks[start - 2]].iter().all(|x| x.text.len() == 1 && x.is_capitalized());
        let accepted = if initials {
            true
        } else if t.is_capitalized() {
            !STOPS.contains(&l.as_str())
        } else if lex.is_role_noun(&l) || lex.is_role_noun(t.base()) {
            true
        } else if STOPS.contains(&l.as_str()) || PRONOUNS.contains(&l.as_str()) {
            false
        } else if l.ends_with("ed") {
            // "attacked", "said": a verb, not a modifier of the subject; but right after a
            // determiner, an adjective ("the unsigned opinion").
            start >= 2 && DETERMINERS.contains(&lower(&toks[start - 2]).as_str()) && start < toks.len()
        } else if start == toks.len() {
            // The head itself ("developer" in "the real estate developer").
            true
        } else {
            modifiers += 1;
            modifiers <= 2
        };
        if !accepted {
            break;
        }
        start -= 1;
    }
    start
}

/// `a spokesman for committee Democrats`, `Shuichi Takemoto of the Foreign Ministry`: when
/// the phrase starting at `toks[start]` follows a preposition, the phrase that owns it (a
/// role for someone, or a named person of an organisation), if there is one.
/// `owners` is how many more phrases may be read leftwards ([`OWNER_DEPTH`]): none is no owner.
fn role_or_affiliation(
    text: &str,
    toks: &[Token<'_>],
    start: usize,
    owners: usize,
    lex: &Lexicon,
) -> Option<Option<Mention>> {
    if start < 2 || owners == 0 || !links_to_owner(&toks[start - 1]) {
        return None;
    }
    // "a spokesman for committee Democrats", "a lawyer for Mr. Trump": the phrase is the
    // role's, not the name's. One reading of the phrase before (two would double the work at every "of").
    let owner = np_backward_owned(text, &toks[..start - 1], owners - 1, lex);
    // "the Labour MP for Birkenhead": a politician's acronym in capitals is a role too.
    let acronym = |w: &str| {
        !w.chars().any(char::is_lowercase) && word_classes::POLITICIAN_HEADS.iter().any(|h| h.eq_ignore_ascii_case(w))
    };
    // Its head, the last word before a preposition of its own: "A spokesman at the harbour
    // authority" of nearby Tilburg is the spokesman's; but a place after "in" says where such
    // a role's phrase is, which speaks without it ("A spokesman for the Federal Banking Office
    // in West Berlin said"; `subject_past_firm_or_place` for a place the gazetteer knows).
    let is_role = |w: &str| (lex.is_role_noun(w) && !w.starts_with(char::is_uppercase)) || acronym(w);
    let headed = |m: &Mention| head_word(m.text.split_whitespace()).is_some_and(is_role);
    let last_is_role = |m: &Mention| m.text.split_whitespace().last().is_some_and(is_role);
    // Not after a participle placing it ("a securities firm operating in Singapore").
    let before = &toks[start - 2];
    let participle =
        before.word && !before.is_capitalized() && (before.text.ends_with("ing") || before.text.ends_with("ed"));
    let placed = lower(&toks[start - 1]) == "in";
    if placed
        && !participle
        && let Some(owner) = owner.as_ref().filter(|m| headed(m) && !last_is_role(m))
    {
        return Some(Some(owner.clone()));
    }
    // After "in", only a role right before it: "officials in Tokyo".
    let role = |m: &&Mention| if placed { last_is_role(m) } else { headed(m) };
    if let Some(Mention { span, .. }) = owner.as_ref().filter(role) {
        let at = toks.iter().position(|t| t.start == span.start);
        return Some(at.and_then(|at| phrase(text, &toks[at..], lex)));
    }
    // "Shuichi Takemoto of the Foreign Ministry's North American Division", "Kay Moss from
    // the Consumer Association", "Tom Brown at Merrill Lynch": a person's affiliation, not
    // the speaker.
    let named = matches!(lower(&toks[start - 1]).as_str(), "of" | "from" | "at")
        && toks[..start - 1].iter().rev().take_while(|t| t.is_capitalized()).count() >= 2
        && owner.as_ref().is_some_and(|Mention { text: m, .. }| {
            let words: Vec<&str> = m.split_whitespace().collect();
            words.len() >= 2
                && words.iter().all(|w| w.starts_with(char::is_uppercase) && !lex.is_org_word(w))
                && lex.find_organization(m).is_none()
        });
    if named {
        let first = toks[..start - 1].iter().rposition(|t| !t.is_capitalized()).map_or(0, |p| p + 1);
        return Some(phrase(text, &toks[first..], lex));
    }
    None
}

/// The noun phrase that starts at `toks[from]`, read rightwards, after time words.
pub(super) fn np_forward(text: &str, toks: &[Token<'_>], from: usize, lex: &Lexicon) -> Option<Mention> {
    let (np, runs_on) = np_forward_span(text, toks, from, lex)?;
    // "said the city embodied …": after a cue, a description that runs on into more
    // words is the subject of a reported clause, not the speaker.
    (!runs_on).then_some(np)
}

/// The noun phrase at `toks[from]` and whether an undescribed head runs on into a verb
/// ("the city embodied"): fine for a sentence's subject, not after a cue.
pub(super) fn np_forward_span(text: &str, toks: &[Token<'_>], from: usize, lex: &Lexicon) -> Option<(Mention, bool)> {
    let mut i = from;
    while toks.get(i).is_some_and(|t| t.word && TIME_WORDS.contains(&lower(t).as_str())) {
        i += 1;
    }
    let start = i;
    let first = toks.get(i)?;
    // "said of Cruz": the phrase after "of" is what was spoken about, not who spoke; and a
    // reporting verb ("Adding, …") names nobody.
    // "said project manager Livio Costantini": a bare form before a role or a name is a
    // noun modifying it.
    let modifier = toks.get(i + 1).is_some_and(|n| n.is_capitalized() || lex.is_role_noun(&lower(n)));
    let verb_form = {
        let l = lower(first);
        let bare = !first.is_capitalized() && !modifier;
        bare || l.ends_with("ing") || l.ends_with("ed") || l.ends_with('s')
    };
    if lower(first) == "of" || (lex.is_speech_verb(first.text) && verb_form && !lex.is_given_name(first.text)) {
        return None;
    }
    if PRONOUNS.contains(&lower(first).as_str()) {
        return Some((Mention { text: first.text.to_string(), span: first.span() }, false));
    }
    while let Some(t) = toks.get(i) {
        if !t.word {
            // "Internet service provider (ISP) Plus.net": a description's letters in
            // brackets before the name it describes go on the phrase.
            match bracketed_letters(toks, i) {
                Some(past) if i > start => {
                    i = past;
                    continue;
                }
                _ => break,
            }
        }
        let ok = joins_forward(toks, start, i, lex);
        if !ok || i - start >= 10 {
            break;
        }
        i += 1;
        if t.is_possessive() && !toks.get(i).is_some_and(|n| n.word) {
            break;
        }
    }
    // "the city embodied …": a lower-case word that runs on into more words is a clause,
    // not a name.
    let runs_on = toks.get(i).is_some_and(|n| {
        n.word && !n.is_capitalized() && !STOPS.contains(&lower(n).as_str()) && !lex.is_speech_verb(n.text)
    });
    let head_named = i > start && (toks[i - 1].is_capitalized() || lex.is_role_noun(&lower(&toks[i - 1])));
    Some((phrase(text, &toks[start..i], lex)?, i > start && !head_named && runs_on))
}

/// Where the words go on past letters in brackets at `toks[i]` that a lower-case word
/// before them and a capitalised word after them enclose: the letters a description is
/// known by, before the name it describes ("Internet service provider (ISP) Plus.net").
/// Not letters after a name ("John Smith (Labour) said"), nor before a lower-case word.
fn bracketed_letters(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let [open, letters, close, next, ..] = toks.get(i..)? else { return None };
    let described = i > 0 && toks[i - 1].word && !toks[i - 1].is_capitalized();
    let capitals = letters.word && letters.text.len() >= 2 && !letters.text.chars().any(char::is_lowercase);
    (open.is('(') && close.is(')') && capitals && described && next.word && next.is_capitalized()).then_some(i + 3)
}

/// True when `toks[i]` goes on the noun phrase that starts at `toks[start]`: a determiner
/// opening it, a name, a role, a modifier before one, or a word of a description led by a
/// determiner or an owner.
fn joins_forward(toks: &[Token<'_>], start: usize, i: usize, lex: &Lexicon) -> bool {
    let t = &toks[i];
    let l = lower(t);
    let led = DETERMINERS.contains(&lower(&toks[start]).as_str()) && lower(&toks[start]) != "that";
    // "Ryan's office", "Clinton's campaign": one noun after an owner.
    let owned = i > start && toks[i - 1].is_possessive() && !l.ends_with("ed");
    // "Nortel president and chief executive Bill Owens": two roles of one person.
    let joins_roles = l == "and"
        && i > start
        && lex.is_role_noun(&lower(&toks[i - 1]))
        && toks.get(i + 1).is_some_and(|n| n.word && !n.is_capitalized())
        && toks[i + 1..]
            .iter()
            .take(3)
            .take_while(|n| n.word && !n.is_capitalized())
            .any(|n| lex.is_role_noun(&lower(n)));
    // "added Ernst and Young's Sanjay Mehta": a firm's name joined by "and" before its
    // owner's "'s" and the person it has speaking.
    let joins_firm = l == "and"
        && i > start
        && toks[i - 1].is_capitalized()
        && toks.get(i + 1).is_some_and(|n| n.is_capitalized() && n.is_possessive())
        && toks.get(i + 2).is_some_and(Token::is_capitalized);
    // "a Wednesday editorial in the Register", "the Sunday paper": a day right after the
    // determiner dates the text, role or body that follows it.
    let dates_the_head = i == start + 1
        && led
        && t.is_capitalized()
        && TIME_WORDS.contains(&l.as_str())
        && toks.get(i + 1).is_some_and(|n| {
            let nl = lower(n);
            n.word && !n.is_capitalized() && (lex.is_speaking_noun(&nl) || lex.is_body_noun(&nl))
        });
    if (i == start && l != "that" && DETERMINERS.contains(&l.as_str())) || joins_roles || joins_firm || dates_the_head {
        true
    } else if ((STOPS.contains(&l.as_str()) || TIME_WORDS.contains(&l.as_str()))
        // "Will Doyle": a capitalised name that is also a function word.
        && (!t.is_capitalized() || lex.is_not_name(t.text)))
        || verb_before_a_name(toks, start, i, lex)
        || verb_before_an_object(toks, start, i, lex)
    {
        false
    } else if (led && i - start <= 2 || owned)
        // Right after the determiner a reporting verb is a noun ("a report"), and so
        // is its bare form after an adjective ("An early tweet"); after a head noun
        // ("the president left") the description has ended. A superlative is no head: the
        // word after it is ("The clearest signals come …").
        && (i == start + 1
            || superlative(&lower(&toks[i - 1]))
            || (!lex.is_speech_verb(&l) && !l.ends_with("ed"))
            || (!l.ends_with('s') && !l.ends_with("ed") && !l.ends_with("ing") && !word_classes::COMMON_PAST_CUES.contains(&l.as_str())))
        && !(i > start + 1 && lex.is_role_noun(&lower(&toks[i - 1])))
        && !text_or_body_acts(toks, start, i, lex)
        && !DETERMINERS.contains(&l.as_str())
    {
        // "the newspaper", "a Fox News anchor": a description led by a determiner.
        true
    } else {
        modifies_a_name(toks, start, i, lex)
    }
}

/// True when `toks[i]` is the verb of a description led by a determiner whose head, right
/// before it, is a text or a body written in lower case ("A 2014 Senate committee report
/// found", "The ad attacked", "the panel concluded"): the description ends at its head, as
/// it does after a role ("the president left"). A verb here is a speech verb in -s ("The ad
/// says") or a form in the past (`[text_verbs]` for those without -ed: "found"), not a noun
/// going on the compound ("the committee members", "the bank holidays").
fn text_or_body_acts(toks: &[Token<'_>], start: usize, i: usize, lex: &Lexicon) -> bool {
    let head = &toks[i - 1];
    let (h, l) = (lower(head), lower(&toks[i]));
    let head_is_text_or_body =
        i > start + 1 && !head.is_capitalized() && (lex.is_document_noun(&h) || lex.is_body_noun(&h));
    let noun = |w: &str| lex.is_role_noun(w) || lex.is_document_noun(w) || lex.is_body_noun(w);
    let verb_form = (l.ends_with('s') && lex.is_speech_verb(&l))
        || l.ends_with("ed")
        || word_classes::IRREGULAR_PAST.contains(&l.as_str())
        || word_classes::TEXT_VERBS.contains(&l.as_str());
    head_is_text_or_body && !toks[i].is_capitalized() && verb_form && !noun(&l)
}

/// True for a superlative adjective ("clearest", "latest"), which leaves the noun it
/// modifies to come after it; not "interest", "protest".
pub(crate) fn superlative(l: &str) -> bool {
    l.len() > 5 && l.ends_with("est") && !["interest", "protest", "request", "contest", "harvest"].contains(&l)
}

/// "The poster shows Mr Howard …": after a determiner and a noun, a lower-case word in -s
/// (no role, no plural before a role) with a capitalised word after it is the verb.
fn verb_before_a_name(toks: &[Token<'_>], start: usize, i: usize, lex: &Lexicon) -> bool {
    let l = lower(&toks[i]);
    let next = toks.get(i + 1);
    i == start + 2
        && DETERMINERS.contains(&lower(&toks[start]).as_str())
        && !PREPOSITIONS.contains(&lower(&toks[i - 1]).as_str())
        && !toks[i].is_capitalized()
        && !toks[i - 1].is_capitalized()
        && l.ends_with('s')
        && !lex.is_role_noun(&l)
        && next.is_some_and(|n| n.word && n.is_capitalized())
}

/// "The ad targets a …", "Citizens for Tax Justice advocates a list of …": past the
/// phrase's first word, a lower-case word in -s (no "-ss", "-us" or "-is" noun: "the press",
/// "the census", "the crisis"; a role's plural too, "advocates") right before a word that
/// opens an object (`[object_openers]`) is the verb, not a plural head: a head is followed
/// by its verb. Not in a phrase after a word (an object: "told reporters the unit fell"),
/// nor in one a count leads (`[count_leads]` or a number: "Some parents the school
/// contacted …"), nor before a time among the three words after the opener ("Union leaders
/// a day later said", "… the next day were"), nor when a relative clause follows the plural
/// (see `relative_clause_after`).
fn verb_before_an_object(toks: &[Token<'_>], start: usize, i: usize, lex: &Lexicon) -> bool {
    let t = &toks[i];
    let l = lower(t);
    let noun_ending = ["ss", "us", "is"].iter().any(|e| l.ends_with(e));
    let opens_object = |n: &Token<'_>| n.word && word_classes::OBJECT_OPENERS.contains(&n.text);
    let time = toks
        .iter()
        .skip(i + 2)
        .take(3)
        .take_while(|n| n.word)
        .any(|n| word_classes::TIME_HEADS.contains(&lower(n).as_str()));
    let first = lower(&toks[start]);
    let counted =
        word_classes::COUNT_LEADS.contains(&first.as_str()) || first.starts_with(|c: char| c.is_ascii_digit());
    // Only a phrase that opens its clause is a subject: after a verb ("told reporters the
    // unit fell") a plural is an addressee, and a clause about what was told follows it.
    let opens_clause = start == 0
        || !toks[start - 1].word
        || word_classes::OPENING_CONJUNCTIONS.contains(&lower(&toks[start - 1]).as_str());
    i > start
        && opens_clause
        && !counted
        && t.word
        && !t.is_capitalized()
        && !t.is_possessive()
        && l.len() > 3
        && l.ends_with('s')
        && !noun_ending
        && !closed_class(&l)
        && toks.get(i + 1).is_some_and(opens_object)
        && !time
        && !relative_clause_after(toks, i + 1, lex)
}

/// True when a relative clause opens at `at` and the main verb follows it before the clause
/// ends: a speech verb ("the world over called"), two verbs in a row ("the school
/// contacted complained", "the campaign targeted were", "its board had ignored"), or a verb
/// in words that run to the end of `toks`, where a cue read back from follows. The plural
/// before `at` is then the subject's head, not a verb.
fn relative_clause_after(toks: &[Token<'_>], at: usize, lex: &Lexicon) -> bool {
    let verb_like = |n: &Token<'_>| {
        let nl = lower(n);
        n.word
            && !n.is_capitalized()
            && (nl.ends_with("ed") || lex.is_speech_verb(&nl) || word_classes::AUXILIARIES.contains(&nl.as_str()))
    };
    let clause: Vec<&Token<'_>> = toks.iter().skip(at + 1).take(8).take_while(|n| n.word).collect();
    // A phrase read back from its cue ends where the main verb stands: a verb in a clause
    // that runs to that end is the relative clause's ("the analysts the bank hired (said)").
    let to_the_cue = at + 1 + clause.len() == toks.len();
    clause.iter().any(|n| n.word && !n.is_capitalized() && lex.is_speech_verb(&lower(n)))
        || clause.windows(2).any(|w| verb_like(w[0]) && verb_like(w[1]))
        || (to_the_cue && clause.iter().any(|n| verb_like(n)))
}

/// True for a word of a closed class that opens a noun phrase of its own: a determiner
/// ("the", "one", "his"), a pronoun or a quantifier.
fn closed_class(l: &str) -> bool {
    DETERMINERS.contains(&l) || PRONOUNS.contains(&l) || word_classes::QUANTIFIERS.contains(&l)
}

/// A lower-case word joins the phrase only as a modifier before a name or role ("senior
/// official"), never as a verb ("praised Mrs. Clinton").
fn modifies_a_name(toks: &[Token<'_>], start: usize, i: usize, lex: &Lexicon) -> bool {
    let t = &toks[i];
    let l = lower(t);
    // "the French international defender believes Mourinho …": after a role noun, a word
    // in -s that is no role is the verb, not a modifier of the name after it.
    // Not a modifier of a role after it ("campaign communications director").
    let next_role = toks.get(i + 1).is_some_and(|n| n.word && lex.is_role_noun(&lower(n)));
    let after_role = i > start && lex.is_role_noun(&lower(&toks[i - 1]));
    let verb_like = l.ends_with("ed")
        || lex.is_speech_verb(&l)
        || (after_role && l.ends_with('s') && !lex.is_role_noun(&l) && !next_role);
    let next_name = toks.get(i + 1).is_some_and(|n| n.word && n.is_capitalized());
    // "former tech executive Carly Fiorina": a few lower-case words before a name.
    let name_ahead = toks[i + 1..]
        .iter()
        .take(3)
        .take_while(|n| n.word && !STOPS.contains(&lower(n).as_str()))
        .any(Token::is_capitalized);
    // "one former General Motors human relations executive": a few lower-case words that
    // are no verb before a role are the role's modifiers (a compound noun). A determiner,
    // pronoun or quantifier opens a new noun phrase, so a role after one is not this
    // word's: "met the union leaders", "took the official", "smiles one broker". A run of
    // them is one determiner, and one opening the phrase or after "and" or "of" belongs to
    // it: "all those players", "The firm and its two executives", "one of his aides".
    let determiner = closed_class(&l);
    let continues = i == start || ["and", "of"].contains(&lower(&toks[i - 1]).as_str());
    let role_ahead = || {
        (!determiner || continues)
            && toks[i + 1..]
                .iter()
                .take(2)
                .take_while(|n| {
                    let nl = lower(n);
                    n.word
                        && !n.is_capitalized()
                        && !STOPS.contains(&nl.as_str())
                        && (determiner || !closed_class(&nl))
                        && !nl.ends_with("ed")
                        && !lex.is_speech_verb(&nl)
                })
                .any(|n| lex.is_role_noun(&lower(n)))
    };
    // An -ed word opening the phrase is a modifier ("said retired neurosurgeon Ben
    // Carson"); inside it, a verb ("Mr. Carson endorsed Mr. Trump").
    // A reporting verb's bare form opening it before a role is a noun too ("said project
    // manager Livio Costantini").
    let bare = !(l.ends_with("ed") || l.ends_with('s') || l.ends_with("ing"));
    let opening = i == start && (!lex.is_speech_verb(&l) || (bare && next_role));
    // "said Ohio state librarian Maria Costa": a reporting verb's bare form after a name
    // that is no plural, before a lower-case word, is a noun the name qualifies, not its
    // verb ("Ohio states"; not a past form: "Trump told Newsmax", "Clinton spoke out").
    let after_name = bare
        && i > start
        && toks[i - 1].is_capitalized()
        && !toks[i - 1].text.ends_with('s')
        && !word_classes::IRREGULAR_PAST.contains(&l.as_str())
        && toks.get(i + 1).is_some_and(|n| n.word && !n.is_capitalized());
    let modifier = (!verb_like || opening || after_name) && !is_adverb(t);
    t.is_capitalized() || lex.is_role_noun(&l) || (modifier && (next_role || next_name || name_ahead || role_ahead()))
}

/// The text spanned by `toks`, if it names someone: it must hold a capitalised word, a
/// role noun or a pronoun, not only determiners and modifiers.
pub(super) fn phrase(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    // Sentence openers and times are not speakers: "Sunday", "Just", "It's", "I'm".
    let contraction = |t: &Token<'_>| {
        let l = lower(t);
        let head = l.split(['\'', '\u{2019}']).next().unwrap_or("");
        head.len() < l.len() && PRONOUNS.contains(&head)
    };
    // "Essentially", "Apparently": an adverb opening the sentence (not "Connolly").
    let adverb = |l: &str| ["ally", "ently", "ately", "ously", "ively", "ably", "antly"].iter().any(|e| l.ends_with(e));
    let opener = |t: &Token<'_>| {
        let l = lower(t);
        t.is_capitalized()
            && !DETERMINERS.contains(&l.as_str())
            && (lex.is_not_name(t.text) || contraction(t) || (adverb(&l) && !lex.is_given_name(t.text)))
    };
    let skip = toks.iter().take_while(|t| opener(t)).count();
    let toks = &toks[skip..];
    let first = toks.first()?;
    let last = toks.last()?;
    // "Trump's" owns something; it does not speak.
    if toks.iter().all(|t| DETERMINERS.contains(&lower(t).as_str())) || last.is_possessive() {
        return None;
    }
    let span = first.start..last.span().end;
    Some(Mention::at(text, span))
}

/// The subject at the start of a sentence, after a wire dateline and introductory phrases
/// ("In October,", "Speaking to reporters on Monday,", "Hours later,", "According to X,").
pub(super) fn sentence_subject(text: &str, toks: &[Token<'_>], lex: &Lexicon) -> Option<Mention> {
    let mut from = past_dateline(toks);
    while let Some(first) = toks.get(from) {
        // "But Sen. Pat Toomey refused …, responding": a conjunction opening the sentence
        // is one word, not an introduction running to the next comma.
        let opener = lower(first);
        let next = toks.get(from + 1).filter(|n| n.word);
        let conjunction = word_classes::OPENING_CONJUNCTIONS.contains(&opener.as_str())
            || word_classes::OPENING_ADVERBS.contains(&opener.as_str())
                && next.is_some_and(|n| !matches!(lower(n).as_str(), "a" | "an"));
        if conjunction && next.is_some() {
            from += 1;
            continue;
        }
        let intro = opens_introduction(toks, from, lex) || continues_introduction(text, toks, from, lex);
        match toks[from..].iter().take(30).position(|t| t.is(',')) {
            Some(c) if intro => from += c + 1,
            _ => break,
        }
    }
    // "Several environmental groups granted …": here a description before its verb is the
    // subject.
    np_forward_span(text, toks, from, lex).map(|(np, _)| np)
}

/// Where a sentence's words start past a wire dateline ("WASHINGTON, Dec. 8 (UPI) — "),
/// which is not the subject nor any speaker (read past by attribution too).
pub(super) fn past_dateline(toks: &[Token<'_>]) -> usize {
    /// Words of a place written in title case before a bracketed agency.
    const DATELINE_PLACE_WORDS: usize = 4;
    let is_dash = |t: &Token<'_>| t.is('\u{2014}') || t.is('-') || t.is('\u{2013}');
    let dash = toks.iter().take(12).position(is_dash);
    // The place in capitals, then a comma, a bracket or the dash ("NEW YORK, April 3 -",
    // "LONDON (Reuters) -"): not "NATO officials said - …".
    let capitals =
        |t: &Token<'_>| t.word && t.text.chars().any(char::is_alphabetic) && !t.text.chars().any(char::is_lowercase);
    let place = toks.iter().take_while(|t| capitals(t)).count();
    // After a comma comes the date or a state ("NEW YORK, April 3 -", "BOCA RATON, Fla, March
    // 20 -"), not an apposition ("IBM, the computer maker, said on Monday - a day early -").
    let dated = || toks[place + 1..].iter().find(|t| t.word).is_none_or(|t| !t.text.starts_with(char::is_lowercase));
    let closed = toks.get(place).is_some_and(|t| (t.is(',') && dated()) || t.is('(') || is_dash(t));
    let shouted = closed && toks.first().is_some_and(|t| t.text.len() > 2 && capitals(t));
    // "Mexico City (AFP) –": a place in title case, then the agency alone in brackets: an
    // agency's letters or a title-case agency's name, not a party or letters after a name
    // ("John Smith (Labour) - the member for Leeds - said", "Ana Ruiz (GOP) -").
    let titled = toks.iter().take(DATELINE_PLACE_WORDS).take_while(|t| t.word && t.is_capitalized()).count();
    let news_agency = |t: &Token<'_>| {
        let letters = t.text.len() >= 2 && capitals(t);
        (letters || word_classes::DATELINE_AGENCIES.contains(&t.text))
            && !word_classes::PARTY_LABELS.contains(&t.text)
            && !super::entities::POSTNOMINALS.contains(&t.text)
    };
    let agency = titled > 0
        && matches!(&toks[titled..], [open, name, close, dash_, ..]
            if open.is('(') && name.word && news_agency(name) && close.is(')') && is_dash(dash_));
    match dash {
        // "WASHINGTON -- President Obama": past every dash.
        Some(d) if shouted || agency => d + 1 + toks[d + 1..].iter().take_while(|t| !t.word).count(),
        _ => 0,
    }
}

/// True when `toks[from]` opens an introductory phrase that runs to the next comma:
/// a time phrase, a preposition or introductory word ("In October,", "Meanwhile,"), or a
/// participle ("Speaking to reporters on Monday,").
fn opens_introduction(toks: &[Token<'_>], from: usize, lex: &Lexicon) -> bool {
    const INTRO: &[&str] = word_classes::INTRO_WORDS;
    let l = lower(&toks[from]);
    time_phrase(toks, from)
        || STOPS.contains(&l.as_str())
        || INTRO.contains(&l.as_str())
        || opens_participle(toks, from, true, lex)
}

/// True when `toks[from]` is a participle opening a phrase that has no subject of its own
/// ("Speaking to reporters on Monday", "Asked about it", "Facing mounting criticism"),
/// capitalised when `opens_sentence` ("But standing next to him" has it lower case).
fn opens_participle(toks: &[Token<'_>], from: usize, opens_sentence: bool, lex: &Lexicon) -> bool {
    let first = &toks[from];
    let l = lower(first);
    first.is_capitalized() == opens_sentence
        && (l.ends_with("ing") || l.ends_with("ed"))
        && !lex.is_given_name(first.text)
        // "Speaking to reporters, …", "Asked about it, …"; not "Husted continued, …"
        // nor "Boreing said …".
        && toks.get(from + 1).is_some_and(|n| {
            let nl = lower(n);
            let verb = CLAUSE_VERBS.contains(&nl.as_str()) || lex.is_speech_verb(&nl);
            // "Facing mounting criticism …, Mr. Trump released": an -ing form before a
            // lower-case word opens a participle clause too; not a name before its verb
            // ("Jopling qualified", "Manning says", "Fleming told").
            let finite = nl.ends_with("ed")
                || nl.ends_with('s')
                || word_classes::IRREGULAR_PAST.contains(&nl.as_str())
                || CLAUSE_VERBS.contains(&nl.as_str());
            let object = l.ends_with("ing") && n.word && !n.is_capitalized() && !finite;
            !verb && (STOPS.contains(&nl.as_str()) || DETERMINERS.contains(&nl.as_str()) || is_adverb(n) || object)
        })
}

/// True when `toks`, a sentence's words before a subject pronoun, are one opening phrase
/// that no comma closes, after an opening conjunction: a participle, or a preposition
/// before a lower-case word ([`word_classes::OPENING_PREPOSITIONS`]), with no verb of its
/// own past its first word ("But standing next to Mr Blair" of "But standing next to Mr
/// Blair he added …", "After meeting Mr Brown"). The phrase's unspoken subject is the pronoun's
/// own, so a person it names is someone else.
pub(super) fn unclosed_opening_phrase(toks: &[Token<'_>], lex: &Lexicon) -> bool {
    let conjunctions = word_classes::OPENING_CONJUNCTIONS;
    let from = toks.iter().take_while(|t| conjunctions.contains(&lower(t).as_str())).count();
    let Some(first) = toks.get(from) else { return false };
    let verb = |t: &Token<'_>| {
        let l = lower(t);
        l.ends_with("ed")
            || CLAUSE_VERBS.contains(&l.as_str())
            || word_classes::IRREGULAR_PAST.contains(&l.as_str())
            || lex.is_speech_verb(&l)
    };
    let preposition = word_classes::OPENING_PREPOSITIONS.contains(&lower(first).as_str())
        && toks.get(from + 1).is_some_and(|n| n.word && !n.is_capitalized());
    let opens = opens_participle(toks, from, from == 0, lex) || preposition;
    let closes = |t: &Token<'_>| t.is(',') || (t.word && !t.is_capitalized() && verb(t));
    opens && !toks[from + 1..].iter().any(closes)
}

/// "A few days later,", "Two weeks ago,": a time phrase that opens with a quantity and
/// holds no name ("Perry arrived two hours later," is a clause with its subject).
fn time_phrase(toks: &[Token<'_>], from: usize) -> bool {
    const QUANTITIES: &[&str] = word_classes::TIME_QUANTITIES;
    let Some(c) = toks[from..].iter().take(7).position(|t| t.is(',')) else { return false };
    let piece = &toks[from..from + c];
    let quantity =
        |t: &Token<'_>| t.text.chars().all(|ch| ch.is_ascii_digit()) || QUANTITIES.contains(&lower(t).as_str());
    c > 0
        && piece.first().is_some_and(quantity)
        && piece[1..].iter().all(|t| !t.is_capitalized())
        && word_classes::TIME_AFTER_WORDS.contains(&lower(&toks[from + c - 1]).as_str())
}

/// "At an event in Ames, Iowa, on Sunday, Mrs. Clinton": a place or time between commas
/// right after an introduction still belongs to it.
fn continues_introduction(text: &str, toks: &[Token<'_>], from: usize, lex: &Lexicon) -> bool {
    if from == 0 || !toks[from - 1].is(',') {
        return false;
    }
    let piece: Vec<&Token<'_>> = toks[from..].iter().take_while(|t| !t.is(',')).collect();
    let ends_in_comma = from + piece.len() < toks.len();
    // A place the gazetteer knows ("Iowa", "Ames, Iowa"), not just any capitalised words.
    let placey = || match (piece.first(), piece.last()) {
        (Some(a), Some(b)) => lex.is_place_name(&text[a.start..b.span().end]),
        _ => false,
    };
    let timey = piece.first().is_some_and(|t| word_classes::TIME_PREPOSITIONS.contains(&lower(t).as_str()));
    // "In a wide-ranging, in-prison interview with Matei Rosca, Lazar said": the
    // introduction's phrase goes on in lower case, without a verb of its own.
    let lower_case_opening = piece.first().is_some_and(|t| {
        let l = lower(t);
        t.word
            && !t.is_capitalized()
            && !DETERMINERS.contains(&l.as_str())
            && !PRONOUNS.contains(&l.as_str())
            && !lex.is_role_noun(&l)
    });
    let goes_on = lower_case_opening
        && piece.iter().all(|t| !CLAUSE_VERBS.contains(&lower(t).as_str()) && !lex.is_speech_verb(t.text));
    ends_in_comma
        && (goes_on
            || apposed_to_introduction(text, toks, from, &piece, lex)
            || piece.len() <= 3 && (timey || (!piece.iter().any(|t| lex.is_given_name(t.text)) && placey())))
}

/// "But for Allen Weiner, a research director at Gartner and someone who has followed it
/// for years, the future …": an indefinite description of a person's role (no verb before a
/// relative's "who"; not a body's, "lawyers for Menatep, a group through which …, said")
/// right after a name that ends an introduction is that name's apposition, still the
/// introduction's; the subject comes after it. `piece` runs from `toks[from]` to the next
/// comma.
fn apposed_to_introduction(text: &str, toks: &[Token<'_>], from: usize, piece: &[&Token<'_>], lex: &Lexicon) -> bool {
    // A person's name of two words or more that the introduction ends in, right after its
    // preposition ("But for Allen Weiner,"; not "However, one dealer, who …, told", "In the
    // Senate, a leading senator, …, said", "During the hearing Paul Gonson, a lawyer …").
    let intro = &toks[..from - 1];
    let name = intro.iter().rev().take_while(|t| t.word && t.is_capitalized() && !lex.is_not_name(t.text)).count();
    let named = name >= 2
        && intro.len() > name
        && PREPOSITIONS.contains(&lower(&intro[intro.len() - name - 1]).as_str())
        && !intro.iter().any(|t| t.is(','))
        && persons_name(text, &intro[intro.len() - name..], lex);
    let indefinite = piece.first().is_some_and(|t| word_classes::INDEFINITE_LEADS.contains(&lower(t).as_str()));
    let own = piece.iter().take_while(|t| !matches!(lower(t).as_str(), "who" | "which" | "that"));
    let mut role = false;
    for t in own {
        let l = lower(t);
        if CLAUSE_VERBS.contains(&l.as_str()) || lex.is_speech_verb(t.text) {
            return false;
        }
        role |= !t.is_capitalized() && lex.is_role_noun(&l) && !lex.is_body_noun(&l);
    }
    named && indefinite && role
}

/// True when the capitalised words `name` are a person's name: led by a title or a given
/// name ("Mr Smith", "Allen Weiner"), and no place, country or organisation the lexicon
/// knows nor with a word of organisations' names ("In Hong Kong, a senior official, …,
/// said", "At Morgan Stanley, an analyst, …, told": the official and the analyst speak).
fn persons_name(text: &str, name: &[Token<'_>], lex: &Lexicon) -> bool {
    let (Some(first), Some(last)) = (name.first(), name.last()) else { return false };
    let written = &text[first.start..last.span().end];
    (lex.is_honorific(first.text) || lex.is_given_name(first.text))
        && !lex.is_place_name(written)
        && lex.find_country(written).is_none()
        && lex.find_organization(written).is_none()
        && !name.iter().any(|t| lex.is_org_word(t.text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;
    use crate::lexicon::lexicon;

    fn backward(text: &str) -> Option<String> {
        np_backward(text, &tokenize(text, 0..text.len()), lexicon()).map(|m| m.text)
    }

    fn forward(text: &str, from: usize) -> Option<String> {
        np_forward(text, &tokenize(text, 0..text.len()), from, lexicon()).map(|m| m.text)
    }

    fn subject(text: &str) -> Option<String> {
        sentence_subject(text, &tokenize(text, 0..text.len()), lexicon()).map(|m| m.text)
    }

    #[test]
    fn noun_phrases_read_leftwards_from_a_cue() {
        assert_eq!(backward("Treasury Secretary Scott Bessent").as_deref(), Some("Treasury Secretary Scott Bessent"));
        assert_eq!(backward("a rebuke from Paul").as_deref(), Some("Paul"));
        assert_eq!(backward("the real estate developer").as_deref(), Some("the real estate developer"));
        assert_eq!(backward("he").as_deref(), Some("he"));
        // A role for someone is the role's ("a lawyer for Mr. Trump"), not the someone's.
        assert_eq!(backward("a lawyer for Mr. Trump").as_deref(), Some("a lawyer for Mr. Trump"));
        // An owner does not speak.
        assert_eq!(backward("Trump's"), None);
    }

    #[test]
    fn a_chain_of_owners_without_end_is_read_on_a_small_stack() {
        // Each "at" once nested two calls: 2,000 links overflowed a 256 KiB stack (the
        // main thread's 8 MiB at about 10,000, issue 16's review).
        let text = format!("Analysts{}", " at Barclays Bank".repeat(2_000));
        let read = std::thread::Builder::new().stack_size(256 << 10).spawn(move || backward(&text)).unwrap();
        assert_eq!(read.join().unwrap().as_deref(), Some("Barclays Bank"));
    }

    #[test]
    fn noun_phrases_read_rightwards_after_a_cue() {
        assert_eq!(forward("said a senior official", 1).as_deref(), Some("a senior official"));
        assert_eq!(forward("said Tuesday Ana Soto", 1).as_deref(), Some("Ana Soto"));
        assert_eq!(
            forward("said retired neurosurgeon Ben Carson", 1).as_deref(),
            Some("retired neurosurgeon Ben Carson")
        );
        // "said the city embodied …": the subject of a reported clause, not the speaker.
        assert_eq!(forward("said the city embodied hope", 1), None);
        // "said of Cruz": what was spoken about.
        assert_eq!(forward("said of Cruz", 1), None);
    }

    #[test]
    fn a_sentences_subject_comes_after_its_introduction() {
        assert_eq!(subject("In October, Petro said it").as_deref(), Some("Petro"));
        assert_eq!(subject("WASHINGTON \u{2014} President Obama said it").as_deref(), Some("President Obama"));
        assert_eq!(subject("Two weeks later, the mayor said it").as_deref(), Some("the mayor"));
        assert_eq!(subject("At an event in Ames, Iowa, on Sunday, Mrs. Clinton said").as_deref(), Some("Mrs. Clinton"));
        assert_eq!(subject("But Sen. Pat Toomey refused").as_deref(), Some("Sen. Pat Toomey"));
    }

    #[test]
    fn an_opening_phrase_without_a_subject_of_its_own_runs_to_the_pronoun() {
        let opening = |text: &str| unclosed_opening_phrase(&tokenize(text, 0..text.len()), lexicon());
        assert!(opening("But standing beside Mr Tony Hale"));
        assert!(opening("After meeting Mr Tom Brown"));
        assert!(opening("In a meeting with Ms Jane Alder"));
        // A clause with its own subject and verb: its name may be whom "he" stands for.
        assert!(!opening("After Mr Tom Brown left"));
        assert!(!opening("When Mr Tom Brown arrived"));
        // A comma closes the phrase: the subject finder reads past it.
        assert!(!opening("Standing beside Mr Hale, a tall man"));
    }
}
