//! The request another engine needs for the same search: a validated [`SearchRequest`]
//! becomes an OpenSearch/Elasticsearch `_search` body or a Quickwit search body, built the
//! way [`crate::search::query`] builds the local query: the free text over quote (×3),
//! passage and speaker (×2), every word required; speaker and person as all-words
//! matches, country as a term, dates as a range, none of them scoring; copies of one text
//! collapsed by `group_key` (OpenSearch/Elasticsearch only: Quickwit has no collapse).

use super::mapping::{DATE_FORMAT, Engine, WHOLE_SUBFIELD, text_fields};
use crate::index::schema::{FIELDS, Kind, kind, name_analyzer};
use crate::model::Date;
use crate::search::collect::FACET_VALUES;
use crate::search::request::{Interval, SearchRequest, Sort};
use serde_json::{Map, Value, json};
use tantivy::tokenizer::TokenStream;

/// Copies of a collapsed hit listed with it, earliest first.
pub const COPIES_SHOWN: usize = 10;

/// The facets `--facets` counts, as (name of the count, field counted).
const FACETS: [&str; 5] = ["speaker", "person", "country", "organization", "outlet"];

/// A request for another engine: where to send it, the body, and what differs from the
/// local search.
#[derive(Debug, Clone)]
pub struct Explained {
    /// HTTP method and path, e.g. `POST /newsquote/_search`.
    pub endpoint: String,
    /// The JSON body.
    pub body: Value,
    /// What the engine does differently, for people.
    pub notes: Vec<String>,
}

/// The request `engine` needs for `req` on the index `index`.
pub fn explain(req: &SearchRequest, engine: Engine, index: &str) -> Explained {
    match engine {
        Engine::Quickwit => quickwit(req, index),
        _ => search_engine(req, index),
    }
}

/// The field a facet is counted on in OpenSearch/Elasticsearch: a name's whole-value
/// sub-field, or the keyword itself.
fn facet_field(name: &str) -> String {
    match FIELDS.iter().find(|f| f.name == name).map(|f| f.kind) {
        Some(Kind::Name | Kind::Prose) => format!("{name}.{WHOLE_SUBFIELD}"),
        _ => name.to_owned(),
    }
}

/// The fields the query's words are asked of, with their boosts: a reported statement's
/// words weigh as a quote's.
fn searched_fields(req: &SearchRequest) -> Vec<(&'static str, f32)> {
    let mut fields = text_fields(req.passages);
    if req.reported && !req.passages {
        fields.insert(1, ("reported", crate::search::query::QUOTE_BOOST));
    }
    fields
}

fn day(d: Date) -> String {
    d.to_string()
}

fn search_engine(req: &SearchRequest, index: &str) -> Explained {
    let must = text_query(req);
    let filter = filters(req);
    let sort = sort_order(req);
    let aggs = aggregations(req);
    let body = json!({
        "query": { "bool": { "must": must, "filter": filter } },
        "collapse": {
            "field": "group_key",
            "inner_hits": {
                "name": "copies",
                "size": COPIES_SHOWN,
                "sort": [{ "date": { "order": "asc", "missing": "_last" } }, { "tiebreak": { "order": "asc" } }],
                "_source": ["citation", "title", "outlet", "date", "url"]
            }
        },
        "sort": sort,
        "from": req.offset,
        "size": req.limit.max(1),
        "track_total_hits": true,
        "aggs": aggs,
        "highlight": { "fields": { "quote": {}, "passage": {} } }
    });
    let notes = vec![
        "hits.total counts matching copies (newsquote's `matches`); aggregations.distinct_texts approximates `total` (cardinality is an estimate past 3,000 values)".into(),
        "scores differ slightly: BM25 statistics are per shard, and the standard tokenizer splits words a little differently from tantivy's".into(),
    ];
    Explained { endpoint: format!("POST /{index}/_search"), body, notes }
}

