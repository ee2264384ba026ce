//! The window sizes and thresholds the extraction rules use, named in one place. Each says
//! how far a rule looks; changing one changes what `extract` finds, so measure before and
//! after (`scripts/compare_extract.sh`, the PolNeAR scores).

/// Words after a quotation (to the clause's end) searched for its cue (`"…," the
/// senator from Ohio who chairs the committee said`).
pub const CUE_AFTER_WORDS: usize = 16;

/// Words after a quotation searched for its cue when they open with a name and its
/// apposition that runs past [`CUE_AFTER_WORDS`] (`"…," Steve Rosenthal, a former political
/// director of the A.F.L.-C.I.O. and progressive political organizer, wrote`).
pub const APPOSED_CUE_WORDS: usize = 32;

/// Words a main clause's subject phrase may hold before the mention found for it, after an
/// opening subordinate clause (`…," two of the trustees said`: "the trustees").
pub const MAIN_SUBJECT_LEAD_WORDS: usize = 3;

/// Words before a quotation searched back for its cue.
pub const CUE_BEFORE_WORDS: usize = 20;

/// Words after an inverted cue's interjected clause searched for the cue (`"…," since so
/// many cases were close, said Lee Epstein`).
pub const INTERJECTED_CLAUSE_WORDS: usize = 30;

/// Words between an owner's noun of words and the phrase quoted from them (`Peter Hain's
/// description of him as an "attack mongrel"`).
pub const OWNED_WORDS_REACH: usize = 6;

/// Words of a gerund's subject between its preposition and it (`without reporters asking`).
pub const GERUND_SUBJECT_WORDS: usize = 2;

/// Words between "quoted" and "as saying" (`AP quoted prosecutor Russell McGuire as
/// saying`).
pub const QUOTED_AS_WORDS: usize = 12;

/// Words of a role's apposition left unclosed before a cue, back from its organisation to
/// the comma after the name (`Gene Cartledge, chairman and chief executive officer of Union
/// Camp said`).
pub const ROLE_APPOSITION_WORDS: usize = 10;

/// Words between the two parts of a split quotation that still make one statement (`"A,"
/// he said, "B."`).
pub const SPLIT_GAP_WORDS: usize = 12;

/// Words between two quotations in separate sentences when the gap holds only the first
/// one's cue (`"A." X said. "B"`).
pub const SPLIT_SENTENCE_GAP_WORDS: usize = 40;

/// Characters after a described speaker searched for a name in apposition (`the play's
/// organiser in Uganda, Sarah Mukasa,`).
pub const APPOSED_NAME_CHARS: usize = 80;

/// Below this share of its sentence's words, a quotation that neither opens its sentence
/// nor follows a colon or comma is a fragment of the reporter's sentence.
pub const FRAGMENT_SHARE: f64 = 0.4;

/// Fewer quoted words than this make a fragment, unless the quotation is a sentence of its
/// own.
pub const FRAGMENT_WORDS: usize = 4;

/// Fewer words than this in a reported statement's content make no statement (PolNeAR's
/// gold counts contents of four words or more).
pub const REPORTED_MIN_WORDS: usize = 4;

/// Most words after the cue of a statement given before its source (`…, Petro said in a
/// statement on Tuesday.`).
pub const REPORTED_TAIL_WORDS: usize = 6;

/// Words after a cue searched for the "that" that opens its statement (`said in a
/// statement on Tuesday that …`).
pub const REPORTED_THAT_REACH: usize = 6;

/// Bytes before an "it" searched for the organisation it stands for.
pub const INSTITUTION_BYTES: usize = 300;

/// Words before a "he"/"she" inside a quotation searched back, within the quotation, for
/// the person its speaker names (`"I said to Harry …, and he told me 'no'"`).
pub const NESTED_PRONOUN_WORDS: usize = 30;

/// How far back, in words, a participle cue looks for the subject of the clause it closes
/// (`…, when student protesters interrupted the senator, shouting "…"`).
pub const CLAUSE_SUBJECT_WORDS: usize = 30;

/// Bytes before a quotation cued by "one said" searched for the group of sources it is one
/// of (`Analysts said …. "…," one said.`).
pub const ONE_OF_BYTES: usize = 600;

/// Bytes after a quotation's words read for a cue "one said" / "said another".
pub const ONE_CUE_BYTES: usize = 40;

/// Words after a count read for the group it counts ("Six in 10 Virginia Democratic
/// primary voters": `speakers::plausible`).
pub const COUNTED_GROUP_WORDS: usize = 8;

/// The most words of a prepositional phrase between a plural noun in -s and the verb whose
/// subject it heads (`cues::heads_a_subject`: "TV broadcasts to mobiles is").
pub const SUBJECT_PHRASE_WORDS: usize = 4;
