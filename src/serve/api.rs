//! The JSON API, the same contract as the CLI: `/api/search` answers exactly what
//! `newsquote search --format json` prints for the same options (or CSV, JSON Lines or
//! Markdown with `format=`), `/api/show/{citation}` what `show --format json` prints,
//! `/api/stats` what `stats --format json` prints. Errors are `{"error": "..."}` with the
//! CLI's message.

use super::{App, Failure, bounded, params, with_index};
use crate::error::Error;
use crate::search::render::{Format, Style, write_results};
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The OpenAPI document of this API.
pub const OPENAPI: &str = include_str!("assets/openapi.json");

/// `GET /api/search`.
pub async fn search(State(app): State<Arc<App>>, RawQuery(raw): RawQuery) -> Response {
    match run_search(&app, raw.as_deref()).await {
        Ok((format, body)) => {
            let mut response = ([(header::CONTENT_TYPE, content_type(format))], body).into_response();
            if let Some(name) = download_name(format) {
                let value = format!("attachment; filename=\"{name}\"");
                if let Ok(v) = header::HeaderValue::from_str(&value) {
                    response.headers_mut().insert(header::CONTENT_DISPOSITION, v);
                }
            }
            response
        }
        Err(f) => failure(f),
    }
}

async fn run_search(app: &App, raw: Option<&str>) -> Result<(Format, Vec<u8>), Failure> {
    let p = params::parse(bounded(raw)?).map_err(Failure::BadRequest)?;
    let request = p.options.validate(p.format)?;
    let (format, raw_csv, bom) = (p.format, p.raw_csv, p.bom && p.format == Format::Csv);
    let body = with_index(app, move |handle| {
        let results = crate::search::run::search(handle, &request)?;
        let mut out = if bom { crate::search::render::UTF8_BOM.to_vec() } else { Vec::new() };
        write_results(&mut out, &results, format, Style { color: false }, raw_csv)
            .map_err(|cause| Error::Io { path: "response".into(), cause })?;
        Ok(out)
    })
    .await?;
    Ok((format, body))
}

fn content_type(format: Format) -> &'static str {
    match format {
        Format::Json => "application/json",
        Format::Jsonl => "application/x-ndjson",
        Format::Csv => "text/csv; charset=utf-8",
        Format::Markdown => "text/markdown; charset=utf-8",
        Format::Text => "text/plain; charset=utf-8",
    }
}

fn download_name(format: Format) -> Option<&'static str> {
    match format {
        Format::Csv => Some("newsquote.csv"),
        Format::Jsonl => Some("newsquote.jsonl"),
        Format::Markdown => Some("newsquote.md"),
        Format::Json | Format::Text => None,
    }
}

/// `GET /api/show/{citation}`.
pub async fn show(State(app): State<Arc<App>>, Path(citation): Path<String>) -> Response {
    let shown = with_index(&app, move |h| crate::search::show::show(h, &citation)).await;
    json(shown.and_then(|s| pretty(&s)))
}

/// `GET /api/stats`.
pub async fn stats(State(app): State<Arc<App>>) -> Response {
    let stats = with_index(&app, |h| h.stats()).await;
    json(stats.and_then(|s| pretty(&s)))
}

/// Pretty JSON and a line feed, as the CLI prints it.
fn pretty<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map(|s| s + "\n").map_err(|_| Failure::Crashed)
}

fn json(body: Result<String, Failure>) -> Response {
    match body {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(f) => failure(f),
    }
}

/// A failure as a JSON error.
pub fn failure(f: Failure) -> Response {
    let (status, message) = f.status();
    error(status, &message)
}

/// `{"error": message}` with `status`.
pub fn error(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": message }).to_string() + "\n";
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}
