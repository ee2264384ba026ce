//! Speaker mentions -> canonical names, within one article.
//!
//! "he" becomes the person mentioned last before the quotation; "President Petro" and
//! "Petro" become the full name the article gives; "the Pentagon" becomes the
//! organisation; "the administration" becomes the nearest earlier "Trump administration".
//! Anonymous sources ("a senior official") stay as written: they are never replaced by a
//! named person who happens to be near.

use super::entities::{PersonIndex, name_start};
use super::named::NamedPhrases;
use super::phrases::{COMPANY_SUFFIXES, Mention, PREPOSITIONS, head_word, is_link, strip_possessive};
use super::tokens::{Token, Tokens, char_floor};
use super::windows::INSTITUTION_BYTES;
use super::word_scans::WordScans;
use crate::lexicon::{Gender, Lexicon, Place, singular, word_classes};
use crate::normalize::collapse_whitespace;
use std::ops::Range;

const PERSONAL: &[&str] = word_classes::PERSONAL_PRONOUNS;
const OTHER_PRONOUNS: &[&str] = word_classes::OTHER_PRONOUNS;
const IRREGULAR_PAST: &[&str] = word_classes::IRREGULAR_PAST;

/// The gender a personal pronoun ("he", "her") asks for, any case.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

/// True for a pronoun that [`resolve_speaker`] reads through to what it refers back to: a
/// gendered one (`pronoun_gender`), "it" (an organisation) or "they" (speaking sources).
/// One that refers to nothing there names no one: it is no speaker as written.
pub fn is_referring_pronoun(word: &str) -> bool {
    pronoun_gender(word).is_some() || word.eq_ignore_ascii_case("it") || word.eq_ignore_ascii_case("they")
}

/// What a lone capitalised word that only describes a body stands for: "Company said …",
/// the wire's shorthand for "the company" at a sentence's start (a head of
/// `[spoken_name_heads]`: "Company"), is the name "the company" would resolve to,
/// else no one; a company's suffix cut from its name ("Co", "Inc") is no one. `None` when
/// `mention` is no such word, or names an organisation: one the gazetteer knows ("Bank"), or a word
/// the article writes capitalised in mid-sentence too ("as well as Carrier does").
pub fn bare_body_word(mention: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<Option<String>> {
    let capitalised = mention.starts_with(char::is_uppercase) && !mention.contains(char::is_whitespace);
    if !capitalised || lex.find_organization(mention).is_some() || cx.scans.after_lower_case(mention, at) {
        return None;
    }
    if COMPANY_SUFFIXES.contains(&mention.trim_end_matches('.')) {
        return Some(None);
    }
    let lower = mention.to_lowercase();
    if !word_classes::SPOKEN_NAME_HEADS.contains(&lower.as_str()) {
        return None;
    }
    let described = format!("the {lower}");
    Some(resolve_speaker(&described, at, cx, lex).filter(|name| !name.eq_ignore_ascii_case(&described)))
}

/// What speaker resolution looks at besides the mention: the article's text, its people,
/// and where its sentences and quotations lie.
pub struct Context<'a> {
    /// The article body.
    pub body: &'a str,
    /// Its tokens.
    pub tokens: &'a Tokens<'a>,
    /// Its people.
    pub persons: &'a PersonIndex,
    /// Sentence ranges, in order.
    pub sentences: &'a [Range<usize>],
    /// Quotation ranges (marks included), in order.
    pub quoted: &'a [Range<usize>],
    /// Each sentence's subject, found when first asked for.
    pub subjects: &'a Subjects,
    /// The capitalised phrases a definite description refers back to, indexed when first
    /// asked for.
    pub named: &'a NamedPhrases<'a>,
    /// Answers about single words that need a scan of the whole text, found once per word
    /// (where unnamed sources are brought in, "a Sale full-back", among them).
    pub scans: &'a WordScans<'a>,
}

/// The subjects of an article's sentences, each found once, when first needed; and whether
/// each sentence reports speech after its subject, found once too (a quotation asks about
/// the sentences before it, and many quotations about the same ones).
/// With them, what each sentence gives a pronoun of a gender after it (`Earlier`), found
/// once per sentence and gender; whom its definite subject names for that gender
/// (`definite_subject`); and where its first concessive aside lies (`AsideAt`): many
/// quotations' pronouns read the same sentence, their own or one before.
pub struct Subjects(
    Vec<std::cell::OnceCell<Option<Range<usize>>>>,
    Vec<std::cell::OnceCell<bool>>,
    std::cell::RefCell<std::collections::HashMap<(usize, u8), Earlier>>,
    std::cell::RefCell<std::collections::HashMap<(usize, u8), Option<String>>>,
    Vec<std::cell::OnceCell<Option<AsideAt>>>,
);

/// What a sentence before a pronoun's gives it whoever the quotation speaks of, for
/// [`earlier_sentence`]: the last person it has speaking ([`last_speaking`]), an inverted
/// cue's unnamed source ([`inverted_source`]), whether a pronoun of the gender reports its
/// words ([`pronoun_reports`]).
#[derive(Clone)]
struct Earlier {
    speaking: Option<String>,
    source: Option<Range<usize>>,
    reports: bool,
}

impl Subjects {
    /// Room for the subjects of `count` sentences.
    pub fn new(count: usize) -> Subjects {
        Subjects(
            (0..count).map(|_| std::cell::OnceCell::new()).collect(),
            (0..count).map(|_| std::cell::OnceCell::new()).collect(),
            std::cell::RefCell::default(),
            std::cell::RefCell::default(),
            (0..count).map(|_| std::cell::OnceCell::new()).collect(),
        )
    }

    fn remember(&self, k: usize, subject: Option<Range<usize>>) {
        if let Some(cell) = self.0.get(k) {
            let _ = cell.set(subject);
        }
    }

    /// Where the subject of sentence `k` lies, outside quotations.
    fn of(
        &self,
        k: usize,
        tokens: &Tokens<'_>,
        sentences: &[Range<usize>],
        quoted: &[Range<usize>],
        lex: &Lexicon,
    ) -> Option<Range<usize>> {
        let sentence = sentences.get(k)?;
        self.0
            .get(k)?
            .get_or_init(|| {
                let body = tokens.text();
                let toks: Vec<_> = tokens
                    .within(sentence.start..sentence.end.min(body.len()))
                    .iter()
                    .filter(|t| !super::quotes::inside(quoted, t.start))
                    .copied()
                    .collect();
                super::phrases::sentence_subject(body, &toks, lex).map(|Mention { span, .. }| span)
            })
            .clone()
    }
}

/// How many words may stand between an owner's possessive and the text it speaks through
/// ("Bundesbank's 1986 annual report").
const TEXT_MODIFIER_WORDS: usize = 2;

/// How many sentences back a pronoun looks for its antecedent.
const PRONOUN_REACH: usize = 6;

/// How many sentences back an office nobody in the article holds ("the prime minister")
/// looks for the person it stands for: the office's holder is often named only as "Mr
/// Blair", and a person named further back is most often someone else.
const OFFICE_REACH: usize = 3;

/// How many words a definite description may run past its subject's end ("of the
/// economy") before the comma of an apposition that names it.
const APPOSITION_REACH_WORDS: usize = 6;
/// The most words in lower case before a nationality ("the 55-year-old Frenchman").
const NATIONALITY_EPITHET_WORDS: usize = 2;
/// The most words of a seat's place before its member ("the Sutton Coldfield North MP").
const SEAT_WORDS: usize = 3;
/// The most tokens of an opening phrase, its comma included, read by [`past_opening_phrase`].
const OPENING_PHRASE_TOKENS: usize = 12;

/// The canonical speaker for `mention`, found at byte offset `at` of the body.
pub fn resolve_speaker(mention: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let lower = mention.to_lowercase();
    if let Some(gender) = pronoun_gender(&lower) {
        return antecedent(at, Some(gender), cx, lex);
    }
    if lower == "it" {
        return it_antecedent(at, cx, lex);
    }
    if let Some(found) = member_or_national(mention, at, cx, lex) {
        return found;
    }
    if lower == "they" {
        return speaking_sources(at, cx, lex);
    }
    if OTHER_PRONOUNS.contains(&lower.as_str()) {
        return None;
    }
    if let Some(kin) = kin_of_antecedent(&lower, at, cx, lex) {
        return Some(kin);
    }
    // "His message to the chancellor", "her reply": the owner's words.
    const UTTERANCES: &[&str] = word_classes::UTTERANCES;
    let mut words = lower.split_whitespace();
    if let (Some(owner @ ("his" | "her")), Some(head)) = (words.next(), words.next())
        && (UTTERANCES.contains(&head) || lex.is_document_noun(head))
    {
        let gender = if owner == "her" { Gender::Female } else { Gender::Male };
        return antecedent(at, Some(gender), cx, lex);
    }
    if let Some(source) = text_from(&lower, at, cx, lex) {
        return Some(source);
    }
    // "the council's ruling", "Microsoft's statement": a text speaks for its owner.
    if let Some(owner) = owner_of_text(mention, lex) {
        // "a US statement": a name owns it, never a pronoun ("US" is no "us").
        let owner_lower = owner.to_lowercase();
        if owner != owner_lower
            && (OTHER_PRONOUNS.contains(&owner_lower.as_str()) || pronoun_gender(&owner_lower).is_some())
        {
            return resolve_named(&owner, &owner_lower, at, cx, lex).or(Some(owner));
        }
        return resolve_speaker(&owner, at, cx, lex);
    }
    // "the school's Facebook post": the owner speaks through its product.
    if let Some(owner) = owner_of_product(mention, lex)
        && carries_text(mention, at, cx, lex)
    {
        return resolve_speaker(&owner, at, cx, lex);
    }
    let collapsed = collapse_whitespace(mention);
    if let Some(source) = source_of_organization(&collapsed, at, cx, lex) {
        return Some(source);
    }
    let named = resolve_named(&collapsed, &lower, at, cx, lex);
    if named.as_deref() == Some(collapsed.as_str())
        && let Some(person) = named_after_lead(&lower, at, cx, lex)
    {
        return Some(person.to_owned());
    }
    named
}

/// Whom a nationality or a party's or a seat's member stands for, when `mention` is one:
/// "the Italian said", "the Texas Democrat" are someone met before (or no one); "the
/// Salford MP", "the SNP MP" is the member the sentences before are about when the article
/// gives that one the member's role ("SNP MP Stewart Hosie", "John Smith, the MP for
/// Salford"), else the one a qualified role refers back to ([`refers_back`]) when given no
/// other role, else the member as written: never the seat's place or party, nor someone
/// else met before ("Chancellor Jeremy Hunt … the SNP MP said" is no Hunt). "The Labour
/// MP for Birkenhead" refers back like a pronoun. A nationality stays as written when the
/// article gives someone else a role naming its country ("French striker Thierry Henry").
fn member_or_national(mention: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<Option<String>> {
    if is_party_member(mention) {
        return Some(antecedent(at, None, cx, lex));
    }
    if is_one_national(mention, lex) {
        // "The Japanese have complained …": with a verb in the plural after it, a people.
        if plural_verb_after(mention, at, cx) {
            return Some(Some(collapse_whitespace(mention)));
        }
        let person = antecedent(at, epithet_gender(mention), cx, lex);
        if person.as_deref().is_some_and(|person| someone_else_national(person, mention, cx, lex)) {
            return Some(Some(collapse_whitespace(mention)));
        }
        return Some(person);
    }
    let words: Vec<&str> = mention.split_whitespace().collect();
    if !is_members_seat(&words) {
        return None;
    }
    // "the Labour MP for Birkenhead" names its party and seat in full, as a pronoun would.
    if words.contains(&"for") {
        return Some(antecedent(at, None, cx, lex));
    }
    let [_, seat @ .., head] = words.as_slice() else { return None };
    let member = antecedent(at, None, cx, lex).filter(|person| given_members_role(person, head, seat, at, cx));
    // "Hazel Blears said …. "…," the Salford MP told the committee": a member's seat is a
    // qualified role like "the Sale full-back" ([`refers_back`]), of someone given no other
    // role ("Chancellor Rupert Vane unveiled the Budget. "…," the Salford MP said" is not him).
    let role = head.to_lowercase();
    let rest: Vec<&str> = seat.iter().copied().chain([role.as_str()]).collect();
    let referred = || refers_back(&rest, at, cx, lex).filter(|person| !cx.persons.holds_other_role(person, &role));
    Some(member.or_else(referred).or_else(|| Some(collapse_whitespace(mention))))
}

/// True when the word right after `mention`, written at byte `at`, is a verb in the plural
/// (`[plural_verbs]`: "The Japanese have complained", "The Kenyans are").
fn plural_verb_after(mention: &str, at: usize, cx: &Context<'_>) -> bool {
    let verb = cx.body.get(at + mention.len()..).and_then(|rest| rest.split_whitespace().next()).unwrap_or_default();
    word_classes::PLURAL_VERBS.contains(&verb.to_lowercase().as_str())
}

/// True when the article gives someone other than `person` a role naming the country of the
/// nationality `mention` ends in ("French striker Thierry Henry"): "the Frenchman" may be
/// either, and stays as written.
fn someone_else_national(person: &str, mention: &str, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some(country) = mention.split_whitespace().last().and_then(|w| lex.find_country(w)) else { return false };
    let country_of =
        |word: &str| names_country(word, lex).then(|| lex.find_country(word)).flatten().map(|c| c.code.clone());
    cx.persons.nationals(&country.code, &country_of).iter().any(|other| *other != person)
}

/// True when the article gives `person` (canonical), at a mention before byte `at`, the
/// member's role `head` of `seat` (its place's or party's words, as written): before the
/// name ("SNP MP Stewart Hosie", "Salford MP John Smith") or in apposition after it ("John
/// Smith, the MP for Salford,"). Reads a few words around the person's last few mentions.
fn given_members_role(person: &str, head: &str, seat: &[&str], at: usize, cx: &Context<'_>) -> bool {
    const LOOK: usize = 80;
    const MENTIONS: usize = 8;
    let same = |t: &Token<'_>, w: &str| t.text.eq_ignore_ascii_case(w);
    // The seat's words, written so by the tokens `toks` (any case).
    let spells = |toks: &[Token<'_>]| toks.len() == seat.len() && toks.iter().zip(seat).all(|(t, w)| same(t, w));
    let seen = cx.persons.mentions_of_name(person);
    let seen = &seen[..seen.partition_point(|&pos| pos < at)];
    seen.iter().rev().take(MENTIONS).any(|&pos| {
        let before = cx.tokens.within(pos.saturating_sub(LOOK)..pos);
        let titled = before.split_last().is_some_and(|(h, rest)| {
            same(h, head) && rest.len() >= seat.len() && spells(&rest[rest.len() - seat.len()..])
        });
        let after = cx.tokens.within(pos..(pos + 2 * LOOK).min(cx.body.len()));
        let name = after.iter().take_while(|t| t.word && t.is_capitalized()).count();
        let apposed = match after.get(name..) {
            Some([comma, the, h, f, rest @ ..]) => {
                comma.is(',')
                    && same(the, "the")
                    && same(h, head)
                    && same(f, "for")
                    && rest.get(..seat.len()).is_some_and(spells)
            }
            _ => false,
        };
        titled || apposed
    })
}

/// "his son", "her daughter": the one person the article names in that kinship to the
/// person the pronoun refers to ("Mr Nogar's son Stephen", "his son, Stephen Nogar,").
fn kin_of_antecedent(lower: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let (owner, kin) = lower.split_once(' ')?;
    let gender = match owner {
        "his" => Gender::Male,
        "her" => Gender::Female,
        _ => return None,
    };
    if !word_classes::MALE_KIN.contains(&kin) && !word_classes::FEMALE_KIN.contains(&kin) {
        return None;
    }
    let owner = antecedent(at, Some(gender), cx, lex)?;
    // "Nogar's son Stephen said …. \"…,\" his son said": when the pronoun's search lands on
    // the article's one son himself (the speaker before, most salient), no one is his own
    // son: he is the son meant, and "his" his father.
    let holder = || cx.persons.described(kin, &[]).filter(|holder| *holder == owner);
    cx.persons.kin_of(kin, &owner).or_else(holder).map(str::to_owned)
}

/// The person a news lead's description stands for, named only after it ("Scotland's justice
/// minister has warned …. Cathy Jamieson said …", "…, its chief has said. Werner Seifert
/// met …"): a definite or owned description of one person with nobody named before it in
/// the article refers forward, to the next sentence's subject when that is a person; so does
/// an indefinite one in the article's first sentence ("A PR expert has told the trial ….
/// Ann Kite told the court …") when the next sentence has that person speaking (and, for a
/// lay one, gives them no other role: "Defence lawyer John Brown told the jury …" is someone
/// else), unless it is an unnamed source's ("a spokesman", a new source).
fn named_after_lead<'a>(lower: &str, at: usize, cx: &Context<'a>, lex: &Lexicon) -> Option<&'a str> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (head, before) = words.split_last()?;
    // "A PR expert has told the … trial …. Ann Kite told the court …": an indefinite one too,
    // in the article's first sentence, unless its head is an unnamed source's ("a spokesman").
    let here = sentence_holding(at, cx)?;
    let indefinite = before.first().is_some_and(|w| word_classes::INDEFINITE_LEADS.contains(w))
        && here == 0
        && !word_classes::SOURCE_HEADS.contains(head);
    let lead =
        indefinite || before.first().is_some_and(|w| *w == "the" || *w == "its" || strip_possessive(w).is_some());
    let person = lex.is_role_noun(head) && !head.ends_with('s') && !lex.is_body_noun(head);
    if !lead || !person || before.iter().any(|w| PREPOSITIONS.contains(w)) || cx.persons.last_before(at, None).is_some()
    {
        return None;
    }
    let subject = subject_of(here + 1, cx, lex)?;
    // An indefinite one only for whom the next sentence has speaking, not "Nelson Bunker …
    // sued the 23 banks" after "A federal judge has denied …".
    if indefinite && !reports_speech(here + 1, &subject, cx, lex) {
        return None;
    }
    let person = cx.persons.first_within(subject, None, cx.quoted)?;
    // A lay one ("a former soldier", `[lay_heads]`) is nobody the article gives another role:
    // "Defence lawyer John Brown told the jury" after "A former soldier has told a court …".
    let other = indefinite && word_classes::LAY_HEADS.contains(head) && cx.persons.holds_other_role(person, head);
    (!other).then_some(person)
}

/// A speaker mention that is no pronoun nor the owner of a text, white space collapsed:
/// a definite description, a role of someone's, an organisation, a person, a country or an
/// owner's body, else the name it holds. `lower` is the mention as written in lower case:
/// a description broken over a line ("the\nspokesman") is not looked up as one on a line
/// is (kept as it was; resolving it would change Reuters output, without gold to judge).
fn resolve_named(mention: &str, lower: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let persons = cx.persons;
    let words = name_words(mention, lex);
    let first = words.first()?;
    let determiner = word_classes::DESCRIPTION_LEADS.contains(&first.to_lowercase().as_str());
    let rest: Vec<&str> = if determiner { words[1..].to_vec() } else { words.clone() };
    // "the Bishop", "the DJ": a role written in capitals reads as the role it is.
    // Not a surname of the article's ("the Bishop" after "comedian John Bishop").
    let surname = || rest.last().is_some_and(|w| persons.resolve(w, at).is_some());
    let role = determiner.then(|| role_in_capitals(&rest, lex)).flatten().filter(|_| !surname());
    let described: Vec<&str> = match &role {
        Some(head) => rest[..rest.len() - 1].iter().copied().chain([head.as_str()]).collect(),
        None => rest.clone(),
    };
    let capitalized = described.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase));
    if first.eq_ignore_ascii_case("the")
        && let Some(person) = definite_description(&described, at, cx, lex)
    {
        return Some(person);
    }
    if !capitalized {
        return Some(uncapitalised(&described, mention, lower, at, cx, lex));
    }
    let joined = rest.join(" ");
    // "spokesman for committee Democrats", "a lawyer for Mr. Trump": a role of someone's,
    // not the someone.
    // "an aide to Chirac" too.
    let linking = |w: &&str| is_link(w);
    let role_of = rest.len() > 2
        && rest[0].starts_with(char::is_lowercase)
        && rest[1..].iter().any(linking)
        && rest.iter().take_while(|w| !linking(w)).any(|w| lex.is_role_noun(w));
    if role_of && !apposed_person(&rest, at, persons, lex) {
        return Some(mention.to_owned());
    }
    if let Some(org) = lex.find_organization(&joined) {
        return Some(known_as_written(org, &joined, cx));
    }
    if let Some(person) = persons.resolve(&joined, at) {
        return Some(person.to_owned());
    }
    if let Some(country) = lex.country_named(&joined) {
        return Some(known_as_written(&country.name, &joined, cx));
    }
    // "Merrill said" after "Merrill Lynch": one word that opens an organisation the article
    // named before is its short form, if it is a name: no party label, no word of
    // organisations' names and none the article writes in lower case ("State", "Club").
    if let [word] = rest[..]
        && cx.scans.is_proper(word, lex)
        && let Some(org) = cx.scans.organization_opened_by(word, at, lex)
    {
        return Some(org);
    }
    // "Ryan's office", "Clinton's campaign": an owner's body, kept as written.
    let possessive = |w: &&str| strip_possessive(w).is_some();
    let owned = rest[..rest.len().saturating_sub(1)]
        .iter()
        .rposition(possessive)
        .is_some_and(|p| rest[p + 1..].iter().all(|w| w.chars().next().is_some_and(|c| !c.is_uppercase())));
    if owned {
        return Some(joined);
    }
    Some(name_in(&described, mention, determiner, at, persons, lex))
}

