//! The index schema: the only place where field names are written.
//!
//! One index holds four kinds of documents, told apart by `kind`: one `article` per
//! article (for counts), one `passage` per passage (full text and context for `show`),
//! one `quote` per quotation (what `search` ranks) and one `reported` per reported
//! statement (speech without quotation marks: `search --reported`). A reported document
//! carries what a quote carries, its words in a field of their own (`reported`), so that
//! the statistics quotes are ranked by (BM25's term and token counts of `quote`) stay what
//! they would be without reported statements (see `search::stats`). Entity tags and the date are on passages, quotes and reported statements so that
//! every filter works on all of them.
//!
//! An article's documents are written as one block, in order: the article, then each
//! passage followed by its quotes and then its reported statements (tantivy keeps a group
//! of documents together in one segment, and merges keep their order). A quote does not
//! index its passage's text again: `parent`, its distance back to its passage, lets a
//! search reach a quote through the words around it (see `search::join`) and lets a hit
//! read its passage for display.
//!
//! An article's id, title, link and file are stored, and its title indexed, on the article
//! document alone: its passages and quotes reach them through `parent` too.
//!
//! Fast columns serve the search collectors: `group_key` groups hits (copies of one text
//! are found through `group_bucket`, its indexed top bits), `date` sorts and buckets them, and `speaker`, `country` and `outlet` keep their
//! whole values (not their words) for facet counts.
//!
//! The fields are declared once, as the table [`FIELDS`]: [`build_schema`] makes the tantivy
//! schema from it, and `newsquote export` writes documents and the mappings of other engines
//! (OpenSearch, Elasticsearch, Quickwit) from the same table.

use tantivy::schema::{Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};

/// Bumped whenever the fields, their options or the folder layout change; checked when an
/// index is opened. 5: the index lives in a generation folder (see [`super::folder`]) and
/// each commit records its counts. 6: an article's documents form one block, quotes reach
/// their passage through `parent` instead of indexing its text again, undated documents
/// are marked (`date_source` = [`UNDATED`]), and speakers have surname keys, roles and
/// aliases (`speaker_key`, `speaker_role`, `speaker_alias`). 7: reported statements are
/// documents of their own kind ([`kind::REPORTED`]), `kind` is a fast column (facets count
/// them apart), their words are in `reported`, and `quoted` marks a passage's reported
/// statements too ([`QUOTED_REPORTED`]). 8: syndication keys are no longer indexed one term
/// per text (`group_bucket` indexes their top bits), no `tiebreak` column (derived from the
/// citation where needed), and the article's id, title, link and file on the article
/// document only. 9: nothing a fast column holds is stored as well (`kind`, `fragment`,
/// `date`, `outlet`, `passage_start`, and `date_source`, now a column): a stored document is
/// read back with them restored from the columns (`search::parents::Parents::doc`).
pub const SCHEMA_VERSION: u32 = 9;

/// The `quoted` value of a passage that holds quotes.
pub const QUOTED_QUOTES: u64 = 1;
/// The `quoted` value of a passage that holds reported statements (a passage with both
/// holds both values).
pub const QUOTED_REPORTED: u64 = 2;

/// Bits of `group_key` kept in `group_bucket`: 65,536 buckets, so the term dictionary stays
/// small (one term per text cost a fifth of the index at a million passages) while a
/// bucket holds a few dozen documents at that size.
pub const GROUP_BUCKET_BITS: u32 = 16;

/// The `group_bucket` of a syndication key.
pub fn group_bucket(key: u64) -> u64 {
    key >> (64 - GROUP_BUCKET_BITS)
}

/// The `date_source` of the documents of an undated article: a term, so that a search
/// counts what its date filter left out without scanning every document's date.
pub const UNDATED: &str = "none";

/// Tokenizer for names: words, lower-cased, accents folded ("Nicolás" = "nicolas").
pub const NAME_TOKENIZER: &str = "newsquote_name";

