//! Which words of a hit the query matched: the query's terms for the quote and passage
//! fields, looked for in the hit's text with the same tokenizer the index used, so that
//! "rights" in the query marks "right" and "Rights" alike. Ranges are byte offsets.

use crate::error::Result;
use crate::index::reader::IndexHandle;
use std::collections::HashSet;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

/// Finds matched words in texts of some fields (the same analyzer).
struct FieldMarker {
    fields: Vec<Field>,
    analyzer: TextAnalyzer,
    terms: HashSet<String>,
}

impl FieldMarker {
    fn ranges(&mut self, text: &str) -> Vec<(usize, usize)> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut stream = self.analyzer.token_stream(text);
        while stream.advance() {
            let token = stream.token();
            if self.terms.contains(&token.text) {
                out.push((token.offset_from, token.offset_to));
            }
        }
        out
    }
}

/// Marks the words of quotes and passages that a query matched.
pub struct Highlighter {
    quote: FieldMarker,
    passage: FieldMarker,
}

impl Highlighter {
    /// A highlighter for the terms of `query` (none: nothing is marked).
    pub fn new(handle: &IndexHandle, query: Option<&dyn Query>) -> Result<Highlighter> {
        let f = &handle.fields;
        let marker = |fields: Vec<Field>| -> Result<FieldMarker> {
            let analyzer = handle.index.tokenizer_for_field(fields[0]).map_err(handle.err())?;
            Ok(FieldMarker { fields, analyzer, terms: HashSet::new() })
        };
        // A reported statement's words are marked as a quote's.
        let mut this = Highlighter { quote: marker(vec![f.quote, f.reported])?, passage: marker(vec![f.passage])? };
        if let Some(q) = query {
            q.query_terms(&mut |term, _| {
                let value = term.value();
                let Some(word) = value.as_str() else { return };
                for m in [&mut this.quote, &mut this.passage] {
                    if m.fields.contains(&term.field()) {
                        m.terms.insert(word.to_owned());
                    }
                }
            });
        }
        Ok(this)
    }

    /// Matched ranges in a quote.
    pub fn quote(&mut self, text: &str) -> Vec<(usize, usize)> {
        self.quote.ranges(text)
    }

    /// Matched ranges in a passage.
    pub fn passage(&mut self, text: &str) -> Vec<(usize, usize)> {
        self.passage.ranges(text)
    }
}