/// The query of `req`'s words, over the fields searched (none without words).
fn text_query(req: &SearchRequest) -> Vec<Value> {
    let mut must = Vec::new();
    if let Some(text) = req.query_text() {
        let fields: Vec<String> = searched_fields(req)
            .into_iter()
            .map(|(f, boost)| if boost == 1.0 { f.to_owned() } else { format!("{f}^{boost}") })
            .collect();
        // `most_fields` adds up a word's scores over the fields, as tantivy's parser does
        // (the default, `best_fields`, would keep the best field's only).
        must.push(json!({ "query_string": {
            "query": text,
            "fields": fields,
            "default_operator": "AND",
            "type": "most_fields"
        } }));
    }
    must
}

/// The filters of `req`: the kind of document, names, countries, full and attributed
/// quotes, dates.
fn filters(req: &SearchRequest) -> Vec<Value> {
    let mut filter = vec![match (req.passages, req.reported) {
        (true, _) => json!({ "term": { "kind": kind::PASSAGE } }),
        (false, true) => json!({ "terms": { "kind": [kind::QUOTE, kind::REPORTED] } }),
        (false, false) => json!({ "term": { "kind": kind::QUOTE } }),
    }];
    let person: Vec<String> = req.person.iter().cloned().collect();
    for (field, names) in [("speaker", &req.speaker), ("person", &person), ("outlet", &req.outlet)] {
        let each = names.iter().map(|name| json!({ "match": { field: { "query": name, "operator": "and" } } }));
        filter.extend(any_of(each.collect()));
    }
    let codes = req.country.iter().map(|code| json!({ "term": { "country": code.to_lowercase() } }));
    filter.extend(any_of(codes.collect()));
    if req.full {
        filter.push(json!({ "term": { "fragment": 0 } }));
    }
    if req.attributed {
        filter.push(json!({ "exists": { "field": "speaker" } }));
    }
    if req.from.is_some() || req.to.is_some() {
        let mut range = Map::new();
        if let Some(d) = req.from {
            range.insert("gte".into(), Value::String(day(d)));
        }
        if let Some(d) = req.to {
            range.insert("lte".into(), Value::String(day(d)));
        }
        range.insert("format".into(), Value::String(DATE_FORMAT.into()));
        filter.push(json!({ "range": { "date": range } }));
    }
    filter
}

/// The order of the hits, the group key breaking ties.
fn sort_order(req: &SearchRequest) -> Vec<Value> {
    let newest = json!({ "date": { "order": "desc", "missing": "_last" } });
    let score = json!({ "_score": { "order": "desc" } });
    let mut sort = match req.effective_sort() {
        Sort::Relevance => vec![score, newest],
        Sort::Date => vec![newest, score],
    };
    sort.push(json!({ "group_key": { "order": "asc" } }));
    sort
}

/// The aggregations: distinct texts, and the facets and histogram asked for.
fn aggregations(req: &SearchRequest) -> Map<String, Value> {
    let mut aggs = Map::new();
    aggs.insert("distinct_texts".into(), json!({ "cardinality": { "field": "group_key" } }));
    if req.facets {
        for name in FACETS {
            aggs.insert(name.into(), json!({ "terms": { "field": facet_field(name), "size": FACET_VALUES } }));
        }
    }
    if let Some(interval) = req.histogram {
        aggs.insert(
            "histogram".into(),
            json!({ "date_histogram": {
                "field": "date",
                "calendar_interval": interval_name(interval),
                "format": bucket_format(interval),
                "min_doc_count": 1
            } }),
        );
        aggs.insert("undated".into(), json!({ "missing": { "field": "date" } }));
    }
    aggs
}

fn interval_name(i: Interval) -> &'static str {
    match i {
        Interval::Year => "year",
        Interval::Month => "month",
        Interval::Week => "week",
        Interval::Day => "day",
    }
}

/// Bucket keys as newsquote writes them (a week is keyed by its Monday).
fn bucket_format(i: Interval) -> &'static str {
    match i {
        Interval::Year => "yyyy",
        Interval::Month => "yyyy-MM",
        Interval::Week | Interval::Day => "yyyy-MM-dd",
    }
}

/// Seconds since 1970 at the start of day `d` (UTC).
fn epoch_seconds(d: Date) -> Option<i64> {
    let date = jiff::civil::Date::new(d.year, d.month, d.day).ok()?;
    Some(date.duration_since(jiff::civil::date(1970, 1, 1)).as_secs())
}