/// Whom a mention with no capitalised word stands for (`rest`, its words after any
/// determiner): a body that spoke or a paper named before ("the company", "the paper"), what
/// a definite description refers back to by its head ("the administration" -> "Trump
/// administration"), else the mention as written.
fn uncapitalised(rest: &[&str], mention: &str, lower: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> String {
    if let Some(body) = body_that_spoke(rest, lower, at, cx, lex).or_else(|| paper_named(rest, lower, at, cx, lex)) {
        return body;
    }
    // By its head, before any preposition ("The committee in its report").
    let head = head_word(rest.iter().copied());
    if lower.starts_with("the ")
        && let Some(named) = head.and_then(|head| cx.named.last_before(at, head))
        && !someone_elses(&named, at, cx, lex)
    {
        return company_role_holder(rest, &named, at, cx, lex).unwrap_or(named);
    }
    mention.to_owned()
}

/// The head of a description's words `rest` (after its determiner) in lower case, when it is
/// a role or an epithet's head written in capitals: an abbreviation in capitals ("the DJ",
/// "the Salford MP", "the Tesco CEO") or a capitalised word after no other capitalised word
/// ("the Bishop", "the Pope", "the former Chairman"). Read so, the description resolves as
/// any role does ("the bishop" -> the one the article made a bishop), or stays as written
/// ("the Pope" of a story that names no pope), never a name ("Bishop"). Not a capitalised head
/// after capitalised words, a name's ("the Morning Star", "the Union Leader").
fn role_in_capitals(rest: &[&str], lex: &Lexicon) -> Option<String> {
    let (head, before) = rest.split_last()?;
    let lower = head.to_lowercase();
    // A person's role, no body's: "the Commission" is left to the names of organisations.
    // Nor a paper's name ("He is a liar," the Star said): a capitalised head that names one.
    let paper = word_classes::PAPER_NAMES_ALONE.contains(&lower.as_str());
    let role = !paper
        && ((lex.is_role_noun(&lower) && !lex.is_body_noun(&lower))
            || word_classes::EPITHET_HEADS.contains(&lower.as_str()));
    let letters = head.chars().count() > 1 && head.chars().all(|c| c.is_ascii_uppercase());
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let titled = head.starts_with(char::is_uppercase) && head.chars().skip(1).all(char::is_lowercase);
    (role && (letters || (titled && !before.iter().any(capitalised)))).then_some(lower)
}

/// True when the description `rest` (a role and its preposition's object) ends in the name
/// of a person of the article set after the object, as an apposition to the whole role:
/// "director of rugby Nigel Melville", "the secretary general of the Organisation for
/// Economic Cooperation and Development Jean-Claude Paye" are Melville and Paye. Not a name
/// right after the preposition or its determiner ("an aide to Chirac", "the wife of the
/// Tom Brown", "the widow of the late Tom Brown"), nor one after a person's role in the
/// object ("a close associate of former oil boss Ivan Petrov"), a title ("an aide to Rep. Charles Schumer") or a lone
/// capitalised word such as a place ("of nearby Vlissingen" is no person), nor one after a
/// word the name names ([`names_what_follows`]).
fn apposed_person(rest: &[&str], at: usize, persons: &PersonIndex, lex: &Lexicon) -> bool {
    // "an aide to USDA undersecretary Daniel Amstutz": one acting for someone ("to", or an
    // aide's, a lawyer's or a spokesman's head, `[relational_heads]`, `[source_heads]`:
    // "a spokesman for secretary of state John Kerry") speaks for the whole object.
    let link = rest.iter().position(|w| is_link(w));
    let for_someone =
        |head: &str| word_classes::RELATIONAL_HEADS.contains(&head) || word_classes::SOURCE_HEADS.contains(&head);
    let acting_for = link.is_some_and(|l| !PREPOSITIONS.contains(&rest[l]) || (l > 0 && for_someone(rest[l - 1])));
    let Some(lower) = rest.iter().rposition(|w| w.starts_with(char::is_lowercase)) else { return false };
    let before = rest[lower];
    // A determiner a word further back leads the object too: "the widow of the late Tom Brown".
    let led = lower > 0 && word_classes::DETERMINERS.contains(&rest[lower - 1]);
    let object = led
        || is_link(before)
        || word_classes::DETERMINERS.contains(&before)
        || one_persons_role(before, lex)
        || names_what_follows(before, lex);
    let name = &rest[lower + 1..];
    // Two words or more: one word alone may be anyone's surname or a place. After "and", the
    // name after the object's last word ("… Cooperation and Development Jean-Claude Paye"),
    // not all the words, which are the object's second part ("of Sea Wolf and Night Train").
    let coordinated = usize::from(matches!(before, "and" | "&"));
    let named =
        (coordinated..name.len().saturating_sub(1)).any(|from| persons.resolve(&name[from..].join(" "), at).is_some());
    !acting_for && !object && named && lex.title_len(name) == 0
}

/// How many bare "the paper"s in a row [`paper_named`] reads back through to the paper's name.
const PAPER_CHAIN: usize = 8;

/// The paper that "the paper", "the newspaper" or "the magazine" (`rest`, the words after
/// "the"; `lower` the whole mention in lower case) refers back to: the last paper the article names before `at` ([`super::papers::Papers`]), in the
/// same sentence or the one before, or through a chain of bare "the paper"s each at most a
/// sentence from the next ("And Spanish daily ABC accuses …. "…," the paper says" is ABC;
/// "Vedomosti newspaper reported …. The paper added …"). Never past another word of a paper
/// ("a recent position paper", "the papers"), never a magazine for "the paper" nor a
/// newspaper for "the magazine", nor when another paper is named in that sentence ("the
/// Sunday Times and the Observer said …") or a paper's word earlier in its sentence ("A
/// Treasury paper seen by the Financial Times warns …"): as written then, as when the paper was named
/// further back (a paper may be one of several the article has quoted since).
fn paper_named(rest: &[&str], lower: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let [head] = rest else { return None };
    if !lower.starts_with("the ") {
        return None;
    }
    let magazine = match *head {
        "paper" | "newspaper" | "daily" | "tabloid" | "broadsheet" => false,
        "magazine" => true,
        _ => return None,
    };
    let papers = cx.scans.papers(cx.tokens.all(), lex, cx.persons);
    let sentence_of = |pos: usize| cx.sentences.partition_point(|s| s.start <= pos);
    let mut at = at;
    for _ in 0..PAPER_CHAIN {
        let n = papers.names.partition_point(|p| p.start < at);
        let named = n.checked_sub(1).map(|n| &papers.names[n]);
        let w = papers.words.partition_point(|(pos, _)| *pos < at);
        let word = w.checked_sub(1).map(|w| papers.words[w]);
        match (named, word) {
            // A paper's word after the last name: a bare "the paper" near enough reads on
            // back from there; any other paper's word leaves the description as written.
            (_, Some((pos, bare))) if named.is_none_or(|p| p.start < pos) => {
                if !bare || sentence_of(at) - sentence_of(pos) > 1 {
                    return None;
                }
                at = pos;
            }
            (Some(paper), _) => {
                if sentence_of(at) - sentence_of(paper.start) > 1 || paper.magazine != magazine {
                    return None;
                }
                let sentence = sentence_of(paper.start);
                // A paper's word earlier in its sentence: "A Treasury paper seen by the
                // Financial Times warns …" (the words after it stopped the loop above).
                let before = papers.words.partition_point(|(pos, _)| *pos < paper.start);
                if before.checked_sub(1).is_some_and(|w| sentence_of(papers.words[w].0) == sentence) {
                    return None;
                }
                let other = n
                    .checked_sub(2)
                    .map(|m| &papers.names[m])
                    .is_some_and(|o| o.name != paper.name && sentence_of(o.start) == sentence);
                return (!other).then(|| paper.name.clone());
            }
            _ => return None,
        }
    }
    None
}

/// True when the phrase `named` that a definite description refers back to is a person's
/// person: "Mike Tindall agent" read from "Mike Tindall's agent" is nobody's name, and "the
/// agent" stays as written; a body keeps its owner's name ("the administration" after
/// "Trump's administration" is the Trump administration), and so does an organisation's
/// role ("the manager" after "Arsenal's manager" is the Arsenal manager).
fn someone_elses(named: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some((owner, head)) = named.rsplit_once(' ') else { return false };
    let person = lex.is_role_noun(head) && !lex.is_body_noun(head);
    person
        && cx.persons.resolve(owner, at).is_some()
        && ["'s", "\u{2019}s"].iter().any(|s| cx.scans.writes(&format!("{owner}{s} {head}")))
}

/// "EMI said …. '…,' the company added": a company's bare description or its text's (`rest`
/// after "the": `[spoken_name_heads]`, "the firm", "the statement") right after a name that
/// spoke is that name, as "it" would be. Not another kind of body ("Ford said …. '…,' the
/// union said"), nor one of the press, which reports what others say. Only the sentence
/// before: further back, "the company" kept as written is as good a speaker.
fn body_that_spoke(rest: &[&str], lower: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let [head] = rest else { return None };
    let company = lower.starts_with("the ") && word_classes::SPOKEN_NAME_HEADS.contains(head);
    if company { speaking_name(at, cx, lex) } else { None }
}

/// Whom the words `rest` after "the" stand for, when someone of the article: "the Tory
/// leader", "the Labour chairman", a role the article gave one named person; "the State Bank
/// official" right after "Yurij Ponomarev, … director of the State Bank,", an officer of an
/// organisation only one person of the article is tied to; "said the 34-year-old", "the
/// Tottenham striker added", "said the Sale full-back", an epithet or a qualified role no
/// role of the article's names, which refers back like a pronoun, to whom the sentences
/// before are about.
fn definite_description(rest: &[&str], at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    described_person(rest, at, cx, lex)
        .or_else(|| affiliated_officer(rest, at, cx, lex))
        .map(str::to_owned)
        .or_else(|| refers_back(rest, at, cx, lex))
}

/// "the executive" after "the Chrysler executive", said of Fred Zuckerman: whom the
/// description `named` (the last before `at` with the bare role `rest`'s head) names, when a
/// company's, of a person met within the pronoun's reach; not "the senator" after "the Texas
/// senator", a place's role being often another's.
fn company_role_holder(rest: &[&str], named: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let [role] = rest else { return None };
    if !lex.is_role_noun(role) || lex.is_body_noun(role) {
        return None;
    }
    // An organisation the gazetteer knows, or a company the article named before
    // ("Chrysler" of "Chrysler Corp").
    let (owner, _) = named.rsplit_once(' ')?;
    if lex.find_organization(owner).is_none() && !cx.scans.company_named(owner, at) {
        return None;
    }
    let the_named = format!("the {named}");
    resolve_named(&the_named, &the_named.to_lowercase(), at, cx, lex)
        .filter(|p| cx.persons.contains(p) && met_near(p, at, cx))
}

/// An unnamed source of an organisation written head last, as newsrooms cite one: "A
/// spokesman for the British Phonographic Industry" -> "British Phonographic Industry
/// spokesman", "a reporter for Agence France-Presse" -> "Agence France-Presse reporter" (the
/// head stays the last word, so the source still reads, and is compared, as a spokesman).
/// Only one role noun after "a", "an" or "one", then "for", "at", "from" or "with" and a
/// capitalised name (an owner before it dropped: "Manchester's Trafford Centre") that is no
/// person of the article, no honorific's or title's ("a spokesman for Mr Blair") and no
/// country ("a diplomat from France").
fn source_of_organization(mention: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let [lead, head, link, object @ ..] = words.as_slice() else { return None };
    let source = word_classes::INDEFINITE_LEADS.contains(&lead.to_lowercase().as_str())
        && head.starts_with(char::is_lowercase)
        && lex.is_role_noun(head)
        && !is_plural(head)
        && ORGANIZATION_LINKS.contains(link);
    if !source {
        return None;
    }
    let object = object.strip_prefix(&["the"]).unwrap_or(object);
    let owner = object.iter().rposition(|w| strip_possessive(w).is_some()).map_or(0, |p| p + 1);
    let name = &object[owner..];
    let (first, last) = (name.first()?, name.last()?);
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let connector = |w: &&str| ORGANIZATION_CONNECTORS.contains(w);
    let named = capitalised(first) && capitalised(last) && name.iter().all(|w| capitalised(w) || connector(w));
    let joined = name.join(" ");
    let someone = cx.persons.resolve(&joined, at).is_some()
        || lex.is_honorific(first)
        || lex.title_len(name) > 0
        || lex.country_named(&joined).is_some();
    (named && !someone).then(|| format!("{joined} {head}"))
}

/// The name an organisation or country the gazetteer knows as `known`, written `written`
/// where it speaks, goes by in this article: the fullest form the article gives, as for a
/// person. Its known name when the article writes it somewhere, else the name as written,
/// "the" dropped: "the Tories" are the Conservative Party in a story that names the party so,
/// and the "Tories" of one that never does; the Treasury of a British story is not "Treasury
/// Department".
fn known_as_written<'a>(known: &'a str, written: &'a str, cx: &Context<'_>) -> String {
    let drop_the =
        |name: &'a str| name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name).trim();
    // "The Guardian" is written "the Guardian" in mid-sentence.
    let (written, bare) = (drop_the(written), drop_the(known));
    if written.is_empty() || written == bare || cx.scans.writes(bare) { known.to_owned() } else { written.to_owned() }
}

/// The words between a source's role and the organisation it speaks for ("a spokesman for").
const ORGANIZATION_LINKS: &[&str] = &["for", "at", "from", "with"];

/// Lower-case words inside an organisation's name ("Department of Constitutional Affairs").
const ORGANIZATION_CONNECTORS: &[&str] = &["of", "and", "&", "for", "on"];

/// The name that the words `rest` of `mention` (its determiner dropped) hold: "retired
/// neurosurgeon Ben Carson" -> the person of the article, else the words of the name; a
/// description keeps its determiner ("A Chinese official").
fn name_in(rest: &[&str], mention: &str, determiner: bool, at: usize, persons: &PersonIndex, lex: &Lexicon) -> String {
    let joined = rest.join(" ");
    let (start, _) = name_start(rest, lex);
    // "retired neurosurgeon Ben Carson": descriptive words before the name are not part of it.
    let start = (start..rest.len()).find(|&i| rest[i].chars().next().is_some_and(char::is_uppercase)).unwrap_or(start);
    // "Kidman's publicist Wendy Day": the capitalised words after the last role word (not
    // "Trade and Industry Secretary Patricia Hewitt").
    let start = rest[start..]
        .iter()
        .rposition(|w| w.starts_with(char::is_lowercase))
        .map(|p| start + p)
        .filter(|&p| p + 1 < rest.len() && lex.is_role_noun(rest[p]))
        .map_or(start, |p| p + 1);
    let words: Vec<&str> = rest[start..].iter().map(|w| strip_possessive(w).unwrap_or(w)).collect();
    // The longest tail of the words that names a person of the article ("New York Times
    // columnist David Brooks" -> David Brooks); a multi-word mention never falls back to a
    // bare surname, which could be a relative ("President Bill Clinton" is not Hillary).
    let shortest = if words.len() > 1 { 2 } else { 1 };
    for from in 0..=words.len().saturating_sub(shortest) {
        if let Some(person) = persons.resolve(&words[from..].join(" "), at) {
            return person.to_owned();
        }
    }
    let name = words.join(" ");
    // "A Chinese official": a description keeps its determiner; "the Pentagon" does not.
    let described = rest.last().is_some_and(|w| w.starts_with(char::is_lowercase));
    if determiner && described {
        mention.to_owned()
    } else if determiner {
        joined
    } else {
        name
    }
}

/// True for the words after "the" of an epithet that stands for someone met before: its head
/// an age ("34-year-old", "nine-year-old") or one of the epithet heads ("the top seed", "the
/// Sale player"), or a role or doer's noun in the singular after an age that is no body's nor
/// a text's ("the 47-year-old director", "the 41-year-old chart-topper"; not "the
/// 200-year-old sign"), with no preposition before it ("the star of the show" is not).
fn is_epithet(rest: &[&str], lex: &Lexicon) -> bool {
    let Some((head, before)) = rest.split_last() else { return false };
    // Written in lower case: "the Morning Star" and "the Socialist International" are names.
    if head.chars().any(char::is_uppercase) {
        return false;
    }
    let is_age = |w: &str| w.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && !n.contains(' '));
    // "the 29-year-old actress", "the 41-year-old chart-topper": after an age, a role noun
    // or a doer's noun (`[agent_suffixes]`) in the singular, no body's nor a text's, names a
    // person; not "the 200-year-old sign".
    let plural = is_plural(head);
    let doer = || lex.is_role_noun(head) || word_classes::AGENT_SUFFIXES.iter().any(|e| head.ends_with(e));
    let aged_role = || {
        before.iter().any(|w| is_age(w)) && !plural && doer() && !lex.is_body_noun(head) && !lex.is_document_noun(head)
    };
    (is_age(head) || word_classes::EPITHET_HEADS.contains(head) || aged_role())
        && !before.iter().any(|w| PREPOSITIONS.contains(w))
}

/// True for a noun written as a plural: an "s" at its end, not a singular's "ss" ("bosses",
/// "officials"; not "boss", "actress", "hostess"): "the Old Trafford boss" is one person.
pub(crate) fn is_plural(noun: &str) -> bool {
    noun.ends_with('s') && !noun.ends_with("ss")
}

/// "the Italian", "the Spaniard": a nationality in the singular, after "the", and after a
/// few words in lower case too, an epithet's ("the 55-year-old Frenchman", "the veteran
/// Scot"; not "the man from Italian").
fn is_nationality(mention: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let [the, between @ .., word] = words.as_slice() else { return false };
    let epithet =
        |w: &&str| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) && !PREPOSITIONS.contains(w);
    between.len() <= NATIONALITY_EPITHET_WORDS
        && between.iter().all(epithet)
        && the.eq_ignore_ascii_case("the")
        && word.starts_with(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && !word.ends_with('s')
        && lex.find_country(word).is_some()
        && lex.country_named(word).is_none()
}

/// True for a nationality ([`is_nationality`]) that may stand for one person: not a word
/// that names a people, plural in meaning ("the French", "the British", "the Dutch", "the
/// Swiss": an adjective in "-nch", "-tch", "-sh" or "-ss" used as a noun), which is never
/// whom "he" or "the French said" stands for; "the Czech", "the Scot", "the Frenchman" may
/// be, and so may "the Senegalese" or "the Japanese" after "Striker Papa Diop" (a people in
/// "-ese" only with a plural verb: "The Chinese have zeroed in on him").
fn is_one_national(mention: &str, lex: &Lexicon) -> bool {
    let last = mention.split_whitespace().last().unwrap_or_default().to_lowercase();
    !names_a_people(&last) && is_nationality(mention, lex)
}

/// True for a demonym in lower case that names a people as a noun: "french", "dutch",
/// "british", "swiss" ([`is_one_national`]).
fn names_a_people(word: &str) -> bool {
    ["nch", "tch", "sh", "ss"].iter().any(|end| word.ends_with(end))
}

/// The gender a nationality's last word gives when it is a people's word and "man" or
/// "woman" ("the Frenchman", "the Scotsman" -> male, "the Englishwoman" -> female; "the
/// German", "the Scot" none): "the 55-year-old Frenchman" never refers back to a woman.
fn epithet_gender(mention: &str) -> Option<Gender> {
    let last = mention.split_whitespace().last()?.to_lowercase();
    let people = |stem: &str| names_a_people(stem) || stem.ends_with('s');
    if last.strip_suffix("woman").is_some_and(people) {
        Some(Gender::Female)
    } else if last.strip_suffix("man").is_some_and(people) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// "the Texas Democrat", "the South Carolina Republican", "the Republican": a member of a
/// party, after "the" and the place they stand for, refers back like a pronoun (wire copy's
/// second mention of a legislator).
fn is_party_member(mention: &str) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let [the, places @ .., label] = words.as_slice() else { return false };
    the.eq_ignore_ascii_case("the")
        && places.len() <= 2
        && places.iter().all(|w| w.starts_with(char::is_uppercase) && !w.ends_with("'s"))
        && word_classes::PARTY_LABELS.contains(label)
        // A member, not the party ("the GOP", "the Lib Dems") nor an adjective ("Democratic").
        && label.chars().skip(1).all(char::is_lowercase)
        && !label.ends_with("ic")
        && !label.ends_with('s')
}

