//! Index definitions for other engines, written from [`FIELDS`] (never by hand): an
//! OpenSearch or Elasticsearch create-index body (`settings` with the analyzers,
//! `mappings.properties` with one entry per exported field) and a Quickwit index config
//! (YAML).
//!
//! Each field keeps its meaning: prose is analysed as English (lower-cased, accents folded,
//! Porter2 stems, no stop words, positions kept, as newsquote's `newsquote_prose`; Quickwit's
//! custom tokenizers take no stemmer, so there prose is its `en_stem`, accents unfolded),
//! names are lower-cased and
//! accent-folded words with their whole value kept for counting (a `keyword` sub-field in
//! OpenSearch/Elasticsearch, a fast column in Quickwit), country codes match in any case,
//! ids and kinds match whole, the date is a date, hashes are keywords.

use super::DEFAULT_INDEX_NAME;
use crate::index::schema::{CODE_TOKENIZER, FIELDS, FieldSpec, Kind, NAME_TOKENIZER, SCHEMA_VERSION};
use serde::Serialize;
use serde_json::{Map, Value, json};

/// The engines a mapping or a request is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// OpenSearch 2.x.
    OpenSearch,
    /// Elasticsearch 8.x.
    Elasticsearch,
    /// Quickwit 0.8 and later.
    Quickwit,
}

/// Analyzer of prose fields in OpenSearch/Elasticsearch.
pub const ENGLISH_ANALYZER: &str = "newsquote_english";

/// Sub-field holding a name field's whole value (for terms aggregations).
pub const WHOLE_SUBFIELD: &str = "keyword";

/// The date format of exported documents, in OpenSearch/Elasticsearch notation.
pub const DATE_FORMAT: &str = "yyyy-MM-dd";

/// The date format of exported documents, in Quickwit's strptime notation.
const QUICKWIT_DATE_FORMAT: &str = "%Y-%m-%d";

/// The fields an exported document can hold, in schema order.
pub fn exported_fields() -> impl Iterator<Item = &'static FieldSpec> {
    FIELDS.iter().filter(|f| f.exportable())
}

/// The create-index body for OpenSearch or Elasticsearch (the two accept the same one).
pub fn search_engine_mapping() -> Value {
    let mut properties = Map::new();
    for f in exported_fields() {
        properties.insert(f.name.to_owned(), property(f));
    }
    json!({
        "settings": {
            "analysis": {
                "filter": {
                    "newsquote_porter2": { "type": "stemmer", "language": "porter2" }
                },
                "analyzer": {
                    ENGLISH_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", "newsquote_porter2"]
                    },
                    NAME_TOKENIZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"]
                    }
                },
                "normalizer": {
                    CODE_TOKENIZER: { "type": "custom", "filter": ["lowercase"] }
                }
            }
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": { "newsquote_schema_version": SCHEMA_VERSION },
            "properties": properties
        }
    })
}

/// The mapping of one field in OpenSearch/Elasticsearch.
fn property(f: &FieldSpec) -> Value {
    let mut p = match f.kind {
        Kind::Prose => json!({ "type": "text", "analyzer": ENGLISH_ANALYZER, "index_options": "positions" }),
        Kind::Name => json!({ "type": "text", "analyzer": NAME_TOKENIZER, "index_options": "positions" }),
        Kind::Code => json!({ "type": "keyword", "normalizer": CODE_TOKENIZER }),
        Kind::Keyword | Kind::Shown | Kind::Hash => json!({ "type": "keyword" }),
        Kind::Number => json!({ "type": "long" }),
        Kind::Day => json!({ "type": "date", "format": DATE_FORMAT }),
    };
    let Some(map) = p.as_object_mut() else { return p };
    match f.kind {
        Kind::Prose | Kind::Name => {
            map.insert("norms".into(), Value::Bool(f.ranked));
            if f.fast {
                map.insert("fields".into(), json!({ WHOLE_SUBFIELD: { "type": "keyword" } }));
            }
        }
        _ => {
            if !f.indexed {
                map.insert("index".into(), Value::Bool(false));
            }
            if !f.sortable() && f.kind != Kind::Code {
                map.insert("doc_values".into(), Value::Bool(false));
            }
        }
    }
    p
}