/// Tokenizer for English prose: tantivy's `en_stem` (words, lower-cased, Porter2 stems)
/// with accents folded before stemming, so that "café" finds "cafe".
pub const PROSE_TOKENIZER: &str = "newsquote_prose";

/// Tokenizer for codes: the whole value, lower-cased, so `country:co` finds `CO`.
pub const CODE_TOKENIZER: &str = "newsquote_code";

/// Fast-column tokenizer that keeps a value whole (tantivy's built-in `raw`).
const WHOLE: &str = "raw";

/// Document kinds.
pub mod kind {
    /// One per article.
    pub const ARTICLE: &str = "article";
    /// One per passage.
    pub const PASSAGE: &str = "passage";
    /// One per quotation.
    pub const QUOTE: &str = "quote";
    /// One per reported statement (speech without quotation marks): never a quote.
    pub const REPORTED: &str = "reported";

    /// True for the kinds that are a passage's children: a quote, a reported statement.
    pub fn is_statement(kind: &str) -> bool {
        kind == QUOTE || kind == REPORTED
    }
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// `article`, `passage`, `quote` or `reported`.
    pub kind: Field,
    /// Id that `show` accepts: `<article key>-p<paragraph>`, `...-q<n>` or `...-r<n>`.
    pub citation: Field,
    /// Stable hash of the article id; all of an article's documents share it.
    pub article_key: Field,
    /// The article id as read.
    pub article_id: Field,
    /// The quoted words (quote documents).
    pub quote: Field,
    /// The statement as reported (reported documents).
    pub reported: Field,
    /// The passage text (passage and quote documents).
    pub passage: Field,
    /// Canonical speaker, name-tokenized (passages: the speakers of their quotes).
    pub speaker: Field,
    /// The words the speaker was resolved from.
    pub speaker_mention: Field,
    /// `<folded surname>\t<canonical speaker>`, for speakers that read as a person's name:
    /// a surname's spellings are one term-dictionary range (see [`crate::names::identity`]).
    pub speaker_key: Field,
    /// Roles the quote's mention gives the speaker ("prime minister", "tory leader").
    pub speaker_role: Field,
    /// The name the article gave the speaker where the quote is (not a pronoun).
    pub speaker_alias: Field,
    /// Reporting cue.
    pub cue: Field,
    /// 1 for a fragment quote, else 0.
    pub fragment: Field,
    /// Canonical person names, name-tokenized.
    pub persons: Field,
    /// ISO country codes, matched case-insensitively.
    pub countries: Field,
    /// Organisation names, name-tokenized.
    pub organizations: Field,
    /// Publication date as `YYYYMMDD`.
    pub date: Field,
    /// Where the date came from: `metadata`, `header` or `body` (less sure).
    pub date_source: Field,
    /// Headline.
    pub title: Field,
    /// Outlet.
    pub outlet: Field,
    /// Link.
    pub url: Field,
    /// Input file.
    pub source_path: Field,
    /// 1-based paragraph number.
    pub paragraph: Field,
    /// Byte offset of the passage in the article body.
    pub passage_start: Field,
    /// Byte offsets of the quote within its passage text.
    pub quote_start: Field,
    /// End of the quote within its passage text.
    pub quote_end: Field,
    /// Hash of the article's title and text (article documents): finds the same text
    /// stored under another id.
    pub content_hash: Field,
    /// Hash of the folded words of the quote (quote documents) or passage (passage
    /// documents): copies of the same text in several articles share it. See
    /// [`crate::index::writer::group_key`].
    pub group_key: Field,
    /// The top [`GROUP_BUCKET_BITS`] bits of `group_key`, indexed: the copies of a text are
    /// found through the few documents of its bucket, then checked against the key column.
    pub group_bucket: Field,
    /// Distance back to the parent document in the article's block: a quote's passage,
    /// a passage's article.
    pub parent: Field,
    /// [`QUOTED_QUOTES`] on a passage that holds quotes, [`QUOTED_REPORTED`] on one that
    /// holds reported statements: a search for quotes reads only those passages.
    pub quoted: Field,
}