/// True when a mention's words `words` are "the Labour MP for Birkenhead", "the Tory MP for
/// Sleaford and North Hykeham", "the Salford MP", "the Ealing North MP", "the Tory MP": a politician and the seat or party
/// they stand for (after "for", or before the head: the place's or party's words,
/// capitalised, no owner's, and a head written in capitals, a member's letters), after
/// "the": a member, never the place nor the party ("Tory"). Not "the Texas senator" (a
/// state has two) nor "the Tory leader" (a head in lower case: [`refers_back`]).
fn is_members_seat(words: &[&str]) -> bool {
    let politician = |head: &str| word_classes::POLITICIAN_HEADS.contains(&head.to_lowercase().as_str());
    let Some(f) = words.iter().position(|w| *w == "for") else {
        let [the, seat @ .., head] = words else { return false };
        let place = |w: &&str| {
            w.starts_with(char::is_uppercase) && strip_possessive(w).is_none() && !w.ends_with(['\'', '\u{2019}'])
        };
        return the.eq_ignore_ascii_case("the")
            && (1..=SEAT_WORDS).contains(&seat.len())
            && seat.iter().all(place)
            && politician(head)
            && !head.chars().any(char::is_lowercase);
    };
    let [the, labels @ .., head] = &words[..f] else { return false };
    let seat = &words[f + 1..];
    the.eq_ignore_ascii_case("the")
        && (1..=2).contains(&labels.len())
        && labels.iter().all(|w| word_classes::PARTY_LABELS.contains(w))
        && politician(head)
        && !seat.is_empty()
        && seat.iter().all(|w| w.starts_with(char::is_uppercase) || *w == "and")
}

/// The owner a text speaks for: "the council" of "the council's ruling" (not a pronoun's:
/// "his statement" is handled with the pronouns).
fn owner_of_text(mention: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let (last, owner) = words.split_last()?;
    let document = lex.is_document_noun(&last.to_lowercase());
    // "the committee report", "an agency statement": a body's text, after an article (the
    // body met before).
    let article = owner.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
    let body = owner.len() > 1
        && article
        && owner.last().is_some_and(|w| w.starts_with(char::is_lowercase) && lex.is_body_noun(w));
    if document && body {
        return Some(format!("the {}", owner[owner.len() - 1]));
    }
    // "a Capital Economics statement", "the White House statement": a name before the text
    // in lower case is its owner's (not "The Washington Post", a name whole; nor "The
    // French statement", "the Republican report": a nationality or a party's member stands
    // for no one named).
    // Only a text a body issues (not "the SEC filing", "the Flynn indictment"), and a name
    // that can own one: no lone date ("the March report", not "the Sunday Mail newspaper"),
    // no adjective ("the Democratic report", "a Kremlin-backed poll").
    let name = &owner[owner.len().min(1)..];
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let joined = name.join(" ");
    let named = article
        && last.starts_with(char::is_lowercase)
        && !word_classes::NOT_ISSUED_TEXTS.contains(last)
        && !name.iter().any(|w| is_compound_adjective(w))
        && !matches!(name, [w] if word_classes::CALENDAR_WORDS.contains(&w.to_lowercase().as_str()) || is_adjective(w, lex))
        && !name.iter().any(|w| w.ends_with(['\'', '\u{2019}']) || strip_possessive(w).is_some())
        && !is_nationality(&format!("the {joined}"), lex)
        && !is_party_member(&format!("the {joined}"))
        && name.first().is_some_and(capitalised)
        && name.last().is_some_and(capitalised)
        && name.iter().all(|w| capitalised(w) || ORGANIZATION_CONNECTORS.contains(w));
    if document && named {
        return Some(joined);
    }
    // "Blair's official statement": the owner ends at its possessive, a word or two before
    // the text.
    // A plural's or a name's bare apostrophe too ("Sanders' fundraising email").
    let stem = |w: &str| {
        strip_possessive(w)
            .or_else(|| {
                w.strip_suffix(['\'', '\u{2019}']).filter(|s| s.ends_with('s') && s.starts_with(char::is_uppercase))
            })
            .map(str::len)
    };
    let owned = owner.iter().rposition(|w| stem(w).is_some())?;
    // Words in lower case or figures between ("Giuliani's written statement",
    // "Bundesbank's 1986 annual report"), not a name's ("the People's Daily newspaper").
    let between = &owner[owned + 1..];
    let modifiers = between.len() <= TEXT_MODIFIER_WORDS && between.iter().all(|w| !w.starts_with(char::is_uppercase));
    if !document || !modifiers {
        return None;
    }
    let joined = owner[..=owned].join(" ");
    let cut = joined.len() - owner[owned].len() + stem(owner[owned]).unwrap_or(owner[owned].len());
    let owner = joined[..cut].to_owned();
    names_someone(&owner).then_some(owner)
}

/// True unless `owner`, lower-cased, is a pronoun ("his", "their"): an owner written before
/// a text or a product stands for someone only when it is a name or a description.
fn names_someone(owner: &str) -> bool {
    let lower = owner.to_lowercase();
    pronoun_gender(&lower).is_none() && !OTHER_PRONOUNS.contains(&lower.as_str())
}

/// The owner written before a product the gazetteer knows only as another company's alias
/// ("the school's Facebook" -> "the school", not Meta; "Smith's Twitter" -> "Smith"): the
/// owner speaks through it, when a text of the product follows (checked by the caller). Not a country's ("Britain's BP" is the company), nor a company
/// named as it is ("Murdoch's News Corp").
fn owner_of_product(mention: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let owned = words[..words.len().saturating_sub(1)].iter().rposition(|w| strip_possessive(w).is_some())?;
    let product = &words[owned + 1..];
    if !product.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let joined = product.join(" ");
    let company = lex.find_organization(&joined)?;
    let stem = strip_possessive(words[owned])?;
    let owner = [&words[..owned], &[stem]].concat().join(" ");
    (company != joined && names_someone(&owner) && lex.country_named(&owner).is_none()).then_some(owner)
}

/// True when the word right after `mention` (written at or after byte `at`) is a text a
/// product carries: a document noun or a platform's ("Facebook post", "Twitter account"),
/// not a firm's alias after a place's possessive ("Detroit's GM said").
fn carries_text(mention: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let rest = cx.body.get(at..).unwrap_or("");
    let Some(start) = rest.find(mention) else { return false };
    let after = rest[start + mention.len()..].trim_start();
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    lex.is_document_noun(&word) || word_classes::PLATFORM_TEXT_NOUNS.contains(&word.as_str())
}

/// A capitalised adjective, not a name: one in -ic, -ian, -ese or -ish ("Democratic",
/// "Arabic", "Republican", "Japanese") that is no organisation, or a compound with a
/// lower-case part. Read of a one-word name ("the Economic Daily newspaper" is a name).
fn is_adjective(word: &str, lex: &Lexicon) -> bool {
    let ending = word_classes::PROPER_ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e));
    is_compound_adjective(word) || (ending && lex.find_organization(word).is_none())
}

/// A capitalised word with a lower-case part after a hyphen: "Kremlin-backed",
/// "House-ordered", "English-language".
fn is_compound_adjective(word: &str) -> bool {
    word.split(['-', '\u{2010}', '\u{2011}']).skip(1).any(|p| p.starts_with(char::is_lowercase))
}

/// The words of a mention without one familiar name, nickname or party in brackets or
/// quotation marks inside the name, between a capitalised word and one or "of": "James E.
/// (Jim) Nugent" is James E. Nugent, as `entities` names him, "Bill Bradley (Democrat) of
/// New Jersey" Bill Bradley of New Jersey; not "Industry (MITI) official". Nor a
/// description's letters in brackets before a name: "Internet service provider (ISP)
/// Plus.net" is Internet service provider Plus.net.
fn without_enclosed_name(mut words: Vec<&str>) -> Vec<&str> {
    let mark = super::quotes::is_quotation_mark;
    let enclosed = |w: &str| {
        (w.starts_with('(') && w.ends_with(')')) || (w.starts_with(mark) && w.ends_with(mark) && w.chars().count() > 2)
    };
    let name_after = |w: &str| w.starts_with(char::is_uppercase) || w == "of";
    let letters = |w: &str| w.len() > 3 && w.starts_with('(') && !w.chars().any(char::is_lowercase);
    let described = |i: usize| {
        words[i - 1].starts_with(char::is_lowercase)
            && letters(words[i])
            && words[i + 1].starts_with(char::is_uppercase)
    };
    let inside = |i: usize| (words[i - 1].starts_with(char::is_uppercase) && name_after(words[i + 1])) || described(i);
    if let Some(at) = (1..words.len().saturating_sub(1)).find(|&i| enclosed(words[i]) && inside(i)) {
        words.remove(at);
    }
    words
}

/// The words of a mention that can name its speaker: without an owner before a name
/// ("NAR's John Tuccillo"), an affiliation before a role ("National Bureau of Statistics
/// chief Li Deshui") or after a name ("Bill Sullivan of Dean Witter Reynolds Inc."), or an
/// inverted cue ("Continued Stone"), or a word in brackets inside the name
/// ([`without_enclosed_name`]).
fn name_words<'m>(mention: &'m str, lex: &Lexicon) -> Vec<&'m str> {
    let words = without_enclosed_name(mention.split_whitespace().collect());
    let owner = words[..words.len().saturating_sub(1)]
        .iter()
        .rposition(|w| strip_possessive(w).is_some())
        .filter(|&i| !words[..i].contains(&"of"))
        .filter(|&i| words[i + 1..].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)));
    let words: Vec<&str> = match owner {
        Some(i) => words[i + 1..].to_vec(),
        None => words,
    };
    // "National Bureau of Statistics chief Li Deshui": the name after the last role word;
    // not when the role word describes an affiliation after "of" ("Jane Roe of brokers
    // Merrill Lynch", "of the brokers …", "of London-based brokers …"), where the name
    // before "of" speaks; not after a
    // role ("chairman of the joint formation committee Jack Patterson").
    // A place's compound adjective is lower case after its hyphen ("of London-based brokers
    // Grieveson Grant"), and a nationality is a modifier too ("of the Swiss research group").
    let modifier = |w: &&str| {
        w.starts_with(char::is_lowercase)
            || w.rsplit_once('-').is_some_and(|(_, a)| a.starts_with(char::is_lowercase))
            || lex.is_demonym(w)
    };
    // "Professor Jane Roe of the Lifeplus research group Acme": a title and a name before
    // "of" are the person, whatever describes the affiliation.
    let titled_name = |o: usize| {
        let title = lex.title_len(&words[..o]);
        title > 0 && o > title && words[title..o].iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let describes_affiliation = |p: usize| {
        words[..p].iter().rposition(|w| *w == "of").is_some_and(|o| {
            o > 0
                && words[o - 1].starts_with(char::is_uppercase)
                && (titled_name(o) || words[o + 1..p].iter().all(modifier))
        })
    };
    let role_then_name = words
        .iter()
        .rposition(|w| w.starts_with(char::is_lowercase))
        .filter(|&p| p + 1 < words.len() && lex.is_role_noun(words[p]) && !describes_affiliation(p))
        .filter(|&p| !object_of_head(&words, p, lex));
    let words: Vec<&str> = match role_then_name {
        Some(p) if words[..p].contains(&"of") => words[p + 1..].to_vec(),
        _ => words,
    };
    // "Bill Sullivan of Dean Witter Reynolds Inc.", "Kay Moss from the Consumer
    // Association": the affiliation is not the name; but "the Bank of Canada" is one name.
    let institution = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let words: Vec<&str> = match words.iter().position(|w| matches!(*w, "of" | "from" | "at")) {
        Some(i)
            if (i >= 2 || (i == 1 && surname_of(&words, lex)))
                && !title_through_of(&words, i, lex)
                && !institution
                && !lex.is_org_word(words[i - 1])
                && words[i - 1].starts_with(char::is_uppercase)
                && (words.get(i + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
                    || words[..i].iter().all(|w| w.starts_with(char::is_uppercase))) =>
        {
            words[..i].to_vec()
        }
        _ => words,
    };
    // "Guy Mansfield QC": letters after a name are not part of it.
    let mut words = words;
    while words.len() > 2 && words.last().is_some_and(|w| super::entities::POSTNOMINALS.contains(w)) {
        words.pop();
    }
    // "Continued Stone": an inverted cue is not part of the name.
    match words.split_first() {
        Some((cue, rest)) if !rest.is_empty() && lex.is_speech_verb(cue) => rest.to_vec(),
        _ => words,
    }
}

/// True when the name after the role word `words[p]` is the object of the preposition
/// after a description's lower-case head, not the speaker: "A close associate of former
/// oil boss Ivan Petrov", "The wife of former president Tom Brown" speak, not Petrov nor
/// Brown. Only a person's role in the singular holds the name (no body's: "chairman of the
/// joint formation committee Jack Patterson" is Patterson; no plural: "spokeswoman for
/// women Sandra Gidley" is Gidley), and only after a head in lower case ("National Bureau
/// of Statistics chief Li Deshui" is Li Deshui).
fn object_of_head(words: &[&str], p: usize, lex: &Lexicon) -> bool {
    let Some(link) = words[..p].iter().position(|w| is_link(w)) else { return false };
    let headed = link > 0 && words[link - 1].starts_with(char::is_lowercase);
    headed && one_persons_role(words[p], lex)
}

/// True for a lower-case noun that the name after it names: a body ("the tin mining company
/// PT Tambang Timah"), a text or work ("the magazine Oil World") or a title ("USDA
/// undersecretary Daniel Amstutz").
fn names_what_follows(word: &str, lex: &Lexicon) -> bool {
    lex.is_body_noun(word) || lex.is_document_noun(word) || lex.is_work_noun(word) || lex.title_len(&[word]) > 0
}

/// True for a lower-case role noun of one person: no body's ("committee") and no plural
/// ("women", but "boss").
fn one_persons_role(word: &str, lex: &Lexicon) -> bool {
    lex.is_role_noun(word) && !lex.is_body_noun(word) && !is_plural(word)
}

/// True when the one word before "of" in `words` may be a surname with an affiliation
/// after it ("Johnson of L.F. Rothschild"), not a title or a cue ("Told of …").
fn surname_of(words: &[&str], lex: &Lexicon) -> bool {
    let first = words[0];
    first.starts_with(char::is_uppercase) && lex.title_len(&[first]) == 0 && !lex.is_speech_verb(first)
}

/// True when the "of" at `words[of]` lies inside a title ("White House Chief of Staff
/// Howard Baker") or a title follows it ("Confederation of British Industry President David
/// Nickson"): the name comes after the "of", not before it.
fn title_through_of(words: &[&str], of: usize, lex: &Lexicon) -> bool {
    let title = |w: &&str| w.starts_with(char::is_uppercase) && lex.title_len(&[w]) > 0;
    (0..of).any(|j| j + lex.title_len(&words[j..]) > of) || words[of + 1..].iter().any(title)
}

/// The one person the article gave the role a definite description names: "the Tory
/// leader" -> Michael Howard (each capitalised qualifier held by the role), "the prime
/// minister" -> Tony Blair (every word before the head held by the role: "Prime Minister
/// Tony Blair"), "the president" -> its one holder ("President Saakashvili"; not "former
/// president Eduard Shevardnadze") when met within the pronoun's reach: further back a bare
/// head is most often someone else's ("A U.S. Embassy official said …"). A description whose
/// words the article's role does not hold ("the veteran minister") stays as written.
fn described_person<'a>(rest: &[&str], at: usize, cx: &Context<'a>, lex: &Lexicon) -> Option<&'a str> {
    let (head, before) = rest.split_last()?;
    // "The State Department", "the Tory party": a body's head names an organisation, never
    // a person, however the article's roles name it.
    if !lex.is_role_noun(head) || lex.is_body_noun(head) || before.iter().any(|w| PREPOSITIONS.contains(w)) {
        return None;
    }
    // "added the British producer" after "Producer Kevin Wallace said …": a nationality
    // adds nothing to a role the article gave the person named last before.
    let national = || {
        let holder = cx.persons.described(head, &[])?;
        let all_national = !before.is_empty() && before.iter().all(|w| names_country(w, lex));
        (all_national && cx.persons.last_before(at, None) == Some(holder)).then_some(holder)
    };
    let person = cx.persons.described(head, &role_qualifiers(before)).or_else(national)?;
    (!before.is_empty() || met_near(person, at, cx)).then_some(person)
}

/// Whom the words after "the" of an organisation's officer stand for (`[officer_heads]`:
/// "the State Bank official", "the GMAC executive"): the one person of the article given a
/// role that names the organisation ([`PersonIndex::affiliated`]), when that is the person
/// named last before `at`; not a country's ("the French official" is one of many).
fn affiliated_officer<'a>(rest: &[&str], at: usize, cx: &Context<'a>, lex: &Lexicon) -> Option<&'a str> {
    let (head, before) = rest.split_last()?;
    if !word_classes::OFFICER_HEADS.contains(head) {
        return None;
    }
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let organisation: Vec<&str> = before.iter().copied().skip_while(|w| !capitalised(w)).collect();
    let named = !organisation.is_empty()
        && organisation.iter().all(capitalised)
        && !organisation.iter().any(|w| names_country(w, lex) || strip_possessive(w).is_some());
    if !named {
        return None;
    }
    let person = cx.persons.affiliated(&organisation)?;
    (cx.persons.last_before(at, None) == Some(person)).then_some(person)
}

/// True when `person` was mentioned within [`PRONOUN_REACH`] sentences before byte `at`.
fn met_near(person: &str, at: usize, cx: &Context<'_>) -> bool {
    met_within(person, at, PRONOUN_REACH, cx)
}

/// The index of the sentence of the article that opens at or before byte `at` (the one
/// holding it, or the last before it when `at` lies between sentences).
pub fn sentence_holding(at: usize, cx: &Context<'_>) -> Option<usize> {
    cx.sentences.partition_point(|s| s.start <= at).checked_sub(1)
}

/// True when `person` was mentioned within `reach` sentences before byte `at`.
fn met_within(person: &str, at: usize, reach: usize, cx: &Context<'_>) -> bool {
    let sentence_of = |pos: usize| cx.sentences.partition_point(|s| s.start <= pos);
    cx.persons.last_mention_of(person, at).is_some_and(|m| sentence_of(at) - sentence_of(m) <= reach)
}

/// Whom the words after "the" of an epithet or of a role nobody of the article holds stand
/// for: whom the sentences before are about ([`antecedent`]); for a role, only when that is
/// the person named last before `at` too (`"…," said the Sale full-back` right after "skipper
/// Jason Robinson believes …"), since a role may be a new person's.
fn refers_back(rest: &[&str], at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    if is_epithet(rest, lex) {
        // "the 60-year-old actor" after "Actor Michael Douglas": the one the article gave
        // that role, met before, comes first.
        let holder = rest.last().and_then(|head| cx.persons.described(head, &[]));
        if let Some(person) = holder.filter(|p| cx.persons.last_mention_of(p, at).is_some()) {
            return Some(person.to_owned());
        }
        return antecedent(at, None, cx, lex);
    }
    // "said a Sale full-back" before it: that unnamed source again.
    let introduced = || rest.last().is_some_and(|head| cx.scans.introduced_before(head, at, lex));
    if !is_unheld_role(rest, cx.persons, lex) || introduced() {
        return None;
    }
    let (head, before) = rest.split_last()?;
    let party = before.iter().any(|w| word_classes::PARTY_LABELS.contains(w));
    // A party's role only if it names a politician ("the Tory leader"), not an official
    // ("the Lib Dem chief executive" after Mr Kennedy is not Kennedy).
    if party && !word_classes::POLITICIAN_HEADS.contains(&head.to_lowercase().as_str()) {
        return None;
    }
    let person = antecedent(at, None, cx, lex)?;
    let holds = |person: &str| role_may_be(person, rest, party, at, cx, lex);
    let last = cx.persons.last_before(at, None);
    if holds(&person) && (last == Some(person.as_str()) || pronoun_topic(&person, head, at, cx, lex)) {
        return Some(person);
    }
    // "Tony Blair has failed, Michael Howard has said. "…," the Tory leader said": the one
    // who spoke in the sentence before, named last, not that sentence's subject.
    // Only when the subject cannot be the role: with no evidence for either, the role stays
    // as written ("Michael Howard has attacked the budget, Tony Blair has said" then "the
    // Tory leader" is not Blair).
    if holds(&person) {
        return None;
    }
    let spoke = last?;
    let k = sentence_holding(at, cx)?.checked_sub(1)?;
    (closes_as_speaker(spoke, k, cx, lex) && holds(spoke)).then(|| spoke.to_owned())
}

/// True when sentence `k` closes with `person` named after a comma and a reporting verb
/// after the name, auxiliaries and adverbs at most between and nothing after ("…, Michael
/// Howard has said.", "…, Michael Howard later said."): the one who said the sentence's
/// words, though its subject is someone else.
fn closes_as_speaker(person: &str, k: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let s = &cx.sentences[k];
    let Some(m) = cx.persons.last_mention_of(person, s.end).filter(|&m| m > s.start) else { return false };
    let toks = cx.tokens.within(s.start..s.end);
    let Some(first) = toks.iter().position(|t| t.start >= m) else { return false };
    // The mention may be of the surname ("Tony Blair" found at "Blair"): the name opens
    // at its first capitalised word.
    let name_words = toks[..first].iter().rev().take_while(|t| t.is_capitalized()).count();
    let after_comma = first.checked_sub(name_words + 1).is_some_and(|i| toks[i].is(','));
    let words: Vec<_> = toks[first..].iter().filter(|t| t.word).skip_while(|t| t.is_capitalized()).collect();
    let (verb, aux) = words.split_last().map_or((None, &[][..]), |(v, a)| (Some(v), a));
    let helped = aux.iter().all(|t| super::phrases::is_adverb(t));
    after_comma && helped && verb.is_some_and(|v| lex.is_speech_verb(v.text))
}