/// A Quickwit index config.
#[derive(Debug, Serialize)]
pub struct QuickwitConfig {
    /// Config format version.
    pub version: String,
    /// Index id.
    pub index_id: String,
    /// Fields and how they are indexed.
    pub doc_mapping: DocMapping,
    /// Default search fields.
    pub search_settings: SearchSettings,
}

/// Quickwit's `doc_mapping`.
#[derive(Debug, Serialize)]
pub struct DocMapping {
    /// `strict`: a document with a field not listed is an error, as in OpenSearch.
    pub mode: String,
    /// One per exported field.
    pub field_mappings: Vec<FieldMapping>,
    /// Fields whose values prune splits: the document kind.
    pub tag_fields: Vec<String>,
    /// The date: splits are pruned by time.
    pub timestamp_field: String,
    /// The name analyzer.
    pub tokenizers: Vec<TokenizerConfig>,
}

/// One field of Quickwit's `field_mappings`.
#[derive(Debug, Serialize)]
pub struct FieldMapping {
    /// Field name.
    pub name: String,
    /// What it is.
    pub description: String,
    /// `text`, `u64`, `datetime`, or `array<...>` of one.
    #[serde(rename = "type")]
    pub kind: String,
    /// Tokenizer of a text field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokenizer: Option<String>,
    /// `basic` or `position`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// Whether BM25 weighs matches by the field's length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fieldnorms: Option<bool>,
    /// Accepted input formats of a datetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_formats: Option<Vec<String>>,
    /// Output format of a datetime.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<String>,
    /// Searchable.
    pub indexed: bool,
    /// Kept in the document store.
    pub stored: bool,
    /// Kept in a fast column.
    pub fast: bool,
}

/// A custom Quickwit tokenizer.
#[derive(Debug, Serialize)]
pub struct TokenizerConfig {
    /// Its name.
    pub name: String,
    /// Its base tokenizer.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its filters, in order.
    pub filters: Vec<String>,
}

/// Quickwit's `search_settings`.
#[derive(Debug, Serialize)]
pub struct SearchSettings {
    /// Fields searched by words without a field name.
    pub default_search_fields: Vec<String>,
}

/// The fields the free text of a search is looked for in, with their weights (see
/// [`crate::search::query`]); passages are searched without the quote field.
pub fn text_fields(passages: bool) -> Vec<(&'static str, f32)> {
    use crate::search::query::{QUOTE_BOOST, SPEAKER_BOOST};
    let mut fields = vec![("quote", QUOTE_BOOST), ("passage", 1.0), ("speaker", SPEAKER_BOOST)];
    if passages {
        fields.remove(0);
    }
    fields
}

/// The Quickwit index config for the index `index_id`.
pub fn quickwit_config(index_id: &str) -> QuickwitConfig {
    QuickwitConfig {
        version: "0.8".into(),
        index_id: index_id.to_owned(),
        doc_mapping: DocMapping {
            mode: "strict".into(),
            field_mappings: exported_fields().map(field_mapping).collect(),
            tag_fields: vec!["kind".into()],
            timestamp_field: "date".into(),
            tokenizers: vec![TokenizerConfig {
                name: NAME_TOKENIZER.into(),
                kind: "simple".into(),
                filters: vec!["lower_caser".into(), "ascii_folding".into()],
            }],
        },
        search_settings: SearchSettings {
            default_search_fields: text_fields(false).into_iter().map(|(f, _)| f.to_owned()).collect(),
        },
    }
}

/// The Quickwit config as YAML.
pub fn quickwit_yaml(index_id: &str) -> String {
    serde_norway::to_string(&quickwit_config(index_id)).unwrap_or_default()
}

/// The create-index body for `engine`: JSON for OpenSearch/Elasticsearch, YAML for Quickwit.
pub fn mapping_text(engine: Engine) -> String {
    match engine {
        Engine::Quickwit => quickwit_yaml(DEFAULT_INDEX_NAME),
        _ => serde_json::to_string_pretty(&search_engine_mapping()).unwrap_or_default() + "\n",
    }
}