/// What a field holds: decides its tokenizer here and its type in every engine a mapping is
/// written for (see `export::mapping`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// English prose: words lower-cased, accent-folded and stemmed ([`PROSE_TOKENIZER`]),
    /// positions kept.
    Prose,
    /// Names of people, outlets and organisations: words lower-cased and accent-folded
    /// ([`NAME_TOKENIZER`]), positions kept.
    Name,
    /// ISO country codes: the whole value, lower-cased ([`CODE_TOKENIZER`]).
    Code,
    /// A whole value matched exactly: kinds, ids, citations.
    Keyword,
    /// Text kept to be shown, never searched.
    Shown,
    /// A whole number.
    Number,
    /// A publication day, held as the number `YYYYMMDD` (exported as `YYYY-MM-DD`).
    Day,
    /// A 64-bit hash (exported as 16 hex digits).
    Hash,
}

/// One field of the schema, declared once: [`build_schema`] makes the tantivy field from
/// it, and the export writes documents and engine mappings from it.
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    /// The field name, in the index, the query syntax and the exported documents.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Searchable (in the inverted index).
    pub indexed: bool,
    /// Keeps field norms, so that BM25 weighs a match by the field's length.
    pub ranked: bool,
    /// Kept in the document store (read back for display).
    pub stored: bool,
    /// Kept in a fast column (counted, sorted, grouped).
    pub fast: bool,
    /// May hold several values in one document.
    pub multi: bool,
    /// Written out by `newsquote export` when readable; false for the index's own
    /// bookkeeping (positions within a block), which means nothing elsewhere.
    pub exported: bool,
    /// Not in the index at all: `newsquote export` computes it from what is stored (as
    /// [`tiebreak`]), for other engines that need it.
    pub derived: bool,
    /// What it is, for people (also written into the Quickwit config).
    pub doc: &'static str,
}

impl FieldSpec {
    /// True when a document's value can be read back (stored or in a fast column).
    pub fn readable(&self) -> bool {
        self.stored || self.fast
    }

    /// True when `newsquote export` writes the field: readable (or computed by the export),
    /// and meaningful outside this index.
    pub fn exportable(&self) -> bool {
        (self.readable() || self.derived) && self.exported
    }

    /// True when other engines keep the field's values per document for sorting and
    /// grouping (doc values, a Quickwit fast field): a fast column here, or a field the export
    /// computes for them, as `tiebreak`, which their collapse sorts on.
    pub fn sortable(&self) -> bool {
        self.fast || self.derived
    }
}

const fn spec(name: &'static str, kind: Kind, doc: &'static str) -> FieldSpec {
    let indexed = !matches!(kind, Kind::Shown);
    FieldSpec {
        name,
        kind,
        indexed,
        ranked: false,
        stored: true,
        fast: false,
        multi: false,
        exported: true,
        derived: false,
        doc,
    }
}

const fn ranked(s: FieldSpec) -> FieldSpec {
    FieldSpec { ranked: true, ..s }
}

const fn fast(s: FieldSpec) -> FieldSpec {
    FieldSpec { fast: true, ..s }
}

const fn unstored(s: FieldSpec) -> FieldSpec {
    FieldSpec { stored: false, ..s }
}

const fn unindexed(s: FieldSpec) -> FieldSpec {
    FieldSpec { indexed: false, ..s }
}

/// A field of the export only (see [`FieldSpec::derived`]).
const fn derived(s: FieldSpec) -> FieldSpec {
    FieldSpec { derived: true, indexed: false, stored: false, ..s }
}

const fn multi(s: FieldSpec) -> FieldSpec {
    FieldSpec { multi: true, ..s }
}