/// One filter taking any of `clauses` (none when there are none).
fn any_of(mut clauses: Vec<Value>) -> Option<Value> {
    match clauses.len() {
        0 => None,
        1 => clauses.pop(),
        _ => Some(json!({ "bool": { "should": clauses, "minimum_should_match": 1 } })),
    }
}

/// Query-language clauses joined by OR, each in parentheses when there are several.
fn either(clauses: Vec<String>) -> Option<String> {
    match clauses.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        many => Some(format!("({})", many.iter().map(|c| format!("({c})")).collect::<Vec<_>>().join(" OR "))),
    }
}

/// The words of a name as the index folds them, each required in `field`.
fn name_clauses(field: &str, name: &str) -> Vec<String> {
    let mut analyzer = name_analyzer();
    let mut stream = analyzer.token_stream(name);
    let mut clauses = Vec::new();
    while stream.advance() {
        clauses.push(format!("{field}:{}", stream.token().text));
    }
    clauses
}

fn quickwit(req: &SearchRequest, index: &str) -> Explained {
    let mut clauses = vec![match (req.passages, req.reported) {
        (true, _) => format!("kind:{}", kind::PASSAGE),
        (false, true) => format!("(kind:{} OR kind:{})", kind::QUOTE, kind::REPORTED),
        (false, false) => format!("kind:{}", kind::QUOTE),
    }];
    if let Some(text) = req.query_text() {
        clauses.push(format!("({text})"));
    }
    let person: Vec<String> = req.person.iter().cloned().collect();
    for (field, names) in [("speaker", &req.speaker), ("person", &person), ("outlet", &req.outlet)] {
        let each: Vec<String> = names.iter().map(|name| name_clauses(field, name).join(" AND ")).collect();
        clauses.extend(either(each));
    }
    // Quickwit keeps codes whole, as written (see `mapping`).
    clauses.extend(either(req.country.iter().map(|code| format!("country:{}", code.to_uppercase())).collect()));
    if req.full {
        clauses.push("fragment:0".into());
    }
    if req.attributed {
        clauses.push("speaker:*".into());
    }
    let mut body = Map::new();
    body.insert("query".into(), Value::String(clauses.join(" AND ")));
    let fields: Vec<&str> = searched_fields(req).into_iter().map(|(f, _)| f).collect();
    body.insert("search_field".into(), Value::String(fields.join(",")));
    if let Some(start) = req.from.and_then(epoch_seconds) {
        body.insert("start_timestamp".into(), Value::from(start));
    }
    // The end is exclusive: the start of the day after `--to`.
    if let Some(end) = req.to.and_then(epoch_seconds) {
        body.insert("end_timestamp".into(), Value::from(end + 86_400));
    }
    body.insert("max_hits".into(), Value::from(req.limit.max(1)));
    body.insert("start_offset".into(), Value::from(req.offset));
    let sort = match req.effective_sort() {
        Sort::Relevance => "_score",
        Sort::Date => "date",
    };
    body.insert("sort_by".into(), Value::String(sort.into()));
    let mut aggs = Map::new();
    if req.facets {
        for name in FACETS {
            aggs.insert(name.into(), json!({ "terms": { "field": name, "size": FACET_VALUES } }));
        }
    }
    if let Some(interval) = req.histogram {
        aggs.insert(
            "histogram".into(),
            json!({ "date_histogram": { "field": "date", "fixed_interval": fixed_interval(interval), "min_doc_count": 1 } }),
        );
    }
    if !aggs.is_empty() {
        body.insert("aggs".into(), Value::Object(aggs));
    }
    let mut notes = vec![
        "Quickwit has no collapse: each syndicated copy of a text is its own hit (newsquote groups them by group_key); count distinct texts with a terms aggregation on group_key".into(),
        "Quickwit's query language has no per-field boost: quote, passage and speaker weigh the same".into(),
    ];
    if matches!(req.histogram, Some(Interval::Month | Interval::Year)) {
        notes.push(
            "Quickwit's date_histogram takes a fixed interval: months and years are approximated by 30 and 365 days"
                .into(),
        );
    }
    Explained { endpoint: format!("POST /api/v1/{index}/search"), body: Value::Object(body), notes }
}