fn field_mapping(f: &FieldSpec) -> FieldMapping {
    let text = |tokenizer: &str, record: &str| (Some(tokenizer.to_owned()), Some(record.to_owned()));
    let (base, (tokenizer, record)) = match f.kind {
        // Quickwit's custom tokenizers have no stemmer: its own en_stem (accents not folded).
        Kind::Prose => ("text", text("en_stem", "position")),
        Kind::Name => ("text", text(NAME_TOKENIZER, "position")),
        // Whole codes as written (upper case): `country:CO`.
        Kind::Code | Kind::Keyword | Kind::Shown | Kind::Hash => ("text", text("raw", "basic")),
        Kind::Number => ("u64", (None, None)),
        Kind::Day => ("datetime", (None, None)),
    };
    let is_text = base == "text";
    let (tokenizer, record) = if is_text && f.indexed { (tokenizer, record) } else { (None, None) };
    let day = f.kind == Kind::Day;
    FieldMapping {
        name: f.name.to_owned(),
        description: f.doc.to_owned(),
        kind: if f.multi { format!("array<{base}>") } else { base.to_owned() },
        tokenizer,
        record,
        fieldnorms: (is_text && f.indexed).then_some(f.ranked),
        input_formats: day.then(|| vec![QUICKWIT_DATE_FORMAT.to_owned()]),
        output_format: day.then(|| QUICKWIT_DATE_FORMAT.to_owned()),
        indexed: f.indexed,
        // The engine shows what it stores: every exported field is stored there.
        stored: true,
        // The timestamp field must be fast in Quickwit.
        fast: f.sortable() || day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exported_field_has_one_property_of_a_documented_type() {
        let mapping = search_engine_mapping();
        let properties = mapping["mappings"]["properties"].as_object().cloned().unwrap_or_default();
        assert_eq!(properties.len(), exported_fields().count());
        for f in exported_fields() {
            let kind = properties[f.name]["type"].as_str().unwrap_or("");
            assert!(["text", "keyword", "long", "date"].contains(&kind), "{}: {kind}", f.name);
        }
        assert_eq!(properties["speaker"]["fields"]["keyword"]["type"], "keyword");
        assert_eq!(properties["quote"]["analyzer"], ENGLISH_ANALYZER);
        assert_eq!(properties["date"]["format"], DATE_FORMAT);
        assert!(properties.get("content_hash").is_none());
    }

    #[test]
    fn the_quickwit_config_is_yaml_with_the_date_as_timestamp() {
        let yaml = quickwit_yaml("news");
        let back: serde_json::Value = serde_norway::from_str(&yaml).unwrap_or_default();
        assert_eq!(back["index_id"], "news");
        assert_eq!(back["doc_mapping"]["timestamp_field"], "date");
        let fields = back["doc_mapping"]["field_mappings"].as_array().cloned().unwrap_or_default();
        assert_eq!(fields.len(), exported_fields().count());
        let date = fields.iter().find(|f| f["name"] == "date").cloned().unwrap_or_default();
        assert_eq!((date["type"].as_str(), date["fast"].as_bool()), (Some("datetime"), Some(true)));
        let person = fields.iter().find(|f| f["name"] == "person").cloned().unwrap_or_default();
        assert_eq!(person["type"], "array<text>");
        // The collapse of an explained request sorts on `tiebreak`, which only the export
        // writes: it must be fast there too.
        let tiebreak = fields.iter().find(|f| f["name"] == "tiebreak").cloned().unwrap_or_default();
        assert_eq!(tiebreak["fast"].as_bool(), Some(true));
    }

    #[test]
    fn fields_the_explained_requests_sort_on_keep_doc_values() {
        let m = search_engine_mapping();
        let properties = &m["mappings"]["properties"];
        for field in ["tiebreak", "date", "group_key"] {
            assert_ne!(properties[field]["doc_values"], serde_json::Value::Bool(false), "{field}");
            assert!(properties[field].is_object(), "{field}");
        }
    }
}