const fn internal(s: FieldSpec) -> FieldSpec {
    FieldSpec { exported: false, ..s }
}

/// Every field of the schema, in schema order. Only the fields that rank (quote, passage,
/// title, speaker) keep field norms, and only the fields that are shown are stored: entity
/// tags and group keys are searched and counted from fast columns, never read back for
/// display.
pub const FIELDS: &[FieldSpec] = &[
    fast(unstored(spec(
        "kind",
        Kind::Keyword,
        "article, passage, quote or reported (a reported statement, not a quote)",
    ))),
    spec("citation", Kind::Shown, "what `newsquote show` accepts: <article key>-p<paragraph>[-q<n>|-r<n>]"),
    spec("article_key", Kind::Keyword, "12 hex digits of a stable hash of the article id"),
    spec("article_id", Kind::Shown, "the article id as read (explicit id, else URL, else file)"),
    ranked(spec("quote", Kind::Prose, "the quoted words (quote documents)")),
    ranked(spec(
        "reported",
        Kind::Prose,
        "the statement as reported, a paraphrase (reported documents): apart from quote, so that quotes rank as alone",
    )),
    ranked(spec(
        "passage",
        Kind::Prose,
        "the passage text (passage documents; a quote reaches it through its passage)",
    )),
    multi(fast(ranked(spec("speaker", Kind::Name, "canonical speaker (passages: the speakers of their quotes)")))),
    spec("speaker_mention", Kind::Shown, "the words the speaker was resolved from"),
    multi(unstored(spec(
        "speaker_key",
        Kind::Keyword,
        "folded surname, a tab, the canonical speaker: a surname's spellings, for one identity per person",
    ))),
    multi(fast(unstored(spec("speaker_role", Kind::Name, "roles the quote's mention gives the speaker")))),
    multi(fast(unstored(spec("speaker_alias", Kind::Name, "the speaker as the article names them at the quote")))),
    spec("cue", Kind::Shown, "the reporting verb or phrase"),
    fast(unstored(spec("fragment", Kind::Number, "1 for a fragment quote, else 0"))),
    multi(fast(unstored(spec("person", Kind::Name, "canonical names of the persons tagged")))),
    multi(fast(unstored(spec("country", Kind::Code, "ISO codes of the countries tagged")))),
    multi(fast(unstored(spec("organization", Kind::Name, "organisations tagged")))),
    fast(unstored(spec("date", Kind::Day, "publication date"))),
    fast(unstored(spec(
        "date_source",
        Kind::Keyword,
        "where the date came from: metadata, header or body (less sure); none when undated",
    ))),
    ranked(spec("title", Kind::Prose, "headline")),
    fast(unstored(spec("outlet", Kind::Name, "outlet"))),
    spec("url", Kind::Shown, "link"),
    spec("source_path", Kind::Shown, "input file"),
    spec("paragraph", Kind::Number, "1-based paragraph number"),
    fast(unstored(unindexed(spec("passage_start", Kind::Number, "byte offset of the passage in the article body")))),
    unindexed(spec("quote_start", Kind::Number, "byte offset of the quote within its passage text")),
    unindexed(spec("quote_end", Kind::Number, "end of the quote within its passage text")),
    unstored(spec(
        "content_hash",
        Kind::Keyword,
        "hash of an article's title and text, for ingest's duplicate check (neither stored nor fast: not exported)",
    )),
    fast(unstored(unindexed(spec(
        "group_key",
        Kind::Hash,
        "hash of the folded words of a quote or passage: syndicated copies share it",
    )))),
    internal(unstored(spec(
        "group_bucket",
        Kind::Number,
        "the top bits of group_key, indexed: a text's copies are looked up through it (neither stored nor fast: not exported)",
    ))),
    derived(spec(
        "tiebreak",
        Kind::Hash,
        "stable hash of the citation: breaks ties in result order (computed by the export, not kept in the index)",
    )),
    internal(fast(unstored(unindexed(spec(
        "parent",
        Kind::Number,
        "distance back to the parent document in the article's block (a quote's passage, a passage's article)",
    ))))),
    multi(unstored(spec(
        "quoted",
        Kind::Number,
        "1 on a passage that holds quotes, 2 on one that holds reported statements (neither stored nor fast: not exported)",
    ))),
];

