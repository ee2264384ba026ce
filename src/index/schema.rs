//! The index schema: the only place where field names are written.
//!
//! One index holds three kinds of documents, told apart by `kind`: one `article` per
//! article (for counts), one `passage` per passage (full text and context for `show`),
//! and one `quote` per quotation (what `search` ranks). Entity tags and the date are on
//! passages and quotes so that every filter works on both.
//!
//! Fast columns serve the search collectors: `group_key` and `tiebreak` group and order
//! hits, `date` sorts and buckets them, and `speaker`, `country` and `outlet` keep their
//! whole values (not their words) for facet counts.

use tantivy::schema::{FAST, Field, IndexRecordOption, NumericOptions, STORED, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RawTokenizer, SimpleTokenizer, TextAnalyzer};

/// Bumped whenever the fields, their options or the folder layout change; checked when an
/// index is opened. 5: the index lives in a generation folder (see [`super::folder`]) and
/// each commit records its counts.
pub const SCHEMA_VERSION: u32 = 5;

/// Tokenizer for names: words, lower-cased, accents folded ("Nicolás" = "nicolas").
pub const NAME_TOKENIZER: &str = "newsquote_name";

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
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// `article`, `passage` or `quote`.
    pub kind: Field,
    /// Id that `show` accepts: `<article key>-p<paragraph>` or `...-q<n>`.
    pub citation: Field,
    /// Stable hash of the article id; all of an article's documents share it.
    pub article_key: Field,
    /// The article id as read.
    pub article_id: Field,
    /// The quoted words (quote documents).
    pub quote: Field,
    /// The passage text (passage and quote documents).
    pub passage: Field,
    /// Canonical speaker, name-tokenized (passages: the speakers of their quotes).
    pub speaker: Field,
    /// The words the speaker was resolved from.
    pub speaker_mention: Field,
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
    /// Stable hash of the citation: breaks ties so that result order never depends on
    /// where a document sits in the index.
    pub tiebreak: Field,
}

/// Builds the schema and its field handles.
///
/// Only the fields that rank (quote, passage, title, speaker) keep field norms, and only the
/// fields that are shown are stored: entity tags are searched and counted (fast columns),
/// never read back.
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let indexing = |tokenizer: &str, ranked: bool| {
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
            .set_fieldnorms(ranked)
    };
    let ranked = |tokenizer: &str| TextOptions::default().set_indexing_options(indexing(tokenizer, true)).set_stored();
    let tag = |tokenizer: &str| TextOptions::default().set_indexing_options(indexing(tokenizer, false)).set_fast(WHOLE);
    // A whole value, matched exactly.
    let keyword = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(WHOLE)
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    );
    // A number found by value or range (no field norms: numbers are never ranked).
    let number = || NumericOptions::default().set_indexed();
    let fields = Fields {
        kind: b.add_text_field("kind", keyword.clone().set_stored()),
        citation: b.add_text_field("citation", keyword.clone().set_stored()),
        article_key: b.add_text_field("article_key", keyword.clone().set_stored()),
        article_id: b.add_text_field("article_id", STORED),
        quote: b.add_text_field("quote", ranked("en_stem")),
        passage: b.add_text_field("passage", ranked("en_stem")),
        speaker: b.add_text_field("speaker", ranked(NAME_TOKENIZER).set_fast(WHOLE)),
        speaker_mention: b.add_text_field("speaker_mention", STORED),
        cue: b.add_text_field("cue", STORED),
        fragment: b.add_u64_field("fragment", number().set_stored()),
        persons: b.add_text_field("person", tag(NAME_TOKENIZER)),
        countries: b.add_text_field("country", tag(CODE_TOKENIZER)),
        organizations: b.add_text_field("organization", tag(NAME_TOKENIZER)),
        date: b.add_u64_field("date", number().set_fast().set_stored()),
        date_source: b.add_text_field("date_source", keyword.clone().set_stored()),
        title: b.add_text_field("title", ranked("en_stem")),
        outlet: b.add_text_field("outlet", tag(NAME_TOKENIZER).set_stored()),
        url: b.add_text_field("url", STORED),
        source_path: b.add_text_field("source_path", STORED),
        paragraph: b.add_u64_field("paragraph", number().set_stored()),
        passage_start: b.add_u64_field("passage_start", FAST | STORED),
        quote_start: b.add_u64_field("quote_start", STORED),
        quote_end: b.add_u64_field("quote_end", STORED),
        content_hash: b.add_text_field("content_hash", keyword),
        group_key: b.add_u64_field("group_key", number().set_fast()),
        tiebreak: b.add_u64_field("tiebreak", FAST),
    };
    (b.build(), fields)
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

/// Registers the tokenizers the schema names on `index`.
pub fn register_tokenizers(index: &tantivy::Index) {
    let name = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(AsciiFoldingFilter).build();
    index.tokenizers().register(NAME_TOKENIZER, name);
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
        assert_eq!(SCHEMA_VERSION, 5, "update the pinned field list with the version");
        assert_eq!(
            names,
            [
                "kind",
                "citation",
                "article_key",
                "article_id",
                "quote",
                "passage",
                "speaker",
                "speaker_mention",
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
                "tiebreak"
            ]
        );
    }
}