fn fixed_interval(i: Interval) -> &'static str {
    match i {
        Interval::Year => "365d",
        Interval::Month => "30d",
        Interval::Week => "7d",
        Interval::Day => "1d",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> SearchRequest {
        SearchRequest {
            text: Some("human rights".into()),
            speaker: vec!["Gustavo Petró".into()],
            country: vec!["CO".into()],
            from: Date::new(2025, 11, 1),
            to: Date::new(2025, 11, 30),
            limit: 10,
            facets: true,
            histogram: Some(Interval::Week),
            ..SearchRequest::default()
        }
    }

    #[test]
    fn the_search_engine_request_weighs_and_filters_like_the_local_query() {
        let e = explain(&request(), Engine::Elasticsearch, "news");
        assert_eq!(e.endpoint, "POST /news/_search");
        let q = &e.body["query"]["bool"];
        assert_eq!(q["must"][0]["query_string"]["fields"], json!(["quote^3", "passage", "speaker^2"]));
        assert_eq!(q["filter"][0], json!({ "term": { "kind": "quote" } }));
        assert_eq!(q["filter"][2], json!({ "term": { "country": "co" } }));
        assert_eq!(q["filter"][3]["range"]["date"]["lte"], "2025-11-30");
        assert_eq!(e.body["collapse"]["field"], "group_key");
        assert_eq!(e.body["aggs"]["speaker"]["terms"]["field"], "speaker.keyword");
        assert_eq!(e.body["aggs"]["country"]["terms"]["field"], "country");
    }

    #[test]
    fn reported_adds_reported_statements_to_the_kinds_and_their_words_to_the_fields() {
        let req = SearchRequest { reported: true, ..request() };
        let e = explain(&req, Engine::OpenSearch, "news");
        let q = &e.body["query"]["bool"];
        assert_eq!(q["must"][0]["query_string"]["fields"], json!(["quote^3", "reported^3", "passage", "speaker^2"]));
        assert_eq!(q["filter"][0], json!({ "terms": { "kind": ["quote", "reported"] } }));
        let quickwit = explain(&req, Engine::Quickwit, "news");
        let query = quickwit.body["query"].as_str().unwrap_or("");
        assert!(query.starts_with("(kind:quote OR kind:reported) AND (human rights)"), "{query}");
        assert_eq!(quickwit.body["search_field"], "quote,reported,passage,speaker");
    }

    #[test]
    fn quickwit_gets_folded_name_words_and_an_exclusive_end() {
        let e = explain(&request(), Engine::Quickwit, "news");
        let query = e.body["query"].as_str().unwrap_or("");
        assert_eq!(query, "kind:quote AND (human rights) AND speaker:gustavo AND speaker:petro AND country:CO");
        // 2025-12-01T00:00:00Z.
        assert_eq!(e.body["end_timestamp"], 1_764_547_200);
        assert!(e.notes.iter().any(|n| n.contains("no collapse")));
    }

    #[test]
    fn repeated_filters_take_any_of_their_values() {
        let req = SearchRequest {
            speaker: vec!["Petro".into(), "Rand Paul".into()],
            country: vec!["CO".into(), "CL".into()],
            full: true,
            attributed: true,
            ..request()
        };
        let e = explain(&req, Engine::Quickwit, "news");
        let query = e.body["query"].as_str().unwrap_or("");
        let want = "((speaker:petro) OR (speaker:rand AND speaker:paul)) AND ((country:CO) OR (country:CL)) AND fragment:0 AND speaker:*";
        assert!(query.ends_with(want), "{query}");
        let e = explain(&req, Engine::OpenSearch, "news");
        let speakers = &e.body["query"]["bool"]["filter"][1]["bool"];
        assert_eq!(
            speakers["should"][1],
            json!({ "match": { "speaker": { "query": "Rand Paul", "operator": "and" } } })
        );
        assert_eq!(speakers["minimum_should_match"], 1);
    }
}