/// True when `person`, met before `at`, may be whom the role `rest` (after "the"; a
/// party's when `party`) refers back to: not someone the article gives another role, nor
/// one named too far back for an office, nor, for another country's office, one named
/// before it in its own sentence.
fn role_may_be(person: &str, rest: &[&str], party: bool, at: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some((head, before)) = rest.split_last() else { return false };
    // An office ("the prime minister", "the Russian president") or a party's role ("the
    // Republican presidential candidate") is nobody the article gives another role: "Home
    // Secretary Charles Clarke" or "New York Mayor Bill de Blasio", just named, is not it.
    let national = national_office(rest, lex);
    let office = before.iter().all(|w| w.starts_with(char::is_lowercase)) || national;
    let other = (office || party) && cx.persons.holds_other_role(person, head);
    // An office refers only to someone named in the last sentences: "Shadow sports minister
    // Lord Moynihan said …" four sentences back is not "the prime minister" who "pledged".
    let far = office && !met_within(person, at, OFFICE_REACH, cx);
    // "Trump endured a lecture from the Mexican president": another country's office is not
    // someone named before it in its own sentence.
    let here = sentence_holding(at, cx).map_or(0, |k| cx.sentences[k].start);
    let same_sentence = national && cx.persons.last_mention_of(person, at).is_some_and(|m| m >= here);
    !other && !far && !same_sentence
}

/// True when the sentence before the one at `at` opens with "he" or "she" for subject, of
/// the gender of the role `head` if it has one, and that stands for `person`: whom the text
/// goes on about, though someone else was named since ("He had a part in a film, in which
/// his role was played by Dan Rourke. "…," said the Bluebell Records founder" is still
/// about him; not `"…," she said. The New York businessman …`).
fn pronoun_topic(person: &str, head: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some(k) = cx.sentences.partition_point(|s| s.start <= at).checked_sub(2) else { return false };
    let Some(subject) = subject_of(k, cx, lex) else { return false };
    let Some(gender) = pronoun_gender(&cx.body[subject.clone()]) else { return false };
    let opens =
        cx.tokens.within(cx.sentences[k].clone()).iter().find(|t| t.word).is_some_and(|t| t.start == subject.start);
    let agrees = match gender {
        Gender::Female => !head.ends_with("man") || head.ends_with("woman"),
        Gender::Male => !head.ends_with("woman"),
    };
    opens && agrees && antecedent(subject.start, Some(gender), cx, lex).as_deref() == Some(person)
}

/// True for the words after "the" of a person's role that the article gives nobody,
/// qualified by a capitalised word that is no person of the article and no country or
/// nationality, or an office (a title of two words or more: "the prime minister"): "the
/// Sale full-back", "the Kansas senator", "the GMAC officer", "the Tory leader" stand for
/// someone met before, like an epithet. Not "the senior Cruz adviser" (Cruz's adviser) nor
/// "The Pentagon's top adviser" (an owner's), "the French minister" (a class, often someone
/// new), "the spokesmen" (plural), "the BPI spokesman" (an unnamed source's role), "the
/// White House aide" (someone's by its nature), nor "the Tory leader" when the article
/// names a Tory leader ([`described_person`] is that one).
fn is_unheld_role(rest: &[&str], persons: &PersonIndex, lex: &Lexicon) -> bool {
    let Some((head, before)) = rest.split_last() else { return false };
    let capitalised: Vec<&str> =
        before.iter().copied().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    // Written in lower case: "The New Hampshire Union Leader" is a name.
    // Not a head in "ss" either ("the Chelsea boss"): a club's one post, often held by
    // someone the article has not named, as the other club's was.
    let person = head.starts_with(char::is_lowercase)
        && lex.is_role_noun(head)
        && !head.ends_with('s')
        && !lex.is_body_noun(head);
    // "The BPI spokesman", "the Shanghai official": an unnamed source is a source of its own;
    // "the White House aide" someone's.
    let source = word_classes::SOURCE_HEADS.contains(head) || word_classes::RELATIONAL_HEADS.contains(head);
    // "the prime minister", "the foreign secretary": an office of one holder, a title of two
    // words or more (not "the president", which may be anyone's).
    let office = rest.len() > 1 && lex.title_len(rest) == rest.len();
    person
        && !source
        && (!capitalised.is_empty() || office)
        && !before.iter().any(|w| strip_possessive(w).is_some())
        && !capitalised.iter().any(|w| persons.resolve(w, usize::MAX).is_some())
        && (!capitalised.iter().any(|w| names_country(w, lex)) || national_office(rest, lex))
        && !before.iter().any(|w| PREPOSITIONS.contains(w))
        && persons.described(head, &role_qualifiers(before)).is_none()
}

/// True for the words after "the" of an office a country gives one person at a time, its
/// country or nationality before it: "the Russian president", "the British prime minister"
/// (`[national_offices]`, or a title of two words or more after the capitalised words); not
/// "the French minister", one of many.
fn national_office(rest: &[&str], lex: &Lexicon) -> bool {
    let Some(head) = rest.last() else { return false };
    let capitalised = rest.iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
    let (country, office) = rest.split_at(capitalised);
    let one_holder = match office {
        [single] => word_classes::NATIONAL_OFFICES.contains(single),
        _ => lex.title_len(office) == office.len(),
    };
    !country.is_empty() && !head.is_empty() && country.iter().all(|w| names_country(w, lex)) && one_holder
}

/// True when `word` names a country or its people ("French", "UK"); a code only in capitals:
/// "Me" of "The She Hate Me director" is no Montenegro.
fn names_country(word: &str, lex: &Lexicon) -> bool {
    let code = word.len() <= 3;
    (!code || !word.chars().any(char::is_lowercase)) && lex.find_country(word).is_some()
}

/// The words of a definite description before its head that the role given in the article
/// must hold: its capitalised words ("Tory" of "the Tory leader"), else all of them
/// ("prime" of "the prime minister").
fn role_qualifiers<'w>(before: &[&'w str]) -> Vec<&'w str> {
    let capitalised: Vec<&str> =
        before.iter().copied().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    if capitalised.is_empty() { before.to_vec() } else { capitalised }
}

/// What "they said" refers to: unnamed sources in the plural ("bank officials", "The World
/// Bank sources"), kept as written, when they are the subject of the last sentence before
/// `at` that reports speech; a sentence about "they" too refers further back, but not past
/// other people in the plural doing something else ("Angry farmers marched on the
/// ministry"). Anything else there (a person, a band, a firm) leaves "they" unresolved.
fn speaking_sources(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let here = sentence_holding(at, cx)?;
    let plural_people = |text: &str, span: &Range<usize>| {
        let head = text.split_whitespace().last().unwrap_or_default();
        // "Traders said …. They said …": a lone plural noun has its capital from the
        // sentence's start, when it spoke: a speech verb right after it, in the active
        // ("Ministers have been asked to explain …" did not speak).
        let lone = !text.contains(char::is_whitespace) && speaks_next(span, cx, lex);
        (head.starts_with(char::is_lowercase) || lone)
            && is_plural(head)
            && lex.is_role_noun(head)
            && !lex.is_body_noun(head)
            && !has_preposition(text)
    };
    let mut subject = None;
    for k in (here.saturating_sub(PRONOUN_REACH)..here).rev() {
        let Some(found) = subject_of(k, cx, lex) else { continue };
        let text = collapse_whitespace(&cx.body[found.clone()]);
        if text.eq_ignore_ascii_case("they") {
            continue;
        }
        if reports_speech(k, &found, cx, lex) {
            subject = Some((found, text));
            break;
        }
        if plural_people(&text, &found) {
            return None;
        }
    }
    let (subject, text) = subject?;
    plural_people(&text, &subject).then(|| resolve_speaker(&text, subject.start, cx, lex)).flatten()
}

/// How many bytes after a subject are read for the word that follows it.
const SPEECH_VERB_BYTES: usize = 40;

/// True when the word right after `subject` is a speech verb ("Traders said"), not an
/// auxiliary ("Ministers have been asked").
fn speaks_next(subject: &Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let end = cx.body.len().min(subject.end + SPEECH_VERB_BYTES);
    cx.tokens
        .within(subject.end..end)
        .iter()
        .find(|t| t.word)
        .is_some_and(|t| !t.is_capitalized() && lex.is_speech_verb(t.text))
}

/// How many bytes after a text's mention are read for "from" and its source.
const TEXT_SOURCE_BYTES: usize = 120;

/// Who speaks through a text written with "from" after it: `"…," read a statement from the
/// firm` is the firm's, resolved as its speaker would be. `lower` is the mention at `at`,
/// in lower case: an article and a document noun ("a statement", "the letter").
fn text_from(lower: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let [article, noun] = lower.split_whitespace().collect::<Vec<_>>()[..] else { return None };
    if !word_classes::ARTICLES.contains(&article) || !lex.is_document_noun(noun) {
        return None;
    }
    let mut end = (at + TEXT_SOURCE_BYTES).min(cx.body.len());
    while !cx.body.is_char_boundary(end) {
        end -= 1;
    }
    let toks = cx.tokens.within(at..end);
    let from = toks.iter().position(|t| t.word && t.text == noun)? + 1;
    if toks.get(from).is_none_or(|t| t.text != "from") {
        return None;
    }
    let source = super::phrases::np_forward(cx.body, &toks, from + 1, lex)?;
    let words: Vec<&str> = source.text.split_whitespace().collect();
    let head = words.last()?.to_lowercase();
    // A text from a text ("a letter from a letter from …") names no one, and is not read on.
    if lex.is_document_noun(&head) {
        return None;
    }
    // "a paper from the left-leaning Brookings Institution": the name its description ends
    // in, whole ("the Department of Health", "the Bank of England").
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let mut named = words.iter().rev().take_while(|w| capitalised(w) || ORGANIZATION_CONNECTORS.contains(w)).count();
    while named > 0 && !capitalised(&words[words.len() - named]) {
        named -= 1;
    }
    // A name or a body ("the discount phone firm"), not "earlier this year".
    if named == 0 && !lex.is_body_noun(&head) {
        return None;
    }
    let described = named > 0 && named + 1 < words.len() && words[0].eq_ignore_ascii_case("the");
    let text = if described { words[words.len() - named..].join(" ") } else { source.text };
    resolve_speaker(&text, source.span.start, cx, lex).or(Some(text))
}

/// What "it said" refers to: the last organisation named in the [`INSTITUTION_BYTES`]
/// bytes before the mention, if any.
fn nearest_institution(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let body = cx.body;
    let mut from = at.saturating_sub(INSTITUTION_BYTES);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let window = body.get(from..at)?;
    // Countries are left out: "…," it said after "North Korea" is rarely North Korea.
    // One named inside a quotation ("a place where Nokia has no business") is not what the
    // reporter's "it" stands for.
    lex.find_places(window).into_iter().rev().find_map(|(range, p)| match p {
        Place::Organization(_) if super::quotes::inside(cx.quoted, from + range.start) => None,
        Place::Organization(i) => lex.organizations.get(i).map(|org| known_as_written(org, &window[range], cx)),
        Place::Country(_) | Place::Inside(_) => None,
    })
}

/// What a reported statement's "it" at `at` stands for: only the institution whose words the
/// sentences before report (`speaking_institution`), not one named last or in passing, as a
/// quotation's "it" may take (`it_antecedent`): "The SEC said it would act. The EU, in
/// particular, was imposing rules, it noted" is the SEC's; "Shares of Acme rose after its talks
/// with the World Bank ended. It said …" is no one's.
pub fn reported_it(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    if people_speaking(at, cx, lex) {
        return None;
    }
    speaking_institution(at, cx, lex)
}

/// What "it said" at `at` refers to: the institution that spoke last, else the one named
/// last, else a subject naming one; nothing after people in the plural who spoke
/// ([`people_speaking`]).
fn it_antecedent(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    if people_speaking(at, cx, lex) {
        return None;
    }
    speaking_institution(at, cx, lex)
        .or_else(|| nearest_institution(at, cx, lex))
        .or_else(|| subject_institution(at, cx, lex))
        .or_else(|| speaking_name(at, cx, lex))
}

/// True when the subject of the sentence right before the one holding `at`, followed right
/// away by a reporting verb, is people in the plural, its head a role noun before a
/// preposition that names a body ("Analysts at Barclays criticised …"): no "it", which they
/// cannot be, nor that body (`Analysts at Barclays criticised Tesco. "…," it said` may be
/// either firm's words). Not people of no body ("Company officials said …", "Analysts
/// said …"), who may speak between a firm's words and its "it said".
fn people_speaking(at: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some(k) = sentence_holding(at, cx).and_then(|here| here.checked_sub(1)) else { return false };
    let Some(span) = subject_of(k, cx, lex) else { return false };
    // The subject's own verb reports speech, right after it and the names a preposition
    // joins to it ("Analysts at Barclays criticised"): not "Aid donors have promised
    // Senegal aid, the World Bank said", whose speaker is the cue's.
    let after = cx.tokens.within(span.end..cx.sentences[k].end);
    let verb = after.iter().position(|t| {
        !(t.is_capitalized() || PREPOSITIONS.contains(&t.text) || word_classes::DETERMINERS.contains(&t.text))
    });
    if !verb.is_some_and(|v| after[v].word && lex.is_speech_verb(after[v].text)) {
        return false;
    }
    // A preposition then a name among the words before the verb: "at Barclays".
    let body = after[..verb.unwrap_or_default()]
        .windows(2)
        .any(|w| PREPOSITIONS.contains(&w[0].text) && w[1].word && w[1].is_capitalized());
    if !body {
        return false;
    }
    let subject = &cx.body[span];
    let head = head_word(subject.split_whitespace()).unwrap_or_default();
    let lower = head.to_lowercase();
    lex.is_role_noun(&lower) && !lex.is_body_noun(&lower) && is_plural(&lower)
}

/// Where the subject of the last sentence before `at` that reports speech lies, within
/// [`PRONOUN_REACH`], past a body's bare description ("The company added …") and past "it"
/// itself, for [`speaking_institution`].
fn speaking_subject(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<Range<usize>> {
    let here = sentence_holding(at, cx)?;
    // "Marine Midland Banks Inc said in a filing with the Securities and Exchange Commission
    // …. The company added …": a body's definite description ("the company") goes on about
    // the institution that spoke before it.
    let described = |span: &Range<usize>| {
        let text = &cx.body[span.clone()];
        let mut words = text.split_whitespace();
        let (the, head) = (words.next(), words.next());
        the.is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && head.is_some_and(|h| h.starts_with(char::is_lowercase) && lex.is_body_noun(h))
            && words.next().is_none()
    };
    // "Digital said it had cut prices. It also said …. "…," it added": a sentence whose
    // speaking subject is "it" too goes on about the one before, when no body is named
    // from there to the quotation's sentence ("Rival IBM also cut prices. It said …" is
    // IBM's, and so is "It also said …. Rival IBM also cut prices.").
    let mut first_it = None;
    for k in (here.saturating_sub(PRONOUN_REACH)..here).rev() {
        let Some(subject) = subject_of(k, cx, lex) else { continue };
        if !reports_speech(k, &subject, cx, lex) || described(&subject) {
            continue;
        }
        if is_it(&cx.body[subject.clone()]) {
            first_it = Some(k);
            continue;
        }
        let between = first_it.map(|_| cx.sentences[k].end..cx.sentences[here].start);
        return (!between.is_some_and(|b| names_body(b, cx, lex))).then_some(subject);
    }
    None
}

/// True when the text at `range` names an organisation outside quotations: one the gazetteer
/// knows, or capitalised words a company's suffix or head ends ("Rival International Business
/// Machines Corp also cut prices"); also when it is longer than [`INSTITUTION_BYTES`], as
/// what "it" may not reach past.
fn names_body(range: Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    if range.len() > INSTITUTION_BYTES {
        return true;
    }
    let Some(text) = cx.body.get(range.clone()) else { return true };
    let known = lex.find_places(text).into_iter().any(|(at, p)| {
        matches!(p, Place::Organization(_)) && !super::quotes::inside(cx.quoted, range.start + at.start)
    });
    let toks = cx.tokens.within(range);
    let company = toks.windows(2).any(|w| {
        let suffix = w[1].text.trim_end_matches('.');
        w[0].is_capitalized()
            && (COMPANY_SUFFIXES.contains(&suffix) || word_classes::COMPANY_HEADS.contains(&suffix))
            && !super::quotes::inside(cx.quoted, w[1].start)
    });
    known || company
}

/// What "it said" refers to first: the organisation the gazetteer knows that is the subject of
/// the last sentence before `at` reporting speech ("Plessey said it had won a contract
/// against Ericsson, Fujitsu and NEC. '…,' it said" is Plessey, not the last one named).
/// None when that sentence's subject is no known organisation.
fn speaking_institution(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let speaking = speaking_subject(at, cx, lex)?;
    let text = &cx.body[speaking.clone()];
    if let Some(org) = lex.find_organization(text) {
        return Some(known_as_written(org, text, cx));
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if is_company(&words) {
        return Some(words.join(" "));
    }
    if let Some(name) = described_name(&words, &speaking, cx, lex) {
        return Some(name);
    }
    // "A Plessey statement said …": the firm whose text it is, when no person nor country.
    let (head, rest) = words.split_last()?;
    let owner = rest.get(1..).filter(|_| word_classes::DESCRIPTION_LEADS.contains(&rest[0].to_lowercase().as_str()))?;
    let named = !owner.is_empty()
        && owner.len() <= NAME_WORDS
        && lex.is_document_noun(&head.to_lowercase())
        && owner.iter().all(|w| w.starts_with(char::is_uppercase) && !lex.is_not_name(w))
        && cx.persons.first_within(speaking, None, cx.quoted).is_none();
    let owner = owner.join(" ");
    // Not "The Greek statement": a country or a nationality is no firm.
    (named && lex.find_country(&owner).is_none()).then_some(owner)
}

/// The name a speaking subject `words` (at `span`) ends in after "the" and lower-case words
/// describing it: "Peking Review" of "the official Peking Review said …. "…," it said";
/// capitalised words only, up to [`NAME_WORDS`], no person, country or place among them
/// (not "the visiting West German", "the former Mr Lee"), and the reporting verb right after
/// them: not "the popular Macintosh maker said", "the ageing Brent oilfield said", whose
/// name only describes the noun after it.
fn described_name(words: &[&str], span: &Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let next = cx.tokens.within(span.end..cx.body.len().min(span.end + NEXT_WORD_BYTES));
    if !next.first().is_some_and(|t| t.word && !t.is_capitalized() && lex.is_speech_verb(t.text)) {
        return None;
    }
    let (the, rest) = words.split_first()?;
    // Modifiers only: not "The appreciation of the Swiss Franc", a thing of a name's.
    let described = rest.iter().take_while(|w| w.starts_with(char::is_lowercase)).count();
    if rest[..described]
        .iter()
        .any(|w| PREPOSITIONS.contains(w) || word_classes::DETERMINERS.contains(w) || *w == "and")
    {
        return None;
    }
    let name = &rest[described..];
    let named = the.eq_ignore_ascii_case("the")
        && described > 0
        && !name.is_empty()
        && name.len() <= NAME_WORDS
        && name
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic) && !lex.is_not_name(w))
        && cx.persons.first_within(span.clone(), None, cx.quoted).is_none();
    let name = name.join(" ");
    (named && lex.country_named(&name).is_none() && !lex.is_place_name(&name) && !lex.is_demonym(&name)).then_some(name)
}

/// The bytes read after a subject for the word right after it ([`described_name`]).
const NEXT_WORD_BYTES: usize = 40;

/// What "it said" refers to when nothing else does: the subject of the sentence right before
/// (or before the sentences right before that go on with "it said"), when it reports speech
/// and is a name no person of the article bears, written as a name
/// in mid-sentence too ("Wimpey said the UK housing market had proved "challenging". "…," it
/// added"; "Deutsche Boerse said …"), or shown to be a name where it stands: in capitals for
/// half its letters or more, as no common word is ("DrKW said …", "The BoE said …"), or
/// described as a body in apposition ("Allianz, a leading German insurer, said …"): "it"
/// cannot be a person, so the name is an organisation's. Not a capitalised word that only
/// opens sentences ("Prospects said …").
fn speaking_name(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let here = sentence_holding(at, cx)?;
    // Past sentences whose speaking subject is "it" ("Iomega said …. It also said …."), the
    // same voice going on, no further than a pronoun reaches.
    let goes_on = |k: &usize| {
        subject_of(*k, cx, lex).is_some_and(|span| is_it(&cx.body[span.clone()]) && reports_speech(*k, &span, cx, lex))
    };
    let k = (here.saturating_sub(PRONOUN_REACH)..here).rev().find(|k| !goes_on(k))?;
    let subject = subject_of(k, cx, lex)?;
    if !reports_speech(k, &subject, cx, lex) || cx.persons.first_within(subject.clone(), None, cx.quoted).is_some() {
        return None;
    }
    let text = &cx.body[subject.clone()];
    let words: Vec<&str> = text.split_whitespace().collect();
    let name = !words.is_empty()
        && words.len() <= NAME_WORDS
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && !words.iter().any(|w| lex.is_not_name(w) || lex.is_sentence_opener(w))
        && !words.first().is_some_and(|w| lex.is_given_name(w))
        && lex.country_named(text).is_none()
        && !lex.is_place_name(text);
    // Written as a name after a lower-case word somewhere ("… that Wimpey's profit …").
    let shown = || {
        matches!(words[..], [w] if shaped_as_a_name(w, lex))
            || apposed_body(subject.end, cx, lex)
            || cx.scans.after_lower_case(words[0], subject.start)
    };
    (name && shown()).then(|| words.join(" "))
}

