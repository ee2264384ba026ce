//! `newsquote serve`: the search engine behind an HTTP API and a web page, read-only.
//!
//! [`router`] maps the routes: `/` and `/show/{citation}` ([`page`], HTML that works
//! without JavaScript), `/api/search`, `/api/show/{citation}`, `/api/stats` and
//! `/api/openapi.json` ([`api`], the CLI's JSON), and the page's script and style sheet,
//! compiled into the binary. Every request searches through one [`shared::SharedIndex`];
//! the engine runs on the blocking pool under a time limit. Responses carry a strict
//! Content-Security-Policy: no inline script, nothing from elsewhere.

pub mod api;
pub mod html;
pub mod page;
pub mod params;
pub mod shared;

use crate::error::Error;
use crate::index::reader::IndexHandle;
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use shared::SharedIndex;
use std::sync::Arc;
use std::time::Duration;
use tower_http::set_header::SetResponseHeaderLayer;

/// Longest query string taken: room for a query of
/// [`crate::search::syntax::MAX_QUERY_BYTES`] (refused past that with its own message)
/// percent-encoded, and below hyper's own limit on a request line (64 KiB), which it
/// answers with an empty 414.
pub const MAX_QUERY_STRING: usize = 48 << 10;
/// A search that takes longer than this is answered 503 by default.
pub const DEFAULT_REQUEST_TIME: Duration = Duration::from_secs(10);
/// How often the server looks for new commits by default.
pub const DEFAULT_REFRESH: Duration = Duration::from_secs(1);

/// Content-Security-Policy of every response: scripts, styles and images from this
/// server only (none inline), no frames, forms submit here only.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
    connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// What the handlers share.
pub struct App {
    /// The index.
    pub index: SharedIndex,
    /// Longest time a request may search, waiting for its turn included.
    pub request_time: Duration,
    /// Searches running at once: a few per core. More would only share the cores and start
    /// threads; past the limit a request waits its turn (within its time limit), so that an
    /// overload answers 503s instead of piling up threads.
    searches: Arc<tokio::sync::Semaphore>,
}

/// Searches run at once per core.
const SEARCHES_PER_CORE: usize = 2;

impl App {
    /// The app over `index`, each request searching for at most `request_time`.
    pub fn new(index: SharedIndex, request_time: Duration) -> App {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        App { index, request_time, searches: Arc::new(tokio::sync::Semaphore::new(cores * SEARCHES_PER_CORE)) }
    }
}

/// The routes, with the security headers on every response.
pub fn router(app: Arc<App>) -> Router {
    let headers = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    let mut router = Router::new()
        .route("/", get(page::search))
        .route("/show/{citation}", get(page::show))
        .route("/assets/app.js", get(|| asset("text/javascript; charset=utf-8", page::APP_JS)))
        .route("/assets/style.css", get(|| asset("text/css; charset=utf-8", page::STYLE_CSS)))
        .route("/api/search", get(api::search))
        .route("/api/show/{citation}", get(api::show))
        .route("/api/stats", get(api::stats))
        .route("/api/openapi.json", get(|| asset("application/json", api::OPENAPI)))
        .fallback(not_found)
        .with_state(app);
    for (name, value) in headers {
        router = router.layer(SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value)));
    }
    router
}

async fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "max-age=3600")], body).into_response()
}

async fn not_found(uri: axum::http::Uri) -> Response {
    let message = format!("no such page: {}", uri.path());
    if uri.path().starts_with("/api/") {
        api::error(StatusCode::NOT_FOUND, &message)
    } else {
        page::error_page(StatusCode::NOT_FOUND, &message)
    }
}

/// Why a request got no answer from the engine.
#[derive(Debug)]
pub enum Failure {
    /// The engine's error (a bad query is 400, an unknown citation 404, the rest 500).
    Engine(Error),
    /// The request's parameters are wrong: 400.
    BadRequest(String),
    /// The query string is longer than [`MAX_QUERY_STRING`]: 414.
    TooLong(usize),
    /// The search ran past the time limit: 503.
    TimedOut(Duration),
    /// The worker thread failed: 500.
    Crashed,
}