/// The fields not stored because a fast column holds them (every document has one value of
/// each, or none): a stored document is read back with them restored from the columns
/// (`search::parents::Parents::doc`), and the export reads them there.
pub const FROM_COLUMNS: &[&str] = &["kind", "fragment", "date", "date_source", "outlet", "passage_start"];

/// The declaration of the field called `name`.
pub fn field_spec(name: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The `tiebreak` of a passage or quote (a field derived from its stored citation, see
/// [`FieldSpec::derived`]): among copies of one text of the same date, the lowest stands for
/// them, so that order never depends on where a document sits in the index.
pub fn tiebreak(citation: &str) -> u64 {
    crate::normalize::stable_hash(citation)
}

/// Builds the schema and its field handles from [`FIELDS`] (derived fields left out).
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    for f in FIELDS.iter().filter(|f| !f.derived) {
        match f.kind {
            Kind::Number | Kind::Day | Kind::Hash => {
                let mut options = NumericOptions::default();
                if f.indexed {
                    options = options.set_indexed();
                }
                if f.stored {
                    options = options.set_stored();
                }
                if f.fast {
                    options = options.set_fast();
                }
                b.add_u64_field(f.name, options);
            }
            _ => {
                b.add_text_field(f.name, text_options(f));
            }
        }
    }
    let schema = b.build();
    // Every name asked for below is declared in FIELDS (the pinned test lists them), so
    // the look-up cannot fail.
    let field = |name: &str| schema.get_field(name).unwrap_or_else(|_| unreachable!("field {name} is in FIELDS"));
    let fields = Fields {
        kind: field("kind"),
        citation: field("citation"),
        article_key: field("article_key"),
        article_id: field("article_id"),
        quote: field("quote"),
        reported: field("reported"),
        passage: field("passage"),
        speaker: field("speaker"),
        speaker_mention: field("speaker_mention"),
        speaker_key: field("speaker_key"),
        speaker_role: field("speaker_role"),
        speaker_alias: field("speaker_alias"),
        cue: field("cue"),
        fragment: field("fragment"),
        persons: field("person"),
        countries: field("country"),
        organizations: field("organization"),
        date: field("date"),
        date_source: field("date_source"),
        title: field("title"),
        outlet: field("outlet"),
        url: field("url"),
        source_path: field("source_path"),
        paragraph: field("paragraph"),
        passage_start: field("passage_start"),
        quote_start: field("quote_start"),
        quote_end: field("quote_end"),
        content_hash: field("content_hash"),
        group_key: field("group_key"),
        group_bucket: field("group_bucket"),
        parent: field("parent"),
        quoted: field("quoted"),
    };
    (schema, fields)
}

/// The tantivy options of a text field.
fn text_options(f: &FieldSpec) -> TextOptions {
    let mut options = TextOptions::default();
    if f.indexed {
        let (tokenizer, record) = match f.kind {
            Kind::Prose => (PROSE_TOKENIZER, IndexRecordOption::WithFreqsAndPositions),
            Kind::Name => (NAME_TOKENIZER, IndexRecordOption::WithFreqsAndPositions),
            Kind::Code => (CODE_TOKENIZER, IndexRecordOption::WithFreqsAndPositions),
            _ => (WHOLE, IndexRecordOption::Basic),
        };
        let indexing =
            TextFieldIndexing::default().set_tokenizer(tokenizer).set_index_option(record).set_fieldnorms(f.ranked);
        options = options.set_indexing_options(indexing);
    }
    if f.stored {
        options = options.set_stored();
    }
    if f.fast {
        // Facets count whole values ("Gustavo Petro"), not words.
        options = options.set_fast(WHOLE);
    }
    options
}

/// Bytes of stored documents compressed together: larger blocks compress better, and a
/// search reads only the few blocks holding the hits it shows.
pub const STORE_BLOCK: usize = 64 << 10;

/// How the index stores documents: zstd (about a third smaller than lz4 on news text) in
/// blocks of [`STORE_BLOCK`] bytes.
pub fn index_settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_compression: tantivy::store::Compressor::Zstd(tantivy::store::ZstdCompressor::default()),
        docstore_blocksize: STORE_BLOCK,
        ..tantivy::IndexSettings::default()
    }
}