/// True when a subject as written is the pronoun "it", any case.
fn is_it(subject: &str) -> bool {
    subject.eq_ignore_ascii_case("it")
}

/// True for a word that no common word's capital at a sentence's start makes: capitals for
/// half its letters or more, mixed with lower case ("DrKW", "BoE") or an acronym of up to
/// [`ACRONYM_LETTERS`] letters ("UNECE"); not a place in capitals, as a dateline writes it
/// ("LUDWIGSHAFEN, West Germany", "ROME"), nor an acronym's plural ("MPs", "GPs"), people.
fn shaped_as_a_name(word: &str, lex: &Lexicon) -> bool {
    let mut last = word.chars().rev();
    if last.next() == Some('s') && last.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let letters = word.chars().count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    let mixed = capitals < letters;
    let mut title = word.chars();
    let title: String = title.next().into_iter().chain(title.flat_map(char::to_lowercase)).collect();
    2 * capitals >= letters && (mixed || letters <= ACRONYM_LETTERS) && !lex.is_place_name(&title)
}

/// The most letters of a word in capitals read as an acronym by [`shaped_as_a_name`].
const ACRONYM_LETTERS: usize = 5;

/// True when the words right after byte `end` (a subject) are an apposition set off by
/// commas that describes a body with an indefinite article: ", a leading German insurer,"
/// (`[indefinite_leads]`, a head of `body_nouns.txt`, before any preposition: not ", an
/// analyst at the bank,"); the name before it is a body's.
fn apposed_body(end: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    // Read no further than a short apposition runs: not to the text's next comma.
    let stop = char_floor(cx.body, end + APPOSED_BODY_BYTES);
    let Some(rest) = cx.body.get(end..stop).and_then(|r| r.strip_prefix(',')) else { return false };
    let Some((apposition, _)) = rest.split_once(',') else { return false };
    let words: Vec<&str> = apposition.split_whitespace().collect();
    let led = words.first().is_some_and(|w| word_classes::INDEFINITE_LEADS.contains(w));
    let head =
        words.iter().take_while(|w| !PREPOSITIONS.contains(w)).last().filter(|h| h.starts_with(char::is_lowercase));
    led && words.len() <= APPOSED_BODY_WORDS && head.is_some_and(|h| lex.is_body_noun(h))
}

/// The most words of a body's description in apposition read by [`apposed_body`].
const APPOSED_BODY_WORDS: usize = 6;

/// The most bytes after a subject [`apposed_body`] reads for its apposition.
const APPOSED_BODY_BYTES: usize = 80;

/// True when `words` name a company: capitalised words ending in a company suffix or head
/// ("Harris Corp", "Smith Barney, Harris Upham and Co").
fn is_company(words: &[&str]) -> bool {
    words.len() >= 2
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || *w == "and" || *w == "&")
        && words
            .last()
            .map(|w| w.trim_end_matches('.'))
            .is_some_and(|w| COMPANY_SUFFIXES.contains(&w) || word_classes::COMPANY_HEADS.contains(&w))
}

/// True when sentence `k`, whose subject lies at `subject`, has a speech verb after it
/// outside quotations ("Stuart Cohen, chief executive of …, said the move …").
/// Found once per sentence (`subject` is always its subject, [`subject_of`]).
fn reports_speech(k: usize, subject: &Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let scan = || {
        cx.tokens.within(subject.end..cx.sentences[k].end).iter().any(|t| {
            t.word && !t.is_capitalized() && !super::quotes::inside(cx.quoted, t.start) && lex.is_speech_verb(t.text)
        })
    };
    match cx.subjects.1.get(k) {
        Some(cell) => *cell.get_or_init(scan),
        None => scan(),
    }
}

/// What "it said" refers to when no known organisation is near: the subject of one of the
/// sentences before that names a company ("Harris Corp said … It said orders …"), or the
/// latest subject led by "the" when it is a name no person nor country bears ("The BPI is
/// quick to condemn … '…,' it said": "BPI", the article dropped); not past a subject that
/// names a person or describes a thing ("The magazine staff compiled …").
fn subject_institution(at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let here = sentence_holding(at, cx)?;
    let mut named_open = true;
    (here.saturating_sub(PRONOUN_REACH)..here).rev().find_map(|k| {
        let subject = subject_of(k, cx, lex)?;
        let words: Vec<&str> = cx.body[subject.clone()].split_whitespace().collect();
        if is_company(&words) {
            return Some(words.join(" "));
        }
        let person = cx.persons.first_within(subject, None, cx.quoted).is_some();
        let (the, name) = words.split_first()?;
        let open = named_open;
        named_open = open && !person && !the.eq_ignore_ascii_case("the");
        let named = open
            && !person
            && the.eq_ignore_ascii_case("the")
            && !name.is_empty()
            && name.len() <= NAME_WORDS
            && name.iter().all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['\'', '\u{2019}']))
            // "The Bank said …": a body's common noun capitalised names none.
            && !matches!(name, [w] if lex.is_org_word(&w.to_lowercase()));
        let name = name.join(" ");
        (named && lex.find_country(&name).is_none() && !lex.is_place_name(&name)).then_some(name)
    })
}

/// The person "he" or "she" at `at` refers to: the first person (the subject, in English
/// word order) of a compatible gender named in this sentence before the pronoun or in one
/// of the sentences before it, outside quotations; else the last person named before,
/// outside quotations and before the words the pronoun reports.
/// A pronoun that is itself its sentence's subject ("At a dinner hosted by Gordon Brown,
/// he said") looks only at the sentences before.
fn antecedent(at: usize, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    antecedent_except(at, gender, None, None, cx, lex)
}