impl Failure {
    /// The status and message this failure is answered with.
    pub fn status(&self) -> (StatusCode, String) {
        match self {
            Failure::Engine(e @ Error::Request(_)) => (StatusCode::BAD_REQUEST, e.to_string()),
            // Said without the index's path, which a reader of the page has no use for.
            Failure::Engine(Error::UnknownCitation { citation, article_known, .. }) => {
                let why = if *article_known {
                    "its article is there, but not this paragraph or quote"
                } else {
                    "no article of that key"
                };
                (
                    StatusCode::NOT_FOUND,
                    format!("no passage, quote or reported statement {citation} in this index: {why}"),
                )
            }
            Failure::Engine(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
            Failure::BadRequest(m) => (StatusCode::BAD_REQUEST, m.clone()),
            Failure::TooLong(n) => (
                StatusCode::URI_TOO_LONG,
                format!("the query string has {n} bytes; at most {MAX_QUERY_STRING} are read"),
            ),
            Failure::TimedOut(d) => (
                StatusCode::SERVICE_UNAVAILABLE,
                format!("the search took longer than {} s; narrow it down", d.as_secs_f64()),
            ),
            Failure::Crashed => (StatusCode::INTERNAL_SERVER_ERROR, "the search failed; this is a bug".into()),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Engine(e)
    }
}

/// The query string, refused past [`MAX_QUERY_STRING`] bytes.
pub fn bounded(raw: Option<&str>) -> Result<&str, Failure> {
    let raw = raw.unwrap_or("");
    if raw.len() > MAX_QUERY_STRING { Err(Failure::TooLong(raw.len())) } else { Ok(raw) }
}

/// Runs `work` on the shared index on the blocking pool (the engine's work is CPU and
/// disk bound) once a search slot is free, answering [`Failure::TimedOut`] past the app's
/// time limit. A timed-out search still finishes in the background (keeping its slot);
/// its answer is dropped.
pub async fn with_index<T: Send + 'static>(
    app: &App,
    work: impl FnOnce(&IndexHandle) -> crate::Result<T> + Send + 'static,
) -> Result<T, Failure> {
    let started = tokio::time::Instant::now();
    let Ok(Ok(permit)) = tokio::time::timeout(app.request_time, app.searches.clone().acquire_owned()).await else {
        return Err(Failure::TimedOut(app.request_time));
    };
    let handle = app.index.handle();
    // The permit goes with the work: a search that outlives its time limit still holds it.
    let work = move || {
        let _permit = permit;
        work(&handle)
    };
    // A time-out names the server's limit, not the part of it that was left.
    within(app.request_time.saturating_sub(started.elapsed()), work).await.map_err(|f| match f {
        Failure::TimedOut(_) => Failure::TimedOut(app.request_time),
        f => f,
    })
}

/// Runs `work` on the blocking pool, for at most `limit`.
pub async fn within<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> crate::Result<T> + Send + 'static,
) -> Result<T, Failure> {
    match tokio::time::timeout(limit, tokio::task::spawn_blocking(work)).await {
        Err(_) => Err(Failure::TimedOut(limit)),
        Ok(Err(_)) => Err(Failure::Crashed),
        Ok(Ok(result)) => result.map_err(Failure::Engine),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("runtime: {e}"))
    }

    #[test]
    fn a_search_past_the_time_limit_is_answered_503() {
        let slow = || {
            std::thread::sleep(Duration::from_millis(300));
            Ok(1)
        };
        let got = runtime().block_on(within(Duration::from_millis(20), slow));
        let (status, message) = got.err().map(|f| f.status()).unwrap_or((StatusCode::OK, String::new()));
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(message, "the search took longer than 0.02 s; narrow it down");
        assert_eq!(runtime().block_on(within(Duration::from_secs(5), || Ok(7))).ok(), Some(7));
    }

    #[test]
    fn engine_errors_map_to_statuses() {
        let status = |e: Error| Failure::Engine(e).status().0;
        assert_eq!(status(Error::Request("bad".into())), StatusCode::BAD_REQUEST);
        assert_eq!(
            status(Error::UnknownCitation { citation: "x".into(), index: "idx".into(), article_known: false }),
            StatusCode::NOT_FOUND
        );
        assert_eq!(status(Error::NoIndex("idx".into())), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(Failure::Crashed.status().0, StatusCode::INTERNAL_SERVER_ERROR);
    }
}