/// The analyzer of [`NAME_TOKENIZER`]: words, lower-cased, accents folded.
pub fn name_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(AsciiFoldingFilter).build()
}

/// The analyzer of [`PROSE_TOKENIZER`]: tantivy's `en_stem` with accents folded.
pub fn prose_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Registers the tokenizers the schema names on `index`.
pub fn register_tokenizers(index: &tantivy::Index) {
    index.tokenizers().register(PROSE_TOKENIZER, prose_analyzer());
    index.tokenizers().register(NAME_TOKENIZER, name_analyzer());
    index
        .tokenizers()
        .register(CODE_TOKENIZER, TextAnalyzer::builder(RawTokenizer::default()).filter(LowerCaser).build());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pins the schema: changing it must come with a new SCHEMA_VERSION.
    #[test]
    fn schema_is_pinned_to_its_version() {
        let (schema, _) = build_schema();
        let names: Vec<&str> = schema.fields().map(|(_, entry)| entry.name()).collect();
        assert_eq!(SCHEMA_VERSION, 9, "update the pinned field list with the version");
        assert_eq!(
            names,
            [
                "kind",
                "citation",
                "article_key",
                "article_id",
                "quote",
                "reported",
                "passage",
                "speaker",
                "speaker_mention",
                "speaker_key",
                "speaker_role",
                "speaker_alias",
                "cue",
                "fragment",
                "person",
                "country",
                "organization",
                "date",
                "date_source",
                "title",
                "outlet",
                "url",
                "source_path",
                "paragraph",
                "passage_start",
                "quote_start",
                "quote_end",
                "content_hash",
                "group_key",
                "group_bucket",
                "parent",
                "quoted"
            ]
        );
    }

    /// Pins every option of every field (tokenizer, positions, norms, stored, fast): an
    /// index written before the fields were declared as a table reads the same.
    #[test]
    fn schema_options_are_pinned() {
        let (schema, _) = build_schema();
        let built: serde_json::Value = serde_json::to_value(&schema).unwrap_or_default();
        let pinned: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/schema-v9.json")).unwrap_or_default();
        assert!(pinned.is_array());
        assert_eq!(built, pinned);
    }

    #[test]
    fn fields_restored_from_columns_are_fast_and_not_stored() {
        for name in FROM_COLUMNS {
            let spec = field_spec(name);
            assert!(spec.is_some_and(|s| s.fast && !s.stored && !s.multi), "{name}");
        }
        // Every other single-valued fast field a search shows is stored or read apart.
        let others: Vec<&str> = FIELDS
            .iter()
            .filter(|f| f.fast && !f.stored && !f.multi && !FROM_COLUMNS.contains(&f.name))
            .map(|f| f.name)
            .collect();
        assert_eq!(others, ["group_key", "parent"]);
    }

    #[test]
    fn only_unreadable_and_internal_fields_stay_out_of_the_export() {
        let left_out: Vec<&str> = FIELDS.iter().filter(|f| !f.exportable()).map(|f| f.name).collect();
        assert_eq!(left_out, ["speaker_key", "content_hash", "group_bucket", "parent", "quoted"]);
    }
}