/// The canonical speaker of the full quotation `spoken` (its words, marks excluded) for the
/// mention found at `at`: as [`resolve_speaker`], but a pronoun never goes to a person the
/// quotation speaks of in the third person (`speaks_of`).
pub fn resolve_quote_speaker(
    mention: &str,
    at: usize,
    spoken: Range<usize>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<String> {
    let Some(gender) = pronoun_gender(mention) else { return resolve_speaker(mention, at, cx, lex) };
    let found = antecedent_except(at, Some(gender), Some(spoken.clone()), None, cx, lex)?;
    if !speaks_of_pronoun(spoken.clone(), gender, cx) || !silent_topic(&found, at, cx, lex) {
        return Some(found);
    }
    // "Coach Bob Dyer warned that Sam Burr needed a break. Burr, 21, has struggled of late.
    // "It's his first year and he was phenomenal," he said": the quotation speaks of one
    // "he", the one named last, who said nothing and was named after an earlier person as
    // that person's topic; the "he" who speaks is that earlier person.
    let other = antecedent_except(at, Some(gender), Some(spoken), Some(&found), cx, lex);
    match other {
        Some(other) if topic_of(&found, &other, at, cx) => Some(other),
        _ => Some(found),
    }
}

/// True when the quotation `spoken` speaks of someone of `gender` in the third person
/// ("he was phenomenal", "his first year", "he's played"), outside a quotation within it.
fn speaks_of_pronoun(spoken: Range<usize>, gender: Gender, cx: &Context<'_>) -> bool {
    let words = match gender {
        Gender::Female => word_classes::FEMALE_PRONOUNS,
        Gender::Male => word_classes::MALE_PRONOUNS,
    };
    // "he's", "she'd": the pronoun before a contraction.
    let pronoun = |t: &str| words.contains(&t.split(['\'', '\u{2019}']).next().unwrap_or(t));
    cx.tokens.within(spoken).iter().any(|t| t.word && pronoun(t.text))
}

/// True when `person` was last named in the sentence right before the one holding `at`, or
/// before quoted sentences only, a sentence that reports no speech outside quotations
/// ("Burr, 21, has struggled for form."): a topic, not a speaker.
fn silent_topic(person: &str, at: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let sentence_of = |pos: usize| sentence_holding(pos, cx);
    let Some(k) = cx.persons.last_mention_of(person, at).and_then(sentence_of) else { return false };
    // Right before, or before quoted sentences only (`… of late. "It's his first year …
    // "…," he said`: the same voice going on).
    let Some(here) = sentence_of(at).filter(|&here| here > k && here - k <= PRONOUN_REACH) else { return false };
    if !(k + 1..here).all(|j| super::quotes::inside(cx.quoted, cx.sentences[j].start)) {
        return false;
    }
    !cx.tokens
        .within(cx.sentences[k].clone())
        .iter()
        .any(|t| t.word && lex.is_speech_verb(t.text) && !super::quotes::inside(cx.quoted, t.start))
}

/// True when `speaker` came in before `topic` as the one acting on them: a sentence names
/// `speaker`, not as an owner, and then `topic` ("Coach Bob Dyer warned that Sam Burr
/// needed a break"), and the sentence that names `speaker` last before `at` names `topic`
/// too ("Burr was dropped - a move Dyer has backed"); not an opponent quoted before
/// (""…," said Dementieva. Williams was disappointed.").
fn topic_of(topic: &str, speaker: &str, at: usize, cx: &Context<'_>) -> bool {
    let topics = cx.persons.mentions_of_name(topic);
    let sentence_of = |pos: usize| sentence_holding(pos, cx);
    // The mention's capitalised words, the last of which may own: "Cash's career".
    let owner = |pos: usize| {
        let words = cx.body[pos..].split_whitespace().take(NAME_WORDS + 1);
        words.take_while(|w| w.starts_with(char::is_uppercase)).any(is_possessive_word)
    };
    let mentions = cx.persons.mentions_of_name(speaker);
    let speakers: Vec<usize> = mentions[..mentions.partition_point(|&pos| pos < at)].to_vec();
    let Some(&last) = speakers.last().filter(|&&last| !owner(last)) else { return false };
    let names_topic = |k: usize, from: usize| {
        let s = &cx.sentences[k];
        let first = topics.partition_point(|&t| t < from);
        topics.get(first).is_some_and(|&t| t < s.end.min(at))
    };
    let last_names_topic = sentence_of(last).is_some_and(|k| names_topic(k, cx.sentences[k].start));
    last_names_topic
        && speakers.iter().any(|&pos| !owner(pos) && sentence_of(pos).is_some_and(|k| names_topic(k, pos + 1)))
}

/// True for a word that ends in a possessive, punctuation after it aside ("Cash's,").
fn is_possessive_word(word: &str) -> bool {
    strip_possessive(word.trim_end_matches([',', '.', ';', ':'])).is_some()
}

/// As [`antecedent`], passing over `skip` and the persons the quotation `spoken` names in
/// the third person: whom a speaker talks about by name ("Andy would be a hard act to follow," he
/// said) is not who is talking, so the next candidate the salience order gives comes first.
fn antecedent_except(
    at: usize,
    gender: Option<Gender>,
    spoken: Option<Range<usize>>,
    skip: Option<&str>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<String> {
    let speaks_of =
        |name: &str| skip == Some(name) || spoken.clone().is_some_and(|q| speaks_of(name, q, gender, cx, lex));
    let named = |name: &str| (!speaks_of(name)).then(|| name.to_owned());
    // Sentences are in text order: find the one holding `at` by binary search.
    let here = sentence_holding(at, cx);
    // Where the last person named before may stand: before the words the pronoun reports.
    let mut before = at;
    if let Some(here) = here {
        let (limit, subject, is_subject) = pronoun_sentence(here, at, cx, lex);
        before = limit.min(at);
        // "Lazar said he …": the subject before the pronoun, not a name in the introduction.
        // A subject the quotation speaks of ("Sean Long … has expressed doubts. "I think
        // Sean's situation is …," he said") leaves the sentence's other names, objects and
        // owners, below the subject of the sentence before.
        let person = subject.clone().filter(|span| span.end <= limit).and_then(|span| subject_person(span, gender, cx));
        let ruled_out = person.is_some_and(speaks_of);
        if let Some(name) = person.filter(|_| !ruled_out) {
            return named(name);
        }
        // "The former GM executive says closures are likely, but he adds, "…," he says": a
        // description of one source, the pronoun's own subject, is whom it stands for.
        if let Some(span) = subject.filter(|span| person.is_none() && gender.is_some() && span.end <= limit)
            && let Some(source) = described_subject(span, gender, cx, lex)
        {
            return Some(source);
        }
        let last = if is_subject || ruled_out { here.checked_sub(1) } else { Some(here) };
        let continues = pronoun_cue(at, cx).is_some_and(|cue| word_classes::CONTINUING_CUES.contains(&cue));
        let mut unnamed = None;
        for k in last.into_iter().flat_map(|last| (here.saturating_sub(PRONOUN_REACH)..=last).rev()) {
            let s = &cx.sentences[k];
            let end = if k == here { limit } else { s.end };
            if k != here {
                match earlier_sentence(k, gender, cx, lex, &speaks_of) {
                    Step::Found(found) => return Some(found),
                    Step::Done(found) => return found,
                    Step::Back => continue,
                    Step::Unnamed(span) => {
                        unnamed.get_or_insert((k, span));
                        continue;
                    }
                    Step::Names => {}
                }
            }
            if let Some(name) = first_named(s.clone(), end, gender, cx, |name| !speaks_of(name)) {
                // "Peter Hain warned of complacency. Voters could see Michael Howard win. "…,"
                // he added": one who goes on speaking spoke before; a name in a sentence that
                // reports no speech, and not its subject, gives way to the last one who did.
                let speaker = (k != here && continues && !reports_any_speech(k, cx, lex))
                    .then(|| last_speaker(here.saturating_sub(PRONOUN_REACH)..k, gender, cx, lex, &speaks_of))
                    .flatten();
                return speaker.or_else(|| named(name));
            }
        }
        // "The diplomat said …, since the resignation of Hu Yaobang. He said …": the source
        // the search found no name for, not the last name before.
        if let Some(source) = unnamed.and_then(|(k, span)| unnamed_source(k, span, at, gender, cx, lex)) {
            return Some(source);
        }
    }
    // "If voters stay at home they could see Michael Howard "in Number 10", he added": a
    // person named in the words the pronoun reports is what was said, not who said it.
    let last = cx.persons.last_before_outside(before, gender, cx.quoted);
    match last.or_else(|| cx.persons.last_before(before, gender)) {
        Some(person) => named(person),
        None => here.and_then(|here| {
            unnamed_subject(here, gender, cx, lex).or_else(|| named_subject_of_other_gender(here, gender, cx, lex))
        }),
    }
}

/// When nobody named before "he" or "she" at sentence `here` may be of its `gender`: the
/// person subject of the nearest sentence before (within [`PRONOUN_REACH`]) whose gender
/// only a given name of both genders suggested (`[unisex_given_names]`), or whose given name
/// is of the pronoun's gender, no title ("Chris Callies of Dean Witter said. But she
/// said …": "Chris" is listed as a man's name, and women bear it too); none past a nearer
/// subject that describes an unnamed source ("a Seaway official").
fn named_subject_of_other_gender(
    here: usize,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<String> {
    gender?;
    for k in (here.saturating_sub(PRONOUN_REACH)..here).rev() {
        // "A spokesman at Anacomp said …. She would not say …", "…, a Seaway official
        // said": an unnamed source, nearer, whom the text gives no name.
        if earlier_facts(k, None, cx, lex).source.is_some() {
            return None;
        }
        let Some(subject) = subject_of(k, cx, lex) else { continue };
        let head = head_word(cx.body[subject.clone()].split_whitespace()).unwrap_or_default();
        if head.starts_with(char::is_lowercase) && lex.is_role_noun(head) {
            return None;
        }
        // A name, not a thing a name qualifies ("The St Lawrence Seaway").
        let determined = cx.body[subject.clone()]
            .split_whitespace()
            .next()
            .is_some_and(|w| word_classes::DETERMINERS.contains(&w.to_lowercase().as_str()));
        if let Some(person) = subject_person(subject, None, cx).filter(|_| !determined) {
            // A name women and men both bear, or one of the pronoun's gender that the text
            // was read against ("Hugh Richards … Richards says she must …"): not "Tom Smith
            // … "…," she said", someone the article never names.
            let given = person.split_whitespace().next().unwrap_or_default();
            let unisex = word_classes::UNISEX_GIVEN_NAMES.contains(&given.to_lowercase().as_str());
            let agrees = lex.gender_of(given) == gender;
            return ((unisex || agrees) && !cx.persons.is_titled(person)).then(|| person.to_owned());
        }
    }
    None
}

/// The reporting verb of the pronoun at `at`, or of the pronoun right after the quotation
/// that opens at `at` (a comma aside), lower case: "added" of "he added" and of
/// `"…," he added`.
fn pronoun_cue<'a>(at: usize, cx: &Context<'a>) -> Option<&'a str> {
    let rest = after_quotation(at, cx).unwrap_or(&cx.body[at..]);
    let mut words = rest.split_whitespace();
    let pronoun = words.next()?;
    let written = words.next()?;
    let verb = written.trim_end_matches(|c: char| !c.is_alphabetic());
    // A cue, not "he added trucks": punctuation, "that" or a quotation next.
    let next = words.next().unwrap_or_default();
    let cues = verb.len() < written.len() || next == "that" || next.starts_with(['"', '\u{201c}', '\'']);
    (pronoun_gender(pronoun).is_some() && cues).then_some(verb)
}

/// True when sentence `k` has a reporting verb outside quotations, anywhere in it, or
/// "according to" ("…, according to Q editor Paul Rees").
fn reports_any_speech(k: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let toks = cx.tokens.within(cx.sentences[k].clone());
    toks.iter().enumerate().any(|(i, t)| {
        let according = t.text.eq_ignore_ascii_case("according") && toks.get(i + 1).is_some_and(|n| n.text == "to");
        t.word && !super::quotes::inside(cx.quoted, t.start) && (lex.is_speech_verb(t.text) || according)
    })
}

/// The last person of `gender` who speaks in the sentences `sentences`: named right at a
/// reporting verb ([`last_speaking`]) or the person subject of a sentence that reports
/// speech ("Commons leader Peter Hain has warned …"); persons `speaks_of` takes are passed
/// over.
fn last_speaker(
    sentences: Range<usize>,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
    speaks_of: &dyn Fn(&str) -> bool,
) -> Option<String> {
    sentences.rev().find_map(|j| {
        let speaking = earlier_facts(j, gender, cx, lex).speaking.filter(|name| !speaks_of(name));
        speaking.or_else(|| {
            let subject = subject_of(j, cx, lex).filter(|span| reports_speech(j, span, cx, lex))?;
            subject_person(subject, gender, cx).filter(|name| !speaks_of(name)).map(str::to_owned)
        })
    })
}

/// The unnamed source a definite description `span`, subject of sentence `k`, stands for
/// ("The diplomat said …"), when the search back found no name for a pronoun at `at`: as
/// written, unless it resolves to a person of the article, or the last person named before
/// is named in its subject ("The Secretary of State, Tessa Jowell, said"); a name after its
/// cue ("… since the resignation of Hu Yaobang") is what the source spoke of.
fn unnamed_source(
    k: usize,
    span: Range<usize>,
    at: usize,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<String> {
    // One source ("the chief executive of a car maker"), not "The plight of a farmer".
    let lowered = cx.body[span.clone()].to_lowercase();
    let head = head_word(lowered.split_whitespace());
    if !head.is_some_and(|h| lex.is_role_noun(h)) {
        return None;
    }
    let source = resolve_speaker(&cx.body[span.clone()], span.start, cx, lex)?;
    if cx.persons.contains(&source) {
        return None;
    }
    let Some(pos) = cx.persons.last_before(at, gender).and_then(|last| cx.persons.last_mention_of(last, at)) else {
        return Some(source);
    };
    let s = &cx.sentences[k];
    let cue = cx.tokens.within(span.end..s.end).iter().find(|t| t.word && lex.is_speech_verb(t.text)).map(|t| t.start);
    let in_subject = pos >= s.start && cue.is_none_or(|c| pos < c);
    (!in_subject).then_some(source)
}

/// When the article names nobody "he" or "she" can be: the definite description of one
/// source that is the subject of one of the sentences before sentence `here` ("The
/// spokesman said he was not aware of any charge. "…," he said."), resolved as written.
fn unnamed_subject(here: usize, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    (here.saturating_sub(PRONOUN_REACH)..here).rev().find_map(|k| {
        let subject = subject_of(k, cx, lex)?;
        let text = collapse_whitespace(&cx.body[subject.clone()]);
        let lowered = text.to_lowercase();
        // One source, not "The plight of a farmer".
        (!has_preposition(&lowered) && definite_person(&lowered, gender, lex))
            .then(|| resolve_speaker(&text, subject.start, cx, lex))?
    })
}

/// True when `sentence` reports its words by a personal pronoun of `gender` after a comma,
/// outside quotations ("…, he said.", "…, he told activists."); not a pronoun in a
/// subordinate clause ("the 20 billion dlrs he estimates is needed").
fn pronoun_reports(sentence: Range<usize>, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let toks = cx.tokens.within(sentence);
    toks.windows(3).any(|w| {
        w[0].is(',')
            && w[2].word
            && pronoun_gender(w[1].text) == gender
            && lex.is_speech_verb(w[2].text)
            && !super::quotes::inside(cx.quoted, w[1].start)
    })
}

/// A subject span that stops inside an organisation's name ("A Department" of "A Department
/// for Constitutional Affairs spokeswoman said …") run on through the name to the role noun
/// that ends it: the name is a modifier, the role its head, the one who speaks.
fn through_name(subject: Range<usize>, sentence_end: usize, cx: &Context<'_>, lex: &Lexicon) -> Range<usize> {
    let toks = cx.tokens.within(subject.end..sentence_end.max(subject.end));
    let opens = toks.first().is_some_and(|t| t.word && matches!(t.text, "for" | "of" | "and"));
    let name = toks.iter().skip(1).take(THROUGH_NAME_WORDS).take_while(|t| t.is_capitalized()).count();
    match toks.get(1 + name) {
        Some(head) if opens && name > 0 && !head.is_capitalized() && lex.is_role_noun(head.text) => {
            subject.start..head.start + head.text.len()
        }
        _ => subject,
    }
}

/// The most words of an organisation's name [`through_name`] reads past a subject.
const THROUGH_NAME_WORDS: usize = 6;

/// The first person of a compatible gender named in `sentence` before `end` (the pronoun or
/// the sentence's end) that `keep` takes, past an opening phrase and an agent, a name in a
/// concessive aside last: "Ireland, despite having Gordon D'Arcy still out injured, have
/// been boosted by the return of … Brian O'Driscoll".
fn first_named<'a>(
    sentence: Range<usize>,
    end: usize,
    gender: Option<Gender>,
    cx: &Context<'a>,
    keep: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    let opening = past_opening_phrase(sentence.clone(), cx);
    let from = opening.min(end);
    let aside = if from == opening { aside_before(&sentence, from, end, cx) } else { concessive_aside(from..end, cx) };
    let aside = aside.unwrap_or(end..end);
    let first = |range: Range<usize>| cx.persons.first_within_not_agent(cx.body, range, gender, cx.quoted, &keep);
    first(from..aside.start).or_else(|| first(aside.end..end)).or_else(|| first(aside))
}

/// True when the quotation `spoken` speaks of the person `name` (canonical) in the third
/// person, by one word of their name, their surname or given name alone or after a title
/// that agrees ("Andy would be a hard act to follow", "I think Sean's situation is …", "I
/// said to Harry …", "Mr Howard"): nobody calls themselves so. A full name is not enough
/// (a public figure may name himself in full: "they say Bernie Sanders should drop out"),
/// nor a word of a longer name ("Trump Tower", "Jane Smith" beside John Smith); a word
/// that opens a sentence counts only when it is a known given name ("Long may it last").
fn speaks_of(name: &str, spoken: Range<usize>, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let own = &words[lex.title_len(&words).min(words.len())..];
    let (Some(given), Some(surname)) = (own.first(), own.last()) else { return false };
    let toks = cx.tokens.within(spoken);
    let capitalised_word = |t: &crate::extract::tokens::Token<'_>| t.is_capitalized();
    toks.iter().enumerate().any(|(i, t)| {
        let word = t.base();
        let is_name = word == *surname || (own.len() > 1 && word == *given);
        if !is_name || !t.is_capitalized() {
            return false;
        }
        // "Trump Tower", "Donald Trump": part of a longer name.
        if toks.get(i + 1).is_some_and(|n| capitalised_word(n) && !t.is_possessive()) {
            return false;
        }
        let before = i.checked_sub(1).map(|j| &toks[j]);
        match before {
            Some(b) if capitalised_word(b) => {
                lex.is_honorific(b.text) && lex.gender_of(b.text).is_none_or(|g| gender.is_none_or(|want| want == g))
            }
            Some(b) if b.word => true,
            // Opening the quotation or one of its sentences.
            _ => lex.is_given_name(word),
        }
    })
}

/// What one sentence before the pronoun's (sentence `k`) gives for its antecedent.
enum Step {
    /// The antecedent.
    Found(String),
    /// The end of the search: an unnamed source's resolution, found or not.
    Done(Option<String>),
    /// Nothing here: the search goes on to the sentence before.
    Back,
    /// The sentence's names, in order, are the candidates.
    Names,
    /// A definite description of one unnamed source is its subject ("The diplomat said …"):
    /// the search goes on back for whom it names, and falls back on it, not on the last
    /// name before, when it finds nobody.
    Unnamed(Range<usize>),
}

/// What sentence `k` gives a pronoun of `gender` after it ([`Earlier`]): found once per
/// sentence and gender, however many quotations' pronouns look back to it.
fn earlier_facts(k: usize, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> Earlier {
    let key = gender_key(k, gender);
    if let Some(found) = cx.subjects.2.borrow().get(&key) {
        return found.clone();
    }
    let s = &cx.sentences[k];
    let found = Earlier {
        // A missed name only in a sentence whose subject is no person: "Charles Andrew, an
        // analyst … of Greenwich, Conn said …" is Andrew's.
        speaking: last_speaking(s.clone(), gender, !subject_names_person(k, cx, lex), cx, lex).map(str::to_owned),
        source: inverted_source(k, gender, cx, lex),
        reports: gender.is_some() && pronoun_reports(s.clone(), gender, cx, lex),
    };
    cx.subjects.2.borrow_mut().insert(key, found.clone());
    found
}

/// True when the subject of sentence `k` names a person of the article.
fn subject_names_person(k: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    subject_person_of(k, cx, lex).is_some()
}

/// The key of sentence `k` and `gender` in the caches of [`Subjects`].
fn gender_key(k: usize, gender: Option<Gender>) -> (usize, u8) {
    (k, gender.map_or(0, |g| g as u8 + 1))
}

/// What sentence `k`, before the pronoun's, gives "he" or "she" of `gender` (persons
/// `speaks_of` takes are passed over): the last person it has speaking, an inverted cue's
/// unnamed source, its subject, or else its names ([`Step`]).
fn earlier_sentence(
    k: usize,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
    speaks_of: &dyn Fn(&str) -> bool,
) -> Step {
    let s = &cx.sentences[k];
    let earlier = earlier_facts(k, gender, cx, lex);
    // "Matt Williams' side has shown little, but Johnson insisted …. "…," he said":
    // the last person the sentence has speaking comes first.
    if let Some(name) = earlier.speaking.filter(|name| !speaks_of(name)) {
        return Step::Found(name);
    }
    // `"…," says one source. He adds:`: the unnamed source of an inverted cue.
    if let Some(source) = earlier.source {
        return Step::Done(resolve_speaker(&cx.body[source.clone()], source.start, cx, lex));
    }
    // "Besides Baker's public statements, trade tensions … had also caused the dollar's
    // fall, he said.": the names in words the same pronoun reports are what was said,
    // not whom it is about, who is further back; unless one is the subject, someone
    // speaking of himself ("Chris Shays was pro John Kasich, he said").
    if gender.is_some() && earlier.reports {
        let own = subject_of(k, cx, lex)
            .filter(|span| !cx.body[span.clone()].contains(['\'', '\u{2019}']))
            .and_then(|span| subject_person(span, gender, cx));
        match own {
            Some(name) if !speaks_of(name) => return Step::Found(name.to_owned()),
            _ => return Step::Back,
        }
    }
    if let Some(subject) = subject_of(k, cx, lex).map(|span| through_name(span, s.end, cx, lex)) {
        // A sentence about "he" too refers further back; one about a named person
        // gives that person, not someone named in an introductory phrase.
        let word = cx.body[subject.clone()].to_lowercase();
        if PERSONAL.contains(&word.as_str()) {
            return Step::Back;
        }
        // "President Castro's chief aide said it was necessary. "…," he said": an owner's
        // role is someone else than the owner, the source as written.
        // Named in apposition ("Ms Jowell's deputy, Richard Caborn, said"), the name.
        if owned_role(subject.clone(), gender, cx, lex) {
            return apposed_or_described(subject, cx, lex);
        }
        match subject_person(subject.clone(), gender, cx) {
            Some(name) if speaks_of(name) => return Step::Back,
            Some(name) => return Step::Found(name.to_owned()),
            None => {}
        }
        // "The Scot initially defended Beattie, … saying Gallas overreacted. But he has had a
        // rethink": a nationality standing for someone met before is whom "he" is about.
        if let Some(step) = nationality_subject(subject.clone(), gender, cx, lex, speaks_of) {
            return step;
        }
        // "Strachan told the BBC. Club director Terry Brady met him. The former Scotland
        // international added that …": a description going on with what was said is the
        // last person speaking before it, not whom the sentences between name.
        if let Some(name) = continuing_description(k, &word, subject.end, gender, cx, lex).filter(|n| !speaks_of(n)) {
            return Step::Found(name.to_owned());
        }
        // "And the French international defender believes Mourinho is …. "…," he
        // said": a definite description of someone met before is whom "he" is
        // about, not the names the sentence goes on to; the role's one holder,
        // else whom the sentences before are about.
        match definite_person(&word, gender, lex)
            .then(|| sentence_definite_subject(k, &word, subject.clone(), gender, cx, lex))
        {
            Some(Some(name)) if !speaks_of(&name) => return Step::Found(name),
            Some(Some(_)) => {}
            Some(None) => return Step::Unnamed(subject),
            None => {}
        }
        // "The 27-year-old, who captained St Helens …, said following in the footsteps of
        // Farrell would be a challenge": an age standing for someone met before is whom "he"
        // is about, not the names the sentence goes on to.
        if is_age_epithet(&word) {
            return Step::Back;
        }
        if let Some(step) = source_subject(s.start, subject, &word, gender, cx, lex) {
            return step;
        }
    }
    Step::Names
}

/// Whom the description of one person at `subject`, an earlier sentence's subject, names:
/// the name set off by commas after it ("Ms Jowell's deputy, Richard Caborn, said", "One
/// woman, Mara Quell, found her sister"), else the description resolved as a mention.
fn apposed_or_described(subject: Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> Step {
    match apposed_name(subject.end, cx) {
        Some(name) => Step::Found(name),
        None => Step::Done(resolve_speaker(&cx.body[subject.clone()], subject.start, cx, lex)),
    }
}

/// For the subject `subject` (lower case `word`) of an earlier sentence starting at
/// `start`, when it describes one unnamed source ("But a spokesman for the Home Office
/// defended the proposals. He said: …"): the source, resolved as written, or the name set
/// off in apposition to it ("One woman, Ana Ruiz, found her sister"). Not an apposition
/// after a cue (`said Quentin Kidd, a political scientist`); an opening phrase ("On
/// Monday,") may stand before the subject.
fn source_subject(
    start: usize,
    subject: Range<usize>,
    word: &str,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<Step> {
    let apposed = cx
        .tokens
        .within(start..subject.start)
        .iter()
        .any(|t| t.word && !super::quotes::inside(cx.quoted, t.start) && lex.is_speech_verb(t.text));
    if apposed || !described_source(word, gender, lex) {
        return None;
    }
    Some(apposed_or_described(subject, cx, lex))
}

/// For a nationality subject `subject` of an earlier sentence ("The Scot", [`is_nationality`]):
/// whom it stands for, met before, when of `gender` and not spoken of; else the search goes
/// on back. `None` for any other subject.
fn nationality_subject(
    subject: Range<usize>,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
    speaks_of: &dyn Fn(&str) -> bool,
) -> Option<Step> {
    // The subject's span may run on over an adverb before the verb ("The Scot initially").
    let text = &cx.body[subject.clone()];
    let words: Vec<&str> = text.split_whitespace().collect();
    let adverbs = words.iter().skip(2).all(|w| w.ends_with("ly") && w.starts_with(char::is_lowercase));
    let text = words.get(..2).map(|w| w.join(" ")).unwrap_or_default();
    // "The Kenyans have …", "The Chinese are …": a nationality with a verb in the plural
    // after it is a people, no one person.
    let plural = plural_verb_after(&cx.body[subject.clone()], subject.start, cx);
    // "The Frenchwoman …. "…," he said" is someone else.
    let other_gender = gender.zip(epithet_gender(&text)).is_some_and(|(g, e)| g != e);
    if !adverbs || plural || other_gender || !is_one_national(&text, lex) {
        return None;
    }
    let agrees = |name: &String| gender.is_none_or(|g| cx.persons.may_be(name, g)) && !speaks_of(name);
    Some(resolve_speaker(&text, subject.start, cx, lex).filter(agrees).map_or(Step::Back, Step::Found))
}

/// For sentence `k`, whose subject (lower case `lowered`, ending at `end`) is a definite
/// description of a person ("the former Scotland international", an epithet or a role) and
/// goes on with a continuing cue ("added", [`word_classes::CONTINUING_CUES`]): the last person
/// of `gender` speaking in the sentences before, within [`PRONOUN_REACH`].
fn continuing_description<'a>(
    k: usize,
    lowered: &str,
    end: usize,
    gender: Option<Gender>,
    cx: &Context<'a>,
    lex: &Lexicon,
) -> Option<&'a str> {
    let mut after = cx.body[end..cx.sentences[k].end].split_whitespace();
    let mut verb = after.next()?;
    // A head the subject's span stopped before ("the former Scotland" of "the former Scotland
    // international added"): a lower-case epithet head right before the cue.
    let head = word_classes::EPITHET_HEADS.contains(&verb).then(|| format!("{lowered} {verb}"));
    if head.is_some() {
        verb = after.next()?;
    }
    let lowered = head.as_deref().unwrap_or(lowered);
    let rest: Vec<&str> = lowered.strip_prefix("the ")?.split_whitespace().collect();
    if !word_classes::CONTINUING_CUES.contains(&verb)
        || !(definite_person(lowered, gender, lex) || is_epithet(&rest, lex))
    {
        return None;
    }
    (k.saturating_sub(PRONOUN_REACH)..k)
        .rev()
        .find_map(|j| last_speaking(cx.sentences[j].clone(), gender, false, cx, lex))
}

/// The speaker of a description of one unnamed source of `gender` ("a spokesman", "the
/// former GM executive" after "one former GM human relations executive") written at
/// `span`, resolved as a mention there; `None` for anything else.
fn described_subject(span: Range<usize>, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> Option<String> {
    let text = collapse_whitespace(&cx.body[span.clone()]);
    let lowered = text.to_lowercase();
    // One person: not "the home of a Berlin man".
    let prepositional = has_preposition(&lowered);
    // A definite one only for a source brought in before ("one former GM human relations
    // executive"): else it may be someone named before, whom the search goes on to find.
    let again = || {
        let head = lowered.split_whitespace().last().unwrap_or_default();
        definite_person(&lowered, gender, lex) && cx.scans.introduced_before(head, span.start, lex)
    };
    if prepositional || !(described_source(&lowered, gender, lex) || again()) {
        return None;
    }
    resolve_speaker(&text, span.start, cx, lex)
}

/// True when a word of `text` is a preposition: a phrase about something ("The plight of a
/// farmer"), not one person or group.
fn has_preposition(text: &str) -> bool {
    text.split_whitespace().any(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()))
}

/// True for a definite description that is a person's age ("the 27-year-old", "the
/// veteran 34-year-old"), lower case.
fn is_age_epithet(lowered: &str) -> bool {
    let words: Vec<&str> = lowered.split_whitespace().collect();
    let aged = words.last().and_then(|w| w.strip_suffix("-year-old")).is_some_and(|n| {
        !n.is_empty() && (n.chars().all(|c| c.is_ascii_digit()) || n.chars().all(|c| c.is_alphabetic() || c == '-'))
    });
    words.first() == Some(&"the") && words.len() <= 3 && aged
}

/// For the pronoun at `at` in sentence `here`: where its antecedent may lie in the sentence
/// (before `limit`), the sentence's subject, and whether the pronoun is itself that subject
/// or reports the whole sentence before it (then only the sentences before hold it).
fn pronoun_sentence(here: usize, at: usize, cx: &Context<'_>, lex: &Lexicon) -> (usize, Option<Range<usize>>, bool) {
    let reported = reported_words(here, at, cx, lex);
    let limit = reported.flatten().unwrap_or(at);
    // After an opening phrase, the phrase holds no subject ("But standing beside Mr Hale").
    let whole = reported == Some(None) || after_opening_phrase(here, at, cx, lex);
    let subject = if whole { None } else { subject_of(here, cx, lex) };
    let is_subject = whole || subject.as_ref().is_some_and(|span| span.start == at);
    (limit, subject, is_subject)
}

/// True when "he" or "she" at `at` follows an opening phrase of its sentence that no comma
/// closes ([`super::phrases::unclosed_opening_phrase`]), of at most
/// [`OPENING_PHRASE_TOKENS`]: "But standing next to Mr Blair he added …" is about whom the
/// sentences before name, not Blair.
fn after_opening_phrase(here: usize, at: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let nominative = cx.body[at..].split_whitespace().next().is_some_and(|w| matches!(w, "he" | "she" | "He" | "She"));
    if !nominative {
        return false;
    }
    let before = cx.tokens.within(cx.sentences[here].start..at);
    if before.len() > OPENING_PHRASE_TOKENS {
        return false;
    }
    let toks: Vec<_> = before.iter().filter(|t| !super::quotes::inside(cx.quoted, t.start)).copied().collect();
    super::phrases::unclosed_opening_phrase(&toks, lex)
}

/// `Some` when the pronoun at `at` (in sentence `here`) is cued after a comma and so reports
/// the words before it ("The image simply portrayed Mr Howard as a hypnotist, he argued."),
/// which hold no antecedent: back to the sentence's last cue before it (`Some(Some(start))`:
/// "Robby Mook acknowledged … Sanders had split …, which is an outcome, he said"), or the
/// whole sentence before it (`Some(None)`). A pronoun cued after a quotation is looked up
/// from the quotation's start (`at`); with no cue before the quotation, it reports the words
/// before the quotation as well, back to the sentence's start: in `He hoped Jay-Z would
/// "take the label further", he added`, Jay-Z is what was said, not who said it.
fn reported_words(here: usize, at: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<Option<usize>> {
    let cued = |rest: &str| {
        rest.split_whitespace().nth(1).is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
            lex.is_speech_verb(w)
        })
    };
    let reporting = cx.body[..at].trim_end().ends_with(',') && cued(&cx.body[at..]);
    let start = cx.sentences[here].start;
    let toks = cx.tokens.within(start..at);
    let cue =
        toks.iter().rev().find(|t| t.word && !super::quotes::inside(cx.quoted, t.start) && lex.is_speech_verb(t.text));
    if reporting {
        return Some(cue.map(|t| t.start));
    }
    // The words before the quotation run on into it: not after a colon, after which it
    // stands alone (`Ann Ode saw it otherwise: "…," she said`), nor after a stop the
    // sentences missed (`said Ann Ode of Ode Inc. "…," she said`, `magazine."We …`); a cue
    // before the quotation leaves its names to the search.
    // Only a quotation that follows a word goes on from the words before it (`would "take
    // the label further"`): after a dash, a semicolon or a comma it stands alone ("Jim Hale
    // was in defiant mood - "I will be back," he said").
    let runs_on = cx.body[start..at].trim_end().ends_with(char::is_alphanumeric);
    let end = cx.sentences[here].end;
    let reported = quotation_reported_by_pronoun(at, cx, &cued) || sentence_closed_by_pronoun_cue(at, end, cx, &cued);
    (cue.is_none() && at > start && runs_on && reported).then_some(Some(start))
}

/// True when the sentence that a quotation opening at `at` sits in (it ends at `end`) closes
/// with "he" or "she" and a reporting verb after a comma, and nothing but words of the
/// reported clause between (no other quotation): `But Mr Blair had been "hurt" by the
/// row, he added`, whose pronoun reports the whole clause, Blair included.
fn sentence_closed_by_pronoun_cue(at: usize, end: usize, cx: &Context<'_>, cued: &dyn Fn(&str) -> bool) -> bool {
    let Some(i) = quotation_at(at, cx).filter(|&i| cx.quoted[i].end < end) else { return false };
    if cx.quoted.get(i + 1).is_some_and(|next| next.start < end) {
        return false;
    }
    // The cue may run on past its verb ("…, he said on Monday.", "…, he told reporters.").
    let Some((_, tail)) = cx.body[cx.quoted[i].end..end].rsplit_once(',') else { return false };
    let pronoun = tail.split_whitespace().next().unwrap_or_default();
    matches!(pronoun, "he" | "she") && cued(tail)
}

/// The index in `cx.quoted` of the quotation that opens at `at`, if one does.
fn quotation_at(at: usize, cx: &Context<'_>) -> Option<usize> {
    let i = cx.quoted.partition_point(|q| q.start < at);
    cx.quoted.get(i).is_some_and(|q| q.start == at).then_some(i)
}

/// True when a quotation opens at `at` and "he" or "she" right after it, a comma aside,
/// is followed by a reporting verb (`cued` reads the word after the pronoun): `"…", he
/// added`, `"…" she said`.
fn quotation_reported_by_pronoun(at: usize, cx: &Context<'_>, cued: &dyn Fn(&str) -> bool) -> bool {
    let Some(rest) = after_quotation(at, cx) else { return false };
    let pronoun = rest.split_whitespace().next().unwrap_or_default();
    matches!(pronoun, "he" | "she") && cued(rest)
}

/// The text after the quotation that opens at `at`, a comma right after it dropped (`"…,"
/// he added` -> `he added`; `"…", he added` too): none when no quotation opens there.
fn after_quotation<'a>(at: usize, cx: &Context<'a>) -> Option<&'a str> {
    let q = &cx.quoted[quotation_at(at, cx)?];
    Some(cx.body[q.end..].trim_start().strip_prefix(',').unwrap_or(&cx.body[q.end..]))
}

/// Where a sentence's words start past an opening phrase led by a preposition, closed by a
/// comma and followed by a verb in the past with no subject of its own ("With Jools Holland,
/// booked the group …", where an ellipsis in "producer of TV show Later... With Jools
/// Holland" ended the sentence too soon): the sentence goes on from the one before, and the
/// names in the phrase are not what it is about, nor whom a later "he" or "she" refers to.
/// "With septuagenarian Donald Trump, there's not much chance" keeps its name.
fn past_opening_phrase(sentence: Range<usize>, cx: &Context<'_>) -> usize {
    let toks = cx.tokens.within(sentence.clone());
    let opens = toks.first().is_some_and(|t| t.word && PREPOSITIONS.iter().any(|p| t.text.eq_ignore_ascii_case(p)));
    let comma = || toks.iter().take(OPENING_PHRASE_TOKENS).position(|t| t.is(','));
    let past = |t: &crate::extract::tokens::Token<'_>| {
        t.word && t.text.starts_with(char::is_lowercase) && (t.text.ends_with("ed") || IRREGULAR_PAST.contains(&t.text))
    };
    match comma().filter(|_| opens) {
        Some(c) if toks.get(c + 1).is_some_and(past) => toks[c].start,
        _ => sentence.start,
    }
}

/// Where in `range` (a sentence's words) an aside lies that a comma opens with a concessive
/// word and the next comma closes ("Ireland, despite having Gordon D'Arcy still out injured,
/// have been boosted"), its commas included: `[aside_openers]`.
fn concessive_aside(range: Range<usize>, cx: &Context<'_>) -> Option<Range<usize>> {
    let toks = cx.tokens.within(range);
    let AsideAt { open, close } = aside_at(&toks)?;
    Some(toks[open].start..toks[close?].start + 1)
}

/// Where the first concessive aside of some tokens lies, for [`concessive_aside`]: the
/// index of the comma that opens it, and of the next comma, that closes it, if any.
#[derive(Clone, Copy)]
struct AsideAt {
    open: usize,
    close: Option<usize>,
}

/// The first concessive aside of `toks` ([`AsideAt`]).
fn aside_at(toks: &[crate::extract::tokens::Token<'_>]) -> Option<AsideAt> {
    let open = toks.windows(2).position(|w| {
        w[0].is(',') && w[1].word && word_classes::ASIDE_OPENERS.iter().any(|o| w[1].text.eq_ignore_ascii_case(o))
    })?;
    let close = toks[open + 1..].iter().position(|t| t.is(',')).map(|c| open + 1 + c);
    Some(AsideAt { open, close })
}

/// [`concessive_aside`] of the words of `sentence` from `from` (past its opening phrase) to
/// `end`, the sentence read once for all the pronouns in it: when the article's own tokens
/// of `from..end` begin those of the whole sentence from `from`, its aside is the
/// sentence's first, if that ends before `end`.
fn aside_before(sentence: &Range<usize>, from: usize, end: usize, cx: &Context<'_>) -> Option<Range<usize>> {
    let toks = cx.tokens.within(from..end);
    let k = cx.sentences.partition_point(|s| s.start < sentence.start);
    let cell = cx.subjects.4.get(k).filter(|_| cx.sentences.get(k) == Some(sentence) && end <= sentence.end);
    let (std::borrow::Cow::Borrowed(toks), Some(cell)) = (&toks, cell) else {
        return concessive_aside(from..end, cx);
    };
    let AsideAt { open, close } = (*cell.get_or_init(|| aside_at(&cx.tokens.within(from..sentence.end))))?;
    let close = close.filter(|&c| c < toks.len())?;
    Some(toks[open].start..toks[close].start + 1)
}

/// [`definite_subject`] of `lowered`, the subject `subject` of sentence `k`, found once per
/// sentence and gender however many pronouns after it ask.
fn sentence_definite_subject(
    k: usize,
    lowered: &str,
    subject: Range<usize>,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<String> {
    let key = gender_key(k, gender);
    if let Some(found) = cx.subjects.3.borrow().get(&key) {
        return found.clone();
    }
    let found = definite_subject(lowered, subject, cx.sentences[k].end, gender, cx, lex);
    cx.subjects.3.borrow_mut().insert(key, found.clone());
    found
}

/// Whom a definite description of a person, the subject `subject` of a sentence ending at
/// `sentence_end`, names for "he" or "she" after it: the role's one holder or the name set off
/// after it ([`definite_antecedent`]); else, for a qualified unnamed source's role ("The
/// Trafford Centre spokeswoman said …. "…," she added"), that source as written, not a name
/// further back; `None` to go on back (a bare "the official" to the source met before, and
/// "The Tory spokesman also criticised …" to whom the sentences before are about).
fn definite_subject(
    lowered: &str,
    subject: Range<usize>,
    sentence_end: usize,
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<String> {
    if let Some(person) = definite_antecedent(lowered, subject.end, sentence_end, gender, cx) {
        return Some(person.to_owned());
    }
    let words: Vec<&str> = lowered.split_whitespace().collect();
    let source = words.len() > 2 && words.last().is_some_and(|h| word_classes::SOURCE_HEADS.contains(h));
    // "The Tory spokesman also criticised …": "also" goes on about whom the sentences before
    // are about (Mr Ancram), not a new source.
    let also =
        cx.body[subject.end..sentence_end].split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("also"));
    (source && !also).then(|| resolve_speaker(&cx.body[subject.clone()], subject.start, cx, lex)).flatten()
}

/// True for a description of one unnamed source that "he" or "she" can refer to: led by
/// "a", "an" or "one", with a role noun, of a compatible gender ("a spokesman for the Home
/// Office"; not "a spokeswoman" for "he").
fn described_source(lowered: &str, gender: Option<Gender>, lex: &Lexicon) -> bool {
    let words: Vec<&str> = lowered.split_whitespace().collect();
    // An indefinite description brings in a new source; a definite one ("the Democratic
    // senator") most often names someone met before, whom the search goes on to find.
    let led = words.first().is_some_and(|w| word_classes::INDEFINITE_LEADS.contains(w));
    // A person, not a body ("a three-judge panel", "a campaign").
    let is_role = |w: &str| one_persons_role(w, lex);
    // The head before a preposition ("a spokesman for the Home Office"), else the last word,
    // the preposition then inside a name ("a Department for Constitutional Affairs
    // spokeswoman").
    let head = head_word(words.iter().copied());
    let head = head.filter(|w| is_role(w)).or_else(|| words.last().copied().filter(|w| is_role(w))).or(head);
    let role = head.is_some_and(is_role);
    let own = head.and_then(head_gender);
    let agrees = gender.is_none() || own.is_none() || own == gender;
    led && role && agrees
}

/// The gender a role's head noun itself gives: "spokeswoman", "sister" (female),
/// "chairman", "son" (male); none for "official", "spokesperson".
fn head_gender(head: &str) -> Option<Gender> {
    if head.ends_with("woman") || word_classes::FEMALE_KIN.contains(&head) {
        Some(Gender::Female)
    } else if head.ends_with("man") || word_classes::MALE_KIN.contains(&head) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// True when `subject` is a role of a person's, one person of a compatible gender whom the
/// article does not name ("President Castro's chief aide", "Marley's widow"; not "Mr Brown's
/// former advisor Ed Balls", nor "Clinton's campaign", a body, nor "the SNP's leader").
fn owned_role(subject: Range<usize>, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let text = &cx.body[subject.clone()];
    let Some(end) = ["'s ", "\u{2019}s "].iter().filter_map(|p| text.rfind(p).map(|i| i + p.len())).max() else {
        return false;
    };
    let head = subject.start + end..subject.end;
    let lowered = collapse_whitespace(&text[end..]).to_lowercase();
    // A person's ("Cosby's lawyer"), not an organisation's ("the SNP's Holyrood leader" is
    // most often someone named before).
    let owner = subject.start..subject.start + end;
    cx.persons.first_within(owner, None, cx.quoted).is_some()
        && cx.persons.first_within(head, None, cx.quoted).is_none()
        && !has_preposition(&lowered)
        && described_source(&format!("a {lowered}"), gender, lex)
}

/// The name set off by commas right after byte `end` (", Floyd Gabler, said"): the person
/// of the article it names, else its words as written, two to [`APPOSED_NAME_WORDS`]
/// capitalised words ("Walter M Phillips Jr").
fn apposed_name(end: usize, cx: &Context<'_>) -> Option<String> {
    let toks = cx.tokens.within(end..char_floor(cx.body, end + APPOSED_NAME_BYTES));
    let (comma, rest) = toks.split_first()?;
    let words = rest.iter().take_while(|t| t.is_capitalized()).count();
    let closed = rest.get(words).is_some_and(|t| t.is(','));
    if !comma.is(',') || !closed || !(2..=APPOSED_NAME_WORDS).contains(&words) {
        return None;
    }
    let span = rest[0].start..rest[words - 1].span().end;
    let person = cx.persons.first_within(span.clone(), None, cx.quoted);
    Some(person.map_or_else(|| collapse_whitespace(&cx.body[span]), str::to_owned))
}

/// How far after a subject [`apposed_name`] reads for a name set off by commas.
const APPOSED_NAME_BYTES: usize = 60;

/// The most words of a name [`apposed_name`] takes as written.
const APPOSED_NAME_WORDS: usize = 4;

/// True for a definite description of one person that "he" or "she" can refer to: led by
/// "the", its head a role noun (not a body: "the committee"), of a compatible gender ("the
/// French international defender"; not "the chairwoman" for "he").
fn definite_person(lowered: &str, gender: Option<Gender>, lex: &Lexicon) -> bool {
    lowered.starts_with("the ") && described_source(&lowered.replacen("the ", "a ", 1), gender, lex)
}

/// Whom a definite description subject ending at `end` names: a name set off after it
/// ("The leader of the Anti-Defamation League, Jonathan Greenblatt,"), else the one person
/// the article gave its role, its words all held by the role ("the Florida senator" after
/// "Florida Senator Marco Rubio"; "the mayor" after "Mayor Jiang Zemin" when met near).
fn definite_antecedent<'a>(
    lowered: &str,
    end: usize,
    sentence_end: usize,
    gender: Option<Gender>,
    cx: &Context<'a>,
) -> Option<&'a str> {
    // The apposition runs from the first comma after the subject (within a few words: "The
    // minister of the economy, Mr. Guajardo Villarreal, argues") to the next comma ("The
    // other man, his cousin James York, 40, cited …"); not a relative clause.
    let rest = &cx.body[end..sentence_end];
    // "The musical's British director is Matthew Warchus, best known for …": the name the
    // description is equated with.
    let trimmed = rest.trim_start();
    if let Some(named) = ["is ", "was "].iter().find_map(|c| trimmed.strip_prefix(c)).map(str::trim_start)
        && named.starts_with(char::is_uppercase)
    {
        let from = sentence_end - named.len();
        let to = named.find(',').map_or(sentence_end, |c| from + c);
        if let Some(person) = cx.persons.first_within(from..to, gender, cx.quoted) {
            return Some(person);
        }
    }
    let comma = rest.find(',').filter(|&c| rest[..c].split_whitespace().count() <= APPOSITION_REACH_WORDS);
    if let Some(comma) = comma {
        let apposition = &rest[comma + 1..];
        let to = apposition.find(',').unwrap_or(apposition.len());
        let first = apposition.split_whitespace().next().unwrap_or_default();
        let relative = word_classes::APPOSITION_STOPS.contains(&first);
        let from = end + comma + 1;
        if let Some(person) = cx.persons.first_within(from..from + to, gender, cx.quoted).filter(|_| !relative) {
            return Some(person);
        }
    }
    let words: Vec<&str> = lowered.split_whitespace().skip(1).collect();
    let (head, before) = words.split_last()?;
    if words.iter().any(|w| PREPOSITIONS.contains(w)) {
        return None;
    }
    let person = cx.persons.described(head, before)?;
    // A bare head ("the mayor") is the role's holder only when met within the pronoun's
    // reach; further back it is most often a source met since ("A U.S. Embassy official
    // said …"), whom the sentences before give.
    let agrees = gender.is_none_or(|g| cx.persons.may_be(person, g));
    (agrees && (!before.is_empty() || met_near(person, end, cx))).then_some(person)
}

/// The person a subject names: the one after its last possessive when there is one ("Mr
/// Brown's former advisor Ed Balls" is Ed Balls, not Mr Brown), else its first ("Mr
/// Campbell's e-mail" is Mr Campbell's).
fn subject_person<'a>(subject: Range<usize>, gender: Option<Gender>, cx: &Context<'a>) -> Option<&'a str> {
    let text = &cx.body[subject.clone()];
    let owner_end = ["'s ", "\u{2019}s "].iter().filter_map(|p| text.rfind(p).map(|i| i + p.len())).max();
    let head = owner_end.filter(|&end| end < text.len()).map(|end| subject.start + end..subject.end);
    head.and_then(|head| cx.persons.first_within(head, gender, cx.quoted))
        .or_else(|| cx.persons.first_within(subject, gender, cx.quoted))
}

/// The last person of a compatible gender named right before a reporting verb in
/// `sentence`, outside quotations ("Johnson insisted", "Mr Weiss said"); with `missed`, a
/// surname the person tagger missed counts too, as written ("…, Slifer said.": see
/// [`missed_name`]).
fn last_speaking<'a>(
    sentence: Range<usize>,
    gender: Option<Gender>,
    missed: bool,
    cx: &Context<'a>,
    lex: &Lexicon,
) -> Option<&'a str> {
    let toks: Vec<_> =
        cx.tokens.within(sentence).iter().filter(|t| !super::quotes::inside(cx.quoted, t.start)).copied().collect();
    let speaking = |i: usize| {
        speaking_at(&toks, i, gender, cx, lex)
            .or_else(|| missed.then(|| missed_name(&toks, i, gender, cx, lex)).flatten())
    };
    let (at, person) = (1..toks.len()).rev().find_map(|i| speaking(i).map(|p| (i, p)))?;
    // "Hewitt said he had had a 'gutful' … but Tennis Australia's Geoff Pollard rejected his
    // comments": a later main clause opened by a contrast has the last word, and its named
    // subject is whom the next "he" is about (not a subordinate one: "even though Sanders won").
    let contrast = toks[at..].iter().rposition(|t| t.word && word_classes::MAIN_CLAUSE_CONTRASTS.contains(&t.text));
    let answered = contrast.and_then(|c| {
        // "not Gordon Brown but John Prescott": a contrast inside a clause, no new one.
        let but = at + c;
        if toks[but.saturating_sub(4)..but].iter().any(|t| t.text.eq_ignore_ascii_case("not")) {
            return None;
        }
        let clause = &toks[but + 1..];
        let subject = super::phrases::sentence_subject(cx.body, clause, lex)?;
        // A name opens the clause and is its whole subject: not "all but certain President
        // Reagan would", nor "Charles Kennedy's team disagreed".
        let opens = clause.first().is_some_and(|t| t.start == subject.span.start && t.is_capitalized());
        let last = clause.iter().take_while(|t| t.start < subject.span.end).last();
        let named = last.is_some_and(|t| t.is_capitalized() && !t.is_possessive());
        (opens && named).then(|| subject_person(subject.span, gender, cx)).flatten()
    });
    Some(answered.unwrap_or(person))
}

/// The person of a compatible gender speaking at `toks[i]` (a reporting verb after the name,
/// or an inverted one before it), for [`last_speaking`].
fn speaking_at<'a>(
    toks: &[crate::extract::tokens::Token<'_>],
    i: usize,
    gender: Option<Gender>,
    cx: &Context<'a>,
    lex: &Lexicon,
) -> Option<&'a str> {
    if let Some(person) = inverted_speaker(toks, i, gender, cx, lex) {
        return Some(person);
    }
    let (who, verb) = (&toks[i - 1], &toks[i]);
    if !(verb.word && !verb.is_capitalized() && lex.is_speech_verb(verb.text)) {
        return None;
    }
    if who.is_capitalized() {
        return cx.persons.first_within(who.start..who.start + who.text.len(), gender, cx.quoted);
    }
    // "the Tory leader said": a role the article gave one person.
    if !lex.is_role_noun(who.text) {
        return None;
    }
    let the = toks[..i - 1].iter().rev().take(3).position(|t| t.text.eq_ignore_ascii_case("the"))?;
    let before: Vec<&str> = toks[i - 1 - the..i - 1].iter().map(|t| t.text).collect();
    let person = cx.persons.described(who.text, &role_qualifiers(&before)).filter(|_| !before.is_empty())?;
    gender.is_none_or(|g| cx.persons.may_be(person, g)).then_some(person)
}

/// A name the person tagger missed right before a reporting verb at `toks[i]`, opening its
/// clause ("…, Slifer said.", "Lucky says 10 pct …"): a surname whom a "he" or "she" after it
/// stands for, rather than a person named further back. The person of the article it names,
/// or misspells by one letter ("Lucky" for Michael Luckey), of a compatible gender; else the
/// word as written, when it is a name only ([`names_no_one_but_a_person`]), nor a place or a
/// place's short form set off by a comma ("Hart Inc of Greenwich, Conn said": a state's short
/// form; but "In Washington, Fitzwater said" is Fitzwater). The verb is a past or a verb only
/// ([`reporting_verb_after_subject`]).
fn missed_name<'a>(
    toks: &[crate::extract::tokens::Token<'_>],
    i: usize,
    gender: Option<Gender>,
    cx: &Context<'a>,
    lex: &Lexicon,
) -> Option<&'a str> {
    let (who, verb) = (&toks[i - 1], &toks[i]);
    let opens = i < 2 || !toks[i - 2].word;
    if !reporting_verb_after_subject(verb, lex) || !opens || !who.is_capitalized() || who.is_possessive() {
        return None;
    }
    let word = who.text;
    // "Greenwich, Conn said": a place, or a place's short form ("Conn."), set off by a comma
    // is a state or county; any other word after the comma may be the subject ("In
    // Washington, Fitzwater said").
    let after_place =
        i >= 3 && toks[i - 2].is(',') && (lex.is_place_name(word) || lex.is_place_name(&format!("{word}.")));
    // "He said" is no He Kang.
    if function_word(word, lex) || after_place {
        return None;
    }
    if let Some(person) = cx.persons.resolve(word, who.start).or_else(|| misspelt_person(word, cx.persons)) {
        return gender.is_none_or(|g| cx.persons.may_be(person, g)).then_some(person);
    }
    names_no_one_but_a_person(word, who.start, cx.scans, lex).then(|| &cx.body[who.start..who.start + word.len()])
}

/// True when `verb` is a reporting verb written after its subject: lower case, a past or a
/// verb only ("said", "concluded", "says"; not "Consumer demands", "Despite praising").
pub(crate) fn reporting_verb_after_subject(verb: &crate::extract::tokens::Token<'_>, lex: &Lexicon) -> bool {
    let form = verb.text.ends_with("ed")
        || word_classes::COMMON_PAST_CUES.contains(&verb.text)
        || word_classes::VERB_ONLY_CUES.contains(&verb.text);
    verb.word && !verb.is_capitalized() && form && lex.is_speech_verb(verb.text)
}

/// True when `word` is a pronoun (also an indefinite one, "Everyone said"), a determiner or
/// a word that opens sentences ("Others said").
fn function_word(word: &str, lex: &Lexicon) -> bool {
    let lower = word.to_lowercase();
    PERSONAL.contains(&lower.as_str())
        || OTHER_PRONOUNS.contains(&lower.as_str())
        || word_classes::INDEFINITE_PRONOUNS.contains(&lower.as_str())
        || word_classes::DETERMINERS.contains(&lower.as_str())
        || lex.is_sentence_opener(word)
}

/// True when the capitalised `word`, written at byte `at` as the subject of a reporting
/// verb, can only be a person's name: no function word ([`function_word`]), no role nor a
/// role's plural ("Friends said", "Coaches said"), country, demonym, place or organisation
/// (also none the article names with it: "Merrill" of "Merrill Lynch", "Chrysler" of
/// "Chrysler Corp"), written in mixed case without digits, never in lower case nor as the
/// first word of a longer name ("Honda American Manufacturing"). The one test of a lone
/// name for [`missed_name`] and for the persons the lists do not know
/// (`entities::lone::speaks_of_a_person`).
pub(crate) fn names_no_one_but_a_person(word: &str, at: usize, scans: &WordScans<'_>, lex: &Lexicon) -> bool {
    let lower = word.to_lowercase();
    let role = |w: &str| lex.is_role_noun(w);
    let plural_role = singular(&lower, role).is_some();
    word.chars().any(char::is_lowercase)
        && !word.chars().any(|c| c.is_ascii_digit())
        && !function_word(word, lex)
        && !role(&lower)
        && !plural_role
        && !names_country(word, lex)
        && !lex.is_demonym(word)
        && !lex.is_place_name(word)
        && lex.find_organization(word).is_none()
        && scans.is_proper(word, lex)
        && !scans.opens_longer_name(word)
        && scans.organization_opened_by(word, at, lex).is_none()
        && !scans.company_named(word, at)
}

/// The one person of the article whose surname `word` misspells by one letter, added, left
/// out, changed or swapped with the next ("Lucky" for Luckey, "Schlesigner" for
/// Schlesinger), in a surname of [`MISSPELT_SURNAME_LETTERS`] letters or more.
fn misspelt_person<'a>(word: &str, persons: &'a PersonIndex) -> Option<&'a str> {
    let folded = word.to_lowercase();
    if folded.chars().count() < MISSPELT_SURNAME_LETTERS {
        return None;
    }
    // Only the persons the article's look-up of one-letter deletions gives are read: not
    // every person per word (quadratic in a long article of many names).
    let mut found = persons.one_letter_from(&folded).into_iter().map(|i| &persons.names[i]).filter(|name| {
        let surname = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
        surname.chars().count() >= MISSPELT_SURNAME_LETTERS && one_letter_apart(&folded, &surname)
    });
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one.as_str()),
        _ => None,
    }
}

/// The fewest letters of a surname read as misspelt: a shorter one differs from another
/// name by one letter too often ("Lee", "Lea").
const MISSPELT_SURNAME_LETTERS: usize = 5;

/// True when `a` and `b` differ by one letter added, left out, changed, or swapped with
/// the next, the first letter the same.
fn one_letter_apart(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next() && crate::normalize::one_letter_edit(a, b).is_some()
}

/// `…, argued Mr Howard.`: the person named right after an inverted reporting verb at
/// `toks[i - 1]` (one that follows a comma or a quotation, never an addressed verb: "told
/// Mr Blair" names the one told), the name running through the capitalised words from
/// `toks[i]`.
fn inverted_speaker<'a>(
    toks: &[crate::extract::tokens::Token<'_>],
    i: usize,
    gender: Option<Gender>,
    cx: &Context<'a>,
    lex: &Lexicon,
) -> Option<&'a str> {
    let (verb, name) = (&toks[i - 1], &toks[i]);
    let inverted = verb.word
        && !verb.is_capitalized()
        && name.is_capitalized()
        && lex.is_speech_verb(verb.text)
        && !word_classes::ADDRESSED_VERBS.contains(&verb.text);
    if !inverted {
        return None;
    }
    let after_quote = |prev: &crate::extract::tokens::Token<'_>| {
        let gap = prev.start + prev.text.len()..verb.start;
        cx.quoted.iter().any(|q| q.start >= gap.start && q.end <= gap.end)
    };
    // "John Smith, the coach, praised Tom Jones.": a comma closing an apposition to the
    // subject leaves the verb its own subject, and the name its object.
    let opens =
        i < 2 || (!toks[i - 2].word && !closes_apposition(&toks[..i - 1], cx, lex)) || after_quote(&toks[i - 2]);
    if !opens {
        return None;
    }
    // The name ends its clause (`argued Mr Howard.`, `said Mr Kennedy, adding …`): not
    // `praised Obama's presidency`, `said Mr. Trump had …`, where it opens what was said.
    let run = toks[i..].iter().take_while(|t| t.is_capitalized()).count();
    let last = &toks[i + run - 1];
    let ends = toks.get(i + run).is_none_or(|t| t.is(',') || t.is('.'));
    if !ends || last.is_possessive() {
        return None;
    }
    cx.persons.first_within(name.start..last.start + last.text.len(), gender, cx.quoted)
}

/// Where an unnamed source after an inverted reporting verb lies in sentence `k` (`"…,"
/// says one source.`, `…, said a spokesman for the Home Office.`): the words after the
/// verb to the next comma or the end, when they describe one source of a compatible gender
/// or are a name no person of the article's is (`said Hynde, 53.`); else the source
/// "according to" brings in ([`according_source`]) when the sentence's subject is nobody
/// ([`subject_is_someone`]).
fn inverted_source(k: usize, gender: Option<Gender>, cx: &Context<'_>, lex: &Lexicon) -> Option<Range<usize>> {
    let toks = unquoted_tokens(k, cx);
    after_inverted_verb(&toks, gender, cx, lex)
        .or_else(|| (!subject_is_someone(k, cx, lex)).then(|| according_source(&toks, gender, lex)).flatten())
}

/// The tokens of sentence `k` outside quotations.
pub(super) fn unquoted_tokens<'a>(k: usize, cx: &Context<'a>) -> Vec<Token<'a>> {
    cx.tokens
        .within(cx.sentences[k].clone())
        .iter()
        .filter(|t| !super::quotes::inside(cx.quoted, t.start))
        .copied()
        .collect()
}

/// True when the subject of sentence `k` is someone a later "he" may go on about rather
/// than the source "according to" brings in: a person of the article ("Chelsea striker
/// Didier Drogba is injured, according to a club spokesman"), a personal pronoun ("He was
/// released on bail, according to a police spokesman") or a person's role ("The minister
/// is recovering well, according to a spokesman"), someone of an age ("The 26-year-old is
/// injured"), one of a nationality ("The Frenchman is injured") or a thing of his or hers
/// ("His knee is injured"), not a thing ("Cable firms
/// are, according to a Kabelnet spokesman, better placed").
fn subject_is_someone(k: usize, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some(span) = subject_of(k, cx, lex) else { return false };
    let subject = &cx.body[span.clone()];
    let head = head_word(subject.split_whitespace()).unwrap_or_default().to_lowercase();
    let first = subject.split_whitespace().next().unwrap_or_default().to_lowercase();
    subject_person(span, None, cx).is_some()
        || PERSONAL.contains(&subject.to_lowercase().as_str())
        || matches!(first.as_str(), "his" | "her")
        || head.ends_with("-year-old")
        || is_one_national(subject, lex)
        || (lex.is_role_noun(&head) && !lex.is_body_noun(&head))
}

/// Where the unnamed source "according to" brings in lies among `toks` (a sentence's,
/// outside quotations): the words after it to the next comma or the end, when they describe
/// one source with an indefinite article whose head noun is itself of the pronoun's gender
/// ("Cable firms are, according to a Kabelnet spokesman, better placed." then `"…," he
/// asked`: the spokesman, the one the sentence has speaking). Not a source of either
/// gender ("according to an official", who may be someone else than the "she" quoted
/// before), not "according to a report", no person; nor one whose sentence has a speaker
/// of its own after it ("…, according to a spokesman, he told Reuters").
fn according_source(toks: &[Token<'_>], gender: Option<Gender>, lex: &Lexicon) -> Option<Range<usize>> {
    let to = toks.windows(2).position(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to")? + 2;
    let words: Vec<_> = toks[to..].iter().take_while(|t| t.word).collect();
    let (first, last) = (words.first()?, words.last()?);
    let ends = toks.get(to + words.len()).is_none_or(|t| t.is(',') || t.is('.'));
    let pronoun_after =
        toks.get(to + words.len() + 1).is_some_and(|t| PERSONAL.contains(&t.text.to_lowercase().as_str()));
    let span = first.start..last.start + last.text.len();
    let lowered: Vec<String> = words.iter().map(|t| t.text.to_lowercase()).collect();
    let head = head_word(lowered.iter().map(String::as_str)).and_then(head_gender);
    let described = described_source(&lowered.join(" "), gender, lex);
    (ends && !pronoun_after && described && gender.is_some() && head == gender).then_some(span)
}

/// The unnamed source after an inverted reporting verb among `toks`, for [`inverted_source`].
fn after_inverted_verb(
    toks: &[Token<'_>],
    gender: Option<Gender>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    let v = toks.iter().position(|t| {
        t.word && !t.is_capitalized() && lex.is_speech_verb(t.text) && !word_classes::ADDRESSED_VERBS.contains(&t.text)
    })?;
    let words: Vec<_> = toks[v + 1..].iter().take_while(|t| t.word).collect();
    let (first, last) = (words.first()?, words.last()?);
    let ends = toks.get(v + 1 + words.len()).is_none_or(|t| t.is(',') || t.is('.'));
    let span = first.start..last.start + last.text.len();
    let lowered = cx.body[span.clone()].to_lowercase();
    // `"…," said Hynde, 53.`: a name the person tagger missed, not an organisation or a place,
    // after a verb that follows a quotation or punctuation (not "He said Kidder, Peabody …").
    let as_written = &cx.body[span.clone()];
    let after_quote = |prev: &crate::extract::tokens::Token<'_>| {
        cx.quoted.iter().any(|q| q.start >= prev.start + prev.text.len() && q.end <= toks[v].start)
    };
    let inverted =
        v == 0 || (!toks[v - 1].word && !closes_apposition(&toks[..v], cx, lex)) || after_quote(&toks[v - 1]);
    let name = inverted
        && words.len() <= NAME_WORDS
        && words.iter().all(|t| t.is_capitalized() && !lex.is_not_name(t.text))
        && lex.find_organization(as_written).is_none()
        && lex.country_named(as_written).is_none()
        && !lex.is_place_name(as_written)
        && cx.persons.first_within(span.clone(), None, cx.quoted).is_none();
    (ends && (name || described_source(&lowered, gender, lex))).then_some(span)
}

/// True when the comma ending `before` (the words of a sentence before its verb) closes an
/// apposition to the sentence's subject ("John Smith, the coach, praised Beckham.", "Other
/// analysts, including …, recommend USX."): the verb has that subject, so the name after it
/// is its object, not the source of an inverted cue ("…, said Hynde", "This, said Sloncek,").
fn closes_apposition(before: &[crate::extract::tokens::Token<'_>], cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some(Mention { span, .. }) = super::phrases::sentence_subject(cx.body, before, lex) else {
        return false;
    };
    let last = before.len().saturating_sub(1);
    let after = before.iter().position(|t| t.start >= span.end);
    let inner_comma = before.iter().any(|t| t.is(',') && span.contains(&t.start));
    after.is_some_and(|a| before[a].is(',') && (a < last || inner_comma))
}

/// The most words of a name read after an inverted cue without the person tagger.
const NAME_WORDS: usize = 3;

/// Which gender the text gives its people: a sentence whose subject names a person and
/// goes on with pronouns of one gender only ("Prof Joni Lovenduski … said she was
/// shocked") is evidence for that person.
pub fn gender_evidence(
    tokens: &Tokens<'_>,
    sentences: &[Range<usize>],
    quoted: &[Range<usize>],
    persons: &PersonIndex,
    subjects: &Subjects,
    lex: &Lexicon,
) -> Vec<(usize, Gender)> {
    let body = tokens.text();
    let mut evidence = Vec::new();
    for (k, sentence) in sentences.iter().enumerate() {
        // Cheap tests first: a person named near the start, and a personal pronoun.
        if persons.index_within(sentence.start..sentence.end.min(sentence.start + 120)).is_none() {
            continue;
        }
        // Read as bytes: every byte of a character outside ASCII separates words, as the
        // character would, and no character is decoded.
        let pronoun = body[sentence.clone()].as_bytes().split(|b| !b.is_ascii_alphabetic()).any(|w| {
            let is = |p: &&str| p.as_bytes() == w;
            word_classes::FEMALE_PRONOUNS.iter().any(is) || word_classes::MALE_PRONOUNS.iter().any(is)
        });
        if !pronoun {
            continue;
        }
        let toks: Vec<_> = tokens
            .within(sentence.clone())
            .iter()
            .filter(|t| !super::quotes::inside(quoted, t.start))
            .copied()
            .collect();
        let subject = super::phrases::sentence_subject(body, &toks, lex).map(|Mention { span, .. }| span);
        subjects.remember(k, subject.clone());
        let Some(subject) = subject else { continue };
        let Some(person) = persons.index_within(subject.clone()) else { continue };
        // A pronoun after another person of its gender (as far as titles and given names
        // tell) is named past the verb may be theirs ("Bipin Bihari … said Khan was being
        // sent back to Norway, from which she holds a passport"): no evidence. One named in
        // the subject's own apposition is not ("Prof Joni Lovenduski, who conducted the study
        // with Margaret Moran MP, said she was shocked").
        let verb = toks.iter().find(|t| t.start >= subject.end && !t.is_capitalized() && lex.is_speech_verb(t.text));
        let next = persons.mentions.partition_point(|&(pos, _)| pos < verb.map_or(subject.end, |t| t.start));
        // Against the gender a given name gave, a pronoun is evidence only before anyone else
        // is named, whatever their gender: "Victoria Wood slated comedian Sacha Baron Cohen
        // for his character" says nothing of Wood, though "Sacha" may be a woman's name.
        let other = |g: Gender| {
            let against = !persons.may_be(&persons.names[person], g);
            let mut others = persons.mentions[next..].iter().take_while(|&&(pos, _)| pos < sentence.end);
            others
                .find(|&&(_, i)| i != person && (against || persons.may_be(&persons.names[i], g)))
                .map_or(sentence.end, |&(pos, _)| pos)
        };
        let (before_she, before_he) = (other(Gender::Female), other(Gender::Male));
        // Against a given name's gender, no object pronoun, which may stand for someone
        // described, not named ("Janie Ross, the singer's sister, hoped a road would be
        // named after him"); a subject or an owner does ("Claude Roy … his own time").
        let counts = |t: &crate::extract::tokens::Token<'_>, g: Gender| {
            persons.may_be(&persons.names[person], g)
                || !word_classes::OBJECT_PRONOUNS.iter().any(|w| w.eq_ignore_ascii_case(t.text))
        };
        let (mut female, mut male) = (false, false);
        for t in toks.iter().filter(|t| t.start >= subject.end) {
            female |=
                t.start < before_she && word_classes::FEMALE_PRONOUNS.contains(&t.text) && counts(t, Gender::Female);
            male |= t.start < before_he && word_classes::MALE_PRONOUNS.contains(&t.text) && counts(t, Gender::Male);
        }
        match (female, male) {
            (true, false) => evidence.push((person, Gender::Female)),
            (false, true) => evidence.push((person, Gender::Male)),
            _ => {}
        }
    }
    evidence
}

/// True when `person`, of a gender compatible with `gender`, is the subject of the last
/// sentence lying wholly within `within` (or named in apposition to it), whether it reports
/// speech ("Stuart Cohen, chief executive of …, said the move …" right before the
/// quotation) or not ("Goalkeeper Tomas
/// Reed, who saved two penalties, was delighted.": a person brought in after the quotation
/// before, whom "he said" then names); not "But Ferguson insisted …. The affair still
/// rankles with the Dutchman.", whose last sentence is about someone else.
pub fn subject_within(
    person: &str,
    gender: Option<Gender>,
    within: Range<usize>,
    cx: &Context<'_>,
    lex: &Lexicon,
) -> bool {
    let from = cx.sentences.partition_point(|s| s.start < within.start);
    let to = cx.sentences.partition_point(|s| s.end <= within.end).max(from);
    (from.max(to.saturating_sub(1))..to).any(|k| {
        let Some(subject) = subject_of(k, cx, lex) else { return false };
        // "The Lib Dems' home affairs spokesman, Mark Oaten, accused …": a role named in
        // apposition.
        subject_person(subject.clone(), gender, cx).is_some_and(|p| p == person)
            || apposed_name(subject.end, cx).is_some_and(|p| p == person)
    })
}

/// True when `source`, an unnamed source a pronoun found (a description as written, no
/// person of the article: "the prime minister's official spokesman"), is the one a reporting
/// verb has speaking in the last sentence lying wholly within `within`, its head noun right
/// before the verb or among the few words after it, outside quotations ("…, but that was not
/// happening, the spokesman said."): a source brought in since the quotation before, whom a
/// paragraph's "he added" then names, not that quotation's speaker.
pub fn source_speaks_within(source: &str, within: Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let Some(head) = source.split_whitespace().last().filter(|h| h.starts_with(char::is_lowercase)) else {
        return false;
    };
    if cx.persons.contains(source) || !lex.is_role_noun(head) {
        return false;
    }
    let from = cx.sentences.partition_point(|s| s.start < within.start);
    let Some(k) = cx.sentences.partition_point(|s| s.end <= within.end).checked_sub(1).filter(|&k| k >= from) else {
        return false;
    };
    let toks = unquoted_tokens(k, cx);
    toks.iter().enumerate().any(|(i, t)| {
        let verb = t.word && !t.is_capitalized() && lex.is_speech_verb(t.text);
        let before = i.checked_sub(1).is_some_and(|j| toks[j].text == head);
        let after = toks[i + 1..].iter().take(SOURCE_AFTER_VERB_WORDS).take_while(|t| t.word).any(|t| t.text == head);
        verb && (before || after)
    })
}

/// The most words after an inverted reporting verb read for its source's head noun
/// ("said the prime minister's official spokesman").
const SOURCE_AFTER_VERB_WORDS: usize = 5;

/// The person of the article the subject of the sentence ending right before byte `at`
/// (white space between) names, when that sentence lies wholly after byte `since`: `"…."
/// Double try scorer Martyn Williams was keen not to talk about it. "…"` has Martyn Williams.
pub fn subject_right_before<'a>(since: usize, at: usize, cx: &Context<'a>, lex: &Lexicon) -> Option<&'a str> {
    let k = cx.sentences.partition_point(|s| s.end <= at).checked_sub(1)?;
    let sentence = &cx.sentences[k];
    let adjoins = cx.body.get(sentence.end..at).is_some_and(|gap| gap.trim().is_empty());
    if sentence.start < since || !adjoins {
        return None;
    }
    let subject = subject_of(k, cx, lex)?;
    let person = subject_person(subject.clone(), None, cx)?;
    // A name, not a thing it modifies (`the oversized Trump face`, read as far as its
    // name): no determiner opens the subject and no possessive holds it.
    let words: Vec<&str> = cx.body[subject].split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let owned = words.iter().any(|w| strip_possessive(w).is_some());
    (!word_classes::DETERMINERS.contains(&first.as_str()) && !owned).then_some(person)
}

/// The person of the article that the subject of sentence `k` names, if any.
pub fn subject_person_of<'a>(k: usize, cx: &Context<'a>, lex: &Lexicon) -> Option<&'a str> {
    subject_of(k, cx, lex).and_then(|span| subject_person(span, None, cx))
}

/// Where the subject of sentence `k` lies, outside quotations.
pub(super) fn subject_of(k: usize, cx: &Context<'_>, lex: &Lexicon) -> Option<Range<usize>> {
    cx.subjects.of(k, cx.tokens, cx.sentences, cx.quoted, lex)
}

/// True when the first verb after `subject` in `sentence` is a speech verb in the singular:
/// after "has", "had", "also", "now" or "however" and past an apposition set off by commas ("Eishiro Saito,
/// chairman of …, told"): "Mike Tindall's agent has warned", not "A Leeds fan has been
/// jailed after he admitted …", whose subject does not speak, nor "… have said", whose
/// subject is several.
pub fn speaks_first(sentence: Range<usize>, subject: &Range<usize>, cx: &Context<'_>, lex: &Lexicon) -> bool {
    let within = cx.tokens.within(subject.end..sentence.end);
    let mut toks = within.iter().filter(|t| !super::quotes::inside(cx.quoted, t.start)).peekable();
    if toks.peek().is_some_and(|t| t.is(',')) {
        toks.next();
        while toks.next().is_some_and(|t| !t.is(',')) {}
    }
    toks.find(|t| !matches!(t.text, "has" | "had" | "also" | "now" | "however"))
        .is_some_and(|t| t.word && !t.is_capitalized() && lex.is_speech_verb(t.text))
}

#[cfg(test)]
mod tests {
    use super::one_letter_apart;

    #[test]
    fn a_misspelt_surname_is_one_letter_added_left_out_changed_or_swapped() {
        for (a, b) in
            [("lucky", "luckey"), ("reichart", "reichert"), ("schlesigner", "schlesinger"), ("kaczura", "kaczurba")]
        {
            assert!(one_letter_apart(a, b) && one_letter_apart(b, a), "{a} {b}");
        }
        // The same word, two letters apart, or another first letter: no misspelling.
        for (a, b) in [("luckey", "luckey"), ("lucky", "locket"), ("barker", "parker"), ("smith", "smithers")] {
            assert!(!one_letter_apart(a, b), "{a} {b}");
        }
    }
}
